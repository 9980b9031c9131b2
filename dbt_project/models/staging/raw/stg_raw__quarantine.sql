with

source as (

    select * from {{ source('raw', 'quarantine') }}

),

renamed as (

    select
        file_name,
        cast(sha256 as {{ dbt.type_string() }}) as sha256,
        path as file_path,
        n_bytes,
        reason as quarantine_reason,
        load_id

    from source

)

select * from renamed
