"""林下菌菇:大球盖菇、竹荪、黑木耳与香菇的林下栽培 (go13–go18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout655.common import (
    HEAD4,
    HEAD5,
    funds,
    funds2,
    indicators,
    notes,
    signature,
    start,
    wan,
)
from tests.variants.holdout655.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

DEPT = "仙槎县林业局（508）"


@variant(
    "go13-forest-footnotes",
    (4,),
    "project, OLD-NAT, one value column: a note row between "
    "tiers, a footnote explaining a total, 填表说明, signature dated the year before "
    "(correct)",
)
def footnotes() -> Book:
    b, s = start()
    project_head(s, year=2026, name="林下大球盖菇竹荪复合栽培项目", dept=DEPT,
                 unit="仙槎县岽头国有林场", money=funds(wan(70), wan(60), wan(10)),
                 goals=["林下种植大球盖菇、竹荪共600亩（大球盖菇400亩、竹荪200亩），"
                        "带动周边农户150户。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "林下菌菇种植总面积", "≥600亩"),
        (None, None, "其中：大球盖菇种植面积", "≥400亩"),
        (None, "质量指标", "菌床出菇率", "≥90%"),
        (None, "时效指标", "菌床铺设完成时间", "2026年3月31日前"),
        (None, "成本指标", "林下种植补助标准", "≤1000元/亩"),
        ("注：以下效益指标按林场年末台账测算", None, None, None),
        ("效益指标", "经济效益指标", "带动农户户均增收", "≥2500元"),
        (None, "生态效益指标", "林下菌渣还林面积", "≥600亩"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：种植总面积600亩含大球盖菇400亩、竹荪200亩。",
          "填表说明：指标值请写明比较符和计量单位；本表一式两份。")  # fmt: skip
    signature(s, "骆晚樵", "0598-7741265", day(2025, 12, 12))
    return b


@variant(
    "go14-forest-leftovers",
    (6,),
    "project, NAT-2021: last year's year in the goal, an "
    "area above the goal's, a template placeholder left in a value",
)
def leftovers() -> Book:
    b, s = start()
    goal = mk("2025年在岭背村、石门坑村林下种植大球盖菇300亩，带动农户90户增收。", "Y103",
              "warning", note="2026年度申报，年度目标留着上一年的2025年")  # fmt: skip
    project_head(s, year=2026, name="林下大球盖菇扩面项目", dept=DEPT,
                 unit="仙槎县岭背村股份经济合作社", money=funds(wan(40), wan(36), wan(4)),
                 goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "大球盖菇林下种植面积",
         mk("≥350亩", "D104", "warning", row=True, note="年度目标写300亩")),
        (None, None, "带动农户数", "≥90户"),
        (None, "质量指标", "菌种成活率", mk("≥XX%", "X101", "error", note="模板占位符未填")),
        (None, "时效指标", "种植完成时间", "2026年4月30日前"),
        ("成本指标", "经济成本指标", "每亩菌种补助", "≤1000元/亩"),
        ("效益指标", "经济效益指标", "农户户均增收", "≥2000元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "go15-forest-page-break",
    (4, 5),
    "department, NAT-2021, abbreviated tier labels, weight "
    "column, subtotal rows, the header repeated after a page break, a total row "
    "(correct)",
)
def page_break() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept="仙槎县石坑镇林业工作站",
                    budget=[(money(320), money(300), money(20), money(200), money(120))],
                    tasks=[("林下菌菇示范", "建林下菌菇示范片", money(70), "示范带动"),
                           ("菌种扩繁", "扩繁竹荪、大球盖菇菌种", money(30), "保障用种"),
                           ("技术培训", "培训林农", money(20), "技术普及"),
                           ("金额合计", None, money(120), None)],
                    goal="建林下菌菇示范片500亩，扩繁菌种10万袋，培训林农400人次。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出", "数量", "林下菌菇示范面积", "≥500亩", 15),
        (None, None, "菌种扩繁数量", "≥10万袋", 15),
        (None, None, "林农培训人次", "≥400人次", 10),
        (None, "质量", "菌种扩繁合格率", "≥95%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row(*head)
    s.table([
        ("成本", "经济成本", "林下示范每亩补助", "≤1200元/亩", 10),
        ("效益", "经济效益", "示范片亩均产值", "≥6000元", 15),
        (None, "生态效益", "林下菌渣还林率", "≥80%", 15),
        ("满意度", "服务对象满意度", "林农满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "go16-forest-zhusun",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "cumulative counts copied into 年度, the year's money above the period's",
)
def zhusun() -> Book:
    b, s = start()
    year = mk(wan(420), "B103", "error", note="年度资金420万元大于中期资金360万元")
    project_head(s, year=2026, years=3, name="林下竹荪标准化基地建设项目", dept=DEPT,
                 unit="仙槎县竹荪产业协会",
                 money=funds2((wan(360), wan(300), wan(60)), (year, wan(350), wan(70))),
                 goals=["三年建成林下竹荪标准化基地900亩，带动农户300户。",
                        "首年建成林下竹荪基地300亩，带动农户100户，完成基地道路与喷灌。"]
                 )  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "林下竹荪种植面积", "≥900亩",
         mk("≥900亩", "D202", "warning", note="年度照抄三年累计面积，年度目标为300亩")),
        (None, None, "带动农户数", "≥300户",
         mk("≥300户", "D202", "warning", note="年度照抄三年累计户数，年度目标为100户")),
        (None, "质量指标", "竹荪干品一级品率", "≥70%", "≥70%"),
        (None, "时效指标", "基地建成时间", "2028年10月31日前", "完成道路与喷灌"),
        ("成本指标", "经济成本指标", "每亩基地建设成本", "≤3000元/亩", "≤3000元/亩"),
        ("效益指标", "经济效益指标", "基地年产值", "≥600万元", "≥200万元"),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "go17-forest-two-row-header",
    (5, 7, 11),
    "project, NAT-2021, two-row header, tier "
    "labels with ★ and * and abbreviated, operators in words in their own column, a 下降率 "
    "with 大于等于, 0起 incidents, goal total with parts (correct)",
)
def two_row_header() -> Book:
    b, s = start()
    project_head(s, year=2026, name="国有林场林下黑木耳香菇栽培项目", dept=DEPT,
                 unit="仙槎县岽头国有林场", money=funds(wan(50), wan(45), wan(5)),
                 goals=["林下种植黑木耳、香菇菌棒共50万棒（黑木耳30万棒、香菇20万棒），"
                        "菌渣全部还林，不发生林下火险事故。"])  # fmt: skip
    s.row("绩效指标", None, None, "指标方向", "绩效目标值", "计量单位", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("★产出指标", "*数量指标", "黑木耳菌棒林下摆放数量", "大于等于", 30, "万棒"),
        (None, None, "香菇菌棒林下摆放数量", "大于等于", 20, "万棒"),
        (None, "质量", "菌棒成品率", "大于等于", pct(0.92), None),
        (None, "时效", "菌棒上架完成时间", "小于等于", day(2026, 5, 31), None),
        ("★成本指标", "经济成本", "每棒菌棒补助", "小于等于", 0.8, "元/棒"),
        (None, "社会成本", "林下火险事故", "等于", 0, "起"),
        ("效益", "经济效益", "林场菌菇销售收入", "大于等于", 120, "万元"),
        (None, "生态效益", "林下菌渣焚烧量下降率", "大于等于", 30, "%"),
        ("满意度", "服务对象满意度", "承包林农满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "邬采薇", "0598-7760413")
    return b


@variant(
    "go18-forest-houtou",
    (12, 5),
    "project, OLD-NAT, 成本 under 产出: a subsidy standard × "
    "count above the money, a unit cost under 数量, a satisfaction rate under 社会效益",
)
def houtou() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="林下猴头菇灵芝套种项目",
        dept=DEPT,
        unit="仙槎县石坑镇菌菇专业合作社",
        money=funds(wan(100), wan(80), wan(20)),
        goals=["林下套种猴头菇、灵芝菌棒40万棒，新建林下菇棚10座，带动农户120户。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "林下套种菌棒数量", "≥40万棒"),
        (None, None, "新建林下菇棚数量", "≥10座"),
        (None, None, "林下菇棚单位造价",
         mk("≤3万元/座", "F201", "warning", row=True, note="造价是成本，填在数量指标下")),
        (None, "质量指标", "菌棒出菇率", "≥90%"),
        (None, "时效指标", "菌棒入林时间", "2026年4月30日前"),
        (None, "成本指标", "菌棒补助标准",
         mk("≤3元/棒", "B107", "warning", row=True,
            note="3元/棒 × 40万棒 = 120万元，超过年度资金100万元")),
        ("效益指标", "经济效益指标", "带动农户户均增收", "≥3000元"),
        (None, "社会效益指标", "合作社社员满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度应在满意度指标下")),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    return b
