"""Curing barns (密集烤房): retrofit, clusters, heat-pump pilots, repairs and fittings."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout582.common import book, indicators, notes, proj_money, sign, wan
from tests.variants.holdout582.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

DEPT = "枫埠市烟草专卖局（公司）柘川县分局（分公司）"
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("dt01-barn-retrofit", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, one-year biomass "
         "retrofit whose unit cost × count equals the money (correct)")  # fmt: skip
def barn_retrofit() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="密集烤房生物质燃烧机改造", dept=DEPT, unit="柘川县烟叶生产技术推广站",
        money=proj_money((180, 150, 30)),
        goals=["完成200座密集烤房生物质燃烧机改造，单座补助不超过0.9万元，年替代燃煤1600吨，"
               "烟农满意度90%以上。"],
    )  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "改造密集烤房数量", "≥", 200, "座"),
        (None, None, "新建生物质燃料储料棚", "≥", 40, "个"),
        (None, "质量指标", "改造烤房验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "改造完成时间", "≤", day(2025, 6, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "单座改造补助标准", "≤", 0.9, "万元/座"),
        ("效益指标", "经济效益指标", "每公斤干烟烘烤成本下降", "≥", 0.8, "元/公斤"),
        (None, "生态效益指标", "燃煤替代量", "≥", 1600, "吨"),
        (None, "可持续影响指标", "改造烤房使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "烟农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邬晓棠", "0791-5836214", day(2024, 11, 18))
    return b


@variant("dt02-barn-cluster-multiyear", (8, 12),
         "three-year curing-barn cluster project, NAT-2021, 中期 and 年度 columns: annual barn "
         "count against the 年度目标 text, annual training above the period, a completion date "
         "after the 项目期")  # fmt: skip
def barn_cluster() -> Book:
    b, s = book()
    project_head(
        s, year=2025, years=3, attr="新增项目", name="标准化烘烤工场（烤房群）建设",
        dept=DEPT, unit="柘川县烟叶生产技术推广站",
        money=proj_money((900, 750, 150), (300, 250, 50)),
        goals=["2025—2027年建成烤房群9个、密集烤房450座，培训烟农烘烤技术1500人次。",
               ok("2025年建成烤房群3个、密集烤房120座，首批烤房当年投入烘烤。", "warning",
                  note="the goal side of the D104 conflict marked at the indicator")],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "新建烤房群", "≥9个", "≥3个"),
        (None, None, "新建密集烤房", "≥450座",
         mk("≥150座", "D104", "warning", row=True,
            note="年度目标 says 密集烤房120座; the indicator says 150")),
        (None, None, "烟农烘烤技术培训", "≥1500人次",
         mk("≥1800人次", "D201", "error",
            note="a cumulative count: the year cannot exceed the 2025—2027 total")),
        (None, "质量指标", "烤房建设验收合格率", "=100%", "=100%"),
        (None, "时效指标", "烤房群主体完工时间",
         mk("2028年10月底前", "Y102", "error", alt=("Y103", "Y101"),
            note="项目期 is 2025—2027; a completion date in 2028 lies outside it"),
         "2025年10月底前"),
        ("成本指标", "经济成本指标", "单座密集烤房建设成本", "≤2万元/座", "≤2万元/座"),
        ("效益指标", "经济效益指标", "每公斤干烟烘烤成本下降", "≥0.6元", "≥0.6元"),
        (None, "社会效益指标", "带动专业化烘烤户数", "≥900户", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "烟农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dt03-heatpump-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标) and an indicator score column, 百分点 and =0起, a later year "
         "named on purpose (correct)")  # fmt: skip
def heatpump_points() -> Book:
    b, s = book()
    project_head(
        s, year=2025, attr="一次性项目", name="电能热泵烤房试点", dept=DEPT,
        unit="柘川县烟叶生产技术推广站", money=proj_money((96, 80, 16)),
        goals=["2025年在鹿垭、枫垭两个烟区建成热泵烤房试点40座，为2027年全县推广积累烘烤参数。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("一、产出指标（50分）", "（一）数量指标", "1.热泵烤房试点数量", "≥40座", 15),
        (None, None, "2.试点烤房烘烤烟叶量", "≥160吨", 10),
        (None, "（二）质量指标", "3.试点烤房验收合格率", "=100%", 15),
        (None, "（三）时效指标", "4.试点烤房投入烘烤时间", "2025年7月10日前", 10),
        ("二、成本指标（15分）", "（一）经济成本指标", "5.单座热泵烤房购置补助", "≤2.4万元/座", 10),
        (None, None, "6.单座每炉烘烤电费", "≤1200元", 5),
        ("三、效益指标（25分）", "（一）经济效益指标", "7.上等烟比例提高", "≥3百分点", 10),
        (None, "（二）社会效益指标", "8.试点烤房烘烤安全事故", "=0起", 10),
        (None, "（三）生态效益指标", "9.每公斤干烟碳排放下降率", "≥30%", 5),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "10.试点烟农满意度", "≥92%", 10),
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值是同一口径的两级表述，合计均为100分。", width=5)
    return b


@variant("dt04-barn-stacked", (2, 12),
         "two projects stacked in one sheet, NAT-2021, one value column: the second "
         "project's end date a 5-digit serial typed as text, its unit cost × count above "
         "its money")  # fmt: skip
def barn_stacked() -> Book:
    b, s = book()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(
        s, year=2025, name="密集烤房维修补助", dept=DEPT, unit="柘川县烟叶生产技术推广站",
        money=proj_money((64, 64, 0)),
        goals=["烤季前完成800座密集烤房维修，维修烤房验收合格率95%以上。"],
    )  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "维修密集烤房数量", "≥800座"),
        (None, "质量指标", "维修烤房验收合格率", "≥95%"),
        (None, "时效指标", "维修完成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "单座维修补助标准", "≤0.08万元/座"),
        ("效益指标", "可持续影响指标", "烤房完好率提升", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "烟农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, title="", name="烘烤温湿度自控设备购置", dept=DEPT,
        unit="柘川县烟叶生产技术推广站", money=proj_money((90, 75, 15)),
        end=mk("45991", "X104", "warning", note="a date serial (2025-11-30) stored as text"),
        goals=["为300座密集烤房配置温湿度自控仪，实现烘烤过程自动控制。"],
    )  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "购置温湿度自控仪", "≥300台"),
        (None, "质量指标", "自控仪安装调试合格率", "≥98%"),
        ("成本指标", "经济成本指标", "单台自控仪补助标准",
         mk("≤0.35万元/台", "B107", "warning", row=True,
            note="300台 × 0.35万元 = 105万元, more than the project's 90万元")),
        ("效益指标", "经济效益指标", "烤坏烟率下降", "≥1百分点"),
        ("满意度指标", "服务对象满意度指标", "烟农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dt05-barn-flat-department", (3, 4),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percent cells, a 合计 row, 注 rows and a signature line; similar "
         "names that measure different things (correct)")  # fmt: skip
def barn_flat() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="柘川县烟叶生产技术推广站",
        budget=[(wan(620), wan(560), wan(60), wan(380), wan(240))],
        tasks=[("密集烤房检修", "组织检修全县密集烤房", wan(96), "检修烤房1200座"),
               ("烘烤技术培训", "分片区开展烘烤技术培训", wan(54), "培训烟农800人"),
               ("烤房新建补助", "对新建密集烤房给予补助", wan(90), "新建烤房60座"),
               ("金额合计", None, wan(240), None)],
        goal="全年检修密集烤房1200座、新建60座，培训烟农800人，烤坏烟率控制在2%以内。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("密集烤房年度检修数量", 15, "座", "≥", 1200),
        ("新建密集烤房数量", 15, "座", "≥", 60),
        ("烘烤技术培训人数", 10, "人", "≥", 800),
        ("烘烤技术培训场次", 10, "场", "≥", 20),
        ("单座新建补助标准", 10, "万元/座", "≤", 1.5),
        ("烤坏烟率", 10, "%", "≤", pct(0.02)),
        ("检修烤房验收合格率", 10, "%", "≥", pct(0.98)),
        ("烤房检修完成时间", 10, None, "≤", day(2025, 6, 30)),
        ("烟农满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "注：1.检修数量与新建数量分别统计，不重复计算；", "2.烤坏烟率以烟站收购记录为准。",
          width=5)  # fmt: skip
    sign(s, "钟立夏", "0791-5836377", day(2024, 11, 20))
    return b


@variant("dt06-barn-fittings-artefacts", (9, 13),
         "project, OLD-NAT, one value column: an HTML tag in the 年度目标, a placeholder value, "
         "a value without an indicator name")  # fmt: skip
def barn_fittings() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="烤房装烟设施配套购置", dept=DEPT, unit="柘川县烟叶生产技术推广站",
        money=proj_money((45, 45, 0)),
        goals=[mk("购置烟夹18000个，<br>配套装烟架150套，降低装烟用工。", "X102", "warning",
                  note="an HTML tag pasted from the web form")],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "购置烟夹数量",
         mk("≥**个", "X101", "error", note="placeholder left from the template")),
        (None, None, "配套装烟架", "≥150套"),
        (None, "质量指标", "烟夹验收合格率", "≥98%"),
        (None, "时效指标", "配发完成时间", "2025年6月15日前"),
        (None, "成本指标", "单个烟夹采购价", "≤20元"),
        (None, None, "单套装烟架采购价", "≤600元"),
        ("效益指标", "经济效益指标", "每炉装烟用工减少", "≥1.5个工"),
        (None, "社会效益指标",
         mk(None, "F110", "error", note="a value with no indicator name"), "≥300户"),
        ("满意度指标", "服务对象满意度指标", "烟农满意度", "≥90%"),
    ])  # fmt: skip
    return b
