"""Rural-road safety barriers (农村公路安全生命防护工程): kbr01–kbr06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout736.common import (
    BUREAU,
    DEPT,
    funds,
    indicators,
    notes,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout736.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kbr01-barrier-points", (1, 5, 12),
         "project, NAT-2021, numbered tier labels with points, typed percents, 万元 format "
         "(correct)")  # fmt: skip
def barrier_points() -> Book:
    b, s = start()
    goal = ("2025年在榆坪、栗岗等6个县实施农村公路安全生命防护工程，完成护栏安装186公里（其中"
            "波形梁护栏150公里、混凝土护栏36公里），处治临水临崖危险路段42处。")  # fmt: skip
    project_head(s, year=2025, name="2025年农村公路安全生命防护工程", dept=DEPT,
                 unit=BUREAU, money=funds((4800, 4200, 600), (4800, 4200, 600)),
                 goals=[goal])  # fmt: skip
    indicators(s, HEAD, [
        ("一、产出指标（40分）", "（一）数量指标", "波形梁护栏安装里程", "≥150公里"),
        (None, None, "混凝土护栏安装里程", "≥36公里"),
        (None, None, "临水临崖危险路段处治数量", "≥42处"),
        (None, "（二）质量指标", "护栏立柱埋深抽检合格率", pct(0.95)),
        (None, None, "护栏工程交工验收合格率", "=100%"),
        (None, "（三）时效指标", "项目完工时间", "2025年11月30日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "波形梁护栏综合单价", "≤21万元/公里"),
        (None, None, "混凝土护栏综合单价", "≤32万元/公里"),
        ("三、效益指标（30分）", "（一）社会效益指标", "事故多发路段事故起数下降率", "≥10%"),
        (None, "（二）可持续影响指标", "护栏设施设计使用年限", "≥10年"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "韦岚", "0471-6283915", day(2024, 11, 18))
    return b


@variant("kbr02-barrier-goal-cost", (7, 12),
         "project, OLD-NAT, header 指标内容 / 绩效标准, one-year money block; goal count, unit "
         "cost and money do not agree")  # fmt: skip
def barrier_goal_cost() -> Book:
    b, s = start()
    goal = "完成栗岗县村道安全护栏安装240公里，处治急弯陡坡路段30处。"
    total = mk(wan(4600), "B101", "error", alt=("B102",),
               note="财政拨款 4000 + 其他资金 500 = 4500 ≠ 4600")  # fmt: skip
    project_head(s, year=2025, name="栗岗县村道安全护栏完善工程", dept=DEPT,
                 unit="栗岗县公路养护中心", money=one_year(total, 4000, 500),
                 goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标",
         "村道安全护栏安装里程",
         mk("≥210公里", "D104", "warning", row=True,
            note="年度目标写安装240公里，指标只有210公里")),
        (None, None, "急弯陡坡路段处治数量", "≥30处"),
        (None, "质量指标", "护栏工程交工验收合格率", "≥98%"),
        (None, "时效指标", "工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "护栏综合单价",
         mk("≤24万元/公里", "B107", "warning", row=True,
            note="24万元/公里 × 210公里 = 5040万元，超过年度资金4600万元")),
        ("效益指标", "社会效益指标", "村道交通事故起数下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbr03-barrier-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), percent "
         "cells, weights add to 100 (correct)")  # fmt: skip
def barrier_flat() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="朔川省公路事务中心安全设施处",
                    budget=[(wan(9800), wan(9200), wan(600), wan(1600), wan(8200))],
                    tasks=[("安全生命防护工程", "国省道及农村公路护栏安装", wan(7400),
                            "完成护栏安装320公里"),
                           ("隐患路段排查处治", "临水临崖、急弯陡坡路段处治", wan(800),
                            "处治隐患路段85处"),
                           ("金额合计", None, wan(8200), None)],
                    goal="完成护栏安装320公里，处治隐患路段85处，事故多发路段事故起数下降"
                         "10%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("护栏安装里程", 20, "公里", "≥", 320),
        ("隐患路段处治数量", 15, "处", "≥", 85),
        ("护栏工程验收合格率", 15, "%", "≥", pct(0.98)),
        ("工程完工时间", 10, "日期", "≤", day(2025, 11, 30)),
        ("护栏综合单价", 15, "万元/公里", "≤", 22),
        ("事故多发路段事故起数下降率", 15, "%", "≥", pct(0.1)),
        ("沿线群众满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "注：权重合计100；护栏综合单价×安装里程不超过安全生命防护工程预算。")
    return b


@variant("kbr04-barrier-years", (7,),
         "project, NAT-2021, header 绩效目标值: a leftover year in the goal, a deadline in the "
         "year before, the same indicator twice with a word more")  # fmt: skip
def barrier_years() -> Book:
    b, s = start()
    goal = mk("2023年完成县道安全护栏安装95公里，消除县道临崖路段安全隐患。", "Y103",
              "warning", alt=("Y101", "D104"),
              note="2025年度的表，年度目标却写2023年：上一年度的目标未改")  # fmt: skip
    project_head(
        s,
        year=2025,
        name="榆坪县县道安全护栏提升工程",
        dept=DEPT,
        unit="榆坪县交通运输局",
        money=one_year(1900, 1900, 0),
        goals=[goal],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "县道护栏安装里程", "≥95公里"),
        (None, None, "县道安全护栏安装里程",
         mk("≥90公里", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与上一行是同一指标，多一个“安全”，指标值不同")),
        (None, "质量指标", "护栏工程交工验收合格率", "≥98%"),
        (None, "时效指标", "护栏安装完工时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2025年度项目，完工期限落在2024年")),
        ("成本指标", "经济成本指标", "护栏综合单价", "≤20万元/公里"),
        ("效益指标", "社会效益指标", "县道临崖路段交通事故起数", "≤3起"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _county(s: Sheet, county: str, km: int, sites: int, total: int, title: str | None) -> None:
    """One county's barrier project, stacked under the previous one."""
    project_head(s, year=2025, name=f"{county}农村公路护栏完善工程", dept=DEPT,
                 unit=f"{county}公路养护中心", money=one_year(total, total - 100, 100),
                 goals=[f"完成{county}村道波形梁护栏安装{km}公里，处治隐患路段{sites}处。"],
                 title=title)  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "波形梁护栏安装里程", f"≥{km}公里"),
        (None, None, "隐患路段处治数量", f"≥{sites}处"),
        (None, "质量指标", "护栏工程交工验收合格率", "≥98%"),
        (None, "时效指标", "工程完工时间", "2025年10月31日前"),
        (None, "成本指标", "波形梁护栏综合单价", "≤19万元/公里"),
        ("效益指标", "社会效益指标", "村道交通事故死亡人数", "≤2人"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()


@variant("kbr05-barrier-stacked", (2,),
         "two county projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values (correct)")  # fmt: skip
def barrier_stacked() -> Book:
    b, s = start()
    _county(s, "榆坪县", 64, 12, 1300, "2025年度项目支出绩效目标申报表（农村公路护栏）")
    _county(s, "栗岗县", 48, 9, 960, "")
    signature(s, "邴晓川", "0471-6283027", day(2024, 12, 2))
    return b


@variant("kbr06-barrier-wrong-tier", (4, 5),
         "project, OLD-NAT, 注 rows inside and under the table, signature line; a quality rate "
         "under 时效 and a satisfaction rate under 社会效益")  # fmt: skip
def barrier_wrong_tier() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="国省道路侧护栏改造工程",
        dept=DEPT,
        unit=BUREAU,
        money=one_year(3150, 3000, 150),
        goals=["改造国省道路侧老旧护栏130公里，新增中央分隔带护栏20公里。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "老旧护栏改造里程", "≥130公里"),
        (None, None, "中央分隔带护栏新增里程", "≥20公里"),
        (None, "质量指标", "护栏防撞等级达标率", "≥98%"),
        (None, "时效指标", "护栏改造工程完工时间", "2025年11月15日前"),
        (None, None, "护栏安装验收合格率",
         mk("≥98%", "F201", "warning", row=True,
            note="合格率是质量指标，填在时效指标下")),
        (None, "成本指标", "护栏改造综合单价", "≤21万元/公里"),
        ("注：以上数量指标以交工验收里程为准。", "", None, None),
        ("效益指标", "社会效益指标", "路侧冲出事故起数下降率", "≥12%"),
        (None, None, "过往驾乘人员满意度",
         mk("≥90%", "F201", "warning", row=True, alt=("F105",),
            note="满意度应在满意度指标/服务对象满意度指标下，不是社会效益")),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：综合单价含材料、运输、安装及旧护栏拆除费用。")
    signature(s, "蔺可澄", "0471-6283552", day(2024, 11, 26))
    return b
