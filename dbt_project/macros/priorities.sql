{#- Rank of a document kind in the choice of a fact's source: 1 is best (var document_kind_priority). -#}
{% macro document_kind_priority(kind_expr) -%}
    {%- set kinds = var('document_kind_priority') -%}
    case {{ kind_expr }}
    {%- for kind in kinds %}
        when '{{ kind }}' then {{ loop.index }}
    {%- endfor %}
        else {{ kinds | length + 1 }}
    end
{%- endmacro %}

{#- 8-byte float on both databases (dbt.type_float() is a 4-byte REAL on DuckDB). -#}
{% macro type_double() -%}
    double precision
{%- endmacro %}

{#- Exact decimal type of converted values: enough scale for 元 -> 亿元 (1e-8). -#}
{% macro type_value() -%}
    decimal(38, 8)
{%- endmacro %}

{#- The order of a fact's sources, best first (int_metrics__ranked_sources explains it); over
    columns of int_metrics__ranked_sources. -#}
{% macro source_order() -%}
    case when is_estimate then 1 else 0 end asc,
    document_priority asc,
    published_on desc nulls last,
    length(quote) desc,
    case when approx is null then 0 else 1 end asc,
    doc_id asc,
    char_start asc,
    metric_id asc
{%- endmacro %}
