"""Helpers shared by the returns of the 192nd held-out set: full-width typing as a phone keyboard
does it, the signature block, footnotes and indicator rows."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tests.variants.kit import C, Sheet

_FW = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, "%": "％"})


def fw(text: str, dot: bool = False) -> str:
    """``text`` with its digits, ``%`` and ASCII operators in full width (``≥`` and ``≤`` have no
    full-width form and stay as they are); ``dot`` makes the decimal point full width too."""
    t = text.replace(">=", "＞＝").replace("<=", "＜＝")
    t = t.replace(">", "＞").replace("<", "＜").replace("=", "＝")
    t = t.translate(_FW)
    return t.replace(".", "．") if dot else t


def sign(s: Sheet, date: Any, people: tuple[str, str, str], phone: str) -> None:
    """The signature block under the table: three people, a phone and a fill date typed as text."""
    s.skip()
    s.row("单位负责人：", people[0], "财务负责人：", people[1], "填表人：", people[2])
    s.row("联系电话：", phone, "填表日期：", date)


def note(s: Sheet, text: str, width: int) -> None:
    """A footnote row merged across the table."""
    s.row(text, merge=[(1, width)])


def numbered(rows: list[tuple[Any, ...]], col: int = 2) -> list[tuple[Any, ...]]:
    """Prefix the tier-3 name (at index ``col``) of each row with 1、2、3、 as staff number them."""
    out = []
    for i, r in enumerate(rows, start=1):
        name = r[col]
        name = replace(name, value=f"{i}、{name.value}") if isinstance(name, C) else f"{i}、{name}"
        out.append((*r[:col], name, *r[col + 1 :]))
    return out
