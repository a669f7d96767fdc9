"""Grazing bans (禁牧封育): six returns, kfc01–kfc06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout825.common import HEAD4, YEAR, book, funds, indicators, notes, sign, w
from tests.variants.holdout825.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "额仁高勒县林业和草原局（317004）"


@variant(
    "kfc01-ban-county",
    (1, 4, 12),
    "project, NAT-2021, percent cell, note and signature "
    "lines, a goal's core area a part of the indicator's area (correct)",
)
def ban_county() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="额仁高勒县北部退化草原禁牧封育补助", dept=DEPT,
                 unit="额仁高勒县草原工作站", money=funds(w(960), w(900), w(60)),
                 goals=["对北部退化草原实施禁牧封育120万亩（其中核心区45万亩），聘用草原管护员"
                        "160名，违规放牧发生率控制在3%以内，植被盖度达到52%。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "禁牧补助标准", "≤7.5元/亩"),
        (None, None, "草原管护员劳务补助标准", "≤3750元/人·年"),
        ("产出指标", "数量指标", "禁牧封育面积", "≥120万亩"),
        (None, None, "聘用草原管护员人数", "≥160人"),
        (None, "质量指标", "禁牧区违规放牧发生率", "≤3%"),
        (None, "时效指标", "禁牧补助兑付完成时间", "2025年12月20日前"),
        ("效益指标", "生态效益指标", "草原综合植被盖度", pct(0.52)),
        (None, "社会效益指标", "禁牧区草原火灾发生次数", "0起"),
        ("满意度指标", "服务对象满意度指标", "禁牧区牧户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：禁牧补助120万亩×7.5元/亩=900万元；管护员劳务补助160人×3750元=60万元。",
          "填表说明：指标值须含比较符和计量单位。")  # fmt: skip
    sign(s, "乌日根", "0479-6612358")
    return b


@variant(
    "kfc02-ban-goal-mismatch",
    (12,),
    "project, NAT-2021: goal area against the indicator, "
    "a deadline in the next year, subsidy standard × area above the money",
)
def ban_goal_mismatch() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="查干诺尔镇退化草原禁牧补助", dept=DEPT,
                 unit="查干诺尔镇人民政府", money=funds(w(560), w(560), w(0)),
                 goals=["在查干诺尔镇实施禁牧85万亩，按每亩7.5元兑付禁牧补助，修复禁牧区"
                        "网围栏40公里，禁牧区牧户满意度达到90%以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "禁牧补助标准",
         mk("≤7.5元/亩", "B107", "warning", row=True,
            note="7.5元/亩 × 80万亩 = 600万元，超过年度资金560万元")),
        ("产出指标", "数量指标", "禁牧面积",
         mk("≥80万亩", "D104", "warning", row=True, note="年度目标写禁牧85万亩")),
        (None, None, "修复禁牧区网围栏长度", "≥40公里"),
        (None, "质量指标", "网围栏修复验收合格率", "≥95%"),
        (None, "时效指标", "网围栏修复完成时间",
         mk("2026年6月30日前", "Y102", "error",
            note="一年期项目（2025年1月1日—12月31日），期限落在次年")),
        ("效益指标", "生态效益指标", "禁牧区植被盖度", "≥45%"),
        ("满意度指标", "服务对象满意度指标", "禁牧区牧户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "哈斯", "0479-6630417")
    return b


@variant(
    "kfc03-ban-three-year",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "annual money above the period's, a count above the period's, a count copied",
)
def ban_three_year() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="巴音塔拉苏木禁牧封育三年行动", dept=DEPT,
                 unit="巴音塔拉苏木人民政府", attr="新增项目",
                 money=funds(w(1800), w(1650), w(150),
                             mk(w(1900), "B103", "error", note="年度资金1900万元大于中期1800万元"),
                             w(1750), w(150)),
                 goals=["2025—2027年禁牧封育退化草原200万亩，新建网围栏300公里，培训管护员"
                        "1200人次，草原综合植被盖度提高到50%。",
                        "2025年完成首批网围栏建设和管护员培训，落实禁牧补助，违规放牧发生率"
                        "控制在3%以内。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "禁牧补助标准", "≤7.5元/亩", "≤7.5元/亩"),
        ("产出指标", "数量指标", "新建网围栏长度", "≥300公里",
         mk("≥360公里", "D201", "error", note="年度360公里超过三年合计300公里")),
        (None, None, "管护员培训人次", "≥1200人次",
         mk("≥1200人次", "D202", "warning", note="三年累计人次原样抄入年度")),
        (None, None, "禁牧区巡护次数", "≥1800次", "≥600次"),
        (None, "质量指标", "禁牧区违规放牧发生率", "≤3%", "≤3%"),
        (None, "时效指标", "禁牧补助兑付及时率", "≥95%", "≥95%"),
        ("效益指标", "生态效益指标", "草原综合植被盖度", "≥50%", "≥48%"),
        ("满意度指标", "服务对象满意度指标", "禁牧区牧户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "其其格", "0479-6651203")
    return b


@variant(
    "kfc04-ban-stacked",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same name with other values, a later year prepared for (correct)",
)
def ban_stacked() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="禁牧区草原管护站运行维护", dept=DEPT,
                 unit="额仁高勒县草原监督管理所", money=funds(w(180), w(150), w(30)),
                 goals=["保障30个禁牧区管护站全年运行，开展禁牧巡查3600次以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "运行维护管护站数量", "≥30个"),
        (None, None, "禁牧巡查次数", "≥3600次"),
        (None, "质量指标", "管护站正常运行率", "≥95%"),
        (None, "时效指标", "巡查记录上报时限", "≤5个工作日"),
        (None, "成本指标", "管护站年运行维护费", "≤6万元/站"),
        ("效益指标", "生态效益指标", "禁牧区违规放牧案件发生率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="草畜平衡区载畜量监测", dept=DEPT,
                 unit="额仁高勒县草原工作站", money=funds(w(95), w(95), w(0)),
                 goals=["建设载畜量监测点40个，完成200户牧户载畜量核定，为2026年全县推广"
                        "草畜平衡数字化监测积累经验。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建载畜量监测点", "≥40个"),
        (None, None, "核定载畜量牧户数", "≥200户"),
        (None, "质量指标", "监测数据有效率", "≥90%"),
        (None, "时效指标", "监测点建成时间", "2025年9月30日前"),
        (None, "成本指标", "监测点建设标准", "≤1.5万元/个"),
        ("效益指标", "可持续影响指标", "监测数据纳入草畜平衡核查", "全面应用"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "巴特尔", "0479-6618820")
    return b


@variant(
    "kfc05-ban-department",
    (12,),
    "department, NAT-2021: key tasks not adding up to "
    "金额合计, the same patrol count twice with a word more and another value",
)
def ban_department() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="额仁高勒县草原监督管理所",
                    budget=[(w(2680), w(2500), w(180), w(620), w(2060))],
                    tasks=[("禁牧补助发放", "核定禁牧户并兑付补助", w(1200), "按时足额兑付"),
                           ("草原执法巡查", "禁牧区执法巡查和案件查处", w(360), "巡查480次以上"),
                           ("网围栏维护", "维护禁牧区网围栏", w(500), "网围栏完好"),
                           ("金额合计", None,
                            mk(w(2160), "B102", "error", alt=("B101",),
                               note="1200 + 360 + 500 = 2060，与金额合计2160不符"), None)],
                    goal="全年兑付禁牧补助1200万元，开展禁牧区执法巡查480次以上，维护网围栏，"
                         "遏制违规放牧。")  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "禁牧补助兑付总额", "≤1200万元"),
        ("产出指标", "数量指标", "禁牧区执法巡查次数", "≥480次"),
        (None, None, "维护网围栏长度", "≥150公里"),
        (None, None, "禁牧区草原执法巡查次数",
         mk("≥360次", "D102", "error", row=True, alt=("D103", "D101"),
            note="与“禁牧区执法巡查次数”是同一指标，值却不同（480 / 360）")),
        (None, "质量指标", "违规放牧案件查处率", "≥95%"),
        (None, "时效指标", "禁牧补助兑付完成时间", "2025年12月15日前"),
        ("效益指标", "生态效益指标", "禁牧区违规放牧案件下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "禁牧户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "图雅", "0479-6627745")
    return b


@variant(
    "kfc06-ban-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator · 指标值), typed percents, a 下降率 with ≥, weights 100 (correct)",
)
def ban_flat() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="呼和淖尔镇农牧业综合服务中心",
                    budget=[(w(820), w(800), w(20), w(190), w(630))],
                    goal="落实禁牧封育36万亩，违规放牧案件数比上年下降10%以上，牧户满意度达到"
                         "90%以上。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("禁牧封育面积", 25, "万亩", "≥", 36),
        ("禁牧区巡查次数", 15, "次", "≥", 1200),
        ("违规放牧案件数下降率", 20, "%", "≥", pct(0.1)),
        ("禁牧补助兑付准确率", 15, "%", "≥", pct(0.98)),
        ("亩均禁牧补助标准", 10, "元/亩", "≤", 7.5),
        ("禁牧户满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "苏日娜", "0479-6645590")
    return b
