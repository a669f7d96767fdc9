"""Road maintenance workers: kgl13–kgl18 (second-sheet, export, page-break and template returns)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout860.common import NAT, YEAR, footer, one_year, start, table, w
from tests.variants.holdout860.registry import variant
from tests.variants.kit import Book, day, mk

DEPT = "沅垭县交通运输局（315006）"
CENTRE = "沅垭县农村公路管理所"


@variant("kgl13-keepers-second-sheet", (4, 7), "project: head on the first sheet, the table on "
         "a second sheet under 预期实现值, a 注 row inside, a footnote explaining the total, "
         "signature lines (correct)")  # fmt: skip
def keepers_second_sheet() -> Book:
    b, s = start("项目基本信息")
    project_head(s, year=YEAR, name="沅垭县乡村道路养护员劳务补助", dept=DEPT, unit=CENTRE,
                 money=one_year(312, 300, 12), attr="常年项目", goals=[
                     "聘用乡村道路养护员260名（其中县道40名、乡村道220名），实行每人每段包干"
                     "养护，路面保洁率达到95%以上。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 16, 24))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    rows = [
        ("产出指标", "数量指标", "养护员聘用人数", "≥260人", "县道40人、乡村道220人"),
        (None, None, "包干养护里程", "≥1300公里", "每人约5公里"),
        (None, "质量指标", "包干路段路面保洁率", "≥95%", "月度巡查"),
        (None, "时效指标", "路面病害发现后上报时间", "≤24小时", None),
        (None, "成本指标", "养护员劳务补助标准", "≤1.2万元/人·年", "按月发放"),
    ]
    head = ("一级指标", "二级指标", "三级指标", "预期实现值", "备注")
    table(t, head, rows)
    t.row("注：养护里程按县公路局2024年底路网台账计，效益和满意度指标按年底抽样调查计。",
          merge=[(1, 5)])  # fmt: skip
    rows = [
        ("效益指标", "社会效益指标", "带动农村低收入人口就业", "≥80人", None),
        (None, "可持续影响指标", "养护员管理考核制度", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", None),
    ]
    t.table(rows, merged=(1, 2))
    footer(t, ["注：项目资金312万元全部用于养护员劳务补助，即260人×1.2万元/人·年。"])
    return b


@variant("kgl14-keepers-count-wrong", (12,), "project, OLD-NAT: the goal's 320 keepers against "
         "300 in the indicator, the subsidy standard over the money, an indicator left from "
         "2023")  # fmt: skip
def keepers_count_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沅垭县农村公路专职养护员经费", dept=DEPT, unit=CENTRE,
                 money=one_year(400, 380, 20), attr="常年项目", goals=[
                     "全县聘用农村公路专职养护员320名，养护里程1600公里，养护员岗前培训"
                     "合格率达到95%以上。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "专职养护员聘用人数",
         mk("≥300人", "D104", "warning", row=True, note="the goal says 320名")),
        (None, None, "养护里程", "≥1600公里"),
        (None, "质量指标", mk("2023年养护员岗前培训合格率", "Y103", "warning", row=True,
                              alt=("Y101",), note="the name keeps last year's 2023"), "≥95%"),
        (None, "时效指标", "劳务报酬按月发放及时率", "≥95%"),
        (None, "成本指标", "养护员劳务补助标准",
         mk("≤1.5万元/人·年", "B107", "warning", row=True,
            note="1.5万元 × 300人 = 450万元 > 年度资金 400万元")),
        ("效益指标", "社会效益指标", "农村公路列养率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ]  # fmt: skip
    table(s, NAT, rows)
    footer(s)
    return b


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")


def _export_money(b: Book, lines: list[tuple[str, str, float, float, float]]) -> None:
    m = b.sheet("部门项目支出预算05-1", (20, 30, 16, 16, 16))
    m.title(f"{YEAR}年部门项目支出预算表", 5)
    m.row("单位：万元")
    m.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    for code, name, total, fiscal, other in lines:
        m.row(code, name, w(total), w(fiscal), w(other))


@variant("kgl15-keepers-export", (7,), "budget-system export: money on sheet 05-1, indicators "
         "on sheet 05-2 with codes in the first columns, "
         "header on the third row (correct)")  # fmt: skip
def keepers_export() -> Book:
    b = Book()
    _export_money(b, [("431227250010001", "乡村道路养护员培训", 36, 36, 0)])
    s = b.sheet("部门项目支出绩效目标05-2", (18, 22, 12, 16, 28, 14))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    s.row("单位名称：沅垭县农村公路管理所")
    code, name = "431227250010001", "乡村道路养护员培训"
    rows = [
        (code, name, "产出指标", "数量指标", "养护员安全培训人次", "≥520人次"),
        (None, None, None, None, "培训班期数", "≥8期"),
        (None, None, None, "质量指标", "培训考核合格率", "≥95%"),
        (None, None, None, "时效指标", "培训完成时间", "6月30日前"),
        (None, None, "成本指标", "经济成本指标", "人均培训成本", "≤650元/人次"),
        (None, None, "效益指标", "社会效益指标", "养护作业安全事故起数", "≤1起"),
        (None, None, "满意度指标", "服务对象满意度指标", "参训养护员满意度", "≥90%"),
    ]
    table(s, EXPORT, rows, merged=(1, 2, 3, 4))
    return b


@variant("kgl16-keepers-export-wrong", (7,), "budget-system export: a 到岗率 given as a count, "
         "the same indicator under 数量 and again under 质量")  # fmt: skip
def keepers_export_wrong() -> Book:
    b = Book()
    _export_money(b, [("431227250010002", "农村公路养护员岗位补贴", 210, 200, 10)])
    s = b.sheet("部门项目支出绩效目标05-2", (18, 22, 12, 16, 28, 14))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    s.row("单位名称：沅垭县农村公路管理所")
    code, name = "431227250010002", "农村公路养护员岗位补贴"
    rows = [
        (code, name, "产出指标", "数量指标", "补贴养护员人数", "≥280人"),
        (None, None, None, None, "养护员岗前安全培训人次", "≥280人次"),
        (None, None, None, "质量指标", "养护员到岗率",
         mk("≥280人", "T105", "error", note="a rate given as a head count")),
        (None, None, None, None, "养护员岗前安全培训人次",
         mk("≥280人次", "D101", "warning", row=True, alt=("D103", "F201"),
            note="the 数量 indicator repeated under 质量")),
        (None, None, "成本指标", "经济成本指标", "岗位补贴标准", "≤0.75万元/人·年"),
        (None, None, "效益指标", "社会效益指标", "列养路段路况优良率", "≥80%"),
        (None, None, "满意度指标", "服务对象满意度指标", "养护员满意度", "≥90%"),
    ]  # fmt: skip
    table(s, EXPORT, rows, merged=(1, 2, 3, 4))
    return b


@variant("kgl17-keepers-page-break", (4,), "department, NAT-2021, weight column: a subtotal "
         "row, the header repeated after a page break, a total row, a goal count that is part "
         "of the indicator's (correct)")  # fmt: skip
def keepers_page_break() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="沅垭县农村公路管理所",
                    budget=[[w(540), w(520), w(20), w(190), w(350)]], tasks=[
                        ["养护员队伍管理", "聘用、考核乡村道路养护员", w(252), "210人在岗"],
                        ["日常养护作业", "路面保洁、边沟清理、坑槽应急修补", w(98), "1050公里"],
                        ["金额合计", None, w(350), None]],
                    goal="保持乡村道路养护员210人在岗（其中今年新增女性养护员30名），完成1050"
                         "公里农村公路日常养护，路面保洁率95%以上。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    table(s, head, [
        ("产出指标", "数量指标", "在岗养护员人数", "≥210人", 15),
        (None, None, "日常养护里程", "≥1050公里", 15),
        (None, "质量指标", "路面保洁率", "≥95%", 10),
        (None, "时效指标", "应急坑槽修补完成时间", "≤72小时", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip()
    table(s, head, [
        ("成本指标", "经济成本指标", "养护员年人均劳务补助", "≤1.2万元/人·年", 10),
        ("效益指标", "社会效益指标", "养护路段路况优良率", "≥80%", 15),
        (None, "可持续影响指标", "养护员考核管理制度", "建立并执行", 15),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    footer(s)
    return b


@variant("kgl18-keepers-template-rows", (6, 13), "project, NAT-2021: a tier-2 left from the "
         "template with nothing under it, a value whose name cell is empty")  # fmt: skip
def keepers_template_rows() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沅垭县养护员安全防护用品配发", dept=DEPT, unit=CENTRE,
                 money=one_year(24, 24, 0), start=day(YEAR, 3, 1), goals=[
                     "为全县260名乡村道路养护员配发反光背心、安全帽等防护用品，"
                     "年内配发到位。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "防护用品配发人数", "≥260人"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥520套"),
        (None, "质量指标", "防护用品质量抽检合格率", "≥98%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        ("成本指标", "经济成本指标", "人均防护用品成本", "≤900元/人"),
        ("效益指标", "社会效益指标", "养护作业人员伤害事故起数", "≤1起"),
        ("满意度指标", "服务对象满意度指标", "养护员满意度", "≥90%"),
    ]  # fmt: skip
    table(s, NAT, rows)
    footer(s)
    return b
