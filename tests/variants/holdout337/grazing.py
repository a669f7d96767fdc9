"""Grazing bans and dust days: department money, notes, artefacts, exports, template rows."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout337.common import (
    YEAR,
    by,
    funds,
    funds1,
    notes,
    project,
    sign,
    start,
    table,
)
from tests.variants.holdout337.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

NAT_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def _tasks(items: list[tuple[str, str, float, str]], total: object) -> list[list[object]]:
    rows: list[list[object]] = [[n, c, money(a, WAN), g] for n, c, a, g in items]
    return [*rows, ["金额合计", None, total, None]]


@variant("ui13-department-money", (12,),
         "department, NAT-2021: budget with shares, key tasks adding to 金额合计 = 项目支出, a "
         "subsidy standard × area equal to its task money, 0起 fires (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = start()
    budget = [[money(v, WAN) for v in (1250, 1100, 150, 450, 800)],
              [pct(v) for v in (1.0, 0.88, 0.12, 0.36, 0.64)]]  # fmt: skip
    tasks = _tasks([("禁牧补助", "56万亩禁牧区补助发放", 420, "补助按时足额发放"),
                    ("草原管护员", "聘用管护员120名", 180, "禁牧区巡护全覆盖"),
                    ("沙尘天气监测", "4个监测站运行维护", 90, "沙尘过程及时预警"),
                    ("禁牧围栏维修", "维修网围栏35公里", 110, "围栏完好")],
                   money(800, WAN))  # fmt: skip
    department_head(s, year=YEAR, dept="砾丘县草原监督管理所", budget=budget, tasks=tasks,
                    goal="全面落实草原禁牧，减少沙尘天气，巩固防沙治沙成果。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "落实草原禁牧面积", "≥56万亩"),
        (None, None, "聘用草原管护员", "≥120人"),
        (None, "质量指标", "禁牧区巡护覆盖率", "=100%"),
        (None, "时效指标", "禁牧补助发放时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "禁牧补助标准", "≤7.5元/亩"),
        ("效益指标", "生态效益指标", "县城沙尘天气日数比上年减少", "≥2天"),
        (None, "社会效益指标", "草原火灾发生次数", "0起"),
        ("满意度指标", "服务对象满意度指标", "禁牧户满意度", "≥90%"),
    ]  # fmt: skip
    table(s, NAT_HEAD, rows)
    sign(s, "苏日娜", "0937-6609931")
    return b


@variant("ui14-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, tasks not adding to 金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = start()
    total = mk(money(980, WAN), "B101", "error", row=True, note="320 + 640 = 960 ≠ 980")
    share = mk(pct(0.56), "B111", "error", note="640 ÷ 980 = 65%, not 56%")
    budget = [[total, *(money(v, WAN) for v in (900, 80, 320, 640))],
              [pct(1.0), pct(0.92), pct(0.08), pct(0.33), share]]  # fmt: skip
    tasks = _tasks([("禁牧补助", "40万亩禁牧区补助", 300, "补助足额发放"),
                    ("草畜平衡奖励", "草畜平衡区奖励", 200, "草畜平衡"),
                    ("管护员", "聘用管护员75名", 90, "巡护全覆盖"),
                    ("沙尘监测", "监测站运行", 60, "及时预警")],
                   mk(money(640, WAN), "B102", "error", note="tasks sum to 650"))  # fmt: skip
    department_head(s, year=YEAR, dept="砾丘县畜牧草原中心", budget=budget, tasks=tasks,
                    goal="落实禁牧40万亩和草畜平衡，减轻草原沙化。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "落实禁牧面积", "≥40万亩"),
        (None, "质量指标", "禁牧区巡护覆盖率", "=100%"),
        ("成本指标", "经济成本指标", "禁牧补助标准", "≤7.5元/亩"),
        ("效益指标", "生态效益指标", "禁牧区植被盖度", "≥28%"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ]  # fmt: skip
    table(s, NAT_HEAD, rows)
    sign(s, "哈斯巴根", "0937-6652047")
    return b


@variant("ui15-notes-header-words", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准 with a unit column: a 注 row inside the "
         "table, the header repeated after a page break, 说明, signatures (correct)")  # fmt: skip
def notes_header_words() -> Book:
    b, s = start()
    project(s, "禁牧区网围栏及沙尘监测点建设", "砾丘县草原监督管理所", funds(180, 160, 20),
            ["新建禁牧网围栏20公里，建设沙尘自动监测点3个。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "新建禁牧网围栏", "≥20", "公里"),
        (None, None, "建设沙尘自动监测点", "≥3", "个"),
        (None, "质量指标", "围栏工程验收合格率", "=100%", None),
        (None, "时效指标", "监测点投入运行时间", by(8, 31), None),
        (None, "成本指标", "网围栏建设单位成本", "≤6", "万元/公里"),
    ])  # fmt: skip
    s.row("注：★为核心指标，不得删减；绩效标准栏只填数值。", merge=[(1, 5)])
    table(s, head, [
        ("效益指标", "生态效益指标", "禁牧区牲畜进入次数", "0", "次"),
        (None, "可持续影响指标", "监测数据连续上传率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "周边牧户满意度", "≥90%", None),
    ])  # fmt: skip
    notes(s, "说明：1.禁牧区牲畜进入次数以管护员巡护日志为准；",
          "2.监测点建设资金含设备购置和三年运维。", width=5)  # fmt: skip
    sign(s, "额尔敦", "0937-6604485", day(YEAR - 1, 11, 28))
    return b


@variant("ui16-artefacts-noname", (4, 9, 13),
         "project, OLD-NAT, one value column: 资金总额 typed as text with a separator, a deadline "
         "pasted as a date serial, a value without a name, a 说明 row below")  # fmt: skip
def artefacts_noname() -> Book:
    b, s = start()
    total = mk("1,280.00", "X103", "warning", note="number stored as text with a separator")
    project(s, "京津风沙源治理工程砾丘县工程固沙项目", "砾丘县防沙治沙工作站",
            funds1(total, 1100, 180), ["完成工程固沙1.2万亩，人工造林0.8万亩。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "完成工程固沙面积", "≥1.2万亩"),
        (None, None, "完成人工造林面积", "≥0.8万亩"),
        (None, "质量指标", "造林当年成活率", "≥85%"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥90%"),
        (None, "时效指标", "春季造林完成时限",
         mk("45808", "X104", "warning", note="2025-05-31 pasted as a serial number")),
        (None, "成本指标", "工程固沙单位成本", "≤600元/亩"),
        ("效益指标", "生态效益指标", "项目区林草植被盖度", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%"),
    ]  # fmt: skip
    table(s, NAT_HEAD, rows)
    notes(s, "说明：工程固沙含草方格沙障和黏土沙障。", width=4)
    sign(s, "温建国", "0937-6618820")
    return b


@variant("ui17-export-second-sheet", (7, 12),
         "budget-system export: codes in the first columns, a money sheet with a 合计 row, the "
         "indicator table on a second sheet under 预期实现值, header row 3 (correct)")  # fmt: skip
def export_second_sheet() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 30, 14, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：砾丘县防沙治沙工作站", None, None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "功能科目", "资金总额", "财政拨款", "其他资金")
    s.row("15272225A0031", "沙尘暴灾害应急防控", "2130234", money(95, WAN), money(95, WAN),
          money(0, WAN))  # fmt: skip
    s.row("合计", None, None, money(95, WAN), money(95, WAN), money(0, WAN))
    s2 = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 14, 28, 16))
    s2.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    s2.row("单位：砾丘县防沙治沙工作站")
    head = ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值")
    c, n = "15272225A0031", "沙尘暴灾害应急防控"
    rows = [
        (c, n, "产出指标", "数量指标", "沙尘天气预警信息发布", "≥40期"),
        (None, None, None, "质量指标", "预警信息发布及时率", "≥95%"),
        (None, None, None, "时效指标", "沙尘暴灾情上报时限", "≤2小时"),
        (None, None, "成本指标", "经济成本指标", "应急物资储备费用", "≤30万元"),
        (None, None, "效益指标", "社会效益指标", "沙尘暴灾害造成人员伤亡", "0人"),
        (None, None, "满意度指标", "服务对象满意度指标", "社会公众满意度", "≥85%"),
    ]  # fmt: skip
    table(s2, head, rows, merged=(1, 2, 3, 4))
    return b


@variant("ui18-template-rows", (6,),
         "one-year project, NAT-2021, header 预期目标: a tier-2 label left from the template "
         "without an indicator, a completion date in the next year")  # fmt: skip
def template_rows() -> Book:
    b, s = start()
    project(s, "沙化草原补播改良项目", "砾丘县草原工作站", funds(150, 130, 20),
            ["补播改良沙化草原2万亩，提高禁牧区草原植被盖度。"])  # fmt: skip
    late = mk(day(YEAR + 1, 3, 31), "Y102", "error", note="a one-year 2025 project ending in 2026")
    rows = [
        ("产出指标", "数量指标", "补播改良沙化草原面积", "≥2万亩"),
        (None, "质量指标", "补播草种出苗率", "≥70%"),
        (None, "时效指标", "补播作业完成时间", late),
        ("成本指标", "经济成本指标", "补播改良单位成本", "≤65元/亩"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("效益指标", "生态效益指标", "补播区植被盖度", "≥35%"),
        ("满意度指标", "服务对象满意度指标", "补播户满意度", "≥90%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    sign(s, "韩秀梅", "0937-6647093")
    return b
