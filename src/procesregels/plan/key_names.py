"""The names of the plan keys in both languages (docs/spec/PLAN.md, version 2), and the arguments
that let a message quote a key the way the plan writes it.

A message about a plan names its keys through placeholders `{k_after}`, `{k_actors}`, ...: filled
with `na`, `actoren`, ... for a plan written with Dutch keys and with `after`, `actors`, ... for
one written with English keys, whatever the language of the message. (Kept apart from `keys`,
which reads the source tree, so that the tree's own error messages can use it.)
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping

#: Per kind of mapping: English key -> Dutch key (only where the two differ or both exist).
DUTCH: dict[str, dict[str, str]] = {
    "plan": {
        "plan": "plan", "municipality": "gemeente", "description": "beschrijving", "attributes": "kenmerken",
        "actors": "actoren", "steps": "stappen", "choices": "keuzes", "waivers": "afwijkingen",
        "order": "volgorde",
    },
    "actor": {"role": "rol", "name": "naam"},
    "step": {
        "id": "id", "title": "titel", "description": "beschrijving", "kind": "soort", "owner": "eigenaar",
        "participants": "deelnemers", "phase": "fase", "date": "datum", "start": "begin", "end": "eind",
        "duration": "duur", "after": "na", "optional": "optioneel",
    },
    "choice": {"id": "id", "options": "opties"},
    "waiver": {"rule": "regel", "reason": "reden"},
}


@lru_cache(maxsize=None)  # one per language of keys; a report asks for it with every message
def key_args(key_lang: str) -> Mapping[str, str]:
    """`{"k_after": "na", "k_actors": "actoren", ...}` for a plan with Dutch keys; the English
    names for any other plan. Shared: read it, do not change it."""
    return {f"k_{english}": (dutch if key_lang == "nl" else english)
            for keys in DUTCH.values() for english, dutch in keys.items()}
