"""Indicator tables split over three sheets by tier-1 (产出 · 效益 · 满意度), with the project head
above the first table or on a sheet of its own."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout135.parts import one_year, signatures, two_periods
from tests.variants.holdout135.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "mo10-three-sheets-old-nat",
    (7,),
    "project, OLD-NAT, the indicator table split over three sheets by tier-1",
)
def three_sheets_old_nat() -> Book:
    b = Book()
    s = b.sheet("产出指标", (14, 14, 30, 18, 14, 14))
    project_head(
        s,
        year=2027,
        name="青岚市全民健身设施补短板项目",
        dept="青岚市体育局（409001）",
        unit="青岚市体育局",
        money=one_year(640, 600, 40),
        goals=["2027年新建健身路径30条，更新健身器材，举办全民健身赛事，提升群众健身参与度。"],
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "新建健身路径", "≥30条"),
            (None, None, "更新健身器材", "≥450件"),
            (None, None, "举办全民健身赛事", "≥12场"),
            (None, "质量指标", "器材安装验收合格率", pct(1)),
            (None, "时效指标", "设施建成投用时间", "2027年10月31日前"),
            (None, "成本指标", "单条健身路径建设成本", "≤12万元/条"),
        ],
        merged=(1, 2),
    )
    s.row("（效益指标、满意度指标见后两页）", merge=[(1, 4)])
    e = b.sheet("效益指标", (14, 14, 30, 18))
    e.row(*HEAD)
    e.table(
        [
            ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%"),
            (None, None, "人均体育场地面积", "≥2.8平方米"),
            (None, "可持续影响指标", "健身设施管护制度", "建立并执行"),
            (None, None, "健身器材使用年限", "≥8年"),
        ],
        merged=(1, 2),
    )
    m = b.sheet("满意度指标", (14, 18, 30, 18))
    m.row(*HEAD)
    m.table(
        [
            ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%"),
            (None, None, "赛事参与者满意度", "≥88%"),
        ],
        merged=(1, 2),
    )
    signatures(m)
    return b


HEAD2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "mo11-three-sheets-multi-year",
    (7, 8),
    "three-year project, OLD-NAT, head on its own sheet, three sheets by tier-1 with 中期 and "
    "年度 columns",
)
def three_sheets_multi_year() -> Book:
    b = Book()
    h = b.sheet("基本信息")
    project_head(
        h,
        year=2027,
        years=3,
        name="临溪县乡村学校少年宫建设项目",
        dept="临溪县教育局（326030）",
        unit="临溪县教育局",
        attr="新增项目",
        money=two_periods(900, 810, 90, 320, 290, 30),
        goals=[
            "2027—2029年建成乡村学校少年宫18个，培训辅导教师540人，开设兴趣课程120门。",
            "2027年建成乡村学校少年宫6个，培训辅导教师180人，开设兴趣课程40门。",
        ],
    )
    p = b.sheet("产出", (14, 14, 28, 18, 18))
    p.row(*HEAD2)
    p.table(
        [
            ("产出指标", "数量指标", "建成乡村学校少年宫", "≥18个", "≥6个"),
            (None, None, "培训辅导教师", "≥540人", "≥180人"),
            (None, None, "开设兴趣课程", "≥120门", "≥40门"),
            (None, "质量指标", "少年宫功能室建设达标率", "≥95%", "≥95%"),
            (None, "时效指标", "建设任务完成时间", "2029年12月31日前", "2027年12月31日前"),
            (None, "成本指标", "单个少年宫建设补助", "≤45万元/个", "≤45万元/个"),
        ],
        merged=(1, 2),
    )
    e = b.sheet("效益", (14, 14, 28, 18, 18))
    e.row(*HEAD2)
    e.table(
        [
            ("效益指标", "社会效益指标", "参与少年宫活动学生人次", "≥6万人次", "≥1.8万人次"),
            (None, "可持续影响指标", "少年宫长效运行机制", "健全", "初步建立"),
        ],
        merged=(1, 2),
    )
    m = b.sheet("满意度", (14, 18, 28, 18, 18))
    m.row(*HEAD2)
    m.table(
        [
            ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "≥90%"),
            (None, None, "家长满意度", "≥88%", "≥88%"),
        ],
        merged=(1, 2),
    )
    signatures(m)
    return b


@variant(
    "mo12-three-sheets-wrong",
    (7, 8, 12),
    "two-year project, OLD-NAT, three sheets by tier-1 with 中期 and 年度 columns: annual "
    "money that does not add up, a rate as a count, a cumulative count copied into 年度",
)
def three_sheets_wrong() -> Book:
    b = Book()
    s = b.sheet("产出指标", (14, 14, 30, 18, 18, 14))
    annual = mk(money(760, WAN), "B101", "error", note="650 + 90 = 740, not 760")
    project_head(
        s,
        year=2027,
        years=2,
        name="白沙河区老旧小区改造项目",
        dept="白沙河区住房和城乡建设局（215010）",
        unit="白沙河区城市更新中心",
        money=two_periods(1480, 1300, 180, annual, 650, 90),
        goals=[
            "2027—2028年改造老旧小区24个，惠及居民8600户，加装电梯36部。",
            "2027年改造老旧小区10个，惠及居民3500户，加装电梯15部。",
        ],
    )
    s.row(*HEAD2)
    s.table(
        [
            ("产出指标", "数量指标", "改造老旧小区", "≥24个", "≥10个"),
            (
                None,
                None,
                "惠及居民户数",
                "≥8600户",
                mk(
                    "≥8600户",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="the two-year count copied into 年度 (goal: 3500户)",
                ),
            ),
            (None, None, "加装电梯", "≥36部", "≥15部"),
            (None, "质量指标", "改造工程竣工验收合格率", "≥95%", "≥95%"),
            (None, "时效指标", "年度改造任务完成时间", "2028年12月31日前", "2027年12月31日前"),
            (
                None,
                "成本指标",
                "小区改造户均成本",
                "≤1600元/户",
                ok("≤1600元/户", note="× the copied 8600户 may exceed the annual money (B107)"),
            ),
        ],
        merged=(1, 2),
    )
    e = b.sheet("效益指标", (14, 14, 30, 18, 18))
    e.row(*HEAD2)
    e.table(
        [
            ("效益指标", "社会效益指标", "小区基础设施完好率", "≥90%", "≥90%"),
            (
                None,
                None,
                "加装电梯小区覆盖率",
                "≥30%",
                mk(
                    mk("≥12部", "T105", "error", note="a coverage rate given as a count of lifts"),
                    "D203",
                    "warning",
                    row=True,
                    required=False,
                    note="follows from the mistake",
                ),
            ),
            (None, "可持续影响指标", "小区长效管理机制", "健全", "建立"),
        ],
        merged=(1, 2),
    )
    m = b.sheet("满意度指标", (14, 18, 30, 18, 18))
    m.row(*HEAD2)
    m.table(
        [
            ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    signatures(m)
    return b
