"""中央预算内投资 plans for agriculture and the countryside (pt07–pt12): 总投资 by source with
shares, a 年度计划投资 beside it, 建设期 over two years with 实施期 and 年度 values, money in 元
in one head and a 分项投资 block in 万元 with 测算依据, tier labels numbered or with bracketed
alternatives, and an operator and unit column."""

from __future__ import annotations

from tests.variants.holdout218.common import (
    OPS,
    TWO,
    block,
    book,
    grid,
    indicators,
    invest_head,
    note,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout218.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok, pct

ONE_NOTE = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("pt07-farmland-shares", (5, 7, 12, 1), "中央预算内投资 plan for 高标准农田: three sources "
         "with shares, a cost per 亩 × area equal to the investment, header 预期实现值, a 100% "
         "cell (correct)")  # fmt: skip
def pt07() -> Book:
    b, s = book("绩效目标表", (16, 18, 30, 18, 26, 14))
    invest_head(
        s, year=2026, name="河岸县2026年高标准农田建设项目", owner="河岸县农田建设服务中心",
        dept="河岸县农业农村局", place="河岸县柳林镇、石门乡", nature="新建",
        scope="新建高标准农田3.2万亩，配套建设灌排渠道46.5公里、田间道路38公里及农田输配电设施",
        lines=[("项目总投资", wan(6400.00), "资金占比", pct(1)),
               ("其中：中央预算内投资", wan(3840.00), "资金占比", pct(0.6)),
               ("省级财政资金", wan(1600.00), "资金占比", pct(0.25)),
               ("县级财政资金", wan(960.00), "资金占比", pct(0.15))],
        dates=[day(2026, 3, 1), day(2026, 12, 31), "10个月"],
        goals=["2026年在柳林镇、石门乡新建高标准农田3.2万亩，配套灌排渠道46.5公里、田间道路38"
               "公里，项目区亩均粮食产能提升100公斤以上，受益农户8600户以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥3.2万亩", "柳林镇1.9万亩、石门乡1.3万亩"),
        (None, None, "新建及改造灌排渠道", "≥46.5公里", None),
        (None, None, "新修田间道路", "≥38公里", None),
        (None, "质量指标", "工程质量验收合格率", pct(1), None),
        (None, None, "项目区耕地质量等级提升", "≥0.5个等级", None),
        (None, "时效指标", "项目完工时间", "2026年12月31日前", None),
        (None, "成本指标", "亩均财政投资", "≤2000元/亩", "6400万元÷3.2万亩"),
        ("效益指标", "经济效益指标", "项目区亩均粮食产能提升", "≥100公斤/亩", None),
        (None, "社会效益指标", "受益农户数", "≥8600户", None),
        (None, "生态效益指标", "农田灌溉水有效利用系数", "≥0.58", "项目区测算值"),
        (None, "可持续影响指标", "工程设计使用年限", "≥15年", None),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "刘成渠", "周望田", "0736-74219058")
    return b


@variant("pt08-water-end-before-start", (12,), "中央预算内投资 plan for rural water supply: "
         "计划竣工 before 计划开工, a cost per 户 × households above the investment")  # fmt: skip
def pt08() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 18, 20, 14))
    invest_head(
        s, year=2026, name="芦汀县2026年农村规模化供水工程", owner="芦汀县农村供水服务中心",
        dept="芦汀县水利局", place="芦汀县沙湾镇、北港镇", nature="改扩建",
        scope="新建水厂1座（日供水能力1.5万吨），铺设供水管网86公里，惠及农村居民12000户",
        lines=[("项目总投资", wan(2860.00)), ("其中：中央预算内投资", wan(2000.00)),
               ("地方配套资金", wan(860.00))],
        dates=[day(2026, 4, 1), mk(day(2026, 1, 31), "Y104", "error", note="before 2026-04-01"),
               "9个月"],
        goals=["2026年建成规模化水厂1座，铺设供水管网86公里，新增日供水能力1.5万吨，解决12000户"
               "农村居民稳定安全饮水。"],
    )  # fmt: skip
    indicators(s, ONE_NOTE, [
        ("产出指标", "数量指标", "新建水厂", "1座", None),
        (None, None, "铺设供水管网", "≥86公里", None),
        (None, None, "新增日供水能力", "≥1.5万吨", None),
        (None, "质量指标", "出厂水水质达标率", "=100%", "生活饮用水卫生标准"),
        (None, "时效指标", "主体工程完工时间",
         ok("2026年12月31日前", "error", note="the plan dates are garbled"), None),
        (None, "成本指标", "户均工程投资",
         mk("≤2600元/户", "B107", "warning", row=True, note="2600 × 12000户 = 3120万 > 2860万"),
         None),
        ("效益指标", "社会效益指标", "受益农村居民户数", "≥12000户", None),
        (None, None, "农村自来水普及率", "≥96%", None),
        (None, "可持续影响指标", "工程设计使用年限", "≥20年", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("pt09-cold-chain-two-years", (5, 8, 12), "中央预算内投资 plan over 2026–2027: 总投资 and "
         "2026年度计划投资 by source, 实施期 and 年度 values (annual below period, unit costs and "
         "rates equal), numbered tiers, 百分点 (correct)")  # fmt: skip
def pt09() -> Book:
    b, s = book("绩效目标表", (16, 22, 26, 20, 22, 14))
    invest_head(
        s, year=2026, name="桐坪县农产品产地冷藏保鲜设施建设项目", owner="桐坪县供销合作社联合社",
        dept="桐坪县农业农村局", place="桐坪县城南农产品物流园", nature="新建",
        scope="新建冷藏保鲜库容6万吨、预冷处理线24条及配套分拣包装车间",
        lines=[("项目总投资", wan(9600.00), "2026年度计划投资", wan(5200.00)),
               ("其中：中央预算内投资", wan(4800.00), "其中：中央预算内投资", wan(3000.00)),
               ("地方财政资金", wan(2400.00), "地方财政资金", wan(1200.00)),
               ("企业自筹", wan(2400.00), "企业自筹", wan(1000.00))],
        dates=[day(2026, 4, 1), day(2027, 10, 31), "19个月"],
        goals=["到2027年10月底建成冷藏保鲜库容6万吨、预冷处理线24条，农产品产后损耗率降低3个百分点"
               "以上，带动脱贫人口就业450人以上。",
               "2026年建成冷藏保鲜库容3.2万吨、预冷处理线12条，完成主体结构封顶，带动脱贫人口就业"
               "200人以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("一、产出指标", "（一）数量指标", "新建冷藏保鲜库容", "≥6万吨", "≥3.2万吨"),
        (None, None, "新建预冷处理线", "≥24条", "≥12条"),
        (None, "（二）质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "（三）时效指标", "建设任务完成时间", "2027年10月31日前", "2026年12月31日前"),
        (None, "（四）成本指标", "单位库容建设成本", "≤1600元/吨", "≤1600元/吨"),
        ("二、效益指标", "（一）经济效益指标", "农产品产后损耗率降低", "≥3个百分点", "≥1个百分点"),
        (None, "（二）社会效益指标", "带动脱贫人口就业", "≥450人", "≥200人"),
        (None, "（三）可持续影响指标", "设施设计使用年限", "≥20年", "≥20年"),
        ("三、满意度指标", "（一）服务对象满意度指标", "入驻经营主体满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "谭亦农", "贺文秋", "0739-86402137")
    return b


@variant("pt10-sewage-annual-above", (8, 11, 12), "中央预算内投资 plan over 2026–2027: "
         "2026年度计划投资 above 总投资, an annual count above its period count, ≥ on a running "
         "cost")  # fmt: skip
def pt10() -> Book:
    b, s = book("Sheet1", (16, 20, 26, 20, 22, 14))
    invest_head(
        s, year=2026, name="鹤鸣县农村生活污水治理项目", owner="鹤鸣县农村人居环境服务中心",
        dept="鹤鸣县农业农村局", place="鹤鸣县6个乡镇18个行政村", nature="新建",
        scope="新建村级污水处理站18座，铺设污水收集管网64公里",
        lines=[("项目总投资", wan(3600.00), "2026年度计划投资",
                mk(wan(3900.00), "B103", "error", note="above 总投资 3600")),
               ("其中：中央预算内投资", wan(2160.00)), ("地方配套资金", wan(1440.00))],
        dates=[day(2026, 3, 1), day(2027, 9, 30), "19个月"],
        goals=["到2027年9月底建成村级污水处理站18座、收集管网64公里，项目村生活污水治理率达到65%"
               "以上，受益农村人口2.6万人。",
               "2026年完成污水收集管网30公里，农村生活污水治理率达到50%，受益农村人口1.3万人。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建村级污水处理站", "≥18座",
         mk("≥22座", "D201", "error", note="22 > 18")),
        (None, None, "铺设污水收集管网", "≥64公里", "≥30公里"),
        (None, "质量指标", "出水水质达标率", "≥95%", "≥95%"),
        (None, "时效指标", "工程竣工验收时间", "2027年9月30日前", "2026年12月31日前"),
        (None, "成本指标", "吨水处理运行成本",
         mk("≥1.2元/吨", "T108", "warning", row=True, note="a cost caps: ≤"), "≥1.2元/吨"),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "≥65%", "≥50%"),
        (None, "社会效益指标", "受益农村人口", "≥2.6万人", "≥1.3万人"),
        (None, "可持续影响指标", "运维管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pt11-dryer-yuan-head-wan-lines", (5, 7, 12), "中央预算内投资 plan: 总投资 by source "
         "in 元, a 分项投资 block in 万元 with 测算依据 that adds up to it, tier-2 labels with "
         "bracketed alternatives, header 目标值（年度） (correct)")  # fmt: skip
def pt11() -> Book:
    b, s = book("Sheet1", (16, 22, 34, 20, 16, 14))
    invest_head(
        s, year=2026, name="北湾县粮食烘干中心建设项目", owner="北湾县农机化技术推广服务站",
        dept="北湾县农业农村局", place="北湾县官塘镇", nature="新建",
        scope="新建烘干车间及仓储用房4400平方米，购置安装粮食烘干机组14台",
        lines=[("项目总投资", yuan(18650000)), ("其中：中央预算内投资", yuan(12000000)),
               ("地方配套资金", yuan(4650000)), ("企业自筹资金", yuan(2000000))],
        dates=[day(2026, 3, 1), day(2026, 11, 30), "9个月"],
        goals=["2026年建成烘干车间及仓储用房4400平方米，安装烘干机组14台，年烘干处理粮食5.6万吨"
               "以上，服务种粮农户3200户以上。"],
        caption="投资构成（元）",
    )  # fmt: skip
    block(s, "分项投资及测算依据（单位：万元）", ("费用名称", "金额", "测算依据"), [
        ("建筑工程费", grid(682), "烘干车间及仓储用房4400平方米×1550元/平方米"),
        ("设备购置及安装费", grid(1036), "烘干机组14台×74万元/台"),
        ("工程建设其他费", grid(92), "勘察设计、监理、招标代理等"),
        ("预备费", grid(55), "按前三项之和的3%左右计列"),
    ], ("合计", grid(1865), "与项目总投资一致"))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "目标值（年度）", "指标值设定依据"), [
        ("产出指标", "数量指标（建设规模指标）", "新建烘干车间及仓储用房", "≥4400平方米",
         "初步设计"),
        (None, None, "购置安装粮食烘干机组", "≥14台", "初步设计"),
        (None, "质量指标(或标准指标)", "设备安装调试合格率", pct(1), "行业标准"),
        (None, "时效指标（进度指标）", "项目竣工验收时间", "2026年11月30日前", "计划标准"),
        (None, "成本指标", "烘干机组单台购置安装成本", "≤74万元/台", "市场询价"),
        ("效益指标", "经济效益指标", "年烘干处理粮食", "≥5.6万吨", "设计能力"),
        (None, "社会效益指标", "服务种粮农户", "≥3200户", "历史标准"),
        (None, "可持续影响指标", "烘干设备设计使用年限", "≥10年", "行业标准"),
        ("满意度指标", "服务对象满意度指标", "服务农户满意度", "≥90%", "计划标准"),
    ])  # fmt: skip
    note(s, "注：投资构成以元为单位，分项投资以万元为单位。")
    return b


@variant("pt12-processing-wan-in-yuan", (1, 12), "中央预算内投资 plan: a 万元-formatted source "
         "in a 元 block, an operator and unit column with a unit that contradicts the "
         "value")  # fmt: skip
def pt12() -> Book:
    b, s = book("Sheet1", (16, 20, 28, 12, 18, 14))
    invest_head(
        s, year=2026, name="柏溪县农产品产地初加工中心建设项目", owner="柏溪县农业产业化服务中心",
        dept="柏溪县农业农村局", place="柏溪县双河镇", nature="新建",
        scope="新建初加工车间3200平方米，配套清洗、分级、烘干设备，年初加工能力1.2万吨",
        lines=[("项目总投资", mk(yuan(15800000), "B101", "error", required=False)),
               ("其中：中央预算内投资",
                mk(money(1200, WAN), "B105", "error", note="1200.00万元 in a 元 block")),
               ("地方配套资金", yuan(3800000))],
        dates=[day(2026, 3, 20), day(2026, 12, 20), "9个月"],
        goals=["2026年建成初加工车间3200平方米，新增农产品初加工能力1.2万吨，带动脱贫户就业120人。"],
        caption="投资构成（元）",
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新建初加工车间", "≥", 3200, "平方米"),
        (None, None, "新增农产品初加工能力", "≥",
         mk("1.2万吨", "T112", "error", note="吨 against the unit column 万元"), "万元"),
        (None, "质量指标", "设备安装验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "项目竣工时间", "≤", day(2026, 12, 20, CN_DATE), None),
        (None, "成本指标", "初加工车间单位面积造价", "≤", 1800, "元/平方米"),
        ("效益指标", "经济效益指标", "农产品加工销售额增长率", "≥", 15, "%"),
        (None, "社会效益指标", "带动脱贫户就业", "≥", 120, "人"),
        (None, "可持续影响指标", "车间设计使用年限", "≥", 20, "年"),
        ("满意度指标", "服务对象满意度指标", "入园经营主体满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "冉德茂", "向明芝", "0854-27730615")
    return b
