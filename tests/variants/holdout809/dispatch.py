"""The 120 dispatch centre: call handling, dispatch system, flat department lists, an export."""

from __future__ import annotations

from tests.variants.holdout809.common import (
    CITY,
    TIER4,
    annual,
    department,
    indicators,
    notes,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout809.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

U_DISPATCH = f"{CITY}120急救调度指挥中心"


@variant(
    "kem07-dispatch-operators",
    (1, 7, 10),
    "project, OLD-NAT, headers 考核指标 and "
    "目标值（年度）, operator and unit columns, typed percents, a rise in 百分点 (correct)",
)
def dispatch_operators() -> Book:
    b, s = start()
    goal = (
        "全年受理120呼救电话不少于16万次，10秒内接听率达到99%，调度一次到位率比上年提高2个百分点。"
    )
    project(
        s,
        2026,
        "120急救调度运行保障项目",
        U_DISPATCH,
        annual(wan(240), wan(240), wan(0)),
        [goal],
        attr="常年项目",
    )
    header = ("一级指标", "二级指标", "考核指标", "指标性质", "目标值（年度）", "计量单位")
    indicators(
        s,
        header,
        [
            ("产出指标", "数量指标", "受理120呼救电话", "≥", 16, "万次"),
            (None, None, "调度员岗位培训", "≥", 24, "学时/人"),
            (None, "质量指标", "10秒内接听率", "≥", pct(0.99), None),
            (None, None, "调度一次到位率比上年提高", "≥", 2, "百分点"),
            (None, "时效指标", "平均派车时间", "≤", 60, "秒"),
            (None, "成本指标", "调度席位年运行成本", "≤", 9.5, "万元/席"),
            ("效益指标", "社会效益指标", "呼救电话漏接率", "≤", pct(0.005, "0.0%"), None),
            ("满意度指标", "服务对象满意度指标", "呼救群众满意度", "≥", 92, "%"),
        ],
    )
    notes(s, "注：调度席位24席，9.5万元×24席=228万元，在年度资金240万元以内。")
    sign(s, "雷知遥", "0736-5821120", day(2025, 10, 30, CN_DATE))
    return b


@variant(
    "kem08-dispatch-wrong-tier2",
    (5,),
    "project, NAT-2021, tier labels numbered with "
    "points: a quality rate under 时效, a count under 质量, a near-duplicate time",
)
def dispatch_wrong_tier2() -> Book:
    b, s = start()
    goal = "开展调度员业务培训和调度录音质控，提高呼救受理和派车效率。"
    project(s, 2026, "120调度质量提升项目", U_DISPATCH, annual(wan(86), wan(86), wan(0)), [goal])
    indicators(
        s,
        TIER4,
        [
            ("一、产出指标（50分）", "1.数量指标", "调度录音抽检份数", "≥2400份"),
            (
                None,
                "2.质量指标",
                mk(
                    "调度员业务培训人次",
                    "F201",
                    "warning",
                    row=True,
                    note="培训人次是数量，不是质量",
                ),
                "≥150人次",
            ),
            (None, None, "调度分级准确率", "≥95%"),
            (
                None,
                "3.时效指标",
                mk(
                    "调度录音质控合格率",
                    "F201",
                    "warning",
                    row=True,
                    note="合格率是质量指标，却填在时效下",
                ),
                "≥95%",
            ),
            (None, None, "平均调度时长", "≤90秒"),
            (
                None,
                None,
                mk(
                    "平均调度用时",
                    "D103",
                    "warning",
                    row=True,
                    alt=("D101", "D102"),
                    note="与“平均调度时长”是同一指标，指标值不同",
                ),
                "≤75秒",
            ),
            ("二、成本指标（10分）", "1.经济成本指标", "人均培训成本", "≤1500元/人次"),
            ("三、效益指标（30分）", "1.社会效益指标", "院外心脏骤停电话指导心肺复苏率", "≥60%"),
            ("四、满意度指标（10分）", "1.服务对象满意度指标", "呼救群众满意度", "≥90%"),
        ],
    )
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "kem09-centre-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "· 指标值), weights adding to 100, a typed percent (correct)",
)
def centre_flat() -> Book:
    b, s = start()
    budget = [(1500, 1300, 200, 1100, 400)]
    tasks = [
        ("调度系统运维", "120调度系统、录音系统和车辆定位系统运维", 250, "系统可用率不低于99.9%"),
        ("调度员队伍建设", "调度员招录、轮训和心理疏导", 150, "调度员持证上岗率100%"),
        ("金额合计", None, 400, None),
    ]
    department(
        s, 2026, U_DISPATCH, budget, "全年受理呼救电话不少于16万次，调度系统稳定运行。", tasks
    )
    s.skip()
    s.row(*FLAT)
    s.table(
        [
            ("受理呼救电话数", 15, "万次", "≥", 16),
            ("调度员轮训人数", 10, "人", "≥", 64),
            ("调度系统可用率", 15, "%", "≥", 99.9),
            ("调度员持证上岗率", 10, "%", "=", 100),
            ("10秒内接听率", 15, "%", "≥", pct(0.99)),
            ("平均派车时间", 10, "秒", "≤", 60),
            ("调度信息错报次数", 10, "次", "≤", 3),
            ("呼救群众满意度", 15, "%", "≥", 90),
        ]
    )
    notes(s, "说明：权重合计100。")
    return b


