"""Percent cells, money blocks, points at two levels and conversion artefacts (1, 9–12)."""

from __future__ import annotations

from tests.variants.holdout462.common import (
    YEAR,
    detail,
    funds,
    indicators,
    notes,
    project,
    signature,
    start,
)
from tests.variants.holdout462.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("zd01-percent-cells", (1,),
         "project, OLD-NAT, operator column (指标性质) and unit column, percentages typed in "
         "Excel, 万元 in the number format (correct)")  # fmt: skip
def zd01() -> Book:
    b, s = start()
    project(s, "枣塬镇传统窑洞加固改造项目", "枣塬镇人民政府", funds(400, 360, 40),
            ["完成三百二十户农户窑洞加固改造，消除坍塌隐患，保障农户住房安全。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "窑洞加固改造户数", "≥", 320, "户"),
        (None, None, "窑脸及拱顶修缮孔数", "≥", 960, "孔"),
        (None, "质量指标", "加固工程验收合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "单户加固施工周期", "≤", 90, "天"),
        (None, "成本指标", "户均加固补助标准", "≤", 1.2, "万元/户"),
        ("效益指标", "社会效益指标", "改造农户住房安全鉴定达标率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "加固窑洞安全使用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    signature(s, "贺玉川", "0913-6125548")
    return b


@variant("zd02-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column: a typed 105% on a 合格率 and ≥ on an incident "
         "rate")  # fmt: skip
def zd02() -> Book:
    b, s = start()
    project(s, "柳峪县农村窑洞安全隐患排查鉴定项目", "柳峪县农村房屋安全服务站",
            funds(150, 150, 0), ["对全县在住窑洞逐孔排查鉴定，建立危窑台账。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "排查鉴定窑洞孔数", "≥", 4800, "孔"),
        (None, "质量指标", "鉴定结论复核合格率", "≥",
         mk(pct(1.05), "T106", "error", note="typed 105%: a 合格率 cannot exceed 100%"), "%"),
        (None, "时效指标", "排查问题反馈时间", "≤", 15, "工作日"),
        (None, "成本指标", "每孔鉴定费用", "≤", 300, "元/孔"),
        ("效益指标", "社会效益指标", "窑洞险情发生率",
         mk("≥", "T108", "warning", row=True, note="险情发生率 is 反向: ≤ expected"),
         pct(0.02), "%"),
        (None, "可持续影响指标", "危窑动态监测机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "排查农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "马春秀", "0913-6127031")
    return b


@variant("zd03-money-block", (12, 4),
         "project, OLD-NAT, one value column with operators inline, a budget detail block "
         "under the head and a note explaining the total (correct)")  # fmt: skip
def zd03() -> Book:
    b, s = start()
    project(s, "涧头乡窑洞排水防渗及加固工程", "涧头乡人民政府", funds(380, 300, 80),
            ["完成二百五十户窑洞加固及排水防渗，汛期不发生窑洞坍塌。"])  # fmt: skip
    detail(s, [("窑体加固", 210), ("窑脸修缮", 95), ("排水散水", 45), ("监理与鉴定", 30)], 380)
    notes(s, "注：明细合计380万元含乡级自筹其他资金80万元。")
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "加固窑洞户数", "≥250户"),
        (None, None, "新建窑顶排水沟长度", "≥4200米"),
        (None, "质量指标", "防渗工程验收合格率", "≥95%"),
        (None, "时效指标", "汛前主体完工率", "≥90%"),
        (None, "成本指标", "户均工程费用", "≤1.5万元/户"),
        ("效益指标", "社会效益指标", "汛期窑洞坍塌事故", "≤0起"),
        (None, "可持续影响指标", "排水设施管护制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "白守仁", "0913-6129406")
    return b


@variant("zd04-money-wrong", (12,),
         "project, OLD-NAT, one value column: 年度资金总额 ≠ 财政拨款 + 其他资金, a unit "
         "standard × households above the money")  # fmt: skip
def zd04() -> Book:
    b, s = start()
    total = mk(450, "B101", "error", note="380 + 60 = 440, not 450")
    project(s, "圪台乡危旧窑洞改造补助项目", "圪台乡人民政府", funds(total, 380, 60),
            ["对鉴定为C级、D级的危旧窑洞实施改造，保障困难农户住房安全。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "危旧窑洞改造户数", "≥300户"),
        (None, "质量指标", "改造工程竣工验收合格率", "≥95%"),
        (None, "时效指标", "改造任务完成时间", "11月30日前"),
        (None, "成本指标", "户均改造补助标准",
         mk("≤1.8万元/户", "B107", "warning", row=True,
            note="1.8万元 × 300户 = 540万元, above the 450 (or 440) 万元 of the project")),
        ("效益指标", "社会效益指标", "困难农户住房安全保障率", "≥98%"),
        (None, "可持续影响指标", "改造窑洞安全使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "高建平", "0913-6123315")
    return b


@variant("zd05-points-two-levels", (10, 5),
         "project, NAT-2021, tier-1 labels with points (产出指标（40分）) and an indicator score "
         "column both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def zd05() -> Book:
    b, s = start()
    project(s, "坬底村窑洞集中连片加固示范项目", "坬底村村民委员会", funds(320, 300, 20),
            ["完成一百五十户连片窑洞加固和配套排水，提升村庄住房安全保障水平。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("成本指标（20分）", "经济成本指标", "户均加固改造成本", "≤2万元/户", 20),
        ("产出指标（40分）", "数量指标", "加固改造户数", "≥150户", 15),
        (None, None, "配套排水沟长度", "≥3000米", 10),
        (None, "质量指标", "加固工程验收合格率", "≥98%", 10),
        (None, "时效指标", "年内完工率", "≥95%", 5),
        ("效益指标（30分）", "社会效益指标", "村庄住房安全保障率", "提高≥3百分点", 15),
        (None, "可持续影响指标", "加固窑洞安全使用年限", "≥20年", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "示范户满意度", "≥92%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "说明：一级指标分值与三级指标分值为同一百分制的两种写法，不重复计分。")
    signature(s, "刘桂兰", "0913-6128870")
    return b


@variant("zd06-pdf-artefacts", (9, 12),
         "project, OLD-NAT, one value column, detail lines: a total typed as text with "
         "separators, a plan date left as a serial, an amount pasted twice")  # fmt: skip
def zd06() -> Book:
    b, s = start()
    total = mk("1,260.00", "X103", "warning", note="text with a thousands separator, read 1260")
    end = mk("46022", "X104", "warning", alt=("Y106",), note=f"serial of {YEAR}-12-31 as text")
    project(s, "柳峪县窑洞民居安全提升工程", "柳峪县农村房屋安全服务站",
            funds(total, 1000, 260), ["全县完成八百户窑洞加固及窑顶防渗，消除重大安全隐患。"],
            end=end)  # fmt: skip
    detail(s, [
        ("窑体加固", 760),
        ("窑顶防渗", 300),
        ("排水设施", 115),
        ("鉴定与监理", mk("85万85万", "X106", "error", alt=("B108",),
                         note="85万 pasted twice; the lines add up with 85")),
    ], 1260)  # fmt: skip
    notes(s, "注：本表由系统导出的PDF转换而来。")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "窑洞加固户数", "≥800户"),
        (None, "质量指标", "加固工程验收合格率", "≥96%"),
        (None, "时效指标", "单户施工周期", "≤60天"),
        (None, "成本指标", "户均加固成本", "≤1.5万元/户"),
        ("效益指标", "社会效益指标", "在住危窑清零率", "≥95%"),
        (None, "可持续影响指标", "窑洞安全巡查制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "贺玉川", "0913-6125548")
    return b
