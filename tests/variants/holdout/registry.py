"""The held-out returns' own registry, apart from the main corpus (``kit.REGISTRY``), so that
the main set and ``bench/accuracy.py`` without ``--set holdout`` stay as they were."""

from __future__ import annotations

from collections.abc import Callable

from tests.variants.kit import Book, Variant

HOLDOUT: list[Variant] = []


def variant(name: str, items: tuple[int, ...], layout: str) -> Callable[
        [Callable[[], Book]], Callable[[], Book]]:  # fmt: skip
    """Register a builder of one held-out return."""

    def wrap(fn: Callable[[], Book]) -> Callable[[], Book]:
        assert all(v.name != name for v in HOLDOUT), name
        HOLDOUT.append(Variant(name, items, layout, fn))
        return fn

    return wrap
