"""A small record type for the values the ruleset reader passes between its stages.

It gives what `@dataclass(frozen=True)` gave these classes (keyword or positional construction,
equality and hash by value, a readable repr) without generating code when the module is imported:
on Python 3.11 each frozen dataclass costs about half a millisecond to define (its methods are
compiled with `exec`), and six of them were on the path of every `lint` that reads a ruleset file.
Its instances are not changed after construction (nothing assigns to them); unlike a frozen
dataclass this is not enforced, which also keeps construction cheap (a frozen dataclass sets
each field through `object.__setattr__`).
"""

from __future__ import annotations

from typing import Any


class Record:
    """Subclasses name their fields in `__slots__` and set them in `__init__`."""

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"
