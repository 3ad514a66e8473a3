"""A faster ``__init__`` for the frozen dataclasses made by the thousand per article.

A frozen dataclass's generated ``__init__`` sets each field through ``object.__setattr__``
(its own ``__setattr__`` refuses), which costs about twice a plain assignment: a four-field
mention takes 0.58 µs to make against 0.26 µs writing the instance's ``__dict__``. The checker
makes about 100,000 mentions, readings and findings per 2,000 benchmark articles.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """Replace a frozen dataclass's ``__init__`` with one that writes its fields to ``__dict__``.

    The instance is the same: the same fields in the same order in its ``__dict__``, the same
    positional and keyword arguments and defaults, still frozen once made. Only plain fields are
    supported (no ``default_factory``, ``init=False`` or keyword-only field, no ``__post_init__``,
    no ``__slots__``): anything else is refused here, when the class is defined.
    """
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen:
        raise TypeError(f"{cls.__name__}: quick_init is for frozen dataclasses")
    if hasattr(cls, "__post_init__") or "__slots__" in vars(cls):
        raise TypeError(f"{cls.__name__}: quick_init supports no __post_init__ and no __slots__")
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    namespace: dict[str, Any] = {}
    args, lines = [], []
    for f in fields:
        if (
            not f.init
            or f.kw_only
            or f.default_factory is not dataclasses.MISSING
            or f.name in ("self", "_d")
            or not f.name.isidentifier()
        ):
            raise TypeError(f"{cls.__name__}.{f.name}: quick_init supports only plain fields")
        if f.default is dataclasses.MISSING:
            args.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            args.append(f"{f.name}=_default_{f.name}")
        lines.append(f"    _d[{f.name!r}] = {f.name}")
    source = f"def __init__(self, {', '.join(args)}):\n    _d = self.__dict__\n" + "\n".join(lines or ["    pass"])
    exec(source, namespace)  # noqa: S102 - the source is built above from the field names only
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
