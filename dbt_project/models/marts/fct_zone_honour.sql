-- One row per honour record: a title awarded to a zone, with its lineage.
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

honours as (

    select * from {{ ref('stg_raw__honours') }}
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
        honours.honour_id,
        zone_names.zone_key,
        honours.zone_name as zone_name_as_written,
        honours.year,
        honours.honour_title,
        honours.awarding_body,
        honours.honour_date,
        honours.qualifier,
        honours.doc_id,
        honours.paragraph_id,
        honours.char_start,
        honours.char_end,
        honours.quote,
        honours.extractor,
        honours.zone_rule,
        honours.year_rule,
        documents.document_kind,
        documents.published_on

    from honours
    left join zone_names
        on zone_names.name_key = {{ normalise_name('honours.zone_name') }}
    left join documents
        on documents.doc_id = honours.doc_id

)

select * from final
