with

source as (

    select * from {{ source('raw', 'rejected_records') }}

),

renamed as (

    select
        cast(doc_id as {{ dbt.type_string() }}) as doc_id,
        cast(record_table as {{ dbt.type_string() }}) as record_table,
        cast(record_id as {{ dbt.type_string() }}) as record_id,
        cast(paragraph_id as {{ dbt.type_string() }}) as paragraph_id,
        cast(char_start as {{ dbt.type_int() }}) as char_start,
        cast(char_end as {{ dbt.type_int() }}) as char_end,
        quote,
        extractor,
        record as record_json,
        reason as rejection_reason,
        load_id

    from source

)

select * from renamed
