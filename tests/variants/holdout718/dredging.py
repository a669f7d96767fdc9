"""Returns for the fishing-port dredging project (kaz07–kaz12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout718.common import (
    DEPT,
    PERIOD,
    PORT,
    TIERS,
    book,
    funds,
    indicators,
    notes,
    project,
    sign,
    wan,
)  # fmt: skip
from tests.variants.holdout718.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, ok, pct


@variant("kaz07-dredge-two-years", (8,), "two-year project 2025–2026, NAT-2021, 中期 and 年度 "
         "columns: goals copied, a year's volume above the period's, a length copied")  # fmt: skip
def dredge_two_years() -> Book:
    goal = ("完成东汀渔港港池及进港航道疏浚，港池水深恢复至设计水深-4.5米，进港航道满足"
            "500吨级渔船乘潮进出。")  # fmt: skip
    money_rows = [["中期资金总额", wan(1600), "年度资金总额", wan(900)],
                  ["其中：财政拨款", wan(1400), "其中：财政拨款", wan(800)],
                  ["其他资金", wan(200), "其他资金", wan(100)]]  # fmt: skip
    b, s = project(2025, "东汀渔港港池及航道疏浚工程", PORT, money_rows, [
        goal, mk(goal, "D204", "warning", note="年度目标与中期目标逐字相同")],
        years=2, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "港池疏浚土方量", "≥38万立方米", mk(
            "≥42万立方米", "D201", "error", note="年度42万大于实施期38万")),
        (None, None, "进港航道疏浚长度", "≥2.4公里", mk(
            "≥2.4公里", "D202", "warning", note="两年期累计长度与年度相同")),
        (None, "质量指标", "疏浚区水深达标率", "≥95%", "≥95%"),
        (None, "时效指标", "工程完工时间", "2026年12月31日前", "2025年12月31日前完成一期"),
        ("成本指标", "经济成本指标", "疏浚综合单价", "≤20元/立方米", "≤20元/立方米"),
        ("效益指标", "经济效益指标", "渔港年卸港量增长率", "≥8%", "≥3%"),
        (None, "生态效益指标", "疏浚土无害化处置率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "渔船船东满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaz08-dredge-system-export", (7, 9, 12), "budget-system export in 元: money sheet "
         "05-1 with detail lines, the indicator table on sheet 05-2 with codes in the first "
         "column and the header on the third row, one amount stored as text (correct)")  # fmt: skip
def dredge_system_export() -> Book:
    b, s = book("部门项目支出预算05-1", (18, 26, 18, 18, 18, 18))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：澜屿县东汀渔港管理所", None, None, None, "单位：元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("218004-25-0031", "北港池疏浚工程", money(9000000, YUAN), money(7800000, YUAN),
          money(1200000, YUAN))  # fmt: skip
    s.skip()
    s.row("明细代码", "支出明细", "金额")
    s.row("0031-01", "疏浚工程费", money(8400000, YUAN))
    s.row("0031-02", "工程监理费", ok("360,000.00", "warning", note="导出为带分隔符的文本"))
    s.row("0031-03", "水深测量及检测费", money(240000, YUAN))
    s.row(None, "合计", money(9000000, YUAN))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 14, 16, 28, 10, 14, 12))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：澜屿县东汀渔港管理所", merge=[(1, 7)])
    header = ("项目代码", "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "度量单位")
    code = "218004-25-0031"
    t.row(*header)
    t.table([
        (code, "产出指标", "数量指标", "北港池疏浚土方量", "≥", 30, "万立方米"),
        (code, None, None, "疏浚泊位数", "≥", 22, "个"),
        (code, None, "质量指标", "疏浚区水深达标率", "≥", pct(0.95), "%"),
        (code, None, "时效指标", "疏浚完工时间", "≤", "2025年11月30日", None),
        (code, "成本指标", "经济成本指标", "疏浚综合单价", "≤", 28, "元/立方米"),
        (code, "效益指标", "经济效益指标", "北港池卸港量增长率", "≥", 6, "%"),
        (code, None, "社会效益指标", "因港池淤浅导致的渔船搁浅事件", "≤", 0, "起"),
        (code, "满意度指标", "服务对象满意度指标", "渔船船东满意度", "≥", pct(0.9), "%"),
    ], merged=(2, 3))  # fmt: skip
    return b


@variant("kaz09-dredge-old-season", (6, 12), "project, OLD-NAT: the plan ends before it starts, "
         "the 年度目标 copied from 2023, a template example row left in")  # fmt: skip
def dredge_old_season() -> Book:
    end = mk(day(2024, 12, 31), "Y104", "error", alt=("Y102",), note="完成日期早于开始日期")
    goal = mk("2023年完成西岙港池清淤8万立方米，恢复港池设计水深-3.5米，保障渔船安全停泊。",
              "Y103", "warning", alt=("Y101",), note="上一季申报表的年度目标")  # fmt: skip
    b, s = project(2025, "西岙渔港港池清淤项目", PORT, funds(wan(210), wan(180), wan(30)),
                   [goal], start=day(2025, 3, 1), end=end)  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "港池清淤土方量", "≥8万立方米"),
        (None, None, "（示例）培训人次", mk("≥**人次", "X101", "error", row=True,
                                           note="模板示例行未删")),
        (None, "质量指标", "清淤后港池水深达标率", "≥95%"),
        (None, "时效指标", "清淤完成时间", "2025年11月30日前"),
        (None, "成本指标", "清淤综合单价", "≤25元/立方米"),
        ("效益指标", "社会效益指标", "港池可停泊渔船数量", "≥260艘"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaz10-dredge-points", (5, 10), "project, NAT-2021, tier-1 labels with points and an "
         "indicator score column, a rate raised in 百分点 (correct)")  # fmt: skip
def dredge_points() -> Book:
    b, s = project(2025, "南湾渔港泊位清淤项目", PORT, funds(wan(300), wan(280), wan(20)),
                   ["清淤南湾渔港泊位区12万立方米，港池全潮可用率比上年"
                    "提高8个百分点以上。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, header, [
        ("一、产出指标（40分）", "1.数量指标", "泊位区清淤土方量", "≥12万立方米", 10),
        (None, None, "清淤泊位数", "≥18个", 10),
        (None, "2.质量指标", "清淤区水深达标率", "≥95%", 10),
        (None, "3.时效指标", "清淤完成时间", "2025年10月31日前", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "清淤综合单价", "≤25元/立方米", 10),
        (None, "2.生态环境成本指标", "清淤土无害化处置率", "=100%", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "港池全潮可用率提高", "≥8百分点", 15),
        (None, "2.经济效益指标", "渔港年卸港量增长率", "≥5%", 15),
        ("四、满意度指标（10分）", "服务对象满意度指标", "渔船船东满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "说明：一级指标分值为其下三级指标分值之和，总分100分。", width=5)
    return b


@variant("kaz11-stacked-anchorages", (2, 4), "two dredging projects stacked, NAT-2021, the "
         "same indicator with different values in each, 注 rows, "
         "a 0起 incident count (correct)")  # fmt: skip
def stacked_anchorages() -> Book:
    b, s = project(2025, "东汀渔港港池疏浚项目", PORT, funds(wan(420), wan(400), wan(20)),
                   ["疏浚东汀渔港港池15万立方米，港池水深达到-4.0米。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "疏浚土方量", "≥15万立方米"),
        (None, "质量指标", "疏浚区水深达标率", "≥95%"),
        ("成本指标", "经济成本指标", "疏浚综合单价", "≤26元/立方米"),
        ("效益指标", "社会效益指标", "疏浚作业安全事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：疏浚土方量以施工前后水深测量成果核定。")
    s.skip()
    project_head(s, year=2025, name="西岙避风锚地疏浚项目", dept=DEPT, unit=PORT,
                 money=funds(wan(150), wan(150), wan(0)), goals=[
                     "疏浚西岙避风锚地6万立方米，台风期可容纳避风渔船300艘。"],
                 title="")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "疏浚土方量", "≥6万立方米"),
        (None, "质量指标", "疏浚区水深达标率", "≥90%"),
        ("成本指标", "经济成本指标", "疏浚综合单价", "≤24元/立方米"),
        ("效益指标", "社会效益指标", "台风期可容纳避风渔船数", "≥300艘"),
        (None, None, "疏浚作业安全事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "注：锚地疏浚不含航标设置，航标由海事部门另行安排。")
    sign(s, "郑澜清", "0597-6621475", day(2024, 11, 25))
    return b


@variant("kaz12-dredge-money-lines", (12,), "project, OLD-NAT, a budget detail block: lines not "
         "adding up, a unit cost × volume above the money, a volume under 质量指标")  # fmt: skip
def dredge_money_lines() -> Book:
    b, s = project(2025, "北礁渔港航道疏浚项目", PORT, funds(wan(860), wan(800), wan(60)),
                   ["疏浚北礁渔港进港航道30万立方米，航道底标高达到-4.0米。"])  # fmt: skip
    s.row("预算明细", "明细项目", "金额（万元）", "测算依据", merge=[(4, 6)])
    s.row(None, "疏浚工程费", wan(620), "按施工图预算", merge=[(4, 6)])
    s.row(None, "疏浚土运输抛卸费", wan(180), "运距12公里", merge=[(4, 6)])
    s.row(None, "工程监理费", wan(40), "按监理合同", merge=[(4, 6)])
    s.row(None, "合计", mk(wan(860), "B102", "error", row=True, note="620+180+40=840≠860"),
          merge=[(4, 6)])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "航道疏浚长度", "≥3.2公里"),
        (None, "质量指标", mk("航道疏浚土方量", "F201", "warning", row=True, note="数量放在质量下"),
         "≥30万立方米"),
        (None, None, "航道底标高达标率", "≥95%"),
        (None, "时效指标", "疏浚完工时间", "2025年12月20日前"),
        (None, "成本指标", "疏浚综合单价", mk("≤32元/立方米", "B107", "warning", row=True,
                                              note="32元×30万=960万>860万")),
        ("效益指标", "社会效益指标", "渔船乘潮进出港等候时间缩短", "≥1小时"),
        ("满意度指标", "服务对象满意度指标", "渔船船东满意度", "≥90%"),
    ])  # fmt: skip
    return b
