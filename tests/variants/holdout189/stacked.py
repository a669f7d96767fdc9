"""Stacked projects in one sheet (oq16–oq18), each with its own head and 资金来源 block."""

from __future__ import annotations

from tests.variants.holdout189.common import indicators, project, sheet, sign, sources, title
from tests.variants.holdout189.registry import variant
from tests.variants.kit import Book, day, mk

STACK = (2, 12)


@variant(
    "oq16-two-stacked-townships",
    STACK,
    "two one-year projects stacked, NAT-2021, each with 万元 money and a 资金来源（元） "
    "block, the same indicator name with different values in each",
)
def oq16() -> Book:
    b = Book()
    s = sheet(b)
    title(s, "2027年度项目支出绩效目标申报表（柳湾县乡村振兴局）")
    project(
        s,
        year=2027,
        name="柳湾县脱贫户产业发展奖补",
        dept="柳湾县乡村振兴局",
        unit="柳湾县乡村振兴服务中心",
        money=[
            ("年度资金总额", 150, "其中：财政拨款", 150),
            (None, None, "其他资金", 0),
        ],
        goals=["对1000户脱贫户发展种养产业给予奖补，户均增收不低于2000元。"],
    )
    sources(s, [900000, 300000, 200000, 100000, 1500000])
    indicators(
        s,
        [
            ("产出指标", "数量指标", "奖补脱贫户数", "≥1000户", None),
            (None, "质量指标", "奖补资金发放准确率", "=100%", None),
            (None, "时效指标", "奖补资金发放时间", "2027年9月30日前", None),
            ("成本指标", "经济成本指标", "户均奖补标准", "≤1500", "元/户"),
            ("效益指标", "经济效益指标", "脱贫户户均增收", "≥2000", "元"),
            (None, "可持续影响指标", "产业帮扶长效机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None),
        ],
    )
    s.skip()
    project(
        s,
        year=2027,
        name="柳湾县农村劳动力转移就业培训",
        dept="柳湾县乡村振兴局",
        unit="柳湾县职业技能培训中心",
        money=[("年度资金总额", 48, "其中：财政拨款", 48), (None, None, "其他资金", 0)],
        goals=["培训农村劳动力600人，培训后转移就业率达到70%-80%。"],
    )
    sources(s, [240000, 120000, 80000, 40000, 480000])
    indicators(
        s,
        [
            ("产出指标", "数量指标", "培训农村劳动力人数", "≥600", "人"),
            (None, "质量指标", "培训合格率", "≥90%", None),
            (None, "时效指标", "每期培训时长", "3至5天", None),
            ("成本指标", "经济成本指标", "人均培训成本", "≤800", "元/人"),
            ("效益指标", "社会效益指标", "培训后转移就业率", "70%-80%", None),
            (None, "可持续影响指标", "就业培训长效机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥92%", None),
        ],
    )
    sign(s, "唐永福", "2026年10月26日")
    return b


@variant(
    "oq17-stacked-date-direction",
    STACK,
    "two one-year projects stacked, OLD-NAT: the second's 计划完成日期 in the next year, a "
    "response time with ≥",
)
def oq17() -> Book:
    b = Book()
    s = sheet(b)
    title(s, "2027年度项目支出绩效目标表（白沙河区城市管理局）")
    project(
        s,
        year=2027,
        name="白沙河区公厕保洁管护",
        dept="白沙河区城市管理局",
        unit="白沙河区环境卫生管理所",
        money=[("年度资金总额", 72, "其中：财政拨款", 72), (None, None, "其他资金", 0)],
        goals=["全年保洁管护城区公厕60座，公厕保洁达标率95%以上。"],
    )
    sources(s, [0, 150000, 350000, 220000, 720000])
    indicators(
        s,
        [
            ("产出指标", "数量指标", "保洁管护公厕数量", "≥60", "座"),
            (None, "质量指标", "公厕保洁达标率", "≥95%", None),
            (None, "时效指标", "设施故障维修时限", "≤24小时", None),
            (None, "成本指标", "每座公厕年管护成本", "≤12000", "元/座"),
            ("效益指标", "社会效益指标", "城区环境卫生状况", "改善", None),
            (None, "可持续影响指标", "公厕长效管护机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", None),
        ],
    )
    s.skip()
    project(
        s,
        year=2027,
        name="白沙河区路灯设施维护",
        dept="白沙河区城市管理局",
        unit="白沙河区市政设施维护中心",
        end=mk(
            day(2028, 12, 31),
            "Y102",
            "error",
            alt=("Y101",),
            note="一年期2027年度项目，计划完成日期却在2028年",
        ),
        money=[("年度资金总额", 58, "其中：财政拨款", 58), (None, None, "其他资金", 0)],
        goals=["维护城区路灯4800盏，路灯亮灯率98%以上。"],
    )
    sources(s, [0, 100000, 300000, 180000, 580000])
    indicators(
        s,
        [
            ("产出指标", "数量指标", "维护路灯数量", "≥4800", "盏"),
            (None, "质量指标", "路灯亮灯率", "≥98%", None),
            (
                None,
                "时效指标",
                "故障报修响应时间",
                mk("≥2小时", "T108", "warning", row=True, note="响应时间应为≤2小时"),
                None,
            ),
            (None, "成本指标", "每盏路灯年维护成本", "≤120", "元/盏"),
            ("效益指标", "社会效益指标", "夜间道路通行条件", "改善", None),
            (None, "可持续影响指标", "路灯巡查维护制度", "健全", None),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", None),
        ],
    )
    sign(s, "石磊", "2026年11月4日")
    return b


@variant(
    "oq18-three-stacked-health",
    STACK,
    "three one-year projects stacked, NAT-2021, percent cells and ranges, the same "
    "satisfaction name in every project, a 0 accident count",
)
def oq18() -> Book:
    b = Book()
    s = sheet(b)
    title(s, "2027年度项目支出绩效目标申报表（临溪县卫生健康局）")
    blocks = [
        (
            "临溪县适龄妇女两癌筛查",
            "临溪县妇幼保健院",
            36,
            [150000, 100000, 70000, 40000, 360000],
            "为3000名适龄妇女免费开展两癌筛查。",
            [
                ("产出指标", "数量指标", "两癌筛查人数", "≥3000", "人"),
                (None, "质量指标", "筛查结果告知率", "=100%", None),
                (None, "时效指标", "筛查任务完成时间", "2027年10月31日前", None),
                ("成本指标", "经济成本指标", "人均筛查成本", "≤120", "元/人"),
                ("效益指标", "社会效益指标", "早诊早治率", "≥85%", None),
                (None, "可持续影响指标", "筛查工作机制", "健全", None),
                ("满意度指标", "服务对象满意度指标", "服务对象满意度", "90%-95%", None),
            ],
        ),
        (
            "临溪县老年人健康体检",
            "临溪县疾病预防控制中心",
            54,
            [300000, 120000, 80000, 40000, 540000],
            "为9000名65岁以上老年人开展免费健康体检。",
            [
                ("产出指标", "数量指标", "老年人健康体检人数", "≥9000人", None),
                (None, "质量指标", "体检报告反馈率", "≥95%", None),
                (None, "时效指标", "体检结果反馈时间", "≤15", "天"),
                ("成本指标", "经济成本指标", "人均体检成本", "≤60", "元/人"),
                ("效益指标", "社会效益指标", "老年人健康管理率", "≥70%", None),
                (None, "可持续影响指标", "健康档案动态管理", "健全", None),
                ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%", None),
            ],
        ),
        (
            "临溪县村医培训",
            "临溪县卫生健康局",
            12,
            [60000, 30000, 20000, 10000, 120000],
            "培训乡村医生200人，每人培训3至5天。",
            [
                ("产出指标", "数量指标", "培训乡村医生人数", "≥200", "人"),
                (None, "质量指标", "培训考核合格率", "90%-95%", None),
                (None, "时效指标", "每期培训时长", "3至5天", None),
                ("成本指标", "经济成本指标", "人均培训成本", "≤600", "元/人"),
                ("效益指标", "社会效益指标", "村卫生室医疗差错事故", "=0起", None),
                (None, "可持续影响指标", "乡村医生培训机制", "健全", None),
                ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", None),
            ],
        ),
    ]
    for i, (name, unit, wan, src, goal, rows) in enumerate(blocks):
        if i:
            s.skip()
        project(
            s,
            year=2027,
            name=name,
            dept="临溪县卫生健康局",
            unit=unit,
            money=[
                ("年度资金总额", wan, "其中：财政拨款", wan),
                (None, None, "其他资金", 0),
            ],
            goals=[goal],
        )
        sources(s, src)
        indicators(s, rows)
    sign(s, "蓝晓梅", "2026年10月15日", "注：三个项目分别核算，资金来源按元填列。")
    return b
