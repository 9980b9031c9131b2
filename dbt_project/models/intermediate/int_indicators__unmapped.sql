-- One row per indicator phrase seen in raw.metrics that maps to no dictionary code, with the unit
-- its level figures are kept in: the base unit (units.csv) of the dimension its figures use most
-- often, or, for a unit units.csv does not know, that unit as written.
with

unmapped_metrics as (

    select * from {{ ref('int_metrics__normalised') }}
    where not is_indicator_mapped

),

phrases as (

    select
        indicator_key,
        min(indicator_name_key) as zh_name,
        count(*) as n_mentions

    from unmapped_metrics
    group by indicator_key

),

unit_choices as (

    select
        indicator_key,
        coalesce(unit_base, unit_key) as unit_choice,
        row_number() over (
            partition by indicator_key
            order by count(*) desc, coalesce(unit_base, unit_key)
        ) as choice_rank

    from unmapped_metrics
    where measure = 'value'
        and coalesce(unit_base, unit_key) is not null
    group by indicator_key, coalesce(unit_base, unit_key)

),

final as (

    select
        phrases.indicator_key,
        phrases.zh_name,
        unit_choices.unit_choice as canonical_unit,
        phrases.n_mentions

    from phrases
    left join unit_choices
        on unit_choices.indicator_key = phrases.indicator_key
        and unit_choices.choice_rank = 1

)

select * from final
