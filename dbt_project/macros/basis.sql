{#-
    The basis of a figure, as the marts show it: what kind of figure it is relative to its key,
    and for a share (or a percentage-point difference) what it is a share of.
      whole      a plain level or growth rate of the zone (the internal basis '')
      part       a 其中 sub-item of a total the same sentence gives
      increment  a stated change (比上年增加800亩), not a level
      average    an average growth rate (两年平均增长, 年均增长)
      share      a share_pct or diff_pct_points; basis_of names the whole or the reference
                 (全市, 全省, or the aggregate zone a derived share is of), null when unsaid
    The internal basis text stays in the intermediate models, where it is part of fact_id.
-#}
{% macro basis_kind(basis, measure) -%}
    case
        when {{ measure }} in ('share_pct', 'diff_pct_points') then 'share'
        when {{ basis }} = '' then 'whole'
        when {{ basis }} in ('part', 'increment') then {{ basis }}
        when {{ basis }} like '%平均%' or {{ basis }} like '%年均%' then 'average'
        else 'other'
    end
{%- endmacro %}

{% macro basis_of(basis, measure) -%}
    case
        when {{ measure }} in ('share_pct', 'diff_pct_points') and {{ basis }} <> '' then {{ basis }}
    end
{%- endmacro %}
