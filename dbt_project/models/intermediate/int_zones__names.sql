-- Name -> zone lookup: every dictionary name (canonical names and aliases from seeds/reference)
-- and every name seen in the documents that the dictionary does not know, which gets a key of
-- its own ('zone_' + hash) so nothing is lost. One row per normalised name.
with

zones as (

    select * from {{ ref('zones') }}

),

zone_aliases as (

    select * from {{ ref('zone_aliases') }}

),

mentioned_names as (

    select * from {{ ref('int_zones__mentioned_names') }}

),

dictionary_names as (

    select
        {{ normalise_name('canonical_name') }} as name_key,
        zone_id as zone_key,
        1 as name_priority
    from zones

    union all

    select
        {{ normalise_name('alias') }} as name_key,
        zone_id as zone_key,
        2 as name_priority
    from zone_aliases

),

-- a canonical name is often listed again as an alias of the same zone
dictionary_names_deduplicated as (

    select
        name_key,
        zone_key,
        min(name_priority) as name_priority

    from dictionary_names
    where name_key is not null
    group by name_key, zone_key

),

unlisted_names as (

    select
        mentioned_names.name_key,
        {{ unlisted_key('zone', 'mentioned_names.name_key') }} as zone_key,
        3 as name_priority

    from mentioned_names
    left join dictionary_names_deduplicated
        on dictionary_names_deduplicated.name_key = mentioned_names.name_key
    where dictionary_names_deduplicated.name_key is null

),

all_names as (

    select * from dictionary_names_deduplicated
    union all
    select * from unlisted_names

),

final as (

    select
        all_names.name_key,
        all_names.zone_key,
        case all_names.name_priority
            when 1 then 'canonical_name'
            when 2 then 'dictionary_alias'
            else 'seen_in_documents'
        end as name_source,
        all_names.name_priority < 3 as is_in_dictionary,
        coalesce(mentioned_names.n_mentions, 0) as n_mentions

    from all_names
    left join mentioned_names
        on mentioned_names.name_key = all_names.name_key

)

select * from final
