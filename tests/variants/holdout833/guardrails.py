"""Guardrails on village roads: six project returns (three correct)."""

from __future__ import annotations

from tests.variants.holdout833.common import (
    header,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign_off,
    start,
)
from tests.variants.holdout833.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

UNIT = "栎桥县公路事业发展中心"


@variant(
    "kfk01-guardrail-project",
    (1, 5, 12),
    "project, OLD-NAT, numbered tier labels, "
    "typed percent cells, 万元 in the number format, goal total with parts (correct)",
)
def guardrail_project() -> Book:
    b, s = start()
    goal = ("在汀垣镇、苎麻乡村道新建波形梁钢护栏42公里（其中临水路段18公里、"
            "临崖路段24公里），11月30日前完工验收。")  # fmt: skip
    project(s, 2025, "栎桥县村道生命安全防护工程", UNIT, one_year(400, 360, 40), [goal])
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, [
        ("一、产出指标", "（一）数量指标", "新建波形梁钢护栏长度", "≥42公里"),
        (None, None, "其中：临水路段护栏长度", "≥18公里"),
        (None, "（二）质量指标", "护栏工程验收合格率", pct(1)),
        (None, "（三）时效指标", "工程完工验收时间", "2025年11月30日前"),
        (None, "（四）成本指标", "护栏综合造价", "≤9万元/公里", "42×9=378万元"),
        ("二、效益指标", "（一）社会效益指标", "车辆冲出路外事故起数下降率", "≥20%"),
        (None, None, "施工期间安全生产事故", "0起"),
        (None, "（二）可持续影响指标", "护栏设计使用年限", "≥15年"),
        ("三、满意度指标", "（一）服务对象满意度指标", "沿线村民满意度", pct(0.92)),
    ])  # fmt: skip
    sign_off(s, "郑向岷", "0731-6254418", (2024, 11, 18))
    return b


