-- One row per zone mention (raw.zones holds mentions, not zones: see int_zones__canonical).
with

source as (

    select * from {{ source('raw', 'zones') }}

),

renamed as (

    select
        {{ stg_lineage_columns('zone_mention_id') }},
        surface as zone_surface,
        zone_type as zone_type_hint

    from source

)

select * from renamed
