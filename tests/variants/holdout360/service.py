"""Passenger-service returns (vf13–vf18): hotlines, ticketing, accessibility, wayfinding."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout360.common import DEPT, YEAR, first, indicators, lines, project, sign, w
from tests.variants.holdout360.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, money, pct

CENTRE = "汀湄市轨道交通乘客服务中心"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "vf13-service-centre-flat",
    (3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator "
    "· 指标值), budget and tasks consistent, weights add to 100 "
    "(correct)",
)
def service_centre_flat() -> Book:
    b = Book()
    s = first(b)
    department_head(s, year=YEAR, dept=CENTRE, budget=[
        (w(5200), w(4800), w(400), w(3100), w(2100))], tasks=[
        ("乘客服务热线运营", "12小时人工热线及线上客服", w(1200), "诉求及时受理办结"),
        ("无障碍出行服务", "爱心预约及无障碍设施维护", w(600), "特殊乘客出行便利"),
        ("乘客满意度调查", "委托第三方开展年度测评", w(300), "掌握乘客诉求"),
        ("金额合计", None, w(2100), None)],
        goal="做好线网乘客服务，及时受理乘客诉求，改善特殊乘客出行条件。")  # fmt: skip
    indicators(s, FLAT, [
        ("热线人工接通率", 15, "%", "≥", pct(0.92)),
        ("乘客诉求办结率", 15, "%", "≥", pct(0.98)),
        ("爱心预约服务人次", 15, "人次", "≥", 18000),
        ("无障碍电梯完好率", 15, "%", "≥", pct(0.97)),
        ("乘客百万人次有效投诉量", 10, "件", "≤", 1.5),
        ("诉求受理响应时间", 10, "小时", "≤", 24),
        ("年度满意度测评费用", 10, "万元", "≤", 300),
        ("乘客满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


@variant(
    "vf14-ticketing-flat-wrong",
    (3, 12),
    "department, flat list: 基本支出 + 项目支出 ≠ 资金总额, weights adding "
    "to 95, a value unit against the unit column",
)
def ticketing_flat_wrong() -> Book:
    b = Book()
    s = first(b)
    total = mk(w(3600), "B101", "error", note="基本支出 2000 + 项目支出 1500 = 3500, not 3600")
    department_head(s, year=YEAR, dept="汀湄市轨道交通票务清分中心", budget=[
        (total, w(3200), w(400), w(2000), w(1500))],
        goal="保障线网票务清分准确及时，推进移动支付过闸。")  # fmt: skip
    indicators(s, ("指标名称", "指标值", "计量单位", "权重"), [
        ("票务清分日结完成率", "=100%", "%", 20),
        ("清分差错率", "≤0.01%", "%", 15),
        ("票务投诉处理时限", mk("≤3个工作日", "T112", "error", row=True,
                                 note="value in 工作日, unit column says 小时"), "小时", 15),
        ("自动售检票设备可用率", "≥99%", "%", 15),
        ("移动支付过闸占比", "≥70%", "%", 15),
        ("乘客满意度", "≥90%", "%", 15),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15×5 = 95, not 100")
    return b


def _scored(s: C | int, prod: C | int, sat: str) -> list[tuple[object, ...]]:
    """The scored NAT-2021 table of vf15/vf16 (tier-1 score in B, indicator score in F)."""
    return [
        ("产出指标", s, "数量指标", "无障碍电梯改造台数", "≥26台", 10),
        (None, None, None, "盲道修复里程", "≥12公里", prod),
        (None, None, "质量指标", "改造设施验收合格率", "≥98%", 15),
        (None, None, "时效指标", "改造完成时间", "11月30日前", 15),
        ("成本指标", 10, "经济成本指标", "每台无障碍电梯改造费用", "≤45万元/台", 10),
        ("效益指标", 30, "社会效益指标", "轮椅乘客自助出行比例较上年提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "无障碍设施巡检制度", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "残障乘客满意度", sat, 10),
    ]


@variant(
    "vf15-accessibility-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score "
    "column both adding to 100, a rate raised in 百分点 (correct)",
)
def accessibility_points() -> Book:
    b = Book()
    s = first(b)
    project(s, "车站无障碍设施改造", CENTRE, lines(w(1300), w(1300), w(0)),
            "完成车站无障碍电梯和盲道改造，方便残障乘客出行。")  # fmt: skip
    indicators(s, SCORED, _scored(50, 10, "≥90%"), merged=(1, 2, 3))
    return b


@variant(
    "vf16-wayfinding-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 score column: the 产出 indicator "
    "scores add to 45 against 50, a satisfaction with =",
)
def wayfinding_points_wrong() -> Book:
    b = Book()
    s = first(b)
    project(s, "车站无障碍及导向设施完善", CENTRE, lines(w(1300), w(1100), w(200)),
            "完善车站无障碍和导向设施，方便残障乘客出行。")  # fmt: skip
    tier = mk(50, "W103", "error", note="10 + 5 + 15 + 15 = 45 under a declared 50")
    sat = mk("=95%", "T107", "warning", note="= on a satisfaction rate: meant ≥95%")
    indicators(s, SCORED, _scored(tier, 5, sat), merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False, note="indicator scores then total 95")
    return b


@variant(
    "vf17-ticket-machines-second-sheet",
    (7, 1),
    "project: head on the first sheet, the indicators on a "
    "second sheet under 考核指标 / 预期实现值 / 评价标准, typed percents "
    "(correct)",
)
def ticket_machines_second_sheet() -> Book:
    b = Book()
    s = first(b, "项目信息")
    project(
        s,
        "自动售票机扫码支付升级",
        "汀湄市轨道交通票务清分中心",
        lines(money(420, WAN), w(420), w(0)),
        "完成全线网自动售票机扫码支付模块升级。",
    )
    t = b.sheet("绩效指标", (16, 16, 30, 16, 30))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "评价标准"), [
        ("产出指标", "数量指标", "升级自动售票机台数", "≥600台", "每少10台扣1分"),
        (None, "质量指标", "扫码交易成功率", pct(0.995, "0.0%"), "低于目标不得分"),
        (None, "时效指标", "升级完成时间", "9月30日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "每台升级费用", "≤0.7万元/台", "超支不得分"),
        ("效益指标", "社会效益指标", "售票机扫码购票占比", pct(0.6), "按实际占比计分"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", pct(0.9), "问卷调查"),
    ])  # fmt: skip
    return b


@variant(
    "vf18-guidance-artefacts",
    (9, 7),
    "project, OLD-NAT, headers 指标内容 / 绩效标准: a start date as a "
    "serial in text, a split number, a placeholder left in a "
    "value",
)
def guidance_artefacts() -> Book:
    b = Book()
    s = first(b)
    start = mk("45658", "X104", "warning", note="Excel serial 45658 (2025-01-01) stored as text")
    split = mk("224.037 5", "X105", "warning", alt=("X103",), note="read as 224.0375")
    project(s, "车站导向标识更新", "汀湄市轨道交通运营有限公司客运部",
            lines(w(236.5), split, money(12.4625, '0.0000"万元"')),
            "更新换乘车站导向标识，提升乘客寻路效率。", dept=DEPT, start=start)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "更新导向标识块数", "≥3200块"),
        (None, None, "导向标识使用引导人次",
         mk("≥XX人次", "X101", "error", note="placeholder XX left in the value")),
        (None, "质量指标", "标识安装验收合格率", "≥98%"),
        (None, "时效指标", "更新完成时间", "10月31日前"),
        (None, "成本指标", "每块标识更新费用", "≤0.07万元/块"),
        ("效益指标", "社会效益指标", "乘客问路咨询量下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯望舒", "0591-6627452", day(YEAR, 1, 8))
    return b