@variant(
    "kem10-centre-flat-defects",
    (3, 11),
    "department, flat list: weights adding to 95, the "
    "goal's 18万次 against an indicator of 15万次, ≥ on a response time",
)
def centre_flat_defects() -> Book:
    b, s = start()
    budget = [(1620, 1400, 220, 1150, 470)]
    tasks = [
        ("调度系统运维", "120调度系统和车辆定位系统运维", 280, "系统可用率不低于99.9%"),
        ("调度大厅改造", "新增调度席位8席", 190, "新增席位年内投入使用"),
        ("金额合计", None, 470, None),
    ]
    goal = "全年受理呼救电话不少于18万次，平均派车时间不超过60秒。"
    department(s, 2026, f"{CITY}鹭汀区急救调度分中心", budget, ok(goal, "warning"), tasks)
    s.skip()
    s.row(*FLAT)
    s.table(
        [
            (
                "受理呼救电话数",
                15,
                "万次",
                "≥",
                mk(15, "D104", "warning", row=True, note="年度总体目标写不少于18万次"),
            ),
            ("新增调度席位", 10, "席", "≥", 8),
            ("调度系统可用率", 15, "%", "≥", 99.9),
            (
                "平均派车时间",
                15,
                "秒",
                mk("≥", "T108", "warning", row=True, note="派车时间是反向指标，应为≤"),
                60,
            ),
            ("调度录音质控合格率", 15, "%", "≥", 95),
            ("调度员持证上岗率", 10, "%", "=", 100),
            ("呼救群众满意度", 15, "%", "≥", 90),
        ]
    )
    b.file_mark("W101", "error", note="权重15+10+15+15+15+10+15=95，应为100")
    return b


@variant(
    "kem11-system-upgrade-year",
    (12,),
    "project, NAT-2021, title 2026 but plan dates in 2025, 年度资金总额 ≠ 财政拨款 + 其他资金",
)
def system_upgrade_year() -> Book:
    b, s = start()
    goal = "完成120调度系统升级，实现来电定位、智能分级调度和急救车辆轨迹实时回传。"
    cash = annual(
        mk(wan(180), "B101", "error", note="财政拨款150+其他资金20=170≠180"), wan(150), wan(20)
    )
    project(
        s,
        2026,
        "120调度指挥系统升级项目",
        U_DISPATCH,
        cash,
        [goal],
        attr="一次性项目",
        start=day(2025, 1, 1),
        end=day(2025, 12, 31),
    )
    b.file_mark("Y101", "error", alt=("Y102",), note="标题2026年度，计划开始和完成日期却都在2025年")
    indicators(
        s,
        TIER4,
        [
            ("产出指标", "数量指标", "升级调度席位数", "≥24席"),
            (None, "质量指标", "来电自动定位成功率", "≥90%"),
            (None, "时效指标", "系统升级完成时间", "≤6个月"),
            ("成本指标", "经济成本指标", "系统升级成本", "≤170万元"),
            ("效益指标", "社会效益指标", "平均调度时长缩短", "≥10秒"),
            ("满意度指标", "服务对象满意度指标", "调度员使用满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "kem12-export-second-sheet",
    (4, 7),
    "budget-system export: 05-1 money sheet, the "
    "indicator table on sheet 05-2 under codes, header on the third row, a repeated header "
    "after a page break (correct)",
)
def export_second_sheet() -> Book:
    b, s = start("部门项目支出预算05-1")
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "预算金额", "其中：财政拨款", "其他资金", "实施单位")
    s.row("418002260031", "急救培训基地运行经费", wan(64), wan(64), wan(0), U_DISPATCH)
    s.row("418002260032", "调度录音质控经费", wan(36), wan(30), wan(6), U_DISPATCH)
    s.row("合计", None, wan(100), wan(94), wan(6), None)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 14, 28, 14))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位：万元")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.row(*head)
    t.table(
        [
            (
                "418002260031",
                "急救培训基地运行经费",
                "产出指标",
                "数量指标",
                "基地开班期数",
                "≥40期",
            ),
            (None, None, None, "质量指标", "学员考核通过率", "≥90%"),
            (None, None, "效益指标", "社会效益指标", "基地年培训人次", "≥2000人次"),
            (None, None, "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
        ],
        merged=(1, 2, 3, 4),
    )
    t.row("（续表）")
    t.row(*head)
    t.table(
        [
            (
                "418002260032",
                "调度录音质控经费",
                "产出指标",
                "数量指标",
                "抽检调度录音份数",
                "≥3000份",
            ),
            (None, None, None, "时效指标", "质控结果反馈时间", "≤5个工作日"),
            (None, None, "效益指标", "社会效益指标", "调度分级准确率", "≥95%"),
            (None, None, "满意度指标", "服务对象满意度指标", "调度员满意度", "≥85%"),
        ],
        merged=(1, 2, 3, 4),
    )
    return b
