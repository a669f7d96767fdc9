"""The 32nd held-out corpus's own registry, apart from the main corpus (``kit.REGISTRY``) and
the other held-out sets."""

from __future__ import annotations

from tests.variants.kit import Variant, registrar

HOLDOUT32: list[Variant] = []
variant = registrar(HOLDOUT32)
