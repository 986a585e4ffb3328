"""The vocabulary of travel facts in each language the reader supports, one module per language.

Each module defines `VOCABULARY`: the phrases that state a directive (on the same strength scale as English:
leave > do not travel > reconsider > caution), a level, a lowering, a border action, a mission action, and the
small words the reader's language-independent logic needs (a place before a name, a cause, a denial). The
reader (`extract/vocabulary_reader.py`) is the same for every language; only this vocabulary differs. Patterns
are regular expressions matched case-insensitively within one sentence; word stems stand for inflected forms.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache

from travelrisk.model.types import BorderAction, Directive, MissionAction, Reason


@dataclass(frozen=True)
class Vocabulary:
    language: str
    # Directive phrases, strongest first.
    directives: tuple[tuple[Directive, str], ...]
    # A travel warning named ("Reisewarnung", "предупреждение"): with a level it states an advisory.
    advisory: str
    # A level on a government's scale; group 1 is its number as written (digits or a word in `numbers`).
    level: str
    # A reduction of the advice ("lowered", "понизил").
    lowered: str
    # Border, crossing, checkpoint.
    border: str
    border_actions: tuple[tuple[BorderAction, str], ...]
    # Embassy, consulate, diplomatic mission, diplomats, embassy staff.
    mission: str
    mission_actions: tuple[tuple[MissionAction, str], ...]
    # Words right before a name that make it a place, not an actor ("in", "в", "à", "في").
    place_before: str
    # Where the reasons start ("because of", "из-за", "wegen"): names after it are causes, not subjects.
    cause: str
    # A denial or a negated action ("denied", "no plans to"): the sentence states no fact.
    negation: str
    # Others asking a government to act ("urged", "призвали", "wezwali", "fordert"): a border or mission action
    # after it is asked for, not done ("Фермеры призвали Польшу закрыть границу").
    asked: str = r"(?!x)x"
    # A negation right before a border or mission verb ("nie zamkną", "не закрыла", "n'a pas fermé"): not done.
    # (Not for advice: "не рекомендует поездки" is advice against travel.)
    not_before: str = r"(?!x)x"
    # Crossings counted: group 1 is the number ("two crossings", "два пункта пропуска").
    crossing_count: str = r"(?!x)x"
    numbers: dict[str, int] = field(default_factory=dict)
    # The government a foreign ministry named without its country usually is, in news written in this language.
    home: str | None = None
    # "Our" (first person plural) before a mission word: the home government's mission ("la nostra Ambasciata").
    ours: str = r"(?!x)x"
    # A mission named as the home government's own, matched over the mission word and a few characters before it:
    # "Hartum Büyükelçiliğimiz" (our embassy), "주수단 대사관" and "在スーダン大使館" (the embassy stationed in Sudan,
    # which the news of Korea and Japan write for their own; another's carries its country's name).
    home_mission: str = r"(?!x)x"
    # "Our citizens" ("vatandaşlarımız", "naszych obywateli"): a ministry speaking to the home country's people.
    our_citizens: str = r"(?!x)x"
    # Where one language is written at home by several governments: a word for "our people" that only one of them uses
    # ("國人" in Taiwan's news, "港人" in Hong Kong's), and that government's code.
    home_words: tuple[tuple[str, str], ...] = ()
    # "The country" named for the place the article is about ("quitter le pays", "das Land zu verlassen").
    the_country: str = r"(?!x)x"
    # A cause ended by its word, in a language that puts it before ("... saldırısının ardından"): the names from the
    # clause's start up to it are the cause's
    cause_after: str = r"(?!x)x"
    # "These countries" for the places of the advice just reported ("w tych krajach", "dans ces pays").
    these_countries: str = r"(?!x)x"
    # Words naming a government body ("ministry", "government", "border guard"): an unnamed speaker.
    institution: str = r"(?!x)x"
    reasons: tuple[tuple[Reason, str], ...] = ()
    # "similar advice", "the same recommendation": the last directive, given by the governments named here.
    similar: str = r"(?!x)x"
    # "the advice applies to", "the recommendation covers": the places of the advice just given, which named none.
    covers: str = r"(?!x)x"
    # A pronoun opening a sentence for the crossing or mission just reported ("Sie wurde 2023 wieder geöffnet",
    # "Elle était fermée depuis juillet", "La reabrió en abril", "Его открыли снова"): its next act, same sides.
    goes_on: str = r"(?!x)x"
    # A rise of the advice ("raised", "повысил", "a relevé"): with a warning named, an advisory changed, its
    # directive unknown unless stated.
    raised: str = r"(?!x)x"
    # "The highest" beside a warning named ("die höchste Reisewarnstufe", "do najwyższego"): the top of the issuer's
    # scale (the level itself stays unknown, as in English).
    highest: str = r"(?!x)x"
    # "Among them ...": the governments behind advice a sentence before gave without naming them.
    among: str = r"(?!x)x"
    # Governments left unnamed ("several countries", "Western states", "多国"): a statement of theirs is no government's
    # that spoke before, nor the home government's.
    unnamed_states: str = r"(?!x)x"
    # Verb-final languages: the particle of a subject that may be a subordinate clause's ("ロシアが部隊を集結させ、…"),
    # and an unnamed institution marked as the sentence's topic ("外務省は"): where both stand, the institution acts.
    clause_subject_after: str = r"(?!x)x"
    topic_institution: str = r"(?!x)x"
    # Languages whose verb comes last (Korean, Japanese, Turkish) mark the actor after its name instead of by
    # position: the particles right after a government's name ("는", "は"). Unset: position decides.
    actor_after: str | None = None
    # A particle after the governments that open a clause of their own after a comma, in a language that marks no actor
    # after its name otherwise (Turkish "İngiltere ve Fransa da ...": Britain and France, too). Unset: none.
    clause_too_after: str | None = None
    # The word before the other side of a border ("с", "z", "su", "mit", "avec", "con", "com"); "mutually".
    neighbour_before: str = r"(?!x)x"
    # The same marks written after the name, in languages with postpositions and case suffixes
    # (Turkish "Lübnan'a", Korean "러시아와", Japanese "イスラエルに").
    place_after: str = r"(?!x)x"
    neighbour_after: str = r"(?!x)x"
    # Words right after a name that make it describe another country's regions, not a place advised about
    # ("die an die Ukraine angrenzenden Regionen Russlands": the regions of Russia that border Ukraine).
    bordering_after: str = r"(?!x)x"
    # A vehicle right after a people's adjective ("mit einer französischen Maschine"): whose plane, no mission's owner.
    vehicle_after: str = r"(?!x)x"
    # The finite verb that ends a phrase put first, in a language whose verb comes second ("Wegen der Kämpfe gilt für
    # Israel eine Reisewarnung": the cause ends at "gilt", and Israel is the advice's place).
    finite_verb: str = r"(?!x)x"
    # "Remains" or "still" right before "open": a state, not a reopening ("reste ouverte", "bleibt geöffnet").
    remains_before: str = r"(?!x)x"
    # The citizens a government addresses ("своих граждан", "Latvijas pilsoņus", "رعاياها"): the country named
    # beside them, like the one named beside a ministry, issues the advice wherever it stands in the sentence.
    citizens: str = r"(?!x)x"
    # A change of level, "from 3 to 2": the old level and the new one in its first two groups that match.
    level_change: str = r"(?!x)x"
    # Visas, sanctions and entry bans on named people: a sentence about them gives no travel advice.
    not_advice: str = r"(?!x)x"
    # Embassy staff and their families: told to leave, they make a mission event, not an advisory.
    staff: str = r"(?!x)x"
    # The families of a mission's staff ("семьи дипломатов", "les familles"): taken out without the staff, some of the
    # mission's people leave and it works on (an ordered departure, as the English reader reads it).
    families: str = r"(?!x)x"
    mutual: str = r"(?!x)x"
    # Verb-final languages that mark no subject (Persian, Turkish): the state named first in the clause acts, not the one
    # nearest the verb.
    subject_first: bool = False
    # Languages whose adjectives follow the noun (French, Spanish, Italian, Portuguese): "le Pendjab pakistanais" is a
    # region of that country.
    adjective_after: bool = False
    # A name's locative case ending, in languages that say "in X" by the ending alone (Lithuanian "Pekine",
    # "Kinijoje"; Latvian "Maskavā"): a place.
    locative: str = r"(?!x)x"
    # "its own" before a mission or its staff ("su personal diplomático", "своих дипломатов"): the mission is the
    # subject's, not that of the country named right after it ("... de Argentina").
    own: str = r"(?!x)x"
    # The word before the agent of a passive ("évacuée par l'Espagne", "evacuada por España", "ewakuowana przez
    # Kanadę"): where a mission has no other owner, the government it names acted.
    agent: str = r"(?!x)x"
    # Advice about travel anywhere abroad ("weltweit", "à l'étranger", "за рубеж"): a statement with no place of its
    # own is worldwide advice.
    worldwide: str = r"(?!x)x"


LANGUAGES = ("ru", "uk", "pl", "lt", "lv", "de", "fr", "es", "pt", "it", "ar", "fa", "tr", "zh", "ja", "ko")




@cache
def load(language: str) -> Vocabulary | None:
    """The vocabulary of `language` (ISO 639-1), or None when the reader has none for it."""
    if language not in LANGUAGES:
        return None
    try:
        module = importlib.import_module(f"travelrisk.model.vocabulary.{language}")
    except ModuleNotFoundError:
        return None
    vocabulary: Vocabulary = module.VOCABULARY
    return vocabulary
