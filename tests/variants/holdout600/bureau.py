"""Department returns, stacked projects and exports covering both halves: el13–el17."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout600.common import (
    AGRI,
    NAT,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout600.registry import variant
from tests.variants.kit import Book, mk, pct

CENTRE = "岑梁县特色产业发展服务中心"
STATION = "岑梁县雾杉乡农业综合服务站"


@variant(
    "el13-agri-dept-money",
    (12, 4),
    "department, NAT-2021: budget and key tasks that add up, a total with its parts in "
    "brackets, a note inside the table, 填表说明 and signature lines (correct)",
)
def el13() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept=CENTRE,
        budget=[[500, 420, 80, 200, 300]],
        tasks=[
            ["刺梨果园管护", "管护刺梨果园2000亩", 150, "管护到位"],
            ["板蓝根基地建设", "建设板蓝根基地600亩", 100, "基地建成"],
            ["烘干与加工服务", "烘干鲜根与鲜果初加工", 50, "及时烘干"],
            ["金额合计", None, 300, None],
        ],
        goal="管护刺梨果园2000亩，建设板蓝根基地600亩，特色作物管护面积合计2600亩。",
    )
    indicators(s, NAT, [
        ["产出指标", "数量指标", "特色作物管护面积合计", "≥2600亩（刺梨2000亩、板蓝根600亩）"],
        [None, None, "板蓝根基地建设面积", "≥600亩"],
        [None, "质量指标", "果园管护验收合格率", pct(0.95)],
        [None, "时效指标", "基地建设完成时间", "2026年10月31日前"],
        ["注：管护面积合计含刺梨与板蓝根两类。", "", None, None],
        ["成本指标", "经济成本指标", "亩均管护成本", "≤0.075万元/亩"],
        ["效益指标", "经济效益指标", "特色作物产值增长率", "≥8%"],
        [None, "社会效益指标", "带动农户户数", "≥700户"],
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
    ])  # fmt: skip
    notes(s, "填表说明：1. 金额单位为万元；2. 指标值应量化填写。")
    sign(s, "黎念秋", "0857-6603342")
    return b


@variant(
    "el14-dept-tasks-wrong",
    (12, 6),
    "department, NAT-2021: tasks that do not make 金额合计, a training count below the "
    "goal's, a template example row left in the table",
)
def el14() -> Book:
    b, s = book()
    goal = mk(
        "推广刺梨修剪技术1500亩，培训药农600人次，维护烘干棚3座。",
        "D104",
        "warning",
        required=False,
        note="the other end of the 培训 finding",
    )
    department_head(s, year=YEAR, dept=STATION, budget=[[260, 230, 30, 140, 120]], goal=goal,
                    tasks=[["刺梨技术推广", "推广修剪技术1500亩", 50, "技术到户"],
                           ["药农培训", "培训药农600人次", 40, "药农掌握技术"],
                           ["烘干棚运维", "维护烘干棚3座", 35, "正常运行"],
                           ["金额合计", None,
                            mk(120, "B102", "error", row=True, alt=("B101",),
                               note="50 + 40 + 35 = 125, not 120"), None]])  # fmt: skip
    indicators(s, NAT, [
        ["产出指标", "数量指标", "刺梨修剪技术推广面积", "≥1500亩"],
        [None, None, "药农技术培训人次",
         mk("≥400人次", "D104", "warning", row=True, note="goal and task say 600人次")],
        [None, None, "XX技术推广覆盖率",
         mk("≥XX%", "X101", "error", row=True, note="the template's example row left in")],
        [None, "时效指标", "烘干棚检修完成时间", "2026年8月31日前"],
        ["成本指标", "经济成本指标", "单座烘干棚年运维费", "≤11万元"],
        ["效益指标", "社会效益指标", "技术服务覆盖农户", "≥500户"],
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "杨丛岱", "0857-6617720")
    return b


@variant(
    "el15-budget-export",
    (7, 9),
    "budget-system export: money on 「部门项目支出预算05-1」, indicators on "
    "「部门项目支出绩效目标05-2」 under a header on the third row, codes in the first "
    "columns, tiers repeated, typed percents (correct)",
)
def el15() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 26, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("52263121001", "刺梨果园病虫害绿色防控项目", wan(60), wan(50), wan(10))
    s.row("52263121002", "板蓝根种子提纯复壮项目", wan(40), wan(40), wan(0))
    s.row("合计", None, wan(100), wan(90), wan(10))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 24, 12, 16, 26, 10, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：岑梁县农业农村局")
    t.row(
        "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"
    )
    a, h = ("52263121001", "刺梨果园病虫害绿色防控项目"), ("52263121002", "板蓝根种子提纯复壮项目")
    for row in [
        [*a, "产出指标", "数量指标", "绿色防控示范面积", "≥", 1200, "亩"],
        [*a, "产出指标", "质量指标", "防治效果达标率", "≥", pct(0.9), "%"],
        [*a, "成本指标", "经济成本指标", "亩均防控成本", "≤", 0.05, "万元/亩"],
        [*a, "效益指标", "生态效益指标", "化学农药使用量下降率", "≥", pct(0.15), "%"],
        [*a, "满意度指标", "服务对象满意度指标", "果农满意度", "≥", pct(0.9), "%"],
        [*h, "产出指标", "数量指标", "提纯复壮种子产量", "≥", 8, "吨"],
        [*h, "产出指标", "时效指标", "种子入库时间", "≤", "2026年12月15日", None],
        [*h, "成本指标", "经济成本指标", "每吨种子提纯成本", "≤", 5, "万元/吨"],
        [*h, "效益指标", "可持续影响指标", "良种自给率", "≥", pct(0.7), "%"],
        [*h, "满意度指标", "服务对象满意度指标", "药农满意度", "≥", pct(0.9), "%"],
    ]:
        t.row(*row)
    return b


@variant(
    "el16-stacked-wrong",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
    "money parts do not make its total, its harvest deadline a year late",
)
def el16() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="刺梨果园水肥一体化项目",
        dept=AGRI,
        unit=STATION,
        money=one_year(75, 60, 15),
        goals=["建设水肥一体化果园300亩。"],
    )
    indicators(s, NAT, [
        ["产出指标", "数量指标", "水肥一体化果园面积", "≥300亩"],
        [None, "时效指标", "管网铺设完成时间", "2026年6月30日前"],
        [None, "成本指标", "亩均建设成本", "≤0.25万元/亩"],
        ["效益指标", "经济效益指标", "亩均节本增收", "≥600元/亩"],
        ["满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    total = mk(wan(50), "B101", "error", note="财政拨款 40 + 其他资金 5 = 45, not 50")
    project_head(
        s,
        year=YEAR,
        title="",
        name="板蓝根机械化采收项目",
        dept=AGRI,
        unit=STATION,
        money=one_year(total, 40, 5),
        goals=["机械化采收板蓝根800亩。"],
    )
    indicators(s, NAT, [
        ["产出指标", "数量指标", "机械化采收面积", "≥800亩"],
        [None, "时效指标", "秋季采收完成时间",
         mk("2027年11月30日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="a one-year 2026 project cannot finish its harvest in 2027")],
        [None, "成本指标", "亩均采收作业补助", "≤0.05万元/亩"],
        ["效益指标", "经济效益指标", "亩均采收用工节约", "≥3个工日"],
        ["满意度指标", "服务对象满意度指标", "药农满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "杨丛岱", "0857-6617720")
    return b


@variant(
    "el17-flat-two-values",
    (3, 8),
    "department, flat list with 实施周期 and 年度 value columns, a unit column and weights "
    "in the header text (correct)",
)
def el17() -> Book:
    b, s = book(widths=(30, 10, 16, 16, 12, 12))
    department_head(
        s,
        year=YEAR,
        dept="岑梁县刺梨产业发展办公室",
        budget=[[180, 150, 30, 100, 80]],
        goal="实施周期（2026年—2028年）新增刺梨基地6000亩，2026年新增2000亩。",
    )
    s.row("指标名称", "计量单位", "实施周期指标值", "年度指标值", "权重（共100分）")
    s.table([
        ["新增刺梨种植基地面积", "亩", "≥6000", "≥2000", 20],
        ["刺梨鲜果产量", "吨", "≥9000", "≥2500", 20],
        ["苗木栽植成活率", "%", "≥90", "≥90", 15],
        ["亩均建园补助", "万元/亩", "≤0.04", "≤0.04", 15],
        ["带动脱贫户增收户数", "户", "≥900", "≥300", 20],
        ["种植户满意度", "%", "≥90", "≥90", 10],
    ])  # fmt: skip
    notes(s, "注：实施周期为2026年—2028年，年度指标值为2026年度目标。")
    sign(s, "黎念秋", "0857-6603342")
    return b
