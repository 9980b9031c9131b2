-- A fact's value lies between the smallest and largest converted value of its sources, and a
-- fact with a single source never conflicts. Returns the facts that break either rule.
select
    fact_id,
    value,
    min_value,
    max_value,
    n_sources,
    has_conflict

from {{ ref('fct_zone_indicator_year') }}
where value < min_value
    or value > max_value
    or (n_sources = 1 and has_conflict)
