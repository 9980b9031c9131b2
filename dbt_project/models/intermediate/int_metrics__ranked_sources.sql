-- Every metric that feeds a conformed fact, ranked among the sources of its fact. Rank 1 is the
-- chosen source:
--   1. actual figures before estimates (预计)
--   2. document kind: var document_kind_priority (yearbook > government_report > newspaper > article > unknown)
--   3. later published_on first (a later edition over an earlier one; a more precise date of the
--      same year counts as later)
--   4. longer quote first (more context), then figures without an approximation word (约/超/近)
--   5. ties broken by doc_id, char_start, metric_id so the choice is deterministic
-- A derived figure never competes here: it only fills a key no document states
-- (fct_zone_indicator_year), so explicit always wins over derived.
-- source_group tells apart the independent statements a fact can have: each document's
-- statistical tables, and its running text.
-- Incremental: a build replaces the rows of the changed documents and of the indicators whose
-- unit changed (as int_metrics__converted), ranked among themselves; its post_hook then ranks
-- anew every source of the keys a changed document or unit touches (a fact's sources all share
-- its zone x year x indicator key, int_changes__fact_keys) and updates the ranks that moved.
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        pre_hook="{{ delete_stale_rows(in_changed_sources('previous_rows')) }}",
        post_hook="{{ update_changed_columns(['source_rank'], reranked_sources(this)) }}"
    )
}}
-- depends_on: {{ ref('int_changes__fact_keys') }}
-- depends_on: {{ ref('int_changes__documents') }}
-- depends_on: {{ ref('int_changes__indicators') }}
with

metrics as (

    select * from {{ ref('int_metrics__converted') }} as converted
    where converted.is_fact_eligible
    {%- if is_incremental() %}
        and {{ in_changed_sources('converted') }}
    {%- endif %}

),

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

paragraphs as (

    select * from {{ ref('stg_raw__paragraphs') }}

),

prioritised as (

    select
        metrics.*,
        documents.document_kind,
        documents.published_on,
        documents.document_title,
        documents.file_name,
        {{ document_kind_priority('documents.document_kind') }} as document_priority,
        paragraphs.paragraph_kind,
        case when paragraphs.paragraph_kind = 'table_row' then 'table' else 'text' end as passage_kind,
        {{ dbt.concat([
            'metrics.doc_id',
            "':'",
            "case when paragraphs.paragraph_kind = 'table_row' then 'table' else 'text' end"
        ]) }} as source_group

    from metrics
    inner join documents
        on documents.doc_id = metrics.doc_id
    left join paragraphs
        on paragraphs.paragraph_id = metrics.paragraph_id

),

final as (

    select
        *,
        row_number() over (
            partition by fact_id
            order by {{ source_order() }}
        ) as source_rank

    from prioritised

)

select * from final
