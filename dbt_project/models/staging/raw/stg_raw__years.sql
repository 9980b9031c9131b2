with

source as (

    select * from {{ source('raw', 'years') }}

),

renamed as (

    select
        {{ stg_lineage_columns('year_mention_id') }},
        surface as year_surface

    from source

)

select * from renamed
