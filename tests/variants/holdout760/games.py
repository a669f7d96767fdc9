"""全民健身运动会 and community games returns (kcp01–kcp06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout760.common import BUREAU, YEAR, block, first_sheet, sign, wan
from tests.variants.holdout760.registry import variant
from tests.variants.kit import Book, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kcp01-games-percent",
    (1, 12),
    "project, NAT-2021, operator and unit columns, typed "
    "percent cells, 万元 in the number format, a 0起 incident count (correct)",
)
def games_percent() -> Book:
    b, s = first_sheet()
    project_head(s, year=YEAR, name="2025年全省全民健身运动会群众比赛", dept=BUREAU,
                 unit="澄川省社会体育指导中心", money=[
                     ("年度资金总额", wan(180), "其中：财政拨款", wan(150)),
                     ("其他资金", wan(30), None, None)],
                 goals=["举办2025年全省全民健身运动会，设群众比赛项目32项（其中新兴项目8项），"
                        "全年参赛群众不少于24000人次，赛事安全无事故。"])  # fmt: skip
    block(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("成本指标", "经济成本指标", "单项赛事平均组织成本", "≤", 5, "万元/项"),
        ("产出指标", "数量指标", "群众比赛项目", "≥", 32, "项"),
        (None, None, "参赛群众", "≥", 24000, "人次"),
        (None, "质量指标", "裁判员持证上岗率", "≥", pct(0.98), "%"),
        (None, "时效指标", "赛事按计划完成率", "≥", pct(0.95), "%"),
        ("效益指标", "社会效益指标", "赛事安全事故", "≤", 0, "起"),
        (None, None, "经常参加体育锻炼人口比例提高", "≥", 1, "百分点"),
        (None, "可持续影响指标", "新兴项目纳入常设赛事", "≥", 3, "项"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "钟雅岚", "0871-5536208")
    return b


@variant(
    "kcp02-games-goal-mismatch",
    (12,),
    "project, NAT-2021, operators inside the values: "
    "money not adding up, a goal count the indicator gives otherwise, last season's deadline",
)
def games_goal_mismatch() -> Book:
    b, s = first_sheet()
    project_head(s, year=YEAR, name="全民健身赛事活动补助", dept=BUREAU,
                 unit="鹤岭市体育总会", money=[
                     ("年度资金总额", mk(wan(120), "B101", "error", note="100 + 30 = 130"),
                      "其中：财政拨款", wan(100)),
                     ("其他资金", wan(30), None, None)],
                 goals=["全年组织县级以上全民健身赛事28项，参赛群众15000人次，"
                        "带动基层体育组织开展常态化健身活动。"])  # fmt: skip
    block(s, H4, [
        ("成本指标", "经济成本指标", "单项赛事补助标准", "≤4万元/项"),
        ("产出指标", "数量指标", "县级以上全民健身赛事",
         mk("≥24项", "D104", "warning", row=True, note="年度目标写28项")),
        (None, None, "参赛群众", "≥15000人次"),
        (None, "质量指标", "赛事组织规范率", "≥95%"),
        (None, "时效指标", "赛事活动完成时限",
         mk("2024年11月30日前", "Y102", "error", alt=("Y103",), note="上一届的期限，早于预算年度")),
        ("效益指标", "社会效益指标", "基层体育组织参与赛事", "≥60个"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcp03-games-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator name with different values in each project (correct)",
)
def games_stacked() -> Book:
    b, s = first_sheet()
    project_head(
        s,
        year=YEAR,
        name="全民健身运动会群众项目补助",
        dept=BUREAU,
        unit="澄川省社会体育指导中心",
        money=[
            ("年度资金总额", wan(96), "其中：财政拨款", wan(80)),
            ("其他资金", wan(16), None, None),
        ],
        goals=["补助群众比赛项目20项，参赛群众12000人次。"],
    )
    block(s, H4, [
        ("产出指标", "数量指标", "群众比赛项目", "≥20项"),
        (None, None, "参赛人次", "≥12000人次"),
        (None, "质量指标", "赛事组织合格率", "≥95%"),
        (None, "时效指标", "赛事完成时间", "2025年10月31日前"),
        (None, "成本指标", "每项赛事补助标准", "≤4万元/项"),
        ("效益指标", "社会效益指标", "带动基层健身组织参赛", "≥40个"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="全民健身赛事进乡村",
        dept=BUREAU,
        title="",
        unit="砚台县文化体育和旅游局",
        money=[
            ("年度资金总额", wan(40), "其中：财政拨款", wan(40)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["在12个乡镇举办乡村健身赛事25场，参赛群众5000人次。"],
    )
    block(s, H4, [
        ("产出指标", "数量指标", "乡村健身赛事", "≥25场"),
        (None, None, "参赛人次", "≥5000人次"),
        (None, "质量指标", "赛事安全保障到位率", "≥98%"),
        (None, "成本指标", "每场赛事补助标准", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "覆盖乡镇", "≥12个"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "韦松澄", "0871-5536215")
    return b


@variant(
    "kcp04-games-stacked-defects",
    (2,),
    "two projects stacked, OLD-NAT, one value column: "
    "the first gives one count twice with two values, the second's cost exceeds its money",
)
def games_stacked_defects() -> Book:
    b, s = first_sheet()
    project_head(
        s,
        year=YEAR,
        name="省第十届全民健身运动会",
        dept=BUREAU,
        unit="澄川省社会体育指导中心",
        money=[
            ("年度资金总额", wan(150), "其中：财政拨款", wan(120)),
            ("其他资金", wan(30), None, None),
        ],
        goals=["举办省第十届全民健身运动会，设比赛项目26项，参赛运动员6000人次。"],
    )
    block(s, H4, [
        ("产出指标", "数量指标", "参赛运动员", "≥6000人次"),
        (None, None, "比赛项目", "≥26项"),
        (None, "质量指标", "赛事组织合格率", "≥95%"),
        (None, "成本指标", "每项赛事组织成本", "≤5万元/项"),
        ("效益指标", "社会效益指标", "参赛运动员人次",
         mk("≥5000人次", "D102", "error", row=True, alt=("D103", "D101"),
            note="与数量指标“参赛运动员 ≥6000人次”是同一指标")),
        ("满意度指标", "服务对象满意度指标", "参赛运动员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="社区健身赛事补助",
        dept=BUREAU,
        title="",
        unit="鹤岭市体育总会",
        money=[
            ("年度资金总额", wan(80), "其中：财政拨款", wan(80)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["补助社区健身赛事40场，参赛居民8000人次。"],
    )
    block(s, H4, [
        ("产出指标", "数量指标", "社区健身赛事", "≥40场"),
        (None, "质量指标", "赛事安全保障到位率", "≥98%"),
        (None, "成本指标", "每场赛事补助标准",
         mk("≤3万元/场", "B107", "warning", row=True, note="3 × 40 = 120万元，超过年度资金80万元")),
        ("效益指标", "社会效益指标", "参赛居民", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "参赛居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcp05-games-multi-year",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns, "
    "the period's counts beside smaller annual ones, a later year prepared for (correct)",
)
def games_multi_year() -> Book:
    b, s = first_sheet()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="全民健身示范赛事三年行动",
        dept=BUREAU,
        unit="澄川省社会体育指导中心",
        attr="新增项目",
        money=[
            ("中期资金总额", wan(360), "年度资金总额", wan(120)),
            ("其中：财政拨款", wan(300), "其中：财政拨款", wan(100)),
            ("其他资金", wan(60), "其他资金", wan(20)),
        ],
        goals=[
            "2025—2027年每年举办全民健身示范赛事30场，三年共90场，参赛群众60000人次，"
            "为2028年省第十一届全民健身运动会储备群众项目。",
            "2025年举办全民健身示范赛事30场，参赛群众20000人次，培育品牌赛事1个。",
        ],
    )
    block(s, H5, [
        ("产出指标", "数量指标", "全民健身示范赛事", "≥90场", "≥30场"),
        (None, None, "参赛群众", "≥60000人次", "≥20000人次"),
        (None, "质量指标", "赛事组织合格率", "≥95%", "≥95%"),
        (None, "时效指标", "赛事完成时限", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "单场赛事补助标准", "≤4万元/场", "≤4万元/场"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人口比例", "提高≥3百分点", "提高≥1百分点"),
        (None, "可持续影响指标", "培育品牌赛事", "≥3个", "≥1个"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟雅岚", "0871-5536208")
    return b


@variant(
    "kcp06-games-multi-year-defects",
    (8, 11),
    "two-year project, NAT-2021, 中期 and 年度 "
    "columns: a year's count above the period's, an injury rate with ≥",
)
def games_multi_year_defects() -> Book:
    b, s = first_sheet()
    project_head(
        s,
        year=YEAR,
        years=2,
        name="健身赛事进社区",
        dept=BUREAU,
        unit="鹤岭市体育总会",
        attr="新增项目",
        money=[
            ("中期资金总额", wan(200), "年度资金总额", wan(100)),
            ("其中：财政拨款", wan(160), "其中：财政拨款", wan(80)),
            ("其他资金", wan(40), "其他资金", wan(20)),
        ],
        goals=[
            "两年在全市社区举办健身赛事，带动居民参与日常锻炼。",
            "2025年在中心城区社区举办健身赛事，建立社区赛事组织网络。",
        ],
    )
    block(s, H5, [
        ("成本指标", "经济成本指标", "单场赛事补助标准", "≤1万元/场", "≤1万元/场"),
        ("产出指标", "数量指标", "健身赛事进社区场次", "≥60场",
         mk("≥80场", "D201", "error", note="一年的场次多于两年的实施期")),
        (None, None, "参赛居民", "≥16000人次", "≥8000人次"),
        (None, "质量指标", "赛事安全保障到位率", "≥98%", "≥98%"),
        ("效益指标", "社会效益指标", "参赛居民运动损伤发生率", "≥2%",
         mk("≥2%", "T108", "warning", row=True, note="发生率是反向指标，应为≤")),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
