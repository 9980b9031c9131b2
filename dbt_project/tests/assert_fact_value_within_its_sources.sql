-- A fact's value lies between the smallest and largest converted value of its sources and inside
-- its own interval (value_low <= value <= value_high); a fact with a single source never
-- conflicts, and a conflict always has a kind. Returns the facts that break a rule.
select
    fact_id,
    value,
    value_low,
    value_high,
    min_value,
    max_value,
    n_sources,
    has_conflict,
    conflict_kind

from {{ ref('fct_zone_indicator_year') }}
where value < min_value
    or value > max_value
    or value < value_low
    or value > value_high
    or (n_sources = 1 and has_conflict)
    or (has_conflict and conflict_kind is null)
    or (not has_conflict and conflict_kind is not null)
