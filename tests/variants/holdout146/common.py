"""Small helpers shared by the 146th held-out corpus: footers and two-line headers."""

from __future__ import annotations

from tests.variants.kit import Sheet


def footer(s: Sheet, unit: str, person: str, phone: str, filled: str) -> None:
    """The signature lines an office leaves under its table."""
    s.skip()
    s.row(f"填报单位（盖章）：{unit}", None, None, f"填报人：{person}", f"联系电话：{phone}",
          merge=[(1, 3)])  # fmt: skip
    s.row(f"填报日期：{filled}", None, None, "单位负责人：（签字）", merge=[(1, 3)])


def two_line_period_header(s: Sheet, extra: tuple[str, ...] = ()) -> None:
    """一级/二级/三级 over two rows, 指标值 split into 中期指标值 and 年度指标值 below it."""
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, *extra, merge=[(4, 5)])
    s.row(None, None, None, "中期指标值", "年度指标值")
    for c in (1, 2, 3, *range(6, 6 + len(extra))):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
