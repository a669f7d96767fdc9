"""Y103: years in indicators, goals and task lines that are neither the budget year nor a year
of the project period; a baseline year (较2025年) or last year reported on (2025年度决算,
2025年度温室气体排放清单) is no such year."""

from __future__ import annotations

import re
from collections.abc import Iterator

from goalbook.findings import Hit
from goalbook.model import Cell, CellRef, TextAt
from goalbook.rules.common import Context
from goalbook.rules.dates import span_of
from goalbook.rules.labelledperiod import labelled_period
from goalbook.vocabulary import YEAR_SPAN, words

_YEAR_IN_TEXT = re.compile(r"(?<![\d〔\[（(])(20\d{2})\s*年(?!\d)")
# in a goal's text a date's year counts too (2023年11月底前完成: no date rule reads goal texts)
_YEAR_IN_GOAL = re.compile(r"(?<![\d〔\[（(])(20\d{2})\s*年")
# a deadline's year (2025年10月底前, 2026年6月30日前完成)
_DEADLINE_YEAR = re.compile(
    r"(?<![\d〔\[（(])(20\d{2})\s*年\s*\d{1,2}\s*月[\d日号底末\s]*(?:之|以)?前"
)
# a year named as the baseline of a change (较2024年提高, 比2023年增长, 以2024年为基期): no
# year of the plan, so not out of place in it
_BASELINE_YEAR = re.compile(
    r"(?:较|比|相比|相较|对比)\s*(20\d{2})\s*年"
    r"|(20\d{2})\s*年度?(?:相比|为基|作为基|基期|基数|基准|基线)"
    r"|在\s*(20\d{2})\s*年[^，,。；;]{0,16}?基础上"  # 在2025年180个小区基础上新增30个
)
# a year something is kept or lasts until (溯源数据保存至2030年, 管护至2027年, 质保期至2028年):
# a horizon after the work, no year of the plan
_KEPT_UNTIL = re.compile(
    r"(?:保存|保留|留存|存档|管护|养护|维护|有效|质保|保修|运营|运行|使用)期?\s*(?:至|到)\s*(20\d{2})\s*年"
)
# a later year the work prepares for (为2026年创建示范点打好基础, 为2027年…全覆盖检测打基础,
# 为2027年验收做好准备, 为2027年推广积累参数, 为2026年申报储备人才,
# 为2027年推广品种选择提供依据, 为2026年启动县志续修提供口述资料)
_PREPARED_FOR = re.compile(
    r"为\s*(20\d{2})\s*年[^，,。；;]{0,24}?"
    r"(?:(?:打好|打下|打|奠定|夯实)\S{0,2}基础|做好?\S{0,4}准备|储备|积累|备足|备好|创造\S{0,2}条件"
    r"|提供\S{0,4}(?:依据|支撑|参考|资料|素材|数据|保障))"
)  # (为2026年汛期灌溉供水提供保障)
# a later year what is stored or made now is for (储备姜种，供2026年春季种植使用; 满足2026年春播
# 需要; 形成技术规程（供2026年推广）)
_STORED_FOR = re.compile(
    r"(?:供|用于|满足)\s*(20\d{2})\s*年[^，,。；;]{0,12}?(?:种植|播种|栽种|春耕|春播|使用|需要|需求|推广)"
)
# last year reported on in the budget year (公开2024年度部门决算, 2024年度绩效自评): right there
_REPORTED_YEAR = re.compile(
    r"(20\d{2})\s*年度?(?:部门|单位|财政|政府|项目)?"
    r"(?:决算|总结|年报|统计年报|审计|自评|绩效自评|绩效评价|考核|工作报告)"
    # an account of last year compiled in this one (2025年度温室气体排放清单, …排放核算报告)
    r"|(20\d{2})\s*年度?[^\d，,。；;：:、]{0,10}?(?:清单|核算|公报)"
    # last year's budget audited in this one (对2025年度县本级预算执行、决算草案…开展审计)
    r"|(20\d{2})\s*年度?[^\d，,。；;：:、]{0,8}?(?:预算执行|决算草案|财政收支)"
    # last year recorded in this one's book (年鉴…全面记述2025年全市经济社会发展情况)
    r"|(?:记述|记载|记录|收录|反映|回顾)\s*(20\d{2})\s*年"
    # last year's data gathered in this one (采集28个部门2024年度业务数据)
    r"|(20\d{2})\s*年度?[^\d，,。；;：:、]{0,6}?数据"
)


def _tended(text: str, first: int) -> set[int]:
    """Years before the plan in which what it tends was planted or built (抚育管护2023—2024年新植
    油用牡丹幼林): the works' age, no year of the plan."""
    years = (int(y) for m in _TENDED.finditer(text) for y in (m[1], m[2]) if y)
    return {y for y in years if y < first}


# what the work tends, planted or built in earlier years (抚育2024年新植幼林, 管护2023—2024年建成…)
_TENDED = re.compile(
    r"(?:抚育|管护|养护|补植|管理|维护)[^，,。；;]{0,6}?(20\d{2})\s*年?"
    r"(?:\s*[—\-–~至到]\s*(20\d{2})\s*年)?\s*(?:新植|新栽|栽植|种植|新造|造林|营造|建成|新建)"
)


