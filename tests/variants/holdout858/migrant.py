"""Legal aid cases for migrant workers: unpaid wages on building sites, arbitration for gig and
industrial-park workers, lawyer teams; multi-year and one-year projects, stacked projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout858.common import (
    filled,
    funds,
    indicators,
    notes,
    period_funds,
    signed,
    start,
)
from tests.variants.holdout858.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
WAGES = [
    ("产出指标", "数量指标", "农民工法律援助案件办理数", "≥900件", "≥300件"),
    (None, None, "工地维权联络点设立数", "≥12个", "≥6个"),
    (None, "质量指标", "案件质量评查合格率", "≥95%", "≥95%"),
    (None, "时效指标", "欠薪案件受理审查时限", "≤3个工作日", "≤3个工作日"),
    ("成本指标", "经济成本指标", "案均办案补贴", "≤2000元/件", "≤2000元/件"),
    ("效益指标", "社会效益指标", "帮助农民工追回劳动报酬", "≥2700万元", "≥900万元"),
    (None, "可持续影响指标", "“工地法律诊所”模式", "形成可推广经验", "完成试点"),
    ("满意度指标", "服务对象满意度指标", "受援农民工满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant(
    "kgj07-wages-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the "
    "year's, equal rates and cost caps, a later year the work prepares for (correct)",
)
def wages_three_years() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="农民工欠薪法律援助三年行动",
                 dept="柘峰县司法局 418", unit="柘峰县法律援助中心", attr="新增项目",
                 money=period_funds((180, 150, 30), (60, 50, 10)),
                 goals=["三年办理农民工欠薪法律援助案件不少于900件，帮助追回劳动报酬不少于"
                        "2700万元，在12个重点工地设立维权联络点。",
                        "2026年办理欠薪法律援助案件不少于300件，追回劳动报酬不少于900万元，"
                        "设立联络点6个，为2029年纳入常态化经费保障打下基础。"])  # fmt: skip
    indicators(s, TWO, WAGES)
    signed(s, "彭知远", "0573-65230178", filled(2025, 10, 30))
    return b


@variant(
    "kgj08-site-wages-cost",
    (12, 1),
    "project, NAT-2021, operator and unit columns, 万元 in the number format: a goal "
    "count the indicator lowers, a rate given as a count, a unit cost above the money",
)
def site_wages_cost() -> Book:
    b, s = start()
    project_head(s, year=2026, name="建筑领域农民工讨薪法律援助项目", dept="棠川区司法局 207",
                 unit="棠川区法律援助中心",
                 money=funds(money(45, WAN), money(40, WAN), money(5, WAN), WAN),
                 goals=["全年为建筑领域农民工办理欠薪法律援助案件不少于300件，"
                        "开展工地普法宣讲24场。"])  # fmt: skip
    cases = mk(250, "D104", "warning", row=True, note="the goal says 不少于300件")
    closed = mk(280, "T105", "error", note="a 结案率 given as 280件")
    cost = mk(
        2000,
        "B107",
        "warning",
        row=True,
        note="2000元 × 250件 = 50万元 (× 300件 = 60万元), above the 45万元",
    )
    rows = [
        ("产出指标", "数量指标", "欠薪法律援助案件办理数", "≥", cases, "件"),
        (None, None, "工地普法宣讲场次", "≥", 24, "场"),
        (None, "质量指标", "案件结案率", "≥", closed, "件"),
        (None, None, "案件质量评查合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "案件受理时限", "≤", 3, "个工作日"),
        ("成本指标", "经济成本指标", "案均办案补贴", "≤", cost, "元/件"),
        ("效益指标", "社会效益指标", "帮助农民工追回劳动报酬", "≥", 800, "万元"),
        ("满意度指标", "服务对象满意度指标", "受援农民工满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, head, rows)
    signed(s, "严书衡", "0571-83127744", filled(2025, 11, 14))
    return b


ONE = ("一级指标", "二级指标", "三级指标", "指标值")
GIG = [
    ("产出指标", "数量指标", "设立法律援助工作站", "≥3个"),
    (None, None, "免费法律咨询人次", "≥1500人次"),
    (None, None, "代理劳动争议案件数", "≥60件"),
    (None, "质量指标", "案件质量评查合格率", "≥95%"),
    (None, "时效指标", "工作站建成时间", "2026年6月30日前"),
    (None, "成本指标", "工作站运行经费", "≤8万元/个"),
    (None, None, "案均代理补贴", "≤1200元/件"),
    ("效益指标", "社会效益指标", "劳动争议调解成功率", "≥60%"),
    ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%"),
]  # fmt: skip
ARBITRATION = [
    ("产出指标", "数量指标", "仲裁代理援助案件数", "≥150件"),
    (None, None, "其中：集体欠薪案件代理数", "≥20件"),
    (None, "质量指标", "仲裁代理文书规范率", "=100%"),
    (None, "时效指标", "受理后指派律师时限", "≤3个工作日"),
    (None, "成本指标", "案均代理补贴", "≤1800元/件"),
    ("效益指标", "社会效益指标", "帮助追回欠薪", "≥600万元"),
    ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥92%"),
]  # fmt: skip


@variant(
    "kgj09-gig-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, each with its head "
    "and money; the same indicator names with other values in each project (correct)",
)
def gig_stacked() -> Book:
    b, s = start()
    project_head(s, year=2026, name="新就业形态劳动者法律援助工作站", dept="柘峰县司法局 418",
                 unit="柘峰县法律援助中心", money=funds(32, 30, 2),
                 goals=["在3个快递物流园区设立法律援助工作站，全年提供免费法律咨询不少于"
                        "1500人次、代理劳动争议案件不少于60件。"])  # fmt: skip
    indicators(s, ONE, GIG)
    s.skip(2)
    project_head(s, year=2026, name="农民工工资争议仲裁代理援助项目", title="",
                 dept="柘峰县司法局 418", unit="柘峰县法律援助中心", money=funds(27, 27, 0),
                 goals=["为农民工提供劳动仲裁代理援助不少于150件，其中集体欠薪案件不少于"
                        "20件。"])  # fmt: skip
    indicators(s, ONE, ARBITRATION)
    signed(s, "彭知远", "0573-65230178", filled(2025, 10, 30))
    return b


def station_rows() -> list[tuple[object, ...]]:
    """kgj10's rows: a year's count above the period's, a cumulative count copied."""
    built = mk(
        mk("≥36个", "D201", "error", note="36 stations in the year, 30 in three years"),
        "*",
        "warning",
        required=False,
        note="D104 against the copied goal text",
    )
    talks = mk("≥360场", "D202", "warning", note="the three years' 360场 copied into the year")
    cases = ok("≥500件", note="the copied 年度目标 says 1500件: D104 tolerated")
    return [
        ("产出指标", "数量指标", "标准化工作站建成数", "≥30个", built),
        (None, None, "农民工法律援助案件办理数", "≥1500件", cases),
        (None, None, "法治宣传进工地活动场次", "≥360场", talks),
        (None, "质量指标", "案件质量评查合格率", "≥95%", "≥95%"),
        (None, "时效指标", "受理审查时限", "≤5个工作日", "≤5个工作日"),
        ("成本指标", "经济成本指标", "案均办案补贴", "≤600元/件", "≤600元/件"),
        ("效益指标", "社会效益指标", "农民工欠薪投诉办结率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受援农民工满意度", "≥90%", "≥90%"),
    ]  # fmt: skip


