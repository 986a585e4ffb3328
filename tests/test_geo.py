"""Country data: names, neighbours against the Natural Earth shapes, crossings and missions data."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from travelrisk.geo.countries import countries, neighbour_on_side, resolve_name, resolve_names_in, scan, us_state_tags
from travelrisk.geo.crossings import bundled_crossings, bundled_status_events
from travelrisk.geo.missions import bundled_missions, bundled_status_facts
from travelrisk.geo.regions import regions_in
from travelrisk.geo.shapes import decode_topology, point_in_polygons, shared_arc_neighbours, world
from travelrisk.geo.status import StatusEntry, Timeline, status_as_of

from .conftest import shared

# Where GeoNames neighbours and shared Natural Earth edges disagree, and why (see docs/data.md).
KNOWN_EXCEPTIONS = {
    frozenset({"AL", "RS"}),  # GeoNames counts Albania-Serbia across Kosovo; the shapes put Kosovo between
    frozenset({"FR", "BR"}),
    frozenset({"FR", "SR"}),  # French Guiana: part of France's shape, GF in GeoNames
    # states joined by a bridge, causeway or tunnel count as neighbours (geo.countries._JOINED); no shared edge
    frozenset({"MY", "SG"}),
    frozenset({"SA", "BH"}),
    frozenset({"DK", "SE"}),
    frozenset({"FR", "GB"}),
    frozenset({"US", "CU"}),  # Guantánamo: a GeoNames land border, not a shared edge
    frozenset({"ES", "MA"}),  # Ceuta and Melilla
    frozenset({"DJ", "SO"}),  # the shapes draw Somaliland between them
}
COARSE_110M = {frozenset(p) for p in (("AZ", "TR"), ("BW", "ZM"), ("CM", "NE"), ("EG", "PS"), ("NG", "TD"))}


def _disagreements(topology: dict, ids: dict[str, str]) -> set[frozenset[str]]:
    edges = shared_arc_neighbours(topology)
    present = {ids.get(str(g.get("id") or "")) for g in topology["objects"]["countries"]["geometries"]} - {None}
    by_shapes = {frozenset({ids[a], ids[b]}) for a, others in edges.items() for b in others if a in ids and b in ids}
    by_geonames = {
        frozenset({c.iso2, n}) for c in countries().values() for n in c.neighbours if c.iso2 in present and n in present
    }
    return by_shapes ^ by_geonames


def test_neighbours_agree_with_shared_edges_of_the_natural_earth_shapes():
    topology = json.loads(shared("data", "geo", "world_shapes", "countries-50m.json").read_text())
    numeric = {c.numeric: c.iso2 for c in countries().values() if c.iso2 != "XK"}
    for geometry in topology["objects"]["countries"]["geometries"]:  # Kosovo has no numeric code: by name
        if (geometry.get("properties") or {}).get("name") == "Kosovo":
            geometry["id"] = "XK"
    ids = {
        g["id"]: ("XK" if g["id"] == "XK" else numeric[g["id"].zfill(3)])
        for g in topology["objects"]["countries"]["geometries"]
        if g.get("id") and (g["id"] == "XK" or g["id"].zfill(3) in numeric)
    }
    assert _disagreements(topology, ids) == KNOWN_EXCEPTIONS


def test_shipped_world_shapes_and_neighbours():
    topology = world()
    ids = {g["id"]: g["id"] for g in topology["objects"]["countries"]["geometries"]}
    assert "BY" in ids and "XK" in ids and len(ids) > 170
    assert _disagreements(topology, ids) <= KNOWN_EXCEPTIONS | COARSE_110M
    shapes = decode_topology(topology)
    assert point_in_polygons(27.56, 53.9, shapes["BY"])  # Minsk is in Belarus
    assert not point_in_polygons(25.28, 54.69, shapes["BY"])  # Vilnius is not


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Burma", "MM"),
        ("Türkiye", "TR"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("DRC", "CD"),
        ("Republic of the Congo", "CG"),
        ("the Gambia", "GM"),
        ("Czech Republic", "CZ"),
        ("UK", "GB"),
        ("Kosovo", "XK"),
        ("Gaza", "PS"),
        ("Eswatini", "SZ"),
        ("Swaziland", "SZ"),
        ("Cabo Verde", "CV"),
    ],
)
def test_names_and_aliases(name, code):
    assert resolve_name(name) == code


def test_groups_demonyms_metonyms_and_blockers():
    assert resolve_names_in("French West Indies") == ["GP", "MQ", "BL", "MF"]
    found = {
        (m.surface, m.iso2, m.kind)
        for m in scan(
            "Belarusians, the Kremlin and New Mexico officials met in Kyiv; Americans left the Gulf of Mexico."
        )
    }
    assert ("Belarusians", "BY", "demonym") in found and ("the Kremlin", "RU", "metonym") in found
    assert ("Kyiv", "UA", "metonym") in found and ("Americans", "US", "demonym") in found
    assert not any(code == "MX" for _s, code, _k in found)


def test_a_treaty_or_talks_named_after_a_capital_name_no_country():
    text = "Pakistan cited the Vienna Convention; the Astana format met, the Algiers Agreement held. Vienna said nothing."
    found = [(m.surface, m.iso2) for m in scan(text)]
    assert found == [("Pakistan", "PK"), ("Vienna", "AT")]


def test_us_state_tags_are_not_iso():
    tags = us_state_tags()
    assert tags["BO"] == ("BY",) and tags["UP"] == ("UA",) and tags["RS"] == ("RU",) and tags["AS"] == ("AU",)
    assert tags["A3"] == ("GP", "MQ", "BL", "MF")


def test_bundled_crossings_and_missions_are_consistent():
    crossings = {c.id: c for c in bundled_crossings()}
    assert len([c for c in crossings.values() if "BY" in c.countries()]) >= 14
    for event in bundled_status_events():
        assert event.crossing_id in crossings and event.status in ("open", "closed", "restricted")
        assert event.source_url.startswith("https://")
    for crossing in crossings.values():
        assert crossing.neighbour in countries()[crossing.country].neighbours, crossing.id
    missions = bundled_missions()
    assert len(missions) > 9000
    assert any(m.operator == "US" and m.host == "BY" and m.city == "Minsk" for m in missions)
    assert all(f.source_url.startswith("https://") for f in bundled_status_facts())


_entries = st.lists(
    st.builds(
        StatusEntry,
        date=st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2020, 1, 10)),
        status=st.sampled_from(["open", "closed", "restricted"]),
        origin=st.sampled_from(["news", "bundled", "manual"]),
    ),
    max_size=30,
)


@given(first=_entries, later=_entries, day=st.dates(min_value=dt.date(2019, 12, 30), max_value=dt.date(2020, 1, 12)))
def test_a_timeline_answers_as_status_as_of_does_however_entries_arrive(first, later, day):
    # A batch loads a timeline, then adds entries as it stores them; lookups must match a full re-sort.
    timeline = Timeline("open", first)
    for entry in later:
        timeline.add(entry)
    assert timeline.status_on(day) == status_as_of("open", first + later, day).status


def test_a_name_ends_where_a_word_ends():
    # scan() checks the characters around a name with str methods instead of a regex call per candidate: the
    # same characters as re's \w must block a mention, on both sides, except where words run together in scraped
    # copy: a small letter before the name's capital, a capital after the name's last small letter
    word = re.compile(r"\w")
    for code in range(0x21, 0x3000):
        char = chr(code)
        standalone = not word.match(char)
        assert bool(scan(f"France{char}")) == (standalone or char.isupper()), hex(code)
        assert bool(scan(f"{char}France")) == (standalone or char.islower()), hex(code)


def test_names_run_together_with_the_words_around_them():
    assert [m.iso2 for m in scan("border shutCroatia said; IranKazakhstan and RepublicEstonian")] == [
        "HR",
        "IR",
        "KZ",
        "EE",
    ]
    # a name followed by small letters is still part of a longer word
    assert [m.iso2 for m in scan("Francesca and Chadwick met Omani")] == ["OM"]


def test_combining_forms_before_a_hyphen_name_their_countries():
    text = "the Sino-Indian border, a Franco-German plan, the Indo-Pacific, an Anglo-Saxon name, General Franco"
    assert [(m.iso2, m.surface) for m in scan(text)] == [
        ("CN", "Sino"),
        ("IN", "Indian"),
        ("FR", "Franco"),
        ("DE", "German"),
    ]


def test_us_places_and_people_named_like_countries_are_no_country():
    text = "Michael Jordan flew from Atlanta, Georgia, to Paris, Texas; Jordan Bardella stayed in Lebanon, Ohio."
    assert [m.iso2 for m in scan(text)] == []
    # the country itself still counts, in a dateline too
    assert [m.surface for m in scan("TBILISI, Georgia — Georgia and Jordan closed their embassies.")] == [
        "TBILISI",
        "Georgia",
        "Georgia",
        "Jordan",
    ]


def test_a_town_named_with_its_us_state_is_no_country() -> None:
    # "BERLIN, Ohio" in a dateline, "Lebanon, Pennsylvania": American towns; "Georgia, Armenia" stays a list of countries
    assert [m.iso2 for m in scan("BERLIN, Ohio - Church members met in Lebanon, Pennsylvania.")] == []
    assert [m.iso2 for m in scan("Russia, Georgia and Armenia")] == ["RU", "GE", "AM"]


def test_pakistans_short_form_beside_a_hyphen_is_pakistan():
    from travelrisk.geo.countries import scan

    assert [(m.iso2, m.surface) for m in scan("Pak-Afghan trade stays suspended")] == [("PK", "Pak"), ("AF", "Afghan")]
    assert [m.iso2 for m in scan("Indo-Pak tensions rose")] == ["IN", "PK"]
    assert [m.iso2 for m in scan("Pakistan's Pak Army")] == ["PK"]  # (a word of its own is no short form)


def test_a_subdivision_named_with_its_kind_is_a_region_of_its_country():
    from travelrisk.geo.regions import regions_in

    found = regions_in("against all but essential travel to the rest of Batken region and to Sughd province")
    assert [(r.name, r.iso2, r.listed) for r in found] == [("Batken", "KG", False), ("Sughd", "TJ", False)]
    # without its kind, or named by several countries' subdivisions ("Central"), it is no region
    assert regions_in("Batken, a town") == [] and regions_in("the Central region") == []


def test_the_neighbour_on_a_side_comes_from_the_shapes() -> None:
    assert neighbour_on_side("MK", "southern") == "GR"
    assert neighbour_on_side("MK", "northern") == "RS"
    assert neighbour_on_side("LB", "southern") == "IL"
    assert neighbour_on_side("FI", "eastern") == "RU"
    # two neighbours on one side, or none: no answer rather than a guess
    assert neighbour_on_side("KE", "northern") is None
    assert neighbour_on_side("CA", "northern") is None


def test_subdivisions_listed_together_are_regions_without_their_kind() -> None:
    listed = regions_in("avoid travel to Puno, Cusco and Arequipa this month")
    assert [(r.name, r.iso2) for r in listed] == [("Puno", "PE"), ("Cusco", "PE"), ("Arequipa", "PE")]
    # one name alone, or a name in lower case, is not enough
    assert regions_in("avoid travel to Cusco this month") == []
    assert regions_in("puno, cusco and arequipa") == []


def test_a_long_subdivision_name_one_country_holds_is_a_region_without_its_kind() -> None:
    from travelrisk.geo.regions import regions_in

    assert [(r.name, r.iso2) for r in regions_in("against all travel to KwaZulu-Natal")] == [("KwaZulu-Natal", "ZA")]
    # not a mission city of the same name, the end of a hyphened name, or words any country's regions use
    assert regions_in("its alert level in Jerusalem") == []
    assert [r.iso2 for r in regions_in("travel to Gorno-Badakhshan")] != ["AF"]
    assert regions_in("the Central Region") == []
