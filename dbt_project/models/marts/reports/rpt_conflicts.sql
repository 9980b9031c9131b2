-- Every conformed fact whose sources disagree beyond the rounding of the figures as written,
-- one row per source, with the kind of conflict and why: 'disagreement' (independent passages
-- give different figures: to judge) or 'different_scope' (one passage gives several figures
-- under one generic phrase). Every source of such a fact is here, so both sides can be read.
-- Incremental, as fct_zone_indicator_year: the rows of the facts it replaces (the keys a change
-- reaches, and every fact with a basis_of). A row's other columns are those of its fact's sources
-- (bridge_fact_source replaces them with their fact) and the names of its zone and indicator,
-- which only a changed dictionary changes (a full refresh).
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        pre_hook="{{ delete_stale_rows(in_changed_fact_keys('previous_rows', touched_only=false) ~ ' or previous_rows.basis_of is not null') }}"
    )
}}
-- depends_on: {{ ref('int_changes__fact_keys') }}
with

facts as (

    select facts.* from {{ ref('fct_zone_indicator_year') }} as facts
    where facts.has_conflict
    {%- if is_incremental() %}
        and ({{ in_changed_fact_keys('facts', touched_only=false) }} or facts.basis_of is not null)
    {%- endif %}

),

sources as (

    select * from {{ ref('bridge_fact_source') }}

),

zones as (

    select * from {{ ref('dim_zone') }}

),

indicators as (

    select * from {{ ref('dim_indicator') }}

),

final as (

    select
        facts.fact_id,
        zones.canonical_name as zone_name,
        zones.en_name as zone_name_en,
        facts.year,
        indicators.zh_name as indicator_name,
        indicators.en_name as indicator_name_en,
        facts.measure,
        facts.basis_kind,
        facts.basis_of,
        facts.conflict_kind,
        facts.conflict_explanation,
        facts.value as chosen_value,
        facts.unit,
        facts.min_value,
        facts.max_value,
        facts.n_sources,
        facts.n_documents,
        facts.choice_reason,
        sources.source_rank,
        sources.is_chosen,
        sources.value as source_value,
        sources.value_low as source_value_low,
        sources.value_high as source_value_high,
        sources.agrees_with_chosen,
        sources.value_as_written,
        sources.unit_as_written,
        sources.approx,
        sources.indicator_phrase,
        sources.passage_kind,
        sources.file_name,
        sources.document_title,
        sources.document_kind,
        sources.published_on,
        sources.metric_id,
        sources.doc_id,
        sources.paragraph_id,
        sources.char_start,
        sources.char_end,
        sources.quote,
        facts.zone_key,
        facts.indicator_key

    from facts
    inner join sources
        on sources.fact_id = facts.fact_id
    inner join zones
        on zones.zone_key = facts.zone_key
    inner join indicators
        on indicators.indicator_key = facts.indicator_key

)

select * from final
