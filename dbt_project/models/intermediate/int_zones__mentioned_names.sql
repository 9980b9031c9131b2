-- Every distinct zone name the raw records and paragraph contexts use, normalised, with how often.
with

zone_mentions as (

    select zone_name from {{ ref('stg_raw__zones') }}

),

year_mentions as (

    select zone_name from {{ ref('stg_raw__years') }}

),

metrics as (

    select zone_name from {{ ref('stg_raw__metrics') }}

),

rankings as (

    select zone_name from {{ ref('stg_raw__rankings') }}

),

honours as (

    select zone_name from {{ ref('stg_raw__honours') }}

),

projects as (

    select zone_name from {{ ref('stg_raw__projects') }}

),

paragraphs as (

    select section_zone_name as zone_name from {{ ref('stg_raw__paragraphs') }}

),

names_seen as (

    select zone_name, 'zones' as seen_in from zone_mentions
    union all
    select zone_name, 'years' as seen_in from year_mentions
    union all
    select zone_name, 'metrics' as seen_in from metrics
    union all
    select zone_name, 'rankings' as seen_in from rankings
    union all
    select zone_name, 'honours' as seen_in from honours
    union all
    select zone_name, 'projects' as seen_in from projects
    union all
    select zone_name, 'paragraphs' as seen_in from paragraphs

),

normalised as (

    select
        {{ normalise_name('zone_name') }} as name_key,
        seen_in

    from names_seen

),

final as (

    select
        name_key,
        cast(count(*) as {{ dbt.type_bigint() }}) as n_mentions,
        cast(sum(case when seen_in = 'paragraphs' then 0 else 1 end) as {{ dbt.type_bigint() }}) as n_records

    from normalised
    where name_key is not null
    group by name_key

)

select * from final
