"""西洋参林下种植: six project returns of 柘岭县 (ft01–ft06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout634.common import (
    HEAD4,
    HEAD6,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout634.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "柘岭县林业局（317004）"


@variant("ft01-ginseng-operator-column", (1, 11, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, 下降率 with ≥, "
         "a later year the work prepares for (correct)")  # fmt: skip
def ft01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="西洋参林下仿野生种植示范", dept=DEPT,
                 unit="柘岭县林下经济发展服务中心", money=one_year(80, 60, 20),
                 goals=["在栎坪镇、杉坳乡林下新建西洋参种植基地200亩（其中标准化示范区50亩），"
                        "带动农户120户，为2026年扩大推广积累种植经验。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("成本指标", "经济成本指标", "林下种植种苗补助标准", "≤", 0.3, "万元/亩"),
        ("产出指标", "数量指标", "西洋参林下种植面积", "≥", 200, "亩"),
        (None, None, "带动种植农户数", "≥", 120, "户"),
        (None, "质量指标", "参苗移栽成活率", "≥", pct(0.85), "%"),
        (None, "时效指标", "参苗移栽完成时间", "≤", day(2025, 5, 31), "日期"),
        ("效益指标", "经济效益指标", "参农户均增收", "≥", 0.3, "万元"),
        (None, "生态效益指标", "林下参园病害发生下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "林下种植技术规程", "=", 1, "套"),
        ("满意度指标", "服务对象满意度指标", "参农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：病害发生下降率＝（上年发病面积－本年发病面积）÷上年发病面积。")
    sign(s, 2025, "邬晓岚", "0591-6238417")
    return b


@variant("ft02-ginseng-goal-against-rows", (12,),
         "project, NAT-2021, one value column: goal area against the indicator, "
         "last season's deadline, unit cost × area above the money")  # fmt: skip
def ft02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="雾栎村西洋参林下种植基地建设", dept=DEPT,
                 unit="栎坪镇农业综合服务站", money=one_year(100, 70, 30),
                 goals=["在雾栎村集体林下新建西洋参种植基地300亩，年内完成参苗移栽和"
                        "遮阴棚搭建，参苗成活率85%以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "种苗及遮阴棚补助标准",
         mk("≤0.5万元/亩", "B107", "warning", row=True,
            note="0.5万元/亩 × 250亩 = 125万元，超过年度资金100万元")),
        ("产出指标", "数量指标", "西洋参林下种植面积",
         mk("≥250亩", "D104", "warning", row=True, note="年度目标写新建300亩")),
        (None, "质量指标", "参苗成活率", "≥85%"),
        (None, "时效指标", "参苗移栽完成时间",
         mk(day(2024, 4, 30), "Y102", "error", note="上一季的日期，不在2025年度内")),
        ("效益指标", "经济效益指标", "参农户均增收", "≥0.2万元"),
        (None, "社会效益指标", "带动农户务工", "≥80人"),
        ("满意度指标", "服务对象满意度指标", "参农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "钱柏舟", "0591-6238452")
    return b


@variant("ft03-ginseng-period-annual", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns with a unit column, "
         "period counts above the year's, rates equal in both (correct)")  # fmt: skip
def ft03() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="西洋参林下仿野生种植三年行动", dept=DEPT,
                 unit="柘岭县林下经济发展服务中心", attr="新增项目",
                 money=multi_year((450, 390, 60), (150, 130, 20)),
                 goals=["2025—2027年在三个乡镇建成西洋参林下仿野生种植基地600亩，"
                        "培育种植大户30户。",
                        "2025年建成林下种植基地200亩，培育种植大户10户。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "林下仿野生种植面积", "≥600", "≥200", "亩"),
        (None, None, "培育种植大户", "≥30", "≥10", "户"),
        (None, "质量指标", "参苗保存率", "≥80%", "≥80%", "%"),
        (None, "时效指标", "年度建设任务完成率", "=100%", "=100%", "%"),
        ("成本指标", "经济成本指标", "每亩建园补助", "≤0.6", "≤0.6", "万元/亩"),
        ("效益指标", "经济效益指标", "带动参农增收", "≥900", "≥300", "万元"),
        (None, "生态效益指标", "林地植被保存率", "≥95%", "≥95%", "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    sign(s, 2025, "邬晓岚", "0591-6238417")
    return b


@variant("ft04-ginseng-period-copied", (8,),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: a year's count above the "
         "period's, a cumulative count copied, a goal left over from 2023")  # fmt: skip
def ft04() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="林下参园补植及遮阴设施改造", dept=DEPT,
                 unit="杉坳乡林业站", money=multi_year((260, 220, 40), (130, 110, 20)),
                 goals=["2025—2026年完成林下参园补植和遮阴设施改造，稳定西洋参林下种植规模。",
                        mk("按照2023年度实施方案完成林下参园补植和遮阴设施改造，提高参苗保存率。",
                           "Y103", "warning", alt=("Y101",),
                           note="2023年是上一轮方案的年度，不在项目期内")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "林下参园补植面积", "≥400",
         mk("≥450", "D201", "error", note="年度450亩大于两年合计400亩"), "亩"),
        (None, None, "改造遮阴设施",
         "≥20", mk("≥20", "D202", "warning", note="两年累计数照抄到年度"), "处"),
        (None, "质量指标", "参苗保存率", "≥80%", "≥80%", "%"),
        (None, "时效指标", "补植完成时间", "2026年5月底前", "2025年5月底前", ""),
        ("成本指标", "经济成本指标", "补植补助标准", "≤0.25", "≤0.25", "万元/亩"),
        ("效益指标", "经济效益指标", "参园亩均产值", "≥1.2", "≥1.0", "万元"),
        ("满意度指标", "服务对象满意度指标", "参农满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    sign(s, 2025, "钱柏舟", "0591-6238452")
    return b


@variant("ft05-ginseng-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, typed percent cells, the "
         "same satisfaction indicator with different values in each project (correct)")  # fmt: skip
def ft05() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=2025, name="西洋参种苗繁育基地建设", dept=DEPT,
                 unit="柘岭县林木种苗站", money=one_year(60, 45, 15),
                 goals=["繁育西洋参种苗300万株，种苗合格率92%以上，10月底前出圃。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "繁育西洋参种苗", "≥300万株"),
        (None, "质量指标", "种苗合格率", pct(0.92)),
        (None, "时效指标", "种苗出圃时间", "2025年10月31日前"),
        (None, "成本指标", "种苗繁育补助标准", "≤0.15元/株"),
        ("效益指标", "经济效益指标", "育苗户户均增收", "≥0.5万元"),
        ("满意度指标", "服务对象满意度指标", "参农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="西洋参产地初加工设施补助", dept=DEPT, title="",
                 unit="柘岭县林下经济发展服务中心", money=one_year(40, 40, 0),
                 goals=["补助合作社购置西洋参烘干设备12台，9月底前安装到位。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "补助烘干设备", "≥12台"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备安装完成时间", "2025年9月30日前"),
        (None, "成本指标", "单台设备补助", "≤3万元/台"),
        ("效益指标", "经济效益指标", "鲜参烘干损耗率", "≤8%"),
        ("满意度指标", "服务对象满意度指标", "参农满意度", pct(0.88)),
    ])  # fmt: skip
    sign(s, 2025, "邬晓岚", "0591-6238417")
    return b


@variant("ft06-ginseng-near-duplicate", (12,),
         "project, NAT-2021, one value column: the planting area twice with a word more and "
         "another value, a survival rate under 时效")  # fmt: skip
def ft06() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="杉坳乡西洋参林下种植扩面",
        dept=DEPT,
        unit="杉坳乡林业站",
        money=one_year(60, 50, 10),
        goals=["新建西洋参林下种植基地150亩，5月底前完成移栽，参苗成活率85%以上。"],
    )
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "每亩种苗补助", "≤0.3万元/亩"),
        ("产出指标", "数量指标", "西洋参林下种植面积", "≥150亩"),
        (None, None, "林下西洋参种植面积（新建）",
         mk("≥120亩", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与上一行是同一指标，面积却不同")),
        (None, "质量指标", "土壤检测达标率", "≥95%"),
        (None, "时效指标", mk("参苗移栽成活率", "F201", "warning", row=True,
                             note="成活率是质量指标，填在时效下"), "≥85%"),
        (None, None, "移栽完成时间", "2025年5月31日前"),
        ("效益指标", "经济效益指标", "参农户均增收", "≥0.2万元"),
        ("满意度指标", "服务对象满意度指标", "参农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "钱柏舟", "0591-6238452")
    return b
