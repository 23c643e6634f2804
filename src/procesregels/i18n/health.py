"""Texts of the ruleset health warnings of `check` (comparison/health.py). Each follows the rule
id: `R3: can never apply: ...`."""

from __future__ import annotations

HEALTH_MESSAGES: dict[str, dict[str, str]] = {
    "check.never-applies": {
        "en": "can never apply: no plan can meet '{conditions}', which its condition requires",
        "nl": "is nooit van toepassing: geen enkel plan kan voldoen aan '{conditions}', en dat vraagt de voorwaarde",
    },
    "check.never-applies.values": {
        "en": " (a plan can only give {attribute} as {values})",
        "nl": " (een plan kan voor {attribute} alleen {values} opgeven)",
    },
    "check.implied.same": {
        "en": "says the same as {other} ('{title}'); one of the two can go",
        "nl": "zegt hetzelfde als {other} ('{title}'); een van beide kan weg",
    },
    "check.implied.stricter": {
        "en": "is already implied by {other} ('{title}'), which asks more: {why}",
        "nl": "volgt al uit {other} ('{title}'), die meer vraagt: {why}",
    },
    "check.implied.more": {
        "en": "is already implied by {other} ('{title}'), which asks this and more",
        "nl": "volgt al uit {other} ('{title}'), die dit en meer vraagt",
    },
}
