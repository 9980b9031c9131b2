-- Indicators whose unit changed since the previous build. A dictionary indicator keeps the unit
-- of seeds/reference (a change there rebuilds everything), but an unmapped phrase is kept in the
-- unit most of its level figures use (int_indicators__unmapped), across documents: a new document
-- can change it, and with it the converted value of every level figure of that phrase.
-- The previous units are those of the previous build's int_metrics__converted, read before it is
-- replaced (it depends on this model); none on a full refresh, where everything is rebuilt.
{%- set previous = previous_build('int_metrics__converted') %}
with

indicators as (

    select * from {{ ref('int_indicators__canonical') }}

),

{%- if previous is none %}

final as (

    select
        indicator_key,
        canonical_unit as previous_unit,
        canonical_unit as unit

    from indicators
    where false

)

{%- else %}

previous_units as (

    select distinct
        indicator_key,
        unit

    from {{ previous }}
    where measure = 'value'

),

final as (

    select
        previous_units.indicator_key,
        previous_units.unit as previous_unit,
        indicators.canonical_unit as unit

    from previous_units
    left join indicators
        on indicators.indicator_key = previous_units.indicator_key
    where indicators.canonical_unit is distinct from previous_units.unit

)

{%- endif %}

select * from final
