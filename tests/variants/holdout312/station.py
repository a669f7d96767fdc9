"""Returns tj01–tj06: running the relief station (救助管理站运行): care inside the station,
medical aid, safety and the building, in project, department and export layouts."""

from __future__ import annotations

from tests.variants.holdout312.common import (
    OP_HEADER,
    STATION,
    department,
    indicators,
    notes,
    project,
    sign,
    start,
)
from tests.variants.holdout312.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

TJ01 = [
    ("产出指标", "数量指标", "全年站内救助人次", "≥", 1500, "人次"),
    (None, None, "受助人员床位保障数", "≥", 120, "张"),
    (None, "质量指标", "受助人员入站登记率", "=", pct(1), "%"),
    (None, None, "站内安全责任事故", "≤", 0, "起"),
    (None, "时效指标", "受助人员入站体检及时率", "≥", pct(0.95), "%"),
    (None, "成本指标", "人均生活救助成本", "≤", 1100, "元/人次"),
    ("效益指标", "社会效益指标", "街面流浪乞讨人员滞留人数下降率", "≥", pct(0.1), "%"),
    (None, "可持续影响指标", "救助服务制度执行", None, "健全", None),
    ("满意度指标", "服务对象满意度指标", "受助人员满意度", "≥", pct(0.9), "%"),
]


@variant(
    "tj01-station-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, percentages typed in Excel, 万元 only in the "
    "number format (correct)",
)
def tj01() -> Book:
    b, s = start()
    goal = "为进站的流浪乞讨人员提供饮食、住宿、衣物和基本医疗，全年站内救助不少于1500人次。"
    project(s, "受助人员站内生活救助", STATION, (186.4, 170.0, 16.4), [goal], fmt=WAN)
    indicators(s, TJ01, OP_HEADER)
    sign(s, "韦砚秋", "0736-5821447")
    return b


TJ02_TASKS = [
    ("站内生活救助", "受助人员饮食、住宿、衣物及日常照料", 150.0, "保障进站人员基本生活"),
    ("医疗救治", "患病受助人员送医及精神障碍患者救治", 95.0, "患病受助人员及时得到救治"),
    ("寻亲送返", "身份查询、寻亲公告、护送返乡", 50.0, "滞留人员尽快返乡"),
    ("站舍安全运维", "消防、监控及站舍日常维护", 35.0, "站内全年无安全责任事故"),
    ("金额合计", None, 330.0, None),
]
TJ02_OUT = [
    ("成本指标", "经济成本指标", "受助人员人均日生活费标准", "≤45元/人·天"),
    ("产出指标", "数量指标", "全年救助流浪乞讨人员人次", "≥2400人次"),
    (None, None, "护送返乡人次", "≥600人次"),
    (None, "质量指标", "受助人员身份信息核查率", "≥98%"),
    (None, "时效指标", "患病受助人员送医时限", "≤2小时"),
]
TJ02_EFFECT = [
    ("效益指标", "社会效益指标", "滞留人员寻亲成功率", "≥85%"),
    (None, "可持续影响指标", "救助管理信息系统应用", "充分应用"),
    ("满意度指标", "服务对象满意度指标", "受助人员满意度", "≥90%"),
]


@variant(
    "tj02-station-department",
    (4, 12),
    "department, NAT-2021: budget and key tasks adding up, a 说明 row inside the table, "
    "footnotes explaining the 金额合计, signature and date lines (correct)",
)
def tj02() -> Book:
    b, s = start("部门整体")
    goal = "保障全市流浪乞讨人员得到及时救助，全年救助不少于2400人次，护送返乡不少于600人次。"
    department(s, STATION, (842.6, 800.0, 42.6, 512.6, 330.0), goal, TJ02_TASKS)
    s.row("年度绩效指标", None, None, None, merge=[(1, 4)])
    indicators(s, TJ02_OUT)
    notes(s, "说明：以下效益指标按全年口径统计，寻亲成功率以滞留待寻亲人数为分母。", width=4)
    indicators(s, TJ02_EFFECT, None)
    notes(
        s,
        "注：1. 金额合计为项目支出合计330万元，基本支出512.6万元不列入年度主要任务。",
        "2. 受助人员人均日生活费标准按实际在站天数核算。",
    )
    sign(s, "韦砚秋", "0736-5821447")
    return b


