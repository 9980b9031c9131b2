with

zones as (

    select * from {{ ref('int_zones__canonical') }}

),

final as (

    select
        zones.zone_key,
        zones.canonical_name,
        zones.en_name,
        zones.aliases,
        zones.surfaces_seen,
        zones.zone_type,
        zones.zone_level,
        zones.province,
        zones.city,
        zones.county,
        zones.parent_zone_key,
        parent_zones.canonical_name as parent_zone_name,
        zones.merged_into_zone_key,
        merged_into_zones.canonical_name as merged_into_zone_name,
        zones.merged_on,
        zones.same_body_as_zone_key,
        same_body_zones.canonical_name as same_body_as_zone_name,
        zones.is_in_dictionary,
        zones.n_mentions

    from zones
    left join zones as parent_zones
        on parent_zones.zone_key = zones.parent_zone_key
    left join zones as merged_into_zones
        on merged_into_zones.zone_key = zones.merged_into_zone_key
    left join zones as same_body_zones
        on same_body_zones.zone_key = zones.same_body_as_zone_key

)

select * from final
