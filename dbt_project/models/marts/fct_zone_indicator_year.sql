-- Conformed facts: one row per zone x year x indicator x measure (x basis: basis_kind whole, part,
-- increment, average or share, and for a share basis_of, the whole it is a share of - see
-- macros/basis.sql; basis_zone_key when that whole is a zone), for known zones and years and
-- full-year figures only. The value is in the indicator's canonical unit (measure 'value') or in
-- percent (the other measures).
--   stated facts   the chosen source's figure (int_facts__reconciled: source priority, conflict
--                  and its kind); every source is in bridge_fact_source.
--   derived facts  (is_derived) a figure no document states, implied by stated facts
--                  (int_facts__derived); only for keys no document states, so explicit always
--                  wins over derived. Its inputs are in bridge_fact_derivation, and the lineage
--                  columns point at the chosen source of its first input.
-- A derivation of a key that a document does state is a check (derived_check).
-- Incremental: a build replaces the facts of the keys a change reaches (int_changes__fact_keys,
-- derivations included), and every fact whose basis_of names a whole: basis_zone_key looks that
-- name up among all zones, which documents anywhere can add to.
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        pre_hook="{{ delete_stale_rows(in_changed_fact_keys('previous_rows', touched_only=false) ~ ' or previous_rows.basis_of is not null') }}"
    )
}}
-- depends_on: {{ ref('int_changes__fact_keys') }}
with

stated as (

    select * from {{ ref('int_facts__reconciled') }}

),

derivations as (

    select derived.* from {{ ref('int_facts__derived') }} as derived
    {%- if is_incremental() %}
    where {{ in_changed_fact_keys('derived', touched_only=false) }}
        or {{ basis_of('derived.basis', 'derived.measure') }} is not null
    {%- endif %}

),

sources as (

    select * from {{ ref('int_metrics__ranked_sources') }}

),

checks as (

    select
        fact_id,
        count(*) as n_derivations,
        case
            when sum(case when agrees_with_stated then 0 else 1 end) > 0 then 'inconsistent'
            else 'consistent'
        end as derived_check

    from derivations
    where is_stated_too and is_plausible
    group by fact_id

),

chosen_derivations as (

    select * from derivations
    where not is_stated_too
        and is_plausible
        and derivation_rank = 1

),

derivation_counts as (

    select
        fact_id,
        count(*) as n_derivations

    from derivations
    where not is_stated_too and is_plausible
    group by fact_id

),

-- every mention behind a derived fact: the sources of both its inputs
derived_sources as (

    select
        chosen_derivations.fact_id,
        sources.metric_id,
        sources.doc_id

    from chosen_derivations
    inner join sources
        on sources.fact_id = chosen_derivations.input_1_fact_id
        or sources.fact_id = chosen_derivations.input_2_fact_id

),

derived_source_counts as (

    select
        fact_id,
        count(*) as n_sources,
        count(distinct doc_id) as n_documents

    from derived_sources
    group by fact_id

),

stated_facts as (

    select
        stated.fact_id,
        stated.zone_key,
        stated.year,
        stated.indicator_key,
        stated.measure,
        {{ basis_kind('stated.basis', 'stated.measure') }} as basis_kind,
        {{ basis_of('stated.basis', 'stated.measure') }} as basis_of,
        stated.value_canonical as value,
        stated.value_low,
        stated.value_high,
        stated.unit,
        stated.value_as_written,
        stated.unit_as_written,
        stated.approx,
        stated.is_estimate,
        false as is_derived,
        cast(null as {{ dbt.type_string() }}) as derivation_rule,
        cast(null as {{ dbt.type_string() }}) as derivation_formula,
        stated.n_sources,
        stated.n_documents,
        stated.has_conflict,
        stated.conflict_kind,
        stated.conflict_explanation,
        stated.min_value,
        stated.max_value,
        stated.choice_reason,
        coalesce(checks.n_derivations, 0) as n_derivations,
        checks.derived_check,
        stated.metric_id,
        stated.doc_id,
        stated.paragraph_id,
        stated.char_start,
        stated.char_end,
        stated.quote,
        stated.extractor,
        stated.indicator_phrase,
        stated.zone_name as zone_name_as_written,
        stated.qualifier,
        stated.document_kind,
        stated.published_on

    from stated
    left join checks
        on checks.fact_id = stated.fact_id

),

derived_facts as (

    select
        chosen_derivations.fact_id,
        chosen_derivations.zone_key,
        chosen_derivations.year,
        chosen_derivations.indicator_key,
        chosen_derivations.measure,
        {{ basis_kind('chosen_derivations.basis', 'chosen_derivations.measure') }} as basis_kind,
        {{ basis_of('chosen_derivations.basis', 'chosen_derivations.measure') }} as basis_of,
        chosen_derivations.value,
        chosen_derivations.value_low,
        chosen_derivations.value_high,
        chosen_derivations.unit,
        cast(null as {{ type_value() }}) as value_as_written,
        cast(null as {{ dbt.type_string() }}) as unit_as_written,
        cast(null as {{ dbt.type_string() }}) as approx,
        false as is_estimate,
        true as is_derived,
        chosen_derivations.derivation_rule,
        chosen_derivations.formula as derivation_formula,
        derived_source_counts.n_sources,
        derived_source_counts.n_documents,
        false as has_conflict,
        cast(null as {{ dbt.type_string() }}) as conflict_kind,
        cast(null as {{ dbt.type_string() }}) as conflict_explanation,
        chosen_derivations.value as min_value,
        chosen_derivations.value as max_value,
        {{ dbt.concat(["'derived ('", 'chosen_derivations.derivation_rule', "'): no document states this figure'"]) }} as choice_reason,
        derivation_counts.n_derivations,
        cast(null as {{ dbt.type_string() }}) as derived_check,
        first_input.metric_id,
        first_input.doc_id,
        first_input.paragraph_id,
        first_input.char_start,
        first_input.char_end,
        first_input.quote,
        first_input.extractor,
        first_input.indicator_phrase,
        first_input.zone_name as zone_name_as_written,
        first_input.qualifier,
        first_input.document_kind,
        first_input.published_on

    from chosen_derivations
    inner join stated as first_input
        on first_input.fact_id = chosen_derivations.input_1_fact_id
    inner join derived_source_counts
        on derived_source_counts.fact_id = chosen_derivations.fact_id
    inner join derivation_counts
        on derivation_counts.fact_id = chosen_derivations.fact_id

),

zones as (

    select * from {{ ref('int_zones__canonical') }}

),

all_facts as (

    select * from stated_facts
    union all
    select * from derived_facts

),

final as (

    select
        all_facts.*,
        basis_zones.zone_key as basis_zone_key

    from all_facts
    left join zones as basis_zones
        on basis_zones.canonical_name = all_facts.basis_of
    {%- if is_incremental() %}
    where {{ in_changed_fact_keys('all_facts', touched_only=false) }}
        or all_facts.basis_of is not null
    {%- endif %}

)

select * from final
