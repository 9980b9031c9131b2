-- One row per relation between two zones that the dictionary records (seeds/reference/zones.csv):
--   part_of       the zone lies within related_zone (袍江 within 绍兴滨海新区)
--   merged_into   the zone was merged into related_zone, effective since (两区合一)
--   same_body_as  one administrative body under two plates (一套班子两块牌子); listed from both sides
with

zones as (

    select * from {{ ref('int_zones__canonical') }}

),

relations as (

    select zone_key, 'part_of' as relation, parent_zone_key as related_zone_key, cast(null as {{ dbt.type_string() }}) as since
    from zones
    where parent_zone_key is not null

    union all

    select zone_key, 'merged_into' as relation, merged_into_zone_key as related_zone_key, merged_on as since
    from zones
    where merged_into_zone_key is not null

    union all

    select zone_key, 'same_body_as' as relation, same_body_as_zone_key as related_zone_key, cast(null as {{ dbt.type_string() }}) as since
    from zones
    where same_body_as_zone_key is not null

),

final as (

    select
        relations.zone_key,
        zones.canonical_name as zone_name,
        relations.relation,
        relations.related_zone_key,
        related.canonical_name as related_zone_name,
        relations.since

    from relations
    inner join zones
        on zones.zone_key = relations.zone_key
    inner join zones as related
        on related.zone_key = relations.related_zone_key

)

select * from final
