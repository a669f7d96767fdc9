"""Every corpus of invented returns, by the name ``bench/accuracy.py --set`` takes: one place
to add a corpus (the tests check that their returns are apart from one another)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import tests.variants as main
from tests.variants import (
    Built,
    holdout,
    holdout2,
    holdout3,
    holdout4,
    holdout5,
    holdout6,
    holdout7,
    holdout8,
    holdout9,
    holdout10,
    holdout11,
    holdout12,
    holdout13,
    holdout14,
    holdout15,
    holdout16,
    holdout17,
    holdout18,
    holdout19,
    holdout20,
    holdout21,
    holdout22,
    holdout23,
    holdout24,
    holdout25,
    holdout26,
    holdout27,
    holdout28,
    holdout29,
    holdout30,
    holdout31,
    holdout32,
    holdout33,
    holdout34,
    holdout35,
    holdout36,
    holdout37,
    holdout38,
    holdout39,
    holdout40,
    holdout41,
    holdout42,
    holdout43,
    holdout44,
    holdout45,
    holdout46,
    holdout47,
    holdout48,
    holdout49,
    holdout50,
    holdout51,
    holdout52,
    holdout53,
    holdout54,
    holdout55,
    holdout58,
)
from tests.variants.kit import Variant

CORPORA: dict[str, ModuleType] = {
    "main": main,
    "holdout": holdout,
    "holdout2": holdout2,
    "holdout3": holdout3,
    "holdout4": holdout4,
    "holdout5": holdout5,
    "holdout6": holdout6,
    "holdout7": holdout7,
    "holdout8": holdout8,
    "holdout9": holdout9,
    "holdout10": holdout10,
    "holdout11": holdout11,
    "holdout12": holdout12,
    "holdout13": holdout13,
    "holdout14": holdout14,
    "holdout15": holdout15,
    "holdout16": holdout16,
    "holdout17": holdout17,
    "holdout18": holdout18,
    "holdout19": holdout19,
    "holdout20": holdout20,
    "holdout21": holdout21,
    "holdout22": holdout22,
    "holdout23": holdout23,
    "holdout24": holdout24,
    "holdout25": holdout25,
    "holdout26": holdout26,
    "holdout27": holdout27,
    "holdout28": holdout28,
    "holdout29": holdout29,
    "holdout30": holdout30,
    "holdout31": holdout31,
    "holdout32": holdout32,
    "holdout33": holdout33,
    "holdout34": holdout34,
    "holdout35": holdout35,
    "holdout36": holdout36,
    "holdout37": holdout37,
    "holdout38": holdout38,
    "holdout39": holdout39,
    "holdout40": holdout40,
    "holdout41": holdout41,
    "holdout42": holdout42,
    "holdout43": holdout43,
    "holdout44": holdout44,
    "holdout45": holdout45,
    "holdout46": holdout46,
    "holdout47": holdout47,
    "holdout48": holdout48,
    "holdout49": holdout49,
    "holdout50": holdout50,
    "holdout51": holdout51,
    "holdout52": holdout52,
    "holdout53": holdout53,
    "holdout54": holdout54,
    "holdout55": holdout55,
    "holdout58": holdout58,
}


def builder(name: str) -> Callable[[Path], list[Built]]:
    """The function that writes the returns of corpus ``name`` into a folder."""
    build: Callable[[Path], list[Built]] = CORPORA[name].build_all
    return build


def variants(name: str) -> list[Variant]:
    """The returns of corpus ``name``."""
    found: list[Variant] = CORPORA[name].variants()
    return found
