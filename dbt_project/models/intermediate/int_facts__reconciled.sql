-- One row per fact some document states: its sources reconciled. The chosen source is rank 1 of
-- int_metrics__ranked_sources; the figures agree when their intervals (the rounding of each figure
-- as written, or the bound of its approximation word) share a point. When they do not, the
-- conflict is classified, never left bare:
--   different_scope  one passage of one document (its running text, or its tables) itself gives
--                    several figures under the key: a generic phrase (总投资 of several project
--                    groups, 总进度 of several works) covers different items, not one quantity
--                    stated twice. The chosen value is one of them.
--   disagreement     each passage is consistent on its own, but they disagree with each other:
--                    a document's statistical table against its text, or one document against
--                    another. These are the conflicts an analyst has to judge.
-- choice_reason says why the chosen source beat the runner-up (the first ordering rule that
-- tells them apart).
-- Incremental, as int_metrics__ranked_sources: the facts of the keys a change touches.
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        pre_hook="{{ delete_stale_rows(in_changed_fact_keys('previous_rows')) }}"
    )
}}
-- depends_on: {{ ref('int_changes__fact_keys') }}
with

sources as (

    select ranked_sources.* from {{ ref('int_metrics__ranked_sources') }} as ranked_sources
    {%- if is_incremental() %}
    where {{ in_changed_fact_keys('ranked_sources') }}
    {%- endif %}

),

fact_summary as (

    select
        fact_id,
        count(*) as n_sources,
        count(distinct doc_id) as n_documents,
        count(distinct source_group) as n_source_groups,
        min(value_canonical) as min_value,
        max(value_canonical) as max_value,
        max(value_low) as consensus_low,
        min(value_high) as consensus_high

    from sources
    group by fact_id

),

group_summary as (

    select
        fact_id,
        source_group,
        min(file_name) as file_name,
        min(passage_kind) as passage_kind,
        count(*) as n_group_sources,
        max(value_low) > min(value_high) as group_disagrees

    from sources
    group by fact_id, source_group

),

scope_groups as (

    select
        fact_id,
        count(*) as n_groups_with_several_figures,
        min(file_name) as scope_file_name,
        min(passage_kind) as scope_passage_kind

    from group_summary
    where group_disagrees
    group by fact_id

),

chosen as (

    select * from sources
    where source_rank = 1

),

runner_up as (

    select * from sources
    where source_rank = 2

),

reconciled as (

    select
        chosen.*,
        fact_summary.n_sources,
        fact_summary.n_documents,
        fact_summary.n_source_groups,
        fact_summary.min_value,
        fact_summary.max_value,
        fact_summary.consensus_low,
        fact_summary.consensus_high,
        fact_summary.consensus_low > fact_summary.consensus_high as has_conflict,
        scope_groups.n_groups_with_several_figures,
        scope_groups.scope_file_name,
        scope_groups.scope_passage_kind,
        case
            when runner_up.metric_id is null
                then 'only source'
            when chosen.is_estimate <> runner_up.is_estimate
                then 'actual figure over an estimate (预计)'
            when chosen.document_priority <> runner_up.document_priority
                then {{ dbt.concat(['chosen.document_kind', "' over '", 'runner_up.document_kind']) }}
            when coalesce(chosen.published_on, '') <> coalesce(runner_up.published_on, '')
                then {{ dbt.concat([
                    "'later publication ('",
                    'chosen.published_on',
                    "' over '",
                    "coalesce(runner_up.published_on, 'undated')",
                    "')'"
                ]) }}
            when length(chosen.quote) <> length(runner_up.quote)
                then 'fuller statement (longer quote) in documents of the same kind and date'
            when (chosen.approx is null) <> (runner_up.approx is null)
                then 'exact figure over an approximate one'
            else 'first in document order (sources otherwise equal)'
        end as choice_reason

    from chosen
    inner join fact_summary
        on fact_summary.fact_id = chosen.fact_id
    left join runner_up
        on runner_up.fact_id = chosen.fact_id
    left join scope_groups
        on scope_groups.fact_id = chosen.fact_id

),

final as (

    select
        *,
        case
            when not has_conflict then cast(null as {{ dbt.type_string() }})
            when n_groups_with_several_figures > 0 then 'different_scope'
            else 'disagreement'
        end as conflict_kind,
        case
            when not has_conflict then cast(null as {{ dbt.type_string() }})
            when n_groups_with_several_figures > 0 then {{ dbt.concat([
                'scope_file_name',
                "' gives several different figures for this zone, year and indicator in its '",
                "case when scope_passage_kind = 'table' then 'tables' else 'text' end",
                "': the phrase covers different items or scopes (e.g. several projects or works), not one figure stated twice; the value shown is the first by source priority'"
            ]) }}
            when n_documents = 1 then {{ dbt.concat([
                "'the statistical table and the text of '",
                'file_name',
                "' give figures that differ beyond the rounding of the figures as written; the value shown follows the source priority ('",
                'choice_reason',
                "')'"
            ]) }}
            else {{ dbt.concat([
                'cast(n_documents as ' ~ dbt.type_string() ~ ')',
                "' documents give figures that differ beyond the rounding of the figures as written; the value shown follows the source priority ('",
                'choice_reason',
                "')'"
            ]) }}
        end as conflict_explanation

    from reconciled

)

select * from final
