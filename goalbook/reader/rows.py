"""The rows of an official layout's indicator table, read by content: which rows are not
indicators, and which cell of a row is a tier label, the name or a value.

Offices leave notes and instructions inside and under the table (``注：…``, ``说明：…``,
``填表说明``, a bracketed line such as ``（以下为效果指标，请根据项目实际填写）``), repeat the
header after a page break, add subtotal and total rows, and end the form with signature and
date lines. None of them is an indicator. The classes below are general (note words, brackets,
a cell spread across the table, header words, total words, role-and-colon labels), not the
spellings of any one return.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import Enum

from goalbook.grades import is_grade_word
from goalbook.model import Cell, Op, Target, TargetKind
from goalbook.reader.amountcells import is_amount
from goalbook.reader.columnmarks import numbered_columns, system_codes
from goalbook.reader.fieldlabels import goal_line, money_line
from goalbook.reader.tableend import APPENDIX, PAGE, ends_table, page_foot, signed_off
from goalbook.targets import parse_target
from goalbook.vocabulary import (
    DETAIL_TITLE,
    REVISION_NOTES,
    SUB_VALUE_WORDS,
)


class RowKind(Enum):
    READ = "read"  # an indicator (or a tier label) row: read it
    SKIP = "skip"  # a note, a repeated header, a subtotal: part of the table, not an indicator
    END = "end"  # a signature or date line: the form ends here
    FIELD = "field"  # a field and its value (年度绩效目标 │ …) below the table: not the table's


# A note or an instruction: 注：, 注1：, 备注：, 说明：, 填表说明（…）, *注: …, or where an export's
# data come from (数据来源：预算管理一体化系统)
_NOTE = re.compile(
    r"^[*＊※]?\s*(?:[（(【\[]|[0-9０-９]{1,2}\s*[.、．)）]|[一二三四五六七八九十]{1,2}\s*[、.．])?\s*"
    r"(注|备注|附注|说明|填表说明|填报说明|填写说明|注意事项|数据来源|资料来源|导出时间|导出日期)"
    r"\s*[0-9０-９一二三四五六七八九十]*\s*([：:、.．]|$|[（(])"
)


def is_note(text: str) -> bool:
    """注：…, 说明：…, 1、注: a note or instruction, no label or indicator."""
    return _NOTE.match(text) is not None


# A line that holds only an instruction in brackets: （以下为效果指标，请根据实际填写）
_BRACKETED = re.compile(r"^[（(\[【].*[)）\]】]$")
# A unit line met inside a table: 单位编码：405001, 金额单位：万元, 单位：万元
_UNIT_LINE = re.compile(r"^(单位|金额单位|单位编码|单位代码|部门编码|部门代码)[^：:]{0,4}[：:]")
# The 栏次 line under a header that numbers its columns (甲 │ 乙 │ 丙 │ 丁 │ 1 │ 2 │ 3 │ 4)
_LETTERS = frozenset("甲乙丙丁戊己庚辛壬癸")
_COLUMN_FIRST = _LETTERS | {"栏次", "行次"}
# the head of a task's block in a department table whose tasks each have their indicators
_TASK_HEAD = re.compile(
    r"^(?:(?:重点)?任务[一二三四五六七八九十\d]{1,3}|主要(?:实施)?内容)\s*[：:]?$"
)
_COLUMN_MARK = re.compile(rf"^(?:[{''.join(sorted(_LETTERS))}]|\d{{1,2}}|栏次|行次)$")
# A sentence alone in a row: a note's next line (2. 指标值按…填写。, 2.本表金额单位为万元。),
# never an indicator's name
_SENTENCE = re.compile(r"^.{16,}[。；;]$|^[0-9０-９]{1,2}\s*[.、．)）].{4,}[。；;]$")
# A footnote under the names it marks (※ …, * …以…为准。)
_MARKED = re.compile(r"^※\s*\S|^[*＊]\s*\S.{3,}[。；;]$")
# A line naming the project of the rows below it (项目名称：农技推广): no indicator
PROJECT_LINE = re.compile(r"^(?:项目名称|项目)\s*[：:]\s*(?P<name>[^（(\s][^（(]*)")
# The form's title repeated over a page (…项目支出绩效目标表（续）)
_TITLE_AGAIN = re.compile(r"绩效目标.{0,8}表\s*(?:[（(]续[)）])?$")
# a numbered section heading alone on its row (二、云塘县社会福利院, （三）园林绿化管理所)
_SECTION = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])\s*\S"
    # 项目2 over its block, or 项目二：城区智慧停车系统建设 (the block's own 项目名称 row below)
    r"|^(?:子?项目|附表)\s*[0-9０-９一二三四五六七八九十]{1,3}\s*(?:[：:].*)?$"
)
# A subtotal or total row: 合计, 小计, 产出指标小计, 总计, and its points (合计（100分）)
_TOTAL = re.compile(r"^.{0,12}(合计|小计|总计|共计)(?:[（(]\d{1,3}(?:\.\d+)?分?[)）])?$")
# a number typed or pasted as text, as a total row sums them (100, 1,250.00, 100分, 85万元)
_FIGURE = re.compile(r"^[\d,，.\s]+(?:分|万元|元|%)?$")
# a note in a total row on what its sum leaves out or holds (另预算执行率10分, 不含…, 含…), or
# how many rows it closes (指标数：7)
_TOTAL_NOTE = re.compile(r"^(?:另|含|不含|其中|注|备注|说明)|\d\s*分|^(?:指标|项目)个?数[：:]\s*\d")


# a line between parts of a table (以下为效益及满意度指标, —— 以下为第2个项目 ——, ————)
_DIVIDER = re.compile(r"^[\s—\-－=＝·*]*以下(?:为|是|列示)|^[—\-－=＝]{2,}")


def _lone_line(first: str, across: bool) -> bool:
    """A text alone on its row that is no indicator: a line merged across, a note, a page
    marker, a sentence, the title again, 项目名称：X over its project's rows (stacked tables), a
    numbered section over a sub-unit's rows (二、云塘县社会福利院)."""
    if across or _NOTE.match(first) or _BRACKETED.match(first) or _UNIT_LINE.match(first):
        return True
    if PAGE.match(first) or _SENTENCE.match(first) or _TITLE_AGAIN.search(first):
        return True
    if _MARKED.match(first) or _DIVIDER.match(first):  # ※ 数字化页数以验收单为准。: a
        return True  # footnote to a marked name; —— 以下为第2个项目 ——: a line between parts
    return PROJECT_LINE.match(first) is not None or _SECTION.match(first) is not None


