{#-
    The lineage columns every raw record table shares (models/tables.py::_lineage_columns),
    renamed and cast the same way in every stg_raw__ model. `id_name` is the record's own id
    column in staging (metric_id, ranking_id ...).
-#}
{% macro stg_lineage_columns(id_name) -%}
        cast(record_id as {{ dbt.type_string() }}) as {{ id_name }},
        cast(doc_id as {{ dbt.type_string() }}) as doc_id,
        cast(paragraph_id as {{ dbt.type_string() }}) as paragraph_id,
        cast(char_start as {{ dbt.type_int() }}) as char_start,
        cast(char_end as {{ dbt.type_int() }}) as char_end,
        quote,
        extractor,
        zone as zone_name,
        zone_rule,
        cast(year as {{ dbt.type_int() }}) as year,
        year_rule,
        qualifier,
        load_id
{%- endmacro %}
