"""Countries: ISO codes, names, aliases, demonyms and metonyms, and a fast scanner for text.

Sources: ISO 3166 names from pycountry; capitals, continents and neighbours from GeoNames (CC BY 4.0,
derived into `data/countries.csv`); aliases, demonyms and metonyms written for travelrisk
(`data/country_names.tsv`).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import ahocorasick
import pycountry

from travelrisk.geo.shapes import border_bearings, world

DATA = resources.files("travelrisk.geo") / "data"

# Names that are also common first names or places elsewhere: only taken as the country when the
# surrounding words do not make them a person ("Chad Smith", "Michael Jordan") or a US state.
AMBIGUOUS_NAMES = frozenset({"Chad", "Jordan", "Georgia", "Washington"})


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    numeric: str
    name: str
    continent: str
    capital: str
    neighbours: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Mention:
    """A country named in text: by name/alias, demonym ("Americans") or metonym ("the Kremlin")."""

    iso2: str
    start: int
    end: int
    kind: str  # alias | demonym | metonym
    surface: str


def normalise_name(text: str) -> str:
    """Fold case, accents, punctuation and a leading "the" so that spellings of one name compare equal."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^\w\s']", " ", text).replace("'", "")
    text = re.sub(r"\s+", " ", text).strip()
    return text.removeprefix("the ")


# States joined by land that GeoNames' neighbour lists leave out (general geographic knowledge): China's land
# borders with Hong Kong and Macao, and the fixed links crossed by road or rail and closed like land borders (the
# Johor-Singapore Causeway and Second Link, the King Fahd Causeway, the Øresund Bridge, the Channel Tunnel).
_JOINED = (("CN", "HK"), ("CN", "MO"), ("MY", "SG"), ("SA", "BH"), ("DK", "SE"), ("FR", "GB"))


@cache
def countries() -> dict[str, Country]:
    joined: dict[str, list[str]] = {}
    for one, other in _JOINED:
        joined.setdefault(one, []).append(other)
        joined.setdefault(other, []).append(one)
    out: dict[str, Country] = {}
    with (DATA / "countries.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out[row["iso2"]] = Country(
                iso2=row["iso2"],
                iso3=row["iso3"],
                numeric=row["numeric"].zfill(3),
                name=row["name"],
                continent=row["continent"],
                capital=row["capital"],
                neighbours=(*row["neighbours"].split(), *joined.get(row["iso2"], ())),
            )
    return out


