-- One row per indicator: the dictionary's and one per unmapped phrase, with the range a level
-- figure of it must fall in (macros/plausible_ranges.sql) to pass the plausibility test.
with

indicators as (

    select * from {{ ref('int_indicators__canonical') }}

),

ranges as (

    {{ plausible_ranges_relation() }}

),

level_ranges as (

    select
        indicators.indicator_key,
        coalesce(specific.min_value, general.min_value) as plausible_min,
        coalesce(specific.max_value, general.max_value) as plausible_max

    from indicators
    left join ranges as specific
        on specific.indicator_code = indicators.indicator_code
        and specific.measure = 'value'
        and specific.unit = indicators.canonical_unit
    left join ranges as general
        on general.indicator_code is null
        and general.measure = 'value'
        and general.unit = indicators.canonical_unit

),

final as (

    select
        indicators.indicator_key,
        indicators.indicator_code,
        indicators.zh_name,
        indicators.en_name,
        indicators.canonical_unit,
        indicators.unit_dimension,
        indicators.family,
        indicators.definition,
        indicators.parent_code,
        indicators.breakdown,
        indicators.aliases,
        indicators.phrases_seen,
        indicators.is_mapped,
        indicators.n_mentions,
        level_ranges.plausible_min,
        level_ranges.plausible_max

    from indicators
    left join level_ranges
        on level_ranges.indicator_key = indicators.indicator_key

)

select * from final
