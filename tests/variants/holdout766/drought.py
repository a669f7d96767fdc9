"""Agricultural drought-monitoring network: soil-moisture stations, drought bulletins, field
surveys (kcv01–kcv06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout766.common import (
    BUREAU,
    TIERS,
    YEAR,
    first,
    funds,
    indicators,
    notes,
    signature,
    wan,
)
from tests.variants.holdout766.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kcv01-soil-moisture-network",
    (8, 12, 1),
    "three-year project, NAT-2021, 中期 and 年度 value columns, typed percent cells, 万元 "
    "in the number format, a goal count split in brackets (correct)",
)
def kcv01() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="澜州省自动土壤水分观测网扩建",
        dept=BUREAU,
        unit="澜州省农业气象中心",
        attr="新增项目",
        money=funds(360, 330, 30, 120, 110, 10),
        goals=(
            "2026—2028年新建自动土壤水分站90个，建成覆盖全省旱作区的墒情监测网，"
            "累计发布墒情旬报108期。",
            "新建自动土壤水分站30个（其中旱作区18个、灌区12个），全年发布墒情旬报36期。",
        ),
    )
    indicators(
        s,
        PERIOD,
        [
            ("产出指标", "数量指标", "新建自动土壤水分站数量", "≥90个", "≥30个"),
            (None, None, "墒情旬报发布期数", "≥108期", "≥36期"),
            (None, "质量指标", "站点数据到报率", pct(0.95), pct(0.95)),
            (None, "时效指标", "墒情旬报旬末后发布时限", "≤24小时", "≤24小时"),
            ("成本指标", "经济成本指标", "单站建设成本", "≤3万元/个", "≤3万元/个"),
            ("效益指标", "社会效益指标", "墒情监测服务覆盖县数", "≥42个", "≥18个"),
            (None, "可持续影响指标", "站点观测资料入库率", "≥98%", "≥98%"),
            ("满意度指标", "服务对象满意度指标", "农业生产主体满意度", "≥90%", "≥90%"),
        ],
    )
    signature(s, "钟岳衡", "乔映秋", "0597-6634021", day(2025, 11, 18))
    return b


@variant(
    "kcv02-soil-moisture-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the "
    "period's, a period count copied to the year, a count the 年度目标 states otherwise",
)
def kcv02() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="澄渠县干旱监测预警能力提升",
        dept=BUREAU,
        unit="澄渠县气象局",
        attr="新增项目",
        money=funds(150, 135, 15, 50, 45, 5),
        goals=(
            "2026—2028年新建自动土壤水分站24个，累计发布墒情旬报108期，编制干旱影响评估报告9份。",
            "年内新建自动土壤水分站8个，发布墒情旬报36期，编制干旱影响评估报告3份。",
        ),
    )
    indicators(
        s,
        PERIOD,
        [
            (
                "产出指标",
                "数量指标",
                "新建自动土壤水分站数量",
                "≥24个",
                mk(
                    "≥10个",
                    "D104",
                    "warning",
                    row=True,
                    note="年度目标写新建8个，年度指标值却是10个",
                ),
            ),
            (
                None,
                None,
                "墒情旬报发布期数",
                "≥108期",
                mk(
                    "≥108期",
                    "D202",
                    "warning",
                    alt=("D104", "D201"),
                    note="三年累计的108期照抄到年度列；年度目标写36期",
                ),
            ),
            (
                None,
                None,
                "干旱影响评估报告",
                "≥9份",
                mk("≥12份", "D201", "error", alt=("D104",), note="年度12份超过实施期9份"),
            ),
            (None, "质量指标", "站点数据到报率", "≥95%", "≥95%"),
            (None, "时效指标", "干旱预警信号发布提前量", "≥24小时", "≥24小时"),
            ("成本指标", "经济成本指标", "单站建设成本", "≤4.5万元/个", "≤4.5万元/个"),
            ("效益指标", "社会效益指标", "抗旱服务覆盖乡镇数", "≥16个", "≥8个"),
            ("满意度指标", "服务对象满意度指标", "乡镇农技站满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "kcv03-agrometeorology-flat",
    (3, 11, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percent cells, a 下降率 with ≥, weights add to 100 (correct)",
)
def kcv03() -> Book:
    b, s = first()
    department_head(
        s,
        year=YEAR,
        dept="澜州省农业气象中心",
        budget=[(wan(1480), wan(1360), wan(120), wan(960), wan(520))],
        tasks=[
            ("墒情监测网运行", "142个自动土壤水分站运维与数据质控", wan(260), "站网稳定运行"),
            ("干旱监测评估", "干旱监测专报与农业干旱综合评估", wan(180), "按旬发布监测产品"),
            ("农业气象服务", "春播、夏收关键农时专题服务", wan(80), "覆盖全省主要农区"),
            ("金额合计", None, wan(520), None),
        ],
        goal="保障142个自动土壤水分站稳定运行，全年发布干旱监测专报36期，"
        "为2027年省级农业干旱风险区划更新积累资料。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("自动土壤水分站运维数量", 15, "个", "≥", 142),
            ("干旱监测专报发布期数", 15, "期", "≥", 36),
            ("土壤水分数据到报率", 15, "%", "≥", pct(0.95)),
            ("干旱预警误报率", 10, "%", "≤", pct(0.08)),
            ("农业干旱灾害损失下降率", 10, "%", "≥", 5),
            ("干旱监测专报旬末后发布时限", 10, "天", "≤", 2),
            ("站网运维经费", 10, "万元", "≤", 260),
            ("农业生产主体满意度", 15, "%", "≥", 90),
        ]
    )
    notes(s, "注：农业干旱灾害损失下降率以近三年平均损失为基数。")
    return b


@variant(
    "kcv04-drought-department",
    (12, 5),
    "department, NAT-2021: key tasks not adding to 金额合计, a bulletin count the 年度总体目标 "
    "states otherwise, a satisfaction rate under 社会效益",
)
def kcv04() -> Book:
    b, s = first()
    department_head(
        s,
        year=YEAR,
        dept="黛川市气象局",
        budget=[(wan(860), wan(800), wan(60), wan(560), wan(300))],
        tasks=[
            ("干旱监测站网维护", "26个自动土壤水分站维护", wan(140), "站网稳定运行"),
            ("干旱监测专报编发", "旬、月干旱监测专报", wan(90), "按时发布"),
            ("人工增雨抗旱作业", "春夏两季增雨作业", wan(50), "缓解旱情"),
            (
                "金额合计",
                None,
                mk(wan(300), "B102", "error", alt=("B101",), note="140+90+50=280，不是300"),
                None,
            ),
        ],
        goal="全年发布干旱监测专报不少于24期，完成人工增雨抗旱作业40次，维护自动土壤水分站26个。",
    )
    indicators(
        s,
        (*TIERS, "指标值"),
        [
            (
                "产出指标",
                "数量指标",
                "干旱监测专报发布期数",
                mk("≥12期", "D104", "warning", row=True, note="年度总体目标写不少于24期"),
            ),
            (None, None, "人工增雨抗旱作业次数", "≥40次"),
            (None, None, "自动土壤水分站维护数量", "≥26个"),
            (None, "质量指标", "墒情数据到报率", "≥95%"),
            (None, "时效指标", "干旱预警信号发布提前量", "≥24小时"),
            ("成本指标", "经济成本指标", "单站年维护费", "≤5万元/个"),
            ("效益指标", "社会效益指标", "抗旱服务覆盖乡镇数", "≥58个"),
            (
                None,
                None,
                "农户对抗旱气象服务满意度",
                mk("≥90%", "F201", "warning", row=True, note="满意度指标填在社会效益指标下"),
            ),
            ("满意度指标", "服务对象满意度指标", "县级农业农村部门满意度", "≥90%"),
        ],
    )
    return b


def _station_project(s: Sheet, title: str | None = None) -> None:
    project_head(
        s,
        year=YEAR,
        name="柘塘灌区墒情监测站运维",
        dept=BUREAU,
        unit="澄渠县气象局",
        money=funds(48, 48, 0),
        title=title,
        goals=("全年维护墒情监测站12个，发布墒情简报36期。",),
    )
    indicators(
        s,
        (*TIERS, "指标值"),
        [
            ("产出指标", "数量指标", "墒情监测站维护数量", "≥12个"),
            (None, None, "墒情简报发布期数", "≥36期"),
            (None, "质量指标", "数据到报率", "≥95%"),
            (None, "时效指标", "站点故障修复时限", "≤48小时"),
            (None, "成本指标", "单站年维护费", "≤4万元/个"),
            ("效益指标", "社会效益指标", "灌区墒情服务覆盖面积", "≥12万亩"),
            ("满意度指标", "服务对象满意度指标", "灌区管理单位满意度", "≥90%"),
        ],
    )
    notes(s, "注：墒情监测站维护数量含迁建站点3个。")


@variant(
    "kcv05-drought-stacked",
    (2, 4),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
    "with different values in each, a goal total with its parts in brackets (correct)",
)
def kcv05() -> Book:
    b, s = first()
    _station_project(s)
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="澄渠县旱情田间调查",
        dept=BUREAU,
        unit="澄渠县气象局",
        money=funds(30, 26, 4),
        title="",
        goals=("全年完成旱情田间调查45次（其中春播期15次、伏旱期30次），形成调查报告6份。",),
    )
    indicators(
        s,
        (*TIERS, "指标值"),
        [
            ("产出指标", "数量指标", "旱情田间调查次数", "≥45次"),
            (None, None, "旱情调查报告", "≥6份"),
            (None, "质量指标", "数据到报率", "≥98%"),
            (None, "时效指标", "调查报告报送时限", "≤3天"),
            (None, "成本指标", "单次调查费用", "≤0.6万元/次"),
            ("效益指标", "社会效益指标", "旱情调查覆盖乡镇数", "≥11个"),
            ("满意度指标", "服务对象满意度指标", "乡镇农技站满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "kcv06-drought-stacked-leftovers",
    (2, 4),
    "two projects stacked in one sheet, OLD-NAT: last season's year in the second goal, "
    "the same indicator twice with different values",
)
def kcv06() -> Book:
    b, s = first()
    _station_project(s, title=f"{YEAR}年度气象防灾减灾项目支出绩效目标表")
    s.skip()
    goal = mk(
        "完成2025年度春播期至伏旱期旱情田间调查45次，形成调查报告6份。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="上一季的年份残留，预算年度为2026",
    )
    project_head(
        s,
        year=YEAR,
        name="澄渠县旱情田间调查",
        dept=BUREAU,
        unit="澄渠县气象局",
        money=funds(30, 26, 4),
        title="",
        goals=(goal,),
    )
    indicators(
        s,
        (*TIERS, "指标值"),
        [
            ("产出指标", "数量指标", "旱情田间调查次数", "≥45次"),
            (None, None, "旱情调查报告", "≥6份"),
            (
                None,
                None,
                "旱情田间调查次数",
                mk(
                    "≥40次",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103", "D104"),
                    note="与上面的旱情田间调查次数（≥45次）是同一指标，指标值不同",
                ),
            ),
            (None, "质量指标", "调查数据有效率", "≥98%"),
            (None, "时效指标", "调查报告报送时限", "≤3天"),
            (None, "成本指标", "单次调查费用", "≤0.6万元/次"),
            ("效益指标", "社会效益指标", "旱情调查覆盖乡镇数", "≥11个"),
            ("满意度指标", "服务对象满意度指标", "乡镇农技站满意度", "≥90%"),
        ],
    )
    return b
