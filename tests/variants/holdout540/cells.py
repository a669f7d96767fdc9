"""Cells as Excel stores them and values against their direction (items 1, 9, 10, 11): typed
percentages, conversion artefacts, points at two levels, operators against direction."""

from __future__ import annotations

from tests.variants.holdout540.common import first, indicators, one_year, project, sign, wan
from tests.variants.holdout540.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
POINTS_HEAD = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "cd01-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, typed "
    "percent cells, 万元 in the number format, a loss rate lowered in 百分点 (correct)",
)
def cd01() -> Book:
    b, s = first()
    goal = "完成园区荸荠清洗去皮生产线改造2条，年加工鲜荸荠3000吨以上，降低去皮损耗。"
    project(s, "菱塘农业产业园荸荠清洗去皮生产线改造", "苕浦县菱塘农业产业园管理办公室",
            one_year(80, 60, 20), [goal])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "改造荸荠清洗去皮生产线", "≥", 2, "条"),
        (None, None, "年加工鲜荸荠", "≥", 3000, "吨"),
        (None, "质量指标", "去皮成品合格率", "≥", pct(0.95), None),
        (None, None, "改造设备验收合格率", "=", pct(1), None),
        (None, "时效指标", "生产线改造完成时间", "≤", day(2025, 9, 30), None),
        (None, "成本指标", "每吨鲜荸荠加工电耗成本", "≤", 45, "元/吨"),
        ("效益指标", "经济效益指标", "带动园区荸荠种植户增收", "≥", 800, "元/户"),
        (None, "社会效益指标", "带动园区就业", "≥", 40, "人"),
        (None, "可持续影响指标", "去皮损耗率比上年下降", "≥", 2, "百分点"),
        ("满意度指标", "服务对象满意度指标", "入园加工企业满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "覃晓岚", "0739-6628514", (2024, 11, 18))
    return b


@variant(
    "cd02-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, typed "
    "percent cells: a pass rate over 100 %, a leak rate with ≥",
)
def cd02() -> Book:
    b, s = first()
    goal = "新建藠头标准化腌制池24个，腌制成品质量稳定，减少腌制池渗漏。"
    project(s, "渚坪农业产业园藠头标准化腌制池建设", "苕浦县渚坪农业产业园服务中心",
            one_year(65, 50, 15), [goal])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "新建藠头标准化腌制池", "≥", 24, "个"),
        (None, None, "年腌制鲜藠头", "≥", 1200, "吨"),
        (None, "质量指标", "藠头腌制成品合格率", "≥",
         mk(pct(1.02), "T106", "error", note="a pass rate cannot exceed 100 %"), None),
        (None, None, "腌制池渗漏发生率", mk("≥", "T108", "warning", row=True,
         note="a leak rate is 反向: ≤ intended"), pct(0.02), None),
        (None, "时效指标", "腌制池建成投用时间", "≤", day(2025, 10, 31), None),
        (None, "成本指标", "单个腌制池建设成本", "≤", 2.2, "万元/个"),
        ("效益指标", "经济效益指标", "藠头腌制品销售收入", "≥", 260, "万元"),
        (None, "社会效益指标", "带动藠头种植户", "≥", 180, "户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.92), None),
    ])  # fmt: skip
    sign(s, "龙永昌", "0739-6631207", (2024, 11, 22))
    return b


@variant(
    "cd03-pdf-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below "
    "the table: a split total, an end date as a serial in text, an amount pasted twice",
)
def cd03() -> Book:
    b, s = first()
    goal = "建成荸荠马蹄粉生产车间1处，年产马蹄粉150吨。"
    total = mk("126.4 8", "X105", "warning", alt=("X103",), note="126.48 split by a space")
    rows = one_year(126.48, 100, 26.48)
    rows[0][1] = total
    end = mk("46022", "X104", "warning", note="serial of 2025-12-31 stored as text")
    project(s, "荷溆农业产业园荸荠马蹄粉车间建设", "苕浦县荷溆农业产业园管理办公室", rows,
            [goal], end=end)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "建成马蹄粉生产车间", "≥1处"),
        (None, None, "年产马蹄粉", "≥150吨"),
        (None, "质量指标", "马蹄粉出厂检验合格率", "≥98%"),
        (None, "时效指标", "车间竣工验收时间", "2025年11月30日前"),
        (None, "成本指标", "每吨马蹄粉加工成本", "≤2800元/吨"),
        ("效益指标", "经济效益指标", "马蹄粉销售收入", "≥300万元"),
        (None, "社会效益指标", "带动荸荠种植户", "≥220户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", "金额（万元）")
    s.row(None, "设备购置", mk("60万60万", "X106", "error", alt=("B108",), note="60 pasted twice"))
    s.row(None, "车间改造", wan(40))
    s.row(None, "检测仪器及配套", wan(26.48))
    b.file_mark("B101", "error", required=False, note="follows from the split total")
    b.file_mark("B102", "error", required=False, note="follows from the amount pasted twice")
    return b


