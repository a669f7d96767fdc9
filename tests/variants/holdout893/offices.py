"""Department returns, tier labels, template rows and a budget-system export: khs13–khs18."""

from __future__ import annotations

from tests.variants.holdout893.common import (
    BRIDGES,
    DEPT,
    ROADS,
    YEAR,
    department,
    indicators,
    note,
    one_year,
    project,
    start,
    wan,
)
from tests.variants.holdout893.registry import variant
from tests.variants.kit import Book, mk

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("khs13-department-money", (12,),
         "department, NAT-2021: 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出, key tasks "
         "adding to a 金额合计 equal to 项目支出, a 说明 row explaining that total "
         "(correct)")  # fmt: skip
def khs13() -> Book:
    b, s = start()
    department(s, BRIDGES, (wan(1520), wan(1380), wan(140), wan(420), wan(1100)),
               "完成农村公路养护工程和3座危桥改造配套，整治公路安全隐患。", [
        ("农村公路养护工程", "县乡道中修及预防性养护", wan(620), "中修26公里"),
        ("危桥改造配套", "3座危桥改造县级配套", wan(300), "3座危桥完工"),
        ("公路安全隐患整治", "急弯陡坡路段防护", wan(130), "整治隐患点40处"),
        ("养护信息化", "桥梁监测终端及平台运维", wan(50), "平台全年在线"),
        ("金额合计", None, wan(1100), None),
    ])  # fmt: skip
    note(s, "说明：金额合计1100万元即项目支出，基本支出420万元未列入年度主要任务。")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "县乡道中修里程", "≥26公里"),
        (None, None, "危桥改造完成数量", "≥3座"),
        (None, None, "整治安全隐患点", "≥40处"),
        (None, "质量指标", "中修工程交工验收合格率", "100%"),
        (None, "时效指标", "桥梁监测平台在线率", "≥98%"),
        ("成本指标", "经济成本指标", "危桥改造县级配套标准", "≤100万元/座"),
        ("效益指标", "社会效益指标", "县乡道优良中等路率", "≥85%"),
        (None, "可持续影响指标", "养护工程质量保修期", "≥2年"),
        ("满意度指标", "服务对象满意度指标", "公路沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khs14-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to their "
         "金额合计")  # fmt: skip
