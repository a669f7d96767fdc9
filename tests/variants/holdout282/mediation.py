"""Returns of 芩阳区 (invented) on 矛盾纠纷多元化解: 以案定补, 诉调对接, grid screening, the
district centre's department table, a budget-system export of the 12345 linkage, and a family
mediation room (sf13–sf18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout282.common import HEAD_ONE, funds, indicators, note, sign, start
from tests.variants.holdout282.registry import variant
from tests.variants.kit import WAN, YUAN, Book, day, mk, money, pct

JUSTICE = "芩阳区司法局（215006）"
HEAD5 = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
EXPORT = ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip


@variant("sf13-case-subsidy-labels", (5,), "project, OLD-NAT, tier-1 labels with ★ / * and "
         "points (50 + 30 + 10, a note saying 预算执行率 is scored apart), tier-2 abbreviated "
         "(数量, 社会效益), =0起 on an incident count (correct)")  # fmt: skip
def sf13() -> Book:
    b, s = start()
    project_head(s, year=2026, name="人民调解“以案定补”经费", dept=JUSTICE,
                 unit="芩阳区人民调解委员会", money=funds((68, 60, 8), fmt=WAN),
                 goals=("按调解案件数量和质量给予人民调解员补贴，提高纠纷调解"
                        "成功率。",))  # fmt: skip
    indicators(s, HEAD_ONE, [
        ("★产出指标（50分）", "数量", "人民调解组织调处矛盾纠纷", "≥2600件"),
        (None, None, "以案定补案件卷宗评查", "≥600卷"),
        (None, "质量", "卷宗评查合格率", "≥90%"),
        (None, None, "调解协议履行率", "≥92%"),
        (None, "时效", "以案定补补贴按季发放及时率", "≥95%"),
        (None, "成本", "一般纠纷调解补贴标准", "≤200元/件"),
        ("★效益指标（30分）", "社会效益", "矛盾纠纷调解成功率", "≥95%"),
        (None, None, "因调解不当引发的民转刑案件", "=0起"),
        (None, "可持续影响", "以案定补制度运行", "规范"),
        ("*满意度指标（10分）", "服务对象满意度", "纠纷当事人满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：一级指标分值合计90分，预算执行率（10分）由财政部门另行考核。")
    sign(s, "许听澜", "0571-5536218", day(2025, 11, 10))
    return b


@variant("sf14-court-link-wrong-parent", (5, 9), "project, NAT-2021, numbered labels "
         "(一、产出指标, 1.数量指标): a 时效指标 under 效益指标, 计划完成日期 as a serial "
         "in a text cell")  # fmt: skip
def sf14() -> Book:
    b, s = start()
    serial = mk("46387", "X104", "warning", note="2026-12-31 as a serial typed as text")
    project_head(s, year=2026, name="诉调对接工作站运行", dept=JUSTICE, end=serial,
                 unit="芩阳区诉调对接人民调解委员会", money=funds((42.8, 40, 2.8)),
                 goals=("承接法院委派的诉前调解案件，推动民事纠纷诉前化解。",))  # fmt: skip
    indicators(s, HEAD_ONE, [
        ("一、产出指标", "1.数量指标", "法院委派诉前调解案件", "≥1100件"),
        (None, None, "调解协议司法确认", "≥300件"),
        (None, "2.质量指标", "调解协议书制作规范率", "≥98%"),
        ("二、成本指标", "1.经济成本指标", "委派案件调解补贴标准", "≤300元/件"),
        ("三、效益指标", "1.社会效益指标", "诉前调解成功率", "≥55%"),
        (None, mk("2.时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
         "委派案件调解期限", "≤30日"),
        ("四、满意度指标", "1.服务对象满意度指标", "纠纷当事人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "许听澜", "0571-5536218", day(2025, 11, 10))
    return b


@variant("sf15-grid-screening-notes", (4,), "project, OLD-NAT, weight column: an instruction "
         "row inside the table, 小计 rows, the header repeated after a page break, a 合计 row, "
         "填表说明, a stamp and signature lines (correct)")  # fmt: skip
def sf15() -> Book:
    b, s = start()
    project_head(s, year=2026, name="社区（村）矛盾纠纷网格化排查", dept="芩阳区委政法委（215001）",
                 unit="芩阳区社会治理网格化服务中心", money=funds((16.8, 16.8, 0)),
                 goals=("网格员定期入户排查矛盾纠纷，早发现、早报告、早化解。",))  # fmt: skip
    s.row(*HEAD5)
    note(s, "（三级指标及指标值由项目单位填写，一级、二级指标不得修改）", 5)
    s.table([
        ("产出指标", "数量指标", "网格员入户排查矛盾纠纷", "≥12000户次", 15),
        (None, None, "排查发现纠纷登记建档", "≥900件", 10),
        (None, "质量指标", "纠纷建档信息准确率", "≥95%", 10),
        (None, "时效指标", "重大纠纷苗头上报时限", "≤2小时", 10),
        (None, "成本指标", "网格员入户排查补贴标准", "≤3元/户次", 5),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip()
    s.row(*HEAD5)
    s.table([
        ("效益指标", "社会效益指标", "排查纠纷就地化解率", "≥85%", 10),
        (None, None, "矛盾纠纷引发治安案件下降率", "≥10%", 10),
        (None, "可持续影响指标", "网格排查化解工作台账", "健全", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30)
    s.table([("满意度指标", "服务对象满意度指标", "网格居民满意度", "≥90%", 20)])
    s.row("小计", None, None, None, 20)
    s.row("合计", None, None, None, 100)
    note(s, "填表说明：1.指标值应量化并写明比较符和单位；2.权重合计为100分。")
    s.row("单位负责人：", "季清和", None, "（单位盖章）")
    sign(s, "温以宁", "0571-5536240", day(2025, 12, 5))
    return b


@variant("sf16-centre-department-money", (12,), "department, NAT-2021: budget with a row of "
         "shares, key tasks adding to 金额合计 = 项目支出, a unit cost × count within its task "
         "(correct)")  # fmt: skip
def sf16() -> Book:
    b, s = start("部门整体")
    share = "0.00%"
    department_head(s, year=2026, dept="芩阳区社会矛盾纠纷调处化解中心", budget=[
        (money(820), money(760), money(60), money(520), money(300)),
        (pct(1, share), pct(0.9268, share), pct(0.0732, share), pct(0.6341, share),
         pct(0.3659, share))],
        tasks=[("人民调解以案定补", "调解员以案定补补贴", money(120), "调解成功率稳定"),
               ("诉调对接中心运行", "诉前委派调解、司法确认", money(95), "诉前化解率提升"),
               ("矛盾纠纷排查专项", "重点领域纠纷排查化解", money(85), "纠纷早发现早化解"),
               ("金额合计", None, money(300), None)],
        goal="矛盾纠纷多元化解体系运转顺畅，纠纷化解在基层、化解在诉前。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "调处化解各类矛盾纠纷", "≥3200件"),
        (None, None, "诉前委派调解案件", "≥900件"),
        (None, "质量指标", "调解成功率", "≥92%"),
        (None, "时效指标", "诉前调解案件按期办结率", "≥90%"),
        ("成本指标", "经济成本指标", "以案定补补贴标准", "≤350元/件"),
        ("效益指标", "社会效益指标", "矛盾纠纷诉前化解率", "≥60%"),
        (None, "可持续影响指标", "多元化解工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "温以宁", "0571-5536240", day(2025, 11, 18))
    return b


@variant("sf17-linkage-export", (7, 9, 12), "budget-system export: 05-1 budget sheet in 元 "
         "with codes first, 05-2 indicator sheet with the header on the third row, tiers in "
         "every row: a total stored as text with separators, a 签收率 given as a count, =95 on "
         "a satisfaction rate")  # fmt: skip
def sf17() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 30, 16, 16, 16))
    s.title("2026年部门项目支出预算表", 5)
    s.row("单位名称：芩阳区社会治理综合服务中心", None, None, None, "单位：元")
    s.row("项目代码", "项目名称", "合计", "财政拨款", "其他资金")
    total = mk("1,286,400.00", "X103", "warning", alt=("B108",), note="a number as text")
    s.row("330521-26-0417", "12345热线与矛盾纠纷调处联动经费", total, money(1206400, YUAN),
          money(80000, YUAN))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 16, 26, 10, 10, 10))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位名称：芩阳区社会治理综合服务中心", merge=[(1, 4)])
    t.row(*EXPORT)
    code, name = "330521-26-0417", "12345热线与矛盾纠纷调处联动经费"
    count = mk(1500, "T105", "error", note="a 签收率 given as a count of 件")
    equal = mk("=", "T107", "warning", row=True, note="=95 on a satisfaction rate means ≥")
    t.table([(code, name, *r) for r in [
        ("产出指标", "数量指标", "热线转办矛盾纠纷工单", "≥", 5400, "件"),
        ("产出指标", "数量指标", "联动调处联席会议", "≥", 12, "次"),
        ("产出指标", "质量指标", "转办工单签收率", "≥", count, "件"),
        ("产出指标", "时效指标", "紧急纠纷工单响应时限", "≤", 2, "小时"),
        ("成本指标", "经济成本指标", "调处平台对接运维费", "≤", 420000, "元"),
        ("效益指标", "社会效益指标", "热线转办纠纷化解率", "≥", 85, "%"),
        ("效益指标", "可持续影响指标", "热线与调解组织联动机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", equal, 95, "%"),
    ]])  # fmt: skip
    return b


@variant("sf18-family-room-notes", (4, 13), "project, OLD-NAT, word operators (不少于, "
         "以上, 不超过), a 注 row between the tiers, a stamp line: a value without a name, a "
         "deadline given as 100%")  # fmt: skip
def sf18() -> Book:
    b, s = start()
    project_head(s, year=2026, name="婚姻家庭纠纷调解工作室运行", dept=JUSTICE,
                 unit="芩阳区婚姻家庭纠纷人民调解委员会", money=funds((12.5, 12.5, 0), fmt=WAN),
                 goals=("调解婚姻家庭纠纷，引入心理咨询，预防家庭矛盾激化。",))  # fmt: skip
    nameless = mk(None, "F110", "error", note="the value 不少于40场 has no indicator name")
    deadline = mk("100%", "T113", "warning", note="a time limit given as a percentage")
    indicators(s, HEAD_ONE, [
        ("产出指标", "数量指标", "受理婚姻家庭纠纷", "不少于800件"),
        (None, None, nameless, "不少于40场"),
        (None, "质量指标", "调解成功率", "90%以上"),
        (None, "时效指标", "纠纷调解办结期限", deadline),
        (None, "成本指标", "心理咨询服务费", "不超过3.6万元"),
    ])  # fmt: skip
    note(s, "注：受理纠纷数以人民调解信息系统录入数为准。")
    s.table([
        ("效益指标", "社会效益指标", "婚姻家庭纠纷重复调解下降率", "10%以上"),
        (None, "可持续影响指标", "工作室调解档案管理", "规范"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "90%以上"),
    ], merged=(1, 2))  # fmt: skip
    s.row("单位负责人：", "谢蕴川", None, "（单位盖章）")
    sign(s, "许听澜", "0571-5536218", day(2025, 11, 10))
    return b
