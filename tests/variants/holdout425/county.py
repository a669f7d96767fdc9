"""The county's other returns on the sugar beet chain: header words, a second sheet, notes,
page breaks and department money (xs13–xs18)."""

from __future__ import annotations

from tests.variants.holdout425.common import (
    YEAR,
    book,
    department,
    indicators,
    notes,
    one_year,
    project,
    signed,
)
from tests.variants.holdout425.registry import variant
from tests.variants.kit import Book, day, mk, pct

FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("xs13-header-content-standard", (7,),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a 0起 target on a dispute count "
         "(correct)")  # fmt: skip
def xs13() -> Book:
    b, s = book()
    project(s, "甜菜收购质量检测能力提升项目", "霜原县农产品质量安全检测站", one_year(58, 58, 0),
            ["为收购点配备甜菜含糖率快速检测仪6台，实现按质论价结算。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "配备含糖率快速检测仪", "≥6台"),
        (None, None, "检测甜菜样品", "≥20000份"),
        (None, "质量指标", "检测结果复核一致率", "≥98%"),
        (None, "时效指标", "检测结果出具时限", "≤2小时"),
        (None, "成本指标", "每台检测仪购置成本", "≤8万元/台"),
        ("效益指标", "经济效益指标", "按质论价结算覆盖率", "≥95%"),
        (None, "社会效益指标", "收购环节质量纠纷", "0起"),
        ("满意度指标", "服务对象满意度指标", "交售农户满意度", "≥90%"),
    ])  # fmt: skip
    signed(s, "孟玉洁", "0479-6231409")
    return b


@variant("xs14-second-sheet", (7, 4),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值 with a 注 row below; a coverage rate given as a count, a satisfaction "
         "target above 100%")  # fmt: skip
def xs14() -> Book:
    b, s = book("基本信息")
    project(s, "甜菜种植技术服务项目", "霜原县农业技术推广中心", one_year(40, 35, 5),
            ["举办甜菜种植技术培训班20期，新技术到位农户3000户以上。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "举办技术培训班", "≥20期"),
        (None, None, "技术指导覆盖率",
         mk("≥4000户", "T105", "error", note="a 覆盖率 given as a count of households")),
        (None, "质量指标", "农技人员到村指导到位率", "≥95%"),
        (None, "时效指标", "春播技术指导完成时间", "5月15日前"),
        (None, "成本指标", "每期培训费用", "≤1.5万元/期"),
        ("效益指标", "经济效益指标", "指导农户亩均增产", "≥0.3吨"),
        (None, "社会效益指标", "新技术到位农户", "≥3000户"),
        ("满意度指标", "服务对象满意度指标", "受训农户满意度",
         mk("＞100%", "T106", "error", alt=("T114",), note="more than 100% is impossible")),
    ])  # fmt: skip
    notes(t, "注：预期实现值按2025年度计划填写。", width=4)
    return b


@variant("xs15-footnotes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, footnotes "
         "explaining a rate and the total, 填表说明, signature lines with a fill date in the "
         "prior year, a 下降率 with ≥ and a 0起 target (correct)")  # fmt: skip
