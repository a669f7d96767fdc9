"""Whole-farm returns over both halves: department tables (flat lists, key tasks), a
budget-system export with the table on a second sheet, stacked projects, template rows."""

from __future__ import annotations

from tests.variants.holdout423.common import (
    FARM,
    HEAD4,
    YEAR,
    department,
    funds,
    indicators,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout423.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
GOAL = "完成老龄胶园更新种植1500亩，培训胶工900人次，干胶总产量不低于2100吨。"


@variant(
    "xq03-flat-department",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percent cells, a 下降率 with ≥, 0 起 accidents, weights adding to 100 (correct)",
)
def flat_department() -> Book:
    b, s = start("部门整体")
    department(s, (560, 480, 80, 360, 200), GOAL)
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, FLAT, [
        ("橡胶更新种植面积", 20, "亩", "≥", 1500),
        ("割胶技能培训人次", 15, "人次", "≥", 900),
        ("橡胶苗定植成活率", 15, "%", "≥", pct(0.95)),
        ("胶园病害发生下降率", 10, "%", "≥", pct(0.1)),
        ("安全生产事故", 10, "起", "≤", 0),
        ("干胶总产量", 15, "吨", "≥", 2100),
        ("承包职工满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    signature(s, "符振堂", "吴秋蓉", "0898-36215470")
    return b


@variant(
    "xq07-export-second-sheet",
    (7,),
    "budget-system export: 部门项目支出预算05-1 with codes in the first columns, the "
    "indicator table on 部门项目支出绩效目标05-2 under a header on the third row, "
    "指标方向 as direction, =100% at the ceiling (correct)",
)
def export_second_sheet() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 14, 28, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("412006003", FARM, "幼龄胶园抚育管护", wan(120), wan(100), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 12, 20, 12, 16, 28, 10, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("导出时间：2024-12-18", None, None, None, None, None, None, "单位：万元")
    head = ("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标",
            "指标方向", "指标值")  # fmt: skip
    code = ("412006003", "41200625F0117", "幼龄胶园抚育管护")
    t.row(*head)
    for line in (
        ("产出指标", "数量指标", "幼龄胶园抚管面积", "正向", "≥1200亩"),
        ("产出指标", "质量指标", "抚管验收合格率", "正向", "=100%"),
        ("产出指标", "时效指标", "抚管任务完成时间", "反向", "2025年12月31日前"),
        ("产出指标", "成本指标", "亩均抚管费用", "反向", "≤1000元/亩"),
        ("效益指标", "生态效益指标", "胶园林下覆盖率", "正向", "≥85%"),
        ("效益指标", "可持续影响指标", "幼龄胶树保存率", "正向", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "正向", "≥90%"),
    ):  # fmt: skip
        t.row(*code, *line)
    return b


@variant(
    "xq09-department-money",
    (12, 5),
    "department, NAT-2021 with abbreviated and marked tier labels (*产出, 数量, ★): "
    "budget split both ways, key tasks adding to 项目支出 (correct)",
)
def department_money() -> Book:
    b, s = start()
    department(s, (1260, 1050, 210, 680, 580), "更新胶园1520亩，培训胶工1200人，维护胶园道路。",
               tasks=[
        ("胶园更新种植", "老龄胶园更新1520亩", wan(380), "成活率95%以上"),
        ("割胶技能培训", "培训胶工1200人", wan(120), "考核合格率90%以上"),
        ("胶园道路维护", "维护林段道路16公里", wan(80), "道路完好"),
        ("金额合计", None, wan(580), None),
    ])  # fmt: skip
    indicators(s, HEAD4, [
        ("*产出", "数量", "★更新种植面积", "≥1520亩"),
        (None, None, "培训胶工人数", "≥1200人"),
        (None, None, "维护林段道路里程", "≥16公里"),
        (None, "质量", "定植苗成活率", "≥95%"),
        (None, "时效", "培训完成时间", "2025年11月30日前"),
        ("*成本", "经济成本", "更新种植补助标准", "≤2500元/亩"),
        (None, None, "人均培训成本", "≤1000元/人"),
        ("*效益", "经济效益", "干胶总产量", "≥2300吨"),
        (None, "可持续影响", "良种覆盖率", "提高≥2百分点"),
        ("*满意度", "服务对象满意度", "承包职工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "xq14-stacked-money",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's total does "
    "not add up and its pass rate is given as a count of people",
)
def stacked_money() -> Book:
    b, s = start()
    project(s, "老龄胶园更新种植（三期）", funds(125, 100, 25), ["更新种植胶园500亩。"])
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "更新种植面积", "≥500亩"),
        (None, "质量指标", "更新地块验收合格率", "≥95%"),
        (None, "成本指标", "更新种植补助标准", "≤2500元/亩"),
        ("效益指标", "可持续影响指标", "良种覆盖率", "提高≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(64), "B101", "error", note="资金总额 64 ≠ 50 + 10")
    project(s, "胶工割胶技术考核认证", funds(total, 50, 10), ["考核认证胶工500人。"],
            title="")  # fmt: skip
    count = mk("90人", "T105", "error", note="a pass rate given as a count of people")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "参加考核胶工人数", "≥500人"),
        (None, "质量指标", "考核合格率", count),
        (None, "成本指标", "人均考核认证费用", "≤1200元/人"),
        ("效益指标", "社会效益指标", "持证胶工人数", "≥450人"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "xq15-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template with nothing "
    "under it, a value without an indicator name",
)
def template_rows() -> Book:
    b, s = start()
    project(s, "胶园割胶安全与技术巡回指导", funds(24, 20, 4), ["巡回指导林段120个。"])
    blank = mk(None, "F110", "error", note="a value with no indicator name")
    left = mk("生态效益指标", "F109", "warning", row=True, note="template row left empty")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "每林段指导成本", "≤2000元/个"),
        ("产出指标", "数量指标", "巡回指导林段数", "≥120个"),
        (None, "质量指标", "割胶技术规程执行率", "≥95%"),
        (None, None, blank, "≥98%"),
        (None, "时效指标", "巡回指导完成时间", "2025年12月15日前"),
        ("效益指标", "社会效益指标", "割胶作业安全事故", "≤0起"),
        (None, left, None, None),
        ("满意度指标", "服务对象满意度指标", "胶工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "xq18-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
    "a value unit against the unit column, ≥ on a 反向 rate, weights adding to 95",
)
def flat_defects() -> Book:
    b, s = start("部门整体")
    department(s, (430, 380, 50, 300, 130), "更新胶园400亩，培训胶工600人。",
               filled=day(YEAR - 1, 12, 2))  # fmt: skip
    money = mk("12万元", "T112", "error", note="value in 万元 under a unit column 人")
    hurt = mk("≥3", "T108", "warning", row=True, note="反向 rate with ≥")
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("橡胶更新种植面积", "≥400", "正向", "亩", 25),
        ("割胶技能培训人数", money, "正向", "人", 20),
        ("割胶伤树率", hurt, "反向", "%", 15),
        ("定植苗成活率", pct(0.95), "正向", "%", 20),
        ("承包职工满意度", "≥90", "正向", "%", 15),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="25 + 20 + 15 + 20 + 15 = 95, not 100")
    return b
