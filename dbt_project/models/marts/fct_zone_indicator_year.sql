-- Conformed facts: one row per zone x year x indicator x measure (x basis: the whole of a share,
-- the reference of a difference, an increment or a part), for known zones and years and
-- full-year figures only. The value is the chosen source's, in the indicator's canonical unit
-- (measure 'value') or in percent (the other measures); every source is in bridge_fact_source.
{%- set rel_tol = var('conflict_relative_tolerance') %}
{%- set pct_tol = var('conflict_percent_tolerance') %}
with

sources as (

    select * from {{ ref('int_metrics__ranked_sources') }}

),

aggregated as (

    select
        fact_id,
        count(*) as n_sources,
        count(distinct doc_id) as n_documents,
        min(value_canonical) as min_value,
        max(value_canonical) as max_value

    from sources
    group by fact_id

),

chosen as (

    select * from sources
    where source_rank = 1

),

final as (

    select
        chosen.fact_id,
        chosen.zone_key,
        chosen.year,
        chosen.indicator_key,
        chosen.measure,
        chosen.basis,
        chosen.value_canonical as value,
        chosen.unit,
        chosen.value_as_written,
        chosen.unit_as_written,
        chosen.approx,
        chosen.is_estimate,
        aggregated.n_sources,
        aggregated.n_documents,
        (
            aggregated.max_value - aggregated.min_value > greatest(
                cast({{ rel_tol }} as {{ type_value() }})
                    * greatest(abs(aggregated.min_value), abs(aggregated.max_value)),
                case
                    when chosen.measure = 'value' then cast(0 as {{ type_value() }})
                    else cast({{ pct_tol }} as {{ type_value() }})
                end
            )
        ) as has_conflict,
        aggregated.min_value,
        aggregated.max_value,
        chosen.metric_id,
        chosen.doc_id,
        chosen.paragraph_id,
        chosen.char_start,
        chosen.char_end,
        chosen.quote,
        chosen.extractor,
        chosen.indicator_phrase,
        chosen.zone_name as zone_name_as_written,
        chosen.qualifier,
        chosen.document_kind,
        chosen.published_on

    from chosen
    inner join aggregated
        on aggregated.fact_id = chosen.fact_id

)

select * from final
