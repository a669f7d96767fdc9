"""Mangrove planting and restoration (红树林造林、修复): us01–us06."""

from __future__ import annotations

from tests.variants.holdout347.common import (
    NAT,
    OPS,
    PERIOD,
    YEAR,
    funds,
    head,
    indicators,
    period_funds,
    start,
)
from tests.variants.holdout347.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct


@variant("us01-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, percentages "
         "typed in Excel, 万元 only in the number format (correct)")  # fmt: skip
def us01() -> Book:
    b, s = start()
    head(s, "蚝沙湾红树林补植造林项目", "汐浦县蚝沙湾湿地管护站", funds(150, 130, 20),
         ["在蚝沙湾宜林滩涂新造红树林120亩，当年苗木成活率不低于85%。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新造红树林面积", "≥", 120, "亩"),
        (None, None, "秋茄、桐花树容器苗种植数量", "≥", 36000, "株"),
        (None, "质量指标", "当年苗木成活率", "≥", pct(0.85), "%"),
        (None, None, "种苗检验合格率", "=", pct(1), "%"),
        (None, "时效指标", "种植完成时间", "≤", day(YEAR, 6, 30), None),
        (None, "成本指标", "每亩造林成本", "≤", money(1.2), "万元/亩"),
        ("效益指标", "生态效益指标", "造林区底栖动物种类数", "≥", 30, "种"),
        (None, "社会效益指标", "护林宣传覆盖人次", "≥", 2000, "人次"),
        (None, "可持续影响指标", "补植林地后续管护期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "周边渔民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("us02-survival-wrong", (1, 11), "project, OLD-NAT, operator and unit columns, typed "
         "percentages: a survival rate of 105% and a 反向 pest rate with ≥")  # fmt: skip
def us02() -> Book:
    b, s = start()
    head(s, "榄洲退化红树林修复项目", "汐浦县榄洲湿地公园管理所", funds(95, 80, 15),
         ["修复榄洲退化红树林120亩，补植林木成活率达到85%以上，控制病虫害。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "退化林修复面积", "≥", 120, "亩"),
        (None, None, "补植白骨壤苗木数量", "≥", 24000, "株"),
        (None, "质量指标", "补植林木成活率", "≥",
         mk(pct(1.05), "T106", "error", note="成活率显示为105%，超过100%上限"), "%"),
        (None, None, "林木病虫害发生率",
         mk("≥", "T108", "warning", row=True, note="发生率是反向指标，应为≤5%"), pct(0.05), "%"),
        (None, "时效指标", "修复工程完工时间", "≤", day(YEAR, 10, 31), None),
        (None, "成本指标", "每亩修复成本", "≤", money(0.75), "万元/亩"),
        ("效益指标", "生态效益指标", "修复区红树林郁闭度", "≥", pct(0.6), "%"),
        (None, "可持续影响指标", "修复林地管护期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("us03-stacked-two", (2,), "two projects stacked in one sheet, NAT-2021, one "
         "value column, the same indicator name with different values in each project "
         "(correct)")  # fmt: skip
def us03() -> Book:
    b, s = start()
    head(s, "鸥屿镇宜林滩涂整理项目", "鸥屿镇农业农村服务中心", funds(80, 70, 10),
         ["整理鸥屿镇宜林滩涂180亩，为次年红树林种植准备立地。"])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "宜林滩涂整理面积", "≥180亩"),
        (None, "质量指标", "苗木成活率（试种区）", "≥85%"),
        (None, "时效指标", "整理工程完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "滩涂整理单价", "≤0.4万元/亩"),
        ("效益指标", "生态效益指标", "可造林滩涂面积", "≥180亩"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    head(s, "鸥屿镇退化红树林修复项目", "鸥屿镇农业农村服务中心", funds(60, 60, 0),
         ["修复鸥屿镇北岸退化红树林100亩。"], title="", attr="新增项目")  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "退化林修复面积", "≥100亩"),
        (None, "质量指标", "苗木成活率（试种区）", "≥80%"),
        (None, "时效指标", "补植完成时间", "2025年7月31日前"),
        ("成本指标", "经济成本指标", "每亩修复成本", "≤0.5万元/亩"),
        ("效益指标", "生态效益指标", "修复区林分盖度", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("us04-stacked-wrong", (2, 12), "two projects stacked, NAT-2021, one value column: the "
         "second project's 资金总额 does not add up and a 合格率 is given in 株")  # fmt: skip
def us04() -> Book:
    b, s = start()
    head(s, "蚝沙湾红树林苗圃扩建项目", "汐浦县国有林场", funds(70, 60, 10),
         ["扩建红树林容器苗圃15亩，年出圃合格苗木40万株。"])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "苗圃扩建面积", "≥15亩"),
        (None, "质量指标", "出圃苗木合格率", "≥95%"),
        (None, "时效指标", "苗圃扩建完成时间", "2025年5月31日前"),
        ("成本指标", "经济成本指标", "每亩苗圃建设成本", "≤4万元/亩"),
        ("效益指标", "可持续影响指标", "年出圃合格苗木数量", "≥40万株"),
        ("满意度指标", "服务对象满意度指标", "造林单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(110, WAN), "B101", "error", row=True,
               note="财政拨款85 + 其他资金15 = 100，不等于资金总额110")  # fmt: skip
    head(s, "蚝沙湾海堤外红树林造林项目", "汐浦县国有林场",
         [("资金总额", total, "其中：财政拨款", money(85, WAN)), ("其他资金", money(15, WAN))],
         ["在海堤外滩涂新造红树林100亩。"], title="", attr="新增项目")  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "新造红树林面积", "≥100亩"),
        (None, "质量指标", "种苗出圃合格率",
         mk("3000株", "T105", "error", note="合格率写成株数，不是百分比")),
        (None, "时效指标", "造林完成时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "每亩造林成本", "≤0.9万元/亩"),
        ("效益指标", "生态效益指标", "新增红树林面积", "≥100亩"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("us05-three-year", (8,), "three-year restoration project, NAT-2021, 中期 and 年度 "
         "columns, annual counts below the period counts, rates equal (correct)")  # fmt: skip
def us05() -> Book:
    b, s = start()
    head(s, "汐浦湾红树林生态修复三年行动项目", "汐浦县红树林保护中心",
         period_funds((900, 780, 120), (300, 250, 50)),
         ["2025—2027年新造红树林600亩、修复退化林900亩，建成长期监测样地12个。",
          "2025年新造红树林200亩、修复退化林300亩，布设监测样地4个。"],
         years=3, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "新造红树林面积", "≥600亩", "≥200亩"),
        (None, None, "退化林修复面积", "≥900亩", "≥300亩"),
        (None, None, "长期监测样地布设数量", "≥12个", "≥4个"),
        (None, "质量指标", "造林苗木成活率", "≥85%", "≥85%"),
        (None, "时效指标", "年度种植任务完成时间", "每年6月30日前", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "每亩造林修复成本", "≤0.5万元/亩", "≤0.5万元/亩"),
        ("效益指标", "生态效益指标", "红树林面积净增加", "≥600亩", "≥200亩"),
        (None, "可持续影响指标", "修复林地管护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "沿海村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("us06-three-year-copied", (8,), "three-year restoration project, NAT-2021, 中期 and "
         "年度 columns: two cumulative areas copied into 年度, an annual count above its "
         "period")  # fmt: skip
def us06() -> Book:
    b, s = start()
    head(s, "澜港湾红树林湿地修复项目", "澜港市红树林保护中心",
         period_funds((1200, 1000, 200), (400, 360, 40)),
         ["2025—2027年新造红树林800亩、修复退化林1000亩，布设监测样地10个。",
          "2025年完成首期造林和修复，布设监测样地。"], years=3,
         dept="澜港市林业局（208）")  # fmt: skip
    copied = "累计量照抄中期值：三年项目的年度面积应小于中期"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "新造红树林面积", "≥800亩",
         mk("≥800亩", "D202", "warning", note=copied)),
        (None, None, "退化林修复面积", "≥1000亩", mk("≥1000亩", "D202", "warning", note=copied)),
        (None, None, "监测样地布设数量", "≥10个",
         mk("≥15个", "D201", "error", note="年度15个大于三年合计10个")),
        (None, "质量指标", "造林苗木成活率", "≥85%", "≥85%"),
        (None, "时效指标", "年度造林完成时间", "每年7月31日前", "2025年7月31日前"),
        ("成本指标", "经济成本指标", "每亩造林修复成本", "≤0.2万元/亩", "≤0.2万元/亩"),
        ("效益指标", "生态效益指标", "红树林面积净增加", "≥800亩", "≥250亩"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
