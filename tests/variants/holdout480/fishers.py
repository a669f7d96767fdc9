"""Returns zv07–zv12: the fishers who farm under the panels (department forms, flat lists,
stacked projects)."""

from __future__ import annotations

from tests.variants.holdout480.common import (
    IND,
    book,
    department,
    indicators,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout480.registry import variant
from tests.variants.kit import Book, mk, pct

GOAL = "服务光伏板下养殖渔民，开展技术培训、收益分红和尾水治理，保障渔光互补养殖稳定增收。"


@variant("zv07-department-tasks", (12, 7), "department, NAT-2021, budget with 基本/项目支出, "
         "three key tasks adding to 金额合计 = 项目支出, header 绩效目标值 (correct)")  # fmt: skip
def department_tasks() -> Book:
    b, s = book()
    tasks = [
        ("渔民养殖技术培训", "板下养殖技术培训", wan(180), "培训渔民600人次"),
        ("光伏收益分红补助", "按塘口面积分红", wan(600), "分红按季度足额发放"),
        ("塘口尾水治理", "建设尾水净化池", wan(360), "尾水达标排放"),
        ("金额合计", None, wan(1140), None),
    ]
    department(s, (wan(1520), wan(1100), wan(420), wan(380), wan(1140)), GOAL, tasks)
    s.row(*IND[:3], "绩效目标值")
    indicators(s, [
        ("产出指标", "数量指标", "渔民养殖技术培训人次", "≥600人次"),
        (None, "质量指标", "培训考核合格率", pct(0.9)),
        (None, "时效指标", "分红资金按季发放及时率", "=100%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤0.3万元/人次"),
        ("效益指标", "社会效益指标", "板下养殖安全生产事故", "0起"),
        (None, "生态效益指标", "塘口尾水达标排放率", "≥95%"),
        (None, "可持续影响指标", "光伏收益分红机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "岑晓渔", "0736-5821704")
    return b


@variant("zv08-department-sums-wrong", (12, 1), "department, NAT-2021: 基本支出 + 项目支出 short "
         "of 资金总额, tasks short of 金额合计, a 持证率 given as a head count")  # fmt: skip
def department_sums_wrong() -> Book:
    b, s = book()
    tasks = [
        ("渔民持证培训", "组织板下养殖渔民持证培训", wan(200), "培训渔民300人"),
        ("渔具更新补助", "更换适配光伏桩基的网具", wan(450), "网具更新到位"),
        ("病害防控服务", "塘口病害巡检和防治", wan(220), "病害及时处置"),
        ("金额合计", None, mk(wan(900), "B102", "error", note="200 + 450 + 220 = 870"), None),
    ]
    total = mk(wan(1300), "B101", "error", note="基本支出 350 + 项目支出 900 = 1250")
    department(s, (total, wan(900), wan(400), wan(350), wan(900)), GOAL, tasks)
    s.row(*IND)
    count = mk("≥300人", "T105", "error", note="持证率 given as a head count")
    indicators(s, [
        ("产出指标", "数量指标", "渔具更新补助户数", "≥150户"),
        (None, "质量指标", "培训渔民持证率", count),
        (None, "时效指标", "病害处置响应时间", "≤48小时"),
        ("成本指标", "经济成本指标", "户均渔具更新补助", "≤3万元/户"),
        ("效益指标", "社会效益指标", "塘口病害死亡率", "≤5%"),
        (None, "可持续影响指标", "病害巡检服务机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("zv09-flat-weights", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percent, "
         "weights adding to 100 (correct)")  # fmt: skip
def flat_weights() -> Book:
    b, s = book()
    department(s, (wan(960), wan(800), wan(160), wan(300), wan(660)), GOAL)
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("板下养殖技术培训人次", 20, "人次", "≥", 800),
        ("渔户光伏收益分红户数", 15, "户", "≥", 320),
        ("养殖尾水达标率", 15, "%", "≥", pct(0.95)),
        ("塘口病害发生率", 15, "%", "≤", 5),
        ("化学需氧量排放下降率", 15, "%", "≥", 8),
        ("渔户满意度", 20, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("zv10-flat-defects", (3, 11), "department, flat list (指标名称 · 指标值 · 指标方向 · "
         "计量单位 · 权重): an amount against a 户 unit, "
         "a 反向 rate with ≥, weights add to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = book()
    department(s, (wan(720), wan(600), wan(120), wan(260), wan(460)), GOAL)
    s.row("指标名称", "指标值", "指标方向", "计量单位", "权重")
    unit = mk(
        "≥12万元", "T112", "error", alt=("T119",), note="万元 in the value, 户 in the unit column"
    )
    death = mk("≥3%", "T108", "warning", row=True, note="死亡率 is 反向 but has ≥")
    s.table([
        ("渔户光伏收益分红户数", unit, "正向", "户", 20),
        ("板下养殖技术指导次数", "≥24次", "正向", "次", 15),
        ("塘口鱼病死亡率", death, "反向", "%", 15),
        ("养殖尾水达标率", "≥95%", "正向", "%", 15),
        ("病害处置响应时间", "≤48小时", "反向", "小时", 10),
        ("渔户满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+15+10+20 = 95, not 100")
    return b


@variant("zv11-stacked-two", (2,), "two projects stacked in one sheet, OLD-NAT, one value column, "
         "the same satisfaction indicator with different targets (correct)")  # fmt: skip
def stacked_two() -> Book:
    b, s = book()
    project(s, "光伏区塘口底泥清理项目", "澄湾县蒲荡乡人民政府",
            one_year(wan(300), wan(240), wan(60)), ["清理光伏区塘口底泥1500亩。"])  # fmt: skip
    s.row(*IND)
    indicators(s, [
        ("产出指标", "数量指标", "塘口底泥清理面积", "≥1500亩"),
        (None, "质量指标", "清淤验收合格率", "≥95%"),
        (None, "时效指标", "清淤完成时间", "2025年3月31日前"),
        (None, "成本指标", "每亩清淤成本", "≤0.2万元/亩"),
        ("效益指标", "生态效益指标", "塘口水质达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "板下养殖渔民生产补贴项目", "澄湾县蒲荡乡人民政府",
            one_year(wan(480), wan(400), wan(80)), ["补贴板下养殖渔户400户。"],
            title="")  # fmt: skip
    s.row(*IND)
    indicators(s, [
        ("产出指标", "数量指标", "补贴渔户户数", "≥400户"),
        (None, "质量指标", "补贴资金发放准确率", "≥98%"),
        (None, "时效指标", "补贴发放完成时间", "2025年6月30日前"),
        (None, "成本指标", "户均补贴标准", "≤1万元/户"),
        ("效益指标", "经济效益指标", "渔户户均增收", "≥0.5万元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("zv12-stacked-defects", (2, 12), "two projects stacked, OLD-NAT, one value column: the "
         "second project's money does not add up and its 完成率 is a count of nets")  # fmt: skip
def stacked_defects() -> Book:
    b, s = book()
    project(s, "光伏桩基防护网设置项目", "澄湾县苇荡镇人民政府",
            one_year(wan(210), wan(180), wan(30)), ["在光伏桩基周边设置防护网。"])  # fmt: skip
    s.row(*IND)
    indicators(s, [
        ("产出指标", "数量指标", "防护网设置长度", "≥35公里"),
        (None, "质量指标", "防护网验收合格率", "≥95%"),
        (None, "成本指标", "每公里防护网成本", "≤6万元/公里"),
        ("效益指标", "社会效益指标", "桩基碰撞渔船事故", "≤1起"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(560), "B101", "error", note="财政拨款 420 + 其他资金 100 = 520")
    project(s, "板下养殖渔网更换补助项目", "澄湾县苇荡镇人民政府",
            one_year(total, wan(420), wan(100)), ["补助渔户更换适配桩基的渔网。"],
            title="")  # fmt: skip
    s.row(*IND)
    nets = mk("≥300张", "T105", "error", note="完成率 given as a count of nets")
    indicators(s, [
        ("产出指标", "数量指标", "补助渔户户数", "≥260户"),
        (None, "质量指标", "渔网更换完成率", nets),
        (None, "时效指标", "补助发放完成时间", "2025年8月31日前"),
        (None, "成本指标", "户均渔网补助", "≤2万元/户"),
        ("效益指标", "经济效益指标", "渔网损耗减少率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥90%"),
    ])  # fmt: skip
    return b
