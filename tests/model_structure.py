"""`structure`: everything a pydantic model holds, for tests that compare models built two ways."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


def structure(value: Any) -> Any:
    """Every field (excluded ones too) and private attribute, with the type of every value and
    which fields count as set, so that a list where a tuple belongs, or a default set explicitly,
    shows."""
    if isinstance(value, BaseModel):
        fields = {name: structure(getattr(value, name)) for name in type(value).model_fields}
        private = structure(value.__pydantic_private__ or {})
        return type(value).__name__, sorted(value.model_fields_set), fields, private
    if isinstance(value, (set, frozenset)):
        return type(value).__name__, sorted(repr(structure(v)) for v in value)
    if isinstance(value, (tuple, list)):
        return type(value).__name__, [structure(v) for v in value]
    if isinstance(value, dict):
        return type(value).__name__, [(structure(k), structure(v)) for k, v in value.items()]
    return type(value).__name__, value
