"""Apprentice subsidy (学徒补贴) projects: 中期 and 年度, flat lists, tier labels."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout476.common import (
    YEAR,
    book,
    funds,
    indicators,
    notes,
    period_funds,
    sign,
)
from tests.variants.holdout476.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

HRSS = "铜泉市人力资源和社会保障局（209）"
SCHOOL = "铜泉市景泰蓝技艺传习所"
HEAD_2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "zr07-apprentice-multiyear",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: annual counts below period "
    "counts, rates and caps equal (correct)",
)
def zr07() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="景泰蓝传统技艺学徒培养补贴项目",
        dept=HRSS,
        unit=SCHOOL,
        attr="新增项目",
        money=period_funds(money(360, WAN), money(120, WAN), money(110, WAN), money(10, WAN)),
        goals=[
            "三年培养掐丝、点蓝、烧蓝学徒120人，结对师徒60对。",
            "2026年招收学徒40人，结对师徒20对，按月发放学徒补贴。",
        ],
    )
    indicators(
        s,
        HEAD_2,
        [
            ("产出指标", "数量指标", "培养学徒人数", "≥120人", "≥40人"),
            (None, None, "以师带徒结对数", "≥60对", "≥20对"),
            (None, "质量指标", "学徒结业考核通过率", "≥85%", "≥85%"),
            (None, "时效指标", "学徒补贴按月发放率", "=100%", "=100%"),
            ("成本指标", "经济成本指标", "学徒月补贴标准", "≤1500元/人·月", "≤1500元/人·月"),
            ("效益指标", "社会效益指标", "结业学徒留岗从业率", "≥70%", "≥70%"),
            (None, "可持续影响指标", "传习所师傅带徒能力提升", "持续提升", "提升"),
            ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "邬见山", "0736-3318042")
    return b


@variant(
    "zr08-multiyear-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copies the "
    "中期目标 and two cumulative counts are copied into the year",
)
def zr08() -> Book:
    b, s = book()
    goal = "三年资助点蓝、烧蓝学徒90人，建成示范传习工位30个。"
    project_head(
        s,
        year=YEAR,
        years=3,
        name="点蓝烧蓝学徒岗位补贴项目",
        dept=HRSS,
        unit=SCHOOL,
        attr="新增项目",
        money=period_funds(money(270, WAN), money(90, WAN), money(90, WAN), money(0, WAN)),
        goals=[goal, mk(goal, "D204", "warning", note="annual goal = medium-term goal")],
    )
    indicators(
        s,
        HEAD_2,
        [
            (
                "产出指标",
                "数量指标",
                "资助学徒人数",
                "≥90人",
                mk("≥90人", "D202", "warning", note="cumulative count copied into the year"),
            ),
            (
                None,
                None,
                "示范传习工位",
                "≥30个",
                mk("≥30个", "D202", "warning", note="cumulative count copied into the year"),
            ),
            (None, "质量指标", "学徒技能等级证书取得率", "≥80%", "≥80%"),
            (None, "时效指标", "补贴到位及时率", "≥95%", "≥95%"),
            ("成本指标", "经济成本指标", "学徒岗位补贴标准", "≤800元/人·月", "≤800元/人·月"),
            ("效益指标", "社会效益指标", "学徒结业后从事景泰蓝制作比例", "≥60%", "≥60%"),
            ("满意度指标", "服务对象满意度指标", "学徒及师傅满意度", "≥90%", "≥90%"),
        ],
    )
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "zr09-apprentice-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
    "指标值), typed percent shares, weights add to 100 (correct)",
)
def zr09() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="铜泉市工艺美术技工学校",
        budget=[
            [money(500, WAN), money(450, WAN), money(50, WAN), money(300, WAN), money(200, WAN)],
            [pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4)],
        ],
        tasks=[
            ("景泰蓝学徒制班", "招收掐丝、点蓝学徒并发放补贴", money(120, WAN), "学徒60人结业"),
            ("实训车间运行", "烧蓝窑炉及实训耗材", money(80, WAN), "实训工位全年开放"),
            ("金额合计", None, money(200, WAN), None),
        ],
        goal="完成景泰蓝学徒制班培养60人，实训车间全年开放。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT_HEAD)
    s.table(
        [
            ("学徒制班结业人数", 20, "人", "≥", 60),
            ("学徒月补贴标准", 15, "元/人·月", "≤", 1200),
            ("实训车间开放天数", 15, "天", "≥", 240),
            ("学徒结业考核通过率", 20, "%", "≥", pct(0.85)),
            ("实训安全事故", 10, "起", "=", 0),
            ("结业学徒就业率", 10, "%", "≥", 75),
            ("学徒满意度", 10, "%", "≥", pct(0.9)),
        ]
    )
    return b


FLAT_HEAD2 = ("指标名称", "指标值", "指标性质", "计量单位", "权重")


@variant(
    "zr10-flat-wrong",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · "
    "权重): a unit conflict, a 反向 rate with ≥, weights adding to 95",
)
def zr10() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="澄砂区就业服务中心",
        budget=[
            [money(240, WAN), money(220, WAN), money(20, WAN), money(150, WAN), money(90, WAN)],
        ],
        goal="为澄砂区景泰蓝工坊学徒发放以工代训补贴，稳定学徒队伍。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT_HEAD2)
    s.table(
        [
            ("补贴学徒人数", "≥50", "正向", "人", 20),
            (
                "人均以工代训补贴",
                mk("1800元", "T112", "error", note="元 in the value, 人 in the unit column"),
                "反向",
                "人",
                15,
            ),
            (
                "学徒中途流失率",
                mk("≥8", "T108", "warning", row=True, note="a 反向 rate takes ≤"),
                "反向",
                "%",
                20,
            ),
            ("补贴发放及时率", "≥95", "正向", "%", 15),
            ("学徒稳岗六个月以上比例", "≥80", "正向", "%", 15),
            ("学徒满意度", "≥90", "正向", "%", 10),
        ]
    )
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


CONTENT_HEAD = ("一级指标", "二级指标", "指标内容", "绩效标准")


@variant(
    "zr11-apprentice-tiers",
    (5, 7),
    "project, OLD-NAT, tier labels with *, ★ and abbreviations, headers 指标内容 and "
    "绩效标准, a rate raised in 百分点 (correct)",
)
def zr11() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="景泰蓝非遗传承人带徒补助项目",
        dept=HRSS,
        unit=SCHOOL,
        money=funds(48, 48, 0),
        goals=["资助传承人16名带徒32人，学徒取证率比上年提高5个百分点。"],
    )
    indicators(
        s,
        CONTENT_HEAD,
        [
            ("*产出指标", "★数量", "资助带徒传承人", "≥16人"),
            (None, None, "带教学徒人数", "≥32人"),
            (None, "质量", "学徒技能证书取证率比上年提高", "≥5百分点"),
            (None, "时效", "带徒补助发放时间", "每季度末15日前"),
            (None, "成本", "传承人带徒补助标准", "≤3万元/人·年"),
            ("*效益指标", "社会效益", "学徒独立创作作品", "≥32件"),
            (None, "可持续影响", "传习所带徒制度", "建立并执行"),
            ("满意度指标", "服务对象满意度", "学徒对带教质量满意度", "≥90%"),
        ],
    )
    notes(s, "注：标*的一级指标和标★的二级指标为必填项，不得删除。", width=4)
    return b


@variant(
    "zr12-tiers-wrong",
    (5, 6, 13),
    "project, NAT-2021, numbered labels: a tier-2 under the wrong tier-1, a template "
    "tier-2 left empty, a value without a name",
)
def zr12() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="景泰蓝学徒技能竞赛补贴项目",
        dept=HRSS,
        unit=SCHOOL,
        money=funds(26, 26, 0),
        goals=["举办学徒掐丝点蓝技能竞赛2场，奖补获奖学徒24人。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("一、产出指标", "1.数量指标", "技能竞赛场次", "≥2场"),
            (None, None, "奖补获奖学徒人数", "≥24人"),
            (
                None,
                mk("2.社会效益指标", "F105", "error", note="社会效益 belongs to 效益指标"),
                "竞赛观摩人次",
                "≥600人次",
            ),
            (None, "3.时效指标", "竞赛举办时间", "2026年10月31日前"),
            ("二、成本指标", "1.经济成本指标", "获奖学徒人均奖补", "≤0.5万元/人"),
            ("三、效益指标", "1.经济效益指标", "获奖作品义卖收入", "≥3万元"),
            (
                None,
                mk("2.生态效益指标", "F109", "warning", row=True, note="template row left empty"),
                None,
                None,
            ),
            ("四、满意度指标", "1.服务对象满意度指标", "参赛学徒满意度", "≥90%"),
            (
                None,
                None,
                mk(None, "F110", "error", note="a value without an indicator name"),
                "≥85%",
            ),
        ],
    )
    return b
