"""Returns in the layouts of other offices: stacked projects, flat department lists, a
budget-system export and a department table broken over two pages."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout334.common import (
    AGRI,
    HEAD4,
    WATER,
    book,
    cash,
    indicators,
    line,
    one_year,
    project,
)
from tests.variants.holdout334.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, ok, pct

UF13A = [
    ("产出指标", "数量指标", "开挖排碱毛沟", "≥14公里"),
    (None, None, "改良盐碱耕地面积", "≥1000亩"),
    (None, "质量指标", "工程验收合格率", "≥95%"),
    (None, "时效指标", "工程完工时间", "9月30日前"),
    (None, "成本指标", "盐碱耕地亩均改良费用", "≤0.1万元/亩"),
    ("效益指标", "经济效益指标", "改良耕地亩均增收", "≥150元"),
    (None, "生态效益指标", "耕层含盐量下降率", "≥15%"),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
]
UF13B = [
    ("产出指标", "数量指标", "耐盐水稻示范面积", "≥1200亩"),
    (None, "质量指标", "示范田秧苗成活率", "≥92%"),
    (None, "时效指标", "示范田插秧完成时间", "6月15日前"),
    (None, "成本指标", "示范田亩均物化补助", "≤600元/亩"),
    ("效益指标", "经济效益指标", "示范田亩产稻谷", "≥450公斤"),
    (None, "社会效益指标", "带动周边农户种植耐盐水稻", "≥200户"),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥85%"),
]


@variant(
    "uf13-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same satisfaction indicator with different values (correct)",
)
def uf13() -> Book:
    b, s = book()
    project(
        s,
        "碱场洼村盐碱地改良示范",
        "芦沽镇人民政府",
        one_year(120, 100, 20),
        ["开挖排碱毛沟，改良盐碱耕地1000亩。"],
        dept=WATER,
    )
    indicators(s, HEAD4, UF13A)
    s.skip()
    project(
        s,
        "海堰乡耐盐水稻示范",
        "海堰乡农业综合服务站",
        one_year(75, 75, 0),
        ["示范种植耐盐水稻1200亩，带动周边农户。"],
        title="",
    )
    indicators(s, HEAD4, UF13B)
    return b


UF14A = [
    ("产出指标", "数量指标", "建设土壤墒情盐分自动监测站", "≥11个"),
    (None, "质量指标", "监测数据上传率", "≥95%"),
    (None, "时效指标", "监测站建成时间", "8月31日前"),
    (None, "成本指标", "单站建设费用", "≤7.5万元"),
    ("效益指标", "社会效益指标", "监测数据服务种植户", "≥1500户"),
    (None, "可持续影响指标", "监测站运行年限", "≥5年"),
    ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"),
]
UF14B = [
    ("产出指标", "数量指标", "推广耐盐棉花种植", "≥5000亩"),
    (
        None,
        "质量指标",
        "耐盐作物品种推广覆盖率",
        mk("9个", "T105", "error", note="a 覆盖率 given as a count of varieties"),
    ),
    (None, "时效指标", "播种完成时间", "5月10日前"),
    (None, "成本指标", "推广田亩均补助", "≤200元/亩"),
    ("效益指标", "经济效益指标", "推广田亩均增收", "≥260元"),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
]


@variant(
    "uf14-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the "
    "second project's total does not add up and one rate is a count",
)
def uf14() -> Book:
    b, s = book()
    project(
        s,
        "土壤盐分自动监测站网建设",
        "卤滩县土壤肥料工作站",
        one_year(88, 70, 18),
        ["建设土壤墒情盐分自动监测站11个，实现盐分动态监测。"],
    )
    indicators(s, HEAD4, UF14A)
    s.skip()
    total = mk(cash(150), "B101", "error", note="120 + 20 = 140, not 150")
    project(
        s,
        "盐碱地耐盐棉花推广",
        "卤滩县农业技术推广中心",
        one_year(total, 120, 20),
        ["推广耐盐棉花5000亩，提高盐碱耕地种植收益。"],
        title="",
    )
    indicators(s, HEAD4, UF14B)
    return b


def dept(s: Sheet, name: str, budget: tuple[float, ...], goal: str) -> None:
    """A department head without tasks, budget in 万元."""
    department_head(s, year=2025, dept=name, budget=[tuple(cash(v) for v in budget)], goal=goal)


UF15 = [
    ("完成盐碱耕地土壤采样检测", 15, "个", "≥", 6000),
    ("建设盐碱地改良技术示范点", 10, "个", "≥", 8),
    ("检测质量控制样合格率", 15, "%", "≥", pct(0.95)),
    ("技术指导到户及时率", 10, "%", "≥", pct(0.9)),
    ("单个样品检测成本", 10, "元/个", "≤", 150),
    ("示范点耕层含盐量下降率", 15, "%", "≥", pct(0.12)),
    ("检测实验室安全事故", 5, "起", "≤", 0),
    ("服务对象满意度", 20, "%", "≥", pct(0.9)),
]


@variant(
    "uf15-flat-department",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, weights add to 100 (correct)",
)
def uf15() -> Book:
    b, s = book()
    dept(
        s,
        "卤滩县土壤肥料工作站",
        (420, 380, 40, 150, 270),
        "完成盐碱耕地土壤检测，建设改良技术示范点，为分区改良提供依据。",
    )
    line(s, "年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(UF15)
    s.row("合计", 100)
    return b


UF16 = [
    ("排碱沟渠年度清淤", "公里", "≥", 120, 15),
    (
        "沟渠清淤土方量",
        "万立方米",
        "≥",
        mk("38万元", "T112", "error", row=True, note="万元 against the unit column 万立方米"),
        15,
    ),
    ("清淤单价", "元/立方米", "≤", 4.5, 10),
    ("排灌泵站运行维护", "座", "≥", 26, 15),
    ("盐碱地排灌季节供水保证率", "%", "≥", 95, 15),
    (
        "土壤次生盐渍化发生率",
        "%",
        mk("≥", "T108", "warning", row=True, note="an incidence rate is 反向"),
        3,
        10,
    ),
    ("受益农户满意度", "%", "≥", 90, 10),
]


@variant(
    "uf16-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 计量单位 · 指标性质 as "
    "operator · 指标值 · 权重): a unit conflict, ≥ on an incidence rate, weights to 90",
)
def uf16() -> Book:
    b, s = book()
    dept(
        s,
        "卤滩县碱区排灌管理站",
        (300, 260, 40, 120, 180),
        "保障碱区排灌设施正常运行，控制土壤次生盐渍化。",
    )
    line(s, "年度绩效指标")
    s.row("指标名称", "计量单位", "指标性质", "指标值", "权重")
    s.table(UF16)
    b.file_mark("W101", "error", note="weights add to 90, not 100")
    return b


UF17 = [
    ("产出指标", "数量指标", "土壤采样检测", "≥2800个"),
    ("产出指标", "数量指标", "施用改良剂面积", "≥3000亩"),
    ("产出指标", "质量指标", "检测数据有效率", "≥97%"),
    (
        "产出指标",
        "时效指标",
        "年度任务完成时限",
        mk(ok("46022", "warning"), "X104", "warning", note="46022 is the serial of 2025-12-31"),
    ),
    ("成本指标", "经济成本指标", "单个样品检测费用", "≤150元"),
    ("效益指标", "经济效益指标", "改良地块亩均增产", "≥45公斤"),
    ("效益指标", "生态效益指标", "改良地块含盐量下降率", "≥10%"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
]


@variant(
    "uf17-export-artefacts",
    (9, 4),
    "budget-system export: sheets 05-1 and 05-2, codes in "
    "the first columns, header on the third row, an amount pasted twice and a date "
    "serial as text",
)
def uf17() -> Book:
    b, s = book("部门项目支出预算05-1", (10, 22, 12, 26, 16, 12))
    s.title("部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "支出内容", "金额")
    code = ("317006", "卤滩县农业技术推广中心", "LT25-0417", "盐碱地测土改良")
    twice = mk("36.5万36.5万", "X106", "error", alt=("B108",), note="36.5 pasted twice")
    for what, amount in (
        ("合计", money(96)),
        ("土壤采样检测", money(42)),
        ("改良剂采购", twice),
        ("技术培训", money(9.5)),
        ("监测设备", money(8)),
    ):
        s.row(*code, what, amount)
    b.file_mark("B102", "error", required=False, note="lines unreadable if 36.5 is not recovered")
    t = b.sheet("部门项目支出绩效目标05-2", (10, 12, 14, 18, 26, 16))
    t.title("部门项目支出绩效目标表", 6)
    t.row("单位名称：卤滩县农业技术推广中心")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值")
    for r in UF17:
        t.row("317006", "LT25-0417", *r)
    t.skip()
    t.row("导出时间：2025-01-08 09:41", None, None, None, "第1页 共1页")
    return b


UF18A = [
    ("产出指标", "数量指标", "改良盐碱耕地面积", "≥6000亩", 10),
    (None, None, "推广耐盐作物面积", "≥20000亩", 10),
    (None, None, "运行土壤盐分监测点位", "≥150个", 5),
    (None, "质量指标", "改良工程验收合格率", pct(0.95), 10),
    (None, "时效指标", "年度改良任务完成时间", "11月30日前", 5),
]
UF18B = [
    ("成本指标", "经济成本指标", "盐碱耕地亩均改良投入", "≤600元", 10),
    (None, "社会成本指标", "工程建设安全生产事故", "0起", 5),
    ("效益指标", "经济效益指标", "改良耕地亩均增产粮食", "≥60公斤", 15),
    (None, "社会效益指标", "受益农户", "≥3000户", 10),
    (None, "生态效益指标", "改良区耕层含盐量下降率", "≥15%", 10),
    ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", 10),
]
TASKS = [
    ("盐碱地综合改良", "排碱沟渠与台田建设", cash(360), "改良盐碱耕地6000亩"),
    ("土壤盐分监测", "监测点位运行与检测", cash(140), "监测点位稳定运行"),
    ("耐盐作物推广", "良种补贴与技术服务", cash(220), "推广耐盐作物20000亩"),
    ("排灌设施维护", "泵站与沟渠养护", cash(100), "排灌设施完好运行"),
    ("金额合计", None, cash(820), None),
]


@variant(
    "uf18-department-pages",
    (12, 4),
    "department, NAT-2021, budget and key tasks adding "
    "up, weight column, a subtotal row, the header repeated after a page break, a 0起 "
    "incident count and a typed percent (correct)",
)
def uf18() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept=AGRI.split("（")[0],
        budget=[tuple(cash(v) for v in (1250, 1100, 150, 430, 820))],
        tasks=TASKS,
        goal="推进盐碱耕地综合改良和耐盐作物推广，提高盐碱耕地产能。",
    )
    head = (*HEAD4, "权重")
    indicators(s, head, UF18A)
    s.row("产出指标小计", None, None, None, 40, merge=[(1, 4)])
    s.skip()
    s.row(*head)
    s.table(UF18B, merged=(1, 2))
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    s.skip()
    s.row("填报人：闫保田", None, "联系电话：0546-7718824", None, day(2024, 11, 22))
    return b
