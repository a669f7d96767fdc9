"""Indicator sets and table writers shared by the returns of the 63rd held-out corpus: tables as
the provincial 预算管理一体化 system exports them (long column lists, codes in front of names,
1/0 flags, the project in every row or in a block, 比较符 │ 数值 │ 单位 columns)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from tests.variants.kit import C, Sheet, mk, pct

OUT, COST, EFF, SAT = "产出指标", "成本指标", "效益指标", "满意度指标"
NUM, QUA, TIM = "数量指标", "质量指标", "时效指标"
ECO = "经济成本指标"
SOC, ECON, ECOL, SUS = "社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标"
SVC = "服务对象满意度指标"


@dataclass(frozen=True)
class Ind:
    """One indicator: tiers, name, operator, value (a number, or a grade word), unit,
    direction, points; ``per`` the 实施期 value when it differs from the annual one.
    ``mark``: (column key, code, severity, kwargs) placing a reviewer's mark."""

    t1: str
    t2: str
    name: str
    op: str
    val: Any
    unit: str = ""
    dir: str = "正向"
    pts: Any = None
    per: Any = None
    core: int = 0
    mark: tuple[Any, ...] = ()


def q(t1: str, t2: str, name: str, grade: str, pts: Any = None) -> Ind:
    """A qualitative indicator (a grade word, no operator, no unit)."""
    return Ind(t1, t2, name, "", grade, "", "定性", pts)


def with_mark(i: Ind, key: str, code: str, severity: str, **kw: Any) -> Ind:
    return replace(i, mark=(key, code, severity, kw))