def xs15() -> Book:
    b, s = book()
    project(
        s,
        "甜菜地膜回收与残膜治理补助项目",
        "霜原县农业生态与资源保护站",
        one_year(75, 60, 15),
        ["回收甜菜田残膜4万亩、600吨以上，当季地膜回收率85%以上。"],
    )
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "残膜回收面积", "≥4万亩"),
        (None, None, "回收残膜", "≥600吨"),
        (None, "质量指标", "当季地膜回收率", "≥85%"),
        (None, "时效指标", "残膜回收完成时间", "11月15日前"),
        (None, "成本指标", "每亩残膜回收补助", "≤15元/亩"),
    ])  # fmt: skip
    notes(s, "（以下效益指标按回收作业结束后抽样测算）", width=4)
    s.table([
        ("效益指标", "生态效益指标", "耕层残膜量较上年下降率", "≥10%"),
        (None, "社会效益指标", "残膜乱堆乱弃事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1. 当季地膜回收率=回收残膜量÷当季地膜使用量×100%。",
          "2. 财政补助=回收面积4万亩×15元/亩=60万元；其他资金15万元为乡镇配套，合计75万元。",
          "填表说明：指标值须写明比较符和计量单位；定性指标填写等级。", width=4)  # fmt: skip
    signed(s, "柴永峰", "0479-6240187", day(YEAR - 1, 12, 3))
    return b


@variant("xs16-page-break", (4, 7),
         "department, NAT-2021, two-row header with a 权重 column, a 产出 subtotal row, the "
         "header row repeated after a page break, a 合计 row (correct)")  # fmt: skip
def xs16() -> Book:
    b, s = book()
    department(s, "霜原县农业机械化服务中心", [(640, 600, 40, 220, 420)],
               "补助甜菜机收6万亩，培训机手300人，甜菜机收率较上年提高5个百分点以上。",
               [("机收作业补助", "甜菜机收作业补助", 300, "机收6万亩"),
                ("机手培训", "收获机机手培训", 24, "培训300人"),
                ("机具维修保养", "收获机维修保养", 96, "维修150台"),
                ("金额合计", None, 420, None)])  # fmt: skip
    s.row("年度绩效指标", None, None, "目标", None, merge=[(1, 3), (4, 5)])
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
    indicators(s, head, [
        ("产出指标", "数量指标", "机收作业补助面积", "≥6万亩", 15),
        (None, None, "培训收获机机手", "≥300人", 10),
        (None, "质量指标", "机收作业质量合格率", "≥95%", 15),
        (None, "时效指标", "补助资金兑付时间", "12月20日前", 10),
        ("产出指标小计", None, None, None, 50),
    ])  # fmt: skip
    s.skip()
    s.row(*head)
    s.table([
        ("成本指标", "经济成本指标", "每亩机收作业补助", "≤50元/亩", 10),
        ("效益指标", "经济效益指标", "机收亩均节本", "≥60元", 15),
        (None, "社会效益指标", "甜菜机收率较上年提高", "≥5百分点", 10),
        (None, "可持续影响指标", "机收作业服务长效机制", "健全", 5),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    signed(s, "魏长河", "0479-6227716")
    return b


@variant("xs17-department-money", (12,),
         "department, NAT-2021 with 成本指标 first: budget with a row of percent-typed shares, "
         "key tasks adding to the 金额合计 = 项目支出 (correct)")  # fmt: skip
def xs17() -> Book:
    b, s = book()
    department(s, "霜原县农业农村局", [
        (1200, 1080, 120, 420, 780),
        (pct(1), pct(0.9), pct(0.1), pct(0.35), pct(0.65)),
    ], "稳定甜菜种植6万亩，推进甜菜收获全程机械化，种植户亩均纯收益600元以上。", [
        ("甜菜良种推广", "丸粒化良种补贴", 180, "推广良种2.5万亩"),
        ("纸筒育苗移栽示范", "育苗移栽补助", 96, "示范2000亩"),
        ("机收作业补助", "甜菜机收作业补助", 300, "机收6万亩"),
        ("收获机购置累加补贴", "累加补贴收获机", 204, "补贴收获机10台以上"),
        ("金额合计", None, 780, None),
    ])  # fmt: skip
    indicators(s, FOUR, [
        ("成本指标", "经济成本指标", "甜菜机收作业补助标准", "≤50元/亩"),
        ("产出指标", "数量指标", "良种推广面积", "≥2.5万亩"),
        (None, None, "机收作业补助面积", "≥6万亩"),
        (None, "质量指标", "补贴机具鉴定合格率", "=100%"),
        (None, "时效指标", "补贴资金兑付及时率", "≥95%"),
        ("效益指标", "经济效益指标", "甜菜种植亩均纯收益", "≥600元"),
        (None, "社会效益指标", "甜菜机收率较上年提高", "≥5百分点"),
        (None, "生态效益指标", "农药使用量较上年下降率", "≥3%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    signed(s, "邢晓东", "0479-6200921")
    return b


@variant("xs18-department-money-wrong", (12, 11),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to the "
         "金额合计, a disease incidence rate with ≥")  # fmt: skip
def xs18() -> Book:
    b, s = book()
    total = mk(560, "B101", "error", row=True, note="基本支出 200 + 项目支出 380 = 580")
    department(s, "霜原县农业技术推广中心", [(total, 520, 40, 200, 380)],
               "推广甜菜绿色高产技术，残膜回收4万亩，测土配方施肥3万亩。", [
        ("残膜治理", "地膜回收补助", 75, "回收4万亩"),
        ("种植技术服务", "技术培训指导", 40, "培训20期"),
        ("测土配方施肥", "土样检测与配方", 45, "施肥3万亩"),
        ("膜下滴灌补助", "滴灌设施补助", 200, "建设滴灌7000亩"),
        ("金额合计", None,
         mk(380, "B102", "error", row=True, note="75 + 40 + 45 + 200 = 360"), None),
    ])  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "残膜回收面积", "≥4万亩"),
        (None, None, "测土配方施肥面积", "≥3万亩"),
        (None, "质量指标", "当季地膜回收率", "≥85%"),
        (None, "时效指标", "春播技术指导完成时间", "5月15日前"),
        ("成本指标", "经济成本指标", "每亩残膜回收补助", "≤15元/亩"),
        ("效益指标", "经济效益指标", "示范田亩均增产", "≥0.3吨"),
        (None, "生态效益指标", "甜菜褐斑病发生率",
         mk("≥8%", "T108", "warning", row=True, note="an incidence rate is 反向: ≤ expected")),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    signed(s, "谷新民", "0479-6209634")
    return b
