"""Memorial site upkeep (烈士纪念设施维护管理): kex13–kex18."""

from __future__ import annotations

from tests.variants.holdout820.common import (
    details,
    indicators,
    multi_year,
    new,
    notes,
    one_year,
    project,
    sign,
    w,
)
from tests.variants.holdout820.registry import variant
from tests.variants.kit import Book, mk

UNIT = "澄岭县烈士陵园管理所"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kex13-memorial-numbered-tiers",
    (5, 11),
    "project, NAT-2021, numbered tier labels with points at tier-1 only, abbreviated "
    "tier-2s, a ★ core indicator, a 下降率 with ≥ and ≤0起 on accidents (correct)",
)
def memorial_numbered_tiers() -> Book:
    b, s = new()
    project(s, "烈士纪念设施日常维护", UNIT, one_year(w(150), w(150), w(0)),
            ["对全县42处烈士纪念设施开展日常维护和保洁，修缮破损墓碑，"
             "全年不发生安全责任事故。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标（40分）", "（一）数量", "★烈士纪念设施维护处数", "≥42处"),
        (None, None, "日常巡查次数", "≥52次"),
        (None, "（二）质量", "墓碑保洁覆盖率", "=100%"),
        (None, "（三）时效", "破损问题整改时限", "≤30日"),
        ("二、成本指标（20分）", "（一）经济成本", "单处设施年度维护成本", "≤3.5万元/处"),
        ("三、效益指标（30分）", "（一）社会效益", "设施破损点位下降率", "≥20%"),
        (None, None, "安全责任事故", "≤0起"),
        (None, "（二）可持续影响", "设施管护责任制", "健全"),
        ("四、满意度指标（10分）", "（一）服务对象满意度", "祭扫群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：标“★”的为核心指标，不得删除。")
    sign(s, "甘砚秋", "0739-5840217")
    return b


@variant(
    "kex14-cemetery-repair-details",
    (12,),
    "project, OLD-NAT, header 绩效目标值, detail lines below the table: a count against the "
    "goal, a deadline in the next year, detail lines short of the money",
)
def cemetery_repair_details() -> Book:
    b, s = new()
    project(s, "烈士陵园修缮及绿化养护", UNIT, one_year(w(120), w(110), w(10)),
            ["修缮零散烈士墓84座，养护陵园绿化面积3.2万平方米，"
             "年内完成修缮并通过验收。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "修缮零散烈士墓数量",
         mk("≥48座", "D104", "warning", note="goal: 修缮零散烈士墓84座")),
        (None, None, "陵园绿化养护面积", "≥3.2万平方米"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "时效指标", "修缮工程完工时间",
         mk("2027年10月31日前", "Y102", "error", alt=("Y103",),
            note="a one-year 2026 project; the goal says 年内完成")),
        (None, "成本指标", "单座烈士墓修缮成本", "≤0.7万元/座"),
        ("效益指标", "社会效益指标", "英烈纪念氛围", "显著提升"),
        ("满意度指标", "服务对象满意度指标", "烈属满意度", "≥92%"),
    ])  # fmt: skip
    details(s, [("石材墓碑修缮", w(62)), ("绿化养护", w(35)), ("保洁及安保", w(18))], w(115))
    b.file_mark("B102", "error", alt=("B101",), note="62 + 35 + 18 = 115 ≠ 年度资金 120")
    sign(s, "甘砚秋", "0739-5840217")
    return b


