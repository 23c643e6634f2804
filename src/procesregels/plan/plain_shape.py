"""The plan model of well-formed plan data, without pydantic's validators.

Building the validators of the plan models costs more, on first use, than a typical `lint`
spends checking (and loads pydantic's plugin machinery). Most plans are well formed: every value
already has exactly the type of its field (text, a list of texts, a date, true/false), so the
validators would return it unchanged. For such data `plain_plan` builds the models directly;
anything else (a number where text belongs, an unknown key, an empty id, a date with a time, a
date written wrongly) gives None, and the pydantic models check it and word every problem
(shape.py). A test proves that whenever this gives a plan, the validators give the same one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from procesregels.core.models import construct
from procesregels.plan.date_forms import read_date
from procesregels.plan.model import Actor, Choice, Plan, Step, Waiver

#: A field's reader: the value as the field holds it, or _NotPlain.
Reader = Callable[[Any], Any]


class _NotPlain(Exception):
    """The data needs the validators (a coercion, a default to apply, or an error to word)."""


def plain_plan(data: dict) -> Plan | None:
    """The Plan of `data` (keys in English, as shape.py gives it) when every value is already of
    its field's type; None when the validators must look at it."""
    try:
        return _model(Plan, data, _PLAN)
    except _NotPlain:
        return None


def _text(value: Any) -> str:
    if type(value) is not str:
        raise _NotPlain
    return value


def _name(value: Any) -> str:
    """Text of at least one character (the ids, `rule` and `reason`)."""
    if type(value) is not str or not value:
        raise _NotPlain
    return value


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _date(value: Any) -> dt.date | None:
    """What `model._iso_date` and pydantic's date give: a date as it is, a correctly written one
    as its date."""
    if value is None or type(value) is dt.date:
        return value
    if type(value) is str:
        read = read_date(value)
        if type(read) is dt.date:
            return read
    raise _NotPlain


def _flag(value: Any) -> bool:
    if type(value) is not bool:
        raise _NotPlain
    return value


def _texts(value: Any) -> tuple[str, ...]:
    if type(value) is not list and type(value) is not tuple:
        raise _NotPlain
    return tuple(_text(item) for item in value)


def _options(value: Any) -> tuple[tuple[str, ...], ...]:
    if (type(value) is not list and type(value) is not tuple) or not value:
        raise _NotPlain
    return tuple(_texts(option) for option in value)


def _text_map(value: Any) -> dict[str, str]:
    if type(value) is not dict:
        raise _NotPlain
    return {_text(key): _text(item) for key, item in value.items()}


def _attributes(value: Any) -> dict[str, Any]:
    if type(value) is not dict:
        raise _NotPlain
    return {_text(key): item for key, item in value.items()}  # any value, kept as it is


def _actors(value: Any) -> dict[str, Actor]:
    if type(value) is not dict:
        raise _NotPlain
    return {_text(key): _model(Actor, actor, _ACTOR) for key, actor in value.items()}


def _many(model: type, fields: dict[str, Reader]) -> Reader:
    def read(value: Any) -> tuple:
        if type(value) is not list and type(value) is not tuple:
            raise _NotPlain
        return tuple(_model(model, item, fields) for item in value)

    return read


def _model(model: Any, value: Any, fields: dict[str, Reader]) -> Any:
    """`model` of a mapping whose keys are all fields and whose required fields are all there."""
    if type(value) is not dict or not fields.keys() >= value.keys():
        raise _NotPlain
    required = _REQUIRED[model]
    if not value.keys() >= required:
        raise _NotPlain
    return construct(model, {key: fields[key](item) for key, item in value.items()})


_ACTOR: dict[str, Reader] = {"role": _text, "name": _optional_text}
_STEP: dict[str, Reader] = {
    "id": _name, "title": _optional_text, "description": _optional_text, "kind": _text, "owner": _optional_text,
    "participants": _text_map, "phase": _optional_text, "date": _date, "start": _date, "end": _date,
    "duration": _optional_text, "after": _texts, "optional": _flag,
}
_CHOICE: dict[str, Reader] = {"id": _name, "options": _options}
_WAIVER: dict[str, Reader] = {"rule": _name, "reason": _name}
_PLAN: dict[str, Reader] = {
    "plan": _text, "municipality": _optional_text, "description": _optional_text, "attributes": _attributes,
    "actors": _actors, "steps": _many(Step, _STEP), "choices": _many(Choice, _CHOICE),
    "waivers": _many(Waiver, _WAIVER), "order": _text,
}
#: The fields without a default, per model.
_REQUIRED = {
    model: {name for name, field in model.model_fields.items() if field.is_required()}
    for model in (Plan, Actor, Step, Choice, Waiver)
}
