"""Cableway (索道) inspections and safety signage in scenic areas: ut07–ut12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout348.common import indicators, multi_year, one_year, start, wan
from tests.variants.holdout348.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("ut07-cableway-points-labels", (5, 10), "project, NAT-2021, numbered tier labels "
         "with points (一、产出指标（40分）, （一）数量指标, 1.) and an indicator score column, "
         "100 both ways (correct)")  # fmt: skip
def ut07() -> Book:
    b, s = start()
    project_head(s, year=2025, name="苍梧岭客运索道年度安全检验", dept="桐屿市苍梧岭风景区管委会",
                 unit="桐屿市苍梧岭索道运营公司", money=one_year(48, 45, 3),
                 goals=["完成索道年度全面检验和钢丝绳探伤，保障全年安全运行。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.索道年度全面检验次数", "≥1次", 10),
        (None, None, "2.钢丝绳无损探伤检测长度", "≥4.2公里", 10),
        (None, "（二）质量指标", "3.安全保护装置检验合格率", pct(1), 10),
        (None, "（三）时效指标", "4.年度检验完成时间", "2025年4月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.索道年度检验费用", "≤26万元", 20),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.索道运行安全事故", "0起", 15),
        (None, "（二）可持续影响指标", "7.索道安全技术档案", "完备", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.乘坐游客满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant("ut08-cableway-points-wrong", (5, 10), "project, NAT-2021, tier-1 score column beside "
         "the indicator scores: one tier's scores do not add up, a 成本 tier-2 under 效益, a "
         "及时率 given as a count")  # fmt: skip
def ut08() -> Book:
    b, s = start("绩效目标", (14, 8, 16, 28, 16, 10))
    project_head(s, year=2025, name="翠岙峡观光索道钢丝绳更换", dept="柘岩县翠岙峡景区管理局",
                 unit="柘岩县翠岙峡索道有限公司", money=one_year(156, 150, 6),
                 goals=["更换运载钢丝绳一根并完成试运行验收，全年安全运行。"])  # fmt: skip
    tier = mk(50, "W103", "error", alt=("W101",), note="20 + 15 + 10 = 45 ≠ 50")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", tier, "数量指标", "更换运载钢丝绳", "≥1根", 20),
        (None, None, "质量指标", "试运行验收合格率", "100%", 15),
        (None, None, "时效指标", "钢丝绳探伤检测及时率",
         mk("2次", "T105", "error", note="a 及时率 given as a count"), 10),
        ("成本指标", 20, "经济成本指标", "钢丝绳采购及安装费用", "≤148万元", 20),
        ("效益指标", 20, "社会效益指标", "索道运行安全事故", "≤0起", 10),
        (None, None, mk("社会成本指标", "F105", "error", note="a 成本 tier-2 under 效益指标"),
         "停运期间游客分流影响天数", "≤15天", 10),
        ("满意度指标", 10, "服务对象满意度指标", "乘坐游客满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ut09-signage-two-row-header", (7,), "project, OLD-NAT, two-row header (绩效指标 over "
         "一级/二级/考核指标, 目标值（年度）, 评价标准), a 下降率 with ≥ (correct)")  # fmt: skip
def ut09() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹤汀湾景区安全警示标识更新", dept="桐屿市文化和旅游局",
                 unit="桐屿市鹤汀湾景区管理处", money=one_year(32, 30, 2),
                 goals=["更新安全警示标识牌260块，危险区域提示全覆盖。"])  # fmt: skip
    s.row("绩效指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "考核指标")
    for c in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "更新安全警示标识牌数量", "≥260块", "每少10块扣1分"),
        (None, None, "危险水域电子提示点", "≥18处", "每少1处扣1分"),
        (None, "质量指标", "标识中英双语规范率", "≥98%", "抽查计分"),
        (None, "时效指标", "损坏标识更换时限", "≤48小时", "超时一次扣1分"),
        (None, "成本指标", "标识牌单块制作安装成本", "≤0.06万元/块", "超标准不得分"),
        ("效益指标", "社会效益指标", "游客迷路求助事件下降率", "≥15%", "较上年计算"),
        (None, "可持续影响指标", "标识巡检维护机制", "建立并执行", "查阅制度"),
        ("满意度指标", "服务对象满意度指标", "游客指引标识满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ut10-signage-second-sheet", (7, 9), "project: head on the first sheet, the indicator "
         "table on a second sheet under 预期实现值: an end date as a serial in a text cell, a "
         "deadline as a percentage, a placeholder")  # fmt: skip
def ut10() -> Book:
    b, s = start("项目信息")
    end = mk("46022", "X104", "warning", note="2025-12-31 as a serial stored as text")
    project_head(s, year=2025, name="翠岙峡栈道安全防护标识完善", dept="柘岩县翠岙峡景区管理局",
                 unit="柘岩县翠岙峡景区安全办", money=one_year(24.8, 24.8, 0), end=end,
                 goals=["完善栈道沿线警示、限流和应急疏散标识，夜间反光警示全覆盖。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 20))
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "栈道警示及限流标识安装数量", "≥150块"),
        (None, None, "夜间反光警示桩设置数量",
         mk("≥XX根", "X101", "error", note="placeholder left from the template")),
        (None, "质量指标", "标识安装验收合格率", "≥98%"),
        (None, "时效指标", "标识安装完成时间",
         mk(pct(1), "T113", "warning", note="a completion date given as 100%")),
        (None, "成本指标", "单块标识制作安装成本", "≤0.08万元/块"),
        ("效益指标", "社会效益指标", "栈道游客跌倒摔伤事件", "≤3起"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ut11-cableway-export", (7, 12), "budget-system export: money on sheet 05-1, indicators "
         "on sheet 05-2 with project codes in the first columns, header on the third row, "
         "operator and unit columns (correct)")  # fmt: skip
def ut11() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 30, 14, 14, 14, 12))
    code, name = "330781250012", "苍梧岭客运索道安全运维"
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元", None, None, None, None, "05-1表")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    s.row(code, name, wan(64.8), wan(60), wan(4.8), "1年")
    s.row("合计", None, wan(64.8), wan(60), wan(4.8), None)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 16, 26, 10, 10, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：桐屿市苍梧岭索道运营公司", None, None, None, None, None, None, "05-2表")
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    for row in [
        ("产出指标", "数量指标", "索道日常巡检天数", "≥", 330, "天"),
        ("产出指标", "数量指标", "应急救援演练次数", "≥", 2, "次"),
        ("产出指标", "质量指标", "设备月检合格率", "≥", pct(0.98), "%"),
        ("产出指标", "时效指标", "故障停运恢复时间", "≤", 4, "小时"),
        ("成本指标", "经济成本指标", "年度运维外包费用", "≤", 52, "万元"),
        ("效益指标", "社会效益指标", "非计划停运次数", "≤", 2, "次"),
        ("效益指标", "可持续影响指标", "索道安全管理制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "乘坐游客满意度", "≥", pct(0.93), "%"),
    ]:  # fmt: skip
        t.row(code, name, *row)
    return b


@variant("ut12-cableway-multi-year-wrong", (8,), "three-year project, OLD-NAT, 中期 and 年度 "
         "columns: annual money above the period, an annual count above its period count, a "
         "cumulative count copied")  # fmt: skip
def ut12() -> Book:
    b, s = start()
    annual = mk(wan(160), "B103", "error", note="年度资金 160 > 中期资金 150")
    fiscal = ok(wan(150), "error", note="the annual 财政拨款 150 is above the period 140 too")
    project_head(s, year=2025, years=3, name="苍梧岭索道吊厢及救援系统改造",
                 dept="桐屿市苍梧岭风景区管委会", unit="桐屿市苍梧岭索道运营公司",
                 money=multi_year((150, 140, 10), (annual, fiscal, 10)),
                 goals=["三年内更换全部吊厢48个，建成垂直救援系统，开展救援演练6场。",
                        "2025年更换吊厢16个，完成救援系统设计，开展救援演练2场。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "更换索道吊厢数量", "≥48个",
         mk("≥48个", "D202", "warning", alt=("D104",),
            note="three-year count copied; 年度目标 says 16")),
        (None, None, "索道救援演练场次", "≥6场",
         mk("≥8场", "D201", "error", alt=("D104",),
            note="annual 8 above the period 6; 年度目标 says 2")),
        (None, "质量指标", "吊厢安装验收合格率", "100%", "100%"),
        (None, "时效指标", "救援系统设计完成时间", "2025年10月31日前", "2025年10月31日前"),
        (None, "成本指标", "单个吊厢采购安装成本", "≤2.6万元/个", "≤2.6万元/个"),
        ("效益指标", "社会效益指标", "索道滞留游客救援到位时间", "≤2小时", "≤2小时"),
        ("满意度指标", "服务对象满意度指标", "乘坐游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
