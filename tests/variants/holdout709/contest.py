"""Returns on the city's vocational skills competition (职业技能大赛): kaq13 to kaq18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout709.common import (
    CENTRE,
    HRSS,
    SCHOOL,
    department,
    lines,
    note,
    project,
    sign,
    table,
    year_money,
)
from tests.variants.holdout709.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kaq13-contest-points",
    (10, 5),
    "project, OLD-NAT, numbered tier labels with points and an indicator score column (90 "
    "both ways, 预算执行率 apart), a 下降率 with ≥, a rate raised in 百分点, 0起 (correct)",
)
def kaq13() -> Book:
    b, s = project(
        2026,
        "2026年澄岭市职业院校技能大赛",
        CENTRE,
        year_money(120, 100, 20),
        ("举办全市职业院校技能大赛，设赛项16个，参赛选手900人以上，学生获奖比例提高3个百分点。",),
        dept=HRSS,
    )
    table(s, (*HEAD, "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "设置比赛赛项", "≥16个", 10),
        (None, None, "参赛选手人数", "≥900人", 10),
        (None, None, "聘请裁判人数", "≥60人", 5),
        (None, "2.质量指标", "赛项规程公开率", pct(1), 5),
        (None, None, "赛事投诉量下降率", "≥10%", 5),
        (None, "3.时效指标", "赛事完成时间", "2026年11月30日前", 10),
        (None, "4.成本指标", "裁判劳务补助标准", "≤800元/人·天", 5),
        ("二、效益指标（30分）", "1.社会效益指标", "学生获奖比例提高", "≥3百分点", 10),
        (None, None, "赛事安全事故", "0起", 10),
        (None, "2.可持续影响指标", "赛项成果转化教学资源", "≥16项", 10),
        ("三、满意度指标（10分）", "1.服务对象满意度指标", "参赛师生满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：预算执行率10分另行评价，合计100分。")
    sign(s, "柯以宁", "0731-6670538", day(2025, 11, 3))
    return b


@variant(
    "kaq14-contest-last-year",
    (8,),
    "one-year project, OLD-NAT: the goal names last year's contest, the end date falls in the "
    "next year, the goal's event count against the indicator",
)
def kaq14() -> Book:
    goal = "举办2025年澄岭市职业技能大赛，设赛项12个，参赛选手800人以上。"
    b, s = project(
        2026,
        "澄岭市职业技能大赛组织",
        CENTRE,
        year_money(90, 80, 10),
        (mk(goal, "Y103", "warning", alt=("Y101",), note="2026 年度申报，目标写 2025 年大赛"),),
        dept=HRSS,
        end=mk(day(2027, 3, 31), "Y102", "error", alt=("Y101",),
               note="一年期项目的计划完成日期落在 2027 年"),
    )  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "设置比赛赛项",
         mk("≥10个", "D104", "warning", row=True, note="年度目标写设赛项12个")),
        (None, None, "参赛选手人数", "≥800人"),
        (None, "质量指标", "赛项技术文件审核通过率", "=100%"),
        (None, "时效指标", "决赛完成时间", "2026年11月20日前"),
        (None, "成本指标", "单个赛项组织经费", "≤6万元/个"),
        ("效益指标", "社会效益指标", "获评市级技术能手人数", "≥36人"),
        ("满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kaq15-contest-stacked",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's money total is not "
    "its parts, and its award rate is given as a count",
)
def kaq15() -> Book:
    b, s = project(
        2026,
        "澄岭市技能大赛市赛承办",
        CENTRE,
        year_money(80, 70, 10),
        ("承办市级技能大赛10个赛项，参赛选手600人以上。",),
        dept=HRSS,
    )
    table(s, HEAD, [
        ("产出指标", "数量指标", "承办赛项", "≥10个"),
        (None, None, "参赛选手人数", "≥600人"),
        (None, "质量指标", "赛事获奖率", ok("≤30%", note="获奖比例按规程封顶，≤ 是对的")),
        (None, "时效指标", "赛事完成时间", "2026年10月31日前"),
        (None, "成本指标", "单个赛项组织经费", "≤7万元/个"),
        ("效益指标", "社会效益指标", "获奖选手取证人数", "≥150人"),
        ("满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    training(s)
    return b


def training(s: Sheet) -> None:
    """The second project of kaq15: 省赛集训, with its two defects."""
    total = mk(money(70, WAN), "B101", "error", note="财政拨款 50 + 其他资金 15 = 65")
    project_head(
        s, year=2026, name="澄岭市省赛选手集训", dept=HRSS, unit=CENTRE,
        money=year_money(total, 50, 15), goals=("集训省赛选手40人，力争获奖12人以上。",),
        title="",
    )  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "集训选手人数", "≥40人"),
        (None, "质量指标", "集训选手获奖率",
         mk("≥12人", "T105", "error", row=True, note="获奖率填成了获奖人数")),
        (None, "时效指标", "集训完成时间", "2026年9月30日前"),
        (None, "成本指标", "选手集训补助标准", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "集训成果进课堂", "≥8项"),
        ("满意度指标", "服务对象满意度指标", "集训选手满意度", "≥90%"),
    ])  # fmt: skip


@variant(
    "kaq16-contest-flat-period",
    (3, 8),
    "department, flat list with 实施周期 and 年度 value columns, a unit column, weights in "
    "the header text, typed percent cells, the period's counts above the year's (correct)",
)
def kaq16() -> Book:
    goal = "2026—2028年承办市级技能竞赛赛项45个，每年15个，年参赛选手900人以上。"
    b, s = department(2026, CENTRE, (420, 400, 20, 180, 240), goal)
    s.row("指标名称", "权重（合计100）", "计量单位", "实施周期指标值（2026—2028年）", "年度指标值")
    s.table([
        ("承办市级技能竞赛赛项", 15, "个", "≥45", "≥15"),
        ("参赛选手人数", 15, "人", "≥2700", "≥900"),
        ("竞赛获奖选手取证率", 15, "%", pct(0.95), pct(0.95)),
        ("单个赛项组织成本", 10, "万元/个", "≤12", "≤12"),
        ("裁判员培训人次", 15, "人次", "≥360", "≥120"),
        ("赛事安全事故", 10, "起", "0", "0"),
        ("选手满意度", 20, "%", "≥90", "≥90"),
    ])  # fmt: skip
    sign(s, "钟汀兰", "0731-6670562", day(2025, 11, 12))
    return b


@variant(
    "kaq17-contest-template-rows",
    (4, 6, 13),
    "project, NAT-2021, a 说明 row inside the table: a tier-2 left from the template, a value "
    "without a name, a board-and-lodging standard × entrants above the money",
)
def kaq17() -> Book:
    b, s = project(
        2026,
        "柘溪区中职学生技能节",
        SCHOOL,
        year_money(30, 30, 0),
        ("举办区级中职学生技能节，参赛选手400人，设赛项8个。",),
    )
    table(s, HEAD, [
        ("产出指标", "数量指标", "参赛选手人数", "≥400人"),
        (None, None, "设置赛项", "≥8个"),
        (None, "质量指标", "赛项评分复核率", "=100%"),
        (None, None, mk(None, "F110", "error", note="有指标值，没有三级指标名称"), "≥95%"),
        (None, "时效指标", "技能节完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标",
         mk("选手食宿补助标准", "B107", "warning", row=True,
            note="900 元 × 400 人 = 36 万元，超过资金总额 30 万元"), "≤900元/人"),
    ])  # fmt: skip
    note(s, "说明：赛项设置以区教育局通知为准。")
    s.table([
        ("效益指标", "社会效益指标", "学生获奖人数", "≥80人"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("满意度指标", "服务对象满意度指标", "参赛学生满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "kaq18-contest-money-lines",
    (12, 9),
    "project, OLD-NAT, 万元 in the number format, 资金明细 below the table adding to the "
    "total, a footnote on 其他资金, text =100% kept as text, a typed percent (correct)",
)
def kaq18() -> Book:
    b, s = project(
        2026,
        "澄岭市职业技能大赛决赛",
        CENTRE,
        year_money(95, 80, 15),
        ("承办全市技能大赛决赛14个赛项，参赛选手700人以上，赛事安全零事故。",),
        dept=HRSS,
    )
    table(s, HEAD, [
        ("产出指标", "数量指标", "决赛赛项", "≥14个"),
        (None, None, "参赛选手人数", "≥700人"),
        (None, "质量指标", "赛项规程公开率", "=100%"),
        (None, None, "裁判持证上岗率", pct(1)),
        (None, "时效指标", "决赛完成时间", "2026年12月10日前"),
        (None, "成本指标", "单个赛项组织经费", "≤6.5万元/个"),
        ("效益指标", "社会效益指标", "赛事安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    items = [("场地布置", 25), ("设备租赁", 30), ("裁判劳务", 18), ("选手食宿", 22)]
    lines(s, "资金明细", items, 95)
    note(s, "注：资金总额95万元，含企业赞助的其他资金15万元。")
    return b
