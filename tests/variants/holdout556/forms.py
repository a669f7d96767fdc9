"""Department forms, budget-system exports, flat lists and multi-year bus returns: ct13-ct18."""

from __future__ import annotations

from tests.variants.holdout556.common import (
    LABEL,
    YEAR,
    department,
    indicators,
    note,
    one_year,
    project,
    start,
)
from tests.variants.holdout556.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

TASKS = [
    ("校车运营保障", "36辆校车运营补助", 180, "全年安全接送"),
    ("寄宿生夜间照料", "宿管员值守与生活照料", 150, "夜间值守全覆盖"),
    ("宿舍安防维护", "消防与应急照明维护", 70, "设施完好"),
    ("金额合计", None, 400, None),
]


@variant(
    "ct13-dept-money",
    (12, 1),
    "department, NAT-2021: budget with a row of typed-percent shares, key tasks adding to "
    "项目支出, a footnote explaining the 金额合计 (correct)",
)
def dept_money() -> Book:
    b, s = start()
    department(
        s,
        [(1000, 900, 100, 600, 400), (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4))],
        "校车安全运行、寄宿生夜间照料到位。",
        TASKS,
    )
    note(s, "注：金额合计为项目支出合计，不含基本支出600万元。")
    indicators(
        s,
        LABEL,
        [
            ("成本指标", "经济成本指标", "单车年运营补助标准", "≤5万元/辆"),
            ("产出指标", "数量指标", "运营校车数量", "≥36辆"),
            (None, None, "夜间值守宿管员人数", "≥48人"),
            (None, "质量指标", "寄宿生夜间值守覆盖率", pct(1)),
            (None, "时效指标", "补助资金拨付时间", "≤30个工作日"),
            ("效益指标", "社会效益指标", "校车及宿舍安全责任事故", "=0起"),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "ct14-dept-money-wrong",
    (12,),
    "department, NAT-2021: 资金总额 ≠ 基本支出 + 项目支出, key tasks not adding to 金额合计",
)
def dept_money_wrong() -> Book:
    b, s = start()
    total = mk(760, "B101", "error", note="430 + 320 = 750 ≠ 760")
    sum_ = mk(320, "B102", "error", note="150 + 100 + 80 = 330 ≠ 320")
    department(
        s,
        [(total, 700, 60, 430, 320)],
        "寄宿生夜间照料和校车接送安全有序。",
        [
            ("寄宿生夜间照料", "宿管员值守与生活照料", 150, "夜间值守全覆盖"),
            ("校车接送", "周末接送寄宿生", 100, "安全接送"),
            ("宿舍安防", "消防设施维护", 80, "设施完好"),
            ("金额合计", None, sum_, None),
        ],
        dept="岑埠县寄宿制学校管理中心",
    )
    indicators(
        s,
        LABEL,
        [
            ("成本指标", "经济成本指标", "生均夜间照料补助", "≤800元/人"),
            ("产出指标", "数量指标", "夜间照料寄宿生人数", "≥1800人"),
            (None, "质量指标", "宿舍消防设施完好率", "≥98%"),
            ("效益指标", "社会效益指标", "寄宿生夜间安全事故", "=0起"),
            ("满意度指标", "服务对象满意度指标", "寄宿生家长满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "ct15-pdf-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column, detail lines below the table: an amount split by a "
    "space, an amount pasted twice",
)
def pdf_artefacts() -> Book:
    b, s = start()
    project(
        s,
        "寄宿生宿舍夜间照明与消防改造项目",
        "岑埠县鹭岙中心学校",
        one_year(70, 60, 10),
        ["完成2栋宿舍楼夜间照明和消防改造。"],
    )
    indicators(
        s,
        LABEL,
        [
            ("产出指标", "数量指标", "改造宿舍楼栋数", "≥2栋"),
            (None, "质量指标", "消防验收合格率", "=100%"),
            (None, "时效指标", "改造完成时间", "2025年8月25日前"),
            (None, "成本指标", "宿舍楼单栋改造费用", "≤35万元/栋"),
            ("效益指标", "社会效益指标", "宿舍夜间火灾隐患", "明显减少"),
            ("满意度指标", "服务对象满意度指标", "寄宿生满意度", "≥90%"),
        ],
    )
    s.skip()
    s.row("资金明细（万元）", "明细项目", None, "金额", merge=[(2, 3)])
    s.row(
        None,
        "消防喷淋及报警系统",
        None,
        mk("42.637 5", "X105", "warning", alt=("X103",), note="数字被空格断开，读作42.6375"),
    )
    s.row(
        None,
        "夜间应急照明",
        None,
        mk("18万18万(含安装)", "X106", "error", alt=("B108",), note="金额重复粘贴，读作18"),
    )
    s.row(None, "疏散指示及线路", None, money(9.3625, WAN))
    s.row(None, "合计", None, money(70, WAN))
    return b


@variant(
    "ct16-system-export",
    (4, 7),
    "budget-system export: codes in the first columns, money on 05-1, the indicator table on "
    "a second sheet 05-2 with its header on the third row (correct)",
)
def system_export() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 22, 14, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位代码", "单位名称", "项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(
        "318007",
        "岑埠县鹭岙中心学校",
        "33108225T000041207",
        "寄宿生夜间安防巡更项目",
        money(28),
        money(25),
        money(3),
    )
    s.row("合计", None, None, None, money(28), money(25), money(3))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 24, 14, 16, 30, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：岑埠县鹭岙中心学校")
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "33108225T000041207", "寄宿生夜间安防巡更项目"
    t.table(
        [
            (code, name, "产出指标", "数量指标", "安装电子巡更点位", "≥40个"),
            (None, None, None, None, "每晚巡更次数", "≥4次"),
            (None, None, None, "质量指标", "巡更记录完整率", "≥95%"),
            (None, None, None, "成本指标", "单个巡更点位建设费用", "≤0.3万元/个"),
            (None, None, "效益指标", "社会效益指标", "夜间外来人员闯入事件", "=0起"),
            (None, None, "满意度指标", "服务对象满意度指标", "寄宿生家长满意度", "≥90%"),
        ],
        merged=(1, 2, 3, 4),
    )
    return b


@variant(
    "ct17-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 计量单位 · 指标性质 as direction · 权重): a unit "
    "conflicting with the unit column, a 反向 rate with ≥, weights adding to 95",
)
def flat_defects() -> Book:
    b, s = start()
    department(
        s,
        [(520, 500, 20, 300, 220)],
        "寄宿生夜间管理规范、校车接送安全。",
        [
            ("寄宿生夜间管理", "值守与巡查", 130, "全覆盖"),
            ("校车接送", "周末接送", 90, "安全"),
            ("金额合计", None, 220, None),
        ],
        dept="岑埠县寄宿制学校管理中心",
    )
    s.row("指标名称", "指标值", "计量单位", "指标性质", "权重")
    s.table(
        [
            (
                "夜间值守宿管员人数",
                mk("≥1.2万元", "T112", "error", alt=("T119",), note="单位与计量单位列“人”不符"),
                "人",
                "正向",
                20,
            ),
            (
                "寄宿生夜间走失发生率",
                mk("≥1%", "T108", "warning", row=True, note="反向指标用了≥"),
                "%",
                "反向",
                15,
            ),
            ("周末接送趟次", "≥1200", "趟次", "正向", 20),
            ("宿舍消防设施完好率", "≥98%", "%", "正向", 20),
            ("寄宿生家长满意度", "≥90%", "%", "正向", 20),
        ]
    )
    b.file_mark("W101", "error", note="权重合计95，应为100")
    return b


@variant(
    "ct18-bus-two-years",
    (8, 10, 1),
    "two-year project, OLD-NAT, 中期 and 年度 columns: counts halved, rates and unit costs "
    "equal, a rate raised in 百分点, typed percents (correct)",
)
def bus_two_years() -> Book:
    b, s = start()
    funds = [
        ("中期资金总额", money(400, WAN), "年度资金总额", money(200, WAN)),
        ("其中：财政拨款", money(360, WAN), "其中：财政拨款", money(180, WAN)),
        ("其他资金", money(40, WAN), "其他资金", money(20, WAN)),
    ]
    project(
        s,
        "山区学生校车接送两年行动项目",
        "岑埠县学生交通安全服务中心",
        funds,
        ["两年新增校车线路16条，覆盖山区学生1400人。", "本年新增校车线路8条，覆盖700人。"],
        years=2,
        attr="新增项目",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "新增校车线路", "≥16条", "≥8条"),
            (None, None, "覆盖山区学生人数", "≥1400人", "≥700人"),
            (None, "质量指标", "校车年度检验合格率", pct(0.98), pct(0.98)),
            (None, "成本指标", "单车年运营补助标准", "≤10万元/辆", "≤10万元/辆"),
            (
                "效益指标",
                "社会效益指标",
                "山区学生乘车安全知晓率较上年提高",
                "≥6百分点",
                "≥3百分点",
            ),
            ("满意度指标", "服务对象满意度指标", "家长满意度", pct(0.9), pct(0.9)),
        ],
    )
    return b
