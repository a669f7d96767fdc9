"""Sample testing of canteen food: kha07–kha12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout875.common import (
    CDC,
    HEAD4,
    MARKET,
    YEAR,
    indicators,
    notes,
    one_year,
    start,
    wan,
)  # fmt: skip
from tests.variants.holdout875.registry import variant
from tests.variants.kit import Book, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "kha07-sampling-three-years",
    (8,),
    "three-year sampling project, NAT-2021, 中期 and 年度 columns, counts below period (correct)",
)
def sampling_three_years() -> Book:
    b, s = start()
    lines = [("中期资金总额", wan(540), "年度资金总额", wan(180)),
             ("其中：财政拨款", wan(540), "其中：财政拨款", wan(180))]  # fmt: skip
    project_head(s, year=YEAR, name="学校食堂食品安全抽检三年行动", dept=MARKET,
                 unit="桐埠县食品检验检测中心", money=lines, years=3, goals=[
                     "三年抽检学校食堂食品4500批次，配齐快检设备。",
                     "2025年抽检1500批次，60家食堂配备快检设备。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("成本指标", "经济成本指标", "每批次检测费用", "≤0.12万元/批次", "≤0.12万元/批次"),
        ("产出指标", "数量指标", "学校食堂食品抽检批次", "≥4500批次", "≥1500批次"),
        (None, None, "配备快检设备食堂数", "≥150家", "≥60家"),
        (None, "质量指标", "不合格样品核查处置率", "=100%", "=100%"),
        (None, "时效指标", "检验报告出具时限", "≤7个工作日", "≤7个工作日"),
        ("效益指标", "社会效益指标", "学校集体性食物中毒事件", "0起", "0起"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kha08-sampling-copied",
    (8,),
    "two-year sampling project, OLD-NAT, 中期 and 年度 columns: counts copied, one annual "
    "count above the period",
)
def sampling_copied() -> Book:
    b, s = start()
    lines = [("中期资金总额", wan(300), "年度资金总额", wan(160)),
             ("其中：财政拨款", wan(300), "其中：财政拨款", wan(160))]  # fmt: skip
    project_head(s, year=YEAR, name="农村学校食堂快检能力提升", dept=MARKET,
                 unit="桐埠县食品检验检测中心", money=lines, years=2, goals=[
                     "两年建成农村学校食堂快检室，提升快检能力。",
                     "2025年开展农村学校食堂快检抽检和从业人员培训。"])  # fmt: skip
    copied = "cumulative count: annual equals the two-year period value"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "快检抽检批次", "≥4800批次",
         mk("≥4800批次", "D202", "warning", note=copied)),
        (None, None, "培训食堂从业人员", "≥3000人次",
         mk("≥3000人次", "D202", "warning", note=copied)),
        (None, None, "建成快检室", "≥8个",
         mk("≥12个", "D201", "error", note="annual 12 above the period 8")),
        (None, "质量指标", "快检结果准确率", "≥95%", "≥95%"),
        (None, "成本指标", "每批次快检费用", "≤0.02万元/批次", "≤0.02万元/批次"),
        ("效益指标", "社会效益指标", "农村学校食堂问题食品检出后处置率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "农村学校满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kha09-sampling-rates-wrong",
    (1, 7),
    "project, OLD-NAT, header 绩效目标值, operator and unit columns: a percent over 100, "
    "a rate given as a count",
)
def sampling_rates_wrong() -> Book:
    b, s = start()
    one_year(s, "学校食堂食品及原料监督抽检", "桐埠县食品检验检测中心", 45, 45,
             "全年监督抽检学校食堂食品及原料900批次。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "监督抽检批次", "≥", 900, "批次"),
        (None, "质量指标", "抽检样品合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%"), "%"),
        (None, "时效指标", "检验报告按时出具率", "≥",
         mk(300, "T105", "error", note="a rate given as a count of reports"), "份"),
        (None, "成本指标", "每批次抽检费用", "≤", 0.05, "万元/批次"),
        ("效益指标", "社会效益指标", "不合格食品控制率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "受检学校满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "kha10-sampling-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
    "a pass rate raised in 百分点 (correct)",
)
def sampling_points() -> Book:
    b, s = start()
    one_year(s, "校园食品安全风险监测", CDC, 36, 30,
             "开展校园食品安全风险监测，合格率较上年提高2个百分点。", dept=MARKET)  # fmt: skip
    indicators(s, POINTS, [
        ("成本指标", 10, "经济成本指标", "每份样品监测成本", "≤0.03万元/份", 10),
        ("产出指标", 50, "数量指标", "风险监测样品数", "≥1200份", 20),
        (None, None, None, "监测覆盖学校食堂数", "≥110家", 10),
        (None, None, "质量指标", "监测样品合格率较上年提高", "≥2百分点", 10),
        (None, None, "时效指标", "风险预警通报时限", "≤24小时", 10),
        ("效益指标", 30, "社会效益指标", "监测发现风险隐患处置率", "=100%", 15),
        (None, None, "可持续影响指标", "风险数据库更新频次", "≥4次", 15),
        ("满意度指标", 10, "服务对象满意度指标", "受监测学校满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "kha11-sampling-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below: an amount split by a space, "
    "a date serial typed as text",
)
def sampling_artefacts() -> Book:
    b, s = start()
    lines = [("年度资金总额", mk("128.47 5", "X105", "warning", alt=("X103",),
                                   note="128.475 split by a space, stored as text"),
              "其中：财政拨款", wan(120)), (None, None, "其他资金", wan(8.475))]  # fmt: skip
    project_head(
        s,
        year=YEAR,
        name="学校食堂食品快速检测耗材采购",
        dept=MARKET,
        unit="桐埠县食品检验检测中心",
        money=lines,
        goals=["保障快检耗材供应。"],
        end=mk("46022", "X104", "warning", note="2025-12-31 as a serial in text"),
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "采购快检试剂", "≥9000份"),
        (None, "质量指标", "试剂验收合格率", "=100%"),
        (None, "时效指标", "耗材配送到位时间", "6月30日前"),
        (None, "成本指标", "每份试剂采购成本", "≤0.0076万元/份"),
        ("效益指标", "社会效益指标", "学校食堂快检覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("支出明细", "快检试剂", wan(68.4), "委托检验费", wan(45))
    s.row(None, "快检设备维护", wan(15.075), "合计", wan(128.475))
    notes(s, "注：快检试剂9000份×76元/份＝68.4万元。")
    return b


@variant(
    "kha12-sampling-second-sheet",
    (7, 1),
    "project head on the first sheet, indicators on a second sheet under 考核指标 and "
    "预期实现值, typed percent cells (correct)",
)
def sampling_second_sheet() -> Book:
    b, s = start("项目信息")
    one_year(s, "学校食堂餐具清洗消毒效果检测", CDC, 12.6, 12.6,
             "检测学校食堂餐饮具消毒效果，督促整改。", dept="桐埠县卫生健康局（402）")  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 16))
    t.title(f"{YEAR}年项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ("产出指标", "数量指标", "餐饮具消毒效果检测份数", "≥1800份"),
        (None, "质量指标", "检测结果复核一致率", pct(0.98)),
        (None, "时效指标", "检测结果反馈时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "每份检测成本", "≤70元/份"),
        ("效益指标", "社会效益指标", "餐饮具消毒合格率", pct(0.96)),
        ("满意度指标", "服务对象满意度指标", "学校满意度", pct(0.9)),
    ])  # fmt: skip
    return b