@variant(
    "kgj10-stations-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
    "a year's count above the period's, a cumulative count copied",
)
def stations_period() -> Book:
    b, s = start()
    goal = "建成农民工法律援助工作站30个，办理案件不少于1500件，开展法治宣传进工地活动360场。"
    copied = mk(goal, "D204", "warning", note="年度目标 word for word the 中期目标")
    project_head(
        s,
        year=2026,
        years=3,
        name="乡镇农民工法律援助工作站三年提升项目",
        dept="砚湖市司法局 311002",
        unit="砚湖市法律援助中心",
        attr="新增项目",
        money=period_funds((150, 120, 30), (50, 40, 10)),
        goals=[goal, copied],
    )
    indicators(s, TWO, station_rows())
    signed(s, "沈淮音", "0571-86630455", filled(2025, 11, 6))
    return b


PARKS = [
    ("产出指标", "数量指标", "园区法律体检服务人次", "正向", "大于等于", 4000, "人次"),
    (None, None, "代理劳动争议案件数", "正向", "大于等于", 80, "件"),
    (None, None, "其中：工伤案件代理数", "正向", "大于等于", 30, "件"),
    (None, "质量指标", "代理案件胜诉或调解成功率", "正向", "大于等于", pct(0.8), "%"),
    (None, "时效指标", "咨询响应时间", "反向", "小于等于", 24, "小时"),
    ("成本指标", "经济成本指标", "案均代理成本", "反向", "小于等于", 3000, "元/件"),
    (None, None, "园区服务点运行费", "反向", "小于等于", 3, "万元/个"),
    ("效益指标", "社会效益指标", "园区涉劳动报酬群体性事件", "反向", "小于等于", 0, "起"),
    (None, None, "务工人员劳动争议投诉下降率", "正向", "大于等于", pct(0.1), "%"),
    ("满意度指标", "服务对象满意度指标", "园区务工人员满意度", "正向", "大于等于", pct(0.9), "%"),
]  # fmt: skip


