"""Pieces of an online-form export: a 序号 column, tier labels repeated on every row, empty
rows between tier-1 blocks, a 填写要求 column with the form's guidance, a 年度重点任务 table
below the indicators, values typed as text with trailing spaces."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.kit import C, Sheet

GUIDE = {
    "数量指标": "反映预计提供的公共产品和服务数量，请填写定量值 ",
    "质量指标": "反映提供的公共产品和服务达到的标准和水平 ",
    "时效指标": "反映完成任务的及时程度和效率情况 ",
    "成本指标": "反映实施所需的成本控制情况 ",
    "经济成本指标": "反映实施所产生的各项经济成本 ",
    "经济效益指标": "反映对经济发展带来的直接或间接影响 ",
    "社会效益指标": "反映对社会发展带来的直接或间接影响 ",
    "生态效益指标": "反映对自然生态环境带来的影响 ",
    "可持续影响指标": "反映对未来持续发挥作用的影响 ",
    "服务对象满意度指标": "反映服务对象对实施效果的认可程度 ",
}


def label(v: Any) -> str:
    return str(v.value if isinstance(v, C) else v).strip()


def indicators(
    s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]], guide: bool = True
) -> None:
    """The indicator table: a 序号 before each row, the guidance of its tier-2 after it, an
    empty row wherever the tier-1 label changes."""
    s.row(*header)
    prev = None
    for n, r in enumerate(rows, start=1):
        if prev is not None and label(r[0]) != prev:
            s.skip()
        prev = label(r[0])
        extra = [GUIDE[label(r[1])]] if guide else []
        s.row(f"{n} ", *r, *extra)


def tasks(s: Sheet, lines: Sequence[Sequence[Any]], total: Any, unit: str = "万元") -> None:
    """The second table, 年度重点任务: (名称, 内容, 金额, 完成时限) and a 合计 row."""
    s.skip()
    s.row("年度重点任务", merge=[(1, 5)])
    s.row("序号", "任务名称", "主要内容", f"预算金额（{unit}）", "完成时限")
    for n, t in enumerate(lines, start=1):
        s.row(f"{n} ", *t)
    s.row("合计 ", None, None, total, None)


def footer(s: Sheet, who: str, phone: str, filled: str = "2026/11/18") -> None:
    s.skip()
    s.row(f"填报人：{who} ", f"联系电话：{phone} ", None, f"填报日期：{filled} ")
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
