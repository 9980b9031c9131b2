{#-
    Surrogate keys without dbt_utils: md5 over the '|'-joined text of the columns, nulls spelled
    '_null_' (same idea as dbt_utils.generate_surrogate_key). Identical on DuckDB and PostgreSQL,
    so a fact id is the same whichever database built it.
-#}
{% macro surrogate_key(columns) -%}
    {%- set parts = [] -%}
    {%- for column in columns -%}
        {%- do parts.append("coalesce(cast(" ~ column ~ " as " ~ dbt.type_string() ~ "), '_null_')") -%}
        {%- if not loop.last -%}{%- do parts.append("'|'") -%}{%- endif -%}
    {%- endfor -%}
    {{ dbt.hash(dbt.concat(parts)) }}
{%- endmacro %}

{#- Key of something seen in the documents that no dictionary lists: '<prefix>_' + 12 hex digits. -#}
{% macro unlisted_key(prefix, expr) -%}
    {{ dbt.concat(["'" ~ prefix ~ "_'", "substr(" ~ dbt.hash(expr) ~ ", 1, 12)"]) }}
{%- endmacro %}
