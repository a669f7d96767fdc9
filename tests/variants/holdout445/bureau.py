"""Returns ym13–ym18: the county bureau's forms (footnotes, page breaks, header words, a
budget-system export, department money, template rows) for buses and station alike."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout445.common import (
    BUSCO,
    DEVREFORM,
    ENERGY,
    STATIONCO,
    TIERED,
    TRANSPORT,
    YEAR,
    indicators,
    new_book,
    notes,
    one_year,
    sign_off,
    wan,
)
from tests.variants.holdout445.registry import variant
from tests.variants.kit import Book, day, mk, pct

OUTPUT_ROWS = [
    ("产出指标", "数量指标", "租赁氢燃料电池公交车数量", "≥20辆"),
    (None, "质量指标", "租赁车辆完好率", "≥95%"),
    (None, "时效指标", "车辆交付上线时间", "5月31日前"),
    (None, "成本指标", "单车年度租赁费用", "≤10.5万元/辆"),
    (None, None, "氢气加注补贴标准", "≤8元/千克"),
]  # fmt: skip

EFFECT_ROWS = [
    ("效益指标", "社会效益指标", "示范线路年客运量", "≥150万人次"),
    (None, "生态效益指标", "年减少柴油消耗量", "≥420吨"),
    (None, None, "重大安全事故", "0起"),
    ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
]  # fmt: skip


@variant(
    "ym13-bus-footnotes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row "
    "inside the table, footnotes (one explaining the total), 填表说明, signature and a "
    "fill date in the year before (correct)",
)
def ym13() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="氢燃料电池公交车辆租赁运营项目",
        dept=TRANSPORT,
        unit=BUSCO,
        money=one_year(350, 300, 50),
        goals=["租赁氢燃料电池公交车20辆用于两条示范线路，年客运量150万人次以上。"],
    )
    indicators(s, TIERED, OUTPUT_ROWS)
    notes(s, "（说明：以下效益指标按两条示范线路合计填写）", width=4)
    s.table(EFFECT_ROWS, merged=(1, 2))
    s.skip()
    notes(
        s,
        "注：1. 项目资金350万元 = 车辆租赁费210万元 + 氢气加注补贴140万元。",
        "2. 氢气加注补贴按每辆车年加注约8.75吨、每千克8元测算。",
        "填表说明：一级、二级指标不得修改，三级指标由实施单位根据项目实际填写。",
    )
    sign_off(s, "甘若澜", "0739-6528417", day(YEAR - 1, 12, 10), checker="詹立峰")
    return b


PAGE_ONE = [
    ("产出指标", "数量指标", "新增氢能公交示范线路", "≥2条", 15),
    (None, None, "加氢站安全监管检查次数", "≥12次", 15),
    (None, "质量指标", "氢能公交线路覆盖率",
     mk("≥110%", "T106", "error", note="覆盖率 cannot exceed 100 %"), 10),
    (None, "时效指标", "年度任务完成及时率", "≥95%", 10),
    ("成本指标", "经济成本指标", "示范线路单车补贴标准", "≤12万元/辆", 10),
]  # fmt: skip

PAGE_TWO = [
    ("效益指标", "社会效益指标", "公交绿色出行分担率", "提高≥1.5百分点", 10),
    (None, "生态效益指标", "年减少二氧化碳排放量", "≥1600吨", 10),
    (None, "可持续影响指标", "氢能交通安全监管机制", "健全", 10),
    ("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥90%", 10),
]  # fmt: skip


@variant(
    "ym14-bureau-page-break",
    (4, 12),
    "department, NAT-2021, weight column: header "
    "repeated after a page break, subtotal and total rows; tasks not adding to 金额合计, "
    "a 覆盖率 over 100 %",
)
def ym14() -> Book:
    b, s = new_book()
    total = mk(wan(630), "B102", "error", note="300 + 200 + 120 = 620, not 630")
    department_head(
        s,
        year=YEAR,
        dept=TRANSPORT,
        budget=[(wan(960), wan(900), wan(60), wan(330), wan(630))],
        tasks=[
            ("氢能公交示范运营补贴", "示范线路车辆运营补贴", wan(300), "补贴车辆20辆"),
            ("加氢站安全监管", "委托第三方开展安全检查", wan(200), "检查12次以上"),
            ("公交场站改造", "示范线路场站充氢配套改造", wan(120), "改造场站2处"),
            ("金额合计", None, total, None),
        ],
        goal="推进氢能公交示范，强化加氢站安全监管，提升绿色出行比例。",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, PAGE_ONE)
    s.row("小计", None, None, None, 60)
    s.skip()
    indicators(s, head, PAGE_TWO)
    s.row("小计", None, None, None, 40)
    s.row("合计", None, None, None, 100)
    return b


HEADER_ROWS = [
    ("*产出指标", "数量指标", "加氢站年度加注车次", "≥9000车次", "达到得满分，每少5%扣1分"),
    (None, "质量指标", "加注计量误差合格率", "≥98%", "每低1个百分点扣0.5分"),
    (None, "时效指标", "单车加注完成时间", "≤15分钟", "超时不得分"),
    ("*成本指标", "经济成本指标", "单位氢气运营成本", "≤18元/千克", "超出不得分"),
    ("*效益指标", "经济效益指标", "加氢站年度营业收入", "≥520万元", "按完成比例得分"),
    (None, "社会效益指标", "氢能车辆用氢保障率", "≥98%", "每低1个百分点扣1分"),
    ("*满意度指标", "服务对象满意度指标", "用氢企业满意度", pct(0.92), "问卷调查"),
]  # fmt: skip


@variant(
    "ym15-station-header-words",
    (7, 5),
    "project, NAT-2021, a two-row header (绩效指标 over "
    "一级/二级/考核指标, 目标值（年度）, 评价标准), tier-1 labels marked with * (correct)",
)
def ym15() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="加氢站运营服务绩效考核项目",
        dept=DEVREFORM,
        unit=STATIONCO,
        money=one_year(150, 150, 0),
        goals=["加氢站全年完成加注9000车次以上，用氢保障率98%以上。"],
    )
    s.row("绩效指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "考核指标")
    s.table(HEADER_ROWS, merged=(1, 2))
    return b


EXPORT_ROWS = [
    ("512001-25-0047", "512001", "产出指标", "数量指标", "更新氢能公交车数量", "≥18", "辆"),
    ("512001-25-0047", "512001", None, "质量指标", "车辆完好率",
     mk("18辆", "T105", "error", note="a 完好率 given as the fleet count"), "%"),
    ("512001-25-0047", "512001", None, "时效指标", "车辆上牌运营时间", "≤9月30日", None),
    ("512001-25-0047", "512001", None, "成本指标", "单车购置补助", "≤25", "万元/辆"),
    ("512001-25-0047", "512001", "效益指标", "生态效益指标", "年减少二氧化碳排放量", "≥1000",
     "吨"),
    ("512001-25-0047", "512001", "满意度指标", "服务对象满意度指标", "乘客满意度", "≥90", "%"),
]  # fmt: skip


@variant(
    "ym16-bus-system-export",
    (7, 9),
    "budget-system export: head on 项目支出预算05-1 "
    "with a date serial typed as text, the indicator table on 项目支出绩效目标05-2 under "
    "codes in the first columns, header on the third row, a 完好率 given as a count",
)
def ym16() -> Book:
    b, s = new_book("项目支出预算05-1")
    end = mk("46022", "X104", "warning", note="2025-12-31 pasted as a serial in a text cell")
    project_head(
        s,
        year=YEAR,
        name="氢能公交车辆更新项目",
        dept=TRANSPORT,
        unit=BUSCO,
        money=one_year(480, 450, 30),
        end=end,
        goals=["更新氢燃料电池公交车18辆，替换老旧柴油公交车。"],
    )
    t = b.sheet("项目支出绩效目标05-2", (16, 10, 14, 18, 26, 12, 12))
    t.title("部门项目支出绩效目标表（05-2）", 7)
    t.row("单位：澄岭县交通运输局", None, None, None, None, "金额单位：万元")
    indicators(
        t,
        ("项目编码", "单位编码", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"),
        EXPORT_ROWS,
        merged=(3, 4),
    )
    return b


DEPT_ROWS = [
    ("产出指标", "数量指标", "氢能公交示范线路数", "≥5条"),
    (None, None, "加氢站监督检查次数", "≥12次"),
    (None, "质量指标", "示范车辆安全检测合格率", "=100%"),
    (None, "时效指标", "补贴资金拨付及时率", "≥95%"),
    ("成本指标", "经济成本指标", "示范运营补贴单车标准", "≤12万元/辆"),
    ("效益指标", "生态效益指标", "年减少二氧化碳排放量", "≥2500吨"),
    (None, "社会效益指标", "氢能公交事故率", "≤0.5%"),
    ("满意度指标", "服务对象满意度指标", "示范线路乘客满意度", "≥90%"),
]  # fmt: skip


@variant(
    "ym17-energy-centre-money",
    (12,),
    "department, NAT-2021: budget with a share row, "
    "four key tasks adding to 金额合计 = 项目支出, all consistent (correct)",
)
def ym17() -> Book:
    b, s = new_book()
    budget = [
        (wan(1250), wan(1100), wan(150), wan(380), wan(870)),
        (pct(1), pct(0.88), pct(0.12), pct(0.304, "0.0%"), pct(0.696, "0.0%")),
    ]
    department_head(
        s,
        year=YEAR,
        dept=ENERGY,
        budget=budget,
        tasks=[
            ("氢能公交示范运营补贴", "35辆示范车辆运营补贴", wan(420), "补贴车辆35辆"),
            ("加氢站运维监管", "安全检查与设备检测", wan(260), "检查12次以上"),
            ("氢能安全宣传培训", "驾驶员及站务人员培训", wan(60), "培训200人次"),
            ("示范线路规划", "县域氢能公交线网规划", wan(130), "形成规划1部"),
            ("金额合计", None, wan(870), None),
        ],
        goal="推动县域氢能公交示范和加氢设施安全运营，年减排二氧化碳2500吨以上。",
    )
    s.row("年度绩效指标", merge=[(1, 4)])
    indicators(s, TIERED, DEPT_ROWS)
    return b


TEMPLATE_ROWS = [
    ("产出指标", "数量指标", "加氢站操作人员培训人数", "≥60人"),
    (None, None, "氢泄漏应急演练次数", "≥2次"),
    (None, "质量指标", "培训考核合格率", "≥95%"),
    (None, "时效指标", "培训完成时间", "10月31日前"),
    ("成本指标", "经济成本指标", "人均培训费用", "≤1500元/人"),
    (None, mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty"),
     None, None),
    (None, mk("生态环境成本指标", "F109", "warning", row=True,
              note="template tier-2 left empty"), None, None),
    ("效益指标", "社会效益指标", "加氢站操作人员持证上岗率", "=100%"),
    (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥3场"),
    (None, "可持续影响指标", "加氢作业安全操作规程", "建立并执行"),
    ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
]  # fmt: skip


@variant(
    "ym18-station-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: two "
    "template tier-2 rows left empty, a value without a name",
)
def ym18() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="加氢站操作人员安全培训项目",
        dept=DEVREFORM,
        unit=STATIONCO,
        money=one_year(12, 12, 0),
        goals=["培训加氢站操作人员60人，开展氢泄漏应急演练2次以上。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), TEMPLATE_ROWS)
    return b
