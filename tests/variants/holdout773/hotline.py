"""Consumer-complaint hotline (12315) and department returns: kdc13 to kdc18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout773.common import (
    HEAD,
    notes,
    one_year,
    page_break,
    project,
    sign,
    start,
    table,
)
from tests.variants.holdout773.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

CENTRE = "岚湾县消费者权益保护服务中心"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


def tasks(total: Any, hotline: int) -> list[tuple[Any, ...]]:
    """The bureau's 年度主要任务 with a 金额合计 row (= 项目支出)."""
    return [
        ("12315热线运行", "投诉举报受理、转办、回访", hotline, "受理投诉举报9500件以上"),
        ("消费维权宣传", "3·15宣传、发布消费警示", 40, "发布消费警示12期"),
        ("食品安全抽检", "监督抽检1200批次", 60, "问题食品处置率100%"),
        ("特种设备监管", "电梯、锅炉监督检查", 30, "较大以上事故零发生"),
        ("金额合计", None, total, None),
    ]


def flat(s: Sheet, goal: str, rows: list[tuple[Any, ...]]) -> None:
    """The centre's head with no tasks, then a flat list of indicators."""
    department_head(s, year=2025, dept=CENTRE, budget=[(320, 300, 20, 180, 140)], goal=goal,
                    filled=day(2024, 11, 15))  # fmt: skip
    s.row(*FLAT)
    s.table(rows)


@variant("kdc13-bureau-department", (4, 12),
         "department, NAT-2021, header 绩效目标值: budget and tasks adding up, a goal count with "
         "its parts in brackets, a footnote explaining the 金额合计 (correct)")  # fmt: skip
