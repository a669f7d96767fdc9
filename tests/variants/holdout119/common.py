"""Shared pieces of the 119th held-out corpus: number formats, header rows and the table
writers for the layouts of its theme (typed columns, tier-2-only sections, rolling years)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet

REN = '0"人"'
PCT1 = "0.0%"
WANF = '#,##0"万元"'
WAN2 = '#,##0.00"万元"'
YUAN = '#,##0"元"'

SCORE = "达到目标值得满分，每低1个百分点扣0.5分，扣完为止"
SCORE_N = "完成目标值得满分，未完成按完成比例计分"
SCORE_Q = "达到得满分，基本达到得一半分，未达到不得分"
SCORE_C = "控制在目标值内得满分，超出不得分"


def ren(n: int) -> C:
    return C(n, REN)


def wan(v: float, fmt: str = WANF) -> C:
    return C(v, fmt)


def sections(
    s: Sheet,
    width: int,
    blocks: Sequence[tuple[str, Sequence[Sequence[Any]]]],
    merged: Sequence[int] = (1,),
) -> None:
    """Tables giving only tier-2 and tier-3: each tier-1 is a heading row merged across."""
    for heading, rows in blocks:
        s.row(heading, merge=[(1, width)])
        s.table(rows, merged=merged)


def signature(s: Sheet, who: str, phone: str, when: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"填报日期：{when}")


WIDE = (14, 16, 28, 10, 8, 12, 10, 30, 22)


TYPED = (
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值类型",
    "比较符",
    "目标值",
    "计量单位",
    "评分规则",
    "备注",
)


def yuan(v: float) -> C:  # an amount in 元 carried by the number format
    return wan(v, YUAN)


ANNUAL_FIRST = (
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "中期指标值（2026—2028年）",
    "计量单位",
    "指标值类型",
    "备注（数据来源）",
)


SEC = ("二级指标", "三级指标", "比较符", "目标值", "计量单位", "评分规则", "备注")


ROLL = (
    "一级指标",
    "二级指标",
    "三级指标",
    "比较符",
    "计量单位",
    "2026年",
    "2027年",
    "2028年",
    "备注（数据来源）",
)


ROLL_W = (14, 16, 28, 8, 10, 12, 12, 12, 22)


def rolling_money(total: float, years: tuple[float, float, float]) -> list[tuple]:
    return [
        ("资金总额", wan(total), "其中：2026年", wan(years[0])),
        ("2027年", wan(years[1]), "2028年", wan(years[2])),
    ]


TYPED8 = ("一级指标", "二级指标", "三级指标", "指标值类型", "比较符", "目标值", "计量单位", "备注")


TYPED8_W = (14, 16, 28, 10, 8, 12, 10, 24)
