"""Template rows, 中期 and 年度, points at two levels, direction and department money (items 6,
7, 8, 10, 11, 12, 13): dg13–dg18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout569.common import (
    budget,
    first_sheet,
    indicators,
    multi_year,
    one_year,
    signature,
    task,
)
from tests.variants.holdout569.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money

DG13 = [
    ("产出指标", "数量指标", "樱桃园防雹网新建面积", "≥260亩"),
    (None, "质量指标", "防雹网验收合格率", "=100%"),
    (None, mk("时效指标", "F109", "warning", row=True,
              note="template tier-2 left without indicator or value"), None, None),
    ("成本指标", "经济成本指标", "每亩防雹网建设成本", "≤3200元/亩"),
    (None, mk("社会成本指标", "F109", "warning", row=True,
              note="template tier-2 left without indicator or value"), None, None),
    ("效益指标", "经济效益指标", "樱桃冰雹灾害减损率", "≥60%"),
    (None, "社会效益指标",
     mk(None, "F110", "error", note="a value with no indicator name"), "≥110户"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
]  # fmt: skip


@variant("dg13-template-rows", (6, 7, 13),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without "
         "indicators, a value without a name")  # fmt: skip
def dg13() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="砚北县樱桃园防雹网建设项目",
                 dept="砚北县农业农村局（913002）", unit="砚北县经济作物站",
                 money=one_year(90, 90, 0),
                 goals=["新建樱桃园防雹网260亩，降低冰雹灾害损失。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), DG13)
    signature(s, "芮青棠", "0939-2274150", day(2024, 12, 6))
    return b


def two_row_header(s: Sheet, period: str, annual: str) -> None:
    """A two-row header: 指标值 over its 中期 and 年度 columns, the others merged down."""
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, period, annual)
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


DG14 = [
    ("产出指标", "数量指标", "老果园更新改造面积", "≥2400亩", "≥800亩"),
    (None, None, "配套防雹网面积", "≥1200亩", "≥400亩"),
    (None, "质量指标", "改造园苗木成活率", "≥92%", "≥92%"),
    (None, "时效指标", "改造任务完成时间", "2027年10月31日前", "2025年10月31日前"),
    ("成本指标", "经济成本指标", "每亩更新改造补助标准", "≤2500元/亩", "≤2500元/亩"),
    ("效益指标", "经济效益指标", "改造园亩均增收", "≥2000元", "≥1500元"),
    (None, "社会效益指标", "带动果农户数", "≥900户", "≥300户"),
    (None, "生态效益指标", "防雹网覆盖园冰雹损失率", "≤10%", "≤10%"),
    ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "≥90%"),
]


@variant("dg14-three-year", (8,),
         "three-year project, NAT-2021, two-row header with 中期 and 年度 columns: counts below "
         "their period values, rates and unit costs legitimately equal (correct)")  # fmt: skip
def dg14() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, years=3, name="柘岭县苹果樱桃老果园更新改造项目",
                 dept="柘岭县农业农村局（825001）", unit="柘岭县果业中心", attr="新增项目",
                 money=multi_year((900, 780, 120), (300, 260, 40)),
                 goals=["三年完成苹果、樱桃老果园更新改造2400亩，配套防雹网1200亩，带动果农900户。",
                        "完成老果园更新改造800亩，配套防雹网400亩，带动果农300户。"])  # fmt: skip
    two_row_header(s, "中期指标值（2025—2027年）", "年度指标值（2025年）")
    s.table(DG14, merged=(1, 2))
    signature(s, "邬晓禾", "0937-4410286", day(2024, 10, 30))
    return b


DG15 = [
    ("产出指标", "数量指标", "樱桃园防雹网架设面积", "≥600亩",
     mk("≥600亩", "D202", "warning", note="a cumulative area copied from the 中期 column")),
    (None, None, "樱桃苗木补植数量", "≥10000株",
     mk("≥12000株", "D201", "error", note="the annual count exceeds the two-year count")),
    (None, "质量指标", "防雹网验收合格率", "=100%", "=100%"),
    (None, "时效指标", "防雹网架设完成时间", "2025年5月31日前", "2024年5月31日前"),
    ("成本指标", "经济成本指标", "每亩防雹网架设成本", "≤3000元/亩", "≤3000元/亩"),
    ("效益指标", "经济效益指标", "樱桃冰雹灾害减损率", "≥60%", "≥60%"),
    (None, "社会效益指标", "受益樱桃种植户", "≥240户", "≥150户"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant("dg15-two-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: a cumulative area copied, an annual "
         "count above its period count")  # fmt: skip
def dg15() -> Book:
    b, s = first_sheet()
    project_head(s, year=2024, years=2, name="桑堰镇樱桃园防雹网架设及补植项目",
                 dept="桑堰镇人民政府（517020）", unit="桑堰镇农业综合服务站",
                 money=multi_year((400, 340, 60), (220, 190, 30)),
                 goals=["两年内完成樱桃园防雹网架设和苗木补植，减轻冰雹损失。",
                        "完成当年防雹网架设和苗木补植任务，种植户满意。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), DG15)
    return b


SCORE_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
DG16 = [
    ("产出指标", 40, "数量指标", "苹果园品种更新面积", "≥350亩", 15),
    (None, None, None, "防雹网配套面积", "≥150亩", 10),
    (None, None, "质量指标", "更新苗木成活率", "≥92%", 10),
    (None, None, "时效指标", "更新任务完成时间", "11月30日前", 5),
    ("成本指标", 20, "经济成本指标", "每亩品种更新补助标准", "≤2200元/亩", 10),
    (None, None, None, "每亩防雹网配套补助标准", "≤3600元/亩", 10),
    ("效益指标", 30, "经济效益指标", "更新园优果率", "提高≥5百分点", 15),
    (None, None, "社会效益指标", "受益果农户数", "≥140户", 10),
    (None, None, "可持续影响指标", "品种更新技术规程", "建立并执行", 5),
    ("满意度指标", 10, "服务对象满意度指标", "果农满意度", "≥90%", 10),
]


@variant("dg16-points-two-levels", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding "
         "to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def dg16() -> Book:
    b, s = first_sheet("绩效目标", (14, 8, 18, 28, 16, 10))
    project_head(s, year=2025, name="榆湾乡苹果园品种更新及防雹网配套项目",
                 dept="榆湾乡人民政府（517031）", unit="榆湾乡农业综合服务站",
                 money=one_year(140, 120, 20),
                 goals=["更新苹果园品种350亩，配套防雹网150亩，提高优果率。"])  # fmt: skip
    indicators(s, SCORE_HEAD, DG16, merged=(1, 2, 3))
    return b


def tier_score(points: int, declared: int, tier: str) -> Any:
    """A tier-1 score that does not match the scores of the indicators under it."""
    return mk(declared, "W103", "error", note=f"{tier}: indicators add to {points}, not {declared}")


DG17 = [
    ("产出指标", tier_score(45, 50, "产出指标"), "数量指标", "樱桃园防雹网新建面积", "≥220亩", 15),
    (None, None, None, "樱桃苗木更新栽植数量", "≥13200株", 10),
    (None, None, "质量指标", "防雹网验收合格率", "=100%", 10),
    (None, None, "时效指标", "防雹网架设完成时间", "4月30日前", 10),
    ("成本指标", 20, "经济成本指标", "每亩防雹网建设成本", "≤3500元/亩", 10),
    (None, None, None, "每株苗木补助标准", "≤15元/株", 10),
    ("效益指标", tier_score(25, 20, "效益指标"), "经济效益指标", "樱桃优果率",
     "提高≥8百分点", 15),
    (None, None, "社会效益指标", "受益樱桃种植户", "≥110户", 10),
    ("满意度指标", 10, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
]  # fmt: skip


@variant("dg17-points-mismatch", (10,),
         "project, NAT-2021, tier-1 and indicator score columns: two tier scores that their "
         "indicators do not add up to (both totals 100)")  # fmt: skip
def dg17() -> Book:
    b, s = first_sheet("绩效目标", (14, 8, 18, 28, 16, 10))
    project_head(s, year=2025, name="杏塬镇樱桃园防雹网及品种更新项目",
                 dept="杏塬镇人民政府（720014）", unit="杏塬镇果业服务站",
                 money=one_year(100, 90, 10),
                 goals=["新建樱桃园防雹网220亩，更新栽植优质苗木，提高优果率。"])  # fmt: skip
    indicators(s, SCORE_HEAD, DG17, merged=(1, 2, 3))
    return b


DG18 = [
    ("产出指标", "数量指标", "苹果园有机肥替代化肥面积", "≥1500亩"),
    (None, None, "樱桃防雹网维修面积", "≥400亩"),
    (None, "质量指标", "果品农药残留超标率",
     mk("≥2%", "T108", "warning", row=True, note="a 反向 residue rate with ≥")),
    (None, "时效指标", "防雹网维修完成时间", "4月20日前"),
    ("成本指标", "经济成本指标", "每亩有机肥替代补助标准", "≤400元/亩"),
    ("效益指标", "生态效益指标", "化肥施用量下降率", "≥15%"),
    (None, "社会效益指标", "受益果农户数", "≥800户"),
    ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
]  # fmt: skip


@variant("dg18-department-money-wrong", (11, 12),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a "
         "反向 residue rate with ≥")  # fmt: skip
def dg18() -> Book:
    b, s = first_sheet()
    total = mk(
        money(540), "B101", "error", row=True, note="基本支出 300 + 项目支出 230 = 530 ≠ 540"
    )
    whole = mk(money(230), "B102", "error", note="tasks 100 + 80 + 40 = 220 ≠ 230")
    department_head(s, year=2025, dept="沣岫县果业技术服务中心",
                    budget=[budget(total, 460, 80, 300, 230)],
                    tasks=[task("有机肥替代化肥", "苹果园有机肥替代补助", 100,
                                "替代面积1500亩"),
                           task("防雹网维修", "樱桃园老旧防雹网维修", 80, "维修400亩"),
                           task("果品质量监测", "农残抽检和质量追溯", 40, "抽检覆盖主产村"),
                           task("金额合计", "", whole, "")],
                    goal="推广苹果园有机肥替代化肥1500亩，维修樱桃防雹网400亩，"
                         "提升果品质量安全。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), DG18)
    signature(s, "蔺春桐", "0935-7716391", day(2024, 11, 22))
    return b
