"""Returns gq13–gq18: departments serving both trades (flat lists, key tasks, page breaks),
stacked insurance subsidies and a two-year emu farm-to-cutting project."""

from __future__ import annotations

from tests.variants.holdout657.common import (
    HEAD4,
    book,
    budget,
    department_head,
    funds,
    funds2,
    indicators,
    notes,
    project_head,
    sign,
    wan,
)
from tests.variants.holdout657.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("gq13-department-flat-weights", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), percent cells typed in Excel, weights adding to 100, a 0起 incident count "
         "(correct)")  # fmt: skip
def gq13() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="梓川市特种禽类产业发展服务中心",
                    budget=[budget(320, 280, 40, 190, 130)],
                    goal="服务全市火鸡、鸸鹋养殖场户和屠宰分割企业，全年开展技术指导60场，"
                         "监督检查屠宰分割企业48次，守住不发生重大动物疫情的底线。")  # fmt: skip
    s.row("绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("火鸡、鸸鹋养殖技术指导场次", 20, "场", "≥", 60),
        ("养殖场户技术服务覆盖率", 15, "%", "≥", pct(0.85)),
        ("特种禽类重点疫病免疫密度", 15, "%", "≥", pct(0.95)),
        ("新发重大动物疫情", 10, "起", "=", 0),
        ("屠宰分割企业监督检查次数", 15, "次", "≥", 48),
        ("养殖场户满意度", 15, "%", "≥", pct(0.9)),
        ("技术服务投诉率", 10, "%", "≤", pct(0.02)),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant("gq14-department-tasks-money", (12,),
         "department, NAT-2021, key tasks: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to "
         "金额合计, an inspection count below the goal's")  # fmt: skip
def gq14() -> Book:
    b, s = book()
    total = mk(wan(260), "B101", "error", note="230 + 30 = 260，但 150 + 100 = 250")
    department_head(s, year=2025, dept="浔石县畜禽定点屠宰管理站",
                    budget=[[total, wan(230), wan(30), wan(150), wan(100)]],
                    tasks=[
                        ("火鸡屠宰检疫监管", "对定点屠宰厂实施驻场检疫", wan(40),
                         "火鸡屠宰检疫9万只"),
                        ("鸸鹋屠宰分割监管", "对鸸鹋屠宰分割全程监督", wan(35),
                         "鸸鹋屠宰检疫3万只"),
                        ("屠宰废弃物无害化处理", "病害胴体及废弃物收集处理", wan(20),
                         "无害化处理率100%"),
                        ("金额合计", None,
                         mk(wan(100), "B102", "error", note="40 + 35 + 20 = 95，不是100"),
                         None),
                    ],
                    goal="全年完成火鸡、鸸鹋屠宰检疫12万只，病害畜禽无害化处理率"
                         "100%。")  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "单只屠宰检疫成本", "≤3元/只"),
        ("产出指标", "数量指标", "火鸡、鸸鹋屠宰检疫数量",
         mk("≥10万只", "D104", "warning", note="年度总体目标和任务写12万只")),
        (None, None, "驻场监督检查次数", "≥240次"),
        (None, "质量指标", "检疫出证规范率", "≥99%"),
        (None, "时效指标", "检疫证明出具时限", "≤2小时"),
        ("效益指标", "社会效益指标", "病害畜禽无害化处理率", "=100%"),
        (None, "生态效益指标", "屠宰废水达标排放率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "定点屠宰企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gq15-insurance-stacked-two", (2,),
         "two projects stacked in one sheet (turkey and emu premiums), OLD-NAT, one value "
         "column, the same indicator names with different values (correct)")  # fmt: skip
