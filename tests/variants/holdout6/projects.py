"""Project tables (§3.1) as the 潆州市 bureaus fill them in WPS: line breaks typed with Alt+Enter
inside names and values, percentages typed as text in some cells and stored as numbers with
``0%`` in others, 万元 in the number format, and multi-year projects with 中期 and 年度 columns.
"""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout6.registry import variant
from tests.variants.kit import WAN, Book, C, mk, money, pct

HEADER = ("一级指标", "二级指标", "三级指标", "指标值")
HEADER2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def wan(v: float) -> C:
    return money(v, WAN)


@variant(
    "b05-linebreaks-ok",
    (1, 4),
    "project, OLD-NAT, Alt+Enter inside names and values, "
    "percent as text and as 0% numbers, 万元 in the format, 注 line below",
)
def b05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="义务教育学校\n课后服务补助",
        dept="潆州市教育局（301）",
        unit="潆州市教育局",
        money=[
            ("资金总额", wan(1260), "其中：财政拨款", wan(1180)),
            (None, None, "其他资金", wan(80)),
        ],
        goals=[
            "全市义务教育学校课后服务全覆盖，\n受益学生不少于1.8万人，\n家长满意度达到90%以上。"
        ],
    )
    s.row(*HEADER)
    s.table(
        [
            ("产出指标", "数量指标", "课后服务\n覆盖学校数", "≥120所"),
            (None, None, "受益学生人数", "≥18000人"),
            (None, "质量指标", "课后服务\n学校覆盖率", "100%"),
            (None, None, "教师参与率", pct(0.85)),
            (None, "时效指标", "补助资金\n拨付时间", "2025年\n12月底前"),
            (None, "成本指标", "生均补助标准", "≤300元/生·学期"),
            ("效益指标", "社会效益指标", "学生参与率", "≥95%\n（含）"),
            (None, "可持续影响指标", "课后服务\n长效机制", "逐步健全"),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
            (None, None, "学生满意度", pct(0.9)),
        ],
        merged=(1, 2),
    )
    s.row("注：1.指标值中“%”为百分比；2.资金单位为万元。", merge=[(1, 6)])
    return b


