-- No raw figure is lost on the way: every raw metric is in int_metrics__converted exactly once
-- (unique test there), and every fact-eligible one is in bridge_fact_source. Returns the
-- eligible metrics missing from the bridge and the raw metrics missing from the conversion.
with

converted as (

    select * from {{ ref('int_metrics__converted') }}

),

bridge as (

    select * from {{ ref('bridge_fact_source') }}

),

raw_metrics as (

    select * from {{ ref('stg_raw__metrics') }}

)

select
    converted.metric_id,
    'eligible metric missing from bridge_fact_source' as problem

from converted
left join bridge
    on bridge.metric_id = converted.metric_id
where converted.is_fact_eligible
    and bridge.metric_id is null

union all

select
    raw_metrics.metric_id,
    'raw metric missing from int_metrics__converted' as problem

from raw_metrics
left join converted
    on converted.metric_id = raw_metrics.metric_id
where converted.metric_id is null
