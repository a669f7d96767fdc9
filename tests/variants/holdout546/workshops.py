"""Workshops and start-ups: leather goods workshops (皮具车间) set up by returning migrant workers
(cj07-cj12): multi-year projects, flat department lists, conversion artefacts."""

from __future__ import annotations

from tests.variants.holdout546.common import (
    department,
    detail,
    funds,
    indicators,
    notes,
    period_funds,
    project,
    signature,
)
from tests.variants.holdout546.registry import variant
from tests.variants.kit import WAN, Book, mk, money

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
BUREAU = "杉渡县人力资源和社会保障局"


@variant("cj07-workshop-three-years", (8,),
         "three-year project 2025-2027, NAT-2021, 中期 and 年度 columns: counts smaller in the "
         "year, rates and unit costs equal, a 下降率 with ≥ (correct)")  # fmt: skip
def workshop_three_years() -> Book:
    goals = [
        "2025—2027年扶持返乡农民工创办皮具加工车间12个，带动就业600人，车间产品抽检合格率"
        "保持在95%以上。",
        "2025年扶持皮具加工车间4个，带动就业200人，完成车间设备补助和岗前培训。",
    ]
    b, s = project("返乡创业皮具加工车间培育项目", period_funds((300, 260, 40), (100, 85, 15)),
                   goals, years=3, attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "扶持皮具加工车间数", "≥12个", "≥4个"),
        (None, None, "带动返乡人员就业人数", "≥600人", "≥200人"),
        (None, "质量指标", "车间产品抽检合格率", "≥95%", "≥95%"),
        (None, "时效指标", "车间验收完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个车间设备补助标准", "≤20万元/个", "≤20万元/个"),
        ("效益指标", "经济效益指标", "车间务工人员月均工资", "≥3200元", "≥3200元"),
        (None, None, "车间皮料损耗下降率", "≥10%", "≥5%"),
        (None, "可持续影响指标", "扶持车间持续经营率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "车间务工人员满意度", "≥90%", "≥90%"),
    ]
    indicators(s, PERIOD, rows)
    notes(s, "注：中期指标值为2025—2027年累计值，年度指标值为2025年度值。")
    return b


@variant("cj08-workshop-copied-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 text copied from the "
         "中期目标, two cumulative counts copied into the annual column")  # fmt: skip
