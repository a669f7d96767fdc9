"""Volunteering: 志愿服务 by associations, stations, brands and emergency teams (tb07 to tb12)."""

from __future__ import annotations

from tests.variants.holdout304.common import (
    band,
    department_book,
    period_money,
    project_book,
    table,
    w,
    year_money,
)
from tests.variants.holdout304.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "tb07-volunteer-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), percent "
    "cells, a 流失率 with ≤ and a 增长率 with ≥, weights adding to 100 (correct)",
)
def tb07() -> Book:
    b, s = department_book(
        year=2025,
        dept="澹水县志愿服务联合会",
        budget=[(w(180), w(150), w(30), w(95), w(85))],
        goal="壮大注册志愿者队伍，规范志愿服务记录，提升志愿服务保障水平。",
        filled=day(2024, 12, 2),
    )
    band(s, "年度绩效指标")
    s.row(*FLAT)
    s.table([
        ("注册志愿者人数", 15, "人", "≥", 42000),
        ("志愿服务活动场次", 15, "场", "≥", 2600),
        ("志愿服务时长记录准确率", 10, "%", "≥", pct(0.98)),
        ("志愿者培训场次", 10, "场", "≥", 60),
        ("志愿者保险覆盖率", 10, "%", "=", pct(1)),
        ("志愿者流失率", 10, "%", "≤", pct(0.08)),
        ("注册志愿者人数增长率", 10, "%", "≥", pct(0.05)),
        ("志愿者人均保险费用", 10, "元/人", "≤", 15),
        ("服务对象满意度", 10, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    return b


@variant(
    "tb08-volunteer-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): hours against a 人次 unit column, a 反向 rate with ≥, weights adding to 95",
)
def tb08() -> Book:
    b, s = department_book(
        year=2025,
        dept="砚溪区新时代文明实践志愿服务总队",
        budget=[(w(96), w(90), w(6), w(40), w(56))],
        goal="扩大志愿服务覆盖面，打造志愿服务品牌，提升群众获得感。",
    )
    band(s, "年度绩效指标")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    hours = mk("≥18000小时", "T112", "error", row=True, alt=("T119",),
               note="值中的单位是小时，计量单位列却是人次")  # fmt: skip
    against = mk("≥2%", "T108", "warning", row=True, note="反向指标用了≥")
    s.table([
        ("志愿服务队伍数量", "≥150", "正向", "支", 15),
        ("志愿服务累计时长", hours, "正向", "人次", 15),
        ("志愿服务项目完成率", "≥95%", "正向", "%", 15),
        ("志愿者培训场次", "≥40", "正向", "场", 10),
        ("志愿服务投诉率", against, "反向", "%", 10),
        ("志愿者人均服务补贴", "≤200", "反向", "元/人", 10),
        ("志愿服务品牌影响力", "提升", "正向", None, 10),
        ("服务对象满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计15+15+15+10+10+10+10+10 = 95，应为100")
    return b


@variant(
    "tb09-stations-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied into the "
    "年度 column, one annual count above its period count",
)
def tb09() -> Book:
    b, s = project_book(
        year=2025,
        years=3,
        name="社区志愿服务站点建设三年行动",
        dept="澹水县民政局（402006）",
        unit="澹水县志愿服务指导中心",
        money=period_money((450, 400, 50), (150, 130, 20)),
        goals=[
            "实现城市社区志愿服务站点全覆盖，培育稳定的志愿服务骨干队伍，孵化一批社区项目。",
            "启动首批社区志愿服务站点建设，开展骨干培训，孵化首批社区志愿服务项目。",
        ],
    )
    copied = "年度值与三年累计值相同，累计数量不应照抄"
    rows = [
        ("产出指标", "数量指标", "新建社区志愿服务站点数量", "≥60个",
         mk("≥60个", "D202", "warning", note=copied)),
        (None, None, "志愿服务骨干培训人数", "≥1500人",
         mk("≥1500人", "D202", "warning", note=copied)),
        (None, None, "孵化志愿服务项目数量", "≥30个",
         mk("≥36个", "D201", "error", note="年度36个大于三年30个")),
        (None, "质量指标", "站点建设验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个站点建设补助标准", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "社会效益指标", "站点常态化运行率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "站点运行管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b


@variant(
    "tb10-brand-two-year",
    (8, 10),
    "two-year project, NAT-2021, 实施期 and 年度 columns: counts smaller in the year, rates and a "
    "unit cost equal in both, percent cells, a rise in 百分点 (correct)",
)
def tb10() -> Book:
    b, s = project_book(
        year=2025,
        years=2,
        name="志愿服务品牌项目培育计划",
        dept="中共砚溪区委宣传部（512001）",
        unit="砚溪区志愿服务联合会",
        money=period_money((160, 140, 20), (80, 70, 10)),
        goals=[
            "培育一批有影响力的志愿服务品牌项目，提高注册志愿者活跃度，形成品牌项目持续运营机制。",
            "完成首批品牌项目遴选和培育，品牌项目志愿者参与明显增加。",
        ],
    )
    rows = [
        ("产出指标", "数量指标", "志愿服务品牌项目培育数量", "≥20个", "≥10个"),
        (None, None, "品牌项目志愿者参与人次", "≥80000人次", "≥38000人次"),
        (None, "质量指标", "品牌项目结项验收合格率", pct(0.95), pct(0.95)),
        (None, "时效指标", "年度培育任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个品牌项目资助标准", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "社会效益指标", "注册志愿者活跃率提高", "≥6百分点", "≥3百分点"),
        (None, "可持续影响指标", "品牌项目持续运营率", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), rows)
    return b


@variant(
    "tb11-emergency-words",
    (11, 9),
    "project, OLD-NAT, operators in words in a 指标性质 column, bare numbers with a unit column: "
    "a 正向 count with 小于等于, a cost cap with 等于, a date stored as the text 45991",
)
def tb11() -> Book:
    b, s = project_book(
        year=2025,
        name="应急志愿服务队伍能力提升项目",
        dept="蓼川县应急管理局（301009）",
        unit="蓼川县应急志愿服务大队",
        money=year_money(75, 60, 15),
        goals=["开展应急志愿者培训和演练，配齐基本装备，提升应急志愿服务快速响应能力。"],
    )
    low = mk("小于等于", "T108", "warning", row=True, note="培训人数是正向指标，应为大于等于")
    fixed = mk("等于", "T108", "warning", row=True, note="成本是上限，应为小于等于")
    serial = mk("45991", "X104", "warning", alt=("T116",), note="2025-11-30 的日期序列号存成了文本")
    rows = [
        ("产出指标", "数量指标", "应急志愿者培训人数", low, 800, "人"),
        (None, None, "应急演练场次", "大于等于", 12, "场"),
        (None, "质量指标", "培训考核合格率", "大于等于", pct(0.9), "%"),
        (None, "时效指标", "集中演练完成时间", "小于等于", serial, None),
        (None, "成本指标", "队员人均装备购置成本", fixed, 600, "元/人"),
        ("效益指标", "社会效益指标", "应急响应集结时间", "小于等于", 2, "小时"),
        (None, "可持续影响指标", "应急志愿服务队伍管理制度", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "大于等于", pct(0.9), "%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    return b


@variant(
    "tb12-neighbour-labels",
    (5,),
    "project, OLD-NAT, tier labels abbreviated and marked (*产出, 数量, *效益, *满意度), ★ core "
    "indicators, a 指标值设定依据 column (correct)",
)
def tb12() -> Book:
    b, s = project_book(
        year=2025,
        name="“邻里守望”关爱志愿服务项目",
        dept="砚溪区民政局（512004）",
        unit="砚溪区社区志愿服务中心",
        money=year_money(58, 50, 8),
        goals=["组织志愿者与独居老人结对，定期上门关爱，及时发现和处置意外情况。"],
    )
    rows = [
        ("*产出", "数量", "结对关爱独居老人户数", "≥800户", "计划标准"),
        (None, None, "★上门关爱服务人次", "≥19200人次", "计划标准"),
        (None, "质量", "关爱服务记录完整率", "≥95%", "行业标准"),
        (None, "时效", "★紧急求助响应时间", "≤1小时", "行业标准"),
        (None, "成本", "每户年度关爱服务成本", "≤600元/户", "历史标准"),
        ("*效益", "社会效益", "独居老人意外情况发现及时率", "≥95%", None),
        (None, "可持续影响", "结对关爱长效机制", "建立并执行", None),
        ("*满意度", "服务对象满意度", "★关爱对象满意度", "≥92%", None),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"), rows)
    return b
