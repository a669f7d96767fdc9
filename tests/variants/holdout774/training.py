"""乡村教师培训 returns of the 774th held-out set: kdd13–kdd18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout774.common import DEPT, TIER, book, funds, indicators, signature, wan
from tests.variants.holdout774.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "枫潭市教师发展中心"


def points_return(goal: str, out: Any, eff: Any, scores: tuple[int, ...], train: Any) -> Book:
    """A project with tier points in the tier-1 labels and indicator points in 分值."""
    b, s = book()
    project_head(s, year=2025, name="乡村教师能力提升培训", dept=DEPT, unit=UNIT,
                 money=funds(260, 260, 0), goals=[goal])  # fmt: skip
    p = scores
    indicators(s, (*TIER, "指标值", "分值"), [
        (out, "数量指标", "培训乡村教师人数", train, p[0]),
        (None, None, "其中：音体美教师", "≥300人", p[1]),
        (None, "质量指标", "培训考核合格率", "≥95%", p[2]),
        (None, "时效指标", "培训按期完成率", pct(0.95), p[3]),
        (None, None, "送教下乡时间", "2025年11月30日前", p[4]),
        ("成本指标（10分）", "经济成本指标", "人均培训费", "≤2000元/人", p[5]),
        (eff, "社会效益指标", "乡村学校骨干教师占比", "提高≥3百分点", p[6]),
        (None, "可持续影响指标", "培训成果校本应用率", "≥80%", p[7]),
        ("满意度指标（10分）", "服务对象满意度指标", "参训教师满意度", "≥90%", p[8]),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant(
    "kdd13-training-points",
    (1, 10),
    "project, NAT-2021, tier points in the labels and indicator points in 分值 (100 both "
    "ways), a rate raised in 百分点, a typed percent (correct)",
)
def kdd13() -> Book:
    goal = "培训乡村教师1200人（其中音体美教师300人），人均培训费不超过2000元。"
    return points_return(goal, "产出指标（50分）", "效益指标（30分）",
                         (15, 10, 10, 10, 5, 10, 15, 15, 10), "≥1200人")  # fmt: skip


@variant(
    "kdd14-training-points-wrong",
    (10,),
    "project, NAT-2021, tier points against indicator points: 产出 and 效益 do not add up to "
    "their tier score; the goal's teacher count differs",
)
def kdd14() -> Book:
    goal = "培训乡村教师1500人（其中音体美教师300人），人均培训费不超过2000元。"
    out = mk("产出指标（50分）", "W103", "error", note="其下分值15+10+10+15+5=55")
    eff = mk("效益指标（30分）", "W103", "error", note="其下分值10+15=25")
    train = mk("≥1200人", "D104", "warning", note="年度目标写培训1500人")
    return points_return(goal, out, eff, (15, 10, 10, 15, 5, 10, 10, 15, 10), train)


@variant(
    "kdd15-training-direction-words",
    (11,),
    "project, OLD-NAT, operators in words in their own column and a unit column: a 下降率 with "
    "大于等于, costs and 差错率 with 小于等于 (correct)",
)
def kdd15() -> Book:
    b, s = book()
    goal = "对全市64所乡村学校900名教师开展分层培训，降低乡村教师流失。"
    project_head(s, year=2025, name="乡村教师分层培训", dept=DEPT, unit=UNIT,
                 money=funds(180, 170, 10), goals=[goal])  # fmt: skip
    indicators(s, (*TIER, "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "参训乡村教师", "大于等于", 900, "人"),
        (None, None, "覆盖乡村学校", "大于等于", 64, "所"),
        (None, "质量指标", "培训课程差错率", "小于等于", 2, "%"),
        (None, "时效指标", "培训完成时间", "小于等于", day(2025, 12, 15), None),
        (None, "成本指标", "人均培训成本", "小于等于", 1800, "元/人"),
        ("效益指标", "社会效益指标", "乡村教师年流失率下降率", "大于等于", 10, "%"),
        (None, "可持续影响指标", "县级培训团队", "大于等于", 6, "个"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "kdd16-training-dates",
    (11,),
    "project, OLD-NAT, operator column: a 退训率 with ≥, a start date left from last year, a "
    "deadline in the year after a one-year project",
)
def kdd16() -> Book:
    b, s = book()
    goal = "2025年培训乡村学校新任教师600人，完成岗前与跟岗培训。"
    start = mk(day(2024, 3, 1), "Y102", "error", alt=("Y101",),
               note="一年期2025年度项目，开始日期写成2024年")  # fmt: skip
    project_head(s, year=2025, name="乡村新任教师培训", dept=DEPT, unit=UNIT, start=start,
                 money=funds(120, 120, 0), goals=[goal])  # fmt: skip
    indicators(s, (*TIER, "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "培训新任教师", "≥", 600, "人"),
        (None, "质量指标", "培训考核合格率", "≥", 95, "%"),
        (None, None, "参训教师中途退训率",
         mk("≥", "T108", "warning", row=True, note="退训率是反向指标"), 5, "%"),
        (None, "时效指标", "跟岗培训完成时间", "≤",
         mk("2026年6月30日", "Y102", "error", alt=("Y103",),
            note="一年期项目的期限落在下一年"), None),
        (None, "成本指标", "人均培训成本", "≤", 2000, "元/人"),
        ("效益指标", "社会效益指标", "新任教师一年留任率", "≥", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "kdd17-training-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "weights add to 100 (correct)",
)
def kdd17() -> Book:
    b, s = book()
    department_head(s, year=2025, dept=UNIT, budget=[
        (wan(860), wan(800), wan(60), wan(520), wan(340)),
    ], goal="全年培训乡村教师3000人，送教下乡40次，乡村教师流失率控制在3%以内。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("乡村教师培训人数", 20, "人", "≥", 3000),
        ("培训考核合格率", 20, "%", "≥", 95),
        ("送教下乡次数", 15, "次", "≥", 40),
        ("人均培训成本", 15, "元/人", "≤", 1100),
        ("乡村教师流失率", 10, "%", "≤", 3),
        ("参训教师满意度", 20, "%", "≥", 90),
    ])  # fmt: skip
    signature(s, "闵若笙", "0597-6631270", day(2024, 11, 25))
    return b


@variant(
    "kdd18-training-header-words",
    (6, 7, 13),
    "project, NAT-2021, headers 考核指标 and 目标值（年度） with a 评价标准 column: a value "
    "without a name, the goal's visit count differs",
)
def kdd18() -> Book:
    b, s = book()
    goal = "组织城区名师全年送教下乡30次，覆盖乡村学校50所。"
    project_head(s, year=2025, name="名师送教下乡", dept=DEPT, unit=UNIT,
                 money=funds(60, 60, 0), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "送教下乡次数",
         mk("≥20次", "D104", "warning", note="年度目标写送教30次"), "每少1次扣1分"),
        (None, None, "覆盖乡村学校", "≥50所", "按比例扣分"),
        (None, None, mk(None, "F110", "error", note="有指标值、无指标名称"), "≥120节",
         "按比例扣分"),
        (None, "时效指标", "送教完成时间", "2025年12月20日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "每次送教成本", "≤2万元/次", "超支不得分"),
        ("效益指标", "社会效益指标", "乡村教师听评课参与率", "≥90%", "按比例扣分"),
        ("满意度指标", "服务对象满意度指标", "乡村学校满意度", "≥90%", "按比例扣分"),
    ])  # fmt: skip
    return b
