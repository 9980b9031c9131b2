-- Each raw metric with its names resolved: zone_key (via int_zones__names), indicator_key (the
-- extractor's code when the dictionary knows it, joined with '~' to its breakdown when the phrase
-- names a part of it (output_value~电子信息产业; loaders/indicators.py), else the longest
-- dictionary name that ends the phrase and whose unit fits a level figure's, else an 'unmapped_'
-- key of the phrase), the written
-- unit looked up in seeds/reference/units.csv, and the basis without its verb (占全市 and
-- 占到全市 are both shares of 全市). One row per raw metric. Incremental: a metric depends on its own row
-- and the dictionaries only, so a build replaces the rows of the documents changed since the last.
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        pre_hook="{{ delete_stale_rows('doc_id in ' ~ changed_documents()) }}"
    )
}}
-- depends_on: {{ ref('int_changes__documents') }}
with

staged_metrics as (

    select * from {{ ref('stg_raw__metrics') }}
    {%- if is_incremental() %}
    where doc_id in {{ changed_documents() }}
    {%- endif %}

),

metrics as (

    select
        metric_id,
        doc_id,
        paragraph_id,
        char_start,
        char_end,
        quote,
        extractor,
        zone_name,
        zone_rule,
        year,
        year_rule,
        qualifier,
        load_id,
        indicator_phrase,
        indicator_code_extracted,
        indicator_breakdown,
        measure,
        value_as_written,
        unit_as_written,
        approx,
        period,
        is_estimate,
        basis as basis_as_written,
        {{ normalise_basis('basis') }} as basis

    from staged_metrics

),

indicators as (

    select * from {{ ref('indicators') }}

),

indicator_names as (

    select * from {{ ref('int_indicators__names') }}

),

zone_names as (

    select * from {{ ref('int_zones__names') }}

),

units as (

    select * from {{ ref('units') }}

),

periods as (

    select * from {{ ref('periods') }}

),

keyed as (

    select
        metrics.*,
        coalesce({{ normalise_name('indicator_phrase') }}, '_blank_') as indicator_name_key,
        {{ normalise_name('zone_name') }} as zone_name_key,
        {{ normalise_unit('unit_as_written') }} as unit_key,
        {{ normalise_period('period') }} as period_key

    from metrics

),

-- A name the phrase ends with ends with the phrase's last character: joining on it first lets the
-- database hash the join instead of comparing every phrase with every name.
phrase_ends as (

    select
        keyed.metric_id,
        keyed.indicator_name_key,
        {{ dbt.right('keyed.indicator_name_key', '1') }} as last_character,
        case when keyed.measure = 'value' then units.dimension end as level_dimension

    from keyed
    left join units
        on units.unit = keyed.unit_key

),

name_ends as (

    select
        indicator_names.indicator_code,
        indicator_names.name_key,
        {{ dbt.right('indicator_names.name_key', '1') }} as last_character,
        canonical_units.dimension as canonical_dimension

    from indicator_names
    inner join indicators
        on indicators.indicator_code = indicator_names.indicator_code
    left join units as canonical_units
        on canonical_units.unit = indicators.canonical_unit

),

-- the longest dictionary name the phrase ends with (an exact match is its own longest suffix)
suffix_matches as (

    select
        phrase_ends.metric_id,
        name_ends.indicator_code,
        name_ends.name_key = phrase_ends.indicator_name_key as is_exact,
        row_number() over (
            partition by phrase_ends.metric_id
            order by length(name_ends.name_key) desc, name_ends.indicator_code
        ) as match_rank

    from phrase_ends
    inner join name_ends
        on name_ends.last_character = phrase_ends.last_character
        and length(phrase_ends.indicator_name_key) >= length(name_ends.name_key)
        and {{ dbt.right('phrase_ends.indicator_name_key', 'length(name_ends.name_key)') }} = name_ends.name_key
        -- a level names an indicator of its own dimension only (开工重大项目总投资 counted in 个 is
        -- no total investment), as the extractor's mapping does
        and (
            phrase_ends.level_dimension is null
            or name_ends.canonical_dimension is null
            or phrase_ends.level_dimension = name_ends.canonical_dimension
        )

),

resolved as (

    select
        keyed.*,
        coalesce(extracted_indicators.indicator_code, suffix_matches.indicator_code) as indicator_code,
        case
            when extracted_indicators.indicator_code is not null then 'extractor_code'
            when suffix_matches.is_exact then 'dictionary_name'
            when suffix_matches.indicator_code is not null then 'dictionary_suffix'
            else 'unmapped'
        end as indicator_mapping_rule,
        zone_names.zone_key,
        units.dimension as unit_dimension,
        units.base_unit as unit_base,
        units.to_base as unit_to_base,
        periods.period_code,
        periods.month_from as period_month_from,
        periods.month_to as period_month_to

    from keyed
    left join indicators as extracted_indicators
        on extracted_indicators.indicator_code = trim(keyed.indicator_code_extracted)
    left join suffix_matches
        on suffix_matches.metric_id = keyed.metric_id
        and suffix_matches.match_rank = 1
    left join zone_names
        on zone_names.name_key = keyed.zone_name_key
    left join units
        on units.unit = keyed.unit_key
    left join periods
        on periods.period_as_written = keyed.period_key

),

final as (

    select
        *,
        case
            when indicator_code is null then {{ unlisted_key('unmapped', 'indicator_name_key') }}
            when indicator_breakdown is null or indicator_mapping_rule <> 'extractor_code' then indicator_code
            else {{ dbt.concat(['indicator_code', "'~'", 'indicator_breakdown']) }}
        end as indicator_key,
        indicator_code is not null as is_indicator_mapped,
        (period_key is null or period_code = 'FY') as is_full_year

    from resolved

)

select * from final
