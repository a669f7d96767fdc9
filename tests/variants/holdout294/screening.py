"""Returns sr01–sr06: 两癌筛查 and 新生儿疾病筛查 (projects, stacked projects, flat lists)."""

from __future__ import annotations

from tests.variants.holdout294.common import (
    T6,
    YEAR,
    book,
    department,
    funds,
    note,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout294.registry import variant
from tests.variants.kit import Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")

SR01 = [
    ("产出指标", "数量指标", "宫颈癌筛查人数", "≥", 12000, "人"),
    (None, None, "乳腺癌筛查人数", "≥", 12000, "人"),
    (None, "质量指标", "筛查阳性病例随访率", "≥", pct(0.95), "%"),
    (None, None, "筛查信息录入完整率", "≥", pct(0.98), None),
    (None, "时效指标", "年度筛查任务完成时间", "≤", day(YEAR, 11, 30), None),
    (None, "成本指标", "宫颈癌筛查人均补助标准", "≤", 36, "元/人"),
    (None, None, "乳腺癌筛查人均补助标准", "≤", 36, "元/人"),
    ("效益指标", "社会效益指标", "两癌早诊率", "≥", pct(0.9), "%"),
    (None, None, "晚期病例构成比下降幅度", "≥", 3, "百分点"),
    (None, "可持续影响指标", "筛查阳性转诊随访机制", "定性", "健全", None),
    ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥", pct(0.9), "%"),
]


@variant(
    "sr01-cancer-percent",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent "
    "cells typed in Excel, 万元 in the number format, a change in 百分点 (correct)",
)
def sr01() -> Book:
    b, s = book()
    project(
        s,
        "农村适龄妇女宫颈癌和乳腺癌筛查",
        "鹤汀县卫生健康局 417",
        "鹤汀县妇幼保健院",
        funds(wan(86.4), wan(80), wan(6.4)),
        ["为全县35—64岁农村适龄妇女各12000人次提供宫颈癌、乳腺癌免费检查，阳性病例全部随访。"],
    )
    table(s, OPS, SR01)
    sign(s, "葛岚芝", "0736-5812047", day(YEAR - 1, 12, 3))
    return b


SR02 = [
    ("产出指标", "数量指标", "低保妇女乳腺癌检查人数", "≥", 5000, "人"),
    (None, None, "低保妇女宫颈癌检查人数", "≥", 5000, "人"),
    (None, "质量指标", "阳性病例追踪管理率", "≥",
     mk(pct(1.05), "T106", "error", note="105% on a 管理率 capped at 100%"), "%"),
    (None, None, "细胞学检查结果漏报率", mk("≥", "T108", "warning", row=True,
     note="a 漏报率 is 反向: it takes ≤"), pct(0.02), "%"),
    (None, "时效指标", "检查结果告知及时率", "≥", pct(0.95), "%"),
    (None, "成本指标", "人均检查费用", "≤", 60, "元/人"),
    ("效益指标", "社会效益指标", "两癌防治知识知晓率", "≥", pct(0.85), "%"),
    ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥", pct(0.9), "%"),
]  # fmt: skip


@variant(
    "sr02-cancer-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, a typed percent over 100 and a 反向 rate with ≥",
)
def sr02() -> Book:
    b, s = book()
    project(
        s,
        "城乡低保妇女两癌检查",
        "苇渚县卫生健康局 203",
        "苇渚县妇幼保健计划生育服务中心",
        funds(wan(60), wan(55), wan(5)),
        ["为城乡低保家庭妇女各5000人次提供乳腺癌、宫颈癌检查，早发现、早治疗。"],
    )
    table(s, OPS, SR02)
    sign(s, "邝敏秋", "0736-4470926", day(YEAR - 1, 11, 22))
    return b


def _newborn(proj: tuple[str, ...], rate: str, cost: int, extra: tuple[str, str]) -> list[
        tuple[object, ...]]:  # fmt: skip
    return [
        ("产出指标", "数量指标", "筛查新生儿人数", "≥3500人"),
        (None, "质量指标", "筛查率", rate),
        (None, None, extra[0], extra[1]),
        (None, "时效指标", "筛查结果反馈时间", "≤10个工作日"),
        (None, "成本指标", "人均筛查费用", f"≤{cost}元/人"),
        ("效益指标", "社会效益指标", f"{proj[0]}早期干预率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "新生儿家长满意度", "≥90%"),
    ]


STACK = (
    ("新生儿遗传代谢病筛查", "遗传代谢病确诊患儿", "≥98%", 120, ("可疑阳性召回率", "≥95%"),
     (42, 40, 2)),
    ("新生儿听力筛查", "听力障碍患儿", "≥95%", 60, ("初筛未通过复筛率", "≥90%"), (21, 21, 0)),
    ("新生儿先天性心脏病筛查", "先心病确诊患儿", "≥96%", 40, ("阳性病例超声确诊率", "≥95%"),
     (14, 12, 2)),
)  # fmt: skip


@variant(
    "sr03-newborn-stacked",
    (2,),
    "three newborn-screening projects stacked in one sheet, "
    "OLD-NAT, one value column, the same indicator names with different values (correct)",
)
def sr03() -> Book:
    b, s = book("新生儿筛查")
    for i, (name, child, rate, cost, extra, m) in enumerate(STACK):
        if i:
            s.skip()
        project(
            s,
            name,
            "芷阳区卫生健康局 118",
            "芷阳区妇幼保健院",
            funds(wan(m[0]), wan(m[1]), wan(m[2])),
            [f"完成全区3500名新生儿{name[3:]}，{child}及时干预。"],
            title=None if i == 0 else "",
        )
        table(s, T6, _newborn((child,), rate, cost, extra))
    sign(s, "祁若兰", "0739-3305162", day(YEAR - 1, 12, 9))
    return b


SR04_A = [
    ("产出指标", "数量指标", "新生儿遗传代谢病筛查人数", "≥2800人"),
    (None, "质量指标", "新生儿遗传代谢病筛查率", "≥98%"),
    (None, "时效指标", "血片送检时间", "≤5天"),
    (None, "成本指标", "人均筛查费用", "≤120元/人"),
    ("效益指标", "社会效益指标", "确诊患儿规范治疗率", "≥90%"),
    ("满意度指标", "服务对象满意度指标", "新生儿家长满意度", "≥90%"),
]
SR04_B = [
    ("产出指标", "数量指标", "新生儿家庭访视人数", "≥2800人"),
    (None, "质量指标", "新生儿访视覆盖率",
     mk("≥2800人", "T105", "error", note="a 覆盖率 given as a count of people")),
    (None, None, "访视记录规范填写率", "≥95%"),
    (None, "时效指标", "年度访视数据汇总上报时间",
     mk(day(YEAR + 1, 3, 31), "Y102", "error",
        note="a one-year 2025 project (ends 2025-12-31) with a deadline in March 2026")),
    (None, "成本指标", "每名新生儿访视补助", "≤100元/人"),
    ("效益指标", "社会效益指标", "新生儿访视发现问题转诊率", "≥95%"),
    ("满意度指标", "服务对象满意度指标", "产妇家庭满意度", "≥90%"),
]  # fmt: skip


@variant(
    "sr04-newborn-stacked-wrong",
    (2, 12),
    "two newborn projects stacked, OLD-NAT, one "
    "value column: the second one's money, a rate as a count and a date after the project",
)
def sr04() -> Book:
    b, s = book()
    project(
        s,
        "新生儿遗传代谢病筛查",
        "渌川区卫生健康局 305",
        "渌川区妇幼保健院",
        funds(wan(33.6), wan(30), wan(3.6)),
        ["完成辖区2800名新生儿遗传代谢病筛查，确诊患儿及时规范治疗。"],
    )
    table(s, T6, SR04_A)
    s.skip()
    total = mk(wan(35), "B101", "error", note="财政拨款 30 + 其他资金 8 = 38, not 35")
    project(
        s,
        "新生儿家庭访视",
        "渌川区卫生健康局 305",
        "渌川区妇幼保健院",
        funds(total, wan(30), wan(8)),
        ["为辖区2800名新生儿提供出院后家庭访视，发现问题及时转诊。"],
        title="",
    )
    table(s, T6, SR04_B)
    note(s, "注：访视补助按实际访视人数结算。", 4)
    return b


CANCER_TASKS = [
    ("两癌筛查", "城乡适龄妇女宫颈癌、乳腺癌检查", wan(128.3), "检查16000人"),
    ("妇女保健培训", "基层妇女保健人员业务培训", wan(36), "培训600人次"),
    ("更年期保健", "更年期保健门诊与健康讲座", wan(46), "服务4000人次"),
    ("金额合计", None, wan(210.3), None),
]
SR05 = [
    ("指标名称", "权重", "计量单位", "指标性质", "指标值"),
    ("两癌筛查人数", 15, "人", "≥", 16000),
    ("两癌筛查人均成本", 10, "元/人", "≤", 80),
    ("基层妇女保健人员培训人次", 10, "人次", "≥", 600),
    ("筛查阳性病例随访率", 15, "%", "≥", 95),
    ("晚期宫颈癌检出比例下降率", 10, "%", "≥", 5),
    ("筛查相关医疗纠纷", 10, "起", "≤", 0),
    ("两癌防治知识知晓率", 10, "%", "≥", pct(0.85)),
    ("更年期保健门诊服务人次", 10, "人次", "≥", 4000),
    ("服务对象满意度", 10, "%", "≥", 90),
]


@variant(
    "sr05-cancer-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator · 指标值), a 下降率 with ≥, 0 incidents, weights add to 100 (correct)",
)
def sr05() -> Book:
    b, s = book()
    department(
        s,
        "砚湖市妇女保健所",
        (wan(612.8), wan(580.8), wan(32), wan(402.5), wan(210.3)),
        "做好全市城乡适龄妇女两癌筛查、基层培训和更年期保健，提升妇女健康水平。",
        CANCER_TASKS,
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.table(SR05)
    note(s, "说明：指标性质填比较符；0起指全年不发生筛查相关医疗纠纷。", 5)
    sign(s, "闵秀芹", "0735-6628140", day(YEAR - 1, 11, 26))
    return b


NB_TASKS = [
    ("血片检测", "新生儿遗传代谢病血片实验室检测", wan(152), "检测38000份"),
    ("质量控制", "实验室室内质控与室间质评", wan(18.5), "室间质评成绩合格"),
    ("随访管理", "阳性患儿召回、确诊与随访", wan(29.5), "召回率≥95%"),
    ("金额合计", None, wan(200), None),
]
SR06 = [
    ("指标名称", "指标值", "指标性质", "计量单位", "权重"),
    ("血片实验室检测量",
     mk("≥38000份", "T112", "error", row=True, note="份 in the value, 万元 in the unit column"),
     "正向", "万元", 15),
    ("每份血片检测成本", "≤40", "反向", "元/份", 10),
    ("可疑阳性患儿召回率", "≥95", "正向", "%", 15),
    ("血片标本不合格率",
     mk("≥1.5", "T108", "warning", row=True, note="反向 in the direction column, ≥ in the value"),
     "反向", "%", 10),
    ("检测报告发放时间", "≤7", "反向", "工作日", 10),
    ("室间质评合格率", "=100", "正向", "%", 10),
    ("确诊患儿规范治疗率", "≥90", "正向", "%", 10),
    ("新生儿家长满意度", "≥90", "正向", "%", 5),
]  # fmt: skip


@variant(
    "sr06-newborn-flat-wrong",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as "
    "direction · 计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights adding to 85",
)
def sr06() -> Book:
    b, s = book()
    department(
        s,
        "澄渚市新生儿疾病筛查中心",
        (wan(486), wan(470), wan(16), wan(286), wan(200)),
        "完成全市新生儿遗传代谢病血片检测和阳性患儿召回，保证检测质量。",
        NB_TASKS,
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.table(SR06)
    b.file_mark("W101", "error", note="weights 15+10+15+10+10+10+10+5 = 85, not 100")
    sign(s, "晏春和", "0731-8852093", day(YEAR - 1, 12, 1))
    return b
