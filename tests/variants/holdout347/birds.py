"""Waterbird counts and patrols in mangrove reserves (水鸟监测、巡护): us13–us18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout347.common import YEAR, funds, head, indicators, notes, start
from tests.variants.holdout347.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

SCORED = ("一级指标", "一级分值", "二级指标", "三级指标", "预期实现值", "指标分值")
RESERVE = "澜港市鹭洲湾红树林保护区管理中心"


@variant("us13-two-row-header", (7,), "project, NAT-2021, two-row header with 指标内容, "
         "目标值（年度）, a unit column and a 评价标准 column (correct)")  # fmt: skip
def us13() -> Book:
    b, s = start()
    head(s, "鹭洲湾越冬水鸟同步调查项目", RESERVE, funds(48, 40, 8),
         ["完成鹭洲湾越冬水鸟同步调查6次，形成年度水鸟监测报告。"],
         dept="澜港市林业局（208）")  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", None, None, merge=[(1, 3), (4, 6)])
    full = "完成得满分，未完成按比例扣分"
    indicators(s, ("一级指标", "二级指标", "指标内容", "目标值（年度）", "计量单位", "评价标准"), [
        ("产出指标", "数量指标", "水鸟同步调查次数", "≥6", "次", full),
        (None, None, "调查样线数量", "≥14", "条", full),
        (None, "质量指标", "调查数据有效率", pct(0.95), "%", "每低1%扣1分"),
        (None, "时效指标", "年度监测报告提交时间", "2025年12月20日前", None, "逾期不得分"),
        ("成本指标", "经济成本指标", "每次调查成本", "≤6", "万元/次", "超支不得分"),
        ("效益指标", "生态效益指标", "记录水鸟种数", "≥60", "种", full),
        (None, "社会效益指标", "观鸟科普活动参与人次", "≥1500", "人次", full),
        ("满意度指标", "服务对象满意度指标", "参与调查志愿者满意度", "≥90%", None, "问卷调查"),
    ])  # fmt: skip
    return b


def scored_rows(points: dict[str, Any], extra: Any) -> list[tuple[Any, ...]]:
    """The rows of a table with tier-1 points and indicator points (``extra`` a 质量 value)."""
    return [
        ("产出指标", points["产出"], "数量指标", "高潮位栖息地营造数量", "≥4处", 20),
        (None, None, None, "水鸟栖息地巡查次数", "≥48次", points["巡查"]),
        (None, None, "质量指标", "鸟类监测数据上报及时率", extra, 15),
        ("成本指标", 10, "经济成本指标", "每处栖息地营造成本", "≤15万元/处", 10),
        ("效益指标", 30, "生态效益指标", "红树林区水鸟适宜生境占比提高", "≥3百分点", 15),
        (None, None, "可持续影响指标", "栖息地水位管护制度", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "观鸟志愿者满意度", "≥90%", 10),
    ]


@variant("us14-second-sheet-points", (7, 10), "project, NAT-2021: head on the first sheet, the "
         "table on a second sheet under 预期实现值, tier and indicator points both adding to 100, "
         "a 占比 raised in 百分点 (correct)")  # fmt: skip
def us14() -> Book:
    b, s = start("项目信息")
    head(s, "鹭洲湾水鸟高潮位栖息地营造项目", RESERVE, funds(85, 70, 15),
         ["营造高潮位水鸟栖息地4处，提升红树林区水鸟适宜生境占比。"],
         dept="澜港市林业局（208）")  # fmt: skip
    t = b.sheet("绩效指标", (14, 10, 18, 30, 16, 10))
    t.title(f"{YEAR}年度项目绩效指标", 6)
    indicators(t, SCORED, scored_rows({"产出": 50, "巡查": 15}, "≥95%"), merged=(1, 2, 3))
    return b


@variant("us15-points-wrong", (10,), "project, NAT-2021, tier-1 points and indicator points: "
         "产出 declared 50 over indicators worth 45, a 及时率 of ≥100%")  # fmt: skip
def us15() -> Book:
    b, s = start()
    head(s, "鹭洲湾北岸水鸟栖息地营造项目", RESERVE, funds(90, 75, 15),
         ["在鹭洲湾北岸营造高潮位水鸟栖息地4处。"], dept="澜港市林业局（208）")  # fmt: skip
    tier = mk(50, "W103", "error", note="产出指标50分，其下指标 20+10+15 = 45分")
    cap = mk("≥100%", "T106", "error", note="及时率上限100%，不能写≥100%")
    indicators(s, SCORED, scored_rows({"产出": tier, "巡查": 10}, cap), merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False, note="指标分值合计95：同一处错误的另一面")
    return b


@variant("us16-department-money", (12,), "department, NAT-2021: budget and key tasks adding "
         "up, a 下降率 with ≥, a 0起 incident count, "
         "a note explaining the 金额合计 (correct)")  # fmt: skip
def us16() -> Book:
    b, s = start()
    w = [money(v, WAN) for v in (560, 500, 60, 180, 380)]
    department_head(s, year=YEAR, dept=RESERVE, budget=[w], tasks=[
        ("红树林巡护", "全年巡护保护区5200公里", money(150, WAN), "巡护全覆盖"),
        ("水鸟监测", "越冬水鸟同步调查和繁殖鸟调查", money(90, WAN), "形成监测报告"),
        ("互花米草防控", "清除保护区内互花米草400亩", money(140, WAN), "复发率≤5%"),
        ("金额合计", None, money(380, WAN), None),
    ], goal="巡护全覆盖，非法采挖案件明显下降，水鸟种群稳定。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "保护区巡护里程", "≥5200公里"),
        (None, None, "互花米草清除面积", "≥400亩"),
        (None, "质量指标", "巡护记录完整率", "≥95%"),
        (None, "时效指标", "违法线索处置时限", "≤24小时"),
        ("成本指标", "经济成本指标", "每公里巡护成本", "≤0.025万元/公里"),
        ("效益指标", "社会效益指标", "非法采挖红树林案件下降率", "≥10%"),
        (None, "生态效益指标", "毁林事件", "0起"),
        (None, None, "越冬水鸟记录数量", "≥12000只次"),
        ("满意度指标", "服务对象满意度指标", "周边社区满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计380万元为项目支出，不含基本支出180万元。", width=4)
    return b


@variant("us17-department-wrong", (12, 13), "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "tasks not adding to 金额合计, a value without an indicator name")  # fmt: skip
def us17() -> Book:
    b, s = start()
    total = mk(money(420, WAN), "B101", "error", row=True, note="基本支出150 + 项目支出260 = 410")
    w = [total, *(money(v, WAN) for v in (380, 40, 150, 260))]
    sum_ = mk(money(260, WAN), "B102", "error", row=True, note="110 + 80 + 60 = 250，不是260")
    department_head(s, year=YEAR, dept="汐浦县红树林保护中心", budget=[w], tasks=[
        ("红树林巡护", "巡护蚝沙湾、榄洲两片红树林", money(110, WAN), "巡护全覆盖"),
        ("红树林补植", "补植退化林80亩", money(80, WAN), "成活率≥85%"),
        ("水鸟监测", "越冬水鸟调查6次", money(60, WAN), "形成监测报告"),
        ("金额合计", None, sum_, None),
    ], goal="巡护全覆盖，补植退化红树林80亩，掌握越冬水鸟动态。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "红树林巡护里程", "≥4000公里"),
        (None, None, "退化林补植面积", "≥80亩"),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值≥85%，却没有指标名称"), "≥85%"),
        (None, "时效指标", "水鸟调查报告提交时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每亩补植成本", "≤1万元/亩"),
        ("效益指标", "生态效益指标", "越冬水鸟记录种数", "≥50种"),
        ("满意度指标", "服务对象满意度指标", "周边社区满意度", "≥90%"),
    ])  # fmt: skip
    return b


def export_sheet(s: Sheet, title: str) -> None:
    """The two top rows of a 预算管理一体化 export: title and unit line (header on row 3)."""
    s.title(title, 6)
    s.row(f"单位：{RESERVE}", None, None, None, "金额单位：万元", merge=[(1, 4)])


@variant("us18-system-export", (6, 7, 11), "budget-system export, NAT-2021: money on sheet 05-1, "
         "indicators on sheet 05-2 under a header on row 3 with codes in the first columns; a "
         "template tier-2 left empty, a response time with ≥")  # fmt: skip
def us18() -> Book:
    b, s = start("部门项目支出预算05-1")
    export_sheet(s, f"{YEAR}年部门项目支出预算表")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    code, name = "440927-25-0088", "鹭洲湾红树林保护区巡护监测"
    s.row(code, name, money(96, WAN), money(86, WAN), money(10, WAN), "1年")
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 16, 26, 16))
    export_sheet(t, f"{YEAR}年部门项目支出绩效目标表")
    empty = mk("时效指标", "F109", "warning", row=True, note="模板行：时效指标下没有指标和指标值")
    late = mk("≥2小时", "T108", "warning", row=True, note="响应时间是反向指标，应为≤2小时")
    rows = [
        ("产出指标", "数量指标", "保护区巡护里程", "≥4800公里"),
        ("产出指标", "质量指标", "巡护轨迹上传率", "≥95%"),
        ("产出指标", "质量指标", "巡护事件到场响应时间", late),
        ("产出指标", empty, None, None),
        ("成本指标", "经济成本指标", "每公里巡护成本", "≤0.015万元/公里"),
        ("效益指标", "生态效益指标", "越冬水鸟记录数量", "≥10000只次"),
        ("满意度指标", "服务对象满意度指标", "周边社区满意度", "≥90%"),
    ]
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for r in rows:
        t.row(code, name, *r)
    return b
