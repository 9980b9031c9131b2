-- What a load could not keep, for the analyst who wonders why a figure is missing: every file
-- refused whole (raw.quarantine) and every record set aside from a loaded document
-- (raw.rejected_records), each with its reason. One row per file or record.
with

files as (

    select * from {{ ref('stg_raw__quarantine') }}

),

records as (

    select * from {{ ref('stg_raw__rejected_records') }}

),

documents as (

    select * from {{ ref('stg_raw__documents') }}

),

refused_files as (

    select
        'file' as quarantine_level,
        files.file_name,
        cast(null as {{ dbt.type_string() }}) as doc_id,
        cast(null as {{ dbt.type_string() }}) as record_table,
        cast(null as {{ dbt.type_string() }}) as record_id,
        cast(null as {{ dbt.type_string() }}) as paragraph_id,
        cast(null as {{ dbt.type_int() }}) as char_start,
        cast(null as {{ dbt.type_int() }}) as char_end,
        cast(null as {{ dbt.type_string() }}) as quote,
        cast(null as {{ dbt.type_string() }}) as extractor,
        files.quarantine_reason as reason,
        files.load_id

    from files

),

set_aside_records as (

    select
        'record' as quarantine_level,
        documents.file_name,
        records.doc_id,
        records.record_table,
        records.record_id,
        records.paragraph_id,
        records.char_start,
        records.char_end,
        records.quote,
        records.extractor,
        records.rejection_reason as reason,
        records.load_id

    from records
    inner join documents
        on documents.doc_id = records.doc_id

),

final as (

    select * from refused_files
    union all
    select * from set_aside_records

)

select * from final
