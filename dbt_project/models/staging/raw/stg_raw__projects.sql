with

source as (

    select * from {{ source('raw', 'projects') }}

),

renamed as (

    select
        {{ stg_lineage_columns('project_id') }},
        name as project_name,
        cast(investment as decimal(24, 6)) as investment_as_written,
        investment_unit as investment_unit_as_written,
        status as project_status,
        project_date

    from source

)

select * from renamed
