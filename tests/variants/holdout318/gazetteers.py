"""地方志编纂 and 村志镇志编修: county, township and village gazetteers (tp01–tp06)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout318.common import (
    TIERS,
    YEAR,
    indicators,
    multi_year,
    one_year,
    start,
    wan,
)
from tests.variants.holdout318.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "tp01-county-gazetteer",
    (1, 7),
    "project, NAT-2021, header 绩效目标值, operator and unit columns, typed percent cells, "
    "a 差错率 with ≤ and 0起 on an incident count (correct)",
)
def tp01() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="《岑岙县志（1991—2020）》编纂出版",
        dept="岑岙县地方志编纂中心 305017",
        unit="岑岙县地方志编纂中心",
        money=one_year(86, 86, 0),
        goals=["完成县志总纂稿160万字的复审和终审修改，年内交付出版社排版校对。"],
    )
    indicators(
        s,
        OPS,
        [
            ("成本指标", "经济成本指标", "志稿审读及专家评审费", "≤", 18, "万元"),
            (None, None, "排版校对及印前制作费", "≤", 42, "万元"),
            (None, None, "资料核校劳务费", "≤", 26, "万元"),
            ("产出指标", "数量指标", "完成终审志稿字数", "≥", 160, "万字"),
            (None, None, "召开专家评审会", "≥", 3, "次"),
            (None, "质量指标", "志稿终审通过率", "≥", pct(0.95), "%"),
            (None, None, "文字差错率", "≤", pct(0.0001, "0.00%"), "%"),
            (None, None, "史实差错引发的更正事件", "≤", 0, "起"),
            (None, "时效指标", "终审稿交付出版社时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
            ("效益指标", "社会效益指标", "志书资料对县情研究的支撑作用", None, "显著", None),
            (None, "可持续影响指标", "志书资料存档保存年限", "≥", 30, "年"),
            ("满意度指标", "服务对象满意度指标", "评审专家及供稿单位满意度", "≥", pct(0.9), "%"),
        ],
    )
    return b


@variant(
    "tp02-township-gazetteer-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns: a typed 105% on a 通过率, a 差错率 with ≥",
)
def tp02() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="《桐屿镇志》编修",
        dept="澜屿县桐屿镇人民政府 412006",
        unit="桐屿镇镇志编修办公室",
        attr="一次性项目",
        money=one_year(24, 24, 0),
        goals=["完成《桐屿镇志》初稿60万字的编写和评议，年底前形成送审稿。"],
    )
    over = mk(pct(1.05), "T106", "error", note="通过率 is capped at 100%; the cell shows 105%")
    wrong = mk("≥", "T108", "warning", row=True, note="差错率 is 反向: it takes ≤, not ≥")
    indicators(
        s,
        OPS,
        [
            ("产出指标", "数量指标", "完成初稿字数", "≥", 60, "万字"),
            (None, None, "组织初稿评议会", "≥", 2, "次"),
            (None, "质量指标", "初稿评议通过率", "≥", over, "%"),
            (None, None, "入志资料差错率", wrong, pct(0.005, "0.0%"), "%"),
            (None, "时效指标", "送审稿形成时间", "≤", day(YEAR, 12, 20, CN_DATE), None),
            (None, "成本指标", "编修工作经费", "≤", 24, "万元"),
            ("效益指标", "社会效益指标", "镇情资料系统化程度", None, "显著提升", None),
            (None, "可持续影响指标", "镇志资料可供查阅年限", "≥", 20, "年"),
            ("满意度指标", "服务对象满意度指标", "镇村干部群众满意度", "≥", pct(0.9), "%"),
        ],
    )
    return b


def village(words: int, copies: int, price: int, rate: Any, known: str) -> list[tuple[Any, ...]]:
    """The OLD-NAT indicator rows of one village gazetteer (inline operators)."""
    return [
        ("产出指标", "数量指标", "村志成书字数", f"≥{words}万字"),
        (None, None, "村志印制册数", f"≥{copies}册"),
        (None, "质量指标", "编校质量合格率", rate),
        (None, "时效指标", "村志出版完成时间", "2026年11月30日前"),
        (None, "成本指标", "村志印制单价", f"≤{price}元/册"),
        ("效益指标", "社会效益指标", "村民村史村情知晓率", known),
        (None, "可持续影响指标", "村志存档保存年限", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ]


def village_head(s: Any, name: str, unit: str, money: list[list[Any]], goal: str) -> None:
    """The head of one stacked village project: the first carries the sheet title."""
    project_head(
        s,
        year=YEAR,
        name=name,
        dept="岑岙县史志办公室 305019",
        unit=unit,
        attr="一次性项目",
        money=money,
        goals=[goal],
        title=None if s.r == 0 else "",
    )


@variant(
    "tp03-village-stacked",
    (2,),
    "three village-gazetteer projects stacked in one sheet, OLD-NAT, one value column, "
    "the same indicator names with different values (correct)",
)
def tp03() -> Book:
    b, s = start()
    projects = [
        ("《石湫村志》编修", "石湫村村民委员会", (12, 10, 2), (25, 800, 60, "≥95%", "≥85%")),
        ("《上畈村志》编修", "上畈村村民委员会", (9.6, 9.6, 0), (18, 600, 55, "≥98%", "≥80%")),
        ("《枫坳村志》编修", "枫坳村村民委员会", (15, 12, 3), (30, 1000, 58, "≥95%", "≥85%")),
    ]
    for name, unit, (total, fiscal, other), spec in projects:
        goal = f"编修{name[:6]}约{spec[0]}万字，印制{spec[1]}册，年内出版。"
        village_head(s, name, unit, one_year(total, fiscal, other), goal)
        indicators(s, TIERS, village(*spec))
        s.skip()
    return b


@variant(
    "tp04-village-stacked-defects",
    (2, 12),
    "two village-gazetteer projects stacked, OLD-NAT: the second's total is not 财政拨款 + "
    "其他资金 and one of its rates is given as a count",
)
def tp04() -> Book:
    b, s = start()
    village_head(
        s,
        "《溪口村志》编修",
        "溪口村村民委员会",
        one_year(14, 12, 2),
        "编修《溪口村志》约22万字，印制900册，年内出版。",
    )
    indicators(s, TIERS, village(22, 900, 60, "≥95%", "≥85%"))
    s.skip()
    total = mk(wan(18), "B101", "error", note="15 + 2 = 17, not 18")
    village_head(
        s,
        "《樟岭村志》编修",
        "樟岭村村民委员会",
        one_year(total, 15, 2),
        "编修《樟岭村志》约26万字，印制1000册，年内出版。",
    )
    rows = village(26, 1000, 60, "≥95%", "≥85%")
    count = mk("600张", "T105", "error", note="a 完成率 given as a count of photographs")
    rows.insert(2, (None, None, "入志老照片征集完成率", count))
    indicators(s, TIERS, rows)
    return b


@variant(
    "tp05-gazetteer-multi-year",
    (8,),
    "three-year city-gazetteer project, NAT-2021, 中期 and 年度 columns: cumulative counts "
    "smaller each year, rates equal, a unit cost × count equal to the annual budget (correct)",
)
def tp05() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="《嶂南市志（1991—2025）》编纂",
        dept="嶂南市地方志编纂委员会办公室 301004",
        unit="嶂南市地方志编纂委员会办公室",
        years=3,
        money=multi_year((360, 330, 30), (120, 110, 10)),
        goals=[
            "三年内完成市志篇目设计、资料长编和总纂，完成志稿400万字，通过终审并出版。",
            "完成市志篇目设计和资料长编，完成志稿150万字，组织篇目及志稿评审2次。",
        ],
    )
    indicators(
        s,
        PERIOD,
        [
            ("成本指标", "经济成本指标", "志稿编纂单位成本", "≤0.8万元/万字", "≤0.8万元/万字"),
            ("产出指标", "数量指标", "完成志稿字数", "≥400万字", "≥150万字"),
            (None, None, "组织篇目及志稿评审", "≥8次", "≥2次"),
            (None, "质量指标", "志稿评审通过率", "≥95%", "≥95%"),
            (None, "时效指标", "年度编纂任务按期完成率", "100%", "100%"),
            ("效益指标", "社会效益指标", "市志资料被党政机关决策引用次数", "≥30次", "≥8次"),
            (None, "可持续影响指标", "志书资料数字化入库率", "≥90%", "≥60%"),
            ("满意度指标", "服务对象满意度指标", "评审专家满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "tp06-gazetteer-copied-period",
    (8,),
    "two-year military-gazetteer project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
    "中期目标, two cumulative counts copied into the 年度 column",
)
def tp06() -> Book:
    b, s = start()
    goal = "完成《岑岙县军事志》资料征集和志稿编写，形成评审稿并组织评审。"
    project_head(
        s,
        year=YEAR,
        name="《岑岙县军事志》编纂",
        dept="岑岙县人民武装部 305031",
        unit="岑岙县军事志编纂办公室",
        years=2,
        money=multi_year((60, 60, 0), (30, 30, 0)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 is the 中期目标 word for word")],
    )
    copied = "a cumulative count of a two-year project copied from the 中期 column"
    indicators(
        s,
        PERIOD,
        [
            ("成本指标", "经济成本指标", "志稿编纂经费", "≤60万元", "≤30万元"),
            (
                "产出指标",
                "数量指标",
                "征集军事史料",
                "≥1200件",
                mk("≥1200件", "D202", "warning", note=copied),
            ),
            (None, None, "完成志稿字数", "≥40万字", mk("≥40万字", "D202", "warning", note=copied)),
            (None, "质量指标", "入志史料考订准确率", "≥98%", "≥98%"),
            (None, "时效指标", "评审稿形成时间", "2027年10月31日前", "2026年12月31日前"),
            ("效益指标", "社会效益指标", "军事志资料服务国防教育作用", "显著", "有效"),
            (None, "可持续影响指标", "军事史料保存年限", "≥30年", "≥30年"),
            ("满意度指标", "服务对象满意度指标", "评审专家满意度", "≥90%", "≥90%"),
        ],
    )
    return b
