"""优抚对象抚恤补助, 义务兵家庭优待金 and 残疾军人伤残抚恤: standards per person a year by grade,
stacked projects, department tables as a flat list and with a direction column, a two-year
project with operators in words (qc13–qc18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout227.common import (
    ONE,
    OPS,
    TWO,
    basis,
    book,
    indicators,
    notes,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout227.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, pct


@variant("qc13-veterans-pension-grades", (11, 12, 1), "one-year project, OLD-NAT (成本指标 "
         "under 产出), one value column and 备注, standards in 元 and 万元 per person a year by "
         "disability grade, a 测算依据 block of six lines (correct)")  # fmt: skip
def qc13() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 18, 18, 24))
    project_head(
        s, year=2026, name="优抚对象抚恤和生活补助", dept="临江县退役军人事务局（508）",
        unit="临江县退役军人事务局", money=one_year_money(wan(1051.28), wan(1051.28), wan(0)),
        goals=["2026年按时足额发放691名优抚对象的定期抚恤金和定期生活补助，残疾军人伤残抚恤"
               "按等级分档发放，做到应发尽发、不错发不漏发。"], attr="常年项目",
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "享受定期抚恤补助优抚对象人数", "≥691人", "六类对象合计"),
        (None, None, "残疾军人伤残抚恤人数", "≥158人", "一至四级18人、五至十级140人"),
        (None, None, "参战退役人员生活补助人数", "≥410人", None),
        (None, "质量指标", "抚恤补助金发放差错率", "≤0.2%", None),
        (None, None, "优抚对象信息核查准确率", "≥99%", None),
        (None, "时效指标", "抚恤补助金按季度发放及时率", pct(1), "每季度首月发放"),
        (None, "成本指标", "烈士遗属定期抚恤金标准", "≤3万元/人·年", None),
        (None, None, "一级至四级残疾军人伤残抚恤金标准", "≤7.5万元/人·年", "按等级分档"),
        (None, None, "五级至十级残疾军人伤残抚恤金标准", "≤2.8万元/人·年", None),
        (None, None, "参战退役人员生活补助标准", "≤8400元/人·年", None),
        ("效益指标", "社会效益指标", "优抚对象抚恤补助应发尽发率", "100%", None),
        (None, None, "抚恤金冒领发生率", "≤0.1%", "死亡未报停等情形"),
        (None, "可持续影响指标", "优抚对象动态管理长效机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥95%", None),
    ])  # fmt: skip
    basis(s, [
        (1, "在乡老复员军人定期定量补助", "18600元/人·年×12人", money(22.32)),
        (2, "带病回乡退伍军人生活补助", "9600元/人·年×86人", money(82.56)),
        (3, "参战退役人员生活补助", "8400元/人·年×410人", money(344.40)),
        (4, "烈士遗属定期抚恤金", "30000元/人·年×25人", money(75.00)),
        (5, "一级至四级残疾军人伤残抚恤", "75000元/人·年×18人", money(135.00)),
        (6, "五级至十级残疾军人伤残抚恤", "28000元/人·年×140人", money(392.00)),
    ], money(1051.28))  # fmt: skip
    sign(s, "覃卫东", "梁秀芬", "0736-5903128")
    return b


def _families(s: Sheet) -> None:
    project_head(
        s, year=2026, name="义务兵家庭优待金", dept="云台区退役军人事务局（612）",
        unit="云台区退役军人事务局", money=one_year_money(wan(1008.00), wan(1008.00), wan(0)),
        title="云台区退役军人事务局2026年度项目支出绩效目标表",
        goals=["2026年为420户义务兵家庭按每户每年24000元标准发放优待金。"],
    )  # fmt: skip
    late = mk("≤95%", "T108", "warning", row=True, note="a 及时率 is 正向: ≥95% meant")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "义务兵家庭优待金发放户数", "≥420户"),
        (None, "质量指标", "资金发放差错率", "≤0.5%"),
        (None, "时效指标", "优待金发放及时率", late),
        ("成本指标", "经济成本指标", "义务兵家庭优待金标准", "≤24000元/户·年"),
        ("效益指标", "社会效益指标", "义务兵家庭优待政策落实率", "100%"),
        ("满意度指标", "服务对象满意度指标", "义务兵家庭满意度", "≥95%"),
    ])  # fmt: skip


def _hardship(s: Sheet) -> None:
    total = mk(wan(96.00), "B101", "error", row=True, note="80.00 + 10.00 = 90.00")
    project_head(
        s, year=2026, name="困难退役军人帮扶援助", dept="云台区退役军人事务局（612）",
        unit="云台区退役军人服务中心", money=one_year_money(total, wan(80.00), wan(10.00)),
        title="", goals=["2026年对生活困难的退役军人开展帮扶援助不少于300人次。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "困难退役军人帮扶援助人次", "≥300人次"),
        (None, "质量指标", "资金发放差错率", "≤1%"),
        (None, "时效指标", "帮扶申请办理时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "人均帮扶援助金额", "≤3000元/人次"),
        ("效益指标", "社会效益指标", "困难退役军人基本生活保障率", "100%"),
        ("满意度指标", "服务对象满意度指标", "帮扶对象满意度", "≥90%"),
    ])  # fmt: skip


@variant("qc14-stacked-veterans-defects", (2, 11, 12), "two one-year projects stacked, "
         "NAT-2021, one value column: a 及时率 with ≤ in the first, the second's 年度资金总额 ≠ "
         "财政拨款 + 其他资金")  # fmt: skip
def qc14() -> Book:
    b, s = book("项目绩效目标")
    _families(s)
    s.skip()
    _hardship(s)
    sign(s, "简永康", "施若楠", "0736-7142859")
    return b


@variant("qc15-veterans-flat-list", (3, 11, 12, 4), "department, flat list (序号 · 指标名称 · "
         "权重 · 计量单位 · 指标方向 · 指标值), tasks adding to 项目支出, 反向 indicators with ≤, "
         "weights adding to 100, a footnote (correct)")  # fmt: skip
def qc15() -> Book:
    b, s = book("Sheet1", (16, 30, 16, 16, 18, 14))
    department_head(
        s, year=2026, dept="云台区退役军人事务局", goal="做好优抚对象抚恤补助、义务兵家庭优待和"
        "困难退役军人帮扶，抚恤优待资金按时足额发放。",
        budget=[(wan(4260.50), wan(4180.50), wan(80.00), wan(520.50), wan(3740.00))],
        tasks=[("优抚对象抚恤补助", "定期抚恤金和生活补助", wan(2160.00), "应发尽发"),
               ("义务兵家庭优待金", "24000元/户·年×420户", wan(1008.00), "按时足额发放"),
               ("困难退役军人帮扶", "生活困难帮扶援助", wan(90.00), "应帮尽帮"),
               ("烈士纪念设施管护", "零散烈士墓维护", wan(482.00), "管护到位"),
               ("金额合计", None, wan(3740.00), None)],
    )  # fmt: skip
    s.row("序号", "指标名称", "权重", "计量单位", "指标方向", "指标值")
    s.table([
        (1, "享受定期抚恤补助优抚对象人数", 15, "人", "正向", "≥1250"),
        (2, "义务兵家庭优待金发放户数", 10, "户", "正向", "≥420"),
        (3, "抚恤补助金发放差错率", 10, "%", "反向", "≤0.2"),
        (4, "抚恤金冒领发生率", 10, "%", "反向", "≤0.1"),
        (5, "优待金发放及时率", 10, "%", "正向", "≥98"),
        (6, "困难退役军人帮扶申请办理时限", 10, "个工作日", "反向", "≤10"),
        (7, "人均帮扶援助金额", 10, "元/人次", "反向", "≤3000"),
        (8, "烈士纪念设施日常管护覆盖率", 10, "%", "正向", "100"),
        (9, "优抚对象满意度", 15, "%", "正向", "≥95"),
    ])  # fmt: skip
    notes(s, "注：本表指标值均为年度目标，权重合计100。")
    sign(s, "简永康", "施若楠", "0736-7142859")
    return b


@variant("qc16-veterans-department-split", (9, 11, 12), "department, NAT-2021, 指标方向 "
         "column: 财政拨款 typed as text split by a space, a 差错率 declared 反向 "
         "with ≥")  # fmt: skip
def qc16() -> Book:
    b, s = book("Sheet1")
    split = mk("3 412.60", "X105", "warning", alt=("X103",), note="read as 3412.60")
    department_head(
        s, year=2026, dept="松岗县退役军人事务局", goal="抚恤补助和优待金按时足额发放，优抚"
        "对象信息准确，困难退役军人及时得到帮扶。",
        budget=[(wan(3492.60), split, wan(80.00), wan(486.60), wan(3006.00))],
        tasks=[("优抚对象抚恤补助", "定期抚恤金和生活补助", wan(1860.00), "应发尽发"),
               ("义务兵家庭优待金", "24000元/户·年×360户", wan(864.00), "按时足额发放"),
               ("困难退役军人帮扶", "生活困难帮扶援助", wan(150.00), "应帮尽帮"),
               ("光荣牌悬挂和走访慰问", "节日走访慰问", wan(132.00), "全覆盖"),
               ("金额合计", None, wan(3006.00), None)],
    )  # fmt: skip
    wrong = mk("≥0.5%", "T108", "warning", row=True, note="a 差错率 declared 反向 takes ≤")
    indicators(s, (*ONE, "指标方向"), [
        ("产出指标", "数量指标", "享受定期抚恤补助优抚对象人数", "≥1080人", "正向"),
        (None, None, "义务兵家庭优待金发放户数", "≥360户", "正向"),
        (None, "质量指标", "优抚对象信息差错率", wrong, "反向"),
        (None, "时效指标", "抚恤补助金按季度发放及时率", "≥98%", "正向"),
        ("成本指标", "经济成本指标", "义务兵家庭优待金标准", "≤24000元/户·年", "反向"),
        ("效益指标", "社会效益指标", "优抚政策落实率", "100%", "正向"),
        (None, None, "抚恤金冒领金额下降率", "≥10%", "正向"),
        (None, "可持续影响指标", "优抚对象信息动态更新机制", "健全", "定性"),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥95%", "正向"),
    ])  # fmt: skip
    sign(s, "蒙志刚", "谭雪", "0736-3357920")
    return b


@variant("qc17-veterans-medical-two-years", (8, 11, 12), "two-year project, NAT-2021, 中期 and "
         "年度 columns with operators in words (不少于, 以内, 不超过, 不高于) and 备注: a 年均 "
         "count equal in both columns, a 发生率 with 不高于 (correct)")  # fmt: skip
def qc17() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="重点优抚对象医疗补助和短期疗养", unit="临江县退役军人事务局",
        dept="临江县退役军人事务局（508）",
        money=period_money((wan(820.00), wan(790.00), wan(30.00)),
                           (wan(410.00), wan(395.00), wan(15.00))),
        goals=["2026—2027年每年为不少于1300名重点优抚对象提供医疗补助，两年组织短期疗养240"
               "人次，优抚对象医疗保障水平有所提升。",
               "2026年为不少于1300名重点优抚对象发放医疗补助，组织短期疗养120人次，医疗补助"
               "资金发放差错率控制在0.3%以内。"],
    )  # fmt: skip
    indicators(s, (*TWO, "备注"), [
        ("产出指标", "数量指标", "年均享受医疗补助重点优抚对象人数", "不少于1300人",
         "不少于1300人", "年均人数"),
        (None, None, "组织重点优抚对象短期疗养人次", "不少于240人次", "不少于120人次", None),
        (None, "质量指标", "医疗补助资金发放差错率", "0.3%以内", "0.3%以内", None),
        (None, "时效指标", "医疗费用补助审核时限", "10个工作日以内", "10个工作日以内", None),
        ("成本指标", "经济成本指标", "人均医疗补助标准", "不超过3000元/人·年",
         "不超过3000元/人·年", None),
        (None, None, "人均短期疗养费用", "不超过1500元/人次", "不超过1500元/人次", None),
        ("效益指标", "社会效益指标", "重点优抚对象医疗保障水平", "有所提升", "有所提升", None),
        (None, None, "优抚对象因病致贫返贫发生率", "不高于1%", "不高于1%", "反向指标"),
        (None, "可持续影响指标", "优抚医疗补助“一站式”结算机制", "建立并执行", "建立并执行",
         None),
        ("满意度指标", "服务对象满意度指标", "重点优抚对象满意度", "不低于95%", "不低于95%",
         None),
    ])  # fmt: skip
    sign(s, "覃卫东", "梁秀芬", "0736-5903128")
    return b


@variant("qc18-disabled-veterans-words", (11, 12), "one-year project, NAT-2021, operator "
         "column in words and unit column: a 冒领率 with 大于等于, a 清算 deadline in the next "
         "year")  # fmt: skip
def qc18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="残疾军人伤残抚恤金", dept="望川市退役军人事务局（301）",
        unit="望川市退役军人事务局", money=one_year_money(wan(716.40), wan(716.40), wan(0)),
        goals=["2026年按等级为300名残疾军人按时足额发放伤残抚恤金，并完成年度清算。"],
    )  # fmt: skip
    ge = mk("大于等于", "T108", "warning", row=True, note="a 冒领率 is 反向: 小于等于 meant")
    late = mk("2027年1月31日前", "Y102", "error", note="a one-year 2026 project")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "残疾军人伤残抚恤发放人数", "大于等于", 300, "人"),
        (None, None, "一至四级残疾军人抚恤发放人数", "大于等于", 20, "人"),
        (None, None, "五至六级残疾军人抚恤发放人数", "大于等于", 60, "人"),
        (None, None, "七至十级残疾军人抚恤发放人数", "大于等于", 220, "人"),
        (None, "质量指标", "伤残抚恤金发放准确率", "大于等于", 99.5, "%"),
        (None, None, "伤残抚恤金冒领率", ge, 0.1, "%"),
        (None, "时效指标", "年度抚恤金清算完成时间", None, late, None),
        ("成本指标", "经济成本指标", "一至四级伤残抚恤标准", "小于等于", 72000, "元/人·年"),
        (None, None, "五至六级伤残抚恤标准", "小于等于", 36000, "元/人·年"),
        (None, None, "七至十级伤残抚恤标准", "小于等于", 16200, "元/人·年"),
        ("效益指标", "社会效益指标", "伤残抚恤应发尽发率", "等于", 100, "%"),
        (None, "可持续影响指标", "伤残抚恤关系动态管理机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "残疾军人满意度", "大于等于", 95, "%"),
    ])  # fmt: skip
    sign(s, "闭振宇", "卢婉清", "0736-2284613")
    return b
