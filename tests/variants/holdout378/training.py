"""Returns vx01–vx06: tour-guide training projects (percent cells, stacked projects, 中期/年度)."""

from __future__ import annotations

from tests.variants.holdout378.common import funds, indicators, period_funds, project, sign, start
from tests.variants.holdout378.registry import variant
from tests.variants.kit import Book, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "vx01-train-percent",
    (1,),
    "project, NAT-2021, operator and unit columns, rates typed "
    "as percent cells, =100% at the ceiling, a 下降率 with ≥ (correct)",
)
def train_percent() -> Book:
    b, s = start()
    project(
        s,
        "全市持证导游岗位能力提升培训",
        "澄岭市旅游服务质量监督所",
        funds(86, 80, 6),
        ["完成600名持证导游岗位能力培训，考核合格率不低于95%，提升导游讲解和应急处置能力。"],
    )
    s.row("绩效指标", merge=[(1, 6)])
    indicators(s, OP_HEAD, [
        ("成本指标", "经济成本指标", "人均培训成本", "≤", 1200, "元/人"),
        ("产出指标", "数量指标", "导游岗位能力培训人数", "≥", 600, "人"),
        (None, None, "培训课时", "≥", 48, "学时"),
        (None, "质量指标", "培训考核合格率", "≥", pct(0.95), "%"),
        (None, None, "授课师资持证上岗率", "=", pct(1), "%"),
        (None, "时效指标", "培训按期完成率", "≥", pct(0.95), "%"),
        ("效益指标", "社会效益指标", "参训导游服务质量投诉下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "导游继续教育长效机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参训导游满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "蔺秋禾", "0739-6628143")
    return b


@variant(
    "vx02-train-percent-wrong",
    (1, 12),
    "project, NAT-2021, operator and unit columns, "
    "a typed percent over 100 and a money total that does not add up",
)
def train_percent_wrong() -> Book:
    b, s = start()
    total = mk(money(64, '0.00"万元"'), "B101", "error", note="58 + 8 = 66, not 64")
    project(
        s,
        "红色旅游景区讲解员专题培训",
        "澄岭市导游服务中心",
        funds(total, 58, 8),
        ["组织红色旅游景区讲解员专题培训400人，规范讲解词，提升讲解水平。"],
    )
    s.row("绩效指标", merge=[(1, 6)])
    over = mk(pct(1.05), "T106", "error", note="a pass rate typed as 105%")
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "讲解员培训人数", "≥", 400, "人"),
        (None, None, "编印规范讲解词", "≥", 12, "篇"),
        (None, "质量指标", "培训考核通过率", "≥", over, "%"),
        (None, None, "讲解词审校规范率", "≥", pct(0.96), "%"),
        (None, "时效指标", "培训按期完成率", "≥", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤", 1000, "元/人"),
        ("效益指标", "社会效益指标", "红色景区讲解服务规范化水平", "定性", "有效提升", None),
        ("满意度指标", "服务对象满意度指标", "参训讲解员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "倪向晚", "0739-6620517")
    return b


def _stack_rows(people: int, rate: object, cost: int, sat: str) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "培训导游人数", f"≥{people}人"),
        (None, "质量指标", "培训覆盖率", rate),
        (None, "时效指标", "培训按期完成率", "≥95%"),
        (None, "成本指标", "人均培训成本", f"≤{cost}元/人"),
        ("效益指标", "社会效益指标", "导游讲解规范程度", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", sat),
    ]  # fmt: skip


@variant(
    "vx03-train-stacked",
    (2,),
    "two training projects stacked in one sheet, OLD-NAT, one "
    "value column, the same indicator names with different values (correct)",
)
def train_stacked() -> Book:
    b, s = start()
    project(s, "雁湄县乡村旅游导游培训", "雁湄县文化和旅游服务中心", funds(36, 30, 6),
            ["培训乡村旅游导游300人，培训覆盖全县持证乡村导游。"])  # fmt: skip
    indicators(s, ONE_HEAD, _stack_rows(300, "≥90%", 1000, "≥90%"))
    s.skip()
    project(s, "岫川区研学旅行指导师培训", "岫川区文化和旅游服务中心", funds(27, 27, 0),
            ["培训研学旅行指导师150人，规范研学课程讲解。"], title="")  # fmt: skip
    indicators(s, ONE_HEAD, _stack_rows(150, "≥85%", 1500, "≥88%"))
    sign(s, "郜清漪", "0739-5513082")
    return b


@variant(
    "vx04-train-stacked-wrong",
    (2, 12),
    "two training projects stacked, OLD-NAT: the "
    "second one's money does not add up, a rate given as a count, cost × count over money",
)
def train_stacked_wrong() -> Book:
    b, s = start()
    project(s, "澄岭市导游外语讲解能力培训", "澄岭市导游服务中心", funds(52, 46, 6),
            ["培训外语导游200人，提升入境游接待讲解能力。"])  # fmt: skip
    indicators(s, ONE_HEAD, _stack_rows(200, "≥90%", 2000, "≥90%"))
    s.skip()
    total = mk(money(45, '0.00"万元"'), "B101", "error", note="40 + 8 = 48, not 45")
    project(s, "澄岭市景区讲解员轮训", "澄岭市景区管理服务中心", funds(total, 40, 8),
            ["轮训A级景区讲解员400人。"], title="")  # fmt: skip
    rows = _stack_rows(400, mk("320人", "T105", "error", note="a coverage rate as a head count"),
                       1500, "≥90%")  # fmt: skip
    rows[3] = (
        None,
        "成本指标",
        "人均培训成本",
        mk("≤1500元/人", "B107", "warning", row=True, note="1500 × 400 = 60万 > 45万"),
    )
    indicators(s, ONE_HEAD, rows)
    sign(s, "郜清漪", "0739-5513082")
    return b


@variant(
    "vx05-train-multiyear",
    (8,),
    "three-year training project, NAT-2021, 中期 and 年度 "
    "columns: counts a third of the period, rates and unit costs equal (correct)",
)
def train_multiyear() -> Book:
    b, s = start()
    project(s, "全市导游人才梯队培养计划", "澄岭市导游服务中心", period_funds((240, 210, 30),
            (80, 70, 10)), ["2025年—2027年累计培养导游1800人，建成导游人才梯队。",
            "2025年培养导游600人，建立导游培训课程库。"], years=3)  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "培养导游人数", "≥1800人", "≥600人"),
        (None, None, "开发培训课程", "≥60门", "≥20门"),
        (None, "质量指标", "结业考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度培训计划按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "人均培养成本", "≤1200元/人", "≤1200元/人"),
        ("效益指标", "社会效益指标", "中高级导游占持证导游比例", "≥20%", "≥12%"),
        ("满意度指标", "服务对象满意度指标", "参训导游满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蔺秋禾", "0739-6628143")
    return b


@variant(
    "vx06-train-multiyear-wrong",
    (8,),
    "two-year training project, NAT-2021, 中期 and 年度 "
    "columns: an annual count above its period count, two counts copied",
)
def train_multiyear_wrong() -> Book:
    b, s = start()
    project(s, "智慧导游线上培训平台建设", "澄岭市导游服务中心", period_funds((150, 130, 20),
            (75, 65, 10)), ["两年内建成线上培训平台，累计培训导游1000人次。",
            "上线平台一期，开发线上课程。"], years=2)  # fmt: skip
    note = "a cumulative count copied from the 中期 column"
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "线上培训导游人次", "≥1000人次",
         mk("≥1000人次", "D202", "warning", note=note)),
        (None, None, "开发线上课程", "≥40门", mk("≥40门", "D202", "warning", note=note)),
        (None, None, "授牌导游实训基地", "≥6个",
         mk("≥8个", "D201", "error", note="8 bases in a year of a 6-base period")),
        (None, "质量指标", "课程审核通过率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "人次培训成本", "≤600元/人次", "≤600元/人次"),
        ("效益指标", "社会效益指标", "导游线上学习参与率", "≥80%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "平台用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蔺秋禾", "0739-6628143")
    return b
