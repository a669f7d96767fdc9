"""Department tables with a budget block (amounts, 占比, 上年预算 and 上年执行数) and 年度主要任务,
and multi-year projects with 中期/年度 money (qk13–qk18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout235.common import (
    ONE,
    SHARE,
    TWO,
    basis,
    book,
    dept_head,
    indicators,
    period_money,
    price,
    qty,
    sign,
    tasks,
    wan,
    yuan,
)
from tests.variants.holdout235.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

WIDTHS = (14, 16, 28, 16, 16, 16, 16)
BASIS = (*ONE, "指标值设定依据")


@variant("qk13-sanitation-centre-shares", (1, 12), "department table, NAT-2021, amounts with "
         "rounded shares (93.55/6.45, 66.67/33.33), a prior-year block spent below budget, tasks "
         "adding up to 项目支出, rates shown 100% (correct)")  # fmt: skip
def qk13() -> Book:
    b, s = book("部门整体绩效目标", WIDTHS)
    dept_head(s, year=2026, dept="桐岭区环境卫生管理中心", rows=[
        ("金额", wan(1860), wan(1740), wan(120), wan(1240), wan(620)),
        ("占比", pct(1, SHARE), pct(0.9355, SHARE), pct(0.0645, SHARE), pct(0.6667, SHARE),
         pct(0.3333, SHARE)),
        ("上年预算", wan(1795), wan(1700), wan(95), wan(1210), wan(585)),
        ("上年执行数", wan(1762.4), wan(1680.2), wan(82.2), wan(1205.6), wan(556.8)),
    ])  # fmt: skip
    tasks(s, [
        ("生活垃圾分类推进", "督导宣传、投放点位改造", wan(186.5), "分类覆盖城区130个小区"),
        ("城区道路清扫保洁", "210万平方米道路机扫及人工保洁", wan(265), "保洁达标率95%以上"),
        ("公共厕所运行维护", "56座公厕保洁及维修", wan(98.5), "公厕设施完好"),
        ("环卫设施设备维修", "收集点、车辆及转运设备维修", wan(70), "设施设备正常运行"),
    ], wan(620))  # fmt: skip
    s.row("年度总体目标", "全面推进生活垃圾分类，城区道路机扫及公厕保洁质量稳步提升，"
          "生活垃圾无害化处理率保持100%。", merge=[(2, 7)])  # fmt: skip
    indicators(s, BASIS, [
        ("产出指标", "数量指标", "城区道路机械化清扫面积", "≥210万平方米", "计划标准"),
        (None, None, "生活垃圾分类覆盖小区", "≥130个", "计划标准"),
        (None, None, "运行维护公共厕所", "≥56座", "计划标准"),
        (None, "质量指标", "道路保洁质量考核达标率", "≥95%", "行业标准"),
        (None, None, "生活垃圾无害化处理率", pct(1), "行业标准"),
        (None, "时效指标", "生活垃圾日产日清率", pct(1), "计划标准"),
        ("成本指标", "经济成本指标", "道路保洁单位面积年成本", "≤1.26元/平方米", "历史标准"),
        (None, None, "公厕单座年运维成本", "≤1.75万元/座", "历史标准"),
        ("效益指标", "社会效益指标", "市容环境卫生投诉件数较上年下降率", "≥10%", "历史标准"),
        (None, "生态效益指标", "生活垃圾回收利用率", "≥35%", "行业标准"),
        (None, "可持续影响指标", "环卫作业市场化监管机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "市民对市容环境卫生满意度", "≥90%", "历史标准"),
    ])  # fmt: skip
    sign(s, "邵静姝", "黎向东", "0738-47712260")
    return b


@variant("qk14-bureau-total-and-share-off", (1, 12), "department table, NAT-2021: 资金总额 2450 "
         "but 基本支出 + 项目支出 = 2400, a 财政拨款 占比 92.00% for 91.02%, 上年执行数 above "
         "上年预算")  # fmt: skip
def qk14() -> Book:
    b, s = book("Sheet1", WIDTHS)
    total = mk(wan(2450), "B101", "error", row=True, note="基本支出 1520 + 项目支出 880 = 2400")
    share = mk(pct(0.92, SHARE), "B111", "error", note="2230 ÷ 2450 = 91.02%")
    spent = mk(wan(2356.8), "B104", "warning", row=True, note="上年执行数 2356.8 > 上年预算 2310")
    dept_head(s, year=2026, dept="梅坞区城市管理局", rows=[
        ("金额", total, wan(2230), wan(220), wan(1520), wan(880)),
        ("占比", pct(1, SHARE), share, pct(0.0898, SHARE), pct(0.6204, SHARE),
         pct(0.3592, SHARE)),
        ("上年预算", wan(2310), wan(2120), wan(190), wan(1480), wan(830)),
        ("上年执行数", spent, wan(2166.8), wan(190), wan(1502.4), wan(854.4)),
    ])  # fmt: skip
    tasks(s, [
        ("生活垃圾分类", "分类设施配置及督导", wan(260), "城区小区分类全覆盖"),
        ("市容秩序管理", "占道经营及户外广告整治", wan(180), "市容秩序明显改善"),
        ("市政设施维护", "道路、桥梁及排水设施养护", wan(320), "设施完好率95%以上"),
        ("数字城管运行", "信息采集及平台运维", wan(120), "案件按期结案"),
    ], wan(880))  # fmt: skip
    s.row("年度总体目标", "2026年推进城市精细化管理，市政设施完好率保持在95%以上，数字城管"
          "案件按期结案率不低于95%。", merge=[(2, 7)])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "养护市政道路", "≥86公里"),
        (None, None, "数字城管信息采集案件", "≥42000件"),
        (None, "质量指标", "市政设施完好率", "≥95%"),
        (None, "时效指标", "数字城管案件按期结案率", "≥95%"),
        ("成本指标", "经济成本指标", "市政道路每公里年养护成本", "≤3.2万元/公里"),
        ("效益指标", "社会效益指标", "占道经营投诉件数较上年下降率", "≥15%"),
        (None, "可持续影响指标", "城市管理网格化长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "市民对城市管理工作满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "狄明轩", "费晓岚", "0572-63318879")
    return b


@variant("qk15-rural-sanitation-three-years", (1, 12), "three-year project, NAT-2021, 中期/年度 "
         "money in 万元 and a 测算依据 in 元 (4,200,000.00元 = 420万元), cumulative counts "
         "annual below period (correct)")  # fmt: skip
def qk15() -> Book:
    b, s = book("项目绩效目标", (14, 18, 30, 20, 20, 22))
    project_head(
        s, year=2026, years=3, name="城乡环卫一体化市场化运营项目", attr="新增项目",
        dept="禾丰县城市管理局（156）", unit="禾丰县城乡环境卫生服务中心",
        money=period_money((wan(1260), wan(1200), wan(60)), (wan(420), wan(400), wan(20))),
        goals=["实现14个乡镇保洁全覆盖，累计更新收集容器5000个，清运处置农村生活垃圾96000吨，"
               "无害化处理率达到95%。",
               "2026年完成14个乡镇保洁作业市场化运营，更新收集容器1700个，清运处置农村生活"
               "垃圾32000吨。"],
    )  # fmt: skip
    basis(s, [
        ("镇村保洁作业服务", qty(14, "个"), price(230000, "个"), yuan(3220000),
         "运营服务合同年度金额，按乡镇数结算"),
        ("垃圾清运车辆运行", qty(16, "台"), price(40000, "台"), yuan(640000), "燃油及维修"),
        ("收集容器更新", qty(1700, "个"), price(200, "个"), yuan(340000), None),
    ], yuan(4200000), unit="元")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "更新垃圾收集容器", "≥5000个", "≥1700个"),
        (None, None, "清运处置农村生活垃圾", "≥96000吨", "≥32000吨"),
        (None, "质量指标", "乡镇保洁覆盖率", "100%", "100%"),
        (None, None, "农村生活垃圾无害化处理率", "≥95%", "≥92%"),
        (None, "时效指标", "农村生活垃圾清运周期", "≤2天", "≤2天"),
        ("成本指标", "经济成本指标", "单个乡镇年保洁作业成本", "≤23万元/个", "≤23万元/个"),
        ("效益指标", "生态效益指标", "农村生活垃圾回收利用率", "≥35%", "≥30%"),
        (None, "可持续影响指标", "城乡环卫一体化运营监管机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "农村居民满意度", "≥90%", "≥88%"),
    ])  # fmt: skip
    sign(s, "甘书恒", "骆清漪", "0730-29914457")
    return b


@variant("qk16-tasks-lost-decimal", (9, 12), "department table, NAT-2021: a task amount "
         "4560 for 45.60 (the 金额合计 then fails too), a 填报日期 typed as the serial "
         "46006")  # fmt: skip
def qk16() -> Book:
    b, s = book("Sheet1", WIDTHS)
    filled = mk("46006", "X104", "warning", note="a date serial as text: 2025-12-15")
    dept_head(s, year=2026, dept="溪岚市城市管理局", filled=filled, rows=[
        ("金额", wan(3680), wan(3400), wan(280), wan(2260), wan(1420)),
    ])  # fmt: skip
    lost = mk(wan(4560), "B110", "error", alt=("B102",), note="45.60 with the point lost")
    tasks(s, [
        ("生活垃圾分类", "投放点位改造及督导", wan(386), "分类覆盖率100%"),
        ("道路清扫保洁", "主次干道机扫及人工保洁", wan(545.6), "保洁达标率95%以上"),
        ("公共厕所运维", "19座公厕保洁及耗材", lost, "公厕设施完好"),
        ("市政设施维护", "道路、路灯及排水设施养护", wan(442.8), "设施完好率95%以上"),
    ], mk(wan(1420), "B102", "error", required=False, note="off by the lost point"))  # fmt: skip
    s.row("年度总体目标", "2026年生活垃圾分类小区覆盖率达到100%，道路保洁和公厕管护质量"
          "持续提升，市政设施完好率保持在95%以上。", merge=[(2, 7)])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "生活垃圾分类覆盖小区", "≥210个"),
        (None, None, "运行维护公共厕所", "≥19座"),
        (None, "质量指标", "生活垃圾分类小区覆盖率", "100%"),
        (None, None, "道路保洁质量考核达标率", "≥95%"),
        (None, None, "市政设施完好率", "≥95%"),
        (None, "时效指标", "设施报修处置及时率", "≥95%"),
        ("成本指标", "经济成本指标", "公厕单座年运维成本", "≤2.4万元/座"),
        ("效益指标", "社会效益指标", "市容环境投诉件数较上年下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "齐若川", "潘慧中", "0591-27730614")
    return b


@variant("qk17-station-in-yuan", (1, 9, 12), "department table, NAT-2021, money in 元 by number "
         "formats (head, shares, tasks), a real date in CN format, cost caps within each task "
         "(correct)")  # fmt: skip
def qk17() -> Book:
    b, s = book("部门整体支出", WIDTHS)
    dept_head(s, year=2026, dept="岑港县环境卫生管理站", unit="元",
              filled=day(2025, 11, 28, CN_DATE), rows=[
        ("金额", yuan(8650000), yuan(8120000), yuan(530000), yuan(5480000), yuan(3170000)),
        ("占比", pct(1, SHARE), pct(0.9387, SHARE), pct(0.0613, SHARE), pct(0.6335, SHARE),
         pct(0.3665, SHARE)),
    ])  # fmt: skip
    tasks(s, [
        ("生活垃圾清运", "城区生活垃圾收集清运", yuan(1460000), "日产日清"),
        ("道路清扫保洁", "96万平方米道路保洁", yuan(1180000), "保洁达标率92%以上"),
        ("公共厕所管护", "22座公厕保洁及维修", yuan(530000), "公厕设施完好"),
    ], yuan(3170000), unit="元")  # fmt: skip
    s.row("年度总体目标", "2026年城区生活垃圾日产日清、无害化处理率100%，道路保洁达标率92%"
          "以上，22座公厕管护到位。", merge=[(2, 7)])  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "清运城区生活垃圾", "≥21000吨", None),
        (None, None, "保洁道路面积", "≥96万平方米", None),
        (None, None, "管护公共厕所", "≥22座", None),
        (None, "质量指标", "生活垃圾无害化处理率", pct(1), None),
        (None, None, "道路保洁质量考核达标率", "≥92%", "按月考核"),
        (None, "时效指标", "暴露垃圾清理时间", "≤2小时", "接报后计"),
        ("成本指标", "经济成本指标", "吨垃圾清运成本", "≤69.5元/吨", None),
        (None, None, "单位面积道路年保洁成本", "≤1.2元/平方米", None),
        (None, None, "单座公厕年管护成本", "≤2.4万元/座", None),
        ("效益指标", "社会效益指标", "环境卫生投诉件数较上年下降率", "≥10%", None),
        (None, "可持续影响指标", "环卫作业质量考核机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "城区群众满意度", "≥90%", "第三方测评"),
    ])  # fmt: skip
    sign(s, "闵清越", "桑立诚", "0580-66125903")
    return b


@variant("qk18-toilet-upgrade-annual-over", (9, 12), "two-year project, NAT-2021, "
         "中期/年度: the 年度资金总额 650 exceeds the 中期 560, the start date typed as the "
         "serial 46023")  # fmt: skip
def qk18() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 20, 20, 18))
    over = mk(wan(650), "B103", "error", row=True, note="年度 650 > 中期 560")
    start = mk("46023", "X104", "warning", note="a date serial as text: 2026-01-01")
    project_head(
        s, year=2026, years=2, name="城市公厕智慧化改造项目", attr="新增项目",
        dept="榕溪区城市管理局（217）", unit="榕溪区市容环境卫生服务中心", start=start,
        money=period_money((wan(560), wan(520), wan(40)), (over, wan(610), wan(40))),
        goals=["完成城区64座公厕智慧化改造，实现客流、异味和耗材在线监测。",
               "2026年完成32座公厕智慧化改造，建成公厕智慧管理平台。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "智慧化改造公共厕所", "≥64座", "≥32座"),
        (None, "质量指标", "改造工程验收合格率", "100%", "100%"),
        (None, "时效指标", "改造完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单座公厕智慧化改造成本", "≤8万元/座", "≤8万元/座"),
        ("效益指标", "社会效益指标", "公厕异味报警处置率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "公厕智慧管理平台运维机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "如厕群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柴予墨", "冉北辰", "0595-81146627")
    return b
