with

source as (

    select * from {{ source('raw', 'honours') }}

),

renamed as (

    select
        {{ stg_lineage_columns('honour_id') }},
        title as honour_title,
        body as awarding_body,
        honour_date

    from source

)

select * from renamed
