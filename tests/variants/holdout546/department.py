"""Bureau and centre returns on the training side and the workshop side (cj13-cj18): department
money blocks, notes and repeated headers, decorated tier labels, a budget-system export."""

from __future__ import annotations

from tests.variants.holdout546.common import (
    department,
    funds,
    indicators,
    notes,
    project,
    signature,
)
from tests.variants.holdout546.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


def _bureau_rows(people: int, subsidy: int) -> list[tuple[object, ...]]:
    """NAT-2021 indicator rows of the bureau's training and start-up work."""
    return [
        ("产出指标", "数量指标", "皮具技能培训人数", f"≥{people}人"),
        (None, "质量指标", "培训结业考核合格率", "≥90%"),
        (None, "时效指标", "培训补贴资金拨付时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "人均培训补贴标准", f"≤{subsidy}元/人"),
        ("效益指标", "社会效益指标", "返乡创业带动就业人数", "≥800人"),
        ("满意度指标", "服务对象满意度指标", "返乡农民工满意度", "≥90%"),
    ]


@variant("cj13-bureau-money", (12, 4),
         "department, NAT-2021: budget and key tasks adding up, a footnote explaining the task "
         "total (correct)")  # fmt: skip
def bureau_money() -> Book:
    tasks = [
        ("返乡农民工皮具技能培训", "手缝、机缝、打版培训", money(100, WAN), "培训500人"),
        ("皮具创业孵化", "孵化基地运营和导师服务", money(50, WAN), "孵化实体15个"),
        ("返乡创业政策宣传", "宣传资料和专场推介会", money(30, WAN), "推介会6场"),
        ("金额合计", None, money(180, WAN), None),
    ]
    budget = [[money(v, WAN) for v in (480, 450, 30, 300, 180)]]
    goal = "培训返乡农民工500人，孵化皮具创业实体15个，带动就业800人。"
    b, s = department("杉渡县人力资源和社会保障局", budget, goal, tasks)
    indicators(s, TIERS, _bureau_rows(500, 2000))
    notes(s, "注：年度主要任务金额合计180万元即项目支出，基本支出300万元不列入任务。")
    signature(s, "彭芷岚", "0739-6230118")
    return b


@variant("cj14-bureau-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to their "
         "金额合计")  # fmt: skip
def bureau_money_wrong() -> Book:
    tasks = [
        ("皮具技能培训", "手缝、机缝培训", money(120, WAN), "培训600人"),
        ("皮具车间用工对接", "专场招聘和岗位推送", money(75, WAN), "招聘会8场"),
        ("返乡创业宣传", "宣传资料印制", money(30, WAN), "发放资料5000份"),
        ("金额合计", None, mk(money(230, WAN), "B102", "error",
                          note="120 + 75 + 30 = 225, not 230"), None),
    ]  # fmt: skip
    total = mk(money(700, WAN), "B101", "error", row=True, note="480 + 230 = 710, not 700")
    budget = [[total, *(money(v, WAN) for v in (650, 50, 480, 230))]]
    b, s = department("樟垣市人力资源和社会保障局", budget,
                      "培训返乡农民工600人，组织皮具车间专场招聘会8场。", tasks)  # fmt: skip
    indicators(s, TIERS, _bureau_rows(600, 2000))
    return b


@variant("cj15-notes-page-break", (4, 7),
         "project, OLD-NAT, headers 考核指标 / 绩效目标值 / 指标解释: a note row inside the "
         "table, a header repeated after a page break, 填表说明, signatures (correct)")  # fmt: skip
def notes_page_break() -> Book:
    goals = ["培训返乡农民工120人，结业学员就业率不低于75%。"]
    b, s = project("皮具缝纫工岗前培训", funds(42, 42, 0), goals, unit="禾湾镇成人文化技术学校")
    head = ("一级指标", "二级指标", "考核指标", "绩效目标值", "指标解释")
    indicators(s, head, [
        ("产出指标", "数量指标", "皮具缝纫工培训人数", "≥120人", "参训并结业人数"),
        (None, None, "每期实训课时", "≥96课时", "按教学计划"),
        (None, "质量指标", "结业考核合格率", "≥90%", "合格人数/参训人数"),
    ])  # fmt: skip
    notes(s, "注：成本指标按实际参训人数核算。")
    s.skip()
    s.row(*head)
    s.table([
        ("产出指标", "时效指标", "培训完成时间", "2025年10月31日前", "末期结业时间"),
        (None, "成本指标", "人均培训成本", "≤3400元/人", "资金总额/参训人数"),
        ("效益指标", "社会效益指标", "结业学员就业率", "≥75%", "结业后3个月内"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标值须写明比较符和计量单位；2.本表一式两份。")
    signature(s, "万书瑶", "0739-6241356")
    s.row("单位负责人（签字）：", None, "（盖章）")
    return b


@variant("cj16-decorated-labels", (5,),
         "project, OLD-NAT, numbered labels (一、 （一） 1.), ★ core indicators, operators in "
         "words under 指标性质, a 度量单位 column (correct)")  # fmt: skip
def decorated_labels() -> Book:
    b, s = project("返乡农民工皮具专项职业能力培训", funds(50, 46, 4),
                   ["培训返乡农民工180人，其中150人参加皮具专项职业能力考核。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")
    rows = [
        ("一、产出指标", "1.数量指标", "★培训返乡农民工人数", "大于等于", 180, "人"),
        (None, None, "★皮具专项职业能力考核人数", "大于等于", 150, "人"),
        (None, "2.质量指标", "专项职业能力考核通过率", "大于等于", 85, "%"),
        (None, "3.时效指标", "培训按期完成率", "等于", 100, "%"),
        (None, "4.成本指标", "人均培训成本", "小于等于", 2600, "元/人"),
        ("二、效益指标", "（一）社会效益指标", "培训后就业创业人数", "大于等于", 120, "人"),
        (None, "（二）可持续影响指标", "皮具实训基地持续运行", "大于等于", 3, "年"),
        ("三、满意度指标", "（一）服务对象满意度指标", "参训学员满意度", "大于等于", 90, "%"),
    ]
    indicators(s, head, rows)
    notes(s, "注：标★的为核心指标，不得删除。")
    return b


def _export_budget(b: Book, code: str, name: str) -> None:
    """The first sheet of a budget-system export: the project's money, codes first."""
    s = b.sheet("部门项目支出预算05-1", (14, 22, 24, 30, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("413027001", "杉渡县职业技能培训中心", code, name,
          *(money(v, WAN) for v in (48, 45, 3)))  # fmt: skip


@variant("cj17-export-wrong-parent", (5, 7),
         "budget-system export, money on 05-1 and indicators on 05-2 under a third-row header "
         "with codes first, NAT-2021 numbered labels: a tier-2 under the wrong tier-1, a rate "
         "as a count")  # fmt: skip
def export_wrong_parent() -> Book:
    b = Book()
    code, name = "41302725000000017306", "返乡农民工皮具设计与打版培训"
    _export_budget(b, code, name)
    s = b.sheet("部门项目支出绩效目标05-2", (22, 24, 16, 22, 30, 16))
    s.title("2025年部门项目支出绩效目标表", 6)
    s.row("单位：杉渡县职业技能培训中心")
    wrong = mk("（二）服务对象满意度指标", "F105", "error",
               note="a 满意度 tier-2 under 三、效益指标; no 满意度指标 tier-1")  # fmt: skip
    b.file_mark("F106", "error", required=False, note="the same slip leaves 满意度指标 missing")
    rows = [
        (code, name, "一、产出指标", "（一）数量指标", "皮具设计与打版培训人数", "≥100人"),
        (code, name, None, None, "皮具设计课程开课率",
         mk("≥6门", "T105", "error", note="a 开课率 given as a count")),
        (code, name, None, "（二）质量指标", "结业作品合格率", "≥85%"),
        (code, name, None, "（三）时效指标", "培训完成时间", "2025年11月30日前"),
        (code, name, "二、成本指标", "（一）经济成本指标", "人均培训成本", "≤4500元/人"),
        (code, name, "三、效益指标", "（一）社会效益指标", "学员设计款式投产数", "≥30款"),
        (code, name, None, wrong, "参训学员满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("项目编码", "项目名称", *TIERS), rows, merged=(3, 4))
    return b


@variant("cj18-two-row-header", (7, 4),
         "department, NAT-2021, two-row header (绩效指标 / 预期实现值 over 指标内容, 比较符, "
         "数值), unit column, a typed percent, 说明 and signature rows (correct)")  # fmt: skip
def two_row_header() -> Book:
    tasks = [
        ("返乡人员皮具技能培训", "手缝皮具短期培训", money(40, WAN), "培训150人"),
        ("皮具车间用工对接", "专场招聘会", money(20, WAN), "招聘会4场"),
        ("金额合计", None, money(60, WAN), None),
    ]
    budget = [[money(v, WAN) for v in (180, 170, 10, 120, 60)]]
    goal = "培训返乡人员150人，组织皮具车间专场招聘会4场，促进100人就近就业。"
    b, s = department("禾湾镇社会事务服务中心", budget, goal, tasks)
    s.row("绩效指标", None, None, "预期实现值", None, "计量单位", merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "指标内容", "比较符", "数值", None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=6, end_row=s.r, end_column=6)
    s.table([
        ("产出指标", "数量指标", "皮具技能培训人数", "≥", 150, "人"),
        (None, None, "组织皮具车间专场招聘会", "≥", 4, "场"),
        (None, "质量指标", "培训学员结业率", "≥", 90, "%"),
        (None, "时效指标", "培训补贴发放时限", "≤", 20, "个工作日"),
        ("成本指标", "经济成本指标", "人均培训补贴", "≤", 2500, "元/人"),
        ("效益指标", "社会效益指标", "返乡人员就近就业人数", "≥", 100, "人"),
        ("满意度指标", "服务对象满意度指标", "返乡人员满意度", "≥", pct(0.92), None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：1.指标值均为2025年度目标；2.满意度按问卷调查结果计算。")
    signature(s, "黎远舟", "0739-6258014")
    return b