@variant(
    "kfk02-guardrail-goal-mismatch",
    (7, 12),
    "project, OLD-NAT, header 绩效目标值: "
    "length against the goal, deadline after the year, cost over the money",
)
def guardrail_goal_mismatch() -> Book:
    b, s = start()
    goal = "完成蕨塘乡等5个乡镇村道临水临崖路段护栏36公里，年内完工。"
    project(s, 2025, "鹭埠县农村公路护栏完善项目", "鹭埠县农村公路管理所",
            one_year(300, 300, 0), [goal], dept="鹭埠县交通运输局（208）")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "绩效目标值", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "新建临水临崖路段护栏长度",
         mk("≥32公里", "D104", "warning", note="年度目标写36公里")),
        (None, "质量指标", "护栏安装验收合格率", "≥95%"),
        (None, "时效指标", "护栏工程完工时间",
         mk("2026年6月30日前", "Y102", "error", alt=("Y103",),
            note="一年期项目（2025年），完工期限落在下一年")),
        (None, "成本指标", "护栏单位造价",
         mk("≤10万元/公里", "B107", "warning", note="32公里×10万元=320万元，超过年度资金300万元")),
        ("效益指标", "社会效益指标", "临水临崖路段交通事故死亡人数", "比上年下降"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfk03-guardrail-multi-year",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 "
    "columns, the period's counts beside smaller annual ones, a later year named (correct)",
)
def guardrail_multi_year() -> Book:
    b, s = start()
    goals = (
        "2025—2027年新建村道护栏120公里，改造老旧护栏30公里，临水临崖隐患路段处治率100%。",
        "2025年新建村道护栏40公里、改造老旧护栏10公里，为2028年全县村道安全评估积累数据。",
    )
    project(s, 2025, "栎桥县村道护栏三年提升行动", UNIT,
            multi_year((1080, 960, 120), (360, 320, 40)), goals,
            years=3, attr="新增项目")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "新建村道护栏长度", "≥120公里", "≥40公里"),
        (None, None, "改造老旧护栏长度", "≥30公里", "≥10公里"),
        (None, "质量指标", "护栏验收合格率", pct(1), pct(1)),
        (None, "时效指标", "建设任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        (None, "成本指标", "新建护栏综合造价", "≤8万元/公里", "≤8万元/公里"),
        (None, None, "老旧护栏改造造价", "≤3万元/公里", "≤3万元/公里", "40×8+10×3=350"),
        ("效益指标", "社会效益指标", "临水临崖隐患路段处治率", pct(1), "≥35%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：年度处治率为当年处治路段占三年计划处治路段的比例。")
    return b


@variant(
    "kfk04-guardrail-period-wrong",
    (8,),
    "two-year project, OLD-NAT, 中期 and 年度 "
    "columns: an annual length above the period's, a count copied, last year's deadline",
)
def guardrail_period_wrong() -> Book:
    b, s = start()
    goals = (
        "两年内完成全县村道隐患排查，新建护栏50公里，建成示范路段8条。",
        "2025年新建护栏、打造示范路段，完成重点路段隐患排查。",
    )
    project(s, 2025, "柘岭片区村道安防示范工程", UNIT,
            multi_year((500, 450, 50), (260, 240, 20)), goals, years=2)  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "新建护栏长度", "≥50公里",
         mk("≥60公里", "D201", "error", note="年度60公里超过两年合计50公里")),
        (None, None, "安防示范路段", "≥8条",
         mk("≥8条", "D202", "warning", note="累计数量照抄中期值")),
        (None, "质量指标", "护栏验收合格率", pct(1), pct(1)),
        (None, "时效指标", "隐患路段排查完成时间", "2026年10月31日前",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103",),
            note="上一年度的期限遗留，不在项目期2025—2026年内")),
        (None, "成本指标", "护栏综合造价", "≤4万元/公里", "≤4万元/公里"),
        ("效益指标", "社会效益指标", "示范路段交通事故起数下降率", "≥15%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfk05-guardrail-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one "
    "value column, the same indicator with different values in each (correct)",
)
def guardrail_stacked() -> Book:
    b, s = start()
    project(s, 2025, "汀垣镇村道护栏安装项目", "汀垣镇人民政府", one_year(96, 90, 6),
            ["在汀垣镇村道安装护栏12公里，年内完成。"], dept="栎桥县交通运输局（314）")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "护栏安装长度", "≥12公里"),
        (None, "质量指标", "护栏验收合格率", "=100%"),
        (None, "时效指标", "完工时间", "2025年10月31日前"),
        (None, "成本指标", "护栏综合造价", "≤8万元/公里", "12×8=96万元"),
        ("效益指标", "社会效益指标", "村道交通事故死亡人数", "比上年下降"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, 2025, "苎麻乡村道护栏安装项目", "苎麻乡人民政府", one_year(60, 60, 0),
            ["在苎麻乡临水路段安装护栏7.5公里，年内完成。"], title="")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "护栏安装长度", "≥7.5公里"),
        (None, "质量指标", "护栏验收合格率", "=100%"),
        (None, "时效指标", "完工时间", "2025年9月30日前"),
        (None, "成本指标", "护栏综合造价", "≤8万元/公里"),
        ("效益指标", "社会效益指标", "临水路段车辆落水事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfk06-guardrail-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT: the second's "
    "total is not its parts, one indicator twice with two values",
)
def guardrail_stacked_wrong() -> Book:
    b, s = start()
    project(s, 2025, "蕨塘乡村道护栏项目", "蕨塘乡人民政府", one_year(72, 72, 0),
            ["在蕨塘乡村道安装护栏9公里。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "护栏安装长度", "≥9公里"),
        (None, "质量指标", "护栏验收合格率", "=100%"),
        (None, "时效指标", "完工时间", "2025年10月31日前"),
        (None, "成本指标", "护栏综合造价", "≤8万元/公里"),
        ("效益指标", "社会效益指标", "村道交通事故起数", "比上年下降"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(150, WAN), "B101", "error", row=True, note="120+20=140，不是150")
    rows = [("年度资金总额", total, "其中：财政拨款", money(120, WAN)),
            (None, None, "其他资金", money(20, WAN))]  # fmt: skip
    project(s, 2025, "鹊垭镇临水临崖路段护栏项目", "鹊垭镇人民政府", rows,
            ["在鹊垭镇临水临崖路段安装护栏15公里。"], title="")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "临水临崖路段护栏安装长度", "≥15公里"),
        (None, None, "临水临崖路段护栏安装长度（公里）",
         mk("≥12公里", "D102", "error", row=True, alt=("D103", "D101"),
            note="同一指标两次，15公里与12公里")),
        (None, "质量指标", "护栏验收合格率", "=100%"),
        (None, "时效指标", "完工时间", "2025年11月30日前"),
        (None, "成本指标", "护栏综合造价", "≤8万元/公里"),
        ("效益指标", "社会效益指标", "车辆冲出路外事故", "比上年下降"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b
