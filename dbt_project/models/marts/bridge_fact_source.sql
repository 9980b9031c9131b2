-- Every stated fact to every raw metric that states it, with that metric's lineage, its value
-- (as written and converted) and the interval the figure as written allows. (A derived fact's
-- inputs are in bridge_fact_derivation.)
-- Incremental: a build replaces the rows of the changed documents and of the indicators whose
-- unit changed (as int_metrics__ranked_sources) and drops those of facts no longer stated; its
-- post_hook updates the rank and agreement of the other sources of the keys a change touches.
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        pre_hook="{{ delete_stale_rows(
            in_changed_sources('previous_rows')
            ~ ' or previous_rows.fact_id not in (select reconciled.fact_id from ' ~ ref('int_facts__reconciled') ~ ' as reconciled)'
        ) }}",
        post_hook="{{ update_changed_columns(['source_rank', 'is_chosen', 'agrees_with_chosen'], reranked_bridge_sources()) }}"
    )
}}
-- depends_on: {{ ref('int_changes__fact_keys') }}
-- depends_on: {{ ref('int_changes__documents') }}
-- depends_on: {{ ref('int_changes__indicators') }}
-- depends_on: {{ ref('int_metrics__converted') }}
with

sources as (

    select ranked_sources.* from {{ ref('int_metrics__ranked_sources') }} as ranked_sources
    {%- if is_incremental() %}
    where {{ in_changed_sources('ranked_sources') }}
    {%- endif %}

),

facts as (

    select * from {{ ref('int_facts__reconciled') }}

),

final as (

    select
        sources.fact_id,
        sources.metric_id,
        sources.source_rank,
        sources.source_rank = 1 as is_chosen,
        sources.value_canonical as value,
        sources.value_low,
        sources.value_high,
        {{ agrees_with_chosen('sources', 'facts') }} as agrees_with_chosen,
        sources.unit,
        sources.value_as_written,
        sources.unit_as_written,
        sources.approx,
        sources.is_estimate,
        {{ basis_kind('sources.basis', 'sources.measure') }} as basis_kind,
        {{ basis_of('sources.basis', 'sources.measure') }} as basis_of,
        sources.period,
        sources.indicator_phrase,
        sources.indicator_mapping_rule,
        sources.zone_name as zone_name_as_written,
        sources.doc_id,
        sources.paragraph_id,
        sources.char_start,
        sources.char_end,
        sources.quote,
        sources.extractor,
        sources.zone_rule,
        sources.year_rule,
        sources.qualifier,
        sources.passage_kind,
        sources.source_group,
        sources.file_name,
        sources.document_title,
        sources.document_kind,
        sources.published_on

    from sources
    inner join facts
        on facts.fact_id = sources.fact_id

)

select * from final
