-- Warn about figures that would be facts (zone and year known, full year) but whose unit cannot
-- be converted to the indicator's unit: a unit missing from units.csv, or a figure in another
-- dimension than its indicator (e.g. 万美元 for an indicator kept in 亿元). They stay out of
-- fct_zone_indicator_year and are listed in int_metrics__converted.
{{ config(severity = 'warn') }}

select
    metric_id,
    indicator_key,
    measure,
    value_as_written,
    unit_as_written,
    unit,
    conversion_status

from {{ ref('int_metrics__converted') }}
where fact_exclusion_reason = 'unit_not_convertible'
