-- One row per project record, with the investment also in the base unit of its currency
-- (亿元 for yuan amounts, 万美元 for dollar amounts, per seeds/reference/units.csv).
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

projects as (

    select * from {{ ref('stg_raw__projects') }}
    {%- if is_incremental() %}
    where doc_id in {{ changed_documents() }}
    {%- endif %}

),

zone_names as (

    select * from {{ ref('int_zones__names') }}

),

units as (

    select * from {{ ref('units') }}
    where dimension in ('money_cny', 'money_usd')

),

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

final as (

    select
        projects.project_id,
        zone_names.zone_key,
        projects.zone_name as zone_name_as_written,
        projects.year,
        projects.project_name,
        projects.project_status,
        projects.project_date,
        case
            when units.unit is not null
                then cast(
                    cast(projects.investment_as_written as {{ type_double() }})
                    * cast(units.to_base as {{ type_double() }})
                    as {{ type_value() }})
        end as investment,
        case when projects.investment_as_written is not null then units.base_unit end as investment_unit,
        projects.investment_as_written,
        projects.investment_unit_as_written,
        projects.qualifier,
        projects.doc_id,
        projects.paragraph_id,
        projects.char_start,
        projects.char_end,
        projects.quote,
        projects.extractor,
        projects.zone_rule,
        projects.year_rule,
        documents.document_kind,
        documents.published_on

    from projects
    left join zone_names
        on zone_names.name_key = {{ normalise_name('projects.zone_name') }}
    left join units
        on units.unit = {{ normalise_unit('projects.investment_unit_as_written') }}
    left join documents
        on documents.doc_id = projects.doc_id

)

select * from final
