"""Non-coal mine inspection, safety training and hidden-danger checks: notes and page breaks,
template rows, a second sheet, export artefacts, department money."""

from __future__ import annotations

from tests.variants.holdout324.common import (
    HEAD4,
    WAN4,
    YEAR,
    book,
    department,
    indicators,
    notes,
    project,
    sign,
    wan,
)
from tests.variants.holdout324.registry import variant
from tests.variants.kit import Book, C, day, mk


@variant(
    "tv13-mine-footnotes",
    (4,),
    "project, OLD-NAT, one value column; a 注 row inside the "
    "table, footnotes, 填表说明, signature and a prior-year date below (correct)",
)
def tv13() -> Book:
    b, s = book()
    project(
        s,
        name="非煤矿山安全生产执法检查",
        dept="蒿坪县应急管理局 319011",
        unit="蒿坪县应急管理综合行政执法大队",
        money=[
            ("年度资金总额", wan(65), "其中：财政拨款", wan(60)),
            ("其他资金", wan(5), None, None),
        ],
        goals=["对全县25家非煤矿山每季度检查不少于1次、全年不少于150矿次，重大隐患全部整改销号。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "非煤矿山执法检查矿次", "≥150矿次"),
        (None, None, "聘请专家参与检查人次", "≥60人次"),
        (None, "质量指标", "重大隐患整改销号率", "100%"),
        (None, None, "执法案卷合格率", "≥95%"),
        (None, "时效指标", "一般隐患整改期限", "≤30天"),
        (None, "成本指标", "每矿次检查成本", "≤3000元/矿次"),
        ("注：成本指标按县财政专家劳务和车辆费用标准测算。", None, None, None),
        ("效益指标", "社会效益指标", "非煤矿山较大以上事故起数", "≤0起"),
        (None, "可持续影响指标", "矿山企业安全生产标准化达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    notes(
        s,
        "注：1.检查矿次含露天矿山、地下矿山和尾矿库；2.专家劳务按县财政规定标准支付。",
        "填表说明：指标值请填写比较符、数值和计量单位，定性指标填写等级。",
    )
    sign(s, "段知远", "0838-7230516", day(YEAR - 1, 12, 16))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
    return b


@variant(
    "tv14-training-page-break",
    (4, 7),
    "department, NAT-2021, headers 考核指标 and "
    "绩效目标值, weight column; header repeated after a page break, subtotal and total "
    "rows (correct)",
)
def tv14() -> Book:
    b, s = book()
    department(
        s,
        dept="鹤汀县应急管理局",
        budget=[(wan(1286.4), wan(1236.4), wan(50), wan(903.6), wan(382.8))],
        tasks=[
            ("安全生产培训", "企业负责人、安全员及特种作业人员培训", wan(126.5), "培训3200人次"),
            ("隐患排查治理", "工贸及烟花爆竹企业隐患排查、第三方核查", wan(168.3), "重大隐患清零"),
            ("非煤矿山执法检查", "矿山及尾矿库执法检查", wan(88), "检查全覆盖"),
            ("金额合计", None, wan(382.8), None),
        ],
        goal="安全生产培训全覆盖，隐患排查治理闭环，非煤矿山和尾矿库不发生较大以上事故。",
    )
    head = ("一级指标", "二级指标", "考核指标", "绩效目标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "安全生产培训人次", "≥3200人次", 15),
        (None, None, "企业隐患排查覆盖家数", "≥450家", 10),
        (None, "质量指标", "培训考核合格率", "≥90%", 10),
        (None, "时效指标", "重大隐患督办销号及时率", "≥95%", 10),
        ("小计", None, None, None, 45),
        ("成本指标", "经济成本指标", "人均培训成本", "≤350元/人次", 10),
        ("小计", None, None, None, 10),
        head,
        ("效益指标", "社会效益指标", "较大以上生产安全事故起数", "≤0起", 15),
        (None, None, "亿元GDP生产安全事故死亡率下降率", "≥5%", 10),
        (None, "可持续影响指标", "企业安全生产主体责任落实", "有效", 10),
        ("小计", None, None, None, 35),
        ("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90%", 10),
        ("小计", None, None, None, 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant(
    "tv15-training-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标; a tier-2 "
    "left from the template without indicator, a value without a name",
)
def tv15() -> Book:
    b, s = book()
    project(
        s,
        name="烟花爆竹生产经营单位安全培训",
        dept="蒿坪县应急管理局 319011",
        unit="蒿坪县安全生产宣传教育中心",
        money=[
            ("年度资金总额", wan(22), "其中：财政拨款", wan(22)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["完成烟花爆竹批发、零售单位负责人和安全员培训800人次，考核合格率不低于90%。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "培训烟花爆竹从业人员", "≥800人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥95%"),
        (None, "时效指标", "培训完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤250元/人次"),
        ("效益指标", "社会效益指标", "从业人员安全操作规程知晓率", "≥90%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="a template tier-2 left without indicator or value"), None, None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "tv16-training-second-sheet",
    (7, 12),
    "project: head and money detail on the first "
    "sheet, the indicator table on a second sheet under 指标内容 and 绩效标准 (correct)",
)
def tv16() -> Book:
    b, s = book("基本信息")
    project(
        s,
        name="非煤矿山从业人员安全生产培训",
        dept="鹤汀县应急管理局 320003",
        unit="鹤汀县安全生产宣传教育中心",
        money=[
            ("年度资金总额", wan(48), "其中：财政拨款", wan(45)),
            ("其他资金", wan(3), None, None),
        ],
        goals=["完成非煤矿山及尾矿库从业人员培训1200人，考核合格率不低于90%。"],
    )
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    top = s.r
    for name, amount in (
        ("培训讲师劳务", 14.4),
        ("教材及考核题库", 9.6),
        ("场地及实操设备租赁", 18),
        ("培训组织及差旅", 6),
        ("合计", 48),
    ):
        s.row(None, name, None, wan(amount), merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    t = b.sheet("绩效指标")
    t.title("项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "培训从业人员", "≥1200人"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        (None, "成本指标", "人均培训成本", "≤400元/人"),
        ("效益指标", "社会效益指标", "参训人员违章作业下降率", "≥15%"),
        (None, "可持续影响指标", "培训档案电子化率", C(1, "0%")),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "tv17-hazard-export",
    (9, 12),
    "budget-system export: head and money detail on sheet "
    "05-1, indicators on sheet 05-2 with codes in the first columns and the header on the "
    "third row: a split total, an amount pasted twice, a date serial as text",
)
def tv17() -> Book:
    b, s = book("部门项目支出预算05-1")
    project(
        s,
        name="工贸及烟花爆竹企业隐患排查治理专项",
        dept="蒿坪县应急管理局 319011",
        unit="蒿坪县应急管理局安全生产基础股",
        money=[
            (
                "年度资金总额",
                mk("64.218 5", "X105", "warning", alt=("X103",), note="read 64.2185"),
                "其中：财政拨款",
                C(60, WAN4),
            ),
            ("其他资金", C(4.2185, WAN4), None, None),
        ],
        goals=["完成360家工贸及烟花爆竹企业隐患排查，重大隐患整改销号率100%。"],
    )
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "危险源辨识专家劳务", None, C(28.4, WAN4), merge=[(2, 3)])
    s.row(None, "隐患排查信息系统数据治理", None, C(15.8185, WAN4), merge=[(2, 3)])
    s.row(
        None,
        "现场核查车辆租赁",
        None,
        mk("20万20万", "X106", "error", alt=("B108",), note="20 pasted twice"),
        merge=[(2, 3)],
    )
    s.row(None, "合计", None, C(64.2185, WAN4), merge=[(2, 3)])
    t = b.sheet("部门项目支出绩效目标05-2", (10, 18, 12, 14, 30, 16))
    t.row("部门项目支出绩效目标表")
    t.row("单位：蒿坪县应急管理局", None, None, None, None, "2025年度")
    code, proj = "319011", "31901125Y000046"
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值")
    for tier1, tier2, name, value in (
        ("产出指标", "数量指标", "隐患排查企业", "≥360家"),
        ("产出指标", "质量指标", "重大隐患整改销号率", "100%"),
        ("产出指标", "时效指标", "排查报告提交时间",
         mk("45838", "X104", "warning", note="an Excel date serial (2025-06-30) typed as text")),
        ("产出指标", "成本指标", "单家企业排查成本", "≤1500元/家"),
        ("效益指标", "社会效益指标", "一般隐患整改率", "≥95%"),
        ("效益指标", "可持续影响指标", "企业隐患自查自改机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥90%"),
    ):  # fmt: skip
        t.row(code, proj, tier1, tier2, name, value)
    return b


@variant(
    "tv18-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计",
)
def tv18() -> Book:
    b, s = book()
    total = mk(wan(745.6), "B101", "error", row=True, note="512.4 + 223.2 = 735.6, not 745.6")
    tasks_sum = mk(
        wan(223.2), "B102", "error", alt=("B101",), note="96.5 + 80.7 + 36 = 213.2, not 223.2"
    )
    department(
        s,
        dept="蒿坪县应急管理局",
        budget=[(total, wan(715.6), wan(30), wan(512.4), wan(223.2))],
        tasks=[
            ("烟花爆竹安全监管", "零售网点检查、打非治违", wan(96.5), "经营环节零事故"),
            ("尾矿库安全监测", "尾矿库在线监测运维及汛期巡查", wan(80.7), "监测数据有效传输率≥95%"),
            ("安全生产培训", "企业负责人及安全员培训", wan(36), "培训1500人次"),
            ("金额合计", None, tasks_sum, None),
        ],
        goal="烟花爆竹经营环节和尾矿库安全风险受控，全县不发生较大以上生产安全事故。",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "烟花爆竹经营单位检查家次", "≥420家次"),
        (None, None, "安全生产培训人次", "≥1500人次"),
        (None, "质量指标", "尾矿库监测数据有效传输率", "≥95%"),
        (None, "时效指标", "汛期尾矿库巡查按时完成率", "≥95%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤240元/人次"),
        ("效益指标", "社会效益指标", "较大以上生产安全事故起数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "监管对象满意度", "≥90%"),
    ])  # fmt: skip
    return b
