"""困难职工帮扶: assistance to workers in hardship (tz01–tz06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout328.common import YEAR, book, indicators, one_year, wan
from tests.variants.holdout328.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "松梧市总工会 301"
CENTRE = "松梧市职工服务中心"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")
SCORED = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("tz01-relief-percent", (1,), "project, OLD-NAT, operator and unit columns, typed "
         "percent cells, 万元 in the number format (correct)")  # fmt: skip
def tz01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="困难职工生活救助和节日慰问", dept=DEPT, unit=CENTRE,
                 money=one_year(96, 90, 6),
                 goals=["对建档困难职工家庭开展生活救助和节日慰问，资金足额发放。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "生活救助困难职工家庭", "≥", 320, "户"),
        (None, None, "节日慰问困难职工", "≥", 600, "人次"),
        (None, "质量指标", "救助资金发放准确率", "=", pct(1), "%"),
        (None, None, "建档信息核实率", "≥", pct(0.98), "%"),
        (None, "时效指标", "救助资金发放时限", "≤", 15, "个工作日"),
        (None, "成本指标", "生活救助标准", "≤", 2400, "元/户"),
        (None, None, "节日慰问标准", "≤", 300, "元/人次"),
        ("效益指标", "社会效益指标", "困难职工家庭返困率", "≤", pct(0.03), "%"),
        (None, "可持续影响指标", "困难职工动态管理机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "帮扶对象满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant("tz02-relief-money-wrong", (12, 1), "project, OLD-NAT, one value column: 年度资金总额 "
         "≠ 财政拨款 + 其他资金, a 覆盖率 given in 户, a satisfaction rate with =")  # fmt: skip
def tz02() -> Book:
    b, s = book()
    total = mk(wan(85), "B101", "error", note="财政拨款 70 + 其他资金 10 = 80, not 85")
    project_head(s, year=YEAR, name="困难职工医疗和助学救助", dept=DEPT, unit=CENTRE,
                 money=one_year(total, 70, 10),
                 goals=["对患大病困难职工给予医疗救助，对困难职工子女给予助学补助。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "医疗救助困难职工", "≥260人"),
        (None, None, "助学帮扶困难职工子女", "≥180人"),
        (None, "质量指标", "困难职工建档覆盖率",
         mk("1200户", "T105", "error", note="a 覆盖率 given as a count of households")),
        (None, "时效指标", "救助申请审核时限", "≤10个工作日"),
        (None, "成本指标", "医疗救助标准", "≤1500元/人"),
        (None, None, "助学补助标准", "≤2000元/人"),
        ("效益指标", "社会效益指标", "因病致困职工家庭医疗自付比例", "≤30%"),
        ("满意度指标", "服务对象满意度指标", "帮扶对象满意度",
         mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥95% meant")),
    ])  # fmt: skip
    return b


@variant("tz03-relief-department", (12,), "department, NAT-2021: budget with a share row, "
         "key tasks with a 金额合计, cost standards × counts equal to the task money "
         "(correct)")  # fmt: skip
def tz03() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="澄岭县总工会", budget=[
        (wan(1200), wan(1020), wan(180), wan(480), wan(720)),
        (pct(1), pct(0.85), pct(0.15), pct(0.4), pct(0.6)),
    ], tasks=[
        ("困难职工生活救助", "建档困难职工家庭按季发放生活救助", wan(360), "救助1500户"),
        ("困难职工子女助学", "秋季学期一次性发放助学补助", wan(150), "资助750人"),
        ("职工医疗互助", "组织职工参加二次医疗互助保障", wan(210), "参保35000人"),
        ("金额合计", None, wan(720), None),
    ], goal="困难职工家庭应帮尽帮，职工医疗互助覆盖面持续扩大。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "生活救助困难职工家庭", "≥1500户"),
        (None, None, "助学帮扶困难职工子女", "≥750人"),
        (None, None, "职工医疗互助参保人数", "≥35000人"),
        (None, "质量指标", "救助对象认定准确率", "≥98%"),
        (None, "时效指标", "助学补助发放完成时间", "10月31日前"),
        ("成本指标", "经济成本指标", "生活救助标准", "≤2400元/户"),
        (None, None, "助学补助标准", "≤2000元/人"),
        (None, None, "医疗互助人均保障费用", "≤60元/人"),
        ("效益指标", "社会效益指标", "困难职工家庭生活状况", "有效改善"),
        (None, "可持续影响指标", "困难职工帮扶长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "帮扶对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tz04-relief-template", (6, 13), "project, NAT-2021, header 预期目标: a value without "
         "a name, a 社会成本指标 left from the template")  # fmt: skip
def tz04() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="困难劳模春节慰问", dept=DEPT, unit="松梧市劳模协会",
                 money=one_year(20, 20, 0),
                 goals=["春节前走访慰问困难劳模和困难职工家庭，慰问金足额发放到人。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "走访慰问困难劳模", "≥150人"),
        (None, None, mk(None, "F110", "error", note="a value without its indicator name"),
         "≥40户"),
        (None, "质量指标", "慰问金发放到位率", "≥98%"),
        (None, "时效指标", "慰问完成时间", "1月25日前"),
        ("成本指标", "经济成本指标", "劳模慰问标准", "≤1000元/人"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left with no indicator and no value"), None, None),
        ("效益指标", "社会效益指标", "困难劳模生活状况", "有效改善"),
        ("满意度指标", "服务对象满意度指标", "慰问对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tz05-relief-points", (10, 5), "project, NAT-2021, numbered tier labels with a "
         "tier-1 score column and indicator scores (100 both ways), a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def tz05() -> Book:
    b, s = book(widths=(16, 10, 16, 30, 18, 10))
    project_head(s, year=YEAR, name="职工二次医疗互助保障", dept=DEPT, unit=CENTRE,
                 money=one_year(120, 100, 20),
                 goals=["为困难职工代缴医疗互助费用，对大病职工给予二次救助。"])  # fmt: skip
    indicators(s, SCORED, [
        ("一、产出指标", 40, "1.数量指标", "代缴医疗互助费用的困难职工", "≥12000人", 15),
        (None, None, None, "二次救助大病职工", "≥100人", 15),
        (None, None, "2.时效指标", "二次救助审核办结时限", "≤20个工作日", 10),
        ("二、成本指标", 20, "1.经济成本指标", "人均代缴互助费用", "≤60元/人", 10),
        (None, None, None, "二次救助标准", "≤4000元/人", 10),
        ("三、效益指标", 30, "1.社会效益指标", "困难职工医疗互助参保率较上年提高",
         "≥5百分点", 15),
        (None, None, "2.可持续影响指标", "医疗互助保障机制", "持续运行", 15),
        ("四、满意度指标", 10, "1.服务对象满意度指标", "受助职工满意度", "≥90%", 10),
        ("合计", 100, "", None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("tz06-relief-points-wrong", (10, 5), "project, NAT-2021, abbreviated tier labels, "
         "tier-1 score column: 产出 and 效益 declared scores do not match their indicator "
         "scores")  # fmt: skip
def tz06() -> Book:
    b, s = book(widths=(16, 10, 16, 30, 18, 10))
    project_head(s, year=YEAR, name="困难职工技能提升培训", dept=DEPT, unit="松梧市职工培训中心",
                 money=one_year(50, 45, 5),
                 goals=["组织困难职工参加技能培训，帮助其实现稳定就业。"])  # fmt: skip
    indicators(s, SCORED, [
        ("产出", mk(40, "W103", "error", note="indicator scores 15 + 15 + 15 = 45"),
         "数量", "培训困难职工", "≥300人", 15),
        (None, None, "质量", "培训结业率", "≥90%", 15),
        (None, None, "时效", "培训完成时间", "11月30日前", 15),
        ("成本", 10, "经济成本", "人均培训补贴标准", "≤1500元/人", 10),
        ("效益", mk(30, "W103", "error", note="indicator scores 15 + 10 = 25"),
         "社会效益", "培训后实现就业人数", "≥180人", 15),
        (None, None, "可持续影响", "困难职工就业帮扶台账", "动态更新", 10),
        ("满意度", 20, "服务对象满意度", "参训职工满意度", "≥90%", 10),
        (None, None, None, "用工企业满意度", "≥85%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
