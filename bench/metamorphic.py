"""Metamorphic robustness of ``goalbook check``: harmless edits of the invented returns (what
offices do to a table without changing what it says) must not change the errors goalbook raises.

    python bench/metamorphic.py                     # every corpus, every edit
    python bench/metamorphic.py --set holdout12     # one corpus (repeatable)
    python bench/metamorphic.py --edit shifted --detail   # one edit, each change listed

Each return of the corpora (tests/variants/corpora.py) is written, re-saved by openpyxl as it is
(the baseline, so that a round trip through openpyxl is no edit), then re-saved with one edit:

* shifted: an empty column before A and an empty row above row 1, merged cells moved along;
* unmerged-filled: every tier label merged down a column unmerged and written in every row
  (offices that repeat the tier in each row);
* unmerged-empty: every cell merged down a column unmerged, its text left in the first row only
  (merges lost in a paste or a conversion); not a target value shared by the rows it is merged
  over (不低于95% over two rates), which unmerged would leave them without one;
* unmerged-across: every cell merged across a row unmerged, its text in the first cell only;
* percent-text: every percentage typed as Excel stores it (0.95 under a % format) typed as text
  (``95%``);
* percent-decimals: percentages shown with two decimals (0.00%);
* renamed-sheets: the sheets renamed Sheet1, Sheet2 …;
* numbered-tiers: the tier-1 labels numbered (一、产出指标) and the tier-2s (1.数量指标);
* footnote: a note and a signature line under the last row of each sheet;
* spaces: a space before and after every short text;
* extra-sheets: a cover sheet (封面) before and a sheet of instructions (填表说明) after;
* dates-as-text: dates typed as text (2026年6月30日);
* numbers-as-text: numbers pasted as text (all but percentages);
* fullwidth: brackets, colons, commas and semicolons typed full width;
* blank-rows: an empty row before each tier-1 block but the first;
* header-words: other words for the same heads (目标值, 度量单位, 三级指标名称);
* header-breaks: heads typed on two lines in their cells (三级 / 指标);
* operator-words: ≥ and ≤ before a number written 不低于 and 不高于.

Figures per edit: on correct returns the errors that appear (false errors the edit caused; the
goal is none), on returns with mistakes the error codes that vanish (mistakes the edit hid) and
appear. Errors are compared by code and count, not by cell (an edit may move cells).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import openpyxl
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from goalbook.check import CheckOptions, check_file  # noqa: E402
from tests.variants import Built  # noqa: E402
from tests.variants.corpora import CORPORA, builder  # noqa: E402

Edit = Callable[[openpyxl.Workbook], None]
_PERCENT = re.compile(r'^(?:[^"]|"[^"]*")*%')
_TIER1 = re.compile(r"^(产出|效益|满意度|成本)指标$")
_TIER2 = re.compile(r"^(数量|质量|时效|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|"
                    r"生态效益|可持续影响|服务对象满意度)指标$")  # fmt: skip
_NUMERALS = "一二三四五六七八九十"
# a tier label as offices write it (产出指标, 一、效益指标（30分）, 数量), not a head (一级指标)
_TARGET_LIKE = re.compile(
    r"\s*(?:[≥≤<>=＞＜≧≦]\s*\d|\d+(?:\.\d+)?\s*%|(?:不低于|不少于|不超过|不高于)\d)"
)
_TIER_LIKE = re.compile(r"^(?!.*级指标).{0,4}(产出|效益|满意度|成本|数量|质量|时效|效果|影响)")


def _text(cell: Cell | MergedCell, text: str) -> None:
    """Write a text (openpyxl would take one that starts with = for a formula)."""
    cell.value = text
    cell.data_type = "s"


def _formula(cell: Cell | MergedCell) -> bool:
    """A formula (openpyxl keeps it as its text, =SUM(C6:C8)): no text to edit."""
    return cell.data_type == "f"


def _sheets(wb: openpyxl.Workbook) -> list[Worksheet]:
    return [ws for ws in wb.worksheets if isinstance(ws, Worksheet)]


def shifted(wb: openpyxl.Workbook) -> None:
    for ws in _sheets(wb):
        merged = [r.coord for r in ws.merged_cells.ranges]
        for coord in merged:
            ws.unmerge_cells(coord)
        widths = {k: d.width for k, d in ws.column_dimensions.items()}
        hidden = _hidden_rows(ws)
        ws.insert_rows(1)
        ws.insert_cols(1)
        _hide_rows(ws, {r + 1 for r in hidden})
        for coord in merged:
            first, _, last = coord.partition(":")
            ws.merge_cells(f"{_moved(first)}:{_moved(last or first)}")
        for key, width in widths.items():
            col = openpyxl.utils.column_index_from_string(key)
            ws.column_dimensions[get_column_letter(col + 1)].width = width


def _moved(a1: str) -> str:
    col, row = openpyxl.utils.cell.coordinate_from_string(a1)
    index = openpyxl.utils.column_index_from_string(col)
    return f"{get_column_letter(index + 1)}{row + 1}"


def _unmerge_down(wb: openpyxl.Workbook, fill: bool) -> None:
    for ws in _sheets(wb):
        spans = Counter(
            (r.min_row, r.max_row)
            for r in ws.merged_cells.ranges
            if not _TIER_LIKE.search(str(ws.cell(r.min_row, r.min_col).value or ""))
        )  # the rows each merge of a name or a value spans (tier labels span their blocks)
        for rng in list(ws.merged_cells.ranges):
            if rng.min_col != rng.max_col or rng.min_row == rng.max_row:
                continue  # across or one cell: titles stay merged
            value = ws.cell(rng.min_row, rng.min_col).value
            if fill and not (isinstance(value, str) and _TIER_LIKE.search(value)):
                continue  # only tier labels are repeated row by row
            shared = spans[(rng.min_row, rng.max_row)] == 1  # (not one row on two: name, value)
            if shared and isinstance(value, str) and _TARGET_LIKE.match(value):
                continue  # a value shared by the rows merged over: unmerged, they have none
            ws.unmerge_cells(rng.coord)
            if fill and isinstance(value, str):
                for row in range(rng.min_row + 1, rng.max_row + 1):
                    ws.cell(row, rng.min_col).value = value


def unmerged_across(wb: openpyxl.Workbook) -> None:
    """Every cell merged across a row unmerged, its text left in the first cell only (titles,
    goals and heads spread over columns, as a paste of values leaves them)."""
    for ws in _sheets(wb):
        for rng in list(ws.merged_cells.ranges):
            if rng.min_row == rng.max_row and rng.min_col != rng.max_col:
                ws.unmerge_cells(rng.coord)


def unmerged_filled(wb: openpyxl.Workbook) -> None:
    _unmerge_down(wb, fill=True)


def unmerged_empty(wb: openpyxl.Workbook) -> None:
    _unmerge_down(wb, fill=False)


def percent_text(wb: openpyxl.Workbook) -> None:
    for ws in _sheets(wb):
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if isinstance(v, int | float) and _PERCENT.match(c.number_format or ""):
                    c.value = f"{round(v * 100, 4):g}%"
                    c.number_format = "General"


def percent_decimals(wb: openpyxl.Workbook) -> None:
    """Percentages shown with two decimals (0.00%) where the sender showed fewer."""
    for ws in _sheets(wb):
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, int | float) and _PERCENT.match(c.number_format or ""):
                    c.number_format = "0.00%"


def renamed_sheets(wb: openpyxl.Workbook) -> None:
    """Sheets renamed Sheet1, Sheet2 … (a copy into a new workbook)."""
    for i, ws in enumerate(_sheets(wb), start=1):
        ws.title = f"Sheet{i}"


def numbered_tiers(wb: openpyxl.Workbook) -> None:
    for ws in _sheets(wb):
        tier1: dict[str, int] = {}
        tier2 = 0
        for row in ws.iter_rows():
            for c in row:
                if not isinstance(c.value, str):
                    continue
                if _TIER1.match(c.value):
                    n = tier1.setdefault(c.value, len(tier1))
                    _text(c, f"{_NUMERALS[n % 10]}、{c.value}")
                elif _TIER2.match(c.value):
                    tier2 += 1
                    c.value = f"{tier2}.{c.value}"


def footnote(wb: openpyxl.Workbook) -> None:
    for ws in _sheets(wb):
        if ws.sheet_state != "visible" or ws.max_row < 5:
            continue
        last = ws.max_row
        col = ws.min_column
        ws.cell(last + 2, col).value = "注：本表指标值除注明外均为年度目标值，金额单位以表头为准。"
        ws.cell(
            last + 3, col
        ).value = "填表人：王某某        审核人：李某某        联系电话：0000-1234567"


def spaces(wb: openpyxl.Workbook) -> None:
    for ws in _sheets(wb):
        for row in ws.iter_rows():
            for c in row:
                if _formula(c) or not isinstance(c.value, str):
                    continue
                if 0 < len(c.value) <= 20 and "\n" not in c.value:
                    _text(c, f" {c.value} ")


def extra_sheets(wb: openpyxl.Workbook) -> None:
    cover = wb.create_sheet("封面", 0)
    cover["B3"] = "绩效目标申报材料"
    cover["B6"] = "填报单位（盖章）："
    cover["B8"] = "单位负责人："
    notes = wb.create_sheet("填表说明")
    notes["A1"] = "填表说明"
    notes["A2"] = "1.一级、二级指标请按下拉选项填写，三级指标由单位结合实际设置。"
    notes["A3"] = "2.定量指标请注明比较符和计量单位，定性指标请填写等级。"


def dates_as_text(wb: openpyxl.Workbook) -> None:
    for ws in _sheets(wb):
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, dt.datetime | dt.date):
                    d = c.value
                    c.value = f"{d.year}年{d.month}月{d.day}日"
                    c.number_format = "General"


def numbers_as_text(wb: openpyxl.Workbook) -> None:
    """Numbers pasted as text (the green triangle): every number not under a % format, with
    the unit its format showed after it (600000 under #,##0"元": 600000元), as pasted."""
    for ws in _sheets(wb):
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if isinstance(v, int | float) and not isinstance(v, bool):
                    if not _PERCENT.match(c.number_format or ""):
                        shown = _SHOWN_UNIT.search(c.number_format or "")
                        c.value = repr(v) + (shown[1] if shown else "")
                        c.number_format = "@"


# the unit a number format shows after the number (#,##0.00"元", 0"万元"): its last quoted text
_SHOWN_UNIT = re.compile(r'"([^"\d]+)"\s*$')


_FULL = str.maketrans({"(": "（", ")": "）", ":": "：", ",": "，", ";": "；"})


def fullwidth(wb: openpyxl.Workbook) -> None:
    for ws in _sheets(wb):
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and not _formula(c):
                    _text(c, c.value.translate(_FULL))


def blank_rows(wb: openpyxl.Workbook) -> None:
    """An empty row before each tier-1 block but the first (offices that space the blocks)."""
    for ws in _sheets(wb):
        starts = []
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and _TIER1_LIKE.match(c.value.strip()):
                    starts.append(c.row)
                    break
        for r in sorted(starts[1:], reverse=True):
            _insert_row(ws, r)


_TIER1_LIKE = re.compile(r"^(?:[一二三四五六七八九][、.．]|\d[、.．])?(产出|效益|满意度|成本)指标")


def _hidden_rows(ws: Worksheet) -> set[int]:
    """The rows a sheet hides (openpyxl's insert_rows leaves their flags where they were)."""
    return {r for r, d in ws.row_dimensions.items() if d.hidden}


def _hide_rows(ws: Worksheet, rows: set[int]) -> None:
    for r, d in list(ws.row_dimensions.items()):
        if d.hidden and r not in rows:
            d.hidden = False
    for r in rows:
        ws.row_dimensions[r].hidden = True


def _insert_row(ws: Worksheet, at: int) -> None:
    merged = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
    for rng in list(ws.merged_cells.ranges):
        ws.unmerge_cells(rng.coord)
    hidden = _hidden_rows(ws)
    ws.insert_rows(at)
    _hide_rows(ws, {r + (r >= at) for r in hidden})
    for r1, c1, r2, c2 in merged:
        r1 += r1 >= at
        r2 += r2 >= at
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


# other words offices head the same columns with (domain §3.3)
_HEAD_WORDS = {
    "指标值": "目标值", "年度指标值": "年度目标值", "中期指标值": "实施期目标值",
    "计量单位": "度量单位", "三级指标": "三级指标名称",
}  # fmt: skip
_OP_WORDS = (("≥", "不低于"), ("≤", "不高于"))


def header_words(wb: openpyxl.Workbook) -> None:
    for ws in _sheets(wb):
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.strip() in _HEAD_WORDS:
                    _text(c, _HEAD_WORDS[c.value.strip()])


def header_breaks(wb: openpyxl.Workbook) -> None:
    """Heads typed on two lines in their cells (三级\n指标, typed with Alt+Enter)."""
    for ws in _sheets(wb):
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and re.fullmatch(r"[一二三]级指标|指标值", c.value):
                    _text(c, f"{c.value[:2]}\n{c.value[2:]}")


def operator_words(wb: openpyxl.Workbook) -> None:
    """≥95% written 不低于95%, ≤30天 written 不高于30天."""
    for ws in _sheets(wb):
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if isinstance(v, str) and v[:1] in "≥≤" and len(v) > 1 and v[1].isdigit():
                    _text(c, dict(_OP_WORDS)[v[0]] + v[1:])


EDITS: dict[str, Edit] = {
    "shifted": shifted,
    "unmerged-filled": unmerged_filled,
    "unmerged-empty": unmerged_empty,
    "unmerged-across": unmerged_across,
    "percent-text": percent_text,
    "percent-decimals": percent_decimals,
    "renamed-sheets": renamed_sheets,
    "numbered-tiers": numbered_tiers,
    "footnote": footnote,
    "spaces": spaces,
    "extra-sheets": extra_sheets,
    "dates-as-text": dates_as_text,
    "numbers-as-text": numbers_as_text,
    "fullwidth": fullwidth,
    "blank-rows": blank_rows,
    "header-words": header_words,
    "header-breaks": header_breaks,
    "operator-words": operator_words,
}


def errors(path: Path) -> Counter[str]:
    """The error codes goalbook raises on a return (an unreadable one counts as ``unreadable``)."""
    result, _table = check_file(path, CheckOptions())
    if result.status == "unreadable":
        return Counter(["unreadable"])
    return Counter(f.code for f in result.findings if f.severity == "error")


def resave(source: Path, target: Path, edit: Edit | None) -> Path:
    wb = openpyxl.load_workbook(source)
    if edit is not None:
        _without_overlaps(wb)
        edit(wb)
    wb.save(target)
    return target


def _without_overlaps(wb: openpyxl.Workbook) -> None:
    """Merged blocks that overlap one before them (E5:F5 and E5:F6, which Excel would not save
    but a writer can) are dropped as blocks, so that the edits can unmerge and move them."""
    for ws in _sheets(wb):
        kept: list[CellRange] = []
        for rng in list(ws.merged_cells.ranges):
            if any(not rng.isdisjoint(k) for k in kept):
                ws.merged_cells.remove(rng)
            else:
                kept.append(rng)


def baseline(built: list[Built], folder: Path) -> dict[str, Counter[str]]:
    """The errors on each return re-saved as it is."""
    return {b.variant.name: errors(resave(b.path, folder / f"base-{b.path.name}", None))
            for b in built}  # fmt: skip


def measure(
    built: list[Built],
    names: list[str],
    folder: Path,
    base: dict[str, Counter[str]] | None = None,
) -> dict[str, dict[str, object]]:
    """Per edit: new errors on correct returns, error codes lost and gained on the others, each
    change as a line."""
    base = base if base is not None else baseline(built, folder)
    out: dict[str, dict[str, object]] = {}
    for name in names:
        edit = EDITS[name]
        new_on_correct = lost = gained = 0
        lines: list[str] = []
        for b in built:
            after = errors(resave(b.path, folder / f"{name}-{b.path.name}", edit))
            before = base[b.variant.name]
            plus, minus = after - before, before - after
            if b.correct:
                new_on_correct += sum(plus.values())
            else:
                lost += sum(minus.values())
                gained += sum(plus.values())
            if plus or minus:
                lines.append(f"{name} {b.variant.name}: +{dict(plus)} -{dict(minus)}")
        out[name] = {"new_on_correct": new_on_correct, "lost": lost, "gained": gained,
                     "lines": lines}  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", choices=sorted(CORPORA), dest="sets")
    parser.add_argument("--edit", action="append", choices=sorted(EDITS), dest="edits")
    parser.add_argument("--detail", action="store_true")
    args = parser.parse_args(argv)
    sets = args.sets or list(CORPORA)
    names = args.edits or list(EDITS)
    totals: Counter[str] = Counter()
    print(f"{'set':<10} {'edit':<16} {'returns':>7} {'new errors on correct':>22} "
          f"{'lost':>5} {'gained':>6}")  # fmt: skip
    for corpus in sets:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            built = builder(corpus)(folder / "built")
            figures = measure(built, names, folder)
        for name, f in figures.items():
            print(f"{corpus:<10} {name:<16} {len(built):>7} {f['new_on_correct']:>22} "
                  f"{f['lost']:>5} {f['gained']:>6}")  # fmt: skip
            for key in ("new_on_correct", "lost", "gained"):
                value = f[key]
                assert isinstance(value, int)
                totals[f"{name}:{key}"] += value
            if args.detail:
                lines = f["lines"]
                assert isinstance(lines, list)
                for line in lines:
                    print("   ", line)
    print()
    for name in names:
        print(f"{'total':<10} {name:<16} {'':>7} {totals[name + ':new_on_correct']:>22} "
              f"{totals[name + ':lost']:>5} {totals[name + ':gained']:>6}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
