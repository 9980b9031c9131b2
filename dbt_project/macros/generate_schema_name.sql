{#-
    Schemas are exactly the custom schema names (staging, intermediate, marts, reference), on every
    target, instead of dbt's default `<target schema>_<custom schema>`. A node without a custom
    schema lands in the target's own schema.

    The var `schema_suffix` (default '') builds every layer under another name: `devzone` passes
    `--vars '{schema_suffix: __next}'` on PostgreSQL, tests the shadow schemas, then renames them
    into place in one transaction (devzone/serving.py), so readers never see a half-built mart.
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}{{ var('schema_suffix', '') }}
    {%- endif -%}
{%- endmacro %}
