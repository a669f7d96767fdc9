"""刺梨 orchards and the juice plant: el01–el06 and el18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout600.common import (
    AGRI,
    NAT,
    OPS,
    PERIOD,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    periods,
    sign,
)
from tests.variants.holdout600.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

CILI = "岑梁县经济作物工作站"
PLANT = "岑梁县坳岭刺梨果汁厂"


@variant(
    "el01-cili-orchard-percent",
    (1, 12),
    "project, NAT-2021, operator and unit columns, typed percents, 万元 in the number "
    "format, a goal count with its part in brackets (correct)",
)
def el01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="雾杉乡刺梨标准化果园提质项目", dept=AGRI, unit=CILI,
                 money=one_year(150, 120, 30),
                 goals=["新植刺梨500亩（其中良种示范园120亩），改造低产园800亩，带动种植户300户"
                        "增收；总结管护经验，为2027年全县推广积累技术资料。"])  # fmt: skip
    indicators(s, OPS, [
        ["产出指标", "数量指标", "新植刺梨面积", "≥", 500, "亩"],
        [None, None, "其中：良种示范园面积", "≥", 120, "亩"],
        [None, None, "低产园改造面积", "≥", 800, "亩"],
        [None, "质量指标", "苗木栽植成活率", "≥", pct(0.9), "%"],
        [None, "时效指标", "春季栽植完成时间", "≤", day(YEAR, 4, 30, CN_DATE), None],
        ["成本指标", "经济成本指标", "新植补助标准", "≤", 0.12, "万元/亩"],
        [None, None, "低产园改造补助标准", "≤", 0.05, "万元/亩"],
        ["效益指标", "经济效益指标", "带动增收种植户数", "≥", 300, "户"],
        [None, "生态效益指标", "果园化肥使用量下降率", "≥", pct(0.1), "%"],
        [None, "可持续影响指标", "绿色防控技术覆盖率", "≥", pct(0.85), "%"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    sign(s, "龙晓岚", "0857-6612408")
    return b


@variant(
    "el02-juice-plant-goal-mismatch",
    (11, 12),
    "project, OLD-NAT, operators inside the values: a purchase count below the goal's, a "
    "processing subsidy × output above the money, a 反向 loss rate with ≥",
)
def el02() -> Book:
    b, s = book()
    goal = mk(
        "收购农户刺梨鲜果3000吨，加工刺梨原汁1000吨，带动种植户450户增收。",
        "D104",
        "warning",
        required=False,
        note="the other end of the 鲜果收购量 finding",
    )
    project_head(s, year=YEAR, name="刺梨鲜果收购加工补助项目", dept=AGRI, unit=PLANT,
                 money=one_year(120, 100, 20), goals=[goal])  # fmt: skip
    indicators(s, NAT, [
        ["产出指标", "数量指标", "刺梨鲜果收购量",
         mk("≥1800吨", "D104", "warning", row=True,
            note="年度目标 says 收购鲜果3000吨; the indicator gives 1800吨")],
        [None, None, "刺梨原汁产量", "≥1000吨"],
        [None, "质量指标", "原汁产品抽检合格率", "=100%"],
        [None, None, "果汁灌装损耗率",
         mk("≥3%", "T108", "warning", row=True, note="a loss rate is 反向: ≤3% meant")],
        [None, "时效指标", "鲜果收购款兑付时限", "≤15个工作日"],
        [None, "成本指标", "原汁加工补贴标准",
         mk("≤0.15万元/吨", "B107", "warning", row=True,
            note="0.15万元/吨 × 1000吨 = 150万元 > 年度资金 120万元")],
        ["效益指标", "经济效益指标", "带动种植户增收户数", "≥450户"],
        [None, "社会效益指标", "吸纳季节性用工人次", "≥600人次"],
        ["满意度指标", "服务对象满意度指标", "交售农户满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "石永蕾", "0857-6630517")
    return b


@variant(
    "el03-orchard-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
    "equal rates and unit costs, a deadline in each column (correct)",
)
def el03() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="刺梨良种繁育基地建设项目", dept=AGRI, unit=CILI,
                 attr="新增项目", money=periods((360, 300, 60), (120, 100, 20)),
                 goals=["三年繁育刺梨良种苗木150万株，建成采穗圃300亩，带动育苗户60户。",
                        "当年繁育良种苗木50万株，建成采穗圃100亩，带动育苗户20户。"])  # fmt: skip
    indicators(s, PERIOD, [
        ["产出指标", "数量指标", "良种苗木繁育量", "≥150万株", "≥50万株"],
        [None, None, "采穗圃建设面积", "≥300亩", "≥100亩"],
        [None, "质量指标", "出圃苗木合格率", pct(0.95), pct(0.95)],
        [None, "时效指标", "繁育任务完成时间", "2028年11月30日前", "2026年11月30日前"],
        ["成本指标", "经济成本指标", "单株育苗成本", "≤1.2元/株", "≤1.2元/株"],
        ["效益指标", "社会效益指标", "带动育苗户数", "≥60户", "≥20户"],
        [None, "可持续影响指标", "良种自给率", "≥80%", "≥60%"],
        ["满意度指标", "服务对象满意度指标", "育苗户满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    notes(s, "注：单株育苗成本含穗条、基质和人工，年度50万株合计不超过60万元。")
    return b


@variant(
    "el04-orchard-multi-year-wrong",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: a year's area above the period's, "
    "a training count copied from 中期 into 年度",
)
def el04() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=2, name="刺梨低产园嫁接改良项目", dept=AGRI, unit=CILI,
                 money=periods((200, 160, 40), (100, 80, 20)),
                 goals=["两年嫁接改良低产刺梨园1200亩，培训果农600人次。",
                        "当年嫁接改良低产园600亩，培训果农300人次。"])  # fmt: skip
    indicators(s, PERIOD, [
        ["产出指标", "数量指标", "低产园嫁接改良面积", "≥1200亩",
         mk("≥1500亩", "D201", "error", alt=("D104",),
            note="a year's area above the two-year period's 1200亩")],
        [None, None, "果农嫁接技术培训人次", "≥600人次",
         mk("≥600人次", "D202", "warning", alt=("D104",),
            note="cumulative count copied from 中期; the 年度目标 says 300人次")],
        [None, "质量指标", "嫁接成活率", "≥90%", "≥90%"],
        [None, "时效指标", "嫁接季完成时间", "2027年5月31日前", "2026年5月31日前"],
        ["成本指标", "经济成本指标", "亩均嫁接改良成本", "≤0.13万元/亩",
         ok("≤0.13万元/亩", note="× the wrong 1500亩 exceeds the year's money: a consequence")],
        ["效益指标", "经济效益指标", "改良园亩产增长率", "≥20%", "≥10%"],
        ["满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    sign(s, "韦承志", "0857-6628931")
    return b


@variant(
    "el05-juice-plant-stacked",
    (2, 4),
    "two projects stacked in one sheet, OLD-NAT, one value column, a note row inside the "
    "table, the same indicator with other values, a cost equal to its money (correct)",
)
def el05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="刺梨果汁生产线技术改造项目", dept=AGRI, unit=PLANT,
                 money=one_year(80, 60, 20),
                 goals=["改造灌装线1条，日处理鲜果能力提高到60吨。"])  # fmt: skip
    indicators(s, NAT, [
        ["产出指标", "数量指标", "改造灌装生产线", "=1条"],
        [None, None, "日处理鲜果能力", "≥60吨"],
        [None, "质量指标", "设备安装验收合格率", "=100%"],
        [None, "时效指标", "技改完成时间", "2026年8月31日前"],
        [None, "成本指标", "技改总成本", "≤80万元"],
        ["注：日处理能力按两班生产计。", "", None, None],
        ["效益指标", "经济效益指标", "原汁产值增长率", "≥15%"],
        ["满意度指标", "服务对象满意度指标", "交售农户满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        title="",
        name="刺梨鲜果冷链仓储项目",
        dept=AGRI,
        unit=PLANT,
        money=one_year(45, 45, 0),
        goals=["新建鲜果冷库300立方米，延长收购期20天。"],
    )
    indicators(s, NAT, [
        ["产出指标", "数量指标", "新建冷库容积", "≥300立方米"],
        [None, "质量指标", "设备安装验收合格率", "≥95%"],
        [None, "时效指标", "冷库投入使用时间", "2026年7月31日前"],
        [None, "成本指标", "冷库建设单价", "≤0.15万元/立方米"],
        ["效益指标", "社会效益指标", "鲜果收购期延长天数", "≥20天"],
        ["满意度指标", "服务对象满意度指标", "交售农户满意度", "≥85%"],
    ])  # fmt: skip
    sign(s, "石永蕾", "0857-6630517")
    return b


@variant(
    "el06-juice-plant-dates",
    (7, 9),
    "project, OLD-NAT, headers 考核指标 and 目标值（年度） with a 评价标准 column: a deadline "
    "date cell left from last season, a quality rate under 时效",
)
def el06() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="刺梨果汁厂污水处理设施改造项目",
        dept=AGRI,
        unit=PLANT,
        money=one_year(66, 50, 16),
        goals=["改造日处理200吨的污水处理设施，2026年10月底前完工，出水稳定达标。"],
    )
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(s, head, [
        ["产出指标", "数量指标", "改造污水处理能力", "≥200吨/日", "达到得满分"],
        [None, "质量指标", "设施竣工验收合格率", "=100%", "按验收结论计分"],
        [None, "时效指标",
         mk("出水水质达标率", "F201", "warning", row=True,
            note="a quality rate under 时效指标; it belongs under 质量指标"),
         "≥95%", "按月度监测计分"],
        [None, None, "改造完工时间",
         mk(day(2025, 10, 31, CN_DATE), "Y102", "error", row=True, alt=("Y101", "Y103", "D104"),
            note="2025-10-31 lies before the 2026 budget year; the goal says 2026年10月底"),
         "逾期不得分"],
        [None, None, "调试运行时间", "≤30天", "超期扣分"],
        [None, "成本指标", "改造工程总成本", "≤66万元", "超支不得分"],
        ["效益指标", "生态效益指标", "化学需氧量排放削减率", "≥30%", "按监测报告计分"],
        ["满意度指标", "服务对象满意度指标", "周边村民满意度", "≥85%", "按问卷计分"],
    ])  # fmt: skip
    notes(s, "说明：评价标准仅供年终自评使用。", width=5)
    return b


@variant(
    "el18-direction-operator-column",
    (11, 1),
    "project, NAT-2021, 指标性质 as direction and 指标方向 as the operator in words, unit "
    "column: a 反向 rate with 大于等于, a typed percent over 100, an output below the goal's",
)
def el18() -> Book:
    b, s = book(widths=(14, 16, 28, 10, 12, 14, 12))
    goal = mk(
        "年加工刺梨鲜果2000吨，生产刺梨原汁800吨，鲜果腐损率控制在3%以内。",
        "D104",
        "warning",
        required=False,
        note="the other end of the 原汁产量 finding",
    )
    project_head(s, year=YEAR, name="刺梨原汁加工能力提升项目", dept=AGRI, unit=PLANT,
                 money=one_year(90, 70, 20), goals=[goal])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ["产出指标", "数量指标", "加工刺梨鲜果量", "正向", "大于等于", 2000, "吨"],
        [None, None, "刺梨原汁产量", "正向", "大于等于",
         mk(600, "D104", "warning", row=True, note="年度目标 says 原汁800吨"), "吨"],
        [None, "质量指标", "原汁灌装合格率", "正向", "大于等于",
         mk(pct(1.05), "T106", "error", note="a 合格率 typed as 105%"), "%"],
        [None, None, "鲜果腐损率", "反向",
         mk("大于等于", "T108", "warning", row=True, note="反向 rate with 大于等于"), 3, "%"],
        [None, "时效指标", "新增榨汁设备投产时间", "反向", "小于等于", "2026年9月30日", None],
        ["成本指标", "经济成本指标", "吨鲜果加工成本", "反向", "小于等于", 0.04, "万元/吨"],
        ["效益指标", "经济效益指标", "原汁销售收入增长率", "正向", "大于等于", pct(0.12), "%"],
        ["满意度指标", "服务对象满意度指标", "交售农户满意度", "正向", "大于等于", 90, "%"],
    ])  # fmt: skip
    sign(s, "石永蕾", "0857-6630517")
    return b
