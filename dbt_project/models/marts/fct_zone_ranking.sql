-- One row per ranking record: a zone's position in a named list, with its lineage.
-- Incremental: a row depends on its own record, its document and the dictionaries only, so a build
-- replaces the rows of the documents changed since the last (int_changes__documents).
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        pre_hook="{{ delete_stale_rows('doc_id in ' ~ changed_documents()) }}"
    )
}}
-- depends_on: {{ ref('int_changes__documents') }}
with

rankings as (

    select * from {{ ref('stg_raw__rankings') }}
    {%- if is_incremental() %}
    where doc_id in {{ changed_documents() }}
    {%- endif %}

),

zone_names as (

    select * from {{ ref('int_zones__names') }}

),

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

final as (

    select
        rankings.ranking_id,
        zone_names.zone_key,
        rankings.zone_name as zone_name_as_written,
        rankings.year,
        rankings.ranking_name,
        rankings.rank_position,
        rankings.prev_rank_position,
        rankings.prev_rank_position - rankings.rank_position as rank_change,
        rankings.field_size,
        rankings.qualifier,
        rankings.doc_id,
        rankings.paragraph_id,
        rankings.char_start,
        rankings.char_end,
        rankings.quote,
        rankings.extractor,
        rankings.zone_rule,
        rankings.year_rule,
        documents.document_kind,
        documents.published_on

    from rankings
    left join zone_names
        on zone_names.name_key = {{ normalise_name('rankings.zone_name') }}
    left join documents
        on documents.doc_id = rankings.doc_id

)

select * from final
