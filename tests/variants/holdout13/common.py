"""Blocks shared by the special-fund returns of the thirteenth held-out set: a co-funding block
(中央/省/市/县 amounts and shares), a head that starts in any column, signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import WAN, Sheet, day, money, pct

NAT = ("成本指标", "产出指标", "效益指标", "满意度指标")


def cofund(s: Sheet, amounts: Sequence[float], *, fmt: str = WAN, col: int = 1,
           label: str = "资金来源（万元）") -> None:  # fmt: skip
    """Two rows: 中央/省级/市级/县级 amounts, then their shares as percent cells."""
    total = sum(amounts)
    s.row(label, "中央补助", money(amounts[0], fmt), "省级配套", money(amounts[1], fmt), None,
          col=col)  # fmt: skip
    s.row(None, "市级配套", money(amounts[2], fmt), "县级配套", money(amounts[3], fmt), None,
          col=col)  # fmt: skip
    shares = [round(a / total, 4) for a in amounts]
    s.row("分担比例", "中央", pct(shares[0]), "省级", pct(shares[1]), None, col=col)
    s.row(None, "市级", pct(shares[2]), "县级", pct(shares[3]), None, col=col)


def head_at(s: Sheet, *, col: int, year: int, name: str, dept: str, unit: str,
            money_rows: Sequence[Sequence[Any]], goals: Sequence[Any], years: int = 2,
            title: str | None = None, width: int = 7) -> None:  # fmt: skip
    """A project head starting in column ``col`` (a left margin of empty columns)."""
    s.row(title or f"{year}年度专项资金绩效目标表", col=col)
    s.ws.merge_cells(start_row=s.r, start_column=col, end_row=s.r, end_column=col + width - 1)
    s.row("项目名称", name, None, "主管部门", dept, col=col)
    s.row("实施单位", unit, None, "项目属性", "新增项目", col=col)
    s.row("项目期", f"{years}年", "开始日期", day(year, 1, 1), "完成日期",
          day(year + years - 1, 12, 31), col=col)  # fmt: skip
    for line in money_rows:
        s.row(*line, col=col)
    if len(goals) == 2:
        s.row("中期目标", goals[0], col=col)
        s.row("年度目标", goals[1], col=col)
    else:
        s.row("年度目标", goals[0], col=col)


def sign(s: Sheet, year: int, *, col: int = 1, who: str = "李文清", boss: str = "周海") -> None:
    """Signature and date lines under a table."""
    s.skip()
    s.row(f"填表人：{who}", None, f"审核人：{boss}", None, "联系电话：0731-5562" + "0417",
          col=col)  # fmt: skip
    s.row("填报日期：", day(year - 1, 10, 28, 'yyyy"年"m"月"d"日"'), col=col)
