"""Yak-butter (酥油) returns: dn07–dn12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout576.common import (
    DEPT,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout576.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "朗木错乡酥油加工专业合作社"


@variant("dn07-butter-operator-words", (11,),
         "project, NAT-2021, 指标方向 (正向/反向) and 比较方式 in words in their own columns, bare "
         "numbers with a unit column, 0起 on an incident count, a 下降率 with 大于等于 "
         "(correct)")  # fmt: skip
def dn07() -> Book:
    b, s = book(widths=(12, 16, 28, 10, 12, 14, 12))
    project_head(s, year=2025, name="酥油传统制作技艺提升项目", dept=DEPT, unit=UNIT,
                 money=one_year(wan(130), wan(110), wan(20)),
                 goals=["培训酥油制作牧民120人次，发放酥油搅拌机150台，"
                        "确保全年不发生食品安全事故。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "酥油制作技艺培训", "正向", "大于等于", 120, "人次"),
        (None, None, "发放酥油搅拌机", "正向", "大于等于", 150, "台"),
        (None, "质量指标", "成品酥油水分含量", "反向", "小于等于", 16, "%"),
        (None, None, "食品安全事故发生数", "反向", "等于", 0, "起"),
        (None, "时效指标", "搅拌机发放完成时间", "反向", "小于等于", day(2025, 8, 31), None),
        ("成本指标", "经济成本指标", "酥油搅拌机单价", "反向", "小于等于", 0.6, "万元/台"),
        ("效益指标", "经济效益指标", "酥油加工损耗下降率", "正向", "大于等于", 8, "%"),
        (None, "社会效益指标", "带动牧区妇女就业", "正向", "大于等于", 90, "人"),
        ("满意度指标", "服务对象满意度指标", "参训牧民满意度", "正向", "大于等于", pct(0.92), None),
    ]
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "比较方式", "指标值", "计量单位")
    indicators(s, rows, head)
    sign(s, "央金", "0891-7312204")
    return b


@variant("dn08-butter-scored-duplicates", (10, 11),
         "project, OLD-NAT, one value column with an indicator score column adding to 100, a "
         "rate raised in 百分点: a 反向 rate with ≥, the same purchase twice with other values, "
         "a 合格率 under 时效")  # fmt: skip
def dn08() -> Book:
    b, s = book()
    project_head(s, year=2025, name="牧户酥油收购与质量提升项目", dept=DEPT, unit=UNIT,
                 money=one_year(wan(210), wan(180), wan(30)),
                 goals=["收购牧户酥油300吨，酥油优质品率提高5个百分点。"])  # fmt: skip
    wrong_op = mk("≥2%", "T108", "warning", row=True, note="超标率 is 反向: ≤ meant")
    dup = mk("≥260吨", "D102", "error", alt=("D103",),
             note="the same purchase as 牧户酥油收购量 ≥300吨")  # fmt: skip
    misplaced = mk("酥油包装密封合格率", "F201", "warning", note="a 合格率 belongs under 质量")
    rows = [
        ("产出指标", "数量指标", "牧户酥油收购量", "≥300吨", 15),
        (None, None, "酥油收购覆盖牧户数", "≥420户", 10),
        (None, "质量指标", "酥油水分超标率", wrong_op, 10),
        (None, "时效指标", misplaced, "≥98%", 10),
        (None, "成本指标", "酥油收购价格补贴", "≤0.5万元/吨", 5),
        ("效益指标", "经济效益指标", "酥油优质品率提高", "≥5百分点", 10),
        (None, None, "牧户酥油收购数量", dup, 10),
        (None, "社会效益指标", "带动牧户增收", "≥420户", 10),
        ("满意度指标", "服务对象满意度指标", "交售牧户满意度", "≥90%", 20),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "指标值", "分值"))
    sign(s, "扎西平措", "0891-7318817")
    return b


@variant("dn09-butter-two-years", (8,),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns and money, annual counts "
         "below their period, a 年度目标 that sums two indicators (correct)")  # fmt: skip
def dn09() -> Book:
    b, s = book()
    period = "两年建成酥油标准化加工点4个，培训牧户400户。"
    annual = "2025年建成加工点2个，培训牧户200户（其中嘎玛片区120户、色尔片区80户）。"
    project_head(s, year=2025, years=2, name="酥油标准化加工点建设项目", dept=DEPT, unit=UNIT,
                 money=multi_year((wan(300), wan(260), wan(40)), (wan(150), wan(130), wan(20))),
                 goals=[period, annual])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "酥油标准化加工点建设数量", "=4个", "=2个"),
        (None, None, "嘎玛片区培训牧户", "≥240户", "≥120户"),
        (None, None, "色尔片区培训牧户", "≥160户", "≥80户"),
        (None, "质量指标", "加工点竣工验收合格率", "=100%", "=100%"),
        (None, None, "成品酥油抽检合格率", "≥97%", "≥97%"),
        (None, "时效指标", "加工点当年建设完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单个加工点建设成本", "≤60万元", "≤60万元"),
        ("效益指标", "经济效益指标", "参训牧户户均增收", "≥2000元", "≥2000元"),
        (None, "可持续影响指标", "加工点运营维护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训牧户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))
    sign(s, "尼玛顿珠", "0891-7310093")
    return b


@variant("dn10-butter-money-wrong", (12,),
         "project, OLD-NAT, one value column: 年度资金总额 not the sum of its sources, a unit "
         "subsidy × count above the money, a goal count that disagrees with its "
         "indicator")  # fmt: skip
def dn10() -> Book:
    b, s = book()
    total = mk(wan(260), "B101", "error", note="200 + 50 = 250, not 260")
    goal = mk("购置酥油分离机150台，分户发放至朗木错乡各村合作社。", "D104", "warning",
              note="text 150台, indicator ≥200台")  # fmt: skip
    project_head(s, year=2025, name="酥油分离机购置补贴项目", dept=DEPT, unit=UNIT,
                 money=one_year(total, wan(200), wan(50)), goals=[goal])  # fmt: skip
    cost = mk("≤1.5万元/台", "B107", "warning", row=True,
              note="1.5万元 × 200台 = 300万元, above the 250–260万元 of the project")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "酥油分离机购置数量", "≥200台"),
        (None, "质量指标", "分离机到货验收合格率", "=100%"),
        (None, "时效指标", "分离机发放完成时间", "2025年7月31日前"),
        (None, "成本指标", "分离机购置补贴标准", cost),
        ("效益指标", "经济效益指标", "酥油出油率提高", "≥4百分点"),
        (None, "社会效益指标", "受益牧户数", "≥600户"),
        ("满意度指标", "服务对象满意度指标", "受益牧户满意度", "≥90%"),
    ]
    indicators(s, rows)
    notes(s, "注：补贴标准按政府采购中标价的80%确定。")
    sign(s, "旦增", "0891-7315561")
    return b


@variant("dn11-butter-tier-points", (5, 10),
         "project, OLD-NAT, tier labels with ★ and * and abbreviated tier-2s, tier-1 points "
         "against the indicator points under them")  # fmt: skip
def dn11() -> Book:
    b, s = book(widths=(14, 10, 12, 30, 16, 10))
    project_head(s, year=2025, name="酥油茶馆合作经营扶持项目", dept=DEPT, unit=UNIT,
                 money=one_year(wan(90), wan(75), wan(15)),
                 goals=["扶持牧区酥油茶馆15家，带动牧民就业60人。"])  # fmt: skip
    out = mk(50, "W103", "error", note="产出 indicators: 15+10+10+10+10 = 55")
    eff = mk(40, "W103", "error", note="效益 indicators: 15+10+10 = 35")
    rows = [
        ("★产出指标", out, "数量", "扶持酥油茶馆数量", "≥15家", 15),
        (None, None, "质量", "茶馆卫生检查达标率", "≥95%", 10),
        (None, None, "时效", "扶持资金拨付及时率", "≥95%", 10),
        (None, None, None, "茶馆改造完成时间", "2025年9月30日前", 10),
        (None, None, "成本", "单个茶馆扶持标准", "≤6万元", 10),
        ("*效益指标", eff, "经济效益", "茶馆年均营业收入", "≥12万元", 15),
        (None, None, "社会效益", "带动牧民就业", "≥60人", 10),
        (None, None, "可持续影响", "茶馆持续经营年限", "≥3年", 10),
        ("*满意度指标", 10, "满意度", "茶馆经营户满意度", "≥90%", 10),
    ]
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, rows, head, merged=(1, 2, 3))
    sign(s, "拉巴", "0891-7317740")
    return b


@variant("dn12-butter-department", (5, 12),
         "department, NAT-2021, budget and key tasks adding up, ★ and abbreviated tier labels, "
         "a goal count repeated with the same value (correct)")  # fmt: skip
def dn12() -> Book:
    b, s = book("部门整体")
    tasks = [
        ("牛肉干加工扶持", "扶持牛肉干加工合作社7家", wan(150), "合作社规范运营"),
        ("酥油加工扶持", "扶持酥油加工合作社5家", wan(120), "酥油品质提升"),
        ("合作社规范化建设", "财务辅导与评级", wan(50), "评级达标"),
        ("金额合计", None, wan(320), None),
    ]
    department_head(s, year=2025, dept="多吉滩县农牧局",
                    budget=[(wan(500), wan(420), wan(80), wan(180), wan(320))], tasks=tasks,
                    goal="扶持牛肉干、酥油加工合作社12家，带动牧户增收600户。")  # fmt: skip
    rows = [
        ("★产出", "数量", "扶持牛肉干加工合作社", "≥7家"),
        (None, None, "扶持酥油加工合作社", "≥5家"),
        (None, "质量", "合作社规范化评级达标率", "≥90%"),
        (None, "时效", "扶持资金拨付及时率", pct(0.95)),
        ("★成本", "经济成本", "单个合作社扶持标准", "≤20万元"),
        ("★效益", "社会效益", "带动牧户增收户数", "≥600户"),
        (None, "可持续影响", "合作社财务制度", "健全"),
        ("★满意度", "服务对象满意度", "合作社负责人满意度", "≥90%"),
    ]
    indicators(s, rows)
    sign(s, "普布", "0891-7300215", day(2024, 11, 20))
    return b
