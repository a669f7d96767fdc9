"""Returns sa01–sa06: 民族团结进步创建 and 少数民族特色村寨 (project and department forms)."""

from __future__ import annotations

from tests.variants.holdout277.common import (
    YEAR,
    department,
    indicators,
    multi_year,
    one_year,
    project,
    start,
)
from tests.variants.holdout277.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct


@variant(
    "sa01-unity-percent",
    (1, 7),
    "project, NAT-2021, header 绩效目标值, operator and unit "
    "columns, percent cells typed in Excel, 万元 in the number format (correct)",
)
def sa01() -> Book:
    b, s = start()
    project(s, "雁溪州民族团结进步示范创建项目", "雁溪州民族宗教事务委员会（417001）",
            "雁溪州民族团结进步促进中心", one_year(86, 80, 6),
            ["命名一批民族团结进步示范单位，组织民族团结进步宣传月主题活动，"
             "提升各族群众对民族团结进步知识的知晓水平，巩固示范创建长效机制。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位"), [
        ("产出指标", "数量指标", "新命名民族团结进步示范单位", "≥", 8, "个"),
        (None, None, "宣传月主题活动场次", "≥", 24, "场"),
        (None, "质量指标", "示范单位复核达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "宣传月活动完成时间", "≤", day(YEAR, 9, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "示范单位创建补助标准", "≤", money(6, "0.0"), "万元/个"),
        (None, None, "主题活动场均费用", "≤", money(1.2, "0.0"), "万元/场"),
        ("效益指标", "社会效益指标", "各族群众民族团结进步知识知晓率", "≥", pct(0.9), "%"),
        (None, None, "涉民族因素重大群体性事件", "=", 0, "起"),
        (None, "可持续影响指标", "示范创建长效管理机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "创建单位群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "sa02-unity-department-money",
    (12,),
    "department, NAT-2021, budget and key tasks: "
    "基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a rate given as a count",
)
def sa02() -> Book:
    b, s = start()
    total = mk(420, "B101", "error", row=True,
               note="基本支出 260 + 项目支出 150 = 410 ≠ 资金总额 420 "
                    "(财政拨款 + 其他资金 holds)")  # fmt: skip
    tally = mk(160, "B102", "error", alt=("B101",),
               note="任务 60 + 55 + 35 = 150 ≠ 金额合计 160 (项目支出 is 150)")  # fmt: skip
    department(s, "桐岭县民族宗教事务局", [(total, 400, 20, 260, 150)],
               "深化民族团结进步创建，推进少数民族特色村寨保护发展和民族文化传承。", [
        ("民族团结进步创建", "示范单位创建、主题宣传", 60, "创建工作全面推进"),
        ("特色村寨保护发展", "村寨民居修缮、风貌整治", 55, "村寨风貌有效保护"),
        ("民族文化传承", "民族节庆、非遗传习", 35, "民族文化得到传承"),
        ("金额合计", None, tally, None),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "民族团结进步主题宣传活动", "≥30场"),
        (None, None, "特色村寨民居修缮", "≥45户"),
        (None, "质量指标", "民族团结进步创建覆盖率",
         mk("15个", "T105", "error", note="a 覆盖率 given as a count")),
        (None, "时效指标", "民族节庆活动完成时间", "10月31日前"),
        ("成本指标", "经济成本指标", "民居修缮户均补助标准", "≤1万元/户"),
        ("效益指标", "社会效益指标", "各族群众民族团结意识提升", "显著"),
        (None, "可持续影响指标", "民族文化传习点持续运行", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "各族群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "sa03-village-multi-year",
    (8,),
    "three-year 特色村寨 project, NAT-2021, 中期 and 年度 "
    "columns: counts split by year, rates and unit costs legitimately equal (correct)",
)
def sa03() -> Book:
    b, s = start()
    project(s, "墨屿市少数民族特色村寨保护与发展项目", "墨屿市民族宗教事务局（523004）",
            "墨屿市民族宗教事务局", multi_year((900, 840, 60), (300, 280, 20)),
            ["三年内完成一批特色村寨保护修缮和传统民居风貌改造，建立村寨长效管护机制。",
             "本年度完成首批特色村寨保护修缮和民居风貌改造，启动管护制度建设。"],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）"), [
        ("产出指标", "数量指标", "特色村寨保护修缮", "≥18个", "≥6个"),
        (None, None, "传统民居风貌改造", "≥360户", "≥120户"),
        (None, "质量指标", "修缮工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度修缮任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单个村寨修缮补助标准", "≤40万元/个", "≤40万元/个"),
        ("效益指标", "经济效益指标", "村寨农户人均可支配收入增长率", "≥8%", "≥8%"),
        (None, "社会效益指标", "村寨传统建筑风貌保持率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "村寨长效管护机制", "健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "村寨群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "sa04-village-period-defects",
    (8, 11),
    "two-year 特色村寨 project, NAT-2021, 中期 and "
    "年度 columns: an annual count above the period, a count copied, a cost cap with ≥",
)
def sa04() -> Book:
    b, s = start()
    project(s, "鹭汀区少数民族特色村寨人居环境提升项目", "鹭汀区民族宗教事务局（608002）",
            "鹭汀区乡村建设服务中心", multi_year((500, 460, 40), (260, 240, 20)),
            ["两年内完成特色村寨步道、消防水池和农户风貌整治，人居环境明显改善。",
             "本年度完成第一批步道改造和风貌整治，消防水池开工建设。"],
            years=2)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "村寨步道改造里程", "≥12公里",
         mk("≥15公里", "D201", "error", note="annual 15 km above the two-year 12 km")),
        (None, None, "村寨消防水池建设", "≥20个",
         mk("≥20个", "D202", "warning", note="a cumulative count copied into the year")),
        (None, None, "农户房屋风貌整治", "≥200户", "≥110户"),
        (None, "质量指标", "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "工程完工时间", "2026年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "步道改造单位成本", "≤15万元/公里",
         mk("≥15万元/公里", "T108", "warning", row=True, alt=("D203",),
            note="a cost cap with ≥ (the period column has ≤)")),
        ("效益指标", "社会效益指标", "村寨人居环境达标率", "≥90%", "≥85%"),
        (None, "可持续影响指标", "村寨设施管护制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "sa05-unity-tier-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "and marks, a score column adding to 100 like the tier points, a rise in 百分点 (correct)",
)
def sa05() -> Book:
    b, s = start()
    project(s, "枫渡市民族团结进步教育进校园项目", "枫渡市民族宗教事务局（312006）",
            "枫渡市民族团结进步教育指导中心", one_year(45, 45, 0),
            ["在全市中小学开展民族团结主题课堂，健全民族团结教育长效机制。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "民族团结主题课堂", "≥120节", 10),
        (None, None, "覆盖中小学校", "≥30所", 10),
        (None, "（二）*质量指标", "课程教案审核通过率", "≥95%", 15),
        (None, "（三）★时效", "主题课堂完成时间", "2025年12月15日前", 15),
        ("二、成本指标（10分）", "（一）经济成本", "每节课堂平均成本", "≤0.3万元/节", 10),
        ("三、效益指标（30分）", "（一）社会效益", "学生民族团结知识测评合格率", "≥90%", 10),
        (None, None, "学生民族团结教育参与率较上年提高", "≥5百分点", 10),
        (None, "（二）可持续影响", "民族团结教育长效机制", "建立并执行", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度", "师生满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant(
    "sa06-village-template-rows",
    (6, 7, 13),
    "project, NAT-2021, header 预期目标: two "
    "tier-2 rows left from the template, a value without an indicator name",
)
def sa06() -> Book:
    b, s = start()
    project(s, "曲岩镇少数民族特色村寨民族文化展示馆布展项目", "曲岩镇人民政府（730011）",
            "曲岩镇文化服务中心", one_year(38, 38, 0),
            ["完成特色村寨民族文化展示馆布展并对外开放，展示少数民族传统文化。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "布展展板制作", "≥60块"),
        (None, None, "民族传统实物展品征集", "≥150件"),
        (None, "质量指标", "布展工程验收合格率", "100%"),
        (None, mk("时效指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("成本指标", "经济成本指标", "展板制作单价", "≤0.15万元/块"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("效益指标", "社会效益指标", mk(None, "F110", "error",
                                        note="a value with no indicator name"), "≥8000人次"),
        (None, "可持续影响指标", "展示馆开放运行年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
