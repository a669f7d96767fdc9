"""Department returns, notes around the table, template rows, a budget-system export and
conversion artefacts: vu13–vu18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout375.common import TIERS, new, notes, one_year, project, sign, table, w
from tests.variants.holdout375.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

DEPT_ROWS = [
    ("成本指标", "经济成本指标", "人均年直补标准", "≤600元/人·年"),
    ("产出指标", "数量指标", "后期扶持直补人数", "≥{n}人"),
    (None, None, "移民村扶持项目", "≥14个"),
    (None, "质量指标", "扶持项目验收合格率", "≥95%"),
    (None, "时效指标", "直补资金兑付及时率", "≥98%"),
    ("效益指标", "社会效益指标", "移民人均可支配收入增长率", "≥6%"),
    (None, "可持续影响指标", "移民村项目管护责任落实率", "=100%"),
    ("满意度指标", "服务对象满意度指标", "后期扶持人口满意度", "≥90%"),
]


def dept_table(s: Sheet, people: int) -> None:
    """The department's indicator table (NAT-2021) with its number of subsidised people."""
    s.row("年度绩效指标", merge=[(1, 4)])
    rows = [tuple(v.format(n=people) if isinstance(v, str) else v for v in r) for r in DEPT_ROWS]
    table(s, TIERS, rows)


@variant(
    "vu13-department-money",
    (12,),
    "department, NAT-2021: budget with shares, tasks with a "
    "金额合计 equal to 项目支出, 直补 count × standard equal to its task (correct)",
)
def vu13() -> Book:
    b, s = new("部门整体")
    shares = [pct(1), pct(0.95), pct(0.05), pct(0.2), pct(0.8)]
    tasks: list[list[Any]] = [
        ["后期扶持直补", "向23600名后期扶持人口发放直补资金", w(1416), "按季足额发放"],
        ["移民村项目扶持", "实施14个移民村基础设施和产业项目", w(380), "项目按期完工"],
        ["库区技能培训", "开展移民劳动力技能培训", w(124), "培训1000人次以上"],
        ["金额合计", None, w(1920), None],
    ]
    department_head(
        s,
        year=2025,
        dept="澹川县水库移民后期扶持中心",
        budget=[[w(2400), w(2280), w(120), w(480), w(1920)], shares],
        tasks=tasks,
        goal="目标1：按时足额发放直补资金；目标2：实施移民村扶持项目。",
    )
    dept_table(s, 23600)
    return b


@variant(
    "vu14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, a share not matching its amount, tasks not adding to 金额合计",
)
def vu14() -> Book:
    b, s = new("部门整体")
    total = mk(w(1850), "B101", "error", note="基本支出 360 + 项目支出 1510 = 1870 ≠ 1850")
    share = mk(pct(0.068, "0.0%"), "B111", "error", note="60 ÷ 1850 = 3.2%，不是 6.8%")
    shares = [pct(1), pct(0.968, "0.0%"), share, pct(0.195, "0.0%"), pct(0.816, "0.0%")]
    tasks: list[list[Any]] = [
        ["后期扶持直补", "向18000名后期扶持人口发放直补资金", w(1080), "按季足额发放"],
        ["移民村项目扶持", "实施移民村基础设施项目", w(330), "项目按期完工"],
        ["库区技能培训", "开展移民劳动力技能培训", w(86), "培训700人次以上"],
        ["金额合计", None, mk(w(1510), "B102", "error", note="1080 + 330 + 86 = 1496"), None],
    ]
    department_head(
        s,
        year=2025,
        dept="梓渡县水库移民事务所",
        budget=[[total, w(1790), w(60), w(360), w(1510)], shares],
        tasks=tasks,
        goal="按时发放直补资金，实施移民村扶持项目。",
    )
    dept_table(s, 18000)
    return b


@variant(
    "vu15-notes-page-break",
    (4,),
    "project, OLD-NAT, operator and score columns: a note "
    "row inside the table, subtotal rows, a header repeated after a page break, a footnote "
    "on the 90-point total, 填表说明, signature and date lines (correct)",
)
def vu15() -> Book:
    b, s = new()
    goal = "在柳塘水库6个移民村建设生活污水处理设施，改造移民户厕所420户。"
    project(s, "2025年柳塘水库移民村人居环境整治", one_year(280, 250, 30), [goal])
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "分值")
    table(
        s,
        head,
        [
            ("产出指标", "数量指标", "移民村生活污水处理设施", "≥", "6座", 10),
            (None, None, "移民户厕所改造", "≥", "420户", 10),
            (None, "质量指标", "设施验收合格率", "≥", pct(0.95), 10),
            (None, "时效指标", "项目完工时间", "≤", day(2025, 10, 31), 10),
            (None, "成本指标", "户厕改造户均补助", "≤", "3000元/户", 10),
            ("产出指标小计", None, None, None, None, 50),
        ],
    )
    notes(s, "说明：户厕改造补助按验收合格户数据实结算。")
    s.row(*head)
    s.table(
        [
            ("效益指标", "社会效益指标", "移民村生活污水处理率", "≥", pct(0.85), 15),
            (None, "生态效益指标", "人居环境整治达标移民村", "≥", "6个", 15),
            ("效益指标小计", None, None, None, None, 30),
            ("满意度指标", "服务对象满意度指标", "受益移民户满意度", "≥", pct(0.9), 10),
            ("满意度指标小计", None, None, None, None, 10),
            ("合计", None, None, None, None, 90),
        ],
        merged=(1, 2),
    )
    notes(
        s,
        "注：预算执行率（10分）另行评价，本表分值合计90分。",
        "填表说明：1.指标值应量化；2.成本指标列在产出指标下。",
    )
    sign(s, "柯雨岚", "0739-6218453", day(2024, 11, 18))
    s.row("单位负责人（签字）：", None, "（单位盖章）")
    return b


