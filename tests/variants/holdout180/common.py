"""Helpers shared by the returns of the 180th held-out set: tables typed by hand in WPS.

* ``fw`` turns ASCII digits and signs into the full-width ones a WPS user in full-width mode
  types (``≥95%`` → ``≥９５％``); ≥ and ≤ have no full-width form and stay.
* ``nl`` puts a note on a new line inside the value cell (``≥95%`` ↵ ``（省考核口径）``).
* ``indicators`` writes the indicator table in one of three hand-typed styles, each with a 序号
  column before the tiers:
  ``outline``: a row for each tier-1 (序号 ``1``), each tier-2 (``1.1``) and each indicator
  (``1.1.1``); ``merged``: tier-1 and tier-2 merged down, 序号 ``1.1.1`` on the indicator rows;
  ``combined``: tier-1 and tier-2 in one merged column (``产出指标—数量指标``), 序号 running.
* ``closing`` writes the closing line 本表一式三份 (and optional lines above it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet

_FW = str.maketrans("0123456789%<>=", "０１２３４５６７８９％＜＞＝")


def fw(text: str) -> str:
    """Full-width digits and signs as typed in WPS's full-width mode."""
    return text.translate(_FW)


def nl(value: str, note: str) -> str:
    """A value with a note on a new line in the same cell."""
    return f"{value}\n（{note}）"


# one block: (tier-1, [(tier-2 or a marked combined label, [row, ...]), ...]);
# a row: (name, value, ...) as the cells after the tier columns
Block = tuple[str, Sequence[tuple[Any, Sequence[Sequence[Any]]]]]


def indicators(s: Sheet, header: Sequence[Any], blocks: Sequence[Block], *, style: str,
               sep: str = "—", numeric: bool = False,
               tier_extra: dict[str, Any] | None = None) -> int:  # fmt: skip
    """Write the header row and the indicator rows; return the last row written.

    ``numeric``: the 序号 of tier rows stored as numbers (1, 1.1), as WPS stores them when typed
    into a General cell; three-level numbers stay text. ``tier_extra``: for the outline style,
    cells written after the tier-1 row's empty columns (e.g. the tier's points)."""
    s.row(*header)
    width = len(header)
    rows: list[list[Any]] = []
    for i, (t1, groups) in enumerate(blocks, start=1):
        if style == "outline":
            lead: Any = i if numeric else str(i)
            line: list[Any] = [lead, t1, None, None]
            line += [None] * (width - 4)
            if tier_extra and t1 in tier_extra:
                line[-1] = tier_extra[t1]
            rows.append(line)
        first1 = True
        for j, (t2, items) in enumerate(groups, start=1):
            if style == "outline":
                lead = float(f"{i}.{j}") if numeric else f"{i}.{j}"
                rows.append([lead, None, t2, None] + [None] * (width - 4))
            first2 = True
            for k, item in enumerate(items, start=1):
                n = f"{i}.{j}.{k}"
                if style == "outline":
                    rows.append([n, None, None, *item])
                elif style == "merged":
                    rows.append([n, t1 if first1 else None, t2 if first2 else None, *item])
                else:
                    label = t2 if isinstance(t2, C) else f"{t1}{sep}{t2}"
                    rows.append([str(len([r for r in rows]) + 1), label if first2 else None,
                                 *item])  # fmt: skip
                first1 = first2 = False
    merged = (2, 3) if style == "merged" else (2,) if style == "combined" else ()
    return s.table(rows, merged=merged)


def closing(s: Sheet, width: int, lines: Sequence[str] = (),
            copies: str = "本表一式三份，财政、主管部门、项目单位各一份。") -> None:  # fmt: skip
    """Footnotes or signature lines, then the closing line."""
    for text in (*lines, copies):
        s.row(text, merge=[(1, width)])
