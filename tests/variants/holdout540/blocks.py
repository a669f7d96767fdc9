"""Money blocks, 中期 and 年度, template rows and exports (items 6, 8, 12, 13): department
budgets with shares and tasks, multi-year projects, tier-2 rows left empty, a budget-system
export with the indicator table on a second sheet."""

from __future__ import annotations

from tests.variants.holdout540.common import (
    YEAR,
    department,
    first,
    indicators,
    multi_year,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout540.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
NAT = [
    ("产出指标", "数量指标", "服务荸荠、藠头加工经营主体", "≥20家"),
    (None, "质量指标", "公共检测服务出具报告合格率", "≥98%"),
    (None, "时效指标", "检测报告出具时限", "≤3个工作日"),
    ("成本指标", "经济成本指标", "单批次检测成本", "≤600元/批次"),
    ("效益指标", "经济效益指标", "园区加工产品销售额增长率", "≥8%"),
    (None, "社会效益指标", "带动园区农户", "≥800户"),
    ("满意度指标", "服务对象满意度指标", "园区经营主体满意度", "≥90%"),
]


@variant(
    "cd13-department-money",
    (12,),
    "department, NAT-2021: budget with a share row of typed "
    "percents, tasks adding to 金额合计 = 项目支出, a note explaining the total (correct)",
)
def cd13() -> Book:
    b, s = first()
    tasks = [
        ("荸荠加工公共服务", "清洗去皮、检测服务", wan(200), "服务加工主体≥20家"),
        ("藠头腌制技术推广", "腌制标准推广、培训", wan(150), "推广标准化腌制≥50户"),
        ("金额合计", None, wan(350), None),
    ]
    budget = [
        (wan(500), wan(400), wan(100), wan(150), wan(350)),
        (pct(1), pct(0.8), pct(0.2), pct(0.3), pct(0.7)),
    ]
    department(
        s,
        "苕浦县泮湖农业产业园管理办公室",
        budget,
        "提供荸荠、藠头加工公共检测与技术服务，带动园区农户增收。",
        tasks,
    )
    indicators(s, HEAD4, NAT)
    note(s, "注：年度主要任务金额合计350万元即项目支出，基本支出150万元未列入任务。")
    sign(s, "韦承泽", "0739-6617723", (2024, 11, 19))
    return b


@variant(
    "cd14-department-money-wrong",
    (12,),
    "department, NAT-2021: 资金总额 ≠ 财政拨款 + 其他资金, tasks not adding to 金额合计",
)
def cd14() -> Book:
    b, s = first()
    tasks = [
        ("藠头腌制加工服务", "腌制池运维、质量检测", wan(180), "服务加工户≥60户"),
        ("荸荠深加工孵化", "中试车间运营", wan(200), "孵化加工企业≥3家"),
        ("金额合计", None, mk(wan(400), "B102", "error", note="180 + 200 = 380"), None),
    ]
    total = mk(wan(560), "B101", "error", row=True, note="480 + 60 = 540, not 560")
    department(
        s,
        "苕浦县荷溆农业产业园管理办公室",
        [(total, wan(480), wan(60), wan(160), wan(400))],
        "做好藠头腌制加工服务，孵化荸荠深加工企业。",
        tasks,
    )
    indicators(s, HEAD4, NAT)
    return b


@variant(
    "cd15-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: annual "
    "counts below the period, rates and unit costs equal, distinct goals (correct)",
)
def cd15() -> Book:
    b, s = first()
    goals = [
        "三年建成荸荠饮品生产线3条，带动农户900户以上。",
        "2025年建成荸荠饮品生产线1条，带动农户300户以上。",
    ]
    project(
        s,
        "泮湖农业产业园荸荠饮品精深加工",
        "苕浦县泮湖农业产业园管理办公室",
        multi_year((600, 480, 120), (200, 160, 40)),
        goals,
        years=3,
        attr="新增项目",
    )
    indicators(
        s,
        HEAD5,
        [
            ("产出指标", "数量指标", "建成荸荠饮品生产线", "≥3条", "≥1条"),
            (None, "质量指标", "饮品出厂检验合格率", "≥98%", "≥98%"),
            (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
            ("成本指标", "经济成本指标", "单条生产线建设成本", "≤150万元/条", "≤150万元/条"),
            ("效益指标", "经济效益指标", "新增荸荠饮品产值", "≥3000万元", "≥800万元"),
            (None, "社会效益指标", "带动荸荠种植户", "≥900户", "≥300户"),
            (None, "可持续影响指标", "生产线设计使用年限", "≥10年", "≥10年"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "cd16-multi-year-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "two cumulative counts copied into the year, an annual count above its period",
)
def cd16() -> Book:
    b, s = first()
    goals = [
        "三年建成藠头标准化种植加工基地1500亩，配套冷藏库2座。",
        "2025年建成基地500亩，培训腌制技术人员200人次。",
    ]
    project(
        s,
        "渚坪农业产业园藠头种植加工一体化基地",
        "苕浦县渚坪农业产业园服务中心",
        multi_year((450, 360, 90), (150, 120, 30)),
        goals,
        years=3,
        attr="新增项目",
    )
    copied = "cumulative count copied from the 中期 column"
    indicators(
        s,
        HEAD5,
        [
            (
                "产出指标",
                "数量指标",
                "建成藠头标准化基地",
                "≥1500亩",
                mk("≥1500亩", "D202", "warning", note=copied),
            ),
            (
                None,
                None,
                "培训腌制技术人员",
                "≥600人次",
                mk("≥600人次", "D202", "warning", note=copied),
            ),
            (
                None,
                None,
                "建成藠头冷藏库",
                "≥2座",
                mk("≥3座", "D201", "error", note="3 in the year, 2 over three years"),
            ),
            (None, "质量指标", "腌制品抽检合格率", "≥98%", "≥98%"),
            ("成本指标", "经济成本指标", "每亩基地建设成本", "≤0.08万元/亩", "≤0.08万元/亩"),
            ("效益指标", "经济效益指标", "藠头加工产值", "≥2400万元", "≥700万元"),
            ("满意度指标", "服务对象满意度指标", "基地农户满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "cd17-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: two tier-2 rows "
    "left from the template, a value without a name",
)
def cd17() -> Book:
    b, s = first()
    project(
        s,
        "苇渡农业产业园荸荠去皮废水循环利用",
        "苕浦县苇渡农业产业园管理办公室",
        one_year(38, 30, 8),
        ["建成去皮废水循环处理设施1套，日循环用水200吨。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("产出指标", "数量指标", "建成废水循环处理设施", "≥1套"),
            (None, "质量指标", "循环水水质达标率", "≥95%"),
            (
                None,
                None,
                mk(None, "F110", "error", note="a value without an indicator name"),
                "≥200吨/日",
            ),
            (None, "时效指标", "设施投用时间", "2025年9月30日前"),
            ("成本指标", "经济成本指标", "设施建设成本", "≤36万元"),
            (
                "效益指标",
                mk("经济效益指标", "F109", "warning", row=True, note="template row"),
                None,
                None,
            ),
            (None, "社会效益指标", "节约园区加工用水", "≥5万吨"),
            (
                None,
                mk("生态效益指标", "F109", "warning", row=True, note="template row"),
                None,
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "入园加工企业满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "cd18-system-export",
    (7, 12),
    "budget-system export: money on sheet 部门项目支出预算"
    "05-1, indicators on sheet 部门项目支出绩效目标05-2 under a header on the third row, "
    "codes in the first columns (correct)",
)
def cd18() -> Book:
    b, s = first("部门项目支出预算05-1", (14, 22, 18, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    name = "荸荠藠头产地初加工设施补助"
    s.row(
        "318007",
        "苕浦县农业产业园发展中心",
        "43108125A00031",
        name,
        money(95, WAN),
        money(80, WAN),
        money(15, WAN),
    )
    s.row("合计", None, None, None, money(95, WAN), money(80, WAN), money(15, WAN))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 14, 18, 30, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：苕浦县农业产业园发展中心", None, None, None, "填报日期", day(2024, 12, 2))
    code = "43108125A00031"
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for row in [
        ("产出指标", "数量指标", "补助产地初加工设施", "≥25座"),
        ("产出指标", "质量指标", "补助设施验收合格率", "100%"),
        ("产出指标", "时效指标", "补助资金拨付时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单座设施补助标准", "≤3.5万元/座"),
        ("效益指标", "经济效益指标", "荸荠藠头产后损耗率降低", "≥4百分点"),
        ("效益指标", "社会效益指标", "受益种植户", "≥400户"),
        ("满意度指标", "服务对象满意度指标", "补助对象满意度", "≥90%"),
    ]:
        t.row(code, name, *row)
    return b
