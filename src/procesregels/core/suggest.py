"""The nearest known names to a misspelt one: the "did you mean" of every message.

One place for the measure of "near" (difflib's ratio, at least 0.6 unless a caller needs
stricter), and difflib is imported only when a name is unknown: a run without mistakes never
loads it.
"""

from __future__ import annotations

from typing import Iterable


def close_matches(word: str, known: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Up to `n` of `known` most like `word`, best first (difflib.get_close_matches)."""
    import difflib

    return difflib.get_close_matches(word, list(known), n=n, cutoff=cutoff)
