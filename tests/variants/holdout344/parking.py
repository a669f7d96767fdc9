"""Shared bicycles (共享单车): parking zones, illegal parking cleared; percent cells, stacked
projects and flat lists (up01–up06)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout344.common import (
    HEAD4,
    OPS,
    book,
    indicators,
    one_year,
    project,
    wan,
)
from tests.variants.holdout344.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, mk, money, pct

BUREAU = "栖桐区城市管理局（318）"
COUNTY = "漾川县城市管理局（207）"


@variant(
    "up01-zone-percent-cells",
    (1,),
    "project, OLD-NAT, 指标性质 as operator column, unit "
    "column, percents typed in Excel, a date cell, 万元 in the number format (correct)",
)
def up01() -> Book:
    b, s = book()
    project(s, name="栖桐区共享单车停放区施划项目", dept=BUREAU, unit="栖桐区市政设施养护中心",
            money_rows=one_year(80, 70, 10),
            goals=("在主次干道和地铁站口新增共享单车停放区420个，缓解乱停乱放。",))  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新增共享单车停放区", "≥", 420, "个"),
        (None, None, "停放区标线施划长度", "≥", 6.3, "公里"),
        (None, "质量指标", "停放区规范设置率", "≥", pct(0.98), "%"),
        (None, "时效指标", "停放区施划完成时间", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, "成本指标", "停放区施划单价", "≤", 0.15, "万元/个"),
        ("效益指标", "社会效益指标", "共享单车违停投诉率", "≤", pct(0.05), "%"),
        (None, None, "违停投诉量下降率", "≥", pct(0.2), "%"),
        (None, "可持续影响指标", "停放区日常巡查机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "市民停车满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "up02-zone-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column, unit column: "
    "a typed percent above 100 and a 反向 rate with ≥",
)
def up02() -> Book:
    b, s = book()
    project(s, name="漾川县城区非机动车停放区建设项目", dept=COUNTY, unit="漾川县环境卫生服务站",
            money_rows=one_year(60, 50, 10),
            goals=("县城区新建非机动车停放区260个，规范共享单车停放秩序。",))  # fmt: skip
    high = mk(pct(1.05), "T106", "error", note="验收合格率 105% 超过 100% 上限")
    wrong = mk("≥", "T108", "warning", row=True, note="投诉率是反向指标，比较符应为 ≤")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新建非机动车停放区", "≥", 260, "个"),
        (None, "质量指标", "停放区验收合格率", "≥", high, "%"),
        (None, "时效指标", "停放区完工时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "停放区建设单价", "≤", 0.2, "万元/个"),
        ("效益指标", "社会效益指标", "共享单车乱停放投诉率", wrong, pct(0.04), "%"),
        (None, None, "盲道被单车占用点位", "≤", 15, "处"),
        (None, "可持续影响指标", "停放秩序长效管理机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "沿街商户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


def stacked(s: Sheet, n: int, name: str, unit: str, money_rows: list[tuple[object, ...]],
            goal: str, rows: list[tuple[object, ...]], dept: str = BUREAU) -> None:  # fmt: skip
    """One project of a stacked sheet: its head, its header and its indicators."""
    if n > 1:
        s.skip()
    title = "2025年度项目支出绩效目标申报表（共享单车治理项目）" if n == 1 else ""
    project(s, name=name, dept=dept, unit=unit, money_rows=money_rows, goals=(goal,), title=title)
    indicators(s, HEAD4, rows)


@variant(
    "up03-stacked-three-projects",
    (2,),
    "three projects stacked in one sheet, OLD-NAT, one "
    "value column, 市民满意度 with different values in different projects (correct)",
)
def up03() -> Book:
    b, s = book()
    stacked(s, 1, "禾湾街道共享单车停放点改造", "栖桐区禾湾街道办事处", one_year(36, 36, 0),
            "改造共享单车停放点120个。", [
        ("产出指标", "数量指标", "改造共享单车停放点", "≥120个"),
        (None, "质量指标", "停放点验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年8月31日前"),
        (None, "成本指标", "单个停放点改造费用", "≤0.28万元/个"),
        ("效益指标", "社会效益指标", "人行道通行秩序", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, 2, "违停共享单车清理转运", "栖桐区城市管理执法大队", one_year(24, 20, 4),
            "全年清理转运违停共享单车18000辆次以上。", [
        ("产出指标", "数量指标", "清理转运违停单车", "≥18000辆次"),
        (None, "质量指标", "违停车辆转运登记完整率", "≥98%"),
        (None, "时效指标", "违停处置响应时间", "≤2小时"),
        (None, "成本指标", "单车清运单价", "≤12元/辆次"),
        ("效益指标", "社会效益指标", "违停点位复发率", "≤10%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥92%"),
    ])  # fmt: skip
    stacked(s, 3, "共享单车电子围栏建设", "栖桐区市政设施养护中心", one_year(45, 45, 0),
            "建设电子围栏停放点位300个，实现入栏结算。", [
        ("产出指标", "数量指标", "电子围栏停放点位", "≥300个"),
        (None, "质量指标", "围栏定位精度达标率", "≥98%"),
        (None, "时效指标", "建成投用时间", "2025年6月30日前"),
        (None, "成本指标", "单点建设费用", "≤0.15万元/个"),
        ("效益指标", "社会效益指标", "共享单车入栏停放率", "≥85%"),
        (None, "可持续影响指标", "企业数据接入机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "up04-stacked-money-rate",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: "
    "the second project's 资金总额 is not its parts, one rate given as a count",
)
def up04() -> Book:
    b, s = book()
    stacked(s, 1, "县城区共享单车停放秩序整治", "漾川县城关镇人民政府", one_year(30, 30, 0),
            "整治县城区主要街道共享单车停放秩序。", [
        ("产出指标", "数量指标", "规范停放示范街", "≥8条"),
        (None, "质量指标", "示范街验收合格率", "≥95%"),
        (None, "时效指标", "整治完成时间", "2025年7月31日前"),
        (None, "成本指标", "示范街整治费用", "≤3.5万元/条"),
        ("效益指标", "社会效益指标", "示范街违停减少率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%"),
    ], dept=COUNTY)  # fmt: skip
    total = mk(money(28, WAN), "B101", "error", row=True, note="财政拨款 20 + 其他资金 5 = 25")
    count = mk("480件", "T105", "error", note="处置率给成件数，不是百分比")
    stacked(s, 2, "违停共享单车清理转运", "漾川县环境卫生服务站",
            [("资金总额", total, "其中：财政拨款", wan(20)), ("其他资金", wan(5), None, None)],
            "清理转运违停共享单车2600辆次，受理违停举报及时处置。", [
        ("产出指标", "数量指标", "清理转运违停单车", "≥2600辆次"),
        (None, "质量指标", "违停举报处置率", count),
        (None, "时效指标", "违停举报响应时间", "≤4小时"),
        (None, "成本指标", "单车清运单价", "≤60元/辆次"),
        ("效益指标", "社会效益指标", "主要路段违停复发率", "≤15%"),
        ("满意度指标", "服务对象满意度指标", "举报群众满意度", "≥90%"),
    ], dept=COUNTY)  # fmt: skip
    return b


@variant(
    "up05-flat-street-office",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percents, 0 起 on an incident count (correct)",
)
def up05() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="栖桐区禾湾街道办事处",
                    budget=[(wan(520), wan(480), wan(40), wan(310), wan(210))],
                    goal="共享单车停放点常态巡查，违停单车及时清运。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("共享单车停放点日常巡查", 15, "次/周", "≥", 3),
        ("违停单车清运", 15, "辆次", "≥", 9000),
        ("停放点设置规范率", 15, "%", "≥", pct(0.95)),
        ("违停举报处置及时率", 15, "%", "≥", pct(0.98)),
        ("共享单车停放引发交通事故", 10, "起", "≤", 0),
        ("人行道单车占道投诉量下降率", 10, "%", "≥", pct(0.15)),
        ("违停单车清运单价", 10, "元/辆次", "≤", 20),
        ("辖区居民满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant(
    "up06-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · "
    "指标性质 as direction · 计量单位 · 权重): unit, direction and weight defects",
)
def up06() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="漾川县城关镇人民政府",
                    budget=[(wan(260), wan(230), wan(30), wan(180), wan(80))],
                    goal="城关镇共享单车停放区全覆盖，违停单车日清日结。")  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    unit = mk("≥4.5公里", "T112", "error", row=True, note="值的单位公里与计量单位列“个”不符")
    wrong = mk("≥3%", "T108", "warning", row=True, note="反向指标配 ≥")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("停放区标线施划长度", unit, "正向", "个", 15),
        ("违停单车清运", "≥6000辆次", "正向", "辆次", 15),
        ("停放点设置规范率", "≥95%", "正向", "%", 15),
        ("共享单车违停投诉率", wrong, "反向", "%", 15),
        ("违停单车清运单价", "≤25元/辆次", "反向", "元/辆次", 10),
        ("占道投诉办结率", "≥98%", "正向", "%", 10),
        ("居民满意度", "≥90%", "正向", "%", 10),
        ("停放秩序管理制度", "健全", "正向", None, 5),
    ])  # fmt: skip
    return b
