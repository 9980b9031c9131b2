with

indicators as (

    select * from {{ ref('int_indicators__canonical') }}

),

final as (

    select
        indicator_key,
        indicator_code,
        zh_name,
        en_name,
        canonical_unit,
        unit_dimension,
        family,
        definition,
        aliases,
        phrases_seen,
        is_mapped,
        n_mentions

    from indicators

)

select * from final
