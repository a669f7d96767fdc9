"""No message or hint quotes an empty name, a missing tier or offers an empty list: every text
of the catalogue rendered with the parameters of real hits, and with those that can be empty
emptied (an indicator without a name, a row without tiers, a tier-1 without choices)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from goalbook.catalogue import DERIVED, RULES, render
from goalbook.check import CheckOptions, check_file
from goalbook.reader import read_table
from goalbook.rules import FAMILIES, context
from tests.variants import build_all

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# What a text must never show: an empty or unknown quoted name, an empty example list.
BAD = re.compile(r"“”|“\?”|''|'\?'|\"\"|（如 ）|（）|\(\)|\( \)|：$|: $")
# Parameters that can be empty in a real hit: an indicator's name and the tiers of its row, a
# suggestion not made; for F102 and F104 the tier-1 of a row that has none and the choices
# under it (F103 offers the framework's tier-1s, F105 is about a row that has a tier-1).
CAN_BE_EMPTY = ("name", "tiers", "suggest")
ALSO_EMPTY = {"F102": ("tier1", "choices"), "F104": ("tier1", "choices")}


def _bad(text: str) -> bool:
    return BAD.search(text) is not None


@pytest.fixture(scope="module")
def real_params(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, str]]]:
    """The parameters of every hit on the examples and the variant returns, by code."""
    folder = tmp_path_factory.mktemp("variants")
    paths = [b.path for b in build_all(folder)] + sorted(EXAMPLES.glob("*.xlsx"))
    found: dict[str, list[dict[str, str]]] = {}
    for path in paths:
        table = read_table(path)
        for note in table.notes:
            found.setdefault(note.code, []).append(dict(note.detail))
        ctx = context(table)
        for family in FAMILIES:
            for hit in family.run(ctx):
                found.setdefault(hit.code, []).append(dict(hit.params))
    return found


def _samples(code: str, real: dict[str, list[dict[str, str]]]) -> list[dict[str, str]]:
    """Real parameters of ``code`` (a few), or made-up ones where no return produced it."""
    have = real.get(code, [])[:5]
    if have:
        return have
    keys = RULES[code].placeholders - DERIVED
    return [{key: "示例" for key in keys}]


@pytest.mark.parametrize("code", sorted(RULES))
def test_no_text_quotes_an_empty_name_or_offers_an_empty_list(
    code: str, real_params: dict[str, list[dict[str, str]]]
) -> None:
    problems = []
    for params in _samples(code, real_params):
        empty = [key for key in (*CAN_BE_EMPTY, *ALSO_EMPTY.get(code, ())) if key in params]
        subsets = itertools.chain.from_iterable(
            itertools.combinations(empty, n) for n in range(len(empty) + 1)
        )
        for blank in subsets:
            given = {**params, **dict.fromkeys(blank, "")}
            if "name" in blank:  # the runner gives an unnamed indicator its row and tiers
                given |= {"row": "12", "tiers": "" if "tiers" in blank else "产出指标/数量指标"}
            for lang in ("zh", "en"):
                for text in render(code, lang, given):
                    if _bad(text.replace("{", "")):
                        problems.append(f"{lang} {sorted(blank)}: {text}")
    assert problems == []


def test_real_findings_of_the_variant_returns_quote_no_empty_name(tmp_path: Path) -> None:
    built = build_all(tmp_path)
    problems = []
    for b in built:
        for lang in ("zh", "en"):
            result, _ = check_file(b.path, CheckOptions(lang=lang))
            problems += [
                f"{b.variant.name} {f.code}: {f.message} | {f.hint}"
                for f in result.findings
                if BAD.search(f.message) or BAD.search(f.hint)
            ]
    assert problems == []
