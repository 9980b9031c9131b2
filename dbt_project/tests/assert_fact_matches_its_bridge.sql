-- Every conformed fact has exactly n_sources rows in bridge_fact_source, exactly one of them
-- chosen, and the fact's value and lineage are the chosen row's. Returns the facts that do not.
with

facts as (

    select * from {{ ref('fct_zone_indicator_year') }}

),

bridge as (

    select * from {{ ref('bridge_fact_source') }}

),

bridge_summary as (

    select
        fact_id,
        count(*) as n_rows,
        sum(case when is_chosen then 1 else 0 end) as n_chosen

    from bridge
    group by fact_id

)

select
    facts.fact_id,
    facts.n_sources,
    bridge_summary.n_rows,
    bridge_summary.n_chosen

from facts
left join bridge_summary
    on bridge_summary.fact_id = facts.fact_id
left join bridge as chosen
    on chosen.fact_id = facts.fact_id
    and chosen.is_chosen
where bridge_summary.fact_id is null
    or bridge_summary.n_rows <> facts.n_sources
    or bridge_summary.n_chosen <> 1
    or chosen.metric_id <> facts.metric_id
    or chosen.value <> facts.value
    or chosen.doc_id <> facts.doc_id
    or chosen.char_start <> facts.char_start
    or chosen.char_end <> facts.char_end
