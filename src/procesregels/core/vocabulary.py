"""The standard vocabulary (roles, levels, phases, step kinds) and its extension by a ruleset.

The data lives in `vocabulary.toml`; this module only indexes it. Names are matched after
`normalize`, so `Inwoners`, `inwoners` and `inwoners ` are the same word, and so are
`advisory-board` and `advisory board`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final, Iterable, Literal, Mapping

from procesregels.core import LANGS as LANGS, Lang as Lang  # re-exported
from procesregels.core.record import Record
from procesregels.core.suggest import close_matches

#: The severities of a rule, strongest first; the words for them are in the data file.
Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

#: The categories a name can belong to, used in messages ("unknown role 'inwonres'").
CATEGORIES = ("role", "level", "phase", "kind")


def normalize(name: str) -> str:
    """The form in which names are compared: case-folded, single spaces, hyphens as spaces."""
    return " ".join(name.replace("-", " ").replace("_", " ").casefold().split())


class UnknownName(LookupError):
    """A name that is not in the vocabulary; carries the nearest known names."""

    def __init__(self, category: str, name: str, suggestions: list[str]):
        super().__init__(name)
        self.category = category
        self.name = name
        self.suggestions = suggestions


class Vocabulary(Record):
    """Names of one ruleset's world: the standard vocabulary plus the ruleset's declarations.

    Immutable; a record, not a dataclass, to keep its definition off the start-up time (see
    `core/record.py`)."""

    __slots__ = ("role_parent", "role_names", "dynamic_roles", "level_order", "level_names", "influence_from",
                 "phase_order", "phase_names", "kind_parent", "kind_names", "impact_order", "impact_names",
                 "display", "participles", "verbs", "attributes")
    role_parent: Final[Mapping[str, str | None]]
    role_names: Final[Mapping[str, str]]
    dynamic_roles: Final[frozenset[str]]
    level_order: Final[tuple[str, ...]]
    level_names: Final[Mapping[str, str]]
    influence_from: Final[str]
    phase_order: Final[tuple[str, ...]]
    phase_names: Final[Mapping[str, str]]
    kind_parent: Final[Mapping[str, str | None]]
    kind_names: Final[Mapping[str, str]]
    impact_order: Final[tuple[str, ...]]
    impact_names: Final[Mapping[str, str]]
    #: Display names per language: {"nl": {"residents": "inwoners", ...}, "en": {...}}
    display: Final[Mapping[str, Mapping[str, str]]]
    #: Participles of the ladder levels, for rendering sentences.
    participles: Final[Mapping[str, Mapping[str, str]]]
    #: Verb forms of the step kinds that have them: {"decision": {"en": (3rd, inf), "nl": (...)}}
    verbs: Final[Mapping[str, Mapping[str, tuple[str, str]]]]
    #: Declared plan attributes (docs/spec/LANGUAGE.md section 1, version 2): normalized name -> allowed
    #: values as written (a closed list), or None for a number.
    attributes: Final[Mapping[str, tuple[str, ...] | None]]

    def __init__(self, role_parent: Mapping[str, str | None], role_names: Mapping[str, str],
                 dynamic_roles: frozenset[str], level_order: tuple[str, ...], level_names: Mapping[str, str],
                 influence_from: str, phase_order: tuple[str, ...], phase_names: Mapping[str, str],
                 kind_parent: Mapping[str, str | None], kind_names: Mapping[str, str],
                 impact_order: tuple[str, ...], impact_names: Mapping[str, str],
                 display: Mapping[str, Mapping[str, str]] | None = None,
                 participles: Mapping[str, Mapping[str, str]] | None = None,
                 verbs: Mapping[str, Mapping[str, tuple[str, str]]] | None = None,
                 attributes: Mapping[str, tuple[str, ...] | None] | None = None) -> None:
        self.role_parent, self.role_names, self.dynamic_roles = role_parent, role_names, dynamic_roles
        self.level_order, self.level_names, self.influence_from = level_order, level_names, influence_from
        self.phase_order, self.phase_names = phase_order, phase_names
        self.kind_parent, self.kind_names = kind_parent, kind_names
        self.impact_order, self.impact_names = impact_order, impact_names
        # None: a new empty mapping each (as the dataclass's `default_factory=dict` gave).
        self.display = {} if display is None else display
        self.participles = {} if participles is None else participles
        self.verbs = {} if verbs is None else verbs
        self.attributes = {} if attributes is None else attributes

    # -- lookup -----------------------------------------------------------------------------

    def _lookup(self, category: str, names: Mapping[str, str], name: str) -> str:
        return _resolve(category, names, name)

    def role(self, name: str) -> str:
        """The canonical id of a role name in either language."""
        return self._lookup("role", self.role_names, name)

    def level(self, name: str) -> str:
        return self._lookup("level", self.level_names, name)

    def phase(self, name: str) -> str:
        return self._lookup("phase", self.phase_names, name)

    def kind(self, name: str) -> str:
        return self._lookup("kind", self.kind_names, name)

    def impact(self, name: str) -> str:
        return self._lookup("impact", self.impact_names, name)

    def lookup(self, category: str, name: str) -> str:
        return getattr(self, category)(name)

    # -- order and trees --------------------------------------------------------------------

    def level_rank(self, level: str) -> int:
        return self.level_order.index(level)

    def is_influence(self, level: str) -> bool:
        return self.level_rank(level) >= self.level_rank(self.influence_from)

    def phase_rank(self, phase: str) -> int:
        return self.phase_order.index(phase)

    def role_ancestors(self, role: str) -> tuple[str, ...]:
        """The role itself and every broader role, narrowest first."""
        chain = []
        current: str | None = role
        while current is not None and current not in chain:
            chain.append(current)
            current = self.role_parent.get(current)
        return tuple(chain)

    def role_covers(self, broad: str, narrow: str) -> bool:
        """True when `broad` is `narrow` or a broader role (residents covers neighbours)."""
        return broad in self.role_ancestors(narrow)

    def kind_ancestors(self, kind: str) -> tuple[str, ...]:
        chain = []
        current: str | None = kind
        while current is not None and current not in chain:
            chain.append(current)
            current = self.kind_parent.get(current)
        return tuple(chain)

    def kind_is(self, kind: str, general: str) -> bool:
        """True when a step of `kind` counts as a step of `general` (a hoorzitting is a meeting)."""
        return general in self.kind_ancestors(kind)

    def is_stakeholder(self, role: str) -> bool:
        return self.role_covers("stakeholders", role) and role not in self.dynamic_roles

    def name_of(self, category: str, ident: str, lang: str) -> str:
        """The display name of a canonical id in a language (falls back to the id)."""
        return self.display.get(lang, {}).get(f"{category}:{ident}", ident)

    # -- extension by a ruleset -------------------------------------------------------------

    def extend(
        self,
        roles: Iterable[tuple[str, str]] = (),
        kinds: Iterable[tuple[str, str]] = (),
        levels: Iterable[tuple[str, str]] = (),
        attributes: Iterable[tuple[str, tuple[str, ...] | None]] = (),
    ) -> "Vocabulary":
        """A vocabulary with added roles (name, broader role), kinds (name, general kind) and level
        names (name, ladder level). The broader/general/ladder names must already be known."""
        role_parent = dict(self.role_parent)
        role_names = dict(self.role_names)
        for name, parent in roles:
            ident = normalize(name)
            parent_id = _resolve("role", role_names, parent)
            if _restates(role_names.get(ident), parent_id, role_parent):
                continue  # `role omwonenden under inwoners`: already so (docs/spec/LANGUAGE.md section 1)
            role_parent[ident] = parent_id
            role_names[ident] = ident
        kind_parent = dict(self.kind_parent)
        kind_names = dict(self.kind_names)
        for name, parent in kinds:
            ident = normalize(name)
            parent_id = _resolve("kind", kind_names, parent)
            if _restates(kind_names.get(ident), parent_id, kind_parent, reflexive=True):
                continue
            kind_parent[ident] = parent_id
            kind_names[ident] = ident
        level_names = dict(self.level_names)
        for name, ladder in levels:
            level_names[normalize(name)] = self.level(ladder)
        declared = dict(self.attributes)
        for name, values in attributes:  # a layer may add values to a list its base declares
            ident = normalize(name)
            old = declared.get(ident, ())
            if values is None or old is None:
                declared[ident] = None
            else:
                seen = {v.casefold() for v in old}
                declared[ident] = tuple(old) + tuple(v for v in values if v.casefold() not in seen)
        return Vocabulary(
            role_parent=role_parent,
            role_names=role_names,
            dynamic_roles=self.dynamic_roles,
            level_order=self.level_order,
            level_names=level_names,
            influence_from=self.influence_from,
            phase_order=self.phase_order,
            phase_names=self.phase_names,
            kind_parent=kind_parent,
            kind_names=kind_names,
            impact_order=self.impact_order,
            impact_names=self.impact_names,
            display=self.display,
            participles=self.participles,
            verbs=self.verbs,
            attributes=declared,
        )


def _restates(known: str | None, parent: str, parents: Mapping[str, str | None], reflexive: bool = False) -> bool:
    """True when a declaration only repeats what the vocabulary already says: the name is known
    and `parent` is already broader than it (or, for kinds, the same kind)."""
    if known is None:
        return False
    chain, current = [], parents.get(known)
    while current is not None and current not in chain:
        chain.append(current)
        current = parents.get(current)
    return parent in chain or (reflexive and parent == known)


def _resolve(category: str, names: Mapping[str, str], name: str) -> str:
    key = normalize(name)
    if key in names:
        return names[key]
    raise UnknownName(category, name, suggest(name, names.keys()))


def suggest(name: str, known: Iterable[str], limit: int = 3) -> list[str]:
    """The known names nearest to a misspelt one, best first."""
    return close_matches(normalize(name), sorted(set(known)), n=limit, cutoff=0.6)


def _index(entries: Mapping[str, Mapping], category: str, display: dict) -> dict[str, str]:
    names: dict[str, str] = {}
    for ident, entry in entries.items():
        display["en"][f"{category}:{ident}"] = ident
        dutch = list(entry.get("nl", []))
        if dutch:
            display["nl"][f"{category}:{ident}"] = dutch[0]
        for name in (ident, *dutch, *entry.get("aliases", [])):
            names[normalize(name)] = ident
    return names


@lru_cache(maxsize=1)
def _data() -> dict:
    """The vocabulary data file, read once per process (core/vocabulary_data.py)."""
    from procesregels.core.vocabulary_data import read

    return read()


# -- units and severities: words of the language that are not names of a ruleset's world ------


def unit_words(lang: str) -> dict[str, tuple[str, str]]:
    """{unit: (singular, plural)} in `lang` (English for a language without its own words)."""
    units = _data()["units"]
    return {unit: tuple(words.get(lang, words["en"])) for unit, words in units.items()}


@lru_cache(maxsize=1)
def _unit_index() -> dict[str, tuple[str, bool]]:
    index: dict[str, tuple[str, bool]] = {}
    for unit, words in _data()["units"].items():
        for singular, plural in words.values():
            index.setdefault(singular.casefold(), (unit, False))
            index[plural.casefold()] = (unit, True)
    return index


def unit_of(word: str) -> tuple[str, bool] | None:
    """(unit, is the word plural) for a unit word in either language, or None."""
    return _unit_index().get(word.casefold())


def severity_word(severity: str, lang: str) -> str:
    """The word for a severity in `lang` (`fout`), English for a language without its own."""
    entry = _data()["severities"][severity]
    return str(entry.get(lang, entry["en"]))


@lru_cache(maxsize=1)
def severity_names() -> dict[str, Severity]:
    """{accepted word (case-folded): severity}, every language and alias."""
    names: dict[str, Severity] = {}
    for severity, entry in _data()["severities"].items():
        for word in (*(entry[lang] for lang in entry if lang != "aliases"), *entry.get("aliases", ())):
            names[word.casefold()] = severity
    return names


def severity_of(word: str) -> Severity | None:
    """The severity a word names in either language (`fout` -> `error`), or None."""
    return severity_names().get(word.casefold())


@lru_cache(maxsize=1)
def standard() -> Vocabulary:
    """The bundled standard vocabulary (read once per process)."""
    data = _data()
    display: dict[str, dict[str, str]] = {"en": {}, "nl": {}}
    roles = data["roles"]
    levels = data["levels"]
    phases = data["phases"]
    kinds = data["kinds"]
    impact = data["attributes"]["impact"]  # ordered values that compare by meaning
    impact_names = {normalize(v): v for v in impact["order"]}
    impact_names.update({normalize(nl): en for en, nl in impact["nl"].items()})
    participles = {
        level: {"en": entry["participle_en"], "nl": (entry["participle_nl"] or [""])[0]}
        for level, entry in levels["names"].items()
    }
    verbs = {
        kind: {"en": tuple(entry["verb_en"]), "nl": tuple(entry["verb_nl"])}
        for kind, entry in kinds.items()
        if "verb_en" in entry
    }
    return Vocabulary(
        role_parent={ident: entry.get("under") for ident, entry in roles.items()},
        role_names=_index(roles, "role", display),
        dynamic_roles=frozenset(ident for ident, entry in roles.items() if entry.get("dynamic")),
        level_order=tuple(levels["order"]),
        level_names=_index(levels["names"], "level", display),
        influence_from=levels["influence_from"],
        phase_order=tuple(phases["order"]),
        phase_names=_index(phases["names"], "phase", display),
        kind_parent={ident: None for ident in kinds},
        kind_names=_index(kinds, "kind", display),
        impact_order=tuple(impact["order"]),
        impact_names=impact_names,
        display=display,
        participles=participles,
        verbs=verbs,
        attributes={normalize(name): (tuple(entry["order"]) if "order" in entry else None)
                    for name, entry in data["attributes"].items()},
    )