def _fmt(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def text(i: Ind, period: bool = False) -> str:
    """The value as one text cell: ``≥95%``, ``≤9.5万元/公里``, ``健全``."""
    v = i.per if period and i.per is not None else i.val
    if isinstance(v, str) and not i.op and not i.unit:
        return v
    return f"{i.op}{_fmt(v)}{i.unit}"


def number(i: Ind, period: bool = False) -> Any:
    """The value alone, for a 数值 column: a percentage as Excel stores it."""
    v = i.per if period and i.per is not None else i.val
    if i.unit == "%" and isinstance(v, (int, float)):
        return pct(round(v / 100, 6), "0%" if float(v).is_integer() else "0.0%")
    return v


OPWORDS = {"≥": "大于等于", "≤": "小于等于", "=": "等于", ">": "大于", "<": "小于", "": "定性"}

EXPLAIN = {
    NUM: "反映项目计划完成的工作量",
    QUA: "反映项目完成的质量达标情况",
    TIM: "反映项目实施的及时程度",
    ECO: "反映项目成本控制情况",
    SOC: "反映项目实施对社会发展带来的影响",
    ECON: "反映项目实施带来的经济效益",
    ECOL: "反映项目实施对生态环境的改善",
    SUS: "反映项目后续运行及成效发挥的可持续性",
    SVC: "反映服务对象对项目实施的满意程度",
}
BASIS = {
    NUM: "计划标准",
    QUA: "行业标准",
    TIM: "计划标准",
    ECO: "历史标准",
    SOC: "计划标准",
    ECON: "计划标准",
    ECOL: "行业标准",
    SUS: "其他标准",
    SVC: "行业标准",
}
SOURCE = {
    NUM: "项目台账",
    QUA: "验收报告",
    TIM: "工作记录",
    ECO: "财务决算资料",
    SOC: "统计报表",
    ECON: "统计报表",
    ECOL: "监测报告",
    SUS: "制度文件",
    SVC: "问卷调查",
}


RULES = {
    "正向": "达到目标值得满分，每低于目标值5%扣1分，扣完为止",
    "反向": "不超过目标值得满分，每超出目标值5%扣1分，扣完为止",
    "": "达到得满分，基本达到得一半分值，未达到不得分",
}


def cell(i: Ind, key: str, project: Sequence[str] = ("", "")) -> Any:
    """The cell of indicator ``i`` in column ``key``."""
    values: dict[str, Any] = {
        "code": project[0],
        "pname": project[1],
        "t1": i.t1,
        "t2": i.t2,
        "name": i.name,
        "expl": EXPLAIN[i.t2],
        "basis": BASIS[i.t2],
        "rule": RULES["反向" if i.op and i.dir == "反向" else "正向" if i.op else ""],
        "src": SOURCE[i.t2],
        "pts": i.pts,
        "dir": i.dir if i.op else "定性",
        "dirshort": {"正向": "正向指标", "反向": "反向指标"}.get(i.dir, "定性指标"),
        "op": i.op or "定性",
        "opword": OPWORDS[i.op],
        "num": number(i),
        "pernum": number(i, period=True),
        "unit": i.unit,
        "value": text(i),
        "per": text(i, period=True),
        "type": "定量" if i.op else "定性",
        "core": i.core,
        "flag": 1,
        "bare": bare(i),
        "perbare": bare(i, period=True),
    }
    v = values[key]
    if i.mark and i.mark[0] == key:
        _, code, severity, kw = i.mark
        v = mk(v, code, severity, **kw)
    return v


def rows(
    inds: Sequence[Ind], keys: Sequence[str], project: Sequence[str] = ("", ""), fill: bool = True
) -> list[list[Any]]:
    """Table rows; with ``fill`` False the tier labels are left None below their first row (to
    be merged down by ``Sheet.table``)."""
    out: list[list[Any]] = []
    prev = ("", "")
    for i in inds:
        row = [cell(i, k, project) for k in keys]
        if not fill:
            for n, k in enumerate(keys):
                if k == "t1" and i.t1 == prev[0]:
                    row[n] = None
                if k == "t2" and (i.t1, i.t2) == prev:
                    row[n] = None
        prev = (i.t1, i.t2)
        out.append(row)
    return out


def total(inds: Sequence[Ind]) -> float:
    return sum(i.pts or 0 for i in inds)


def sign(s: Sheet, who: str, date: C | str) -> None:
    """The footer offices leave under the table."""
    s.skip()
    s.row(f"单位负责人：{who}", None, "财务负责人：", None, "填表日期：", date)
    s.row("注：本表由预算管理一体化系统导出，单位补充完善后报送。")


def bare(i: Ind, period: bool = False) -> str:
    """The value without its unit (the unit sits in its own column): ``≥42``, ``健全``."""
    v = i.per if period and i.per is not None else i.val
    return v if isinstance(v, str) and not i.op else f"{i.op}{_fmt(v)}"


def export_head(
    s: Sheet,
    *,
    year: int,
    code: str,
    name: str,
    dept: str,
    unit: str,
    money: Sequence[Any],
    goals: Sequence[str],
    width: int,
    years: int = 1,
    attr: str = "延续项目",
    start: Any = None,
    end: Any = None,
    title: str | None = None,
    fmt: str = "0.00",
) -> None:
    """A project head as the budget system exports it: 项目编码 in front, money in a small grid
    of (资金总额, 财政拨款, 其他资金) for the period and the year, then the goals."""
    from tests.variants.kit import day

    s.title(title or f"{year}年度项目支出绩效目标申报表", width)
    s.row(None, None, None, None, None, "金额单位：万元")
    s.row("项目编码", code, None, "项目名称", name, None, merge=[(2, 3), (5, 6)])
    s.row("主管部门及代码", dept, None, "实施单位", unit, None, merge=[(2, 3), (5, 6)])
    s.row("项目属性", attr, None, "项目期", f"{years}年", None, merge=[(2, 3), (5, 6)])
    s.row(
        "计划开始日期",
        start or day(year, 1, 1),
        None,
        "计划完成日期",
        end or day(year + years - 1, 12, 31),
        None,
        merge=[(2, 3), (5, 6)],
    )
    total, fiscal, other, a_total, a_fiscal, a_other = money
    top = s.row(
        "项目资金", "资金来源", None, "实施期资金总额", "年度资金总额", None, merge=[(2, 3), (5, 6)]
    )
    for label, p, a in (
        ("资金总额", total, a_total),
        ("其中：财政拨款", fiscal, a_fiscal),
        ("其他资金", other, a_other),
    ):
        s.row(None, label, None, C(p, fmt), C(a, fmt), None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    if len(goals) == 2:
        s.row(
            "总体目标",
            f"实施期目标（{year}年—{year + years - 1}年）",
            None,
            "年度目标",
            None,
            None,
            merge=[(2, 3), (4, 6)],
        )
        s.row(None, goals[0], None, goals[1], None, None, merge=[(2, 3), (4, 6)])
        s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    else:
        s.row("年度绩效目标", goals[0], None, None, None, None, merge=[(2, 6)])


def detail(s: Sheet, lines: Sequence[tuple[str, Any, str]], total: Any) -> None:
    """Budget detail lines by 支出经济分类, the code in front of the name (``30201 办公费``)."""
    s.row("项目支出明细（按支出经济分类）", None, None, None, None, None, merge=[(1, 6)])
    s.row("经济分类科目", None, "金额（万元）", "测算依据", None, None, merge=[(1, 2), (4, 6)])
    for label, amount, basis in lines:
        s.row(label, None, amount, basis, None, None, merge=[(1, 2), (4, 6)])
    s.row("合计", None, total, None, None, None, merge=[(1, 2), (4, 6)])


HEADERS = {
    "code": "项目编码",
    "pname": "项目名称",
    "t1": "一级指标",
    "t2": "二级指标",
    "name": "三级指标",
    "expl": "指标解释",
    "basis": "指标值设定依据",
    "rule": "评（扣）分标准",
    "src": "数据来源",
    "pts": "分值",
    "dir": "指标方向",
    "dirshort": "指标方向",
    "op": "比较符",
    "opword": "比较符",
    "num": "年度指标值",
    "pernum": "实施期指标值",
    "unit": "计量单位",
    "value": "年度指标值",
    "per": "实施期指标值",
    "type": "指标值类型",
    "core": "是否核心指标",
    "flag": "是否必填",
    "bare": "年度指标值",
    "perbare": "实施期指标值",
}


def header(keys: Sequence[str], **over: str) -> list[str]:
    return [over.get(k, HEADERS[k]) for k in keys]
