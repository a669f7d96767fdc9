"""Fishing-village departments and towns (渔村): flat lists, department money, notes and
template rows: ac07–ac12."""

from __future__ import annotations

from tests.variants.holdout487.common import (
    FISHERY,
    department,
    note,
    one_year,
    project,
    sign,
    start,
    tiers,
    wan,
)
from tests.variants.holdout487.registry import variant
from tests.variants.kit import Book, mk, pct

TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ac07-flat-operator-column", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, a 下降率 with ≥, 0起, weights adding to 100 (correct)")  # fmt: skip
def ac07() -> Book:
    b, s = start()
    department(s, dept=FISHERY, budget=[(wan(420), wan(360), wan(60), wan(150), wan(270))],
               goal="保护修缮渔村海草房，整治渔港避风塘，"
                    "保障渔船安全生产，促进渔民转产增收。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("渔村海草房保护修缮", 15, "栋", "≥", 45),
        ("渔港避风塘清淤", 10, "万立方米", "≥", 3.2),
        ("渔民转产转业技能培训", 10, "人次", "≥", 300),
        ("渔船安全生产责任事故", 10, "起", "≤", 0),
        ("近海养殖废弃网具乱弃量下降率", 10, "%", "≥", 20),
        ("渔村生活污水收集处理率", 10, "%", "≥", pct(0.85)),
        ("海草房修缮验收合格率", 10, "%", "=", pct(1)),
        ("渔业安全应急响应时间", 5, "小时", "≤", 2),
        ("渔民群众满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "唐海燕", "0631-5560931")
    return b


@variant("ac08-flat-direction-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def ac08() -> Book:
    b, s = start()
    department(s, dept="澜屿县鸣沙岬镇人民政府",
               budget=[(wan(480), wan(400), wan(80), wan(120), wan(360))],
               goal="修缮渔村海草房，修复渔港码头护岸，改善渔村人居环境。")  # fmt: skip
    b.file_mark("W101", "error", note="the weights add to 95, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("海草房修缮", "≥28", "正向", "栋", 15),
        ("渔港码头护岸修复", "≥650", "正向", "米", 15),
        ("单栋海草房修缮补助", mk("≤12万元", "T112", "error", alt=("T119",),
                                  note="万元 in the value, 栋 in the unit column"),
         "反向", "栋", 10),
        ("渔船海上安全事故发生率",
         mk("≥1%", "T108", "warning", row=True, note="反向 declared, ≥ written"), "反向", "%", 10),
        ("渔民技能培训", "≥200", "正向", "人次", 10),
        ("渔村生活垃圾无害化处理率", "≥95%", "正向", "%", 15),
        ("海草房村落游客接待量增长率", "≥8%", "正向", "%", 10),
        ("渔民群众满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    sign(s, "孙渔舟", "0631-5581247")
    return b


@variant("ac09-department-money", (12,),
         "department, NAT-2021: budget with shares, key tasks adding to 项目支出 in 金额合计, a "
         "unit cost × count equal to its task money (correct)")  # fmt: skip
def ac09() -> Book:
    b, s = start()
    department(s, dept="澜屿县苫澳镇人民政府", budget=[
        (wan(680), wan(590), wan(90), wan(230), wan(450)),
        (pct(1, "0.00%"), pct(0.8676, "0.00%"), pct(0.1324, "0.00%"), pct(0.3382, "0.00%"),
         pct(0.6618, "0.00%")),
    ], tasks=[
        ("海草房集中连片修缮", "修缮岬头、蛎岙等4个渔村海草房", wan(180), "修缮海草房36栋"),
        ("渔港综合整治", "避风塘清淤、码头护岸修复", wan(130), "清淤2.5万立方米"),
        ("渔村人居环境提升", "污水收集、巷道整修", wan(90), "整修巷道3公里"),
        ("渔民转产技能培训", "海草房民宿经营、苫顶技艺培训", wan(50), "培训260人次"),
        ("金额合计", None, wan(450), None),
    ], goal="完成4个渔村海草房集中连片修缮和渔港综合整治，提升渔村人居环境。")  # fmt: skip
    tiers(s, TIER_HEAD, [
        ("产出指标", "数量指标", "修缮海草房", "≥36栋"),
        (None, None, "避风塘清淤量", "≥2.5万立方米"),
        (None, None, "整修渔村巷道", "≥3公里"),
        (None, None, "渔民转产技能培训", "≥260人次"),
        (None, "质量指标", "海草房修缮验收合格率", "≥98%"),
        (None, "时效指标", "重点任务按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "单栋海草房修缮补助标准", "≤5万元/栋"),
        ("效益指标", "社会效益指标", "渔村生活污水收集处理率", "≥85%"),
        (None, "可持续影响指标", "海草房村级长效管护制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "渔民群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "王潮生", "0631-5523618")
    return b


@variant("ac10-department-money-wrong", (12,),
         "department, NAT-2021: 财政拨款 + 其他资金 ≠ 资金总额, a share that does not match its "
         "amount, key tasks not adding to 金额合计")  # fmt: skip
def ac10() -> Book:
    b, s = start()
    total = mk(wan(520), "B101", "error", note="450 + 60 = 510")
    share = mk(pct(0.3642, "0.00%"), "B111", "error", note="180 ÷ 520 = 34.62%")
    department(s, dept="澜屿县东崮镇人民政府", budget=[
        (total, wan(450), wan(60), wan(180), wan(340)),
        (pct(1, "0.00%"), None, None, share, pct(0.6538, "0.00%")),
    ], tasks=[
        ("海草房修缮", "修缮东崮、西崮两村海草房", wan(120), "修缮海草房24栋"),
        ("渔港避风塘整治", "清淤及护岸修复", wan(95), "清淤1.8万立方米"),
        ("渔村巷道整修", "石板巷道整修", wan(80), "整修巷道2.5公里"),
        ("渔民技能培训", "苫顶技艺、民宿经营培训", wan(40), "培训180人次"),
        ("金额合计", None, mk(wan(340), "B102", "error", note="120+95+80+40 = 335"), None),
    ], goal="修缮东崮、西崮两村海草房，整治渔港避风塘，整修渔村巷道。")  # fmt: skip
    tiers(s, TIER_HEAD, [
        ("产出指标", "数量指标", "修缮海草房", "≥24栋"),
        (None, None, "整修渔村巷道", "≥2.5公里"),
        (None, "质量指标", "修缮工程验收合格率", "≥98%"),
        (None, "时效指标", "重点任务按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "单栋海草房修缮补助标准", "≤5万元/栋"),
        ("效益指标", "社会效益指标", "渔村海草房风貌保存", "有效保护"),
        ("满意度指标", "服务对象满意度指标", "渔民群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "刘晓澜", "0631-5590472")
    return b


@variant("ac11-notes-page-break", (4,),
         "project, OLD-NAT, weight column: an instruction row, subtotals, the header repeated "
         "after a page break, a 合计 of 90 explained by a footnote, 填表说明, signature "
         "(correct)")  # fmt: skip
def ac11() -> Book:
    b, s = start()
    project(s, name="岬头渔村海草房民宿片区修缮项目", unit="澜屿县苫澳镇人民政府",
            dept=FISHERY, funds=one_year(wan(140), wan(120), wan(20)),
            goals=["修缮岬头渔村海草房民宿片区28栋，带动渔民经营海草房民宿。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重", "备注")
    s.row(*head)
    note(s, "说明：三级指标按修缮合同分项填列，可增行。")
    s.table([
        ("产出指标", "数量指标", "修缮海草房", "≥28栋", 15, None),
        (None, None, "整修民宿片区石板路", "≥800米", 10, None),
        (None, "质量指标", "修缮工程验收合格率", "≥98%", 10, None),
        (None, "时效指标", "修缮工程按期完工率", "≥95%", 5, None),
        (None, "成本指标", "单栋海草房修缮补助标准", "≤4.5万元/栋", 10, "计划标准"),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50, None)
    s.skip()
    s.row(*head)
    s.table([
        ("效益指标", "经济效益指标", "海草房民宿经营户", "≥12户", 10, None),
        (None, "社会效益指标", "渔民就地就业", "≥40人", 10, None),
        (None, "可持续影响指标", "民宿片区长效管护制度", "健全", 10, None),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30, None)
    s.table([("满意度指标", "服务对象满意度指标", "民宿经营户和游客满意度", "≥90%", 10, None)],
            merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 10, None)
    s.row("合计", None, None, None, 90, None)
    note(s, "注：预算执行率（10分）另行评价，不列入本表，本表权重合计为90分。")
    note(s, "填表说明：1.指标值应量化；2.定性指标按“健全、完备”等分级表述。")
    sign(s, "姜苇", "0631-5534719")
    s.row("单位负责人（签字）：", None, "（单位盖章）", None, None, None)
    return b


@variant("ac12-template-rows-left", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
         "name, a completion time given as 100%")  # fmt: skip
def ac12() -> Book:
    b, s = start()
    project(s, name="西崮渔村海草房保护性修缮项目", unit="澜屿县东崮镇人民政府",
            funds=one_year(wan(75), wan(65), wan(10)),
            goals=["保护性修缮西崮渔村海草房15栋。"])  # fmt: skip
    tiers(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "修缮海草房", "≥15栋"),
        (None, "质量指标", "修缮工程验收合格率", "≥98%"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥90%"),
        (None, "时效指标", "修缮工程完工时间",
         mk(pct(1), "T113", "warning", note="a deadline given as 100%")),
        ("成本指标", "经济成本指标", "单栋海草房修缮补助标准", "≤5万元/栋"),
        ("效益指标", "社会效益指标", "海草房传统风貌保存", "有效保护"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("满意度指标", "服务对象满意度指标", "修缮户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "曲沧", "0631-5506283")
    return b
