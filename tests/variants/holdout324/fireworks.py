"""Fireworks retail and wholesale supervision: percent cells, stacked projects, flat lists."""

from __future__ import annotations

from tests.variants.holdout324.common import (
    HEAD4,
    HEAD6,
    YEAR,
    book,
    department,
    indicators,
    project,
    sign,
    wan,
)
from tests.variants.holdout324.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "tv01-retail-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed "
    "percent cells, 万元 only in the number format (correct)",
)
def tv01() -> Book:
    b, s = book()
    project(
        s,
        name="烟花爆竹零售网点春节前专项检查",
        dept="栎川县应急管理局 317021",
        unit="栎川县应急管理综合行政执法大队",
        money=[
            ("年度资金总额", wan(86), "其中：财政拨款", wan(80)),
            ("其他资金", wan(6), None, None),
        ],
        goals=[
            "春节前完成全县420家次零售网点检查，隐患整改率不低于95%，经营环节不发生火灾爆炸事故。"
        ],
    )
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "零售网点春节前检查家次", "≥", 420, "家次"),
        (None, None, "批发企业及仓库专项检查", "≥", 12, "家次"),
        (None, "质量指标", "检查发现隐患整改率", "≥", pct(0.95), "%"),
        (None, None, "执法文书制作规范率", "=", pct(1), "%"),
        (None, "时效指标", "隐患整改复查时限", "≤", 15, "工作日"),
        (None, "成本指标", "零售网点检查单位成本", "≤", 1200, "元/家次"),
        ("效益指标", "社会效益指标", "经营环节火灾爆炸事故起数", "≤", 0, "起"),
        (None, None, "非法经营举报查处率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "零售网点安全管理长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "经营单位对执法服务满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邬青禾", "0837-6125418", day(YEAR - 1, 12, 9))
    return b


@variant(
    "tv02-warehouse-rates",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, typed "
    "percent cells: a coverage rate over 100 %, a rate given as a count, an accident rate "
    "with ≥",
)
def tv02() -> Book:
    b, s = book()
    project(
        s,
        name="烟花爆竹批发仓库安全监管",
        dept="栎川县应急管理局 317021",
        unit="栎川县应急管理局危险化学品和烟花爆竹监管股",
        money=[
            ("年度资金总额", wan(42), "其中：财政拨款", wan(40)),
            ("其他资金", wan(2), None, None),
        ],
        goals=["对全县3家批发企业仓库开展每季度全覆盖检查，消除超量储存、防雷失效等隐患。"],
    )
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "批发企业仓库检查家次", "≥", 36, "家次"),
        (None, "质量指标", "仓库防雷检测覆盖率", "≥",
         mk(pct(1.05), "T106", "error", note="a coverage rate cannot exceed 100 %"), "%"),
        (None, None, "仓库隐患整改率", "≥",
         mk(28, "T105", "error", note="a 整改率 given as a count of items"), "项"),
        (None, "时效指标", "检查报告出具时限", "≤", 5, "工作日"),
        (None, "成本指标", "单家次检查成本", "≤", 2500, "元/家次"),
        ("效益指标", "社会效益指标", "仓库火灾事故发生率",
         mk("≥", "T108", "warning", row=True, note="an accident rate is 反向 but takes ≥"),
         pct(0.01), "%"),
        (None, None, "超量储存问题整改", "定性", "到位", None),
        ("满意度指标", "服务对象满意度指标", "批发企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邬青禾", "0837-6125418", day(YEAR - 1, 12, 10))
    return b


