{#-
    Text keys used to match names written in documents against the dictionaries in
    seeds/reference. Deliberately light: the extractor already resolves names; these only absorb
    whitespace and full-width variants so that "柯桥经济技术开发区 " and "柯桥经济技术开发区" meet.
    Plain replace()/trim() so the SQL is the same on DuckDB and PostgreSQL.
-#}

{% macro normalise_name(expr) -%}
    nullif(
        replace(replace(replace(replace(replace(replace(trim({{ expr }}),
            ' ', ''), '　', ''), '（', '('), '）', ')'), chr(9), ''), chr(10), ''),
        ''
    )
{%- endmacro %}

{% macro normalise_unit(expr) -%}
    nullif(replace(replace(replace(trim({{ expr }}), ' ', ''), '　', ''), '％', '%'), '')
{%- endmacro %}

{% macro normalise_period(expr) -%}
    nullif(replace(replace(replace(trim({{ expr }}), ' ', ''), '　', ''), '－', '-'), '')
{%- endmacro %}
