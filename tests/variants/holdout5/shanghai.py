"""Shanghai-framework tables (一级目标 / 二级目标 / 三级目标 / 指标目标值), money in 元, ASCII
operators, from two district centres."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout5.common import AMT
from tests.variants.holdout5.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, day, mk, money

W = (16, 16, 34, 22)


def _head(s: Sheet, *, unit: str, name: str, total: float, goal: str) -> None:
    s.title("财政项目支出绩效目标表", 4)
    s.row("（2026年度）", merge=[(1, 4)])
    s.row(f"申报单位名称：{unit}", merge=[(1, 4)])
    s.row("项目名称", name, "项目类别", "经常性专项业务费")
    s.row("计划开始日期", day(2026, 1, 1), "计划完成日期", day(2026, 12, 31))
    s.row("项目总预算（元）", money(total, YUAN), "项目当年预算（元）", money(total, AMT))
    s.row("年度绩效目标", goal, None, None, merge=[(2, 4)])


def _table(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    s.row("一级目标", "二级目标", "三级目标", "指标目标值")
    s.table(rows, merged=(1, 2))


@variant(
    "g12-shanghai-ok",
    (5,),
    "project, Shanghai framework, money in 元 (one amount with 元 "
    "in the format), >= and <= operators, =100% at the ceiling, 预算执行率 under 投入与管理",
)
def g12() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("绩效目标", W)
    _head(
        s,
        unit="滨浦区青少年活动中心",
        name="青少年科普教育活动",
        total=1286000,
        goal="全年开展青少年科普活动48场以上，参与青少年6000人次以上，提升青少年科学素养。",
    )
    _table(s, [
        ("投入与管理", "财务管理", "预算执行率", ">=95%"),
        (None, None, "资金使用合规性", "合规"),
        (None, "实施管理", "项目管理制度健全性", "健全"),
        ("产出目标", "数量", "开展青少年科普活动", ">=48场"),
        (None, None, "参与青少年人次", ">=6000人次"),
        (None, "质量", "活动方案审核通过率", "=100%"),
        (None, "时效", "活动按计划完成率", ">=95%"),
        (None, "成本", "单场活动平均成本", "<=26000元/场"),
        ("效果目标", "社会效益", "青少年科学素养", "有效提升"),
        (None, "满意度", "参与青少年满意度", ">=90%"),
        (None, None, "家长满意度", ">=88%"),
        ("影响力目标", "长效管理", "科普志愿者队伍", "稳定运行"),
        (None, "信息共享", "活动信息公开率", "=100%"),
    ])  # fmt: skip
    return b


@variant(
    "g13-shanghai-defects",
    (5, 11),
    "project, Shanghai framework: 满意度 placed under "
    "产出目标, a coverage rate given as 人次, a complaint rate with >=",
)
def g13() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("绩效目标", W)
    _head(
        s,
        unit="滨浦区社区养老服务中心",
        name="社区居家养老服务补贴",
        total=1150000,
        goal="为320名居家老人提供上门助老服务，服务需求24小时内响应，老年人居家生活质量提升。",
    )
    _table(s, [
        ("投入与管理", "财务管理", "资金使用合规性", "合规"),
        (None, "资产管理", "资产账实相符率", "=100%"),
        ("产出目标", "数量", "服务居家老人", ">=320人"),
        (None, None, "开展助老志愿活动", ">=24场"),
        (None, None, "养老服务政策宣传覆盖率",
         mk("3000人次", "T105", "error", note="a coverage rate given as 人次")),
        (None, "质量", "服务记录完整率", ">=95%"),
        (None, "时效", "服务需求响应时间", "<=24小时"),
        (None, "成本", "人均服务补贴标准", "<=290元/人·月"),
        (None, mk("满意度", "F105", "error", note="满意度 belongs to 效果目标"),
         "服务对象满意度", ">=90%"),
        ("效果目标", "社会效益", "老年人居家生活质量", "有效提升"),
        (None, None, "服务投诉率", mk(">=2%", "T108", "warning", row=True,
                                     note="a 反向 rate with >=")),
        ("影响力目标", "长效管理", "居家养老服务网络", "持续完善"),
    ])  # fmt: skip
    return b
