"""Public access and exhibitions: reading room, exhibitions, touring shows (kfs13–kfs18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout841.common import (
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout841.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "枫埠县档案馆"
TASKS_OK = [
    ("查档接待", "阅览室开放及远程查档", wan(30), "全年接待查档≥9000人次"),
    ("档案展览", "举办专题展览", wan(45), "举办展览≥6场"),
    ("库房维护", "库房日常维护", wan(25), "安全事故为0"),
    ("金额合计", None, wan(100), None),
]


@variant("kfs13-department-access", (12, 7, 1), "department, NAT-2021, headers 考核指标 and "
         "目标值（年度）, budget and tasks adding up, a waiting time with ≤, typed percent "
         "(correct)")  # fmt: skip
def department_access() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept=DEPT,
        tasks=TASKS_OK,
        budget=[(wan(280), wan(270), wan(10), wan(180), wan(100))],
        goal="全年接待查档9000人次以上（其中远程查档3000人次），举办专题展览6场。",
    )
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "查档接待人次", "≥9000人次"),
        (None, None, "其中：跨馆远程查档人次", "≥3000人次"),
        (None, None, "专题展览场次", "≥6场"),
        (None, "质量指标", "查档一次办结率", pct(0.95)),
        (None, "时效指标", "现场查档平均等候时间", "≤15分钟"),
        ("成本指标", "经济成本指标", "每场展览布展费用", "≤7.5万元"),
        ("效益指标", "社会效益指标", "档案利用投诉率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "邵知微", "0573-8820 5167")
    return b


@variant("kfs14-department-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "tasks not adding to 金额合计, the goal's exhibitions against the indicator")  # fmt: skip
def department_wrong() -> Book:
    b, s = book()
    tasks = [
        *TASKS_OK[:3],
        ("金额合计", None, mk(wan(110), "B102", "error", note="30 + 45 + 25 = 100, not 110"), None),
    ]
    department_head(
        s,
        year=2025,
        dept="柘塘县档案馆",
        tasks=tasks,
        budget=[
            (
                mk(wan(300), "B101", "error", note="180 + 110 = 290, not 300"),
                wan(290),
                wan(10),
                wan(180),
                wan(110),
            )
        ],
        goal="全年接待查档9000人次以上，举办专题展览6场。",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "查档接待人次", "≥9000人次"),
        (None, None, "专题展览场次",
         mk("≥4场", "D104", "warning", row=True, note="the goal and the task say 6场")),
        (None, "质量指标", "查档一次办结率", "≥95%"),
        ("成本指标", "经济成本指标", "每场展览布展费用", "≤7.5万元"),
        ("效益指标", "社会效益指标", "档案利用投诉率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邵知微", "0573-8820 5167")
    return b


@variant("kfs15-exhibit-notes", (4,), "project, OLD-NAT, one value column: a 注 row inside the "
         "table, a header repeated after a page break, a footnote explaining a total, 填表说明 "
         "and signature lines (correct)")  # fmt: skip
def exhibit_notes() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="“百年县城记忆”档案专题展",
        dept=DEPT,
        unit=DEPT,
        money=one_year(wan(38), wan(30), wan(8)),
        goals=["举办档案专题展1个，展期6个月，接待观众2万人次（含线上展厅1.2万人次）。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "专题展览举办数量", "=1个"),
        (None, None, "观众接待人次", "≥2万人次"),
        (None, None, "展出档案原件及复制件", "≥260件"),
    ])  # fmt: skip
    notes(s, "注：观众接待人次含线上展厅访问1.2万人次。", width=4)
    s.table([
        ("产出指标", "质量指标", "展品安全事故发生数", "=0起"),
        (None, "时效指标", "开展时间", "2025年5月18日前"),
        (None, "成本指标", "展览布展总费用", "≤38万元"),
    ], merged=(1, 2))  # fmt: skip
    indicators(s, head, [  # the header repeated after a page break
        ("效益指标", "社会效益指标", "媒体报道篇数", "≥10篇"),
        (None, "可持续影响指标", "展览图录出版数量", "=1部"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1. 指标值应量化；2. 金额单位为万元。", "单位负责人：宁秋白（签字）")
    sign(s, "邵知微", "0573-8820 5167")
    return b


@variant("kfs16-exhibit-years", (5, 11), "project, NAT-2021: a plan start of last year under "
         "a 2025 title, last year's date left in the goal, a satisfaction rate under "
         "社会效益")  # fmt: skip
def exhibit_years() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="馆藏红色档案巡回展",
        dept="柘塘县档案馆",
        unit="柘塘县档案馆",
        start=mk(
            day(2024, 1, 1),
            "Y101",
            "error",
            alt=("Y102",),
            note="the plan starts in 2024 under a 2025 title",
        ),
        money=one_year(wan(22), wan(22), wan(0)),
        goals=[
            mk(
                "2024年6月底前完成8个乡镇巡回展出，观众1.6万人次。",
                "Y103",
                "warning",
                alt=("Y101", "Y102"),
                note="2024: last season's goal left in",
            )
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "乡镇巡回展出站数", "≥8站"),
        (None, None, "观众人次", "≥1.6万人次"),
        (None, "时效指标", "巡展完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "每站巡展费用", "≤2.5万元"),
        ("效益指标", "社会效益指标", mk("观众满意度", "F201", "warning", row=True,
                                        note="a satisfaction rate under 社会效益"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "承办乡镇满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "林桥生", "0573-8916 2240")
    return b


@variant("kfs17-flat-duplicate", (3,), "department, flat list (指标名称 · 指标值 · 计量单位 · "
         "权重): the same indicator twice, weights adding to 95")  # fmt: skip
def flat_duplicate() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="柘塘县档案馆",
        budget=[(wan(210), wan(200), wan(10), wan(150), wan(60))],
        goal="做好查档利用和档案展览，提升公共服务水平。",
    )
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("查档接待人次", "≥8000", "人次", 20),
        ("档案展览场次", "≥5", "场", 20),
        (mk("查档接待服务人次", "D103", "warning", alt=("D101", "D102"), row=True,
            note="查档接待人次 again with a word more"), "≥8000", "人次", 15),
        ("查档一次办结率", "≥95", "%", 20),
        ("查档群众满意度", "≥90", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20 + 20 + 15 + 20 + 20 = 95, not 100")
    sign(s, "林桥生", "0573-8916 2240")
    return b


@variant("kfs18-touring-two-years", (8,), "two-year project 2025–2026, NAT-2021, 中期 and 年度 "
         "columns, the period's count beside a smaller year's (correct)")  # fmt: skip
def touring_two_years() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=2,
        name="档案进校园巡回展",
        dept=DEPT,
        unit=DEPT,
        money=multi_year((wan(40), wan(40), wan(0)), (wan(18), wan(18), wan(0))),
        goals=[
            "两年在全县中小学巡展16场，受众学生1.2万人次。",
            "2025年巡展8场，受众学生5000人次。",
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "校园巡展场次", "≥16场", "≥8场"),
        (None, None, "受众学生人次", "≥1.2万人次", "≥5000人次"),
        (None, "质量指标", "展板内容审核通过率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "每场巡展费用", "≤2.2万元", "≤2.2万元"),
        ("效益指标", "社会效益指标", "学生档案知识知晓率提高", "≥10百分点", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "参观师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邵知微", "0573-8820 5167")
    return b