@variant(
    "b06-linebreaks-defects",
    (1, 12),
    "project, OLD-NAT, line breaks in names: money that "
    "does not add up, a 达标率 over 100%, one indicator entered twice",
)
def b06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="特困人员\n救助供养服务",
        dept="潆州市民政局（215）",
        unit="潆州市民政局",
        money=[
            (
                mk("资金总额", "B101", "error", row=True, note="520 ≠ 480 + 60"),
                wan(520),
                "其中：财政拨款",
                wan(480),
            ),
            (None, None, "其他资金", wan(60)),
        ],
        goals=["保障全市特困人员基本生活，集中供养机构护理服务全面达标。"],
    )
    s.row(*HEADER)
    s.table(
        [
            ("产出指标", "数量指标", "特困人员\n救助供养人数", "≥2100人"),
            (None, None, "供养机构\n巡查次数", "≥24次"),
            (
                None,
                None,
                "特困人员救助供养人数",
                mk(
                    "≥2100人",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D102", "D103"),
                    note="the row above again, with a line break removed",
                ),
            ),
            (
                None,
                "质量指标",
                "集中供养\n护理达标率",
                mk("102%", "T106", "error", note="a 达标率 cannot exceed 100%"),
            ),
            (None, "时效指标", "供养金\n发放及时率", "100%"),
            (None, "成本指标", "分散供养\n人均标准", "≤1200元/人·月"),
            ("效益指标", "社会效益指标", "特困人员\n基本生活保障率", "100%"),
            ("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


def _period_money(
    total: tuple[float, float, float], annual: tuple[float, float, float]
) -> list[tuple[object, ...]]:
    return [
        ("中期资金总额", wan(total[0]), "年度资金总额", wan(annual[0])),
        ("其中：财政拨款", wan(total[1]), "其中：财政拨款", wan(annual[1])),
        ("其他资金", wan(total[2]), "其他资金", wan(annual[2])),
    ]


@variant(
    "b07-multi-year-ok",
    (8, 10, 1),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "cumulative counts smaller in the year, rates equal, 较上年提高5个百分点, 不低于上年, ±5%, "
    "1:1, a unit cost × length equal to the budget",
)
def b07() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 26, 20, 20, 18))
    project_head(
        s,
        year=2025,
        years=3,
        name="城区雨污分流改造工程",
        dept="潆州市水务局（226）",
        unit="潆州市排水管理所",
        attr="新增项目",
        money=_period_money((3600, 3000, 600), (1200, 1000, 200)),
        goals=[
            "2025—2027年完成城区雨污管网改造36公里，城区污水集中收集率较2024年提高15个"
            "百分点，基本消除雨污混流。",
            "2025年完成一期管网改造12公里、排水户接驳1800户，污水集中收集率较上年提高5个百分点。",
        ],
    )
    s.row(*HEADER2)
    s.table(
        [
            ("产出指标", "数量指标", "改造雨污管网长度", "≥36公里", "≥12公里"),
            (None, None, "排水户接驳户数", "≥5400户", "≥1800户"),
            (None, "质量指标", "工程验收合格率", "100%", "100%"),
            (None, "时效指标", "改造任务完成时间", "2027年12月底前", "2025年12月底前"),
            ("成本指标", "经济成本指标", "管网改造单位成本", "≤100万元/公里", "≤100万元/公里"),
            (None, None, "投资控制偏差率", "±5%", "±5%"),
            (None, None, "市县资金配套比例", "1:1", "1:1"),
            (
                "效益指标",
                "社会效益指标",
                "城区污水集中收集率",
                "较2024年提高15个百分点",
                "较上年提高5个百分点",
            ),
            (None, "生态效益指标", "主要河道水质达标率", "不低于上年", "不低于上年"),
            (None, "可持续影响指标", "管网设计使用年限", "≥50年", "≥50年"),
            ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", pct(0.9)),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "b08-multi-year-defects",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: two "
    "cumulative counts copied into 年度, an annual count above the period, a 2023 date",
)
def b08() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 26, 20, 20, 18))
    project_head(
        s,
        year=2025,
        years=2,
        name="城镇老旧小区改造",
        dept="潆州市住房和城乡建设局（231）",
        unit="潆州市住房和城乡建设局",
        attr="新增项目",
        money=_period_money((9200, 8000, 1200), (4600, 4000, 600)),
        goals=[
            "2025—2026年完成46个老旧小区改造，加装电梯80部，改善居民居住条件。",
            "2025年完成23个老旧小区改造，加装电梯40部。",
        ],
    )
    s.row(*HEADER2)
    copied = "cumulative count: the 中期 value copied into 年度 in a two-year project"
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "改造老旧小区数",
                "≥46个",
                mk("≥46个", "D202", "warning", alt=("D104",), note=copied),
            ),
            (
                None,
                None,
                "加装电梯数量",
                "≥80部",
                mk("≥80部", "D202", "warning", alt=("D104",), note=copied),
            ),
            (
                None,
                None,
                "改造楼栋数",
                "≥300栋",
                mk("≥320栋", "D201", "error", note="annual above the period"),
            ),
            (None, "质量指标", "竣工验收合格率", "100%", "100%"),
            (
                None,
                "时效指标",
                "年度改造开工时间",
                "2026年3月底前",
                mk(
                    "2023年10月底前",
                    "Y102",
                    "error",
                    alt=("Y101",),
                    note="a 2023 date in a 2025 table",
                ),
            ),
            ("成本指标", "经济成本指标", "户均改造成本", "≤4万元/户", "≤4万元/户"),
            ("效益指标", "社会效益指标", "小区基础设施完好率", "≥95%", "≥95%"),
            (None, "可持续影响指标", "长效管理机制建立率", "100%", "100%"),
            ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b