def gq15() -> Book:
    b, s = book()
    project_head(s, year=2026, name="北垣区火鸡养殖保险保费补贴项目",
                 dept="北垣区农业农村和水务局（106004）", unit="北垣区农业保险服务站",
                 attr="常年项目", money=funds(48, 40, 8),
                 goals=["为火鸡养殖户投保2.4万只，保费补贴每只不超过15元。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "参保火鸡数量", "≥2.4万只"),
        (None, "质量指标", "参保养殖户信息核实准确率", "≥98%"),
        (None, "时效指标", "保费补贴拨付时间", "2026年6月30日前"),
        (None, "成本指标", "保费补贴标准", "≤15元/只"),
        ("效益指标", "社会效益指标", "火鸡养殖户参保覆盖率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, title="", name="北垣区鸸鹋养殖保险保费补贴项目",
                 dept="北垣区农业农村和水务局（106004）", unit="北垣区农业保险服务站",
                 attr="常年项目", money=funds(30, 25, 5),
                 goals=["为鸸鹋养殖户投保1500只，保费补贴每只不超过120元。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "参保鸸鹋数量", "≥1500只"),
        (None, "质量指标", "参保养殖户信息核实准确率", "≥95%"),
        (None, "时效指标", "保费补贴拨付时间", "2026年9月30日前"),
        (None, "成本指标", "保费补贴标准", "≤120元/只"),
        ("效益指标", "社会效益指标", "鸸鹋养殖户参保覆盖率", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("gq16-department-flat-period", (3, 8),
         "department, flat list with 实施周期 and 年度 value columns and a unit column: a year's "
         "count above the period's, a year's deadline left from last season")  # fmt: skip
def gq16() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="枫泽县特种养殖与屠宰产业服务站",
                    budget=[budget(210, 180, 30, 130, 80)],
                    goal="2025—2027年创建火鸡、鸸鹋标准化养殖场9个，培训养殖户900人次，"
                         "推动屠宰企业通过危害分析与关键控制点认证3家。")  # fmt: skip
    s.row("实施周期", "2025年—2027年", merge=[(2, 6)])
    s.row("指标名称", "计量单位", "实施周期指标值", "年度指标值")
    s.table([
        ("火鸡、鸸鹋标准化养殖场创建数", "个", "≥9", "≥3"),
        ("养殖技术培训人次", "人次", "≥900",
         mk("≥1200", "D201", "error", alt=("D104",), note="一年的培训人次超过三年合计")),
        ("屠宰企业关键控制点认证数", "家", "≥3", "≥1"),
        ("产品质量安全抽检合格率", "%", "≥98", "≥98"),
        ("养殖场粪污设施配套完成时间", None, "2027年12月底前",
         mk("2024年12月底前", "Y102", "error", alt=("Y103",),
            note="2025年度的期限写成2024年，是上一年的残留")),
        ("服务对象满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    return b


@variant("gq17-department-page-break", (4, 10),
         "department 2026, NAT-2021, weight column: header repeated after a page break, "
         "subtotal and total rows, a 0起 incident count, rates lowered or raised in 百分点 "
         "(correct)")  # fmt: skip
def gq17() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="梓川市动物疫病预防控制中心",
                    budget=[budget(480, 420, 60, 300, 180)],
                    goal="完成全市火鸡禽流感免疫60万羽、鸸鹋新城疫免疫8000只，春秋两季集中"
                         "免疫于11月底前完成，全年不发生区域性重大动物疫情。")  # fmt: skip
    s.row("单位编码：301027", None, None, None, "单位：万元")
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "强制免疫疫苗采购单价", "≤0.8元/羽份", 10),
        (None, None, "疫病监测采样单份成本", "≤25元/份", 10),
        ("产出指标", "数量指标", "火鸡禽流感免疫数量", "≥60万羽", 10),
        (None, None, "鸸鹋新城疫免疫数量", "≥8000只", 10),
        (None, "质量指标", "免疫抗体合格率", "≥70%", 10),
        (None, "时效指标", "春秋两季集中免疫完成时间", "2026年11月30日前", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 60)
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "区域性重大动物疫情发生数", "=0起", 10),
        (None, None, "屠宰环节病原检出阳性率降低", "≥1百分点", 10),
        (None, "可持续影响指标", "疫病监测信息化覆盖率提高", "≥5百分点", 10),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 40)
    s.row("合计", None, None, None, 100)
    sign(s, "陆启澄", "0871-5530276", day(2025, 12, 8, CN_DATE))
    return b


@variant("gq18-emu-two-column-sets", (8, 12),
         "two-year project, NAT-2021, two complete column sets (中期, then 年度): 年度资金 above "
         "中期资金, a year left from last season in 年度目标")  # fmt: skip
def gq18() -> Book:
    b, s = book()
    annual = mk(wan(320), "B103", "error", note="年度资金320万元大于两年总额300万元")
    project_head(s, year=2025, years=2, name="梓川市鸸鹋养殖与屠宰分割一体化示范项目",
                 dept="梓川市农业农村局（301012）", unit="梓川市特种经济动物研究所",
                 attr="新增项目", money=funds2((300, 250, 50), (annual, 270, 50)),
                 goals=["两年建成鸸鹋标准化养殖示范场2个、屠宰分割示范线1条，累计出栏分割"
                        "鸸鹋2000只。",
                        mk("2024年建成养殖示范场1个，出栏分割鸸鹋800只。", "Y103", "warning",
                           alt=("Y101",), note="2025—2026年项目的年度目标写2024年")])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "二级指标", "三级指标", "年度指标值")
    t1, t2, t3 = "数量指标", "质量指标", "时效指标"
    indicators(s, head, [
        ("成本指标", "经济成本指标", "示范场单场建设成本", "≤80万元/场", "经济成本指标",
         "示范场单场建设成本", "≤80万元/场"),
        ("产出指标", t1, "标准化养殖示范场建设数量", "≥2个", t1, "标准化养殖示范场建设数量",
         "≥1个"),
        (None, None, "分割鸸鹋出栏数量", "≥2000只", None, "分割鸸鹋出栏数量", "≥800只"),
        (None, t2, "分割肉抽检合格率", "≥98%", t2, "分割肉抽检合格率", "≥98%"),
        (None, t3, "屠宰分割示范线建成时间", "2026年9月底前", t3, "养殖示范场建成时间",
         "2025年11月底前"),
        ("效益指标", "经济效益指标", "示范户户均增收", "≥1.5万元", "经济效益指标",
         "示范户户均增收", "≥0.6万元"),
        (None, "社会效益指标", "带动养殖户数", "≥60户", "社会效益指标", "带动养殖户数", "≥25户"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "服务对象满意度指标",
         "示范户满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    notes(s, ["注：中期指标值为2025—2026年累计值。"], 7)
    return b