def workshop_copied_period() -> Book:
    text = "扶持返乡农民工皮具家庭作坊30户，带动就业150人，作坊产品进入县电商平台销售。"
    goals = [text, mk(text, "D204", "warning", note="年度目标 identical to 中期目标")]
    b, s = project("返乡农民工皮具家庭作坊扶持项目", period_funds((150, 135, 15), (50, 45, 5)),
                   goals, years=3, unit="禾湾镇人民政府", attr="新增项目")  # fmt: skip
    copied = "cumulative count of a three-year project copied from the 中期 column"
    rows = [
        ("产出指标", "数量指标", "扶持皮具家庭作坊户数", "≥30户",
         mk("≥30户", "D202", "warning", note=copied)),
        (None, None, "带动就业人数", "≥150人", mk("≥150人", "D202", "warning", note=copied)),
        (None, None, "作坊负责人电商培训人次", "≥90人次", "≥30人次"),
        (None, "质量指标", "作坊产品质量抽检合格率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "每户作坊扶持资金标准", "≤1.5万元/户", "≤1.5万元/户"),
        ("效益指标", "经济效益指标", "作坊户年均增收", "≥1.2万元", "≥1.2万元"),
        ("满意度指标", "服务对象满意度指标", "作坊户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, PERIOD, rows)
    return b


@variant("cj09-workshop-annual-over", (8, 11),
         "two-year project 2025-2026, NAT-2021, 中期 and 年度 columns: an annual count above the "
         "period count and a defect rate with ≥")  # fmt: skip
def workshop_annual_over() -> Book:
    goals = [
        "2025—2026年建成皮具来料加工点8个，吸纳返乡农民工就业320人。",
        "2025年建成皮具来料加工点4个，吸纳返乡农民工就业160人。",
    ]
    b, s = project("皮具来料加工点建设项目", period_funds((120, 100, 20), (60, 50, 10)),
                   goals, years=2, unit="樟垣镇人民政府")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "建成皮具来料加工点数", "≥8个", "≥4个"),
        (None, None, "吸纳返乡农民工就业人数", "≥320人", "≥160人"),
        (None, None, "加工点管理人员培训人数", "≥40人",
         mk("≥48人", "D201", "error", note="the annual count exceeds the two-year count")),
        (None, "质量指标", "加工产品次品率", "≤3%",
         mk("≥3%", "T108", "warning", row=True, alt=("D203",),
            note="a defect rate is 反向 and takes ≤")),
        ("成本指标", "经济成本指标", "单个加工点建设补助", "≤12万元/个", "≤12万元/个"),
        ("效益指标", "经济效益指标", "务工人员人均月收入", "≥2800元", "≥2800元"),
        ("满意度指标", "服务对象满意度指标", "务工人员满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, PERIOD, rows)
    return b


@variant("cj10-flat-bureau-list", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "bare numbers with % in the unit column, 0起 on an incident count, weights add to 100 "
         "(correct)")  # fmt: skip
def flat_bureau_list() -> Book:
    tasks = [
        ("返乡农民工皮具技能培训", "开设手缝、机缝皮具培训班", money(120, WAN), "培训600人"),
        ("皮具创业孵化服务", "提供场地、导师和开业指导", money(90, WAN), "孵化创业实体20个"),
        ("金额合计", None, money(210, WAN), None),
    ]
    budget = [[money(v, WAN) for v in (620, 580, 40, 410, 210)]]
    b, s = department(BUREAU, budget, "培训返乡农民工600人，孵化皮具创业实体20个。", tasks)
    s.row("年度绩效指标", merge=[(1, 6)])
    rows = [
        ("开展返乡农民工皮具技能培训人数", 15, "人", "≥", 600),
        ("孵化皮具创业实体数", 15, "个", "≥", 20),
        ("培训结业考核合格率", 10, "%", "≥", 90),
        ("创业实体一年存活率", 10, "%", "≥", 80),
        ("培训场所安全事故", 10, "起", "≤", 0),
        ("人均培训补贴标准", 10, "元/人", "≤", 1800),
        ("培训后就业创业率", 15, "%", "≥", 70),
        ("服务对象满意度", 15, "%", "≥", 90),
    ]
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    s.row("合计", 100, None, None, None)
    signature(s, "彭芷岚", "0739-6230118")
    return b


@variant("cj11-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标方向 · 计量单位 · 权重): a value whose "
         "unit conflicts with its column, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def flat_defects() -> Book:
    budget = [[money(v, WAN) for v in (260, 240, 20, 150, 110)]]
    b, s = department("杉渡县就业服务中心", budget,
                      "支持返乡农民工创办皮具实体50户，带动就业300人。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+15+10+10+15+15 = 95, header says 100")
    rows = [
        ("返乡农民工皮具创业担保贷款发放户数", "≥50", "正向", "户", 15),
        ("带动就业人数", mk("≥60万元", "T112", "error", note="万元 against the unit column 人"),
         "正向", "人", 15),
        ("创业培训合格率", "≥90%", "正向", "%", 15),
        ("创业学员投诉率", mk("≥2%", "T108", "warning", row=True, note="反向 rate with ≥"),
         "反向", "%", 10),
        ("贷款贴息资金拨付及时率", "≥95%", "正向", "%", 10),
        ("人均创业补贴标准", "≤5000", "反向", "元/人", 15),
        ("服务对象满意度", "≥90%", "正向", "%", 15),
    ]  # fmt: skip
    head = ("指标名称", "指标值", "指标方向", "计量单位", "权重（满分100）")
    indicators(s, head, rows, merged=())
    return b


@variant("cj12-pdf-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a split number, "
         "an amount pasted twice, a completion date stored as a serial in a text cell")  # fmt: skip
def pdf_artefacts() -> Book:
    end = mk("46022", "X104", "warning", note="the serial of 2025-12-31 typed as text")
    b, s = project("返乡农民工皮具技能培训（县级配套）", funds(60, 55, 5),
                   ["培训返乡农民工240人，结业后就业创业率不低于70%。"], end=end)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "培训返乡农民工人数", "≥240人"),
        (None, "质量指标", "结业考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年12月31日前"),
        (None, "成本指标", "人均培训成本", "≤2500元/人"),
        ("效益指标", "社会效益指标", "结业后就业创业率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    split = mk("12.5 8", "X105", "warning", alt=("X103",), note="12.58 split by a space")
    twice = mk("16万16万", "X106", "error", alt=("B108",), note="16万 pasted twice")
    lines = [
        ("教学耗材（皮料、五金、线蜡）", split, "按240人测算"),
        ("师资课酬", money(21.42), "8期"),
        ("平车、高车设备租赁", twice, "10个月"),
        ("场地及水电", money(10), "实训场地400平方米"),
    ]
    detail(s, lines, money(60))
    return b
