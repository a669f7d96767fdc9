"""Returns hf13–hf18: safety training for fishermen in 鹭屿区."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout672.common import TWO, book, details, indicators, multi_year, one_year
from tests.variants.holdout672.common import sign as sign_off
from tests.variants.holdout672.registry import variant
from tests.variants.kit import Book, Sheet, mk, ok, pct

DEPT = "鹭屿区农业农村和水利局 603114"
UNIT = "鹭屿区渔船安全培训中心"
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("hf13-safety-training", (7, 11),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, operators in words, unit column, a "
         "下降率 with 大于等于, 0起 (correct)")  # fmt: skip
def safety_training() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="渔民海上安全技能培训",
        dept=DEPT,
        unit=UNIT,
        money=one_year(60, 55, 5),
        goals=["培训渔民900人次，开展海上应急演练6次，培训期间不发生安全事故。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "培训渔民", "大于等于", 900, "人次"),
        (None, None, "开展海上应急演练", "大于等于", 6, "次"),
        (None, "质量指标", "培训考核合格率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "培训完成时间", "小于等于", "2026年11月30日", None),
        (None, "成本指标", "人均培训成本", "小于等于", 600, "元/人次"),
        ("效益指标", "社会效益指标", "渔船安全事故发生率下降率", "大于等于", 10, "%"),
        (None, None, "培训期间安全事故", "等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "参训渔民满意度", "大于等于", 90, "%"),
    ], header=("一级指标", "二级指标", "指标内容", "指标方向", "绩效标准", "计量单位"))  # fmt: skip
    return b


@variant("hf14-safety-goal", (12,),
         "project, NAT-2021, detail lines: the goal's training count against the indicator, a "
         "unit cost × count above its line")  # fmt: skip
def safety_goal() -> Book:
    b, s = book()
    project_head(s, year=2026, name="渔船救生装备配发与安全培训", dept=DEPT, unit=UNIT,
                 money=one_year(100, 90, 10),
                 goals=["培训渔民1200人次，为持证渔船配发救生衣800件、AIS终端100台。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "培训渔民",
         mk("≥1000人次", "D104", "warning", row=True, note="年度目标写培训1200人次")),
        (None, None, "配发救生衣", "≥800件"),
        (None, None, "配发AIS终端", "≥100台"),
        (None, "质量指标", "装备验收合格率", "=100%"),
        (None, "时效指标", "装备配发完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "救生衣采购单价",
         mk("≤300元/件", "B107", "warning", row=True,
            note="300元×800件=24万元，超过明细救生衣采购20万元")),
        (None, None, "AIS终端采购单价", "≤0.5万元/台"),
        ("效益指标", "社会效益指标", "渔船救生装备配备率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"),
    ])  # fmt: skip
    details(s, [("安全培训", 30, "1200人次×250元"), ("救生衣采购", 20, "800件"),
                ("AIS终端采购", 50, "100台×0.5万元")], 100)  # fmt: skip
    return b


def _scored(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    """A table with a tier-1 score column and an indicator score column."""
    s.row("绩效指标")
    s.row(*SCORED)
    s.table(rows, merged=(1, 2, 3))


@variant("hf15-safety-points", (5, 10),
         "project, NAT-2021, tier-1 and indicator points both adding to 100, a rate raised in "
         "百分点 (correct)")  # fmt: skip
def safety_points() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="渔民安全知识普及",
        dept=DEPT,
        unit=UNIT,
        money=one_year(40, 40, 0),
        goals=["开展渔港安全宣讲40场，渔民安全知识知晓率提高10个百分点以上。"],
    )
    _scored(s, [
        ("产出指标", 50, "数量指标", "开展渔港安全宣讲", "≥40场", 15),
        (None, None, None, "发放安全手册", "≥3000册", 15),
        (None, None, "质量指标", "宣讲内容审核通过率", "=100%", 10),
        (None, None, "时效指标", "宣讲完成时间", "2026年8月31日前", 10),
        ("成本指标", 10, "经济成本指标", "单场宣讲成本", "≤0.8万元/场", 10),
        ("效益指标", 30, "社会效益指标", "渔民安全知识知晓率提高", "≥10百分点", 15),
        (None, None, None, "渔船安全事故发生率", "≤1%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "渔民满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ])  # fmt: skip
    return b


@variant("hf16-safety-points-wrong", (10, 11),
         "project, NAT-2021, points at two levels: a tier score against its indicators, ≥ on an "
         "accident rate, the same drill count under two tier-2s")  # fmt: skip
def safety_points_wrong() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="渔船船员应急处置培训",
        dept=DEPT,
        unit=UNIT,
        money=one_year(45, 45, 0),
        goals=["培训船员600人次，开展海上应急演练6次，渔船安全事故发生率控制在2%以内。"],
    )
    _scored(s, [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值15+10+10+10=45"),
         "数量指标", "培训船员", "≥600人次", 15),
        (None, None, None, "开展海上应急演练", "≥6次", 10),
        (None, None, "质量指标", "培训考核合格率", "≥95%", 10),
        (None, None, "时效指标", "海上应急演练",
         mk("≥6次", "D101", "warning", row=True, alt=("D103", "F201"),
            note="与数量指标“开展海上应急演练”重复，且次数不是时效指标"), 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤750元/人次", 10),
        ("效益指标", 30, "社会效益指标", "渔船安全事故发生率",
         mk("≥2%", "T108", "warning", row=True, note="事故发生率是反向指标，应为≤2%"), 15),
        (None, None, None, "船员应急处置知晓率", "≥90%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "船员满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，由产出指标少5分引起")
    return b


@variant(
    "hf17-safety-notes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row inside the table, the header "
    "repeated after a page break, footnote, signature and a fill date the year before (correct)",
)
def safety_notes() -> Book:
    b, s = book()
    project_head(s, year=2026, name="休渔期渔民安全生产轮训", dept=DEPT, unit=UNIT,
                 money=one_year(36, 30, 6),
                 goals=["休渔期轮训渔民800人次，检查渔船消防设备400艘次。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "轮训渔民", "≥800人次"),
        (None, None, "检查渔船消防设备", "≥400艘次"),
        (None, "质量指标", "轮训考核合格率", pct(0.95)),
    ])  # fmt: skip
    s.row("（填写说明：三级指标可按项目实际增减，指标值须量化）", merge=[(1, 4)])
    s.skip()
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "时效指标", "轮训完成时间", "2026年7月31日前"),
        (None, "成本指标", "人均轮训成本", "≤450元/人次"),
        ("效益指标", "社会效益指标", "休渔期渔船火灾事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "参训渔民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign_off(s, "陈礁明", "0592-7714236", (2025, 12, 10))
    return b


@variant("hf18-safety-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "cumulative count copied, a deadline left from last season")  # fmt: skip
def safety_period() -> Book:
    b, s = book()
    text = "三年培训渔民3000人次，建设渔港安全培训基地1个，渔船救生设备年检率保持100%。"
    project_head(
        s,
        year=2025,
        years=3,
        name="渔船安全培训能力提升",
        dept=DEPT,
        unit=UNIT,
        money=multi_year((270, 240, 30), (90, 80, 10)),
        goals=[text, mk(text, "D204", "warning", note="年度目标照抄中期目标")],
    )
    indicators(s, [
        ("产出指标", "数量指标", "培训渔民", "≥3000人次",
         mk("≥3000人次", "D202", "warning", note="三年累计人次照抄到年度")),
        (None, None, "建设安全培训基地", "≥1个", ok("≥1个", note="基地一座，首年建成")),
        (None, "质量指标", "救生设备年检率", "=100%", "=100%"),
        (None, "时效指标", "救生筏检修完成时间", "每年10月31日前",
         mk("2024年10月31日前", "Y102", "error", alt=("Y103",), note="上一季的期限，早于项目期")),
        ("成本指标", "经济成本指标", "人均培训成本", "≤600元/人次",
         ok("≤600元/人次", note="照抄的年度人次使成本超出年度资金，是D202的后果")),
        ("效益指标", "社会效益指标", "渔船安全事故发生率", "≤1%", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%", "≥90%"),
    ], header=TWO)  # fmt: skip
    return b
