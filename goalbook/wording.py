"""How a rule's message is written for a hit: the catalogue's texts, or the wording that empty
parameters call for (an indicator without a name referred to by its row and tiers), with the
parameters that quote the return as written kept apart from goalbook's own words."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from goalbook.catalogue import RULES


@dataclass(frozen=True, slots=True)
class Wording:
    """Texts a rule uses instead of its own when its parameters ``when`` are all empty (None
    keeps the rule's own text): an indicator without a name is referred to by its row and
    tiers (``{where}``), a hint never offers an empty list or quotes a missing tier."""

    when: tuple[str, ...]
    zh: str | None = None
    en: str | None = None
    hint_zh: str | None = None
    hint_en: str | None = None


def _unnamed(zh: str, en: str, hint_zh: str | None = None, hint_en: str | None = None) -> Wording:
    return Wording(("name",), zh, en, hint_zh, hint_en)


# How a message refers to an indicator by place: its row and its tiers (those that are there).
WHERE = {
    "zh": ("第 {row} 行（{tiers}）", "第 {row} 行", "表中一行"),
    "en": ("row {row} ({tiers})", "row {row}", "a row of the table"),
}
# Parameters the catalogue composes itself: {where}, from {row} and {tiers}.
DERIVED = frozenset({"where"})
# Parameters that quote the return as written (names, values, units, tiers, texts) or the
# framework's tier names: they stay in the return's language in an English message. Every other
# parameter is goalbook's own words, taken in the message's language from vocabulary.MESSAGE_WORDS
# (tests/test_messages.py checks English messages for Chinese outside these).
AS_WRITTEN = frozenset({
    "name", "other", "value", "other_value", "quote", "text", "tag", "tier1", "tier2", "tiers",
    "owner", "choices", "in_name", "value_unit", "column_unit", "period", "annual", "standard",
    "share", "normal", "renamed", "unit", "units", "op", "labels", "name_unit",
})  # fmt: skip
# ``label`` is a field's label in the message's language, except in these, where it is a tier
# label or a label cell of the return, or a budget line's name.
LABEL_AS_WRITTEN = frozenset(
    {"F103", "F104", "F105", "F106", "F107", "F108", "S104", "X105", "X106"}
)

WORDINGS: dict[str, tuple[Wording, ...]] = {
    "S101": (_unnamed("本行单元格错位，已按内容重新对齐读取",
                      "Cells of this row sit in the wrong columns and were realigned by content"),),
    "F101": (_unnamed("{where}的指标缺少一级指标", "The indicator in {where} has no tier-1 indicator"),),
    # (applied in order, a later one over an earlier one: no tier-1 means no choices either)
    "F102": (_unnamed("{where}的指标缺少二级指标", "The indicator in {where} has no tier-2 indicator"),
             Wording(("choices",), hint_zh="请在“{tier1}”下选择二级指标",
                     hint_en="Choose a tier-2 under '{tier1}'"),
             Wording(("tier1",), hint_zh="请先选择一级指标，再在其下选择二级指标",
                     hint_en="Choose the tier-1 first, then a tier-2 under it")),
    "F104": (Wording(("tier1",), hint_zh="可选：{choices}{suggest}", hint_en="Allowed: {choices}{suggest}"),
             Wording(("choices",), hint_zh="请核对二级指标{suggest}", hint_en="Check the tier-2{suggest}")),
    "F201": (_unnamed("{where}的指标像是{expected}指标，却填在“{tier2}”下",
                      "The indicator in {where} reads as a {expected} indicator but sits under '{tier2}'"),),
    "F202": (_unnamed("{where}的指标另行评价，不应作为{tier1}填报（会重复计分）",
                      "The indicator in {where} is scored separately and should not be listed under {tier1}"),),
    "T101": (_unnamed("{where}的指标没有指标值", "The indicator in {where} has no target value"),),
    "T102": (_unnamed("{where}的指标值是一段说明，不是可考核的值：{value}",
                      "The target in {where} is a description, not a measurable value: {value}"),),
    "T103": (_unnamed("{where}的指标值 {value} 没有比较符", "The target {value} in {where} has no operator"),),
    "T117": (_unnamed("{where}是{direction}指标，指标值 {value} 没有比较符，会按“=”读成固定值",
                      "The {direction} indicator in {where} has the target {value} with no operator: read as exactly ="),),
    "T119": (_unnamed("{where}的指标值 {value} 与名称所写单位“{name_unit}”不符",
                      "The target {value} in {where} is not in the unit '{name_unit}' its name states"),),
    "T104": (_unnamed("{where}的指标值 {value} 没有计量单位", "The target {value} in {where} has no unit"),),
    "T105": (_unnamed("{where}是比率类指标，指标值却是“{value}”而不是百分比",
                      "The rate in {where} has the target '{value}', not a percentage",
                      "请填写百分比（如 ≥95%）", "Give a percentage (≥95%)"),
             # a grade, an amount or a time: no count to rename the indicator after
             Wording(("renamed",), hint_zh="请填写百分比（如 ≥95%）", hint_en="Give a percentage (≥95%)")),
    "T106": (_unnamed("{where}的指标值 {value} 超过 100% 上限",
                      "The target {value} in {where} exceeds the 100% ceiling"),),
    "T107": (_unnamed("{where}的指标写成 {value}，“=”表示恰好等于，通常应为 ≥",
                      "The target in {where} is written {value}; '=' means exactly, usually ≥ is meant"),),
    "T108": (_unnamed("{where}的指标是{direction}指标，比较符却是“{op}”",
                      "The indicator in {where} is a {direction} indicator but uses '{op}'"),),
    "T109": (_unnamed("{where}的指标声明为{declared}，指标值却是“{value}”",
                      "The indicator in {where} is declared {declared} but its target is '{value}'"),),
    "T110": (_unnamed("{where}的指标名中的 {in_name} 与指标值 {value} 不一致",
                      "The number {in_name} in the name in {where} contradicts the target {value}"),),
    "T113": (_unnamed("{where}是时间/期限类指标，指标值却是百分比 {value}",
                      "The deadline indicator in {where} has a percentage target {value}"),),
    "T120": (_unnamed("{where}是数量类指标，指标值却是百分比 {value}",
                      "The count in {where} has a percentage target {value}"),),
    "T115": (_unnamed("{where}的指标值 {value} 为 0：成本、金额或产出数量目标不能为 0（可能是单位过大被四舍五入，或漏填了数值）",
                      "The target {value} in {where} is 0: a cost, amount or output target cannot be 0 (rounded away in too large a unit, or the number left out?)"),),
    "T116": (_unnamed("{where}的指标值“{value}”写法有误：{problem}",
                      "The target '{value}' in {where} is garbled: {problem}"),
             # two operators that contradict each other: no reading to offer
             Wording(("normal",), hint_zh="请只保留一个比较符，写成“比较符+数值+单位”（如 ≥90%）",
                     hint_en="Keep one operator: operator + number + unit (≥90%)")),
    "D202": (_unnamed("多年期项目（{years}）中，{where}的指标年度指标值与实施期相同（{value}）",
                      "In a multi-year project ({years}) the annual target in {where} equals its period target ({value})"),),
    "B110": (_unnamed("{where}的金额 {value} 是应有数额的 {factor}：按{whole} {total} 应为 {expected}（疑似小数点丢失或单位写错）",
                      "The amount {value} in {where} is {factor} what it should be: {whole} {total} makes it {expected} (a lost decimal point or a wrong unit?)"),),
    "D101": (_unnamed("{where}的指标与第 {other_row} 行重复", "The indicator in {where} repeats row {other_row}"),),
    "D102": (_unnamed("{where}的指标与第 {other_row} 行的“{other}”是同一指标，指标值却不同（{value} / {other_value}）",
                      "The indicator in {where} and '{other}' (row {other_row}) are one indicator with different targets ({value} / {other_value})"),),
    # the same operator on both (or grades): nothing to unify but the indicator itself
    "D103": (_unnamed("{where}的指标与第 {other_row} 行的“{other}”几乎相同（{value} / {other_value}）",
                      "The indicator in {where} is nearly the same as '{other}' (row {other_row}) ({value} / {other_value})"),
             Wording(("ops",), hint_zh="请确认是否为同一指标；如是，请只保留一个",
                     hint_en="Keep one of them if they are one indicator")),
    "D104": (_unnamed("文字中写“{quote}”，{where}的指标却是 {value}",
                      "The text says '{quote}' but the indicator in {where} is {value}"),),
    "D201": (_unnamed("{where}的年度指标值 {annual} {beyond}实施期指标值 {period}",
                      "The annual target {annual} in {where} {beyond} the period target {period}"),),
    "D203": (_unnamed("{where}的实施期值 {period} 与年度值 {annual} 的写法不一致",
                      "The period target {period} and annual target {annual} in {where} are written differently"),),
    "B106": (_unnamed("{where}的指标写“{value}”，但预算比上年变化 {change}",
                      "The indicator in {where} says '{value}' but the budget changed by {change}"),),
    "B107": (_unnamed("{where}的标准 {standard} × {count} = {product}，超过{whole} {budget}",
                      "In {where}, {standard} × {count} = {product} exceeds the {whole} {budget}"),
             # a whole cost capped in money (惠民演出总成本 ≤75万元): no standard, no count
             Wording(("standard", "count"), "“{name}”的成本 {product} 超过项目资金 {budget}",
                     "The cost {product} of '{name}' exceeds the project's money {budget}")),
    # a year compared with the budget year alone (no project period, or one of that year only)
    "Y103": (Wording(("span",), "文字中出现 {found} 年，与预算年度 {year} 不一致",
                     "The text mentions {found}, not the budget year {year}"),),
    # a date target of an indicator (a header date has its field's label)
    "Y102": (Wording(("label",), "“{name}”的日期 {date} 不在{span}内",
                     "The date {date} of '{name}' lies outside {span}"),
             Wording(("label", "name"), "{where}的日期 {date} 不在{span}内",
                     "The date {date} in {where} lies outside {span}")),
    "W102": (_unnamed("部分指标填了权重，{where}的指标没有填",
                      "Some indicators have weights but the one in {where} has none"),),
    # (the P rules compare named indicators only; these keep the texts whole all the same)
    "P101": (_unnamed("{where}的指标值由上一版的 {other_value} 降为 {value}，预算却由 {prior} 增至 {budget}",
                      "The target in {where} was lowered from {other_value} to {value} while the budget rose from {prior} to {budget}"),),
    "P102": (_unnamed("上一版{where}的指标（{value}）本版没有",
                      "The previous version's indicator in {where} ({value}) is gone"),),
    "P103": (_unnamed("{where}的指标值 {value} 与上一版相同，预算却由 {prior} 变为 {budget}（{change}）",
                      "The target {value} in {where} is kept while the budget went from {prior} to {budget} ({change})"),),
}  # fmt: skip


# a line break inside a quoted text (a PDF's 竣工验收\n合格率): none between two Chinese
# characters, a space elsewhere, so a message stays on one line
_BREAK_IN_WORDS = re.compile(r"(?<=[^\x00-\x7f])\s*\n\s*(?=[^\x00-\x7f])")
_BREAK = re.compile(r"\s*\n\s*")


_NESTED = str.maketrans("“”", "‘’")  # quotes inside “…” become ‘…’, as Chinese nests them


def _one_line(text: str) -> str:
    return _BREAK.sub(" ", _BREAK_IN_WORDS.sub("", text)).strip()


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def where(lang: str, row: str, tiers: str) -> str:
    """An indicator referred to by place: 第 12 行（产出指标/数量指标）, row 12 …"""
    with_tiers, row_only, nowhere = WHERE["zh" if lang == "zh" else "en"]
    if not row:
        return nowhere
    return (with_tiers if tiers else row_only).format(row=row, tiers=tiers)


def render(code: str, lang: str, params: Mapping[str, str]) -> tuple[str, str]:
    """The message and the hint of a hit of ``code``: the rule's texts, or the wording its
    empty parameters call for; ``{where}`` composed from ``row`` and ``tiers``."""
    rule = RULES[code]
    zh = lang == "zh"
    message = rule.zh if zh else rule.en
    hint = rule.hint_zh if zh else rule.hint_en
    for wording in WORDINGS.get(code, ()):
        if all(not params.get(key) for key in wording.when):
            message = (wording.zh if zh else wording.en) or message
            hint = (wording.hint_zh if zh else wording.hint_en) or hint
    values = _Params({k: _one_line(v) if "\n" in v else v for k, v in params.items()})
    if zh:
        for key, value in values.items():
            if f"“{{{key}}}”" in message + hint:
                values[key] = value.translate(_NESTED)
    if "{where}" in message and "where" not in values:
        values["where"] = where(lang, params.get("row", ""), params.get("tiers", ""))
    return message.format_map(values), hint.format_map(values)
