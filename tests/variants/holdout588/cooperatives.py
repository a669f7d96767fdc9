"""Cooperative and federation (合作社、联合社) returns of the 588th held-out set: dz13–dz18."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout588.common import (
    TIERS,
    book,
    cn,
    indicators,
    notes,
    one_year,
    sign,
    single,
    wan,
)
from tests.variants.holdout588.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok, pct

FED = "苇川县特禽合作社联合社"


def _stacked(s: Sheet, name: str, money: tuple[float, float, float], goal: str,
             rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """One project of a stacked sheet: its head, then its indicator table."""
    if s.r:
        s.skip()
    project_head(s, year=2025, name=name, dept="苇川县农业农村局（318001）", unit=FED,
                 money=single(*money), goals=[goal])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), rows)


@variant("dz13-coop-stacked-three", (2,), "three projects of one federation stacked in one "
         "sheet, OLD-NAT, one value column, the same names with other values in other projects "
         "(correct)")  # fmt: skip
def coop_stacked_three() -> Book:
    b, s = book()
    _stacked(s, "肉鸽种鸽更新项目", (40, 30, 10), "更新社员种鸽3000对，带动社员养殖户25户。", [
        ("产出指标", "数量指标", "更新种鸽", "≥3000对"),
        (None, "成本指标", "种鸽更新补助标准", "≤100元/对"),
        ("效益指标", "社会效益指标", "带动社员养殖户", "≥25户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    goal = "建设鹌鹑蛋冷库300立方米，带动社员养殖户40户。"
    _stacked(s, "鹌鹑蛋冷库建设项目", (55, 45, 10), goal, [
        ("产出指标", "数量指标", "新建冷库容积", "≥300立方米"),
        (None, "质量指标", "冷库竣工验收合格率", "=100%"),
        (None, "成本指标", "冷库建设补助标准", "≤0.15万元/立方米"),
        ("效益指标", "社会效益指标", "带动社员养殖户", "≥40户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥85%"),
    ])  # fmt: skip
    goal = "运营联合社电商平台，线上销售额不低于300万元。"
    _stacked(s, "特禽电商销售平台运营项目", (25, 25, 0), goal, [
        ("产出指标", "数量指标", "平台上架特禽产品", "≥40个"),
        (None, "时效指标", "订单48小时内发货率", "≥95%"),
        (None, "成本指标", "平台年运营费用", "≤25万元"),
        ("效益指标", "经济效益指标", "线上销售额", "≥300万元"),
        (None, "社会效益指标", "带动社员养殖户", "≥60户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "农向东", "0779-6215573", cn(2024, 12, 11))
    return b


@variant("dz14-coop-department", (12, 7), "department, NAT-2021, header 目标值（年度）: the title "
         "keeps last year's year, 资金总额 ≠ 基本支出 + 项目支出, one training count stated twice "
         "with two values")  # fmt: skip
def coop_department() -> Book:
    b, s = book()
    total = mk(wan(320), "B101", "error", row=True, note="基本支出120+项目支出190=310，不等于320")
    department_head(
        s, year=2026, dept="鸣泉县特禽产业发展服务中心",
        title="2025年度部门整体支出绩效目标申报表", filled=day(2025, 11, 20),
        budget=[(total, wan(280), wan(40), wan(120), wan(190))],
        tasks=[("种源提升", "引进种鸽4000对", wan(80), "2026年6月底前完成引种"),
               ("技术培训", "社员养殖技术培训", wan(50), "培训社员800人次"),
               ("品牌建设", "特禽区域公用品牌推广", wan(60), "品牌授权合作社10家"),
               ("金额合计", None, wan(190), None)],
        goal="2026年引进种鸽4000对、培训社员800人次、新增鹌鹑笼位5万个，联合社成员户均增收"
             "0.5万元以上。",
    )  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102", "Y103"),
                note="标题写2025年度，填报日期、任务、目标和指标日期都是2026年预算")  # fmt: skip
    indicators(s, (*TIERS, "目标值（年度）"), [
        ("成本指标", "经济成本指标", "种鸽引进补助标准", "≤100元/对"),
        ("产出指标", "数量指标", "引进种鸽", "≥4000对"),
        (None, None, ok("社员技术培训人次", "error"), ok("≥800人次", "error")),
        (None, None, "新增鹌鹑笼位", "≥5万个"),
        (None, None, "社员养殖技术培训", mk("≥600人次", "D102", "error", row=True, alt=("D103",),
            note="与“社员技术培训人次 ≥800人次”是同一指标，值不同")),
        (None, "质量指标", "引进种鸽检疫覆盖率", "=100%"),
        (None, "时效指标", "种鸽引进完成时间", "2026年6月30日前"),
        ("效益指标", "经济效益指标", "联合社成员户均增收", "≥0.5万元"),
        (None, "可持续影响指标", "品牌授权合作社", "≥10家"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dz15-coop-department-money", (12, 1), "department, NAT-2021: budget with typed "
         "percent "
         "shares, tasks adding to 金额合计 = 项目支出, a goal text summing two indicators, a "
         "standard × count equal to its task money (correct)")  # fmt: skip
def coop_department_money() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="砚湖区农业农村局",
        budget=[(wan(200), wan(160), wan(40), wan(70), wan(130)),
                (pct(1), pct(0.8), pct(0.2), pct(0.35), pct(0.65))],
        tasks=[("肉鸽产业扶持", "种鸽场改造和乳鸽加工", wan(55), "扶持肉鸽合作社12家"),
               ("鹌鹑产业扶持", "笼养设施和蛋品检测", wan(45), "扶持鹌鹑合作社8家"),
               ("合作社规范化建设", "财务、章程和社员账户规范", wan(30), "规范化合作社20家"),
               ("金额合计", None, wan(130), None)],
        goal="扶持特禽规范化合作社20家（肉鸽12家、鹌鹑8家），社员户均增收0.6万元以上。",
    )  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("成本指标", "经济成本指标", "合作社规范化建设补助标准", "≤1.5万元/家"),
        ("产出指标", "数量指标", "扶持肉鸽合作社", "≥12家"),
        (None, None, "扶持鹌鹑合作社", "≥8家"),
        (None, "质量指标", "合作社财务规范化达标率", "≥95%"),
        (None, "时效指标", "扶持资金拨付完成时间", "2025年9月30日前"),
        ("效益指标", "经济效益指标", "社员户均增收", "≥0.6万元"),
        (None, "社会效益指标", "特禽产品质量安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙一舟", "0775-8812690", cn(2024, 11, 19))
    return b


@variant("dz16-coop-leftover", (4, 9), "project, OLD-NAT, one value column, a note row under "
         "the table: an HTML tag in the goal, a placeholder count, 预算执行率 as a cost "
         "indicator")  # fmt: skip
def coop_leftover() -> Book:
    b, s = book()
    goal = mk("<p>培育“鸣泉乳鸽”电商品牌1个，全年直播带货60场，线上销售乳鸽8万羽。</p>",
              "X102", "warning", note="目标文字中残留<p>标签")  # fmt: skip
    project_head(
        s, year=2025, name="鸣泉乳鸽电商品牌培育项目", dept="鸣泉县商务局（211）",
        unit="鸣泉县鸽乡乳鸽加工专业合作社", money=one_year(45, 35, 10), goals=[goal],
    )  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "培育乳鸽电商品牌", "≥1个"),
        (None, None, "直播带货场次", "≥60场"),
        (None, None, "线上销售乳鸽", "≥8万羽"),
        (None, "质量指标", "网销乳鸽抽检合格率", "≥98%"),
        (None, "时效指标", "订单48小时内发货率", "≥95%"),
        (None, "成本指标", "直播场次补助标准", "≤0.3万元/场"),
        (None, None, "预算执行率", mk("≥90%", "F202", "warning", row=True,
            note="预算执行率另行评价，列作成本指标会重复计分")),
        ("效益指标", "经济效益指标", "社员乳鸽销售收入增长率", "≥15%"),
        (None, "社会效益指标", "带动社员养殖户", mk("≥**户", "X101", "error",
            note="占位符未填写")),
        ("满意度指标", "服务对象满意度指标", "线上消费者满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：直播带货场次以平台后台记录为准。")
    sign(s, "韦雪松", "0771-6234410", cn(2024, 12, 4))
    return b


@variant("dz17-coop-second-sheet", (7, 13), "project: head on the first sheet, the indicator "
         "table on a second sheet under 预期实现值; a value without a name, a completion date "
         "before the start date")  # fmt: skip
def coop_second_sheet() -> Book:
    b, s = book("项目信息")
    end = mk(day(2025, 3, 31), "Y104", "error", note="计划完成日期2025-03-31早于开始日期2025-09-01")
    project_head(
        s, year=2025, name="鹤岭县鹌鹑种蛋孵化设备更新项目", dept="鹤岭县农业农村局（402）",
        unit="鹤岭县青苔鹌鹑养殖专业合作社", money=one_year(38, 30, 8),
        start=day(2025, 9, 1), end=end,
        goals=["更新鹌鹑种蛋孵化机6台，年孵化鹌鹑苗300万羽，孵化率达到85%以上。"],
    )  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("绩效指标表", 4)
    indicators(t, (*TIERS, "预期实现值"), [
        ("产出指标", "数量指标", "更新孵化机", "≥6台"),
        (None, None, "年孵化鹌鹑苗", "≥300万羽"),
        (None, "质量指标", "种蛋孵化率", "≥85%"),
        (None, None, mk("", "F110", "error", note="有指标值却没有三级指标名称"), "≥95%"),
        (None, "时效指标", "孵化机安装调试完成时间", "2025年11月30日前"),
        (None, "成本指标", "孵化机购置补助标准", "≤5万元/台"),
        ("效益指标", "经济效益指标", "鹌鹑苗销售收入", "≥90万元"),
        ("满意度指标", "服务对象满意度指标", "购苗养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(t, "石嘉穗", "0773-2251986", cn(2024, 12, 1))
    return b


@variant("dz18-coop-export-codes", (7, 1), "budget-system export: budget sheet 05-1 and "
         "indicator sheet 05-2, headers on the third row, unit and project codes in the first "
         "columns, tiers repeated, operator and unit columns, typed percent cells "
         "(correct)")  # fmt: skip
def coop_export_codes() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 22, 18, 30, 12, 12, 12))
    unit, code, name = "鸣泉县农业农村局", "52072025000031", "鸣泉县鹌鹑蛋品牌认证与溯源项目"
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金合计", "财政拨款", "其他资金")
    s.row("207001", unit, code, name, wan(60), wan(48), wan(12))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 18, 24, 12, 16, 26, 10, 12, 12))
    t.title("2025年部门项目支出绩效目标表", 9)
    t.skip()
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
          "指标值", "计量单位")  # fmt: skip
    for row in (
        ("产出指标", "数量指标", "认证鹌鹑蛋品牌", "≥", 2, "个"),
        ("产出指标", "数量指标", "溯源赋码蛋盒", "≥", 120, "万个"),
        ("产出指标", "质量指标", "溯源信息完整率", "≥", pct(0.98), "%"),
        ("产出指标", "时效指标", "品牌认证完成时间", "≤", cn(2025, 10, 31), None),
        ("产出指标", "成本指标", "溯源赋码单价", "≤", 0.2, "元/个"),
        ("效益指标", "经济效益指标", "品牌鹌鹑蛋收购溢价", "≥", 0.5, "元/斤"),
        ("效益指标", "社会效益指标", "接入溯源平台合作社", "≥", 15, "家"),
        ("满意度指标", "服务对象满意度指标", "经销商满意度", "≥", pct(0.9), "%"),
    ):  # fmt: skip
        t.row("207001", code, name, *row)
    return b