@variant(
    "kgj11-parks-operators",
    (11, 1),
    "project, NAT-2021, 指标性质 as direction, 指标方向 as operator in words, bare numbers "
    "and typed percents with a unit column; 0起 and a 下降率 with ≥ (correct)",
)
def parks_operators() -> Book:
    b, s = start()
    project_head(s, year=2026, name="外来务工人员法律服务进园区项目", dept="砚湖市司法局 311002",
                 unit="砚湖市公共法律服务中心",
                 money=funds(money(40, WAN), money(36, WAN), money(4, WAN), WAN),
                 goals=["在5个工业园区开展法律体检和免费咨询，全年服务不少于4000人次，代理劳动"
                        "争议案件80件（其中工伤30件），涉薪群体性事件为0起。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, PARKS)
    notes(s, "注：成本按案均3000元×80件＋服务点3万元×5个测算，合计39万元。", width=7)
    signed(s, "钱映川", "0571-86637720", filled(2025, 11, 21))
    return b


@variant(
    "kgj12-lawyer-team-tiers",
    (5, 11),
    "project, OLD-NAT, numbered tier labels: a count under 质量, a quality rate under "
    "时效, a satisfaction target above 100%",
)
def lawyer_team_tiers() -> Book:
    b, s = start()
    project_head(s, year=2026, name="农民工维权法律援助律师团队培训项目",
                 dept="柘峰县司法局 418", unit="柘峰县律师协会", money=funds(18, 18, 0),
                 goals=["培训法律援助律师和基层法律服务工作者120人，组建农民工维权律师团队"
                        "30人，援助案件质量评查合格率达到95%以上。"])  # fmt: skip
    team = mk(
        "组建农民工维权律师团队人数",
        "F201",
        "warning",
        row=True,
        note="a head count under 质量指标",
    )
    rate = mk(
        "援助案件质量评查合格率", "F201", "warning", row=True, note="a quality rate under 时效指标"
    )
    rows = [
        ("一、产出指标", "1.数量指标", "培训法律援助人员人数", "≥120人"),
        (None, None, "培训课时", "≥48课时"),
        (None, "2.质量指标", "参训人员结业考核合格率", "≥95%"),
        (None, None, team, "≥30人"),
        (None, "3.时效指标", rate, "≥95%"),
        (None, None, "培训完成时间", "2026年10月31日前"),
        (None, "4.成本指标", "人均培训成本", "≤1500元/人"),
        ("二、效益指标", "1.社会效益指标", "农民工案件代理能力", "显著提升"),
        (None, "2.可持续影响指标", "培训课程库建设", "≥20门"),
        ("三、满意度指标", "1.服务对象满意度指标", "参训人员满意度",
         mk("≥100%", "T106", "error", note="a satisfaction rate cannot exceed 100%")),
    ]  # fmt: skip
    indicators(s, ONE, rows)
    signed(s, "严书衡", "0573-65287319", filled(2025, 12, 5))
    return b
