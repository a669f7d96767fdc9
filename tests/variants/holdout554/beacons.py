"""Beacon-tower returns (烽火台): tier labels, template rows, notes, artefacts, directions."""

from __future__ import annotations

from openpyxl.worksheet.pagebreak import Break

from tests.variants.holdout554.common import indicators, notes, one_year, project, sign, w
from tests.variants.holdout554.registry import variant
from tests.variants.kit import Book, day, mk, ok

BEACON_DEPT = "雁屏县文物管理局（代码412）"


@variant("cr07-beacon-labels", (5, 7),
         "transfer-payment project, OLD-NAT, headers 指标内容 and 绩效标准, labels with ★ and *, "
         "abbreviations, 中央补助 + 地方资金 (correct)")  # fmt: skip
def beacon_labels() -> Book:
    money_rows = [("资金总额", w(150), "年度资金总额", w(150)),
                  ("其中：中央补助", w(120), "地方资金", w(30))]  # fmt: skip
    b, s = project("雁屏县明代烽火台群抢险加固", "雁屏县文物保护所", money_rows,
                   ["抢险加固濒危烽火台5座，设置保护围栏，消除本体坍塌险情。"],
                   dept=BEACON_DEPT,
                   title="2025年度文物保护专项转移支付区域绩效目标表")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("★产出指标", "*数量指标", "烽火台本体抢险加固", "≥5座"),
        (None, None, "烽火台保护围栏设置", "≥1.2公里"),
        (None, "质量", "加固工程一次验收合格率", "≥95%"),
        (None, "时效", "抢险加固工程完成时间", "2025年12月31日前"),
        (None, "成本", "单座烽火台抢险加固成本", "≤22万元/座"),
        ("★效益", "社会效益", "纳入研学线路的烽火台", "≥8座"),
        (None, "可持续影响", "烽火台日常看护机制", "建立并执行"),
        ("★满意度", "服务对象满意度", "沿线村民满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "项冬梅", "0912-7781036")
    return b


@variant("cr08-beacon-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
         "name, an archiving rate given as a count")  # fmt: skip
def beacon_template_rows() -> Book:
    b, s = project("雁屏县烽火台三维数字化测绘建档", "雁屏县文物保护所",
                   one_year(w(48), w(40), w(8)),
                   ["完成30座烽火台三维数字化测绘，形成“四有”档案并归档。"],
                   dept=BEACON_DEPT, attr="一次性项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "单座烽火台测绘建档成本", "≤1.5万元/座"),
        ("产出指标", "数量指标", "烽火台三维数字化测绘", "≥30座"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥120份"),
        (None, "质量指标", "测绘成果归档率",
         mk("30份", "T105", "error", note="a rate given as a count")),
        (None, mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty")),
        ("效益指标", "社会效益指标", "测绘成果向研究机构开放共享", "≥3家"),
        (None, "可持续影响指标", "烽火台数字档案保存年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "文物研究单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "项冬梅", "0912-7781036")
    return b


@variant("cr09-beacon-footnotes", (4,),
         "project, OLD-NAT, one value column: a 注 row inside the table, the header repeated after "
         "a page break, 填表说明 and a signature dated the year before (correct)")  # fmt: skip
def beacon_footnotes() -> Book:
    b, s = project("雁屏县烽火台群众看护员补助", "雁屏县文物保护所",
                   one_year(w(75), w(60), w(15)),
                   ["聘用烽火台群众看护员12人，每月巡查不少于4次，确保全年文物安全。"],
                   dept=BEACON_DEPT, attr="常年项目")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "群众看护员聘用人数", "≥12人"),
        (None, None, "看护员巡查频次", "≥4次/月"),
        (None, "质量指标", "巡查记录完整率", "≥95%"),
        (None, "时效指标", "险情报告时限", "≤24小时"),
        (None, "成本指标", "看护员补助标准", "≤0.4万元/人·月"),
    ])  # fmt: skip
    notes(s, "注：三级指标可根据项目实际增减，指标值应可量化、可考核。", width=4)
    s.ws.row_breaks.append(Break(id=s.r))
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "文物安全责任事故", "0起"),
        (None, "可持续影响指标", "看护网络覆盖烽火台比例", "=100%"),
        ("满意度指标", "服务对象满意度指标", "看护员及沿线群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ok("填表说明：1.金额单位为万元；2.补助标准按县政府2023年第5次常务会议确定的标准执行。",
                note="a past decision cited as the basis of the standard"), width=4)  # fmt: skip
    sign(s, "隋远山", "0912-7785520", day(2024, 12, 10))
    return b