def khs14() -> Book:
    b, s = start()
    total = mk(wan(980), "B101", "error", row=True,
               note="财政拨款 900 + 其他资金 80 = 980, but 基本支出 300 + "
               "项目支出 700 = 1000")  # fmt: skip
    summed = mk(wan(700), "B102", "error", note="the tasks add to 400 + 180 + 90 = 670")
    department(s, ROADS, (total, wan(900), wan(80), wan(300), wan(700)),
               "做好县乡道养护和桥梁巡查，农村公路路况稳定。", [
        ("县乡道预防性养护", "县乡道封层及灌缝", wan(400), "预防性养护30公里"),
        ("桥梁经常性检查", "186座桥梁月度检查", wan(180), "检查全覆盖"),
        ("养护机械购置", "小型养护机械8台", wan(90), "8台机械投入使用"),
        ("金额合计", None, summed, None),
    ])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "预防性养护里程", "≥30公里"),
        (None, None, "新增小型养护机械", "≥8台"),
        (None, "质量指标", "桥梁检查记录合格率", "≥98%"),
        (None, "时效指标", "预防性养护完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "预防性养护单价", "≤13万元/公里"),
        ("效益指标", "社会效益指标", "县乡道优良中等路率", "≥83%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khs15-tier-labels", (5, 7),
         "project, OLD-NAT, two-row header with 考核指标 and 目标值（年度）, tier labels numbered "
         "with points, ★ and * marks and abbreviations, points 90 + 预算执行率 10 "
         "(correct)")  # fmt: skip
def khs15() -> Book:
    b, s = start()
    project(s, "2025年农村公路“路长制”巡查管护", ROADS, one_year(wan(240), wan(200), wan(40)),
            ["聘用60名村道专职管护员，管护530公里村道，落实路长制巡查。"])  # fmt: skip
    s.row("绩效指标", None, None, "目标值（年度）", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "考核指标", None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=4, end_row=s.r, end_column=4)
    s.table([
        ("一、产出指标（50分）", "1.数量", "聘用村道专职管护员", "≥60人"),
        (None, None, "管护村道里程", "≥530公里"),
        (None, "2.质量", "路面保洁达标率", "≥90%"),
        (None, "3.时效", "巡查发现问题处置时限", "≤48小时"),
        (None, "4.成本", "管护员补助标准", "≤0.3万元/人·月"),
        ("二、效益指标（30分）", "★社会效益指标", "农村公路列养率", "100%"),
        (None, "可持续影响", "路长制巡查制度", "建立并执行"),
        ("三、满意度指标（10分）", "*服务对象满意度", "沿线村民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：预算执行率（10分）另行评价，不列入本表。", 4)
    return b


@variant("khs16-tier-wrong-parent", (5,),
         "project, NAT-2021, numbered labels: a 可持续影响指标 block under 产出指标, a completion "
         "deadline given as a percentage")  # fmt: skip
def khs16() -> Book:
    b, s = start()
    project(s, "2025年通组公路窄路面拓宽", BRIDGES, one_year(wan(420), wan(360), wan(60)),
            ["拓宽通组公路窄路面12公里，惠及18个自然村组。"])  # fmt: skip
    parent = mk("（四）可持续影响指标", "F105", "error",
                note="可持续影响指标 belongs under 效益指标, not 产出指标")  # fmt: skip
    deadline = mk("100%", "T113", "warning", note="a completion time given as a percentage")
    indicators(s, HEAD, [
        ("一、产出指标", "（一）数量指标", "窄路面拓宽里程", "≥12公里"),
        (None, "（二）质量指标", "路基压实度达标率", "≥96%"),
        (None, "（三）时效指标", "拓宽工程完工时间", deadline),
        (None, parent, "拓宽路段养护责任落实年限", "≥5年"),
        ("二、成本指标", "（一）经济成本指标", "每公里拓宽成本", "≤35万元/公里"),
        ("三、效益指标", "（一）社会效益指标", "受益自然村组", "≥18个"),
        (None, "（二）生态效益指标", "施工弃土规范处置率", "100%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khs17-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 rows of the template left empty and a "
         "value without an indicator name")  # fmt: skip
def khs17() -> Book:
    b, s = start()
    project(s, "2025年农村公路灾毁应急抢通", ROADS, one_year(wan(75), wan(70), wan(5)),
            ["汛期及冰冻期应急抢通灾毁路段15处以上，保障村组通行。"])  # fmt: skip
    nameless = mk(None, "F110", "error", note="a value with no indicator name")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "应急抢通灾毁路段", "≥15处"),
        (None, None, "储备防滑料", "≥800吨"),
        (None, "质量指标", nameless, "≥95%"),
        (None, "时效指标", "灾毁路段抢通时限", "≤24小时"),
        ("成本指标", "经济成本指标", "单处抢通平均费用", "≤3万元/处"),
        (None, "社会成本指标", "抢通期间临时封闭路段", "≤2处"),
        ("效益指标", mk("经济效益指标", "F109", "warning", row=True,
                       note="template tier-2 left without indicator or value"), None, None),
        (None, "社会效益指标", "灾后恢复通行村组", "≥30个"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        (None, "可持续影响指标", "应急保通机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khs18-budget-export", (7,),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on 部门项目支出"
         "绩效目标05-2 with the header on the third row and codes in the first "
         "columns (correct)")  # fmt: skip
def khs18() -> Book:
    b = Book()
    code, unit, pid = "118003", ROADS, "52112525T000000417"
    name = "2025年乡镇养护道班标准化改造"
    s = b.sheet("部门项目支出预算05-1", (10, 22, 22, 28, 12, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row(f"单位：万元　主管部门：{DEPT}", merge=[(1, 8)])
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款",
          "其他资金")  # fmt: skip
    s.row(code, unit, pid, name, "一次性项目", wan(128), wan(120), wan(8))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 22, 22, 28, 12, 14, 26, 10, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 10)
    t.row("单位：万元", merge=[(1, 10)])
    t.row("单位编码", "单位名称", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标",
          "指标性质", "指标值", "度量单位")  # fmt: skip
    for tiers, rest in [
        (("产出指标", "数量指标"), ("标准化改造养护道班", "≥", 4, "个")),
        (("产出指标", "质量指标"), ("改造工程验收合格率", "=", 100, "%")),
        (("产出指标", "时效指标"), ("项目完成及时率", "≥", 95, "%")),
        (("成本指标", "经济成本指标"), ("单个道班改造成本", "≤", 32, "万元/个")),
        (("效益指标", "社会效益指标"), ("道班覆盖乡镇", "≥", 8, "个")),
        (("效益指标", "可持续影响指标"), ("道班设施使用年限", "≥", 15, "年")),
        (("满意度指标", "服务对象满意度指标"), ("养护职工满意度", "≥", 90, "%")),
    ]:  # fmt: skip
        t.row(code, unit, pid, name, *tiers, *rest)
    return b
