"""Mixed 百合 and 菊花 flower-tea bases: stacked projects, a budget-system export, a department
list, a two-year base and detail lines with artefacts (df13–df18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout568.common import TIERS, book, funds, period_funds, table, wan
from tests.variants.holdout568.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

VALUE = (*TIERS, "指标值")


def _project(
    s: Sheet,
    first: bool,
    name: str,
    unit: str,
    money: list[list[Any]],
    goal: str,
    rows: Sequence[Sequence[Any]],
) -> None:
    """One project of a stacked sheet: its head and its own indicator table."""
    if not first:
        s.skip()
    project_head(
        s,
        year=2025,
        name=name,
        dept="云岙县农业农村局（140）",
        unit=unit,
        money=money,
        goals=[goal],
        title=None if first else "",
    )
    table(s, VALUE, rows)


@variant(
    "df13-bases-stacked-three",
    (2,),
    "three projects stacked in one sheet, OLD-NAT, one "
    "value column, the same satisfaction indicator with different values (correct)",
)
def df13() -> Book:
    b, s = book()
    _project(s, True, "云岙县百合花茶原料基地项目", "云岙县经济作物站", funds(60, 50, 10),
             "建设百合花茶原料基地100亩。", [
        ("产出指标", "数量指标", "百合花茶原料基地面积", "≥100亩"),
        (None, "质量指标", "鲜百合商品率", "≥90%"),
        (None, "成本指标", "每亩基地建设补助", "≤0.5万元/亩"),
        ("效益指标", "社会效益指标", "带动种植户", "≥50户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    _project(s, False, "云岙县杭白菊茶基烘干项目", "云岙县菊花合作社", funds(45, 40, 5),
             "新增杭白菊烘干能力60吨。", [
        ("产出指标", "数量指标", "新增杭白菊烘干能力", "≥60吨"),
        (None, "时效指标", "烘干线投用时间", "2025年9月30日前"),
        (None, "成本指标", "每吨烘干能力建设成本", "≤0.7万元/吨"),
        ("效益指标", "经济效益指标", "烘干菊花增值收入", "≥80万元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%"),
    ])  # fmt: skip
    _project(s, False, "云岙县百合菊花拼配茶基试制项目", "云岙县茶业技术推广站",
             funds(20, 20, 0), "试制百合菊花拼配茶基配方3个。", [
        ("产出指标", "数量指标", "拼配茶基配方试制", "≥3个"),
        (None, "质量指标", "试制批次感官审评合格率", "≥90%"),
        ("效益指标", "可持续影响指标", "拼配配方推广应用企业", "≥2家"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "df14-bases-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT, one value "
    "column: the second project's money does not add up and one rate is a count",
)
def df14() -> Book:
    b, s = book()
    _project(s, True, "云岙县卷丹百合茶基复垦项目", "云岙县经济作物站", funds(75, 60, 15),
             "复垦卷丹百合茶基150亩。", [
        ("产出指标", "数量指标", "卷丹百合茶基复垦面积", "≥150亩"),
        (None, "质量指标", "复垦地块验收合格率", "≥95%"),
        (None, "成本指标", "每亩复垦补助", "≤0.4万元/亩"),
        ("效益指标", "经济效益指标", "复垦地块亩均产值", "≥5000元/亩"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(wan(58), "B101", "error", row=True, note="58 ≠ 财政拨款 45 + 其他资金 8")
    rate = mk("≥120株", "T105", "error", note="a 成活率 given as a count of plants")
    _project(s, False, "云岙县菊花茶基种苗繁育项目", "云岙县菊花合作社", funds(total, 45, 8),
             "繁育菊花茶基种苗80万株。", [
        ("产出指标", "数量指标", "菊花茶基种苗繁育", "≥80万株"),
        (None, "质量指标", "种苗移栽成活率", rate),
        (None, "成本指标", "每万株种苗繁育成本", "≤0.6万元/万株"),
        ("效益指标", "社会效益指标", "供苗覆盖种植户", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "df15-bases-export",
    (5, 7, 12),
    "budget-system export: budget on 「部门项目支出预算05-1」"
    ", indicators on 「部门项目支出绩效目标05-2」 under a third-row header, codes in the first "
    "columns, abbreviated tier labels (产出, 数量) (correct)",
)
def df15() -> Book:
    b, s = book("部门项目支出预算05-1", (18, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位名称：溯川县特色农业发展中心", None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("33112525000000001", "溯川县龙牙百合茶基种球项目", wan(64), wan(54), wan(10))
    s.row("33112525000000002", "溯川县贡菊茶基采收设备项目", wan(36), wan(36), wan(0))
    s.row("合计", None, wan(100), wan(90), wan(10))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 26, 10, 14, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：溯川县特色农业发展中心")
    a, c = (
        ("33112525000000001", "溯川县龙牙百合茶基种球项目"),
        ("33112525000000002", "溯川县贡菊茶基采收设备项目"),
    )
    table(t, ("项目编码", "项目名称", *VALUE), [
        (*a, "产出", "数量", "龙牙百合脱毒种球发放", "≥30万粒"),
        (*a, None, "质量", "种球合格率", pct(0.95)),
        (*a, "成本", "经济成本", "每万粒种球成本", "≤1.8万元/万粒"),
        (*a, "效益", "社会效益", "受益种植户", "≥120户"),
        (*a, "满意度", "服务对象满意度", "种植户满意度", "≥90%"),
        (*c, "产出", "数量", "贡菊采收设备购置", "≥12台"),
        (*c, None, "时效", "设备交付时间", "2025年8月31日前"),
        (*c, "成本", "经济成本", "每台设备购置成本", "≤3万元/台"),
        (*c, "效益", "经济效益", "采收人工成本下降率", "≥20%"),
        (*c, "满意度", "服务对象满意度", "使用合作社满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant(
    "df16-bases-department-wrong",
    (3, 12),
    "department, flat list (指标名称 · 指标值 · "
    "计量单位 · 权重): 基本 + 项目 ≠ 资金总额, tasks not adding to 金额合计, weights 95",
)
def df16() -> Book:
    b, s = book()
    total = mk(wan(300), "B101", "error", row=True, note="基本支出 120 + 项目支出 170 = 290")
    whole = mk(wan(170), "B102", "error", row=True, note="tasks 100 + 60 = 160 ≠ 170")
    department_head(
        s,
        year=2025,
        dept="汀芷县花茶产业发展服务中心",
        budget=[(total, wan(260), wan(40), wan(120), wan(170))],
        tasks=[
            ("百合茶基种球扩繁", "种球扩繁与发放", wan(100), "发放种球50万粒"),
            ("菊花茶基烘干服务", "烘干设备运维", wan(60), "烘干鲜花200吨"),
            ("金额合计", None, whole, None),
        ],
        goal="保障百合、菊花花茶原料基地种球与烘干服务。",
    )
    b.file_mark("W101", "error", note="weights 25 + 20 + 20 + 15 + 15 = 95, not 100")
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("百合种球发放数量", "≥50", "万粒", 25),
        ("菊花鲜花烘干量", "≥200", "吨", 20),
        ("烘干菊花抽检合格率", "≥95", "%", 20),
        ("重点任务按时完成率", "≥95", "%", 15),
        ("服务对象满意度", "≥90", "%", 15),
    ])  # fmt: skip
    return b


@variant(
    "df17-bases-two-year",
    (8, 1),
    "two-year project, NAT-2021, operator in words in its "
    "own column, 中期 and 年度 columns with percent cells, a unit column (correct)",
)
def df17() -> Book:
    b, s = book(widths=(14, 18, 26, 12, 16, 16, 10))
    project_head(
        s,
        year=2025,
        years=2,
        name="汀芷县百合菊花茶基联建项目（2025—2026年）",
        dept="汀芷县农业农村局（150）",
        unit="汀芷县花茶产业发展服务中心",
        money=period_funds((200, 160, 40), (110, 90, 20)),
        attr="新增项目",
        goals=[
            "两年扩种菊花茶基600亩，发放百合种球60万粒，带动种植户400户。",
            "当年扩种菊花茶基350亩，发放百合种球30万粒，带动种植户250户。",
        ],
    )
    ge, le = "大于等于", "小于等于"
    table(s, (*TIERS, "指标方向", "中期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "菊花茶基扩种面积", ge, 600, 350, "亩"),
        (None, None, "百合种球发放", ge, 60, 30, "万粒"),
        (None, "质量指标", "茶基原料抽检合格率", ge, pct(0.98), pct(0.98), "%"),
        (None, "时效指标", "联建基地完成时间", le, day(2026, 12, 31, CN_DATE),
         day(2025, 12, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "每亩扩种成本", le, 0.25, 0.25, "万元/亩"),
        ("效益指标", "经济效益指标", "种植户户均增收", ge, 2000, 1000, "元/户"),
        (None, "社会效益指标", "带动种植户", ge, 400, 250, "户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", ge, pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "df18-bases-artefacts",
    (9, 12),
    "project, OLD-NAT, operator and unit columns, detail "
    "lines below the table: one line 10 000× its share, a unit cost rounded to 0",
)
def df18() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="汀芷县杭白菊茶基烘干升级项目",
        dept="汀芷县农业农村局（150）",
        unit="汀芷县杭白菊专业合作社",
        money=funds(100, 80, 20),
        goals=["升级杭白菊烘干线2条，种植茶基600亩，培训种植户200人次。"],
    )
    zero = mk(0, "T115", "error", note="30万元 ÷ 600亩 = 0.05 rounded to 0")
    table(s, (*TIERS, "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "杭白菊茶基种植面积", "≥", 600, "亩"),
        (None, None, "烘干线升级", "≥", 2, "条"),
        (None, "质量指标", "烘干菊花一级品率", "≥", pct(0.85), "%"),
        (None, "成本指标", "每亩种苗成本", "≤", zero, "万元/亩"),
        ("效益指标", "经济效益指标", "烘干菊花增值收入", "≥", 150, "万元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    b.file_mark("B102", "error", required=False, note="caused by the 10 000× line")
    s.skip()
    s.row("资金明细（万元）", "明细项目", "金额", "测算依据", None, None, merge=[(4, 6)])
    s.row(None, "菊花种苗购置", wan(30), "600亩×500元/亩", merge=[(4, 6)])
    s.row(None, "烘干线升级", wan(50), "2条×25万元/条", merge=[(4, 6)])
    s.row(
        None,
        "种植技术培训",
        mk(wan(200000), "B110", "error", note="20 typed as 200000"),
        "200人次×1000元/人次",
        merge=[(4, 6)],
    )
    s.row(None, "合计", wan(100), None, merge=[(4, 6)])
    return b
