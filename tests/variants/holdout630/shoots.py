"""冬笋 (winter bamboo shoot) returns: stand tending, digging, grading and cold chain
(fp07–fp12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout630.common import BAMBOO, FORESTRY, YEAR, book, funds, indicators, notes
from tests.variants.holdout630.common import sign as signature
from tests.variants.holdout630.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

TASKS = ("冬笋竹林抚育", "劈山除草、钩梢、施有机肥")


@variant("fp07-shoot-department", (11, 12), "department, NAT-2021, header 绩效目标值, budget and "
         "tasks adding up, a 下降率 with ≥, 0起 on a fire count, a typed percent "
         "(correct)")  # fmt: skip
def fp07() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=BAMBOO, budget=[[260, 230, 30, 110, 150]], tasks=[
        (*TASKS, 80, "抚育冬笋竹林4000亩"),
        ("冬笋采挖技术推广", "护鞭采挖培训与示范", 30, "培训竹农300人次"),
        ("竹林防火与病虫防治", "笋期巡护、竹蝗防治", 40, "笋期竹林无火灾"),
        ("金额合计", None, 150, None),
    ], goal="抚育冬笋竹林4000亩，推广护鞭采挖技术，笋期竹林不发生森林火灾，"
            "竹农冬笋收入稳定增长。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "冬笋竹林抚育面积", "≥4000亩"),
        (None, None, "竹农护鞭采挖培训", "≥300人次"),
        (None, "质量指标", "冬笋商品率", pct(0.8)),
        (None, "时效指标", "抚育作业完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "竹林抚育单位成本", "≤200元/亩"),
        ("效益指标", "社会效益指标", "笋期森林火灾发生次数", "0起"),
        (None, "生态效益指标", "竹林病虫危害面积下降率", "≥10%"),
        (None, "经济效益指标", "竹农冬笋户均收入", "≥6000元"),
        ("满意度指标", "服务对象满意度指标", "竹农满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "庹明川", "0839-6230417", day(2024, 11, 20))
    return b


@variant("fp08-shoot-department-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 short "
         "of 资金总额, tasks short of 金额合计, the goal's tended area against the "
         "indicator")  # fmt: skip
def fp08() -> Book:
    b, s = book()
    total = mk(520, "B101", "error", row=True, note="基本支出300 + 项目支出200 = 500 ≠ 520")
    department_head(s, year=YEAR, dept=BAMBOO, budget=[[total, 480, 40, 300, 200]], tasks=[
        (*TASKS, 90, "抚育冬笋竹林5000亩"),
        ("笋用林低产改造", "稀疏林分补植、竹鞭更新", 70, "改造低产笋用林800亩"),
        ("冬笋产销对接", "产地收购点与电商对接", 30, "对接采购商10家"),
        ("金额合计", None, mk(200, "B102", "error", alt=("B101",),
                             note="90 + 70 + 30 = 190 ≠ 200"), None),
    ], goal="抚育冬笋竹林5000亩，改造低产笋用林800亩，对接采购商10家，"
            "提高冬笋产量和收益。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "冬笋竹林抚育面积",
         mk("≥3000亩", "D104", "warning", row=True,
            note="年度总体目标和任务都写抚育5000亩，指标只有3000亩")),
        (None, None, "低产笋用林改造面积", "≥800亩"),
        (None, None, "对接冬笋采购商", "≥10家"),
        (None, "质量指标", "改造林分竹鞭成活率", "≥85%"),
        (None, "时效指标", "改造完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "竹林抚育单位成本", "≤180元/亩"),
        ("效益指标", "经济效益指标", "冬笋亩均产量", "≥150公斤"),
        ("满意度指标", "服务对象满意度指标", "竹农满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "庹明川", "0839-6230417", day(2024, 11, 20))
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("fp09-shoot-flat", (1, 3, 10), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percents, a rise in 百分点, weights add to 100 "
         "(correct)")  # fmt: skip
def fp09() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="雾松县椿坪镇竹笋专业合作联社",
                    budget=[[120, 100, 20, 35, 85]],
                    goal="组织社员采挖、分级销售冬笋1200吨，抚育笋用林3500亩，"
                         "提高优质笋比例。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("冬笋采挖量", 20, "吨", "≥", 1200),
        ("笋用林抚育面积", 15, "亩", "≥", 3500),
        ("冬笋商品率", 15, "%", "≥", pct(0.8)),
        ("优质冬笋比例比上年提高", 10, "百分点", "≥", 3),
        ("竹林病虫害发生率", 10, "%", "≤", pct(0.05)),
        ("社员人均冬笋收入", 10, "元", "≥", 4500),
        ("社员满意度", 20, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    signature(s, "龚兰芝", "0839-6235102", day(2024, 12, 2))
    return b


@variant("fp10-shoot-flat-wrong", (3,), "department, flat list (指标名称 · 指标值 · 计量单位 · "
         "权重): the same purchase volume twice with two values, last year's training "
         "line")  # fmt: skip
def fp10() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="雾松县冬笋产销服务站", budget=[[90, 80, 10, 30, 60]],
                    goal="收购竹农冬笋800吨，培训竹农200人次，稳定冬笋收购价格。")  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("冬笋收购量", "≥800", "吨", 20),
        ("冬笋收购数量", mk("≥600", "D102", "error", row=True, alt=("D103", "D101"),
                          note="同一指标多一个字，指标值不同（800吨 / 600吨）"), "吨", 15),
        (mk("2024年竹农技术培训人次", "Y103", "warning", row=True, alt=("Y101",),
            note="2025年的表里留着2024年的指标名"), "≥200", "人次", 15),
        ("收购点冷藏保鲜率", "≥95", "%", 15),
        ("收购款支付及时率", "≥98", "%", 15),
        ("竹农满意度", "≥90", "%", 20),
    ])  # fmt: skip
    notes(s, "说明：权重合计100分；收购量以收购点过磅单为准。", width=4)
    signature(s, "龚兰芝", "0839-6235102", day(2024, 12, 2))
    return b


EXPORT = "部门项目支出绩效目标05-2"
CODES = ("317005", "317005250011")


@variant("fp11-shoot-export", (7,), "budget-system export: sheet 部门项目支出预算05-1 with the "
         "lines and their total, the indicator table on sheet 05-2 under a header on the third "
         "row, unit and project codes in the first columns (correct)")  # fmt: skip
def fp11() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 16, 16, 26, 26, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "支出内容", "金额")
    for what, amount in (("冷库土建及保温", 36), ("冬笋预冷设备4台", 18), ("分级分拣线", 9),
                         ("农残快检设备", 5)):  # fmt: skip
        s.row(CODES[0], BAMBOO, CODES[1], "冬笋保鲜冷链集散点建设", what, money(amount))
    s.row("合计", None, None, None, None, money(68))
    s.row("年度绩效目标", "建成200吨冬笋保鲜冷库一座，笋期收储冬笋600吨，降低产后损耗。",
          merge=[(2, 6)])  # fmt: skip
    t = b.sheet(EXPORT, (12, 16, 14, 16, 26, 16, 12))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("单位：", BAMBOO, "项目：", "冬笋保鲜冷链集散点建设")
    rows = [
        ("产出指标", "数量指标", "新建冬笋保鲜冷库容量", "≥200", "吨"),
        ("产出指标", "数量指标", "购置预冷设备", "≥4", "台"),
        ("产出指标", "质量指标", "冷库工程验收合格率", "=100%", "%"),
        ("产出指标", "时效指标", "冷库建成投用时间", "2025年11月15日前", None),
        ("成本指标", "经济成本指标", "冷库建设单位成本", "≤1800", "元/吨"),
        ("效益指标", "经济效益指标", "笋期收储冬笋", "≥600", "吨"),
        ("效益指标", "生态效益指标", "冬笋产后损耗率", "≤5%", "%"),
        ("满意度指标", "服务对象满意度指标", "入库合作社满意度", "≥90%", "%"),
    ]  # fmt: skip
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    for r in rows:
        t.row(*CODES, *r)
    return b


@variant("fp12-shoot-wrong-tier", (6, 11, 13), "project, OLD-NAT, operator column and unit "
         "column: a count under 质量, a quality rate under 时效, an indicator row without its "
         "name")  # fmt: skip
def fp12() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="冬笋护鞭采挖培训与分级销售", dept=FORESTRY, unit=BAMBOO,
                 money=funds((40, 35, 5)),
                 goals=["培训竹农150人，建设护鞭采挖示范点6个，分级销售冬笋300吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "冬笋分级销售量", "≥", 300, "吨"),
        (None, None, "护鞭采挖示范点", "≥", 6, "个"),
        (None, "质量指标", "培训考核合格率", "≥", 95, "%"),
        (None, None, mk("参训竹农人数", "F201", "warning", row=True,
                        note="人数是数量指标，填在质量指标下"), "≥", 150, "人"),
        (None, "时效指标", "培训完成时间", "≤", "2025年11月30日", None),
        (None, None, mk("冬笋分级合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在时效指标下"), "≥", 95, "%"),
        (None, "成本指标", "人均培训成本", "≤", 400, "元/人"),
        ("效益指标", "经济效益指标", "分级冬笋销售均价提高", "≥", 10, "%"),
        (None, "社会效益指标", mk(None, "F110", "error", note="有指标值没有三级指标名称"),
         "≥", 20, "%"),
        ("满意度指标", "服务对象满意度指标", "参训竹农满意度", "≥", 90, "%"),
    ])  # fmt: skip
    signature(s, "庹明川", "0839-6230417", day(2024, 11, 20))
    return b
