"""Roadside bus shelters (农村候车亭): kcb07 to kcb12."""

from __future__ import annotations

from tests.variants.holdout746.common import (
    DEPT,
    POINTS,
    PROJ,
    YARD,
    YEAR,
    first,
    head,
    new,
    notes,
    one_year,
    sign,
    table,
    w,
)
from tests.variants.holdout746.registry import variant
from tests.variants.kit import Book, day, mk, pct

NAME = "农村候车亭新建及改造"


@variant("kcb07-shelter-points", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "and an indicator score column, both levels adding to 100, a rise in 百分点 "
         "(correct)")  # fmt: skip
def shelter_points() -> Book:
    b = new()
    s = first(b)
    goal = "新建农村港湾式候车亭40座（其中杉坪镇16座、鹤岭乡24座），农村候车亭覆盖率提高5个百分点。"
    head(s, NAME, YARD, one_year(150, 130, 20), [goal])
    table(s, POINTS, [
        ("一、产出指标（50分）", "1.数量指标", "新建港湾式候车亭", "≥40座", 20),
        (None, "2.质量指标", "候车亭竣工验收合格率", "=100%", 15),
        (None, "3.时效指标", "候车亭完工时间", "2025年11月30日前", 15),
        ("二、成本指标（10分）", "1.经济成本指标", "单座候车亭建设成本", "≤3.5万元/座", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "农村候车亭覆盖率提高", "≥5百分点", 15),
        (None, "2.可持续影响指标", "候车亭设施完好率", "≥95%", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "候车群众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计（100分）", None, None, None, 100, merge=[(1, 4)])
    notes(s, "说明：一级指标分值与三级指标分值为同一口径，两级各自合计均为100分。")
    sign(s, "彭雨桐", "0579-6638 2163")
    return b


@variant("kcb08-shelter-deadline-year", (7,), "project, OLD-NAT, headers 指标内容 and 绩效标准: "
         "a deadline in the next year of a one-year project, last year's year in the goal, "
         "the same count under two tier-2s")  # fmt: skip
def shelter_deadline() -> Book:
    b = new()
    s = first(b)
    old = "年度目标写的是2023年，既非预算年度2025年，也不在项目期内（上年模板的遗留）"
    goal = mk("完成2023年度农村候车亭改造36座，并对沿线站牌统一更换。", "Y103", "warning", note=old)
    head(s, "农村候车亭提档改造", YARD, one_year(108, 108, 0), [goal])
    late = "一年期项目（2025-01-01至2025-12-31），完工期限却在2026年"
    twice = "与数量指标“改造农村候车亭 36座”是同一指标，换了说法又填在时效指标下"
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "改造农村候车亭", "≥36座"),
        (None, None, "更换沿线站牌", "≥120块"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造工程完工时间",
         mk("2026年3月31日前", "Y102", "error", note=late)),
        (None, None, "农村候车亭改造数量",
         mk("≥36座", "D103", "warning", alt=("D101", "F201"), row=True, note=twice)),
        (None, "成本指标", "单座改造成本", "≤2.5万元/座"),
        ("效益指标", "社会效益指标", "雨天候车条件改善的行政村", "≥30个"),
        ("满意度指标", "服务对象满意度指标", "候车群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "彭雨桐", "0579-6638 2163")
    return b


@variant("kcb09-shelter-second-sheet", (7, 1), "project: head on the first sheet, indicators on "
         "a second sheet under 考核指标 · 预期实现值, percent cells, a later year the pilot "
         "prepares for (correct)")  # fmt: skip
def shelter_second_sheet() -> Book:
    b = new("项目信息")
    s = first(b)
    goal = "在栗口镇试点建设光伏照明候车亭12座，为2026年在全县推广积累建设和管护经验。"
    head(s, "光伏照明候车亭试点", YARD, one_year(60, 60, 0), [goal])
    sign(s, "彭雨桐", "0579-6638 2163")
    t = b.sheet("绩效指标", (14, 16, 30, 10, 16, 12))
    t.title(f"{YEAR}年度项目绩效指标", 6)
    table(t, ("一级指标", "二级指标", "考核指标", "指标性质", "预期实现值", "计量单位"), [
        ("产出指标", "数量指标", "试点光伏照明候车亭", "≥", 12, "座"),
        (None, "质量指标", "夜间照明设施正常运行率", "≥", pct(0.95), "%"),
        (None, "时效指标", "试点候车亭建成时间", "≤", day(YEAR, 10, 31), None),
        (None, "成本指标", "单座光伏候车亭建设成本", "≤", w(4.8), "万元/座"),
        ("效益指标", "社会效益指标", "夜间候车安全事故", "≤", 0, "起"),
        (None, "可持续影响指标", "形成可推广的管护办法", "=", "1套", None),
        ("满意度指标", "服务对象满意度指标", "栗口镇候车群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kcb10-shelter-starred-tiers", (5, 6), "transfer-style project, OLD-NAT, tier labels "
         "with ★ and abbreviated: a rate under 时效, a satisfaction rate under 社会效益, the "
         "template's example row left in")  # fmt: skip
def shelter_starred() -> Book:
    b = new()
    s = first(b)
    goal = "在鹤岭乡、栗口镇新建农村候车亭24座，改善沿线群众候车条件。"
    head(s, "省级农村候车亭建设补助资金", YARD, one_year(96, 80, 16), [goal], attr="转移支付项目")
    late = "验收合格率是质量指标，填在时效下"
    social = "候车群众满意度是服务对象满意度指标，填在社会效益下"
    sample = "模板自带的示例行（XX）没有删除"
    table(s, PROJ, [
        ("★产出指标", "数量", "新建农村候车亭", "≥24座"),
        (None, None, "示例：XX设施数量",
         mk("≥XX个", "X101", "error", row=True, note=sample)),
        (None, "质量", "候车亭基础施工规范率", "≥95%"),
        (None, "时效", "候车亭竣工验收合格率",
         mk("=100%", "F201", "warning", row=True, note=late)),
        (None, None, "候车亭完工时间", "2025年11月30日前"),
        (None, "成本", "单座候车亭建设补助", "≤4万元/座"),
        ("★效益指标", "社会效益", "新增候车亭服务人口", "≥9000人"),
        (None, None, "候车群众满意度", mk("≥90%", "F201", "warning", row=True, note=social)),
        ("★满意度指标", "服务对象满意度", "沿线客运驾驶员满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "彭雨桐", "0579-6638 2163")
    return b


@variant("kcb11-shelter-budget-export", (4, 7, 12), "budget-system export: 05-1 money sheet, "
         "05-2 indicator sheet with codes in the first columns, header on the third row, 注 "
         "row inside, 填表说明 below (correct)")  # fmt: skip
def shelter_export() -> Book:
    b = new("部门项目支出预算05-1", (12, 20, 22, 24, 12, 12, 12))
    s = first(b)
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    code = "33108225T000004176"
    s.row("318006", DEPT[:8], code, "农村候车亭日常管护", w(86), w(80), w(6))
    s.row("318006", DEPT[:8], "33108225T000004181", "候车亭站牌信息更新", w(14), w(14), w(0))
    s.row("合计", None, None, None, w(100), w(94), w(6))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 22, 12, 14, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：茗岙县交通运输局", None, None, None, None, "金额单位：万元")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值")
    rows = [
        ("产出指标", "数量指标", "日常管护农村候车亭", "≥210座"),
        ("产出指标", "数量指标", "月度巡查次数", "≥12次"),
        ("产出指标", "质量指标", "候车亭设施完好率", "≥95%"),
        ("产出指标", "时效指标", "损坏设施修复时限", "≤7个工作日"),
        ("注：候车亭座数以2024年底台账为准，新建候车亭竣工后纳入管护。",),
        ("产出指标", "成本指标", "单座年度管护费用", "≤0.4万元/座"),
        ("效益指标", "社会效益指标", "候车亭卫生投诉下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "候车群众满意度", "≥90%"),
    ]
    for r in rows:
        if len(r) == 1:
            t.row(r[0], merge=[(1, 6)])
        else:
            t.row("318006", code, *r)
    t.row("填表说明：1.指标值须量化；2.本表由预算管理一体化系统导出。", merge=[(1, 6)])
    sign(t, "彭雨桐", "0579-6638 2163")
    return b


@variant("kcb12-shelter-detail-lines", (12, 4), "project, OLD-NAT, a 资金明细 block under the "
         "head: lines not adding to their 合计, a unit cost × count above the money, a goal's "
         "210 shelters against 120")  # fmt: skip
def shelter_lines() -> Book:
    b = new()
    s = first(b)
    goal = "新建农村候车亭30座，加装太阳能照明，维护既有候车亭210座。"
    head(s, "农村候车亭建设及管护", YARD, one_year(168, 150, 18), [goal])
    lines = "明细 120 + 30 + 18 = 168，合计却写 158"
    s.row("资金明细（万元）", "候车亭新建", None, w(120), "新建30座", None, merge=[(2, 3), (5, 6)])
    s.row(None, "太阳能照明加装", None, w(30), "30座", None, merge=[(2, 3), (5, 6)])
    s.row(None, "既有候车亭维护", None, w(18), "含保洁", None, merge=[(2, 3), (5, 6)])
    s.row(None, "合计", None, mk(w(158), "B102", "error", alt=("B101",), note=lines),
          merge=[(2, 3)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    cost = "单座造价6万元 × 30座 = 180万元，超过年度资金168万元（新建明细只有120万元）"
    upkeep = "年度目标写维护既有候车亭210座，指标只有120座"
    table(s, PROJ, [
        ("产出指标", "数量指标", "新建农村候车亭", "≥30座"),
        (None, None, "维护既有候车亭", mk("≥120座", "D104", "warning", note=upkeep)),
        (None, "质量指标", "新建候车亭验收合格率", "=100%"),
        (None, "时效指标", "新建候车亭完工时间", "2025年10月31日前"),
        (None, "成本指标", "单座候车亭建设造价",
         mk("≤6万元/座", "B107", "warning", row=True, note=cost)),
        ("效益指标", "社会效益指标", "夜间候车照明覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "候车群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：维护费用按每座每年0.08万元测算。")
    sign(s, "彭雨桐", "0579-6638 2163")
    return b
