"""Department returns, points at two levels and system exports across the theme: ag13–ag18."""

from __future__ import annotations

from tests.variants.holdout491.common import (
    YEAR,
    department_book,
    funds,
    indicators,
    project_book,
    sign,
    w,
)
from tests.variants.holdout491.registry import variant
from tests.variants.kit import Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位")
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("ag13-cdc-department-money", (12, 1),
         "department, NAT-2021: budget with typed shares, key tasks adding to 金额合计, operator "
         "and unit columns with percent cells (correct)")  # fmt: skip
def ag13() -> Book:
    b, s = department_book(
        "部门整体", dept="砚川县疾病预防控制中心",
        budget=[(w(1280), w(1180), w(100), w(860), w(420)),
                (pct(1), pct(0.9219, "0.00%"), pct(0.0781, "0.00%"), pct(0.6719, "0.00%"),
                 pct(0.3281, "0.00%"))],
        tasks=[("暴露处置门诊运行", "全县处置门诊接诊和规范处置", w(180), "处置≥15000人次"),
               ("人用疫苗储备", "储备人用狂犬病疫苗", w(150), "储备≥8000人份"),
               ("犬伤监测与流调", "犬伤病例监测和流行病学调查", w(55), "报告及时率≥95%"),
               ("宣传培训", "医护培训和公众宣传", w(35), "培训≥600人次"),
               ("金额合计", None, w(420), None)],
        goal="规范全县狂犬病暴露处置，全年不发生人间狂犬病病例。")  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "暴露后预防处置人次", "≥", 15000, "人次"),
        (None, None, "医护人员处置培训", "≥", 600, "人次"),
        (None, "质量指标", "犬伤病例报告及时率", "≥", pct(0.95), None),
        (None, "时效指标", "疑似病例流调启动时间", "≤", 24, "小时"),
        ("成本指标", "经济成本指标", "人用疫苗储备单价", "≤", 180, "元/人份"),
        ("效益指标", "社会效益指标", "人间狂犬病病例数", "≤", 0, "例"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("ag14-cdc-department-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "tasks not adding to 金额合计")  # fmt: skip
def ag14() -> Book:
    b, s = department_book(
        "部门整体", dept="柘湾区疾病预防控制中心",
        budget=[(mk(w(960), "B101", "error", note="基本支出 640 + 项目支出 300 = 940 ≠ 960"),
                 w(900), w(60), w(640), w(300))],
        tasks=[("犬伤门诊运行", "处置门诊接诊和规范处置", w(120), "处置≥9000人次"),
               ("人用疫苗储备", "储备人用狂犬病疫苗", w(90), "储备≥4500人份"),
               ("犬伤监测", "犬伤病例监测和报告", w(60), "报告及时率≥95%"),
               ("宣传培训", "医护培训和入户宣传", w(40), "培训≥300人次"),
               ("金额合计", None, mk(w(300), "B102", "error",
                                     note="120 + 90 + 60 + 40 = 310 ≠ 300"), None)],
        goal="规范全区狂犬病暴露处置，全年不发生人间狂犬病病例。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "暴露后预防处置人次", "≥9000人次"),
        (None, "质量指标", "犬伤病例报告及时率", "≥95%"),
        (None, "时效指标", "疑似病例流调启动时间", "≤24小时"),
        ("成本指标", "经济成本指标", "人用疫苗储备单价", "≤190元/人份"),
        ("效益指标", "社会效益指标", "人间狂犬病病例数", "≤0例"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ag15-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a coverage rise in 百分点 (correct)")  # fmt: skip
def ag15() -> Book:
    b, s = project_book(
        "绩效目标", name="鹤汀市犬只狂犬病免疫提质行动", dept="鹤汀市农业农村局",
        unit="鹤汀市动物疫病预防控制中心", money=funds(66, 60, 6),
        goals=["扩大犬只狂犬病免疫覆盖，免疫覆盖率比上年提高5个百分点以上。"])  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", 50, "数量指标", "犬只狂犬病免疫数量", "≥20000只", 20),
        (None, None, "质量指标", "免疫抗体合格率", "≥70%", 15),
        (None, None, "时效指标", "秋季集中免疫完成时间", "10月31日前", 15),
        ("成本指标", 10, "经济成本指标", "每只犬免疫综合成本", "≤28元/只", 10),
        ("效益指标", 30, "社会效益指标", "犬只免疫覆盖率比上年提高", "≥5百分点", 20),
        (None, None, "可持续影响指标", "犬只免疫信息化追溯", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "养犬户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ag16-points-mismatch", (10, 9),
         "project, NAT-2021, tier-1 score column against the indicator scores under it, a date "
         "serial typed as text in a deadline")  # fmt: skip
def ag16() -> Book:
    b, s = project_book(
        "绩效目标", name="砚川县流浪犬狂犬病免疫与绝育", dept="砚川县农业农村局",
        unit="砚川县动物卫生监督所", money=funds(44, 44, 0),
        goals=["对城区流浪犬实施狂犬病免疫和绝育，控制流浪犬数量。"])  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="indicator points add to 95: the 效益 gap (tolerated)")  # fmt: skip
    tier = mk(30, "W103", "error", alt=("W101",),
              note="效益指标 declared 30, its indicators 15 + 10 = 25")  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", 50, "数量指标", "流浪犬免疫绝育数量", "≥1000只", 20),
        (None, None, "质量指标", "术后存活率", "≥98%", 15),
        (None, None, "时效指标", "疫苗到货时限",
         mk("45839", "X104", "warning", note="a date serial (2025-07-01) stored as text"), 15),
        ("成本指标", 10, "经济成本指标", "每只犬免疫绝育成本", "≤400元/只", 10),
        ("效益指标", tier, "社会效益指标", "城区流浪犬数量", "较上年下降", 15),
        (None, None, "可持续影响指标", "流浪犬管控长效机制", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "周边居民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ag17-export-codes", (7, 5),
         "budget-system export: money on sheet 05-1 and indicators on sheet 05-2 with codes in "
         "the first columns, header on the third row, labels with * and ★ (correct)")  # fmt: skip
def ag17() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", (14, 30, 24, 12, 12, 12))
    m.title(f"{YEAR}年部门项目支出预算表", 6)
    m.row("单位：万元")
    m.row("项目代码", "项目名称", "单位名称", "资金总额", "财政拨款", "其他资金")
    m.row("43112825001", "柘湾区狂犬病暴露处置能力建设", "柘湾区卫生健康局", w(72), w(68), w(4))
    s = b.sheet("部门项目支出绩效目标05-2", (14, 30, 14, 14, 30, 10, 10, 10))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    s.row("单位：柘湾区卫生健康局")
    code, name = "43112825001", "柘湾区狂犬病暴露处置能力建设"
    s.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    s.table([
        (code, name, "*产出指标", "★数量", "暴露后预防处置人次", "≥", 8000, "人次"),
        (code, name, "*产出指标", "质量", "伤口处置规范率", "≥", 98, "%"),
        (code, name, "*产出指标", "时效", "暴露后首针接种时限", "≤", 24, "小时"),
        (code, name, "*成本指标", "经济成本", "人均处置成本", "≤", 80, "元/人次"),
        (code, name, "*效益指标", "★社会效益", "暴露者全程接种率", "≥", 95, "%"),
        (code, name, "*满意度指标", "服务对象满意度", "就诊群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("ag18-labels-wrong-parent", (5, 11),
         "project, NAT-2021, numbered labels with a tier-2 under the wrong tier-1, a complaint "
         "rate with ≥")  # fmt: skip
def ag18() -> Book:
    b, s = project_book(
        "Sheet1", name="鹤汀市犬伤门诊便民服务提升", dept="鹤汀市卫生健康委员会",
        unit="鹤汀市第一人民医院", money=funds(30, 30, 0),
        goals=["优化犬伤门诊流程，缩短候诊时间，暴露者规范处置。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "1.数量指标", "暴露后预防处置人次", "≥7000人次"),
        (None, "2.质量指标", "伤口处置规范率", "≥98%"),
        (None, None, "就诊投诉率",
         mk("≥2%", "T108", "warning", row=True, note="a complaint rate is 反向: ≤ expected")),
        ("二、成本指标", "1.经济成本指标", "人均处置耗材成本", "≤25元/人次"),
        ("三、效益指标", "1.社会效益指标", "暴露者全程接种率", "≥95%"),
        (None, mk("2.时效指标", "F105", "error", alt=("F104",),
                  note="时效指标 belongs under 产出指标"), "暴露后首针接种及时率", "≥95%"),
        ("四、满意度指标", "1.服务对象满意度指标", "就诊群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "易清和", "0739-2265481", day(YEAR - 1, 12, 6))
    return b
