{#-
    on-run-end hook: on PostgreSQL, let the read-only role ($DEVZONE_READER_ROLE, default
    devzone_reader) use the marts schema and select from every table in it, so that tables dbt
    has just re-created are covered. Nothing else is granted: not raw, staging, intermediate or
    reference, and no write anywhere. Skipped when the role does not exist (`devzone` creates it),
    on DuckDB (no roles), and for a shadow build (`schema_suffix` set): `devzone` grants the marts
    when it swaps them in, so readers never see the shadow schemas.
-#}
{% macro grant_marts_to_reader() -%}
    {%- if target.type == 'postgres' and var('schema_suffix', '') == '' -%}
        {%- set role = env_var('DEVZONE_READER_ROLE', 'devzone_reader') | replace("'", "''") -%}
        {%- set schema = generate_schema_name('marts', none) | replace("'", "''") -%}
do $grant_marts$
begin
    if exists (select from pg_roles where rolname = '{{ role }}')
        and exists (select from pg_namespace where nspname = '{{ schema }}') then
        execute format('grant usage on schema %I to %I', '{{ schema }}', '{{ role }}');
        execute format('grant select on all tables in schema %I to %I', '{{ schema }}', '{{ role }}');
    end if;
end
$grant_marts$
    {%- endif -%}
{%- endmacro %}
