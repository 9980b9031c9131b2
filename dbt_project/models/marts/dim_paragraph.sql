-- One row per paragraph. Incremental: a row depends on its own paragraph and the dictionaries only,
-- so a build replaces the rows of the documents changed since the last (int_changes__documents).
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        pre_hook="{{ delete_stale_rows('doc_id in ' ~ changed_documents()) }}"
    )
}}
-- depends_on: {{ ref('int_changes__documents') }}
with

paragraphs as (

    select * from {{ ref('stg_raw__paragraphs') }}
    {%- if is_incremental() %}
    where doc_id in {{ changed_documents() }}
    {%- endif %}

),

zone_names as (

    select * from {{ ref('int_zones__names') }}

),

final as (

    select
        paragraphs.paragraph_id,
        paragraphs.doc_id,
        paragraphs.paragraph_ordinal,
        paragraphs.paragraph_kind,
        paragraphs.char_start,
        paragraphs.char_end,
        paragraphs.paragraph_text,
        paragraphs.section_zone_name,
        zone_names.zone_key as section_zone_key,
        paragraphs.entry_title,
        paragraphs.report_year

    from paragraphs
    left join zone_names
        on zone_names.name_key = {{ normalise_name('paragraphs.section_zone_name') }}

)

select * from final
