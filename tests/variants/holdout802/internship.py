"""Returns kef01–kef06: internships (就业见习) for graduates and young jobseekers."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout802.common import (
    book,
    funds,
    indicators,
    period_funds,
    sign,
    wan,
)
from tests.variants.holdout802.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "kef01-jianxi-percent-cells",
    (1, 7),
    "project, OLD-NAT, operator column headed 指标性质 and a unit column, percents typed "
    "in Excel, 0起 on an incident count, subsidy × trainees equal to the money (correct)",
)
def kef01() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="离校未就业高校毕业生就业见习补贴项目",
        dept="蒲川县人力资源和社会保障局（114）",
        unit="蒲川县就业服务中心",
        money=funds(180, 180, 0),
        goals=[
            "组织400名离校2年内未就业高校毕业生和16—24岁失业青年参加为期3个月的就业"
            "见习，按每人每月1500元发放见习补贴，见习期满留用率不低于30%。"
        ],
    )
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "组织就业见习人数", "≥", 400, "人"),
        (None, None, "新认定就业见习基地数", "≥", 12, "个"),
        (None, "质量指标", "见习协议签订率", "=", pct(1), "%"),
        (None, None, "见习人员意外伤害保险参保率", "≥", pct(0.95), "%"),
        (None, "时效指标", "见习补贴按月拨付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "见习补贴标准", "≤", 1500, "元/人·月"),
        ("效益指标", "社会效益指标", "见习期满留用率", "≥", pct(0.3), "%"),
        (None, None, "见习期间安全责任事故", "=", 0, "起"),
        (None, "可持续影响指标", "见习基地中途退出率", "≤", pct(0.05), "%"),
        ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥", pct(0.9), "%"),
        (None, None, "见习单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "罗秋岚", "0736-5821647", day(2025, 11, 18))
    return b


KEF02_ROWS = [
    ("产出指标", "数量指标", "开发见习岗位数",
     mk("≥450个", "D104", "warning",
        note="年度目标写开发见习岗位500个，指标只有450个"), "年度计划"),
    (None, None, "组织见习人数", "≥300人", "年度计划"),
    (None, "质量指标", "见习协议签订率", "=100%", "计划标准"),
    (None, "时效指标", "见习补贴发放完成时间",
     mk("2025年12月31日前", "Y102", "error", alt=("Y103", "Y101"),
        note="2026年度项目，期限却在2025年：上年表格的遗留"), "计划标准"),
    (None, "成本指标", "见习补贴标准",
     mk("≤12000元/人", "B107", "warning",
        note="12000元/人×300人=360万元，超过资金总额240万元"), "历史标准"),
    ("效益指标", "社会效益指标", "见习期满留用率", "≥30%", "历史标准"),
    (None, "可持续影响指标", "见习基地稳定运行年限", "≥3年", "行业标准"),
    ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%", "行业标准"),
]  # fmt: skip


@variant(
    "kef02-jianxi-goal-against-rows",
    (7, 12),
    "project, OLD-NAT, headers 考核指标 / 预期目标 / 指标值设定依据: post count against "
    "the goal, a deadline in the year before, subsidy × trainees above the money",
)
def kef02() -> Book:
    b, s = book(widths=(16, 18, 30, 20, 16))
    project_head(
        s,
        year=2026,
        name="高校毕业生就业见习岗位开发项目",
        dept="沅汀市人力资源和社会保障局（302）",
        unit="沅汀市高校毕业生就业指导中心",
        money=funds(240, 200, 40),
        goals=[
            "2026年开发见习岗位500个，组织300名高校毕业生参加6个月就业见习，见习补贴"
            "按每人12000元标准分月发放，见习期满留用率达到30%以上。"
        ],
    )
    indicators(s, ("一级指标", "二级指标", "考核指标", "预期目标", "指标值设定依据"), KEF02_ROWS)
    sign(s, "唐若蘅", "0719-3306184", day(2025, 12, 2))
    return b


@variant(
    "kef03-jianxi-three-years",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: period counts beside smaller year "
    "counts, rates and unit costs equal, a later year the work prepares for (correct)",
)
def kef03() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=3,
        name="青年就业见习示范基地建设项目",
        dept="澄岭县人力资源和社会保障局（226）",
        unit="澄岭县公共就业人才服务中心",
        money=period_funds((540, 480, 60), (180, 160, 20)),
        goals=[
            "2026—2028年累计组织1500名高校毕业生参加就业见习（每人3个月），建成示范"
            "见习基地30个，见习期满留用率稳定在35%以上。",
            "2026年组织500名高校毕业生参加就业见习（每人3个月），新建示范见习基地10个，"
            "为2027年扩大见习岗位开发范围积累经验。",
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）"), [
        ("产出指标", "数量指标", "组织见习人数", "≥1500人", "≥500人"),
        (None, None, "新建示范见习基地数", "≥30个", "≥10个"),
        (None, "质量指标", "见习协议签订率", "=100%", "=100%"),
        (None, "时效指标", "见习补贴及时发放率", "≥95%", "≥95%"),
        (None, "成本指标", "见习补贴标准", "≤1200元/人·月", "≤1200元/人·月"),
        ("效益指标", "社会效益指标", "见习期满留用率", "≥35%", "≥35%"),
        (None, "可持续影响指标", "示范基地年度复核通过率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟向晚", "0745-6620391", day(2025, 11, 26))
    return b


@variant(
    "kef04-jianxi-two-years-copied",
    (8,),
    "two-year project, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
    "year's trainees above the period's, a base count copied into the year",
)
def kef04() -> Book:
    b, s = book()
    goal = "组织高校毕业生参加就业见习，新建就业见习基地，提高见习期满留用率和见习质量。"
    project_head(
        s,
        year=2026,
        years=2,
        name="校地合作就业见习推进项目",
        dept="栖桐区人力资源和社会保障局（508）",
        unit="栖桐区就业促进中心",
        money=period_funds((400, 360, 40), (200, 180, 20)),
        goals=[goal, mk(goal, "D204", "warning", note="两年期项目，年度目标与中期目标逐字相同")],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "组织见习人数", "≥800人",
         mk("≥900人", "D201", "error", note="一年的见习人数超过两年实施期的800人")),
        (None, None, "新建就业见习基地数", "≥20个",
         mk("≥20个", "D202", "warning", note="两年的累计数照抄到年度列")),
        (None, "质量指标", "见习协议签订率", "=100%", "=100%"),
        (None, "时效指标", "见习补贴按月发放率", "≥95%", "≥95%"),
        (None, "成本指标", "见习补贴标准", "≤2000元/人", "≤2000元/人"),
        ("效益指标", "社会效益指标", "见习期满留用率", "≥30%", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "易沛然", "0731-8854027", day(2025, 12, 9))
    return b


HEAD1 = ("一级指标", "二级指标", "三级指标", "指标值", None, None)


@variant(
    "kef05-jianxi-two-projects",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column: the same indicator "
    "name with different values in each project, each project's money adding up (correct)",
)
def kef05() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="就业见习基地提质项目",
        dept="鹤湾区人力资源和社会保障局（417）",
        unit="鹤湾区就业服务中心",
        money=funds(60, 60, 0),
        goals=["完成25家见习基地评估提质，新增见习岗位200个，见习基地台账规范率100%。"],
    )
    indicators(s, HEAD1, [
        ("产出指标", "数量指标", "评估提质见习基地数", "≥25家"),
        (None, None, "新增见习岗位数", "≥200个"),
        (None, "质量指标", "见习基地台账规范率", "=100%"),
        (None, "时效指标", "评估工作完成时间", "2026年10月31日前"),
        (None, "成本指标", "单个基地评估费用", "≤2.4万元/家"),
        ("效益指标", "社会效益指标", "见习岗位有效使用率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="见习补贴发放项目",
        dept="鹤湾区人力资源和社会保障局（417）",
        unit="鹤湾区就业服务中心",
        money=funds(150, 120, 30),
        goals=[
            "组织300名高校毕业生参加就业见习，新增见习岗位300个，按每人5000元标准发放见习补贴。"
        ],
    )
    indicators(s, HEAD1, [
        ("产出指标", "数量指标", "组织见习人数", "≥300人"),
        (None, None, "新增见习岗位数", "≥300个"),
        (None, "质量指标", "补贴发放准确率", "=100%"),
        (None, "时效指标", "补贴发放及时率", "≥95%"),
        (None, "成本指标", "见习补贴标准", "≤5000元/人"),
        ("效益指标", "社会效益指标", "见习期满留用率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "白霁川", "0752-4419836", day(2025, 12, 5))
    return b


@variant(
    "kef06-jianxi-department-flat",
    (3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): the key tasks "
    "do not add up to 金额合计, one indicator twice with a word order changed",
)
def kef06() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="栖桐区人才交流服务中心",
        budget=[(wan(320), wan(300), wan(20), wan(120), wan(200))],
        tasks=[
            ("见习岗位开发", "走访企业开发见习岗位", wan(80), "开发岗位600个"),
            ("见习补贴发放", "按月发放见习补贴", wan(90), "补贴及时足额到位"),
            ("职业指导服务", "进校园开展职业指导", wan(40), "讲座24场"),
            (
                "金额合计",
                None,
                mk(wan(200), "B102", "error", note="80+90+40=210万元，不等于金额合计200万元"),
                None,
            ),
        ],
        goal="开发见习岗位600个，组织见习450人，开展职业指导讲座24场。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("开发见习岗位数量", 15, "个", "≥", 600),
        ("组织见习人数", 15, "人", "≥", 450),
        ("职业指导讲座场次", 10, "场", "≥", 24),
        ("见习补贴发放准确率", 10, "%", "=", 100),
        ("见习补贴按月发放及时率", 10, "%", "≥", 95),
        (mk("见习岗位开发数量", "D102", "error", row=True, alt=("D103", "D101"),
            note="与“开发见习岗位数量”是同一指标，值却为450个/600个"), 10, "个", "≥", 450),
        ("见习期满留用率", 15, "%", "≥", 30),
        ("服务对象满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    sign(s, "祁望舒", "0728-5560912", day(2025, 11, 20))
    return b
