-- Warn when the extractor sets an indicator_code the dictionary does not have: such a metric
-- falls back to the phrase (dictionary suffix match, else unmapped). Fix indicators.csv or the rule.
{{ config(severity = 'warn') }}

select
    metric_id,
    indicator_phrase,
    indicator_code_extracted

from {{ ref('int_metrics__normalised') }}
where indicator_code_extracted is not null
    and indicator_mapping_rule <> 'extractor_code'
