"""The one record type of the values on the path of a `lint`: spans, findings, reports, settings.

It gives what `@dataclass` gave these classes (keyword or positional construction, equality and
hash by value, ordering where asked, a readable repr, `replace`) without generating code when a
module is imported: on Python 3.11 each dataclass costs about 0.35 ms to define (its methods are
compiled with `exec`), and a lint defined nineteen of them. A `typing.NamedTuple` is cheap to
define too, but it is a tuple: equal to a plain tuple of the same values, iterable and indexable,
which a span or a finding must not be.

A subclass names its fields in `__slots__` and takes each as a parameter of the same name of a
typed `__init__` that sets it; the order of those parameters is the field order (of the repr, of
equality and ordering), mypy reads the constructor from that `__init__`, and `replace` calls it
with keywords.

Records are not changed after construction. Where a class promises that, its fields are declared
`Final` in the class body, so mypy refuses an assignment; it is not enforced while running,
because a `__setattr__` that refuses would make every `__init__` set its fields through
`object.__setattr__`, about three times the cost of a plain `__init__`, and spans are built for
every value of a plan.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, Callable, ClassVar, Protocol, TypeVar

R = TypeVar("R", bound="Record")


class _Key(Protocol):
    """The values of a record that equality, hash and ordering compare, as one tuple."""

    def __call__(self, record: Any, /) -> tuple[Any, ...]: ...


class Record:
    """Subclasses name their fields in `__slots__` and take and set them in `__init__`.

    Class keywords: `uncompared` fields are left out of equality, hash and ordering (as
    `field(compare=False)`), `unshown` fields out of the repr, and a `mutable` record is not
    hashable (as a dataclass that is not frozen).
    """

    __slots__: tuple[str, ...] = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _shown: ClassVar[tuple[str, ...]] = ()
    _key: ClassVar[_Key]

    def __init_subclass__(cls, *, uncompared: tuple[str, ...] = (), unshown: tuple[str, ...] = (),
                          mutable: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # The fields are the parameters of `__init__`, in their order (as a dataclass's fields),
        # and must be the slots: then `__slots__` may be written in any order.
        init = getattr(cls.__init__, "__code__", None)  # None: object's, in a base without fields
        cls._fields = init.co_varnames[1 : init.co_argcount + init.co_kwonlyargcount] if init else ()
        slots = {name for klass in cls.__mro__ for name in klass.__dict__.get("__slots__", ())}
        if set(cls._fields) != slots or not {*uncompared, *unshown} <= slots:
            raise TypeError(f"{cls.__name__}: the parameters of __init__ must be its __slots__, "
                            "and `uncompared` and `unshown` must name some of them")
        compared = tuple(name for name in cls._fields if name not in uncompared)
        # attrgetter of two or more names gives a tuple, at C speed; fewer names would not.
        if len(compared) >= 2:
            cls._key = attrgetter(*compared)
        else:
            cls._key = staticmethod(lambda record: tuple(getattr(record, name) for name in compared))
        cls._shown = tuple(name for name in cls._fields if name not in unshown)
        if mutable:
            cls.__hash__ = None  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._key(self) == self._key(other)

    def __hash__(self) -> int:
        return hash(self._key(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{type(self).__qualname__}({shown})"


class OrderedRecord(Record):
    """A record ordered by its compared fields in field order (as `@dataclass(order=True)`)."""

    __slots__ = ()

    def __lt__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._key(self) < self._key(other)

    def __le__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._key(self) <= self._key(other)

    def __gt__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._key(self) > self._key(other)

    def __ge__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._key(self) >= self._key(other)


def replace(record: R, **changes: Any) -> R:
    """A copy of `record` with the given fields changed (as `dataclasses.replace`)."""
    values = {name: getattr(record, name) for name in record._fields}
    unknown = changes.keys() - values.keys()
    if unknown:
        raise TypeError(f"{type(record).__name__} has no field {min(unknown)!r}")
    values.update(changes)
    build: Callable[..., R] = type(record)
    return build(**values)


def field_names(record: Record | type[Record]) -> tuple[str, ...]:
    """The names of a record's fields, in field order (as `dataclasses.fields`, names only)."""
    return record._fields
