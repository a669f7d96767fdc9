"""Musk deer (林麝) farm returns: ew07–ew12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout611.common import (
    DEPT,
    TIERS,
    YEAR,
    indicators,
    multi_year,
    new_book,
    notes,
    sign,
    wan,
)
from tests.variants.holdout611.registry import variant
from tests.variants.kit import Book, mk, pct

NAT21 = (*TIERS, "指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "ew07-musk-department",
    (12, 4),
    "department, NAT-2021: budget and key tasks adding up, "
    "a footnote explaining the 金额合计 (correct)",
)
def ew07() -> Book:
    b, s = new_book("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="栖麓县林麝繁育中心",
        budget=[(wan(520), wan(470), wan(50), wan(180), wan(340))],
        tasks=[
            ("林麝圈舍改造", "改造圈舍6栋，更换围网", wan(150), "圈舍完好率≥95%"),
            ("种麝引进与繁育", "引进种麝40头，开展配种繁育", wan(120), "仔麝成活率≥85%"),
            ("饲草料基地建设", "建设饲草料基地50亩", wan(70), "饲草自给率≥60%"),
            ("金额合计", None, wan(340), None),
        ],
        goal="改造林麝圈舍6栋，引进种麝40头，建设饲草料基地50亩，仔麝成活率不低于85%。",
    )
    rows = [
        ("产出指标", "数量指标", "改造林麝圈舍", "≥6栋"),
        (None, None, "引进种麝", "≥40头"),
        (None, None, "建设饲草料基地", "≥50亩"),
        (None, "质量指标", "仔麝成活率", "≥85%"),
        (None, "时效指标", "圈舍改造完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "种麝引进单价", "≤2.5万元/头"),
        ("效益指标", "社会效益指标", "林麝存栏增加", "≥30头"),
        (None, "生态效益指标", "饲草自给率", "≥60%"),
        (None, "可持续影响指标", "种麝谱系档案建档率", "100%"),
        ("满意度指标", "服务对象满意度指标", "周边农户满意度", "≥90%"),
    ]
    indicators(s, NAT21, rows)
    notes(s, "注：金额合计340万元为项目支出，基本支出180万元未列入年度主要任务。")
    sign(s, "柏子衿", "0836-5155603")
    return b


@variant(
    "ew08-musk-department-wrong",
    (12, 4),
    "department, NAT-2021, a 说明 row in the table: "
    "tasks not adding to 金额合计, a goal count and a deadline of last year",
)
def ew08() -> Book:
    b, s = new_book("部门整体")
    total = mk(wan(200), "B102", "error", note="90 + 60 + 45 = 195，不是200")
    department_head(
        s,
        year=YEAR,
        dept="鹤湾镇林麝养殖场",
        budget=[(wan(260), wan(230), wan(30), wan(60), wan(200))],
        tasks=[
            ("圈舍新建", "新建林麝圈舍8栋", wan(90), "圈舍验收合格"),
            ("种麝引进", "引进种麝30头", wan(60), "种麝健康合格"),
            ("疫病防控", "开展林麝疫病监测", wan(45), "不发生重大疫情"),
            ("金额合计", None, total, None),
        ],
        goal="年度新建林麝圈舍8栋，引进种麝30头，全年不发生重大动物疫情。",
    )
    rows = [
        (
            "产出指标",
            "数量指标",
            "新建林麝圈舍",
            mk("≥6栋", "D104", "warning", note="年度总体目标和任务写新建圈舍8栋"),
        ),
        (None, None, "引进种麝", "≥30头"),
        (None, "质量指标", "种麝检疫合格率", "100%"),
        (
            None,
            "时效指标",
            "圈舍建成时间",
            mk("2025年10月31日前", "Y102", "error", alt=("Y101",), note="预算年度是2026年"),
        ),
        ("说明：疫病监测样品数按上年存栏测算。", "", None, None),
        ("成本指标", "经济成本指标", "种麝引进单价", "≤2万元/头"),
        ("效益指标", "社会效益指标", "重大动物疫情发生起数", "0起"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ]
    indicators(s, NAT21, rows)
    sign(s, "崔望舒", "0836-5160047")
    return b


@variant(
    "ew09-musk-multi-year",
    (8,),
    "three-year musk deer project, NAT-2021, 中期 and 年度 "
    "columns: period counts above the year's, rates equal, a later year prepared for "
    "(correct)",
)
def ew09() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="林麝人工授精技术示范项目",
        dept=DEPT,
        unit="栖麓县林麝繁育中心",
        attr="新增项目",
        money=multi_year((450, 400, 50), (150, 130, 20)),
        goals=[
            "三年累计繁育仔麝180头，建成人工授精实验室1处，为2029年人工授精技术推广积累数据。",
            "2026年繁育仔麝50头，完成人工授精实验室主体建设。",
        ],
    )
    rows = [
        ("产出指标", "数量指标", "繁育仔麝", "≥180头", "≥50头"),
        (None, None, "活体取香公麝", "≥300头次", "≥100头次"),
        (None, "质量指标", "仔麝成活率", "≥85%", "≥85%"),
        (
            None,
            "时效指标",
            "人工授精实验室建成时间",
            "2027年12月31日前",
            "2026年12月31日前主体完工",
        ),
        ("成本指标", "经济成本指标", "每头仔麝繁育成本", "≤0.8万元", "≤0.8万元"),
        ("效益指标", "经济效益指标", "麝香产量", "≥9千克", "≥3千克"),
        (None, "可持续影响指标", "人工授精技术规程", "≥2项", "≥1项"),
        ("满意度指标", "服务对象满意度指标", "合作养殖户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, (*TIERS, "中期指标值", "年度指标值"), rows)
    sign(s, "柏子衿", "0836-5155603")
    return b


@variant(
    "ew10-musk-period-wrong",
    (8, 13),
    "two-year musk deer project, NAT-2021, 中期 and 年度 "
    "columns: goals copied, a year's count above the period's, a value without a name",
)
def ew10() -> Book:
    b, s = new_book()
    goal = "扩建林麝养殖场，繁育仔麝60头，建成麝香初加工车间1处。"
    copied = mk(goal, "D204", "warning", note="两年期项目的年度目标与中期目标一字不差")
    project_head(
        s,
        year=YEAR,
        years=2,
        name="蒿坪林麝养殖场扩建项目",
        dept=DEPT,
        unit="蒿坪林麝养殖场",
        money=multi_year((260, 220, 40), (140, 120, 20)),
        goals=[goal, copied],
    )
    rows = [
        (
            "产出指标",
            "数量指标",
            "繁育仔麝",
            "≥60头",
            mk("≥70头", "D201", "error", alt=("D104",), note="一年70头多于两年60头"),
        ),
        (None, "质量指标", "仔麝成活率", "≥85%", "≥85%"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥95%", "≥95%"),
        (None, "时效指标", "初加工车间建成时间", "2027年9月30日前", "2026年12月31日前完成主体"),
        ("成本指标", "经济成本指标", "每头仔麝繁育成本", "≤0.8万元", "≤0.8万元"),
        ("效益指标", "经济效益指标", "麝香初加工产值", "≥120万元", "≥40万元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, (*TIERS, "中期指标值", "年度指标值"), rows)
    sign(s, "崔望舒", "0836-5160047")
    return b


@variant(
    "ew11-musk-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as "
    "operator · 指标值), percents typed in Excel, weights 100, 0起 on escapes (correct)",
)
def ew11() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=YEAR,
        dept="岚峪乡林麝养殖合作社",
        budget=[(wan(96), wan(80), wan(16), wan(26), wan(70))],
        goal="存栏林麝维持在220头以上，繁育仔麝45头，活体取香公麝80头，不发生林麝逃逸。",
    )
    rows = [
        ("林麝存栏数", 20, "头", "≥", 220),
        ("繁育仔麝", 15, "头", "≥", 45),
        ("活体取香公麝", 15, "头", "≥", 80),
        ("仔麝成活率", 10, "%", "≥", pct(0.85)),
        ("取香公麝损伤率", 10, "%", "≤", pct(0.02)),
        ("林麝逃逸事件", 10, "起", "=", 0),
        ("每头林麝年饲养成本", 10, "元", "≤", 2800),
        ("社员满意度", 10, "%", "≥", pct(0.9)),
    ]
    indicators(s, FLAT, rows, ())
    s.row("合计", 100)
    sign(s, "宁可馨", "0836-5171182")
    return b


@variant(
    "ew12-musk-flat-wrong",
    (3, 11),
    "department, flat list: weights not adding to 100, one "
    "indicator twice with two values, a goal count the list gives otherwise",
)
def ew12() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=YEAR,
        dept="雁脊山林麝驯养场",
        budget=[(wan(130), wan(110), wan(20), wan(40), wan(90))],
        goal="全年活体取香公麝120头，采收麝香4千克，繁育仔麝40头。",
    )
    rows = [
        (
            "活体取香公麝",
            20,
            "头",
            "≥",
            mk(150, "D104", "warning", row=True, note="年度总体目标写取香公麝120头"),
        ),
        ("麝香采收量", 15, "千克", "≥", 4),
        ("繁育仔麝", 15, "头", "≥", 40),
        ("仔麝成活率", 10, "%", "≥", pct(0.85)),
        (
            "麝香采收量",
            10,
            "千克",
            "≥",
            mk(
                5,
                "D102",
                "error",
                row=True,
                alt=("D101", "D103"),
                note="同一指标两行，4千克与5千克",
            ),
        ),
        ("每头林麝年饲养成本", 15, "元", "≤", 3000),
        ("驯养户满意度", 10, "%", "≥", pct(0.9)),
    ]
    indicators(s, FLAT, rows, ())
    s.row("合计", 95)
    b.file_mark("W101", "error", note="权重合计95，应为100")
    sign(s, "宁可馨", "0836-5171182")
    return b
