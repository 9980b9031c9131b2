-- Every zone seen: the dictionary's zones (seeds/reference/zones.csv) plus one zone per name seen
-- in the raw records that the dictionary does not know. One row per zone_key.
with

zones as (

    select * from {{ ref('zones') }}

),

zone_names as (

    select * from {{ ref('int_zones__names') }}

),

zone_mentions as (

    select * from {{ ref('stg_raw__zones') }}

),

zone_mentions_keyed as (

    select
        zone_names.zone_key,
        zone_names.is_in_dictionary,
        zone_mentions.zone_surface,
        zone_mentions.zone_type_hint

    from zone_mentions
    inner join zone_names
        on zone_names.name_key = {{ normalise_name('zone_mentions.zone_name') }}

),

-- for a zone the dictionary does not know, the zone type the extractor suggested most often
type_hints as (

    select
        zone_key,
        zone_type_hint,
        row_number() over (
            partition by zone_key
            order by count(*) desc, zone_type_hint
        ) as hint_rank

    from zone_mentions_keyed
    where not is_in_dictionary
        and zone_type_hint is not null
    group by zone_key, zone_type_hint

),

dictionary_zones as (

    select
        zone_id as zone_key,
        canonical_name,
        en_name,
        zone_type,
        level as zone_level,
        province,
        city,
        county,
        parent_zone_id as parent_zone_key,
        merged_into_zone_id as merged_into_zone_key,
        merged_on,
        same_body_as_zone_id as same_body_as_zone_key,
        true as is_in_dictionary

    from zones

),

unlisted_zones as (

    select
        zone_names.zone_key,
        zone_names.name_key as canonical_name,
        cast(null as {{ dbt.type_string() }}) as en_name,
        type_hints.zone_type_hint as zone_type,
        cast(null as {{ dbt.type_string() }}) as zone_level,
        cast(null as {{ dbt.type_string() }}) as province,
        cast(null as {{ dbt.type_string() }}) as city,
        cast(null as {{ dbt.type_string() }}) as county,
        cast(null as {{ dbt.type_string() }}) as parent_zone_key,
        cast(null as {{ dbt.type_string() }}) as merged_into_zone_key,
        cast(null as {{ dbt.type_string() }}) as merged_on,
        cast(null as {{ dbt.type_string() }}) as same_body_as_zone_key,
        false as is_in_dictionary

    from zone_names
    left join type_hints
        on type_hints.zone_key = zone_names.zone_key
        and type_hints.hint_rank = 1
    where not zone_names.is_in_dictionary

),

all_zones as (

    select * from dictionary_zones
    union all
    select * from unlisted_zones

),

aliases as (

    select
        zone_names.zone_key,
        {{ dbt.listagg('zone_names.name_key', "'" ~ var('list_delimiter') ~ "'", 'order by zone_names.name_key') }} as aliases

    from zone_names
    inner join all_zones
        on all_zones.zone_key = zone_names.zone_key
    where zone_names.name_key <> {{ normalise_name('all_zones.canonical_name') }}
    group by zone_names.zone_key

),

distinct_surfaces as (

    select distinct
        zone_key,
        zone_surface

    from zone_mentions_keyed
    where zone_surface is not null

),

surfaces as (

    select
        zone_key,
        {{ dbt.listagg('zone_surface', "'" ~ var('list_delimiter') ~ "'", 'order by zone_surface') }} as surfaces_seen

    from distinct_surfaces
    group by zone_key

),

mention_counts as (

    select
        zone_key,
        cast(sum(n_mentions) as {{ dbt.type_bigint() }}) as n_mentions

    from zone_names
    group by zone_key

),

final as (

    select
        all_zones.*,
        aliases.aliases,
        surfaces.surfaces_seen,
        coalesce(mention_counts.n_mentions, 0) as n_mentions

    from all_zones
    left join aliases
        on aliases.zone_key = all_zones.zone_key
    left join surfaces
        on surfaces.zone_key = all_zones.zone_key
    left join mention_counts
        on mention_counts.zone_key = all_zones.zone_key

)

select * from final
