"""Mixed oyster and sea cucumber marine-ranching returns: second sheets, exports, artefacts,
points, department money and direction columns."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout530.common import YEAR, head, indicators, new_book, notes, wan
from tests.variants.holdout530.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

UNIT = "蚝岙镇海洋牧场合作联社"


@variant("bt13-ranching-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under headers "
         "考核指标 and 预期实现值, typed percent cells (correct)")  # fmt: skip
def bt13() -> Book:
    b, s = new_book("项目基本信息")
    head(s, "蚝岙镇牡蛎海参立体混养示范项目", UNIT, wan(160, 140, 20),
         ["在蚝岙镇海域开展上层吊养牡蛎、底层增殖海参的立体混养示范。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ["产出指标", "数量指标", "立体混养示范面积", "≥150亩"],
        [None, None, "吊养牡蛎苗绳", "≥2万根"],
        [None, "质量指标", "混养海参成活率", pct(0.8)],
        [None, "时效指标", "苗种投放完成时间", "2026年6月30日前"],
        [None, "成本指标", "亩均示范补助", "≤0.8万元"],
        ["效益指标", "经济效益指标", "示范区亩均产值提高", "≥10%"],
        [None, "生态效益指标", "示范区残饵沉积量下降率", "≥15%"],
        ["满意度指标", "服务对象满意度指标", "示范户满意度", pct(0.92)],
    ])  # fmt: skip
    return b


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip


def _export_rows(code: str, name: str) -> list[list[Any]]:
    rows = [
        ("产出指标", "数量指标", "海洋牧场人工鱼礁投放", "≥", 5000, "空方"),
        ("产出指标", "数量指标", "增殖放流海参苗种", "≥", 50, "万头"),
        ("产出指标", "质量指标", "礁体验收合格率", "≥", 95, "%"),
        ("产出指标", "时效指标", "鱼礁投放完成时限", "≤", 10, "月"),
        ("产出指标", "成本指标", "每空方鱼礁造价", "≤", 500, "元"),
        ("效益指标", "生态效益指标", "礁区渔业资源量较上年提高", "≥", 5, "百分点"),
        ("效益指标", "社会效益指标", "礁区安全生产事故", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "周边渔民满意度", "≥", 90, "%"),
    ]
    return [[code, name, *r] for r in rows]


@variant("bt15-ranching-system-export", (4, 7),
         "budget-system export: sheet 05-1 with the money, sheet 05-2 with codes in the first "
         "columns, header on row 3, a header repeated after a page break, a 百分点 rate, 0起 "
         "incidents (correct)")  # fmt: skip
def bt15() -> Book:
    b, s = new_book("部门项目支出预算05-1", (14, 30, 14, 14, 14))
    s.title(f"{YEAR}年度部门项目支出预算", 5)
    s.row("单位：珂屿县海洋渔业发展中心", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("33012601", "蚝岙海洋牧场人工鱼礁建设项目", money(300, WAN), money(300, WAN),
          money(0, WAN))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 24, 12, 16, 28, 10, 10, 10))
    t.title(f"{YEAR}年度部门项目支出绩效目标", 8)
    t.row("单位：珂屿县海洋渔业发展中心")
    rows = _export_rows("33012601", "蚝岙海洋牧场人工鱼礁建设项目")
    indicators(t, EXPORT, rows[:4], merged=())
    t.skip()
    indicators(t, EXPORT, rows[4:], merged=())
    notes(t, "注：指标值依据《珂屿县海洋牧场建设规划》确定。", width=8)
    return b


@variant("bt17-ranching-department-money", (12,),
         "department, NAT-2021: budget with a row of shares, key tasks adding to 项目支出 in a "
         "金额合计, all consistent (correct)")  # fmt: skip
def bt17() -> Book:
    b, s = new_book()
    m = [money(v, WAN) for v in (800, 720, 80, 320, 480)]
    shares = [pct(1), pct(0.9), pct(0.1), pct(0.4), pct(0.6)]
    department_head(s, year=YEAR, dept="泊澜区海洋牧场服务站", budget=[m, shares], tasks=[
        ["海参池塘改造", "改造养殖池塘500亩", money(200, WAN), "改造≥500亩"],
        ["人工鱼礁建设", "投放鱼礁3200空方", money(160, WAN), "投放≥3200空方"],
        ["牡蛎苗种补助", "补助单体牡蛎苗种", money(120, WAN), "补助≥2000万粒"],
        ["金额合计", None, money(480, WAN), None],
    ], goal="完成海参池塘改造和人工鱼礁建设，推广单体牡蛎养殖，带动渔民增收。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ["产出指标", "数量指标", "改造海参养殖池塘", "≥500亩"],
        [None, None, "投放人工鱼礁", "≥3200空方"],
        [None, "质量指标", "礁体验收合格率", pct(0.95)],
        [None, "时效指标", "年度任务完成率", pct(0.95)],
        ["成本指标", "经济成本指标", "每空方鱼礁建设成本", "≤500元"],
        ["效益指标", "经济效益指标", "参养渔户户均增收", "≥6000元"],
        [None, "生态效益指标", "礁区渔业资源量增长率", "≥5%"],
        ["满意度指标", "服务对象满意度指标", "服务渔户满意度", pct(0.9)],
    ])  # fmt: skip
    return b


@variant("bt14-ranching-pdf-artefacts", (9,),
         "project, OLD-NAT, one value column, converted from PDF: a total split by a space, the "
         "completion date as a serial in a text cell, a detail amount pasted twice")  # fmt: skip
def bt14() -> Book:
    b, s = new_book()
    total = mk("326.4 5", "X105", "warning", alt=("X103",), note="326.45 split by a space")
    end = mk("46387", "X104", "warning", note="serial of 2026-12-31 stored as text")
    head(s, "蚝岙湾海参牡蛎增殖礁区建设项目", UNIT, wan(total, 300, 26.45),
         ["建设增殖礁区，底播海参苗种并吊养牡蛎，形成海洋牧场示范区。"], end=end)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ["产出指标", "数量指标", "制作投放人工参礁", "≥4000空方"],
        [None, None, "底播海参苗种", "≥50万头"],
        [None, "质量指标", "礁体验收合格率", "≥95%"],
        [None, "时效指标", "礁体投放完成时间", "2026年10月31日前"],
        [None, "成本指标", "每空方参礁制作成本", "≤450元"],
        ["效益指标", "经济效益指标", "礁区渔户户均增收", "≥5000元"],
        [None, "生态效益指标", "礁区底栖生物量增长率", "≥5%"],
        ["满意度指标", "服务对象满意度指标", "礁区渔户满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", "金额（万元）")
    s.row(None, "人工参礁制作", mk("180万元180万元（含礁体运输）", "X106", "error",
                                  alt=("B108",), note="180 pasted twice"))  # fmt: skip
    s.row(None, "海参苗种采购", money(100, WAN))
    s.row(None, "牡蛎苗绳及浮筏", money(46.45, WAN))
    s.row(None, "合计", money(326.45, WAN))
    return b


@variant("bt16-ranching-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column: 产出 declares 50 "
         "over 45, 效益 declares 30 over 35, a satisfaction rate with =")  # fmt: skip
def bt16() -> Book:
    b, s = new_book("绩效目标", (14, 8, 16, 28, 14, 8))
    head(s, "泊澜区海洋牧场休闲垂钓配套项目", "泊澜区海洋牧场服务站", wan(120, 100, 20),
         ["建设海洋牧场垂钓平台2座，带动渔民转产从事休闲渔业。"])  # fmt: skip
    out = mk(50, "W103", "error", note="indicator points under 产出 add to 45")
    eff = mk(30, "W103", "error", note="indicator points under 效益 add to 35")
    sat = mk("=95%", "T107", "warning", note="= on a satisfaction rate means ≥")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ["产出指标", out, "数量指标", "建设垂钓平台", "≥2座", 15],
        [None, None, None, "培训转产渔民", "≥80人次", 10],
        [None, None, "质量指标", "平台验收合格率", "≥95%", 10],
        [None, None, "时效指标", "平台建成时间", "2026年8月31日前", 10],
        ["成本指标", 10, "经济成本指标", "每座平台建设成本", "≤45万元", 10],
        ["效益指标", eff, "经济效益指标", "转产渔民人均增收", "≥6000元", 15],
        [None, None, "社会效益指标", "接待游钓人次", "≥8000人次", 10],
        [None, None, "可持续影响指标", "平台运营管护制度", "健全", 10],
        ["满意度指标", 10, "服务对象满意度指标", "游钓者满意度", sat, 10],
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("bt18-ranching-direction-column", (11, 12),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator, bare "
         "numbers, a unit column: a 反向 rate with ≥, a cost with =, "
         "a total not adding up")  # fmt: skip
def bt18() -> Book:
    b, s = new_book("Sheet1", (14, 14, 26, 10, 10, 10, 10))
    total = mk(money(210, WAN), "B101", "error", note="180 + 20 = 200, not 210")
    head(s, "珂屿县海参病害防控与苗种提纯项目", "珂屿县水产技术推广站", wan(total, 180, 20),
         ["开展海参病害监测和苗种提纯，降低养殖病害损失。"])  # fmt: skip
    cols = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, cols, [
        ["产出指标", "数量指标", "病害监测养殖场", "正向", "≥", 40, "家"],
        [None, None, "提纯海参苗种", "正向", "≥", 3000, "斤"],
        [None, "质量指标", "养殖海参病害发生率", "反向",
         mk("≥", "T108", "warning", row=True, note="反向 rate with ≥"), 5, "%"],
        [None, "时效指标", "病害报告响应时限", "反向", "≤", 24, "小时"],
        [None, "成本指标", "提纯苗种采购单价", "反向",
         mk("=", "T108", "warning", row=True, note="= on a cost cap"), 90, "元/斤"],
        ["效益指标", "经济效益指标", "养殖病害损失减少", "正向", "≥", 50, "万元"],
        [None, "社会效益指标", "技术指导养殖户", "正向", "≥", 150, "户"],
        ["满意度指标", "服务对象满意度指标", "养殖户满意度", "正向", "≥", 90, "%"],
    ])  # fmt: skip
    return b
