"""Returns of the elderly-care worker training scheme (养老护理员培训): kbf13-kbf18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout724.common import (
    DEPT,
    HEAD5,
    YEAR,
    book,
    footer,
    indicators,
    one_year,
    project,
    wan,
)
from tests.variants.holdout724.registry import variant
from tests.variants.kit import Book, mk, ok, pct

TRAINER = "澄湾区社会福利职业培训学校"
SCORED = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("kbf13-training-points", (5, 10),
         "project, NAT-2021, tier labels numbered with points and an indicator 分值 column, both "
         "adding to 100, a rate raised in 百分点, a part count beside the total "
         "(correct)")  # fmt: skip
def training_points() -> Book:
    b, s = project(
        name="养老护理员职业技能培训",
        unit=TRAINER,
        money=one_year(120, 100),
        goals=["培训养老护理员600人（其中初级400人、中级200人），职业技能等级证书取证率≥85%，"
               "全区养老机构护理员持证上岗率较上年提高5个百分点。"],
    )  # fmt: skip
    indicators(s, [
        ("一、产出指标（50分）", "1.数量指标", "养老护理员培训人数", "≥600人", 15),
        (None, None, "中级养老护理员培训人数", "≥200人", 10),
        (None, "2.质量指标", "结业考核通过率", pct(0.9), 10),
        (None, None, "职业技能等级证书取证率", "≥85%", 10),
        (None, "3.时效指标", "培训完成时间", "2026年11月30日前", 5),
        ("二、成本指标（10分）", "1.经济成本指标", "人均培训补贴标准", "≤1800元/人", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "养老机构护理员持证上岗率",
         "提高≥5百分点", 15),
        (None, "2.可持续影响指标", "培训后一年内在岗率", "≥70%", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "学员满意度", "≥90%", 10),
    ], head=SCORED)  # fmt: skip
    footer(s, "温若川", "0577-86659204")
    return b


@variant("kbf14-training-points-wrong", (10,),
         "project, NAT-2021, tier points in the labels and an indicator 分值 column: one tier's "
         "indicators short of its points, the goal's count above the indicator's, subsidy × "
         "count above the money")  # fmt: skip
def training_points_wrong() -> Book:
    b, s = project(
        name="乡镇敬老院护理员轮训",
        unit=TRAINER,
        money=one_year(100, 100),
        goals=["分4期轮训乡镇敬老院护理员800人，轮训后护理员持证率达到90%。"],
    )
    indicators(s, [
        (mk("产出指标（50分）", "W103", "error", alt=("W101",),
            note="the indicators under it score 15 + 10 + 10 + 10 = 45"),
         "数量指标", "轮训护理员人数",
         mk("≥600人", "D104", "warning", row=True, note="the goal says 800人"), 15),
        (None, None, "轮训期数", "≥4期", 10),
        (None, "质量指标", "轮训结业考核通过率", "≥90%", 10),
        (None, "时效指标", "轮训完成时间", "2026年10月31日前", 10),
        ("成本指标（10分）", "经济成本指标", "人均轮训补贴标准",
         mk("≤2000元/人", "B107", "warning", row=True,
            note="2000元 × 600人 = 120万元 > 年度资金 100万元"), 10),
        ("效益指标（30分）", "社会效益指标", "敬老院护理员持证率", "≥90%", 15),
        (None, "可持续影响指标", "敬老院护理服务规范化水平", "稳步提升", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "参训护理员满意度", "≥90%", 10),
    ], head=SCORED)  # fmt: skip
    footer(s, "温若川", "0577-86659204")
    return b


@variant("kbf15-training-two-years", (8,),
         "two-year project 2026-2027, NAT-2021, 中期 and 年度 columns: period counts twice the "
         "year's, a base built once in the first year, equal rates (correct)")  # fmt: skip
def training_two_years() -> Book:
    b, s = project(
        name="养老护理实训基地建设及培训",
        unit=TRAINER,
        years=2,
        money=[("中期资金总额", wan(200), "年度资金总额", wan(100)),
               ("其中：财政拨款", wan(170), "其中：财政拨款", wan(85)),
               ("其他资金", wan(30), "其他资金", wan(15))],
        goals=[
            "2026—2027年累计培训养老护理员1200人，其中中级以上400人；建成区级养老护理实训"
            "基地1个。",
            "2026年培训养老护理员600人，其中中级以上200人；完成实训基地建设并投入使用。",
        ],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "养老护理员培训人数", "≥1200人", "≥600人"),
        (None, None, "中级以上护理员培训人数", "≥400人", "≥200人"),
        (None, None, "建成区级实训基地数量", "=1个", "=1个"),
        (None, "质量指标", "职业技能等级证书取证率", pct(0.85), pct(0.85)),
        (None, "时效指标", "实训基地投入使用时间", "2026年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤1500元/人", "≤1500元/人"),
        ("效益指标", "社会效益指标", "养老机构持证护理员占比", "≥85%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ], head=HEAD5)  # fmt: skip
    footer(s, "温若川", "0577-86659204")
    return b


@variant("kbf16-training-stacked-duplicate", (2,),
         "two training projects stacked, OLD-NAT, one value column: the second gives one indicator "
         "twice with two values and a count under 质量")  # fmt: skip
def training_stacked_duplicate() -> Book:
    b, s = project(
        name="养老机构负责人管理能力培训",
        unit=TRAINER,
        money=one_year(30, 30),
        goals=["组织全区养老机构负责人开展管理能力培训，参训≥80人。"],
        title="2026年度项目支出绩效目标申报表（养老服务培训类）",
    )
    indicators(s, [
        ("产出指标", "数量指标", "参训养老机构负责人人数", "≥80人"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "2026年6月30日前"),
        (None, "成本指标", "人均培训费用", "≤3000元/人"),
        ("效益指标", "社会效益指标", "养老机构等级评定达标率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ], label=None)  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="养老护理员岗前培训", dept=DEPT, unit=TRAINER,
                 money=one_year(75, 60), title="",
                 goals=["对新入职养老护理员开展岗前培训≥500人，分10期举办。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "岗前培训人数", "≥500人"),
        (None, None, "实操培训课时", "≥80课时/人"),
        (None, None, "岗前培训人数",
         mk("≥450人", "D102", "error", row=True, alt=("D101", "D103"),
            note="the same indicator two rows above with another value")),
        (None, "质量指标", "培训班开班期数",
         mk("≥10期", "F201", "warning", row=True, note="a count under 质量")),
        (None, None, "岗前培训结业合格率", "≥90%"),
        (None, "成本指标", "人均岗前培训补贴", "≤1500元/人"),
        ("效益指标", "社会效益指标", "新入职护理员持证上岗率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥92%"),
    ], label=None)  # fmt: skip
    footer(s, "温若川", "0577-86659204")
    return b


@variant("kbf17-training-export", (4, 7),
         "budget-system export: money on sheet 05-1 with a 合计 row, indicators of two projects "
         "on sheet 05-2 with codes in the first columns, header on the third row "
         "(correct)")  # fmt: skip
def training_export() -> Book:
    b, m = book("部门项目支出预算05-1", (16, 30, 14, 14, 14))
    m.title("2026年部门项目支出预算表", 5)
    m.row("单位：澄湾区民政局", None, None, None, "单位：万元")
    m.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    m.row("317-26-0041", "养老护理员职业技能竞赛", wan(35), wan(35), wan(0))
    m.row("317-26-0042", "养老服务从业人员入职奖补", wan(65), wan(50), wan(15))
    m.row("合计", None, wan(100), wan(85), wan(15))
    s = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 14, 28, 16))
    s.title("2026年部门项目支出绩效目标表", 6)
    s.row("单位：澄湾区民政局")
    s.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    p1 = ("317-26-0041", "养老护理员职业技能竞赛")
    p2 = ("317-26-0042", "养老服务从业人员入职奖补")
    s.table([
        (*p1, "产出指标", "数量指标", "参赛护理员人数", "≥150人"),
        (*p1, "产出指标", "时效指标", "竞赛举办时间", "2026年9月30日前"),
        (*p1, "成本指标", "经济成本指标", "竞赛组织费用", "≤35万元"),
        (*p1, "效益指标", "社会效益指标", "获奖选手职业技能等级晋升率", "≥60%"),
        (*p1, "满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%"),
        (*p2, "产出指标", "数量指标", "享受入职奖补人数", "≥130人"),
        (*p2, "产出指标", "质量指标", "奖补对象资格审核合格率", "=100%"),
        (*p2, "成本指标", "经济成本指标", "入职奖补标准", "≤5000元/人"),
        (*p2, "效益指标", "可持续影响指标", "奖补对象满两年留岗率", "≥75%"),
        (*p2, "满意度指标", "服务对象满意度指标", "奖补对象满意度", "≥90%"),
    ])  # fmt: skip
    s.row("注：本表由澄湾区预算管理一体化系统导出，指标值以系统批复为准。")
    return b


@variant("kbf18-training-period-wrong", (8,),
         "two-year project 2026-2027, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
         "中期目标, a year's count above the period's, a deadline of last season")  # fmt: skip
def training_period_wrong() -> Book:
    goal = ("2026—2027年累计培训居家上门护理员1000人，建成社区护理实训点6个，"
            "护理员持证率达到85%。")  # fmt: skip
    b, s = project(
        name="居家上门护理员培训",
        unit=TRAINER,
        years=2,
        money=[("中期资金总额", wan(160), "年度资金总额", wan(80)),
               ("其中：财政拨款", wan(140), "其中：财政拨款", wan(70)),
               ("其他资金", wan(20), "其他资金", wan(10))],
        goals=[goal, mk(goal, "D204", "warning",
                        note="年度目标 identical to 中期目标 in a two-year project")],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "居家上门护理员培训人数", "≥1000人",
         mk("≥1200人", "D201", "error", alt=("D104",), note="the year above the period")),
        (None, None, "社区护理实训点数量", "≥6个",
         ok("≥3个", "warning", note="the copied 年度目标 states the period's 6个")),
        (None, "质量指标", "护理员持证率", "≥85%", "≥85%"),
        (None, "时效指标", "实训点建成时间", "2027年6月30日前",
         mk("2025年12月31日前", "Y102", "error", alt=("Y103",),
            note="a deadline before the project starts, left from last season")),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤600元/人", "≤600元/人"),
        ("效益指标", "社会效益指标", "居家失能老人上门护理覆盖率", "≥40%", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ], head=HEAD5)  # fmt: skip
    footer(s, "温若川", "0577-86659204")
    return b
