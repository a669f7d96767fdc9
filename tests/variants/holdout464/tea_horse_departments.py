"""Tea-horse trail departments and transfer projects: flat lists, money blocks, tier labels."""

from __future__ import annotations

from tests.variants.holdout464.common import (
    department_book,
    indicators,
    notes,
    one_year,
    project_book,
    signature,
    wan,
)
from tests.variants.holdout464.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("zf07-tea-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, 0 accidents, weights add to 100 (correct)")  # fmt: skip
def zf07() -> Book:
    b, s = department_book(
        year=2025, dept="栈云州茶马古道保护研究中心",
        budget=[(wan(860), wan(780), wan(80), wan(310), wan(550))],
        tasks=[("古道遗存日常巡护", "巡护栈云段茶马古道260公里", wan(120), "险情及时处置"),
               ("马帮文化展陈更新", "更新马帮文化主题展4场", wan(180), "展陈对外开放"),
               ("古道数字档案建设", "遗存信息采集入库1500条", wan(250), "档案可查询"),
               ("金额合计", None, wan(550), None)],
        goal="巡护茶马古道260公里，更新马帮文化展陈，建成古道遗存数字档案1500条。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, FLAT_HEAD, [
        ("古道遗存巡护里程", 15, "公里", "≥", 260),
        ("马帮文化主题展更新", 10, "场", "≥", 4),
        ("古道遗存数字档案入库", 15, "条", "≥", 1500),
        ("巡护发现险情处置及时率", 10, "%", "≥", pct(0.95)),
        ("文物安全责任事故", 10, "起", "≤", 0),
        ("古道文化研学接待人次", 15, "人次", "≥", 30000),
        ("数字档案单条建档成本", 10, "元/条", "≤", 1600),
        ("研学参与者满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    signature(s, "木云舒", "0887-8214406", day(2024, 11, 12))
    return b


@variant("zf08-tea-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights adding to 95")  # fmt: skip
def zf08() -> Book:
    b, s = department_book(
        year=2025, dept="澜屏县茶马古道文化传习所",
        budget=[(wan(420), wan(380), wan(40), wan(170), wan(250))],
        tasks=[("古道石板路修复", "修复霁岭段石板路8公里", wan(160), "通行安全"),
               ("马帮技艺传习", "开展马帮技艺传习培训", wan(90), "技艺传承"),
               ("金额合计", None, wan(250), None)],
        goal="修复古道石板路8公里，培训马帮技艺传习人员300人次，提升古道游览服务。",
    )  # fmt: skip
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("古道石板路修复长度",
         mk("≥8处", "T112", "error", note="处 in the value against 公里 in the unit column"),
         "正向", "公里", 20),
        ("马帮技艺传习培训", "≥300", "正向", "人次", 20),
        ("修复工程验收合格率", "100%", "正向", "%", 15),
        ("古道游客投诉率",
         mk("≥1%", "T108", "warning", row=True, note="≥ on a rate declared 反向"),
         "反向", "%", 10),
        ("石板路修复单位成本", "≤20", "反向", "万元/公里", 10),
        ("古道游览服务满意度", "≥90%", "正向", "%", 20),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    signature(s, "段清越", "0887-6620315", day(2024, 11, 20))
    return b


TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("zf09-tea-department-money", (12,),
         "department, NAT-2021: budget with a typed-percent share row, tasks adding to 金额合计 "
         "= 项目支出, =100% typed as text (correct)")  # fmt: skip
def zf09() -> Book:
    b, s = department_book(
        year=2025, dept="栈云州茶马古道文化旅游发展中心",
        budget=[(wan(1200), wan(1080), wan(120), wan(420), wan(780)),
                (pct(1), pct(0.9), pct(0.1), pct(0.35), pct(0.65))],
        tasks=[("马帮驿站遗址修缮", "修缮沿线马帮驿站遗址4处", wan(260), "遗址本体安全"),
               ("古道巡护与监测", "巡护茶马古道420公里", wan(310), "险情早发现"),
               ("古道文化展览", "举办古道文化展览6场", wan(210), "文化传播"),
               ("金额合计", None, wan(780), None)],
        goal="修缮马帮驿站遗址4处，巡护古道420公里，举办古道文化展览6场，带动沿线文旅发展。",
    )  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "茶马古道巡护里程", "≥420公里"),
        (None, None, "马帮驿站遗址修缮", "≥4处"),
        (None, None, "古道文化展览", "≥6场"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "时效指标", "修缮项目完工时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "驿站遗址修缮单位成本", "≤45万元/处"),
        ("效益指标", "社会效益指标", "古道沿线文旅接待人次", "≥80000人次"),
        (None, "可持续影响指标", "古道保护村规民约覆盖村落比例", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "杨知夏", "0887-5103378", day(2024, 10, 30))
    return b


@variant("zf10-tea-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "tasks not adding to 金额合计")  # fmt: skip
def zf10() -> Book:
    b, s = department_book(
        year=2025, dept="枫隐镇茶马古道保护管理站",
        budget=[(mk(wan(960), "B101", "error", row=True, note="390 + 560 = 950, not 960"),
                 wan(900), wan(60), wan(390), wan(560))],
        tasks=[("马店遗址巡护", "巡护马店遗址及石板路", wan(180), "遗址安全"),
               ("古道石板路养护", "养护古道石板路15公里", wan(220), "通行安全"),
               ("古道文化传习活动", "开展马帮文化传习活动", wan(160), "文化传承"),
               ("金额合计", None,
                mk(wan(590), "B102", "error", alt=("B101",), note="180 + 220 + 160 = 560"),
                None)],
        goal="巡护马店遗址，养护古道石板路15公里，开展马帮文化传习活动12场。",
    )  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "古道石板路养护长度", "≥15公里"),
        (None, None, "马帮文化传习活动", "≥12场"),
        (None, "质量指标", "养护路段完好率", "≥95%"),
        (None, "时效指标", "险情处置及时率", "≥95%"),
        ("成本指标", "经济成本指标", "石板路养护单位成本", "≤12万元/公里"),
        ("效益指标", "社会效益指标", "传习活动参与人次", "≥2400人次"),
        ("满意度指标", "服务对象满意度指标", "传习活动参与者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zf11-tea-transfer-labels", (5,),
         "transfer-payment project, OLD-NAT, 中央补助 + 地方资金, tier labels numbered with "
         "points, marked (★, *) and abbreviated, 90 points with 预算执行率 scored apart "
         "(correct)")  # fmt: skip
def zf11() -> Book:
    b, s = project_book(
        year=2025, name="茶马古道（枫隐段）文物保护专项补助项目", attr="一次性项目",
        dept="栈云州文化广电和旅游局 417003", unit="枫隐镇文化服务中心",
        money=one_year(520, 360, 160, ("年度资金总额", "其中：中央补助", "地方资金")),
        goals=["修缮茶马古道枫隐段本体15公里，加固马店遗址4处，完善古道安防监测设施。"],
        title="2025年度中央转移支付区域绩效目标表",
    )  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("一、产出指标（50分）", "（一）数量", "古道本体修缮长度", "≥15公里"),
        (None, None, "马店遗址加固", "≥4处"),
        (None, None, "安防监测点位建设", "≥12个"),
        (None, "（二）★质量指标", "修缮工程验收合格率", "100%"),
        (None, "*时效指标", "修缮工程完工时间", "2025年11月30日前"),
        (None, "（四）成本", "古道本体修缮单位成本", "≤30万元/公里"),
        ("二、效益指标（30分）", "1.社会效益", "古道开放段游客接待人次", "≥50000人次"),
        (None, "2.可持续影响", "监测点位在线率", "≥95%"),
        ("三、满意度指标（10分）", "服务对象满意度", "沿线村民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：预算执行率（10分）在绩效评价中另行计分，本表合计90分。", width=4)
    signature(s, "李砚秋", "0887-8120547", day(2024, 9, 18))
    return b


@variant("zf12-tea-wrong-parent", (5, 6, 13),
         "project, NAT-2021, numbered labels: a 社会效益 tier-2 under 产出, a value without "
         "a name, an empty 生态效益 template row")  # fmt: skip
def zf12() -> Book:
    b, s = project_book(
        year=2025, name="霁岭马帮古道游径标识与解说系统项目", dept="澜屏县文化和旅游局 208011",
        unit="澜屏县文物管理所", money=one_year(136, 116, 20),
        goals=["在霁岭马帮古道设置标识牌60块、解说点8处，开展古道讲解服务，改善游览体验。"],
    )  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("一、产出指标", "（一）数量指标", "古道标识牌设置", "≥60块"),
        (None, None, "古道解说点建设", "≥8处"),
        (None, None, mk(None, "F110", "error", note="a value and no name"), "≥2000份"),
        (None, "（二）质量指标", "标识信息准确率", "100%"),
        (None, "（三）时效指标", "标识系统完工时间", "2025年8月31日前"),
        (None, mk("（四）社会效益指标", "F105", "error", note="社会效益 under 产出"),
         "古道讲解服务人次", "≥6000人次"),
        ("二、成本指标", "（一）经济成本指标", "标识牌制作安装单位成本", "≤0.8万元/块"),
        ("三、效益指标", "（一）可持续影响指标", "标识系统管护制度", "健全"),
        (None, mk("（二）生态效益指标", "F109", "warning", row=True, note="left empty"),
         None, None),
        ("四、满意度指标", "（一）服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "和启明", "0888-5316218", day(2024, 10, 22))
    return b
