"""Groundwater over-extraction control (地下水超采综合治理): kdn07–kdn12."""

from __future__ import annotations

from tests.variants.holdout784.common import (
    department,
    grid,
    new,
    notes,
    one_year,
    prior_day,
    project,
    sign,
)
from tests.variants.holdout784.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct


def _w(v: float) -> object:
    return money(v, WAN)


@variant("kdn07-monitoring-centre", (1, 4, 12),
         "department, NAT-2021: budget and key tasks adding up, a goal count with its parts in "
         "brackets, a 压减率 with ≥, 0起 on an incident count, a note under the table "
         "(correct)")  # fmt: skip
def kdn07() -> Book:
    b, s = new("部门整体")
    goal = ("2025年关停封填超采区自备井860眼（其中城区420眼、工业园区440眼），压减地下水开采量"
            "1800万立方米，监测站网稳定运行。")  # fmt: skip
    department(s, 2025, "省地下水监测与保护中心",
               [(_w(3260), _w(3000), _w(260), _w(1160), _w(2100))], goal, [
                   ("超采区综合治理", "关停封填自备井、实施水源置换", _w(1200), "压减开采量"),
                   ("监测站网运维", "运维国家级和省级监测站点", _w(560), "数据稳定到报"),
                   ("取水计量监管", "核查取水计量设施", _w(340), "计量全覆盖"),
                   ("金额合计", None, _w(2100), None),
               ])  # fmt: skip
    grid(s, [
        ("产出指标", "数量指标", "关停封填自备井数量", "≥860眼"),
        (None, "质量指标", "监测数据到报率", pct(0.95)),
        (None, "时效指标", "封井工作完成时限", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单眼自备井封填成本", "≤0.8万元/眼"),
        ("效益指标", "生态效益指标", "地下水开采量压减量", "≥1800万立方米"),
        (None, None, "超采区地下水开采量压减率", "≥12%"),
        (None, "社会效益指标", "重大违规取水事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "取水户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：压减率=（基准年开采量-当年开采量）÷基准年开采量，基准年为2020年。")
    return b


@variant("kdn08-lichuan-wells", (4, 12),
         "department, NAT-2021: key tasks not adding to 金额合计, the goal's well count against "
         "the indicator's, an indicator named after a past year")  # fmt: skip
def kdn08() -> Book:
    b, s = new("部门整体")
    goal = "2025年关停封填机井1200眼，新增地表水替代水源3200万立方米，全市浅层地下水位止降回升。"
    total = mk(_w(1600), "B102", "error", note="任务金额 900 + 420 + 230 = 1550 ≠ 1600")
    department(s, 2025, "砾川市水务局",
               [(_w(2450), _w(2200), _w(250), _w(850), _w(1600))], goal, [
                   ("机井关停封填", "关停封填农业和自备机井", _w(900), "完成年度封井任务"),
                   ("水源置换", "建设地表水替代配水管网", _w(420), "替代地下水源"),
                   ("地下水监测", "监测井运维与水位通报", _w(230), "按月通报水位"),
                   ("金额合计", None, total, None),
               ])  # fmt: skip
    grid(s, [
        ("产出指标", "数量指标", "关停封填机井数量",
         mk("≥1500眼", "D104", "warning", row=True, note="年度总体目标写关停封填机井1200眼")),
        (None, None, "地表水替代水源量", "≥3200万立方米"),
        (None, "质量指标", "封井验收合格率", "100%"),
        (None, "时效指标",
         mk("2023年超采区地下水位变幅评估报告", "Y103", "warning", row=True, alt=("Y101",),
            note="2025年的指标名沿用了2023年"), "2025年3月31日前"),
        ("效益指标", "生态效益指标", "浅层地下水位年均回升幅度", "≥0.2米"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kdn09-puling-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights adding to 100, a 降幅 with ≤ (correct)")  # fmt: skip
def kdn09() -> Book:
    b, s = new("部门整体")
    department(s, 2025, "蒲岭县水利局", [(_w(1380), _w(1200), _w(180), _w(580), _w(800))],
               "完成超采区机井封填420眼，安装取水计量设施1500套，地下水位降幅收窄。",
               [("超采治理", "机井封填与计量设施安装", _w(800), "完成年度压采任务"),
                ("金额合计", None, _w(800), None)])  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("超采区机井封填数量", 20, "眼", "≥", 420),
        ("取水计量设施安装数量", 15, "套", "≥", 1500),
        ("计量设施在线率", 15, "%", "≥", 95),
        ("封井工作完成时限", 10, "日期", "≤", "2025年10月31日"),
        ("浅层地下水位年均降幅", 15, "米", "≤", 0.3),
        ("单套计量设施安装成本", 15, "万元/套", "≤", 0.3),
        ("取水户满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    sign(s, "汪静姝", "0536-7712094", prior_day(2025))
    return b


@variant("kdn10-fengkou-flat-duplicate", (3,),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): the same count twice with a "
         "word more and another value, weights adding to 95")  # fmt: skip
def kdn10() -> Book:
    b, s = new("部门整体")
    department(s, 2025, "沣口县水利局", [(_w(960), _w(900), _w(60), _w(410), _w(550))],
               "安装农业机井计量设施3000套，压减地下水开采量600万立方米。",
               [("计量监管", "农业机井计量设施安装", _w(550), "计量全覆盖"),
                ("金额合计", None, _w(550), None)])  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("机井计量设施安装数量", "≥3000", "套", 20),
        ("地下水开采量压减量", "≥600", "万立方米", 20),
        ("农业机井计量设施安装数量",
         mk("≥3200", "D102", "error", row=True, alt=("D103",),
            note="与第一行是同一指标（多“农业”二字），3000套与3200套"), "套", 15),
        ("计量数据上传率", "≥95", "%", 15),
        ("取水户满意度", "≥90", "%", 25),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+20+15+15+25 = 95，应为100")
    return b


@variant("kdn11-station-points", (10, 5),
         "project, NAT-2021, points in the tier-1 labels and per indicator (100 both ways), a "
         "rate raised in 百分点, a unit cost within its money (correct)")  # fmt: skip
def kdn11() -> Book:
    b, s = new()
    project(s, 2025, "地下水监测站网自动化升级项目", "省地下水监测与保护中心",
            one_year(1000, 900, 100),
            ["完成120个地下水监测站自动化升级，站网自动化率提高5个百分点以上。"])  # fmt: skip
    grid(s, [
        ("产出指标（50分）", "数量指标", "监测站自动化升级数量", "≥120个", 15),
        (None, None, "新增水位水温一体化探头", "≥120套", 15),
        (None, "质量指标", "监测数据到报率", "≥95%", 10),
        (None, "时效指标", "升级改造完成时限", "2025年10月31日前", 10),
        ("成本指标（10分）", "经济成本指标", "单站升级改造成本", "≤8万元/个", 10),
        ("效益指标（30分）", "社会效益指标", "监测站网自动化率", "提高≥5百分点", 15),
        (None, "可持续影响指标", "超采区水位监测覆盖率", "≥90%", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "数据使用单位满意度", "≥90%", 10),
    ], head=("一级指标", "二级指标", "三级指标", "指标值", "分值"))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值分别合计均为100分，评分以三级指标分值为准。")
    return b


@variant("kdn12-compression-leftover", (11, 5),
         "project, NAT-2021, abbreviated tier labels: last year's figures left in the goal, a "
         "satisfaction rate under 社会效益, a 反向 rate with ≥")  # fmt: skip
def kdn12() -> Book:
    b, s = new()
    goal = mk("2024年完成超采区压采水量650万立方米，封填机井300眼。", "Y103", "warning",
              alt=("Y101",), note="2025年度项目的年度目标写的是2024年")  # fmt: skip
    project(s, 2025, "超采区地下水压采项目", "沣口县水利局", one_year(520, 480, 40), [goal])
    grid(s, [
        ("产出", "数量", "封填机井数量", "≥300眼"),
        (None, None, "压采水量", "≥650万立方米"),
        (None, "质量", "机井违规取水率",
         mk("≥3%", "T108", "warning", row=True, note="违规取水率是反向指标，应为≤")),
        (None, "时效", "封井完成时限", "2025年11月30日前"),
        ("成本", "经济成本", "单眼封填成本", "≤0.9万元/眼"),
        ("效益", "生态效益", "超采区地下水位", "止降回升"),
        (None, "社会效益",
         mk("受益群众满意度", "F201", "warning", row=True, note="满意度填在社会效益指标下"),
         "≥85%"),
        ("满意度", "服务对象满意度", "取水户满意度", "≥90%"),
    ])  # fmt: skip
    return b
