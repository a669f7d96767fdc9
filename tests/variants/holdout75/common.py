"""Pieces shared by the returns of the 75th held-out set: money lines and footers."""

from __future__ import annotations

from typing import Any

from tests.variants.kit import WAN, Sheet, money

HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def wan(v: float) -> Any:
    return money(v, WAN)


def project_money(total: float, fiscal: float, annual: float, annual_fiscal: float) -> list[
        tuple[Any, ...]]:  # fmt: skip
    """中期 and 年度 money lines, each with 其中：财政拨款 and 其他资金 adding up."""
    return [
        ("中期资金总额", wan(total), "年度资金总额", wan(annual)),
        ("其中：财政拨款", wan(fiscal), "其中：财政拨款", wan(annual_fiscal)),
        (
            "其他资金",
            wan(round(total - fiscal, 2)),
            "其他资金",
            wan(round(annual - annual_fiscal, 2)),
        ),
    ]


def footer(s: Sheet, who: str, phone: str, when: str) -> None:
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", None, f"填报日期：{when}")
    s.row("单位负责人（签字）：", None, None, None, "（单位盖章）")
