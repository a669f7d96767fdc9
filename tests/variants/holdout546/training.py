"""Training courses: hand-stitched and machine-sewn leather goods classes for returning migrant
workers (cj01-cj06): percent cells, stacked classes, template rows, points at two levels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout546.common import (
    CENTRE,
    DEPT,
    funds,
    indicators,
    notes,
    project,
    signature,
)
from tests.variants.holdout546.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("cj01-hand-stitch-percent", (1,),
         "project, NAT-2021, operator and unit columns, typed percent cells, =100% at the "
         "ceiling, money in the 万元 number format (correct)")  # fmt: skip
def hand_stitch_percent() -> Book:
    b, s = project(
        "返乡农民工手工皮具制作技能培训", funds(80, 70, 10),
        ["2025年开设手工皮具制作培训班8期，培训返乡农民工240人，结业合格率不低于90%，"
         "培训后半年内就业创业率不低于70%。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "培训返乡农民工人数", "≥", 240, "人"),
        (None, None, "开班期数", "=", 8, "期"),
        (None, "质量指标", "结业考核合格率", "≥", pct(0.9), None),
        (None, None, "取得专项职业能力证书比例", "≥", pct(0.85), None),
        (None, None, "学员考勤信息录入完整率", "=", pct(1), None),
        (None, "时效指标", "全部培训班结业时间", "≤", day(2025, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤", 3000, "元/人"),
        ("效益指标", "社会效益指标", "培训后6个月内就业创业率", "≥", pct(0.7), None),
        (None, "可持续影响指标", "手工皮具课程资源包", "=", 1, "套"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), None),
    ]
    indicators(s, OPS, rows)
    signature(s, "龚立川", "0739-6215487")
    return b


@variant("cj02-machine-sewing-bounds", (1, 11),
         "project, NAT-2021, operator column with typed percents: a pass rate above 100% and "
         "a drop-out rate with ≥")  # fmt: skip
def machine_sewing_bounds() -> Book:
    b, s = project(
        "皮具机缝工艺提升培训", funds(56, 50, 6),
        ["为返乡农民工开设平车、高车机缝工艺培训，培训160人，提升箱包缝制技能。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "机缝工艺培训人数", "≥", 160, "人"),
        (None, "质量指标", "结业考核合格率", "≥",
         mk(pct(1.05), "T106", "error", row=True, note="a pass rate cannot exceed 100%"), None),
        (None, "时效指标", "培训完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "人均培训成本", "≤", 3200, "元/人"),
        ("效益指标", "社会效益指标", "学员中途退训率",
         mk("≥", "T108", "warning", row=True, note="a drop-out rate is 反向 and takes ≤"),
         pct(0.05), None),
        (None, None, "结业学员进入箱包企业就业人数", "≥", 90, "人"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), None),
    ]  # fmt: skip
    indicators(s, OPS, rows)
    signature(s, "龚立川", "0739-6215487")
    return b


def _class_rows(people: int, cost: int, rate: object) -> list[tuple[object, ...]]:
    """The indicator rows of one stacked class (OLD-NAT, values with their operators)."""
    return [
        ("产出指标", "数量指标", "培训返乡农民工人数", f"≥{people}人"),
        (None, "质量指标", "结业考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年12月31日前"),
        (None, "成本指标", "人均培训成本", f"≤{cost}元/人"),
        ("效益指标", "社会效益指标", "学员结业率", rate),
        (None, "可持续影响指标", "结业学员技能持续应用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ]


@variant("cj03-stacked-two-classes", (2,),
         "two training projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values (correct)")  # fmt: skip
def stacked_two_classes() -> Book:
    b, s = project("手缝皮具初级班", funds(45, 40, 5),
                   ["培训返乡农民工120人，掌握手缝皮具基础工艺。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, _class_rows(120, 3500, "≥95%"))
    s.skip()
    s.row("项目二", merge=[(1, 6)])
    project_head(s, year=2025, name="机缝箱包中级班", dept=DEPT,
                 unit="禾湾镇返乡创业服务站", money=funds(30, 30, 0),
                 goals=["培训返乡农民工60人，掌握机缝箱包中级工艺。"], title="")  # fmt: skip
    indicators(s, head, _class_rows(60, 4800, "≥92%"))
    notes(s, "注：两个项目分别申报、分别考核。")
    return b


@variant("cj04-stacked-money-wrong", (2, 12),
         "two training projects stacked, OLD-NAT: the second one's 资金总额 is not 财政拨款 + "
         "其他资金 and one rate is given as a count")  # fmt: skip
def stacked_money_wrong() -> Book:
    b, s = project("皮具五金配件安装培训", funds(38, 34, 4),
                   ["培训返乡农民工100人，掌握五金配件安装工艺。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, _class_rows(100, 3600, "≥95%"))
    s.skip()
    wrong = [
        ["资金总额", mk(money(95, WAN), "B101", "error", note="80 + 10 = 90, not 95"),
         "其中：财政拨款", money(80, WAN)],
        ["其他资金", money(10, WAN), None, None],
    ]  # fmt: skip
    project_head(s, year=2025, name="皮具电商运营培训", dept=DEPT,
                 unit=CENTRE, money=wrong,
                 goals=["培训返乡农民工200人，掌握皮具网店运营。"], title="")  # fmt: skip
    rows = _class_rows(200, 4000, mk("≥58人", "T105", "error", note="a 结业率 given as a count"))
    indicators(s, head, rows)
    return b


@variant("cj05-template-rows-left", (6, 13, 11),
         "project, NAT-2021, header 预期目标: a 时效指标 template row left empty, a value "
         "without a name, a cost standard with ≥")  # fmt: skip
def template_rows_left() -> Book:
    b, s = project("返乡农民工皮具手袋制作培训", funds(50, 45, 5),
                   ["培训返乡农民工150人，开班6期，掌握手袋打版与制作。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "培训返乡农民工人数", "≥150人"),
        (None, None, mk(None, "F110", "error", note="≥6期 has no indicator name"), "≥6期"),
        (None, "质量指标", "结业考核合格率", "≥90%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row never filled"),
         None, None),
        ("成本指标", "经济成本指标", "人均培训成本",
         mk("≥2800元/人", "T108", "warning", row=True, note="a cost standard is a cap: ≤")),
        ("效益指标", "社会效益指标", "参训人员就业率", "≥65%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥92%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    signature(s, "覃向晖", "0739-6215490")
    return b


@variant("cj06-points-two-levels", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding to "
         "100, a rate raised in 百分点 (correct)")  # fmt: skip
def points_two_levels() -> Book:
    goal = "培训返乡农民工200人，结业学员皮具岗位就业率比上年提高5个百分点以上。"
    b, s = project("皮具技能培训质量提升行动", funds(64, 60, 4), [goal])
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    rows = [
        ("产出指标", 50, "数量指标", "培训返乡农民工人数", "≥200人", 20),
        (None, None, "质量指标", "结业考核合格率", "≥90%", 15),
        (None, None, "时效指标", "培训完成时间", "2025年11月底前", 15),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤3000元/人", 10),
        ("效益指标", 30, "社会效益指标", "结业学员皮具岗位就业率比上年提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "合作皮具企业接收实习基地", "≥4家", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参训学员满意度", "≥90%", 10),
    ]
    indicators(s, head, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    notes(s, "说明：一级指标分值与三级指标分值各自合计100分，评价时按三级指标计分。")
    return b
