{#-
    Generic test: no two rows share the same values in combination_of_columns (a replacement for
    dbt_utils.unique_combination_of_columns, which needs a hub package). Usage:
      data_tests:
        - unique_combination_of_columns:
            arguments:
              combination_of_columns: [zone_key, year, indicator_key, measure]
-#}
{% test unique_combination_of_columns(model, combination_of_columns) %}
    {%- set columns_csv = combination_of_columns | join(', ') %}
    select {{ columns_csv }}, count(*) as n_rows
    from {{ model }}
    group by {{ columns_csv }}
    having count(*) > 1
{% endtest %}
