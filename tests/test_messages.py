"""Every message and hint reads correctly for every value it can receive.

No text quotes an empty name, a missing tier or offers an empty list: every text of the
catalogue rendered with the parameters of real hits, with those that can be empty emptied (an
indicator without a name, a row without tiers, a tier-1 without choices), and with edge values
(very long, text where a number is expected, a number where text is expected). No message
contradicts itself (the same value on both sides of 不一致), a quoted text that is cut ends
with …, and an English message holds no Chinese outside what it quotes from the return."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import string
from pathlib import Path

import pytest

from goalbook import wording
from goalbook.catalogue import RULES
from goalbook.check import CheckOptions, check_file
from goalbook.model import GoalTable
from goalbook.reader import read_table
from goalbook.rules import FAMILIES, context
from goalbook.wording import AS_WRITTEN, DERIVED, LABEL_AS_WRITTEN, WORDINGS, render
from tests.returns import Return
from tests.test_catalogue import tables  # noqa: F401 (a fixture: a table for every code)
from tests.variants import build_all

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# What a text must never show: an empty or unknown quoted name, an empty example list.
BAD = re.compile(r"“”|“\?”|''|'\?'|\"\"|（如 ）|（）|\(\)|\( \)|：$|: $")
# Parameters that can be empty in a real hit: an indicator's name and the tiers of its row, a
# suggestion not made; for F102 and F104 the tier-1 of a row that has none and the choices
# under it (F103 offers the framework's tier-1s, F105 is about a row that has a tier-1).
CAN_BE_EMPTY = ("name", "tiers", "suggest")
# …and these, of these rules: T105's rename example for a value that is not a count, D103's
# operators when both agree, Y103's project period when there is none, Y102's field label for
# a date target of an indicator (and its name, for an indicator without one).
ALSO_EMPTY = {
    "F102": ("tier1", "choices"),
    "F104": ("tier1", "choices"),
    "T105": ("renamed", "number", "unit"),
    "D103": ("ops",),
    "Y103": ("span",),
    "Y102": ("label",),
}


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


# --- edge values ---------------------------------------------------------------------------

EDGES = {
    "very long": "很长的说明文字" * 40,
    "text where a number is expected": "良好",
    "a number where text is expected": "12345",
    "latin": "abc",
}


def _placeholders(code: str) -> set[str]:
    """Every parameter a text of ``code`` (its own or a wording's) may ask for."""
    rule = RULES[code]
    texts = [rule.zh, rule.en, rule.hint_zh, rule.hint_en]
    for each in WORDINGS.get(code, ()):
        texts += [t for t in (each.zh, each.en, each.hint_zh, each.hint_en) if t]
    fields = {f for text in texts for _lit, f, _spec, _conv in string.Formatter().parse(text) if f}
    return fields - DERIVED


def _missing(self: dict[str, str], key: str) -> str:
    raise KeyError(key)


@pytest.mark.parametrize("code", sorted(RULES))
@pytest.mark.parametrize("edge", sorted(EDGES))
def test_every_text_reads_with_edge_values(
    code: str, edge: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every placeholder given the edge value (and the row of an unnamed indicator): nothing
    is missing (no "?"), nothing is left unformatted, no empty quote or list appears."""
    monkeypatch.setattr(wording._Params, "__missing__", _missing)
    params = dict.fromkeys(_placeholders(code), EDGES[edge]) | {"row": "12", "tiers": ""}
    for lang in ("zh", "en"):
        for text in render(code, lang, params):
            assert not _bad(text) and "{" not in text and "}" not in text, text


# --- no contradiction ----------------------------------------------------------------------

# The parameters a message says disagree: a rule never gives both the same value.
DIFFER = {
    "Y101": ("a", "b"),
    "Y103": ("found", "year"),
    "T110": ("in_name", "value"),
    "T112": ("value_unit", "column_unit"),
    "D102": ("value", "other_value"),
    "D203": ("period", "annual"),
    "B109": ("annual", "total"),
    "B102": ("sum", "total"),
    "W101": ("sum", "expected"),
    "W103": ("declared", "sum"),
}


def test_no_message_has_the_same_value_on_both_sides_of_a_disagreement(
    real_params: dict[str, list[dict[str, str]]],
) -> None:
    same = [
        f"{code}: {params}"
        for code, (a, b) in DIFFER.items()
        for params in real_params.get(code, [])
        if params[a] == params[b] or params[b] in params[a].split("、")
    ]
    assert same == []


def _codes(tmp_path: Path, ret: Return, lang: str = "zh") -> list[tuple[str, str, str]]:
    result, _ = check_file(ret.write(tmp_path / "r.xlsx"), CheckOptions(lang=lang))
    return [(f.code, f.message, f.hint) for f in result.findings]


def test_a_year_of_the_project_period_or_the_budget_year_is_no_other_year(
    tmp_path: Path,
) -> None:
    """A project period that does not hold the budget year (2024–2025, budget 2026): the
    budget year and the period's years in the text are fine, another year is reported with
    both what it was compared with."""
    ret = Return()
    ret.fields["计划开始日期"] = dt.datetime(2024, 1, 1)
    ret.fields["计划完成日期"] = dt.datetime(2025, 12, 31)
    ret.fields["年度目标"] = "2026年建成6个驿站，延续2024年的做法。"
    assert [m for c, m, _h in _codes(tmp_path, ret) if c == "Y103"] == []
    ret.fields["年度目标"] = "2026年建成6个驿站，沿用2022年的做法。"
    (message,) = [m for c, m, _h in _codes(tmp_path, ret) if c == "Y103"]
    assert "2022 年" in message and "2026" in message and "2024–2025" in message


def test_the_rename_hint_is_given_for_a_count_only(tmp_path: Path) -> None:
    ret = Return()
    ret.row("驿站验收合格率")[3:7] = ["定性", "持平", "持平", ""]
    ret.rows.append(["产出指标", "质量指标", "驿站建设完成率", "≥", 6, 6, "个", "正向", None])
    hints = {m.split("”")[0]: h for c, m, h in _codes(tmp_path, ret) if c == "T105"}
    assert hints["“驿站验收合格率"] == "请填写百分比（如 ≥95%）"
    assert "驿站建设≥6个" in hints["“驿站建设完成率"]


def test_the_operator_hint_only_when_the_operators_differ(tmp_path: Path) -> None:
    ret = Return()
    ret.rows.append(["产出指标", "质量指标", "驿站建设验收合格率", ">", 95, 95, "%", "正向", None])
    ret.rows.append(
        ["产出指标", "时效指标", "驿站建设任务完成的及时率", "≥", 95, 95, "%", "", None]
    )
    hints = {m.split("”")[0]: h for c, m, h in _codes(tmp_path, ret) if c == "D103"}
    assert "统一比较符（> 或 ≥）" in hints["“驿站建设验收合格率"]
    assert "比较符" not in hints["“驿站建设任务完成的及时率"]


# --- cut quotes ----------------------------------------------------------------------------

LONG_PLAN = "第一阶段完成选址、装修与设备采购，第二阶段组织入住与运营，" * 3


def test_every_cut_quote_says_so_with_an_ellipsis(tmp_path: Path) -> None:
    ret = Return()
    ret.row("驿站运营管理制度")[4:6] = [LONG_PLAN, LONG_PLAN]
    ret.fields["中期其他资金"] = "二十万元（其中" + LONG_PLAN + "）"
    ret.fields["中期目标"] = LONG_PLAN + "XX" + LONG_PLAN + "<span>" + LONG_PLAN
    ret.fields["年度目标"] = LONG_PLAN + "建设青年人才驿站数量达到8个，" + LONG_PLAN
    table = read_table(ret.write(tmp_path / "r.xlsx"))
    params = {h.code: h.params for f in FAMILIES for h in f.run(context(table))}
    assert params["T102"]["value"].endswith("…")
    assert params["B108"]["value"].endswith("…")
    text = params["X101"]["text"]
    assert text.startswith("…") and text.endswith("…") and "XX" in text
    quote = params["D104"]["quote"]
    assert quote.startswith("…") and quote.endswith("…") and "8个" in quote


# --- English ---------------------------------------------------------------------------------

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
# A quoted word in an English text: '三级指标' (not the apostrophe of "last year's").
QUOTED = re.compile(r"(?<![A-Za-z])'[^']*'(?![A-Za-z])")


@pytest.mark.parametrize("code", sorted(RULES))
def test_english_texts_of_the_catalogue_quote_every_chinese_word(code: str) -> None:
    """A Chinese word an English text needs (a column header, a unit the return uses) is
    quoted, as the return's own words are."""
    rule = RULES[code]
    texts = [rule.en, rule.hint_en]
    texts += [t for w in WORDINGS.get(code, ()) for t in (w.en, w.hint_en) if t]
    assert [t for t in texts if CJK.search(QUOTED.sub("", t))] == []


def _own_words(code: str, params: dict[str, str]) -> dict[str, str]:
    """The parameters with what the return says as written replaced by a stand-in, and any
    quoted tier name inside goalbook's own words (did you mean '产出指标'?) emptied."""
    out = {}
    for key, value in params.items():
        if key in AS_WRITTEN or (key == "label" and code in LABEL_AS_WRITTEN):
            out[key] = "X" if value else ""
        else:
            out[key] = QUOTED.sub("'X'", value)
    return out


def test_english_messages_hold_no_chinese_outside_what_they_quote(
    tables: list[tuple[str, GoalTable]],  # noqa: F811 (the fixture imported above)
) -> None:
    problems = set()
    for path, table in tables:
        hits = [(n.code, dict(n.detail)) for n in table.notes]
        hits += [
            (h.code, dict(h.params)) for f in FAMILIES for h in f.run(context(table, lang="en"))
        ]
        for code, params in hits:
            for text in render(code, "en", _own_words(code, params)):
                if CJK.search(QUOTED.sub("", text)):  # the catalogue's own quoted words
                    problems.add(f"{Path(path).name} {code}: {text}")
    assert not problems, "\n".join(sorted(problems))


def test_a_line_break_in_a_quoted_text_leaves_the_message_on_one_line() -> None:
    """A PDF's line break inside a name (竣工验收\\n合格率): none between Chinese characters, a
    space between other words."""
    message, _hint = render("T101", "zh", {"name": "竣工验收\n合格率"})
    assert "“竣工验收合格率”" in message and "\n" not in message
    message, _hint = render("T101", "en", {"name": "GIS\nplatform"})
    assert "'GIS platform'" in message


def test_a_name_with_its_own_quotes_nests_them_as_chinese_does() -> None:
    """“两品一标”认证数 quoted in a message reads “‘两品一标’认证数”, not ““两品一标”认证数”;
    English keeps the name as written; a value not quoted by the text is left as it is."""
    message, _hint = render("T101", "zh", {"name": "“两品一标”认证数"})
    assert message.startswith("“‘两品一标’认证数”") and "““" not in message
    message, _hint = render("T101", "en", {"name": "“两品一标”认证数"})
    assert "'“两品一标”认证数'" in message
    quoted = {"name": "满意度", "value": "“良好”"}
    message, _hint = render("T102", "zh", quoted)
    assert message.endswith("：“良好”")
