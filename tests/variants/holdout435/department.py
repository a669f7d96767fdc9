"""The whole theatre: department returns, a second-sheet table, a budget-system export and
tier labels as offices write them (yc13–yc18)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout435.common import (
    DEPT,
    UNIT,
    YEAR,
    department,
    lines,
    notes,
    project,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout435.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
WORDS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
GOAL = "全年演出260场以上，其中进校园80场、惠民演出100场，观众11万人次以上。"


def department_table(s: Sheet) -> None:
    """The theatre's NAT-2021 indicators, consistent with its budget."""
    table(s, HEAD, [
        ("产出指标", "数量指标", "全年演出场次", "≥260场"),
        (None, None, "进校园演出场次", "≥80场"),
        (None, "质量指标", "演出技术事故发生率", pct(0.02)),
        (None, "时效指标", "重点任务完成时间", "12月20日前"),
        ("成本指标", "经济成本指标", "单场演出平均成本", "≤1.6万元/场"),
        ("效益指标", "社会效益指标", "年度观众人次", "≥110000人次"),
        (None, "可持续影响指标", "保留剧目常演数", "≥6部"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip


def tasks(a: Any, b: Any, c: Any, total: Any) -> list[list[Any]]:
    return [
        ["惠民演出季", "城乡惠民演出100场", a, "观众4万人次以上"],
        ["原创剧目创排", "创排原创话剧1部", b, "首轮演出12场"],
        ["话剧进校园", "中小学巡演80场", c, "观演师生4万人次"],
        ["金额合计", None, total, None],
    ]


@variant(
    "yc13-department-money",
    (12, 1),
    "department, NAT-2021: budget with shares typed in %, "
    "key tasks with a 金额合计 equal to 项目支出, a footnote on the total (correct)",
)
def yc13() -> Book:
    b, s = start()
    budget = [
        [wan(1500), wan(1200), wan(300), wan(1050), wan(450)],
        [pct(1.0), pct(0.8), pct(0.2), pct(0.7), pct(0.3)],
    ]
    department(s, budget, GOAL, tasks(wan(180), wan(160), wan(110), wan(450)))
    department_table(s)
    notes(s, "注：任务金额合计为项目支出450万元，不含基本支出1050万元。", width=4)
    sign(s, "程望舒", "0593-7712058")
    return b


@variant(
    "yc14-department-money-wrong",
    (12,),
    "department, NAT-2021: 资金总额 not its parts, key tasks not adding to 金额合计",
)
def yc14() -> Book:
    b, s = start()
    total = mk(wan(1460), "B101", "error", note="1200 + 280 = 1040 + 440 = 1480, not 1460")
    whole = mk(wan(440), "B102", "error", note="170 + 150 + 110 = 430, not 440")
    department(
        s,
        [[total, wan(1200), wan(280), wan(1040), wan(440)]],
        GOAL,
        tasks(wan(170), wan(150), wan(110), whole),
    )
    department_table(s)
    return b


@variant(
    "yc15-second-sheet",
    (7,),
    "project: head on the first sheet, the indicator table on a "
    "second sheet under a two-row header 绩效指标 / 预期实现值 (correct)",
)
def yc15() -> Book:
    b, s = start("项目信息")
    project(s, "话剧艺术普及讲座进校园", lines(wan(30), wan(30), money(0, '0.00"万元"')),
            ["在中小学开展话剧艺术普及讲座60场，听讲师生1.2万人次以上。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 16, 30, 14, 12))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    t.row("绩效指标", None, None, "预期实现值", "计量单位", merge=[(1, 3)])
    table(t, ("一级指标", "二级指标", "三级指标", None, None), [
        ("产出指标", "数量指标", "普及讲座场次", "≥60", "场"),
        (None, "质量指标", "讲座课件审定通过率", "≥95", "%"),
        (None, "时效指标", "讲座完成时间", "11月30日前", None),
        (None, "成本指标", "单场讲座成本", "≤0.45", "万元/场"),
        ("效益指标", "社会效益指标", "听讲师生人次", "≥12000", "人次"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


def export_money(b: Book) -> None:
    """Sheet 05-1 of the export: codes first, header on the third row."""
    s = b.sheet("部门项目支出预算05-1", (14, 24, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    split = mk("268.437 5", "X105", "warning", alt=("X103",),
               note="a number split by a space, stored as text: 268.4375")  # fmt: skip
    f = "0.0000"
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("317001260003", "话剧进校园巡演", split, money(220.4375, f), money(48, f))
    s.row("317001260004", "城区话剧惠民演出季", money(180, f), money(150, f), money(30, f))
    s.row("合计", None, money(448.4375, f), money(370.4375, f), money(78, f))


@variant(
    "yc16-export-codes",
    (7, 9),
    "budget-system export: sheets 05-1 and 05-2, codes in the "
    "first columns, header on the third row; a split number and a date serial in text",
)
def yc16() -> Book:
    b = Book()
    export_money(b)
    s = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 14, 26, 16))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    s.row(f"单位名称：{UNIT}")
    serial = mk("46387", "X104", "warning", note="2026-12-31 as an Excel serial in a text cell")
    a, p = ("317001260003", "话剧进校园巡演"), ("317001260004", "城区话剧惠民演出季")
    rows: list[tuple[Any, ...]] = [
        (*a, "产出指标", "数量指标", "校园巡演场次", "≥120场"),
        (*a, None, "时效指标", "巡演完成时间", serial),
        (*a, None, "成本指标", "单场巡演成本", "≤1.8万元/场"),
        (*a, "效益指标", "社会效益指标", "观演师生人次", "≥50000人次"),
        (*a, "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
        (*p, "产出指标", "数量指标", "惠民演出场次", "≥100场"),
        (*p, None, "成本指标", "单场演出补贴标准", "≤1.5万元/场"),
        (*p, "效益指标", "社会效益指标", "惠民演出观众人次", "≥40000人次"),
        (*p, "满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ]
    table(s, ("项目代码", "项目名称", *HEAD), rows, merged=(3, 4))
    return b


@variant(
    "yc17-alt-labels",
    (5, 11),
    "project, OLD-NAT, tier labels with * and abbreviated, a ★ "
    "core indicator, operators in words in their own column, a 下降率 with 大于等于 and "
    "0起 on an incident count (correct)",
)
def yc17() -> Book:
    b, s = start()
    project(s, "社区话剧惠民展演", lines(wan(54), wan(45), wan(9)),
            ["在20个社区开展话剧惠民展演50场，观众1.5万人次以上，投诉量下降。"])  # fmt: skip
    table(s, WORDS, [
        ("*产出指标", "数量", "★社区展演场次", "大于等于", 50, "场"),
        (None, None, "覆盖社区数", "大于等于", 20, "个"),
        (None, "质量", "演出安全责任事故", "小于等于", 0, "起"),
        (None, "时效", "展演完成时间", "小于等于", day(YEAR, 11, 30, CN_DATE), None),
        (None, "成本", "单场展演成本", "小于等于", 0.9, "万元/场"),
        ("*效益指标", "社会效益", "★展演观众人次", "大于等于", 15000, "人次"),
        (None, None, "观众投诉下降率", "大于等于", 10, "%"),
        ("*满意度指标", "服务对象满意度", "观众满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "yc18-direction-words",
    (11, 5),
    "project, NAT-2021, operators in words in their own "
    "column: ≥ on a complaint rate, = on a cost cap, a tier-2 under the wrong tier-1",
)
def yc18() -> Book:
    b, s = start()
    project(s, "剧场开放日及惠民演出", lines(wan(66), wan(55), wan(11)),
            ["举办剧场开放日12次、惠民演出40场，观众1.6万人次以上。"], dept=DEPT)  # fmt: skip
    flip = "a 投诉率 is 反向: 大于等于 reads as a floor on complaints"
    cap = "a cost is a cap: 等于 should be 小于等于"
    wrong = "时效指标 belongs to 产出指标, not 效益指标"
    table(s, WORDS, [
        ("产出指标", "数量指标", "剧场开放日次数", "大于等于", 12, "次"),
        (None, None, "惠民演出场次", "大于等于", 40, "场"),
        (None, "质量指标", "观众投诉率", mk("大于等于", "T108", "warning", row=True, note=flip),
         2, "%"),
        ("成本指标", "经济成本指标", "单场演出成本",
         mk("等于", "T108", "warning", row=True, note=cap), 1.2, "万元/场"),
        ("效益指标", "社会效益指标", "观众人次", "大于等于", 16000, "人次"),
        (None, mk("时效指标", "F105", "error", note=wrong), "开放日活动完成时间", "小于等于",
         day(YEAR, 10, 31, CN_DATE), None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b
