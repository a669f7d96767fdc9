"""黄连 (coptis) base returns: eo07 to eo12."""

from __future__ import annotations

from tests.variants.holdout603.common import (
    book,
    head,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout603.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "栖霞岭县中药材产业发展中心"
CORE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("eo07-hl-second-sheet", (7,),
         "project: head on the first sheet, the table on a second sheet under 预期实现值; the "
         "goal's total with its parts in brackets (correct)")  # fmt: skip
def hl_second_sheet() -> Book:
    b, s = book("项目信息")
    head(s, 2025, "黄连林下仿野生种植示范项目", UNIT, one_year(w(100), w(85), w(15)),
         ["在云雾岗、竹林坳两村林下种植黄连500亩（其中新建200亩、改造提升300亩），"
          "培训林农300人次。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18))
    t.title("黄连林下仿野生种植示范项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "林下种植黄连面积", "≥500亩"),
        (None, None, "其中：新建林下黄连种植面积", "≥200亩"),
        (None, None, "培训林农", "≥300人次"),
        (None, "质量指标", "黄连种苗移栽成活率", pct(0.85)),
        (None, "时效指标", "种苗移栽完成时间", "2025年5月31日前"),
        ("成本指标", "经济成本指标", "每亩林下种植补助", "≤0.2万元/亩"),
        ("效益指标", "经济效益指标", "林下经济亩均收益", "≥3000元"),
        (None, "生态效益指标", "林下原生植被保存率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("eo08-hl-wrong-tier2", (5,),
         "project, NAT-2021, abbreviated tier labels: a quality rate under 时效, a count under "
         "质量, a satisfaction rate under 社会效益")  # fmt: skip
def hl_wrong_tier2() -> Book:
    b, s = book()
    head(s, 2025, "黄连遮阴棚标准化建设项目", UNIT, one_year(w(90), w(70), w(20)),
         ["建设黄连标准化遮阴棚120亩，种苗检验合格率95%以上，4月底前建成。"])  # fmt: skip
    indicators(s, CORE, [
        ("产出", "数量", "黄连种苗移栽面积", "≥120亩"),
        (None, "质量", mk("建设遮阴棚", "F201", "warning", row=True,
                          note="an area count under 质量"), "≥120亩"),
        (None, None, "黄连药材小檗碱含量达标率", "≥95%"),
        (None, "时效", "遮阴棚建成时间", "2025年4月30日前"),
        (None, None, mk("黄连种苗检验合格率", "F201", "warning", row=True,
                        note="a quality rate under 时效"), "≥95%"),
        ("成本", "经济成本", "遮阴棚每亩建设成本", "≤0.5万元/亩"),
        ("效益", "社会效益", mk("药农对技术服务满意度", "F201", "warning", row=True,
                               note="a satisfaction rate under 社会效益"), "≥90%"),
        (None, None, "带动农户务工", "≥80人"),
        ("满意度", "服务对象满意度", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("eo09-hl-year-leftovers", (7, 8),
         "project, OLD-NAT, two-row header with operator, number and unit columns: the plan "
         "ends before it starts, last season's date, an area the goal states apart")  # fmt: skip
def hl_year_leftovers() -> Book:
    b, s = book()
    end = mk(day(2024, 12, 31), "Y104", "error", alt=("Y101", "Y102"),
             note="the plan ends in 2024, before its 2025 start")  # fmt: skip
    head(s, 2025, "黄连产地初加工提升项目", UNIT, one_year(w(150), w(130), w(20)),
         ["2025年完成黄连移栽300亩，建成产地初加工车间1处，年加工鲜黄连200吨以上。"],
         start=day(2025, 3, 1), end=end)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "绩效目标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "数值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "黄连移栽面积", "≥",
         mk(350, "D104", "warning", row=True, note="the goal states 300亩"), "亩"),
        (None, None, "建成产地初加工车间", "=", 1, "处"),
        (None, None, "加工鲜黄连", "≥", 200, "吨"),
        (None, "质量指标", "黄连饮片抽检合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "鲜黄连采挖完成时间", "≤",
         mk(day(2024, 11, 30, CN_DATE), "Y102", "error", row=True, alt=("Y103", "Y101"),
            note="last season's date in a 2025 return"), None),
        (None, "成本指标", "初加工车间建设成本", "≤", 80, "万元"),
        ("效益指标", "经济效益指标", "鲜黄连加工增值", "≥", 300, "元/吨"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("eo10-hl-budget-export", (4, 7),
         "budget-system export: sheets 05-1 and 05-2, header on the third row, project code and "
         "name in the first columns, tiers repeated, a 注 row below (correct)")  # fmt: skip
def hl_budget_export() -> Book:
    b, s = book("部门项目支出预算05-1", (22, 26, 14, 14, 14, 40))
    code, name = "522307250100000318", "黄连良种繁育圃建设项目"
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：栖霞岭县中药材产业发展中心", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(code, name, w(68), w(60), w(8), "建成黄连良种繁育圃60亩，繁育良种种苗600万株。")
    t = b.sheet("部门项目支出绩效目标05-2", (22, 22, 12, 14, 26, 10, 10, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：栖霞岭县中药材产业发展中心")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "良种繁育圃建设面积", "≥", 60, "亩"),
        ("产出指标", "数量指标", "繁育黄连良种种苗", "≥", 600, "万株"),
        ("产出指标", "质量指标", "良种种苗发芽率", "≥", pct(0.85), "%"),
        ("产出指标", "时效指标", "繁育圃建成时间", "≤", day(2025, 6, 30, CN_DATE), None),
        ("产出指标", "成本指标", "每亩繁育圃建设成本", "≤", 1, "万元/亩"),
        ("效益指标", "可持续影响指标", "良种供应年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "育苗户满意度", "≥", pct(0.9), "%"),
    ]
    for r in rows:
        t.row(code, name, *r)
    t.row("注：本表由预算管理一体化系统导出，计量单位以“度量单位”列为准。", merge=[(1, 8)])
    return b


@variant("eo11-hl-money-blocks", (8, 12),
         "two-year project, NAT-2021, 中期 and 年度 money and values: the period's sources do "
         "not add up, the year's money above the period's, a unit cost too high")  # fmt: skip
def hl_money_blocks() -> Book:
    b, s = book()
    period = (mk(w(200), "B101", "error", note="170 + 20 = 190, not 200"), w(170), w(20))
    year = (mk(w(220), "B103", "error", note="the year's money above the period's 200"),
            w(180), w(40))  # fmt: skip
    head(s, 2025, "黄连标准化种植基地建设项目", UNIT, multi_year(period, year),
         ["2025—2026年建成黄连标准化种植基地1000亩，配套建设育苗棚40亩。",
          "2025年建成黄连标准化种植基地500亩，育苗棚20亩。"], years=2)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "标准化种植基地面积", "≥1000亩", "≥500亩"),
        (None, None, "配套建设育苗棚", "≥40亩", "≥20亩"),
        (None, "质量指标", "基地土壤检测达标率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "2026年11月底前", "2025年11月底前"),
        ("成本指标", "经济成本指标", "每亩基地建设补助",
         mk("≤0.5万元/亩", "B107", "warning", row=True,
            note="0.5万元 × 500亩 = 250万元, above the year's 220万元 (and the period's)"),
         "≤0.5万元/亩"),
        ("效益指标", "经济效益指标", "基地亩均产值", "≥6000元", "≥5000元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("eo12-hl-footnotes", (4, 11),
         "project, OLD-NAT, one value column: a 注 row inside the table, 0起 on incidents, "
         "a 下降率 with ≥, footnotes on the total, 填表说明, signature (correct)")  # fmt: skip
def hl_footnotes() -> Book:
    b, s = book()
    money_rows = [("年度资金总额", w(98), "其中：当年财政拨款", w(80)),
                  ("上年结转", w(18), None, None)]  # fmt: skip
    head(s, 2025, "黄连鲜货清洗烘干设施运维项目", UNIT, money_rows,
         ["运维清洗烘干线2条，全年处理鲜黄连600吨，加工损耗下降8%以上，"
          "无安全生产事故。"])  # fmt: skip
    indicators(s, CORE, [
        ("产出指标", "数量指标", "运维清洗烘干线", "=2条"),
        (None, None, "处理鲜黄连", "≥600吨"),
    ])  # fmt: skip
    s.row("注：以下质量、时效指标按全年累计计算。", merge=[(1, 4)])
    s.table([
        ("产出指标", "质量指标", "烘干黄连水分达标率", "≥95%"),
        (None, "时效指标", "设备故障修复时限", "≤48小时"),
        (None, "成本指标", "每吨鲜黄连处理成本", "≤0.16万元/吨"),
        ("效益指标", "经济效益指标", "鲜黄连加工损耗下降率", "≥8%"),
        (None, "社会效益指标", "安全生产事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：资金总额98万元含上年结转18万元，结转资金用于烘干线备件更换。",
          "填表说明：指标值须含比较符和计量单位，定性指标填写等级。")  # fmt: skip
    sign(s, 2025, "冉秋莹", "0857-6619362", month=12, dd=3)
    return b
