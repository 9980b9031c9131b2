-- Name -> indicator code lookup from the dictionaries: each indicator's zh_name and every alias
-- in seeds/reference/indicator_aliases.csv. One row per normalised name.
with

indicators as (

    select * from {{ ref('indicators') }}

),

indicator_aliases as (

    select * from {{ ref('indicator_aliases') }}

),

dictionary_names as (

    select
        {{ normalise_name('zh_name') }} as name_key,
        indicator_code,
        1 as name_priority
    from indicators

    union all

    select
        {{ normalise_name('alias') }} as name_key,
        indicator_code,
        2 as name_priority
    from indicator_aliases

),

final as (

    select
        name_key,
        indicator_code,
        case min(name_priority) when 1 then 'zh_name' else 'dictionary_alias' end as name_source

    from dictionary_names
    where name_key is not null
    group by name_key, indicator_code

)

select * from final
