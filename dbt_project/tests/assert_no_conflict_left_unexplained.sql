-- No conflict is left unexplained: every fact whose sources disagree has a kind and an
-- explanation, and rpt_conflicts lists all of its sources, with at least two different values
-- among them. A 'disagreement' really is one between passages that are each consistent: at least
-- two source groups (a document's tables, or its text). Returns the facts that break a rule.
with

facts as (

    select * from {{ ref('fct_zone_indicator_year') }}
    where has_conflict

),

listed as (

    select
        fact_id,
        count(*) as n_rows,
        count(distinct source_value) as n_values,
        count(distinct {{ dbt.concat(['doc_id', "':'", 'passage_kind']) }}) as n_source_groups

    from {{ ref('rpt_conflicts') }}
    group by fact_id

)

select
    facts.fact_id,
    facts.conflict_kind,
    facts.conflict_explanation,
    listed.n_rows,
    listed.n_values

from facts
left join listed
    on listed.fact_id = facts.fact_id
where facts.conflict_kind is null
    or facts.conflict_kind not in ('different_scope', 'disagreement')
    or facts.conflict_explanation is null
    or listed.fact_id is null
    or listed.n_rows <> facts.n_sources
    or listed.n_values < 2
    or (facts.conflict_kind = 'disagreement' and listed.n_source_groups < 2)
