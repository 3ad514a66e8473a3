"""``quick_init``: the same instances as a frozen dataclass's own ``__init__``, made faster."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from factcheck.frozen import quick_init
from factcheck.model import Finding, Severity, Verdict
from factcheck.names import Mention


@dataclasses.dataclass(frozen=True)
class _Plain:
    a: str
    b: int = 2
    c: tuple[int, ...] = ()


@quick_init
@dataclasses.dataclass(frozen=True)
class _Quick:
    a: str
    b: int = 2
    c: tuple[int, ...] = ()


def test_same_fields_defaults_and_arguments() -> None:
    for args, kwargs in [(("x",), {}), (("x", 5), {}), (("x",), {"c": (1,)}), ((), {"a": "y", "b": 0, "c": ()})]:
        plain, quick = _Plain(*args, **kwargs), _Quick(*args, **kwargs)  # type: ignore[arg-type]
        assert list(vars(quick).items()) == list(vars(plain).items())
    with pytest.raises(TypeError):
        _Quick()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Quick("x", 1, (), 4)  # type: ignore[call-arg]


def test_still_frozen_hashable_replaceable_and_picklable() -> None:
    m = Mention("e1", 3, 7, True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 4  # type: ignore[misc]
    assert m == Mention("e1", 3, 7, True) and hash(m) == hash(Mention("e1", 3, 7, True))
    assert dataclasses.replace(m, end=9) == Mention("e1", 3, 9, True)
    assert pickle.loads(pickle.dumps(m)) == m


def test_finding_keeps_its_defaults() -> None:
    f = Finding("a.txt", "c", "quote", Verdict.SUPPORTED, Severity.ERROR, "e", "f", 1, 2, "ev", "msg")
    assert (f.notes, f.confidence, f.also_at, f.suppressed, f.path) == ((), 1.0, (), None, "")


def test_refuses_what_it_does_not_support() -> None:
    @dataclasses.dataclass
    class Mutable:
        a: int

    @dataclasses.dataclass(frozen=True)
    class Factory:
        a: list[int] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True)
    class Post:
        a: int

        def __post_init__(self) -> None:
            pass

    for cls in (Mutable, Factory, Post):
        with pytest.raises(TypeError):
            quick_init(cls)
