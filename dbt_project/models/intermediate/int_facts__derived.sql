-- Figures that no document states but that stated facts imply. Inputs are stated facts whose
-- sources agree (a conflicted input would pass its doubt on); each derived figure carries the
-- interval its inputs' intervals imply, so it can be checked against a stated figure of the
-- same key.
--   previous_level_from_growth  level(Y) / (1 + growth(Y) / 100) is the level of Y - 1
--                               (same zone, indicator and basis '', growth > -100 %)
--   share_of_city_total         value(zone) / value(aggregate) * 100 is the zone's share of the
--                               city total: the aggregate is a dictionary zone of type
--                               'aggregate' in the same province and city (绍兴市省级以上开发区),
--                               and the share's basis is the aggregate's name
-- One row per derivation; fact_id is the key of the fact it derives (the same md5 as a stated
-- fact's), so a derivation either fills a key no document states or checks a stated one.
-- A share whose part exceeds the whole beyond rounding is kept (is_plausible = false) for
-- rpt_inconsistencies but never becomes a fact.
with

facts as (

    select
        *,
        value_canonical as value

    from {{ ref('int_facts__reconciled') }}
    where not has_conflict

),

zones as (

    select * from {{ ref('int_zones__canonical') }}

),

levels as (

    select * from facts
    where measure = 'value' and basis = ''

),

growth_rates as (

    select * from facts
    where measure = 'yoy_pct' and basis = ''

),

previous_levels as (

    select
        'previous_level_from_growth' as derivation_rule,
        levels.zone_key,
        levels.year - 1 as year,
        levels.indicator_key,
        'value' as measure,
        '' as basis,
        levels.unit,
        cast(levels.value as {{ type_double() }})
            / (1 + cast(growth_rates.value as {{ type_double() }}) / 100) as value_double,
        least(
            cast(levels.value_low as {{ type_double() }}) / (1 + cast(growth_rates.value_high as {{ type_double() }}) / 100),
            cast(levels.value_low as {{ type_double() }}) / (1 + cast(growth_rates.value_low as {{ type_double() }}) / 100)
        ) as low_double,
        greatest(
            cast(levels.value_high as {{ type_double() }}) / (1 + cast(growth_rates.value_high as {{ type_double() }}) / 100),
            cast(levels.value_high as {{ type_double() }}) / (1 + cast(growth_rates.value_low as {{ type_double() }}) / 100)
        ) as high_double,
        {{ dbt.concat([
            number_text('levels.value_as_written'), "' '", 'levels.unit_as_written',
            "case when growth_rates.value_as_written < 0 then ' / (1 - ' else ' / (1 + ' end",
            number_text('abs(growth_rates.value_as_written)'), "'%)'"
        ]) }} as formula,
        levels.fact_id as input_1_fact_id,
        'level' as input_1_role,
        levels.value as input_1_value,
        growth_rates.fact_id as input_2_fact_id,
        'growth' as input_2_role,
        growth_rates.value as input_2_value,
        true as is_plausible

    from levels
    inner join growth_rates
        on growth_rates.zone_key = levels.zone_key
        and growth_rates.year = levels.year
        and growth_rates.indicator_key = levels.indicator_key
    where growth_rates.value_low > -100

),

parts as (

    select
        levels.*,
        zones.province,
        zones.city

    from levels
    inner join zones
        on zones.zone_key = levels.zone_key
    where coalesce(zones.zone_type, '') <> 'aggregate'
        and zones.city is not null

),

wholes as (

    select
        levels.*,
        zones.canonical_name as whole_name,
        zones.province,
        zones.city

    from levels
    inner join zones
        on zones.zone_key = levels.zone_key
    where zones.zone_type = 'aggregate'
        and zones.city is not null

),

shares as (

    select
        'share_of_city_total' as derivation_rule,
        parts.zone_key,
        parts.year,
        parts.indicator_key,
        'share_pct' as measure,
        wholes.whole_name as basis,
        '%' as unit,
        cast(parts.value as {{ type_double() }}) / cast(wholes.value as {{ type_double() }}) * 100 as value_double,
        cast(parts.value_low as {{ type_double() }}) / cast(wholes.value_high as {{ type_double() }}) * 100 as low_double,
        cast(parts.value_high as {{ type_double() }}) / cast(wholes.value_low as {{ type_double() }}) * 100 as high_double,
        {{ dbt.concat([
            number_text('parts.value_as_written'), "' '", 'parts.unit_as_written', "' / '",
            number_text('wholes.value_as_written'), "' '", 'wholes.unit_as_written', "' × 100'"
        ]) }} as formula,
        parts.fact_id as input_1_fact_id,
        'part' as input_1_role,
        parts.value as input_1_value,
        wholes.fact_id as input_2_fact_id,
        'whole' as input_2_role,
        wholes.value as input_2_value,
        parts.value_low <= wholes.value_high as is_plausible

    from parts
    inner join wholes
        on wholes.province = parts.province
        and wholes.city = parts.city
        and wholes.year = parts.year
        and wholes.indicator_key = parts.indicator_key
        and wholes.unit = parts.unit
    where parts.value_low >= 0
        and wholes.value_low > 0

),

derivations as (

    select * from previous_levels
    union all
    select * from shares

),

keyed as (

    select
        {{ surrogate_key(['zone_key', 'year', 'indicator_key', 'measure', 'basis']) }} as fact_id,
        derivations.*

    from derivations

),

stated as (

    select
        fact_id,
        value_canonical as value,
        value_low,
        value_high

    from {{ ref('int_facts__reconciled') }}

),

final as (

    select
        {{ surrogate_key(['keyed.derivation_rule', 'keyed.fact_id', 'keyed.input_1_fact_id', 'keyed.input_2_fact_id']) }} as derivation_id,
        keyed.fact_id,
        keyed.derivation_rule,
        keyed.zone_key,
        keyed.year,
        keyed.indicator_key,
        keyed.measure,
        keyed.basis,
        {{ as_value('keyed.value_double') }} as value,
        {{ as_value('keyed.low_double') }} as value_low,
        {{ as_value('keyed.high_double') }} as value_high,
        keyed.unit,
        keyed.formula,
        keyed.input_1_fact_id,
        keyed.input_1_role,
        keyed.input_1_value,
        keyed.input_2_fact_id,
        keyed.input_2_role,
        keyed.input_2_value,
        keyed.is_plausible,
        stated.fact_id is not null as is_stated_too,
        stated.value as stated_value,
        stated.value_low as stated_low,
        stated.value_high as stated_high,
        case
            when stated.fact_id is null then cast(null as boolean)
            else {{ as_value('keyed.low_double') }} <= stated.value_high
                and stated.value_low <= {{ as_value('keyed.high_double') }}
        end as agrees_with_stated,
        row_number() over (
            partition by keyed.fact_id
            order by
                case when keyed.is_plausible then 0 else 1 end,
                keyed.derivation_rule,
                keyed.input_1_fact_id,
                keyed.input_2_fact_id
        ) as derivation_rank

    from keyed
    left join stated
        on stated.fact_id = keyed.fact_id

)

select * from final
