"""Driving-school supervision (驾培机构监管): percent cells, stacked projects, flat lists."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout369.common import (
    OPERATOR,
    PROJECT,
    book,
    indicators,
    note,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout369.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "澄岭市交通运输局（417006）"


@variant(
    "vo01-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, typed percent "
    "cells, 万元 in the number format, a 下降率 with ≥ (correct)",
)
def vo01() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="驾培机构质量信誉考核与动态监管",
        dept=DEPT,
        unit="澄岭市道路运输事业发展中心",
        money=one_year(86, 80, 6),
        goals=["完成全市42所驾校年度质量信誉考核，开展教学日志与学时数据抽查。"],
    )
    indicators(s, OPERATOR, [
        ("产出指标", "数量指标", "驾校质量信誉考核覆盖数", "≥", 42, "所"),
        (None, None, "教学学时数据抽查次数", "≥", 4, "次"),
        (None, "质量指标", "考核结果公示准确率", "≥", pct(0.98), "%"),
        (None, None, "电子教学日志数据核验率", "=", pct(1), "%"),
        (None, "时效指标", "考核结果公布时间", "≤", "12月31日前", None),
        (None, "成本指标", "单所驾校考核成本", "≤", 2, "万元/所"),
        ("效益指标", "社会效益指标", "学员有效投诉量下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "驾培监管信用档案更新", "定性", "持续更新", None),
        ("满意度指标", "服务对象满意度指标", "驾培学员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    note(s, "注：学员有效投诉量下降率以2024年受理量为基数，下降幅度以正数填报。")
    sign(s, "贺川宁", "0739-6613852", day(2024, 11, 18))
    return b


@variant(
    "vo02-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, typed "
    "percent cells: a 合格率 over 100 %, a 违规率 with ≥",
)
def vo02() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="机动车驾驶培训教练车技术状况抽检",
        dept=DEPT,
        unit="澄岭市道路运输事业发展中心",
        money=one_year(38, 38, 0),
        goals=["抽检全市教练车600辆，督促驾校整改不合格车辆。"],
    )
    indicators(s, OPERATOR, [
        ("产出指标", "数量指标", "教练车技术状况抽检数量", "≥", 600, "辆"),
        (None, "质量指标", "抽检车辆整改复查合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率不能超过100%，≥105%不可能达到"), "%"),
        (None, "时效指标", "抽检任务完成时间", "≤", "11月30日前", None),
        (None, "成本指标", "单车抽检费用", "≤", 600, "元/辆"),
        ("效益指标", "社会效益指标", "驾校教练车违规使用率",
         mk("≥", "T108", "warning", row=True, note="违规使用率是反向指标，应为≤"),
         pct(0.03), "%"),
        (None, "可持续影响指标", "教练车技术档案建档率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "驾校对抽检工作满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "贺川宁", "0739-6613852", day(2024, 11, 18))
    return b


@variant(
    "vo03-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator with different values in each (correct)",
)
def vo03() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s,
        year=2025,
        name="驾培机构监管服务平台运行维护",
        dept="望川县交通运输局",
        unit="望川县运输服务中心",
        money=one_year(24, 24, 0),
        goals=["保障驾培监管服务平台全年稳定运行，接入全县11所驾校计时终端。"],
    )
    indicators(s, PROJECT, [
        ("产出指标", "数量指标", "接入平台驾校数量", "≥11所"),
        (None, None, "驾培机构现场检查次数", "≥22次"),
        (None, "质量指标", "平台年度可用率", "≥99%"),
        (None, "时效指标", "故障响应时间", "≤4小时"),
        (None, "成本指标", "平台年度运维费用", "≤24万元"),
        ("效益指标", "社会效益指标", "学时数据异常处置率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "驾校使用平台满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        name="驾校教练员继续教育",
        dept="望川县交通运输局",
        unit="望川县运输服务中心",
        money=one_year(9.6, 8, 1.6),
        title="",
        goals=["组织全县教练员继续教育320人，提升教学服务规范水平。"],
    )
    indicators(s, PROJECT, [
        ("产出指标", "数量指标", "继续教育培训教练员人数", "≥320人"),
        (None, None, "驾培机构现场检查次数", "≥6次"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "10月31日前"),
        (None, "成本指标", "人均培训费用", "≤300元/人"),
        ("效益指标", "社会效益指标", "教练员教学投诉率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "参训教练员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "vo04-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the "
    "second project's money does not add up and one rate is given as a count",
)
def vo04() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s,
        year=2025,
        name="驾培行业“黑驾校”专项整治",
        dept="柘溪区交通运输局",
        unit="柘溪区交通运输综合行政执法大队",
        money=one_year(15, 15, 0),
        goals=["联合公安、市场监管部门开展非法驾培专项整治，查处非法招生点。"],
    )
    indicators(s, PROJECT, [
        ("产出指标", "数量指标", "联合执法检查次数", "≥12次"),
        (None, "质量指标", "违法案件依法办结率", "≥95%"),
        (None, "时效指标", "投诉举报核查时限", "≤5个工作日"),
        (None, "成本指标", "专项整治经费", "≤15万元"),
        ("效益指标", "社会效益指标", "非法招生点查处数量", "≥8处"),
        ("满意度指标", "服务对象满意度指标", "群众对整治工作满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    money = [
        ("年度资金总额", mk(wan(46), "B101", "error", note="财政拨款40 + 其他资金5 = 45 ≠ 46"),
         "其中：财政拨款", wan(40)),
        ("其他资金", wan(5), None, None),
    ]  # fmt: skip
    project_head(
        s,
        year=2025,
        name="驾校学员培训资金监管",
        dept="柘溪区交通运输局",
        unit="柘溪区运输服务中心",
        money=money,
        title="",
        goals=["对全区驾校学员培训资金实行第三方存管，按学时分段拨付。"],
    )
    indicators(s, PROJECT, [
        ("产出指标", "数量指标", "纳入资金存管驾校数量", "≥9所"),
        (None, "质量指标", "培训资金存管覆盖率",
         mk("9所", "T105", "error", note="覆盖率是比率，指标值写成了所数")),
        (None, "时效指标", "学时确认后资金拨付时限", "≤3个工作日"),
        (None, "成本指标", "第三方存管服务费", "≤45万元"),
        ("效益指标", "社会效益指标", "培训费纠纷投诉下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
WIDE = (30, 10, 12, 12, 16, 16)


@variant(
    "vo05-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells, 0起 on an accident count (correct)",
)
def vo05() -> Book:
    b, s = book("部门整体", WIDE)
    department_head(
        s,
        year=2025,
        dept="鹭汀县交通运输局",
        budget=[(wan(520), wan(500), wan(20), wan(380), wan(140))],
        goal="加强驾培行业监管，规范驾校经营，提升驾驶人培训质量。",
    )
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    indicators(s, FLAT, [
        ("驾校年度质量信誉考核数量", 10, "所", "≥", 14),
        ("驾培机构“双随机”检查次数", 10, "次", "≥", 28),
        ("教练员从业资格核查率", 15, "%", "=", pct(1)),
        ("学时数据异常处置及时率", 15, "%", "≥", pct(0.95)),
        ("教练车训练区域重大安全事故", 15, "起", "=", 0),
        ("驾培学员有效投诉率", 10, "%", "≤", pct(0.02)),
        ("驾校学员投诉量下降率", 10, "%", "≥", pct(0.08)),
        ("驾培学员满意度", 15, "%", "≥", pct(0.92)),
        ("合计", 100, None, None, None),
    ], merged=())  # fmt: skip
    sign(s, "尹瑶", "0741-3380629", day(2024, 11, 25))
    return b


@variant(
    "vo06-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值): a unit conflict, a 投诉率 with ≥, weights to 85",
)
def vo06() -> Book:
    b, s = book("部门整体", WIDE)
    department_head(
        s,
        year=2025,
        dept="鹭汀县道路运输服务中心",
        budget=[(wan(310), wan(300), wan(10), wan(250), wan(60))],
        goal="落实驾培机构备案与日常监管，推进计时培训全覆盖。",
    )
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    indicators(s, FLAT, [
        ("驾培机构备案审核数量", 15, "所",
         "≥", mk("6万元", "T112", "error", alt=("T119",), note="计量单位列为“所”，值却是万元")),
        ("计时培训终端在线率", 15, "%", "≥", pct(0.95)),
        ("驾培学员投诉率", 15, "%",
         mk("≥", "T108", "warning", row=True, note="投诉率是反向指标，应为≤"), pct(0.02)),
        ("教练员违规行为查处率", 15, "%", "=", pct(1)),
        ("驾校监督检查次数", 10, "次", "≥", 20),
        ("驾培学员满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 85, None, None, None),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+15+15+15+10+15 = 85，应为100（合计行也写85）")
    sign(s, "尹瑶", "0741-3380629", day(2024, 11, 25))
    return b
