"""Every user-facing text of procesregels, in English and Dutch.

A message is a key with a template per language, filled with `str.format` arguments.
Arguments named after a vocabulary category (`role`, `roles`, `level`, `phase`, `kind`, or
starting with one of those followed by `_`) hold canonical ids and are shown in the
language of the message (`residents` -> `inwoners`). A test checks that every key has both
languages and the same placeholders in each.

Sections are owned by pipeline stage; keep keys prefixed by their stage (`finding.`,
`hint.`, `report.`, `error.`, ...).
"""

from __future__ import annotations

import datetime as dt
import importlib
import string
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, Mapping

from procesregels.core.vocabulary import LANGS as LANGS  # re-exported: the languages of the catalogue
from procesregels.core.vocabulary import standard
from procesregels.i18n.commands import COMMAND_MESSAGES
from procesregels.i18n.engine import ENGINE_MESSAGES, period
from procesregels.i18n.plan import PLAN_MESSAGES
from procesregels.i18n.plan_forms import PLAN_FORM_MESSAGES
from procesregels.i18n.report import REPORT_MESSAGES

#: Stage catalogues that only some commands use, by the first part of their keys (each holds only
#: keys of its own sections; a test checks): imported on the first look-up of such a key, so
#: that a lint does not load the workbench's, the site's or the comparison's texts, nor the
#: ruleset's error and explanation texts.
LATER_PARTS: dict[str, tuple[str, str]] = {
    "web": ("procesregels.i18n.web", "WEB_MESSAGES"),
    "publish": ("procesregels.i18n.publish", "PUBLISH_MESSAGES"),
    "example": ("procesregels.i18n.publish", "PUBLISH_MESSAGES"),
    "brief": ("procesregels.i18n.brief", "BRIEF_MESSAGES"),
    "compare": ("procesregels.i18n.compare", "COMPARE_MESSAGES"),
    "check": ("procesregels.i18n.health", "HEALTH_MESSAGES"),
    "ruleset": ("procesregels.i18n.ruleset", "RULESET_MESSAGES"),
    "explain": ("procesregels.i18n.ruleset", "RULESET_MESSAGES"),
}


class _Catalogue(Mapping[str, dict[str, str]]):
    """Message key -> {language: template}: one catalogue, assembled from the stage modules; a
    key belongs to exactly one of them. Looking up a key of a later part loads that part;
    going over every key (a test, a page of every text) loads them all."""

    def __init__(self) -> None:
        self._entries: dict[str, dict[str, str]] = {}
        self._later = dict(LATER_PARTS)
        #: section -> the loaders of texts of it that a later stage registers (see `provide`)
        self._providers: dict[str, list[Callable[[], object]]] = {}

    def provide(self, sections: Iterable[str], load: Callable[[], object]) -> None:
        for section in sections:
            self._providers.setdefault(section, []).append(load)

    def add(self, part: Mapping[str, dict[str, str]]) -> None:
        """Merge `part`; a key already there with another entry is an error (the same entry
        again is not: a module that registers its texts may be imported twice)."""
        clash = sorted(key for key in self._entries.keys() & part.keys() if self._entries[key] is not part[key])
        if clash:
            raise RuntimeError(f"message keys defined twice: {clash}")
        self._entries.update(part)

    def _load(self, section: str) -> None:
        module, name = self._later.pop(section)
        self.add(getattr(importlib.import_module(module), name))
        for other in [s for s, (m, _) in self._later.items() if m == module]:
            del self._later[other]  # one module, two sections (`publish.`, `example.`)

    def _provide(self, section: str | None) -> None:
        """Run the loaders of `section` (None: all of them), each once. A loader is dropped only
        after it has run: a thread that misses the same key meanwhile runs it too, and its import
        waits for the first one's to finish (an import is done once), so both find the texts."""
        due = list(dict.fromkeys(
            load for key, loads in self._providers.items() if section is None or key == section for load in loads
        ))
        for load in due:
            load()
        for key in list(self._providers):
            self._providers[key] = [load for load in self._providers[key] if load not in due]
            if not self._providers[key]:
                del self._providers[key]

    def _load_all(self) -> None:
        while self._later:
            self._load(next(iter(self._later)))
        self._provide(None)

    def __getitem__(self, key: str) -> dict[str, str]:
        entry = self._entries.get(key)
        if entry is None:  # the miss path only: a key found costs one dictionary look-up, as before
            section = key.split(".", 1)[0]
            if section in self._later:
                self._load(section)
                entry = self._entries.get(key)
            if entry is None and section in self._providers:
                self._provide(section)
                entry = self._entries.get(key)
            if entry is None:
                raise KeyError(key)
        return entry

    def __iter__(self) -> Iterator[str]:
        self._load_all()
        return iter(self._entries)

    def __len__(self) -> int:
        self._load_all()
        return len(self._entries)


CATALOGUE = _Catalogue()
for _part in (PLAN_MESSAGES, PLAN_FORM_MESSAGES, COMMAND_MESSAGES, REPORT_MESSAGES, ENGINE_MESSAGES):
    CATALOGUE.add(_part)


def register(messages: Mapping[str, dict[str, str]]) -> None:
    """Add texts that live beside their code (each rule template's module in `engine/checks`
    registers its finding, hint and explanation texts when it is imported)."""
    CATALOGUE.add(messages)


