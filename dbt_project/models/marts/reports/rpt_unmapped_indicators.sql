-- The to-do list of the indicator dictionary (seeds/reference/indicators.csv and
-- indicator_aliases.csv): every indicator phrase the documents use that the dictionary does not
-- list as a name or alias, with how often it occurs. One row per phrase (normalised):
--   unmapped        no dictionary entry: the phrase is an indicator of its own (dim_indicator,
--                   is_mapped = false) until the dictionary says what it is
--   mapped_by_rule  mapped to mapped_indicator_code by a rule, not by a listed name: it ends
--                   with that indicator's name (计划总投资 -> total_investment), or the
--                   extractor set the code; confirm it as an alias, or give it an indicator of
--                   its own
-- suggested_indicator_code: for an unmapped phrase, the dictionary indicator whose name or alias
-- occurs in it (longest first), a hint for the dictionary editor.
with

indicator_names as (

    select * from {{ ref('int_indicators__names') }}

),

all_metrics as (

    select * from {{ ref('int_metrics__converted') }}

),

metrics as (

    select all_metrics.*
    from all_metrics
    left join indicator_names
        on indicator_names.name_key = all_metrics.indicator_name_key
    where indicator_names.name_key is null

),

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

phrases as (

    select
        indicator_name_key as indicator_phrase,
        case when min(indicator_code) is null then 'unmapped' else 'mapped_by_rule' end as status,
        min(indicator_code) as mapped_indicator_code,
        min(indicator_mapping_rule) as mapping_rule,
        min(indicator_key) as indicator_key,
        count(*) as n_mentions,
        count(distinct doc_id) as n_documents,
        count(distinct zone_key) as n_zones,
        cast(sum(case when is_fact_eligible then 1 else 0 end) as {{ dbt.type_bigint() }}) as n_fact_sources

    from metrics
    group by indicator_name_key

),

units_seen as (

    select
        indicator_name_key,
        {{ dbt.listagg('unit_as_written', "', '", 'order by unit_as_written') }} as units_seen

    from (
        select distinct indicator_name_key, unit_as_written
        from metrics
    ) as distinct_units
    group by indicator_name_key

),

examples as (

    select
        metrics.indicator_name_key,
        metrics.metric_id,
        metrics.quote,
        metrics.doc_id,
        metrics.paragraph_id,
        metrics.char_start,
        metrics.char_end,
        documents.file_name,
        row_number() over (
            partition by metrics.indicator_name_key
            order by metrics.doc_id, metrics.char_start, metrics.metric_id
        ) as example_rank

    from metrics
    inner join documents
        on documents.doc_id = metrics.doc_id

),

suggestions as (

    select
        phrases.indicator_phrase,
        indicator_names.indicator_code,
        row_number() over (
            partition by phrases.indicator_phrase
            order by length(indicator_names.name_key) desc, indicator_names.indicator_code
        ) as suggestion_rank

    from phrases
    inner join indicator_names
        on {{ dbt.position('indicator_names.name_key', 'phrases.indicator_phrase') }} > 0
    where phrases.status = 'unmapped'

),

final as (

    select
        phrases.indicator_phrase,
        phrases.status,
        phrases.mapped_indicator_code,
        phrases.mapping_rule,
        suggestions.indicator_code as suggested_indicator_code,
        phrases.indicator_key,
        phrases.n_mentions,
        phrases.n_documents,
        phrases.n_zones,
        phrases.n_fact_sources,
        units_seen.units_seen,
        examples.quote as example_quote,
        examples.file_name as example_file_name,
        examples.metric_id as example_metric_id,
        examples.doc_id,
        examples.paragraph_id,
        examples.char_start,
        examples.char_end

    from phrases
    left join units_seen
        on units_seen.indicator_name_key = phrases.indicator_phrase
    left join examples
        on examples.indicator_name_key = phrases.indicator_phrase
        and examples.example_rank = 1
    left join suggestions
        on suggestions.indicator_phrase = phrases.indicator_phrase
        and suggestions.suggestion_rank = 1

)

select * from final
