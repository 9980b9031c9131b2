{#-
    On DuckDB the database part of a relation is the file's stem ("warehouse" for
    warehouse.duckdb), and a view stores the names it selects from as written. With the default
    ref()/source(), the staging and intermediate views would say `"warehouse"."raw"."metrics"`
    and break as soon as the file is copied or renamed (e.g. built in a temporary copy and then
    swapped in). So on DuckDB, ref() and source() leave the database out: views name
    `schema.table`, resolved in whatever file holds them. Other adapters are unchanged.
-#}
{% macro ref() %}
    {%- set relation = builtins.ref(*varargs, **kwargs) -%}
    {%- if target.type == 'duckdb' and relation is not none and relation.include is defined -%}
        {%- do return(relation.include(database=false)) -%}
    {%- endif -%}
    {%- do return(relation) -%}
{% endmacro %}

{% macro source() %}
    {%- set relation = builtins.source(*varargs, **kwargs) -%}
    {%- if target.type == 'duckdb' and relation is not none and relation.include is defined -%}
        {%- do return(relation.include(database=false)) -%}
    {%- endif -%}
    {%- do return(relation) -%}
{% endmacro %}
