"""Returns on the earthquake early-warning terminals rolled out in schools (地震预警终端进校园)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout730.common import (
    TIERS,
    indicators,
    notes,
    one_year,
    sign,
    start,
    two_level,
    wan,
)
from tests.variants.holdout730.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kbl07-terminal-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, 0起 on an incident count, the goal's total with its parts in brackets "
         "(correct)")  # fmt: skip
def kbl07() -> Book:
    b, s = start()
    goal = ("在全市126所中小学安装或更新地震预警终端（其中新装96所、更新30所），保障地震监测台网"
            "稳定运行，开展防震减灾科普活动40场。")  # fmt: skip
    department_head(s, year=2025, dept="澄岭市地震局",
                    budget=[(wan(1280), wan(1180), wan(100), wan(760), wan(520))],
                    tasks=[("地震预警终端进校园", "为中小学安装或更新预警终端", wan(300),
                            "终端覆盖全市中小学"),
                           ("地震监测台网运维", "台站巡检、设备维修", wan(160), "台网稳定运行"),
                           ("防震减灾科普宣传", "科普进校园、进社区", wan(60), "科普活动40场"),
                           ("金额合计", None, wan(520), None)],
                    goal=goal)  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("预警终端覆盖中小学校数", 20, "所", "≥", 126),
        ("其中：新装预警终端学校数", 10, "所", "≥", 96),
        ("地震监测台网运行率", 15, "%", "≥", pct(0.98)),
        ("终端误报引发的校园安全事件", 10, "起", "≤", 0),
        ("预警信息到达学校平均延时", 10, "秒", "≤", 10),
        ("防震减灾科普活动场次", 10, "场", "≥", 40),
        ("学生应急疏散演练参与率", 15, "%", "≥", pct(0.95)),
        ("师生满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant("kbl08-terminal-goal-count", (12,),
         "project, NAT-2021, one value column: total not its parts, a terminal count below the "
         "goal's, a satisfaction rate under 社会效益")  # fmt: skip
def kbl08() -> Book:
    b, s = start()
    goal = ("在蔚山区70所中小学安装地震预警终端210台（每校3台），开展师生应急疏散演练140场，"
            "实现预警信息秒级到校。")  # fmt: skip
    total = mk(wan(300), "B101", "error", note="财政拨款260 + 其他资金30 = 290，不是300")
    project_head(s, year=2025, name="蔚山区中小学地震预警终端安装项目",
                 dept="澄岭市蔚山区教育局（512002）", unit="蔚山区教育局",
                 money=one_year(total, 260, 30), goals=[goal])  # fmt: skip
    count = mk("≥180台", "D104", "warning", row=True, note="年度目标写安装终端210台（每校3台）")
    misplaced = mk("家长满意度", "F201", "warning", row=True,
                   note="满意度是服务对象满意度指标，填在社会效益指标下")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "覆盖中小学校数", "≥70所"),
        (None, None, "安装预警终端数量", count),
        (None, None, "师生应急疏散演练场次", "≥140场"),
        (None, "质量指标", "终端安装验收合格率", "=100%"),
        (None, None, "终端联网在线率", "≥98%"),
        (None, "时效指标", "终端安装完成时间", "2025年9月1日前"),
        ("成本指标", "经济成本指标", "单台终端采购及安装成本", "≤1.2万元/台"),
        ("效益指标", "社会效益指标", "受益师生人数", "≥6.5万人"),
        (None, None, misplaced, "≥90%"),
        (None, "可持续影响指标", "终端运维保障期", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbl09-terminal-three-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: the 中期目标 copied into the "
         "年度目标, a year's count above the period's, a cumulative count copied")  # fmt: skip
def kbl09() -> Book:
    b, s = start()
    text = ("三年内为全市120所中小学配齐地震预警终端，培训师生应急疏散30000人次，建立终端运维"
            "和演练常态化机制。")  # fmt: skip
    copied = mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")
    project_head(s, year=2025, years=3, name="澄岭市校园地震预警终端全覆盖项目",
                 dept="澄岭市教育局（512001）", unit="澄岭市教育局",
                 money=two_level((900, 800, 100), (300, 270, 30)),
                 goals=[text, copied])  # fmt: skip
    above = mk("≥150所", "D201", "error", note="一年的学校数超过三年的120所")
    same = mk("≥30000人次", "D202", "warning", note="累计人次，年度照抄中期")
    cost = mk("≤7万元/所", "*", "warning", row=True, required=False,
              note="按错填的150所计会超过年度资金，后果不另计")  # fmt: skip
    indicators(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "配备预警终端学校数", "≥120所", above),
        (None, None, "培训师生应急疏散人次", "≥30000人次", same),
        (None, None, "开展应急疏散演练场次", "≥360场", "≥120场"),
        (None, "质量指标", "终端联网在线率", "≥98%", "≥98%"),
        (None, "时效指标", "年度任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "单校终端配置成本", "≤7万元/所", cost),
        ("效益指标", "社会效益指标", "受益师生人数", "≥10万人", "≥3.5万人"),
        (None, "可持续影响指标", "终端运维机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbl10-terminal-second-sheet", (7, 4),
         "project: head on the first sheet, the table on a second sheet under 考核指标 and "
         "预期实现值, a 注 row inside, 填表说明 and a signature dated the year before, a later "
         "year the work prepares for (correct)")  # fmt: skip
def kbl10() -> Book:
    b, s = start("项目信息")
    goal = ("为全市已安装预警终端的126所中小学提供全年运维服务，组织每校至少1次地震应急疏散演练，"
            "为2026年全市终端升级改造积累运行数据。")  # fmt: skip
    project_head(s, year=2025, name="澄岭市中小学地震预警终端运维及演练项目",
                 dept="澄岭市地震局（318001）", unit="澄岭市地震监测中心",
                 money=one_year(96, 96, 0), goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标", (16, 20, 30, 18, 24))
    t.title("2025年度项目绩效指标表", 5)
    t.row("一级指标", "二级指标", "考核指标", "预期实现值", "备注")
    t.table([
        ("产出指标", "数量指标", "运维服务覆盖学校数", "≥126所", None),
        (None, None, "组织学校地震应急疏散演练", "≥126场", "每校至少1场"),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "注：演练场次按每校每年至少1场计算，寄宿制学校另加夜间演练，不重复计入。", width=5)
    t.table([
        ("产出指标", "质量指标", "预警终端完好率", pct(0.97), None),
        (None, "时效指标", "终端故障修复响应时间", "≤24小时", None),
        (None, "成本指标", "单校年度运维成本", "≤0.7万元/所", None),
        ("效益指标", "社会效益指标", "师生应急避险技能掌握率", "≥90%", None),
        (None, "可持续影响指标", "终端运维档案管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "填表说明：1.指标值应写明比较符和计量单位；2.定性指标填写“健全”“良好”等等级。",
          width=5)  # fmt: skip
    sign(t, "韦嘉澍", "0571-86320417", day(2024, 11, 15))
    return b


@variant("kbl11-terminal-marked-labels", (5,),
         "project, OLD-NAT, tier labels with * and ★ and abbreviated (数量, 质量, 社会效益): a "
         "count under 质量, the same indicator twice under two tier-2s")  # fmt: skip
def kbl11() -> Book:
    b, s = start()
    goal = ("为栖桐县28所乡村学校安装地震预警终端，培训学校终端管理员56人，确保预警信息及时"
            "接收。")  # fmt: skip
    project_head(s, year=2025, name="栖桐县乡村学校地震预警终端补盲项目",
                 dept="栖桐县教育局（421010）", unit="栖桐县教育局",
                 money=one_year(84, 84, 0), goals=[goal])  # fmt: skip
    count = mk("培训学校终端管理员", "F201", "warning", row=True,
               note="人数是数量指标，填在质量下")  # fmt: skip
    twice = mk("≥95%", "D101", "warning", row=True, alt=("D103", "F201"),
               note="与时效下的“预警信息接收及时率 ≥95%”是同一指标，又填在社会效益下")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("*产出指标", "数量", "安装终端乡村学校数", "≥28所"),
        (None, "质量", "终端安装验收合格率", "=100%"),
        (None, None, count, "≥56人"),
        (None, "时效", "预警信息接收及时率", "≥95%"),
        (None, "成本", "单校终端安装成本", "≤2.8万元/所"),
        ("*效益指标", "社会效益", "受益师生人数", "≥8400人"),
        (None, None, "预警信息接收及时率", twice),
        (None, "可持续影响", "终端运维责任制", "健全"),
        ("★满意度指标", "服务对象满意度", "师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbl12-terminal-department", (12, 11),
         "department, NAT-2021, tasks adding to 金额合计 = 项目支出, budget both ways, 反向 rates "
         "with ≤ and a 下降率 with ≥ (correct)")  # fmt: skip
def kbl12() -> Book:
    b, s = start()
    goal = ("保障全市126所中小学地震预警终端稳定运行，组织每校应急疏散演练不少于2次，创建防震"
            "减灾示范校12所。")  # fmt: skip
    department_head(s, year=2025, dept="澄岭市教育局（本级）",
                    budget=[(wan(1860), wan(1700), wan(160), wan(1120), wan(740))],
                    tasks=[("校园地震预警终端运维", "终端巡检、维修和升级", wan(420),
                            "终端稳定运行"),
                           ("校园应急疏散演练", "每校每年2次演练", wan(200), "演练252场"),
                           ("防震减灾示范校创建", "示范校评估和奖补", wan(120), "示范校12所"),
                           ("金额合计", None, wan(740), None)],
                    goal=goal)  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "终端运维覆盖学校数", "≥126所"),
        (None, None, "应急疏散演练场次", "≥252场"),
        (None, None, "创建防震减灾示范校", "≥12所"),
        (None, "质量指标", "预警终端故障率", "≤2%"),
        (None, "时效指标", "预警信息平均到校延时", "≤10秒"),
        ("成本指标", "经济成本指标", "单校年度终端运维成本", "≤3.3万元/所"),
        ("效益指标", "社会效益指标", "师生应急疏散平均用时下降率", "≥20%"),
        (None, "可持续影响指标", "校园防震减灾长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%"),
    ])  # fmt: skip
    return b
