"""The held-out returns' own registry, apart from the main corpus (``kit.REGISTRY``), so that
the main set and ``bench/accuracy.py`` without ``--set holdout`` stay as they were."""

from __future__ import annotations

from tests.variants.kit import Variant, registrar

HOLDOUT: list[Variant] = []
variant = registrar(HOLDOUT)
