"""Offices' forms for the music and ocarina work: department money, notes and page breaks,
template rows, budget-system exports and tables on a second sheet."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout550.common import HEAD, book, funds, note, sign, table, wan
from tests.variants.holdout550.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

P2 = "0.00%"


def _dept_table(s: Sheet) -> None:
    table(s, HEAD, [
        ("成本指标", "经济成本指标", "乡村音乐教师人均培训成本", "≤2500元/人"),
        ("产出指标", "数量指标", "留守儿童音乐课开课学校", "≥18所"),
        (None, None, "陶笛进乡村公益课", "≥90场"),
        (None, "质量指标", "乡村音乐课开课率", "≥95%"),
        (None, "时效指标", "年度任务完成时间", "12月31日前"),
        ("效益指标", "社会效益指标", "受益留守儿童", "≥1500人"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip


@variant("cn13-bureau-money", (12,),
         "department, NAT-2021: budget with a row of shares, key tasks with a 金额合计 equal to "
         "项目支出, all consistent (correct)")  # fmt: skip
def bureau_money() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="柘川县教育局", goal="乡村学校音乐课开齐开足，"
                    "留守儿童人人会一件乐器", budget=[
                        [wan(560), wan(500), wan(60), wan(340), wan(220)],
                        [pct(1, P2), pct(0.8929, P2), pct(0.1071, P2), pct(0.6071, P2),
                         pct(0.3929, P2)]],
                    tasks=[("陶笛进乡村", "购置陶笛、开展公益课90场", wan(80), "开课90场"),
                           ("留守儿童音乐课堂", "18所学校周末音乐课", wan(95), "受益1500人"),
                           ("乡村音乐教师培训", "培训教师180名", wan(45), "培训180人"),
                           ("金额合计", None, wan(220), None)])  # fmt: skip
    _dept_table(s)
    sign(s, "蒲惠文", "0738-5319920", (2024, 11, 20))
    return b


@variant("cn14-bureau-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, tasks not adding to 金额合计")  # fmt: skip
def bureau_money_wrong() -> Book:
    b, s = book()
    total = mk(wan(480), "B101", "error", row=True, note="300 + 190 = 490, not 480")
    share = mk(pct(0.8658, P2), "B111", "error", note="430 ÷ 480 = 89.58%, not 86.58%")
    department_head(s, year=2025, dept="鹤陂县教育局", goal="建设乡村音乐教室，组织留守儿童"
                    "陶笛与合唱活动", budget=[
                        [total, wan(430), wan(50), wan(300), wan(190)],
                        [pct(1, P2), share, pct(0.1042, P2), pct(0.625, P2), pct(0.3958, P2)]],
                    tasks=[("乡村音乐教室建设", "改造音乐教室8间", wan(60), "建成8间"),
                           ("留守儿童陶笛合唱活动", "陶笛课与合唱队训练", wan(85), "受益1200人"),
                           ("音乐教师送教", "送教课时600节", wan(40), "送教600节"),
                           ("金额合计", None,
                            mk(wan(190), "B102", "error", note="60 + 85 + 40 = 185, not 190"),
                            None)])  # fmt: skip
    _dept_table(s)
    return b


@variant("cn15-notes-pagebreak", (4, 7),
         "project, OLD-NAT, headers 考核指标 / 目标值（年度） / 分值 / 评价标准, a note row "
         "inside the table, subtotal rows, the header repeated after a page break, a footnote "
         "explaining a total of 90, signature lines (correct)")  # fmt: skip
def notes_pagebreak() -> Book:
    b, s = book(widths=(14, 16, 28, 18, 8, 24))
    project_head(s, year=2026, name="棠梨乡留守儿童合唱与陶笛社团", dept="鹤陂县教育局（215009）",
                 unit="鹤陂县棠梨乡中心小学", money=funds((8.6, 8, 0.6)),
                 goals=["组建合唱与陶笛社团各1个，留守儿童每周参加两次社团活动"])  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "分值", "评价标准")
    table(s, head, [
        ("产出指标", "数量指标", "组建社团", "≥2个", 10, "每少1个扣5分"),
        (None, None, "社团活动次数", "≥70次", 10, "按比例扣分"),
        (None, "质量指标", "社团成员出勤率", "≥85%", 10, "每低1%扣1分"),
        (None, "时效指标", "春季社团成立时间", "2026年3月15日前", 10, "逾期不得分"),
        (None, "成本指标", "每次活动指导费", "≤1000元/次", 10, "超支不得分"),
        ("小计", None, None, None, 50, None),
    ])  # fmt: skip
    note(s, "说明：以下接下页。")
    table(s, head, [
        ("效益指标", "社会效益指标", "参加社团的留守儿童", "≥80人", 15, "按比例扣分"),
        (None, "可持续影响指标", "社团持续开展年限", "≥3年", 15, "定性评价"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", 10, "每低1%扣1分"),
        ("小计", None, None, None, 40, None),
        ("合计", None, None, None, 90, None),
    ])  # fmt: skip
    note(s, "注：预算执行率（10分）另行评价，故本表分值合计为90分。")
    note(s, "填表说明：目标值请写明比较符和计量单位。")
    sign(s, "庞秋实", "0736-8801354", (2025, 11, 6))
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "（单位盖章）")
    return b


@variant("cn16-template-empty", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without "
         "indicators, a value without a name")  # fmt: skip
def template_empty() -> Book:
    b, s = book()
    project_head(s, year=2025, name="陶笛制作亲子课", dept="郦水县妇女联合会（118002）",
                 unit="郦水县沅坪镇儿童之家", money=funds((6, 6, 0)),
                 goals=["为留守儿童及返乡父母开设陶笛制作亲子课24期"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "每期课程材料费", "≤2000元/期"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("产出指标", "数量指标", "开设亲子课", "≥24期"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥150人次"),
        (None, "质量指标", "亲子作品成音率", "≥90%"),
        (None, "时效指标", "课程完成时间", "2025年12月20日前"),
        ("效益指标", "社会效益指标", "参与亲子课的留守儿童家庭", "≥60户"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("满意度指标", "服务对象满意度指标", "参课家庭满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _export_budget(s: Sheet, year: int, name: str, code: str, amounts: tuple[float, ...]) -> None:
    s.title(f"{year}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("403017", "柘川县文化馆", code, name, *(wan(a) for a in amounts))


@variant("cn17-export-second-sheet", (5, 7),
         "budget-system export: money on 项目支出预算05-1 with codes in the first columns, "
         "indicators on 项目支出绩效目标05-2 under a header on the third row, abbreviated and "
         "starred tier labels (correct)")  # fmt: skip
def export_second_sheet() -> Book:
    b, s = book("项目支出预算05-1", (12, 18, 22, 26, 12, 12, 12))
    name, code = "陶笛进乡村公益课", "43301725A0000031"
    _export_budget(s, 2025, name, code, (25, 25, 0))
    t = b.sheet("项目支出绩效目标05-2", (22, 22, 10, 12, 30, 14, 10))
    t.title(f"2025年项目支出绩效目标表（{name}）", 7)
    t.row("单位：柘川县文化馆")
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "度量单位"), [
        (code, name, "*产出", "数量", "★公益课场次", "≥60", "场"),
        (code, name, None, None, "★受益留守儿童", "≥900", "人"),
        (code, name, None, "质量", "课程完成率", "≥95%", "%"),
        (code, name, None, "时效", "公益课结束时间", "2025年11月30日前", None),
        (code, name, None, "成本", "每场公益课成本", "≤4000", "元/场"),
        (code, name, "*效益", "社会效益", "★学会吹奏一首乐曲的儿童", "≥500", "人"),
        (code, name, "*满意度", "服务对象满意度", "学生满意度", "≥90%", "%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant(
    "cn18-second-sheet-wrong",
    (1, 4, 7),
    "project: head on the first sheet, indicators on a second sheet under 预期实现值, a "
    "deadline given as a typed 100%, an event date in the next year of a one-year project",
)
def second_sheet_wrong() -> Book:
    b, s = book("基本信息")
    project_head(s, year=2025, name="乡村学校陶笛窑房改造", dept="郦水县教育局（118001）",
                 unit="郦水县沅坪镇中心小学", money=funds((15, 15, 0)),
                 goals=["改造陶笛窑房1间，年内举办一次留守儿童陶笛作品展演"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 28, 18, 12))
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "计量单位"), [
        ("产出指标", "数量指标", "改造窑房", 1, "间"),
        (None, "质量指标", "窑房验收合格率", pct(1), "%"),
        (None, "时效指标", "窑房改造完工时间",
         mk(pct(1), "T113", "warning", note="a deadline given as 100%")),
        (None, None, "作品展演举办日期",
         mk(day(2026, 1, 15), "Y102", "error", alt=("Y103",),
            note="January 2026 in a project ending 2025-12-31")),
        (None, "成本指标", "窑房改造单价", "≤12", "万元/间"),
        ("效益指标", "社会效益指标", "使用窑房的留守儿童", "≥200", "人"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", pct(0.9), "%"),
    ])  # fmt: skip
    note(t, "注：指标值为本年度预期实现值。", 5)
    return b