def _own_period(ctx: Context, text: str, one_year: bool) -> set[int]:
    """The years of a span the text gives that holds the budget year, in a department's table or
    one with a period column but no plan over years (2026—2028年举办…100场 beside 实施周期指标值):
    the period its values are for."""
    year = ctx.year
    if year is None or not one_year or not (ctx.table.has_period or ctx.table.kind == "department"):
        return set()
    spans = ((int(m[1]), int(m[2])) for m in _SPAN.finditer(text))
    return {y for lo, hi in spans if lo <= year <= hi for y in range(lo, hi + 1)}


_SPAN = re.compile(YEAR_SPAN)


def other_years(ctx: Context) -> Iterator[Hit]:
    """Y103: years in indicators, goals and task lines that are neither the budget year nor a
    year of the project period (the message names the period when there is one)."""
    if ctx.year is None:
        return
    span = span_of(ctx)
    lo = span[0].year if span else ctx.year
    hi = span[1].year if span else ctx.year
    years = "" if lo == hi == ctx.year else f"{lo}–{hi}" if lo != hi else str(lo)
    cells: list[Cell] = []
    for ind in ctx.table.indicators:
        cells += [c for c in (ind.name, ind.period, ind.annual) if c is not None]
    cells += [line.name for line in ctx.table.lines if line.name is not None]
    goals = [c for k in ("goal_annual", "goal_period") if (c := ctx.table.fields.get(k))]
    goals += _goal_lines(ctx, goals)
    cells += goals
    lines_rows = {(c.at.sheet, c.at.row) for line in ctx.table.lines if (c := line.name)}
    rows = {row for _sheet, row in lines_rows}  # a row number first: no pair built for most
    tasks = [_text_cell(t) for t in ctx.table.texts if t[1] in rows and (t[0], t[1]) in lines_rows]
    cells += tasks
    seen: set[CellRef] = set()
    for cell in cells:
        if "年" not in cell.text or cell.at in seen:
            continue
        seen.add(cell.at)
        pattern = _YEAR_IN_GOAL if cell in goals else _YEAR_IN_TEXT
        found = sorted({int(y) for y in pattern.findall(cell.text)})
        if cell in tasks:  # a task's deadline (2025年10月底前完工): no date rule reads tasks
            found = sorted({*found, *map(int, _DEADLINE_YEAR.findall(cell.text))})
        odd = [
            y
            for y in found
            if y != ctx.year and not lo <= y <= hi and ctx.year - 5 <= y <= ctx.year + 5
        ]
        if odd:
            baselines = {_first(m) for m in _BASELINE_YEAR.findall(cell.text)}
            later = [
                *_KEPT_UNTIL.findall(cell.text),
                *_PREPARED_FOR.findall(cell.text),
                *_STORED_FOR.findall(cell.text),
            ]
            baselines |= {y for m in later if (y := int(m)) > hi}
            baselines |= {
                y for m in _REPORTED_YEAR.findall(cell.text) if (y := _first(m)) == ctx.year - 1
            }
            labelled = labelled_period(ctx)  # (中期目标（2026年—2028年） over a mistyped end)
            baselines |= _tended(cell.text, lo) | _own_period(ctx, cell.text, lo == hi)
            odd = [
                y
                for y in odd
                if y not in baselines and not (labelled and labelled[0] <= y <= labelled[1])
            ]
        if odd:
            shown = words(map(str, odd), ctx.lang)
            params = {"found": shown, "year": str(ctx.year), "span": years}
            yield Hit("Y103", cell.at, params)
    for t in ctx.table.texts:  # a note saying whose year the values are (注：…均为2025年度目标值)
        if t[3].startswith(_NOTE_WORDS) and "年" in t[3]:
            odd = sorted({y for m in _VALUES_YEAR.findall(t[3]) if not lo <= (y := int(m)) <= hi})
            if odd and ctx.year - 5 <= odd[0] and odd[-1] <= ctx.year + 5:
                params = {"found": words(map(str, odd), ctx.lang), "year": str(ctx.year)}
                yield Hit("Y103", CellRef(t[0], t[1], t[2]), {**params, "span": years})


_NOTE_WORDS = ("注：", "注:", "说明：", "说明:", "备注：", "备注:", "填表说明")
# the year a note gives the table's values (本表指标值均为2026年度目标值, 年度值为2026年末目标)
_VALUES_YEAR = re.compile(r"(20\d{2})\s*年(?:度|末|底|当年)?(?:绩效)?(?:目标值|指标值|目标|计划值)")


def _first(groups: tuple[str, ...]) -> int:
    """The year of a match of several alternatives: the one group that matched."""
    return int(next(g for g in groups if g))


# a numbered line of a goal written over several rows (1.… │ 2.… │ 3.2025年12月底前完成…)
_NUMBERED = re.compile(r"^\s*[（(]?\d{1,2}[)）.、．]")


def _goal_lines(ctx: Context, goals: list[Cell]) -> list[Cell]:
    """The numbered lines that go on a goal in the rows right under it, in its column."""
    numbered = [goal for goal in goals if _NUMBERED.match(goal.text)]
    if not numbered:  # (most goals: one paragraph)
        return []
    by_place = {(t[0], t[1], t[2]): t for t in ctx.table.texts}
    out: list[Cell] = []
    for goal in numbered:
        row = goal.at.row + 1
        while (t := by_place.get((goal.at.sheet, row, goal.at.col))) and _NUMBERED.match(t[3]):
            out.append(_text_cell(t))
            row += 1
    return out


def _text_cell(t: TextAt) -> Cell:
    return Cell(CellRef(t[0], t[1], t[2]), t[3], t[3])
