"""综合年鉴编纂: city, county and district yearbooks (tp07–tp12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout318.common import (
    TIERS,
    YEAR,
    department,
    indicators,
    note,
    one_year,
    start,
    wan,
)
from tests.variants.holdout318.registry import variant
from tests.variants.kit import Book, day, mk, pct

POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "tp07-yearbook-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percent cells, a 下降率 with ≥, weights adding to 100 (correct)",
)
def tp07() -> Book:
    b, s = start()
    department(
        s,
        dept="嶂南市史志研究室",
        budget=(420, 400, 20, 260, 160),
        tasks=[
            ("《嶂南年鉴（2026）》编纂出版", "组稿、编辑、审校、印制", 90, "年内公开出版"),
            ("区县年鉴质量抽查", "抽查区县年鉴编校质量", 25, "抽查区县年鉴8部"),
            ("年鉴数字化平台维护", "平台运维与数据更新", 45, "平台全年稳定运行"),
            ("金额合计", None, 160, None),
        ],
        goal="编纂出版《嶂南年鉴（2026）》，指导区县年鉴编纂，提升年鉴编校质量和数字化服务水平。",
    )
    s.skip()
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("《嶂南年鉴（2026）》出版字数", 15, "万字", "≥", 150),
            ("入鉴单位供稿按时率", 10, "%", "≥", pct(0.95)),
            ("年鉴条目编校差错率", 10, "%", "≤", pct(0.0002, "0.00%")),
            ("编校差错下降率（比上年）", 10, "%", "≥", pct(0.1)),
            ("区县年鉴质量抽查数", 10, "部", "≥", 8),
            ("年鉴公开出版时间", 10, None, "≤", day(YEAR, 10, 31)),
            ("年鉴数字化平台年访问量", 10, "万人次", "≥", 12),
            ("年鉴编纂印制成本", 10, "万元", "≤", 90),
            ("读者及入鉴单位满意度", 15, "%", "≥", pct(0.9)),
        ]
    )
    return b


@variant(
    "tp08-yearbook-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a unit "
    "conflict, a 反向 rate with ≥, weights adding to 95",
)
def tp08() -> Book:
    b, s = start()
    department(
        s,
        dept="澜屿县地方志办公室",
        budget=(180, 170, 10, 120, 60),
        tasks=[
            ("《澜屿年鉴（2026）》编纂出版", "组稿、编辑、审校、印制", 38, "年内公开出版"),
            ("乡镇（街道）资料员培训", "年鉴供稿业务培训", 6, "培训资料员60人次"),
            ("年鉴网络版更新维护", "网络版上线与更新", 16, "网络版按时上线"),
            ("金额合计", None, 60, None),
        ],
        goal="编纂出版《澜屿年鉴（2026）》，培训乡镇（街道）资料员，按时更新年鉴网络版。",
    )
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    unit = mk("≥85篇", "T112", "error", note="篇 in the value, 家 in the unit column")
    rate = mk("≥0.03%", "T108", "warning", row=True, note="declared 反向 but written with ≥")
    s.table(
        [
            ("年鉴框架条目更新数", "≥120条", "正向", "条", 10),
            ("年鉴供稿单位数量", unit, "正向", "家", 10),
            ("年鉴出版字数", "≥110万字", "正向", "万字", 15),
            ("条目编校差错率", rate, "反向", "%", 10),
            ("资料员培训人次", "≥60人次", "正向", "人次", 10),
            ("年鉴公开出版时间", "2026年11月30日前", "反向", None, 10),
            ("年鉴编纂出版成本", "≤38万元", "反向", "万元", 10),
            ("年鉴网络版年访问量", "≥5万人次", "正向", "万人次", 10),
            ("读者满意度", "≥90%", "正向", "%", 10),
        ]
    )
    b.file_mark("W101", "error", note="the weights add to 95, not 100")
    return b


@variant(
    "tp09-yearbook-department",
    (12, 1),
    "department, NAT-2021: budget with a row of typed percent shares, key tasks adding to "
    "金额合计 = 项目支出, a =100% ceiling typed as text (correct)",
)
def tp09() -> Book:
    b, s = start()
    department(
        s,
        dept="嶂南市檀湾区地方志办公室",
        budget=(250, 225, 25, 150, 100),
        shares=(pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4)),
        tasks=[
            ("《檀湾年鉴（2026）》编纂出版", "组稿、编辑、审校、印制", 56, "年内公开出版"),
            ("年鉴资料年报征集", "向区属单位征集年报资料", 14, "征集单位95家以上"),
            ("区情资料库建设", "资料库一期建设", 30, "完成一期建设"),
            ("金额合计", None, 100, None),
        ],
        goal="编纂出版《檀湾年鉴（2026）》120万字，完成区情资料库一期建设。",
    )
    s.skip()
    indicators(
        s,
        TIERS,
        [
            ("成本指标", "经济成本指标", "年鉴编纂出版成本", "≤56万元"),
            (None, None, "区情资料库建设成本", "≤30万元"),
            ("产出指标", "数量指标", "年鉴出版字数", "≥120万字"),
            (None, None, "征集年报资料单位数", "≥95家"),
            (None, "质量指标", "年鉴编校质量合格率", "=100%"),
            (None, "时效指标", "年鉴出版时间", "2026年10月31日前"),
            ("效益指标", "社会效益指标", "年鉴资料服务区情研究作用", "显著"),
            (None, "可持续影响指标", "区情资料库数据更新机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "入鉴单位满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "tp10-yearbook-department-money",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计",
)
def tp10() -> Book:
    b, s = start()
    total = mk(wan(310), "B101", "error", row=True, note="基本支出 190 + 项目支出 110 = 300")
    department(
        s,
        dept="柘港市地方志编纂委员会办公室",
        budget=(total, 290, 20, 190, 110),
        tasks=[
            ("《柘港年鉴（2026）》编纂出版", "组稿、编辑、审校、印制", 60, "年内公开出版"),
            ("史志信息化平台运维", "平台运维与数据更新", 28, "平台全年稳定运行"),
            ("史志资料征集", "征集部门和民间史志资料", 17, "征集资料2000件以上"),
            ("金额合计", None, mk(wan(110), "B102", "error", note="60 + 28 + 17 = 105"), None),
        ],
        goal="编纂出版《柘港年鉴（2026）》，保障史志信息化平台运行，征集史志资料。",
    )
    s.skip()
    indicators(
        s,
        TIERS,
        [
            ("成本指标", "经济成本指标", "年鉴编纂出版成本", "≤60万元"),
            ("产出指标", "数量指标", "年鉴出版字数", "≥130万字"),
            (None, None, "征集史志资料", "≥2000件"),
            (None, "质量指标", "年鉴编校差错率", "≤0.02%"),
            (None, "时效指标", "年鉴出版时间", "2026年10月31日前"),
            ("效益指标", "社会效益指标", "史志资料服务存史资政作用", "显著"),
            (None, "可持续影响指标", "史志信息化平台稳定运行率", "≥98%"),
            ("满意度指标", "服务对象满意度指标", "资料提供单位满意度", "≥90%"),
        ],
    )
    return b


def points_head(s: Any, name: str, unit: str, total: float, goal: str) -> None:
    project_head(
        s,
        year=YEAR,
        name=name,
        dept=f"{unit} 301012",
        unit=unit,
        money=one_year(total, total, 0),
        goals=[goal],
    )


@variant(
    "tp11-yearbook-points",
    (10, 5),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, （一）数量指标), "
    "a tier score column and an indicator score column both adding to 100, a rate raised in "
    "百分点 (correct)",
)
def tp11() -> Book:
    b, s = start()
    points_head(
        s,
        "《柘港年鉴》编纂质量提升",
        "柘港市地方志编纂委员会办公室",
        48,
        "提升《柘港年鉴》编校质量，收录条目1600条以上，年内按时出版。",
    )
    indicators(
        s,
        POINTS,
        [
            ("一、成本指标（10分）", 10, "（一）经济成本指标", "年鉴编校外审费用", "≤18万元", 5),
            (None, None, None, "年鉴印制费用", "≤30万元", 5),
            ("二、产出指标（50分）", 50, "（一）数量指标", "年鉴收录条目数", "≥1600条", 15),
            (None, None, None, "随文图片数", "≥420幅", 10),
            (None, None, "（二）质量指标", "条目编校差错率", "≤0.02%", 10),
            (None, None, None, "条目资料核实率", "≥98%", 5),
            (None, None, "（三）时效指标", "年鉴出版时间", "2026年9月30日前", 10),
            (
                "三、效益指标（30分）",
                30,
                "（一）社会效益指标",
                "年鉴资料被引用率比上年提高",
                "≥3百分点",
                15,
            ),
            (None, None, "（二）可持续影响指标", "年鉴编纂规范执行机制", "健全", 15),
            ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "读者满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    note(s, "注：一级分值合计100分，三级指标分值合计100分，二者为同一总分的两级分解。")
    return b


@variant(
    "tp12-yearbook-points-wrong",
    (10,),
    "project, NAT-2021, tier score column against the indicator scores under it (产出 and 效益 "
    "do not add up, the total still 100), a satisfaction rate written =95%",
)
def tp12() -> Book:
    b, s = start()
    points_head(
        s,
        "《澜屿年鉴》网络版建设",
        "澜屿县地方志办公室",
        36,
        "建成《澜屿年鉴》网络版并上线历年年鉴20卷，年内向社会开放查阅。",
    )
    low = mk(50, "W103", "error", note="产出 indicator scores 15 + 10 + 10 + 10 = 45")
    high = mk(30, "W103", "error", note="效益 indicator scores 20 + 15 = 35")
    eq = mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥95% meant")
    indicators(
        s,
        POINTS,
        [
            ("一、成本指标", 10, "（一）经济成本指标", "网络版平台开发费用", "≤24万元", 5),
            (None, None, None, "历年年鉴数字化加工费用", "≤12万元", 5),
            ("二、产出指标", low, "（一）数量指标", "上线历年年鉴卷数", "≥20卷", 15),
            (None, None, None, "网络版检索字段数", "≥12个", 10),
            (None, None, "（二）质量指标", "数字化文本准确率", "≥99%", 10),
            (None, None, "（三）时效指标", "网络版上线时间", "2026年11月30日前", 10),
            (
                "三、效益指标",
                high,
                "（一）社会效益指标",
                "年鉴资料社会利用便捷程度",
                "明显提升",
                20,
            ),
            (None, None, "（二）可持续影响指标", "网络版数据年度更新机制", "建立并执行", 15),
            ("四、满意度指标", 10, "（一）服务对象满意度指标", "网络版用户满意度", eq, 10),
        ],
        merged=(1, 2, 3),
    )
    return b
