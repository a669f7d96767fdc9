"""The third held-out corpus's own registry, apart from the main corpus (``kit.REGISTRY``) and
the other held-out sets, so that ``bench/accuracy.py`` without ``--set holdout3`` stays as it
was."""

from __future__ import annotations

from collections.abc import Callable

from tests.variants.kit import Book, Variant

HOLDOUT3: list[Variant] = []


def variant(name: str, items: tuple[int, ...], layout: str) -> Callable[
        [Callable[[], Book]], Callable[[], Book]]:  # fmt: skip
    """Register a builder of one return of the third held-out set."""

    def wrap(fn: Callable[[], Book]) -> Callable[[], Book]:
        assert all(v.name != name for v in HOLDOUT3), name
        HOLDOUT3.append(Variant(name, items, layout, fn))
        return fn

    return wrap
