"""The form's words: what a cell holds on its own, shared by writer, reader and rules.

What lives here: the dropdown vocabularies (operators, directions, value types, units, money
units and their labels), the words a rule composes into a message (:data:`MESSAGE_WORDS`,
:func:`word`, :func:`words`), the words that find a table and read its labels in an official
layout (header keywords, value and period header words, end-of-table and total words, block
titles, money-part, share and year-block row words) and the column names a roster may use.

Why here: the template writes these words, the reader recognises them (with the spellings met
in official layouts) and the rules compare with them and name them, so they must be one set.
Where the rest lives: the sheets, fields and columns (their labels and aliases), the amounts
that add up, the title and the template stamp are :mod:`goalbook.layout`; how a target value's
text is parsed (operator spellings such as "不低于", unit aliases, grade words) is
:mod:`goalbook.targets`. This module imports nothing from goalbook, so every module may import
it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The vocabularies of the indicator sheet's dropdowns: the template offers them, the reader
# recognises them (with the spellings official layouts add), the rules compare with them.
QUALITATIVE = "定性"  # the operator of a grade target, and a declared value type
QUANTITATIVE = "定量"
VALUE_TYPES = (QUANTITATIVE, QUALITATIVE)  # 指标值类型
OPERATORS = ("≥", "≤", ">", "<", "=", QUALITATIVE)
# what an operator column holds in official layouts (指标性质 is one in some provinces)
OPERATOR_WORDS = frozenset((*OPERATORS, ">=", "<=", "大于等于", "小于等于", "等于", "大于", "小于"))
MORE_IS_BETTER = "正向"  # 正向: use ≥ or >
LESS_IS_BETTER = "反向"  # 反向: use ≤ or <
DIRECTIONS = (MORE_IS_BETTER, LESS_IS_BETTER)
DIRECTION_WORDS = frozenset((*DIRECTIONS, *(f"{d}指标" for d in DIRECTIONS)))
MONEY_UNITS = ("万元", "元")
MONEY_SCALE = {"万元": 10000, "元": 1}  # yuan per money unit
MONEY_UNIT_LABELS = {"万元": ("万元", "10k yuan"), "元": ("元", "yuan")}  # in labels: zh, en


def money_unit_words(money_unit: str, lang: str) -> str:
    """The money unit in a sentence: 万元; in English "10k yuan (万元)", so that the unit the
    staff see in Chinese forms is named too."""
    zh, en = MONEY_UNIT_LABELS.get(money_unit, (money_unit, money_unit))
    return zh if lang == "zh" else f"{en} ({zh})"


# units of things counted (T110 compares a number in the name with the target in them)
COUNT_UNITS = ("人", "人次", "户", "个", "次", "场", "篇", "部", "套", "家", "件", "项", "所")
# the units of a length and of an area: works measured in them (围栏改造 120公里, 种植 300亩)
LENGTH_UNITS = frozenset(("公里", "千米", "米", "延米", "km"))
AREA_UNITS = frozenset(("平方米", "亩", "公顷", "平方公里", "万平方米", "万亩"))
PEOPLE_UNITS = ("人", "人次")
TIME_UNITS = ("年", "月", "天", "工作日", "小时")  # not counts, like money and %
# the words that end a name of a time, not a count (…完成时间, …时限, 提前期限, 更新周期, 投入使用
# 日期): a deadline or a lead time, read by D104 and by D201
TIMED_NAME = re.compile(r"(?:完成)?(?:时间|时限|期限|周期|日期|时点)$")
UNITS = (
    "%", *COUNT_UNITS, "台", "公里", "亩", "平方米", "吨", "元", "万元", "元/人", "元/人·月",
    *TIME_UNITS, "分",
)  # fmt: skip # a list of words: kept in lines, not one word a line
# units an indicator's name may state at its end, in brackets: 培训人数（人次）, 事故（起）
NAME_UNITS = frozenset(UNITS) | {
    "处", "起", "座", "条", "辆", "册", "张", "床", "例", "名", "批", "批次", "户次", "人天",
    "学时", "课时", "公顷", "米", "千米", "立方米", "万人次", "万册", "亿元", "家次", "场次",
    "期", "班", "村", "栋", "间", "盏", "株", "头", "只", "千克", "公斤", "万吨", "页", "万页",
    "卷", "份", "宗", "册次", "件次", "车次", "架次", "平方公里", "平方千米",
}  # fmt: skip
_NAME_UNIT = re.compile(r"[（(]\s*([^（）()\d\s]{1,6})\s*[）)]\s*$")


def unit_in_name(name: str) -> str:
    """The unit an indicator's name states at its end in brackets (培训人数（人次） → 人次,
    拨付时限（个工作日）, 园均扶持标准（万元/所）); "" when there is none (a note in brackets,
    教师培训（县级）, is no unit)."""
    found = _NAME_UNIT.search(name)
    if found is None:
        return ""
    unit = found[1]
    head = unit.split("/")[0]
    if unit in NAME_UNITS or ("/" in unit and head in NAME_UNITS):
        return unit
    if unit[1:] in NAME_UNITS and unit[0] in "万亿":  # 覆盖人数（万人）, 种植面积（万亩）
        return unit
    return unit if unit.startswith("个") and unit[1:] in NAME_UNITS else ""


# The words a rule composes into a message parameter, in Chinese and in English (the catalogue
# holds the sentences; a word here is used by more than one rule, or names a vocabulary above).
MESSAGE_WORDS = {
    "or": (" 或 ", " or "),  # between alternatives: ≥ 或 >, 100 或 90
    "list": ("、", ", "),  # between the items of a list
    MORE_IS_BETTER: (MORE_IS_BETTER, "more-is-better"),
    LESS_IS_BETTER: (LESS_IS_BETTER, "less-is-better"),
    QUANTITATIVE: (QUANTITATIVE, "quantitative"),
    QUALITATIVE: (QUALITATIVE, "qualitative"),
    **{unit: (unit, en) for unit, (_zh, en) in MONEY_UNIT_LABELS.items()},
    "years": ("{n}年", "{n} years"),  # a project's length
    "budget_year": ("{year}年度", "{year}"),
    "project_period": ("项目期 {start}—{end}", "the project period {start} to {end}"),
    "title": ("标题", "the title"),
    "basis": ("测算依据 {text} = {product}", "the calculation basis {text} = {product}"),
    "priced": ("数量 × 单价 {text} = {product}", "quantity × unit price {text} = {product}"),
    "template": ("模板", "the template stamp"),
    "value_head": ("指标值列标题", "the value column's head"),
    "sheet_name": ("工作表名", "the sheet's name"),
    "row": ("第 {row} 行", "row {row}"),
    "total": ("合计", "the total"),
    "summary": ("汇总表", "the summary sheet's"),
    "project_sheet": ("项目表", "the project's sheet:"),
    "no_operator": ("无比较符", "none"),
    "above": ("大于", "exceeds"),  # an annual count beyond the period's (D201)
    "later": ("晚于", "is later than"),  # an annual deadline after the period's (D201)
    "ninety_apart": (
        "；若预算执行率（10分）另行计分，请在表中注明",
        "; if the budget execution rate (10 points) is scored separately, say so in the table",
    ),
}


def word(key: str, lang: str, **values: object) -> str:
    """A message word in ``lang`` (English for any language but Chinese), with its values."""
    zh, en = MESSAGE_WORDS[key]
    text = zh if lang == "zh" else en
    return text.format(**values) if values else text


def words(items: Iterable[str], lang: str, joiner: str = "list") -> str:
    """Items joined as a list (、 / , ) or as alternatives (或 / or)."""
    return word(joiner, lang).join(items)


def units_pattern(units: Iterable[str]) -> str:
    """A regular-expression alternation of ``units``, longest first (人次 before 人)."""
    return "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))


# How a detail block (budget lines, a breakdown of the money, a list of recipients) is titled
# where it starts, under the table or beside it. Three shapes, one set of words:
# * LINE_BLOCK_TITLES: the whole text of a header cell left of or above the block's name column
#   (资金明细 │ 项目 │ 金额): the block's title, not a column; a row starting with one ends the
#   indicator table;
# * DETAIL_TITLE: a title alone on its row that ends in one of DETAIL_ENDINGS, a note in brackets
#   after it allowed (补助企业明细, 资金分配明细表, 项目资金明细（万元）, 建设内容及投资构成,
#   2026年度资金测算, 项目收益与融资平衡情况（运营期15年）);
# * MONEY_DETAIL_TITLE: a money word's detail title first in its row, other cells beside it
#   (项目资金明细（万元） │ 年度金额).
LINE_BLOCK_TITLES = (
    "支出明细", "预算明细", "资金明细", "项目支出明细", "资金测算明细", "测算明细", "资金测算",
    "项目资金明细", "经费明细", "资金使用明细", "购置明细", "采购明细",
)  # fmt: skip
DETAIL_ENDINGS = (
    "明细", "明细表", "明细清单", "分配表", "构成", "测算", "估算", "测算依据", "平衡情况",
)  # fmt: skip
_UNIT_IN_BRACKETS = r"\s*(?:[（(][^（()）]{0,8}[)）])?"
DETAIL_TITLE = re.compile(rf"^.{{0,12}}(?:{'|'.join(DETAIL_ENDINGS)}){_UNIT_IN_BRACKETS}$")
MONEY_DETAIL_TITLE = re.compile(
    rf"^.{{0,4}}(?:资金|支出|预算|经费)(?:测算)?明细表?{_UNIT_IN_BRACKETS}$"
)
# A money label that names a part of the amount before it ("年度资金总额 | 100 | 其中：财政拨款
# | 80"): which part, by the words after an optional 其中. The field is the whole's key + "_" + it.
# A transfer payment's split (年度金额 = 中央补助 + 地方资金) is read as the same two parts.
MONEY_PARTS = {
    "财政拨款": "fiscal", "财政资金": "fiscal", "其他资金": "other",
    "中央补助": "fiscal", "中央补助资金": "fiscal", "地方资金": "other", "地方配套资金": "other",
    "中央预算内投资": "fiscal", "地方财政资金": "other",
}  # fmt: skip # a table of pairs: kept in lines, not one pair a line
# Words of a label that holds an amount, so that its unit in brackets is the money unit
MONEY_WORDS = ("资金", "预算", "金额", "支出", "经费", "投资", "拨款", "补助")
# The rows of a block with one column per year (以前年度资金情况: 2022年 | 2023年 | 2024年):
# the row label's words → what the row holds; a whole is compared with its parts per year.
YEAR_BLOCK_ROWS = (
    ("执行", "exec"), ("决算", "exec"), ("支出数", "exec"), ("财政拨款", "fiscal"),
    ("财政资金", "fiscal"), ("其他资金", "other"), ("预算", "budget"), ("资金总额", "budget"),
    ("合计", "budget"), ("基本支出", "basic"), ("项目支出", "project_spend"),
)  # fmt: skip # a table of pairs: kept in lines, not one pair a line
SHARE_WORDS = ("占比", "比例", "比重", "百分比")  # the label of a row of shares (%)
# the parts that make up a whole by definition (基本支出 is 人员经费 and 公用经费)
COMPLETE_PARTS = {"基本支出": ("人员经费", "公用经费")}


# Words that find the indicator table in an official layout. A header cell names a column by
# its exact spelling (the columns' labels and aliases) first, then by the first keyword it holds;
# which column a word names is decided by the rest of the header row (a row is a header when it
# has a name and a value column). Scoring and explaining words come before the value words:
# 评价标准 and 评分标准 explain a score, 绩效标准 is the target; last year's actual
# (2025年实际完成值, 上年实际) beside the target is a column of its own (prior), never a value.
HEADER_KEYWORDS = (
    ("一级", "tier1"), ("二级", "tier2"), ("三级", "name"), ("计量单位", "unit"),
    ("度量单位", "unit"), ("权重", "weight"), ("分值", "weight"), ("比较符", "op"),
    ("指标方向", "direction"), ("指标性质", "direction"), ("值类型", "declared"),
    ("评分", "remark"), ("扣分", "remark"), ("评价标准", "remark"), ("考核标准", "remark"),
    ("评判", "remark"), ("设定依据", "remark"), ("指标解释", "remark"), ("备注", "remark"),
    ("指标内容", "name"), ("考核指标", "name"), ("考核内容", "name"), ("指标名称", "name"),
    ("实际完成", "prior"), ("上年实际", "prior"), ("上年完成", "prior"), ("实际值", "prior"),
    ("上年", "prior"), ("上一年", "prior"), ("去年", "prior"),  # 上年指标值: last year's target
    # a department table built on duties and activities (部门职责 │ 工作活动 │ 活动内容 │ 活动金额
    # │ 绩效指标 │ 指标值): the columns that group its indicators and give each activity's money
    ("部门职责", "duty"), ("主要职责", "duty"), ("工作活动", "activity"), ("活动名称", "activity"),
    ("活动内容", "activity_content"), ("活动金额", "activity_amount"),
    ("活动预算", "activity_amount"), ("职责金额", "duty_amount"), ("职责预算", "duty_amount"),
)  # fmt: skip # a table of pairs: kept in lines, not one pair a line
# Words that head the name column of a flat list (序号 | 绩效指标 | 指标性质 | 指标值 …) but
# title the block when the header row (or the row below it) names a tier or another name column.
LOOSE_NAME_WORDS = ("绩效指标", "年度绩效指标", "指标")
# a target column, the annual one unless …
VALUE_HEADER_WORDS = ("指标值", "目标值", "实现值", "预期值", "标准值", "绩效标准", "预期目标")
# the words that name the period's money or targets (中期（万元）, 实施期绩效指标) and the year's
# (年度（万元）, 年度绩效指标), at the start of a column head or in a sheet's name
PERIOD_WORDS = ("中期", "实施期", "实施周期", "项目期")
YEAR_WORDS = ("年度", "当年", "本年")
PERIOD_HEADER_WORDS = ("实施", "中期", "周期", "整体")  # … it also says it is the period's
# the words that close a form, the rest left blank on purpose (以下空白)
BLANK_BELOW = ("以下空白", "（以下空白）", "(以下空白)", "以下无正文", "（以下无正文）")
TABLE_END_WORDS = (
    "填报说明", "审核意见", "填表人", "填报人", "单位负责人", "财务负责人", "联系人", "注：",
    "说明：", *LINE_BLOCK_TITLES,  # a budget-lines block below the table
    *BLANK_BELOW,
)  # fmt: skip # a list of words: kept in lines, not one word a line
TOTAL_LABEL = {"zh": "合计", "en": "Total"}  # the template's total row
# who sent a return, as the label before its name (填报单位：某县文化馆（盖章）), and how an
# office's name ends: a government office's (…局, …委员会, …街道办事处), and any unit's (…馆,
# …学校, …工坊 too). An office alone with a date beside it signs a form off and ends its table,
# so only a government office's name counts there: a row naming a new 活动室 or 养殖场 with the
# date it is due is an indicator. The unit a sender's line names may be any unit.
SENDER_LABELS = ("填报单位", "填表单位", "报送单位", "编制单位")
AGENCY_ENDINGS = "局|委员会|委|办公室|政府|中心|厅|处|站|所|院|街道办事处"
OFFICE_ENDINGS = f"{AGENCY_ENDINGS}|馆|协会|学会|队|公司|学校|大学|工坊|团|社|场|室"
# the label of a note on what a resubmission changed, its text beside it or after a colon: no
# indicator row, and no plan text its figures are held against (it quotes old and new values)
REVISION_NOTES = ("修改说明", "修改情况说明", "修改情况：", "修改情况:", "整改说明")
# total rows met in returns
TOTAL_WORDS = ("合计", "金额合计", "明细合计", "小计", "总计", TOTAL_LABEL["en"])


# The column names a roster (csv or xlsx) may use for each template option, lower case.
ROSTER_COLUMNS = {
    "unit": ("unit", "单位", "单位名称", "部门名称", "部门（单位）名称", "申报单位", "实施单位"),
    "project": ("project", "项目名称", "项目"),
    "year": ("year", "年度", "预算年度"),
    "money_unit": ("money_unit", "金额单位"),
    "kind": ("kind", "表类型", "类型"),
}

# The dash or word between the two ends of a span (2025—2027年, 2026.04-2027.10, 2025至2027年),
# as typed or after targets.fold
SPAN_DASH = "[-—–~～－至到]"
# A span of years (2025—2027年, 2025年-2027年), its first and last year as groups
YEAR_SPAN = rf"(20\d{{2}})\s*年?\s*{SPAN_DASH}{{1,2}}\s*(20\d{{2}})\s*年"

# The words under a value head on a header's second line that name the value itself (指标值
# over 比较符 │ 数值 │ 计量单位)
SUB_VALUE_WORDS = ("数值", "值", "数量", "指标数值", "目标数值", "量值")

# What a cell holds when there is nothing to state there (a source an export has none of, a year
# of a rolling table when nothing is due): dashes and slashes, as typed or after targets.fold
# (which turns — into -), so ``text in DASHES`` holds either way.
DASHES = frozenset(("-", "—", "–", "--", "——", "/", "\\"))
# what an office writes in a template row's name and value cells for a tier-2 that does not
# apply to the project (成本指标 │ / │ /, 经济效益指标 │ 无 │ 无): no indicator
NOT_APPLICABLE = DASHES | {"／", "无", "不适用", "不涉及", "暂无", "N/A", "n/a", "NA"}


# The words of time in an indicator's name, from the narrowest:
# * CASE_DURATIONS: the time a case or an application takes (审理期限 ≤60日, 审批时限): less is
#   better (反向); not a rate of meeting it (法定审限内结案率), nor a period kept (保修期限);
# * DEADLINE_WORDS: a date to finish by (完成时间 2026年6月底前);
# * TIME_TAKEN_WORDS: a span of time, given in days or hours (响应时长, 办理时限), never in %;
# * TIME_LIMIT_ENDINGS: a name ending so (预警信息发布时效, 审批时限) given in minutes, hours or
#   days states a limit on the time taken: less is better (反向);
# * TIME_WORDS: any of them or a date (截止日期): a number there may be a date serial.
CASE_DURATIONS = (
    "审理期限", "办理期限", "办结期限", "审结期限", "办案期限", "处理期限", "审批期限", "审查期限",
    "审批时限", "办理时限", "办结时限", "结案周期", "审结周期", "办理周期", "审批周期", "办结周期",
    "办案周期", "办案时限", "处理周期", "调处周期",
    "审查周期", "审核周期", "预审周期", "受理周期", "授权周期", "确权周期", "维权周期",
)  # fmt: skip # a list of words: kept in lines, not one word a line
DEADLINE_WORDS = (
    "完工时间", "完成时间", "完成时限", "竣工时间", "交付时间", "办结时限", "截止时间",
)  # fmt: skip
TIME_TAKEN_WORDS = ("时限", "期限", "时长", "用时", "耗时", "办理时间", "响应时间", "等候时间")
TIME_LIMIT_ENDINGS = ("时效", "时限")
SPAN_UNITS = ("秒", "分钟", "小时", "天", "日", "工作日", "个工作日")  # a time taken is given in
TIME_WORDS = ("日期", "时间", "完成", "截止", "期限", "时限")


# a number's magnitude written as its unit (42万 under 人次: 42万人次)
MAGNITUDES = ("万", "亿", "千", "百万", "千万")
_FACTORS = {"千万": 10**7, "百万": 10**6, "亿": 10**8, "万": 10**4, "千": 10**3}  # longest first


def split_magnitude(unit: str) -> tuple[str, int]:
    """A unit without its magnitude, and the magnitude's factor (万人 → 人, 10 000; 人 → 人, 1)."""
    for magnitude, factor in _FACTORS.items():
        if unit.startswith(magnitude) and len(unit) > len(magnitude):
            return unit[len(magnitude) :], factor
    return unit, 1
