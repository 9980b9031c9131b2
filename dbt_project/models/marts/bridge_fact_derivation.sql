-- Every derivation of a conformed fact to every mention behind its inputs: a derived fact's
-- lineage (purpose 'value'), and the derivations that check a stated fact (purpose 'check').
-- One row per derivation x input x mention of that input.
-- Incremental: a build replaces the rows of the derived keys a change reaches (a derivation's
-- inputs are at the keys int_changes__fact_keys reaches it from), and drops those of facts no
-- longer derived.
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        pre_hook="{{ delete_stale_rows(
            'previous_rows.fact_id in (select derived.fact_id from ' ~ ref('int_facts__derived')
            ~ ' as derived where ' ~ in_changed_fact_keys('derived', touched_only=false) ~ ')'
            ~ ' or previous_rows.fact_id not in (select derived.fact_id from ' ~ ref('int_facts__derived')
            ~ ' as derived where derived.is_plausible)'
        ) }}"
    )
}}
-- depends_on: {{ ref('int_changes__fact_keys') }}
with

derivations as (

    select * from {{ ref('int_facts__derived') }} as derived
    where derived.is_plausible
    {%- if is_incremental() %}
        and {{ in_changed_fact_keys('derived', touched_only=false) }}
    {%- endif %}

),

sources as (

    select * from {{ ref('int_metrics__ranked_sources') }}

),

inputs as (

    select
        derivation_id,
        1 as input_position,
        input_1_role as input_role,
        input_1_fact_id as input_fact_id,
        input_1_value as input_value

    from derivations

    union all

    select
        derivation_id,
        2 as input_position,
        input_2_role as input_role,
        input_2_fact_id as input_fact_id,
        input_2_value as input_value

    from derivations

),

final as (

    select
        derivations.fact_id,
        derivations.derivation_id,
        derivations.derivation_rule,
        case when derivations.is_stated_too then 'check' else 'value' end as purpose,
        not derivations.is_stated_too and derivations.derivation_rank = 1 as is_chosen,
        derivations.value as derived_value,
        derivations.value_low as derived_low,
        derivations.value_high as derived_high,
        derivations.unit as derived_unit,
        derivations.formula,
        derivations.agrees_with_stated,
        inputs.input_position,
        inputs.input_role,
        inputs.input_fact_id,
        inputs.input_value,
        sources.metric_id,
        sources.source_rank as input_source_rank,
        sources.value_as_written,
        sources.unit_as_written,
        sources.doc_id,
        sources.paragraph_id,
        sources.char_start,
        sources.char_end,
        sources.quote,
        sources.extractor,
        sources.document_kind,
        sources.published_on

    from derivations
    inner join inputs
        on inputs.derivation_id = derivations.derivation_id
    inner join sources
        on sources.fact_id = inputs.input_fact_id

)

select * from final
