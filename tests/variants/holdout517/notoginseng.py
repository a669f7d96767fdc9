"""三七 under-forest planting: tier labels, points, direction columns, template rows and header
words (bg07–bg12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout517.common import book, funds, indicators, w
from tests.variants.holdout517.registry import variant
from tests.variants.kit import Book, mk, pct

DIRS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")


@variant(
    "bg07-sanqi-numbered-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, 1.数量指标), "
    "an indicator score column adding to the same 100, a rate raised in 百分点 (correct)",
)
def bg07() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="杉阳镇林下三七生态种植试点项目",
        dept="松垭县农业农村局（530219）",
        unit="松垭县杉阳镇农业综合服务中心",
        money=funds(w(50), w(40), w(10)),
        goals=["在思茅松林下试种三七150亩，带动农户60户，提高林下三七优质品率。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "林下三七种植面积", "≥150亩", 20),
        (None, "2.质量指标", "林下三七种苗成活率", pct(0.8), 15),
        (None, "3.时效指标", "种苗移栽完成时间", "2025年3月31日前", 15),
        ("二、成本指标（10分）", "1.经济成本指标", "种苗及有机肥补助标准", "≤2000元/亩", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "参与农户户均增收", "≥4000元", 10),
        (None, None, "林下三七优质品率提高", "≥3百分点", 10),
        (None, "2.生态效益指标", "种植区林下植被保存率", pct(0.95), 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "参与农户满意度", "≥90%", 10),
        ("合计", "", "", "", 100),
    ])  # fmt: skip
    return b


@variant(
    "bg08-sanqi-tier-points-wrong",
    (5, 10),
    "project, NAT-2021, （一） tier-2 labels, a tier-1 score column against the indicator "
    "scores: two tiers do not add up, a 满意度 written =95%",
)
def bg08() -> Book:
    b, s = book(widths=(14, 8, 18, 30, 16, 8))
    project_head(
        s,
        year=2025,
        name="岩屏县林下三七种植示范项目",
        dept="岩屏县林业局",
        unit="岩屏县林业科技推广站",
        money=funds(w(45), w(36), w(9)),
        goals=["在华山松林下建成三七种植示范片120亩，带动农户50户增收。"],
    )
    prod = mk(50, "W103", "error", note="declared 50, indicators 20 + 15 + 10 = 45")
    gain = mk(30, "W103", "error", note="declared 30, indicators 15 + 10 + 10 = 35")
    eq = mk("=95%", "T107", "warning", note="= on a 满意度: ≥95% meant")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", prod, "（一）数量指标", "林下三七示范种植面积", "≥120亩", 20),
        (None, None, "（二）质量指标", "三七种苗成活率", "≥80%", 15),
        (None, None, "（三）时效指标", "示范片建设完成时间", "2025年4月30日前", 10),
        ("成本指标", 10, "（一）经济成本指标", "林下种植补助标准", "≤2500元/亩", 10),
        ("效益指标", gain, "（一）经济效益指标", "示范户户均增收", "≥4000元", 15),
        (None, None, None, "示范片亩均产值", "≥12000元/亩", 10),
        (None, None, "（二）可持续影响指标", "林下三七种植技术推广户数", "≥50户", 10),
        ("满意度指标", 10, "（一）服务对象满意度指标", "示范户满意度", eq, 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "bg09-sanqi-direction-words",
    (11,),
    "project, NAT-2021, 指标性质 as direction (正向/反向), 指标方向 as operator in words, bare "
    "numbers with a unit column; a 反向 发病率 with 小于等于 and a 下降率 正向 (correct)",
)
def bg09() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="雾溪县林下三七绿色种植项目",
        dept="雾溪县农业农村局",
        unit="雾溪县植保植检站",
        money=funds(w(45), w(35), w(10)),
        goals=["在林下推广三七绿色种植200亩，控制根腐病，减少农药使用。"],
    )
    indicators(s, DIRS, [
        ("产出指标", "数量指标", "林下三七绿色种植面积", "正向", "大于等于", 200, "亩"),
        (None, None, "三七种苗供应量", "正向", "大于等于", 60, "万株"),
        (None, "质量指标", "三七根腐病发病率", "反向", "小于等于", 8, "%"),
        (None, "时效指标", "种苗供应时限", "反向", "小于等于", 90, "天"),
        ("成本指标", "经济成本指标", "三七种苗采购单价", "反向", "小于等于", 0.35, "元/株"),
        ("效益指标", "生态效益指标", "农药使用量下降率", "正向", "大于等于", 10, "%"),
        (None, "经济效益指标", "种植户亩均增收", "正向", "大于等于", 3000, "元/亩"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "bg10-sanqi-direction-wrong",
    (11,),
    "project, NAT-2021, 指标性质 as direction and 指标方向 as operator in words: a 反向 发病率 "
    "and a 反向 unit price with 大于等于, a 正向 household count with 小于等于",
)
def bg10() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="栎坪县林下三七种植扶持项目",
        dept="栎坪县农业农村局",
        unit="栎坪县经济作物工作站",
        money=funds(w(38), w(30), w(8)),
        goals=["扶持农户在林下种植三七160亩，降低病害损失，带动农户70户。"],
    )
    ge = "大于等于"
    indicators(s, DIRS, [
        ("产出指标", "数量指标", "林下三七种植面积", "正向", ge, 160, "亩"),
        (None, None, "带动种植农户数", "正向",
         mk("小于等于", "T108", "warning", row=True, note="正向 count capped with ≤"), 70, "户"),
        (None, "质量指标", "三七根腐病发病率", "反向",
         mk(ge, "T108", "warning", row=True, note="反向 rate with ≥"), 10, "%"),
        ("成本指标", "经济成本指标", "三七种苗采购单价", "反向",
         mk(ge, "T108", "warning", row=True, note="反向 unit price with ≥"), 0.4, "元/株"),
        ("效益指标", "经济效益指标", "种植户亩均增收", "正向", ge, 2500, "元/亩"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "正向", ge, 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "bg11-sanqi-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template without an "
    "indicator, a value under 质量指标 without a name",
)
def bg11() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="松垭县林下三七种源基地项目",
        dept="松垭县林业局",
        unit="松垭县国有苔岭林场",
        money=funds(w(42), w(42), w(0)),
        goals=["在林场林下建设三七种源基地80亩，向周边农户供应种苗。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "三七种源基地面积", "≥80亩"),
        (None, "质量指标", "种苗合格率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value without a name"), "≥90%"),
        (None, "时效指标", "基地建设完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "基地建设亩均成本", "≤5000元/亩"),
        ("效益指标", "经济效益指标", "基地种苗年销售收入", "≥30万元"),
        (None, mk("社会效益指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        (None, "可持续影响指标", "种源基地运行年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "种苗使用农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "bg12-sanqi-two-row-header",
    (7,),
    "project, OLD-NAT, two-row header 考核指标 over 一级/二级/三级, 目标值（年度） and a "
    "评价标准 scoring column (correct)",
)
def bg12() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="杉阳镇林下三七病害绿色防控项目",
        dept="松垭县农业农村局",
        unit="松垭县植保植检站",
        money=funds(w(28), w(24), w(4)),
        goals=["对林下三七种植片区开展病害绿色防控，防控面积180亩。"],
    )
    s.row("考核指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    full = "达到目标值得满分，未达到按比例扣分"
    s.table([
        ("产出指标", "数量指标", "绿色防控面积", "≥180亩", full),
        (None, None, "防控技术培训人次", "≥150人次", full),
        (None, "质量指标", "防控区根腐病发病率", "≤8%", "每高1个百分点扣1分"),
        (None, "时效指标", "防控物资发放完成时间", "2025年5月31日前", "逾期不得分"),
        (None, "成本指标", "防控物资亩均成本", "≤1200元/亩", "超出不得分"),
        ("效益指标", "生态效益指标", "化学农药使用量下降率", "≥15%", full),
        (None, "可持续影响指标", "绿色防控技术推广年限", "≥3年", full),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", full),
    ], merged=(1, 2))  # fmt: skip
    return b