def bureau_department() -> Book:
    b, s = start("部门整体")
    goal = ("目标1：全年受理12315投诉举报不少于9500件（其中投诉6500件、举报3000件），按期办结率"
            "98%以上；目标2：食品安全抽检和特种设备检验任务全面完成。")  # fmt: skip
    department_head(s, year=2025, dept="岚湾县市场监督管理局", budget=[(860, 820, 40, 610, 250)],
                    goal=goal, tasks=tasks(250, 120))  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "12315投诉举报受理量", "≥9500件"),
        (None, None, "消费警示发布期数", "≥12期"),
        (None, "质量指标", "投诉举报按期办结率", "≥98%"),
        (None, "时效指标", "投诉举报受理响应时间", "≤1个工作日"),
        ("成本指标", "经济成本指标", "热线单件处理成本", "≤120元/件"),
        ("效益指标", "经济效益指标", "为消费者挽回经济损失", "≥300万元"),
        (None, "社会效益指标", "特种设备较大以上事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "投诉人满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：年度主要任务金额合计为项目支出250万元，基本支出610万元不列入任务。")
    sign(s, "冼若琳", "0719-6523302", day(2024, 11, 20))
    return b


@variant("kdc14-bureau-department-defects", (12,),
         "department, NAT-2021: tasks not adding up to 金额合计, the goal's 办结率 against the "
         "indicator, a satisfaction rate under 社会效益")  # fmt: skip
def bureau_department_defects() -> Book:
    b, s = start("部门整体")
    goal = ("目标1：全年受理12315投诉举报不少于9500件，按期办结率达到98%以上；目标2：食品安全抽检"
            "和特种设备检验任务全面完成。")  # fmt: skip
    total = mk(250, "B102", "error", note="任务金额 110+40+60+30 = 240，金额合计写250")
    department_head(s, year=2025, dept="岚湾县市场监督管理局", budget=[(860, 820, 40, 610, 250)],
                    goal=goal, tasks=tasks(total, 110))  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "12315投诉举报受理量", "≥9500件"),
        (None, "质量指标", "投诉举报按期办结率",
         mk("≥95%", "D104", "warning", row=True, note="年度总体目标写按期办结率98%以上")),
        (None, "时效指标", "投诉举报受理响应时间", "≤1个工作日"),
        ("成本指标", "经济成本指标", "热线单件处理成本", "≤110元/件"),
        ("效益指标", "社会效益指标", "为消费者挽回经济损失", "≥300万元"),
        (None, None, mk("消费者投诉处理满意度", "F201", "warning", row=True,
                        note="满意度应在服务对象满意度指标下，不是社会效益"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "被投诉经营者对调解工作满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "冼若琳", "0719-6523302", day(2024, 11, 21))
    return b


@variant(
    "kdc15-centre-flat-list",
    (1, 3, 11),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), a "
    "typed percent cell, a 下降率 with 大于等于, weights and a 合计 row of 100 (correct)",
)
def centre_flat_list() -> Book:
    b, s = start()
    flat(s, "受理消费投诉举报8500件以上，按期办结率98%以上，每月发布消费警示1期。", [
        ("消费投诉举报受理量", 20, "件", "大于等于", 8500),
        ("投诉举报按期办结率", 20, "%", "大于等于", pct(0.98)),
        ("消费纠纷调解成功率", 15, "%", "大于等于", 60),
        ("投诉处理平均时长", 15, "工作日", "小于等于", 5),
        ("消费警示发布期数", 10, "期", "大于等于", 12),
        ("重复投诉下降率", 10, "%", "大于等于", 10),
        ("投诉人满意度", 10, "%", "大于等于", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "冼若琳", "0719-6523302", day(2024, 11, 15))
    return b


@variant("kdc16-centre-flat-defects", (3,),
         "department, flat list: weights adding to 95, the same count twice with a word more "
         "and another value, the goal's 消费警示 count against the indicator")  # fmt: skip
def centre_flat_defects() -> Book:
    b, s = start()
    twice = mk("消费投诉举报受理数量", "D103", "warning", row=True, alt=("D101", "D102"),
               note="与“消费投诉举报受理量”是同一指标，值却是8500件")  # fmt: skip
    flat(s, "受理消费投诉举报8000件以上，按期办结率98%以上，全年发布消费警示12期。", [
        ("消费投诉举报受理量", 15, "件", "大于等于", 8000),
        ("投诉举报按期办结率", 20, "%", "大于等于", 98),
        (twice, 15, "件", "大于等于", 8500),
        ("投诉处理平均时长", 15, "工作日", "小于等于", 5),
        ("消费警示发布期数", 10, "期", "大于等于",
         mk(6, "D104", "warning", row=True, note="年度总体目标写全年发布消费警示12期")),
        ("重复投诉下降率", 10, "%", "大于等于", 10),
        ("投诉人满意度", 10, "%", "大于等于", 90),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 15+20+15+15+10+10+10 = 95，应为100")
    sign(s, "冼若琳", "0719-6523302", day(2024, 11, 16))
    return b


@variant(
    "kdc17-platform-notes-break",
    (4, 5, 9),
    "project, OLD-NAT, abbreviated and ★ tier labels, an instruction row, the header "
    "repeated after a page break, =100% as text, 注 and 填表说明 and signature (correct)",
)
def platform_notes_break() -> Book:
    b, s = start()
    goal = "保障12315热线全年7×24小时运行，接通率不低于95%，平台故障4小时内修复。"
    project(s, "12315热线平台运行维护", one_year(48, 45, 3), [goal])
    s.row(*HEAD)
    s.row("（填写说明：★为核心指标，不得删除）", merge=[(1, 4)])
    s.table([
        ("产出", "数量", "★热线座席服务时长", "≥8760小时"),
        (None, None, "平台软硬件巡检次数", "≥12次"),
        (None, "质量", "★热线接通率", "≥95%"),
        (None, None, "工单转办准确率", "=100%"),
    ], merged=(1, 2))  # fmt: skip
    page_break(s)
    s.row(*HEAD)
    s.table([
        ("产出", "时效", "平台故障修复时间", "≤4小时"),
        (None, "成本", "平台年度运维费用", "≤45万元"),
        ("效益", "社会效益", "消费纠纷在线调解案件数", "≥2000件"),
        (None, "可持续影响", "平台数据留存年限", "≥5年"),
        ("满意度", "服务对象满意度", "★来电群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.★为省局规定的核心指标；2.平台年度运维费用含通信线路租赁费12万元。",
          "填表说明：指标值须含比较符和计量单位。")  # fmt: skip
    sign(s, "冼若琳", "0719-6523302", day(2024, 12, 6))
    return b


@variant("kdc18-service-station-template", (6, 13),
         "project, NAT-2021: a template tier-2 left empty, a value without a name, a template "
         "placeholder left in a value")  # fmt: skip
def service_station_template() -> Book:
    b, s = start()
    goal = "在全县建成12315消费维权服务站20个，开展进社区宣传活动40场，社区纠纷就地化解率80%以上。"
    project(s, "消费维权进社区（12315服务站）", one_year(40, 40, 0), [goal], attr="新增项目")
    table(s, HEAD, [
        ("成本指标", "经济成本指标", "单个服务站建设补助", "≤1.5万元/个"),
        (None, mk("生态环境成本指标", "F109", "warning", row=True, note="模板行，未填指标和值"),
         None, None),
        ("产出指标", "数量指标", "12315消费维权服务站建成数量", "≥20个"),
        (None, None, "进社区宣传活动场次", "≥40场"),
        (None, None, "服务站志愿者培训人次",
         mk("≥**人次", "X101", "error", note="模板示例的占位符未改")),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值，三级指标名称空着"), "≥95%"),
        (None, "时效指标", "投诉转办时限", "≤1个工作日"),
        ("效益指标", "社会效益指标", "社区消费纠纷就地化解率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冼若琳", "0719-6523302", day(2024, 12, 9))
    return b
