"""猴头菇 (lion's mane) returns: understory cultivation bases, spawn and drying (fp01–fp06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout630.common import FARM, FORESTRY, YEAR, book, funds, indicators, notes
from tests.variants.holdout630.common import sign as signature
from tests.variants.holdout630.registry import variant
from tests.variants.kit import Book, day, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("fp01-hericium-base", (1, 12), "project, NAT-2021, one value column, typed percents, "
         "万元 in the number format, a goal area with its parts in brackets (correct)")  # fmt: skip
def fp01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="林下猴头菇标准化栽培基地建设", dept=FORESTRY,
                 unit="雾松县椿坪镇农业综合服务中心", money=funds((80, 70, 10)),
                 goals=["建设林下猴头菇栽培基地300亩（其中新建200亩、提升改造100亩），"
                        "投放菌棒10万棒，培训菇农120人次，带动岩桂、椿坪两村增收。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "新建林下栽培基地面积", "≥200亩"),
        (None, None, "提升改造基地面积", "≥100亩"),
        (None, None, "投放猴头菇菌棒", "≥100000棒"),
        (None, None, "菇农技术培训", "≥120人次"),
        (None, "质量指标", "菌棒出菇率", pct(0.9)),
        (None, None, "鲜菇一级品比例", pct(0.75)),
        (None, "时效指标", "基地建设完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "菌棒采购单价", "≤3.5元/棒"),
        (None, None, "新建基地建设成本", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "参与农户户均增收", "≥3000元"),
        (None, "生态效益指标", "林下原有植被保存率", pct(0.95)),
        (None, "可持续影响指标", "形成林下猴头菇栽培技术规程", "1套"),
        ("满意度指标", "服务对象满意度指标", "参与菇农满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "郁晓岚", "0839-6172054", day(2024, 11, 26))
    return b


@variant("fp02-hericium-goal-mismatch", (12,), "project, NAT-2021, one value column: the goal's "
         "菌棒 count against the indicator, a deadline in the next year, a cost × area over the "
         "money")  # fmt: skip
def fp02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="仿野生猴头菇林下栽培示范", dept=FORESTRY,
                 unit="雾松县岩桂村股份经济合作社", money=funds((60, 50, 10)),
                 goals=["在岩桂村阔叶林下栽培猴头菇菌棒120000棒，建成仿野生栽培基地300亩，"
                        "年内完成基地建设并采收两茬鲜菇。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "林下栽培猴头菇菌棒",
         mk("≥80000棒", "D104", "warning", row=True,
            note="年度目标写120000棒，指标只有80000棒")),
        (None, None, "仿野生栽培基地面积", "≥300亩"),
        (None, "质量指标", "菌棒出菇率", "≥85%"),
        (None, "时效指标", "基地建成时间",
         mk("2026年6月30日前", "Y102", "error", row=True, alt=("Y103",),
            note="一年期项目（2025年）的期限落在2026年，且与年度目标“年内完成”相矛盾")),
        ("成本指标", "经济成本指标", "菌棒采购单价", "≤2元/棒"),
        (None, None, "基地建设成本",
         mk("≤3000元/亩", "B107", "warning", row=True,
            note="3000元/亩 × 300亩 = 90万元，超过年度资金60万元")),
        ("效益指标", "经济效益指标", "鲜菇销售收入", "≥45万元"),
        (None, "社会效益指标", "带动农户参与栽培", "≥35户"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "冉景和", "0839-6172318", day(2024, 12, 3))
    return b


@variant("fp03-hericium-three-years", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, the period's counts beside the year's, a later year the work prepares for "
         "(correct)")  # fmt: skip
def fp03() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="石笋岭林下猴头菇示范基地", dept=FORESTRY,
                 unit=FARM, attr="新增项目", money=funds((240, 210, 30), (80, 70, 10)),
                 goals=["2025—2027年建设林下猴头菇示范基地900亩，累计投放菌棒30万棒，"
                        "为2028年全县推广积累技术和管理经验。",
                        "2025年建成示范基地300亩，投放菌棒10万棒，采收鲜菇60吨。"])  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "示范基地面积", "≥900亩", "≥300亩"),
        (None, None, "投放猴头菇菌棒", "≥300000棒", "≥100000棒"),
        (None, "质量指标", "菌棒出菇率", "≥85%", "≥85%"),
        (None, "时效指标", "基地建设完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "菌棒采购单价", "≤3元/棒", "≤3元/棒"),
        ("效益指标", "经济效益指标", "鲜菇产量", "≥180吨", "≥60吨"),
        (None, "可持续影响指标", "林下栽培技术规程", "形成并推广", "形成初稿"),
        ("满意度指标", "服务对象满意度指标", "林场职工及周边农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "覃立松", "0839-6175260", day(2024, 11, 18))
    return b


@variant("fp04-hericium-two-years", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: "
         "a 中期目标 left from the last period, an annual count above the period's, an area "
         "copied")  # fmt: skip
def fp04() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=2, name="椿坪镇林下猴头菇产业基地", dept=FORESTRY,
                 unit="雾松县椿坪镇农业综合服务中心", money=funds((150, 130, 20), (90, 80, 10)),
                 goals=[mk("2023年—2024年在椿坪镇建成林下猴头菇栽培基地400亩，投放菌棒"
                           "20万棒，培育菇农合作社2家。", "Y103", "warning",
                           note="中期目标写2023—2024年，项目期为2025—2026年：上一期的文字"),
                        "2025年完成首期基地建设和菌棒投放，组建菇农合作社1家。"])  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "林下栽培基地面积", "≥400亩",
         mk("≥400亩", "D202", "warning", note="两年期项目，累计面积年度值照抄中期值")),
        (None, None, "投放猴头菇菌棒", "≥200000棒",
         mk("≥250000棒", "D201", "error", note="年度250000棒超过两年合计200000棒")),
        (None, None, "组建菇农合作社", "≥2家", "≥1家"),
        (None, "质量指标", "菌棒出菇率", "≥85%", "≥85%"),
        (None, "时效指标", "基地建设完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "菌棒采购单价", "≤3元/棒", "≤3元/棒"),
        ("效益指标", "经济效益指标", "鲜菇产量", "≥100吨", "≥50吨"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "符春燕", "0839-6173391", day(2024, 11, 22))
    return b


@variant("fp05-hericium-stacked", (2, 4), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, a 注 row under the first table, the same indicator with other values in each "
         "(correct)")  # fmt: skip
def fp05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="猴头菇菌种扩繁中心运行", dept=FORESTRY, unit=FARM,
                 money=funds((45, 40, 5)),
                 goals=["扩繁猴头菇一级菌种3000瓶，向全县菇农供种150户以上。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "扩繁一级菌种", "≥3000瓶"),
        (None, "质量指标", "菌种纯度合格率", "≥98%"),
        (None, "时效指标", "菌种供应及时率", "≥95%"),
        (None, "成本指标", "菌种扩繁单位成本", "≤40元/瓶"),
        ("效益指标", "社会效益指标", "供种覆盖农户", "≥150户"),
        ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：菌种纯度合格率按县农产品质量检测站抽检结果计算。")
    s.skip(2)
    project_head(s, year=YEAR, title="", name="猴头菇产地烘干设施补助", dept=FORESTRY,
                 unit="雾松县椿坪镇农业综合服务中心", money=funds((36, 36, 0)),
                 goals=["补助菇农合作社购置烘干设备24台，降低鲜菇产后损耗。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "补助烘干设备", "≥24台"),
        (None, "质量指标", "设备验收合格率", "100%"),
        (None, "时效指标", "设备安装完成时间", "2025年9月30日前"),
        (None, "成本指标", "单台补助标准", "≤1.5万元/台"),
        ("效益指标", "经济效益指标", "鲜菇烘干损耗率", "≤8%"),
        ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥85%"),
    ])  # fmt: skip
    signature(s, "郁晓岚", "0839-6172054", day(2024, 11, 26))
    return b


@variant("fp06-hericium-points", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "and an indicator score column: a duplicate with another value, a satisfaction rate "
         "under 社会效益, a tier's scores short of its points")  # fmt: skip
def fp06() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="猴头菇精深加工车间运行补助", dept=FORESTRY,
                 unit="雾松县菌之岭食品有限公司", attr="一次性项目", money=funds((150, 130, 20)),
                 goals=["收购加工林下猴头菇鲜菇60吨，生产干菇6吨，带动农户40户。"])  # fmt: skip
    tier = mk("一、产出指标（50分）", "W103", "error",
              note="产出指标标50分，其下分值10+10+10+10+5=45分")  # fmt: skip
    indicators(s, (*H4, "分值"), [
        (tier, "（一）数量指标", "猴头菇鲜菇收购加工量", "≥60吨", 10),
        (None, None, "鲜菇收购加工量",
         mk("≥50吨", "D102", "error", row=True, alt=("D103", "D101"),
            note="同一指标多两个字，指标值却不同（60吨 / 50吨）"), 10),
        (None, None, "干菇加工量", "≥6吨", 10),
        (None, "（二）质量指标", "干菇抽检合格率", "≥98%", 10),
        (None, "（三）时效指标", "采收加工完成时间", "2025年11月30日前", 5),
        ("二、成本指标（10分）", "（一）经济成本指标", "鲜菇收购加工单位成本", "≤2万元/吨", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "加工产品销售收入", "≥200万元", 10),
        (None, "（二）社会效益指标", "带动农户", "≥40户", 10),
        (None, None, mk("菇农满意度", "F201", "warning", row=True,
                        note="满意度填在社会效益指标下"), "≥90%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "采购商满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="分值合计95：由产出指标少5分引起")
    signature(s, "冉景和", "0839-6172318", day(2024, 12, 3))
    return b
