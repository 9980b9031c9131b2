-- One row per zone x year that has any conformed fact, with the main indicators as columns
-- (English names; the unit is in the name: _100m_cny = 亿元, _10k_usd = 万美元, _km2 = 平方千米,
-- _ha = 公顷, _pct = %, counts bare). Values are the conformed ones of fct_zone_indicator_year
-- (basis_kind whole: plain levels and growth rates; where a zone states a level only as a part
-- of a larger total, that part, listed in columns_part_of_a_total), stated or derived;
-- columns_with_conflicts and columns_derived say which cells to read with care (details in
-- rpt_conflicts and bridge_fact_derivation).
{%- set columns = [
    ('industrial_output_above_scale', 'value', 'industrial_output_100m_cny'),
    ('industrial_output_above_scale', 'yoy_pct', 'industrial_output_growth_pct'),
    ('industrial_value_added_above_scale', 'value', 'industrial_value_added_100m_cny'),
    ('gdp', 'value', 'gdp_100m_cny'),
    ('operating_revenue', 'value', 'operating_revenue_100m_cny'),
    ('profit', 'value', 'profit_100m_cny'),
    ('fiscal_revenue_total', 'value', 'fiscal_revenue_100m_cny'),
    ('general_budget_revenue', 'value', 'general_budget_revenue_100m_cny'),
    ('tax_revenue', 'value', 'tax_revenue_100m_cny'),
    ('fixed_asset_investment', 'value', 'fixed_asset_investment_100m_cny'),
    ('industrial_investment', 'value', 'industrial_investment_100m_cny'),
    ('self_operated_export', 'value', 'exports_100m_cny'),
    ('self_operated_export', 'yoy_pct', 'exports_growth_pct'),
    ('contracted_fdi', 'value', 'contracted_fdi_10k_usd'),
    ('actual_fdi', 'value', 'actual_fdi_10k_usd'),
    ('actual_fdi', 'yoy_pct', 'actual_fdi_growth_pct'),
    ('enterprises_above_scale', 'value', 'enterprises_above_scale'),
    ('high_tech_enterprises', 'value', 'high_tech_enterprises'),
    ('planned_area', 'value', 'planned_area_km2'),
    ('reserve_land', 'value', 'reserve_land_ha'),
] %}
with

facts as (

    select * from {{ ref('fct_zone_indicator_year') }}

),

zones as (

    select * from {{ ref('dim_zone') }}

),

wanted as (

    {%- for code, measure, column_name in columns %}
    select '{{ code }}' as indicator_key, '{{ measure }}' as measure, '{{ column_name }}' as column_name, {{ loop.index }} as column_position
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}

),

candidates as (

    select
        facts.zone_key,
        facts.year,
        wanted.column_name,
        wanted.column_position,
        facts.value,
        facts.has_conflict,
        facts.is_derived,
        facts.basis_kind,
        row_number() over (
            partition by facts.zone_key, facts.year, wanted.column_name
            order by case when facts.basis_kind = 'whole' then 0 else 1 end asc, facts.fact_id asc
        ) as preference

    from facts
    inner join wanted
        on wanted.indicator_key = facts.indicator_key
        and wanted.measure = facts.measure
    where facts.basis_kind = 'whole'
        or (facts.basis_kind = 'part' and facts.measure = 'value')

),

cells as (

    select * from candidates
    where preference = 1

),

zone_years as (

    select
        zone_key,
        year,
        count(*) as n_facts,
        cast(sum(case when is_derived then 1 else 0 end) as {{ dbt.type_bigint() }}) as n_derived_facts

    from facts
    group by zone_key, year

),

pivoted as (

    select
        zone_key,
        year
        {%- for code, measure, column_name in columns %},
        max(case when column_name = '{{ column_name }}' then value end) as {{ column_name }}
        {%- endfor %}

    from cells
    group by zone_key, year

),

conflicted as (

    select
        zone_key,
        year,
        {{ dbt.listagg('column_name', "', '", 'order by column_position') }} as columns_with_conflicts

    from cells
    where has_conflict
    group by zone_key, year

),

parts as (

    select
        zone_key,
        year,
        {{ dbt.listagg('column_name', "', '", 'order by column_position') }} as columns_part_of_a_total

    from cells
    where basis_kind = 'part'
    group by zone_key, year

),

derived as (

    select
        zone_key,
        year,
        {{ dbt.listagg('column_name', "', '", 'order by column_position') }} as columns_derived

    from cells
    where is_derived
    group by zone_key, year

),

final as (

    select
        zone_years.zone_key,
        zones.canonical_name as zone_name,
        zones.en_name as zone_name_en,
        zones.zone_type,
        zone_years.year
        {%- for code, measure, column_name in columns %},
        pivoted.{{ column_name }}
        {%- endfor %},
        zone_years.n_facts,
        zone_years.n_derived_facts,
        conflicted.columns_with_conflicts,
        derived.columns_derived,
        parts.columns_part_of_a_total

    from zone_years
    inner join zones
        on zones.zone_key = zone_years.zone_key
    left join pivoted
        on pivoted.zone_key = zone_years.zone_key
        and pivoted.year = zone_years.year
    left join conflicted
        on conflicted.zone_key = zone_years.zone_key
        and conflicted.year = zone_years.year
    left join derived
        on derived.zone_key = zone_years.zone_key
        and derived.year = zone_years.year
    left join parts
        on parts.zone_key = zone_years.zone_key
        and parts.year = zone_years.year

)

select * from final
