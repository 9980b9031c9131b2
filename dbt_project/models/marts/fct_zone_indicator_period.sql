-- Partial-year facts: one row per zone x year x period x indicator x measure (x basis), for the
-- figures fct_zone_indicator_year leaves out because they cover part of a year (一季度, 1-7月,
-- 上半年, 前三季度 ...). Periods are compared by code (seeds/reference/periods.csv): 上半年 and
-- 1-6月 are both M01-06. Of several statements of one key, the chosen source is picked as for
-- the full-year facts: actual figures before estimates, then the kind of document, the later
-- publication, the longer quote, a figure without an approximation word, then position.
-- Incremental: the sources of a fact share its zone x year x indicator key, so a build replaces
-- the facts of the keys a changed document or unit touches (int_changes__fact_keys).
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        pre_hook="{{ delete_stale_rows(in_changed_fact_keys('previous_rows')) }}"
    )
}}
-- depends_on: {{ ref('int_changes__fact_keys') }}
with

metrics as (

    select * from {{ ref('int_metrics__converted') }} as converted
    where converted.period_fact_id is not null
    {%- if is_incremental() %}
        and {{ in_changed_fact_keys('converted') }}
    {%- endif %}

),

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

ranked as (

    select
        metrics.*,
        documents.document_kind,
        documents.published_on,
        row_number() over (
            partition by metrics.period_fact_id
            order by
                case when metrics.is_estimate then 1 else 0 end,
                {{ document_kind_priority('documents.document_kind') }},
                documents.published_on desc nulls last,
                length(metrics.quote) desc,
                case when metrics.approx is null then 0 else 1 end,
                metrics.doc_id,
                metrics.char_start,
                metrics.metric_id
        ) as source_rank

    from metrics
    inner join documents
        on documents.doc_id = metrics.doc_id

),

source_counts as (

    select
        period_fact_id,
        count(*) as n_sources,
        count(distinct doc_id) as n_documents,
        min(value_canonical) as min_value,
        max(value_canonical) as max_value

    from ranked
    group by period_fact_id

),

final as (

    select
        ranked.period_fact_id,
        ranked.zone_key,
        ranked.year,
        ranked.period_code,
        ranked.period_month_from as month_from,
        ranked.period_month_to as month_to,
        ranked.period as period_as_written,
        ranked.indicator_key,
        ranked.measure,
        {{ basis_kind('ranked.basis', 'ranked.measure') }} as basis_kind,
        {{ basis_of('ranked.basis', 'ranked.measure') }} as basis_of,
        ranked.value_canonical as value,
        ranked.value_low,
        ranked.value_high,
        ranked.unit,
        ranked.value_as_written,
        ranked.unit_as_written,
        ranked.approx,
        ranked.is_estimate,
        source_counts.n_sources,
        source_counts.n_documents,
        source_counts.min_value <> source_counts.max_value as has_conflict,
        source_counts.min_value,
        source_counts.max_value,
        ranked.metric_id,
        ranked.doc_id,
        ranked.paragraph_id,
        ranked.char_start,
        ranked.char_end,
        ranked.quote,
        ranked.extractor,
        ranked.indicator_phrase,
        ranked.zone_name as zone_name_as_written,
        ranked.qualifier,
        ranked.document_kind,
        ranked.published_on

    from ranked
    inner join source_counts
        on source_counts.period_fact_id = ranked.period_fact_id
    where ranked.source_rank = 1

)

select * from final
