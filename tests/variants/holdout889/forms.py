"""Returns kho13–kho18: 楠汀市 department and budget-system forms for both halves of the theme
(department money with shares and tasks, an export with codes on a second sheet, PDF
artefacts, two complete column sets, template rows left empty)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout889.common import (
    BASIC,
    YEAR,
    detail,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    start,
    w,
)
from tests.variants.holdout889.registry import variant
from tests.variants.kit import Book, mk, pct

CITY = "楠汀市司法局"
CODE = "楠汀市司法局（531024）"
GOAL = "落实社区矫正监管帮扶，未成年人法律援助应援尽援，保障公共法律服务平台运行。"
DEPT_ROWS = [
    ("产出指标", "数量指标", "社区矫正对象教育帮扶人次", "≥3600人次"),
    (None, None, "未成年人法律援助案件数", "≥520件"),
    (None, "质量指标", "法律援助案件质量评查合格率", "≥95%"),
    (None, "时效指标", "法律援助申请审查时限", "≤5个工作日"),
    ("成本指标", "经济成本指标", "法律援助案件平均办案补贴", "≤2000元/件"),
    ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.5%"),
    (None, "可持续影响指标", "矫正与援助衔接工作机制", "健全"),
    ("满意度指标", "服务对象满意度指标", "受援未成年人满意度", "≥90%"),
]


@variant("kho13-department-money", (12,),
         "department, NAT-2021: budget with shares, key tasks adding to 金额合计 = 项目支出, a "
         "注 row explaining the total (correct)")  # fmt: skip
def kho13() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=CITY, budget=[
        (w(2400), w(2280), w(120), w(1560), w(840)),
        (pct(1), pct(0.95), pct(0.05), pct(0.65), pct(0.35)),
    ], tasks=[
        ("社区矫正监管与帮扶", "全市社区矫正监督管理、教育帮扶", w(420), "矫正秩序平稳"),
        ("未成年人法律援助", "刑事、民事和家事案件援助", w(260), "应援尽援"),
        ("公共法律服务平台", "热线、网络和实体平台运维", w(160), "平台全年运行"),
        ("金额合计", None, w(840), None),
    ], goal=GOAL)  # fmt: skip
    notes(s, ["注：金额合计为项目支出合计，基本支出 1560 万元未列入年度主要任务。"])
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, BASIC, DEPT_ROWS)
    signature(s, "庹知远", "0736-8851204")
    return b


@variant("kho14-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, tasks not adding to 金额合计")  # fmt: skip
def kho14() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=CITY, budget=[
        (mk(w(2400), "B101", "error", note="基本支出 1560 + 项目支出 820 = 2380 ≠ 2400"),
         w(2280), w(120), w(1560), w(820)),
        (pct(1), pct(0.95), mk(pct(0.08), "B111", "error", note="120 ÷ 2400 = 5%，不是 8%"),
         None, None),
    ], tasks=[
        ("社区矫正监管与帮扶", "全市社区矫正监督管理、教育帮扶", w(420), "矫正秩序平稳"),
        ("未成年人法律援助", "刑事、民事和家事案件援助", w(260), "应援尽援"),
        ("公共法律服务平台", "热线、网络和实体平台运维", w(160), "平台全年运行"),
        ("金额合计", None, mk(w(820), "B102", "error", note="420 + 260 + 160 = 840 ≠ 820"),
         None),
    ], goal=GOAL)  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, BASIC, DEPT_ROWS)
    return b


@variant("kho15-export-codes", (7,),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on sheet "
         "部门项目支出绩效目标05-2 with project codes in the first columns and the header on the "
         "third row (correct)")  # fmt: skip
def kho15() -> Book:
    b, s = start("部门项目支出预算05-1", (22, 26, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("531024251000000007", "社区矫正中心运行经费", w(128), w(120), w(8))
    s.row("531024251000000011", "未成年人法律援助经费", w(96), w(96), w(0))
    s.row("合计", None, w(224), w(216), w(8))
    t = b.sheet("部门项目支出绩效目标05-2", (22, 22, 12, 16, 28, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("部门：楠汀市司法局")
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        ("531024251000000007", "社区矫正中心运行经费", "产出指标", "数量指标",
         "中心集中教育场次", "≥48场"),
        (None, None, None, "质量指标", "矫正档案抽查合格率", "≥96%"),
        (None, None, "成本指标", "经济成本指标", "中心运行日均成本", "≤3500元/日"),
        (None, None, "效益指标", "社会效益指标", "中心管理对象脱管率", "≤0.5%"),
        (None, None, "满意度指标", "服务对象满意度指标", "矫正对象家属满意度", "≥90%"),
        ("531024251000000011", "未成年人法律援助经费", "产出指标", "数量指标",
         "未成年人法律援助案件数", "≥420件"),
        (None, None, None, "时效指标", "援助案件指派时限", "≤3个工作日"),
        (None, None, "成本指标", "经济成本指标", "平均办案补贴", "≤2000元/件"),
        (None, None, "效益指标", "社会效益指标", "涉案未成年人援助覆盖率", "100%"),
        (None, None, "满意度指标", "服务对象满意度指标", "受援未成年人满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kho16-pdf-artefacts", (9,),
         "project, OLD-NAT, detail lines below the table: a total split by a space, an amount "
         "pasted twice, the start date left as a serial number in a text cell")  # fmt: skip
def kho16() -> Book:
    b, s = start()
    total = mk("68.5 6", "X105", "warning", alt=("X103",), note="68.56 被空格断开")
    project_head(s, year=YEAR, name="未成年人普法与法律援助进校园项目", dept=CODE,
                 unit="楠汀市法律援助中心", start=mk("45658", "X104", "warning",
                                                      note="2025-01-01 的序列号存成文本"),
                 money=[("年度资金总额", total, "其中：财政拨款", w(60)),
                        ("其他资金", w(8.56), None, None)],
                 goals=["在全市中小学开展法治宣讲和校园法律援助咨询。"])  # fmt: skip
    indicators(s, BASIC, [
        ("产出指标", "数量指标", "进校园法治宣讲场次", "≥120场"),
        (None, "质量指标", "宣讲课件审核通过率", "≥95%"),
        (None, "时效指标", "校园援助咨询回复时限", "≤2个工作日"),
        (None, "成本指标", "单场宣讲成本", "≤2000元/场"),
        ("效益指标", "社会效益指标", "在校学生法律常识知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    detail(
        s,
        "项目资金明细",
        [
            ("法律援助办案补贴", w(30), "150件×2000元"),
            (
                "普法进校园宣讲",
                mk("24万24万", "X106", "error", alt=("B108",), note="金额粘贴了两次，按 24 读取"),
            ),
            ("心理辅导与转介", w(14.56)),
        ],
        w(68.56),
    )
    return b


@variant("kho17-two-column-sets", (8,),
         "two-year project, OLD-NAT, two complete column sets (二级/三级/指标值 for 中期, then "
         "for 年度) under a two-row header (correct)")  # fmt: skip
def kho17() -> Book:
    b, s = start("Sheet1", (14, 14, 26, 14, 14, 26, 14))
    project_head(s, year=YEAR, name="社区矫正对象技能培训基地建设项目", dept=CODE,
                 unit="楠汀市社区矫正管理局", years=2, attr="新增项目",
                 money=multi_year((150, 140, 10), (90, 85, 5)),
                 goals=["建成两处技能培训基地，两年内帮助社区矫正对象取得职业技能证书。",
                        "建成第一处基地并开班培训。"])  # fmt: skip
    s.row("一级指标", "中期指标", None, None, "年度指标", None, None, merge=[(2, 4), (5, 7)])
    s.row(None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.table([
        ("产出指标", "数量指标", "建成培训基地数", "≥2个", "数量指标", "建成培训基地数", "≥1个"),
        (None, None, "参训矫正对象人数", "≥300人", None, "参训矫正对象人数", "≥140人"),
        (None, "质量指标", "结业考核合格率", "≥85%", "质量指标", "结业考核合格率", "≥85%"),
        (None, "成本指标", "人均培训成本", "≤2500元/人", "成本指标", "人均培训成本",
         "≤2500元/人"),
        ("效益指标", "社会效益指标", "参训对象取得证书比例", "≥60%", "社会效益指标",
         "参训对象取得证书比例", "≥55%"),
        ("满意度指标", "服务对象满意度指标", "参训对象满意度", "≥90%", "服务对象满意度指标",
         "参训对象满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b


@variant("kho18-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template with no indicator, "
         "a value whose name cell is empty")  # fmt: skip
def kho18() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="涉罪未成年人社会调查与法律援助项目", dept=CODE,
                 unit="楠汀市法律援助中心", money=one_year(32, 30, 2),
                 goals=["对涉罪未成年人开展社会调查，提供法律援助和帮教衔接。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "社会调查报告份数", "≥180份"),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥95%"),
        (None, "时效指标", "社会调查报告提交时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单份社会调查成本", "≤1200元/份"),
        ("效益指标", "社会效益指标", "帮教衔接成功率", "≥80%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板留下的空二级指标"),
         None, None),
        (None, "可持续影响指标", "社会调查员队伍", "稳定"),
        ("满意度指标", "服务对象满意度指标", "涉罪未成年人及监护人满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "庹知远", "0736-8851204")
    return b
