"""Sheet.pick gives the same cells with its per-process caches as made afresh."""

from __future__ import annotations

from goalbook.model import Cell, CellRef
from goalbook.reader import grid
from goalbook.reader.grid import Sheet


def _fresh(sheet: Sheet, r: int, cols: dict[str, int]) -> dict[str, Cell | None]:
    return {key: sheet.cell(r, c, spread=False) for key, c in cols.items()}


def test_pick_equals_fresh_cells_and_repeats() -> None:
    rows: list[list[object]] = [
        ["产出指标", " 数量指标 ", "", None, 12.0, 0.5, True, "   "],
        ["产出指标", "质量指标", "合格率", "≥95%", 3, "", "x", "y"],
    ]
    cols = {"tier1": 0, "tier2": 1, "name": 2, "op": 3, "annual": 4, "weight": 5, "unit": 6}
    cols |= {"declared": 7, "far": 30}
    for name in ("表一", "表二"):
        sheet = Sheet(name, rows)  # type: ignore[arg-type]
        for r in (0, 1, 0, 1):
            got = sheet.pick(r, cols)
            assert got == _fresh(sheet, r, cols)
            assert all(type(c.at) is CellRef for c in got.values() if c is not None)
    first = Sheet("表三", rows).pick(0, cols)["tier1"]  # type: ignore[arg-type]
    again = Sheet("表三", [["产出指标"]]).pick(0, {"tier1": 0})["tier1"]
    assert first is again  # a text at the same cell of the same sheet name: made once


def test_pick_caches_are_bounded() -> None:
    grid._CACHED.clear()
    for i in range(grid._SHEETS_MAX + 5):
        Sheet(f"s{i}", [["a"]]).pick(0, {"k": 0})
    assert len(grid._CACHED) <= grid._SHEETS_MAX


def test_pick_caches_hold_a_bounded_number_of_cells() -> None:
    """A season of different returns (or a server running for weeks) never grows the caches
    past their bound, and a long text is not kept at all."""
    grid._CACHED.clear()
    for i in range(grid._CACHED_MAX + 50):
        Sheet("绩效目标表", [[f"指标{i}", "长" * (grid._TEXT_MAX + 1)]]).pick(0, {"a": 0, "b": 1})
    total = sum(len(refs) + len(texts) for refs, texts in grid._CACHED.values())
    assert total <= 2 * grid._CACHED_MAX * grid._SHEETS_MAX
    _refs, texts = grid._CACHED["绩效目标表"]
    assert all(len(text) <= grid._TEXT_MAX for _at, text in texts)
