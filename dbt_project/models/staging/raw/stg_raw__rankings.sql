with

source as (

    select * from {{ source('raw', 'rankings') }}

),

renamed as (

    select
        {{ stg_lineage_columns('ranking_id') }},
        ranking as ranking_name,
        cast(rank as {{ dbt.type_int() }}) as rank_position,
        cast(prev_rank as {{ dbt.type_int() }}) as prev_rank_position,
        cast(field_size as {{ dbt.type_int() }}) as field_size

    from source

)

select * from renamed