TJ03_TASKS = [
    ("站内生活救助", "受助人员饮食、住宿及日常照料", 160.0, "保障进站人员基本生活"),
    ("医疗救治", "患病受助人员送医救治", 90.0, "患病受助人员及时得到救治"),
    ("寻亲送返", "寻亲公告及护送返乡", 48.0, "滞留人员尽快返乡"),
    ("站舍维护", "站舍及设施日常维护", 27.0, "站舍设施完好"),
    (
        "金额合计",
        None,
        mk(money(335.0), "B102", "error", row=True, note="160 + 90 + 48 + 27 = 325, not 335"),
        None,
    ),
]
TJ03 = [
    ("成本指标", "经济成本指标", "受助人员人均日伙食费标准", "≤40元/人·天"),
    ("产出指标", "数量指标", "全年救助流浪乞讨人员人次", "≥2200人次"),
    (
        None,
        "质量指标",
        "入站人员安全检查率",
        mk(pct(85), "T106", "error", note="85 typed into a percent cell: the cell shows 8500%"),
    ),
    (None, "时效指标", "受助人员入站登记时限", "≤2小时"),
    ("效益指标", "社会效益指标", "站内安全责任事故", "≤0起"),
    (None, "可持续影响指标", "站内救助服务规范", "建立并执行"),
    ("满意度指标", "服务对象满意度指标", "受助人员满意度", "≥90%"),
]


@variant(
    "tj03-station-money-wrong",
    (1, 12),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
    "a percent cell typed as 85",
)
def tj03() -> Book:
    b, s = start("部门整体")
    total = mk(
        money(905.0),
        "B101",
        "error",
        row=True,
        note="基本支出 560 + 项目支出 335 = 895 ≠ 905 (财政拨款 860 + 其他资金 45 = 905 holds)",
    )
    goal = "保障流浪乞讨人员站内救助、医疗救治和寻亲送返，全年救助不少于2200人次。"
    department(s, "沅塘市栖枫区救助管理站", (total, 860.0, 45.0, 560.0, 335.0), goal, TJ03_TASKS)
    s.row("年度绩效指标", None, None, None, merge=[(1, 4)])
    indicators(s, TJ03)
    sign(s, "蒙启川", "0736-5830912")
    return b


TJ04_CARE = [
    ("产出指标", "数量指标", "站内照料受助人员人次", "≥800人次"),
    (None, "质量指标", "照料服务规范执行率", "≥95%"),
    (None, "时效指标", "受助人员入站安置时限", "≤1小时"),
    (None, "成本指标", "人均照料成本", "≤1200元/人次"),
    ("效益指标", "社会效益指标", "受助人员基本生活保障", "到位"),
    ("满意度指标", "服务对象满意度指标", "受助人员满意度", "≥90%"),
]
TJ04_FIRE = [
    ("产出指标", "数量指标", "改造站舍面积", "≥1600平方米"),
    (None, "质量指标", "消防验收合格率", "100%"),
    (None, "时效指标", "改造完工时间", "2026年10月31日前"),
    (None, "成本指标", "每平方米改造成本", "≤350元/平方米"),
    ("效益指标", "社会效益指标", "站内火灾事故", "≤0起"),
    (None, "可持续影响指标", "消防设施使用年限", "≥10年"),
    ("满意度指标", "服务对象满意度指标", "受助人员满意度", "≥92%"),
]


@variant(
    "tj04-station-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
    "indicator with different values in each; cost × count equal to the money (correct)",
)
def tj04() -> Book:
    b, s = start()
    goal = "为进站受助人员提供日常照料和安置服务，全年照料不少于800人次。"
    project(s, "受助人员站内照料服务", STATION, (96.0, 96.0, 0.0), [goal])
    indicators(s, TJ04_CARE)
    s.skip()
    goal = "完成站舍消防改造1600平方米，消除站内消防安全隐患。"
    kw = {"title": "", "attr": "一次性项目"}
    project(s, "救助站站舍消防改造", STATION, (58.0, 55.0, 3.0), [goal], **kw)
    indicators(s, TJ04_FIRE)
    return b


