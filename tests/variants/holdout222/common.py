"""Helpers shared by the returns of the 222nd held-out set: money in 万元 or 元, the money
blocks (资金来源, 分配明细 with 测算依据) that offices put above the indicator table, and the
indicator table itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, YUAN, Book, C, Sheet, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def wan(value: float) -> C:
    """An amount in 万元 carried by the number format."""
    return money(value, WAN)


def yuan(value: float) -> C:
    """An amount in 元 carried by the number format."""
    return money(value, YUAN)


def one_year_money(total: Any, grant: Any, other: Any) -> list[tuple[Any, ...]]:
    """The money rows of a one-year project head (总额 = 财政拨款 + 其他资金)."""
    return [("年度资金总额", total, None, None), ("其中：财政拨款", grant, "其他资金", other)]


def period_money(mid: Sequence[Any], year: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The money rows of a multi-year head: (总额, 财政拨款, 其他资金) for 中期 and 年度."""
    return [
        ("中期资金总额", mid[0], "年度资金总额", year[0]),
        ("其中：财政拨款", mid[1], "其中：财政拨款", year[1]),
        ("其他资金", mid[2], "其他资金", year[2]),
    ]


def block(s: Sheet, caption: str, header: Sequence[Any], lines: Sequence[Sequence[Any]]) -> int:
    """A money block: a caption merged across the sheet, a header row and its lines (the last
    line usually the 合计 row). Returns the last row written."""
    s.row(caption, merge=[(1, 6)])
    s.row(*header)
    for line in lines:
        s.row(*line)
    return s.r


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """The indicator table under its header row, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=(1, 2))


def sign(s: Sheet, who: str, checker: str, phone: str) -> None:
    """A blank line and the signature line below a table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"审核人：{checker}", None, f"联系电话：{phone}")


def book(title: str, widths: Sequence[float] = (14, 18, 30, 18, 18, 16)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet(title, widths)


def second(b: Book, name: str, title: Any, note: str | None = None) -> Sheet:
    """The indicator sheet of a return whose head and money sit on the first sheet: a title
    merged across, an optional line under it (unit, date), then the table."""
    s = b.sheet(name, (14, 18, 30, 18, 18, 22))
    s.title(title, 6)
    if note:
        s.row(note, merge=[(1, 6)])
    return s


def head(s: Sheet, name: str, unit: str, money: Any, goal: Any, dept: str, **kw: Any) -> None:
    """A 2026 project head (``heads.project_head``) in one call: ``goal`` one text or a pair
    (中期目标, 年度目标); ``kw`` passes ``years``, ``title``, ``money_label``."""
    goals = [goal] if isinstance(goal, str) else list(goal)
    project_head(s, year=2026, name=name, dept=dept, unit=unit, money=money, goals=goals, **kw)


def w1(total: Any, grant: Any, other: Any, unit: Callable[[float], C] = wan) -> list[
        tuple[Any, ...]]:  # fmt: skip
    """``one_year_money`` with plain numbers written by ``unit`` (万元 or 元 in the format)."""
    return one_year_money(*(v if isinstance(v, C) else unit(v) for v in (total, grant, other)))