@variant("cr10-beacon-artefacts", (9, 12),
         "project, OLD-NAT, one value column, detail lines below the table: a date serial as "
         "text, an amount split by a space, an amount pasted twice")  # fmt: skip
def beacon_artefacts() -> Book:
    fiscal = mk("106.5 0", "X105", "warning", alt=("X103",), note="106.50 split by a space")
    start = mk("45748", "X104", "warning", note="the serial of 2025-04-01 stored as text")
    b, s = project("雁屏县石砌烽燧基座加固与防渗", "雁屏县文物保护所",
                   one_year(w(126.5), fiscal, w(20)),
                   ["加固石砌烽燧基座4座，完成顶部防渗和周边排水，延缓本体风化。"],
                   dept=BEACON_DEPT, start=start)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "烽燧基座加固", "≥4座"),
        (None, None, "烽燧顶部防渗处理面积", "≥900平方米"),
        (None, "质量指标", "加固工程验收合格率", "=100%"),
        (None, "时效指标", "主体工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "单座基座加固成本", "≤12万元/座"),
        ("效益指标", "生态效益指标", "烽燧周边水土流失治理面积", "≥1.5公顷"),
        (None, "可持续影响指标", "加固后本体监测年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "属地乡镇及村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", "支出内容", None, "金额", merge=[(2, 3)])
    top = s.r
    twice = mk("48万48万(含脚手架)", "X106", "error", alt=("B108",), note="48 pasted twice")
    s.row(None, "烽燧基座加固", None, twice, merge=[(2, 3)])
    s.row(None, "顶部防渗处理", None, w(36.5), merge=[(2, 3)])
    s.row(None, "排水与围护设施", None, w(42), merge=[(2, 3)])
    s.row(None, "合计", None, w(126.5), merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    sign(s, "隋远山", "0912-7785520")
    return b


DIR_HEAD = (
    "一级指标",
    "二级指标",
    "考核指标",
    "指标性质",
    "指标方向",
    "目标值（年度）",
    "计量单位",
)


@variant("cr11-beacon-direction-column", (7, 11),
         "project, OLD-NAT, headers 考核指标 and 目标值（年度）, 指标性质 as direction, "
         "指标方向 as operator, bare numbers, 下降率 with ≥, 0起 (correct)")  # fmt: skip
def beacon_direction_column() -> Book:
    b, s = project("雁屏县夯土烽火台风化防护试点", "雁屏县文物保护所",
                   one_year(w(88), w(70), w(18)),
                   ["对9座夯土烽火台实施防风化处理，降低本体风化剥落速度。"],
                   dept=BEACON_DEPT)  # fmt: skip
    s.ws.column_dimensions["G"].width = 12
    indicators(s, DIR_HEAD, [
        ("产出指标", "数量指标", "烽火台防风化处理", "正向", "≥", 9, "座"),
        (None, "质量指标", "防风化材料检测合格率", "正向", "≥", 98, "%"),
        (None, "时效指标", "防护施工完成时限", "反向", "≤", 240, "天"),
        (None, "成本指标", "单座烽火台防风化处理费用", "反向", "≤", 8, "万元/座"),
        ("效益指标", "生态效益指标", "烽火台风化剥落面积下降率", "正向", "≥", 20, "%"),
        (None, "社会效益指标", "人为破坏烽火台事件", "反向", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "项冬梅", "0912-7781036")
    return b


@variant("cr12-beacon-direction-wrong", (11,),
         "project, NAT-2021, operators inside the values: = on a cost cap, ≤ on a 正向 "
         "count, ≥ on a 反向 rate")  # fmt: skip
def beacon_direction_wrong() -> Book:
    b, s = project("雁屏县烽火台临时保护棚搭建", "雁屏县文物保护所",
                   one_year(w(64), w(54), w(10)),
                   ["为3座濒危烽火台搭建临时保护棚，汛期开展监测巡检，减轻雨蚀。"],
                   dept=BEACON_DEPT, attr="一次性项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "单座烽火台保护棚搭建成本",
         mk("=16万元/座", "T108", "warning", row=True, note="= on a cost cap")),
        ("产出指标", "数量指标", "临时保护棚搭建", "≥3座"),
        (None, None, "汛期监测点位巡检",
         mk("≤24次", "T108", "warning", row=True, note="≤ on a 正向 count")),
        (None, "质量指标", "保护棚结构验收合格率", "≥95%"),
        (None, "时效指标", "保护棚搭建完成时间", "2025年5月31日前"),
        ("效益指标", "生态效益指标", "烽火台本体雨蚀发生率",
         mk("≥3%", "T108", "warning", row=True, note="≥ on a 反向 rate")),
        ("满意度指标", "服务对象满意度指标", "属地乡镇满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "项冬梅", "0912-7781036")
    return b
