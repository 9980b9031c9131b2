{#-
    What a figure as written allows: the interval of true values it is consistent with. Two
    sources of a fact agree when their intervals overlap; a derived figure carries the interval
    that its inputs' intervals imply. All of it is plain CASE/round() arithmetic, the same SQL on
    DuckDB and PostgreSQL.

    - exact (and 约/左右, which only say the writer rounded): the figure rounded at its last
      written decimal, value ± half a unit of that decimal (688.53 -> [688.525, 688.535];
      10328 -> [10327.5, 10328.5]).
    - a lower bound (超, 突破, 以上, 余, 多, 逾): [value, value + one unit of its last non-zero digit]
      (超200 -> [200, 300], 60余 -> [60, 70]).
    - an upper bound (近, 不到, 不足): [value - one unit of its last non-zero digit, value].
-#}

{#- Decimals of a decimal(24, 6) value as written: 688.53 -> 2, 10328 -> 0 (trailing zeros do not count). -#}
{% macro decimals_written(expr) -%}
    case
    {%- for d in range(0, 6) %}
        when {{ expr }} = round({{ expr }}, {{ d }}) then {{ d }}
    {%- endfor %}
        else 6
    end
{%- endmacro %}

{#- Exponent of the last non-zero digit: 1200 -> 2, 440 -> 1, 3.26 -> -2, 0 -> 0. -#}
{% macro last_nonzero_digit_exponent(expr) -%}
    case
        when {{ expr }} = 0 then 0
    {%- for e in range(12, -6, -1) %}
        when {{ expr }} = round({{ expr }}, {{ -e }}) then {{ e }}
    {%- endfor %}
        else -6
    end
{%- endmacro %}

{#- Direction of an approximation word as written: at_least / at_most / about / exact. -#}
{% macro approx_direction(expr) -%}
    case
        when {{ expr }} is null or trim({{ expr }}) = '' then 'exact'
        {%- for word in ['近', '不到', '不足', '未满'] %}
        when {{ dbt.position("'" ~ word ~ "'", expr) }} > 0 then 'at_most'
        {%- endfor %}
        {%- for word in ['超', '突破', '以上', '余', '多', '逾'] %}
        when {{ dbt.position("'" ~ word ~ "'", expr) }} > 0 then 'at_least'
        {%- endfor %}
        {%- for word in ['约', '左右', '大约', '上下'] %}
        when {{ dbt.position("'" ~ word ~ "'", expr) }} > 0 then 'about'
        {%- endfor %}
        else 'exact'
    end
{%- endmacro %}

{#- 10 ** exponent as a double (exponent an integer expression). -#}
{% macro power_of_ten(exponent) -%}
    power(cast(10 as {{ type_double() }}), {{ exponent }})
{%- endmacro %}

{#- Lower / upper end of a written figure's interval, in the written unit, as a double. -#}
{% macro written_low(value, direction, decimals, last_digit) -%}
    case {{ direction }}
        when 'at_least' then cast({{ value }} as {{ type_double() }})
        when 'at_most' then cast({{ value }} as {{ type_double() }}) - {{ power_of_ten(last_digit) }}
        else cast({{ value }} as {{ type_double() }}) - 0.5 * {{ power_of_ten('-(' ~ decimals ~ ')') }}
    end
{%- endmacro %}

{% macro written_high(value, direction, decimals, last_digit) -%}
    case {{ direction }}
        when 'at_least' then cast({{ value }} as {{ type_double() }}) + {{ power_of_ten(last_digit) }}
        when 'at_most' then cast({{ value }} as {{ type_double() }})
        else cast({{ value }} as {{ type_double() }}) + 0.5 * {{ power_of_ten('-(' ~ decimals ~ ')') }}
    end
{%- endmacro %}

{#- A double in the exact decimal type of the marts (decimal(38, 8)). -#}
{% macro as_value(expr) -%}
    cast({{ expr }} as {{ type_value() }})
{%- endmacro %}

{#- What a stated share or difference is relative to, without the verb: 占全市/占到全市 -> 全市, 比全市 -> 全市. -#}
{% macro normalise_basis(expr) -%}
    case
        when {{ expr }} like '占到%' then substr({{ expr }}, 3)
        when {{ expr }} like '占%' or {{ expr }} like '比%' or {{ expr }} like '较%' then substr({{ expr }}, 2)
        else coalesce({{ expr }}, '')
    end
{%- endmacro %}

{#- A decimal(24, 6) figure as text without trailing zeros: 1590.050000 -> '1590.05', 10328.000000 -> '10328'. -#}
{% macro number_text(expr) -%}
    rtrim(rtrim(cast({{ expr }} as {{ dbt.type_string() }}), '0'), '.')
{%- endmacro %}

{#- A number as short text, rounded to `scale` decimals: 5622.46334213 -> '5622.46'. -#}
{% macro rounded_text(expr, scale=2) -%}
    {{ number_text('cast(' ~ expr ~ ' as decimal(38, ' ~ scale ~ '))') }}
{%- endmacro %}
