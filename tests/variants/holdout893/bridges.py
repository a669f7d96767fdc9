"""Bridge safety inspection and dangerous-bridge renovation (危桥改造): khs07–khs12."""

from __future__ import annotations

from tests.variants.holdout893.common import (
    BRIDGES,
    ROADS,
    indicators,
    one_year,
    project,
    start,
    wan,
)
from tests.variants.holdout893.registry import variant
from tests.variants.kit import Book, mk

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("khs07-bridge-stacked", (2,),
         "two renovation projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values, unit cost × count equal to the money "
         "(correct)")  # fmt: skip
def khs07() -> Book:
    b, s = start()
    project(s, "2025年枫垭镇危桥改造", BRIDGES, one_year(wan(480), wan(400), wan(80)),
            ["改造枫垭镇4座四类危桥，消除县乡道桥梁安全隐患。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "危桥改造数量", "≥4座"),
        (None, "质量指标", "危桥改造验收合格率", "100%"),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        (None, "成本指标", "单座改造补助标准", "≤120万元/座"),
        ("效益指标", "社会效益指标", "恢复通行载重等级", "≥20吨"),
        ("满意度指标", "服务对象满意度指标", "过桥群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "鹭岙乡漫水桥拆除重建", BRIDGES, one_year(wan(210), wan(180), wan(30)),
            ["拆除重建鹭岙乡2座漫水桥，汛期不再断行。"], title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "危桥改造数量", "≥2座"),
        (None, "质量指标", "危桥改造验收合格率", "100%"),
        (None, "时效指标", "改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "单座改造补助标准", "≤105万元/座"),
        ("效益指标", "社会效益指标", "汛期断行天数", "≤0天"),
        (None, "可持续影响指标", "新桥设计使用年限", "≥50年"),
        ("满意度指标", "服务对象满意度指标", "过桥群众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("khs08-bridge-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "its 财政拨款 + 其他资金, and its 合格率 is given in 座")  # fmt: skip
def khs08() -> Book:
    b, s = start()
    project(s, "2025年县乡道桥梁定期检测", BRIDGES, one_year(wan(60), wan(52), wan(8)),
            ["完成186座县乡道桥梁定期检测，识别全部四、五类桥梁。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "定期检测桥梁数量", "≥186座"),
        (None, "质量指标", "检测报告合格率", "100%"),
        (None, "时效指标", "检测完成时间", "2025年10月31日前"),
        (None, "成本指标", "单座桥梁检测费用", "≤0.3万元/座"),
        ("效益指标", "社会效益指标", "四、五类桥梁识别率", "100%"),
        ("满意度指标", "服务对象满意度指标", "养护单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(260), "B101", "error", note="财政拨款 200 + 其他资金 40 = 240, not 260")
    project(s, "梓坎镇危桥加固", BRIDGES, one_year(total, wan(200), wan(40)),
            ["加固梓坎镇2座危桥，恢复设计荷载。"], title="")  # fmt: skip
    count = mk("3座", "T105", "error", note="a 合格率 given as a count of bridges")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "加固危桥数量", "≥2座"),
        (None, "质量指标", "桥梁荷载试验合格率", count),
        (None, "时效指标", "加固完工时间", "2025年11月30日前"),
        (None, "成本指标", "单座加固费用", "≤110万元/座"),
        ("效益指标", "社会效益指标", "恢复通行载重等级", "≥20吨"),
        ("满意度指标", "服务对象满意度指标", "过桥群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khs09-bridge-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a bridge-class share raised in 百分点 (correct)")  # fmt: skip
def khs09() -> Book:
    b, s = start()
    project(s, "2025年石磴乡危桥改造", BRIDGES, one_year(wan(330), wan(300), wan(30)),
            ["改造石磴乡3座危桥，县乡道一、二类桥梁比例提高5个百分点以上。"])  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", 40, "数量指标", "危桥改造座数", "≥3座", 15),
        (None, None, None, "新建桥梁护栏长度", "≥240米", 5),
        (None, None, "质量指标", "交工验收合格率", "100%", 10),
        (None, None, "时效指标", "年度改造任务完成时间", "2025年12月20日前", 10),
        ("成本指标", 20, "经济成本指标", "单座桥梁改造成本", "≤110万元/座", 12),
        (None, None, "社会成本指标", "施工期断交时长", "≤45天", 8),
        ("效益指标", 30, "社会效益指标", "县乡道一、二类桥梁比例", "提高≥5百分点", 15),
        (None, None, None, "过河绕行距离缩短", "≥6公里", 5),
        (None, None, "可持续影响指标", "改造桥梁设计使用年限", "≥50年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "过桥群众满意度", "≥92%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("khs10-bridge-points-wrong", (9, 10),
         "project, NAT-2021, tier-1 and indicator score columns: two tier scores not matching "
         "the indicator scores under them, a unit cost rounded to 0")  # fmt: skip
def khs10() -> Book:
    b, s = start()
    project(s, "鹭岙乡桥梁护栏及限载设施完善", BRIDGES, one_year(wan(150), wan(130), wan(20)),
            ["更换鹭岙乡12座桥梁防撞护栏，完善限载标志。"])  # fmt: skip
    out = mk(40, "W103", "error", note="产出 indicator scores add to 45, not 40")
    eff = mk(30, "W103", "error", note="效益 indicator scores add to 25, not 30")
    zero = mk("≤0万元/米", "T115", "error", note="a unit cost rounded to 0 (万元 too large a unit)")
    indicators(s, SCORED, [
        ("产出指标", out, "数量指标", "更换防撞护栏桥梁", "≥12座", 15),
        (None, None, None, "设置限载标志", "≥24块", 10),
        (None, None, "质量指标", "护栏安装验收合格率", "100%", 10),
        (None, None, "时效指标", "完工时间", "2025年9月30日前", 10),
        ("成本指标", 20, "经济成本指标", "防撞护栏更换单价", zero, 20),
        ("效益指标", eff, "社会效益指标", "桥梁车辆坠河事故", "≤0起", 15),
        (None, None, "可持续影响指标", "护栏设计使用年限", "≥15年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "过桥群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("khs11-bridge-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator, bare "
         "numbers with a unit column, 0起 and 百分点 (correct)")  # fmt: skip
def khs11() -> Book:
    b, s = start(widths=(14, 16, 28, 10, 10, 12, 12))
    project(s, "2025年县乡道桥梁日常巡查", ROADS, one_year(wan(48), wan(45), wan(3)),
            ["完成186座桥梁经常性检查和技术状况评定，病害早发现早处置。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "每座桥梁经常性检查", "正向", "≥", 12, "次"),
        (None, None, "桥梁技术状况评定", "正向", "≥", 186, "座"),
        (None, "质量指标", "检查记录完整率", "正向", "≥", 98, "%"),
        (None, "时效指标", "病害发现至上报时限", "反向", "≤", 24, "小时"),
        (None, "成本指标", "单座桥梁年度检查成本", "反向", "≤", 0.25, "万元/座"),
        ("效益指标", "社会效益指标", "桥梁安全责任事故", "反向", "≤", 0, "起"),
        (None, None, "四、五类桥梁占比下降", "正向", "≥", 2, "百分点"),
        (None, "可持续影响指标", "桥梁养护档案电子化率", "正向", "≥", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("khs12-bridge-second-sheet", (7, 9),
         "project: head on the first sheet with a date serial typed as text, indicator table on "
         "a second sheet under 预期实现值; a 合格率 as a count, = on a satisfaction "
         "rate")  # fmt: skip
def khs12() -> Book:
    b, s = start("基本信息")
    serial = mk("46022", "X104", "warning", note="2025-12-31 as a serial number in a text cell")
    project(s, "2025年农村公路桥梁限高限宽设施设置", ROADS, one_year(wan(36), wan(32), wan(4)),
            ["在24处限载桥梁两端设置限高限宽设施，遏制超限车辆过桥。"], end=serial)  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18))
    t.title("项目绩效指标", 4)
    count = mk("24处", "T105", "error", note="a 合格率 given as a count of sites")
    equal = mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥95% meant")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "设置限高限宽设施", "≥24处"),
        (None, "质量指标", "设施安装验收合格率", count),
        (None, "时效指标", "设施设置完成时间", "2025年9月30日前"),
        (None, "成本指标", "单处设施设置成本", "≤1.5万元/处"),
        ("效益指标", "社会效益指标", "桥梁超限通行事件", "≤5起"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", equal),
    ])  # fmt: skip
    return b
