-- Every zone x year x indicator key whose facts, sources or derivations this build must replace
-- (macros/incremental.sql). A key is touched (is_touched) when a changed document states a figure
-- of it, now or in the previous build, or when the unit of its indicator changed; a derived figure
-- then changes with its inputs, so the keys it draws from a touched key are reached too:
--   previous_level_from_growth  the level of the year before a touched key
--   share_of_city_total         every zone of a city whose aggregate zone's key is touched
-- The previous build's figures are those of its int_metrics__converted, read before that model is
-- replaced (it depends on this one); on a full refresh every document is new, so every key is here.
-- depends_on: {{ ref('int_changes__indicators') }}
{%- set previous = previous_build('int_metrics__converted') %}
with

changed_documents as (

    select doc_id from {{ ref('int_changes__documents') }}
    where change <> 'unchanged'

),

zones as (

    select * from {{ ref('int_zones__canonical') }}

),

restated_metrics as (

    select
        zone_key,
        year,
        indicator_key

    from {{ ref('int_metrics__normalised') }}
    where doc_id in (select changed_documents.doc_id from changed_documents)

    {%- if previous is not none %}

    union all

    select
        zone_key,
        year,
        indicator_key

    from {{ previous }}
    where doc_id in (select changed_documents.doc_id from changed_documents)
        or indicator_key in (select changed_indicators.indicator_key from {{ ref('int_changes__indicators') }} as changed_indicators)

    {%- endif %}

),

touched as (

    select distinct
        zone_key,
        year,
        indicator_key

    from restated_metrics
    where zone_key is not null
        and year is not null

),

previous_years as (

    select
        zone_key,
        year - 1 as year,
        indicator_key

    from touched

),

touched_aggregates as (

    select
        zones.province,
        zones.city,
        touched.year,
        touched.indicator_key

    from touched
    inner join zones
        on zones.zone_key = touched.zone_key
    where zones.zone_type = 'aggregate'
        and zones.city is not null

),

city_zones as (

    select
        zones.zone_key,
        touched_aggregates.year,
        touched_aggregates.indicator_key

    from touched_aggregates
    inner join zones
        on zones.province = touched_aggregates.province
        and zones.city = touched_aggregates.city

),

reached as (

    select zone_key, year, indicator_key, 1 as touched_flag from touched
    union all
    select zone_key, year, indicator_key, 0 as touched_flag from previous_years
    union all
    select zone_key, year, indicator_key, 0 as touched_flag from city_zones

),

final as (

    select
        zone_key,
        year,
        indicator_key,
        max(touched_flag) = 1 as is_touched

    from reached
    group by zone_key, year, indicator_key

)

select * from final
