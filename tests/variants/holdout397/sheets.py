"""Flat lists, 中期 and 年度 columns and stacked projects (wq07–wq12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout397.common import (
    YEAR,
    funds,
    open_book,
    project,
    signature,
    table,
    wan,
)
from tests.variants.holdout397.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "wq07-flat-association",
    (3,),
    "department, flat list (名称·权重·单位·指标性质 as operator·指标值), weights 100 (correct)",
)
def wq07() -> Book:
    b, s = open_book("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="澄溪市老年人体育协会",
        budget=[[wan(420), wan(380), wan(40), wan(300), wan(120)]],
        goal="办好老年桥牌、围棋、象棋公开赛，完善基层老年棋牌站点。",
    )
    rows = [
        ("举办老年桥牌、围棋、象棋公开赛", 10, "场", "≥", 8),
        ("老年棋牌社会体育指导员培训", 15, "人次", "≥", 240),
        ("基层老年棋牌站点覆盖率", 10, "%", "≥", pct(0.85)),
        ("站点棋牌桌椅更新", 10, "套", "≥", 40),
        ("棋牌桌椅采购单价", 10, "元/套", "≤", 1500),
        ("赛事安全责任事故", 10, "起", "≤", 0),
        ("老年棋牌活动参与人数增长率", 10, "%", "≥", pct(0.08)),
        ("赛事投诉办结及时率", 10, "%", "≥", pct(0.95)),
        ("参赛老人满意度", 15, "%", "≥", pct(0.9)),
    ]
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    signature(s, "邹明岚", "0761-58320417")
    return b


@variant(
    "wq08-flat-defects",
    (3,),
    "department, flat list (序号·名称·指标值·单位·权重): unit conflict, rate as count, weights 95",
)
def wq08() -> Book:
    b, s = open_book("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="蒲湾县老年人体育协会",
        budget=[[wan(96), wan(90), wan(6), wan(70), wan(26)]],
        goal="组织县级老年棋牌赛事，建设乡镇老年棋牌活动点。",
    )
    unit = mk("≥30场", "T112", "error", note="场 in the value, 人次 in the unit column")
    rate = mk("≥40个", "T105", "error", note="a 覆盖率 given as a count")
    rows = [
        (1, "县级老年棋牌赛事", unit, "人次", 20),
        (2, "乡镇老年棋牌活动点覆盖率", rate, "%", 20),
        (3, "参赛老人体检合格率", "≥95%", "%", 15),
        (4, "每场赛事补助标准", "≤0.5万元/场", "万元/场", 15),
        (5, "老年棋牌赛事参与人次", "≥1500人次", "人次", 15),
        (6, "参赛老人满意度", "≥90%", "%", 10),
    ]
    table(s, ("序号", "指标名称", "指标值", "计量单位", "权重"), rows, merged=())
    b.file_mark("W101", "error", note="weights 20 + 20 + 15 + 15 + 15 + 10 = 95, not 100")
    return b


@variant(
    "wq09-one-year-equal",
    (8,),
    "one-year bridge project with 中期 and 年度 columns legitimately identical (correct)",
)
def wq09() -> Book:
    b, s = open_book()
    goal = "举办老年桥牌双人赛12轮，培养老年桥牌裁判20名。"
    money = [
        ["中期资金总额", wan(24), "年度资金总额", wan(24)],
        ["其中：财政拨款", wan(20), "其中：财政拨款", wan(20)],
        ["其他资金", wan(4), "其他资金", wan(4)],
    ]
    project(s, "老年桥牌双人赛", "澄溪市老年人体育协会桥牌分会", money, [goal, goal])
    rows = [
        ("产出指标", "数量指标", "双人赛轮次", "≥12轮", "≥12轮"),
        (None, None, "培养老年桥牌裁判", "≥20名", "≥20名"),
        (None, "质量指标", "裁判考核通过率", "≥90%", "≥90%"),
        (None, "时效指标", "末轮比赛完成时间", "2025年12月15日前", "2025年12月15日前"),
        ("成本指标", "经济成本指标", "每轮比赛成本", "≤1.5万元/轮", "≤1.5万元/轮"),
        ("效益指标", "社会效益指标", "参赛老人定期参与桥牌活动比例", "≥70%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参赛老人满意度", "≥90%", "≥90%"),
    ]
    table(s, PERIOD_HEAD, rows)
    return b


@variant(
    "wq10-three-year-copied",
    (8,),
    "three-year bridge training project, NAT-2021, 中期 and 年度: counts copied, one above",
)
def wq10() -> Book:
    b, s = open_book()
    money = [
        ["中期资金总额", wan(72), "年度资金总额", wan(24)],
        ["其中：财政拨款", wan(60), "其中：财政拨款", wan(20)],
        ["其他资金", wan(12), "其他资金", wan(4)],
    ]
    goals = [
        "三年培训老年桥牌教练员300人，建成社区桥牌角30个，每年办联赛一届。",
        "本年度培训教练员100人，建成社区桥牌角10个，办联赛一届。",
    ]
    project(s, "老年桥牌教练员三年培训计划", "澄溪市桥牌协会", money, goals, years=3)
    rows = [
        (
            "产出指标",
            "数量指标",
            "培训老年桥牌教练员",
            "≥300人",
            mk(
                "≥300人",
                "D202",
                "warning",
                alt=("D104",),
                note="the 3-year count copied into the year",
            ),
        ),
        (
            None,
            None,
            "建成社区桥牌角",
            "≥30个",
            mk(
                "≥30个",
                "D202",
                "warning",
                alt=("D104",),
                note="the 3-year count copied into the year",
            ),
        ),
        (
            None,
            None,
            "全市老年桥牌联赛",
            "≥3届",
            mk(
                "≥4届",
                "D201",
                "error",
                alt=("D104",),
                note="a year cannot hold more leagues than 3 years",
            ),
        ),
        (None, "质量指标", "教练员考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度培训完成时间", "每年11月底前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤2000元/人", "≤2000元/人"),
        ("效益指标", "社会效益指标", "社区桥牌角累计服务老人", "≥2700人次", "≥900人次"),
        ("满意度指标", "服务对象满意度指标", "参训教练员满意度", "≥90%", "≥90%"),
    ]
    table(s, PERIOD_HEAD, rows)
    return b


def stacked(
    s: Sheet,
    name: str,
    unit: str,
    money: list[list[Any]],
    goal: str,
    rows: list[tuple[Any, ...]],
    first: bool = False,
) -> None:
    """One project of a stacked sheet: its head (titled only when first) and its table."""
    if not first:
        s.skip()
    project(s, name, unit, money, [goal], title=None if first else "")
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)


def _stack_rows(name: str, count: str, cost: str, sat: Any) -> list[tuple[Any, ...]]:
    return [
        ("产出指标", "数量指标", name, count),
        (None, "质量指标", "赛事裁判持证率", "=100%"),
        (None, "时效指标", "赛事完成时间", "2025年10月31日前"),
        (None, "成本指标", "每场办赛成本", cost),
        ("效益指标", "社会效益指标", "参赛老人每周参与棋牌活动比例", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "参赛老人满意度", sat),
    ]


@variant(
    "wq11-stacked-three",
    (2,),
    "three projects stacked, OLD-NAT, one value column, same name with other values (correct)",
)
def wq11() -> Book:
    b, s = open_book("项目绩效目标")
    stacked(
        s,
        "老年围棋定段赛",
        "栎江区老干部活动中心",
        funds(9, 9, 0),
        "举办老年围棋定段赛3场。",
        _stack_rows("定段赛场次", "≥3场", "≤3万元/场", "≥90%"),
        first=True,
    )
    stacked(
        s,
        "老年象棋社区联赛",
        "栎江区老年人体育协会",
        funds(12, 10, 2),
        "举办社区象棋联赛8场。",
        _stack_rows("联赛场次", "≥8场", "≤1.5万元/场", "≥92%"),
    )
    stacked(
        s,
        "老年桥牌邀请赛",
        "栎江区桥牌俱乐部",
        funds(6, 4, 2),
        "举办老年桥牌邀请赛2场。",
        _stack_rows("邀请赛场次", "≥2场", "≤3万元/场", "≥88%"),
    )
    return b


@variant(
    "wq12-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT: the second project's total wrong and a rate as a count",
)
def wq12() -> Book:
    b, s = open_book("项目绩效目标")
    stacked(
        s,
        "老年五子棋推广",
        "蒲湾县老年人协会",
        funds(10, 8, 2),
        "举办五子棋推广赛5场。",
        _stack_rows("推广赛场次", "≥5场", "≤2万元/场", "≥90%"),
        first=True,
    )
    total = mk(15, "B101", "error", note="12 + 2 = 14, not 15")
    rows = _stack_rows("棋牌赛场次", "≥6场", "≤2万元/场", "≥90%")
    rows[1] = (
        None,
        "质量指标",
        "赛事裁判持证率",
        mk("≥12人", "T105", "error", note="a 持证率 given as a count"),
    )
    stacked(
        s,
        "老年棋牌进乡村",
        "蒲湾县老年人体育协会",
        funds(total, 12, 2),
        "在乡村举办老年棋牌赛6场。",
        rows,
    )
    return b
