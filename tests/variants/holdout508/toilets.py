"""Road-side toilets (公路沿线公厕): ax01-ax06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout508.common import (
    DEPT,
    ROADS,
    SANIT,
    TIERS,
    YEAR,
    book,
    funds,
    notes,
    signature,
    tiered,
)
from tests.variants.holdout508.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("ax01-toilet-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, "
         "percents typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def toilet_percent_cells() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="S312线鹰嘴垭至石门坎段沿线公厕提升改造", dept=DEPT,
                 unit=ROADS, money=funds(96, 80, 16), attr="一次性项目",
                 goals=["完成S312线鹰嘴垭至石门坎段沿线12座公厕提升改造，新增第三卫生间4个，"
                        "公厕日常保洁达标率95%以上，过往司乘人员满意度不低于90%。"])  # fmt: skip
    tiered(s, OPS, [
        ("产出指标", "数量指标", "提升改造沿线公厕", "≥", 12, "座"),
        (None, None, "新增第三卫生间", "≥", 4, "个"),
        (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
        (None, None, "公厕日常保洁达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改造工程完工时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "单座公厕改造成本", "≤", money(6.5), "万元/座"),
        ("效益指标", "社会效益指标", "如厕排队投诉率", "≤", pct(0.02), "%"),
        (None, "生态效益指标", "粪污无害化处理率", "≥", pct(0.98), "%"),
        (None, "可持续影响指标", "公厕长效管护制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "过往司乘人员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "填报人：罗昕怡  联系电话：0839-6624173", day(YEAR - 1, 11, 12))
    return b


@variant("ax02-toilet-percent-wrong", (1, 11), "project, OLD-NAT, operator and unit columns: "
         "a typed percent over 100 on a 合格率, ≥ on a 反向 发生率")  # fmt: skip
def toilet_percent_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="X399线沿线装配式公厕新建项目", dept=DEPT, unit=ROADS,
                 money=funds(54, 45, 9), attr="新增项目",
                 goals=["在X399线沿线新建装配式公厕6座，配套化粪池6处，粪污无害化处理，"
                        "沿线群众满意度90%以上。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="验收合格率 105%: a 合格率 is capped at 100 %")
    against = mk(
        "≥",
        "T108",
        "warning",
        row=True,
        note="投诉发生率 is 反向: ≥3% sets a floor on complaints, ≤ was meant",
    )
    tiered(s, OPS, [
        ("产出指标", "数量指标", "新建装配式公厕", "≥", 6, "座"),
        (None, None, "配套化粪池", "≥", 6, "处"),
        (None, "质量指标", "新建公厕验收合格率", "≥", over, "%"),
        (None, "时效指标", "公厕投入使用时间", "≤", day(YEAR, 9, 30, CN_DATE), None),
        (None, "成本指标", "单座公厕建设成本", "≤", money(8.5), "万元/座"),
        ("效益指标", "社会效益指标", "沿线随地便溺投诉发生率", against, pct(0.03), "%"),
        (None, "生态效益指标", "粪污无害化处理率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("ax03-toilet-numbered-points", (5, 10), "project, NAT-2021, numbered tier labels "
         "with points (一、产出指标（50分）, （一）数量指标) and an indicator 分值 column "
         "(correct)")  # fmt: skip
def toilet_numbered_points() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="公路沿线公厕日常管护", dept=DEPT, unit=SANIT,
                 money=funds(42, 42, 0), attr="常年项目",
                 goals=["对全县公路沿线38座公厕实行专人保洁和日常管护，保洁达标率95%以上，"
                        "设施故障24小时内修复，过往司乘人员满意度90%以上。"])  # fmt: skip
    tiered(s, (*TIERS, "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.日常管护公厕数量", "≥38座", 15),
        (None, None, "2.配备专职保洁员", "≥38人", 10),
        (None, "（二）质量指标", "3.公厕保洁达标率", "≥95%", 15),
        (None, "（三）时效指标", "4.设施故障修复时间", "≤24小时", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.单座公厕年度管护费用", "≤1.1万元/座",
         10),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.公厕免费开放率", "100%", 15),
        (None, "（二）可持续影响指标", "7.公厕长效管护机制", "健全", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.过往司乘人员满意度", "≥90%",
         10),
    ])  # fmt: skip
    notes(s, "注：一级指标后括号内为该项分值，三级指标分值合计100分。", width=5)
    return b


@variant("ax04-toilet-marked-labels", (5,), "transfer project, OLD-NAT, labels with * and ★ "
         "and abbreviations; a tier-2 under the wrong tier-1, a rate given as a count")  # fmt: skip
def toilet_marked_labels() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="S207线沿线公厕无障碍改造（省级补助）", dept=DEPT,
                 unit=SANIT, money=funds(30, 24, 6),
                 goals=["完成S207线沿线6座公厕无障碍改造，每座增设无障碍厕位1个，"
                        "改造验收合格率100%。"])  # fmt: skip
    wrong = mk(
        "社会效益指标",
        "F105",
        "error",
        row=True,
        alt=("F201", "F104"),
        note="社会效益 is a tier-2 of 效益, written under 产出",
    )
    count = mk("≥6个", "T105", "error", note="配置率 given as a count of 厕位")
    tiered(s, TIERS, [
        ("*产出指标", "★数量指标", "无障碍改造公厕", "≥6座"),
        (None, None, "无障碍厕位配置率", count),
        (None, "★质量", "改造验收合格率", "100%"),
        (None, "时效", "改造完成时间", "2025年11月30日前"),
        (None, "成本", "单座公厕无障碍改造成本", "≤5万元/座"),
        (None, wrong, "残障人士如厕便利程度", "明显提升"),
        ("*效益", "可持续影响", "无障碍设施管护制度", "健全"),
        ("*满意度", "服务对象满意度", "残障人士及家属满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：带★的为核心指标，不得删减。", width=4)
    return b


@variant("ax05-toilet-flat-department", (3,), "department (环卫所), flat list 指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值, a 0起 incident target (correct)")  # fmt: skip
def toilet_flat_department() -> Book:
    b, s = book()
    tasks = [
        ("公路沿线公厕保洁", "国省干线及县道沿线公厕保洁、清掏", money(72), "保洁达标率95%以上"),
        ("城区公厕维修", "城区公厕设施维修更换", money(52), "设施完好"),
        ("金额合计", None, money(124), None),
    ]  # fmt: skip
    department_head(s, year=YEAR, dept=SANIT, tasks=tasks,
                    budget=[(money(310), money(290), money(20), money(186), money(124))],
                    goal="保障全县67座公厕正常开放，公路沿线公厕保洁达标率95%以上，"
                    "全年安全责任事故为0。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("管护公厕数量", 20, "座", "≥", 67),
        ("公厕保洁达标率", 20, "%", "≥", pct(0.95)),
        ("设施故障修复时间", 15, "小时", "≤", 24),
        ("单座公厕年度管护费用", 15, "万元/座", "≤", 1.85),
        ("安全责任事故", 10, "起", "≤", 0),
        ("如厕群众满意度", 20, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("ax06-toilet-template-rows", (6, 7, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "left from the template without an indicator, a value without a name")  # fmt: skip
def toilet_template_rows() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="鹰嘴垭货车停车区公厕扩建", dept=DEPT, unit=ROADS,
                 money=funds(65, 50, 15), attr="新增项目",
                 goals=["扩建鹰嘴垭货车停车区公厕1座，新增厕位16个，工程验收合格，"
                        "过往司乘人员满意度90%以上。"])  # fmt: skip
    left = mk("时效指标", "F109", "warning", row=True, note="template tier-2 left unfilled")
    nameless = mk(None, "F110", "error", note="≥15年 with no indicator name")
    tiered(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "扩建公厕", "≥1座"),
        (None, None, "新增厕位", "≥16个"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, left, None, None),
        ("成本指标", "经济成本指标", "扩建工程总成本", "≤65万元"),
        ("效益指标", "社会效益指标", "高峰时段如厕排队时长", "≤10分钟"),
        (None, "可持续影响指标", nameless, "≥15年"),
        ("满意度指标", "服务对象满意度指标", "过往司乘人员满意度", "≥90%"),
    ])  # fmt: skip
    return b
