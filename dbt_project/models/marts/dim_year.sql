-- One row per calendar year from the earliest to the latest year any record or document refers
-- to, or a growth rate implies (the year before it), and every year seen, should the span exceed
-- 1000 years; with China's five-year-plan period.
with

record_years as (

    select year from {{ ref('stg_raw__metrics') }}
    union all
    select year from {{ ref('stg_raw__rankings') }}
    union all
    select year from {{ ref('stg_raw__honours') }}
    union all
    select year from {{ ref('stg_raw__projects') }}
    union all
    select year from {{ ref('stg_raw__zones') }}
    union all
    select year from {{ ref('stg_raw__years') }}

),

document_years as (

    select report_year as year from {{ ref('stg_raw__documents') }}
    union all
    select published_year as year from {{ ref('stg_raw__documents') }}
    union all
    select report_year as year from {{ ref('stg_raw__paragraphs') }}

),

-- a growth rate speaks of the year before too (derived facts hold previous levels)
previous_years as (

    select year - 1 as year from {{ ref('stg_raw__metrics') }}
    where measure = 'yoy_pct'

),

years_seen as (

    select year from record_years where year is not null
    union all
    select year from document_years where year is not null
    union all
    select year from previous_years where year is not null

),

bounds as (

    select
        min(year) as min_year,
        max(year) as max_year

    from years_seen

),

digits as (

    select 0 as d union all select 1 union all select 2 union all select 3 union all select 4
    union all select 5 union all select 6 union all select 7 union all select 8 union all select 9

),

spine as (

    select bounds.min_year + ones.d + 10 * tens.d + 100 * hundreds.d as year

    from bounds
    cross join digits as ones
    cross join digits as tens
    cross join digits as hundreds

),

all_years as (

    select spine.year
    from spine
    cross join bounds
    where spine.year <= bounds.max_year

    union

    select year from years_seen

),

record_counts as (

    select
        year,
        count(*) as n_records

    from record_years
    where year is not null
    group by year

),

report_counts as (

    select
        report_year as year,
        count(*) as n_documents_reporting

    from {{ ref('stg_raw__documents') }}
    where report_year is not null
    group by report_year

),

plans as (

    select
        year,
        -- five-year plans run 1966-1970 (the 3rd), 1971-1975 (the 4th) ... 2021-2025 (the 14th)
        case
            when year >= 1966 then cast(floor((year - 1966) / 5.0) as {{ dbt.type_int() }}) + 3
        end as five_year_plan_number

    from all_years

),

final as (

    select
        plans.year,
        cast(floor(plans.year / 10.0) as {{ dbt.type_int() }}) * 10 as decade,
        plans.five_year_plan_number,
        case plans.five_year_plan_number
            when 6 then '六五'
            when 7 then '七五'
            when 8 then '八五'
            when 9 then '九五'
            when 10 then '十五'
            when 11 then '十一五'
            when 12 then '十二五'
            when 13 then '十三五'
            when 14 then '十四五'
            when 15 then '十五五'
            when 16 then '十六五'
        end as five_year_plan_label,
        coalesce(record_counts.n_records, 0) as n_records,
        coalesce(report_counts.n_documents_reporting, 0) as n_documents_reporting

    from plans
    left join record_counts
        on record_counts.year = plans.year
    left join report_counts
        on report_counts.year = plans.year

)

select * from final
