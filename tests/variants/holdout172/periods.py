"""Three-year projects (2026—2028) with 中期 and 年度 columns (nz07–nz12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout172.common import book, indicators, money, multi_year, sign, w
from tests.variants.holdout172.registry import variant
from tests.variants.kit import Book, day, mk, ok

H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "nz07-three-year-consistent",
    (8, 12),
    "three-year project, OLD-NAT, 中期 and 年度 "
    "columns: counts accumulate, rates and unit costs equal, 增长率 ≤0%",
)
def nz07() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=3,
        name="云岫县乡村医生能力提升工程",
        dept="云岫县卫生健康局（330）",
        unit="云岫县基层卫生指导中心",
        money=multi_year((w(450), w(360), w(90)), (w(150), w(120), w(30))),
        goals=[
            "2026—2028年累计培训乡村医生900人次，完成45个村卫生室标准化建设，"
            "基层首诊能力明显增强。",
            "2026年培训乡村医生300人次，完成15个村卫生室标准化建设。",
        ],
    )
    indicators(
        s,
        H5,
        [
            ("产出指标", "数量指标", "乡村医生培训人次", "≥900人次", "≥300人次"),
            (None, None, "村卫生室标准化建设数量", "≥45个", "≥15个"),
            (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
            (None, "时效指标", "年度培训完成时间", "2028年11月30日前", "2026年11月30日前"),
            (None, "成本指标", "人均培训成本", "≤1200元/人次", "≤1200元/人次"),
            ("效益指标", "经济效益指标", "村民就医往返费用增长率", "≤0%", "≤0%"),
            (None, "社会效益指标", "村卫生室基本医疗服务覆盖率", "≥95%", "≥95%"),
            (None, "可持续影响指标", "乡村医生队伍稳定率", "≥90%", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%", "≥85%"),
        ],
    )
    sign(s, "周砚秋", "2025年11月12日")
    return b


@variant(
    "nz08-period-label-and-copied-count",
    (8,),
    "three-year project 2026—2028, OLD-NAT: "
    "the 中期目标 label says 2025年—2027年, a cumulative 中期 count copied into 年度",
)
def nz08() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=3,
        name="枫渡市城区污水管网提质增效工程",
        dept="枫渡市水务局（215）",
        unit="枫渡市排水管理处",
        money=multi_year((w(2400), w(2000), w(400)), (w(900), w(750), w(150))),
        goals=[
            "三年新建污水收集管网36公里，城区生活污水集中收集率达到75%。",
            "2026年新建污水收集管网12公里，推进老城片区雨污分流改造。",
        ],
    )
    s.put(
        s.r - 1,
        2,
        mk("中期目标（2025年—2027年）", "Y101", "error", note="项目期 2026—2028 in the head"),
    )
    indicators(
        s,
        H5,
        [
            ("产出指标", "数量指标", "新建污水收集管网长度", "≥36公里", "≥12公里"),
            (
                None,
                None,
                "雨污分流改造片区数量",
                "≥9个",
                mk(
                    "≥9个", "D202", "warning", note="a three-year cumulative count copied into 年度"
                ),
            ),
            (None, "质量指标", "管网工程验收合格率", "=100%", "=100%"),
            (None, "时效指标", "年度建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
            (None, "成本指标", "每公里管网建设成本", "≤60万元", "≤60万元"),
            ("效益指标", "生态效益指标", "城区生活污水集中收集率", "≥75%", "≥65%"),
            (None, "可持续影响指标", "管网运维制度健全性", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "片区居民满意度", "≥88%", "≥88%"),
        ],
    )
    sign(s, "唐绍宁", "2025年11月15日")
    return b


@variant(
    "nz09-period-money-and-twin-indicator",
    (8, 12),
    "three-year project, OLD-NAT: the 中期 "
    "财政拨款 + 其他资金 miss the 中期资金总额, one indicator under 数量 and 质量 with two "
    "values",
)
def nz09() -> Book:
    b, s = book()
    period = (mk(w(450), "B101", "error", row=True, note="380 + 90 = 470 ≠ 450"), w(380), w(90))
    project_head(
        s,
        year=2026,
        years=3,
        name="苇塘区空气质量自动监测网络运维",
        dept="苇塘区生态环境分局（508）",
        unit="苇塘区环境监测站",
        money=multi_year(period, (w(150), w(125), w(25))),
        goals=[
            "三年内保持全区24个空气自动监测站稳定运行，数据有效率稳定在90%以上。",
            "2026年完成全区监测站运维及6个站点设备更新。",
        ],
    )
    indicators(
        s,
        H5,
        [
            ("产出指标", "数量指标", "站点运维巡检次数", "≥1728次", "≥576次"),
            (None, None, "设备更新站点数量", "≥18个", "≥6个"),
            (
                None,
                None,
                "监测设备完好率",
                "≥95%",
                mk(
                    "≥95%",
                    "D102",
                    "error",
                    row=True,
                    required=False,
                    alt=("F201", "D103"),
                    note="the twin of the 质量 row; a finding may stand here",
                ),
            ),
            (
                None,
                "质量指标",
                "监测设备完好率",
                "≥98%",
                mk(
                    "≥98%",
                    "D102",
                    "error",
                    row=True,
                    alt=("D103",),
                    note="the same indicator under 数量 with ≥95%",
                ),
            ),
            (None, None, "监测数据有效率", "≥90%", "≥90%"),
            (None, "时效指标", "故障响应时间", "≤24小时", "≤24小时"),
            (None, "成本指标", "单站年度运维成本", "≤5万元", "≤5万元"),
            ("效益指标", "社会效益指标", "空气质量信息公开及时率", "≥98%", "≥98%"),
            (None, "可持续影响指标", "监测网络持续运行", "≥3年", "≥1年"),
            ("满意度指标", "服务对象满意度指标", "公众对空气质量信息服务满意度", "≥85%", "≥85%"),
        ],
    )
    sign(s, "邵一帆", "2025年11月16日")
    return b


@variant(
    "nz10-period-deadline-after-plan-end",
    (8, 11),
    "three-year project, OLD-NAT, plan ends "
    "2028-06-30: a 中期 deadline of 2028年12月31日, a 合格率 with ≤ beside one with =95%",
)
def nz10() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=3,
        name="云岫县中小河流综合治理工程",
        dept="云岫县水利局（306）",
        unit="云岫县河道管理所",
        start=day(2026, 3, 1),
        end=day(2028, 6, 30),
        money=multi_year(
            (money(3600), money(3000), money(600)), (money(1200), money(1000), money(200))
        ),
        goals=[
            "至2028年6月完成清溪河、白石河等4条河流共28公里综合治理，防洪标准达到10年一遇。",
            "2026年完成清溪河10公里治理。",
        ],
    )
    indicators(
        s,
        H5,
        [
            ("产出指标", "数量指标", "河道综合治理长度", "≥28公里", "≥10公里"),
            (None, None, "新建护岸长度", "≥16公里", "≥6公里"),
            (
                None,
                "质量指标",
                "分项工程验收合格率",
                mk("≤98%", "T108", "warning", row=True),
                "≤98%",
            ),
            (
                None,
                None,
                "进场材料抽检合格率",
                ok("=95%", note="T107 at most"),
                ok("=95%", note="T107 at most"),
            ),
            (
                None,
                "时效指标",
                "分期治理工程完工验收时间",
                mk("2028年12月31日前", "Y102", "error", note="after 计划完成日期 2028-06-30"),
                "2026年12月31日前",
            ),
            (None, "成本指标", "每公里综合治理成本", "≤128万元", "≤120万元"),
            ("效益指标", "社会效益指标", "治理河段防洪标准", "≥10年一遇", "≥10年一遇"),
            (None, "生态效益指标", "治理河段水质达标率", "≥90%", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "陆远舟", "2025年11月18日")
    return b


@variant(
    "nz11-goal-text-and-bare-satisfaction",
    (8, 1),
    "three-year project, OLD-NAT: 年度目标 "
    "培训300人次 against an annual indicator ≥200人次, 满意度 ≥85 with no % in either column",
)
def nz11() -> Book:
    b, s = book()
    goal = "2026年开展退役军人职业技能培训300人次，推荐就业岗位不少于500个。"
    project_head(
        s,
        year=2026,
        years=3,
        name="枫渡市退役军人就业创业促进计划",
        dept="枫渡市退役军人事务局（221）",
        unit="枫渡市退役军人服务中心",
        money=multi_year((w(540), w(480), w(60)), (w(180), w(160), w(20))),
        goals=[
            "2026—2028年累计开展职业技能培训900人次，推荐就业岗位1500个。",
            ok(goal, note="D104 may stand at the goal text"),
        ],
    )
    indicators(
        s,
        H5,
        [
            (
                "产出指标",
                "数量指标",
                "职业技能培训人次",
                "≥900人次",
                mk("≥200人次", "D104", "warning", row=True, note="the 年度目标 says 培训300人次"),
            ),
            (None, None, "推荐就业岗位数量", "≥1500个", "≥500个"),
            (None, "质量指标", "培训结业合格率", "≥90%", "≥90%"),
            (None, "时效指标", "培训补贴发放时间", "≤30个工作日", "≤30个工作日"),
            (None, "成本指标", "人均培训补贴", "≤2500元/人次", "≤2500元/人次"),
            ("效益指标", "社会效益指标", "参训人员就业率", "≥70%", "≥70%"),
            (None, "可持续影响指标", "退役军人就业服务机制", "健全", "健全"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "参训退役军人满意度",
                mk("≥85", "T105", "error", alt=("T104",), note="满意度 without %"),
                mk("≥85", "T105", "error", alt=("T104",), note="满意度 without %"),
            ),
        ],
    )
    sign(s, "程望", "2025年11月19日")
    return b


@variant(
    "nz12-three-year-unit-column",
    (8, 4),
    "three-year project, NAT-2021, a unit column, "
    "merged tiers, footnotes and a signature line; dates inside the period",
)
def nz12() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=3,
        name="苇塘区智慧社区服务平台建设",
        dept="苇塘区政务服务数据管理局（131）",
        unit="苇塘区大数据中心",
        money=multi_year((w(900), w(900), w(0)), (w(420), w(420), w(0))),
        goals=[
            "2026—2028年建成覆盖全区38个社区的智慧服务平台，事项网上可办率达到90%。",
            "2026年完成平台主体建设，接入首批12个社区。",
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "接入社区数量", "个", "≥38", "≥12"),
            (None, None, "上线服务事项数量", "项", "≥120", "≥60"),
            (None, "质量指标", "系统可用率", "%", "≥99", "≥99"),
            (None, "时效指标", "建设任务完成时间", None, "2028年6月30日前", "2026年12月31日前"),
            ("成本指标", "经济成本指标", "平台建设及运维成本", "万元", "≤900", "≤420"),
            ("效益指标", "社会效益指标", "社区事项网上可办率", "%", "≥90", "≥60"),
            (None, "可持续影响指标", "平台运维保障期", "年", "≥3", "≥1"),
            ("满意度指标", "服务对象满意度指标", "社区居民使用满意度", "%", "≥85", "≥85"),
        ],
    )
    s.row(
        "注：1.中期指标值为2026—2028年累计值；2.年度指标值为2026年度值。",
        None,
        None,
        None,
        None,
        None,
        merge=[(1, 6)],
    )
    s.row(
        "    3.成本指标含平台软件开发、硬件购置及运维费用。",
        None,
        None,
        None,
        None,
        None,
        merge=[(1, 6)],
    )
    sign(s, "冯迟", "2025年11月21日")
    return b
