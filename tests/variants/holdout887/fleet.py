"""New-energy bus replacement (新能源公交车更新): 中期 and 年度 columns, points at two levels,
conversion artefacts, a table on a second sheet (khm07–khm12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout887.common import (
    HEAD4,
    YEAR,
    book,
    indicators,
    multi_year,
    one_year,
    wan,
)
from tests.variants.holdout887.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
HEAD_POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("khm07-fleet-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: counts split over the years, "
         "rates and unit costs equal, deadlines per period (correct)")  # fmt: skip
def fleet_multi_year() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="新能源公交车更新购置项目",
                 dept="澜坪市交通运输局（318001）", unit="澜坪市公共交通集团有限公司",
                 attr="新增项目", money=multi_year((wan(21600), wan(14400), wan(7200)),
                                                   (wan(7200), wan(4800), wan(2400))),
                 goals=["2025—2027年更新纯电动公交车360辆、建成充电桩180个，全市新能源公交车"
                        "占比达到95%以上。",
                        "2025年更新纯电动公交车120辆、建成充电桩60个，"
                        "新能源公交车占比达到82%。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("成本指标", "经济成本指标", "单车购置补助标准", "≤55万元/辆", "≤55万元/辆"),
        ("产出指标", "数量指标", "更新纯电动公交车数量", "≥360辆", "≥120辆"),
        (None, None, "新建公交充电桩数量", "≥180个", "≥60个"),
        (None, "质量指标", "新车验收合格率", "=100%", "=100%"),
        (None, "时效指标", "车辆交付完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("效益指标", "生态效益指标", "年减少二氧化碳排放", "≥2.7万吨", "≥0.9万吨"),
        (None, "经济效益指标", "百公里能耗成本下降率", "≥30%", "≥30%"),
        (None, "可持续影响指标", "新能源公交车占比", "≥95%", "≥82%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khm08-fleet-period-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, two "
         "cumulative counts copied into the annual column")  # fmt: skip
def fleet_period_copied() -> Book:
    b, s = book()
    goal = "两年内替换柴油公交车80辆为纯电动车，新建公交充电站4座、充电桩40个。"
    project_head(s, year=YEAR, years=2, name="纯电动公交车替换及充电站建设",
                 dept="柘湾县交通运输局（407012）", unit="柘湾县城乡公交有限公司",
                 attr="新增项目", money=multi_year((wan(4800), wan(3600), wan(1200)),
                                                   (wan(2400), wan(1800), wan(600))),
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    copied = "cumulative count copied from the 中期 column in a two-year project"
    indicators(s, HEAD_PERIOD, [
        ("成本指标", "经济成本指标", "项目建设成本", "≤4800万元", "≤2400万元"),
        ("产出指标", "数量指标", "替换纯电动公交车", "≥80辆",
         mk("≥80辆", "D202", "warning", note=copied)),
        (None, None, "新建公交充电站", "≥4座", mk("≥4座", "D202", "warning", note=copied)),
        (None, None, "新建充电桩", "≥40个", "≥20个"),
        (None, "质量指标", "充电设施验收合格率", "=100%", "=100%"),
        (None, "时效指标", "充电站投入使用时间", "2026年10月31日前", "2025年12月31日前"),
        ("效益指标", "生态效益指标", "柴油消耗量下降率", "≥60%", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khm09-fleet-points", (10, 5),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（45分）, "
         "（二）数量指标), "
         "a tier score column and an indicator score column both adding to 100, a rate raised in "
         "百分点 (correct)")  # fmt: skip
def fleet_points() -> Book:
    b, s = book(widths=(20, 10, 20, 28, 18, 10))
    project_head(s, year=YEAR, name="新能源公交车动力电池更换补助",
                 dept="望澄市交通运输局（522003）",
                 unit="望澄市城市公交服务中心", attr="新增项目",
                 money=one_year(wan(480), wan(480), wan(0)),
                 goals=["为60辆运营满8年的纯电动公交车更换动力电池，"
                        "恢复续航能力。"])  # fmt: skip
    indicators(s, HEAD_POINTS, [
        ("一、成本指标（15分）", 15, "（一）经济成本指标", "1.单车电池更换补助标准", "≤8万元/辆",
         15),
        ("二、产出指标（45分）", 45, "（二）数量指标", "2.更换动力电池车辆数", "≥60辆", 20),
        (None, None, "（三）质量指标", "3.更换电池检测合格率", "≥98%", 15),
        (None, None, "（四）时效指标", "4.更换工作完成时间", "2025年10月31日前", 10),
        ("三、效益指标（30分）", 30, "（五）社会效益指标", "5.因电池故障停运班次下降率", "≥50%",
         10),
        (None, None, "（六）生态效益指标", "6.新能源公交车日均出车率比上年提高", "≥5百分点", 10),
        (None, None, "（七）可持续影响指标", "7.退役电池回收处置合规率", "=100%", 10),
        ("四、满意度指标（10分）", 10, "（八）服务对象满意度指标", "8.乘客满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("khm10-fleet-points-wrong", (10,),
         "project, NAT-2021, tier score column and indicator score column: the 产出 scores do "
         "not add up to the tier's points, a 完好率 given as a count")  # fmt: skip
def fleet_points_wrong() -> Book:
    b, s = book(widths=(20, 10, 20, 28, 18, 10))
    project_head(s, year=YEAR, name="公交场站充电设施改造",
                 dept="澜坪市交通运输局（318001）",
                 unit="澜坪市公共交通集团有限公司", attr="新增项目",
                 money=one_year(wan(560), wan(560), wan(0)),
                 goals=["改造3个公交场站充电桩120个，"
                        "满足新增纯电动公交车夜间集中充电需求。"])  # fmt: skip
    tier = mk(40, "W103", "error", alt=("W101",), note="15 + 10 + 10 = 35 under 产出, not 40")
    count = mk("≥118个", "T105", "error", note="完好率 given as a number of chargers")
    indicators(s, HEAD_POINTS, [
        ("成本指标", 15, "经济成本指标", "单桩改造成本", "≤4万元/个", 15),
        ("产出指标", tier, "数量指标", "改造充电桩数量", "≥120个", 15),
        (None, None, "质量指标", "改造工程验收合格率", "=100%", 10),
        (None, None, "时效指标", "改造完工时间", "2025年9月30日前", 10),
        ("效益指标", 35, "社会效益指标", "场站夜间充电保障率", "≥95%", 15),
        (None, None, "生态效益指标", "充电桩平均利用率比上年提高", "≥8百分点", 10),
        (None, None, "可持续影响指标", "充电桩完好率", count, 10),
        ("满意度指标", 10, "服务对象满意度指标", "驾驶员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("khm11-fleet-artefacts", (9, 12),
         "project, OLD-NAT, one value column, a purchase detail block under the table: an end "
         "date left as a date serial in text, an amount pasted twice, an amount split by a "
         "space")  # fmt: skip
def fleet_artefacts() -> Book:
    b, s = book()
    end = mk("46022", "X104", "warning", note="Excel serial of 2025-12-31 stored as text")
    project_head(s, year=YEAR, name="城区纯电动公交车购置",
                 dept="栖禾区交通运输局（611020）",
                 unit="栖禾区公交客运有限公司", attr="一次性项目", end=end,
                 money=one_year(wan(1595.82), wan(1595.82), wan(0)),
                 goals=["购置10.5米纯电动公交车24辆及配套充电桩、车载智能终端，"
                        "替换到期柴油车。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "购置纯电动公交车", "≥24辆"),
        (None, None, "配套充电桩", "≥12个"),
        (None, "质量指标", "车辆验收合格率", "=100%"),
        (None, "时效指标", "车辆上线运营时间", "2025年11月30日前"),
        (None, "成本指标", "单车购置成本", "≤60万元/辆"),
        ("效益指标", "生态效益指标", "年减少柴油消耗", "≥1500吨"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("购置明细", "项目", "数量", "金额（万元）")
    top = s.r + 1
    s.row(None, "纯电动公交车（10.5米）", "24辆", wan(1440))
    s.row(None, "充电桩（120千瓦）", "12个",
          mk("120万120万", "X106", "error", alt=("B108",), note="amount pasted twice"))  # fmt: skip
    s.row(None, "车载智能终端", "24套",
          mk("35.8 2", "X105", "warning", alt=("X103",), note="35.82 split"))  # fmt: skip
    s.ws.merge_cells(start_row=top - 1, start_column=1, end_row=s.r, end_column=1)
    return b


@variant("khm12-fleet-second-sheet", (7, 1),
         "project: head on the first sheet, the indicator table on a second sheet under headers "
         "考核指标 and 预期实现值 with a unit column and percent cells (correct)")  # fmt: skip
def fleet_second_sheet() -> Book:
    b, s = book("基本信息")
    project_head(s, year=YEAR, name="公交车辆新能源替换（第二批）",
                 dept="柘湾县交通运输局（407012）",
                 unit="柘湾县城乡公交有限公司", attr="延续项目",
                 money=one_year(wan(900), wan(720), wan(180)),
                 goals=["替换燃油公交车15辆为纯电动车，"
                        "县城公交新能源车占比达到100%。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 28, 14, 12, 30))
    t.title("2025年度项目绩效指标", 6)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "计量单位", "指标解释"), [
        ("产出指标", "数量指标", "替换纯电动公交车", "≥15", "辆", "当年上牌运营车辆"),
        (None, "质量指标", "车辆一次验收合格率", pct(1), "%", "验收合格车辆/到货车辆"),
        (None, "时效指标", "车辆交付时间", "9月30日前", None, "以交接单日期为准"),
        (None, "成本指标", "单车购置成本", "≤60", "万元/辆", "含税落地价"),
        ("效益指标", "生态效益指标", "县城公交新能源车占比", pct(1), "%", "年末新能源车/运营车辆"),
        (None, "社会效益指标", "公交日均客运量", "≥0.9", "万人次", "刷卡与扫码人次"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90", "%", "抽样问卷"),
    ])  # fmt: skip
    return b
