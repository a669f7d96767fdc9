"""Helpers shared by the 493rd held-out set: pearl farming moved out of 翠渚湖 (澹溪县) and the
lake's water quality afterwards. Every place, unit, person and figure is invented."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.kit import WAN, Book, C, Sheet, day, money

YEAR = 2026
DEPT = "澹溪县农业农村局（306011）"
ECO = "澹溪县生态环境局（311004）"
FISH = "澹溪县水产技术推广站"
MONITOR = "澹溪县翠渚湖水环境监测站"
TIERS4 = ("一级指标", "二级指标", "三级指标", "指标值")


def start(title: str = "Sheet1", widths: Sequence[float] = (14, 16, 30, 16, 16, 14)) -> tuple[
        Book, Sheet]:  # fmt: skip
    """A new return and its first sheet."""
    b = Book()
    return b, b.sheet(title, widths)


def w(v: Any) -> Any:
    """An amount in 万元 carried by the number format (a marked or text cell passes as is)."""
    return v if isinstance(v, C | str) else money(v, WAN)


def one_year(total: Any, fiscal: Any, other: Any) -> list[tuple[Any, ...]]:
    """Money rows of a one-year project: 年度资金总额 = 财政拨款 + 其他资金."""
    return [
        ("年度资金总额", w(total), "其中：财政拨款", w(fiscal)),
        ("其他资金", w(other), None, None),
    ]


def multi_year(period: Sequence[Any], annual: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Money rows of a multi-year project: (总额, 财政拨款, 其他资金) for 中期 and for 年度."""
    labels = (("中期资金总额", "年度资金总额"), ("其中：财政拨款",) * 2, ("其他资金",) * 2)
    return [(a, w(p), b, w(y)) for (a, b), p, y in zip(labels, period, annual, strict=True)]


def project(s: Sheet, name: str, funds: list[tuple[Any, ...]], goals: Sequence[Any],
            **kw: Any) -> None:  # fmt: skip
    """A project head of the pearl-exit or water-quality programme."""
    kw.setdefault("dept", DEPT)
    kw.setdefault("unit", FISH)
    project_head(s, year=YEAR, name=name, money=funds, goals=goals, **kw)


def indicators(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]],
               merged: Sequence[int] = (1, 2)) -> int:  # fmt: skip
    """An indicator table under its header, tier-1 and tier-2 merged down."""
    s.row("绩效指标", merge=[(1, len(header))])
    s.row(*header)
    return s.table(rows, merged=merged)


def sign(s: Sheet, who: str, phone: str, when: Any = None) -> None:
    """Signature, phone and date lines under the table (filled the autumn before the year)."""
    s.skip()
    s.row(
        f"填报人：{who}",
        None,
        f"联系电话：{phone}",
        None,
        "填报日期",
        when or day(YEAR - 1, 10, 28),
    )
    s.row("单位负责人（签字）：", None, "（单位盖章）")


def note(s: Sheet, text: str, width: int = 6) -> None:
    """A 注 / 说明 / 填表说明 line merged across the table."""
    s.row(text, merge=[(1, width)])


def pearl_rows(area: str = "≥3200亩", cost: str = "≤1200元/亩") -> list[tuple[Any, ...]]:
    """OLD-NAT indicator rows of a one-year pearl-exit project (一级, 二级, 三级, 指标值)."""
    return [
        ("产出指标", "数量指标", "拆除珍珠蚌吊养网箱面积", area),
        (None, None, "清理吊养毛竹桩及浮球", "≥4.5万根"),
        (None, "质量指标", "拆除区域验收合格率", "=100%"),
        (None, "时效指标", "网箱拆除完成时间", "2026年10月31日前"),
        (None, "成本指标", "退养补偿标准", cost),
        ("效益指标", "社会效益指标", "退养户转产就业人数", "≥85人"),
        (None, "生态效益指标", "退养水域总磷浓度", "≤0.05mg/L"),
        (None, "可持续影响指标", "湖区禁止投肥养殖长效监管", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "退养户满意度", "≥90%"),
    ]
