"""Tier labels as they come out of PDF and WPS: numbering and points in the labels, a tier-1
score column beside the indicator scores, bracketed alternatives, ★ marks, abbreviations,
merged cells broken into repeated labels, template rows left in (oz01, oz05, oz07, oz12, oz14,
oz16)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout198.common import ONE, book, indicators, one_year_money, sign, wan
from tests.variants.holdout198.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("oz01-numbered-points-health", (5, 9, 10), "one-year health project, NAT-2021, "
         "labels 一、产出指标（50分） and 1.数量指标, an indicator score column adding up per "
         "tier and to 100, a value with a bracketed note, a rate change in 百分点 "
         "(correct)")  # fmt: skip
def oz01() -> Book:
    b, s = book("Sheet1", (18, 18, 30, 22, 10))
    project_head(
        s, year=2026, name="慢性病患者规范化随访管理项目", dept="临溪县卫生健康局（402）",
        unit="临溪县疾病预防控制中心",
        money=one_year_money(wan(86), wan(80), wan(6)),
        goals=["2026年为辖区高血压、糖尿病患者提供规范化随访管理不少于12000人次，开展基层医务"
               "人员慢病管理培训6期，高血压患者血压控制率较上年提高2个百分点。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "高血压糖尿病患者随访管理人次", "≥12000人次", 15),
        (None, None, "基层医务人员慢病管理培训期数", "≥6期", 10),
        (None, "2.质量指标", "随访记录规范率", "≥95%（以抽查为准）", 10),
        (None, None, "培训考核合格率", "≥90%", 5),
        (None, "3.时效指标", "年度随访任务完成时间", "2026年12月20日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "人均随访管理成本", "≤60元/人次", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "高血压患者血压控制率提升幅度",
         "提高≥2百分点", 10),
        (None, None, "糖尿病患者血糖控制率", "≥60%（以年度考核数据为准）", 10),
        (None, "2.可持续影响指标", "慢病随访信息化管理机制", "健全", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "随访管理患者满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "陈思远", "黄立群", "0736-5621408", "2025年11月18日")
    return b


@variant("oz05-repeated-labels-housing", (5,), "one-year housing project, OLD-NAT, merged "
         "cells broken into labels repeated in every row, 时效指标（进度指标） and 成本指标"
         "（投资控制指标）, ★ core indicators, operator and unit columns, =100 on a 合格率 "
         "(correct)")  # fmt: skip
def oz05() -> Book:
    b, s = book("Sheet1", (12, 20, 30, 8, 16, 10))
    project_head(
        s, year=2026, name="城镇老旧小区改造项目", dept="临溪县住房和城乡建设局（708）",
        unit="临溪县城市更新服务中心", attr="新增项目",
        money=one_year_money(wan(1260), wan(1000), wan(260)),
        goals=["2026年完成6个老旧小区改造，惠及居民1180户，改造后小区基础设施完好率达到95%以上。"],
    )  # fmt: skip
    time, cost = "时效指标（进度指标）", "成本指标（投资控制指标）"
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "★改造老旧小区个数", "≥", 6, "个"),
        ("产出指标", "数量指标", "改造小区受益居民户数", "≥", 1180, "户"),
        ("产出指标", "质量指标", "★改造工程竣工验收合格率", "=", 100, "%"),
        ("产出指标", time, "改造工程完工时间", "≤", "2026年11月30日", None),
        ("产出指标", cost, "户均改造成本", "≤", 1.05, "万元/户"),
        ("效益指标", "社会效益指标", "改造小区基础设施完好率", "≥", 95, "%"),
        ("效益指标", "可持续影响指标", "小区长效管理机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "★改造小区居民满意度", "≥", 90, "%"),
    ], merged=())  # fmt: skip
    s.row("注：带★的为核心指标，不得删除。", merge=[(1, 6)])
    return b


@variant("oz07-tier-score-column-water", (5, 10), "one-year water project, NAT-2021, a tier-1 "
         "score column merged beside an indicator score column (both add to 100), abbreviated "
         "tier-2 labels, a 比例 change in 百分点, cost × length equal to the money "
         "(correct)")  # fmt: skip
def oz07() -> Book:
    b, s = book("Sheet1", (14, 10, 14, 30, 20, 10))
    project_head(
        s, year=2026, name="青溪河中小河流综合治理项目", dept="青岚市水利局（503）",
        unit="青岚市河道管理中心",
        money=one_year_money(wan(960), wan(900), wan(60)),
        goals=["2026年完成青溪河干流综合治理12公里，新建生态护岸8.5公里，治理河段水质优良比例"
               "较上年提高3个百分点。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 50, "数量", "河道综合治理长度", "≥12公里", 15),
        (None, None, None, "新建生态护岸长度", "≥8.5公里", 15),
        (None, None, "质量", "护岸工程质量合格率", "≥95%", 10),
        (None, None, "时效", "主体工程完工时间", "2026年11月30日前", 10),
        ("成本指标", 10, "经济成本", "每公里河道治理成本", "≤80万元/公里", 10),
        ("效益指标", 30, "生态效益", "治理河段水质优良比例", "提高≥3百分点", 10),
        (None, None, "社会效益", "沿河防洪受益人口", "≥2.6万人", 10),
        (None, None, "可持续影响", "河道管护长效机制", "健全", 10),
        ("满意度指标", 10, "服务对象满意度", "沿河群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "王海川", "刘静", "0739-8012367")
    return b


@variant("oz12-harm-ge-points-off-health", (10, 11), "one-year health project, NAT-2021, "
         "points in the tier-1 labels and an indicator score column: 产出 indicators add to 55 "
         "under （50分）, 效益 to 25 under （30分）; a 医院感染发生率 written ≥3%")  # fmt: skip
def oz12() -> Book:
    b, s = book("Sheet1", (18, 18, 30, 22, 10))
    project_head(
        s, year=2026, name="医疗机构院感防控能力提升项目", dept="白沙河区卫生健康局（406）",
        unit="白沙河区卫生健康综合监督所",
        money=one_year_money(wan(210), wan(210), wan(0)),
        goals=["2026年对辖区18家医疗机构开展院感防控督导检查，培训院感专职人员300人次，"
               "医院感染发生率控制在3%以内。"],
    )  # fmt: skip
    out = mk("产出指标（50分）", "W103", "error", note="its indicator scores add to 55")
    gain = mk("效益指标（30分）", "W103", "error", note="its indicator scores add to 25")
    harm = mk(mk("≥3%", "T108", "warning", row=True, note="a 发生率 is 反向: ≤ meant"),
              "D104", "warning", row=True, required=False, note="the goal's 3%以内")  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        (out, "数量指标", "院感督导检查医疗机构数", "≥18家", 15),
        (None, None, "院感专职人员培训人次", "≥300人次", 15),
        (None, "质量指标", "手卫生依从率", "≥85%", 10),
        (None, None, "消毒灭菌效果监测合格率", "≥98%", 10),
        (None, "时效指标", "督导检查完成时间", "2026年11月30日前", 5),
        ("成本指标（10分）", "经济成本指标", "单家机构督导检测成本", "≤1.5万元/家", 10),
        (gain, "社会效益指标", "医院感染发生率", harm, 15),
        (None, "可持续影响指标", "院感监测信息化平台覆盖率", "≥90%", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "受检医疗机构满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("oz14-tier2-left-empty-housing", (5, 6), "one-year housing project, NAT-2021, labels "
         "repeated in every row: the template's 社会成本指标 row left with no indicator and no "
         "value")  # fmt: skip
def oz14() -> Book:
    b, s = book("Sheet1", (12, 18, 30, 20))
    project_head(
        s, year=2026, name="既有住宅加装电梯补助项目", dept="白沙河区住房和城乡建设局（702）",
        unit="白沙河区房屋管理服务中心",
        money=one_year_money(wan(300), wan(300), wan(0)),
        goals=["2026年补助既有住宅加装电梯60部，惠及居民1440户。"],
    )  # fmt: skip
    empty = mk("社会成本指标", "F109", "warning", row=True, note="template row left unfilled")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补助加装电梯数量", "≥60部"),
        ("产出指标", "数量指标", "受益居民户数", "≥1440户"),
        ("产出指标", "质量指标", "加装电梯验收合格率", pct(1)),
        ("产出指标", "时效指标", "补助资金拨付时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "单部电梯补助标准", "≤5万元/部"),
        ("成本指标", empty, None, None),
        ("效益指标", "社会效益指标", "加装电梯正常运行率", "≥95%"),
        ("效益指标", "可持续影响指标", "加装电梯维保长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受益居民满意度", "≥90%"),
    ], merged=())  # fmt: skip
    sign(s, "赵晓楠", "孙建国", "0731-8456120")
    return b


@variant("oz16-value-without-name-agri", (5, 6, 13), "one-year agriculture project, NAT-2021, "
         "numbered labels (一、产出指标, 1.数量指标): a 质量指标 row holding ≥90% but no "
         "name")  # fmt: skip
def oz16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="畜禽粪污资源化利用项目", dept="临溪县农业农村局（601）",
        unit="临溪县畜牧兽医水产中心", attr="新增项目",
        money=one_year_money(wan(450), wan(400), wan(50)),
        goals=["2026年支持12个规模养殖场建设粪污处理设施，全县畜禽粪污综合利用率达到85%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "1.数量指标", "支持规模养殖场粪污处理设施建设数", "≥12个"),
        (None, "2.质量指标", "粪污处理设施验收合格率", pct(1)),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥90%"),
        (None, "3.时效指标", "设施建设完成时间", "2026年10月31日前"),
        ("二、成本指标", "1.经济成本指标", "单个养殖场设施建设补助", "≤35万元/个"),
        ("三、效益指标", "1.生态效益指标", "畜禽粪污综合利用率", "≥85%"),
        (None, "2.可持续影响指标", "粪污资源化利用长效运行机制", "建立并执行"),
        ("四、满意度指标", "1.服务对象满意度指标", "养殖场户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "李春燕", "邓志刚", "0734-7219356", "2025年12月2日")
    return b
