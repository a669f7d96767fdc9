"""Defence education projects (国防教育) and whole-office returns of the mobilisation and civil
air defence offices (department tables, a budget-system export), ss13–ss18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout295.common import (
    HEAD4,
    YEAR,
    book,
    indicators,
    notes,
    one_year_money,
    project,
    signature,
)
from tests.variants.holdout295.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

YAN_DM = "砚川市国防动员办公室（417001）"


@variant("ss13-education-footnotes", (4,), "defence-education project, OLD-NAT, one value "
         "column: an instruction row under the header, footnotes explaining the total, "
         "填表说明, signature and a fill date in the year before (correct)")  # fmt: skip
def ss13() -> Book:
    b, s = book()
    project(s, name="砚川市全民国防教育日主题宣传活动", dept=YAN_DM, attr="常年项目",
            unit="砚川市国防教育中心", money=one_year_money(48, 45, 3),
            goals=["围绕全民国防教育日开展主题宣传活动"
                   "，普及国防知识，增强全民国防观念。"])  # fmt: skip
    s.row(*HEAD4)
    s.row("（填写说明：三级指标由项目单位根据实际填写，指标值应量化，可自行增行）",
          merge=[(1, 4)])  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "开展国防教育主题宣传活动", "≥12场"),
        (None, None, "发放国防教育宣传品", "≥20000份"),
        (None, "质量指标", "宣传内容审核通过率", "100%"),
        (None, "时效指标", "主题宣传活动完成时间", "2025年9月30日前"),
        (None, "成本指标", "单场宣传活动平均成本", "≤2.5万元/场"),
        (None, None, "宣传品单份制作成本", "≤7元/份"),
        ("效益指标", "社会效益指标", "市民国防知识知晓率", "≥80%"),
        (None, None, "市民国防意识", "提高"),
        (None, "可持续影响指标", "国防教育宣传长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.项目资金48万元，其中宣传活动组织30万元、宣传品制作14万元、"
          "场地租赁及安保4万元。", "2.宣传品含国防教育读本、挂图和宣传折页。",
          "填表说明：指标值应与年度绩效目标相对应；定性指标按“好、较好、一般、差”"
          "分级填写。")  # fmt: skip
    signature(s, "邝立恒", "俞小满", "0736-5817264", day(YEAR - 1, 12, 6))
    return b


EXAM = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
FULL = "完成得满分，未完成按比例扣分"


@variant("ss14-education-notes-defect", (4, 7), "school defence-education project, OLD-NAT, "
         "headers 考核指标 / 目标值（年度） / 评价标准, a 说明 row between the tiers and a stamp "
         "line: a 开课率 given in 课时, a completion time given as 100%")  # fmt: skip
def ss14() -> Book:
    b, s = book()
    project(s, name="鹤汀县中小学国防教育示范校创建", dept="鹤汀县教育局（521008）",
            unit="鹤汀县教育局体卫艺股", attr="新增项目", money=one_year_money(36, 36, 0),
            goals=["创建6所中小学国防教育示范校"
                   "，国防教育课程纳入教学计划。"])  # fmt: skip
    rate = mk("24课时", "T105", "error", note="开课率 is a rate, 24课时 a count of hours")
    when = mk("100%", "T113", "warning", note="a completion time given as a percentage")
    s.row(*EXAM)
    s.table([
        ("产出指标", "数量指标", "创建国防教育示范校", "≥6所", FULL),
        (None, None, "国防教育课程开课率", rate, FULL),
        (None, "质量指标", "示范校验收达标率", "≥90%", FULL),
        (None, "时效指标", "示范校创建完成时间", when, FULL),
        (None, "成本指标", "单所示范校建设补助标准", "≤5万元/所", FULL),
    ], merged=(1, 2))  # fmt: skip
    s.row("说明：以下效益指标和满意度指标按学年度考核。", merge=[(1, 5)])
    s.table([
        ("效益指标", "社会效益指标", "学生国防知识测试合格率", "≥85%", FULL),
        (None, "可持续影响指标", "国防教育纳入学校教学计划", "是", FULL),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", FULL),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("（单位盖章）", None, None, "年　　月　　日")
    return b


@variant("ss15-education-second-sheet", (7,), "defence-education base project, NAT-2021: head "
         "on the first sheet, the table on a second sheet under 指标内容 / 预期实现值, word "
         "operators, a 下降率 with 不低于 (correct)")  # fmt: skip
def ss15() -> Book:
    b, s = book("项目基本信息")
    project(s, name="栖梧区国防教育基地展陈更新", dept="栖梧区国防动员办公室（309002）",
            unit="栖梧区国防教育基地管理所", attr="一次性项目",
            money=one_year_money(75, 70, 5),
            goals=["更新基地展陈展板和互动体验项目，提升"
                   "国防教育基地的教育功能和社会影响力。"])  # fmt: skip
    notes(s, "绩效指标见“绩效指标”工作表。")
    t = b.sheet("绩效指标", (16, 18, 30, 22))
    t.title("栖梧区国防教育基地展陈更新项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "指标内容", "预期实现值"), [
        ("产出指标", "数量指标", "更新国防教育展陈展板", "不少于120块"),
        (None, None, "新增互动体验项目", "不少于4个"),
        (None, "质量指标", "展陈内容史实审核通过率", "100%"),
        (None, "时效指标", "展陈更新完成时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "展板单块制作安装成本", "不超过0.25万元/块"),
        (None, None, "互动体验项目单个建设成本", "不超过9万元/个"),
        ("效益指标", "社会效益指标", "国防教育基地社会影响力", "提升"),
        (None, "生态效益指标", "展馆照明能耗下降率", "不低于10%"),
        (None, "可持续影响指标", "展陈设施使用年限", "不少于5年"),
        ("满意度指标", "服务对象满意度指标", "参观群众满意度", "90%以上"),
    ])  # fmt: skip
    return b


def _office_table(s: Sheet, rows: list[tuple[Any, ...]]) -> None:
    s.row("年度绩效指标", None, None, None, merge=[(1, 4)])
    indicators(s, HEAD4, rows)


@variant("ss16-mobilisation-department", (12,), "department of a 国防动员办公室, NAT-2021: budget "
         "with a row of shares, five tasks adding to 项目支出 (not 资金总额), all consistent "
         "(correct)")  # fmt: skip
def ss16() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="砚川市国防动员办公室", budget=[
        (money(1250), money(1180), money(70), money(530), money(720)),
        (pct(1), pct(0.944, "0.0%"), pct(0.056, "0.0%"), pct(0.424, "0.0%"),
         pct(0.576, "0.0%")),
    ], tasks=[
        ("人防工程维护管理", "公用人防工程巡查、维护和安全整治", money(260), "工程维护到位"),
        ("防空警报设施运维", "警报器维护保养和试鸣组织", money(140), "警报试鸣鸣响正常"),
        ("民兵训练保障", "基干民兵训练和应急分队集训保障", money(180), "完成年度训练任务"),
        ("征兵工作保障", "兵役登记、体检政审和役前教育", money(80), "完成年度征兵任务"),
        ("国防教育宣传", "全民国防教育日主题宣传", money(60), "增强全民国防观念"),
        ("金额合计", None, money(720), None),
    ], goal="保障人防工程和防空警报设施完好运行，完成民兵训练和年度征兵任务，"
            "增强全民国防观念。")  # fmt: skip
    _office_table(s, [
        ("产出指标", "数量指标", "维护公用人防工程面积", "≥120000平方米"),
        (None, None, "维护保养防空警报器", "≥150台"),
        (None, None, "基干民兵年度训练人数", "≥1500人"),
        (None, None, "完成征集新兵任务数", "≥260人"),
        (None, "质量指标", "防空警报试鸣鸣响率", "≥98%"),
        (None, None, "民兵训练考核合格率", "≥95%"),
        (None, "时效指标", "警报器故障修复时间", "≤48小时"),
        ("成本指标", "经济成本指标", "公用人防工程单位面积年维护成本", "≤18元/平方米"),
        (None, None, "警报器单台年维护成本", "≤0.8万元/台"),
        ("效益指标", "社会效益指标", "人防工程安全责任事故", "0起"),
        (None, None, "市民国防知识知晓率", "≥80%"),
        (None, "可持续影响指标", "国防动员工作制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "邝立恒", "屠可凡", "0736-5817290", day(YEAR - 1, 11, 20))
    return b


@variant("ss17-air-defence-department-wrong", (6, 12, 13), "department of a 人民防空办公室, "
         "NAT-2021: 基本支出 + 项目支出 short of 资金总额, a tier-2 left from the template "
         "without indicator, a value without a name")  # fmt: skip
def ss17() -> Book:
    b, s = book()
    total = mk(money(380), "B101", "error", row=True, note="基本支出 140 + 项目支出 230 = 370")
    department_head(s, year=YEAR, dept="鹤汀县人民防空办公室", budget=[
        (total, money(350), money(30), money(140), money(230)),
    ], tasks=[
        ("人防工程维护", "公用人防工程维护和安全巡查", money(120), "公用人防工程维护到位"),
        ("警报设施运维", "警报器维护保养和试鸣组织", money(70), "警报试鸣鸣响正常"),
        ("人防宣传教育", "人防知识进社区、进学校", money(40), "提高市民防空意识"),
        ("金额合计", None, money(230), None),
    ], goal="保障人防工程和警报设施完好运行，普及人民防空知识。")  # fmt: skip
    nameless = mk(None, "F110", "error", note="a value ≥98% with no indicator name")
    empty = mk("时效指标", "F109", "warning", row=True, note="template row left without indicator")
    _office_table(s, [
        ("产出指标", "数量指标", "维护公用人防工程面积", "≥60000平方米"),
        (None, None, "维护保养防空警报器", "≥56台"),
        (None, "质量指标", "人防工程维护验收合格率", "≥95%"),
        (None, None, nameless, "≥98%"),
        (None, empty, None, None),
        ("成本指标", "经济成本指标", "公用人防工程单位面积年维护成本", "≤18元/平方米"),
        (None, None, "警报器单台年维护成本", "≤1.2万元/台"),
        ("效益指标", "社会效益指标", "人防知识宣传覆盖率", "≥85%"),
        (None, "可持续影响指标", "人防工程维护管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "龙映川", "庞思远", "0779-3316233", day(YEAR - 1, 11, 20))
    return b


UNIT, CODE, ITEM = "915004", "91500425000000007", "防空警报设施维护更新"
FOUR = "0.0000"


def _export_budget(b: Book) -> None:
    """The budget sheet of the export: codes first, header on the third row, detail lines."""
    s = b.sheet("项目支出预算表03-1", (12, 20, 24, 16, 16, 16))
    s.title(f"{YEAR}年度项目支出预算表", 6)
    s.row("单位名称：澄浦区人民防空办公室", None, None, None, None, "金额单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    split = mk("86.475 0", "X105", "warning", alt=("X103",), note="86.4750 split by a space")
    s.row(UNIT, CODE, ITEM, split, money(80.475, FOUR), money(6, FOUR))
    s.skip()
    s.row("单位编码", "项目编码", "明细事项", "金额（万元）")
    typed = mk(money(120000, FOUR), "B110", "error", note="12万元 typed as 120000 (元)")
    s.row(UNIT, CODE, "警报器维护保养", money(32.475, FOUR))
    s.row(UNIT, CODE, "警报控制终端更新", money(42, FOUR))
    s.row(UNIT, CODE, "试鸣组织及宣传", typed)
    s.row(None, None, "合计", money(86.475, FOUR))
    b.file_mark("B102", "error", required=False, note="the 元 line makes the lines not add up")


@variant("ss18-alarm-export-artefacts", (9,), "budget-system export, NAT-2021: codes in the "
         "first columns, headers on the third row, the indicator table on a second sheet: a "
         "total split by a space, a detail line typed in 元, a unit cost rounded to 0")  # fmt: skip
def ss18() -> Book:
    b = Book()
    _export_budget(b)
    s = b.sheet("项目绩效目标表03-2", (10, 18, 20, 12, 16, 28, 10, 10, 10))
    s.title(f"{YEAR}年度项目支出绩效目标表", 9)
    s.row("单位名称：澄浦区人民防空办公室")
    s.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向",
          "指标值", "计量单位")  # fmt: skip
    zero = mk(0, "T115", "error", row=True, note="≈0.51万元/台 rounded to 0")
    for line in [
        ("产出指标", "数量指标", "维护保养防空警报器", "≥", 64, "台"),
        ("产出指标", "数量指标", "更新警报控制终端", "≥", 6, "套"),
        ("产出指标", "质量指标", "警报器完好率", "≥", 95, "%"),
        ("产出指标", "时效指标", "故障报修响应时间", "≤", 24, "小时"),
        ("成本指标", "经济成本指标", "警报器单台年维护成本", "≤", zero, "万元/台"),
        ("成本指标", "经济成本指标", "控制终端单套更新成本", "≤", 7, "万元/套"),
        ("效益指标", "社会效益指标", "警报试鸣音响覆盖率", "≥", 95, "%"),
        ("效益指标", "可持续影响指标", "警报设施完好运行年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥", 90, "%"),
    ]:  # fmt: skip
        s.row(UNIT, CODE, ITEM, *line)
    return b
