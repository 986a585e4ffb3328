"""Country names as other governments write them, and the other codes their payloads use (ISO alpha-3,
capital cities). Names in other languages come from pycountry's translations of ISO 3166 (Debian iso-codes),
so "Népal", "Afganistán", "Hviterussland" and "ネパール" resolve like "Nepal", "Afghanistan" and "Belarus"."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

from travelrisk.geo.countries import countries, normalise_name, resolve_name

# Language tags as the sources declare them -> the locale pycountry translates into.
_LOCALES = {"nb": "nb_NO", "no": "nb_NO", "zh": "zh_CN", "zh-hant": "zh_TW", "zh-hk": "zh_HK"}


@cache
def _names_in(language: str) -> dict[str, str]:
    locale = _LOCALES.get(language.casefold(), language.replace("-", "_"))
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True)
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                index.setdefault(normalise_name(translation.gettext(value)), country.alpha_2)
    return index


def translated_names(language: str) -> list[tuple[str, str]]:
    """(ISO alpha-2, name) for each country name ISO 3166 has in `language` (none when it has no catalogue)."""
    locale = _LOCALES.get(language.casefold(), language.replace("-", "_"))
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
    except OSError:
        return []
    out = []
    for country in pycountry.countries:
        for attr in ("common_name", "name"):
            value = getattr(country, attr, None)
            if value and translation.gettext(value) != value:
                out.append((country.alpha_2, translation.gettext(value)))
    return out


def resolve_in(name: str, language: str) -> str | None:
    """ISO alpha-2 for a country name written in `language` (falls back to English names and aliases)."""
    key = normalise_name(name)
    if not key:
        return None
    return _names_in(language).get(key) or resolve_name(name)


@cache
def _by_iso3() -> dict[str, str]:
    table = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    table.update({c.iso3: c.iso2 for c in countries().values() if c.iso3})
    table["XKX"] = "XK"  # Kosovo, as the Dutch open data and the EU write it
    return table


def iso2_for_iso3(code: str) -> str | None:
    return _by_iso3().get(code.strip().upper())


@cache
def _by_capital() -> dict[str, str]:
    return {normalise_name(c.capital): c.iso2 for c in countries().values() if c.capital}


def iso2_for_capital(city: str) -> str | None:
    """The country whose capital `city` is (Italy's country sheets name the capital, not the country)."""
    return _by_capital().get(normalise_name(city))
