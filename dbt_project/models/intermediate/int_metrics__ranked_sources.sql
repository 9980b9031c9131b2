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
-- Incremental: a fact's sources all share its zone x year x indicator key, so a build ranks anew
-- the sources of the keys a changed document or unit touches (int_changes__fact_keys).
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        pre_hook="{{ delete_stale_rows(in_changed_fact_keys('previous_rows')) }}"
    )
}}
-- depends_on: {{ ref('int_changes__fact_keys') }}
with

metrics as (

    select * from {{ ref('int_metrics__converted') }} as converted
    where converted.is_fact_eligible
    {%- if is_incremental() %}
        and {{ in_changed_fact_keys('converted') }}
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
            order by
                case when is_estimate then 1 else 0 end asc,
                document_priority asc,
                published_on desc nulls last,
                length(quote) desc,
                case when approx is null then 0 else 1 end asc,
                doc_id asc,
                char_start asc,
                metric_id asc
        ) as source_rank

    from prioritised

)

select * from final
