"""Returns on the operation contract of the township sewage-treatment plants."""

from __future__ import annotations

from tests.variants.holdout720.common import (
    HEAD,
    department,
    footer,
    multi_year,
    notes,
    one_year,
    project,
    table,
    w,
)
from tests.variants.holdout720.registry import variant
from tests.variants.kit import Book, mk, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "计量单位")


@variant(
    "kbb01-plant-operation",
    (1, 5, 12),
    "project, NAT-2021, numbered tier labels with points, typed percent cells (correct)",
)
def plant_operation() -> Book:
    goal = ("委托专业公司运营蒲口、鹤湾、石埠3座乡镇污水处理厂，全年处理污水不少于73万吨，"
            "出水稳定达到一级A标准，运营服务费按不高于1.6元/吨结算。")  # fmt: skip
    b, s = project("乡镇污水处理厂委托运营服务", one_year(w(126), w(106), w(20)), [goal])
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "委托运营污水处理厂数量", "=3座"),
        (None, None, "年处理污水量", "≥73万吨"),
        (None, "（二）质量指标", "出水水质达标率", pct(0.95)),
        (None, None, "在线监测数据有效传输率", pct(0.9)),
        (None, "（三）时效指标", "运营月报报送时限", "每月10日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "运营服务费单价", "≤1.6元/吨"),
        ("三、效益指标（20分）", "（一）生态效益指标", "化学需氧量年削减量", "≥150吨"),
        (None, "（二）社会效益指标", "环境污染事故发生次数", "≤0起"),
        (None, "（三）可持续影响指标", "设施完好率", "≥95%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "周边居民满意度", pct(0.9)),
    ]
    table(s, HEAD, rows)
    footer(s, "贺立川", "0736-5512047")
    return b


@variant(
    "kbb02-plant-contract-wrong",
    (12,),
    "project, OLD-NAT: plant count against the goal, unit cost × volume, money split",
)
def plant_contract_wrong() -> Book:
    goal = ("委托运营蒲口、鹤湾、石埠3座乡镇污水处理厂，全年处理污水90万吨，"
            "运营服务费单价不高于1.8元/吨，出水达到一级A标准。")  # fmt: skip
    total = mk(w(150), "B101", "error", note="财政拨款120 + 其他资金20 = 140，不是150")
    b, s = project("乡镇污水处理厂运营合同经费", one_year(total, w(120), w(20)), [goal])
    rows = [
        ("产出指标", "数量指标", "委托运营污水处理厂数量",
         mk("=4座", "D104", "warning", row=True, note="年度目标写3座厂")),
        (None, None, "年处理污水量", "≥90万吨"),
        (None, "质量指标", "出水水质达标率", "≥95%"),
        (None, "时效指标", "运营费用按季结算及时率", "=100%"),
        (None, "成本指标", "运营服务费单价",
         mk("≤1.8元/吨", "B107", "warning", row=True,
            note="1.8元/吨 × 90万吨 = 162万元，超过年度资金150万元")),
        ("效益指标", "生态效益指标", "氨氮年削减量", "≥12吨"),
        (None, "可持续影响指标", "运营合同履约考核得分", "≥90分"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"),
    ]  # fmt: skip
    table(s, HEAD, rows)
    footer(s, "贺立川", "0736-5512047")
    return b


@variant(
    "kbb03-plant-three-year",
    (8, 1),
    "three-year operation contract, NAT-2021, 实施期 and 年度 columns, unit column (correct)",
)
def plant_three_year() -> Book:
    period = ("2025年—2027年委托运营3座乡镇污水处理厂，累计处理污水不少于219万吨，出水稳定达到"
              "一级A标准，并为2028年合同续签积累运营考核数据。")  # fmt: skip
    annual = ("2025年处理污水不少于73万吨，完成3座厂在线监测设备校准，"
              "出水达标率不低于95%。")  # fmt: skip
    money = multi_year((w(378), w(318), w(60)), (w(126), w(106), w(20)))
    b, s = project("乡镇污水处理厂三年委托运营", money, [period, annual], years=3, attr="新增项目")
    rows = [
        ("产出指标", "数量指标", "累计处理污水量", "≥219", "≥73", "万吨"),
        (None, None, "在线监测设备校准", "≥9", "≥3", "台次"),
        (None, "质量指标", "出水水质达标率", pct(0.95), pct(0.95), "%"),
        (None, "时效指标", "设备故障响应时间", "≤4", "≤4", "小时"),
        ("成本指标", "经济成本指标", "运营服务费单价", "≤1.6", "≤1.6", "元/吨"),
        ("效益指标", "生态效益指标", "化学需氧量累计削减量", "≥450", "≥150", "吨"),
        (None, "可持续影响指标", "设施完好率", pct(0.95), pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", pct(0.9), pct(0.9), "%"),
    ]
    table(s, PERIOD_HEAD, rows)
    notes(s, "注：运营服务费按实际处理水量结算，三年合计不超过实施期资金总额。")
    footer(s, "贺立川", "0736-5512047")
    return b


@variant(
    "kbb04-plant-three-year-wrong",
    (8,),
    "three-year contract, 中期目标 copied to 年度目标, annual count above and equal to period",
)
def plant_three_year_wrong() -> Book:
    goal = ("委托运营3座乡镇污水处理厂及15个村级污水处理站点，年处理污水不少于80万吨，"
            "出水达到一级A标准。")  # fmt: skip
    annual = mk(goal, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")
    money = multi_year((w(390), w(330), w(60)), (w(130), w(110), w(20)))
    b, s = project("乡镇污水处理设施三年运维", money, [goal, annual], years=3, attr="新增项目")
    rows = [
        ("产出指标", "数量指标", "运营村级处理站点数量", "≥15",
         mk("≥18", "D201", "error", alt=("D104",), note="年度18个超过实施期15个"), "个"),
        (None, None, "累计处理污水量", "≥240",
         mk("≥240", "D202", "warning", note="累计量照抄实施期，年度应约80万吨"), "万吨"),
        (None, "质量指标", "出水水质达标率", pct(0.95), pct(0.95), "%"),
        (None, "时效指标", "设备故障修复时限", "≤48", "≤48", "小时"),
        ("成本指标", "经济成本指标", "村级站点运维单价", "≤1.2", "≤1.2", "万元/个"),
        ("效益指标", "生态效益指标", "氨氮累计削减量", "≥36", "≥12", "吨"),
        ("满意度指标", "服务对象满意度指标", "站点周边村民满意度", pct(0.9), pct(0.9), "%"),
    ]  # fmt: skip
    table(s, PERIOD_HEAD, rows)
    footer(s, "贺立川", "0736-5512047")
    return b


@variant(
    "kbb05-plant-flat-department",
    (3, 1),
    "department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值, percent cells (correct)",
)
def plant_flat_department() -> Book:
    tasks = [
        ("乡镇污水处理厂委托运营", "3座厂运营服务费", w(380), "出水稳定达到一级A标准"),
        ("村庄污水管网维护", "管网巡查、疏通、修复", w(110), "管网完好率不低于95%"),
        ("污泥无害化处置", "脱水污泥外运处置", w(60), "无害化处置率100%"),
        ("金额合计", None, w(550), None),
    ]
    goal = (
        "保障3座乡镇污水处理厂稳定运行，全年处理污水不少于73万吨；"
        "维护村庄管网；污泥全部无害化处置。"
    )
    budget = (w(860), w(800), w(60), w(310), w(550))
    b, s = department("澄岭县城乡供排水服务中心", budget, goal, tasks)
    s.skip()
    rows = [
        ("乡镇污水处理厂运营数量", 15, "座", "=", 3),
        ("年处理污水量", 15, "万吨", "≥", 73),
        ("出水水质达标率", 15, "%", "≥", pct(0.95)),
        ("管网巡查覆盖率", 10, "%", "≥", pct(0.98)),
        ("管网堵塞投诉下降率", 10, "%", "≥", 10),
        ("污泥无害化处置率", 15, "%", "=", pct(1)),
        ("运营服务费单价", 10, "元/吨", "≤", 1.6),
        ("服务对象满意度", 10, "%", "≥", 90),
    ]
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    notes(s, "说明：管网堵塞投诉下降率以2024年投诉件数为基数计算。")
    footer(s, "邝明远", "0736-5518830", 12, 2)
    return b


@variant(
    "kbb06-plant-department-wrong",
    (12, 4),
    "department, NAT-2021: tasks against 金额合计, last year's goal, a near-duplicate",
)
def plant_department_wrong() -> Book:
    tasks = [
        ("乡镇污水处理厂委托运营", "3座厂运营服务费", w(390), "出水达标率不低于95%"),
        ("村庄管网延伸配套", "管网维护42公里", w(150), "管网完好率不低于95%"),
        ("污泥无害化处置", "外运处置污泥2800吨", w(70), "无害化处置率100%"),
        ("金额合计", None, mk(w(600), "B102", "error", note="390 + 150 + 70 = 610，不是600"), None),
    ]
    goal = mk("委托运营3座乡镇污水处理厂，2024年处理污水不少于78万吨，出水达标率不低于95%；"
              "维护村庄污水管网42公里；无害化处置污泥2800吨。", "Y103", "warning", alt=("Y101",),
              note="2025年度的表，年度目标写2024年：上年目标未改")  # fmt: skip
    budget = (w(920), w(860), w(60), w(320), w(600))
    b, s = department("澄岭县城乡供排水服务中心", budget, goal, tasks)
    s.skip()
    rows = [
        ("产出指标", "数量指标", "委托运营污水处理厂数量", "=3座"),
        (None, None, "年处理污水量", "≥78万吨"),
        (None, None, "村庄污水管网维护长度", "≥42公里"),
        (None, "质量指标", "出水水质达标率", "≥95%"),
        (None, None, "污泥无害化处置率", "=100%"),
        (None, "时效指标", "管网堵塞处置时限", "≤24小时"),
        ("成本指标", "经济成本指标", "污泥处置单价", "≤240元/吨"),
        ("效益指标", "生态效益指标", "乡镇污水处理厂出水水质达标率",
         mk("≥90%", "D103", "warning", row=True, alt=("D101", "D102", "F201"),
            note="与质量指标下的出水水质达标率是同一指标，值不同")),
        (None, "社会效益指标", "水环境投诉办结率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]  # fmt: skip
    table(s, HEAD, rows)
    notes(s, "注：1.污泥处置单价含运输费；", "2.本表由计财股汇总，各项指标以合同约定为准。")
    footer(s, "邝明远", "0736-5518830", 12, 2)
    return b
