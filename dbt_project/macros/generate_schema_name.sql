{#-
    Schemas are exactly the custom schema names (staging, intermediate, marts, reference), on every
    target, instead of dbt's default `<target schema>_<custom schema>`. A node without a custom
    schema lands in the target's own schema.
-#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
