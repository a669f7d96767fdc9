"""Returns st07–st12: heat network works, 供热管网改造 (中期 and 年度 columns, points at two
levels, conversion artefacts, a budget-system export with the table on a second sheet)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout296.common import details, funds, indicators, note, single, start
from tests.variants.holdout296.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, pct

TWO_VALUES = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("st07-network-three-years", (8,), "three-year project, NAT-2021, two-row "
         "header with 中期 and 年度 value columns: annual counts below the period, rates "
         "equal (correct)")  # fmt: skip
def st07() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="榆湾市老旧供热管网改造工程",
                 dept="榆湾市城市管理局（305）", unit="榆湾市热力管理中心",
                 money=funds(10500, 9000, 1500, annual=(3900, 3400, 500)),
                 goals=["2025—2027年改造老旧一级供热管网38公里、换热站42座，管网热损失率降至"
                        "12%以下，消除爆管隐患。",
                        "2025年改造一级管网14公里、换热站15座，"
                        "完成城东片区管网隐患整治。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2025—2027年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "改造老旧一级供热管网长度", "≥38公里", "≥14公里"),
        (None, None, "改造换热站数量", "≥42座", "≥15座"),
        (None, "质量指标", "管网改造工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度改造任务完成时间", "2027年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "一级管网改造单位成本", "≤190万元/公里", "≤190万元/公里"),
        (None, None, "换热站改造平均成本", "≤70万元/座", "≤70万元/座"),
        ("效益指标", "社会效益指标", "采暖季管网爆管停暖事故", "≤3起", "≤1起"),
        (None, "生态效益指标", "一级管网热损失率", "≤12%", "≤15%"),
        (None, "可持续影响指标", "改造管网设计使用年限", "≥30年", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "供热用户满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("st08-network-copied", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: the 年度目标 copied from the 中期目标, two cumulative counts copied "
         "into the 年度 column")  # fmt: skip
def st08() -> Book:
    b, s = start()
    goal = "改造城区老旧小区二级供热管网及庭院管网，更换老化换热机组，提升供热质量。"
    project_head(s, year=2025, years=2, name="楮川县城区二级供热管网及庭院管网改造项目",
                 dept="楮川县住房和城乡建设局（417）", unit="楮川县供热服务中心",
                 money=funds(3600, 3100, 500, annual=(1900, 1650, 250)),
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    why = "a cumulative count with the 年度 value equal to the two-year value"
    km = mk("≥26公里", "D202", "warning", note=why)
    yards = mk("≥58个", "D202", "warning", note=why)
    indicators(s, TWO_VALUES, [
        ("产出指标", "数量指标", "改造二级供热管网长度", "≥26公里", km),
        (None, None, "改造庭院管网覆盖小区", "≥58个", yards),
        (None, None, "更换老化换热机组", "≥36台", "≥20台"),
        (None, "质量指标", "焊口无损检测合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度改造任务完成时间", "2026年10月15日前", "2025年10月15日前"),
        ("成本指标", "经济成本指标", "二级管网改造单位成本", "≤60万元/公里", "≤60万元/公里"),
        ("效益指标", "社会效益指标", "改造小区冬季室温达标率", "≥95%", "≥95%"),
        (None, "生态效益指标", "二级管网失水率", "≤0.5%", "≤0.8%"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


POINTS = ("一级指标", "分值", "二级指标", "三级指标", "目标值（年度）", "分值")


@variant("st09-network-points", (10,), "project, NAT-2021, tier-1 score column and "
         "indicator score column both adding to 100, a 下降率 with ≥, a rise in 百分点 "
         "(correct)")  # fmt: skip
def st09() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=2025, name="榆湾市换热站智能化改造及供热计量项目",
                 dept="榆湾市城市管理局（305）", unit="榆湾市热力管理中心",
                 money=single(1460, 1300, 160),
                 goals=["完成64座换热站智能化改造，安装楼栋热计量装置410套，"
                        "实现按需供热。"])  # fmt: skip
    indicators(s, POINTS, [
        ("成本指标", 10, "经济成本指标", "单站智能化改造平均成本", "≤18万元/站", 10),
        ("产出指标", 40, "数量指标", "完成换热站智能化改造", "≥64座", 10),
        (None, None, None, "安装楼栋热计量装置", "≥410套", 10),
        (None, None, "质量指标", "智能控制系统联调合格率", "≥98%", 10),
        (None, None, "时效指标", "改造换热站投运时间", "2025年10月25日前", 10),
        ("效益指标", 40, "经济效益指标", "单位面积供热成本下降率", "≥5%", 15),
        (None, None, "生态效益指标", "供热系统综合热效率提升", "≥3百分点", 15),
        (None, None, "可持续影响指标", "智慧供热平台数据在线率", "≥95%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "热用户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    note(s, "注：一级指标分值为其下三级指标分值之和，两列合计均为100分。")
    return b


@variant("st10-network-points-wrong", (10,), "project, NAT-2021, tier-1 score column "
         "against the indicator scores: two tiers declare 45 and 35, their indicators "
         "add to 50 and 30")  # fmt: skip
def st10() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=2025, name="苇泊区供热老旧管网隐患排查及更新改造项目",
                 dept="苇泊区城市管理局（211）", unit="苇泊区供热保障中心",
                 money=single(1080, 980, 100),
                 goals=["更新改造老旧供热管网11公里，整治管网隐患点120处。"])  # fmt: skip
    out = mk(45, "W103", "error", note="产出 declares 45, its indicators add to 15+10+15+10 = 50")
    eff = mk(35, "W103", "error", note="效益 declares 35, its indicators add to 10+10+10 = 30")
    indicators(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("成本指标", 10, "经济成本指标", "管网更新单位成本", "≤85万元/公里", 10),
        ("产出指标", out, "数量指标", "更新改造老旧管网", "≥11公里", 15),
        (None, None, None, "排查整治管网隐患点", "≥120处", 10),
        (None, None, "质量指标", "更新管段压力试验合格率", "≥99%", 15),
        (None, None, "时效指标", "隐患整治完成时间", "2025年10月10日前", 10),
        ("效益指标", eff, "社会效益指标", "采暖季管网抢修到场时间", "≤2小时", 10),
        (None, None, None, "因管网故障停暖户数", "≤300户", 10),
        (None, None, "可持续影响指标", "管网数字化台账建档率", "≥95%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "供热用户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("st11-network-artefacts", (9,), "project, OLD-NAT, operator and unit columns, "
         "detail lines: an amount split by a space, a date serial in a text cell, a unit "
         "cost of 0")  # fmt: skip
def st11() -> Book:
    b, s = start("项目表")
    f4 = '0.0000"万元"'
    split = mk("468.207 5", "X105", "warning", alt=("X103",), note="read as 468.2075")
    serial = mk("45961", "X104", "warning", note="45961 is 2025-10-31 typed into a text cell")
    project_head(s, year=2025, name="热源厂至城西片区供热主管网延伸工程",
                 dept="榆湾市城市管理局（305）", unit="榆湾市热力管理中心", attr="一次性项目",
                 money=single(C(3468.2075, f4), C(3000, f4), split), end=serial,
                 goals=["新建DN600供热主管网7.6公里及中继泵站1座，"
                        "城西片区并入集中供热。"])  # fmt: skip
    zero = mk(C(0, "0"), "T115", "error", note="0.42万元/米 rounded to 0 by the cell format")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "新建DN600供热主管网", "≥", 7.6, "公里"),
        (None, None, "新建中继泵站", "=", 1, "座"),
        (None, "质量指标", "焊口射线检测合格率", "=", pct(1), "%"),
        (None, "时效指标", "主管网通水试运行时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "主管网建设单位成本", "≤", zero, "万元/米"),
        ("效益指标", "社会效益指标", "城西片区新增集中供热面积", "≥", 96, "万平方米"),
        (None, "生态效益指标", "关停分散燃煤锅炉", "≥", 14, "台"),
        ("满意度指标", "服务对象满意度指标", "新接入热用户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    details(s, [("管材及管件", 1760), ("土建及安装工程", 1236.2075), ("中继泵站", 380),
                ("设计及监理", 92)], fmt=f4)  # fmt: skip
    return b


@variant("st12-network-export", (7,), "budget-system export: money sheet 05-1 and the indicator "
         "table on a second sheet 05-2, codes in the first columns, headers on the third row, "
         "operator and unit columns, header 预期实现值 (correct)")  # fmt: skip
def st12() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 20, 20, 30, 12, 12, 12, 12, 40))
    s.title("2025年部门项目支出预算表（05-1）", 9)
    s.row("单位名称：榆湾市热力管理中心", None, None, None, None, None, "金额单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "资金总额", "财政拨款",
          "其他资金", "年度绩效目标")  # fmt: skip
    s.row("318006", "榆湾市热力管理中心", "52180025000000013", "城北片区集中供热管网延伸工程",
          "一次性项目", C(2240, "0.00"), C(2040, "0.00"), C(200, "0.00"),
          "新建供热管网5.2公里，新增集中供热面积68万平方米，替代分散燃煤小锅炉9台。")  # fmt: skip
    s.row("合计", None, None, None, None, C(2240, "0.00"), C(2040, "0.00"), C(200, "0.00"))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 26, 12, 14, 28, 10, 12, 10))
    t.title("2025年部门项目支出绩效目标表（05-2）", 8)
    t.row("单位名称：榆湾市热力管理中心", None, None, None, None, None, "预算年度：2025")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "预期实现值",
          "度量单位")  # fmt: skip
    code, name = "52180025000000013", "城北片区集中供热管网延伸工程"
    for row in [
        ("产出指标", "数量指标", "新建供热管网长度", "≥", 5.2, "公里"),
        ("产出指标", "数量指标", "新增集中供热面积", "≥", 68, "万平方米"),
        ("产出指标", "质量指标", "管网工程验收合格率", "=", 100, "%"),
        ("产出指标", "时效指标", "管网投运时间", "≤", day(2025, 10, 31), None),
        ("成本指标", "经济成本指标", "单位长度管网建设成本", "≤", 380, "万元/公里"),
        ("效益指标", "社会效益指标", "新增集中供热受益户数", "≥", 6400, "户"),
        ("效益指标", "生态效益指标", "替代分散燃煤小锅炉", "≥", 9, "台"),
        ("满意度指标", "服务对象满意度指标", "新接入热用户满意度", "≥", 90, "%"),
    ]:
        t.row(code, name, *row)
    return b
