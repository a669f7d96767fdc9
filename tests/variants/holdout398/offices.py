"""Navigation-aid offices' department returns, flat lists, a budget-system export and a
template left half filled."""

from __future__ import annotations

from openpyxl.worksheet.pagebreak import Break

from tests.variants.holdout398.common import (
    book,
    department,
    first,
    indicators,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout398.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
TIERED = ("一级指标", "二级指标", "三级指标", "年度指标值")


@variant("wr13-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100 with a 合计 row (correct)")  # fmt: skip
def wr13() -> Book:
    b = book()
    s = first(b)
    department(s, "澄礁市海事航标局", [(wan(1860), wan(1790), wan(70), wan(1140), wan(720))],
               "保障辖区灯塔和公用航标正常运行，航标维护正常率不低于99%。", [
        ("灯塔维护", "辖区18座灯塔灯器、塔身维护", wan(310), "灯塔正常发光率≥99.5%"),
        ("航标维护", "公用浮标、灯桩维护", wan(260), "航标维护正常率≥99%"),
        ("航标遥测系统运维", "遥测遥控终端及平台运维", wan(150), "遥测终端在线率≥95%"),
        ("金额合计", None, wan(720), None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    for line in (
        ("灯塔正常发光率", 15, "%", "≥", pct(0.995, "0.0%")),
        ("航标维护正常率", 15, "%", "≥", pct(0.99)),
        ("维护灯塔座数", 10, "座", "≥", 18),
        ("维护公用航标座数", 10, "座", "≥", 300),
        ("航标碰损事故下降率", 10, "%", "≥", pct(0.1)),
        ("灯塔责任性安全事故", 10, "起", "≤", 0),
        ("航标失常恢复时间", 10, "小时", "≤", 24),
        ("遥测终端在线率", 10, "%", "≥", pct(0.95)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ):  # fmt: skip
        s.row(*line)
    return b


@variant("wr14-flat-wrong", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标方向 · 计量单位 · "
         "权重): a unit conflict, ≥ on a 反向 rate, weights adding to 95")  # fmt: skip
def wr14() -> Book:
    b = book()
    s = first(b)
    department(s, "澄礁航标处南汐航标所", [(wan(980), wan(940), wan(40), wan(610), wan(370))],
               "维护辖区灯桩12座、浮标85座。", [
        ("灯桩维护", "近岸灯桩灯器及桩体维护", wan(150), "灯桩正常率≥99%"),
        ("浮标维护", "港池及航道浮标维护", wan(220), "浮标正常率≥99%"),
        ("金额合计", None, wan(370), None),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    s.row("指标名称", "指标值", "指标方向", "计量单位", "权重")
    for line in (
        ("灯桩维护数量", mk("≥12万元", "T112", "error", note="万元 in the value, 座 in the unit"),
         "正向", "座", 15),
        ("浮标维护数量", "≥85", "正向", "座", 15),
        ("航标失常率", mk("≥2", "T108", "warning", row=True, note="反向 with ≥"), "反向", "%",
         15),
        ("航标维护正常率", "≥99", "正向", "%", 20),
        ("航标失常恢复时间", "≤24", "反向", "小时", 10),
        ("单座浮标年维护成本", "≤2.5", "反向", "万元/座", 10),
        ("服务对象满意度", "≥90", "正向", "%", 10),
    ):  # fmt: skip
        s.row(*line)
    sign(s, "阮潮平", "0596-3361528", day(2024, 11, 22))
    return b


@variant("wr15-department-money", (12, 10),
         "department, NAT-2021: budget with a share row, four tasks adding to 金额合计 = 项目支出, "
         "a footnote explaining the total, a rate raised in 百分点 (correct)")  # fmt: skip
def wr15() -> Book:
    b = book()
    s = first(b)
    budget = [(wan(2400), wan(2280), wan(120), wan(1560), wan(840)),
              (pct(1), pct(0.95), pct(0.05), pct(0.65), pct(0.35))]  # fmt: skip
    department(s, "澄礁市航标与灯塔管理中心", budget,
               "保障辖区18座灯塔、300座公用航标正常运行。", [
        ("灯塔维护", "灯器、塔身及附属设施维护", wan(310), "灯塔正常发光率≥99.5%"),
        ("航标维护", "公用浮标、灯桩维护", wan(270), "航标维护正常率≥99%"),
        ("遥测系统运维", "遥测遥控终端及平台运维", wan(160), "遥测终端在线率≥95%"),
        ("航标应急抢修", "失常航标应急抢修", wan(100), "抢修到达≤6小时"),
        ("金额合计", None, wan(840), None),
    ])  # fmt: skip
    note(s, "注：金额合计为项目支出840万元，不含基本支出1560万元。")
    indicators(s, [
        ("成本指标", "经济成本指标", "单座灯塔年均维护成本", "≤17万元/座"),
        ("产出指标", "数量指标", "维护灯塔座数", "≥18座"),
        (None, None, "维护公用航标座数", "≥300座"),
        (None, "质量指标", "航标维护正常率", "≥99%"),
        (None, "时效指标", "应急抢修到达时间", "≤6小时"),
        ("效益指标", "社会效益指标", "辖区航标正常率较上年提高", "≥0.5百分点"),
        (None, "可持续影响指标", "遥测遥控航标占比", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "航运企业满意度", "≥90%"),
    ], header=TIERED)  # fmt: skip
    return b


@variant("wr16-department-money-wrong", (12,),
         "department, NAT-2021: 财政拨款 + 其他资金 ≠ 资金总额, a share that does not match its "
         "amount, tasks not adding to 金额合计")  # fmt: skip
def wr16() -> Book:
    b = book()
    s = first(b)
    total = mk(wan(1980), "B101", "error", row=True, note="1900 + 60 = 1960, not 1980")
    share = mk(pct(0.4), "B111", "error", note="720 / 1980 = 36.4%, not 40%")
    budget = [(total, wan(1900), wan(60), wan(1260), wan(720)),
              (pct(1), None, None, pct(0.636, "0.0%"), share)]  # fmt: skip
    department(s, "澄礁航标处北汐航标所", budget, "维护辖区灯塔10座、公用航标210座。", [
        ("灯塔维护", "灯器及塔身维护", wan(300), "灯塔正常发光率≥99.5%"),
        ("航标维护", "浮标、灯桩维护", wan(260), "航标维护正常率≥99%"),
        ("遥测系统运维", "遥测终端运维", wan(150), "遥测终端在线率≥95%"),
        ("金额合计", None, mk(wan(720), "B102", "error", note="300 + 260 + 150 = 710"), None),
    ])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "单座灯塔年均维护成本", "≤28万元/座"),
        ("产出指标", "数量指标", "维护灯塔座数", "≥10座"),
        (None, None, "维护公用航标座数", "≥210座"),
        (None, "质量指标", "航标维护正常率", "≥99%"),
        ("效益指标", "社会效益指标", "辖区航道通航保障率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "航运企业满意度", "≥90%"),
    ], header=TIERED)  # fmt: skip
    return b


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("wr17-system-export", (4, 7),
         "budget-system export: sheets 05-1 (money) and 05-2 (indicators, header on the third "
         "row, codes first), an instruction row, a header repeated after a page break, notes and "
         "a signature line (correct)")  # fmt: skip
def wr17() -> Book:
    b = book("部门项目支出预算05-1", (16, 22, 14, 14, 14, 10))
    s = first(b)
    s.title("2025年部门项目支出预算", 6)
    s.row("单位：万元", None, None, None, None, None)
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    s.row("306001250012", "灯塔及航标日常维护", wan(95), wan(90), wan(5), "1年")
    s.row("306001250027", "灯塔防台加固专项", wan(40), wan(40), wan(0), "1年")
    s.row("合计", None, wan(135), wan(130), wan(5), None)
    s = b.sheet("部门项目支出绩效目标05-2", (16, 20, 14, 14, 28, 16, 14))
    s.title("2025年部门项目支出绩效目标", 7)
    s.row("填报单位：澄礁市海事航标局", None, None, None, None, None, None)
    indicators(s, [
        ("306001250012", "灯塔及航标日常维护", "产出指标", "数量指标", "维护灯塔座数", "≥8座"),
        (None, None, None, None, "维护浮标座数", "≥40座"),
        (None, None, None, "质量指标", "航标维护正常率", "≥99%"),
        (None, None, None, "时效指标", "失常航标恢复时间", "≤24小时"),
        (None, None, None, "成本指标", "单座浮标年维护成本", "≤1.2万元/座"),
        (None, None, "效益指标", "社会效益指标", "辖区航道通航保障率", "≥98%"),
        (None, None, "满意度指标", "服务对象满意度指标", "过往船舶满意度", "≥90%"),
    ], header=EXPORT, merged=(1, 2, 3, 4))  # fmt: skip
    note(s, "填表说明：指标值须含比较符和计量单位，定性指标填写等级。", 7)
    s.ws.row_breaks.append(Break(id=s.r))
    s.row(*EXPORT)
    s.table([
        ("306001250027", "灯塔防台加固专项", "产出指标", "数量指标", "防台加固灯塔座数", "≥2座"),
        (None, None, None, "质量指标", "加固工程验收合格率", pct(1)),
        (None, None, None, "成本指标", "单座灯塔加固成本", "≤20万元/座"),
        (None, None, "效益指标", "社会效益指标", "台风期灯塔停光时长", "≤12小时"),
        (None, None, "满意度指标", "服务对象满意度指标", "灯塔管理站满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    note(s, "说明：本表由预算管理一体化系统导出，金额单位为万元。", 7)
    sign(s, "龚屿帆", "0596-3302871", day(2024, 12, 10))
    return b


@variant("wr18-template-rows", (6, 13, 7),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without "
         "indicators, a value without a name")  # fmt: skip
def wr18() -> Book:
    b = book()
    s = first(b)
    project(s, "灯塔航标太阳能供电系统维护项目", "澄礁航标处供电维护队",
            one_year(wan(36), wan(36), wan(0)),
            ["维护灯塔航标太阳能供电系统20套，减少停电。"])  # fmt: skip
    f109 = "a tier-2 left from the template with no indicator and no value"
    indicators(s, [
        ("成本指标", "经济成本指标", "单套供电系统维护成本", "≤1.5万元/套"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note=f109), None, None),
        ("产出指标", "数量指标", "维护供电系统套数", "≥20套"),
        (None, "质量指标", mk(None, "F110", "error", note="a value without a name"), "≥98%"),
        (None, "时效指标", "故障修复时间", "≤48小时"),
        ("效益指标", "社会效益指标", "灯塔航标停电次数", "≤3次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=f109), None, None),
        (None, "可持续影响指标", "蓄电池使用寿命", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "航标管理站满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    return b
