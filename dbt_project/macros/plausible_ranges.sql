{#-
    Plausible ranges of conformed figures, per measure and unit, with per-indicator exceptions.
    Generous on purpose: they catch a misread unit (万元 taken for 亿元), a year taken for a value
    or a rank taken for a percentage, not unusual but real figures. A row with an indicator_code
    overrides the general row of its measure and unit. Used by dim_indicator (level range) and
    tests/assert_fact_values_plausible.sql.
-#}
{% macro plausible_ranges() -%}
    {%- do return([
        {'indicator_code': none, 'measure': 'yoy_pct', 'unit': '%', 'min': -100, 'max': 10000},
        {'indicator_code': none, 'measure': 'share_pct', 'unit': '%', 'min': 0, 'max': 100},
        {'indicator_code': none, 'measure': 'plan_pct', 'unit': '%', 'min': 0, 'max': 10000},
        {'indicator_code': none, 'measure': 'diff_pct_points', 'unit': '个百分点', 'min': -1000, 'max': 1000},
        {'indicator_code': none, 'measure': 'value', 'unit': '亿元', 'min': 0, 'max': 100000},
        {'indicator_code': none, 'measure': 'value', 'unit': '万美元', 'min': 0, 'max': 10000000},
        {'indicator_code': none, 'measure': 'value', 'unit': '公顷', 'min': 0, 'max': 1000000},
        {'indicator_code': none, 'measure': 'value', 'unit': '平方千米', 'min': 0, 'max': 10000},
        {'indicator_code': none, 'measure': 'value', 'unit': '千米', 'min': 0, 'max': 100000},
        {'indicator_code': none, 'measure': 'value', 'unit': '个', 'min': 0, 'max': 1000000},
        {'indicator_code': none, 'measure': 'value', 'unit': '人', 'min': 0, 'max': 100000000},
        {'indicator_code': none, 'measure': 'value', 'unit': '万人', 'min': 0, 'max': 10000},
        {'indicator_code': none, 'measure': 'value', 'unit': '%', 'min': 0, 'max': 1000},
        {'indicator_code': none, 'measure': 'value', 'unit': '个百分点', 'min': -1000, 'max': 1000},
        {'indicator_code': none, 'measure': 'value', 'unit': '天', 'min': 0, 'max': 36600},
        {'indicator_code': 'profit', 'measure': 'value', 'unit': '亿元', 'min': -100000, 'max': 100000},
    ]) -%}
{%- endmacro %}

{#- The ranges as a relation: indicator_code (null = any), measure, unit, min_value, max_value. -#}
{% macro plausible_ranges_relation() -%}
    {%- for r in plausible_ranges() %}
    select
        cast({{ "'" ~ r.indicator_code ~ "'" if r.indicator_code else 'null' }} as {{ dbt.type_string() }}) as indicator_code,
        cast('{{ r.measure }}' as {{ dbt.type_string() }}) as measure,
        cast('{{ r.unit }}' as {{ dbt.type_string() }}) as unit,
        cast({{ r.min }} as {{ type_value() }}) as min_value,
        cast({{ r.max }} as {{ type_value() }}) as max_value
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}
{%- endmacro %}
