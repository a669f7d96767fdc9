"""The layout spec: the sheets, fields and columns of the form, shared by writer, reader and rules.

What lives here: sheets and their names, header fields and table columns (labels, aliases,
widths, which hold money), which amounts must add up and the keys of shares and year blocks,
the template stamp, and the title and its year. The template writer writes from it, the reader
recognises the same labels plus the aliases met in official layouts, and the rules name fields
through it.

Where each kind of fact lives: the words a cell holds on its own (the operator, direction and
unit dropdowns, count, people and time units, money units, message words) and the words that
find a table in an official layout (header keywords, end-of-table and total words, money-part
and year-block row words) and a roster's column names are :mod:`goalbook.vocabulary`; how a
target value's text is parsed (operator spellings such as "不低于", unit aliases, grade words)
is :mod:`goalbook.targets`. The title year is here beside :func:`form_title`, which writes it.
This module imports only :mod:`goalbook.vocabulary` and :mod:`goalbook.sheets` (the template's
sheet names, title and stamp, named here too; the model imports its :class:`TemplateStamp`), so
every other module may import it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from goalbook import sheets as _sheets
from goalbook.vocabulary import MONEY_UNIT_LABELS

TEMPLATE_VERSION = 1
KINDS = ("project", "department")
LANGS = ("zh", "en")
YES_NO = ("是", "否")
PROJECT_ATTRIBUTES = ("新增项目", "延续项目", "常年项目", "一次性项目")

INDICATOR_ROWS = 80
LINE_ROWS = 30
FIRST_DATA_ROW = 3  # 1-based: row 1 title, row 2 header
# 基本信息 of a template: the title in row 1, the money unit in row 2, then one field a row with
# its label in column A, the value staff type in column B (1-based 2) and a grey hint in C
INFO_VALUE_COLUMN = 2


class FieldType(StrEnum):
    TEXT = "text"
    LONGTEXT = "longtext"
    YEAR = "year"
    INT = "int"
    DATE = "date"
    MONEY = "money"
    CHOICE = "choice"


@dataclass(frozen=True, slots=True)
class Field:
    """A labelled value of the header block (基本信息)."""

    key: str
    zh: str
    en: str
    type: FieldType = FieldType.TEXT
    choices: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # labels met in official forms
    group: str = "basic"
    written: bool = True  # the template writes it (else only read from official forms)

    def label(self, lang: str, money_unit: str = "万元") -> str:
        text = self.zh if lang == "zh" else self.en
        if self.type is FieldType.MONEY:
            zh, en = MONEY_UNIT_LABELS.get(money_unit, (money_unit, "yuan"))
            text = f"{text}（{zh}）" if lang == "zh" else f"{text} ({en})"
        return text


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a table sheet; a MONEY column is written with a money format, summed in the
    total row and read as an amount."""

    key: str
    zh: str
    en: str
    width: float
    aliases: tuple[str, ...] = ()  # header texts met in official forms
    type: FieldType = FieldType.TEXT

    def label(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


F = FieldType
_PROJECT_FIELDS = (
    Field("project", "项目名称", "Project name",
          aliases=("项目名", "资金名称", "专项资金名称", "转移支付名称", "专项名称",
                   "转移支付项目名称", "转移支付资金名称")),
    Field("unit", "实施单位", "Implementing unit",
          aliases=("申报单位名称", "申报单位", "单位名称")),
    Field("department", "主管部门", "Supervising department",
          aliases=("主管部门及代码", "省级主管部门", "中央主管部门", "市级主管部门")),
    Field("year", "预算年度", "Budget year", F.YEAR, aliases=("年度",)),
    Field("attribute", "项目属性", "Project attribute", F.CHOICE, PROJECT_ATTRIBUTES,
          aliases=("项目类别", "项目类型")),
    Field("manager", "项目负责人", "Project manager", aliases=("负责人",)),
    Field("phone", "联系电话", "Phone", aliases=("电话",)),
    Field("start", "计划开始日期", "Planned start", F.DATE,
          aliases=("开始日期", "项目开始日期", "开工时间", "开工日期", "计划开工时间",
                   "计划开工日期")),
    Field("end", "计划完成日期", "Planned end", F.DATE,
          aliases=("完成日期", "项目完成日期", "竣工时间", "竣工日期", "计划竣工时间",
                   "计划竣工日期", "完工日期", "计划完工日期")),
    Field("period_years", "项目期（年）", "Project period (years)", F.INT,
          aliases=("项目期", "实施期", "建设周期", "实施周期", "项目周期", "项目起止时间",
                   "起止时间", "项目起止日期", "起止日期", "建设起止时间", "建设起止年限",
                   "建设年限", "起止年限", "项目期限", "实施期限", "项目实施期")),
    Field("fill_date", "填报日期", "Date filled", F.DATE, aliases=("填表日期",), written=False),
    Field("gov_purchase", "是否含政府购买服务", "Includes government purchase of services",
          F.CHOICE, YES_NO),
    Field("total", "中期资金总额", "Period budget total", F.MONEY, group="money",
          aliases=("项目总预算", "实施期资金总额", "中期资金总额", "资金总额", "总投资",
                   "项目总投资", "项目总金额", "项目资金总额", "项目总资金")),
    Field("total_fiscal", "中期财政拨款", "Period fiscal appropriation", F.MONEY, group="money"),
    Field("total_other", "中期其他资金", "Period other funds", F.MONEY, group="money"),
    Field("annual", "年度资金总额", "Annual budget total", F.MONEY, group="money",
          aliases=("项目当年预算", "当年预算", "年度资金总额", "年度金额", "本年度计划投资",
                   "年度计划投资", "本年度资金", "年度资金", "本年度安排", "本年度投资",
                   "本年下达投资", "本年度下达资金", "年度资金合计")),
    Field("annual_fiscal", "年度财政拨款", "Annual fiscal appropriation", F.MONEY, group="money",
          aliases=("当年财政拨款",)),
    Field("annual_other", "年度其他资金", "Annual other funds", F.MONEY, group="money"),
    Field("prior_budget", "上年预算额", "Last year's budget", F.MONEY, group="money",
          aliases=("同名项目上年预算额", "上年预算", "上年预算数")),
    Field("prior_exec", "上年预算执行数", "Last year's spending", F.MONEY, group="money",
          aliases=("同名项目上年预算执行数", "上年执行数")),
    Field("goal_period", "中期目标", "Period goal", F.LONGTEXT, group="goals",
          aliases=("实施期目标", "总目标", "总体目标", "项目中期目标", "两年总体目标",
                   "三年总体目标", "五年总体目标")),
    Field("goal_annual", "年度目标", "Annual goal", F.LONGTEXT, group="goals",
          aliases=("年度绩效目标", "阶段性目标", "年度总体目标", "年度区域绩效目标",
                   "区域年度绩效目标", "项目年度绩效目标", "项目年度目标")),
)  # fmt: skip # a table: one field a line, its aliases below it

_DEPARTMENT_FIELDS = (
    Field("unit", "部门（单位）名称", "Department (unit)",
          aliases=("部门名称", "单位名称", "部门(单位)名称")),
    Field("code", "部门预算编码", "Budget code", aliases=("预算编码", "单位编码")),
    Field("year", "预算年度", "Budget year", F.YEAR, aliases=("年度",)),
    Field("fill_date", "填报日期", "Date filled", F.DATE, aliases=("填表日期",)),
    Field("filler", "填报人", "Filled by", aliases=("联系人",)),
    Field("phone", "联系电话", "Phone", aliases=("电话",)),
    Field("total", "年度资金总额", "Annual budget total", F.MONEY, group="money",
          aliases=("资金总额", "年度预算", "收入合计", "收入总计")),
    Field("total_fiscal", "其中：财政拨款", "Of which: fiscal appropriation", F.MONEY,
          group="money", aliases=("财政拨款",)),
    Field("total_other", "其中：其他资金", "Of which: other funds", F.MONEY, group="money",
          aliases=("其他资金",)),
    Field("basic", "基本支出", "Basic expenditure", F.MONEY, group="money"),
    Field("project_spend", "项目支出", "Project expenditure", F.MONEY, group="money"),
    Field("prior_budget", "上年预算", "Last year's budget", F.MONEY, group="money",
          aliases=("上年预算额", "上年预算数")),
    Field("prior_exec", "上年预算执行数", "Last year's spending", F.MONEY, group="money",
          aliases=("上年执行数",)),
    Field("duties", "部门职能", "Department duties", F.LONGTEXT, group="goals",
          aliases=("职责概述", "部门职责")),
    Field("goal_annual", "年度总体目标", "Annual overall goal", F.LONGTEXT, group="goals",
          aliases=("总体绩效目标", "年度绩效目标", "总体目标", "整体绩效目标")),
    # 收入合计 │ … │ 支出合计 │ … of a 部门预算 block: the spending beside the income (read only)
    Field("spend_total", "支出合计", "Expenditure total", F.MONEY, group="money",
          aliases=("支出总计",), written=False),
)  # fmt: skip # a table: one field a line, its aliases below it

FIELDS = {"project": _PROJECT_FIELDS, "department": _DEPARTMENT_FIELDS}

GROUP_TITLES = {
    "basic": ("基本情况", "General"),
    "money": ("资金情况", "Funding"),
    "goals": ("总体目标", "Overall goals"),
}

# Indicator columns; the reader recognises the aliases in official forms as well.
_TIER1 = Column("tier1", "一级指标", "Tier 1", 14, ("一级目标",))
_TIER2 = Column("tier2", "二级指标", "Tier 2", 16, ("二级目标",))
_NAME = Column(
    "name",
    "三级指标",
    "Tier 3 indicator",
    40,
    ("三级目标", "指标名称", "绩效指标名称", "指标内容", "考核指标", "考核内容", "具体指标"),
)
_OP = Column(
    "op",
    "比较符",
    "Operator",
    8,
    (
        "运算符",
        "符号",
        "比较",
        "比较方式",
        "比较关系",
        "比较符号",
        "指标值符号",
        "指标符号",
        "运算符号",
    ),
)
_PERIOD = Column(
    "period",
    "实施期指标值",
    "Period target",
    14,
    ("实施周期指标值", "中期指标值", "实施期目标值", "中期目标值", "整体指标值"),
)
_ANNUAL = Column(
    "annual",
    "年度指标值",
    "Annual target",
    14,
    (
        "指标值",
        "目标值",
        "指标目标值",
        "年度目标值",
        "年度指标",
        "预期实现值",
        "绩效标准",
        "预期目标",
    ),
)
_UNIT = Column("unit", "计量单位", "Unit", 10, ("度量单位", "单位"))
_DIRECTION = Column("direction", "指标方向", "Direction", 10, ("指标性质",))
_WEIGHT = Column("weight", "权重", "Weight", 8, ("指标权重", "分值", "权重（%）"))
_REMARK = Column(
    "remark",
    "指标解释/备注",
    "Explanation / remarks",
    30,
    (
        "指标解释",
        "绩效指标描述",
        "备注",
        "指标值设定依据",
        "评（扣）分标准",
        "评分标准",
        "评价标准",
        "考核标准",
    ),
)
_DECLARED = Column("declared", "指标值类型", "Value type", 10, ("指标类型",))
# the date each indicator is due by, a column of some provinces' forms (goalbook writes none)
_DEADLINE = Column(
    "deadline",
    "完成时限",
    "Deadline",
    12,
    ("完成时间", "完成期限", "时限要求", "截止时间", "截止日期", "完成时点", "计划完成时间"),
)

INDICATOR_COLUMNS = {
    "project": (_TIER1, _TIER2, _NAME, _OP, _PERIOD, _ANNUAL, _UNIT, _DIRECTION, _WEIGHT, _REMARK),
    "department": (_TIER1, _TIER2, _NAME, _OP, _ANNUAL, _UNIT, _DIRECTION, _WEIGHT, _REMARK),
}
# every column the reader knows, including those goalbook templates do not write
READ_COLUMNS = (*INDICATOR_COLUMNS["project"], _DECLARED, _DEADLINE)

LINE_COLUMNS = {
    "project": (
        Column(
            "name",
            "明细项目",
            "Cost item",
            24,
            (
                "支出明细",
                "项目内容",
                "名称",
                "支出内容",
                "支出项目",
                "明细内容",
                "资金用途明细",
                "资金用途",
                "子项目名称",
                "子项目",
                "维修内容",
                "建设内容",
                "企业名称",
                "品目",
                "采购品目",
                "机具品目",
                "设备名称",
            ),
        ),
        Column("basis", "测算依据", "Calculation basis", 40, ("测算依据及说明",)),
        Column(
            "amount",
            "金额",
            "Amount",
            14,
            ("预算金额", "金额合计", "资金", "安排资金", "补助金额", "补贴资金", "补助资金"),
            F.MONEY,
        ),
        Column("fiscal", "其中：财政拨款", "Of which: fiscal", 14, ("财政拨款",), F.MONEY),
        Column("other", "其他资金", "Other funds", 14, type=F.MONEY),
    ),
    "department": (
        Column("name", "任务名称", "Task", 24, ("名称", "重点工作任务")),
        Column("basis", "主要实施内容", "Main content", 40, ("主要内容",)),
        Column("amount", "预算金额", "Budget", 14, ("金额", "总额"), F.MONEY),
        Column("fiscal", "财政拨款", "Fiscal appropriation", 14, type=F.MONEY),
        Column("other", "其他资金", "Other funds", 14, type=F.MONEY),
        Column("goal", "期望达到的目标", "Expected result", 30, ("期望达到的目标（概述）",)),
    ),
}


def money_keys(columns: Iterable[Column | Field]) -> tuple[str, ...]:
    """The keys of the money columns or fields among ``columns``."""
    return tuple(c.key for c in columns if c.type is FieldType.MONEY)


def find_field(kind: str, key: str) -> Field | None:
    return next((f for f in FIELDS.get(kind, ()) if f.key == key), None)


def field_label(kind: str, key: str, lang: str) -> str:
    """A field's label in ``lang`` as messages name it (the key of a field the kind lacks)."""
    field = find_field(kind, key)
    return (field.zh if lang == "zh" else field.en) if field else key


@dataclass(frozen=True, slots=True)
class Sum:
    """``whole`` must equal the sum of ``parts`` (money fields of one kind of table), unless
    the field ``unless`` is read: the parts then add up to that one instead."""

    whole: str
    parts: tuple[str, ...]
    unless: str = ""


# Which amounts must add up: the template marks a whole red when its parts do not add up to it,
# the money rules (B101) report it.
SUMS = {
    "project": (
        Sum("total", ("total_fiscal", "total_other")),
        Sum("annual", ("annual_fiscal", "annual_other")),
    ),
    "department": (
        Sum("total", ("total_fiscal", "total_other")),
        # beside a 支出合计 (read only: rules/balance.py) 基本支出 + 项目支出 add up to it
        Sum("total", ("basic", "project_spend"), unless="spend_total"),
    ),
}
# The fields the budget lines add up to, the first the one they are meant to match: the money
# rules (B102) accept any of them; the template marks the lines total red against the first (a
# department's also against the others: its lines may list the project spending only).
LINES_ADD_UP_TO = {"project": ("annual", "total"), "department": ("total", "project_spend")}
# The template's sheets, its title and its stamp live in :mod:`goalbook.sheets`; named here too.
LISTS_SHEET = _sheets.LISTS_SHEET
META_SHEET = _sheets.META_SHEET
HIDDEN_SHEETS = _sheets.HIDDEN_SHEETS
SheetNames = _sheets.SheetNames
sheet_names = _sheets.sheet_names
NO_YEAR = _sheets.NO_YEAR
title_parts = _sheets.title_parts
form_title = _sheets.form_title
TITLE_YEAR = _sheets.TITLE_YEAR
YEAR_LINE = _sheets.YEAR_LINE
year_of_title = _sheets.year_of_title
TEMPLATE_ID_PREFIX = _sheets.TEMPLATE_ID_PREFIX
template_id = _sheets.template_id
TemplateStamp = _sheets.TemplateStamp
