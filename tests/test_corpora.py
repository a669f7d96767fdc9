"""The corpora of invented returns are apart from one another: no return is in two of them (a
held-out corpus measures goalbook on returns it was not tuned on)."""

from __future__ import annotations

import itertools

from tests.variants.corpora import CORPORA, variants


def test_every_corpus_is_apart_from_every_other() -> None:
    names = {corpus: {v.name for v in variants(corpus)} for corpus in CORPORA}
    assert all(names.values())
    for a, b in itertools.combinations(CORPORA, 2):
        assert not names[a] & names[b], f"{a} and {b} share returns"
