-- Every indicator: the dictionary's (seeds/reference/indicators.csv, is_mapped = true), one per
-- part of a dictionary indicator the documents break it down into (indicator_key
-- code~breakdown: output_value~电子信息产业, with the code as its parent), plus one per unmapped
-- phrase seen in raw.metrics (is_mapped = false), so no figure is lost.
with

indicators as (

    select * from {{ ref('indicators') }}

),

indicator_names as (

    select * from {{ ref('int_indicators__names') }}

),

unmapped as (

    select * from {{ ref('int_indicators__unmapped') }}

),

metrics as (

    select * from {{ ref('int_metrics__normalised') }}

),

units as (

    select * from {{ ref('units') }}

),

dictionary_indicators as (

    select
        indicator_code as indicator_key,
        indicator_code,
        zh_name,
        en_name,
        canonical_unit,
        family,
        definition,
        parent_code,
        cast(null as {{ dbt.type_string() }}) as breakdown,
        true as is_mapped

    from indicators

),

breakdowns as (

    select distinct
        indicator_key,
        indicator_code,
        indicator_breakdown

    from metrics
    where indicator_code is not null
        and indicator_key <> indicator_code

),

breakdown_indicators as (

    select
        breakdowns.indicator_key,
        breakdowns.indicator_code,
        {{ dbt.concat(['breakdowns.indicator_breakdown', "'·'", 'indicators.zh_name']) }} as zh_name,
        {{ dbt.concat(['indicators.en_name', "' ('", 'breakdowns.indicator_breakdown', "')'"]) }} as en_name,
        indicators.canonical_unit,
        indicators.family,
        {{ dbt.concat(["'The part of '", 'indicators.en_name', "' the documents name '", 'breakdowns.indicator_breakdown', "'.'"]) }} as definition,
        breakdowns.indicator_code as parent_code,
        breakdowns.indicator_breakdown as breakdown,
        true as is_mapped

    from breakdowns
    inner join indicators
        on indicators.indicator_code = breakdowns.indicator_code

),

unmapped_indicators as (

    select
        indicator_key,
        cast(null as {{ dbt.type_string() }}) as indicator_code,
        zh_name,
        cast(null as {{ dbt.type_string() }}) as en_name,
        canonical_unit,
        cast(null as {{ dbt.type_string() }}) as family,
        cast('Indicator phrase seen in the documents that no dictionary entry maps to; kept so that nothing is lost.' as {{ dbt.type_string() }}) as definition,
        cast(null as {{ dbt.type_string() }}) as parent_code,
        cast(null as {{ dbt.type_string() }}) as breakdown,
        false as is_mapped

    from unmapped

),

all_indicators as (

    select * from dictionary_indicators
    union all
    select * from breakdown_indicators
    union all
    select * from unmapped_indicators

),

aliases as (

    select
        indicator_code as indicator_key,
        {{ dbt.listagg('name_key', "'" ~ var('list_delimiter') ~ "'", 'order by name_key') }} as aliases

    from indicator_names
    where name_source = 'dictionary_alias'
    group by indicator_code

),

distinct_phrases as (

    select distinct
        indicator_key,
        indicator_name_key

    from metrics

),

phrases as (

    select
        indicator_key,
        {{ dbt.listagg('indicator_name_key', "'" ~ var('list_delimiter') ~ "'", 'order by indicator_name_key') }} as phrases_seen

    from distinct_phrases
    group by indicator_key

),

mention_counts as (

    select
        indicator_key,
        count(*) as n_mentions

    from metrics
    group by indicator_key

),

final as (

    select
        all_indicators.*,
        units.dimension as unit_dimension,
        aliases.aliases,
        phrases.phrases_seen,
        coalesce(mention_counts.n_mentions, 0) as n_mentions

    from all_indicators
    left join units
        on units.unit = all_indicators.canonical_unit
    left join aliases
        on aliases.indicator_key = all_indicators.indicator_key
    left join phrases
        on phrases.indicator_key = all_indicators.indicator_key
    left join mention_counts
        on mention_counts.indicator_key = all_indicators.indicator_key

)

select * from final
