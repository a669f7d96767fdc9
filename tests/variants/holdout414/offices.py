"""Department returns, flat lists, a budget-system export and a converted return (xh13–xh18)."""

from __future__ import annotations

from tests.variants.holdout414.common import (
    LIB,
    department,
    indicators,
    lines,
    notes,
    project,
    sign,
    start,
)
from tests.variants.holdout414.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("xh13-department-money", (12,),
         "department, NAT-2021: budget with typed percent shares, three key tasks adding to "
         "金额合计 = 项目支出 (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = start()
    shares = (pct(1), pct(0.9048, "0.00%"), pct(0.0952, "0.00%"), pct(0.619, "0.00%"),
              pct(0.381, "0.00%"))  # fmt: skip
    department(s, dept="澄湾市视障人士服务中心", budget=[(420, 380, 40, 260, 160), shares],
               goal="保障盲文阅览室全年开放，完成150名视障人士定向行走训练和40名视障儿童启蒙教育。",
               tasks=[("盲文阅览室运行", "阅览室开放、听书机外借", 60, "全年开放不少于300天"),
                      ("定向行走训练", "训练视障人士、培养教员", 55, "训练150人"),
                      ("视障儿童启蒙教育", "盲文启蒙课程", 45, "受教儿童40人"),
                      ("金额合计", None, 160, None)])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "盲文阅览室开放天数", "≥300天"),
        (None, None, "定向行走训练视障人士", "≥150人"),
        (None, None, "受教视障儿童", "≥40人"),
        (None, "质量指标", "定向行走训练结业率", "≥90%"),
        (None, "时效指标", "项目资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "人均定向行走训练成本", "≤1800元/人"),
        ("效益指标", "社会效益指标", "视障人士公共文化服务参与率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "视障服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "乔映竹", "0613-5521940")
    return b


@variant("xh14-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to "
         "金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = start()
    total = mk(money(350, WAN), "B101", "error", row=True, note="200 + 160 = 360 ≠ 350")
    sum_ = mk(money(160, WAN), "B102", "error", note="70 + 50 + 35 = 155 ≠ 160")
    department(s, dept="澄湾市盲人按摩指导中心", budget=[(total, 320, 30, 200, 160)],
               goal="培训盲人按摩师100名，扶持盲人按摩机构20家，开展保健按摩进社区服务。",
               tasks=[("盲人按摩职业培训", "理论与实操培训、考证", 70, "培训100人"),
                      ("按摩机构扶持", "规范化改造补助", 50, "扶持20家"),
                      ("保健按摩进社区", "社区义诊", 35, "服务3000人次"),
                      ("金额合计", None, sum_, None)])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "培训盲人按摩师", "≥100人"),
        (None, None, "扶持盲人按摩机构", "≥20家"),
        (None, None, "保健按摩进社区服务", "≥3000人次"),
        (None, "质量指标", "培训考核合格率", "≥85%"),
        ("成本指标", "经济成本指标", "每家机构扶持资金", "≤2.5万元/家"),
        ("效益指标", "社会效益指标", "结业学员就业率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("xh15-flat-library", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "a typed percent, weights adding to 100 (correct)")  # fmt: skip
def flat_library() -> Book:
    b, s = start()
    department(s, dept="澄湾市图书馆", budget=[(510, 470, 40, 380, 130)],
               goal="盲文图书外借6000册次，听书机外借3000人次，举办视障读者活动24场。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*FLAT)
    s.table([
        (1, "盲文图书外借", 20, "册次", "≥", 6000),
        (2, "听书机外借", 15, "人次", "≥", 3000),
        (3, "视障读者活动场次", 15, "场", "≥", 24),
        (4, "阅览设备完好率", 15, "%", "≥", 95),
        (5, "盲文图书平均采购单价", 10, "元/册", "≤", 150),
        (6, "视障读者满意度", 15, "%", "≥", pct(0.9)),
        (7, "视障读者投诉率", 10, "%", "≤", 2),
        ("合计", None, 100, None, None, None),
    ])  # fmt: skip
    sign(s, "郁闻笙", "0613-5538207")
    return b


@variant("xh16-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 指标性质 as "
         "direction · 权重): weights adding to 95, an amount against a 人次 unit")  # fmt: skip
def flat_defects() -> Book:
    b, s = start()
    department(s, dept="澄湾市盲人福利服务中心", budget=[(260, 240, 20, 170, 90)],
               goal="开展视障人士上门助餐、读报和出行陪同服务，服务1.2万人次。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("序号", "指标名称", "指标值", "计量单位", "指标性质", "权重")
    wrong_unit = mk("≥1.2万元", "T112", "error", note="万元 in the value, 人次 in the unit column")
    s.table([
        (1, "上门读报陪伴服务", "≥5000", "人次", "正向", 20),
        (2, "出行陪同服务", wrong_unit, "人次", "正向", 15),
        (3, "助餐服务覆盖率", "≥80", "%", "正向", 15),
        (4, "服务记录完整率", "≥95", "%", "正向", 15),
        (5, "每人次服务成本", "≤60", "元/人次", "反向", 10),
        (6, "服务投诉率", "≤2", "%", "反向", 10),
        (7, "服务对象满意度", "≥90", "%", "正向", 10),
        ("合计", None, None, None, None, 95),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+15+10+10+10 = 95, not 100")
    return b


EXPORT = "部门项目支出绩效目标05-2"
HEAD = ("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")


@variant("xh17-system-export", (4, 7),
         "budget-system export: sheets 05-1 and 05-2, headers on the third row, codes in the "
         "first columns, a header repeated after a page break, notes (correct)")  # fmt: skip
def system_export() -> Book:
    b, s = start("部门项目支出预算05-1", (10, 22, 24, 24, 12, 12, 12))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("208004", "澄湾市图书馆", "330612260000004417", "盲文阅览室无障碍服务提升",
          money(48.6), money(45), money(3.6))  # fmt: skip
    s.row("合计", None, None, None, money(48.6), money(45), money(3.6))
    t = b.sheet(EXPORT, (10, 20, 22, 12, 14, 26, 14))
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row(f"单位名称：澄湾市图书馆　主管部门：{LIB}")
    t.row(*HEAD)
    code = ("208004", "330612260000004417", "盲文阅览室无障碍服务提升")
    for tier in (("产出指标", "数量指标", "视障读者阅读推广活动", "≥24场"),
                 ("产出指标", "数量指标", "培训助盲志愿者", "≥60人"),
                 ("产出指标", "质量指标", "无障碍设施验收合格率", "≥98%"),
                 ("产出指标", "时效指标", "志愿者培训完成时间", "2026年6月30日前"),
                 ("产出指标", "成本指标", "单场推广活动成本", "≤5000元/场")):  # fmt: skip
        t.row(*code, *tier)
    t.row(*HEAD)
    for tier in (("效益指标", "社会效益指标", "视障读者活动参与率", "≥50%"),
                 ("效益指标", "可持续影响指标", "助盲志愿者服务机制", "建立并执行"),
                 ("满意度指标", "服务对象满意度指标", "视障读者满意度", "≥90%")):  # fmt: skip
        t.row(*code, *tier)
    notes(t, "注：指标值依据上年度实际服务量和本年度预算确定。", width=7)
    notes(t, "填表说明：本表由预算管理一体化系统导出，各指标不得删除。", width=7)
    sign(t, "莫听澜", "0613-5538215")
    return b


@variant("xh18-converted-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines: an amount split by a space, a date "
         "left as a serial in a text cell, a placeholder target")  # fmt: skip
def converted_artefacts() -> Book:
    b, s = start()
    f4 = '0.0000"万元"'
    split = mk("48.042 5", "X105", "warning", alt=("X103",), note="read 48.0425")
    serial = mk("46387", "X104", "warning", note="2026-12-31 as a serial in a text cell")
    project(s, name="盲文读物刻印与大字本印制", unit="澄湾市盲文印刷所", dept=LIB,
            amounts=(money(52.0425, f4), split, money(4, f4)), end=serial,
            goal="刻印盲文读物600册，印制大字本读物，免费发放给视障和低视力读者。")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "刻印盲文读物", "≥600册"),
        (None, None, "印制大字本读物",
         mk("≥XX册", "X101", "error", note="placeholder left in the target")),
        (None, "质量指标", "刻印校对差错率", "≤1%"),
        (None, "时效指标", "读物发放完成时间", "2026年11月30日前"),
        (None, "成本指标", "每册盲文读物刻印成本", "≤500元/册"),
        ("效益指标", "社会效益指标", "视障读者阅读需求满足率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受赠读者满意度", "≥90%"),
    ])  # fmt: skip
    lines(s, [("盲文读物刻印", money(30, f4)), ("大字本印制", money(18.0425, f4)),
              ("刻印设备维护", money(4, f4))], money(52.0425, f4))  # fmt: skip
    return b
