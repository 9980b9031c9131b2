{#-
    Incremental builds. The large models are dbt incremental models (strategy append): on an
    incremental build their pre_hook deletes the rows a change since the previous build makes
    stale, and their SQL inserts those rows anew, computed from the whole upstream. The changes
    are three small tables, built first:
      int_changes__documents    documents loaded, re-extracted or removed since the previous build
      int_changes__indicators   indicators whose unit changed (the unit of an unmapped indicator
                                is the one most of its figures use, across documents)
      int_changes__fact_keys    every zone x year x indicator a changed document or unit states a
                                figure of (is_touched), and every key a derived figure draws from one
    Rows of one document are keyed by doc_id; rows chosen across documents (sources, facts,
    bridges) by the zone x year x indicator key of their fact. The delete and the insert of a
    model run in one transaction.

    `dbt build --full-refresh` rebuilds every model whole, and the change tables then count every
    document as new. `devzone` asks for it on PostgreSQL (a shadow build starts from empty schemas),
    when the dbt project or the dictionaries changed since the last build, and when that build did
    not succeed (a failed build may have updated some models and not others).
-#}

{#- The relation a model had when this build started, or none (a full refresh, or a first build).
    Read only by models that run before it is rebuilt (see int_changes__fact_keys). -#}
{% macro previous_build(model_name) -%}
    {%- if not execute or flags.FULL_REFRESH -%}
        {%- do return(none) -%}
    {%- endif -%}
    {%- set node = graph.nodes.values() | selectattr('resource_type', 'equalto', 'model')
        | selectattr('name', 'equalto', model_name) | first -%}
    {%- set relation = adapter.get_relation(database=node.database, schema=node.schema, identifier=node.alias) -%}
    {%- if relation is not none and target.type == 'duckdb' -%}
        {%- do return(relation.include(database=false)) -%}
    {%- endif -%}
    {%- do return(relation) -%}
{%- endmacro %}

{#- The documents whose rows this build replaces: new, re-extracted or removed since the previous build. -#}
{% macro changed_documents() -%}
    (select doc_id from {{ ref('int_changes__documents') }} where change <> 'unchanged')
{%- endmacro %}

{#- The indicators whose unit changed since the previous build. -#}
{% macro changed_indicators() -%}
    (select indicator_key from {{ ref('int_changes__indicators') }})
{%- endmacro %}

{#- A row (of `alias`, with zone_key, year, indicator_key) of a key a change reaches; with
    `touched_only`, of a key a changed document or unit states a figure of. An IN over the three
    columns rather than a correlated EXISTS: DuckDB runs the EXISTS as a join on every column of
    every row of the large model (3 s in int_facts__reconciled at 10,000 documents), the IN as a
    hash join against the few changed keys (0.5 s). Only ever used positively, so the two agree
    on null keys (never a match). -#}
{% macro in_changed_fact_keys(alias, touched_only=true) -%}
    ({{ alias }}.zone_key, {{ alias }}.year, {{ alias }}.indicator_key) in (
        select
            changed_keys.zone_key,
            changed_keys.year,
            changed_keys.indicator_key
        from {{ ref('int_changes__fact_keys') }} as changed_keys
        {%- if touched_only %}
        where changed_keys.is_touched
        {%- endif %}
    )
{%- endmacro %}

{#- pre_hook of an incremental model: on an incremental build, delete the rows (alias
    previous_rows) that `condition` says a change made stale. Nothing on a full build. -#}
{% macro delete_stale_rows(condition) -%}
    {%- if is_incremental() -%}
        delete from {{ this }} as previous_rows where {{ condition }}
    {%- endif -%}
{%- endmacro %}

{#- The rows of the documents this build replaces, and of the metrics of an indicator whose unit
    changed: what an incremental build inserts into int_metrics__ranked_sources and
    bridge_fact_source (an unchanged document's source keeps its row, its rank renumbered). -#}
{% macro in_changed_sources(alias) -%}
    ({{ alias }}.doc_id in {{ changed_documents() }}
        or {{ alias }}.metric_id in (
            select converted.metric_id from {{ ref('int_metrics__converted') }} as converted
            where converted.indicator_key in {{ changed_indicators() }}
        ))
{%- endmacro %}

{#- Every source in `relation` (int_metrics__ranked_sources) of a key a changed document or unit
    touches, with its rank among the sources of its fact. -#}
{% macro reranked_sources(relation) -%}
    select
        sources.metric_id,
        row_number() over (partition by sources.fact_id order by {{ source_order() }}) as source_rank
    from {{ relation }} as sources
    where {{ in_changed_fact_keys('sources') }}
{%- endmacro %}

{#- Every source of bridge_fact_source of a key a changed document or unit touches, with its rank
    and agreement as int_metrics__ranked_sources and int_facts__reconciled now have them. -#}
{% macro reranked_bridge_sources() -%}
    select
        sources.metric_id,
        sources.source_rank,
        sources.source_rank = 1 as is_chosen,
        {{ agrees_with_chosen('sources', 'facts') }} as agrees_with_chosen
    from {{ ref('int_metrics__ranked_sources') }} as sources
    inner join {{ ref('int_facts__reconciled') }} as facts
        on facts.fact_id = sources.fact_id
    where {{ in_changed_fact_keys('sources') }}
{%- endmacro %}

{#- Whether a source's interval shares a point with its fact's (bridge_fact_source). -#}
{% macro agrees_with_chosen(source, fact) -%}
    {{ source }}.value_low <= {{ fact }}.value_high and {{ fact }}.value_low <= {{ source }}.value_high
{%- endmacro %}

{#- post_hook of int_metrics__ranked_sources and bridge_fact_source: on an incremental build,
    set `columns` of the rows of `this` whose values in `current` (a query with metric_id and
    those columns) differ. Updating a source's rank and agreement in place writes two narrow
    columns; replacing the row would write its quote and every other column again (at 10,000
    documents, ten new ones change the rank of 134,000 sources and add 1,100). -#}
{% macro update_changed_columns(columns, current) -%}
    {%- if is_incremental() -%}
        update {{ this }} as previous_rows
        set
        {%- for column in columns %}
            {{ column }} = current_rows.{{ column }}{{ ',' if not loop.last }}
        {%- endfor %}
        from ({{ current }}) as current_rows
        where current_rows.metric_id = previous_rows.metric_id
            and (
            {%- for column in columns %}
                current_rows.{{ column }} is distinct from previous_rows.{{ column }}{{ ' or' if not loop.last }}
            {%- endfor %}
            )
    {%- endif -%}
{%- endmacro %}
