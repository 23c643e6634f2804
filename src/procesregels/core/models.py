"""Pydantic models built from values a reader made itself, already of their field types.

`BaseModel.model_construct` skips the validators but still goes over every field of the model for
each instance: its aliases, whether it was given, and for each field not given its default (for a
`default_factory` pydantic inspects the factory's signature each time). The ruleset reader builds
~150 models per 50-rule file and the plan reader one per step; that loop was most of their cost.
`construct` makes the same instance (the same `__dict__` in field order, fields set, no extra, no
private values) from a layout of the model's defaults read once. A model with anything more
(private attributes, `model_post_init`, aliases, extra fields allowed, a root model, a default that
is not a constant) is left to `model_construct`. A test compares both for every model they build.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

#: Defaults that are never changed in place, so one object serves every instance (as in pydantic).
_CONSTANT = (type(None), bool, int, float, str)

if TYPE_CHECKING:  # (types only: a NamedTuple or an alias here cost 0.1-0.2 ms on every run)
    from collections.abc import Callable

    #: A model's fields in order with their constant defaults (None where the field is required or
    #: has a factory), its default factories, and its required fields.
    _Layout = tuple[dict[str, Any], tuple[tuple[str, Callable[[], Any]], ...], frozenset[str]]


#: Per model: its layout, or None when `model_construct` must build it.
_LAYOUTS: dict[type, _Layout | None] = {}
_set = object.__setattr__


def construct(model: type[M], values: dict[str, Any]) -> M:
    """`model.model_construct(**values)`: `values` are fields of `model`, each of its field's type."""
    layout = _LAYOUTS[model] if model in _LAYOUTS else _layout(model)
    if layout is None or not layout[2] <= values.keys():
        return model.model_construct(**values)
    fields = dict(layout[0])
    for name, factory in layout[1]:
        if name not in values:
            fields[name] = factory()  # a new `{}` for each instance
    fields.update(values)  # the given values take the places of their fields: field order stays
    instance = model.__new__(model)
    _set(instance, "__dict__", fields)
    _set(instance, "__pydantic_fields_set__", set(values))
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance


def _layout(model: type[BaseModel]) -> _Layout | None:
    _LAYOUTS[model] = None
    if (model.__pydantic_root_model__ or model.__pydantic_post_init__ is not None or model.__private_attributes__
            or model.model_config.get("extra") == "allow"):
        return None
    fields: dict[str, Any] = {}
    factories: list[tuple[str, Callable[[], Any]]] = []
    for name, field in model.model_fields.items():
        fields[name] = None
        if field.alias is not None or field.validation_alias is not None:
            return None
        if field.is_required():
            continue
        factory = field.default_factory
        if factory is not None:
            if getattr(field, "default_factory_takes_data", False):
                return None
            factories.append((name, cast("Callable[[], Any]", factory)))
        elif _is_constant(field.default):
            fields[name] = field.default
        else:
            return None
    required = frozenset(name for name, field in model.model_fields.items() if field.is_required())
    layout = _LAYOUTS[model] = (fields, tuple(factories), required)
    return layout


def _is_constant(value: Any) -> bool:
    if type(value) in (tuple, frozenset):
        return all(_is_constant(item) for item in value)
    return type(value) in _CONSTANT
