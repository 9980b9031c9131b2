-- Figures that contradict each other through arithmetic rather than by stating one thing twice,
-- one row per inconsistency x mention involved (first column: inconsistency_id, so that
-- `devzone trace <inconsistency_id>` shows every span):
--   growth_disagrees_with_levels  a stated growth rate of year Y disagrees with the stated levels
--                                 of Y and Y - 1: the previous level it implies lies outside the
--                                 rounding of the stated one (and so the growth the two levels
--                                 imply lies outside the rounding of the stated rate)
--   share_disagrees_with_levels   a stated share of the city total disagrees with the two levels
--   part_exceeds_city_total       a zone's figure exceeds its city's total beyond rounding
-- Only derivations from conflict-free facts are checked (int_facts__derived).
with

derivations as (

    select * from {{ ref('int_facts__derived') }}
    where (is_stated_too and is_plausible and not agrees_with_stated)
        or not is_plausible

),

facts as (

    select * from {{ ref('int_facts__reconciled') }}

),

zones as (

    select * from {{ ref('dim_zone') }}

),

indicators as (

    select * from {{ ref('dim_indicator') }}

),

inconsistencies as (

    select
        derivation_id as inconsistency_id,
        case
            when not is_plausible then 'part_exceeds_city_total'
            when derivation_rule = 'previous_level_from_growth' then 'growth_disagrees_with_levels'
            else 'share_disagrees_with_levels'
        end as check_name,
        derivations.*,
        case
            when derivation_rule = 'previous_level_from_growth' and is_stated_too and stated_value <> 0
                then {{ as_value(
                    '(cast(input_1_value as ' ~ type_double() ~ ') / cast(stated_value as ' ~ type_double() ~ ') - 1) * 100'
                ) }}
        end as implied_growth_pct

    from derivations

),

explained as (

    select
        inconsistencies.*,
        case check_name
            when 'growth_disagrees_with_levels' then {{ dbt.concat([
                "'stated growth of '", rounded_text('input_2_value'), "'% in '",
                'cast(year + 1 as ' ~ dbt.type_string() ~ ')',
                "' and the level of '", rounded_text('input_1_value'), "' '", 'unit',
                "' imply '", rounded_text('value'), "' '", 'unit', "' for '",
                'cast(year as ' ~ dbt.type_string() ~ ')',
                "', but the stated level of '",
                'cast(year as ' ~ dbt.type_string() ~ ')', "' is '", rounded_text('stated_value'), "' '", 'unit',
                "' (the two levels imply growth of '", rounded_text('implied_growth_pct'), "'%)'"
            ]) }}
            when 'share_disagrees_with_levels' then {{ dbt.concat([
                "'the levels imply a share of '", rounded_text('value'), "'% of '", 'basis',
                "', but the stated share is '", rounded_text('stated_value'), "'%'"
            ]) }}
            else {{ dbt.concat([
                "'the zone''s figure '", rounded_text('input_1_value'), "' exceeds the city total '",
                rounded_text('input_2_value'), "' of '", 'basis', "' it is part of'"
            ]) }}
        end as explanation

    from inconsistencies

),

involved as (

    select inconsistency_id, 0 as position, 'stated' as role, fact_id as role_fact_id
    from explained
    where is_stated_too

    union all

    select inconsistency_id, 1 as position, input_1_role as role, input_1_fact_id as role_fact_id
    from explained

    union all

    select inconsistency_id, 2 as position, input_2_role as role, input_2_fact_id as role_fact_id
    from explained

),

final as (

    select
        explained.inconsistency_id,
        explained.check_name,
        explained.explanation,
        zones.canonical_name as zone_name,
        zones.en_name as zone_name_en,
        explained.year,
        indicators.zh_name as indicator_name,
        indicators.en_name as indicator_name_en,
        explained.measure,
        {{ basis_kind('explained.basis', 'explained.measure') }} as basis_kind,
        {{ basis_of('explained.basis', 'explained.measure') }} as basis_of,
        explained.stated_value,
        explained.value as derived_value,
        explained.value_low as derived_low,
        explained.value_high as derived_high,
        explained.unit,
        explained.formula,
        explained.implied_growth_pct,
        involved.position,
        involved.role,
        involved.role_fact_id,
        facts.value_canonical as role_value,
        facts.unit as role_unit,
        facts.value_as_written,
        facts.unit_as_written,
        facts.year as role_year,
        facts.measure as role_measure,
        facts.file_name,
        facts.document_title,
        facts.document_kind,
        facts.published_on,
        facts.metric_id,
        facts.doc_id,
        facts.paragraph_id,
        facts.char_start,
        facts.char_end,
        facts.quote,
        explained.fact_id,
        explained.zone_key,
        explained.indicator_key

    from explained
    inner join involved
        on involved.inconsistency_id = explained.inconsistency_id
    inner join facts
        on facts.fact_id = involved.role_fact_id
    inner join zones
        on zones.zone_key = explained.zone_key
    inner join indicators
        on indicators.indicator_key = explained.indicator_key

)

select * from final
