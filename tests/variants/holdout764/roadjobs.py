"""Rural-road maintenance jobs for low-income households (公益性岗位): kct13–kct18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout764.common import (
    DEPT,
    first,
    indicators,
    multi_year,
    one_year,
    sign,
    two_row_header,
)
from tests.variants.holdout764.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
UNIT = "栖梧县乡村振兴局就业帮扶股"


@variant("kct13-roadjobs-operator-words", (11, 12, 1),
         "project, OLD-NAT, operator in words in its own column, unit column, typed percent "
         "cells, a 0起 incident count and a 反向 rate with ≤, costs adding to the money "
         "(correct)")  # fmt: skip
def kct13() -> Book:
    b, s = first()
    project_head(s, year=2026, name="农村公路管护公益性岗位", dept=DEPT, unit=UNIT,
                 money=one_year(262.8, 262.8, 0),
                 goals=["在全县9个乡镇开发农村公路管护公益性岗位120个，安置脱贫户和监测户"
                        "劳动力120人，负责村道日常保洁、巡查和小修，全年管护农村公路560"
                        "公里。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "开发公路管护公益性岗位", "大于等于", 120, "个"),
        (None, None, "日常管护农村公路里程", "大于等于", 560, "公里"),
        (None, "质量指标", "路面保洁达标率", "大于等于", pct(0.9), "%"),
        (None, None, "岗位人员上岗培训覆盖率", "等于", pct(1), "%"),
        (None, "时效指标", "岗位补贴次月发放时限", "小于等于", 10, "个工作日"),
        (None, "成本指标", "岗位补贴标准", "小于等于", 1800, "元/人·月"),
        (None, None, "人身意外伤害保险费", "小于等于", 300, "元/人·年"),
        ("效益指标", "社会效益指标", "安置脱贫户和监测户劳动力", "大于等于", 120, "人"),
        (None, None, "岗位人员安全责任事故", "等于", 0, "起"),
        (None, None, "公路病害处置超时率", "小于等于", 5, "%"),
        (None, "可持续影响指标", "农村公路管护长效机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "钟业平", "0736-5827715", day(2025, 11, 24))
    return b


@variant("kct14-roadjobs-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator, bare "
         "numbers with a unit column: a cost cap with ≥, the goal's headcount against the "
         "indicator, a deadline in last year")  # fmt: skip
def kct14() -> Book:
    b, s = first()
    project_head(s, year=2025, name="脱贫劳动力农村公路养护岗位", dept=DEPT, unit=UNIT,
                 money=one_year(216, 216, 0),
                 goals=["开发农村公路养护公益性岗位150个，安置脱贫户和监测户劳动力150人，"
                        "每人每月补贴1200元，2025年12月底前完成年度考核。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "开发养护公益性岗位", "正向", "≥", 150, "个"),
        (None, None, "安置脱贫户和监测户劳动力", "正向", "≥",
         mk(120, "D104", "warning", row=True, note="the goal says 150人"), "人"),
        (None, "质量指标", "养护路段检查合格率", "正向", "≥", 90, "%"),
        (None, "时效指标", "年度考核完成时间", "反向", "≤",
         mk(day(2024, 12, 31), "Y102", "error", row=True, alt=("Y101", "D104"),
            note="a 2025 one-year project; the goal says 2025年12月底前"), None),
        (None, "成本指标", "岗位补贴标准", "反向",
         mk("≥", "T108", "warning", row=True, note="a cost cap (反向) with ≥"),
         1200, "元/人·月"),
        ("效益指标", "社会效益指标", "岗位人员月均增收", "正向", "≥", 1200, "元"),
        (None, None, "养护路段交通事故发生率", "反向", "≤", 1, "%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kct15-roadjobs-two-year", (8, 7),
         "two-year project 2025–2026, NAT-2021, two-row header with 中期 and 年度 columns and a "
         "unit column: the period's count beside a smaller year's count, a road length kept "
         "each year, rates and unit costs equal in both (correct)")  # fmt: skip
def kct15() -> Book:
    b, s = first()
    project_head(s, year=2025, years=2, name="农村公路公益性岗位扩面", dept=DEPT, unit=UNIT,
                 attr="新增项目", money=multi_year((432, 432, 0), (216, 216, 0)),
                 goals=["两年累计安置公路管护岗位人员300人次（每年150个岗位），全县农村"
                        "公路管护里程保持在620公里以上。",
                        "2025年开发管护岗位150个，管护农村公路620公里。"])  # fmt: skip
    two_row_header(s, ("一级指标", "二级指标", "三级指标", "计量单位", "指标值", None),
                   (None, None, None, None, "中期", "年度"))  # fmt: skip
    s.table([
        ("成本指标", "经济成本指标", "岗位补贴标准", "元/人·月", "≤1200", "≤1200"),
        ("产出指标", "数量指标", "累计安置岗位人员", "人次", "≥300", "≥150"),
        (None, None, "管护农村公路里程", "公里", "≥620",
         ok("≥620", "warning", note="the same roads kept each year, not a cumulative count")),
        (None, "质量指标", "管护路段优良路率", "%", "≥80", "≥80"),
        (None, "时效指标", "岗位补贴发放时限", "工作日", "≤10", "≤10"),
        ("效益指标", "社会效益指标", "岗位人员年人均增收", "元", "≥14400", "≥14400"),
        (None, "可持续影响指标", "管护岗位动态调整机制", None, "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "%", "≥90", "≥90"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kct16-roadjobs-stacked", (2,),
         "two township projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values in each project (correct)")  # fmt: skip
def kct16() -> Book:
    b, s = first()
    for name, unit, money, posts, km, year_title in (
        ("柘湾镇农村公路管护岗位", "柘湾镇人民政府", (86.4, 86.4, 0), 60, 260, None),
        ("鹤坳乡农村公路管护岗位", "鹤坳乡人民政府", (57.6, 48, 9.6), 40, 180, ""),
    ):
        if year_title == "":
            s.skip()
        project_head(s, year=2026, title=year_title, name=name, dept=DEPT, unit=unit,
                     money=one_year(*money),
                     goals=[f"开发农村公路管护公益性岗位{posts}个，安置脱贫户和监测户劳动力"
                            f"{posts}人，管护农村公路{km}公里。"])  # fmt: skip
        indicators(s, HEAD4, [
            ("产出指标", "数量指标", "开发公路管护公益性岗位", f"≥{posts}个"),
            (None, None, "管护农村公路里程", f"≥{km}公里"),
            (None, "质量指标", "路面保洁达标率", "≥90%"),
            (None, "时效指标", "岗位补贴发放时限", "≤10个工作日"),
            (None, "成本指标", "岗位补贴标准", "≤1200元/人·月"),
            ("效益指标", "社会效益指标", "安置脱贫户和监测户劳动力", f"≥{posts}人"),
            ("满意度指标", "服务对象满意度指标", "岗位人员满意度", "≥90%"),
        ])  # fmt: skip
    sign(s, "钟业平", "0736-5827715", day(2025, 11, 28))
    return b


@variant("kct17-roadjobs-money-gaps", (12,),
         "project, OLD-NAT, one value column: the money's parts against its total, a subsidy "
         "standard × posts above the money, a timeliness rate under 质量")  # fmt: skip
def kct17() -> Book:
    b, s = first()
    total = mk(300, "B101", "error", note="270 + 20 = 290 ≠ 300")
    project_head(s, year=2026, name="农村公路巡查保洁公益性岗位", dept=DEPT, unit=UNIT,
                 money=one_year(total, 270, 20),
                 goals=["开发农村公路巡查保洁公益性岗位150个，安置低收入户劳动力150人，"
                        "巡查农村公路700公里。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "开发巡查保洁公益性岗位", "≥150个"),
        (None, None, "巡查农村公路里程", "≥700公里"),
        (None, "质量指标", "路面病害上报及时率",
         mk("≥95%", "F201", "warning", row=True, note="a timeliness rate under 质量")),
        (None, None, "保洁路段检查合格率", "≥90%"),
        (None, "时效指标", "岗位补贴发放时限", "≤10个工作日"),
        (None, "成本指标", "岗位补贴标准",
         mk("≤2000元/人·月", "B107", "warning", row=True,
            note="2000元 × 150人 × 12月 = 360万元 above the 300万元")),
        ("效益指标", "社会效益指标", "安置低收入户劳动力", "≥150人"),
        ("满意度指标", "服务对象满意度指标", "岗位人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟业平", "0736-5827715", day(2025, 12, 3))
    return b


@variant("kct18-roadjobs-artefacts", (9,),
         "project, NAT-2021, one value column: plan dates in the year before the title's, a "
         "deadline stored as a 5-digit date serial in a text cell")  # fmt: skip
def kct18() -> Book:
    b, s = first()
    b.file_mark(
        "Y101",
        "error",
        alt=("Y102",),
        note="plan dates 2025-01-01…2025-12-31 under a 2026 title and goal",
    )
    serial = mk("46326", "X104", "warning", note="46326 is 2026-10-31 stored as text")
    project_head(s, year=2026, name="公路管护岗位技能提升与工具配备", dept=DEPT, unit=UNIT,
                 start=day(2025, 1, 1), end=day(2025, 12, 31), money=one_year(126, 126, 0),
                 goals=["2026年开发农村公路管护公益性岗位100个，为岗位人员配备安全防护"
                        "和保洁工具，管护农村公路420公里。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "开发公路管护公益性岗位", "≥100个"),
        (None, None, "管护农村公路里程", "≥420公里"),
        (None, "质量指标", "路面保洁达标率", "≥90%"),
        (None, "时效指标", "年度考核完成时间",
         serial),
        ("成本指标", "经济成本指标", "岗位补贴标准", "≤1000元/人·月"),
        (None, None, "安全防护和保洁工具费用", "≤6万元"),
        ("效益指标", "社会效益指标", "安置低收入户劳动力", "≥100人"),
        ("满意度指标", "服务对象满意度指标", "岗位人员满意度", "≥90%"),
    ])  # fmt: skip
    return b
