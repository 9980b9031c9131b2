-- Every conformed fact rests on at least one mention in a document: a stated fact on a row of
-- bridge_fact_source with a quote, a derived fact on the quoted mentions of both inputs of its
-- chosen derivation. Returns the facts without.
with

facts as (

    select * from {{ ref('fct_zone_indicator_year') }}

),

stated_sources as (

    select fact_id, count(*) as n_mentions
    from {{ ref('bridge_fact_source') }}
    where quote is not null
    group by fact_id

),

derived_sources as (

    select
        fact_id,
        count(*) as n_mentions,
        count(distinct input_position) as n_inputs

    from {{ ref('bridge_fact_derivation') }}
    where is_chosen and quote is not null
    group by fact_id

)

select
    facts.fact_id,
    facts.is_derived,
    facts.n_sources

from facts
left join stated_sources
    on stated_sources.fact_id = facts.fact_id
left join derived_sources
    on derived_sources.fact_id = facts.fact_id
where facts.n_sources < 1
    or (not facts.is_derived and coalesce(stated_sources.n_mentions, 0) < 1)
    or (facts.is_derived and (coalesce(derived_sources.n_mentions, 0) < 1 or derived_sources.n_inputs <> 2))
