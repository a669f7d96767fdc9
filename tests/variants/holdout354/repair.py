"""Old documents repaired: uz07–uz12."""

from __future__ import annotations

from tests.variants.holdout354.common import (
    HEAD,
    YEAR,
    annual,
    indicators,
    period,
    project,
    start,
    w,
)
from tests.variants.holdout354.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("uz07-numbered-points", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（40分）, 1.数量指标), an indicator points column adding up to the tier "
         "points, a 合计 of 100, a rate raised in 百分点 (correct)")  # fmt: skip
def uz07() -> Book:
    b, s = start()
    project(s, "破损谱牒抢救性修复", annual(w(46), w(40), w(6)),
            ["修复破损谱牒3000页以上，修复后谱牒全部恢复开放阅览。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标（40分）", "1.数量指标", "修复破损谱牒页数", "≥3000页", 15),
        (None, "2.质量指标", "修复验收合格率", "≥98%", 15),
        (None, "3.时效指标", "修复完成时间", "2025年11月30日前", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "单页修复成本", "≤120元/页", 10),
        (None, None, "修复材料采购成本", "≤8万元", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "修复谱牒可供阅览比例提高", "≥5百分点", 20),
        (None, "2.可持续影响指标", "修复技术档案建档", "≥1套", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "修谱家族满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ], (*HEAD, "分值"))  # fmt: skip
    return b


@variant("uz08-points-mismatch", (10, 1), "project, NAT-2021, tier-1 score column and indicator "
         "score column, operator column, typed percent cells: 产出 declared 50 over 45 points, "
         "a typed 105% on a 合格率")  # fmt: skip
def uz08() -> Book:
    b, s = start(widths=(14, 8, 18, 26, 10, 14, 8))
    project(s, "民国档案脱酸修复", annual(w(36), w(36), w(0)),
            ["完成民国档案脱酸修复2000页，修复档案开放利用。"])  # fmt: skip
    out = mk(50, "W103", "error", alt=("W101",), note="20 + 15 + 10 = 45 ≠ 50")
    indicators(s, [
        ("产出指标", out, "数量指标", "民国档案修复页数", "≥", "2000页", 20),
        (None, None, "质量指标", "修复验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a 合格率 cannot pass 100%"), 15),
        (None, None, "时效指标", "修复任务按期完成率", "≥", pct(0.95), 10),
        ("成本指标", 10, "经济成本指标", "单页修复成本", "≤", "150元/页", 10),
        ("效益指标", 30, "社会效益指标", "修复档案开放利用", "≥", "1500页", 15),
        (None, None, "可持续影响指标", "修复档案预期保存年限", "≥", "50年", 15),
        ("满意度指标", 10, "服务对象满意度指标", "查档单位满意度", "≥", pct(0.9), 10),
    ], ("一级指标", "分值", "二级指标", "三级指标", "指标性质", "指标值", "分值"),
       merged=(1, 2, 3))  # fmt: skip
    return b


@variant("uz09-two-row-header", (7,), "project, OLD-NAT, two-row header (预期目标 over 指标内容 · "
         "绩效标准 · 计量单位), an incident count of 0 (correct)")  # fmt: skip
def uz09() -> Book:
    b, s = start()
    project(s, "馆藏谱牒修复与装裱", annual(w(28), w(28), w(0)),
            ["修复馆藏破损谱牒35部、约2400页，修复过程不损毁原件。"],
            title=f"{YEAR}年度项目支出绩效目标表")  # fmt: skip
    s.row("绩效指标", None, None, "预期目标", None, merge=[(1, 3), (4, 5)])
    indicators(s, [
        ("产出指标", "数量指标", "抢救性修复破损谱牒", "≥2400", "页"),
        (None, None, "修复谱牒部数", "≥35", "部"),
        (None, "质量指标", "修复验收合格率", "≥98", "%"),
        (None, None, "修复操作原件损毁事故", "=0", "起"),
        (None, "时效指标", "修复完成时间", "2025年12月15日前", None),
        (None, "成本指标", "单页修复费用", "≤95", "元/页"),
        ("效益指标", "社会效益指标", "修复谱牒开放查阅", "≥35", "部"),
        (None, "可持续影响指标", "修复谱牒预期保存年限", "≥50", "年"),
        ("满意度指标", "服务对象满意度指标", "修谱家族满意度", "≥90", "%"),
    ], ("一级指标", "二级指标", "指标内容", "绩效标准", "计量单位"))  # fmt: skip
    return b


@variant("uz10-three-year", (8,), "three-year project 2025–2027, NAT-2021, 中期 and 年度 value "
         "columns: counts below their period values, rates and unit costs "
         "equal (correct)")  # fmt: skip
def uz10() -> Book:
    b, s = start()
    project(s, "家谱古籍修复三年行动", period((w(138), w(46)), (w(130), w(42)), (w(8), w(4))),
            ["三年修复古旧谱牒9000页、契约文书600件，建成县级修复工作室。",
             "2025年修复古旧谱牒3000页、契约文书200件，完成修复工作室设备配置。"],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "修复古旧谱牒页数", "≥9000页", "≥3000页"),
        (None, None, "修复民国契约文书", "≥600件", "≥200件"),
        (None, "质量指标", "修复验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "修复任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单页修复成本", "≤130元/页", "≤130元/页"),
        ("效益指标", "社会效益指标", "修复档案开放查阅", "≥9000页", "≥3000页"),
        ("满意度指标", "服务对象满意度指标", "修谱家族满意度", "≥90%", "≥90%"),
    ], ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant("uz11-two-year-copied", (8,), "two-year project 2025–2026, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, two cumulative counts copied")  # fmt: skip
def uz11() -> Book:
    b, s = start()
    goal = "两年内修复破损谱牒4000页，为馆藏家谱更换无酸装具1200盒。"
    project(s, "家谱修复与无酸装具更换", period((w(80), w(40)), (w(76), w(38)), (w(4), w(2))),
            [goal, mk(goal, "D204", "warning", note="年度目标 identical to 中期目标")],
            years=2)  # fmt: skip
    copied = "cumulative count equal in a two-year project"
    indicators(s, [
        ("产出指标", "数量指标", "修复破损谱牒页数", "≥4000页",
         mk("≥4000页", "D202", "warning", note=copied)),
        (None, None, "更换无酸装具", "≥1200盒", mk("≥1200盒", "D202", "warning", note=copied)),
        (None, "质量指标", "修复验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "装具更换完成时间", "2026年6月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单页修复成本", "≤80元/页", "≤80元/页"),
        (None, None, "无酸装具单价", "≤60元/盒", "≤60元/盒"),
        ("效益指标", "可持续影响指标", "谱牒原件预期保存年限", "≥50年", "≥50年"),
        ("满意度指标", "服务对象满意度指标", "查谱群众满意度", "≥90%", "≥90%"),
    ], ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant("uz12-template-rows", (6, 13), "project, NAT-2021, header 预期目标: two tier-2 labels "
         "left from the template, a value without a name")  # fmt: skip
def uz12() -> Book:
    b, s = start()
    project(s, "乡镇家谱装裱修复", annual(w(12), w(12), w(0)),
            ["为乡镇送修家谱完成装裱修复30部。"])  # fmt: skip
    empty = "template tier-2 with no indicator and no value"
    indicators(s, [
        ("产出指标", "数量指标", "装裱修复家谱", "≥30部"),
        (None, "质量指标", "修复合格率", "≥95%"),
        (None, "时效指标", "修复完成时间", "2025年12月前"),
        ("成本指标", "经济成本指标", "单部修复成本", "≤3000元/部"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note=empty), None, None),
        ("效益指标", "社会效益指标", "修复家谱返还乡镇开放", "≥30部"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=empty), None, None),
        (None, "可持续影响指标", mk(None, "F110", "error", note="value without a name"), "≥10年"),
        ("满意度指标", "服务对象满意度指标", "送修家族满意度", "≥90%"),
    ], ("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    return b
