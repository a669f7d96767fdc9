"""Returns for the fishermen's mutual-insurance premium subsidy (kaz13–kaz18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout718.common import (
    FLAT,
    INSURE,
    TIERS,
    book,
    department,
    funds,
    indicators,
    notes,
    project,
    sign,
    wan,
)  # fmt: skip
from tests.variants.holdout718.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

TASKS = [
    ("渔民互助保险保费补贴", "对参保渔民按保费的60%给予补贴", wan(520), "参保渔民3200名"),
    ("渔船安全装备更新", "救生筏、AIS终端更新补助", wan(300), "更新装备渔船150艘"),
]


@variant("kaz13-insurance-department", (1, 12), "department, NAT-2021: budget, key tasks and "
         "their 金额合计, a goal count with its part in brackets, "
         "typed percents (correct)")  # fmt: skip
def insurance_department() -> Book:
    tasks = [*TASKS, ("金额合计", None, wan(820), None)]
    b, s = department(2025, [wan(1250), wan(1100), wan(150), wan(430), wan(820)],
                      "为全县3200名渔民（其中远洋渔民400名）提供互助保险保费补贴，完成150艘渔船"
                      "安全装备更新，渔业生产安全形势稳定。", tasks)  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "参保渔民人数", "≥3200人"),
        (None, None, "其中：远洋渔民参保人数", "≥400人"),
        (None, None, "安全装备更新渔船数", "≥150艘"),
        (None, "质量指标", "保费补贴资金足额到位率", pct(1.0)),
        (None, "时效指标", "保费补贴拨付时限", "≤30个工作日"),
        ("成本指标", "经济成本指标", "人均保费补贴标准", "≤1600元/人"),
        ("效益指标", "社会效益指标", "渔民意外伤亡理赔覆盖率", pct(0.95, "0.0%")),
        (None, "可持续影响指标", "渔业互助保险长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参保渔民满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "林鸥平", "0597-6628032", day(2024, 11, 20, CN_DATE))
    return b


@variant("kaz14-premium-share", (1,), "project, OLD-NAT: the goal's subsidy share against the "
         "indicator, a 参保率 given as a count, the same count under two tier-2s")  # fmt: skip
def premium_share() -> Book:
    b, s = project(2025, "渔民互助保险保费补贴项目", INSURE, funds(wan(280), wan(250), wan(30)),
                   ["按保费的60%对2800名参保渔民给予补贴，渔民参保率达到90%以上。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "渔民互助保险参保人数", "≥2800人"),
        (None, None, "保费补贴比例", mk("≥50%", "D104", "warning", row=True,
                                         note="年度目标写按保费的60%补贴")),
        (None, "质量指标", "渔民参保率", mk("2800人", "T105", "error", alt=("D104",),
                                           note="率写成人数")),
        (None, "时效指标", "补贴资金拨付时间", "2025年6月30日前"),
        (None, "成本指标", "人均保费补贴标准", "≤900元/人"),
        ("效益指标", "社会效益指标", mk("渔民互助保险参保人数", "D101", "warning", row=True, alt=(
            "D103", "F201"), note="与第一条数量指标重复"), "≥2800人"),
        (None, None, "出险渔民家庭返贫数", "≤0户"),
        ("满意度指标", "服务对象满意度指标", "参保渔民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaz15-insurance-three-years", (7, 8), "three-year project 2025–2027, NAT-2021, "
         "two-row header with 实施期 and 年度 columns, "
         "period counts above the year's (correct)")  # fmt: skip
def insurance_three_years() -> Book:
    money_rows = [["中期资金总额", wan(810), "年度资金总额", wan(270)],
                  ["其中：财政拨款", wan(750), "其中：财政拨款", wan(250)],
                  ["其他资金", wan(60), "其他资金", wan(20)]]  # fmt: skip
    b, s = project(2025, "渔船船员意外险保费补助项目", INSURE, money_rows, [
        "2025年至2027年累计补助船员意外险9600人次，实现持证船员应保尽保。",
        "2025年补助船员意外险3200人次，理赔及时率达到95%以上。"], years=3)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "实施期（2025—2027年）", "2025年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "船员意外险补助人次", "≥9600人次", "≥3200人次"),
        (None, "质量指标", "持证船员参保率", "≥95%", "≥90%"),
        (None, "时效指标", "理赔及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "人均保费补助标准", "≤800元/人次", "≤800元/人次"),
        ("效益指标", "社会效益指标", "出险船员家庭获赔率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "参保船员满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：实施期指标值为三年累计值，年度指标值为2025年度值。", width=5)
    return b


@variant("kaz16-department-tasks-year", (12,), "department, NAT-2021: key tasks not adding up to "
         "their 金额合计, an indicator left from last year's return")  # fmt: skip
def department_tasks_year() -> Book:
    total = mk(wan(840), "B102", "error", row=True, note="520+300=820≠840")
    b, s = department(2025, [wan(1270), wan(1120), wan(150), wan(430), wan(840)],
                      "为全县3200名渔民提供互助保险保费补贴，完成150艘渔船安全装备更新。",
                      [*TASKS, ("金额合计", None, total, None)])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "参保渔民人数", "≥3200人"),
        (None, None, "安全装备更新渔船数", "≥150艘"),
        (None, "质量指标", mk("2024年度渔船保险理赔案件办结率", "Y103", "warning", row=True, alt=(
            "Y101",), note="上一年度申报表的指标"), "≥95%"),
        (None, "时效指标", "保费补贴拨付时限", "≤30个工作日"),
        ("成本指标", "经济成本指标", "人均保费补贴标准", "≤1600元/人"),
        ("效益指标", "社会效益指标", "渔业生产安全事故死亡人数下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "参保渔民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaz17-flat-period-weights", (3, 8, 11), "department, flat list with 实施周期 and 年度 "
         "columns: a year's count above the period's, ≥ on a complaint rate, "
         "weights not 100")  # fmt: skip
def flat_period_weights() -> Book:
    b, s = department(2025, [wan(600), wan(540), wan(60), wan(180), wan(420)],
                      "2025—2027年实施周期内累计为1500艘渔船办理渔船互保，降低理赔投诉率。",
                      dept="澜屿县渔业互保服务中心")  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，应为100")
    s.row(*FLAT[:4], "实施周期指标值", "年度指标值")
    s.table([
        ("渔船互保参保船数", 20, "艘", "≥", 1500, mk(1800, "D201", "error",
                                                      note="年度1800大于实施周期1500")),
        ("参保渔船出险理赔率", 15, "%", "≥", 95, 95),
        ("理赔资料审核时限", 15, "个工作日", "≤", 10, 10),
        ("理赔投诉率", 10, "%", mk("≥", "T108", "warning", row=True, note="反向指标用≥"), 2, 2),
        ("单船保费补贴标准", 10, "元/艘", "≤", 2000, 2000),
        ("渔民互保知晓率", 10, "%", "≥", 90, 85),
        ("参保船东满意度", 15, "%", "≥", 90, 90),
    ])  # fmt: skip
    return b


@variant("kaz18-insurance-second-sheet", (4, 7), "project head on a first sheet, the indicator "
         "table on a second under 考核指标 · 目标值（年度） · 评价标准, the header repeated after "
         "a page break, 填表说明 and signature lines (correct)")  # fmt: skip
def insurance_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(s, year=2025, name="渔业从业人员团体意外险补贴项目", dept="澜屿县海洋与渔业局",
                 unit=INSURE, money=funds(wan(96), wan(96), wan(0)),
                 goals=["为1200名渔业从业人员投保团体意外险，人均补贴不超过800元。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18, 24))
    t.title("2025年度渔业从业人员团体意外险补贴项目绩效指标", 5)
    header = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(t, header, [
        ("产出指标", "数量指标", "投保渔业从业人员数", "≥1200人", "每少50人扣1分"),
        (None, "质量指标", "投保信息准确率", "≥98%", "每低1%扣1分"),
        (None, "时效指标", "投保完成时间", "2025年3月31日前", "逾期不得分"),
    ], label=None)  # fmt: skip
    t.row(*header)
    t.table([
        ("成本指标", "经济成本指标", "人均保费补贴", "≤800元/人", "超标不得分"),
        ("效益指标", "社会效益指标", "出险人员获赔率", "=100%", "未获赔1人扣2分"),
        ("满意度指标", "服务对象满意度指标", "投保人员满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "填表说明：1.表头在分页处重复；2.评价标准供年终自评使用。", width=5)
    sign(t, "许潮生", "0597-6625190", day(2024, 12, 2))
    return b