def _block_title(text: str) -> bool:
    """The title of a block below the table (资金测算明细, 附表1, 重点任务), alone on its row; not a
    note that ends as one does (注：效益指标按第一潮菇测算: a note, the table goes on)."""
    titled = DETAIL_TITLE.match(text) or APPENDIX.match(text) or _TASKS_TITLE.match(text)
    return titled is not None and _NOTE.match(text) is None


def row_kind(
    own: Sequence[Cell],
    across: bool,
    is_header: Callable[[str], bool],
    is_label: Callable[[str], bool],
    inside: bool = False,
) -> RowKind:
    """What a table row is, from its own (not carried) cells, left to right.

    ``across``: its first cell is merged across the table's next columns (a line of text);
    ``is_header`` tells a header word (三级指标, 指标值 …); ``is_label`` a tier label (产出指标,
    数量指标 …), never a note; ``inside``: a tier label merged down from above covers it."""
    if not own:
        return RowKind.READ
    first = own[0].text
    if ends_table(first) or (len(own) == 1 and _block_title(first)):
        return RowKind.END  # a signature line, or the title of a budget-lines block below
    if signed_off(own, first, inside):
        return RowKind.END
    if (known := _known_row(own, first)) is not None:
        return known
    texts = [c.text for c in own if isinstance(c.value, str)]
    if len(own) == 1 and not is_label(first):
        if _lone_line(first, across):
            return RowKind.SKIP
    elif _NOTE.match(first) and len(texts) == len(own) and not is_label(first):
        return RowKind.SKIP
    elif (
        len(own[-1].text) > 12
        and _NOTE.match(own[-1].text)
        and all(is_label(c.text) for c in own[:-1])
    ):
        return RowKind.SKIP  # 满意度指标 (filled down) │ 注：满意度通过电话回访取得…
    # (the first text: a tier score's sum may stand left of it, 100 │ 合计 │ … │ 100)
    named = next((i for i, c in enumerate(own) if isinstance(c.value, str)), 0)
    if (
        _TOTAL.match(own[named].text.replace(" ", ""))
        and all(
            not isinstance(c.value, str)
            or _TOTAL.match(c.text)
            or _FIGURE.match(c.text)
            or _TOTAL_NOTE.search(c.text)  # 另预算执行率10分: a note on the points summed
            or is_label(c.text)  # a tier label merged down into the total row, then filled
            for c in own[named + 1 :]
        )
    ):
        return RowKind.SKIP  # the row's other cells are numbers (or typed as text): sums
    if len(own) > 1 and _bracketed_note(own, is_label):
        return RowKind.SKIP  # tier labels and a note in brackets: （模板示例行）, no indicator
    if len(own) > 1 and all(_BRACKETED.match(c.text) and not is_label(c.text) for c in own):
        return RowKind.SKIP  # a header's hints on the line under it: （正向/反向） │ （≥≤=）
    if (
        len(own) >= 4
        and own[0].text in _COLUMN_FIRST
        and all(_COLUMN_MARK.match(c.text) for c in own)
    ):
        return RowKind.SKIP  # the columns' numbers (栏次: 甲 │ 乙 │ … │ 1 │ 2), not an indicator
    if len(own) >= 3 and (numbered_columns(own) or system_codes(texts, own)):
        return RowKind.SKIP  # the columns numbered 1 │ 2 │ 3 …, or a system's codes YJZB │ EJZB
    if len(texts) >= 2 and money_line(texts) and any(is_amount(c) for c in own):
        return RowKind.SKIP  # 项目资金 │ … │ 资金总额 │ 65 │ 其中：财政拨款 │ 65: the money
    return RowKind.SKIP if _header_again(own, texts, is_header, is_label) else RowKind.READ


