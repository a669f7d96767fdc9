"""Felt yurt (毡房、蒙古包) craft: workshops, felt making, exhibition, stacked projects."""

from __future__ import annotations

from tests.variants.holdout512.common import OLD4, book, indicators, one_year, project
from tests.variants.holdout512.registry import variant
from tests.variants.kit import Book, mk, pct

CRAFT = {"dept": "哈日勒津旗文化和旅游局（318011）", "unit": "哈日勒津旗非物质文化遗产保护中心"}


@variant("bb01-felt-percent", (1,),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 返修率 with ≤ (correct)")  # fmt: skip
def bb01() -> Book:
    b, s = book()
    project(s, "传统毡房擀制技艺传承补助项目", one_year(60, 50, 10),
            ["扶持40户牧户擀制毡房，举办擀毡技艺培训6期，带徒80人。"], **CRAFT)  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "扶持毡房制作户数", "≥", 40, "户"),
        (None, None, "擀毡技艺培训期数", "≥", 6, "期"),
        (None, "质量指标", "毡房部件验收合格率", "≥", pct(0.95), "%"),
        (None, None, "毡片返修率", "≤", pct(0.03), "%"),
        (None, "时效指标", "培训按计划完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每户毡房制作补助标准", "≤", 1.2, "万元/户"),
        ("效益指标", "社会效益指标", "传承人带徒人数", "≥", 80, "人"),
        (None, "可持续影响指标", "擀毡技艺传承机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "制作户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("bb02-felt-percent-wrong", (1, 12),
         "project, OLD-NAT, one value column: a pass rate over 100 %, a rate given as a count, "
         "年度资金总额 ≠ 财政拨款 + 其他资金")  # fmt: skip
def bb02() -> Book:
    b, s = book()
    total = mk(85, "B101", "error", note="85 ≠ 财政拨款 70 + 其他资金 10")
    project(s, "牧区毡房新制补助项目", one_year(total, 70, 10),
            ["为30户转场牧户新制毡房，毡片检验合格，交付及时。"], **CRAFT)  # fmt: skip
    indicators(s, OLD4, [
        ("产出指标", "数量指标", "新制毡房数量", "≥30顶"),
        (None, "质量指标", "羊毛毡片检验合格率",
         mk("≥105%", "T106", "error", note="合格率不能超过100%")),
        (None, "时效指标", "毡房交付及时率", "≥95%"),
        (None, "成本指标", "每顶毡房制作成本", "≤2.5万元/顶"),
        ("效益指标", "社会效益指标", "转场牧户毡房使用率",
         mk("≥28户", "T105", "error", note="使用率写成户数")),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", pct(0.92)),
    ])  # fmt: skip
    return b


@variant("bb03-felt-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same 牧户满意度 with "
         "different values, a cost standard × count equal to the budget (correct)")  # fmt: skip
def bb03() -> Book:
    b, s = book()
    project(s, "毡房哈那木架制作工坊建设项目", one_year(40, 40, 0),
            ["建成哈那木架制作工坊1处，年内制作木架120套。"], **CRAFT)  # fmt: skip
    indicators(s, OLD4, [
        ("产出指标", "数量指标", "制作哈那木架套数", "≥120套"),
        (None, "质量指标", "木架验收合格率", "≥95%"),
        (None, "时效指标", "工坊建成时间", "2025年9月30日前"),
        (None, "成本指标", "每套木架材料费", "≤3000元/套"),
        ("效益指标", "经济效益指标", "工坊务工人员年增收", "≥5000元/人"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "毡房围毡更新补助项目", one_year(36, 30, 6),
            ["为60户牧户更新毡房围毡，冬季防风保暖。"], title="", **CRAFT)  # fmt: skip
    indicators(s, OLD4, [
        ("产出指标", "数量指标", "更新围毡户数", "≥60户"),
        (None, "质量指标", "围毡防水检测达标率", "≥95%"),
        (None, "成本指标", "每户围毡补助标准", "≤6000元/户"),
        ("效益指标", "社会效益指标", "冬季毡房漏风投诉次数", "≤5次"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("bb04-felt-stacked-wrong", (2, 11),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and its 火灾事故发生率 takes ≥")  # fmt: skip
def bb04() -> Book:
    b, s = book()
    project(s, "毡房防火阻燃处理项目", one_year(24, 24, 0),
            ["对80顶毡房围毡做阻燃处理，降低冬季火灾风险。"], **CRAFT)  # fmt: skip
    indicators(s, OLD4, [
        ("产出指标", "数量指标", "阻燃处理毡房数量", "≥80顶"),
        (None, "质量指标", "阻燃检测达标率", "≥95%"),
        (None, "成本指标", "每顶阻燃处理费用", "≤3000元/顶"),
        ("效益指标", "社会效益指标", "毡房火灾事故发生率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(50, "B101", "error", note="50 ≠ 财政拨款 35 + 其他资金 10")
    project(s, "毡房取暖炉具更换项目", one_year(total, 35, 10),
            ["为150户冬窝子牧户更换安全取暖炉具。"], title="", **CRAFT)  # fmt: skip
    indicators(s, OLD4, [
        ("产出指标", "数量指标", "更换取暖炉具户数", "≥150户"),
        (None, "质量指标", "炉具安装验收合格率", "≥95%"),
        (None, "成本指标", "每套炉具购置安装费", "≤2800元/套"),
        ("效益指标", "社会效益指标", "毡房火灾事故发生率",
         mk("≥1%", "T108", "warning", row=True, note="发生率是反向指标，应为≤")),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bb05-felt-tier-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标, 1.经济成本指标, ★), points adding up per tier (correct)")  # fmt: skip
def bb05() -> Book:
    b, s = book()
    project(s, "毡房制作技艺展示馆运维项目", one_year(45, 45, 0),
            ["展示馆全年开放不少于300天，接待参观3万人次。"], **CRAFT)  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, header, [
        ("一、产出指标（40分）", "（一）数量指标", "展示馆开放天数", "≥300天", 15),
        (None, "（二）质量", "毡房展品完好率", "≥98%", 15),
        (None, "（三）时效指标", "展品修复完成时间", "2025年11月30日前", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "展示馆年度运维成本", "≤45万元", 20),
        ("三、效益指标（30分）", "（一）社会效益", "参观人次", "≥3万人次", 15),
        (None, "（二）可持续影响", "技艺展示长效运维机制", "健全", 15),
        ("四、满意度指标（10分）", "★服务对象满意度指标", "参观者满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("bb06-felt-header-words", (7,),
         "project, OLD-NAT, two-row header with 指标内容 and 绩效标准, an =100% acceptance rate "
         "(correct)")  # fmt: skip
def bb06() -> Book:
    b, s = book()
    project(s, "毡房非遗工坊设备购置项目", one_year(90, 80, 10),
            ["为非遗工坊购置擀毡机4台、梳毛机2台，年内安装投用。"], **CRAFT)  # fmt: skip
    s.row("绩效指标", None, None, None, merge=[(1, 4)])
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "购置擀毡机数量", "≥4台"),
        (None, None, "购置梳毛机数量", "≥2台"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备安装完成时间", "2025年8月31日前"),
        (None, "成本指标", "擀毡机购置单价", "≤15万元/台"),
        (None, None, "梳毛机购置单价", "≤12万元/台"),
        ("效益指标", "经济效益指标", "工坊年销售收入增加额", "≥20万元"),
        (None, "可持续影响指标", "设备正常使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "工坊从业人员满意度", "≥90%"),
    ])  # fmt: skip
    return b
