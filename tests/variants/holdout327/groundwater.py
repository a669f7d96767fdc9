"""Groundwater returns: 地下水超采综合治理, 自备井关停 and 地下水监测站点 (ty07–ty12)."""

from __future__ import annotations

from tests.variants.holdout327.common import (
    T4,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout327.registry import variant
from tests.variants.kit import Book, mk, ok

H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
HS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")
H6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("ty07-overdraft-period", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "annual counts below the period, rates equal, a 2028 deadline in the period "
         "(correct)")  # fmt: skip
def overdraft_period() -> Book:
    b, s = start()
    project(s, "苇塘片区地下水超采综合治理", "湫原县水利局（307）", "湫原县农村水利服务中心",
            multi_year((1800, 1500, 300), (620, 520, 100)), [
                "三年封填自备井360眼，置换地表水源6处，超采区开采量压减2400万立方米。",
                "当年封填自备井120眼，建成水源置换工程2处，开采量压减800万立方米。",
            ], years=3)  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "封填自备井数量", "≥360眼", "≥120眼"),
        (None, None, "地表水置换水源工程", "≥6处", "≥2处"),
        (None, None, "高效节水灌溉面积", "≥4.5万亩", "≥1.5万亩"),
        (None, "质量指标", "封井验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "封井任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单眼封井费用", "≤0.8万元/眼", "≤0.8万元/眼"),
        ("效益指标", "生态效益指标", "超采区地下水开采量压减量", "≥2400万立方米",
         "≥800万立方米"),
        (None, None, "地下水位年均下降幅度", "≤0.2米", "≤0.3米"),
        (None, "可持续影响指标", "封井长效管护机制", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟临溆", "0731-5823306", (2025, 11, 14))
    return b


@variant("ty08-overdraft-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "中期目标 text copied into 年度目标, two cumulative counts copied")  # fmt: skip
def overdraft_copied() -> Book:
    b, s = start()
    goal = "压采农业灌溉机井210眼，发展节水灌溉3万亩，浅层地下水位止跌回升。"
    copied = mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")
    project(s, "北滩灌区农业机井压采", "栎川市水务局（412）", "栎川市灌溉试验站",
            multi_year((1350, 1200, 150), (480, 420, 60)), [goal, copied], years=3)  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "压采农业灌溉机井数量", "≥210眼",
         mk("≥210眼", "D202", "warning", note="三年累计数照抄到年度")),
        (None, None, "节水灌溉改造面积", "≥3万亩",
         mk("≥3万亩", "D202", "warning", note="三年累计面积照抄到年度")),
        (None, None, "水源置换管网长度", "≥36公里", "≥12公里"),
        (None, "质量指标", "改造工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度压采任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单眼机井压采补偿标准", "≤1.5万元/眼", "≤1.5万元/眼"),
        ("效益指标", "生态效益指标", "灌区地下水开采量压减量", "≥1500万立方米",
         "≥500万立方米"),
        (None, "社会效益指标", "压采区灌溉保证率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "灌区农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ty09-monitor-points", (5, 10), "project, NAT-2021, points in the tier labels, a tier "
         "score column and an indicator score column both adding to 100, a rate raised in "
         "百分点 (correct)")  # fmt: skip
def monitor_points() -> Book:
    b, s = start(widths=(16, 10, 18, 30, 16, 10))
    project(s, "地下水监测站点建设与运维", "沣泽区水利局（215）", "沣泽区水文水资源站",
            one_year(240, 210, 30), ["新建监测站24个，改造18个，数据实时上传。"])  # fmt: skip
    indicators(s, HS, [
        ("产出指标（50分）", 50, "数量指标", "新建地下水监测站", "≥24个", 15),
        (None, None, None, "改造老旧监测站", "≥18个", 10),
        (None, None, "质量指标", "监测数据到报率", "≥95%", 15),
        (None, None, "时效指标", "站点建设完成时间", "2026年10月31日前", 10),
        ("成本指标（10分）", 10, "经济成本指标", "单站建设成本", "≤6万元/个", 10),
        ("效益指标（30分）", 30, "社会效益指标", "监测数据共享率较上年提高", "≥5百分点", 15),
        (None, None, "生态效益指标", "超采区水位监测覆盖率", "≥95%", 15),
        ("满意度指标（10分）", 10, "服务对象满意度指标", "数据使用单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("ty10-monitor-points-wrong", (10,), "project, NAT-2021, tier score column against "
         "the indicator scores under it (产出 and 效益 off, totals still 100), a coverage rate "
         "given as a count")  # fmt: skip
def monitor_points_wrong() -> Book:
    b, s = start(widths=(16, 10, 18, 30, 16, 10))
    project(s, "超采区地下水监测网络完善", "栎川市水务局（412）", "栎川市水文勘测队",
            one_year(180, 180, 0), ["完善超采区监测网络，新建监测井30眼。"])  # fmt: skip
    indicators(s, HS, [
        ("产出指标", mk(40, "W103", "error", note="15+15+10+5=45"), "数量指标",
         "新建监测井数量", "≥30眼", 15),
        (None, None, None, "超采区监测站点覆盖率",
         mk("≥36个", "T105", "error", note="覆盖率写成个数"), 15),
        (None, None, "质量指标", "监测井成井验收合格率", "≥95%", 10),
        (None, None, "时效指标", "监测井建成时间", "2026年9月30日前", 5),
        ("成本指标", 10, "经济成本指标", "单眼监测井建设成本", "≤5万元/眼", 10),
        ("效益指标", mk(40, "W103", "error", note="20+15=35"), "生态效益指标",
         "地下水位动态掌握率", "≥90%", 20),
        (None, None, "可持续影响指标", "监测数据连续运行率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "数据使用单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("ty11-well-closure-notes", (4,), "project, OLD-NAT, one value column: an instruction "
         "row inside the table, a footnote explaining the total, 填表说明, signature and a fill "
         "date in the year before; 0起 on an incident count (correct)")  # fmt: skip
def well_closure_notes() -> Book:
    b, s = start()
    project(s, "城区自备井关停封填", "沣泽区水利局（215）", "沣泽区城市供水管理所",
            one_year(150, 150, 0), ["关停封填城区公共管网覆盖范围内自备井150眼。"])  # fmt: skip
    s.row(*T4)
    s.row("（指标值请填写比较符、数值和计量单位）", merge=[(1, 6)])
    s.table([
        ("产出指标", "数量指标", "关停封填自备井数量", "≥150眼"),
        (None, "质量指标", "封井质量验收合格率", "≥98%"),
        (None, "时效指标", "封填完成时间", "2026年11月30日前"),
        (None, "成本指标", "单眼封填成本", "≤0.8万元/眼"),
        ("效益指标", "社会效益指标", "封井后违规复采事件", ok("0起")),
        (None, "生态效益指标", "城区地下水开采量较上年减少", "≥180万立方米"),
        ("满意度指标", "服务对象满意度指标", "用水单位满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：年度资金150万元含封井工程120万元、置换管网接入30万元。",
          "填表说明：1.指标值应可考核；2.本表一式三份。")  # fmt: skip
    sign(s, "韦澜清", "0739-6158204", (2025, 11, 18))
    return b


@variant("ty12-well-closure-wrong", (4, 11), "project, OLD-NAT, operator and unit columns, a "
         "note row between tiers and a stamp line: a 正向 count with ≤, a cost cap with =, a "
         "pass rate above 100 %")  # fmt: skip
def well_closure_wrong() -> Book:
    b, s = start()
    project(s, "工业自备井关停与水源置换", "栎川市水务局（412）", "栎川市节约用水办公室",
            one_year(200, 180, 20), ["关停工业自备井180眼并完成水源置换。"])  # fmt: skip
    indicators(s, H6, [
        ("产出指标", "数量指标", "关停工业自备井数量",
         mk("≤", "T108", "warning", row=True, note="正向数量写成不超过"), 180, "眼"),
        (None, "质量指标", "封井验收合格率", ">",
         mk(100, "T106", "error", row=True, note="合格率不能超过 100%"), "%"),
        (None, "时效指标", "关停任务完成时限", "≤", 9, "个月"),
        (None, "成本指标", "单眼关停补偿标准",
         mk("=", "T108", "warning", row=True, note="成本上限写成等于"), 1, "万元/眼"),
    ])  # fmt: skip
    notes(s, "（以下为效益和满意度指标）")
    s.table([
        ("效益指标", "生态效益指标", "工业地下水取用量压减量", "≥", 260, "万立方米"),
        (None, "社会效益指标", "置换企业正常供水保障率", "≥", 98, "%"),
        ("满意度指标", "服务对象满意度指标", "关停企业满意度", "≥", 85, "%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("（单位盖章）", None, None, "负责人：", "晏青禾")
    return b
