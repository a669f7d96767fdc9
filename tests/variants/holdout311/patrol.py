"""Returns on fishery law enforcement and patrols (渔政执法巡护): ti07–ti12."""

from __future__ import annotations

from tests.variants.holdout311.common import YEAR, funds, indicators, note, project, sign, start
from tests.variants.holdout311.registry import variant
from tests.variants.kit import Book, day, mk

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ti07-numbered-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标), "
         "an indicator score column adding to 100 as the tier points do, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def ti07() -> Book:
    b, s = start()
    project(s, "禁捕水域护渔员巡护补助", "蓼泾县农业农村局（402）", "蓼泾县渔政执法大队",
            funds(240, 228, 12),
            ["聘用护渔员100人开展禁捕水域常态化巡护，全年巡护里程不少于50000公里。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "聘用护渔员人数", "≥100人", 5),
        (None, None, "年度巡护里程", "≥50000公里", 10),
        (None, None, "配发巡护装备", "≥100套", 5),
        (None, "（二）质量指标", "巡护日志规范填报率", "≥95%", 10),
        (None, "（三）时效指标", "非法捕捞线索现场到达时限", "≤2小时", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "护渔员人均年度巡护补助",
         "≤2.2万元/人·年", 10),
        (None, None, "巡护装备单价", "≤0.18万元/套", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "沿江群众禁渔政策知晓率",
         "提高≥5百分点", 10),
        (None, None, "涉渔违法线索核查率", "=100%", 10),
        (None, "（二）生态效益指标", "偷捕案件发生数下降率", "≥10%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "沿江群众满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("ti08-marked-labels-wrong-parent", (5,),
         "project, OLD-NAT, labels marked with *, a 生态效益指标 under 产出指标, "
         "a completion date given as 100%")  # fmt: skip
def ti08() -> Book:
    b, s = start()
    project(
        s,
        "渔政执法装备购置",
        "汊口区农业农村局（117）",
        "汊口区农业综合行政执法大队",
        funds(150, 140, 10),
        ["购置执法记录仪120台、无人机6架，提升禁捕水域执法取证能力。"],
    )
    parent = mk("*生态效益指标", "F105", "error", note="生态效益指标 belongs under 效益指标")
    when = mk("100%", "T113", "warning", note="a completion time given as a percentage")
    indicators(s, HEAD4, [
        ("*产出指标", "*数量指标", "购置执法记录仪", "≥120台"),
        (None, None, "购置执法无人机", "≥6架"),
        (None, "*质量指标", "装备验收合格率", "=100%"),
        (None, "*时效指标", "装备采购完成时间", when),
        (None, "*成本指标", "执法无人机单价", "≤15万元/架"),
        (None, None, "执法记录仪单价", "≤0.4万元/台"),
        (None, parent, "装备使用废旧电池规范回收率", "=100%"),
        ("*效益指标", "*社会效益指标", "非法捕捞案件电子取证率", "≥95%"),
        (None, "*可持续影响指标", "装备使用年限", "≥5年"),
        ("*满意度指标", "*服务对象满意度指标", "一线执法人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ti09-two-row-header-words", (7, 11),
         "project, OLD-NAT, two-row header 考核指标 / 绩效目标值, operators in words in a "
         "指标性质 column, bare numbers and a unit column, a 下降率 with 大于等于 "
         "(correct)")  # fmt: skip
def ti09() -> Book:
    b, s = start()
    project(
        s,
        "渔政执法船艇运行维护",
        "澄渚县农业农村局（208）",
        "澄渚县渔政执法大队",
        funds(180, 165, 15),
        ["维护执法船艇14艘，保障全年出航巡查不少于1100航次。"],
    )
    s.row("考核指标", None, None, "绩效目标值", None, None, merge=[(1, 3), (4, 6)])
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "目标值", "计量单位"), [
        ("产出指标", "数量指标", "执法船艇维保艘数", "大于等于", 14, "艘"),
        (None, None, "船艇出航巡查航次", "大于等于", 1100, "航次"),
        (None, "质量指标", "执法船艇完好率", "大于等于", 95, "%"),
        (None, "时效指标", "船艇故障修复时限", "小于等于", 72, "小时"),
        (None, "成本指标", "单艘船艇年度维保费用", "小于等于", 9.5, "万元/艘"),
        (None, None, "船艇燃油费", "小于等于", 45, "万元"),
        ("效益指标", "社会效益指标", "执法船艇安全责任事故", "小于等于", 0, "起"),
        (None, None, "汛期水上巡查覆盖率", "大于等于", 90, "%"),
        (None, "生态效益指标", "船艇单位航次油耗下降率", "大于等于", 5, "%"),
        (None, "可持续影响指标", "船艇维保台账建档率", "等于", 100, "%"),
        ("满意度指标", "服务对象满意度指标", "执法人员对船艇保障满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("ti10-export-second-sheet", (7, 11),
         "project, budget-system export: head on the first sheet, the indicator table on a second "
         "sheet under 预期实现值 with unit and project codes in the first columns and the header "
         "on row 3; a 反向 rate with ≥ and a unit conflicting with the unit column")  # fmt: skip
def ti10() -> Book:
    b, s = start("项目信息")
    project(
        s,
        "禁捕水域视频监控运维",
        "汊口区农业农村局（117）",
        "汊口区农业综合行政执法大队",
        funds(128, 120, 8),
        ["运维64个视频监控点位，实现重点禁捕水域全天候监控。"],
    )
    t = b.sheet("项目支出绩效目标表", (10, 12, 12, 14, 30, 14, 10))
    t.title(f"{YEAR}年度项目支出绩效目标表", 7)
    t.row("单位：汊口区农业综合行政执法大队", None, None, None, "金额单位：万元",
          merge=[(1, 4)])  # fmt: skip
    back = mk("≥2", "T108", "warning", row=True, note="复发率 is 反向: ≤ expected")
    unit = mk("≥86公里", "T112", "error", row=True, note="value in 公里, unit column 条")
    u, p = "117003", "4211250070"
    indicators(t, ("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "预期实现值",
                   "计量单位"), [
        (u, p, "产出指标", "数量指标", "运维视频监控点位数", "≥64", "个"),
        (u, p, None, None, "智能识别预警线索处置数", "≥300", "条"),
        (u, p, None, "质量指标", "监控点位在线率", "≥95", "%"),
        (u, p, None, "时效指标", "故障点位修复时限", "≤48", "小时"),
        (u, p, None, "成本指标", "单点位年度运维费用", "≤1.6", "万元/个"),
        (u, p, "效益指标", "社会效益指标", "监控水域偷捕事件复发率", back, "%"),
        (u, p, None, "生态效益指标", "监控覆盖禁捕岸线长度", unit, "条"),
        (u, p, "满意度指标", "服务对象满意度指标", "基层执法队员使用满意度", "≥90", "%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("ti11-notes-signature", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, notes (one "
         "explaining the total), 填表说明, signature and a fill date in the prior year "
         "(correct)")  # fmt: skip
def ti11() -> Book:
    b, s = start()
    project(
        s,
        "长江蓼泾段联合巡护执法",
        "蓼泾县农业农村局（402）",
        "蓼泾县渔政执法大队",
        funds(42, 40, 2),
        ["联合公安、海事开展禁捕水域巡护3600人次，夜间突击检查48次。"],
    )
    s.row(*HEAD4)
    note(s, "（三级指标由项目单位填写，指标值须量化，定性指标写明等级）", 4)
    s.table([
        ("产出指标", "数量指标", "联合巡护出动人次", "≥3600人次"),
        (None, None, "夜间突击检查", "≥48次"),
        (None, "质量指标", "巡护记录完整率", "≥98%"),
        (None, "时效指标", "举报线索响应时限", "≤2小时"),
        (None, "成本指标", "人次巡护补助标准", "≤100元/人次"),
        ("效益指标", "社会效益指标", "涉渔违法线索查处率", "=100%"),
        (None, "可持续影响指标", "联合巡护工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿江群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1.项目资金42万元，其中巡护补助36万元、燃油及通讯费6万元。", 4)
    note(s, "2.巡护人次含公安、海事协同出动人员。", 4)
    note(s, "填表说明：指标值按“比较符+数值+单位”填写。", 4)
    sign(s, "戚砚秋", "0739-5528317", day(YEAR - 1, 11, 26), "闵澈")
    return b


@variant("ti12-template-rows-empty", (6, 13),
         "project, NAT-2021, header 预期目标: a 社会成本指标 left from the template, one value "
         "without a name, one name cell holding only a full-width space")  # fmt: skip
def ti12() -> Book:
    b, s = start()
    project(
        s,
        "渔政协助巡护队员培训",
        "芦湄市农业农村局（311）",
        "芦湄市渔政执法支队",
        funds(64, 60, 4),
        ["培训协助巡护队员320人，举办培训班8期，做到持证上岗。"],
    )
    left = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty")
    nameless = mk(None, "F110", "error", note="value ≥640人次 with no indicator name")
    blank = mk("\u3000", "F110", "error", note="name cell holds a full-width space only")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "培训协助巡护队员人数", "≥320人"),
        (None, None, "举办培训班期数", "≥8期"),
        (None, None, nameless, "≥640人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "人均培训费用", "≤1500元/人"),
        (None, left, None, None),
        ("效益指标", "社会效益指标", "协助巡护队员持证上岗率", "=100%"),
        (None, None, blank, "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参训队员满意度", "≥90%"),
    ])  # fmt: skip
    return b
