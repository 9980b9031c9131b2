-- Every extracted figure that reaches neither conformed fact table, with the reason: the zone or
-- the year is unknown, its period is one seeds/reference/periods.csv does not know, or its unit
-- does not convert to its indicator's. These stay in raw.metrics (and bridge nothing); this is
-- where an analyst sees them without access to the intermediate schema.
with

metrics as (

    select * from {{ ref('int_metrics__converted') }}
    where fact_id is null
        and period_fact_id is null

),

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

final as (

    select
        metrics.metric_id,
        case
            when metrics.zone_key is null then 'zone_unknown'
            when metrics.year is null then 'year_unknown'
            when not metrics.is_full_year and metrics.period_code is null then 'period_unknown'
            else 'unit_not_convertible'
        end as exclusion_reason,
        metrics.zone_name as zone_name_as_written,
        metrics.year,
        metrics.period as period_as_written,
        metrics.indicator_phrase,
        metrics.indicator_key,
        metrics.measure,
        metrics.value_as_written,
        metrics.unit_as_written,
        metrics.is_estimate,
        metrics.doc_id,
        documents.file_name,
        metrics.paragraph_id,
        metrics.char_start,
        metrics.char_end,
        metrics.quote,
        metrics.extractor,
        metrics.zone_rule,
        metrics.year_rule

    from metrics
    inner join documents
        on documents.doc_id = metrics.doc_id

)

select * from final
