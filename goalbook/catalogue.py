"""The rule catalogue: stable codes and slugs, severities, messages and hints.

Codes are never reused. Families: S structure and reading, F framework and tiers, T target
values, D duplicates and period/annual cross-checks, B budget and money, Y years and dates,
W weights, X text artefacts, P against the previous version (check --previous). A leaf module:
it imports only goalbook.findings, so the reader, the errors and the rules can all take their
texts from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from goalbook.findings import Rule, Severity

# Short names keep one rule to an entry of the table below (S is a rule family, so not used).
ERR, WARN, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

_RULES = (
    # S: structure and reading (S001–S009: the file could not be read at all)
    Rule("S001", "file-missing", ERR, "文件不存在或无法打开", "The file does not exist or cannot be opened",
         "请检查路径和权限", "Check the path and permissions"),
    Rule("S002", "file-empty", ERR, "空文件", "The file is empty", "请重新保存或重新发送",
         "Save or send it again"),
    Rule("S003", "not-xlsx", ERR, "不是 .xlsx 工作簿（旧版 .xls、WPS .et、CSV、PDF、网页等）",
         "Not an .xlsx workbook (legacy .xls, WPS .et, CSV, PDF, HTML …)",
         "请用 Excel/WPS 打开后另存为 Excel 工作簿 (.xlsx)", "Save as an Excel workbook (.xlsx)"),
    Rule("S004", "file-corrupt", ERR, "文件不完整或已损坏", "The file is truncated or corrupt",
         "请让填报单位重新保存并发送", "Ask the unit to save and send it again"),
    Rule("S005", "file-encrypted", ERR, "文件已加密（设置了打开密码）", "The file is password-protected",
         "请去掉密码后另存为 .xlsx", "Remove the password and save as .xlsx"),
    Rule("S006", "file-hostile", ERR, "文件结构可疑（压缩炸弹或 XML 实体攻击），已拒绝读取",
         "Suspicious structure (zip bomb or XML entity attack): refused",
         "请让填报单位用 Excel 重新保存", "Ask the unit to re-save it in Excel"),
    Rule("S007", "file-too-large", ERR, "文件或工作表尺寸异常", "The file or a sheet is absurdly large",
         "请删除多余的行列后另存", "Delete the stray rows and columns"),
    Rule("S008", "reader-crashed", ERR, "读取时进程异常退出或内存不足", "Reading crashed or ran out of memory",
         "请让填报单位用 Excel 重新保存", "Ask the unit to re-save it in Excel"),
    Rule("S009", "reader-timeout", ERR, "处理超时", "Reading took too long",
         "请让填报单位用 Excel 重新保存", "Ask the unit to re-save it in Excel"),
    Rule("S010", "no-indicator-table", ERR,
         "找不到绩效指标表（表头应含“三级指标”和“指标值”等列名）",
         "No indicator table found (a header with '三级指标' and '指标值' columns)",
         "请使用 goalbook 模板或保留原表头后重新提交", "Use a goalbook template or keep the header"),
    Rule("S011", "empty-indicator-table", ERR, "绩效指标表没有任何指标", "The indicator table is empty",
         "请逐行填写三级指标和指标值", "Fill in one tier-3 indicator per row"),
    Rule("S012", "template-unfilled", ERR, "模板未填写（没有资金、明细和指标）",
         "The template was sent back unfilled (no money, lines or indicators)",
         "请填写基本信息、预算明细和绩效指标后再提交",
         "Fill in the basic info, budget lines and indicators, then send it back"),
    Rule("S013", "indicator-table-unrecognised", WARN,
         "表中有“{label}”等指标层级，却认不出指标表的表头，未能逐条检查指标",
         "Tier labels such as '{label}' are there, but the indicator table's header was not "
         "recognised: the indicators were not checked",
         "请人工审核指标，或保留“一级指标、二级指标、三级指标、指标值”等原表头后重新提交",
         "Review the indicators by eye, or keep the original header ('一级指标' … '指标值')"),
    Rule("S101", "cells-shifted", WARN,
         "本行单元格错位：“{name}”不在对应的列，已按内容重新对齐读取",
         "Cells of this row sit in the wrong columns; '{name}' was realigned by content",
         "请把一级、二级、三级指标和指标值移回各自的列（不要合并或跨列）",
         "Move tiers, name and values back into their own columns"),
    Rule("S104", "formula-unverified", WARN, "“{label}”是没有保存计算结果的公式，无法核对其数值",
         "'{label}' is a formula without a stored value: it cannot be verified",
         "请在 Excel/WPS 中打开、重新计算并保存后提交", "Open it in Excel or WPS, recalculate and save"),
    Rule("S102", "macros-ignored", INFO, "文件含宏；宏不会运行，也不会复制到批注副本",
         "The file contains macros; they were not run and are not copied",
         "如无需要，请另存为不含宏的 .xlsx", "Save as a macro-free .xlsx if possible"),
    Rule("S103", "old-template", WARN, "使用的是旧版模板（v{found}，当前 v{current}）",
         "An old template version (v{found}; current v{current})",
         "请下发并使用最新模板", "Send out and use the current template"),
    # F: framework and tiers
    Rule("F101", "tier1-missing", ERR, "“{name}”缺少一级指标", "'{name}' has no tier-1 indicator",
         "请从下拉列表选择一级指标{suggest}", "Choose a tier-1 from the list{suggest}"),
    Rule("F102", "tier2-missing", ERR, "“{name}”缺少二级指标", "'{name}' has no tier-2 indicator",
         "请在“{tier1}”下选择二级指标（如 {choices}）", "Choose a tier-2 under '{tier1}' ({choices})"),
    Rule("F103", "tier1-unknown", ERR, "一级指标“{label}”不属于{framework}",
         "Tier-1 '{label}' is not in {framework}", "可选：{choices}{suggest}",
         "Allowed: {choices}{suggest}"),
    Rule("F104", "tier2-unknown", ERR, "二级指标“{label}”不属于{framework}",
         "Tier-2 '{label}' is not in {framework}", "“{tier1}”下可选：{choices}{suggest}",
         "Allowed under '{tier1}': {choices}{suggest}"),
    Rule("F105", "tier2-wrong-parent", ERR, "二级指标“{label}”不在一级指标“{tier1}”之下（应属“{owner}”）",
         "Tier-2 '{label}' does not belong under '{tier1}' (it belongs to '{owner}')",
         "请改正一级指标或二级指标", "Correct the tier-1 or the tier-2"),
    Rule("F106", "required-tier1-missing", ERR, "缺少必填的一级指标“{label}”",
         "The required tier-1 '{label}' is missing", "{framework}要求每张表都有“{label}”",
         "{framework} requires '{label}' in every table"),
    Rule("F107", "mixed-frameworks", WARN, "“{label}”属于{other}，与本表的{framework}混用",
         "'{label}' belongs to {other}, mixed with {framework}",
         "同一张表请只使用一个指标体系", "Use one framework per table"),
    Rule("F108", "evaluation-tiers", ERR, "一级指标“{label}”属于绩效评价指标体系，不是目标表的指标",
         "Tier-1 '{label}' comes from an evaluation template, not a goal table",
         "请改用绩效目标表的一级指标", "Use the goal-table tier-1s"),
    Rule("F109", "tier2-without-indicator", WARN, "二级指标“{tier2}”下没有三级指标和指标值（模板行未填写）",
         "The tier-2 '{tier2}' has no indicator and no target (a template row left empty)",
         "请填写该二级指标下的三级指标和指标值，不适用时删除这一行",
         "Fill in an indicator and its target under it, or delete the row if it does not apply"),
    Rule("F110", "indicator-name-missing", ERR, "{where}填了指标值，却没有三级指标名称",
         "In {where} a target value is given but no indicator name", "请填写三级指标名称，或删除这一行",
         "Name the indicator, or delete the row"),
    Rule("F111", "tiers-unknown", INFO, "本表的一级指标（{labels}）不属于任何已知框架，未逐行检查层级",
         "The tier-1s of this table ({labels}) belong to no known framework; tiers were not checked",
         "请按本地区的指标体系人工核对层级，或用 --framework 指定框架文件",
         "Check the tiers against your region's framework by hand, or give it with --framework"),
    Rule("F201", "name-fits-other-tier2", WARN, "“{name}”像是{expected}指标，却填在“{tier2}”下",
         "'{name}' reads as a {expected} indicator but sits under '{tier2}'",
         "请移到相应的二级指标下", "Move it under the matching tier-2"),
    Rule("F202", "scored-separately", WARN, "“{name}”另行评价，不应作为{tier1}填报（会重复计分）",
         "'{name}' is scored separately and should not be listed under {tier1}",
         "请删除该指标", "Remove this indicator"),
    # T: target values
    Rule("T101", "value-missing", ERR, "“{name}”没有指标值", "'{name}' has no target value",
         "请填写指标值", "Fill in the target value"),
    Rule("T102", "value-is-text", WARN, "“{name}”的指标值是一段说明，不是可考核的值：{value}",
         "The target of '{name}' is a description, not a measurable value: {value}",
         "请写成“比较符+数值+单位”或等级，如 ≤1000元/人", "Write operator + number + unit, or a grade"),
    Rule("T103", "operator-missing", INFO, "“{name}”的指标值 {value} 没有比较符",
         "The target {value} of '{name}' has no operator",
         "请加上 ≥、≤、> 或 <{suggest}", "Add ≥, ≤, > or <{suggest}"),
    Rule("T104", "unit-missing", WARN, "“{name}”的指标值 {value} 没有计量单位",
         "The target {value} of '{name}' has no unit", "请填写计量单位（如 %、人次、个）",
         "Add the unit (%, '人次', '个' …)"),
    Rule("T105", "rate-as-count", ERR, "“{name}”是比率类指标，指标值却是“{value}”而不是百分比",
         "'{name}' is a rate but its target is '{value}', not a percentage",
         "请填写百分比（如 ≥95%），或把指标名改为数量（如 {renamed}≥{number}{unit}）",
         "Give a percentage (≥95%), or rename it as a count ('{renamed}' ≥{number}{unit})"),
    Rule("T106", "rate-above-100", ERR, "“{name}”的指标值 {value} 超过 100% 上限",
         "The target {value} of '{name}' exceeds the 100% ceiling",
         "比率最高为 100%（写 =100%）", "A rate is at most 100% (write =100%)"),
    Rule("T107", "equals-on-rate", WARN, "“{name}”写成 {value}，“=”表示恰好等于，通常应为 ≥",
         "'{name}' is written {value}; '=' means exactly, usually ≥ is meant",
         "请改为 ≥{number}%", "Write ≥{number}%"),
    Rule("T108", "direction-conflict", WARN, "“{name}”是{direction}指标，比较符却是“{op}”",
         "'{name}' is a {direction} indicator but uses '{op}'",
         "{direction}指标应使用 {expected}", "Use {expected}"),
    Rule("T109", "declared-type-mismatch", ERR, "“{name}”声明为{declared}，指标值却是“{value}”",
         "'{name}' is declared {declared} but its target is '{value}'",
         "请使类型与指标值一致", "Make the declared type and the value agree"),
    Rule("T110", "name-number-conflict", WARN, "指标名“{name}”中的 {in_name} 与指标值 {value} 不一致",
         "The number {in_name} in the name '{name}' contradicts the target {value}",
         "请从指标名中去掉数值，只在指标值中填写", "Keep numbers out of the name"),
    Rule("T111", "operator-normalised", INFO, "指标值“{value}”已按“{normal}”读取",
         "The target '{value}' was read as '{normal}'", "建议直接写成 {normal}",
         "Write {normal} directly"),
    Rule("T112", "unit-conflict", ERR, "指标值中的单位“{value_unit}”与计量单位列“{column_unit}”不一致",
         "The unit '{value_unit}' in the value contradicts the unit column '{column_unit}'",
         "请统一单位", "Use one unit"),
    Rule("T113", "time-as-percent", WARN, "“{name}”是时间/期限类指标，指标值却是百分比 {value}",
         "'{name}' is a deadline indicator but its target is a percentage {value}",
         "请写成期限（如 ≤30个工作日 或 12月31日前）", "Write a time limit or a date"),
    Rule("T114", "satisfaction-implausible", WARN, "满意度目标 {value} 偏离常见范围（80%–98%）",
         "The satisfaction target {value} is outside the usual 80%–98%",
         "请核实目标值是否合理", "Check the target"),
    Rule("T115", "zero-target", ERR, "“{name}”的指标值 {value} 为 0：成本、金额或产出数量目标不能为 0（可能是单位过大被四舍五入，或漏填了数值）",
         "The target {value} of '{name}' is 0: a cost, amount or output target cannot be 0 (rounded away in too large a unit, or the number left out?)",
         "请填写实际数值，必要时换用更小的单位（如 元/亩 而非 万元/亩）",
         "Give the real value, in a smaller unit if needed ('元/亩' rather than '万元/亩')"),
    Rule("T116", "value-malformed", WARN, "“{name}”的指标值“{value}”写法有误：{problem}",
         "The target '{value}' of '{name}' is garbled: {problem}",
         "请只写一个比较符和一个符号，如 {normal}", "Write one operator and one sign: {normal}"),
    Rule("T117", "operator-missing-cap", WARN,
         "“{name}”是{direction}指标，指标值 {value} 没有比较符，会按“=”读成固定值",
         "'{name}' is a {direction} indicator but its target {value} has no operator: read as exactly =",
         "请加上 ≤ 或 <（上限），如 ≤{value}", "Add ≤ or < (a cap), e.g. ≤{value}"),
    # D: duplicates and period vs annual
    Rule("D101", "duplicate-indicator", WARN, "“{name}”与第 {other_row} 行重复",
         "'{name}' repeats row {other_row}", "请删除重复的指标", "Remove the duplicate"),
    Rule("D102", "conflicting-duplicate", ERR, "“{name}”与第 {other_row} 行的“{other}”是同一指标，指标值却不同（{value} / {other_value}）",
         "'{name}' and '{other}' (row {other_row}) are one indicator with different targets ({value} / {other_value})",
         "请合并为一个指标并确定指标值", "Merge them and settle the target"),
    Rule("D103", "near-duplicate", WARN, "“{name}”与第 {other_row} 行的“{other}”几乎相同（{value} / {other_value}）",
         "'{name}' is nearly the same as '{other}' (row {other_row}) ({value} / {other_value})",
         "请确认是否为同一指标；如是，请合并为一个指标并统一比较符（{ops}）",
         "Merge them if they are one indicator, with one operator ({ops})"),
    Rule("D104", "text-contradicts-indicator", WARN, "文字中写“{quote}”，指标“{name}”却是 {value}",
         "The text says '{quote}' but the indicator '{name}' is {value}",
         "请核对实施计划与指标值", "Check the plan against the target"),
    Rule("D201", "annual-exceeds-period", ERR, "“{name}”的年度指标值 {annual} 大于实施期指标值 {period}",
         "The annual target {annual} of '{name}' exceeds the period target {period}",
         "累计数量类指标的年度值不应超过实施期值", "An annual count cannot exceed the period count"),
    Rule("D202", "period-equals-annual", WARN,
         "多年期项目（{years}）中，“{name}”的年度指标值与实施期相同（{value}）",
         "In a multi-year project ({years}) the annual target of '{name}' equals its period target ({value})",
         "累计数量的年度值通常小于实施期值，请分别填写实施期目标和年度目标",
         "An annual share of a cumulative count is usually below the period count: give both"),
    Rule("D203", "period-annual-operator", WARN, "“{name}”的实施期值 {period} 与年度值 {annual} 的写法不一致",
         "The period target {period} and annual target {annual} of '{name}' are written differently",
         "请统一比较符", "Use the same operator"),
    Rule("D204", "period-goal-equals-annual", WARN, "多年期项目（{years}）中，年度目标与中期目标完全相同",
         "In a multi-year project ({years}) the annual goal is the period goal word for word",
         "请写出本年度要完成的部分", "State what this year is to achieve"),
    # B: budget and money
    Rule("B101", "total-not-sum", ERR, "{whole} {total} ≠ {parts}（差 {diff}）",
         "{whole} {total} ≠ {parts} (off by {diff})", "请核对资金数", "Check the amounts"),
    Rule("B102", "lines-not-sum", ERR, "明细合计 {sum} 与{whole} {total} 不一致（差 {diff}）",
         "The lines add up to {sum}, not {whole} {total} (off by {diff})",
         "请核对各明细金额", "Check the line amounts"),
    Rule("B103", "annual-exceeds-total", ERR, "年度资金 {annual} 大于总额 {total}",
         "The annual budget {annual} exceeds the total {total}", "请核对资金数", "Check the amounts"),
    Rule("B104", "prior-exec-exceeds-budget", WARN, "上年执行数 {exec} 大于上年预算 {budget}",
         "Last year's spending {exec} exceeds last year's budget {budget}",
         "请核对上年数据", "Check last year's figures"),
    Rule("B105", "mixed-money-units", ERR, "金额单位混用：{units}", "Mixed money units: {units}",
         "整张表请使用同一金额单位", "Use one money unit"),
    Rule("B106", "flat-but-budget-changed", WARN, "“{name}”写“{value}”，但预算比上年变化 {change}",
         "'{name}' says '{value}' but the budget changed by {change}",
         "请说明成本为何持平，或调整指标值", "Explain or change the target"),
    Rule("B107", "cost-exceeds-budget", WARN, "“{name}”的标准 {standard} × {count} = {product}，超过年度资金 {budget}",
         "'{name}': {standard} × {count} = {product} exceeds the annual budget {budget}",
         "请核对资助标准、数量与预算", "Check the standard, the count and the budget"),
    Rule("B108", "money-not-number", ERR, "{label}“{value}”不是数字", "{label} '{value}' is not a number",
         "请填写数字", "Enter a number"),
    Rule("B109", "one-year-budget-differs", WARN, "一年期项目的年度资金 {annual} 与总额 {total} 不同",
         "One-year project: the annual budget {annual} differs from the total {total}",
         "一年期项目两者应相等", "They should be equal"),
    Rule("B110", "amount-magnitude", ERR, "“{name}”的金额 {value} 是应有数额的 {factor}：按{whole} {total} 应为 {expected}（疑似小数点丢失或单位写错）",
         "The amount {value} of '{name}' is {factor} what it should be: {whole} {total} makes it {expected} (a lost decimal point or a wrong unit?)",
         "请核对该金额的小数点和金额单位（元/万元）", "Check the decimal point and the money unit ('元' or '万元')"),
    Rule("B111", "share-mismatch", ERR, "{label}占比 {share} 与金额不符：{amount} ÷ {total} = {expected}",
         "The share {share} of {label} does not match its amount: {amount} / {total} = {expected}",
         "请核对占比或金额", "Check the share or the amount"),
    # Y: years and dates
    Rule("Y101", "year-mismatch", ERR, "年度不一致：{a} 与 {b}", "The years disagree: {a} vs {b}",
         "请统一表中的预算年度", "Use one budget year"),
    Rule("Y102", "date-outside-year", ERR, "{label} {date} 不在{span}内", "{label} {date} lies outside {span}",
         "请核对日期", "Check the date"),
    Rule("Y103", "other-year-in-text", WARN, "文字中出现 {found} 年，既非预算年度 {year}，也不在项目期 {span} 内",
         "The text mentions {found}: neither the budget year {year} nor within the project period {span}",
         "请确认是否沿用了往年内容", "Check whether last year's text was reused"),
    Rule("Y104", "end-before-start", ERR, "计划完成日期 {end} 早于开始日期 {start}",
         "The end date {end} is before the start date {start}", "请核对日期", "Check the dates"),
    Rule("Y105", "year-missing", WARN, "找不到预算年度", "No budget year found",
         "请在标题或“预算年度”中写明年度", "State the year in the title or the year field"),
    # W: weights
    Rule("W101", "weights-not-total", ERR, "权重合计为 {sum}，应为 {expected}",
         "The weights add up to {sum}, not {expected}", "请调整各指标权重{apart}", "Adjust the weights{apart}"),
    Rule("W102", "weight-missing", WARN, "部分指标填了权重，“{name}”没有填",
         "Some indicators have weights but '{name}' has none", "请补全权重", "Fill in the weight"),
    Rule("W103", "tier-weight-mismatch", ERR, "一级指标“{tier1}”的分值为 {declared}，其下各指标分值合计为 {sum}",
         "Tier-1 '{tier1}' is worth {declared} but the indicator scores under it add up to {sum}",
         "请使各指标分值之和等于一级指标的分值", "Make the indicator scores add up to the tier's score"),
    # X: text artefacts
    Rule("X101", "placeholder", ERR, "残留占位符：“{text}”", "Leftover placeholder: '{text}'",
         "请填写实际内容", "Replace it with real content"),
    Rule("X102", "html-tags", WARN, "文字中含 HTML 标签（{tag}）", "The text contains HTML tags ({tag})",
         "请删除标签", "Remove the tags"),
    Rule("X103", "number-as-text", WARN, "{label}“{value}”是带分隔符的文本，不是数字（已按 {number} 读取）",
         "{label} '{value}' is text with separators, not a number (read as {number})",
         "请填写纯数字", "Enter a plain number"),
    Rule("X104", "excel-date-serial", WARN, "“{value}”像是 Excel 日期序列号（{date}）",
         "'{value}' looks like an Excel date serial ({date})",
         "请把单元格格式设为日期或文本后重新填写", "Format the cell as a date and re-enter"),
    Rule("X105", "number-split", WARN, "{label}“{value}”中的数字被空格断开（已按 {number} 读取）",
         "The number in {label} '{value}' is split by a space (read as {number})",
         "请删除数字中的空格（常见于从 PDF 复制的内容）", "Remove the space inside the number (often left by a PDF copy)"),
    Rule("X106", "value-pasted-twice", ERR, "{label}“{value}”中的金额重复粘贴了两次（已按 {number} 读取）",
         "{label} '{value}' holds its amount twice (read as {number})",
         "请只保留一个金额", "Keep the amount once"),
    # P: against the previous version (check --previous): last year's table or the one sent back
    Rule("P101", "target-lowered-budget-rose", WARN,
         "“{name}”的指标值由上一版的 {other_value} 降为 {value}，预算却由 {prior} 增至 {budget}",
         "'{name}' was lowered from {other_value} to {value} while the budget rose from {prior} to {budget}",
         "请说明降低目标的理由，或恢复原目标", "Explain why the target was lowered, or restore it"),
    Rule("P102", "indicator-dropped", WARN, "上一版有指标“{name}”（{value}），本版没有",
         "The previous version had the indicator '{name}' ({value}); this one does not",
         "请确认是否有意删除；如仍需考核，请补回", "Check that it was dropped on purpose; add it back if it still applies"),
    Rule("P103", "target-kept-budget-moved", WARN,
         "“{name}”的指标值 {value} 与上一版相同，预算却由 {prior} 变为 {budget}（{change}）",
         "'{name}' keeps the target {value} while the budget went from {prior} to {budget} ({change})",
         "请按预算的变化调整产出目标，或说明理由", "Adjust the target to the budget, or explain why not"),
    Rule("P104", "annual-goal-carried-over", WARN, "年度目标与上一版逐字相同：“{text}”",
         "The annual goal is word for word the previous version's: '{text}'",
         "请按本年度的任务重写年度目标", "Rewrite the annual goal for this year's tasks"),
    # (kept unformatted: the formatter would spread each rule over eight lines)
)  # fmt: skip

RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}


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
    "share", "normal", "renamed", "unit", "units", "op", "labels",
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
    "D201": (_unnamed("{where}的年度指标值 {annual} 大于实施期指标值 {period}",
                      "The annual target {annual} in {where} exceeds the period target {period}"),),
    "D203": (_unnamed("{where}的实施期值 {period} 与年度值 {annual} 的写法不一致",
                      "The period target {period} and annual target {annual} in {where} are written differently"),),
    "B106": (_unnamed("{where}的指标写“{value}”，但预算比上年变化 {change}",
                      "The indicator in {where} says '{value}' but the budget changed by {change}"),),
    "B107": (_unnamed("{where}的标准 {standard} × {count} = {product}，超过年度资金 {budget}",
                      "In {where}, {standard} × {count} = {product} exceeds the annual budget {budget}"),),
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
    values = _Params(params)
    if "{where}" in message and "where" not in values:
        values["where"] = where(lang, params.get("row", ""), params.get("tiers", ""))
    return message.format_map(values), hint.format_map(values)
