-- Each raw metric with its value in the indicator's canonical unit, beside the value and unit as
-- written, and whether (and if not, why not) it feeds the conformed fact table.
--   measure 'value':       value_canonical = value * to_base(unit) / to_base(canonical unit),
--                          when both units share a dimension in seeds/reference/units.csv
--   the percent measures:  yoy_pct / share_pct / plan_pct in '%', diff_pct_points in '个百分点'
-- Arithmetic runs in double precision on both databases (DuckDB turns decimal division into
-- double anyway), then is cast to decimal(38, 8), so DuckDB and PostgreSQL agree to the digit.
-- Beside the value, the interval of true values the figure as written allows (macros/intervals.sql):
-- its rounding at the last written decimal, or the bound an approximation word (超, 近...) sets,
-- converted with the same factor: value_low <= value_canonical <= value_high.
-- Incremental: a build replaces the rows of the documents changed since the last, and of the
-- indicators whose unit changed (int_changes__indicators).
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        pre_hook="{{ delete_stale_rows('doc_id in ' ~ changed_documents() ~ ' or indicator_key in ' ~ changed_indicators()) }}"
    )
}}
-- depends_on: {{ ref('int_changes__documents') }}
-- depends_on: {{ ref('int_changes__indicators') }}
-- int_changes__fact_keys reads this model's rows of the previous build: it must run before them.
-- depends_on: {{ ref('int_changes__fact_keys') }}
with

metrics as (

    select * from {{ ref('int_metrics__normalised') }}
    {%- if is_incremental() %}
    where doc_id in {{ changed_documents() }}
        or indicator_key in {{ changed_indicators() }}
    {%- endif %}

),

indicators as (

    select * from {{ ref('int_indicators__canonical') }}

),

units as (

    select * from {{ ref('units') }}

),

targeted as (

    select
        metrics.*,
        case
            when metrics.measure = 'value' then indicators.canonical_unit
            when metrics.measure = 'diff_pct_points' then '个百分点'
            else '%'
        end as unit

    from metrics
    left join indicators
        on indicators.indicator_key = metrics.indicator_key

),

classified as (

    select
        targeted.*,
        target_units.to_base as target_to_base,
        case
            when targeted.unit is null then 'no_canonical_unit'
            when targeted.unit_key = targeted.unit then 'same_unit'
            when targeted.unit_dimension is null then 'unknown_unit'
            when target_units.dimension is null then 'unknown_canonical_unit'
            when targeted.unit_dimension = target_units.dimension then 'converted'
            when targeted.measure <> 'value'
                and targeted.unit_dimension in ('percent', 'percent_points')
                and target_units.dimension in ('percent', 'percent_points') then 'percent_as_is'
            else 'dimension_mismatch'
        end as conversion_status

    from targeted
    left join units as target_units
        on target_units.unit = targeted.unit

),

written_precision as (

    select
        classified.*,
        {{ decimals_written('value_as_written') }} as value_decimals,
        {{ last_nonzero_digit_exponent('value_as_written') }} as value_last_digit_exponent,
        {{ approx_direction('approx') }} as approx_direction,
        case
            when conversion_status in ('same_unit', 'percent_as_is') then cast(1 as {{ type_double() }})
            when conversion_status = 'converted'
                then cast(unit_to_base as {{ type_double() }}) / cast(target_to_base as {{ type_double() }})
        end as conversion_factor

    from classified

),

converted as (

    select
        written_precision.*,
        case
            when conversion_status in ('same_unit', 'percent_as_is')
                then cast(value_as_written as {{ type_value() }})
            when conversion_status = 'converted'
                then cast(
                    cast(value_as_written as {{ type_double() }})
                    * cast(unit_to_base as {{ type_double() }})
                    / cast(target_to_base as {{ type_double() }})
                    as {{ type_value() }})
        end as value_canonical,
        {{ as_value(written_low('value_as_written', 'approx_direction', 'value_decimals', 'value_last_digit_exponent') ~ ' * conversion_factor') }} as value_low,
        {{ as_value(written_high('value_as_written', 'approx_direction', 'value_decimals', 'value_last_digit_exponent') ~ ' * conversion_factor') }} as value_high

    from written_precision

),

final as (

    select
        *,
        case
            when zone_key is null then 'zone_unknown'
            when year is null then 'year_unknown'
            when not is_full_year then 'partial_year'
            when value_canonical is null then 'unit_not_convertible'
        end as fact_exclusion_reason,
        (
            zone_key is not null
            and year is not null
            and is_full_year
            and value_canonical is not null
        ) as is_fact_eligible,
        case
            when zone_key is not null
                and year is not null
                and is_full_year
                and value_canonical is not null
            then {{ surrogate_key(['zone_key', 'year', 'indicator_key', 'measure', 'basis']) }}
        end as fact_id,
        -- a partial-year figure's key in fct_zone_indicator_period: its period must be a known one
        case
            when zone_key is not null
                and year is not null
                and period_code is not null
                and period_code <> 'FY'
                and value_canonical is not null
            then {{ surrogate_key(['zone_key', 'year', 'period_code', 'indicator_key', 'measure', 'basis']) }}
        end as period_fact_id

    from converted

)

select * from final
