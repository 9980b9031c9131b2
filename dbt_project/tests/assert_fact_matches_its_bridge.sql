-- Every stated fact has exactly n_sources rows in bridge_fact_source, exactly one of them chosen,
-- and the fact's value and lineage are the chosen row's. Every derived fact has exactly one
-- chosen derivation in bridge_fact_derivation, whose value is the fact's and whose mentions
-- number n_sources, and no document states it. Returns the facts that break a rule.
with

facts as (

    select * from {{ ref('fct_zone_indicator_year') }}

),

bridge as (

    select * from {{ ref('bridge_fact_source') }}

),

derivations as (

    select * from {{ ref('bridge_fact_derivation') }}

),

bridge_summary as (

    select
        fact_id,
        count(*) as n_rows,
        sum(case when is_chosen then 1 else 0 end) as n_chosen

    from bridge
    group by fact_id

),

derivation_summary as (

    select
        fact_id,
        count(distinct case when is_chosen then derivation_id end) as n_chosen_derivations,
        sum(case when is_chosen then 1 else 0 end) as n_chosen_rows,
        min(case when is_chosen then derived_value end) as derived_value

    from derivations
    group by fact_id

),

stated_problems as (

    select
        facts.fact_id,
        'stated fact does not match its bridge' as problem

    from facts
    left join bridge_summary
        on bridge_summary.fact_id = facts.fact_id
    left join bridge as chosen
        on chosen.fact_id = facts.fact_id
        and chosen.is_chosen
    where not facts.is_derived
        and (
            bridge_summary.fact_id is null
            or bridge_summary.n_rows <> facts.n_sources
            or bridge_summary.n_chosen <> 1
            or chosen.metric_id <> facts.metric_id
            or chosen.value <> facts.value
            or chosen.doc_id <> facts.doc_id
            or chosen.char_start <> facts.char_start
            or chosen.char_end <> facts.char_end
        )

),

derived_problems as (

    select
        facts.fact_id,
        'derived fact does not match its derivation' as problem

    from facts
    left join derivation_summary
        on derivation_summary.fact_id = facts.fact_id
    left join bridge_summary
        on bridge_summary.fact_id = facts.fact_id
    where facts.is_derived
        and (
            derivation_summary.fact_id is null
            or derivation_summary.n_chosen_derivations <> 1
            or derivation_summary.n_chosen_rows <> facts.n_sources
            or derivation_summary.derived_value <> facts.value
            or bridge_summary.fact_id is not null
        )

)

select * from stated_problems
union all
select * from derived_problems
