"""铁皮石斛 under-forest farms: multi-year projects, points at two levels, budget-system
exports (fm07–fm12)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout627.common import (
    indicators,
    multi_year,
    one_year,
    project,
    start,
    wan,
)
from tests.variants.holdout627.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

TWO = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值",
          "度量单位")  # fmt: skip
CODE = "350725260000"


@variant("fm07-shihu-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts beside smaller "
         "annual counts, equal rates, a later year the work prepares for (correct)")  # fmt: skip
def fm07() -> Book:
    b, s = start()
    project(s, name="铁皮石斛活树附生仿野生栽培基地建设", unit="槎岭县国有翠屏林场",
            money_rows=multi_year((450, 390, 60), (150, 130, 20)), years=3,
            attr="新增项目",
            goals=["2026—2028年在栖云山、牛角坪林区累计建设铁皮石斛活树附生基地900亩，"
                   "带动农户180户，为2029年全县推广积累技术和种源。",
                   "2026年建设活树附生基地300亩，定植种苗150万丛，带动农户60户。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "活树附生基地面积", "≥900亩", "≥300亩"),
        (None, None, "附树定植种苗数量", "≥450万丛", "≥150万丛"),
        (None, "质量指标", "附树定植成活率", "≥85%", "≥85%"),
        (None, "时效指标", "年度定植完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "基地建设补助标准", "≤0.5万元/亩", "≤0.5万元/亩"),
        ("效益指标", "经济效益指标", "亩均鲜条产值", "≥0.8万元/亩", "≥0.3万元/亩"),
        (None, "社会效益指标", "带动农户户数", "≥180户", "≥60户"),
        (None, "生态效益指标", "附生林木保存率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fm08-shihu-period-wrong", (8, 5),
         "three-year project, NAT-2021, 中期 and 年度 columns: an annual count above the "
         "period's, a count copied from 中期, a quality rate under 时效")  # fmt: skip
def fm08() -> Book:
    b, s = start()
    project(s, name="铁皮石斛林下种苗繁育与示范", unit="槎岭县林业技术推广站",
            money_rows=multi_year((300, 270, 30), (100, 90, 10)), years=3,
            attr="新增项目",
            goals=["2026—2028年累计繁育铁皮石斛种苗600万丛，建设示范基地450亩，"
                   "培训种植户900人次。",
                   "2026年繁育种苗200万丛，建设示范基地150亩，培训种植户300人次。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "种苗繁育数量", "≥600万丛", "≥200万丛"),
        (None, None, "示范基地面积", "≥450亩",
         mk("≥450亩", "D202", "warning", alt=("D104",),
            note="三年累计面积照抄到年度，年度目标为150亩")),
        (None, None, "种植户技术培训", "≥900人次",
         mk("≥1200人次", "D201", "error", alt=("D104",),
            note="年度1200人次超过三年合计900人次")),
        (None, "质量指标", "种苗合格率", "≥95%", "≥95%"),
        (None, "时效指标", "种苗出圃完成时间", "2028年10月31日前", "2026年10月31日前"),
        (None, None, mk("示范基地验收合格率", "F201", "warning", row=True,
                        note="质量类比率填在时效指标下"), "100%", "100%"),
        ("成本指标", "经济成本指标", "种苗繁育单丛成本", "≤0.12元/丛", "≤0.12元/丛"),
        ("效益指标", "社会效益指标", "带动种植户户数", "≥150户", "≥50户"),
        (None, "可持续影响指标", "种源保存株系", "≥10个", "≥6个"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fm09-shihu-points", (10, 5),
         "project, NAT-2021, points in the tier-1 labels and an indicator points column, both "
         "adding to 100, a quality share raised in 百分点, a typed percent (correct)")  # fmt: skip
def fm09() -> Book:
    b, s = start()
    project(s, name="铁皮石斛鲜条初加工与枫斗制作技术培训", unit="槎岭县林业技术推广站",
            money_rows=one_year(48, 40, 8),
            goals=["举办枫斗加工技术培训8期、400人次，带动60人就业。"])  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标（50分）", "数量指标", "枫斗加工技术培训", "≥400人次", 15),
        (None, None, "培训期数", "≥8期", 10),
        (None, "质量指标", "学员考核合格率", "≥90%", 15),
        (None, "时效指标", "培训完成时间", "2026年10月31日前", 10),
        ("成本指标（10分）", "经济成本指标", "人均培训成本", "≤1000元/人次", 10),
        ("效益指标（30分）", "经济效益指标", "枫斗优质品比例较上年提高", "≥3个百分点", 10),
        (None, "社会效益指标", "带动就业人数", "≥60人", 10),
        (None, "可持续影响指标", "学员跟踪回访机制", "建立并执行", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "学员满意度", pct(0.9), 10),
    ])  # fmt: skip
    s.row(None, None, "合计", None, 100)
    return b


@variant("fm10-shihu-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column: two tiers whose "
         "indicator scores differ from the tier score, a near-duplicate yield")  # fmt: skip
def fm10() -> Book:
    b, s = start(widths=(14, 8, 18, 28, 16, 8))
    project(s, name="铁皮石斛林下仿野生种植提质增效", unit="槎岭县牛角坪林场",
            money_rows=one_year(70, 60, 10),
            goals=["改造提升仿野生种植基地300亩，鲜条产量达到30吨。"])  # fmt: skip
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标", mk(50, "W103", "error", note="其下各指标 15 + 10 + 10 + 10 = 45"),
         "数量指标", "提质改造基地面积", "≥300亩", 15),
        (None, None, None, "铁皮石斛鲜条产量", "≥30吨", 10),
        (None, None, "质量指标", "鲜条农残检测合格率", "100%", 10),
        (None, None, "时效指标", "改造完成时间", "2026年9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "提质改造补助标准", "≤0.2万元/亩", 10),
        ("效益指标", mk(30, "W103", "error", note="其下各指标 15 + 10 + 10 = 35"),
         "经济效益指标", mk("铁皮石斛鲜条年产量", "D103", "warning", row=True,
                            alt=("D101",), note="与数量指标下的“铁皮石斛鲜条产量”是同一指标"),
         "≥30吨", 15),
        (None, None, "社会效益指标", "带动农户户数", "≥70户", 10),
        (None, None, "生态效益指标", "林下植被覆盖率", "≥90%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row(None, 100, None, "合计", None, 100)
    return b


def export_budget(b: Book, *, name: str, amount: tuple[float, float, float],
                  goal: str) -> None:  # fmt: skip
    """The 05-1 sheet of a budget-system export: codes first, the header on the third row."""
    s = b.sheet("部门项目支出预算05-1", (16, 30, 12, 12, 12, 40))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位名称：槎岭县农业农村局", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金", "年度绩效目标")
    s.row(CODE + "31", name, *(wan(v) for v in amount), goal)
    s.row("合计", None, *(wan(v) for v in amount))


def export_goals(b: Book, name: str, rows: list[tuple[Any, ...]]) -> Sheet:
    """The 05-2 sheet: every row repeats the project code, the name and both tiers."""
    s = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 16, 28, 10, 12, 10))
    s.title("2026年部门项目支出绩效目标表", 8)
    s.row("单位名称：槎岭县农业农村局（316002）")
    s.row(*EXPORT)
    for r in rows:
        s.row(CODE + "31", name, *r)
    return s


@variant("fm11-shihu-export", (7, 4),
         "budget-system export (预算05-1 and 绩效目标05-2), codes in the first columns, header "
         "on the third row, indicators on the second sheet (correct)")  # fmt: skip
def fm11() -> Book:
    b = Book()
    name = "铁皮石斛林下种植示范"
    export_budget(b, name=name, amount=(85, 75, 10),
                  goal="在栖云山林区林下种植铁皮石斛170亩，带动农户35户。")  # fmt: skip
    export_goals(b, name, [
        ("产出指标", "数量指标", "林下种植面积", "≥", 170, "亩"),
        ("产出指标", "质量指标", "种植成活率", "≥", 85, "%"),
        ("产出指标", "质量指标", "鲜条农残抽检合格率", "=", 100, "%"),
        ("产出指标", "时效指标", "种植完成时间", "≤", day(2026, 11, 30), None),
        ("成本指标", "经济成本指标", "种苗补助标准", "≤", 0.4, "万元/亩"),
        ("效益指标", "社会效益指标", "带动农户户数", "≥", 35, "户"),
        ("效益指标", "生态效益指标", "化学农药使用量增长率", "≤", 0, "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("fm12-shihu-export-wrong", (11, 7, 6),
         "budget-system export: a 反向 share with ≥, the template's example row left in, a "
         "cost standard × area above the money on the budget sheet")  # fmt: skip
def fm12() -> Book:
    b = Book()
    name = "铁皮石斛林下种植扩面"
    export_budget(b, name=name, amount=(95, 85, 10),
                  goal="在牛角坪林区林下扩种铁皮石斛240亩，带动农户50户。")  # fmt: skip
    export_goals(b, name, [
        ("产出指标", "数量指标", "林下扩种面积", "≥", 240, "亩"),
        ("产出指标", "数量指标", "（示例）XX数量", "≥",
         mk("**", "X101", "error", row=True, note="模板的示例行未删除")),
        ("产出指标", "质量指标", "种植成活率", "≥", 85, "%"),
        ("产出指标", "质量指标", "鲜条农残超标批次占比",
         mk("≥", "T108", "warning", row=True, note="超标占比是反向指标，应为≤"), 2, "%"),
        ("产出指标", "时效指标", "扩种完成时间", "≤", day(2026, 10, 31), None),
        ("成本指标", "经济成本指标", "扩种补助标准", "≤",
         mk(0.5, "B107", "warning", row=True,
            note="0.5万元/亩 × 240亩 = 120万元，超过05-1表的项目资金95万元"), "万元/亩"),
        ("效益指标", "社会效益指标", "带动农户户数", "≥", 50, "户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b