@variant(
    "cd04-points-two-levels",
    (10,),
    "project, NAT-2021, tier-1 score column and "
    "indicator score column both adding to 100, a rate raised in 百分点 (correct)",
)
def cd04() -> Book:
    b, s = first()
    goal = "加工鲜荸荠2500吨以上，马蹄粉优等品率明显提高，带动种植户增收。"
    project(s, "泮湖农业产业园荸荠精深加工提升", "苕浦县泮湖农业产业园管理办公室",
            one_year(100, 80, 20), [goal])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", 40, "数量指标", "加工鲜荸荠", "≥2500吨", 10),
        (None, None, None, "马蹄粉产量", "≥120吨", 10),
        (None, None, "质量指标", "马蹄粉质量抽检合格率", "≥98%", 10),
        (None, None, "时效指标", "年度加工计划完成时间", "12月31日前", 10),
        ("成本指标", 20, "经济成本指标", "每吨鲜荸荠加工成本", "≤260元/吨", 10),
        (None, None, "生态环境成本指标", "清洗废水排放量", "≤8000吨", 10),
        ("效益指标", 30, "经济效益指标", "马蹄粉销售收入", "≥180万元", 10),
        (None, None, "社会效益指标", "带动荸荠种植户", "≥300户", 10),
        (None, None, "可持续影响指标", "马蹄粉优等品率提高", "≥3百分点", 10),
        ("满意度指标", 10, "服务对象满意度指标", "收购农户满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "cd05-tier-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 score column against the "
    "indicator scores under it, a rate given as a count",
)
def cd05() -> Book:
    b, s = first()
    goal = "腌制鲜藠头500吨以上，按订单按期交付，带动藠头种植户增收。"
    project(s, "茭湾农业产业园藠头订单腌制加工", "苕浦县茭湾农业产业园服务中心",
            one_year(75, 60, 15), [goal])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", mk(40, "W103", "error", note="indicators under it score 45"),
         "数量指标", "腌制鲜藠头", "≥500吨", 15),
        (None, None, None, "藠头分级包装", "≥300吨", 10),
        (None, None, "质量指标", "藠头订单按期交付率",
         mk("≥150单", "T105", "error", note="a rate given as a count"), 10),
        (None, None, "时效指标", "腌制加工完成时间", "11月30日前", 10),
        ("成本指标", 20, "经济成本指标", "每吨藠头腌制成本", "≤1200元/吨", 10),
        (None, None, "生态环境成本指标", "腌制废水排放量", "≤3000吨", 10),
        ("效益指标", mk(30, "W103", "error", note="indicators under it score 25"),
         "经济效益指标", "藠头腌制品销售收入", "≥150万元", 10),
        (None, None, "社会效益指标", "带动藠头种植户", "≥160户", 10),
        (None, None, "可持续影响指标", "订单收购协议续签", "≥20份", 5),
        ("满意度指标", 10, "服务对象满意度指标", "订单农户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "cd06-direction-column",
    (11,),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 "
    "as operator in words, bare numbers with a unit column; a 下降率 with 大于等于 and a "
    "0起 complaint count (correct)",
)
def cd06() -> Book:
    b, s = first()
    goal = "建成藠头腌制废水预处理池2个，废水达标排放，周边无污染投诉。"
    project(s, "渚坪农业产业园藠头腌制废水预处理", "苕浦县渚坪农业产业园服务中心",
            one_year(55, 40, 15), [goal])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "新建腌制废水预处理池", "正向", "大于等于", 2, "个"),
        (None, "质量指标", "预处理后出水达标率", "正向", "等于", 100, "%"),
        (None, "时效指标", "预处理池建设工期", "反向", "小于等于", 180, "天"),
        (None, "成本指标", "单池建设成本", "反向", "小于等于", money(18), "万元/个"),
        ("效益指标", "生态效益指标", "腌制废水COD浓度下降率", "正向", "大于等于", 60, "%"),
        (None, "社会效益指标", "腌制废水污染投诉", "反向", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "龙永昌", "0739-6631207", (2024, 11, 25))
    return b
