"""Children's welfare director (儿童主任) training scheme: kch13–kch18."""

from __future__ import annotations

from tests.variants.holdout752.common import (
    YEAR,
    indicators,
    note,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout752.registry import variant
from tests.variants.kit import Book, day, mk, pct

CENTRE = "桐岙县儿童福利指导中心"
SCORED = ("一级指标", "二级指标", "三级指标", "分值", "指标值", "计量单位")


@variant(
    "kch13-training-points",
    (5, 10, 1),
    "project, NAT-2021, numbered labels with tier points and indicator points, 百分点 (correct)",
)
def training_points() -> Book:
    b, s = start()
    goal = (
        "全年培训儿童主任360人次（其中新任岗前培训120人、在任轮训240人次），考核合格率不低于95%。"
    )
    amounts = [("年度资金总额", wan(30)), ("其中：财政拨款", wan(30), "其他资金", wan(0))]
    project(s, "村（居）儿童主任能力培训", CENTRE, amounts, [goal])
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "新任儿童主任岗前培训人数", 15, "≥120", "人"),
        (None, None, "在任儿童主任轮训人次", 10, "≥240", "人次"),
        (None, "（二）质量指标", "培训考核合格率", 15, pct(0.95), "%"),
        (None, "（三）时效指标", "年度培训完成时限", 10, "10月31日前", "日期"),
        ("二、成本指标（10分）", "（一）经济成本指标", "人次培训成本", 10, "≤800", "元/人次"),
        ("三、效益指标（30分）", "（一）社会效益指标", "困境儿童家庭走访覆盖率提高", 15, "≥5",
         "百分点"),
        (None, "（二）可持续影响指标", "儿童主任持证上岗率", 15, "≥90%", "%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参训儿童主任满意度", 10,
         pct(0.9), "%"),
    ], header=SCORED)  # fmt: skip
    note(
        s,
        "说明：一级指标分值合计100分，与三级指标分值合计一致；人次培训成本按360人次测算28.8万元。",
    )
    return b


@variant(
    "kch14-training-points-wrong",
    (5, 10),
    "project, NAT-2021, tier points against indicator points, goal count against indicator",
)
def training_points_wrong() -> Book:
    b, s = start()
    goal = mk(
        "全年培训村（居）儿童主任260人，培训后全部持证上岗，困境儿童走访全覆盖。",
        "*", "warning", required=False, note="D104 may land at the goal",
    )  # fmt: skip
    amounts = [("年度资金总额", wan(20)), ("其中：财政拨款", wan(20), "其他资金", wan(0))]
    project(s, "儿童主任持证上岗培训", CENTRE, amounts, [goal])
    b.file_mark("W101", "error", required=False, note="indicator points add to 90: the same gap")
    benefit = mk("效益指标（30分）", "W103", "error", note="10 + 10 = 20 under a 30-point tier")
    indicators(s, [
        ("产出指标（50分）", "数量指标", "培训儿童主任人数", 20,
         mk("≥200", "D104", "warning", row=True, note="the goal states 260"), "人"),
        (None, "质量指标", "培训考核合格率", 20, "≥95%", "%"),
        (None, "时效指标", "培训完成时限", 10, "9月30日前", "日期"),
        ("成本指标（10分）", "经济成本指标", "人均培训成本", 10, "≤700", "元/人"),
        (benefit, "社会效益指标", "困境儿童走访覆盖率", 10, "≥95%", "%"),
        (None, "可持续影响指标", "儿童主任持证上岗率", 10, "≥90%", "%"),
        ("满意度指标（10分）", "服务对象满意度指标", "参训人员满意度", 10, "≥90%", "%"),
    ], header=SCORED)  # fmt: skip
    return b


@variant(
    "kch15-two-year-scheme",
    (8, 7),
    "two-year project, two-row header with 中期 and 年度 under 预期目标 (correct)",
)
def two_year_scheme() -> Book:
    b, s = start()
    goals = (
        "2025—2026年培训儿童主任720人次，建成县级儿童主任实训基地1个。",
        "2025年培训360人次，完成实训基地选址和改造，为2027年全县推广积累课程。",
    )
    amounts = [
        ("实施期资金总额", wan(64), "年度资金总额", wan(34)),
        ("其中：财政拨款", wan(60), "其中：财政拨款", wan(32)),
        ("其他资金", wan(4), "其他资金", wan(2)),
    ]
    project(s, "儿童主任实训基地与轮训", CENTRE, amounts, goals, years=2, attr="新增项目")
    s.row("一级指标", "二级指标", "三级指标", "预期目标", None, "计量单位", merge=[(4, 5)])
    indicators(s, [
        (None, None, None, "中期", "年度", None),
        ("产出指标", "数量指标", "儿童主任培训人次", "≥720", "≥360", "人次"),
        (None, "质量指标", "培训考核合格率", "≥95%", "≥95%", "%"),
        (None, "时效指标", "实训基地改造完成时限", "2026年6月30日前", "2025年12月31日前", "日期"),
        ("成本指标", "经济成本指标", "人次培训成本", "≤800", "≤800", "元/人次"),
        ("效益指标", "社会效益指标", "困境儿童监护责任落实率", "≥95%", "≥95%", "%"),
        ("满意度指标", "服务对象满意度指标", "参训儿童主任满意度", "≥90%", "≥90%", "%"),
    ], header=())  # fmt: skip
    note(s, "注：实施期培训人次为两年累计数，年度为2025年当年数。")
    return b


