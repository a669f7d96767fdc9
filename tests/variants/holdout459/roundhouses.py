"""土楼 repair: tier labels, stacked projects, a flat list and template rows (za07–za12)."""

from __future__ import annotations

from tests.variants.holdout459.common import (
    department,
    funds,
    lines,
    new,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout459.registry import variant
from tests.variants.kit import Book, mk, pct

UNIT = "棠岭县土楼保护管理中心"
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")

ZA07 = [
    ("一、产出指标（40分）", "（一）数量", "1.加固夯土墙体面积", "≥1800平方米", "计划标准"),
    (None, None, "2.修补墙体裂缝", "≥260米", "计划标准"),
    (None, "（二）质量", "3.加固工程验收合格率", "=100%", "行业标准"),
    (None, "（三）时效", "4.墙体加固完工时间", "2026年10月31日前", "计划标准"),
    ("二、成本指标（20分）", "★经济成本指标", "5.夯土墙体加固单价", "≤850元/平方米", "历史标准"),
    (None, "生态环境成本指标", "6.施工扬尘投诉", "≤2次", "计划标准"),
    ("三、效益指标（30分）", "*社会效益指标", "7.恢复楼内居住户数", "≥24户", "计划标准"),
    (None, "可持续影响", "8.加固后墙体安全使用年限", "≥50年", "行业标准"),
    ("四、满意度指标（10分）", "服务对象满意度", "9.楼内住户满意度", "≥92%", "历史标准"),
]  # fmt: skip


@variant("za07-tulou-labels", (5,),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）), tier-2 "
         "numbered, marked (★, *) or abbreviated, a 指标值设定依据 column (correct)")  # fmt: skip
def za07() -> Book:
    b, s = new()
    project(s, "垄安楼、福垟楼夯土墙体加固", UNIT, funds(210, 180, 30),
            ["加固垄安楼、福垟楼夯土墙体1800平方米，恢复24户居住。"])  # fmt: skip
    table(s, (*FOUR, "指标值设定依据"), ZA07)
    sign(s, "卢秋禾", "0591-7738 5162")
    return b


ZA08 = [
    ("产出", "数量", "敷设消防管网", "≥1.6公里"),
    (None, None, "安装独立式烟感报警器", "≥320个"),
    (None, "质量", "消防设施验收合格率", "=100%"),
    (None, "时效", "改造完成时间", "2026年9月30日前"),
    (None, "成本", "烟感报警器单价", "≤180元/个"),
    (None, mk("经济效益", "F105", "error", note="an effect tier-2 under 产出 (belongs to 效益)"),
     "楼群门票收入增长率", "≥8%"),
    ("效益", "社会效益", "火灾事故发生次数", "≤0起"),
    (None, "可持续影响", "消防设施维保覆盖率", "=100%"),
    ("满意度", "服务对象满意度", "楼内住户满意度",
     mk("=95%", "T107", "warning", note="= on a satisfaction rate, ≥ meant")),
]  # fmt: skip


@variant("za08-tulou-wrong-parent", (5,),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量): 经济效益 placed under 产出, "
         "=95% on a satisfaction rate")  # fmt: skip
def za08() -> Book:
    b, s = new()
    project(s, "福垟楼群消防设施改造", UNIT, funds(135, 135, 0),
            ["为福垟楼群敷设消防管网1.6公里，安装烟感报警器320个。"])  # fmt: skip
    table(s, FOUR, ZA08)
    sign(s, "卢秋禾", "0591-7738 5162")
    return b


ZA09_A = [
    ("产出指标", "数量指标", "翻修屋面", "≥950平方米"),
    (None, "质量指标", "修缮验收合格率", "=100%"),
    (None, "时效指标", "屋面翻修完成时间", "2026年6月30日前"),
    (None, "成本指标", "屋面翻修单价", "≤600元/平方米"),
    ("效益指标", "社会效益指标", "雨季屋面渗漏点", "≤0处"),
    ("满意度指标", "服务对象满意度指标", "楼内住户满意度", "≥90%"),
]  # fmt: skip
ZA09_B = [
    ("产出指标", "数量指标", "新砌排水暗沟", "≥820米"),
    (None, "质量指标", "修缮验收合格率", "≥98%"),
    (None, "时效指标", "整治完成时间", "2026年11月30日前"),
    (None, "成本指标", "排水暗沟单价", "≤650元/米"),
    ("效益指标", "社会效益指标", "墙基受潮面积下降率", "≥30%"),
    ("满意度指标", "服务对象满意度指标", "楼内住户满意度", "≥88%"),
]  # fmt: skip