def provide(sections: Iterable[str], load: Callable[[], object]) -> None:
    """Texts of `sections` that a later stage registers when `load` is called: the catalogue calls
    it once, on the first look-up of a key of those sections that it does not hold (or when every
    key is gone over). A later stage cannot be imported from here (the stages import only earlier
    ones), so the stage that owns such texts says how to load them: `procesregels.engine` does
    for the rule templates' texts, which every holder of a finding has imported."""
    CATALOGUE.provide(sections, load)


_TERM_PREFIXES = ("role", "level", "phase", "kind")


class Listed(tuple):
    """Ids for a message, shown quoted as a list in the message's language: `'a', 'b' en 'c'`."""

    def words(self, lang: str) -> str:
        quoted = [f"'{item}'" for item in self]
        if len(quoted) < 2:
            return "".join(quoted)
        return ", ".join(quoted[:-1]) + f" {CATALOGUE['general.and'][lang]} " + quoted[-1]


class Phrase(tuple):
    """A part of a message that is a message itself, `Phrase((key, ((name, value), ...)))`: it is
    said in the language of the message it stands in (an empty key says nothing)."""

    @classmethod
    def of(cls, key: str, args: Iterable[tuple[str, Any]] = ()) -> "Phrase":
        return cls((key, tuple(args)))

    def words(self, lang: str) -> str:
        key, args = self
        return text(key, lang, args) if key else ""


@lru_cache(maxsize=None)  # one entry per argument name
def _term_of(name: str) -> str | None:
    """The vocabulary category an argument holds ids of (`roles`, `role_2` -> role), or None."""
    prefix = name.split("_", 1)[0].rstrip("s")
    return prefix if prefix in _TERM_PREFIXES else None


def _localize(name: str, value: Any, lang: str) -> Any:
    if isinstance(value, str):  # most arguments (ids, titles): decided by the name alone
        if name == "period" or name.startswith("period_"):  # a canonical duration: "6 week"
            return period(value, lang)
        term = _term_of(name)
        return value if term is None else standard().name_of(term, value, lang)
    if isinstance(value, (Listed, Phrase)):
        return value.words(lang)
    if isinstance(value, dt.date):
        return date_words(value, lang)
    term = _term_of(name)
    if term is not None and isinstance(value, (list, tuple)):
        joiner = f" {CATALOGUE['general.or'][lang]} " if name.endswith("s") else ", "
        return joiner.join(standard().name_of(term, v, lang) for v in value)
    return value


def date_words(day: dt.date, lang: str) -> str:
    """`3 maart 2026` / `3 March 2026`: a date as an officer writes it."""
    return f"{day.day} {text(f'date.month.{day.month}', lang)} {day.year}"


def text(key: str, lang: str = "en", args: Mapping[str, Any] | Iterable[tuple[str, Any]] = ()) -> str:
    """The message `key` in `lang`, filled with `args` (unknown keys give the key itself)."""
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry["en"]
    # Only the arguments the template shows are put into words: a message about a plan is given
    # the names of all ~30 plan keys (`k_after`, ...) and shows one or two of them, so the
    # template's names are looked up in the arguments (not the arguments copied and gone over).
    given = args if type(args) is dict else dict(args)
    values = {name: _localize(name, given[name], lang) for name in _shown_names(template) if name in given}
    for name, value in values.items():
        if isinstance(value, str) and f"({{{name}}})" in template and ("(" in value or ")" in value):
            # a title in brackets that has brackets itself: the inner ones become square ones,
            # as Dutch and English typography write them ("(Raadsvoorstel [met bijlagen])")
            values[name] = value.replace("(", "[").replace(")", "]")
    return template.format_map(_Values(values))


@lru_cache(maxsize=None)  # one entry per template of the catalogue
def _shown_names(template: str) -> tuple[str, ...]:
    """The argument names a template fills in, each once, in the order written: `{role}`,
    `{steps[0]}`, `{count:>3}` -> role, steps, count."""
    names = (name.partition(".")[0].partition("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name)
    return tuple(dict.fromkeys(names))


class _Values(dict):
    """Arguments of a message. A plan key it names (`{k_after}`) and nobody filled in is shown by
    its English name, as a plan with English keys writes it (`plan.key_names.key_args` fills in
    the plan's own names where the plan is known)."""

    def __missing__(self, name: str) -> str:
        if name.startswith("k_"):
            return name[2:]
        raise KeyError(name)


def counted(key: str, count: int, lang: str = "en", args: Mapping[str, Any] | Iterable[tuple[str, Any]] = ()) -> str:
    """`key` for a count, with `count` among the arguments: the variant `key.one` when the count is 1
    and the catalogue has one ("1 regel", "2 regels": a number and its noun agree)."""
    values = {**dict(args), "count": count}
    one = f"{key}.one"
    return text(one if count == 1 and one in CATALOGUE else key, lang, values)


def placeholders(template: str) -> set[str]:
    """The names a template fills in (for the catalogue test)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# -- the language of an answer ----------------------------------------------------------------

#: The language a command was told to answer in (`--lang`), for the texts whose input language it
#: overrides and the errors raised before any input was read. None: every text follows its input.
_CHOSEN: ContextVar[str | None] = ContextVar("procesregels_answer_lang", default=None)


def answer_lang(input_lang: str | None = None) -> str:
    """The language to answer an input in: the one `--lang` chose, else the input's own
    (a Dutch ruleset gets Dutch errors), else English."""
    return _CHOSEN.get() or input_lang or "en"


@contextmanager
def answering_in(lang: str | None) -> Iterator[None]:
    """Within the block every message follows `lang` (None: each follows its input)."""
    marker = _CHOSEN.set(lang)
    try:
        yield
    finally:
        _CHOSEN.reset(marker)
