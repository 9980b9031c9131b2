with

source as (

    select * from {{ source('raw', 'paragraphs') }}

),

renamed as (

    select
        cast(paragraph_id as {{ dbt.type_string() }}) as paragraph_id,
        cast(doc_id as {{ dbt.type_string() }}) as doc_id,
        cast(ordinal as {{ dbt.type_int() }}) as paragraph_ordinal,
        kind as paragraph_kind,
        cast(char_start as {{ dbt.type_int() }}) as char_start,
        cast(char_end as {{ dbt.type_int() }}) as char_end,
        text as paragraph_text,
        section_zone as section_zone_name,
        entry as entry_title,
        cast(report_year as {{ dbt.type_int() }}) as report_year,
        load_id

    from source

)

select * from renamed