@cache
def _names_table() -> list[tuple[str, str, str]]:
    """(iso2, kind, surface) rows from the hand-written table, with demonym plurals added."""
    rows: list[tuple[str, str, str]] = []
    with (DATA / "country_names.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            iso2, kind, names = line.rstrip("\n").split("\t")
            for name in names.split("|"):
                rows.append((iso2, kind, name))
                # ("South Africans", "Sri Lankans": the last word takes the plural)
                if kind == "demonym" and not re.search(r"(sh|ch|ss|se|ese|i)$", name):
                    rows.append((iso2, kind, name + "s"))
                elif kind == "demonym" and re.search(r"[^s]i$", name):
                    rows.append((iso2, kind, name + "s"))  # Iraqis, Pakistanis
    return rows


def _official_names() -> list[tuple[str, str]]:
    out = []
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                out.append((c.alpha_2, value))
    for country in countries().values():
        out.append((country.iso2, country.name))
    return out


@cache
def _name_index() -> dict[str, str]:
    """Normalised name/alias -> ISO2, used to resolve feed destination names."""
    index: dict[str, str] = {}
    for iso2, name in _official_names():
        index.setdefault(normalise_name(name), iso2)
    for iso2, kind, name in _names_table():
        if kind in ("alias", "demonym") and iso2 != "--":
            index.setdefault(normalise_name(name), iso2)
    # Aliases written for travelrisk outrank pycountry's formal variants where they disagree.
    for iso2, kind, name in _names_table():
        if kind == "alias" and iso2 != "--":
            index[normalise_name(name)] = iso2
    return index


# A state that did not yet exist on a day was part of another then: news of 1999 on Kosovo reports Serbia's
# (Yugoslavia's) side, news of 2005 on Juba reports Sudan.
_PART_OF_UNTIL = {"XK": ("RS", dt.date(2008, 2, 17)), "SS": ("SD", dt.date(2011, 7, 9))}


def country_on(iso2: str, day: dt.date | None) -> str:
    """The country code `iso2` had on `day`: the state it was part of before its independence."""
    part_of = _PART_OF_UNTIL.get(iso2)
    return part_of[0] if part_of and day is not None and day < part_of[1] else iso2


def country_name(iso2: str) -> str:
    """A short English display name ("Belarus", "United Kingdom")."""
    record = pycountry.countries.get(alpha_2=iso2)
    if record is not None:
        return getattr(record, "common_name", None) or record.name
    known = countries().get(iso2)
    return known.name if known else iso2


def is_official_name(name: str, iso2: str) -> bool:
    """Whether `name` is one of the ISO/GeoNames names of `iso2` (not an alias such as "Azores")."""
    key = normalise_name(name)
    return any(normalise_name(official) == key for code, official in _official_names() if code == iso2)


def is_country(code: str) -> bool:
    return code in countries() or pycountry.countries.get(alpha_2=code) is not None


def resolve_name(name: str) -> str | None:
    """ISO2 for a country name as a feed or a person writes it, or None when it is not known."""
    key = normalise_name(name)
    if not key:
        return None
    index = _name_index()
    if key in index:
        return index[key]
    if len(key) == 2 and key.upper() != "UK" and is_country(key.upper()):
        return key.upper()
    if key in ("uk",):
        return "GB"
    return None


def resolve_names_in(name: str) -> list[str]:
    """All countries named in a destination label ("Israel, the West Bank and Gaza" -> IL, PS)."""
    single = resolve_name(name)
    if single:
        return [single]
    group = _groups().get(normalise_name(name))
    if group:
        return list(group)
    seen: list[str] = []
    for mention in scan(name):
        if mention.kind == "alias" and mention.iso2 not in seen:
            seen.append(mention.iso2)
    return seen


@cache
def _groups() -> dict[str, tuple[str, ...]]:
    """Names that stand for several countries at once ("French West Indies")."""
    return {normalise_name(name): tuple(codes.split()) for codes, kind, name in _names_table() if kind == "group"}


@cache
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    entries: dict[str, tuple[str, str]] = {}

    def add(surface: str, iso2: str, kind: str) -> None:
        for variant in {surface, surface.upper()} if len(surface) > 3 else {surface}:
            entries.setdefault(variant, (iso2, kind))

    for _code, kind, name in _names_table():
        if kind == "blocker":
            add(name, "--", kind)
    for iso2, kind, name in _names_table():
        if kind not in ("blocker", "group"):
            add(name, iso2, kind)
    for iso2, name in _official_names():
        if "," not in name:
            add(name, iso2, "alias")
    for surface, (iso2, kind) in entries.items():
        auto.add_word(surface, (len(surface), iso2, kind))
    auto.make_automaton()
    return auto


def _is_person_name(text: str, start: int, end: int) -> bool:
    """'Michael Jordan', 'Chad Smith', 'Georgia Meloni': a capitalised neighbour word makes a person."""
    after = re.match(r"\s+([A-Z][a-z]+)", text[end : end + 30])
    if after and after.group(1) not in _CONTINUATIONS:
        return True
    before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 30) : start])
    return bool(before and before.group(1) not in _CONTINUATIONS and not _sentence_start(text, start))


_CONTINUATIONS = frozenset(
    {
        "The",
        "In",
        "On",
        "And",
        "But",
        "Embassy",
        "Border",
        "Government",
        "President",
        "Foreign",
        "Ministry",
        "Travel",
        "For",
        "To",
        "From",
        "With",
        "Of",
        "As",
        "At",
        "By",
        "While",
        "After",
        "Before",
        "Since",
        "Level",
        "Do",
        "Avoid",
        "Reconsider",
        "Exercise",
        "Is",
        "Has",
        "Was",
        "Will",
        "Said",
        "Says",
    }
)


def _sentence_start(text: str, start: int) -> bool:
    prefix = text[max(0, start - 40) : start].rstrip()
    return not prefix or prefix[-1] in '.!?\n"“'


