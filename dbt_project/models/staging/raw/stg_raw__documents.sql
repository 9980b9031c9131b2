with

source as (

    select * from {{ source('raw', 'documents') }}

),

renamed as (

    select
        cast(doc_id as {{ dbt.type_string() }}) as doc_id,
        file_name,
        title as document_title,
        publisher,
        kind as document_kind,
        kind_source,
        published_on,
        cast(substr(published_on, 1, 4) as {{ dbt.type_int() }}) as published_year,
        published_on_source,
        cast(report_year as {{ dbt.type_int() }}) as report_year,
        report_year_source,
        report_year_rule,
        origin,
        url as source_url,
        encoding,
        n_bytes,
        n_chars,
        original_text,
        load_id

    from source

)

select * from renamed
