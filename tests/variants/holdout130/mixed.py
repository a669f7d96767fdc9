"""Filled-down tiers, stacked projects, a Dongguan-style department: mj13–mj18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout130.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

C_PERMILLE = "0.9‰"  # a 受害率 cap in per mille


def m(v: float) -> Any:
    return money(v, WAN)


def filled(rows: list[list[Any]]) -> list[list[Any]]:
    """Tier cells filled down in every row, as a budget-system export writes them."""
    out, t1, t2 = [], None, None
    for r in rows:
        t1 = r[0] or t1
        t2 = r[1] or t2
        out.append([t1, t2, *r[2:]])
    return out


def stamp(s: Sheet, date: str) -> None:
    s.skip()
    s.row("（单位盖章）", None, None, None, date, None)


@variant("mj13-sewer-deadline", (1,), "project, NAT-2021, tiers filled down, 指标值设定依据")
def mj13() -> Book:
    b = Book()
    b.file_mark("F106", "error", required=False, note="满意度指标 tier-1 absent (same slip)")
    s = b.sheet("项目支出绩效目标表")
    project_head(
        s,
        year=2025,
        name="青岚市老旧小区雨污分流改造工程",
        dept="青岚市住房和城乡建设局",
        unit="青岚市城市建设服务中心",
        attr="一次性项目",
        money=[
            ("年度资金总额", m(735.90), "其中：财政拨款", m(650.00)),
            (None, None, "其他资金", m(85.90)),
        ],
        goals=["完成14个老旧小区雨污分流改造，新建改造管网18.5公里，受益居民5200户。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", None, merge=[(5, 6)])
    rows = filled(
        [
            ["产出指标", "数量指标", "改造老旧小区", "≥14个", "计划标准"],
            [None, None, "新建改造雨污管网", "≥18.5公里", "计划标准"],
            [None, None, "改造化粪池", "≥36座", "计划标准"],
            [None, "质量指标", "管网闭水试验合格率", "=100%", "行业标准"],
            [None, None, "工程竣工验收合格率", "=100%", "行业标准"],
            [
                None,
                "时效指标",
                "主体工程完工时间",
                mk("2026年3月31日前", "Y102", "error", alt=("Y103", "Y101")),
                "计划标准",
            ],
            ["成本指标", "经济成本指标", "每公里管网改造成本", "≤32万元/公里", "历史标准"],
            ["效益指标", "社会效益指标", "受益居民", "≥5200户", "计划标准"],
            [None, None, "小区雨天积水点消除率", "≥90%", "计划标准"],
            [
                None,
                None,
                mk("小区居民满意度", "F201", "warning", row=True, alt=("F105", "F106")),
                "≥90%",
                "其他标准",
            ],
            [None, "生态效益指标", "片区污水收集率", "≥85%", "计划标准"],
            [None, "可持续影响指标", "管网设计使用年限", "≥30年", "行业标准"],
        ]
    )
    for r in rows:
        s.row(*r, merge=[(5, 6)])
    stamp(s, "2024年11月8日")
    return b


def school_rows(sat: Any) -> list[list[Any]]:
    return [
        ["产出指标", "数量指标", "开展少年宫兴趣活动", "≥320次"],
        [None, None, "参与活动学生", "≥2400人"],
        [None, "质量指标", "兴趣课程开课率", "≥95%"],
        [None, "时效指标", "学期活动计划完成时间", "12月31日前"],
        [None, "成本指标", "辅导教师课时补贴标准", "≤80元/课时"],
        ["效益指标", "社会效益指标", "农村学生参与兴趣活动比例", "≥60%"],
        [None, "可持续影响指标", "少年宫常态化运行学校", "≥12所"],
        ["满意度指标", "服务对象满意度指标", "学生满意度", sat],
    ]


@variant("mj14-schools-stacked", (2,), "two projects stacked, OLD-NAT, one value column")
def mj14() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2025,
        name="蓝溪县乡村学校少年宫运行经费",
        dept="蓝溪县教育局",
        unit="蓝溪县教育局",
        money=[
            ("年度资金总额", m(48.60), "其中：财政拨款", m(42.00)),
            (None, None, "其他资金", m(6.60)),
        ],
        goals=["保障12所乡村学校少年宫常态化运行，开展兴趣活动320次，参与学生2400人。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None)
    s.table(school_rows("≥90%"), merged=(1, 2))
    s.skip()
    project_head(
        s,
        year=2025,
        title="",
        name="蓝溪县农村义务教育学生营养改善县级配套资金",
        dept="蓝溪县教育局",
        unit="蓝溪县学生资助管理中心",
        money=[
            ("年度资金总额", m(315.75), "其中：财政拨款", m(315.75)),
            (None, None, "其他资金", m(0)),
        ],
        goals=["为7800名农村义务教育学生提供营养膳食，供餐天数180天以上，食堂食品安全检查96次。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None)
    rows = [
        ["产出指标", "数量指标", "受益学生", "≥7800人"],
        [None, None, "营养餐供餐天数", "≥180天"],
        [None, None, "学校食堂食品安全检查", "≥96次"],
        [None, "质量指标", "营养餐食品抽检合格率", "≥98%"],
        [None, "时效指标", "配套资金拨付时间", "9月30日前"],
        [None, "成本指标", "县级配套补助标准", "≤2元/生·天"],
        ["效益指标", "社会效益指标", "学生营养健康状况", "有效改善"],
        [None, None, "学生体质健康达标率", "≥90%"],
        [None, "可持续影响指标", "食堂规范化管理学校", "≥38所"],
        ["满意度指标", "服务对象满意度指标", "学生满意度", "≥92%"],
        [None, None, "家长满意度", "≥90%"],
    ]
    s.table(rows, merged=(1, 2))
    stamp(s, "2024年11月15日")
    return b


@variant("mj15-forest-stacked", (2, 12), "two projects stacked, OLD-NAT, 比较符 and unit columns")
def mj15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="柘川县森林防火专项经费",
        dept="柘川县林业局",
        unit="柘川县森林防火指挥部办公室",
        money=[
            ("年度资金总额", m(96.00), "其中：财政拨款", m(90.00)),
            (None, None, "其他资金", m(6.00)),
        ],
        goals=["开展森林防火巡护，完善防火设施，全年森林火灾受害率控制在0.9‰以内。"],
    )
    head = ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"]
    s.row(*head)
    s.table(
        [
            ["产出指标", "数量指标", "聘用专职护林员", "≥", 120, "人"],
            [None, None, "新建维修防火隔离带", "≥", 35, "公里"],
            [None, "质量指标", "防火设施验收合格率", "≥", pct(0.95), None],
            [None, "时效指标", "火情报告响应时间", "≤", 30, "分钟"],
            [None, "成本指标", "护林员年人均劳务补助", "≤", 5000, "元/人"],
            ["效益指标", "生态效益指标", "森林火灾受害率", "≤", C_PERMILLE, None],
            [None, "可持续影响指标", "防火设施完好率", "≥", pct(0.9), None],
            ["满意度指标", "服务对象满意度指标", "林区群众满意度", "≥", pct(0.9), None],
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2025,
        title="",
        name="柘川县林业有害生物防治项目",
        dept="柘川县林业局",
        unit="柘川县森林病虫害防治检疫站",
        money=[
            (
                "年度资金总额",
                mk(m(128.30), "B101", "error", row=True, note="100.00 + 28.20 = 128.20"),
                "其中：财政拨款",
                m(100.00),
            ),
            (None, None, "其他资金", m(28.20)),
        ],
        goals=["完成松材线虫病等林业有害生物防治作业4.5万亩，疫木除治率达到100%。"],
    )
    s.row(*head)
    s.table(
        [
            ["产出指标", "数量指标", "有害生物防治作业面积", "≥", 4.5, "万亩"],
            [None, None, "设置监测诱捕器", "≥", 600, "套"],
            [None, None, "清理除治疫木", "≥", 9000, "株"],
            [None, "质量指标", "防治作业质量合格率", "≥", mk(pct(1.02), "T106", "error"), None],
            [None, None, "疫木除治率", "=", pct(1), None],
            [None, "时效指标", "春季防治作业完成时间", "≤", "5月31日", None],
            [None, "成本指标", "亩均防治成本", "≤", 25, "元/亩"],
            ["效益指标", "生态效益指标", "有害生物成灾率", "≤", pct(0.003, "0.0%"), None],
            [None, "社会效益指标", "防治技术培训林农", "≥", 800, "人次"],
            ["满意度指标", "服务对象满意度指标", "林农满意度", "≥", pct(0.9), None],
        ],
        merged=(1, 2),
    )
    stamp(s, "2024年11月20日")
    return b


@variant("mj16-heritage-points", (1,), "project, OLD-NAT, 分值 before 指标值, 指标解释")
def mj16() -> Book:
    b = Book()
    b.file_mark("W101", "error", note="分值 add up to 95")
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="云岫市非物质文化遗产保护传承项目",
        dept="云岫市文化广电旅游局",
        unit="云岫市非物质文化遗产保护中心",
        money=[
            ("年度资金总额", m(63.80), "其中：财政拨款", m(60.00)),
            (None, None, "其他资金", m(3.80)),
        ],
        goals=["开展非遗展演30场，资助代表性传承人45人，编印非遗图录1部，非遗进校园25所。"],
    )
    rows = [
        ["产出指标", "数量指标", "开展非遗展演活动", 10, "≥30场", "全年展演场次"],
        [None, None, "资助非遗代表性传承人", 10, "≥45人", "市级以上传承人"],
        [None, None, "编印非遗图录", 5, "≥1部", "公开出版"],
        [None, "质量指标", "传承人年度考核合格率", 10, "≥90%", "考核合格人数/受资助人数"],
        [
            None,
            "时效指标",
            "非遗图录出版时间",
            5,
            mk("2026年6月30日前", "Y102", "error", alt=("Y103", "Y101")),
            "出版社出具出版证明",
        ],
        [None, None, "传承补助资金拨付时间", 5, "2025年10月31日前", "一次性拨付"],
        [None, "成本指标", "传承人补助标准", 10, "≤8000元/人", "按市级标准"],
        ["效益指标", "社会效益指标", "非遗进校园覆盖学校", 10, "≥25所", "中小学"],
        [None, None, "展演活动受众", 10, "≥6万人次", "现场及线上"],
        [None, "可持续影响指标", "新增非遗传承学徒", 10, "≥60人", "签订师徒协议"],
        ["满意度指标", "服务对象满意度指标", "观众满意度", 10, "≥90%", "现场问卷"],
    ]
    assert sum(r[3] for r in rows) == 95
    s.row("一级指标", "二级指标", "三级指标", "分值（满分100分）", "指标值", "指标解释")
    s.table(rows, merged=(1, 2))
    stamp(s, "2024年11月12日")
    return b


@variant("mj17-psych-benchmarks", (1,), "project, NAT-2021, unit column duplicating the value")
def mj17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="栖霞湾区社区心理健康服务项目",
        dept="栖霞湾区卫生健康局",
        unit="栖霞湾区精神卫生服务中心",
        money=[
            ("年度资金总额", m(204.37), "其中：财政拨款", m(180.12)),
            (None, None, "其他资金", m(24.25)),
        ],
        goals=["开展社区心理健康讲座60场，提供个体心理咨询1200人次，培训社区心理服务骨干150人。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "度量单位", "指标值设定依据")
    rows = [
        ["产出指标", "数量指标", "开展心理健康讲座", "≥60场", "场", "计划标准"],
        [None, None, "提供个体心理咨询", "≥1200人次", "人次", "计划标准"],
        [None, None, "培训社区心理服务骨干", "≥150人", "人", "计划标准"],
        [None, "质量指标", "咨询师持证上岗率", "=100%", "%", "行业标准"],
        [None, None, "咨询服务记录规范率", "≥95%", "%", "行业标准"],
        [None, "时效指标", "心理危机个案响应时间", "≤2小时", "小时", "行业标准"],
        [None, None, "年度服务任务完成时间", "12月31日前", None, "计划标准"],
        ["成本指标", "经济成本指标", "个体咨询单次成本", "≤300元/人次", "元/人次", "历史标准"],
        [None, None, "讲座场均成本", "≤2500元/场", "元/场", "历史标准"],
        ["效益指标", "社会效益指标", "居民心理健康知识知晓率", "≥80%", "%", "计划标准"],
        [None, None, "心理危机个案干预成功率", "≥90%", "%", "行业标准"],
        [None, "可持续影响指标", "社区心理服务站点持续运行", "≥12个", "个", "计划标准"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "%", "行业标准"],
    ]
    s.table(rows, merged=(1, 2))
    stamp(s, "2024年11月6日")
    return b


@variant("mj18-govservice-dg", (8, 12), "department, Dongguan style, 实施周期 and 年度 columns")
def mj18() -> Book:
    b = Book()
    b.file_mark("Y101", "error", alt=("Y102", "Y103"), note="title 2026年度, goal and header 2025")
    s = b.sheet("部门整体支出绩效目标")
    department_head(
        s,
        year=2025,
        title="2026年度部门整体支出绩效目标申报表",
        dept="青岚市政务服务数据管理局",
        budget=[(m(1320.66), m(1250.00), m(70.66), m(880.16), m(440.50))],
        tasks=[
            ("一网通办平台运维", "平台运维、事项梳理上线", m(210.00), "事项网上可办"),
            ("政务服务大厅运行", "窗口服务、帮办代办", m(150.50), "大厅运行规范"),
            ("12345热线运行", "热线受理、工单转办督办", m(80.00), "诉求及时办结"),
            ("金额合计", None, m(440.50), None),
        ],
        goal="2025年推进政务服务事项网上可办1600项，热线工单按时办结，企业群众办事更便利。",
    )
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "2025年度指标值", "备注")
    rows = [
        ["产出指标", "数量指标", "政务服务事项网上可办", "≥1600项", "≥1600项", None],
        [None, None, "12345热线受理工单", "≥28万件", "≥28万件", None],
        [None, None, "政务大厅窗口服务", "≥42万人次", "≥42万人次", None],
        [None, "质量指标", "政务服务差评整改率", "=100%", "=100%", None],
        [None, None, "热线工单办结率", "≥98%", "≥98%", None],
        [
            None,
            "时效指标",
            "即办件办结及时率",
            "≥320件",
            mk("≥320件", "T105", "error", row=True, note="a 及时率 given as a count, both columns"),
            None,
        ],
        [None, None, "热线工单响应时间", "≤30分钟", "≤30分钟", None],
        ["成本指标", "经济成本指标", "一网通办平台运维费用", "≤210万元", "≤210万元", None],
        ["效益指标", "社会效益指标", "企业群众办事平均跑动次数", "≤0.3次", "≤0.3次", None],
        [
            None,
            None,
            mk("热线工单办结率", "D102", "error", row=True, alt=("D101", "D103")),
            "≥97%",
            "≥97%",
            None,
        ],
        [None, "可持续影响指标", "政务数据共享调用", "≥500万次", "≥500万次", None],
        ["满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%", "≥95%", None],
    ]
    s.table(rows, merged=(1, 2))
    s.skip()
    s.row("填报人：", "陆晨曦", None, "联系电话：", "0769-2318850", None)
    return b
