"""Returns ym01–ym06: the hydrogen fuel-cell bus pilot (氢燃料电池公交示范运营)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout445.common import (
    BUSCO,
    TRANSPORT,
    YEAR,
    indicators,
    multi_year,
    new_book,
    one_year,
)
from tests.variants.holdout445.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, ok, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")

YM01_ROWS = [
    ("产出指标", "数量指标", "氢燃料电池公交车投运数量", "≥", 20, "辆"),
    (None, None, "示范线路开通条数", "≥", 3, "条"),
    (None, "质量指标", "车辆完好率", "≥", pct(0.95), "%"),
    (None, None, "示范线路准点率", "≥", pct(0.92), "%"),
    (None, "时效指标", "示范车辆上线时间", "≤", day(YEAR, 6, 30, CN_DATE), None),
    (None, "成本指标", "单车年度运营补贴", "≤", 12, "万元/辆"),
    (None, None, "百公里氢耗", "≤", 8.5, "千克/百公里"),
    ("效益指标", "生态效益指标", "年减少二氧化碳排放量", "≥", 1200, "吨"),
    (None, "社会效益指标", "示范线路日均客运量", "≥", 6000, "人次"),
    (None, "可持续影响指标", "氢能车辆运营维保体系", "定性", "建立并执行", None),
    ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", pct(0.9), "%"),
]  # fmt: skip


@variant(
    "ym01-bus-percent-cells",
    (1,),
    "project, OLD-NAT, operator column (指标性质) and unit "
    "column, percent cells typed in Excel, 万元 in the number format (correct)",
)
def ym01() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="氢燃料电池公交示范运营项目",
        dept=TRANSPORT,
        unit=BUSCO,
        money=one_year(680, 500, 180),
        goals=[
            "投运氢燃料电池公交车20辆，开通城区至石埠镇等示范线路3条，"
            "年减少二氧化碳排放1200吨以上。"
        ],
    )
    indicators(s, OP_HEAD, YM01_ROWS)
    return b


YM02_ROWS = [
    ("产出指标", "数量指标", "氢燃料电池公交车投运数量", "≥", 15, "辆"),
    (None, "质量指标", "车辆完好率", "≥",
     mk(pct(1.05), "T106", "error", note="完好率 capped at 100 %"), "%"),
    (None, None, "氢系统泄漏报警发生率",
     mk("≥", "T108", "warning", row=True, note="an incident rate is 反向: ≤ expected"),
     pct(0.01), "%"),
    (None, "时效指标", "示范车辆上线时间", "≤", day(YEAR, 8, 31, CN_DATE), None),
    (None, "成本指标", "单车年度运营补贴", "≤", 12, "万元/辆"),
    ("效益指标", "生态效益指标", "公交碳排放强度下降率", "≥", pct(0.08), "%"),
    (None, "社会效益指标", "示范线路日均客运量", "≥", 4500, "人次"),
    ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", pct(0.9), "%"),
]  # fmt: skip


@variant(
    "ym02-bus-percent-wrong",
    (1, 11, 12),
    "project, OLD-NAT, operator column: a 完好率 "
    "over 100 %, ≥ on an incident rate, 其他资金 in 元 inside a 万元 block",
)
def ym02() -> Book:
    b, s = new_book()
    other = mk(
        money(1400000, YUAN),
        "B105",
        "error",
        note="1,400,000.00元 in the 项目资金（万元） block: 140 万元 meant",
    )
    project_head(
        s,
        year=YEAR,
        name="氢能公交示范线路扩容项目",
        dept=TRANSPORT,
        unit=BUSCO,
        money=one_year(540, 400, other),
        goals=["新增氢燃料电池公交车15辆投入示范线路运营，车辆完好、运行安全。"],
    )
    b.file_mark(
        "B101",
        "error",
        required=False,
        note="the 元 cell read as 万元 makes 400 + 1400000 ≠ 540: a consequence of B105",
    )
    indicators(s, OP_HEAD, YM02_ROWS)
    return b


YM03_ROWS = [
    ("产出指标", "数量指标", "累计投运氢能公交车数量", "≥60辆", "≥20辆"),
    (None, None, "示范线路条数", "≥8条", "≥3条"),
    (None, "质量指标", "车辆完好率", "≥95%", "≥95%"),
    (None, "时效指标", "示范线路全部开通时间", "2027年6月30日前", "2025年9月30日前"),
    ("成本指标", "经济成本指标", "单车年度运营补贴", "≤12万元/辆", "≤12万元/辆"),
    ("效益指标", "生态效益指标", "累计减少二氧化碳排放量", "≥4500吨", "≥1400吨"),
    (None, None, "公交碳排放强度下降率", "≥15%", "≥5%"),
    (None, "社会效益指标", "累计运营里程", "≥900万公里", "≥280万公里"),
    (None, "可持续影响指标", "氢能公交运营保障机制", "健全", "建立"),
    ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant(
    "ym03-bus-three-years",
    (8,),
    "three-year pilot (2025–2027), NAT-2021, 中期 and 年度 "
    "value columns, counts smaller in the year, rates and unit costs equal (correct)",
)
def ym03() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="氢能公交三年示范应用项目",
        dept=TRANSPORT,
        unit=BUSCO,
        years=3,
        attr="新增项目",
        money=multi_year((2100, 1500, 600), (700, 500, 200)),
        goals=[
            "三年内累计投运氢能公交车60辆，开通示范线路8条，累计减排4500吨。",
            "本年度投运氢能公交车20辆，开通示范线路3条，减排1400吨。",
        ],
    )
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, YM03_ROWS)
    return b


def _copied(value: str) -> object:
    return mk(
        value,
        "D202",
        "warning",
        note="a cumulative count copied from the 中期 column in a two-year project",
    )


YM04_ROWS = [
    ("产出指标", "数量指标", "累计推广氢能公交车数量", "≥40辆", _copied("≥40辆")),
    (None, None, "累计氢气加注量", "≥600吨", _copied("≥600吨")),
    (None, "质量指标", "车辆完好率", "≥95%", "≥95%"),
    (None, "时效指标", "车辆交付时间", "2026年10月31日前", "2025年10月31日前"),
    ("成本指标", "经济成本指标", "单车年度运营补贴", "≤12万元/辆", "≤12万元/辆"),
    ("效益指标", "生态效益指标", "年减少二氧化碳排放量", "≥2800吨", "≥1300吨"),
    ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant(
    "ym04-bus-two-years-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "中期目标 text copied into 年度目标, two cumulative counts copied",
)
def ym04() -> Book:
    b, s = new_book()
    goal = "推广氢燃料电池公交车40辆，累计加注氢气600吨，完成城区公交线路氢能替代。"
    project_head(
        s,
        year=YEAR,
        name="城区公交氢能替代项目",
        dept=TRANSPORT,
        unit=BUSCO,
        years=2,
        money=multi_year((1600, 1200, 400), (800, 600, 200)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标 verbatim")],
    )
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, YM04_ROWS)
    return b


def _against(value: str, why: str) -> object:
    return mk(value, "T108", "warning", row=True, note=why)


YM05_ROWS = [
    ("产出指标", "数量指标", "示范线路日均发车班次", "≥180班次", "正向"),
    (None, "质量指标", "车辆出车率", "≥92%", "正向"),
    (None, None, "百公里氢耗", _against("≥7.5千克", "a consumption declared 反向 with ≥"),
     "反向"),
    (None, "时效指标", "故障车辆修复时间", "≤48小时", "反向"),
    ("成本指标", "经济成本指标", "加氢结算单价",
     _against("=35元/千克", "a cost cap written with = instead of ≤"), "反向"),
    ("效益指标", "生态效益指标", "公交碳排放强度下降率", "≥10%", "正向"),
    (None, "社会效益指标", "氢能公交安全责任事故", ok("0起", note="0起 on an incident count"),
     "反向"),
    ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥88%", "正向"),
]  # fmt: skip


@variant(
    "ym05-bus-direction",
    (11,),
    "project, NAT-2021, operators inside the values and a "
    "指标方向 column (正向/反向): ≥ on a 反向 consumption, = on a cost cap",
)
def ym05() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="氢能公交示范线路运营服务项目",
        dept=TRANSPORT,
        unit=BUSCO,
        money=one_year(310, 310, 0),
        goals=["保障示范线路日均发车180班次以上，加氢成本可控，运行安全。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标方向"), YM05_ROWS)
    return b


YM06_ROWS = [
    ("一、产出指标", 50, "数量指标", "氢能公交车投运数量", "≥12辆", 10),
    (None, None, None, "示范线路年运营里程", "≥90万公里", 10),
    (None, None, "质量指标", "车辆完好率", pct(0.95), 10),
    (None, None, None, "氢系统年度检测合格率", "=100%", 10),
    (None, None, "时效指标", "车辆上线运营时间", "7月31日前", 10),
    ("二、成本指标", 10, "经济成本指标", "单车年度运营补贴", "≤12万元/辆", 10),
    ("三、效益指标", 30, "社会效益指标", "公交绿色出行分担率", "提高≥2百分点", 10),
    (None, None, "生态效益指标", "年减少二氧化碳排放量", "≥800吨", 10),
    (None, None, "可持续影响指标", "氢能公交运营数据平台", "建成并运行", 10),
    ("四、满意度指标", 10, "服务对象满意度指标", "乘客满意度", "≥90%", 10),
]  # fmt: skip


@variant(
    "ym06-bus-points",
    (10, 5),
    "project, NAT-2021, numbered tier-1 labels with a tier-1 "
    "score column and an indicator score column (100 both ways), a rate raised in 百分点 "
    "(correct)",
)
def ym06() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="乡镇氢能公交试点项目",
        dept=TRANSPORT,
        unit=BUSCO,
        money=one_year(260, 220, 40),
        goals=["在石埠、枫口两镇试点投运氢能公交车12辆，提高绿色出行分担率。"],
    )
    head = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, YM06_ROWS, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    return b