def _known_row(own: Sequence[Cell], first: str) -> RowKind | None:
    """A row known by its words: a page's foot, a task's own head (任务二 │ 普通高中多样化发展 │
    任务金额 │ 1850), what a resubmission changed (修改说明 │ 1.按初审意见补充了成本指标…), or a
    goal written in the table's rows (年度绩效目标 │ 为全县…: a field, after an export's code and
    name too)."""
    if page_foot([c.text for c in own]) or _TASK_HEAD.match(first):
        return RowKind.SKIP
    if first.startswith(REVISION_NOTES):
        return RowKind.SKIP
    texts = [c.text for c in own]  # (an export's code and name may stand left of them)
    if len(own) <= 4 and all(isinstance(c.value, str) for c in own) and goal_line(texts[-2:]):
        return RowKind.FIELD
    return None


def _header_again(
    own: Sequence[Cell],
    texts: list[str],
    is_header: Callable[[str], bool],
    is_label: Callable[[str], bool],
) -> bool:
    """The header, or a line of it, repeated (after a page break). A tier label written after
    its head (一级指标：效益指标) is a label, no head word: beside a value such as 较上年提高
    (a head word too: 上年) the row is an indicator's."""
    heads = sum(1 for t in texts if is_header(t) and not is_label(t))
    if heads >= 2 and heads * 3 >= len(own) * 2:
        return True
    if heads and len(texts) == len(own) and all(is_header(t) or t in _LINE_HEADS for t in texts):
        return True  # a two-line header's line repeated (绩效指标 │ 指标值, 比较符 │ 数值)
    # the lower line 中期 │ 年度 of a two-line header, repeated (中期（2026—2028年）│ 年度)
    bare = [_YEARS_SAID.sub("", t) for t in texts]
    return len(texts) >= 2 and len(texts) == len(own) and all(t in _PERIOD_HEADS for t in bare)


