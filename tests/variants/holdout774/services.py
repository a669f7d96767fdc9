"""课后服务 returns of the 774th held-out set: kdd01–kdd06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout774.common import (
    DEPT,
    TIER,
    book,
    funds,
    funds_multi,
    indicators,
    notes,
    signature,
    wan,
)
from tests.variants.holdout774.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "枫潭市教育局基础教育科"


@variant(
    "kdd01-afterschool-percent",
    (1, 7),
    "project, NAT-2021, operator and unit columns, "
    "typed percent cells, header 绩效目标值, 0起 on an incident count (correct)",
)
def kdd01() -> Book:
    b, s = book()
    goal = (
        "在全市86所义务教育学校开展课后服务，每周5天、每天不少于2小时；"
        "按每课时不超过40元补助参与教师，全年补助不少于6万课时。"
    )
    project_head(
        s,
        year=2025,
        name="义务教育课后服务补助经费",
        dept=DEPT,
        unit=UNIT,
        money=funds(360, 300, 60),
        goals=[goal],
    )
    indicators(s, (*TIER, "指标性质", "绩效目标值", "计量单位"), [
        ("产出指标", "数量指标", "开展课后服务学校数", "≥", 86, "所"),
        (None, None, "补助课时数", "≥", 60000, "课时"),
        (None, "质量指标", "学生自愿参与率", "≥", pct(0.85), None),
        (None, "时效指标", "补助资金按季度发放及时率", "≥", pct(0.95), None),
        ("成本指标", "经济成本指标", "教师课后服务补助标准", "≤", 40, "元/课时"),
        ("效益指标", "社会效益指标", "课后服务期间安全责任事故", "≤", 0, "起"),
        (None, "可持续影响指标", "课后服务经费保障机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    notes(s, "注：补助课时按各校上报课表核定，40元/课时×6万课时=240万元，其余用于课程购买。")
    signature(s, "邵启航", "0597-6624013", day(2024, 11, 18))
    return b


@variant(
    "kdd02-afterschool-goal-mismatch",
    (12,),
    "project, NAT-2021, one value column: the "
    "goal's school count differs, the hourly rate × hours exceed the money, a 2024 deadline",
)
def kdd02() -> Book:
    b, s = book()
    goal = (
        "2025年在全市86所义务教育学校全面开展课后服务，"
        "全年补助教师课时不少于8万课时，12月底前发放到位。"
    )
    project_head(
        s,
        year=2025,
        name="课后服务教师课时补助",
        dept=DEPT,
        unit=UNIT,
        money=funds(300, 260, 40),
        goals=[goal],
    )
    indicators(s, (*TIER, "指标值"), [
        ("产出指标", "数量指标", "开展课后服务学校数",
         mk("≥68所", "D104", "warning", note="年度目标写86所学校")),
        (None, None, "补助教师课时数", "≥80000课时"),
        (None, "质量指标", "课后服务课程开课率", "≥95%"),
        (None, "时效指标", "补助资金发放完成时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103",),
            note="2025年度项目的期限写成上一年，是上季残留")),
        ("成本指标", "经济成本指标", "教师课时补助标准",
         mk("≤50元/课时", "B107", "warning", row=True,
            note="50元×8万课时=400万元，超过年度资金300万元")),
        ("效益指标", "社会效益指标", "学生课后看护问题解决率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "邵启航", "0597-6624013", day(2024, 11, 20))
    return b


@variant(
    "kdd03-afterschool-stacked",
    (2,),
    "two projects stacked in one sheet, NAT-2021, one "
    "value column, the same satisfaction indicator with different values (correct)",
)
def kdd03() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="课后服务教师补助",
        dept=DEPT,
        unit=UNIT,
        money=funds(240, 200, 40),
        goals=["补助全市课后服务教师课时不少于5万课时（其中农村学校2万课时）。"],
    )
    indicators(s, (*TIER, "指标值"), [
        ("产出指标", "数量指标", "补助课时数", "≥50000课时"),
        (None, None, "农村学校补助课时数", "≥20000课时"),
        (None, "质量指标", "课后服务课程开课率", "≥95%"),
        ("成本指标", "经济成本指标", "课时补助标准", "≤45元/课时"),
        ("效益指标", "社会效益指标", "参与课后服务学生数", "≥38000人"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目二", None, None, None, None, None, merge=[(1, 6)])
    project_head(
        s,
        year=2025,
        name="课后服务特色课程购买",
        dept=DEPT,
        unit=UNIT,
        title="",
        money=funds(80, 80, 0),
        goals=["向社会机构购买科创、体艺特色课程300门·学期。"],
    )
    indicators(s, (*TIER, "指标值"), [
        ("产出指标", "数量指标", "购买特色课程数", "≥300门·学期"),
        (None, "质量指标", "课程机构资质审核通过率", "=100%"),
        ("成本指标", "经济成本指标", "课程购买单价", "≤2000元/门·学期"),
        ("效益指标", "社会效益指标", "特色课程覆盖学校数", "≥40所"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant(
    "kdd04-afterschool-stacked-defects",
    (2, 12),
    "two projects stacked, NAT-2021: the "
    "second one's money does not add up, its goal keeps 2024, one indicator twice",
)
def kdd04() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="课后托管服务补助",
        dept=DEPT,
        unit=UNIT,
        money=funds(150, 120, 30),
        goals=["为全市3200名留守儿童提供课后托管服务。"],
    )
    indicators(s, (*TIER, "指标值"), [
        ("产出指标", "数量指标", "托管留守儿童人数", "≥3200人"),
        (None, "时效指标", "托管服务开始时间", "2025年3月31日前"),
        ("成本指标", "经济成本指标", "生均托管补助", "≤450元/人"),
        ("效益指标", "社会效益指标", "留守儿童课后安全事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "监护人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = mk(
        "2024年完成北垣区12间课后服务功能室改造。",
        "Y103",
        "warning",
        note="2025年度项目的年度目标写2024年，上年文字未改",
    )
    total = mk(wan(90), "B101", "error", row=True, note="财政拨款60+其他资金20=80，不是90")
    project_head(
        s,
        year=2025,
        name="课后服务功能室改造",
        dept=DEPT,
        unit="北垣区教育局",
        title="",
        money=[
            ("年度资金总额", total, "其中：财政拨款", wan(60)),
            ("其他资金", wan(20), None, None),
        ],
        goals=[goal],
    )
    indicators(s, (*TIER, "指标值"), [
        ("产出指标", "数量指标", "功能室改造数量", "≥12间"),
        (None, None, "改造功能室数",
         mk("≥10间", "D102", "error", row=True, alt=("D103", "D101"),
            note="与上一行是同一指标，数值却不同")),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        ("成本指标", "经济成本指标", "每间功能室改造成本", "≤6万元/间"),
        ("效益指标", "社会效益指标", "功能室课后服务使用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdd05-afterschool-multi-year",
    (8,),
    "three-year project 2025–2027, NAT-2021, 中期 "
    "and 年度 columns, the year's counts below the period's, a later year prepared for "
    "(correct)",
)
def kdd05() -> Book:
    b, s = book()
    goals = [
        "建成课后服务示范校30所，累计培训课后服务教师1500人次，为2028年全市推广积累经验。",
        "2025年建成示范校10所，培训课后服务教师500人次。",
    ]
    project_head(
        s,
        year=2025,
        years=3,
        name="课后服务示范校建设",
        dept=DEPT,
        unit=UNIT,
        attr="新增项目",
        money=funds_multi((900, 780, 120), (300, 260, 40)),
        goals=goals,
    )
    indicators(s, (*TIER, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "示范校建成数", "≥30所", "≥10所"),
        (None, None, "培训课后服务教师", "≥1500人次", "≥500人次"),
        (None, "质量指标", "示范校验收合格率", "=100%", "=100%"),
        (None, None, "学生课后服务参与率", "≥90%", pct(0.85)),
        ("成本指标", "经济成本指标", "示范校建设补助标准", "≤20万元/所", "≤20万元/所"),
        ("效益指标", "社会效益指标", "示范校覆盖学生数", "≥60000人", "≥20000人"),
        (None, "可持续影响指标", "示范校经验推广机制", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdd06-afterschool-multi-year-defects",
    (8,),
    "two-year project 2025–2026, NAT-2021, "
    "中期 and 年度 columns: goals copied, a year above its period, a count copied",
)
def kdd06() -> Book:
    b, s = book()
    text = "开发课后服务课程资源包40个，培训骨干教师800人次。"
    annual = mk(text, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    project_head(
        s,
        year=2025,
        years=2,
        name="课后服务课程资源开发",
        dept=DEPT,
        unit=UNIT,
        attr="新增项目",
        money=funds_multi((200, 200, 0), (130, 130, 0)),
        goals=[text, annual],
    )
    indicators(s, (*TIER, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "课程资源包开发数", "≥40个",
         mk("≥60个", "D201", "error", note="一年的个数大于两年的40个")),
        (None, None, "培训骨干教师",
         "≥800人次", mk("≥800人次", "D202", "warning", note="累计人次照抄中期值")),
        (None, "质量指标", "资源包审核通过率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "资源包开发单价", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "社会效益指标", "使用资源包学校数", "≥90所", "≥50所"),
        ("满意度指标", "服务对象满意度指标", "教师满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