@variant(
    "kch16-three-year-copies",
    (8,),
    "three-year project, 中期 and 年度 columns: goal copied, a count copied, a near-duplicate",
)
def three_year_copies() -> Book:
    b, s = start()
    text = "建立县、乡、村三级儿童主任工作网络，累计走访困境儿童家庭9000户次。"
    annual = mk(text, "D204", "warning", note="年度目标 copied from 中期目标")
    amounts = [
        ("实施期资金总额", wan(96), "年度资金总额", wan(32)),
        ("其中：财政拨款", wan(96), "其中：财政拨款", wan(32)),
    ]
    project(s, "困境儿童关爱走访", CENTRE, amounts, (text, annual), years=3, attr="新增项目")
    header = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "困境儿童家庭走访户次", "≥9000",
         mk("≥9000", "D202", "warning", note="cumulative count copied from 中期"), "户次"),
        (None, None, "儿童主任培训覆盖率",
         mk("≥95%", "*", "warning", required=False, row=True), "≥95%", "%"),
        (None, "质量指标", "走访记录规范率", "≥95%", "≥95%", "%"),
        (None, None, "儿童主任培训覆盖比例", "≥90%",
         mk("≥90%", "D103", "warning", row=True, alt=("D101", "D102"),
            note="the 培训覆盖率 of 数量 again, under 质量"), "%"),
        (None, "时效指标", "走访信息录入及时率", "≥95%", "≥95%", "%"),
        ("成本指标", "经济成本指标", "户次走访成本", "≤30", "≤30", "元/户次"),
        ("效益指标", "社会效益指标", "困境儿童保障政策落实率", "≥98%", "≥98%", "%"),
        ("满意度指标", "服务对象满意度指标", "困境儿童监护人满意度", "≥90%", "≥90%", "%"),
    ], header=header)  # fmt: skip
    return b


@variant(
    "kch17-notes-page-break",
    (4, 11),
    "project, OLD-NAT, operator column: 说明 row, repeated header, 填表说明, signature (correct)",
)
def notes_page_break() -> Book:
    b, s = start()
    goal = "为全县186名儿童主任配发工作包并开展督导，督导覆盖率达到100%，未发生儿童安全责任事件。"
    amounts = [("年度资金总额", wan(15)), ("其中：财政拨款", wan(15), "其他资金", wan(0))]
    project(s, "儿童主任工作包配发与督导", CENTRE, amounts, [goal], attr="常年项目")
    indicators(s, [
        ("产出指标", "数量指标", "配发工作包的儿童主任人数", "≥", 186, "人"),
        (None, None, "督导检查村（居）数", "≥", 186, "个"),
        (None, "质量指标", "督导覆盖率", "=", "100%", "%"),
        (None, "时效指标", "工作包配发时限", "≤", "6月30日前", "日期"),
        (None, "成本指标", "每套工作包采购单价", "≤", 600, "元/套"),
    ])  # fmt: skip
    note(s, "说明：每套工作包含记录本、应急联络卡和宣传资料，186套 × 600元 = 11.16万元。")
    indicators(s, [
        ("效益指标", "社会效益指标", "儿童安全责任事件", "=", 0, "起"),
        (None, None, "困境儿童信息更新差错率", "≤", "2%", "%"),
        ("满意度指标", "服务对象满意度指标", "儿童主任满意度", "≥", "90%", "%"),
    ])  # fmt: skip
    note(s, "填表说明：1.指标性质填写≥、≤或=；2.一个村（居）配备一名儿童主任。")
    sign(s, "方立恒", "0578-6613590", day(YEAR - 1, 11, 18))
    s.row("单位负责人（签字）：", None, "（单位盖章）")
    return b


@variant(
    "kch18-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: an empty template tier-2, a value without a name",
)
def template_rows() -> Book:
    b, s = start()
    goal = "组织儿童主任参加线上课程学习，全年完成学习186人，学习资料按时发放。"
    amounts = [("年度资金总额", wan(6)), ("其中：财政拨款", wan(6), "其他资金", wan(0))]
    project(s, "儿童主任线上学习平台", CENTRE, amounts, [goal], attr="常年项目")
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "预期目标", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "完成线上学习人数", "≥", 186, "人"),
        (None, "质量指标", mk(None, "F110", "error", note="a value with no name"), "≥",
         pct(0.9), "%"),
        (None, "时效指标", "学习资料发放时限", "≤", "3月31日前", "日期"),
        ("成本指标", "经济成本指标", "人均平台使用费", "≤", 300, "元/人"),
        ("效益指标", "社会效益指标", "儿童主任业务知识知晓率", "≥", pct(0.9), "%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator"), None, None, None, None),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.9), "%"),
    ], header=header)  # fmt: skip
    return b
