"""The second held-out corpus's own registry, apart from the main corpus (``kit.REGISTRY``) and
the first held-out set, so that ``bench/accuracy.py`` without ``--set holdout2`` stays as it was."""

from __future__ import annotations

from tests.variants.kit import Variant, registrar

HOLDOUT2: list[Variant] = []
variant = registrar(HOLDOUT2)
