-- Every document of this build, and every document of the previous build that is gone, with how
-- it changed since the previous build (the key of the incremental models, macros/incremental.sql):
--   new        its bytes were not in the previous build (every document, on a full refresh)
--   reloaded   the same bytes, extracted again since: the loader wrote its rows under a new load_id
--              (another extractor version, or --reload)
--   removed    in the previous build, gone from raw.documents (new bytes of its file replaced it)
--   unchanged  its rows are those of the same load as in the previous build
-- The previous build is this table as that build left it: read here before it is replaced.
{%- set previous = previous_build('int_changes__documents') %}
with

documents as (

    select
        doc_id,
        load_id

    from {{ ref('stg_raw__documents') }}

),

previous_documents as (

    {%- if previous is none %}

    select
        doc_id,
        load_id

    from documents
    where false

    {%- else %}

    select
        doc_id,
        load_id

    from {{ previous }}
    where change <> 'removed'

    {%- endif %}

),

final as (

    select
        coalesce(documents.doc_id, previous_documents.doc_id) as doc_id,
        documents.load_id,
        previous_documents.load_id as previous_load_id,
        case
            when previous_documents.doc_id is null then 'new'
            when documents.doc_id is null then 'removed'
            when documents.load_id <> previous_documents.load_id then 'reloaded'
            else 'unchanged'
        end as change

    from documents
    full outer join previous_documents
        on previous_documents.doc_id = documents.doc_id

)

select * from final
