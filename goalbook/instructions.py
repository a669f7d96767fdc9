"""The 填报说明 sheet's text: written for staff who never saw goalbook."""

from __future__ import annotations

from goalbook.frameworks import Framework
from goalbook.layout import FieldType, sheet_names
from goalbook.vocabulary import (
    LESS_IS_BETTER,
    MORE_IS_BETTER,
    OPERATORS,
    QUALITATIVE,
    money_unit_words,
)

_SYMBOLS = " ".join(op for op in OPERATORS if op != QUALITATIVE)  # ≥ ≤ > < =


def instructions(kind: str, lang: str, framework: Framework, money_unit: str) -> list[str]:
    """Numbered instruction lines for the first sheet of a template."""
    names = sheet_names(kind, lang)
    money_unit = money_unit_words(money_unit, lang)
    separately = "、".join(framework.scored_separately)
    if lang == "en":
        lines = [
            "Fill in this workbook in Excel, WPS or LibreOffice. White cells are for input; "
            "grey cells are protected and need no password.",
            f"'{names.info}': unit, project, year, dates and money. Amounts are in {money_unit}: "
            "type numbers only, without units or thousands separators. Dates as 2026-01-01.",
            f"'{names.lines}': one line per item with its amount. The total is computed and turns "
            "red when it does not match the budget on the basic-info sheet.",
            f"'{names.indicators}': one row per tier-3 indicator. Choose tier 1 and tier 2 "
            "from the dropdowns in every row (do not merge cells); the tier-2 list follows tier 1.",
            f"Operator: choose {_SYMBOLS} or {QUALITATIVE} (qualitative). For a quantitative "
            "target type only the number (95) and put the unit in the unit column (%). For "
            f"{QUALITATIVE}, type a grade such as 良好 or 达到预期 in the value cell.",
            "Rates (完成率, 合格率, 满意度 …) take a percentage, never a count. Satisfaction "
            "targets are usually between 85% and 95%.",
            f"Direction: {MORE_IS_BETTER} (more is better: use ≥ or >), {LESS_IS_BETTER} (less "
            "is better: costs, incident rates, response times: use ≤ or <).",
        ]
        if kind == "project":
            lines.append(
                "Period and annual targets: for cumulative counts the annual target must not "
                "exceed the period target (the cell turns red)."
            )
        if separately:
            lines.append(
                f"Do not list {separately} as an output or cost indicator: it is scored separately."
            )
        lines += [
            "You may insert or delete indicator rows. Do not rename sheets, change headers or "
            "delete hidden sheets.",
            "Save as .xlsx and send it back. Do not save as .xls and do not set a password.",
        ]
        return lines
    lines = [
        "请使用 Excel、WPS 或 LibreOffice 填写本工作簿。白色单元格可填写，灰色单元格受保护"
        "（无需密码）。",
        f"「{names.info}」：填写单位、项目、年度、起止日期和资金。金额单位为{money_unit}，只填数字，"
        "不要带单位或千位分隔符；日期格式如 2026-01-01。",
        f"「{names.lines}」：逐项填写明细及金额。合计自动计算，与「{names.info}」中的资金不一致时"
        "合计单元格变红。",
        f"「{names.indicators}」：每行填写一个三级指标。每一行的一级、二级指标都要从下拉列表选择"
        "（不要合并单元格）；二级指标的下拉随一级指标变化。",
        f"比较符从 {_SYMBOLS} {QUALITATIVE} 中选择。定量指标的指标值只填数字（如 95），单位填在"
        f"计量单位列（如 %）；定性指标比较符选“{QUALITATIVE}”，指标值填等级（如 良好、达到预期）。",
        "比率类指标（完成率、合格率、满意度等）的指标值必须是百分比，不能填次数、篇数等数量；"
        "满意度一般在 85%–95% 之间。",
        f"指标方向：{MORE_IS_BETTER}（越大越好，用 ≥ 或 >）；{LESS_IS_BETTER}（越小越好，如成本、"
        "发生率、响应时间，用 ≤ 或 <）。",
    ]
    if kind == "project":
        lines.append(
            "实施期指标值与年度指标值：累计数量类指标的年度值不应超过实施期值（超过时变红）。"
        )
    if separately:
        lines.append(f"{separately}另行评价，不要作为产出指标或成本指标填报。")
    lines += [
        "可以插入或删除指标行；不要重命名工作表、修改表头或删除隐藏的工作表。",
        "填好后保存为 .xlsx 格式返回；不要另存为 .xls，也不要设置打开密码。",
    ]
    return lines


def field_hint(ftype: FieldType, lang: str, money_unit: str) -> str:
    """The grey hint beside a header field, and the message of its validation."""
    zh = {
        FieldType.TEXT: "文字",
        FieldType.LONGTEXT: "文字，可换行（Alt+Enter）",
        FieldType.YEAR: "四位年份，如 2026",
        FieldType.INT: "整数",
        FieldType.DATE: "日期，如 2026-01-01",
        FieldType.MONEY: f"数字，单位{money_unit}，不带逗号",
        FieldType.CHOICE: "从下拉列表选择",
    }
    en = {
        FieldType.TEXT: "text",
        FieldType.LONGTEXT: "text; new line with Alt+Enter",
        FieldType.YEAR: "four-digit year, e.g. 2026",
        FieldType.INT: "whole number",
        FieldType.DATE: "date, e.g. 2026-01-01",
        FieldType.MONEY: f"number in {money_unit_words(money_unit, lang)}, no separators",
        FieldType.CHOICE: "choose from the list",
    }
    return (zh if lang == "zh" else en)[ftype]
