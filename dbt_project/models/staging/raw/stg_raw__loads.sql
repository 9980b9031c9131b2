with

source as (

    select * from {{ source('raw', 'loads') }}

),

renamed as (

    select
        cast(load_id as {{ dbt.type_string() }}) as load_id,
        cast(started_at as {{ dbt.type_timestamp() }}) as started_at,
        cast(finished_at as {{ dbt.type_timestamp() }}) as finished_at,
        status as load_status,
        docs_dir,
        n_files,
        n_loaded,
        n_replaced,
        n_unchanged,
        n_quarantined,
        message as load_message

    from source

)

select * from renamed
