"""Department forms, budget-system exports and mixed returns on both fruits: dh13-dh18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout570.common import YEAR, book, funds, indicators, m, sign
from tests.variants.holdout570.registry import variant
from tests.variants.kit import Book, day, mk, pct

TIERS5 = ("一级指标", "二级指标", "三级指标", "年度指标值", "权重")


@variant("dh13-department-money", (12,), "department, NAT-2021: budget with typed shares, key "
         "tasks with a 金额合计 equal to 项目支出, all consistent (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="蕉湾市热带水果产业发展中心",
                    budget=[(m(1250), m(1100), m(150), m(700), m(550)),
                            (pct(1), pct(0.88), pct(0.12), pct(0.56), pct(0.44))],
                    tasks=[("火龙果产业园技术服务", "驻园技术指导、水肥方案", m(220),
                            "服务产业园3个"),
                           ("菠萝绿色防控推广", "黑心病、凋萎病防控", m(180), "防控5000亩"),
                           ("热带水果种质资源圃运维", "资源圃管护与鉴定", m(150),
                            "保存种质200亩"),
                           ("金额合计", None, m(550), None)],
                    goal="服务火龙果、菠萝两大主导产业，稳产提质，保障种质资源安全。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "火龙果产业园技术服务覆盖数", "≥3个"),
        (None, None, "菠萝病害绿色防控面积", "≥5000亩"),
        (None, None, "种质资源圃保存面积", "≥200亩"),
        (None, "质量指标", "种质资源保存完好率", "≥98%"),
        (None, "时效指标", "防控物资发放及时率", "≥95%"),
        ("成本指标", "经济成本指标", "资源圃单位面积运维成本", "≤0.6万元/亩"),
        ("效益指标", "经济效益指标", "服务区菠萝亩均减损", "≥120公斤"),
        (None, "社会效益指标", "热带水果质量安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "种植主体满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dh14-department-page-break", (4, 12), "department, NAT-2021, weight column, subtotal "
         "rows, header repeated after a page break: a share that does not match its amount, "
         "=95% on a satisfaction rate")  # fmt: skip
def department_page_break() -> Book:
    b, s = book()
    share = mk(pct(0.6), "B111", "error", note="495 ÷ 900 = 55%, not 60%")
    department_head(s, year=YEAR, dept="澄沙县水果生产技术指导站",
                    budget=[(m(900), m(810), m(90), m(495), m(405)),
                            (pct(1), pct(0.9), pct(0.1), share, pct(0.45))],
                    goal="推广火龙果、菠萝高效栽培技术，提升果品质量和果农收益。")  # fmt: skip
    s.row(*TIERS5)
    s.table([
        ("产出指标", "数量指标", "高效栽培技术示范面积", "≥1500亩", 20),
        (None, None, "果农技术培训人次", "≥1200人次", 10),
        (None, "质量指标", "示范园果品抽检合格率", "≥98%", 10),
        (None, "时效指标", "技术服务响应时间", "≤48小时", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("产出指标小计", None, None, None, 50)
    s.skip()
    s.row(*TIERS5)
    s.table([
        ("成本指标", "经济成本指标", "每亩示范物化补助", "≤800元/亩", 10),
        ("效益指标", "经济效益指标", "示范园亩均增收", "≥1000元/亩", 15),
        (None, "生态效益指标", "化肥农药使用量下降率", "≥8%", 15),
        ("满意度指标", "服务对象满意度指标", "果农满意度",
         mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥95% was meant"), 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "黎少芬", "0768-5310462", day(YEAR - 1, 11, 18))
    return b


@variant("dh15-export-intercrop", (7, 9), "budget-system export: money sheet 05-1 with codes, "
         "indicator sheet 05-2 with its header on the third row and codes in the first "
         "columns: an amount pasted twice, a date serial typed as text")  # fmt: skip
def export_intercrop() -> Book:
    b, s = book("项目支出预算05-1", (12, 22, 16, 28, 22, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：岭汀区农业农村局", None, None, None, None, "金额单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "支出经济分类", "金额")
    unit, code, name = "417003", "44170325A0012", "火龙果菠萝混套种示范项目"
    s.row(unit, "岭汀区农业农村局", code, name, "31003 专用设备购置", m(42))
    s.row(unit, "岭汀区农业农村局", code, name, "30227 委托业务费",
          mk("36万36万", "X106", "error", alt=("B108",),
             note="36万 pasted twice; read as 36 the lines add up to 100"))  # fmt: skip
    s.row(unit, "岭汀区农业农村局", code, name, "30216 培训费", m(22))
    s.row("合计", None, None, None, None, m(100))
    t = b.sheet("项目支出绩效目标05-2", (12, 16, 24, 12, 16, 26, 16))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：岭汀区农业农村局", None, None, None, None, None, "金额单位：万元")
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    rows = [
        ("产出指标", "数量指标", "混套种示范面积", "≥500亩"),
        ("产出指标", "质量指标", "套种种苗成活率", "≥90%"),
        ("产出指标", "时效指标", "示范园建成时间",
         mk("45900", "X104", "warning", note="Excel serial of 2025-08-31 typed as text")),
        ("产出指标", "成本指标", "每亩混套种示范补助", "≤0.12万元/亩"),
        ("效益指标", "经济效益指标", "示范园亩均增收", "≥2500元/亩"),
        ("效益指标", "可持续影响指标", "混套种技术规程", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ]  # fmt: skip
    for row in rows:
        t.row(unit, code, name, *row)
    return b


@variant("dh16-template-intercrop", (6, 13), "project, NAT-2021, header 预期目标: a template "
         "tier-2 left without indicator, a value without a name, a deadline in %")  # fmt: skip
def template_intercrop() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="火龙果园套种菠萝试验项目", dept="棠浦镇人民政府",
                 unit="棠浦镇农业服务中心", money=funds(m(30), m(30), m(0)),
                 goals=["在火龙果园行间套种菠萝300亩，提高土地产出。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "套种菠萝面积", "≥300亩"),
        (None, "质量指标", "套种种苗成活率", "≥90%"),
        (None, "时效指标", "套种完成时间",
         mk("100%", "T113", "warning", note="a completion date given as 100%")),
        ("成本指标", "经济成本指标", "每亩套种补助标准", "≤600元/亩"),
        ("效益指标", "经济效益指标", "套种亩均增收", "≥1800元/亩"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left with no indicator and no value"), None, None),
        (None, "社会效益指标",
         mk(None, "F110", "error", note="a value with no indicator name"), "≥120户"),
        ("满意度指标", "服务对象满意度指标", "套种户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dh17-flat-defects", (3, 1), "department, flat list (指标名称 · 指标值 · 计量单位 · "
         "指标性质 as direction · 权重): a typed percent over 100, a unit conflict, weights "
         "adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="红坭镇菠萝产业服务站",
                    budget=[(m(620), m(560), m(60), m(380), m(240))],
                    goal="创建菠萝标准果园500亩，稳定鲜果质量，做好冬季冻害补助。")  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "指标性质", "权重")
    s.table([
        ("菠萝标准果园创建面积", "≥500", "亩", "正向", 15),
        ("果农培训人次", "≥600", "人次", "正向", 10),
        ("菠萝鲜果抽检合格率",
         mk(pct(1.05), "T106", "error", note="typed 105% on a pass rate"), "%", "正向", 15),
        ("冬季冻害补助发放户数",
         mk("12万元", "T112", "error", note="value in 万元, unit column 户"), "户", "正向", 10),
        ("菠萝凋萎病发生率", "≤5", "%", "反向", 10),
        ("技术服务响应时间", "≤24", "小时", "反向", 10),
        ("菠萝品牌销售额增长率", "≥8", "%", "正向", 10),
        ("果农满意度", "≥90", "%", "正向", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


@variant("dh18-points-certified", (10,), "project, NAT-2021, tier-1 points and indicator "
         "points both adding to 100, a rate raised in 百分点, 0起 incidents (correct)")  # fmt: skip
def points_certified() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="菠萝火龙果绿色食品认证奖补项目",
                 dept="蕉湾市农业农村局", unit="蕉湾市农产品质量安全中心",
                 money=funds(m(50), m(50), m(0)),
                 goals=["支持15家经营主体取得绿色食品认证，认证基地2000亩。"])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标", 50, "数量指标", "绿色食品认证基地面积", "≥2000亩", 20),
        (None, None, None, "取得认证经营主体数", "≥15家", 10),
        (None, None, "质量指标", "认证产品抽检合格率", "≥98%", 10),
        (None, None, "时效指标", "认证申报完成时间", "2025年9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "每家主体认证奖补标准", "≤2万元/家", 10),
        ("效益指标", 30, "经济效益指标", "认证果品优质果率提高", "≥5百分点", 15),
        (None, None, "社会效益指标", "认证基地质量安全事故", "0起", 15),
        ("满意度指标", 10, "服务对象满意度指标", "认证主体满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b