@variant("za09-tulou-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "names with different values in each project, a 下降率 with ≥ (correct)")  # fmt: skip
def za09() -> Book:
    b, s = new()
    project(s, "垄安楼屋面瓦作修缮", UNIT, funds(72, 60, 12),
            ["翻修垄安楼屋面950平方米，雨季不渗漏。"])  # fmt: skip
    table(s, FOUR, ZA09_A)
    s.skip()
    project(s, "福垟楼防潮排水整治", UNIT, funds(58, 58, 0),
            ["新砌福垟楼排水暗沟820米，墙基受潮面积下降三成。"], title="")  # fmt: skip
    table(s, FOUR, ZA09_B)
    sign(s, "卢秋禾", "0591-7738 5162")
    return b


ZA10_A = [
    ("产出指标", "数量指标", "修补夯土外墙", "≥640平方米"),
    (None, "质量指标", "修补验收合格率", "=100%"),
    (None, "成本指标", "外墙修补单价", "≤700元/平方米"),
    ("效益指标", "社会效益指标", "外墙剥落险情", "≤0处"),
    ("满意度指标", "服务对象满意度指标", "楼内住户满意度", "≥90%"),
]  # fmt: skip
ZA10_B = [
    ("产出指标", "数量指标", "疏通楼内排水沟", "≥1100米"),
    (None, "时效指标", "排水沟疏通完成时限",
     mk("100%", "T113", "warning", note="a deadline given as a percentage")),
    (None, "成本指标", "排水沟疏通单价", "≤300元/米"),
    ("效益指标", "社会效益指标", "天井积水点", "≤2处"),
    ("满意度指标", "服务对象满意度指标", "楼内住户满意度", "≥90%"),
]  # fmt: skip


@variant("za10-tulou-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's 资金总额 is not "
         "the sum of its sources, a deadline given as a percentage")  # fmt: skip
def za10() -> Book:
    b, s = new()
    project(s, "衍庆楼夯土外墙修补", UNIT, funds(50, 50, 0),
            ["修补衍庆楼夯土外墙640平方米。"])  # fmt: skip
    table(s, FOUR, ZA10_A)
    s.skip()
    total = mk(wan(96), "B101", "error", row=True, note="96 ≠ 财政拨款 80 + 其他资金 10")
    project(s, "衍庆楼排水系统疏通", UNIT,
            [["资金总额", total, "其中：财政拨款", wan(80)], ["其他资金", wan(10), None, None]],
            ["疏通衍庆楼楼内排水沟1100米，消除天井积水。"], title="")  # fmt: skip
    table(s, FOUR, ZA10_B)
    sign(s, "卢秋禾", "0591-7738 5162")
    return b


TASKS11 = [
    ("土楼本体修缮", "4座土楼墙体、屋面修缮", wan(210), "验收合格率100%"),
    ("消防与安防", "巡查、设施维保", wan(85), "全年无文物安全事故"),
    ("讲解与游客服务", "讲解员、咨询台", wan(45), "游客满意度90%以上"),
    ("金额合计", None, wan(340), None),
]  # fmt: skip
ZA11 = [
    ("修缮土楼座数", 15, "座", "≥", 4),
    ("土楼消防巡查次数", 15, "次", "≥", 24),
    ("修缮工程验收合格率", 15, "%", "=", pct(1)),
    ("讲解服务场次", 10, "场", "≥", 600),
    ("文物安全事故发生次数", 10, "起", "≤", 0),
    ("游客投诉办结率", 10, "%", "≥", pct(0.98)),
    ("土楼保护知晓率提高", 10, "百分点", "≥", 5),
    ("游客满意度", 15, "%", "≥", pct(0.9)),
]  # fmt: skip


@variant("za11-tulou-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percents typed in Excel, 0起, 百分点, weights add to 100 (correct)")  # fmt: skip
def za11() -> Book:
    b, s = new()
    department(s, UNIT, [[wan(860), wan(800), wan(60), wan(520), wan(340)]],
               "修缮土楼4座，全年无文物安全事故，游客满意度90%以上。", TASKS11)  # fmt: skip
    lines(s, "年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(ZA11)
    sign(s, "卢秋禾", "0591-7738 5162")
    return b


ZA12 = [
    ("产出指标", "数量指标", "疏通改建排水沟", "≥1.4公里"),
    (None, None, mk(None, "F110", "error", note="a value without an indicator name"), "≥6处"),
    (None, "质量指标", "排水沟验收合格率", "=100%"),
    (None, "时效指标", "完工时间", "2026年8月31日前"),
    ("成本指标", "经济成本指标", "排水沟改建单价", "≤380元/米"),
    ("效益指标", "社会效益指标", "雨季墙基浸泡次数", "≤1次"),
    (None, mk("生态效益指标", "F109", "warning", row=True, note="template row left empty"),
     None, None),
    (None, "可持续影响指标", "排水设施设计使用年限", "≥20年"),
    ("满意度指标", "服务对象满意度指标", "周边住户满意度", "≥90%"),
]  # fmt: skip


@variant("za12-tulou-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a value without a name, the 生态效益指标 template "
         "row left without indicator and value")  # fmt: skip
def za12() -> Book:
    b, s = new()
    project(s, "垄安楼周边排水及环境整治", UNIT, funds(66, 50, 16),
            ["改建垄安楼周边排水沟1.4公里，雨季墙基不受浸泡。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), ZA12)
    sign(s, "卢秋禾", "0591-7738 5162")
    return b
