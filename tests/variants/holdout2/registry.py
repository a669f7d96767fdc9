"""The second held-out corpus's own registry, apart from the main corpus (``kit.REGISTRY``) and
the first held-out set, so that ``bench/accuracy.py`` without ``--set holdout2`` stays as it was."""

from __future__ import annotations

from collections.abc import Callable

from tests.variants.kit import Book, Variant

HOLDOUT2: list[Variant] = []


def variant(name: str, items: tuple[int, ...], layout: str) -> Callable[
        [Callable[[], Book]], Callable[[], Book]]:  # fmt: skip
    """Register a builder of one return of the second held-out set."""

    def wrap(fn: Callable[[], Book]) -> Callable[[], Book]:
        assert all(v.name != name for v in HOLDOUT2), name
        HOLDOUT2.append(Variant(name, items, layout, fn))
        return fn

    return wrap
