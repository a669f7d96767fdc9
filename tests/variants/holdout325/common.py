"""Helpers shared by the returns of the 325th held-out set (zoos and wild animal rescue)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2025
ZOO = "澜屿市鹭栖动物园"
ZOO_DEPT = "澜屿市园林和动物园管理局（417）"
FOREST_ZOO = "雁丘县森林动物园"
FOREST_DEPT = "雁丘县林业和草原局（236）"
RESCUE = "澜屿市野生动物救护中心"
STATION = "雁丘县野生动物救护站"

OLD_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def first(title: str = "Sheet1", widths: Sequence[float] = (16, 16, 30, 18, 18, 18)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: Any) -> Any:
    """An amount in 万元 with the unit only in the number format (a marked C passes through)."""
    return value if isinstance(value, C) else money(value, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额, then 财政拨款 and 其他资金."""
    return [("年度资金总额", wan(total), None, None),
            ("其中：财政拨款", wan(fiscal), "其他资金", wan(other))]  # fmt: skip


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    return [("中期资金总额", wan(period[0]), "年度资金总额", wan(annual[0])),
            ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(annual[1])),
            ("其他资金", wan(period[2]), "其他资金", wan(annual[2]))]  # fmt: skip


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def signature(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature and date lines under the table (filled in the autumn before the budget year)."""
    s.skip()
    s.row(f"单位负责人：{who}", None, f"联系电话：{phone}", None, "填报日期",
          when or day(YEAR - 1, 10, 28, 'yyyy"年"m"月"d"日"'))  # fmt: skip
    s.row("（单位盖章）")
