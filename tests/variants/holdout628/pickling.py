"""萝卜 (radish) pickling returns: fn01 to fn06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout628.common import (
    AGRI,
    OPERATOR,
    PERIOD,
    PROJECT,
    YEAR,
    details,
    first,
    funds,
    indicators,
    notes,
    sign,
    wan,
)
from tests.variants.holdout628.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, ok, pct


@variant(
    "fn01-radish-percent-cells",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
    "format, detail lines, a unit cost equal to its line (correct)",
)
def fn01() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="苇塘镇萝卜干标准化腌制池改造",
        dept=AGRI,
        unit="澄禾县苇塘镇萝卜腌制专业合作社",
        money=funds((96, 80, 16)),
        goals=[
            "改造标准化腌制池12个，年加工鲜萝卜2800吨，萝卜干产品抽检合格率不低于"
            "98%，腌制废水化学需氧量排放较上年下降15%以上，入社农户满意度达到90%。"
        ],
    )
    details(
        s,
        [
            ("腌制池改造", 36, "12个×3万元/个"),
            ("脱盐清洗设备", 42, "清洗线1条"),
            ("检测与培训", 18, "快检设备及培训6期"),
        ],
        96,
    )
    indicators(s, OPERATOR, [
        ("产出指标", "数量指标", "标准化腌制池改造数量", "≥", 12, "个"),
        (None, None, "鲜萝卜加工量", "≥", 2800, "吨"),
        (None, "质量指标", "萝卜干产品抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "亚硝酸盐超标批次占比", "≤", pct(0.02), "%"),
        (None, "时效指标", "腌制池改造完成时间", "≤", day(YEAR, 10, 31, CN_DATE), "日期"),
        (None, "成本指标", "腌制池改造补助标准", "≤", 3, "万元/个"),
        ("效益指标", "经济效益指标", "带动社员户均增收", "≥", 1800, "元"),
        (None, "生态效益指标", "腌制废水化学需氧量排放下降率", "≥", pct(0.15), "%"),
        (None, "可持续影响指标", "标准化腌制技术覆盖社员比例", "≥", pct(0.6), "%"),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邝秋禾", "0739-6152208", day(YEAR - 1, 12, 6))
    return b


@variant(
    "fn02-pickle-goal-mismatch",
    (1, 11, 12),
    "project, OLD-NAT, operator in words, unit column, detail lines: the goal's purchase "
    "against the indicator, a crock standard × count above its money, a typed 105%",
)
def fn02() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="石磴村萝卜腌菜坛更新及晾晒棚建设",
        dept=AGRI,
        unit="澄禾县石磴村股份经济合作社",
        money=funds((120, 100, 20)),
        goals=[
            "收购本村及周边鲜萝卜3500吨，更新大容量腌菜坛1500个，新建晾晒棚"
            "2400平方米，注册“石磴脆萝卜”包装品牌1个。"
        ],
    )
    details(
        s,
        [
            ("腌菜坛更新", 45, "1500个×0.03万元/个"),
            ("晾晒棚建设", 50, "2400平方米"),
            ("品牌包装设计", 25, "包装及商标注册"),
        ],
        120,
    )
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "鲜萝卜收购量", "大于等于",
         mk(3000, "D104", "warning", row=True,
            note="年度目标写收购鲜萝卜3500吨，指标只有3000吨"), "吨"),
        (None, None, "大容量腌菜坛更新数量", "大于等于", 1500, "个"),
        (None, None, "晾晒棚建设面积", "大于等于", 2400, "平方米"),
        (None, "质量指标", "腌菜坛密封检测合格率", "大于等于",
         mk(pct(1.05), "T106", "error", note="合格率105%超过100%上限"), "%"),
        (None, "时效指标", "晾晒棚完工时间", "小于等于", day(YEAR, 9, 30, CN_DATE), "日期"),
        (None, "成本指标", "腌菜坛更新补助标准", "小于等于",
         mk(0.1, "B107", "warning", row=True,
            note="0.1万元/个×1500个=150万元，超过腌菜坛更新45万元，也超过资金总额120万元"),
         "万元/个"),
        ("效益指标", "经济效益指标", "合作社腌菜销售收入增长率", "大于等于", pct(0.12), "%"),
        (None, "社会效益指标", "带动脱贫户参与腌制加工户数", "大于等于", 65, "户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "饶冬青", "0739-6152317", day(YEAR - 1, 11, 28))
    return b


def _stack(
    s: Sheet,
    name: str,
    unit: str,
    fund: tuple[object, ...],
    goal: object,
    rows: list[tuple[object, ...]],
    title: str | None = None,
    annual: tuple[object, ...] | None = None,
) -> None:
    """One project of a stacked sheet: its head and its one-value-column table."""
    project_head(
        s,
        year=YEAR,
        name=name,
        dept=AGRI,
        unit=unit,
        money=funds(fund, annual),
        goals=[goal],
        title=title,
    )
    indicators(s, PROJECT, rows)


@variant(
    "fn03-stacked-cooperatives",
    (2,),
    "two pickling projects stacked in one sheet, OLD-NAT, one value column, the same "
    "indicator name with different values in the two projects (correct)",
)
def fn03() -> Book:
    b, s = first("萝卜加工项目")
    _stack(s, "苇塘镇萝卜干初加工提升", "澄禾县苇塘镇萝卜腌制专业合作社", (60, 50, 10),
           "新增萝卜切条机4台，加工萝卜干900吨，产品抽检合格率不低于98%。", [
        ("产出指标", "数量指标", "萝卜切条机购置数量", "≥4台"),
        (None, None, "萝卜干加工量", "≥900吨"),
        (None, "质量指标", "产品抽检合格率", pct(0.98)),
        (None, "时效指标", "设备到位时间", "2025年6月30日前"),
        (None, "成本指标", "切条机单价", "≤6万元/台"),
        ("效益指标", "经济效益指标", "萝卜干销售收入", "≥540万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ], title=f"{YEAR}年度萝卜加工项目支出绩效目标表")  # fmt: skip
    s.skip()
    _stack(s, "石磴村泡萝卜发酵车间改造", "澄禾县石磴村股份经济合作社", (85, 70, 15),
           "改造发酵车间1间、新增不锈钢发酵罐20个，泡萝卜产品抽检合格率不低于97%。", [
        ("产出指标", "数量指标", "不锈钢发酵罐购置数量", "≥20个"),
        (None, None, "发酵车间改造面积", "≥600平方米"),
        (None, "质量指标", "产品抽检合格率", "≥97%"),
        (None, "时效指标", "车间改造完工时间", "2025年8月31日前"),
        (None, "成本指标", "发酵罐单价", "≤2.2万元/个"),
        ("效益指标", "社会效益指标", "带动村民就业人数", "≥30人"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ], title="")  # fmt: skip
    notes(s, "注：两个项目分别申报、分别批复，指标值按各自项目填写。")
    return b


@variant(
    "fn04-stacked-leftover",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second's goal is last season's, "
    "its annual money does not add up, one count given twice under two tier-2s",
)
def fn04() -> Book:
    b, s = first("萝卜腌制")
    _stack(s, "苇塘镇腌制萝卜冷库建设", "澄禾县苇塘镇萝卜腌制专业合作社", (140, 120, 20),
           "建成腌制品冷库1座（库容800立方米），冷藏腌制萝卜1200吨。", [
        ("产出指标", "数量指标", "冷库建成数量", "≥1座"),
        (None, None, "腌制萝卜冷藏量", "≥1200吨"),
        (None, "质量指标", "冷库竣工验收合格率", "=100%"),
        (None, "时效指标", "冷库投入使用时间", "2025年11月30日前"),
        (None, "成本指标", "冷库单位库容造价", "≤0.17万元/立方米"),
        ("效益指标", "经济效益指标", "腌制萝卜错季销售增收", "≥60万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = mk(
        "2024年度完成萝卜干加工600吨、新增发酵罐15个，产品抽检合格率不低于97%。",
        "Y103",
        "warning",
        note="上一季的年度目标未改：2024年既非预算年度也不在项目期内",
    )
    annual = (
        mk(wan(80), "B101", "error", note="年度资金总额80万元≠财政拨款60+其他资金15"),
        60,
        ok(wan(15), "error", note="写错的其他资金一格，B101 落在此处也可"),
    )
    _stack(s, "北垣乡萝卜干加工点提升", "澄禾县北垣乡萝卜种植协会", (80, 60, 20), goal, [
        ("产出指标", "数量指标", "萝卜干加工量", "≥600吨"),
        (None, None, "发酵罐新增数量", "≥15个"),
        (None, "质量指标", "产品抽检合格率", "≥97%"),
        (None, None, "萝卜干加工量", mk("≥600吨", "D101", "warning", row=True, alt=("F201",),
                                        note="同一数量指标在质量指标下又填了一次")),
        (None, "时效指标", "设备安装完成时间", "2025年7月31日前"),
        ("效益指标", "经济效益指标", "加工点年销售收入", "≥360万元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ], title="", annual=annual)  # fmt: skip
    return b


@variant(
    "fn05-multi-year-cellar",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: period counts above the year's, "
    "rates and unit costs equal, a later year inside the period (correct)",
)
def fn05() -> Book:
    b, s = first("绩效目标表")
    project_head(
        s,
        year=YEAR,
        years=3,
        name="澄禾县萝卜窖藏与腌制基地建设",
        dept=AGRI,
        unit="澄禾县蔬菜产业发展中心",
        attr="新增项目",
        money=funds((450, 360, 90), (150, 120, 30)),
        goals=[
            "2025年至2027年建成萝卜窖藏库6座、标准化腌制车间3个，累计加工鲜萝卜"
            "9000吨，为2027年申报“澄禾萝卜”地理标志积累产地数据。",
            "2025年建成窖藏库2座、腌制车间1个，加工鲜萝卜2800吨，腌制品抽检合格率不低于98%。",
        ],
    )
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "萝卜窖藏库建成数量", "≥6座", "≥2座"),
        (None, None, "标准化腌制车间建成数量", "≥3个", "≥1个"),
        (None, None, "鲜萝卜加工量", "≥9000吨", "≥2800吨"),
        (None, "质量指标", "腌制品抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "窖藏库建设完成时间", "2027年10月31日前", "2025年10月31日前"),
        (None, "成本指标", "窖藏库建设标准", "≤45万元/座", "≤45万元/座"),
        ("效益指标", "经济效益指标", "窖藏萝卜错季销售增收", "≥300万元", "≥90万元"),
        (None, "可持续影响指标", "带动萝卜订单种植面积", "≥6000亩", "≥2000亩"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：中期指标值为2025—2027年累计数，年度指标值为2025年数。")
    return b


@variant(
    "fn06-multi-year-copied",
    (8, 12),
    "three-year project, OLD-NAT, 中期 and 年度 columns: annual money above the period's, "
    "a year's count above the period's, a cumulative count copied into 年度",
)
def fn06() -> Book:
    b, s = first("绩效目标表")
    annual = (
        mk(wan(260), "B103", "error", note="年度资金总额260万元大于中期资金总额240万元"),
        ok(wan(210), "error", note="年度财政拨款也大于中期的200万元"),
        ok(wan(50), "error", note="年度其他资金也大于中期的40万元"),
    )
    project_head(
        s,
        year=YEAR,
        years=3,
        name="苇塘镇萝卜腌制废水集中处理站",
        dept=AGRI,
        unit="澄禾县苇塘镇农业综合服务中心",
        attr="新增项目",
        money=funds((240, 200, 40), annual),
        goals=[
            "三年建成腌制废水集中处理站2座，累计处理腌制废水36000吨，出水化学需氧量达标率100%。",
            "2025年完成首座处理站主体工程并试运行，出水稳定达标，周边腌制户接入率不低于60%。",
        ],
    )
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "废水集中处理站建成数量", "≥2座",
         mk("≥3座", "D201", "error", note="年度建成3座，多于三年合计的2座")),
        (None, None, "累计处理腌制废水量", "≥36000吨",
         mk("≥36000吨", "D202", "warning", note="三年累计量原样抄进了年度列")),
        (None, None, "腌制户接入数量", "≥150户", "≥90户"),
        (None, "质量指标", "出水化学需氧量达标率", "=100%", "=100%"),
        (None, "时效指标", "处理站试运行时间", "2027年6月30日前", "2025年12月31日前"),
        (None, "成本指标", "吨水处理成本", "≤8元/吨", "≤8元/吨"),
        ("效益指标", "生态效益指标", "腌制废水直排量下降率", "≥80%", "≥50%"),
        (None, "社会效益指标", "周边腌制户接入率", "≥95%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "符晓岚", "0739-6153046", day(YEAR - 1, 12, 12))
    return b
