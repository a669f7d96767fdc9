"""Which of a header's columns is which where forms disagree: 指标性质 is the operator in some
provinces, the direction in others, and the value's type (定量/定性) in a third beside a
指标方向 column; a 指标值 column left empty where the names give the targets (门诊人次≥18万人次)
is the name column's; the rows below the header decide."""

from __future__ import annotations

from goalbook.reader.grid import Sheet
from goalbook.reader.joined import holds_value
from goalbook.reader.tableheader import TableHeader
from goalbook.spelling import fold
from goalbook.vocabulary import DIRECTION_WORDS, OPERATOR_WORDS, VALUE_TYPES


def resolved_columns(header: TableHeader) -> dict[str, int]:
    """The header's columns, 指标性质 resolved: the operator in some provinces and the direction
    in others (a second direction column beside 指标方向 is the direction when not the op)."""
    sheet, cols = header.sheet, dict(header.cols)
    for key in ("direction", "direction2"):
        if key in cols and "op" not in cols and _direction_is_op(sheet, header, cols[key]):
            cols["op"] = cols.pop(key)
    if "direction2" in cols:
        if "direction" in cols and "declared" not in cols and _states_types(sheet, header, cols):
            cols["declared"] = cols.pop("direction")  # 指标性质 │ 定量 beside 指标方向 │ 反向
        cols.setdefault("direction", cols["direction2"])
        del cols["direction2"]
    if "name" in cols and "annual" in cols and "period" not in cols and _values_in_names(header):
        cols["annual"] = cols["name"]  # (read as one cell: 三级指标及指标值)
    return cols


def _values_in_names(header: TableHeader) -> bool:
    """The 指标值 column is empty all down the table, and most names hold their targets."""
    sheet, cols = header.sheet, header.cols
    names = held = 0
    for r in range(header.row + 1, min(sheet.nrows, header.row + 200)):
        if sheet.text(r, cols["annual"]):
            return False
        if name := sheet.text(r, cols["name"]):
            names += 1
            held += holds_value(name)
    return names >= 3 and held * 3 >= names * 2


def _states_types(sheet: Sheet, header: TableHeader, cols: dict[str, int]) -> bool:
    """The first of two direction columns states each value's type (定量/定性), the second its
    direction (正向/反向)."""
    types = dirs = 0
    for r in range(header.row + 1, min(sheet.nrows, header.row + 200)):
        text = fold(sheet.text(r, cols["direction"]))
        types += text in VALUE_TYPES
        dirs += text in DIRECTION_WORDS
    return types > dirs and any(
        fold(sheet.text(r, cols["direction2"])) in DIRECTION_WORDS
        for r in range(header.row + 1, min(sheet.nrows, header.row + 200))
    )


def _direction_is_op(sheet: Sheet, header: TableHeader, col: int) -> bool:
    """指标性质 means the operator in some provinces and the direction in others."""
    ops = dirs = 0
    for r in range(header.row + 1, min(sheet.nrows, header.row + 200)):
        text = fold(sheet.text(r, col))
        ops += text in OPERATOR_WORDS
        dirs += text in DIRECTION_WORDS
    return ops > dirs
