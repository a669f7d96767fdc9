"""Returns kef13–kef18: career guidance talks (职业指导讲座) for graduates and young people."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout802.common import (
    book,
    funds,
    indicators,
    notes,
    period_funds,
    sign,
    wan,
)
from tests.variants.holdout802.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", None, None)


@variant(
    "kef13-talks-footnotes",
    (4,),
    "project, OLD-NAT, one value column: a 注 row inside the table, 说明 and 填表说明 under "
    "it, signature and a fill date in the year before; the goal's total with its parts (correct)",
)
def kef13() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="高校毕业生职业指导讲座项目",
        dept="蒲川县人力资源和社会保障局（114）",
        unit="蒲川县公共就业服务中心",
        money=funds(30, 30, 0),
        goals=[
            "全年举办职业指导讲座60场（其中进校园40场、进社区20场），覆盖高校毕业生"
            "及青年求职者6000人次。"
        ],
    )
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "职业指导讲座场次", "≥60场"),
        (None, None, "进校园讲座场次", "≥40场"),
        (None, None, "听讲人次", "≥6000人次"),
        (None, "质量指标", "讲师资质审核合格率", "=100%"),
        (None, "时效指标", "讲座季度计划完成率", "≥95%"),
        (None, "成本指标", "讲座课酬标准", "≤1500元/场"),
        ("注：讲座场次含线上直播，线上场次不超过15场。", None, None, None),
        ("效益指标", "社会效益指标", "听讲青年求职意向明确率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "听讲青年满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "说明：讲座场次60场为进校园40场与进社区20场之和。",
        "填表说明：1.指标值应量化填写；2.比率类指标以百分比表示。",
    )
    sign(s, "蓝照夕", "0736-5840317", day(2025, 12, 16, CN_DATE))
    s.row("经办人：章弥远", None, None, None, "（单位盖章）")
    return b


KEF14_TOP = [
    ("产出指标", "数量指标", "职业指导讲座场次", "≥120场", 15),
    (None, None, "服务青年人次",
     mk("≥8000人次", "D104", "warning", note="年度总体目标写服务青年10000人次"), 15),
    (None, "质量指标", "讲座课件审核通过率", "=100%", 10),
    (None, "时效指标", "生涯规划进校园活动完成时间",
     mk("2027年6月30日前", "Y102", "error", alt=("Y103",),
        note="2026年度部门目标，期限却在2027年"), 10),
    ("小计", None, None, None, 50),
]  # fmt: skip
KEF14_BOTTOM = [
    ("效益指标", "社会效益指标", "听讲青年就业意向明确率", "≥80%", 15),
    (None, None, mk("职业指导讲座场次", "D102", "error", row=True, alt=("D103", "D101"),
                    note="分页后重复填报，值为100场，与前页120场不同"), "≥100场", 10),
    (None, "可持续影响指标", "讲师库更新次数", "≥4次", 5),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", 20),
    ("小计", None, None, None, 50),
    ("合计", None, None, None, 100),
]  # fmt: skip


@variant(
    "kef14-talks-page-break",
    (4,),
    "department, NAT-2021, weight column, header repeated after a page break and subtotal "
    "rows: a count below the goal's, a deadline in the next year, a talk count twice",
)
def kef14() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="澄岭县青年就业指导中心",
        budget=[(wan(260), wan(240), wan(20), wan(100), wan(160))],
        goal="全年开展职业指导讲座120场，服务青年10000人次，听讲青年就业意向明确率80%以上。",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
    indicators(s, head, KEF14_TOP)
    s.skip()
    indicators(s, head, KEF14_BOTTOM)
    sign(s, "尹秋澄", "0745-6689024", day(2025, 11, 12))
    return b


@variant(
    "kef15-talks-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 label left from the template without an "
    "indicator, a value typed without its indicator name",
)
def kef15() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="青年职业发展讲堂项目",
        dept="鹤湾区人力资源和社会保障局（417）",
        unit="鹤湾区青年就业服务站",
        money=funds(24, 24, 0),
        goals=["举办青年职业发展讲堂20场，服务青年2000人次，讲堂满意度达到90%以上。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标", None, None), [
        ("产出指标", "数量指标", "职业发展讲堂场次", "≥20场"),
        (None, None, "服务青年人次", "≥2000人次"),
        (None, "质量指标", "讲师资质审核合格率", "=100%"),
        (None, None, mk(None, "F110", "error", note="有指标值≥95%，没有三级指标名称"), "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        ("成本指标", "经济成本指标", "单场讲堂成本", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "听讲青年求职技能提升率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "讲堂满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "叶闻笙", "0752-4436108", day(2025, 12, 10))
    return b


@variant(
    "kef16-talks-flat-percent",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值) with "
    "typed percents, weights adding to 100, a monthly count matching the year's (correct)",
)
def kef16() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="鹤湾区青年就业创业服务站",
        budget=[(wan(90), wan(90), wan(0), wan(50), wan(40))],
        tasks=[
            ("职业指导讲座", "每月进校园、进社区开展讲座", wan(25), "全年36场"),
            ("见习岗位对接", "组织见习单位与青年对接", wan(15), "对接会6场"),
            ("金额合计", None, wan(40), None),
        ],
        goal="每月开展职业指导讲座不少于3场，全年组织见习岗位对接会6场。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("职业指导讲座场次", 20, "场", "≥", 36),
        ("见习岗位对接会场次", 15, "场", "≥", 6),
        ("讲座计划完成率", 15, "%", "≥", pct(0.95)),
        ("对接会签约意向达成率", 15, "%", "≥", pct(0.2)),
        ("讲座组织安全事故", 10, "起", "=", 0),
        ("单场讲座平均成本", 10, "万元/场", "≤", 0.69),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "程暮云", "0752-4440275", day(2025, 11, 24))
    return b


@variant(
    "kef17-talks-stacked-artefacts",
    (2, 9),
    "two projects stacked, OLD-NAT, one value column: a start date stored as a text serial, "
    "the second project's total not its parts, its goal naming the year before",
)
def kef17() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="高校毕业生职业指导讲座项目",
        dept="栖桐区人力资源和社会保障局（508）",
        unit="栖桐区就业促进中心",
        money=funds(40, 40, 0),
        start=mk("46023", "X104", "warning", note="文本单元格中的日期序列号（2026-01-01）"),
        goals=["全年举办高校毕业生职业指导讲座40场，服务毕业生4000人次。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "职业指导讲座场次", "≥40场"),
        (None, None, "服务毕业生人次", "≥4000人次"),
        (None, "质量指标", "讲座内容审核通过率", "=100%"),
        (None, "时效指标", "讲座季度计划完成率", "≥95%"),
        (None, "成本指标", "单场讲座成本", "≤1万元/场"),
        ("效益指标", "社会效益指标", "毕业生求职意向明确率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "毕业生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = mk(
        "2025年举办青年创业指导讲座24场，服务有创业意愿的青年1200人次。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2026年度项目的年度目标写2025年：上年文字遗留",
    )
    total = mk(wan(50), "B101", "error", note="35+20=55万元，不等于资金总额50万元")
    project_head(
        s,
        year=2026,
        title="",
        name="青年创业指导讲座项目",
        dept="栖桐区人力资源和社会保障局（508）",
        unit="栖桐区创业服务中心",
        money=funds(total, 35, 20),
        goals=[goal],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "创业指导讲座场次", "≥24场"),
        (None, None, "服务青年人次", "≥1200人次"),
        (None, "质量指标", "创业导师资质审核合格率", "=100%"),
        (None, "时效指标", "讲座季度计划完成率", "≥95%"),
        (None, "成本指标", "单场讲座成本", "≤2万元/场"),
        ("效益指标", "社会效益指标", "听讲青年创业意向转化率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "听讲青年满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏听泉", "0731-8873364", day(2025, 12, 11))
    return b


@variant(
    "kef18-talks-two-years",
    (8, 9),
    "two-year project, NAT-2021, 中期 and 年度 columns: period counts beside the year's, "
    "=100% typed as text in both columns, dates as Chinese date cells (correct)",
)
def kef18() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=2,
        name="青年生涯规划指导讲座项目",
        dept="沅汀市人力资源和社会保障局（302）",
        unit="沅汀市青年职业发展指导中心",
        start=day(2026, 1, 1, CN_DATE),
        end=day(2027, 12, 31, CN_DATE),
        money=period_funds((96, 90, 6), (48, 45, 3)),
        goals=[
            "2026—2027年累计举办生涯规划指导讲座48场，服务青年9600人次，建成讲师库一个并保持更新。",
            "2026年举办生涯规划指导讲座24场，服务青年4800人次，组建讲师库。",
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "生涯规划指导讲座场次", "≥48场", "≥24场"),
        (None, None, "服务青年人次", "≥9600人次", "≥4800人次"),
        (None, "质量指标", "讲座计划完成率", "=100%", "=100%"),
        (None, "时效指标", "讲座按月开展率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单场讲座成本", "≤2万元/场", "≤2万元/场"),
        ("效益指标", "社会效益指标", "青年职业规划清晰率", "≥75%", "≥75%"),
        (None, "可持续影响指标", "讲师库入库讲师人数", "≥60人", "≥30人"),
        ("满意度指标", "服务对象满意度指标", "听讲青年满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "凌叙白", "0719-3341952", day(2025, 12, 4, CN_DATE))
    return b
