"""皮蛋 workshops: flat lists, multi-year columns, operators in words, department tasks."""

from __future__ import annotations

from tests.variants.holdout572.common import department, indicators, notes, project, sign, wan
from tests.variants.holdout572.registry import variant
from tests.variants.kit import Book, day, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("dj07-pidan-flat-percent", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100, 0 incidents as a cap (correct)")  # fmt: skip
def dj07() -> Book:
    b, s = department(year=2025, dept="鹭洲县皮蛋产业发展服务中心",
                      budget=[(wan(260), wan(220), wan(40), wan(180), wan(80))],
                      tasks=[("无铅皮蛋工艺推广", "指导作坊改用无铅配方", wan(50), "推广作坊40家"),
                             ("皮蛋质量抽检", "委托检测机构抽检", wan(30), "抽检批次200批"),
                             ("金额合计", None, wan(80), None)],
                      goal="推广无铅皮蛋工艺作坊40家，全年抽检皮蛋200批，"
                           "无铅超标事件。")  # fmt: skip
    s.skip()
    s.row(*FLAT)
    s.table([
        ("推广无铅工艺作坊数", 20, "家", "≥", 40),
        ("皮蛋抽检批次", 20, "批", "≥", 200),
        ("抽检合格率", 20, "%", "≥", pct(0.97)),
        ("皮蛋铅超标事件", 15, "起", "≤", 0),
        ("作坊户均增收", 15, "万元", "≥", 1.2),
        ("作坊主满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "莫溪亭", "0573-6255 8021", day(2024, 11, 18))
    return b


@variant("dj08-pidan-flat-placeholder", (3, 9),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): a placeholder left in a "
         "value, weights adding to 95")  # fmt: skip
def dj08() -> Book:
    b, s = department(year=2025, dept="菱塘乡皮蛋加工协会",
                      budget=[(wan(90), wan(70), wan(20), wan(55), wan(35))],
                      goal="组织皮蛋加工技术交流，提升松花皮蛋品质。")  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("技术交流会场次", "≥5", "场", 20),
        ("松花皮蛋送检批次", mk("≥**", "X101", "error", note="placeholder ** left"), "批次", 20),
        ("送检合格率", "≥96", "%", 20),
        ("会员作坊新增", "≥8", "家", 15),
        ("会员满意度", "≥90", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20 + 20 + 20 + 15 + 20 = 95, not 100")
    sign(s, "邝秋禾", "0573-6262 4490", day(2024, 12, 9))
    return b


@variant("dj09-pidan-three-year", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: cumulative counts below "
         "their period values, rates equal, 2027 named in the 中期目标 (correct)")  # fmt: skip
def dj09() -> Book:
    b, s = project(year=2025, years=3, name="鹭洲县皮蛋标准化作坊建设项目",
                   dept="鹭洲县农业农村局 317", unit="鹭洲县农业技术推广站", attr="新增项目",
                   money=[("中期资金总额", wan(300), "年度资金总额", wan(100)),
                          ("其中：财政拨款", wan(240), "其中：财政拨款", wan(80)),
                          ("其他资金", wan(60), "其他资金", wan(20))],
                   goals=["到2027年建成皮蛋标准化作坊30家，形成县域皮蛋公用品牌。",
                          "2025年建成皮蛋标准化作坊10家，制定皮蛋腌制地方标准1项。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "建成标准化作坊", "≥30家", "≥10家"),
        (None, None, "制定地方标准", "≥2项", "≥1项"),
        (None, "质量指标", "作坊验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "单个作坊建设补助", "≤8万元", "≤8万元"),
        ("效益指标", "经济效益指标", "皮蛋年产值增长率", "≥12%", "≥5%"),
        (None, "可持续影响指标", "标准化作坊持续运营年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "作坊主满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dj10-pidan-two-year-copied", (8,),
         "two-year project 2025–2026, OLD-NAT, 中期 and 年度 columns: one annual count above its "
         "period, one cumulative count copied, a 中期目标 naming 2028")  # fmt: skip
def dj10() -> Book:
    b, s = project(year=2025, years=2, name="港汊镇皮蛋冷链仓储项目",
                   dept="鹭洲县商务局 412", unit="港汊镇人民政府", attr="新增项目",
                   money=[("中期资金总额", wan(160), "年度资金总额", wan(90)),
                          ("其中：财政拨款", wan(120), "其中：财政拨款", wan(70)),
                          ("其他资金", wan(40), "其他资金", wan(20))],
                   goals=[mk("2028年前建成皮蛋冷链仓库4座，仓储能力达到800吨。", "Y103",
                             "warning", note="2028 is outside the project period 2025–2026"),
                          "2025年建成皮蛋冷链仓库2座。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "建成冷链仓库", "≥4座", "≥2座"),
        (None, None, "冷藏车配送线路",  "≥3条",
         mk("≥5条", "D201", "error", note="annual 5 above the period's 3")),
        (None, None, "入库皮蛋量", "≥800吨",
         mk("≥800吨", "D202", "warning", note="a cumulative count copied from 中期")),
        (None, "质量指标", "入库皮蛋完好率", "≥98%", "≥98%"),
        (None, "成本指标", "单座仓库建设成本", "≤35万元", "≤35万元"),
        ("效益指标", "经济效益指标", "皮蛋损耗率下降", "≥3百分点", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "仓储用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：年度指标值为2025年当年应完成数。")
    return b


@variant("dj11-pidan-operator-words", (5, 11),
         "project, OLD-NAT, numbered tier labels (一、产出指标 · （一）数量指标), 指标性质 as "
         "direction and 指标方向 as word operators, a 下降率 with 大于等于 (correct)")  # fmt: skip
def dj11() -> Book:
    b, s = project(year=2025, name="菱塘乡皮蛋包装减损项目", dept="鹭洲县供销合作社 205",
                   unit="菱塘乡供销社",
                   money=[("年度资金总额", wan(36), "其中：财政拨款", wan(30)),
                          ("其他资金", wan(6), None, None)],
                   goals=["为皮蛋作坊配发防震包装箱6000只，降低运输破损。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值"), [
        ("一、产出指标", "（一）数量指标", "配发防震包装箱", "正向", "大于等于", "6000只"),
        (None, "（二）质量指标", "包装箱抽检合格率", "正向", "大于等于", "95%"),
        (None, "（三）时效指标", "包装箱配发完成时间", "反向", "小于等于", "2025年6月30日"),
        (None, "（四）成本指标", "包装箱单价", "反向", "小于等于", "45元/只"),
        ("二、效益指标", "（一）经济效益指标", "皮蛋运输破损下降率", "正向", "大于等于", "30%"),
        (None, "（二）社会效益指标", "蛋品运输安全事故", "反向", "小于等于", "0起"),
        ("三、满意度指标", "（一）服务对象满意度指标", "作坊主满意度", "正向", "大于等于", "90%"),
    ])  # fmt: skip
    sign(s, "岑望舒", "0573-6277 6613", day(2024, 12, 2))
    return b


@variant("dj12-pidan-department-tasks", (5, 12),
         "department, NAT-2021, abbreviated tier labels: tasks not adding to 金额合计, a workshop "
         "count disagreeing with the goal text, a timeliness rate under 质量")  # fmt: skip
def dj12() -> Book:
    goal = mk("完成皮蛋无铅化工艺改造作坊15家，开展皮蛋质量检测300批次。", "D104", "warning",
              required=False, note="the 15 / 18 conflict may be reported at the goal")  # fmt: skip
    b, s = department(year=2025, dept="鹭洲县农产品质量安全中心",
                      budget=[(wan(210), wan(190), wan(20), wan(120), wan(90))],
                      tasks=[("无铅化改造", "补助作坊更新腌制配方", wan(40), "改造作坊15家"),
                             ("质量检测", "皮蛋铅、微生物检测", wan(25), "检测300批次"),
                             ("品牌培育", "申报地理标志", wan(20), "完成申报"),
                             ("金额合计", None, mk(wan(90), "B102", "error",
                                                   note="40 + 25 + 20 = 85, not 90"), None)],
                      goal=goal)  # fmt: skip
    s.skip()
    indicators(s, H4, [
        ("成本", "经济成本", "单批次检测费用", "≤800元"),
        ("产出", "数量", "无铅化改造作坊", mk("≥18家", "D104", "warning", row=True,
                                                note="goal and task say 15 家")),
        (None, None, "质量检测批次", "≥300批次"),
        (None, "质量", "检测合格率", "≥98%"),
        (None, None, "检测报告出具及时率",
         mk("≥95%", "F201", "warning", row=True, note="a 及时率 belongs under 时效")),
        (None, "时效", "地理标志申报完成时间", "2025年9月30日前"),
        ("效益", "经济效益", "无铅皮蛋销售额增长率", "≥10%"),
        ("满意度", "服务对象满意度", "作坊主满意度", "≥90%"),
    ])  # fmt: skip
    return b
