with

source as (

    select * from {{ source('raw', 'metrics') }}

),

renamed as (

    select
        {{ stg_lineage_columns('metric_id') }},
        indicator as indicator_phrase,
        indicator_code as indicator_code_extracted,
        nullif(trim(indicator_breakdown), '') as indicator_breakdown,
        measure,
        cast(value as decimal(24, 6)) as value_as_written,
        unit as unit_as_written,
        approx,
        period,
        cast(is_estimate as boolean) as is_estimate,
        coalesce(basis, '') as basis

    from source

)

select * from renamed
