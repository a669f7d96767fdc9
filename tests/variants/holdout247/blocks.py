"""Multi-year projects with 中期 and 年度 columns, department tables with their money blocks,
a flat list without tiers and two projects stacked in one sheet (qw13–qw18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout247.common import (
    ONE,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout247.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("qw13-stations-period-annual", (4, 8, 11), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, footnote naming the period: equal caps and rates in both columns, =0起 "
         "(correct)")  # fmt: skip
def qw13() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, attr="新增项目", name="乡镇消防救援站建设项目",
        dept="安平县应急管理局（301）", unit="安平县消防救援大队",
        money=period_money((wan(1800), wan(1500), wan(300)), (wan(650), wan(550), wan(100))),
        goals=["2026—2028年新建乡镇消防救援站6座、配备消防车辆18辆，乡镇消防救援覆盖率达到90%"
               "以上，乡镇火警平均到场时间控制在15分钟以内。",
               "2026年新建乡镇消防救援站2座、配备消防车辆6辆，乡镇消防救援覆盖率达到60%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建乡镇消防救援站", "≥6座", "≥2座"),
        (None, None, "配备消防车辆", "≥18辆", "≥6辆"),
        (None, "质量指标", "工程竣工验收合格率", "100%", "100%"),
        (None, "时效指标", "乡镇火警平均到场时间", "≤15分钟", "≤15分钟"),
        (None, None, "单站建设工期", "≤12个月", "≤12个月"),
        ("成本指标", "经济成本指标", "单站建设成本", "≤240万元/座", "≤240万元/座"),
        ("效益指标", "社会效益指标", "较大以上火灾事故起数", "=0起", "=0起"),
        (None, None, "乡镇消防救援覆盖率", "≥90%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "乡镇群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计值，年度指标值为2026年度值。", 5)
    sign(s, "陈闻笛", "林序川", "0318-7725406")
    return b


@variant("qw14-drought-sources-period", (6, 8), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: a cumulative count equal in both, an annual count above the period one, "
         "values without a name")  # fmt: skip
def qw14() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, attr="新增项目", name="抗旱应急水源工程建设项目",
        dept="旱塬县水利局（215）", unit="旱塬县农村供水管理站",
        money=period_money((wan(960), wan(800), wan(160)), (wan(520), wan(440), wan(80))),
        goals=["2026—2027年新建抗旱应急水源工程24处，保障3.2万名群众旱期基本饮水。",
               "2026年新建抗旱应急水源工程12处，保障1.8万名群众旱期基本饮水。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建抗旱应急水源工程", "≥24处",
         mk("≥24处", "D202", "warning", row=True, alt=("D104",), note="goal: 12处 this year")),
        (None, "质量指标", "工程竣工验收合格率", "100%", "100%"),
        (None, None, mk(None, "F110", "error", note="values without an indicator name"),
         "≥95%", "≥95%"),
        (None, "时效指标", "旱情发生后应急送水到村时间", "≤24小时", "≤24小时"),
        ("成本指标", "经济成本指标", "单处水源工程建设成本", "≤20万元/处", "≤20万元/处"),
        ("效益指标", "社会效益指标", "保障旱期基本饮水人口", "≥3.2万人",
         mk("≥4万人", "D201", "error", row=True, alt=("D104",), note="above the period")),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "郭望舒", "贺云起", "0931-6648215")
    return b


def emergency_tasks(total: float, parts: tuple[float, ...]) -> list[tuple[Any, ...]]:
    """The 年度主要任务 rows of an emergency management bureau, last the 金额合计 row."""
    names = (("应急物资储备", "补充救灾物资，维护县级储备库", "储备物资账实相符"),
             ("安全生产监管执法", "重点行业领域执法检查和隐患整改", "事故起数和死亡人数双下降"),
             ("防汛抗旱", "抢险队伍训练、物资储备、汛期值守", "不发生群死群伤"),
             ("地质灾害防治", "隐患点监测、群测群防", "隐患点监测全覆盖"))  # fmt: skip
    rows = [(n, c, wan(p), g) for (n, c, g), p in zip(names, parts, strict=True)]
    return [*rows, ("金额合计", None, wan(total), None)]


@variant("qw15-bureau-department", (1, 4, 11, 12), "department table, NAT-2021, money block and "
         "tasks adding up, 填表说明 and signature under the table: ≤ on 死亡人数, a 下降率 with "
         "≥, 92% typed as Excel stores it (correct)")  # fmt: skip
def qw15() -> Book:
    b, s = book("部门整体绩效目标")
    department_head(
        s, year=2026, dept="澄江县应急管理局",
        budget=[(wan(1260), wan(1180), wan(80), wan(760), wan(500))],
        tasks=emergency_tasks(500, (180, 140, 110, 70)),
        goal="2026年执法检查生产经营单位1200家次，储备救灾物资5万件，重大事故隐患整改率100%，"
             "生产安全事故死亡人数控制在9人以内，不发生较大以上生产安全事故。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "安全生产执法检查", "≥1200家次"),
        (None, None, "储备救灾物资", "≥5万件"),
        (None, "质量指标", "重大事故隐患整改率", "100%"),
        (None, "时效指标", "灾情信息初报时间", "≤1小时"),
        ("成本指标", "经济成本指标", "单家次执法检查成本", "≤800元/家次"),
        ("效益指标", "社会效益指标", "生产安全事故死亡人数", "≤9人"),
        (None, None, "亿元GDP生产安全事故死亡率下降率", "≥5%"),
        (None, None, "较大以上生产安全事故起数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "群众安全感满意度", pct(0.92)),
    ])  # fmt: skip
    note(s, "填表说明：1.本表金额单位为万元；2.指标值为2026年度目标；3.“≤”表示不超过。",
         gap=True)  # fmt: skip
    sign(s, "谢北辰", "秦可岚", "0877-6021538")
    s.row(None, None, None, "填报日期", day(2025, 11, 20, CN_DATE))
    return b


@variant("qw16-bureau-sources-short", (11, 12), "department table, NAT-2021, money block and "
         "tasks: 资金总额 ≠ 财政拨款 + 其他资金, ≥ on 死亡人数")  # fmt: skip
def qw16() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="柳岸县应急管理局",
        budget=[(mk(wan(980), "B101", "error", row=True, note="900 + 60 = 960"),
                 wan(900), wan(60), wan(620), wan(360))],
        tasks=emergency_tasks(360, (120, 100, 90, 50)),
        goal="2026年开展安全生产执法检查900家次，汛期抢险队伍30分钟内到达险情现场，"
             "生产安全事故死亡人数控制在4人以内。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "安全生产执法检查", "≥900家次"),
        (None, None, "防汛抢险演练", "≥4次"),
        (None, "质量指标", "执法案卷评查合格率", "≥95%"),
        (None, "时效指标", "汛期抢险队伍到达险情现场时间", "≤30分钟"),
        ("成本指标", "经济成本指标", "单家次执法检查成本", "≤900元/家次"),
        ("效益指标", "社会效益指标", "生产安全事故死亡人数",
         mk("≥4人", "T108", "warning", row=True, alt=("D104",), note="the goal: 4人以内")),
        (None, None, "较大以上生产安全事故起数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒋暮云", "白敬之", "0759-3318462")
    return b


@variant("qw17-fire-brigade-flat-list", (3, 4, 11), "department flat list without tiers "
         "(序号 · 指标名称 · 指标性质 · 指标值 · 计量单位 · 权重), a header repeated after a page "
         "break, 填表说明: 反向 with ≤, weights adding to 100 (correct)")  # fmt: skip
def qw17() -> Book:
    b, s = book("部门整体支出绩效目标")
    department_head(
        s, year=2026, dept="鹿鸣县消防救援大队",
        budget=[(wan(2350), wan(2200), wan(150), wan(1650), wan(700))],
        goal="2026年开展防火监督检查1500家，消防安全宣传培训3万人次，城区火警平均到场时间"
             "不超过10分钟，火灾亡人数控制在2人以内。",
    )  # fmt: skip
    head = ("序号", "指标名称", "指标性质", "指标值", "计量单位", "权重")
    s.row(*head)
    for line in ((1, "年度防火监督检查单位数", "正向", "≥1500", "家", 15),
                 (2, "消防安全宣传培训", "正向", "≥30000", "人次", 10),
                 (3, "城区火警平均到场时间", "反向", "≤10", "分钟", 15),
                 (4, "接警调度时间", "反向", "≤60", "秒", 10)):  # fmt: skip
        s.row(*line)
    s.row(*head)
    for line in ((5, "火灾亡人数", "反向", "≤2", "人", 15),
                 (6, "火灾起数下降率", "正向", "≥3", "%", 10),
                 (7, "重大火灾隐患整改率", "正向", "≥98", "%", 15),
                 (8, "群众消防安全满意度", "正向", "≥90", "%", 10)):  # fmt: skip
        s.row(*line)
    note(s, "填表说明：指标性质填正向或反向；权重合计100分。")
    sign(s, "袁星野", "柯若水", "0391-5527048")
    return b


@variant("qw18-stacked-relief-and-landslide", (2, 4, 11), "two one-year projects stacked in one "
         "sheet, NAT-2021, a note between them: a 完好率 above 100% typed as Excel stores it, "
         "30分钟以上 on a response time")  # fmt: skip
def qw18() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, name="应急物资储备库运行维护项目", dept="松陵县应急管理局（508）",
        unit="松陵县应急物资储备库", money=one_year_money(wan(64), wan(64), wan(0)),
        goals=["2026年做好县级储备库日常维护和物资轮换，储备物资完好率保持在98%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "轮换更新储备物资", "≥6000件"),
        (None, "质量指标", "储备物资完好率",
         mk(pct(1.05), "T106", "error", row=True, note="shown 105%")),
        ("成本指标", "经济成本指标", "单件物资年度仓储维护成本", "≤60元/件"),
        ("效益指标", "社会效益指标", "灾害发生后物资保障到位率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "乡镇应急站所满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：以上为项目一，金额单位为万元。", gap=True)
    s.skip()
    project_head(
        s, year=2026, name="地质灾害应急处置队伍建设项目", dept="松陵县应急管理局（508）",
        unit="松陵县地质灾害应急救援队", money=one_year_money(wan(48), wan(40), wan(8)),
        goals=["2026年建成30人地质灾害应急处置队伍，接报后30分钟内出动，全年开展演练4次。"],
        title="",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "应急处置队伍人员", "≥30人"),
        (None, None, "开展地质灾害应急演练", "≥4次"),
        (None, "时效指标", "接报后队伍出动响应时间",
         mk("30分钟以上", "T108", "warning", row=True, alt=("D104",), note="以上 is ≥")),
        ("成本指标", "经济成本指标", "队员人均装备成本", "≤1.2万元/人"),
        ("效益指标", "社会效益指标", "地质灾害造成死亡人数", "=0人"),
        ("满意度指标", "服务对象满意度指标", "受威胁群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钱望岳", "史清溪", "0512-6397428")
    return b
