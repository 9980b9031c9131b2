-- Every conformed fact to every raw metric that supports it, with that metric's lineage.
with

sources as (

    select * from {{ ref('int_metrics__ranked_sources') }}

),

final as (

    select
        fact_id,
        metric_id,
        source_rank,
        source_rank = 1 as is_chosen,
        value_canonical as value,
        unit,
        value_as_written,
        unit_as_written,
        approx,
        is_estimate,
        basis,
        period,
        indicator_phrase,
        indicator_mapping_rule,
        zone_name as zone_name_as_written,
        doc_id,
        paragraph_id,
        char_start,
        char_end,
        quote,
        extractor,
        zone_rule,
        year_rule,
        qualifier,
        document_kind,
        published_on

    from sources

)

select * from final
