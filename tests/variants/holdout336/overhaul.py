"""Returns uh13–uh18: lock gate overhaul and equipment renewal (multi-year, points, money)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout336.common import DEPT, YEAR, book, funds, funds2, table, wan
from tests.variants.holdout336.registry import variant
from tests.variants.kit import Book, mk, pct

TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
UNIT = "朔澜市船闸检修中心"


@variant("uh13-gate-overhaul-multiyear", (8,),
         "three-year gate overhaul, NAT-2021, 中期 and 年度 columns: counts split by year, "
         "rates and unit costs legitimately equal (correct)")  # fmt: skip
def uh13() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="泊渡、枫屿船闸人字闸门大修", dept=DEPT,
                 unit=UNIT, money=funds2((1860, 1800, 60), (620, 600, 20)),
                 goals=["2025—2027年完成两座船闸共6扇人字闸门大修，恢复闸门止水性能。",
                        "2025年完成泊渡船闸上闸首2扇人字闸门大修并验收。"])  # fmt: skip
    table(
        s,
        TWO_HEAD,
        [
            ["产出指标", "数量指标", "大修人字闸门数量", "≥6扇", "≥2扇"],
            [None, None, "闸门止水更换长度", "≥960米", "≥320米"],
            [None, "质量指标", "大修工程验收合格率", "=100%", "=100%"],
            [None, "时效指标", "大修期间断航时间", "≤45天", "≤15天"],
            ["成本指标", "经济成本指标", "单扇闸门大修成本", "≤280万元/扇", "≤280万元/扇"],
            ["效益指标", "社会效益指标", "闸门故障停航率", "≤1%", "≤1%"],
            [None, "可持续影响指标", "闸门设计使用年限延长", "≥15年", "≥15年"],
            ["满意度指标", "服务对象满意度指标", "过闸船员满意度", "≥90%", "≥90%"],
        ],
    )
    return b


@variant("uh14-overhaul-copied", (8,),
         "three-year hoist and gate overhaul, NAT-2021, 中期 and 年度 columns: the 年度目标 "
         "copies the 中期目标, two cumulative counts copied into the 年度 column")  # fmt: skip
def uh14() -> Book:
    b, s = book()
    goal = "完成砾潭、鹭汀两座船闸9扇闸门及12台启闭机大修，保障船闸安全运行。"
    project_head(s, year=YEAR, years=3, name="砾潭、鹭汀船闸闸门及启闭机大修", dept=DEPT,
                 unit=UNIT, money=funds2((2400, 2300, 100), (780, 760, 20)),
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    table(
        s,
        TWO_HEAD,
        [
            [
                "产出指标",
                "数量指标",
                "大修闸门数量",
                "≥9扇",
                mk("≥9扇", "D202", "warning", note="three-year count copied into the year"),
            ],
            [
                None,
                None,
                "大修启闭机台数",
                "≥12台",
                mk("≥12台", "D202", "warning", note="three-year count copied into the year"),
            ],
            [None, "质量指标", "大修工程验收合格率", "=100%", "=100%"],
            [None, "时效指标", "单扇闸门大修断航时间", "≤12天", "≤12天"],
            ["成本指标", "经济成本指标", "工程结算超概算比例", "≤3%", "≤3%"],
            ["效益指标", "社会效益指标", "船闸通航保证率", "≥96%", "≥96%"],
            ["满意度指标", "服务对象满意度指标", "航运企业满意度", "≥90%", "≥90%"],
        ],
    )
    return b


SCORE_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("uh15-points-two-levels", (10,),
         "hoist renewal, NAT-2021, tier-1 score column and indicator score column (100 both "
         "ways), a 故障率 reduction in 百分点 with ≥ (correct)")  # fmt: skip
def uh15() -> Book:
    b, s = book(widths=(14, 8, 16, 30, 18, 8))
    project_head(s, year=YEAR, name="枫屿船闸液压启闭机更新改造", dept=DEPT, unit=UNIT,
                 money=funds(540, 500, 40),
                 goals=["更换枫屿船闸8台液压启闭机，降低闸门启闭故障率。"])  # fmt: skip
    table(
        s,
        SCORE_HEAD,
        [
            ["产出指标", 40, "数量指标", "更换液压启闭机数量", "≥8台", 15],
            [None, None, "质量指标", "启闭机调试一次合格率", "≥95%", 15],
            [None, None, "时效指标", "改造完工时间", "2025年10月31日前", 10],
            ["成本指标", 20, "经济成本指标", "单台启闭机购置安装成本", "≤55万元/台", 20],
            ["效益指标", 30, "社会效益指标", "闸门启闭故障率较上年降低", "≥3百分点", 15],
            [None, None, "可持续影响指标", "启闭机设计使用年限", "≥20年", 15],
            ["满意度指标", 10, "服务对象满意度指标", "过闸船员满意度", pct(0.9), 10],
        ],
        merged=(1, 2, 3),
    )
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("uh16-points-mismatch", (10,),
         "gate anti-corrosion project, NAT-2021, tier-1 and indicator score columns: 产出 and 效益 "
         "indicator scores do not match their tier scores; = on a satisfaction rate")  # fmt: skip
def uh16() -> Book:
    b, s = book(widths=(14, 8, 16, 30, 18, 8))
    project_head(s, year=YEAR, name="鹭汀船闸闸门防腐涂装", dept=DEPT, unit=UNIT,
                 money=funds(190, 190, 0),
                 goals=["完成鹭汀船闸4扇闸门除锈防腐涂装，延长闸门使用寿命。"])  # fmt: skip
    table(
        s,
        SCORE_HEAD,
        [
            [
                "产出指标",
                mk(40, "W103", "error", note="tier 40, indicators 15+15+15 = 45"),
                "数量指标",
                "防腐涂装闸门数量",
                "≥4扇",
                15,
            ],
            [None, None, "质量指标", "涂层附着力检测合格率", "≥95%", 15],
            [None, None, "时效指标", "涂装完工时间", "2025年4月30日前", 15],
            ["成本指标", 20, "经济成本指标", "单扇闸门涂装成本", "≤45万元/扇", 20],
            [
                "效益指标",
                mk(30, "W103", "error", note="tier 30, indicators 15+10 = 25"),
                "可持续影响指标",
                "涂层设计防护年限",
                "≥10年",
                15,
            ],
            [None, None, "生态效益指标", "涂装废料规范处置率", "=100%", 10],
            [
                "满意度指标",
                10,
                "服务对象满意度指标",
                "过闸船员满意度",
                mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥ meant"),
                10,
            ],
        ],
        merged=(1, 2, 3),
    )
    return b


@variant("uh17-overhaul-money", (12,),
         "department (船闸检修中心), NAT-2021: budget with 占比 typed as percents, key tasks "
         "adding to 金额合计 = 项目支出, cost × count equal to its task (correct)")  # fmt: skip
def uh17() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=UNIT, budget=[
        [wan(1500), wan(1380), wan(120), wan(600), wan(900)],
        [pct(1), pct(0.92), pct(0.08), pct(0.4), pct(0.6)],
    ], goal="完成泊渡船闸2扇人字闸门大修、闸室混凝土缺陷修复和启闭机液压系统检修。", tasks=[
        ["人字闸门大修", "泊渡船闸上闸首2扇人字闸门大修", wan(560), "2扇闸门大修验收合格"],
        ["闸室混凝土缺陷修复", "闸室墙体剥蚀、裂缝修复", wan(220), "修复面积不少于1800平方米"],
        ["启闭机液压系统检修", "四座船闸启闭机液压系统检修", wan(120), "检修启闭机12台"],
        ["金额合计", None, wan(900), None],
    ])  # fmt: skip
    s.row("部门整体绩效指标", merge=[(1, 4)])
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ["产出指标", "数量指标", "大修人字闸门数量", "≥2扇"],
            [None, None, "闸室混凝土缺陷修复面积", "≥1800平方米"],
            [None, None, "启闭机检修台数", "≥12台"],
            [None, "质量指标", "闸门大修验收合格率", "=100%"],
            [None, "时效指标", "大修断航时间", "≤20天"],
            ["成本指标", "经济成本指标", "单扇闸门大修成本", "≤280万元/扇"],
            ["效益指标", "社会效益指标", "船闸通航保证率", "≥97%"],
            [None, "可持续影响指标", "闸门大修后设计使用年限", "≥20年"],
            ["满意度指标", "服务对象满意度指标", "过闸船员满意度", "≥90%"],
        ],
    )
    return b


@variant("uh18-mooring-money-wrong", (12,),
         "project, OLD-NAT: 年度资金总额 ≠ 财政拨款 + 其他资金, and a repair cost standard × "
         "count above the project's money")  # fmt: skip
def uh18() -> Book:
    b, s = book()
    total = mk(wan(300), "B101", "error", note="300 ≠ 260 + 20")
    project_head(s, year=YEAR, name="砾潭船闸靠船墩及系船柱维修", dept=DEPT, unit=UNIT,
                 money=funds(total, 260, 20),
                 goals=["维修砾潭船闸上下游引航道靠船墩及系船柱，保障船舶安全待闸。"])  # fmt: skip
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ["产出指标", "数量指标", "维修靠船墩数量", "≥8座"],
            [None, None, "更换系船柱数量", "≥24个"],
            [None, "质量指标", "维修工程验收合格率", "=100%"],
            [None, "时效指标", "维修完工时间", "2025年6月30日前"],
            [
                None,
                "成本指标",
                "单座靠船墩维修成本",
                mk(
                    "≤45万元/座",
                    "B107",
                    "warning",
                    row=True,
                    note="45万元/座 × 8座 = 360万元, above the 300 (or 280) of the project",
                ),
            ],
            ["效益指标", "社会效益指标", "待闸船舶系泊安全事故", "0起"],
            ["满意度指标", "服务对象满意度指标", "过闸船员满意度", "≥90%"],
        ],
    )
    return b