def leftmost_longest(candidates: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The (start, end, iso2, kind) matches that stand when overlaps go to the leftmost, then longest, one;
    a blocker (iso2 "--", e.g. "New Mexico") wins its span and is dropped."""
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept = []
    last_end = -1
    for candidate in candidates:
        if candidate[0] < last_end:
            continue
        last_end = candidate[1]
        if candidate[2] != "--":
            kept.append(candidate)
    return kept


# Combining forms that stand for a country only before a hyphen and another name ("Sino-Indian", not "Indo-Pacific",
# "Anglo-Saxon" or General Franco).
_COMBINING_FORMS = {
    "Sino": "CN", "Franco": "FR", "Russo": "RU", "Italo": "IT", "Indo": "IN", "Anglo": "GB", "Germano": "DE",
    "Greco": "GR", "Turco": "TR", "Luso": "PT", "Nippo": "JP", "Hispano": "ES", "Pak": "PK",
}
_COMBINING = re.compile(
    r"(?<![\w-])(" + "|".join(_COMBINING_FORMS) + r")-(?=[A-Z])(?!Pacific|European|Aryan|China|Chinese|Saxon|Norman|Celtic|Roman)|"
    # ("Indo-Pak", "Afghan-Pak" in South Asian copy: Pakistan's short form after a hyphen)
    r"(?<=[a-z]-)(Pak)\b(?!-)"
)


def scan(text: str) -> list[Mention]:
    """Every country mention in `text`, leftmost-longest, on word boundaries, blockers removed."""
    candidates: list[tuple[int, int, str, str]] = []
    size = len(text)
    for end_index, (length, iso2, kind) in _automaton().iter(text):
        end = end_index + 1
        start = end - length
        # on word boundaries: the characters around are not what \w matches (inlined: this runs per candidate),
        # or a small letter then a capital, where scraped copy runs words together ("closedCroatia", "IranKazakhstan")
        if (
            start > 0
            and ((before := text[start - 1]).isalnum() or before == "_")
            and not (before.islower() and text[start].isupper())
        ):
            continue
        if (
            end < size
            and ((after := text[end]).isalnum() or after == "_")
            and not (after.isupper() and text[end - 1].islower())
        ):
            continue
        candidates.append((start, end, iso2, kind))
    if "o-" in text or "Pak" in text:  # "the Sino-Indian border", "a Franco-German plan", "Pak-Afghan trade"
        candidates += [
            (m.start(m.lastindex or 1), m.end(m.lastindex or 1), _COMBINING_FORMS[m.group(m.lastindex or 1)], "demonym")
            for m in _COMBINING.finditer(text)
        ]
    mentions: list[Mention] = []
    for start, end, iso2, kind in leftmost_longest(candidates):
        surface = text[start:end]
        if surface in AMBIGUOUS_NAMES and _is_person_name(text, start, end):
            continue
        if iso2 != "US" and _US_STATE_AFTER.match(text, end):
            continue  # "BERLIN, Ohio", "Lebanon, Pennsylvania": an American town
        if kind == "metonym" and (_PLACE_OF_AFTER.match(text, end) or _TREATY_AFTER.match(text, end)):
            # "Santiago de Cuba", "San José del Cabo": another place named after the capital; "the Vienna
            # Convention", "the Algiers Agreement", "the Astana format": a treaty or talks named after it
            continue
        if text.startswith("$", end) and surface.isupper() and len(surface) <= 3:
            continue  # "US$8,600", "NZ$40": a currency
        mentions.append(Mention(iso2, start, end, kind, surface))
    return mentions


_PLACE_OF_AFTER = re.compile(r"\s+(?:de|del|de\s+la)\s+(?-i:[A-Z])")
_TREATY_AFTER = re.compile(
    r"\s+(?:Conventions?|[Aa]greements?|[Aa]ccords?|Pact|Protocol|Treaty|Declaration|Process|[Ff]ormat|Peace\s+Agreement)\b"
)
# A town's name followed by the US state it is in (not Georgia or Washington, which name a country and a government)
_US_STATE_AFTER = re.compile(
    r",\s+(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|"
    r"Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
    r"Missouri|Montana|Nebraska|Nevada|New\s+Hampshire|New\s+Jersey|New\s+Mexico|New\s+York|North\s+Carolina|"
    r"North\s+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+Carolina|South\s+Dakota|Tennessee|Texas|"
    r"Utah|Vermont|Virginia|West\s+Virginia|Wisconsin|Wyoming)\b"
)


@cache
def us_state_tags() -> dict[str, tuple[str, ...]]:
    """US State Department country tags (FIPS 10-4 based) -> ISO2 codes."""
    out: dict[str, tuple[str, ...]] = {}
    with (DATA / "us_state_tags.csv").open(encoding="utf-8") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        for row in csv.DictReader(lines):
            out[row["tag"]] = tuple(row["iso2"].split())
    return out


def neighbours(iso2: str) -> tuple[str, ...]:
    country = countries().get(iso2)
    return country.neighbours if country else ()


def share_land_border(one: str, other: str) -> bool:
    """Whether either of two states lists the other as a land neighbour."""
    return other in neighbours(one) or one in neighbours(other)


_SIDES = {"northern": 0.0, "eastern": 90.0, "southern": 180.0, "western": 270.0}


@cache
def _border_bearings() -> dict[tuple[str, str], float]:
    return border_bearings(world())


def neighbour_on_side(country: str, side: str) -> str | None:
    """The one land neighbour whose border with `country` lies on that side of it ("northern", "eastern", ...), from
    the shipped shapes: Macedonia's southern border is with Greece. None where that side has none or several (Kenya's
    northern border is with Ethiopia and South Sudan)."""
    bearings = _border_bearings()
    towards = _SIDES[side]
    found = [
        other
        for other in neighbours(country)
        if (bearing := bearings.get((country, other))) is not None and abs((bearing - towards + 180) % 360 - 180) <= 45
    ]
    return found[0] if len(found) == 1 else None


# Countries news often names alike ("le Congo", "Congo"): the one a border touches is the one meant
_NAMESAKES = {"CD": "CG", "CG": "CD"}


def bordering_namesake(country: str, other: str) -> str:
    """`other`, or its namesake where only the namesake borders `country` (Gabon's border with "le Congo" is with
    the Republic of the Congo)."""
    namesake = _NAMESAKES.get(other)
    if namesake and other not in neighbours(country) and namesake in neighbours(country):
        return namesake
    return other
