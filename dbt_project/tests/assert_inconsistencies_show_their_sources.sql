-- Every inconsistency in rpt_inconsistencies shows the quoted mentions it rests on: the stated
-- figure (when there is one) and both inputs of the derivation it contradicts, each with a
-- quote and a document. Returns the inconsistencies that do not.
with

rows_per_inconsistency as (

    select
        inconsistency_id,
        check_name,
        count(*) as n_rows,
        sum(case when quote is null or doc_id is null then 1 else 0 end) as n_unquoted,
        sum(case when role = 'stated' then 1 else 0 end) as n_stated

    from {{ ref('rpt_inconsistencies') }}
    group by inconsistency_id, check_name

)

select * from rows_per_inconsistency
where n_unquoted > 0
    or n_rows < 2
    or (check_name <> 'part_exceeds_city_total' and (n_stated <> 1 or n_rows <> 3))
