"""Dairy cows kept, silage and farm upgrades: uk01–uk06 (percent cells, stacked projects, flat
lists)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout339.common import (
    department,
    indicators,
    money_rows,
    note,
    project,
    sign,
    w,
)
from tests.variants.holdout339.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("uk01-herd-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells typed in Excel, 万元 in the "
         "number format (correct)")  # fmt: skip
def uk01() -> Book:
    b, s = project(name="柘原县奶牛良种繁育补助项目", unit="柘原县畜牧技术推广站",
                   money=money_rows(186.5, 160, 26.5),
                   goals=["推广性控冻精12000支，良种奶牛存栏3200头，受胎率≥55%。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "性控冻精推广数量", "≥", 12000, "支"),
        (None, None, "良种奶牛存栏量", "≥", 3200, "头"),
        (None, "质量指标", "性控冻精受胎率", "≥", pct(0.55), "%"),
        (None, "时效指标", "补助资金发放及时率", "≥", pct(0.98), "%"),
        (None, "成本指标", "性控冻精补助标准", "≤", 60, "元/支"),
        ("效益指标", "经济效益指标", "参补牧场成母牛年单产", "≥", 9.2, "吨/头"),
        (None, "社会效益指标", "带动养殖户数", "≥", 150, "户"),
        (None, "可持续影响指标", "良种覆盖率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郜立川", "0738-6612047")
    return b


@variant("uk02-silage-percent-wrong", (1, 12),
         "project, OLD-NAT, operator column: a quality rate typed as 105% and the 其他资金 cell "
         "formatted in 元 inside the 万元 block")  # fmt: skip
def uk02() -> Book:
    other = mk(money(400000, YUAN), "B105", "error",
               note="400,000.00元 in a 项目资金（万元） block: 元 mixed with 万元")  # fmt: skip
    b, s = project(name="沙湄旗全株青贮玉米收贮补贴项目", unit="沙湄旗农牧和科技局",
                   dept="沙湄旗农牧和科技局（512006）", money=money_rows(420, 380, other),
                   goals=["补贴收贮全株青贮玉米6万吨，提升青贮饲料品质。"])  # fmt: skip
    b.file_mark("B101", "error", required=False,
                note="the 元 cell read as 万元 breaks 总额 = 财政拨款 + 其他资金")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "全株青贮玉米收贮量", "≥", 60000, "吨"),
        (None, "质量指标", "青贮饲料收贮质量合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%"), "%"),
        (None, "时效指标", "收贮补贴兑付时间", "≤", day(2025, 12, 20), None),
        (None, "成本指标", "青贮收贮补贴标准", "≤", 60, "元/吨"),
        ("效益指标", "经济效益指标", "参补养殖场饲草成本降低", "≥", 80, "元/头·年"),
        (None, "可持续影响指标", "青贮饲料使用覆盖率", "≥", pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "参补养殖场满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


STACK_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("uk03-stacked-farms", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values (correct)")  # fmt: skip
def uk03() -> Book:
    b, s = project(name="宁岗市规模奶牛场提档升级项目", unit="宁岗市畜牧兽医中心",
                   dept="宁岗市农业农村局（306011）", money=money_rows(240, 200, 40),
                   title="2025年度奶业振兴项目绩效目标表（汇总）",
                   goals=["完成8个规模奶牛场粪污处理和挤奶设施提档升级。"])  # fmt: skip
    indicators(s, STACK_HEAD, [
        ("产出指标", "数量指标", "提档升级奶牛场数量", "≥8个"),
        (None, "质量指标", "改造项目验收合格率", "=100%"),
        (None, "成本指标", "单场提档升级补助", "≤30万元/个"),
        ("效益指标", "生态效益指标", "粪污综合利用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖场（户）满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="宁岗市奶农合作社挤奶厅改造项目",
                 dept="宁岗市农业农村局（306011）", unit="宁岗市畜牧兽医中心",
                 money=money_rows(90, 90, 0),
                 goals=["改造合作社挤奶厅6座，实现机械化挤奶。"])  # fmt: skip
    indicators(s, STACK_HEAD, [
        ("产出指标", "数量指标", "改造挤奶厅数量", "≥6座"),
        (None, "时效指标", "改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "单座挤奶厅改造补助", "≤15万元/座"),
        ("效益指标", "社会效益指标", "入社奶农机械化挤奶率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "养殖场（户）满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("uk04-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: a completion rate given as a count in "
         "the first, the second project's total not the sum of its sources")  # fmt: skip
def uk04() -> Book:
    b, s = project(name="北塬县饲草料基地建设项目", unit="北塬县草原工作站",
                   dept="北塬县农业农村局（227104）", money=money_rows(160, 130, 30),
                   title="2025年度奶业振兴项目绩效目标表",
                   goals=["建设优质苜蓿和青贮玉米饲草料基地4000亩。"])  # fmt: skip
    indicators(s, STACK_HEAD, [
        ("产出指标", "数量指标", "饲草料基地建设面积", "≥4000亩"),
        (None, None, mk("饲草料基地建设完成率", "T105", "error", row=True,
                        note="a 完成率 given as a count of bases"), "12个"),
        (None, "成本指标", "每亩基地建设补助", "≤400元/亩"),
        ("效益指标", "经济效益指标", "亩均饲草增收", "≥300元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    wrong = [("年度资金总额", mk(w(150), "B101", "error", note="120 + 20 = 140, not 150"),
              "其中：财政拨款", w(120)), (None, None, "其他资金", w(20))]  # fmt: skip
    project_head(s, year=2025, title="", name="北塬县奶牛场智能化改造项目",
                 dept="北塬县农业农村局（227104）", unit="北塬县畜牧兽医服务中心", money=wrong,
                 goals=["为20个奶牛场配备发情监测和精准饲喂设备。"])  # fmt: skip
    indicators(s, STACK_HEAD, [
        ("产出指标", "数量指标", "配备智能设备奶牛场数量", "≥20个"),
        (None, "质量指标", "设备安装调试合格率", "≥98%"),
        (None, "成本指标", "单场设备补助", "≤7万元/个"),
        ("效益指标", "经济效益指标", "成母牛年单产提高", "≥0.3吨/头"),
        ("满意度指标", "服务对象满意度指标", "养殖场满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT_TASKS = [
    ("奶牛场防疫指导", "布病、结核病监测和免疫指导", w(220), "监测覆盖全部存栏奶牛场"),
    ("生鲜乳收购站监管", "收购站和运输车巡查抽检", w(130), "收购站监管全覆盖"),
    ("奶业振兴补贴发放", "青贮、良种补贴核查发放", w(200), "补贴按时足额兑付"),
    ("金额合计", None, w(550), None),
]


@variant("uk05-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights add to 100, an incident count of 0起 (correct)")  # fmt: skip
def uk05() -> Book:
    b, s = department(dept="禾丰县畜牧兽医服务中心", budget=[(w(860), w(800), w(60), w(310),
                      w(550))], goal="保障奶牛疫病防控和生鲜乳质量安全，兑付奶业振兴补贴。",
                      tasks=FLAT_TASKS)  # fmt: skip
    s.skip()
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("奶牛布病监测头数", 15, "头", "≥", 18000),
        ("生鲜乳收购站巡查次数", 15, "次", "≥", 96),
        ("生鲜乳抽检合格率", 10, "%", "≥", pct(0.995, "0.0%")),
        ("奶牛布病阳性率", 10, "%", "≤", pct(0.005, "0.0%")),
        ("生鲜乳质量安全事件", 10, "起", "≤", 0),
        ("补贴资金兑付及时率", 10, "%", "≥", pct(0.95)),
        ("青贮补贴标准", 10, "元/吨", "≤", 60),
        ("奶农养殖收益增长率", 10, "%", "≥", pct(0.05)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    note(s, "注：生鲜乳质量安全事件以县级以上通报为准，目标为零发生。", 5)
    sign(s, "祁远舟", "0738-6620915")
    return b


@variant("uk06-flat-wrong", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a 反向 rate with ≥, money against a 头 unit, weights add "
         "to 95")  # fmt: skip
def uk06() -> Book:
    tasks = [("奶牛场改造指导", "标准化改造技术服务", w(150), "服务规模奶牛场40个"),
             ("青贮饲料推广", "全株青贮示范推广", w(90), "示范面积2万亩"),
             ("金额合计", None, w(240), None)]  # fmt: skip
    b, s = department(dept="松麓市奶业发展服务中心", budget=[(w(520), w(480), w(40), w(280),
                      w(240))], goal="推进规模奶牛场标准化改造和青贮饲料推广。",
                      tasks=tasks)  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+20+15+15+15+10 = 95, not 100")
    s.skip()
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("服务规模奶牛场数量", "≥40", "正向", "个", 20),
        ("全株青贮示范面积", "≥20000", "正向", "亩", 20),
        ("成母牛年死淘率", mk("≥8", "T108", "warning", row=True,
                         note="a 死淘率 is 反向 (the column says so) but carries ≥"), "反向", "%",
         15),
        ("改造技术服务经费", mk("≤35万元", "T112", "error", note="万元 against the unit 头"),
         "反向", "头", 15),
        ("奶牛场粪污综合利用率", "≥90", "正向", "%", 15),
        ("服务对象满意度", "≥90", "正向", "%", 10),
    ], merged=())  # fmt: skip
    return b