@variant(
    "tv03-stacked-patrol",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator name with different values in each (correct)",
)
def tv03() -> Book:
    b, s = book("绩效目标表")
    project(
        s,
        name="烟花爆竹禁放区域巡查",
        dept="蔺江区应急管理局 402006",
        unit="蔺江区安全生产监察中队",
        money=[
            ("年度资金总额", wan(38), "其中：财政拨款", wan(35)),
            ("其他资金", wan(3), None, None),
        ],
        goals=["全年在禁放区域开展巡查不少于240次，燃放投诉较上年下降。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "禁放区域巡查次数", "≥240次"),
        (None, "质量指标", "台账记录完整率", "≥95%"),
        (None, "时效指标", "重点时段巡查到岗及时率", "≥98%"),
        (None, "成本指标", "单次巡查成本", "≤1500元/次"),
        ("效益指标", "社会效益指标", "禁放区燃放投诉下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(
        s,
        title="",
        name="烟花爆竹流向信息系统运维",
        dept="蔺江区应急管理局 402006",
        unit="蔺江区应急管理局信息中心",
        money=[
            ("年度资金总额", wan(24), "其中：财政拨款", wan(24)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["保障流向信息系统全年稳定运行，批发企业流向数据全部按时登记。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "系统接入批发企业数", "≥6家"),
        (None, "质量指标", "台账记录完整率", "≥98%"),
        (None, "时效指标", "系统故障响应时间", "≤2小时"),
        (None, "成本指标", "年度运维费用", "≤24万元"),
        ("效益指标", "社会效益指标", "流向信息登记率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "企业用户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "tv04-stacked-licence",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the "
    "second project's money does not add up and its satisfaction is a head count",
)
def tv04() -> Book:
    b, s = book("绩效目标表")
    project(
        s,
        name="烟花爆竹零售从业人员安全培训",
        dept="蔺江区应急管理局 402006",
        unit="蔺江区安全生产宣传教育中心",
        money=[
            ("年度资金总额", wan(18), "其中：财政拨款", wan(18)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["完成零售网点负责人及安全员培训600人次，考核合格率不低于95%。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "培训零售从业人员", "≥600人次"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "2025年12月20日前"),
        (None, "成本指标", "人均培训成本", "≤280元/人次"),
        ("效益指标", "社会效益指标", "从业人员安全知识知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    bad = mk(wan(31), "B101", "error", row=True, note="26 + 3 = 29, not 31")
    project(
        s,
        title="",
        name="烟花爆竹经营许可现场核查",
        dept="蔺江区应急管理局 402006",
        unit="蔺江区行政审批服务科",
        money=[("年度资金总额", bad, "其中：财政拨款", wan(26)), ("其他资金", wan(3), None, None)],
        goals=["完成全区零售经营许可申请现场核查不少于300件，办结时限不超过法定时限。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "许可现场核查件数", "≥300件"),
        (None, "质量指标", "核查意见规范率", "≥95%"),
        (None, "时效指标", "现场核查办结时限", "≤10个工作日"),
        (None, "成本指标", "单件核查成本", "≤800元/件"),
        ("效益指标", "社会效益指标", "无证经营网点取缔率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "许可申请人满意度",
         mk("120人", "T105", "error", note="a 满意度 given as a head count")),
    ])  # fmt: skip
    return b


@variant(
    "tv05-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "in words · 指标值), a typed percent cell, weights add to 100 (correct)",
)
def tv05() -> Book:
    b, s = book()
    department(
        s,
        dept="岷沙县应急管理局",
        budget=[(wan(640.5), wan(610.5), wan(30), wan(402.3), wan(238.2))],
        tasks=[
            ("烟花爆竹安全监管", "零售网点及批发仓库检查、打非治违", wan(96.2), "不发生较大事故"),
            ("安全生产培训", "企业主要负责人及安全员培训考核", wan(87), "培训合格率≥90%"),
            ("隐患排查治理", "重大隐患挂牌督办、第三方核查", wan(55), "重大隐患按期销号"),
            ("金额合计", None, wan(238.2), None),
        ],
        goal="全年安全生产形势稳定，烟花爆竹经营环节和工矿企业不发生较大以上事故。",
    )
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("烟花爆竹经营单位检查家次", 15, "家次", "大于等于", 380),
        ("安全生产执法检查计划完成率", 15, "%", "大于等于", pct(0.95)),
        ("非法储存烟花爆竹案件下降率", 10, "%", "大于等于", 10),
        ("安全培训考核合格率", 10, "%", "大于等于", 90),
        ("隐患整改闭环率", 15, "%", "大于等于", 95),
        ("较大以上生产安全事故起数", 10, "起", "小于等于", 0),
        ("执法案卷评查优良率", 10, "%", "大于等于", 85),
        ("重大隐患挂牌督办按期销号率", 5, "%", "等于", 100),
        ("服务对象满意度", 10, "%", "大于等于", 90),
    ])  # fmt: skip
    sign(s, "龚晓岚", "0839-5512807", day(YEAR - 1, 11, 20))
    return b


@variant(
    "tv06-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标方向 · 计量单位 · "
    "权重): a unit conflict, a 反向 rate with ≥, weights adding to 95",
)
def tv06() -> Book:
    b, s = book()
    department(
        s,
        dept="岷沙县烟花爆竹安全监管站",
        budget=[(wan(156.8), wan(156.8), wan(0), wan(98.8), wan(58))],
        goal="强化烟花爆竹经营许可和日常监管，许可办理提速，经营环节零事故。",
    )
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标方向", "计量单位", "权重")
    s.table([
        ("零售网点安全检查",
         mk("≥400家次", "T112", "error", row=True, note="value in 家次, unit column 人"),
         "正向", "人", 20),
        ("经营许可办理超时率",
         mk("≥3%", "T108", "warning", row=True, note="a 反向 rate with ≥"), "反向", "%", 10),
        ("打非治违专项行动", "≥4次", "正向", "次", 15),
        ("检查发现隐患整改率", "≥95%", "正向", "%", 10),
        ("经营环节火灾爆炸事故起数", "≤0起", "反向", "起", 10),
        ("许可档案规范率", "≥95%", "正向", "%", 10),
        ("群众举报核查及时率", "≥95%", "正向", "%", 10),
        ("经营单位满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    sign(s, "龚晓岚", "0839-5512807", day(YEAR - 1, 11, 22))
    return b