@variant(
    "kex15-memorial-upgrade-period",
    (8,),
    "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns with a 备注 column: "
    "period count 36 beside the year's 12, cost × count equal to the money (correct)",
)
def memorial_upgrade_period() -> Book:
    b, s = new(widths=(14, 16, 28, 18, 18, 14))
    project(s, "零散烈士纪念设施提档改造", UNIT,
            multi_year((w(900), w(840), w(60)), (w(300), w(280), w(20))),
            ["三年内完成36处零散烈士纪念设施集中迁移或提档改造。",
             "2026年完成12处零散烈士纪念设施提档改造并通过验收。"],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "提档改造设施处数", "≥36处", "≥12处", "计划标准"),
        (None, "质量指标", "改造工程验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "改造任务完成时间", "2028年12月31日前", "2026年12月31日前", None),
        ("成本指标", "经济成本指标", "单处改造成本", "≤25万元/处", "≤25万元/处", "行业标准"),
        ("效益指标", "社会效益指标", "群众祭扫便利程度", "显著提升", "有所提升", None),
        (None, "可持续影响指标", "设施管护责任落实率", "≥95%", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "烈属及祭扫群众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "甘砚秋", "0739-5840217")
    return b


@variant(
    "kex16-memorial-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a template tier-2 left without an indicator, the "
    "same count repeated under 社会效益",
)
def memorial_template_rows() -> Book:
    b, s = new()
    project(s, "烈士陵园管护与英烈事迹宣讲", UNIT, one_year(w(48), w(45), w(3)),
            ["全年开展英烈事迹讲解120场，陵园每日巡查，保持设施完好、环境整洁。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "英烈事迹讲解场次", "≥120场"),
        (None, None, "陵园日常巡查次数", "≥365次"),
        (None, "质量指标", "讲解词审核通过率", "=100%"),
        (None, "时效指标", "设施损坏报修响应时限", "≤24小时"),
        ("成本指标", "经济成本指标", "单场讲解成本", "≤800元/场"),
        ("效益指标", "社会效益指标",
         mk("英烈事迹讲解场次", "D101", "warning", row=True, alt=("D103", "F201"),
            note="the 数量 count repeated under 社会效益"), "≥120场"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        (None, "可持续影响指标", "陵园管护制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "瞻仰群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘砚秋", "0739-5840217")
    return b


@variant(
    "kex17-memorial-notes",
    (4, 12),
    "project, OLD-NAT, operator and unit columns: a 说明 row inside the table, detail lines "
    "with a 小计, footnotes explaining a total, a fill date the year before (correct)",
)
def memorial_notes() -> Book:
    b, s = new()
    project(s, "烈士纪念设施保洁与安防维护", UNIT, one_year(w(90), w(80), w(10)),
            ["做好全县42处烈士纪念设施日常保洁和安防设备维护，完成小型修缮。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "保洁维护设施处数", "≥", 42, "处"),
        (None, None, "安防监控点位维护数", "≥", 36, "个"),
        (None, "质量指标", "安防设备完好率", "≥", 95, "%"),
        (None, "时效指标", "故障修复时限", "≤", 48, "小时"),
        (None, "成本指标", "单处年度保洁成本", "≤", 0.95, "万元/处"),
    ], merged=(1, 2))  # fmt: skip
    s.row("说明：以下效益和满意度指标按年度考核。", merge=[(1, 6)])
    s.table([
        ("效益指标", "社会效益指标", "纪念设施开放天数", "≥", 360, "天"),
        ("满意度指标", "服务对象满意度指标", "祭扫群众满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "设施保洁", None, w(40), merge=[(2, 3)])
    s.row(None, "安防设备维护", None, w(28), merge=[(2, 3)])
    s.row(None, "日常管护小计", None, w(68), merge=[(2, 3)])
    s.row(None, "小型修缮", None, w(22), merge=[(2, 3)])
    s.row(None, "合计", None, w(90), merge=[(2, 3)])
    notes(s, "注：1.维护设施42处含县烈士陵园1处、乡镇烈士纪念碑（亭）41处。",
          "2.合计90万元为日常管护小计68万元与小型修缮22万元之和。",
          "填表说明：金额以万元为单位，保留两位小数。")  # fmt: skip
    sign(s, "甘砚秋", "0739-5840217", filled=(2025, 12, 2))
    return b


@variant(
    "kex18-memorial-wrong-tier",
    (5, 12),
    "project, NAT-2021, numbered labels: a rate of condition under 时效, a tier-2 under "
    "the wrong tier-1, unit cost × count above the money",
)
def memorial_wrong_tier() -> Book:
    b, s = new()
    project(s, "烈士墓碑集中修缮", UNIT, one_year(w(80), w(80), w(0)),
            ["集中修缮破损烈士墓碑120座，修缮后设施完好率达到98%以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "1.数量指标", "墓碑修缮数量", "≥120座"),
        (None, "2.质量指标", "修缮工程验收合格率", "=100%"),
        (None, "3.时效指标", mk("修缮后纪念设施完好率", "F201", "warning", row=True,
                                note="a rate of condition under 时效"), "≥98%"),
        (None, None, "修缮工程完工时间", "11月30日前"),
        ("二、成本指标", "1.经济成本指标", "单座墓碑修缮成本",
         mk("≤0.8万元/座", "B107", "warning", row=True,
            note="0.8万元 × 120座 = 96万元 > 年度资金 80万元")),
        ("三、效益指标", "1.社会效益指标", "英烈纪念设施庄严肃穆程度", "显著提升"),
        ("四、满意度指标", "1.服务对象满意度指标", "烈属满意度", "≥92%"),
        (None, mk("2.可持续影响指标", "F105", "error", row=True,
                  note="a 效益 tier-2 under 满意度指标"), "修缮成果长效管护机制", "建立并执行"),
    ])  # fmt: skip
    sign(s, "甘砚秋", "0739-5840217")
    return b
