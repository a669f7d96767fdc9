"""Returns of the elderly-meal canteen (老年助餐) subsidy: kbf01-kbf06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout724.common import (
    CENTRE,
    DEPT,
    HEAD5,
    department,
    footer,
    indicators,
    one_year,
    project,
    wan,
)
from tests.variants.holdout724.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("kbf01-canteen-subsidy", (1, 12),
         "project, NAT-2021, typed percent cells, 万元 in the number format, goal's count with "
         "its parts in brackets, 0起 on an incident count (correct)")  # fmt: skip
def canteen_subsidy() -> Book:
    b, s = project(
        name="澄湾区老年助餐服务补贴",
        unit=CENTRE,
        money=one_year(180, 150),
        goals=[
            "在柳汀街道、石埠镇、南垣街道新建老年助餐点6个（其中街镇中心食堂2个、社区助餐点4个），"
            "全年助餐服务≥15万人次，对80周岁以上老人每餐补贴3元，食品安全事故0起。"
        ],
    )
    indicators(s, [
        ("成本指标", "经济成本指标", "助餐补贴标准", "≤3元/人次"),
        (None, None, "新建助餐点建设补助标准", "≤15万元/个"),
        ("产出指标", "数量指标", "新建老年助餐点数量", "≥6个"),
        (None, None, "助餐服务人次", "≥150000人次"),
        (None, "质量指标", "助餐点食品安全检查合格率", pct(1)),
        (None, None, "食品安全事故发生次数", "0起"),
        (None, "时效指标", "新建助餐点投入运营时间", "2026年9月30日前"),
        ("效益指标", "社会效益指标", "80周岁以上老人助餐覆盖率", pct(0.6)),
        (None, "可持续影响指标", "助餐点持续运营年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", pct(0.92)),
    ])  # fmt: skip
    footer(s, "章雨岚", "0577-86624417")
    return b


@variant("kbf02-canteen-goal-and-dates", (12,),
         "project, NAT-2021: total ≠ its parts, goal's count above the indicator's, a deadline "
         "left from last season")  # fmt: skip
def canteen_goal_and_dates() -> Book:
    b, s = project(
        name="石埠镇社区助餐点建设补助",
        unit="澄湾区石埠镇人民政府",
        money=[
            ("年度资金总额", mk(wan(96), "B101", "error", note="80 + 12 = 92, not 96"),
             "其中：财政拨款", wan(80)),
            ("其他资金", wan(12), None, None),
        ],
        goals=[
            "在石埠镇新建社区助餐点8个，覆盖全镇9个行政村，为60周岁以上老人提供"
            "助餐服务≥4万人次，新建助餐点年内全部投入运营。"
        ],
    )  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "社区助餐点建设补助标准", "≤10万元/个"),
        ("产出指标", "数量指标", "新建社区助餐点数量",
         mk("≥5个", "D104", "warning", row=True, note="the goal states 8 助餐点")),
        (None, None, "覆盖行政村数量", "≥9个"),
        (None, None, "助餐服务人次", "≥40000人次"),
        (None, "质量指标", "助餐点消防及食品安全验收合格率", pct(1)),
        (None, "时效指标", "助餐点投入运营时间",
         mk("2025年10月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="a deadline of last season in a 2026 one-year project")),
        ("效益指标", "社会效益指标", "老人就近就餐便利度", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "韦立新", "0577-86631025")
    return b


@variant("kbf03-canteen-stacked", (2,),
         "two canteen projects stacked, OLD-NAT, one value column: the second repeats an "
         "indicator with another value and its unit cost × count exceeds its money")  # fmt: skip
def canteen_stacked() -> Book:
    b, s = project(
        name="老年助餐点运营补贴",
        unit=CENTRE,
        money=one_year(120, 100),
        goals=["对全区32个运营满一年的助餐点按服务量给予运营补贴，全年助餐服务≥30万人次。"],
        title="2026年度项目支出绩效目标申报表（民政局项目汇总）",
    )
    indicators(s, [
        ("产出指标", "数量指标", "享受运营补贴助餐点数量", "≥32个"),
        (None, None, "助餐服务人次", "≥300000人次"),
        (None, "质量指标", "助餐点年度考核合格率", "≥95%"),
        (None, "时效指标", "运营补贴季度拨付及时率", "=100%"),
        (None, "成本指标", "助餐点运营补贴标准", "≤3元/人次"),
        ("效益指标", "社会效益指标", "高龄独居老人助餐覆盖率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ], label=None)  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="老年食堂适老化改造", dept=DEPT,
                 unit=CENTRE, money=one_year(60, 60), title="",
                 goals=["对南垣街道、柳汀街道10个老年食堂实施适老化改造，"
                        "加装扶手、防滑地面。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "改造老年食堂数量", "≥10个"),
        (None, None, "加装无障碍扶手长度", "≥600米"),
        (None, None, "改造老年食堂数量",
         mk("≥8个", "D102", "error", row=True, alt=("D101", "D103"),
            note="same indicator as two rows above with another value")),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2026年11月30日前"),
        (None, "成本指标", "单个食堂改造补助标准",
         mk("≤8万元/个", "B107", "warning", row=True,
            note="8万元 × 10个 = 80万元 > 年度资金 60万元")),
        ("效益指标", "社会效益指标", "老人就餐跌倒事故发生率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥88%"),
    ], label=None)  # fmt: skip
    footer(s, "章雨岚", "0577-86624417")
    return b


@variant("kbf04-canteen-three-years", (8,),
         "three-year project 2026-2028, NAT-2021, 中期 and 年度 columns: period counts above the "
         "year's, equal rates and unit costs, a later year prepared for (correct)")  # fmt: skip
def canteen_three_years() -> Book:
    b, s = project(
        name="澄湾区老年助餐服务网络建设",
        unit=CENTRE,
        years=3,
        money=[("中期资金总额", wan(540), "年度资金总额", wan(180)),
               ("其中：财政拨款", wan(450), "其中：财政拨款", wan(150)),
               ("其他资金", wan(90), "其他资金", wan(30))],
        goals=[
            "2026—2028年在全区12个街镇建成助餐服务网络，累计新建助餐点18个，累计助餐服务"
            "≥45万人次，为2029年接入全市助餐一体化平台积累经验。",
            "2026年新建助餐点6个，覆盖4个街镇，助餐服务≥15万人次。",
        ],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建老年助餐点数量", "≥18个", "≥6个"),
        (None, None, "助餐服务覆盖街镇数量", "≥12个", "≥4个"),
        (None, None, "助餐服务人次", "≥450000人次", "≥150000人次"),
        (None, "质量指标", "食品安全抽检合格率", pct(0.98), pct(0.98)),
        ("成本指标", "经济成本指标", "助餐补贴标准", "≤3元/人次", "≤3元/人次"),
        (None, None, "新建助餐点建设补助标准", "≤15万元/个", "≤15万元/个"),
        ("效益指标", "社会效益指标", "80周岁以上老人助餐覆盖率", "≥75%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%", "≥90%"),
    ], head=HEAD5)  # fmt: skip
    footer(s, "章雨岚", "0577-86624417")
    return b


@variant("kbf05-canteen-flat-department", (3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "a 下降率 with ≥, weights add to 100, goal counts match (correct)")  # fmt: skip
def canteen_flat_department() -> Book:
    b, s = department(
        dept="澄湾区养老服务指导中心",
        budget=[(wan(1260), wan(1100), wan(160), wan(860), wan(400))],
        tasks=[
            ("老年助餐服务", "新建助餐点、发放助餐补贴", wan(180), "助餐服务≥15万人次"),
            ("居家养老服务券", "向失能、高龄老人发放服务券", wan(140), "发放≥9000张"),
            ("养老护理员培训", "岗前及技能提升培训", wan(80), "培训≥400人次"),
            ("金额合计", None, wan(400), None),
        ],
        goal="目标1：新建助餐点6个，助餐服务≥15万人次；目标2：发放居家养老服务券≥9000张；"
        "目标3：培训养老护理员≥400人次。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("新建老年助餐点数量", 15, "个", "≥", 6),
        ("助餐服务人次", 15, "人次", "≥", 150000),
        ("居家养老服务券发放数量", 15, "张", "≥", 9000),
        ("养老护理员培训人次", 15, "人次", "≥", 400),
        ("服务券核销率", 10, "%", "≥", 95),
        ("助餐食品安全投诉下降率", 10, "%", "≥", 10),
        ("服务对象满意度", 20, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    footer(s, "俞青禾", "0577-86617730")
    return b


@variant("kbf06-canteen-period-copied", (8,),
         "three-year project 2026-2028, NAT-2021, 中期 and 年度 columns: cumulative counts copied "
         "into the year, one year's count above the period's")  # fmt: skip
def canteen_period_copied() -> Book:
    b, s = project(
        name="澄湾区农村老年食堂提质工程",
        unit=CENTRE,
        years=3,
        money=[("中期资金总额", wan(420), "年度资金总额", wan(140)),
               ("其中：财政拨款", wan(360), "其中：财政拨款", wan(120)),
               ("其他资金", wan(60), "其他资金", wan(20))],
        goals=[
            "2026—2028年累计提质改造农村老年食堂15个，累计助餐服务≥36万人次，组建助餐志愿者"
            "队伍≥200人。",
            "2026年启动首批农村老年食堂提质改造并投入运营，招募助餐志愿者。",
        ],
    )  # fmt: skip
    dup = "the 中期 cumulative count copied into the 年度 column of a three-year project"
    indicators(s, [
        ("产出指标", "数量指标", "提质改造农村老年食堂数量", "≥15个",
         mk("≥15个", "D202", "warning", note=dup)),
        (None, None, "助餐服务人次", "≥360000人次",
         mk("≥360000人次", "D202", "warning", note=dup)),
        (None, None, "助餐志愿者人数", "≥200人",
         mk("≥260人", "D201", "error", note="one year's count above the period's")),
        (None, "质量指标", "食堂食品安全检查合格率", pct(1), pct(1)),
        ("成本指标", "经济成本指标", "单个食堂提质补助标准", "≤8万元/个", "≤8万元/个"),
        ("效益指标", "社会效益指标", "农村留守老人助餐覆盖率", "≥65%", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%", "≥90%"),
    ], head=HEAD5)  # fmt: skip
    footer(s, "韦立新", "0577-86631025")
    return b
