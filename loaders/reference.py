"""The reference dictionaries of seeds/reference/*.csv, read once and passed to the extractors.

dbt seeds the same files, so the warehouse and the extractor agree on zone names, indicator
codes and unit factors.
"""

from __future__ import annotations

import csv
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path

DEFAULT_REFERENCE_DIR = Path(__file__).resolve().parent.parent / "seeds" / "reference"


@dataclass(frozen=True)
class Zone:
    zone_id: str
    canonical_name: str
    en_name: str
    zone_type: str
    level: str
    province: str
    city: str
    county: str


@dataclass(frozen=True)
class Unit:
    unit: str
    dimension: str
    base_unit: str
    to_base: Decimal


@dataclass(frozen=True)
class Place:
    adcode: str
    name: str  # 洛阳市
    short_name: str  # 洛阳
    level: str  # province | city | county
    pinyin: str = ""  # of the short name, toneless: yaan for 雅安; how local web sites name themselves


@dataclass(frozen=True)
class Reference:
    zones: dict[str, Zone]
    zone_aliases: dict[str, str] = field(default_factory=dict)  # alias -> zone_id
    indicator_aliases: dict[str, str] = field(default_factory=dict)  # alias -> indicator_code
    indicator_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)  # head noun -> generic codes
    indicator_units: dict[str, str] = field(default_factory=dict)  # indicator_code -> canonical unit
    units: dict[str, Unit] = field(default_factory=dict)
    places: frozenset[str] = frozenset()  # administrative division names and their short forms
    two_plates: frozenset[frozenset[str]] = frozenset()  # canonical names of one body with two plates
    provinces: tuple[str, ...] = ()  # province names and short forms, longest first
    places_by_name: dict[str, tuple[Place, ...]] = field(default_factory=dict)  # full names only
    places_by_adcode: dict[str, Place] = field(default_factory=dict)
    unique_place_names: frozenset[str] = frozenset()  # full names that name one place only
    places_by_pinyin: dict[str, tuple[Place, ...]] = field(default_factory=dict)

    def zone_by_alias(self, alias: str, places: Collection[str] | None = None) -> Zone | None:
        """The dictionary zone of an alias. With the document's ``places`` (full names), an alias
        that does not name the zone's place ("滨海新区") stands for it only in a document of that place."""
        zone_id = self.zone_aliases.get(alias)
        if not zone_id:
            return None
        zone = self.zones[zone_id]
        if places is None or zone.zone_type == "aggregate":
            return zone
        own = {name for place in (zone.city, zone.county) if place for name in (place, place[:-1] if len(place) > 2 else place)}
        if any(name in alias for name in own) or zone.city in places or zone.county in places:
            return zone
        return None

    def canonical_zone_name(self, name: str) -> str:
        zone = self.zone_by_alias(name)
        return zone.canonical_name if zone else name

    def same_body(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.two_plates

    def indicator_code(self, phrase: str) -> str | None:
        """The code of the longest dictionary alias that ends the phrase (…规上工业总产值 → its code)."""
        match = self.indicator_match(phrase)
        return match[0] if match else None

    def indicator_match(self, phrase: str) -> tuple[str, str] | None:
        """(code, alias) of the longest dictionary alias that ends the phrase."""
        aliases = self.indicator_aliases
        for length in range(min(len(phrase), self._longest_indicator_alias), 0, -1):
            code = aliases.get(phrase[-length:])
            if code is not None:
                return code, phrase[-length:]
        return None

    @cached_property
    def local_place_heads(self) -> frozenset[str]:
        """What a city or county is written as, with or without its 市/县/区 (苏州市, 苏州, 吴川).
        A one-character name keeps it (和县, 沛县): a lone 和 or 沛 is a word, not the place."""
        full = {name for name, places in self.places_by_name.items() if any(p.level in ("city", "county") for p in places)}
        return frozenset(full | {name[:-1] for name in full if name[-1] in "市县区" and len(name) > 2})

    @cached_property
    def province_names(self) -> dict[str, str]:
        """A province's short name → its full name (广西 → 广西壮族自治区)."""
        return {p.short_name: p.name for places in self.places_by_name.values() for p in places if p.level == "province"}

    @cached_property
    def province_places(self) -> tuple[Place, ...]:
        """Every province, autonomous region and municipality."""
        return tuple(p for places in self.places_by_name.values() for p in places if p.level == "province")

    @cached_property
    def prefectures_by_short_name(self) -> dict[str, Place]:
        """Prefecture-level cities by a short name (two characters or more) no other place shares."""
        by_short: dict[str, list[Place]] = {}
        for found in self.places_by_name.values():
            for place in found:
                if len(place.short_name) >= 2:
                    by_short.setdefault(place.short_name, []).append(place)
        out: dict[str, Place] = {}
        for short, places in by_short.items():
            cities = [p for p in places if p.level == "city"]
            # (a county of the same name inside the city, 长沙县 of 长沙市, names no other place)
            if len(cities) == 1 and short not in self.provinces and all(p.adcode[:4] == cities[0].adcode[:4] for p in places):
                out[short] = cities[0]
        return out

    @cached_property
    def _longest_indicator_alias(self) -> int:
        return max(map(len, self.indicator_aliases), default=0)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def load_reference(directory: Path = DEFAULT_REFERENCE_DIR) -> Reference:
    zones = {
        r["zone_id"]: Zone(
            zone_id=r["zone_id"],
            canonical_name=r["canonical_name"],
            en_name=r["en_name"],
            zone_type=r["zone_type"],
            level=r["level"],
            province=r["province"],
            city=r["city"],
            county=r["county"],
        )
        for r in _rows(directory / "zones.csv")
    }
    aliases = {r["alias"]: r["zone_id"] for r in _rows(directory / "zone_aliases.csv")}
    for zone in zones.values():
        aliases.setdefault(zone.canonical_name, zone.zone_id)
    unknown = sorted({z for z in aliases.values() if z not in zones})
    if unknown:
        raise ValueError(f"{directory / 'zone_aliases.csv'}: aliases point at unknown zone_id {unknown}")
    indicator_rows = _rows(directory / "indicators.csv")
    heads: dict[str, tuple[str, ...]] = {}
    for r in _rows(directory / "indicator_heads.csv"):
        heads[r["head"]] = (*heads.get(r["head"], ()), r["indicator_code"])  # the figure's unit picks one
    # a catalogue name is an alias too, unless it is a bare head noun (产值), which names no part
    indicators = {r["zh_name"]: r["indicator_code"] for r in indicator_rows if r["zh_name"] not in heads}
    indicators.update({r["alias"]: r["indicator_code"] for r in _rows(directory / "indicator_aliases.csv")})
    for name, code in list(indicators.items()):
        indicators.setdefault(name.replace("规模以上", "规上"), code)  # the mapper reads phrases in the short form
    indicator_units = {r["indicator_code"]: r["canonical_unit"] for r in indicator_rows}
    for name, code in [*indicators.items(), *((h, c) for h, codes in heads.items() for c in codes)]:
        if code not in indicator_units:
            raise ValueError(f"{directory}: indicator name {name!r} points at unknown indicator_code {code!r}")
    units = {
        r["unit"]: Unit(unit=r["unit"], dimension=r["dimension"], base_unit=r["base_unit"], to_base=Decimal(r["to_base"]))
        for r in _rows(directory / "units.csv")
    }
    place_rows = _rows(directory / "places.csv")
    places = frozenset(name for r in place_rows for name in (r["name"], r["short_name"]) if len(name) >= 2)
    provinces = tuple(
        sorted(
            {name for r in place_rows if r["level"] == "province" for name in (r["name"], r["short_name"])},
            key=len,
            reverse=True,
        )
    )
    places_by_name: dict[str, list[Place]] = {}
    for r in place_rows:
        place = Place(
            adcode=r["adcode"], name=r["name"], short_name=r["short_name"], level=r["level"], pinyin=r.get("pinyin", "")
        )
        places_by_name.setdefault(place.name, []).append(place)
    zone_rows = _rows(directory / "zones.csv")
    two_plates = frozenset(
        frozenset((zones[r["zone_id"]].canonical_name, zones[r["same_body_as_zone_id"]].canonical_name))
        for r in zone_rows
        if r["same_body_as_zone_id"]
    )
    return Reference(
        zones=zones,
        zone_aliases=aliases,
        indicator_aliases=indicators,
        indicator_heads=heads,
        indicator_units=indicator_units,
        units=units,
        places=places,
        two_plates=two_plates,
        provinces=provinces,
        places_by_name={name: tuple(found) for name, found in places_by_name.items()},
        places_by_adcode={place.adcode: place for found in places_by_name.values() for place in found},
        unique_place_names=frozenset(n for n, found in places_by_name.items() if len(found) == 1),
        places_by_pinyin=_by_pinyin(found for found in places_by_name.values()),
    )


def _by_pinyin(groups: Iterable[list[Place]]) -> dict[str, tuple[Place, ...]]:
    out: dict[str, list[Place]] = {}
    for place in (p for group in groups for p in group):
        if place.pinyin:
            out.setdefault(place.pinyin, []).append(place)
    return {key: tuple(found) for key, found in out.items()}
