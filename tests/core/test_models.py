"""`core.models.construct` makes exactly the instance `model_construct` makes, for every model of
the rule and plan models, and uses its quick layout for the models the readers build most."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from procesregels.core import models
from procesregels.plan import model as plan_model
from procesregels.ruleset import model as rule_model

MODELS = sorted({value for module in (rule_model, plan_model) for value in vars(module).values()
                 if isinstance(value, type) and issubclass(value, BaseModel) and value.model_fields},
                key=lambda cls: cls.__name__)
#: Built once per step, rule or phrase of a file: these must not fall back to `model_construct`.
QUICK = [cls for cls in MODELS if issubclass(cls, rule_model._Value)] + [
    plan_model.Step, plan_model.Actor, plan_model.Choice, plan_model.Waiver]


def _held(instance: BaseModel) -> tuple:
    """Everything an instance holds, values compared by identity (a shared default shows)."""
    return ([(name, id(value)) for name, value in vars(instance).items()], instance.model_fields_set,
            instance.__pydantic_extra__, instance.__pydantic_private__)


def _equal_but_own(a: BaseModel, b: BaseModel) -> None:
    """Equal instances whose mutable defaults (a `{}` from a factory) are not shared."""
    assert list(vars(a)) == list(vars(b)) and vars(a) == vars(b)
    assert a.model_fields_set == b.model_fields_set
    assert a.__pydantic_extra__ == b.__pydantic_extra__ and a.__pydantic_private__ == b.__pydantic_private__
    for name, value in vars(a).items():
        if isinstance(value, (dict, list, set)):
            assert value is not vars(b)[name], name


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: cls.__name__)
def test_construct_gives_what_model_construct_gives(cls: type[BaseModel]) -> None:
    required = {name: object() for name, field in cls.model_fields.items() if field.is_required()}
    every = {**required, **{name: object() for name in cls.model_fields if name not in required}}
    for values in (required, every):
        built = models.construct(cls, dict(values))
        assert type(built) is cls
        same = cls.model_construct(**values)
        if values is every:  # every value given: nothing to share or to make, identical
            assert _held(built) == _held(same)
        else:
            _equal_but_own(built, same)
            for name, value in values.items():
                assert vars(built)[name] is value


@pytest.mark.parametrize("cls", QUICK, ids=lambda cls: cls.__name__)
def test_the_models_built_most_take_the_quick_way(cls: type[BaseModel]) -> None:
    models._LAYOUTS.pop(cls, None)
    assert models._layout(cls) is not None


def test_a_factory_default_is_new_for_every_instance() -> None:
    first = models.construct(plan_model.Step, {"id": "a", "kind": "meeting"})
    second = models.construct(plan_model.Step, {"id": "b", "kind": "meeting"})
    assert first.participants == {} and first.participants is not second.participants


def test_a_model_missing_a_required_field_is_left_to_model_construct() -> None:
    built = models.construct(plan_model.Step, {"kind": "meeting"})
    assert "id" not in vars(built) and vars(built) == vars(plan_model.Step.model_construct(kind="meeting"))