TJ05 = [
    ("产出指标", "数量指标", "站内视频监控点位维护数", "≥120个"),
    (None, None, "受助人员安全巡查次数", "≥2000次"),
    (
        None,
        "质量指标",
        "受助人员救助档案完整率",
        mk("≥105%", "T106", "error", note="a 完整率 cannot pass 100%"),
    ),
    (
        None,
        "时效指标",
        "受助人员突发疾病送医响应时间",
        mk("≥30分钟", "T108", "warning", row=True, note="a response time is 反向: ≤ meant"),
    ),
    (None, "成本指标", "监控点位年均维护成本", "≤2000元/个"),
    (
        None,
        None,
        mk("预算执行率", "F202", "warning", row=True, alt=("F201",), note="scored separately"),
        "≥95%",
    ),
    ("效益指标", "社会效益指标", "站内安全责任事故", "≤0起"),
    ("满意度指标", "服务对象满意度指标", "受助人员满意度", "≥90%"),
]


@variant(
    "tj05-station-notes",
    (4, 7, 11),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, a 填表说明 row under the header, "
    "footnotes, signature: a rate above 100 %, a response time with ≥, 预算执行率 as a cost",
)
def tj05() -> Book:
    b, s = start()
    goal = "加强站内安全管理，监控点位全覆盖，全年站内无安全责任事故。"
    project(s, "救助站受助人员安全管理", STATION, (64.0, 60.0, 4.0), [goal])
    s.row("一级指标", "二级指标", "指标内容", "绩效标准", "备注")
    notes(s, "（填表说明：定量指标须写明比较符和计量单位，定性指标填写等级。）", width=5)
    indicators(s, TJ05, None)
    notes(s, "注：监控点位维护成本含设备检修及线路更换。", "填表说明：本表一式两份。")
    sign(s, "韦砚秋", "0736-5821447")
    return b


UNIT_CODE = "318002"
REPAIR = ("43180226000011", "站内救助设施改造")
MEDICAL = ("43180226000012", "受助人员医疗救治")
TJ06_REPAIR = [
    ("产出指标", "数量指标", "改造救助床位数", "≥60张"),
    ("产出指标", "质量指标", "设施改造验收合格率", "=100%"),
    (
        "产出指标",
        "时效指标",
        "设施改造完成时间",
        mk("100%", "T113", "warning", note="a deadline given as a percentage"),
    ),
    ("产出指标", "成本指标", "每张床位改造成本", "≤1.4万元/张"),
    ("效益指标", "社会效益指标", "受助人员住宿条件改善", "显著"),
    ("满意度指标", "服务对象满意度指标", "受助人员满意度", "≥90%"),
]
TJ06_MEDICAL = [
    ("产出指标", "数量指标", "患病受助人员送医救治人次", "≥450人次"),
    ("产出指标", "质量指标", "危重受助人员送医率", "100%"),
    ("产出指标", "时效指标", "突发疾病送医时限", "≤1小时"),
    ("产出指标", "成本指标", "人均医疗救治费用", "≤2500元/人次"),
    ("效益指标", "社会效益指标", "受助人员救治后病情稳定率", "≥90%"),
    ("满意度指标", "服务对象满意度指标", "受助人员满意度", "≥90%"),
]


@variant(
    "tj06-station-export",
    (7, 9),
    "budget-system export: codes in the first columns, money sheet 05-1 in 元, the indicator "
    "table on sheet 05-2 under 目标值（年度）: an amount stored as text, a deadline as a percent",
)
def tj06() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 18, 18, 20, 16, 16, 16))
    s.title("部门项目支出预算表", 7)
    s.row(f"单位名称：{STATION}", None, None, None, None, None, "金额单位：元", merge=[(1, 3)])
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    fmt = "#,##0.00"
    s.row(UNIT_CODE, STATION, *REPAIR, money(860000, fmt), money(800000, fmt), money(60000, fmt))
    text = mk("1,125,000.00", "X103", "warning", note="an amount stored as text with separators")
    s.row(UNIT_CODE, STATION, *MEDICAL, text, money(1125000, fmt), money(0, fmt))
    s.row("合计", None, None, None, money(1985000, fmt), money(1925000, fmt), money(60000, fmt))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 18, 20, 14, 18, 28, 16))
    t.title("部门项目支出绩效目标表", 7)
    t.row(f"单位名称：{STATION}", merge=[(1, 3)])
    head = (
        "单位编码",
        "项目编码",
        "项目名称",
        "一级指标",
        "二级指标",
        "三级指标",
        "目标值（年度）",
    )
    t.row(*head)
    for code, rows in ((REPAIR, TJ06_REPAIR), (MEDICAL, TJ06_MEDICAL)):
        for line in rows:
            t.row(UNIT_CODE, *code, *line)
    return b
