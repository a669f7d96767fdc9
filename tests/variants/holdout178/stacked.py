"""Stacked returns of the 178th held-out set: two projects, each with its own head and table,
in one sheet (of10, of14)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout178.common import indicators, new_book, one_year, sign
from tests.variants.holdout178.registry import variant
from tests.variants.kit import Book, mk


@variant(
    "of10-elderly-stacked",
    (2,),
    (
        "two projects stacked in one sheet, OLD-NAT, one value "
        "column, the same indicator name in both with different "
        "values, a standard × people equal to the money "
        "(correct)"
    ),
)
def of10() -> Book:
    b, s = new_book("项目绩效目标")
    project_head(
        s,
        year=2026,
        name="社区居家养老服务补助项目",
        dept="临溪县民政局（515）",
        unit="临溪县养老服务指导中心",
        money=one_year(240, 240, 0),
        attr="常年项目",
        goals=["为1200名居家老年人提供上门服务36000人次，服务对象满意度90%以上。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "服务老年人数", "≥1200人"),
            (None, None, "上门服务人次", "≥36000人次"),
            (None, "质量指标", "服务质量抽查合格率", "≥95%"),
            (None, "时效指标", "补助资金拨付完成时间", "2026年12月15日前"),
            (None, "成本指标", "人均服务补助标准", "≤2000元/人"),
            ("效益指标", "社会效益指标", "居家老年人生活质量", "明显提升"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="老年助餐服务项目",
        dept="临溪县民政局（515）",
        unit="临溪县养老服务指导中心",
        money=one_year(96, 80, 16),
        attr="新增项目",
        goals=["建成助餐点16个，为800名老年人提供助餐服务，食品安全抽检合格率98%以上。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "建成助餐点", "≥16个"),
            (None, None, "服务老年人数", "≥800人"),
            (None, "质量指标", "食品安全抽检合格率", "≥98%"),
            (None, "时效指标", "助餐点投入运营时间", "2026年3月31日前"),
            (None, "成本指标", "每餐补助标准", "≤5元/餐"),
            ("效益指标", "社会效益指标", "老年人就餐便利程度", "明显提升"),
            ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥90%"),
        ],
    )
    sign(s, 2026, "石慧敏", "0744-8150391")
    return b


@variant(
    "of14-forestry-stacked",
    (4, 7),
    (
        "two projects stacked in one sheet, OLD-NAT, one value "
        "column: the second has a 合格率 of 105% and a completion "
        "date in the next year"
    ),
)
def of14() -> Book:
    b, s = new_book("项目绩效目标")
    project_head(
        s,
        year=2026,
        name="林业有害生物防治项目",
        dept="青溪区林业局（208）",
        unit="青溪区森林病虫害防治检疫站",
        money=one_year(120, 100, 20),
        attr="常年项目",
        goals=["完成林业有害生物防治作业面积5000亩，成灾率控制在3‰以下。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "防治作业面积", "≥5000亩"),
            (None, "质量指标", "林业有害生物成灾率", "≤3‰"),
            (None, "时效指标", "春季防治作业完成时间", "2026年5月31日前"),
            (None, "成本指标", "亩均防治成本", "≤200元/亩"),
            ("效益指标", "生态效益指标", "无公害防治率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="国有林场防火道路维修项目",
        dept="青溪区林业局（208）",
        unit="青溪区国有青峰林场",
        money=one_year(200, 200, 0),
        attr="一次性项目",
        goals=["维修国有林场防火道路40公里，提升森林防火通行和扑救能力。"],
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "维修防火道路", "≥40公里"),
            (None, "质量指标", "维修工程验收合格率", mk("≥105%", "T106", "error")),
            (
                None,
                "时效指标",
                "维修工程完工时间",
                mk("2027年3月底前", "Y102", "error", note="一年期项目（2026年），日期落在下一年"),
            ),
            (None, "成本指标", "道路维修单价", "≤4.5万元/公里"),
            ("效益指标", "社会效益指标", "森林防火通行能力", "明显提升"),
            ("满意度指标", "服务对象满意度指标", "林场职工满意度", "≥90%"),
        ],
    )
    sign(s, 2026, "费长河", "0731-5538804")
    return b
