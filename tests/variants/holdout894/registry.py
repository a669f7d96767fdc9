"""The 894th held-out corpus's own registry, apart from the main corpus (``kit.REGISTRY``) and
the other held-out sets, so that ``bench/accuracy.py`` without ``--set holdout894`` stays as it
was."""

from __future__ import annotations

from tests.variants.kit import Variant, registrar

HOLDOUT894: list[Variant] = []
variant = registrar(HOLDOUT894)