# the title of a task list below the indicators, alone on its row (年度重点任务, 主要工作任务安排)
_TASKS_TITLE = re.compile(
    r"^(?:年度|本年度|当年)?(?:重点|主要)(?:工作)?任务(?:安排|清单|表)?\s*(?:[（(][^）)]{0,8}[)）])?$"
)
# the words over the columns of a two-line header's upper line (绩效指标 over the tiers)
_OVER_HEADS = frozenset(("绩效指标", "年度绩效指标", "绩效目标", "指标"))
_LINE_HEADS = _OVER_HEADS | frozenset(SUB_VALUE_WORDS)  # and the lower line's (数值 under 指标值)
_PERIOD_HEADS = frozenset(("中期", "年度", "实施期", "实施周期", "中期目标", "年度目标"))
_YEARS_SAID = re.compile(r"\s*[（(]\s*20\d{2}[^）)]{0,12}[）)]\s*$")  # (（2026—2028年）)


def _bracketed_note(own: Sequence[Cell], is_label: Callable[[str], bool]) -> bool:
    """One cell of the row a note in brackets, the others tier labels (a cheap test first:
    most rows have no cell opening with a bracket)."""
    notes = [c for c in own if c.text[:1] in "（(【["]
    if len(notes) != 1 or not _BRACKETED.match(notes[0].text):
        return False
    return all(is_label(c.text) for c in own if c is not notes[0])


# Which cell of a row is a tier label, the name, a value: by column or by content.

_NAME_TAIL = 5  # this many characters after a number are words, not a unit
_CIRCLED_NAME = re.compile(r"^[\u2460-\u2473\u2776-\u277f]\s*[\u4e00-\u9fff]")


def is_value(cell: Cell) -> bool:
    if _CIRCLED_NAME.match(cell.text):
        return False  # ③危桥改造: a name numbered with a circled digit, no 3 of 危桥改造
    t = parse_target(cell.value)
    if t.kind is TargetKind.QUANT:
        return not _opens_name(t)
    if t.kind in (TargetKind.DATE, TargetKind.PLACEHOLDER):
        return True
    return t.kind is TargetKind.GRADE and is_grade_word(t.grade)


def _opens_name(t: Target) -> bool:
    """A number that opens a name (60岁以上老年人体检人数, 0-3岁婴幼儿照护服务覆盖率, 12345热线
    办结率): no operator written, and words follow the number where a unit would (a unit is
    short, or a compound with / or ·; a note in brackets or after a comma follows a value)."""
    if not (t.op_implied or t.op is Op.RANGE):
        return False
    unit = "".join(t.unit.split())
    # the words up to a note in brackets or after a comma: 1.1 改造村道里程（公里） opens a
    # name (outline numbering), 3000人次（覆盖全县） is a value with a note
    head = _NOTE_START.split(unit, maxsplit=1)[0]
    if any(ch in head for ch in "/·"):
        return False
    if head[:1] == "、" and len(head) > 1:
        return True  # 6、每个村（社区）法律顾问补贴: the number of a numbered name
    # (or a short measure after a code: 122 优良路率, 122 取证率, no unit a value has)
    return len(head) >= _NAME_TAIL or (len(head) >= 3 and head.endswith(_MEASURE_ENDS))


_MEASURE_ENDS = ("率", "度", "数", "量")


_NOTE_START = re.compile(r"[（(，,；;]")


def across(own: list[Cell], cells: list[Cell | None]) -> bool:
    """The row's first own cell is merged across the next column: a line of text."""
    if not own:
        return False
    anchor = own[0].at
    return any(c is not None and c.carried and c.at == anchor for c in cells)


def line_across(cells: Sequence[Cell | None], r: int) -> list[Cell]:
    """A row with no cell of its own in the table's columns whose text is merged across them
    from its first column (注：… written under 指标编码, left of the tiers): that text, as the
    row's one own cell; empty when the row carries only labels merged down from above."""
    for c in cells:
        if c is not None and c.carried and c.at.row == r + 1:  # merged across, in this row
            return [c._replace(carried=False)]
    return []
