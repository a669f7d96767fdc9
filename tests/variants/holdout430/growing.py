"""Juncao mushroom growing: demonstration bases, training, multi-year and decorated returns."""

from __future__ import annotations

from tests.variants.holdout430.common import HEAD4, HEAD5, funds, grid, project, sign, start
from tests.variants.holdout430.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant("xx01-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format (correct)")  # fmt: skip
def xx01() -> Book:
    b, s = start()
    project(s, "菌草栽培食用菌技术推广示范项目", "岫岭县菌草技术推广站",
            [("年度资金总额", money(86, WAN), "其中：财政拨款", money(80, WAN)),
             ("其他资金", money(6, WAN), None, None)],
            ["在上垅乡、石篁镇建设菌草栽培食用菌示范基地300亩，培训菌农600人次，"
             "带动120户脱贫户和监测户种菇增收。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "菌草种植示范面积", "≥", 300, "亩"),
        (None, None, "培训菌农", "≥", 600, "人次"),
        (None, "质量指标", "菌包接种成活率", "≥", pct(0.95), "%"),
        (None, None, "菌包杂菌污染率", "≤", pct(0.05), "%"),
        (None, "时效指标", "菌草种苗发放及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "示范基地每亩建设补助", "≤", 0.2, "万元/亩"),
        ("效益指标", "经济效益指标", "示范户户均增收", "≥", 6000, "元"),
        (None, "社会效益指标", "带动脱贫户和监测户种菇", "≥", 120, "户"),
        (None, "生态效益指标", "以草代木节约阔叶林木材", "≥", 1500, "立方米"),
        (None, "可持续影响指标", "菌草技术服务网络运行", "定性", "有效", None),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "詹秀兰", "0596-7231846", day(2024, 11, 15, CN_DATE))
    return b


@variant("xx02-direction-inline", (11, 1),
         "project, NAT-2021, operators inside the values: a 污染率 with ≥, a cost cap with =, a "
         "typed 105% satisfaction")  # fmt: skip
def xx02() -> Book:
    b, s = start()
    project(s, "菌草菇标准化栽培推广项目", "石篁镇农业综合服务中心", funds(52, 45, 7),
            ["推广菌草菇标准化栽培200亩，建成菌包生产线2条，降低菌包污染。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "推广菌草菇标准化栽培", "≥200亩"),
        (None, None, "建设菌包生产线", "≥2条"),
        (None, "质量指标", "菌包杂菌污染率",
         mk("≥3%", "T108", "warning", row=True, note="污染率是反向指标，应为≤3%")),
        (None, None, "鲜菇商品率", "≥85%"),
        (None, "时效指标", "菌包下发完成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "每亩栽培补助", "≤0.15万元/亩"),
        (None, None, "菌草粉碎加工成本",
         mk("=180元/吨", "T108", "warning", row=True, note="成本上限写成“=”，应为≤180元/吨")),
        ("效益指标", "经济效益指标", "亩均鲜菇产值", "≥1.2万元"),
        (None, "社会效益指标", "带动农户就业", "≥150人"),
        (None, "生态效益指标", "化学农药使用量下降率", "≥10%"),
        (None, "可持续影响指标", "菌草菇栽培技术规程应用", "有效"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度",
         mk(pct(1.05), "T106", "error", note="单元格显示105%，满意度上限为100%")),
    ])  # fmt: skip
    sign(s, "钟立武", "0596-7235520", day(2024, 11, 18))
    return b


@variant("xx03-two-year-columns", (8,),
         "two-year project, NAT-2021, 中期 and 年度 value columns, annual counts below the "
         "period counts, rates equal (correct)")  # fmt: skip
def xx03() -> Book:
    b, s = start()
    project(s, "菌草—食用菌产业基地建设项目（2025—2026年）", "岫岭县菌草技术推广站",
            [("中期资金总额", 300, "年度资金总额", 160),
             ("其中：财政拨款", 280, "其中：财政拨款", 150),
             ("其他资金", 20, "其他资金", 10)],
            ["两年新建菌草种植基地800亩，培训基层农技人员200人，基地年产鲜菇2400吨。",
             "2025年新建菌草种植基地400亩，培训基层农技人员100人。"], years=2)  # fmt: skip
    grid(s, HEAD5, [
        ("产出指标", "数量指标", "新建菌草种植基地", "≥800亩", "≥400亩"),
        (None, None, "培训基层农技人员", "≥200人", "≥100人"),
        (None, "质量指标", "菌草种苗成活率", "≥90%", "≥90%"),
        (None, "时效指标", "建设任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "基地每亩建设补助", "≤0.25万元/亩", "≤0.25万元/亩"),
        ("效益指标", "经济效益指标", "基地年产鲜菇", "≥2400吨", "≥1000吨"),
        (None, "生态效益指标", "菌草覆盖裸露坡地", "≥500亩", "≥200亩"),
        ("满意度指标", "服务对象满意度指标", "基地农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "詹秀兰", "0596-7231846", day(2024, 12, 2))
    return b


@variant("xx04-three-year-copied", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied, "
         "annual money above the period money")  # fmt: skip
def xx04() -> Book:
    b, s = start()
    over = mk(420, "B103", "error", note="年度资金总额420万元大于中期资金总额360万元")
    project(s, "菌草—食用菌产业示范村建设项目", "岫岭县乡村产业发展中心",
            [("中期资金总额", 360, "年度资金总额", over),
             ("其中：财政拨款", 330, "其中：财政拨款", 390),
             ("其他资金", 30, "其他资金", 30)],
            ["三年建成菌草—食用菌产业示范村12个，种植菌草1500亩，培育菌草合作社10家。",
             "2025年启动示范村建设，完成首批菌草基地种植和菌农技术培训。"], years=3)  # fmt: skip
    copied = "三年累计数照抄到年度列：年度值应小于中期值"
    grid(s, HEAD5, [
        ("产出指标", "数量指标", "建成菌草产业示范村", "≥12个",
         mk("≥12个", "D202", "warning", note=copied)),
        (None, None, "菌草种植面积", "≥1500亩", mk("≥1500亩", "D202", "warning", note=copied)),
        (None, "质量指标", "食用菌产品抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "示范村建设完成时间", "2027年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每亩菌草种植补助", "≤0.2万元/亩", "≤0.2万元/亩"),
        ("效益指标", "经济效益指标", "示范村村均集体经济增收", "≥5万元", "≥5万元"),
        (None, "可持续影响指标", "稳定运行的菌草合作社", "≥10家", "≥4家"),
        ("满意度指标", "服务对象满意度指标", "示范村村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "罗国栋", "0596-7208831", day(2024, 11, 26))
    return b


@variant("xx05-decorated-labels", (5,),
         "project, NAT-2021, numbered tier labels with points, ★ on a core indicator, * on a "
         "tier-1, abbreviated 服务对象满意度 (correct)")  # fmt: skip
def xx05() -> Book:
    b, s = start()
    project(s, "菌草栽培技术进村入户培训项目", "岫岭县农业广播电视学校", funds(68, 60, 8),
            ["举办菌草栽培技术培训20期，推广菌草新品种3个，培养乡土菌草技术员40人。"])  # fmt: skip
    grid(s, HEAD4, [
        ("一、产出指标（40分）", "（一）数量指标", "菌草栽培技术培训", "≥20期"),
        (None, None, "★示范推广菌草品种", "≥3个"),
        (None, "（二）质量指标", "培训考核合格率", "≥90%"),
        (None, "（三）时效指标", "培训任务完成时间", "2025年11月30日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "每期培训成本", "≤2万元/期"),
        ("三、效益指标（30分）", "（一）经济效益指标", "参训农户种菇增收", "≥3000元/户"),
        (None, "（二）社会效益指标", "培养乡土菌草技术员", "≥40人"),
        (None, "（三）可持续影响指标", "菌草技术入户指导机制", "健全"),
        ("*四、满意度指标（10分）", "服务对象满意度", "参训农户满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "温雪梅", "0596-7219047", day(2024, 11, 22))
    return b


@variant("xx06-wrong-parent", (5,),
         "project, OLD-NAT, numbered labels (一、 / 1.): a 质量指标 under 效益指标, a deadline "
         "given as 100%")  # fmt: skip
def xx06() -> Book:
    b, s = start()
    project(s, "菌草种苗进村推广项目", "桐坑乡农业服务中心", funds(45, 42, 3),
            ["向150户农户发放菌草种苗80万株，带动30户监测户种草种菇。"])  # fmt: skip
    grid(s, HEAD4, [
        ("一、产出指标", "1.数量指标", "推广菌草食用菌栽培户", "≥150户"),
        (None, None, "发放菌草种苗", "≥80万株"),
        (None, "2.时效指标", "菌草种苗移栽完成时间",
         mk("100%", "T113", "warning", note="期限类指标写成百分比，应写日期，如2025年5月31日前")),
        (None, "3.成本指标", "每户种苗补助", "≤0.25万元/户"),
        ("二、效益指标", "1.社会效益指标", "带动监测户种植", "≥30户"),
        (None, mk("2.质量指标", "F105", "error", note="质量指标属于产出指标，不在效益指标下"),
         "菌草鲜菇商品率", "≥80%"),
        (None, "3.生态效益指标", "减少林木砍伐", "≥600立方米"),
        ("三、满意度指标", "1.服务对象满意度指标", "栽培户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "廖春生", "0596-7246610", day(2024, 11, 29))
    return b
