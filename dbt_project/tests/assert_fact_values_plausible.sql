-- Every conformed value, stated or derived, lies in the plausible range of its indicator, measure
-- and unit (macros/plausible_ranges.sql; an indicator's own range overrides the general one).
-- A failure is usually a misread unit or a number taken for the wrong thing. Figures in a unit
-- without a range (万吨...) are not checked. A few such facts warn (dbt lists them; fix the rule
-- or the dictionary) rather than hold back every other document's marts; more than ten mean a
-- systematic error, and the build fails.
{{ config(warn_if = '>0', error_if = '>10') }}
with

facts as (

    select * from {{ ref('fct_zone_indicator_year') }}

),

ranges as (

    {{ plausible_ranges_relation() }}

),

checked as (

    select
        facts.fact_id,
        facts.indicator_key,
        facts.measure,
        facts.value,
        facts.unit,
        facts.quote,
        coalesce(specific.min_value, general.min_value) as min_value,
        coalesce(specific.max_value, general.max_value) as max_value

    from facts
    left join ranges as specific
        on specific.indicator_code = facts.indicator_key
        and specific.measure = facts.measure
        and specific.unit = facts.unit
    left join ranges as general
        on general.indicator_code is null
        and general.measure = facts.measure
        and general.unit = facts.unit

)

select * from checked
where value < min_value
    or value > max_value
