"""科普场馆运行 and 科普大篷车: sy01–sy06 (three correct, three with planted mistakes)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout301.common import (
    book,
    details,
    indicators,
    notes,
    one_year,
    periods,
    sign,
    wan,
)
from tests.variants.holdout301.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "澄渚市科学技术协会（417001）"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "sy01-venue-percent-cells",
    (1, 12),
    "project, OLD-NAT, operator column (指标性质 holding ≥/≤) and unit column, percentages "
    "typed in Excel, 万元 only in the number format, a detail block under the table (correct)",
)
def sy01() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="澄渚市科技馆常设展厅运行维护", dept=DEPT, unit="澄渚市科技馆",
        attr="常年项目", money=one_year(wan(268.5), wan(240), wan(28.5)),
        goals=("保障常设展厅全年开放不少于300天，完成6个展项更新，接待观众45万人次以上，"
               "观众满意度90%以上。",),
    )  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "展厅开放天数", "≥", 300, "天"),
        (None, None, "接待观众人次", "≥", 45, "万人次"),
        (None, None, "更新展项数量", "≥", 6, "个"),
        (None, "质量指标", "展品完好率", "≥", pct(0.95), "%"),
        (None, None, "设备故障率", "≤", pct(0.03), "%"),
        (None, None, "安全责任事故发生次数", "≤", 0, "起"),
        (None, "时效指标", "展品故障修复响应时间", "≤", 48, "小时"),
        (None, "成本指标", "展项更新单项成本", "≤", 18, "万元/个"),
        ("效益指标", "社会效益指标", "青少年观众占比", "≥", pct(0.4), "%"),
        (None, "可持续影响指标", "展品故障停机时长比上年下降率", "≥", pct(0.1), "%"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    details(s, [
        ("展品日常维护", wan(102.5), "常设展品410件，按每件0.25万元测算"),
        ("展项更新", wan(108), "更新展项6个，每个18万元"),
        ("运行保障", wan(58), "水电、安保及保洁"),
    ], wan(268.5))  # fmt: skip
    return b


@variant(
    "sy02-caravan-stacked",
    (2,),
    "two 科普大篷车 projects stacked in one sheet, OLD-NAT, one value column, the same "
    "indicator names with different values in the two projects (correct)",
)
def sy02() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="柘原县科普大篷车乡村巡展", dept="柘原县科学技术协会（425003）",
        unit="柘原县科学技术协会", money=one_year(wan(46), wan(40), wan(6)),
        goals=("全年开展大篷车乡村巡展40场，覆盖乡镇12个，受众不少于24000人次，"
               "受众满意度90%以上。",),
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "巡展场次", "≥40场"),
        (None, None, "覆盖乡镇数", "≥12个"),
        (None, None, "受众人次", "≥24000人次"),
        (None, "质量指标", "车载展品完好率", "≥95%"),
        (None, "时效指标", "巡展任务完成时限", "12月20日前"),
        (None, "成本指标", "单场巡展成本", "≤1万元/场"),
        ("效益指标", "社会效益指标", "乡镇中小学科普活动覆盖率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, name="柘原县科普大篷车进社区", dept="柘原县科学技术协会（425003）",
        unit="柘原县科学技术协会", money=one_year(wan(28), wan(28), wan(0)), title="",
        goals=("全年开展社区巡展20场，受众不少于9000人次，受众满意度92%以上。",),
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "巡展场次", "≥20场"),
        (None, None, "受众人次", "≥9000人次"),
        (None, "质量指标", "车载展品完好率", "≥95%"),
        (None, "时效指标", "巡展任务完成时限", "11月30日前"),
        (None, "成本指标", "单场巡展成本", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "社区居民科普知识知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "受众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "sy03-venue-notes-header",
    (4, 7),
    "project, NAT-2021, headers 指标内容 and 绩效目标值 with a 备注 column, a 注 row between "
    "tiers, 填表说明 and signature lines below, fill date in the year before (correct)",
)
def sy03() -> Book:
    b, s = book()
    project_head(
        s, year=2026, name="蓼湾区科普馆数字化展厅运行", dept="蓼湾区科学技术协会（431002）",
        unit="蓼湾区科普教育中心", money=one_year(wan(132), wan(120), wan(12)),
        goals=("保障数字化展厅全年开放不少于280天，举办科普主题展览4期，"
               "参观者满意度达到90%以上。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效目标值", "备注")
    s.table([
        ("产出指标", "数量指标", "数字化展厅开放天数", "≥280天", "不含年检闭馆日"),
        (None, None, "举办科普主题展览", "≥4期", None),
        (None, "质量指标", "数字展项正常运行率", "≥96%", None),
        (None, "时效指标", "设备故障响应时间", "≤24小时", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：成本指标按经济成本填列，布展成本含展板制作和运输。", width=5)
    s.table([
        ("成本指标", "经济成本指标", "展厅运行维护费用", "≤96万元", None),
        (None, None, "主题展览单期布展成本", "≤9万元/期", "4期共36万元"),
        ("效益指标", "社会效益指标", "周边中小学科普研学覆盖率", "≥80%", None),
        (None, "可持续影响指标", "数字展项内容年更新比例", "≥20%", None),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%", "抽样调查"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "填表说明：1.指标值应含比较符和计量单位；2.定性指标按“好、较好、一般、差”填写。",
        "单位负责人（签字）：                    财务负责人（签字）：",
        width=5,
    )
    sign(s, "甘秋屏", "0913-4826057", day(2025, 11, 18, CN_DATE))
    return b


@variant(
    "sy04-venue-percent-wrong",
    (1, 11, 12),
    "project, OLD-NAT, operator column in words (比较符: 大于等于 / 小于等于) and unit column, "
    "percent cells: a rate typed as 105%, a 反向 rate with 大于等于, money not adding up",
)
def sy04() -> Book:
    b, s = book()
    total = mk(wan(150), "B101", "error", note="财政拨款 130 + 其他资金 15 = 145 ≠ 150")
    project_head(
        s, year=2025, name="栾屿县科技馆场馆运行补助", dept="栾屿县科学技术协会（438006）",
        unit="栾屿县科技馆", attr="常年项目", money=one_year(total, wan(130), wan(15)),
        goals=("保障场馆全年开放310天以上，开展科普教育活动100场，观众满意度90%以上。",),
    )  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="完好率 105% 超过 100% 上限")
    wrong = mk("大于等于", "T108", "warning", row=True, note="投诉率是反向指标，应为小于等于")
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "场馆年开放天数", "大于等于", 310, "天"),
        (None, None, "科普教育活动场次", "大于等于", 100, "场"),
        (None, "质量指标", "展品完好率", "大于等于", over, "%"),
        (None, "时效指标", "展品故障修复时间", "小于等于", 72, "小时"),
        (None, "成本指标", "科普教育活动单场成本", "小于等于", 0.4, "万元/场"),
        ("效益指标", "社会效益指标", "观众有效投诉率", wrong, pct(0.01), "%"),
        (None, "可持续影响指标", "馆校合作学校覆盖率", "大于等于", pct(0.6), "%"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "sy05-caravan-multi-year",
    (8,),
    "three-year 科普大篷车 project, NAT-2021, 中期 and 年度 value columns: an annual count above "
    "its period count, a cumulative count copied, the 中期目标 text copied into 年度目标",
)
def sy05() -> Book:
    b, s = book()
    text = "更新科普大篷车及车载展品，常态化开展乡村巡展，提升农村青少年和群众科学素质。"
    copied = mk(text, "D204", "warning", note="三年期项目，年度目标与中期目标逐字相同")
    project_head(
        s, year=2025, years=3, name="鹭汀区科普大篷车（二期）更新与巡展",
        dept="鹭汀区科学技术协会（442010）", unit="鹭汀区科普服务中心", attr="新增项目",
        money=periods((wan(360), wan(330), wan(30)), (wan(120), wan(110), wan(10))),
        goals=(text, copied),
    )  # fmt: skip
    above = mk("≥160场", "D201", "error", note="年度 160 场大于三年 150 场")
    same = mk("≥120件", "D202", "warning", note="累计数量，三年与一年相同")
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新购科普大篷车数量", "≥3辆", "≥1辆"),
        (None, None, "巡展场次", "≥150场", above),
        (None, None, "车载展品更新件数", "≥120件", same),
        (None, "质量指标", "车载展品完好率", "≥95%", "≥95%"),
        (None, "时效指标", "巡展计划完成时限", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "大篷车购置单价", "≤60万元/辆", "≤60万元/辆"),
        (None, None, "单场巡展成本", "≤0.3万元/场", "≤0.3万元/场"),
        ("效益指标", "社会效益指标", "农村青少年科普活动参与率", "≥60%", "≥60%"),
        (None, "可持续影响指标", "大篷车设计使用年限", "≥8年", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "受众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "sy06-caravan-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column, detail lines under the table copied from a PDF: "
    "an amount split by a space, an amount pasted twice",
)
def sy06() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="澄渚市科普大篷车运行保障", dept=DEPT, unit="澄渚市科技馆",
        money=one_year(wan(86.4), wan(80), wan(6.4)),
        goals=("全年开展大篷车巡展60场，受众30000人次以上，受众满意度90%以上。",),
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "巡展场次", "≥60场"),
        (None, None, "受众人次", "≥30000人次"),
        (None, "质量指标", "车载展品完好率", "≥95%"),
        (None, "时效指标", "巡展计划完成时限", "12月15日前"),
        (None, "成本指标", "单场巡展运行成本", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "巡展点群众科普知识知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "受众满意度", "≥90%"),
    ])  # fmt: skip
    split = mk("18.5 6", "X105", "warning", alt=("X103",), note="18.56 被空格断开")
    twice = mk("32万32万", "X106", "error", alt=("B108",), note="32万 粘贴了两次")
    details(s, [
        ("车辆运维", split, "2辆大篷车燃油、保险及维修"),
        ("展品更新", twice, "更新车载展品16件"),
        ("讲解人员劳务", wan(24.84), "讲解员3人"),
        ("宣传资料", wan(11), "折页、展板"),
    ], wan(86.4))  # fmt: skip
    return b
