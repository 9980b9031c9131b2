with

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

loads as (

    select * from {{ ref('stg_raw__loads') }}

),

paragraphs as (

    select * from {{ ref('stg_raw__paragraphs') }}

),

record_docs as (

    select doc_id, 'metrics' as record_type from {{ ref('stg_raw__metrics') }}
    union all
    select doc_id, 'rankings' as record_type from {{ ref('stg_raw__rankings') }}
    union all
    select doc_id, 'honours' as record_type from {{ ref('stg_raw__honours') }}
    union all
    select doc_id, 'projects' as record_type from {{ ref('stg_raw__projects') }}

),

paragraph_counts as (

    select
        doc_id,
        count(*) as n_paragraphs

    from paragraphs
    group by doc_id

),

record_counts as (

    select
        doc_id,
        cast(sum(case when record_type = 'metrics' then 1 else 0 end) as {{ dbt.type_bigint() }}) as n_metrics,
        cast(sum(case when record_type = 'rankings' then 1 else 0 end) as {{ dbt.type_bigint() }}) as n_rankings,
        cast(sum(case when record_type = 'honours' then 1 else 0 end) as {{ dbt.type_bigint() }}) as n_honours,
        cast(sum(case when record_type = 'projects' then 1 else 0 end) as {{ dbt.type_bigint() }}) as n_projects

    from record_docs
    group by doc_id

),

final as (

    select
        documents.doc_id,
        documents.file_name,
        documents.document_title,
        documents.publisher,
        documents.document_kind,
        documents.kind_source,
        {{ document_kind_priority('documents.document_kind') }} as document_priority,
        documents.published_on,
        documents.published_year,
        documents.published_on_source,
        documents.report_year,
        documents.report_year_source,
        documents.report_year_rule,
        documents.origin,
        documents.source_url,
        documents.encoding,
        documents.n_bytes,
        documents.n_chars,
        coalesce(paragraph_counts.n_paragraphs, 0) as n_paragraphs,
        coalesce(record_counts.n_metrics, 0) as n_metrics,
        coalesce(record_counts.n_rankings, 0) as n_rankings,
        coalesce(record_counts.n_honours, 0) as n_honours,
        coalesce(record_counts.n_projects, 0) as n_projects,
        documents.load_id,
        loads.started_at as loaded_at

    from documents
    left join loads
        on loads.load_id = documents.load_id
    left join paragraph_counts
        on paragraph_counts.doc_id = documents.doc_id
    left join record_counts
        on record_counts.doc_id = documents.doc_id

)

select * from final
