"""Operation returns (vf01–vf06): dispatch, rolling stock, signalling, platform doors."""

from __future__ import annotations

from tests.variants.holdout360.common import HEAD, YEAR, first, indicators, lines, project, w
from tests.variants.holdout360.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "vf01-dispatch-percent",
    (1,),
    "project, NAT-2021, operator column (指标性质) and unit column, "
    "percent cells typed in Excel, 万元 in the number format "
    "(correct)",
)
def dispatch_percent() -> Book:
    b = Book()
    s = first(b)
    project(
        s,
        "线网运营调度指挥系统运维",
        "汀湄市轨道交通运营有限公司",
        lines(w(360), w(300), w(60)),
        "保障线网调度指挥系统全年稳定运行，提升列车运行秩序。",
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "开行载客列车列次", "≥", 152000, "列次"),
        (None, None, "日均运营服务时长", "≥", 18, "小时"),
        (None, "质量指标", "列车正点率", "≥", pct(0.995, "0.0%"), "%"),
        (None, None, "列车运行图兑现率", "≥", pct(0.998, "0.0%"), "%"),
        (None, "时效指标", "首班车准点发车率", "=", pct(1), "%"),
        ("成本指标", "经济成本指标", "调度系统年度运维费用", "≤", 360, "万元"),
        ("效益指标", "社会效益指标", "线网日均客运量", "≥", 85, "万人次"),
        (None, "可持续影响指标", "调度人员持证上岗率", "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "vf02-signal-percent-wrong",
    (1, 12),
    "project, NAT-2021, operator column, a typed percent over "
    "100 and a 元 amount in a 万元 money block",
)
def signal_percent_wrong() -> Book:
    b = Book()
    s = first(b)
    other = mk(money(600000, YUAN), "B105", "error",
               note="600,000.00元 in the 项目资金（万元） block: 元 and 万元 mixed")  # fmt: skip
    project(
        s,
        "信号系统计轴设备专项整治",
        "汀湄市轨道交通运营有限公司通号中心",
        lines(w(180), w(120), other),
        "完成二号线计轴设备整治，降低信号故障对行车的影响。",
    )
    over = mk(pct(1.02), "T106", "error", note="兑现率 shown as 102%: above the 100% ceiling")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "整治计轴区段数量", "≥", 64, "个"),
        (None, "质量指标", "整治后列车运行图兑现率", "≥", over, "%"),
        (None, None, "整治区段验收合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "整治完成时间", "≤", day(YEAR, 10, 31), None),
        ("成本指标", "经济成本指标", "单个区段整治费用", "≤", 2.5, "万元/个"),
        ("效益指标", "社会效益指标", "信号故障导致晚点列次", "≤", 20, "列次"),
        ("满意度指标", "服务对象满意度指标", "行车调度部门满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the 元 amount makes 180 ≠ 120 + 600000")
    return b


@variant(
    "vf03-depot-stacked",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same 验收合格率 with different values in each project "
    "(correct)",
)
def depot_stacked() -> Book:
    b = Book()
    s = first(b, "项目绩效目标")
    project(
        s,
        "车辆段电客车架修",
        "汀湄市轨道交通运营有限公司车辆中心",
        lines(w(520), w(520), w(0)),
        "完成12列电客车架修，保障运营车辆技术状态良好。",
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "完成电客车架修列数", "≥12列"),
        (None, "质量指标", "验收合格率", "≥98%"),
        (None, "时效指标", "架修完成时间", "12月31日前"),
        (None, "成本指标", "每列架修费用", "≤40万元/列"),
        ("效益指标", "社会效益指标", "车辆故障下线次数", "≤6次"),
        (None, "可持续影响指标", "运用车辆完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "乘务部门满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "正线道岔转辙机维保", "汀湄市轨道交通运营有限公司工务中心",
            lines(w(300), w(270), w(30)), "完成正线道岔转辙机年度维保，道岔状态稳定可靠。",
            title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "维保转辙机台数", "≥240台"),
        (None, "质量指标", "验收合格率", "=100%"),
        (None, "时效指标", "故障响应时间", "≤30分钟"),
        (None, "成本指标", "每台年度维保费用", "≤1.2万元/台"),
        ("效益指标", "社会效益指标", "道岔故障影响运营次数", "≤3次"),
        ("满意度指标", "服务对象满意度指标", "行车调度部门满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "vf04-station-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second "
    "project's total is not its parts and a rate is given as a "
    "count",
)
def station_stacked_wrong() -> Book:
    b = Book()
    s = first(b, "项目绩效目标")
    project(
        s,
        "车站自动扶梯大修",
        "汀湄市轨道交通运营有限公司机电中心",
        lines(w(410), w(410), w(0)),
        "完成一号线自动扶梯大修，消除设备老化隐患。",
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "大修自动扶梯台数", "≥36台"),
        (None, "质量指标", "大修验收合格率", "≥98%"),
        (None, "时效指标", "大修完成时间", "11月30日前"),
        (None, "成本指标", "每台大修费用", "≤11万元/台"),
        ("效益指标", "社会效益指标", "扶梯故障停梯次数", "≤24次"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(260), "B101", "error", note="财政拨款 200 + 其他资金 40 = 240, not 260")
    project(s, "车站通风空调系统节能改造", "汀湄市轨道交通运营有限公司机电中心",
            lines(total, w(200), w(40)), "完成8座车站通风空调节能改造，降低车站能耗。",
            title="")  # fmt: skip
    count = mk("15次", "T105", "error", note="a 及时率 given as a count, not a percentage")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "完成节能改造车站数", "≥8座"),
        (None, "质量指标", "改造设备故障修复及时率", count),
        (None, "时效指标", "改造完成时间", "12月31日前"),
        (None, "成本指标", "单站改造费用", "≤30万元/座"),
        ("效益指标", "经济效益指标", "改造车站通风空调能耗下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "vf05-platform-doors-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 value columns: "
    "counts below their period values, rates equal (correct)",
)
def platform_doors_period() -> Book:
    b = Book()
    s = first(b)
    goals = ("三年内完成一号线全部站台门更换，站台门故障明显减少。",
             "完成一号线首批站台门更换，新换站台门运行稳定。")  # fmt: skip
    project(s, "一号线站台门系统更新", "汀湄市轨道交通运营有限公司机电中心",
            [("中期资金总额", w(2400), "年度资金总额", w(800)),
             ("其中：财政拨款", w(2400), "其中：财政拨款", w(800))], "",
            goals=goals, years=3, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "更换站台门滑动门单元", "≥120樘", "≥40樘"),
        (None, None, "完成更换车站数", "≥15座", "≥5座"),
        (None, "质量指标", "更换验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度更换任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每樘更换费用", "≤18万元/樘", "≤18万元/樘"),
        ("效益指标", "社会效益指标", "站台门故障影响行车次数", "≤30次", "≤12次"),
        (None, "可持续影响指标", "站台门系统设计使用年限", "≥20年", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "vf06-tunnel-lighting-period-wrong",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: two "
    "cumulative counts copied, one annual count above its period",
)
def tunnel_lighting_period_wrong() -> Book:
    b = Book()
    s = first(b)
    goals = ("三年内完成三条线路区间隧道照明LED改造。", "完成二号线区间隧道照明改造。")
    project(s, "区间隧道照明节能改造", "汀湄市轨道交通运营有限公司供电中心",
            [("中期资金总额", w(1800), "年度资金总额", w(600)),
             ("其中：财政拨款", w(1800), "其中：财政拨款", w(600))], "",
            goals=goals, years=3, attr="新增项目")  # fmt: skip
    copy = "cumulative count over three years copied into the 年度 column"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "改造区间隧道长度", "≥96公里",
         mk("≥96公里", "D202", "warning", note=copy)),
        (None, None, "更换LED隧道灯具", "≥24000套", mk("≥24000套", "D202", "warning", note=copy)),
        (None, None, "改造配电箱数量", "≥300台",
         mk("≥360台", "D201", "error", note="annual 360 above the period's 300")),
        (None, "质量指标", "改造工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度改造完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "改造费用控制数", "≤1800万元", "≤600万元"),
        ("效益指标", "生态效益指标", "隧道照明年节电量", "≥300万千瓦时", "≥100万千瓦时"),
        ("满意度指标", "服务对象满意度指标", "运营维护部门满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
