"""Sea cucumber (海参) ranching returns: stacked projects, notes, template rows, 中期 and 年度."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout530.common import (
    head,
    indicators,
    new_book,
    notes,
    signatures,
    wan,
    wan_period,
)
from tests.variants.holdout530.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
UNIT = "泊澜区海洋牧场服务站"


def _reef_rows(rate: str, count: Any) -> list[list[Any]]:
    return [
        ["产出指标", "数量指标", "投放海参苗种", count],
        [None, None, "新建人工参礁", "≥3000空方"],
        [None, "质量指标", "参苗投放成活率", rate],
        [None, "时效指标", "苗种投放完成时间", "2026年5月31日前"],
        [None, "成本指标", "每空方参礁建设补助", "≤450元"],
        ["效益指标", "经济效益指标", "礁区海参亩产增加", "≥15公斤"],
        [None, "生态效益指标", "礁区底栖生物量较上年提高", "≥5%"],
        ["满意度指标", "服务对象满意度指标", "参养渔户满意度", "≥90%"],
    ]


@variant("bt07-cucumber-stacked-two", (2,),
         "two sea cucumber projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values in each project (correct)")  # fmt: skip
def bt07() -> Book:
    b, s = new_book()
    head(s, "礁头湾海参底播增殖项目", UNIT, wan(200, 180, 20),
         ["在礁头湾底播海参苗种，新建人工参礁3000空方。"])  # fmt: skip
    indicators(s, HEAD4, _reef_rows("≥85%", "≥60万头"))
    s.skip()
    head(s, "东堡岛海参礁区扩建项目", UNIT, wan(240, 200, 40),
         ["扩建东堡岛参礁，底播海参苗种，提高礁区单产。"], title="")  # fmt: skip
    indicators(s, HEAD4, _reef_rows("≥90%", "≥80万头"))
    return b


@variant("bt08-cucumber-stacked-wrong", (2, 12),
         "two sea cucumber projects stacked, OLD-NAT, one value column: the second project's "
         "年度资金总额 is not 财政拨款 + 其他资金 and its 检测合格率 is a count")  # fmt: skip
def bt08() -> Book:
    b, s = new_book()
    head(s, "礁头湾海参苗种繁育项目", UNIT, wan(210, 190, 20),
         ["繁育海参苗种供全区底播，苗种检测合格后投放。"])  # fmt: skip
    indicators(s, HEAD4, _reef_rows("≥85%", "≥60万头"))
    s.skip()
    total = mk(money(260, WAN), "B101", "error", note="200 + 40 = 240, not 260")
    head(s, "东堡岛海参育苗场改造项目", UNIT, wan(total, 200, 40),
         ["改造东堡岛育苗场，提高海参苗种质量。"], title="")  # fmt: skip
    rows = _reef_rows("≥90%", "≥80万头")
    rows[2] = [None, "质量指标", "海参苗种检测合格率",
               mk("≥8批次", "T105", "error", note="合格率 given as a count")]  # fmt: skip
    indicators(s, HEAD4, rows)
    return b


@variant("bt09-cucumber-notes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, a footnote "
         "explaining a total, 填表说明, signature, "
         "a fill date in the prior year (correct)")  # fmt: skip
def bt09() -> Book:
    b, s = new_book()
    head(s, "泊澜区海参养殖池塘标准化改造项目", UNIT, wan(150, 130, 20),
         ["改造海参养殖池塘300亩，配套进排水和增氧设施。"])  # fmt: skip
    s.row(*HEAD4)
    s.row("（填写说明：指标值须含比较符和计量单位）", merge=[(1, 4)])
    s.table([
        ["产出指标", "数量指标", "改造海参养殖池塘", "≥300亩"],
        [None, None, "配套微孔增氧设备", "≥120套"],
        [None, "质量指标", "改造池塘验收合格率", "≥95%"],
        [None, "时效指标", "池塘改造完成时间", "2026年9月30日前"],
        [None, "成本指标", "亩均改造补助", "≤0.4万元"],
        ["效益指标", "经济效益指标", "改造池塘亩均增收", "≥2000元"],
        [None, "生态效益指标", "养殖尾水达标排放率", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：亩均改造补助0.4万元×300亩=120万元，其余30万元用于增氧设备购置。",
          "填表说明：本表一式三份，报区财政局、区海洋与渔业局各一份。")  # fmt: skip
    signatures(s, "邬海岚", "0580-4472613", (2025, 11, 18))
    return b


@variant("bt10-cucumber-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a 生态效益 tier-2 left from the template without an "
         "indicator, a value whose name cell is empty")  # fmt: skip
def bt10() -> Book:
    b, s = new_book()
    head(s, "东堡岛海参夏眠期看护项目", UNIT, wan(90, 90, 0),
         ["组织渔民看护夏眠期礁区海参，减少盗采和病害损失。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ["产出指标", "数量指标", "看护礁区面积", "≥1500亩"],
        [None, None, "组织看护巡查", "≥120次"],
        [None, "质量指标", "巡查记录完整率", "≥95%"],
        [None, "时效指标", "盗采事件处置时限", "≤24小时"],
        ["成本指标", "经济成本指标", "每次巡查补助", "≤3000元"],
        ["效益指标", "社会效益指标", "礁区盗采事件", "≤2起"],
        [None, None, mk("", "F110", "error", note="a value with no indicator name"), "≥50户"],
        [None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None],
        ["满意度指标", "服务对象满意度指标", "参养渔户满意度", "≥90%"],
    ])  # fmt: skip
    return b


def _period_rows(annual_area: Any, annual_hh: Any) -> list[list[Any]]:
    return [
        ["产出指标", "数量指标", "底播海参增殖面积", "≥3000亩", annual_area],
        [None, None, "培训参养渔民", "≥600人次", "≥200人次"],
        [None, None, "带动参养渔户", "≥120户", annual_hh],
        [None, "质量指标", "底播苗种成活率", "≥85%", "≥85%"],
        [None, "时效指标", "年度计划完成率", "≥95%", "≥95%"],
        ["成本指标", "经济成本指标", "每亩底播苗种补助", "≤600元", "≤600元"],
        ["效益指标", "经济效益指标", "参养渔户户均增收", "≥8000元", "≥5000元"],
        [None, "可持续影响指标", "增殖区管护机制", "健全", "健全"],
        ["满意度指标", "服务对象满意度指标", "参养渔户满意度", "≥90%", "≥90%"],
    ]


def _period_table(s: Sheet, rows: list[list[Any]]) -> None:
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)


@variant("bt11-cucumber-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: annual counts below the period "
         "counts, rates and unit costs legitimately equal (correct)")  # fmt: skip
def bt11() -> Book:
    b, s = new_book()
    head(s, "礁头湾海参增殖区建设项目（2026—2028年）", UNIT,
         wan_period((900, 750, 150), (300, 250, 50)),
         ["三年底播海参3000亩，建成礁头湾海参增殖区并建立管护机制。",
          "2026年底播海参1000亩，培训参养渔民200人次。"],
         years=3, attr="新增项目")  # fmt: skip
    _period_table(s, _period_rows("≥1000亩", "≥50户"))
    return b


@variant("bt12-cucumber-period-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, an "
         "annual area above the period area, a cumulative count copied")  # fmt: skip
def bt12() -> Book:
    b, s = new_book()
    goal = "两年底播海参3000亩，培训参养渔民600人次，带动参养渔户120户。"
    head(s, "东堡岛海参底播增殖项目（2026—2027年）", UNIT,
         wan_period((700, 600, 100), (350, 300, 50)),
         [goal, mk(goal, "D204", "warning", note="年度目标 identical to 中期目标")],
         years=2, start=day(2026, 1, 1), end=day(2027, 12, 31))  # fmt: skip
    area = mk("≥3500亩", "D201", "error", note="annual area above the period's ≥3000亩")
    hh = mk("≥120户", "D202", "warning", note="cumulative count copied from 中期")
    _period_table(s, _period_rows(area, hh))
    return b
