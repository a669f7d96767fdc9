"""Rural tourism signage returns (kck01–kck06)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout755.common import OPS, dept, grid, new, note, proj, sign, wan
from tests.variants.holdout755.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "苍柘县乡村旅游发展服务中心"
GOAL01 = ("2026年在岙口镇等6个乡镇新设旅游导向标识牌120块（其中大型指引牌20块、村口指示牌100块），"
          "10月底前完成安装，提升乡村旅游通达便利度。")  # fmt: skip


def _rows01() -> list[tuple[Any, ...]]:
    return [
        ("一、产出指标", "（一）数量指标", "新设旅游导向标识牌", "≥", 120, "块"),
        (None, None, "覆盖乡镇", "≥", 6, "个"),
        (None, "（二）质量指标", "标识信息准确率", "≥", pct(0.98), "%"),
        (None, None, "中英双语标识占比", "≥", pct(0.3), "%"),
        (None, "（三）时效指标", "标识牌安装完成时间", "≤", day(2026, 10, 31), "日期"),
        ("二、成本指标", "（一）经济成本指标", "单块标识牌制作安装成本", "≤", 0.5, "万元/块"),
        ("三、效益指标", "（一）社会效益指标", "游客问路咨询量下降率", "≥", pct(0.2), "%"),
        (None, "（二）可持续影响指标", "标识牌维护责任制", "定性", "建立并执行", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "游客对导向标识满意度", "≥", pct(0.9), "%"),
    ]


@variant(
    "kck01-signage-project",
    (1, 5, 12),
    "project, NAT-2021, numbered tier labels, operator and unit columns, percent cells, "
    "万元 in the number format, goal count with its parts in brackets (correct)",
)
def signage_project() -> Book:
    b, s = new()
    cash = [("年度资金总额", wan(80), "其中：财政拨款", wan(60)), ("其他资金", wan(20), None, None)]
    proj(s, name="乡村旅游导向标识建设", unit=UNIT, cash=cash, goals=[GOAL01])
    grid(s, OPS, _rows01())
    sign(s, "龚雪岚", "0797-6312458", day(2025, 12, 5))
    return b


@variant(
    "kck02-signage-goal-mismatch",
    (7, 12),
    "project, NAT-2021, header 指标内容, operators inside the values: goal count against the "
    "indicator, a deadline in the next year, unit cost × count above the money",
)
def signage_goal_mismatch() -> Book:
    b, s = new()
    cash = [("年度资金总额", wan(80), "其中：财政拨款", wan(65)), ("其他资金", wan(15), None, None)]
    goal = "2026年在桐坪乡、蕉溪镇等乡镇新设旅游导向标识牌150块，年内完成安装并投入使用。"
    proj(s, name="乡村旅游标识标牌提升", unit=UNIT, cash=cash, goals=[goal])
    rows = [
        ("产出指标", "数量指标", "新设旅游导向标识牌",
         mk("≥120块", "D104", "warning", row=True, note="年度目标写150块")),
        (None, "质量指标", "标识牌安装验收合格率", "≥95%"),
        (None, "时效指标", "标识牌安装完成时间",
         mk("2027年6月30日前", "Y102", "error", row=True, note="一年期项目的期限落在次年")),
        ("成本指标", "经济成本指标", "单块标识牌制作安装成本",
         mk("≤0.8万元/块", "B107", "warning", row=True, note="0.8×120=96万元，超过年度资金80万元")),
        ("效益指标", "社会效益指标", "乡村旅游点可达性提升", "显著"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ]  # fmt: skip
    grid(s, ("一级指标", "二级指标", "指标内容", "指标值", "备注", None), rows)
    return b


def _stack(s: Any, name: str, cash: list[Any], goal: str, rows: list[Any], first: bool) -> None:
    proj(s, name=name, unit=UNIT, cash=cash, goals=[goal], title=None if first else "")
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"), rows)


@variant(
    "kck03-signage-stacked",
    (2, 4),
    "two signage projects stacked in one sheet, OLD-NAT, a note row between them, signature "
    "lines; the same indicator name with other values in each project (correct)",
)
def signage_stacked() -> Book:
    b, s = new()
    rows1 = [
        ("产出指标", "数量指标", "新设乡村旅游标识牌", "≥80", "块", None),
        (None, "质量指标", "标识牌安装验收合格率", "=100%", "%", None),
        (None, "时效指标", "安装完成时间", "2026年9月30日前", None, None),
        (None, "成本指标", "单块标识牌制作安装成本", "≤0.4", "万元/块", "80块×0.4=32万元"),
        ("效益指标", "社会效益指标", "乡村旅游点指引覆盖率", "≥90%", "%", None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "%", None),
    ]  # fmt: skip
    cash1 = [("年度资金总额", wan(40), "其中：财政拨款", wan(40))]
    _stack(s, "乡村旅游标识标牌新设", cash1, "2026年新设乡村旅游标识牌80块，9月底前完成安装。",
           rows1, True)  # fmt: skip
    note(s, "注：标识牌数量含更换的破损旧牌；两个项目分别申报、分别考核。")
    s.skip()
    rows2 = [
        ("产出指标", "数量指标", "维护旅游公路沿线标识牌", "≥300", "块", None),
        (None, "质量指标", "标识牌完好率", "≥95%", "%", None),
        (None, "时效指标", "损坏标识牌修复时限", "≤7", "个工作日", None),
        (None, "成本指标", "单块标识牌年维护费用", "≤0.05", "万元/块", None),
        ("效益指标", "社会效益指标", "游客有效投诉件数", "≤3", "件", None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥92%", "%", None),
    ]  # fmt: skip
    cash2 = [("年度资金总额", wan(20), "其中：财政拨款", wan(15)), ("其他资金", wan(5), None, None)]
    _stack(s, "旅游公路沿线标识维护", cash2, "2026年维护旅游公路沿线标识牌300块，损坏即修。",
           rows2, False)  # fmt: skip
    sign(s, "邬晓川", "0797-6312460", day(2025, 12, 8))
    return b


@variant("kck04-signage-stacked-wrong", (2, 12),
         "two signage projects stacked, OLD-NAT: a near-duplicate indicator in the first, the "
         "second project's money not adding up")  # fmt: skip
def signage_stacked_wrong() -> Book:
    b, s = new()
    rows1 = [
        ("产出指标", "数量指标", "旅游标识牌安装数量", "≥60", "块", None),
        (None, None, mk("旅游标识标牌安装数量", "D103", "warning", row=True, alt=("D101",),
                        note="与上一行是同一指标，多一个字"), "≥60", "块", None),
        (None, "质量指标", "标识牌安装验收合格率", "≥98%", "%", None),
        (None, "成本指标", "单块标识牌制作安装成本", "≤0.5", "万元/块", None),
        ("效益指标", "社会效益指标", "乡村旅游点指引覆盖率", "≥85%", "%", None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "%", None),
    ]  # fmt: skip
    cash1 = [("年度资金总额", wan(35), "其中：财政拨款", wan(35))]
    _stack(s, "鹤垄乡旅游标识安装", cash1, "2026年在鹤垄乡安装旅游标识牌60块。", rows1, True)
    s.skip()
    rows2 = [
        ("产出指标", "数量指标", "村级旅游导览图设置", "≥24", "处", None),
        (None, "质量指标", "导览图信息准确率", "≥98%", "%", None),
        (None, "时效指标", "导览图设置完成时间", "2026年8月31日前", None, None),
        (None, "成本指标", "单处导览图制作成本", "≤1.5", "万元/处", None),
        ("效益指标", "社会效益指标", "游客自助游览便利度", "提升", None, None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "%", None),
    ]  # fmt: skip
    total = mk(wan(45), "B101", "error", note="财政拨款30 + 其他资金10 = 40，不是45")
    cash2 = [("年度资金总额", total, "其中：财政拨款", wan(30)), ("其他资金", wan(10), None, None)]
    _stack(s, "村级旅游导览图设置", cash2, "2026年在24个村设置旅游导览图。", rows2, False)
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
GOAL05 = ("全年新设乡村旅游标识牌120块、补助柘腔剧团送戏下乡演出60场、新建改建旅游厕所16座"
          "（新建6座、改建10座），乡村旅游接待120万人次以上。")  # fmt: skip


def _tasks(total: Any) -> list[tuple[Any, ...]]:
    return [
        ("乡村旅游标识提升", "新设导向标识牌", wan(80), "新设标识牌120块"),
        ("地方戏演出补助", "柘腔剧团送戏下乡", wan(120), "演出60场"),
        ("景区厕所革命", "新建改建旅游厕所", wan(220), "新建改建16座"),
        ("金额合计", None, total, None),
    ]


@variant(
    "kck05-bureau-flat-list",
    (3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percent cells, tasks adding to 项目支出, a 下降率 with ≥ (correct)",
)
def bureau_flat_list() -> Book:
    b, s = new("部门整体")
    budget = [(wan(1280), wan(1200), wan(80), wan(860), wan(420))]
    dept(s, budget, GOAL05, _tasks(wan(420)))
    s.skip()
    rows = [
        ("新设乡村旅游标识牌", 10, "块", "≥", 120),
        ("送戏下乡演出场次", 10, "场", "≥", 60),
        ("新建改建旅游厕所", 10, "座", "≥", 16),
        ("其中：新建旅游厕所", 10, "座", "≥", 6),
        ("旅游厕所验收合格率", 10, "%", "=", pct(1.0)),
        ("演出补助资金拨付及时率", 10, "%", "≥", pct(0.95)),
        ("乡村旅游接待人次", 10, "万人次", "≥", 120),
        ("景区厕所异味投诉下降率", 10, "%", "≥", pct(0.3)),
        ("游客有效投诉率", 10, "%", "≤", pct(0.01, "0.0%")),
        ("游客满意度", 10, "%", "≥", pct(0.9)),
    ]
    grid(s, FLAT, rows, merged=())
    sign(s, "潘若溪", "0797-6312401", day(2025, 11, 18))
    return b


@variant(
    "kck06-bureau-flat-wrong",
    (3, 12),
    "department, flat list: tasks not adding to 金额合计, the same indicator twice with two "
    "values, the goal's visitor count against the indicator",
)
def bureau_flat_wrong() -> Book:
    b, s = new("部门整体")
    goal = "全年新设乡村旅游标识牌120块、送戏下乡演出60场，乡村旅游接待150万人次以上。"
    budget = [(wan(1280), wan(1200), wan(80), wan(840), wan(440))]
    total = mk(wan(440), "B102", "error", note="80 + 120 + 220 = 420，不是440")
    dept(s, budget, goal, _tasks(total))
    s.skip()
    rows = [
        ("新设乡村旅游标识牌", 15, "块", "≥", 120),
        ("送戏下乡演出场次", 15, "场", "≥", 60),
        ("新建改建旅游厕所", 15, "座", "≥", 16),
        ("旅游厕所验收合格率", 10, "%", "=", pct(1.0)),
        ("乡村旅游接待人次", 10, "万人次", "≥",
         mk(120, "D104", "warning", row=True, note="年度总体目标写150万人次")),
        (mk("送戏下乡演出场次", "D102", "error", row=True, alt=("D101", "D103", "D104"),
            note="第二行的同一指标，60场 / 50场"), 15, "场", "≥", 50),
        ("游客有效投诉率", 10, "%", "≤", pct(0.01, "0.0%")),
        ("游客满意度", 10, "%", "≥", pct(0.9)),
    ]  # fmt: skip
    grid(s, FLAT, rows, merged=())
    return b
