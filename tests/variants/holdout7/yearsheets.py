"""A three-year project sent as one workbook with a sheet per year (2025年, 2026年, 2027年),
each sheet a full project table of that year with 中期 and 年度 columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout7.registry import variant
from tests.variants.kit import Book, C, day, mk


def _m(v: float, fmt: str = "#,##0.00") -> C:
    return C(v, fmt)


def _year_sheet(b: Book, y: int, *, name: str, dept: str, unit: str, money: Sequence[Any],
                goal: Any, rows: Sequence[Sequence[Any]], period_goal: str) -> None:  # fmt: skip
    s = b.sheet(f"{y}年", (14, 16, 30, 16, 16, 16))
    s.title(f"{y}年度项目支出绩效目标表", 6)
    s.row("项目名称", name, None, "主管部门", dept, None, merge=[(2, 3), (5, 6)])
    s.row("实施单位", unit, None, "项目属性", "延续项目", None, merge=[(2, 3), (5, 6)])
    s.row("项目期", "3年", "计划开始日期", day(2025, 1, 1), "计划完成日期", day(2027, 12, 31))
    top = s.row("项目资金（万元）", "中期资金总额", _m(money[0]), "年度资金总额", _m(money[1]))
    s.row(None, "其中：财政拨款", _m(money[2]), "其中：财政拨款", _m(money[3]))
    s.row(None, "其他资金", _m(money[0] - money[2]), "其他资金", _m(money[1] - money[3]))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("总体目标", "中期目标（2025年—2027年）", None, f"年度目标（{y}年）", None, None,
          merge=[(2, 3), (4, 6)])  # fmt: skip
    s.row(None, period_goal, None, goal, None, None, merge=[(2, 3), (4, 6)])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.table(
        [("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), *rows], merged=(1, 2)
    )


def _legal(y: int, rooms: str, cases: str) -> list[tuple[Any, ...]]:
    return [
        ("产出指标", "数量指标", "建成村（社区）公共法律服务工作室", "≥1200个", rooms),
        (None, None, "办理法律援助案件", "≥9000件", cases),
        (None, "质量指标", "法律援助案件结案质量合格率", "≥95%", "≥95%"),
        (None, "时效指标", "法律援助申请审查时限", "≤7个工作日", "≤7个工作日"),
        (None, "成本指标", "单个工作室建设补助", "≤0.6万元/个", "≤0.6万元/个"),
        (
            "效益指标",
            "社会效益指标",
            "群众获得法律服务便利度",
            "显著提升",
            "显著提升" if y < 2027 else "持续提升",
        ),
        (None, "可持续影响指标", "公共法律服务网络运行机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%", "≥90%"),
    ]


@variant(
    "c07-sheet-per-year-ok",
    (7, 8),
    "three-year project sent as one workbook with a sheet "
    "per year (2025年, 2026年, 2027年), OLD-NAT, the same indicators with each year's targets",
)
def c07() -> Book:
    b = Book()
    period = (
        "到2027年建成村（社区）公共法律服务工作室1200个，办理法律援助案件9000件，覆盖城乡的"
        "公共法律服务网络基本建成。"
    )
    plan = {2025: (480, 460, "≥400个", "≥2800件"), 2026: (500, 480, "≥400个", "≥3000件"),
            2027: (520, 500, "≥400个", "≥3200件")}  # fmt: skip
    for y, (annual, fiscal, rooms, cases) in plan.items():
        _year_sheet(
            b,
            y,
            name="省级公共法律服务体系建设补助",
            dept="东岚省司法厅",
            unit="东岚省法律援助中心",
            money=(1500, annual, 1440, fiscal),
            goal=f"{y}年建成公共法律服务工作室400个，办理法律援助案件{cases[1:-1]}件。",
            rows=_legal(y, rooms, cases),
            period_goal=period,
        )
    return b


@variant(
    "c08-sheet-per-year-defects",
    (1, 8),
    "three-year project, a sheet per year: a row "
    "pasted twice in 2025, a rate without % in 2026, the 2027 goal copied from 2026",
)
def c08() -> Book:
    b = Book()
    period = (
        "到2027年培训基层农技人员4500人次，建设农业科技示范基地60个，主推技术到位率达到95%以上。"
    )
    name, dept, unit = "省级基层农技推广体系改革补助", "东岚省农业农村厅", "东岚省农业技术推广总站"

    def rows(train: str, base: str, rate: Any) -> list[tuple[Any, ...]]:
        return [
            ("产出指标", "数量指标", "培训基层农技人员", "≥4500人次", train),
            (None, None, "建设农业科技示范基地", "≥60个", base),
            (None, "质量指标", "主推技术到位率", "≥95%", rate),
            (None, "时效指标", "培训任务完成时间", "各年10月31日前", "当年10月31日前"),
            (None, "成本指标", "人均培训成本", "≤1500元/人次", "≤1500元/人次"),
            ("效益指标", "经济效益指标", "示范基地主导品种亩均增产", "≥5%", "≥5%"),
            (None, "可持续影响指标", "农技推广服务机制", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
        ]

    r25 = rows("≥1500人次", "≥20个", "≥95%")
    r25.insert(1, (None, None, mk("培训基层农技人员", "D101", "warning", row=True,
                                  alt=("D102",)), "≥4500人次", "≥1500人次"))  # fmt: skip
    _year_sheet(
        b,
        2025,
        name=name,
        dept=dept,
        unit=unit,
        money=(960, 300, 900, 280),
        goal="2025年培训基层农技人员1500人次，建设示范基地20个。",
        rows=r25,
        period_goal=period,
    )
    _year_sheet(
        b,
        2026,
        name=name,
        dept=dept,
        unit=unit,
        money=(960, 320, 900, 300),
        goal="2026年培训基层农技人员1500人次，建设示范基地20个。",
        rows=rows(
            "≥1500人次",
            "≥20个",
            mk("≥95", "T105", "error", alt=("T104", "T116"), note="a rate without %"),
        ),
        period_goal=period,
    )
    _year_sheet(
        b,
        2027,
        name=name,
        dept=dept,
        unit=unit,
        money=(960, 340, 900, 320),
        goal=mk(
            "2026年培训基层农技人员1500人次，建设示范基地20个。",
            "Y101",
            "error",
            row=True,
            alt=("Y103",),
            note="the 2026 goal pasted into the 2027 sheet",
        ),
        rows=rows("≥1500人次", "≥20个", "≥95%"),
        period_goal=period,
    )
    return b
