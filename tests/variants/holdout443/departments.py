"""Department returns (yk07–yk12): the housing bureau and the sponge-city and drainage offices
that run the retrofitted compounds, with budget and task blocks, flat lists, page breaks and
template rows."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout443.common import YEAR, book, indicators, notes, one_year, signature, wan
from tests.variants.holdout443.registry import variant
from tests.variants.kit import Book, mk, pct

TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("yk07-department-money", (12,), "department, NAT-2021: budget with shares, key tasks "
         "adding to 金额合计 = 项目支出, a 下降率 with ≥, a unit cost × count within its task "
         "(correct)")  # fmt: skip
def yk07() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="澜汀市住房和城乡建设局",
        budget=[
            (wan(3260), wan(3020), wan(240), wan(860), wan(2400)),
            (
                pct(1),
                pct(0.9264, "0.00%"),
                pct(0.0736, "0.00%"),
                pct(0.2638, "0.00%"),
                pct(0.7362, "0.00%"),
            ),
        ],
        tasks=[
            ("老旧小区海绵化改造", "栖湾区、枫渚区12个小区源头改造", wan(1500), "径流控制率≥75%"),
            ("海绵设施运维补助", "已改造小区设施清淤、植被养护", wan(520), "设施完好率≥95%"),
            ("内涝监测与预警", "液位监测点运维及平台服务", wan(380), "告警推送≤30分钟"),
            ("金额合计", None, wan(2400), None),
        ],
        goal="完成12个老旧小区海绵化改造，做好46个已改造小区海绵设施养护，汛期小区积水明显减少。",
    )
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "完成海绵化改造老旧小区", "≥12个"),
        (None, None, "海绵设施巡查养护小区", "≥46个"),
        (None, "质量指标", "海绵设施完好率", "≥95%"),
        (None, "时效指标", "积水告警推送时间", "≤30分钟"),
        ("成本指标", "经济成本指标", "海绵设施年度养护单价", "≤11.3万元/个"),
        ("效益指标", "社会效益指标", "汛期小区积水点下降率", "≥40%"),
        (None, "生态效益指标", "已改造小区年径流总量控制率", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "祁若川", "62019574")
    return b


@variant("yk08-department-money-wrong", (12, 13), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计, an indicator value without a name")  # fmt: skip
def yk08() -> Book:
    b, s = book()
    total = mk(wan(2180), "B101", "error", row=True,
               note="基本支出 640 + 项目支出 1480 = 2120 ≠ 2180")  # fmt: skip
    subtotal = mk(wan(1480), "B102", "error", note="tasks 900 + 360 + 260 = 1520 ≠ 1480")
    department_head(
        s,
        year=YEAR,
        dept="枫渚区海绵城市建设管理中心",
        budget=[
            (total, wan(1980), wan(200), wan(640), wan(1480)),
        ],
        tasks=[
            ("小区源头海绵改造", "枫渚区6个老旧小区透水铺装及雨水花园", wan(900), "完成6个小区"),
            ("雨水管网清疏", "已改造小区雨水管网及雨水口清疏", wan(360), "清疏≥18公里"),
            ("海绵宣传与居民议事", "小区海绵改造方案公示及议事会", wan(260), "议事会≥12场"),
            ("金额合计", None, subtotal, None),
        ],
        goal="完成6个老旧小区源头海绵改造，清疏雨水管网18公里，居民参与改造方案议定。",
    )
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "完成源头海绵改造小区", "≥6个"),
        (None, None, "清疏雨水管网长度", "≥18公里"),
        (None, None, "召开居民议事会", "≥12场"),
        (None, "质量指标", "改造工程验收合格率", "100%"),
        (None, "时效指标", mk(None, "F110", "error", note="a value with no indicator name"),
         "≤10个工作日"),
        ("成本指标", "经济成本指标", "小区源头改造综合单价", "≤150万元/个"),
        ("效益指标", "社会效益指标", "汛期小区积水点消除数量", "≥8个"),
        (None, "生态效益指标", "年径流总量控制率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "戚明远", "63381620")
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("yk09-flat-list", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), percent cells and bare numbers with % in the unit column, a "
         "下降率 with ≥, weights adding to 100 (correct)")  # fmt: skip
def yk09() -> Book:
    b, s = book(widths=(30, 10, 12, 12, 14, 14))
    department_head(
        s,
        year=YEAR,
        dept="栖湾区海绵城市建设管理中心",
        budget=[
            (wan(1260), wan(1180), wan(80), wan(310), wan(950)),
        ],
        goal="完成6个老旧小区源头海绵改造和14.5公里雨水管网清疏，汛期积水投诉明显下降。",
    )
    indicators(s, FLAT_HEAD, [
        ("完成源头海绵改造小区数量", 15, "个", "≥", 6),
        ("新建透水铺装面积", 15, "平方米", "≥", 8600),
        ("海绵设施竣工验收合格率", 10, "%", "=", pct(1)),
        ("雨水管网清疏长度", 10, "公里", "≥", 14.5),
        ("改造工程按期完工率", 10, "%", "≥", pct(0.95)),
        ("小区改造综合单价", 10, "万元/个", "≤", 120),
        ("汛期积水投诉下降率", 10, "%", "≥", 30),
        ("年径流总量控制率", 10, "%", "≥", pct(0.72)),
        ("改造小区居民满意度", 10, "%", "≥", pct(0.9)),
    ], merged=(), above="年度绩效指标")  # fmt: skip
    s.row("合计", 100, merge=[])
    return b


@variant("yk10-flat-defects", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): a unit conflict, a 反向 response "
         "time with ≥, weights adding to 95")  # fmt: skip
def yk10() -> Book:
    b, s = book(widths=(30, 14, 12, 12, 10, 10))
    department_head(
        s,
        year=YEAR,
        dept="澜汀市排水设施养护所",
        budget=[
            (wan(860), wan(800), wan(60), wan(410), wan(450)),
        ],
        goal="做好32个已改造老旧小区海绵设施和雨水管网养护，及时处置设施故障。",
    )
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("海绵改造小区养护数量",
         mk("≥32个", "T112", "error", note="个 in the value, 平方米 in the unit column"),
         "正向", "平方米", 15),
        ("雨水管网清疏长度", "≥22", "正向", "公里", 15),
        ("雨水花园植被补植面积", "≥1800", "正向", "平方米", 10),
        ("设施巡查覆盖率", "≥95%", "正向", "%", 10),
        ("设施故障报修响应时间",
         mk("≥24", "T108", "warning", row=True, note="a response time is 反向: ≤24小时"),
         "反向", "小时", 10),
        ("养护作业单价", "≤6.5", "反向", "万元/个", 10),
        ("小区积水点复发率", "≤5%", "反向", "%", 10),
        ("居民满意度", "≥90%", "正向", "%", 15),
    ], merged=(), above="年度绩效指标")  # fmt: skip
    return b


PAGE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "权重", "备注")


@variant("yk11-page-break-notes", (4,), "department, NAT-2021, weight column; header row "
         "repeated after a page break, 小计 and 合计 rows, a 注 explaining the total, 填表说明 "
         "and signature lines (correct)")  # fmt: skip
def yk11() -> Book:
    b, s = book(widths=(16, 20, 30, 16, 10, 20))
    department_head(
        s,
        year=YEAR,
        dept="枫渚区住房和城乡建设局",
        budget=[
            (wan(4120), wan(3900), wan(220), wan(1320), wan(2800)),
        ],
        goal="完成9个老旧小区海绵化改造和6.8公里雨污分流管网建设，消除小区积水点14处。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*PAGE_HEAD)
    s.table([
        ("产出指标", "数量指标", "老旧小区海绵化改造数量", "≥9个", 15, None),
        (None, None, "改造小区雨污分流管网长度", "≥6.8公里", 15, None),
        (None, "质量指标", "海绵设施竣工验收合格率", pct(1), 10, None),
        (None, "时效指标", "汛前完工小区占比", "≥80%", 10, "5月31日前"),
        ("成本指标", "经济成本指标", "小区改造综合单价", "≤280万元/个", 10, "含管网"),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 60, None, merge=[(1, 4)])
    s.skip()
    s.row(*PAGE_HEAD)
    s.table([
        ("效益指标", "社会效益指标", "改造小区积水点消除数量", "≥14处", 10, None),
        (None, "生态效益指标", "年径流总量控制率", "≥75%", 10, None),
        (None, "可持续影响指标", "海绵设施管养协议签订率", "100%", 10, "与物业签订"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", 10, "第三方调查"),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 40, None, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    notes(s, ["注：权重合计100分，其中产出指标50分、成本指标10分、效益指标30分、满意度指标"
              "10分；小计行不计入合计。",
              "填表说明：1.指标值应可量化考核；2.本表一式两份，报区财政局一份。"])  # fmt: skip
    signature(s, "甘露颖", "64490382")
    return b


@variant("yk12-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 left "
         "from the template without indicator, a 时效 value without a name")  # fmt: skip
def yk12() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="枫渚区已改造小区海绵设施运维养护项目",
        dept="枫渚区住房和城乡建设局（318）",
        unit="枫渚区海绵城市建设管理中心",
        money=one_year(wan(260), wan(230), wan(30)),
        goals=["对20个已改造老旧小区的海绵设施开展日常养护，及时处置堵塞和积水报修。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "养护海绵化改造小区", "≥20个"),
        (None, None, "雨水花园清淤", "≥60处"),
        (None, "质量指标", "养护作业验收合格率", "≥95%"),
        (None, "时效指标", mk(None, "F110", "error", note="a value with no indicator name"),
         "≤48小时"),
        ("成本指标", "经济成本指标", "小区年度养护单价", "≤11万元/个"),
        ("效益指标", "社会效益指标", "汛期小区积水报修下降率", "≥30%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        (None, "可持续影响指标", "设施养护台账", "健全"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    return b
