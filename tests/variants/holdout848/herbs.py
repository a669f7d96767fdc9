"""Herbal medicine planting (中药材种植): kfz07–kfz12."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout848.common import (
    FARM,
    HERB_CENTRE,
    first_sheet,
    indicators,
    multi_year,
    notes,
    signed,
    wan,
)
from tests.variants.holdout848.registry import variant
from tests.variants.kit import Book, Sheet, mk, ok, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kfz07-huangjing-base", (1, 8),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "equal rates and cost caps, percent cells, a later year the work prepares for "
         "(correct)")  # fmt: skip
def huangjing_base() -> Book:
    b, s = first_sheet()
    project_head(
        s, year=2025, years=3, name="道地中药材（黄精）规范化种植基地建设项目", dept=FARM,
        unit=HERB_CENTRE, money=multi_year((1200, 1050, 150), (400, 360, 40)),
        goals=["三年建成黄精规范化种植基地3000亩，带动种植户600户，建设育苗圃50亩，"
               "为2028年申报地理标志产品积累品质数据。",
               "新建黄精种植基地1000亩，带动种植户200户，建设育苗圃30亩。"],
    )  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "新建黄精规范化种植基地面积", "≥3000亩", "≥1000亩"),
        (None, None, "带动种植户数", "≥600户", "≥200户"),
        (None, None, "建设育苗圃面积", "≥50亩", "≥30亩"),
        (None, "质量指标", "种苗移栽成活率", pct(0.9), pct(0.9)),
        (None, "时效指标", "种植任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "基地建设补助标准", "≤3500元/亩", "≤3500元/亩"),
        ("效益指标", "经济效益指标", "种植户户均增收", "≥3000元", "≥2000元"),
        (None, "生态效益指标", "化学农药使用量增长率", "≤0%", "≤0%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：补助标准3500元/亩，三年3000亩合计1050万元，由财政拨款安排。")
    return b


@variant("kfz08-baiji-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the 中期目标 text and two cumulative "
         "counts copied into the annual column")  # fmt: skip
def baiji_copied() -> Book:
    b, s = first_sheet()
    text = "在樟坑镇、岚桥乡发展白芨林下仿野生种植800亩，培训种植技术人员150人次，建成示范点3个。"
    project_head(
        s, year=2025, years=2, name="白芨林下仿野生种植示范项目", dept=FARM,
        unit=HERB_CENTRE, money=multi_year((500, 500, 0), (260, 260, 0)),
        goals=[text, mk(text, "D204", "warning", note="两年期项目，年度目标与中期目标逐字相同")],
    )  # fmt: skip
    copied = "两年期项目，年度累计数照抄中期值"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "林下种植白芨面积", "≥800亩",
         mk("≥800亩", "D202", "warning", note=copied)),
        (None, None, "培训种植技术人员", "≥150人次",
         mk("≥150人次", "D202", "warning", note=copied)),
        (None, "质量指标", "种苗检验合格率", "≥95%", "≥95%"),
        (None, "时效指标", "种植任务完成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "林下种植补助标准", "≤3000元/亩", "≤3000元/亩"),
        ("效益指标", "生态效益指标", "林下植被保存率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def flat_head(s: Sheet, goal: Any, budget: tuple[float, ...]) -> None:
    """The department head of the herb centre, before a flat list."""
    department_head(s, year=2025, dept=HERB_CENTRE, budget=[tuple(wan(v) for v in budget)],
                    goal=goal)  # fmt: skip


@variant("kfz09-herb-centre-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, 0起 on an incident count, weights adding to 100 (correct)")  # fmt: skip
def herb_centre_flat() -> Book:
    b, s = first_sheet("部门整体")
    flat_head(s, "全县中药材种植面积稳定在5000亩以上，供应优质种苗300万株，开展种植技术培训24场。",
              (560, 500, 60, 180, 380))  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("中药材种植面积", 20, "亩", "≥", 5000),
        ("优质种苗供应量", 10, "万株", "≥", 300),
        ("种植技术培训场次", 10, "场", "≥", 24),
        ("种苗质量安全事故", 10, "起", "=", 0),
        ("种苗检验合格率", 15, "%", "≥", pct(0.95)),
        ("中药材产值增长率", 15, "%", "≥", pct(0.08)),
        ("种植户满意度", 20, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    signed(s, "钱慕辰", "0793-5258830", (2024, 11, 22))
    return b


@variant("kfz10-herb-flat-wrong", (3,),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): the goal's 2000亩 against "
         "1500亩, the same area again with a word more, weights adding to 95")  # fmt: skip
def herb_flat_wrong() -> Book:
    b, s = first_sheet("部门整体")
    goal = ok("全年新增中药材种植面积2000亩，推广前胡、重楼等品种，开展种植技术培训20场。",
              "warning", note="D104 may land at the goal text")  # fmt: skip
    flat_head(s, goal, (620, 540, 80, 200, 420))
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("新增中药材种植面积",
         mk("≥1500", "D104", "warning", row=True, note="年度总体目标写新增2000亩"), "亩", 20),
        ("推广中药材品种数", "≥4", "个", 10),
        ("种植技术培训场次", "≥20", "场", 10),
        (mk("新增中药材种植总面积", "D103", "warning", row=True, alt=("D102", "D101", "D104"),
            note="与第一行是同一指标，只多“总”字，指标值却不同"), "≥1800", "亩", 15),
        ("种苗检验合格率", "≥95%", "%", 15),
        ("种植户亩均增收", "≥800", "元", 10),
        ("种植户满意度", "≥90%", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 20+10+10+15+15+10+15=95，应为100")
    return b


def export_budget(b: Book, code: str, name: str, amounts: tuple[float, float, float],
                  goal: Any) -> None:  # fmt: skip
    """The budget sheet of a 预算管理一体化 export: two heading rows, header on the third row."""
    s = b.sheet("部门项目支出预算05-1", (22, 30, 14, 14, 14, 40))
    s.row("2025年部门项目支出预算表", merge=[(1, 6)])
    s.row(f"单位：{HERB_CENTRE}", None, None, None, "金额单位：万元", merge=[(1, 4), (5, 6)])
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(code, name, *(wan(v) for v in amounts), goal)


def export_goals(b: Book, code: str, name: str, rows: list[tuple[Any, ...]]) -> Sheet:
    """The goal sheet of the export: codes in the first columns, tiers repeated in every row."""
    s = b.sheet("部门项目支出绩效目标05-2", (22, 26, 12, 16, 30, 18))
    s.row("2025年部门项目支出绩效目标表", merge=[(1, 6)])
    s.row(f"单位：{HERB_CENTRE}", merge=[(1, 6)])
    s.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
    for r in rows:
        s.row(code, name, *r)
    return s


@variant("kfz11-seedling-export", (7, 12),
         "budget-system export, budget on sheet 05-1 and indicators on sheet 05-2 under "
         "绩效目标值, codes in the first columns, unit costs within the money "
         "(correct)")  # fmt: skip
def seedling_export() -> Book:
    b = Book()
    code, name = "33112725T000000418", "前胡、重楼种苗繁育补助"
    export_budget(b, code, name, (180, 150, 30),
                  "繁育前胡种苗200万株、重楼种苗30万株，供应全县种植户。")  # fmt: skip
    s = export_goals(b, code, name, [
        ("产出指标", "数量指标", "繁育前胡种苗数量", "≥200万株"),
        ("产出指标", "数量指标", "繁育重楼种苗数量", "≥30万株"),
        ("产出指标", "质量指标", "种苗检验合格率", "≥95%"),
        ("产出指标", "时效指标", "种苗供苗完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "前胡种苗繁育补助标准", "≤0.5元/株"),
        ("成本指标", "经济成本指标", "重楼种苗繁育补助标准", "≤2元/株"),
        ("效益指标", "经济效益指标", "育苗户户均增收", "≥1.5万元"),
        ("满意度指标", "服务对象满意度指标", "育苗户满意度", "≥90%"),
    ])  # fmt: skip
    s.row("注：补助按实际出圃合格种苗数量结算，前胡100万元、重楼60万元，其余为检验费。",
          merge=[(1, 6)])  # fmt: skip
    return b


@variant("kfz12-seedling-export-wrong", (7, 12),
         "budget-system export on two sheets: a quality rate under 时效, a subsidy standard × "
         "area above the project's money")  # fmt: skip
def seedling_export_wrong() -> Book:
    b = Book()
    code, name = "33112725T000000433", "中药材种苗补助"
    export_budget(b, code, name, (200, 200, 0),
                  "向种植户发放黄精、白芨种苗，补助种植面积3000亩。")  # fmt: skip
    export_goals(b, code, name, [
        ("产出指标", "数量指标", "种苗补助面积", "≥3000亩"),
        ("产出指标", "数量指标", "受益种植户数", "≥450户"),
        ("产出指标", "时效指标", "种苗发放完成时间", "2025年4月30日前"),
        ("产出指标", "时效指标",
         mk("种苗发放合格率", "F201", "warning", row=True, note="质量类比率填在时效指标下"),
         "≥95%"),
        ("成本指标", "经济成本指标", "种苗补助标准",
         mk("≤800元/亩", "B107", "warning", row=True,
            note="800元/亩×3000亩=240万元，超过项目资金200万元")),
        ("效益指标", "经济效益指标", "种植户亩均增收", "≥1200元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b
