"""What each ``{slot}`` of the catalogue's messages stands for, so that the rules page can
show a message as a pattern staff can read: “〈指标名〉”的指标值 〈指标值〉 没有比较符."""

from __future__ import annotations

from collections.abc import Iterable

SLOTS: dict[str, tuple[str, str]] = {
    "a": ("年度", "a year"),
    "amount": ("金额", "amount"),
    "annual": ("年度值", "annual value"),
    "apart": ("", ""),  # an optional note after the hint (W101: 预算执行率 scored apart)
    "b": ("另一年度", "another year"),
    "beyond": ("大于/晚于", "exceeds / is later than"),  # D201: a count above, a deadline after
    "budget": ("预算", "budget"),
    "change": ("变化", "change"),
    "choices": ("可选项", "choices"),
    "codes": ("规则代码", "rule codes"),  # S014: the codes a failed check could not give
    "column_unit": ("计量单位", "unit column"),
    "count": ("数量", "count"),
    "current": ("当前版本", "current version"),
    "date": ("日期", "date"),
    "declared": ("填写的值", "declared"),
    "diff": ("差额", "difference"),
    "direction": ("指标方向", "direction"),
    "end": ("完成日期", "end date"),
    "error": ("错误类型", "error type"),  # S014: the bug's kind (IndexError)
    "exec": ("执行数", "spent"),
    "expected": ("应有的值", "expected"),
    "factor": ("倍数", "factor"),
    "found": ("表中的值", "found"),
    "framework": ("指标体系", "framework"),
    "in_name": ("指标名中的数", "number in the name"),
    "label": ("栏目", "field"),
    "labels": ("一级指标", "tier-1 labels"),
    "name": ("指标名", "indicator"),
    "normal": ("规范写法", "normal form"),
    "number": ("数值", "number"),
    "op": ("比较符", "operator"),
    "ops": ("比较符", "operators"),
    "other": ("另一指标", "other indicator"),
    "other_row": ("行号", "row"),
    "other_value": ("另一指标值", "other value"),
    "owner": ("所属一级指标", "owning tier-1"),
    "parts": ("分项之和", "parts"),
    "period": ("实施期值", "period value"),
    "prior": ("上一版预算", "previous budget"),
    "problem": ("问题", "problem"),
    "product": ("乘积", "product"),
    "quote": ("原文", "quote"),
    "renamed": ("新指标名", "new name"),
    "share": ("占比", "share"),
    "span": ("期间", "period"),
    "standard": ("标准", "standard"),
    "start": ("开始日期", "start date"),
    "suggest": ("", ""),  # an optional suggestion after the hint
    "sum": ("合计", "sum"),
    "tag": ("标签", "tag"),
    "text": ("文字", "text"),
    "tier1": ("一级指标", "tier-1"),
    "tier2": ("二级指标", "tier-2"),
    "total": ("总额", "total"),
    "unit": ("单位", "unit"),
    "units": ("金额单位", "money units"),
    "value": ("指标值", "value"),
    "value_unit": ("值中的单位", "unit in the value"),
    "name_unit": ("名称中的单位", "unit in the name"),
    "where": ("位置", "place"),
    "whole": ("总额栏目", "total field"),
    "year": ("预算年度", "budget year"),
    "years": ("项目期", "project period"),
}


def slot_words(names: Iterable[str], lang: str) -> dict[str, str]:
    """``{slot: "〈指标名〉"}`` for the message placeholders ``names``."""
    out = {}
    for name in names:
        zh, en = SLOTS.get(name, (name, name))
        word = zh if lang == "zh" else en
        out[name] = f"〈{word}〉" if word else ""
    return out