@variant(
    "vu16-template-rows",
    (4, 6, 13),
    "project, NAT-2021, header 预期目标, a note under the "
    "table: a value without an indicator name, a tier-2 left from the template",
)
def vu16() -> Book:
    b, s = new()
    goal = "新建移民安置区文化活动室3个，安装路灯260盏。"
    project(s, "2025年棠岙移民安置区公共设施完善", one_year(150, 150, 0), [goal])
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("产出指标", "数量指标", "新建文化活动室", "≥3个"),
            (None, None, "移民村路灯安装", "≥260盏"),
            (None, "质量指标", "工程验收合格率", "=100%"),
            (None, "时效指标", "项目完工时间", "2025年11月30日前"),
            ("成本指标", "经济成本指标", "路灯单盏安装成本", "≤2500元/盏"),
            ("效益指标", "社会效益指标", "受益移民人口", "≥1800人"),
            (None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥95%"),
            (
                None,
                mk(
                    "生态效益指标",
                    "F109",
                    "warning",
                    row=True,
                    note="模板留下的二级指标，没有三级指标和指标值",
                ),
                None,
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "受益移民满意度", "≥90%"),
        ],
    )
    notes(s, "注：未涉及的二级指标请删除。", width=4)
    return b


@variant(
    "vu17-system-export",
    (7, 9),
    "budget-system export: codes in the first columns, budget "
    "on 部门项目支出预算05-1, indicators on 部门项目支出绩效目标05-2 with the header on the "
    "third row, a text =100% (correct)",
)
def vu17() -> Book:
    b, s = new("部门项目支出预算05-1", widths=(12, 18, 16, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    name = "2025年大中型水库移民后期扶持项目扶持资金"
    s.row(
        "425010", "梓渡县水库移民事务所", "42501025H0031", name, money(560), money(520), money(40)
    )
    s.row("合计", None, None, None, money(560), money(520), money(40))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 12, 16, 28, 16, 12))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位名称：梓渡县水库移民事务所")
    code = "42501025H0031"
    table(
        t,
        ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "指标值说明"),
        [
            (
                code,
                name,
                "成本指标",
                "经济成本指标",
                "单个产业项目补助上限",
                "≤80万元/个",
                "计划标准",
            ),
            (None, None, "产出指标", "数量指标", "扶持移民村产业项目", "≥6个", "计划标准"),
            (None, None, None, None, "移民村基础设施项目", "≥4个", "计划标准"),
            (None, None, None, "质量指标", "项目竣工验收合格率", "=100%", "行业标准"),
            (None, None, None, "时效指标", "项目开工率", "≥95%", "历史标准"),
            (
                None,
                None,
                "效益指标",
                "经济效益指标",
                "产业项目带动移民户增收",
                "≥2000元/户",
                "计划标准",
            ),
            (None, None, None, "社会效益指标", "受益移民人口", "≥5200人", "计划标准"),
            (None, None, "满意度指标", "服务对象满意度指标", "受益移民满意度", "≥90%", "行业标准"),
        ],
        merged=(1, 2, 3, 4),
    )
    return b


@variant(
    "vu18-conversion-artefacts",
    (9,),
    "project, OLD-NAT: a split amount, a placeholder "
    "left in a value, a completion date in the year before the budget year",
)
def vu18() -> Book:
    b, s = new()
    split = mk(
        "268.4 5",
        "X105",
        "warning",
        alt=("X103",),
        note="数字被空格断开，按 268.45 读取后 228.45 + 40 = 268.45",
    )
    end = mk(
        day(2024, 12, 31),
        "Y102",
        "error",
        alt=("Y104",),
        note="一年期2025年项目，计划完成日期却是2024年12月31日，早于开始日期",
    )
    goal = "改扩建雁汀移民村综合服务中心，配套停车场800平方米。"
    project(s, "2025年雁汀移民村综合服务中心改扩建", one_year(split, 228.45, 40), [goal], end=end)
    table(
        s,
        TIERS,
        [
            ("产出指标", "数量指标", "综合服务中心改扩建", "≥1个"),
            (None, None, "配套停车场面积", "≥800平方米"),
            (None, "质量指标", "工程验收合格率", "=100%"),
            (None, "时效指标", "项目完工时间", "2025年12月31日前"),
            (None, "成本指标", "停车场单位造价", "≤350元/平方米"),
            (
                "效益指标",
                "社会效益指标",
                "受益移民户",
                mk("≥XX户", "X101", "error", note="占位符 XX 未替换"),
            ),
            (None, "可持续影响指标", "设施使用年限", "≥20年"),
            ("满意度指标", "服务对象满意度指标", "受益移民满意度", "≥90%"),
        ],
    )
    return b
