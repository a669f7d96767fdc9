"""Community fitness instructors (社会体育指导员) training returns (kcp13–kcp18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout760.common import BUREAU, YEAR, block, first_sheet, notes, sign, wan
from tests.variants.holdout760.registry import variant
from tests.variants.kit import Book, day, mk

UNIT = "澄川省社会体育指导员协会"
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kcp13-instr-second-sheet",
    (7,),
    "project: head on the first sheet, the table on a "
    "second sheet under 考核指标 and 预期实现值, a goal total with its parts (correct)",
)
def instr_second_sheet() -> Book:
    b, s = first_sheet("项目信息")
    project_head(
        s,
        year=YEAR,
        name="社会体育指导员等级培训",
        dept=BUREAU,
        unit=UNIT,
        money=[
            ("年度资金总额", wan(72), "其中：财政拨款", wan(60)),
            ("其他资金", wan(12), None, None),
        ],
        goals=["培训社会体育指导员1200名（其中二级800名、三级400名），结业考核合格率95%以上。"],
    )
    t = b.sheet("绩效指标")
    t.title("绩效指标", 4)
    block(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ("成本指标", "经济成本指标", "人均培训费", "≤500元/人"),
        ("产出指标", "数量指标", "培训社会体育指导员", "≥1200人"),
        (None, None, "其中：二级社会体育指导员", "≥800人"),
        (None, "质量指标", "结业考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "2025年11月30日前"),
        ("效益指标", "社会效益指标", "指导员上岗服务率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcp14-instr-export",
    (7, 9),
    "budget-system export: head sheet 05-1, indicator sheet "
    "05-2 with codes in the first columns and the header on the third row: goal count, "
    "next year's deadline, standard × count over the money",
)
def instr_export() -> Book:
    b, s = first_sheet("部门项目支出预算05-1")
    project_head(
        s,
        year=YEAR,
        name="社会体育指导员培训",
        dept=BUREAU,
        unit="鹤岭市体育总会",
        money=[
            ("年度资金总额", wan(80), "其中：财政拨款", wan(80)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["培训社会体育指导员1500名，年内完成培训并上岗服务。"],
    )
    t = b.sheet("部门项目支出绩效目标05-2", (14, 12, 14, 16, 28, 18, 10))
    t.title("部门项目支出绩效目标表", 7)
    t.row("单位：鹤岭市体育总会", None, None, None, None, "金额单位：万元")
    block(t, ("项目编码", "单位编码", "一级指标", "二级指标", "三级指标", "指标值", "度量单位"), [
        ("53010025001", "108003", "产出指标", "数量指标", "培训社会体育指导员",
         mk("≥1200", "D104", "warning", row=True, note="年度目标写1500名"), "人"),
        (None, None, None, "质量指标", "结业考核合格率", "≥95", "%"),
        (None, None, None, "时效指标", "培训完成时限",
         mk("2026年6月30日前", "Y102", "error", alt=("Y103",), note="一年期项目，期限在下一年"),
         None),
        (None, None, None, "成本指标", "人均培训补助",
         mk("≤800", "B107", "warning", row=True, note="800元 × 1200 = 96万元，超过年度资金80万元"),
         "元/人"),
        (None, None, "效益指标", "社会效益指标", "指导员上岗服务率", "≥85", "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90", "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "kcp15-instr-notes",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: a note row "
    "inside the table, the header repeated after a page break, 填表说明 and signature (correct)",
)
def instr_notes() -> Book:
    b, s = first_sheet()
    project_head(
        s,
        year=YEAR,
        name="社会体育指导员进社区培训",
        dept=BUREAU,
        unit="枫溪县体育中心",
        money=[
            ("年度资金总额", wan(45), "其中：财政拨款", wan(40)),
            ("其他资金", wan(5), None, None),
        ],
        goals=["新培训三级社会体育指导员600名，复训在岗指导员400名，合计1000名。"],
    )
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    block(s, head, [
        ("产出指标", "数量指标", "新培训三级社会体育指导员", "≥600人"),
        (None, None, "在岗指导员复训", "≥400人"),
        (None, "质量指标", "结业考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        (None, "成本指标", "人均培训费", "≤400元/人"),
    ])  # fmt: skip
    notes(s, "注：复训人员不重复计入新培训人数。", width=4)
    s.skip()
    block(s, head, [
        ("效益指标", "社会效益指标", "社区健身站点有指导员服务", "≥120个"),
        (None, "可持续影响指标", "建立指导员服务台账", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值应包含比较符和计量单位；2.定性指标按等级填写。", width=4)
    sign(s, "龙晓汀", "0873-6612047")
    return b


@variant(
    "kcp16-instr-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a name",
)
def instr_template() -> Book:
    b, s = first_sheet()
    project_head(
        s,
        year=YEAR,
        name="社会体育指导员骨干研修",
        dept=BUREAU,
        unit=UNIT,
        money=[
            ("年度资金总额", wan(30), "其中：财政拨款", wan(30)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["研修骨干社会体育指导员200名，开展示范指导活动20场。"],
    )
    block(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "人均研修费", "≤1200元/人"),
        ("产出指标", "数量指标", "研修骨干指导员", "≥200人"),
        (None, None, mk(None, "F110", "error", note="有指标值，没有指标名称"), "≥20场"),
        (None, "质量指标", "研修考核合格率", "≥95%"),
        ("效益指标", "社会效益指标", "带动社区健身团队", "≥80支"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcp17-instr-multi-year",
    (8, 10),
    "two-year project, NAT-2021, 中期 and 年度 columns, "
    "the period's count beside the year's, rates raised in 百分点 (correct)",
)
def instr_multi_year() -> Book:
    b, s = first_sheet()
    project_head(
        s,
        year=YEAR,
        years=2,
        name="社会体育指导员培训提升行动",
        dept=BUREAU,
        unit=UNIT,
        attr="新增项目",
        money=[
            ("中期资金总额", wan(160), "年度资金总额", wan(80)),
            ("其中：财政拨款", wan(140), "其中：财政拨款", wan(70)),
            ("其他资金", wan(20), "其他资金", wan(10)),
        ],
        goals=[
            "2025—2026年培训社会体育指导员2400名，指导员上岗服务率提高5个百分点。",
            "2025年培训社会体育指导员1200名，指导员上岗服务率提高3个百分点。",
        ],
    )
    block(s, H5, [
        ("成本指标", "经济成本指标", "人均培训费", "≤600元/人", "≤600元/人"),
        ("产出指标", "数量指标", "培训社会体育指导员", "≥2400人", "≥1200人"),
        (None, "质量指标", "结业考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "培训完成时限", "2026年11月30日前", "2025年11月30日前"),
        ("效益指标", "社会效益指标", "指导员上岗服务率", "提高≥5百分点", "提高≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙晓汀", "0873-6612047")
    return b


@variant(
    "kcp18-instr-period-copy",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "annual goal copied from the period's, a cumulative count copied, start in last year",
)
def instr_period_copy() -> Book:
    b, s = first_sheet()
    goal = "三年累计培训社会体育指导员3000名，实现每个社区至少配备2名社会体育指导员。"
    project_head(
        s,
        year=YEAR,
        years=3,
        name="社区社会体育指导员全覆盖",
        dept=BUREAU,
        unit="云垣县体育中心",
        attr="新增项目",
        start=mk(
            day(2024, 3, 1), "Y101", "error", alt=("Y102",), note="标题和中期目标为2025—2027年"
        ),
        money=[
            ("中期资金总额", wan(150), "年度资金总额", wan(50)),
            ("其中：财政拨款", wan(120), "其中：财政拨款", wan(40)),
            ("其他资金", wan(30), "其他资金", wan(10)),
        ],
        goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")],
    )
    block(s, H5, [
        ("成本指标", "经济成本指标", "人均培训费", "≤500元/人", "≤500元/人"),
        ("产出指标", "数量指标", "累计培训社会体育指导员", "≥3000人",
         mk("≥3000人", "D202", "warning", note="累计人数照抄中期值")),
        (None, "质量指标", "结业考核合格率", "≥95%", "≥95%"),
        ("效益指标", "社会效益指标", "社区指导员配备率", "=100%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
