"""Helpers shared by the returns of the 749th held-out set: an invented county bureau
(澄岭县农业农村局) and its units, books with their first sheet, indicator tables with tier-1 and
tier-2 merged down, notes and signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, money

YEAR = 2025
BUREAU = "澄岭县农业农村局"
DEPT = "澄岭县农业农村局（417001）"
FARM = "澄岭县农田建设管理站"
SOIL = "澄岭县土壤肥料工作站"
ECO = "澄岭县农业生态与资源保护站"
TIERS = ("一级指标", "二级指标", "三级指标")


def new_book(title: str = "Sheet1", widths: Sequence[float] = (18, 18, 30, 20, 20, 16)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A book with its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def wan(value: float) -> C:
    """An amount in 万元 with the unit only in the number format."""
    return money(value, WAN)


def project(s: Sheet, name: str, unit: str, lines: Sequence[Sequence[Any]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """The bureau's project head (§3.1) for the budget year unless ``year`` says otherwise."""
    kw.setdefault("year", YEAR)
    project_head(s, name=name, dept=DEPT, unit=unit, money=lines, goals=goals, **kw)


def table(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
          merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row(*header)
    return s.table(rows, merged=merged)


def notes(s: Sheet, *lines: str, width: int = 6) -> None:
    """注 / 说明 / 填表说明 lines merged across the table."""
    for line in lines:
        s.row(line, merge=[(1, width)])


def sign(s: Sheet, who: str, phone: str, filled: Any) -> None:
    """Signature, phone and date line under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, "填报日期：", filled)
    s.row("单位负责人：", None, "（单位盖章）")
