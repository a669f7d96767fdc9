"""Multi-year project tables with 中期 and 年度 columns (or07–or11)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout190.common import YEAR, head_row, new_sheet, sign_off
from tests.variants.holdout190.registry import variant
from tests.variants.kit import Book, mk


@variant(
    "or07-fire-cameras-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, merged tiers; counts below "
    "their period, cost 增长率 ≤5%, 年底前",
)
def or07() -> Book:
    b, s = new_sheet()
    project_head(
        s, year=YEAR, years=3, name="森林防火视频监控体系建设", dept="枫林市林业局（518）",
        unit="枫林市森林防火指挥中心",
        money=[("中期资金总额", 600.0, "年度资金总额", 240.0),
               ("其中：财政拨款", 540.0, "其中：财政拨款", 220.0),
               ("其他资金", 60.0, "其他资金", 20.0)],
        goals=["2026—2028年新建森林防火视频监控点45个，培训护林员900人次，建成覆盖全市重点"
               "林区的林火视频监控体系。",
               "2026年新建森林防火视频监控点18个，培训护林员300人次，年底前完成年度建设任务。"],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "新建防火视频监控点", "≥45个", "≥18个"),
            (None, None, "护林员巡护技能培训人次", "≥900人次", "≥300人次"),
            (None, "质量指标", "监控设备验收合格率", "=100%", "=100%"),
            (None, "时效指标", "建设任务完成时限", "2028年年底前", "年底前"),
            ("成本指标", "经济成本指标", "单个监控点建设成本", "≤12万元/个", "≤12万元/个"),
            (None, None, "监控系统年运维费用增长率", "≤5%", "≤5%"),
            ("效益指标", "生态效益指标", "林火早期发现率", "≥90%", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "or08-elder-stations-annual-above",
    (8, 3),
    "two-year project, NAT-2021, 中期 and 年度 columns; an annual count above the per"
    "iod's, a 2025 date in a 2026—2027 table",
)
def or08() -> Book:
    b, s = new_sheet()
    project_head(
        s, year=YEAR, years=2, name="社区养老服务驿站建设", dept="柏川区民政局（305）",
        unit="柏川区养老服务指导中心",
        money=[("中期资金总额", 400.0, "年度资金总额", 220.0),
               ("其中：财政拨款", 360.0, "其中：财政拨款", 200.0),
               ("其他资金", 40.0, "其他资金", 20.0)],
        goals=["2026—2027年在全区建成社区养老服务驿站20个，形成覆盖城区的社区居家养老服务"
               "网络。",
               "2026年建成社区养老服务驿站12个，驿站投入运营并开展上门助老服务。"],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "新建社区养老服务驿站", "≥20个", "≥12个"),
            (
                None,
                None,
                "上门助老服务人次",
                "≥30000人次",
                mk("≥36000人次", "D201", "error", row=True, note="above the 中期 ≥30000人次"),
            ),
            (None, "质量指标", "驿站运营评估达标率", "≥90%", "≥90%"),
            (
                None,
                "时效指标",
                "驿站投入运营时间",
                "2027年6月30日前",
                mk(
                    "2025年12月31日前",
                    "Y102",
                    "error",
                    alt=("Y101",),
                    note="before the period 2026—2027",
                ),
            ),
            ("成本指标", "经济成本指标", "单个驿站建设补助", "≤15万元/个", "≤15万元/个"),
            ("效益指标", "社会效益指标", "辖区老年人助餐服务覆盖率", "≥60%", "≥50%"),
            ("满意度指标", "服务对象满意度指标", "服务老年人满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "or09-teacher-rotation-exact",
    (8, 1),
    "two-year project, NAT-2021, unit column and bare numbers in 中期 and 年度 column"
    "s; 人均补助标准 × 人数 equal to the money in both",
)
def or09() -> Book:
    b, s = new_sheet()
    project_head(
        s, year=YEAR, years=2, name="城乡教师轮岗交流补助", dept="松岭县教育局（402）",
        unit="松岭县教师发展中心",
        money=[("中期资金总额", 144.0, "年度资金总额", 72.0),
               ("其中：财政拨款", 144.0, "其中：财政拨款", 72.0),
               ("其他资金", 0.0, "其他资金", 0.0)],
        goals=["2026—2027年组织城区学校教师240人到农村学校轮岗交流，结对帮扶农村学校40所。",
               "2026年组织城区学校教师120人到农村学校轮岗交流，结对帮扶农村学校20所，年底前"
               "拨付交流补助。"],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "参与轮岗交流教师人数", "人", "≥240", "≥120"),
            (None, None, "结对帮扶农村学校数", "所", "≥40", "≥20"),
            (None, "质量指标", "轮岗教师年度考核合格率", "%", "≥95", "≥95"),
            (None, "时效指标", "交流补助拨付时限", None, "每年年底前", "年底前"),
            ("成本指标", "经济成本指标", "人均交流补助标准", "元/人", "≤6000", "≤6000"),
            ("效益指标", "社会效益指标", "农村学校学科教师配齐率", "%", "≥90", "≥85"),
            ("满意度指标", "服务对象满意度指标", "农村学校师生满意度", "%", "≥90", "≥90"),
        ],
        merged=(1, 2),
    )
    sign_off(s, person="周明远", phone="0734-5216609")
    return b


@variant(
    "or10-farmers-text-600-annual-above",
    (8, 10),
    "two-year project, OLD-NAT, 中期 and 年度 columns, tiers repeated; 年度目标 600人"
    "次 against ≥500人次, bases above the period",
)
def or10() -> Book:
    b, s = new_sheet()
    goal = mk("2026年开展分产业高素质农民专题培训600人次，培训考核合格率达到90%以上，带动参训"
              "农民应用新技术。", "D104", "warning", required=False)  # fmt: skip
    project_head(
        s, year=YEAR, years=2, name="高素质农民培育", dept="澄溪县农业农村局（226）",
        unit="澄溪县农业技术推广中心",
        money=[("中期资金总额", 180.0, "年度资金总额", 90.0),
               ("其中：财政拨款", 150.0, "其中：财政拨款", 75.0),
               ("其他资金", 30.0, "其他资金", 15.0)],
        goals=["2026—2027年累计培训高素质农民1000人次，培育一批懂技术、善经营的新型"
               "农业经营骨干。", goal],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "高素质农民专题培训人次",
                "≥1000人次",
                mk("≥500人次", "D104", "warning", row=True, note="年度目标 says 600人次"),
            ),
            (
                "产出指标",
                "数量指标",
                "田间学校示范基地建设数",
                "≥6个",
                mk("≥8个", "D201", "error", row=True, note="above the 中期 ≥6个"),
            ),
            ("产出指标", "质量指标", "培训考核合格率", "≥90%", "≥90%"),
            (
                "产出指标",
                "时效指标",
                "年度培训任务完成时限",
                "2027年10月31日前",
                "2026年10月31日前",
            ),
            ("产出指标", "成本指标", "人均培训成本", "≤1500元/人次", "≤1500元/人次"),
            ("效益指标", "经济效益指标", "参训农民新技术应用率", "≥85%", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "参训农民满意度", "≥90%", "≥90%"),
        ]
    )
    return b


@variant(
    "or11-old-estates-county-twice-dup",
    (8, 2, 9),
    "three-year project, NAT-2021, 中期 and 年度 columns; the annual 县级配套 counted"
    " twice, one name twice with two annual values",
)
def or11() -> Book:
    b, s = new_sheet()
    project_head(
        s, year=YEAR, years=3, name="老旧小区改造配套基础设施",
        dept="柏川区住房和城乡建设局（308）",
        unit="柏川区城市更新事务中心",
        money=[("中期资金总额", 900.0, "年度资金总额",
                mk(340.0, "B101", "error", alt=("B102",),
                   note="200 + 100 = 300: the 县级配套 40 is inside 其他资金 and added again")),
               ("其中：财政拨款", 600.0, "其中：财政拨款", 200.0),
               ("其他资金（含县级配套）", 300.0, "其他资金（含县级配套）", 100.0),
               (None, None, "县级配套资金", 40.0)],
        goals=["2026—2028年完成30个老旧小区配套基础设施改造，小区雨污分流、道路和照明设施"
               "全面达标。",
               "2026年完成12个老旧小区配套基础设施改造，年底前全部竣工验收。"],
    )  # fmt: skip
    head_row(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "改造老旧小区个数",
                "≥30个",
                mk("≥12个", "D102", "error", row=True, required=False),
            ),
            (None, None, "改造小区配套道路面积", "≥90000平方米", "≥36000平方米"),
            (
                None,
                None,
                "改造老旧小区个数",
                "≥30个",
                mk(
                    mk("≥10个", "D102", "error", row=True, note="the same name with ≥12个 above"),
                    "D104",
                    "warning",
                    row=True,
                    required=False,
                ),
            ),
            (None, "质量指标", "工程竣工验收合格率", "=100%", "=100%"),
            (None, "时效指标", "年度改造任务完成时限", "2028年年底前", "年底前"),
            ("成本指标", "经济成本指标", "单个小区改造补助", "≤25万元/个", "≤25万元/个"),
            ("效益指标", "社会效益指标", "改造小区雨污分流达标率", "≥90%", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b
