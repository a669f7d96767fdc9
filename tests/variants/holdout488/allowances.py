"""Returns ad07–ad12: the guards' allowances (护边员补助、装备和保险)."""

from __future__ import annotations

from tests.variants.holdout488.common import (
    book,
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout488.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct

UNIT = "砾原县边境管理服务中心"
TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
GOAL = "按月足额发放护边员补助，配齐巡边装备，护边员队伍稳定、界碑完好。"


@variant("ad07-department-allowance", (12,),
         "department, NAT-2021: budget split both ways and key tasks adding to 金额合计, a unit "
         "standard × count equal to its task (correct)")  # fmt: skip
def ad07() -> Book:
    b, s = book("部门整体")
    department(s, "砾原县边境事务管理局",
               [(wan(520), wan(480), wan(40), wan(160), wan(360))], GOAL,
               [("护边员补助发放", "120名护边员按月发放补助", wan(288), "按月足额发放"),
                ("巡边装备配置", "配发望远镜、定位终端等", wan(42), "每人一套"),
                ("护边员培训", "分两期集中培训", wan(30), "全员轮训"),
                ("金额合计", None, wan(360), None)])  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "在册护边员人数", "≥120人"),
        (None, None, "配发巡边装备", "≥120套"),
        (None, "质量指标", "补助发放准确率", "100%"),
        (None, "时效指标", "补助按月发放及时率", "≥98%"),
        ("成本指标", "经济成本指标", "护边员月补助标准", "≤2000元/人·月"),
        ("效益指标", "社会效益指标", "界碑完好率", "≥98%"),
        (None, "可持续影响指标", "护边员年度留任率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "护边员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ad08-department-allowance-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, an "
         "allowance standard × guards above the project money")  # fmt: skip
def ad08() -> Book:
    b, s = book("部门整体")
    total = mk(wan(610), "B101", "error", note="基本支出 180 + 项目支出 420 = 600 ≠ 610")
    whole = mk(wan(420), "B102", "error", note="任务金额 336 + 54 + 24 = 414 ≠ 金额合计 420")
    department(s, "砾原县边境事务管理局",
               [(total, wan(560), wan(50), wan(180), wan(420))], GOAL,
               [("护边员补助发放", "按月发放补助", wan(336), "按月足额发放"),
                ("巡边装备配置", "更新定位终端", wan(54), "每人一套"),
                ("护边员培训", "集中轮训", wan(24), "全员轮训"),
                ("金额合计", None, whole, None)])  # fmt: skip
    over = mk("≤2200元/人·月", "B107", "warning", row=True,
              note="2200 元 × 160 人 × 12 月 = 422.4 万元，超过项目支出 420 万元")  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "在册护边员人数", "≥160人"),
        (None, "质量指标", "补助发放准确率", "100%"),
        (None, "时效指标", "补助按月发放及时率", "≥98%"),
        ("成本指标", "经济成本指标", "护边员月补助标准", over),
        ("效益指标", "社会效益指标", "界碑完好率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "护边员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ad09-points-two-levels", (10, 4),
         "project, NAT-2021, points in the tier labels and an indicator 分值 column, both adding "
         "to 100, a 在岗率 raised in 百分点, a 合计 row (correct)")  # fmt: skip
def ad09() -> Book:
    b, s = book()
    project(s, "霍坝乡护边员生活补助", "霍坝乡人民政府", one_year(wan(64.8), wan(60), wan(4.8)),
            ["为30名护边员按每人每月1800元发放生活补助，护边员在岗率提高。"])  # fmt: skip
    indicators(s, (*TIER_HEAD, "分值"), [
        ("产出指标（40分）", "数量指标", "享受补助护边员人数", "≥30人", 15),
        (None, None, "护边员在岗率比上年提高", "≥3百分点", 10),
        (None, "质量指标", "补助对象核准率", "=100%", 10),
        (None, "时效指标", "补助发放时间", "每月10日前", 5),
        ("成本指标（20分）", "经济成本指标", "护边员月补助标准", "≤1800元/人·月", 20),
        ("效益指标（30分）", "社会效益指标", "界碑巡查覆盖率", "≥98%", 15),
        (None, "可持续影响指标", "护边员队伍稳定率", "≥90%", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "护边员满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "说明：一级指标分值与三级指标分值各自合计100分，按三级指标分值计分。", width=5)
    return b


@variant("ad10-points-mismatch", (10,),
         "project, NAT-2021, a tier-1 score column and indicator scores: the 产出 scores do not "
         "add up to the tier's 50, and a rate above 100 %")  # fmt: skip
def ad10() -> Book:
    b, s = book(widths=(14, 8, 16, 28, 16, 8))
    project(s, "苍麓镇护边员交通补助", "苍麓镇人民政府", one_year(wan(19.2), wan(19.2), wan(0)),
            ["为20名护边员按每人每月800元发放巡边交通补助。"])  # fmt: skip
    short = mk(50, "W103", "error", note="产出指标50分，其下分值 20 + 15 + 10 = 45")
    b.file_mark("W101", "error", required=False, note="指标分值合计95，不是100")
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标", short, "数量指标", "享受交通补助人数", "≥20人", 20),
        (None, None, "质量指标", "补助资金发放到位率",
         mk("≥105%", "T106", "error", note="到位率不能超过100%"), 15),
        (None, None, "时效指标", "补助发放及时率", "≥95%", 10),
        ("成本指标", 10, "经济成本指标", "人均月交通补助", "≤800元/人·月", 10),
        ("效益指标", 30, "社会效益指标", "月均巡边次数", "≥8次", 15),
        (None, None, "可持续影响指标", "护边员队伍稳定率", "≥90%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "护边员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ad11-percent-and-split", (1, 9),
         "project, OLD-NAT, operator and unit columns, percent cells, detail lines below: a "
         "percent over 100, 其他资金 formatted in 元 inside a 万元 block, a split "
         "number")  # fmt: skip
def ad11() -> Book:
    b, s = book()
    other = mk(money(48000, YUAN), "B105", "error",
               note="万元栏中的其他资金显示为 48,000.00元（应为 4.8 万元）")  # fmt: skip
    b.file_mark("B101", "error", required=False, note="B105 的单位混用可能引起的总额不符")
    project(s, "鹰嘴岭护边员补助和保险", "鹰嘴岭乡人民政府", one_year(wan(44.8), wan(40), other),
            ["为18名护边员发放补助、配发装备并购买意外伤害保险。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="Excel 中输入的 105%，兑付率不能超过100%")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "享受补助护边员人数", "≥", 18, "人"),
        (None, None, "参保护边员人数", "≥", 18, "人"),
        (None, "质量指标", "护边员补助兑付率", "≥", over, "%"),
        (None, "时效指标", "补助发放及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "护边员月补助标准", "≤", 1200, "元/人·月"),
        ("效益指标", "社会效益指标", "界碑巡查覆盖率", "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "护边员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    split = mk("26.4 8", "X105", "warning", alt=("X103",), note="26.48 被空格断开")
    s.row(None, "护边员补助", None, split, merge=[(2, 3)])
    s.row(None, "巡边装备", None, wan(9.12), merge=[(2, 3)])
    s.row(None, "意外伤害保险", None, wan(4.4), merge=[(2, 3)])
    s.row(None, "巡边通讯费", None, wan(4.8), merge=[(2, 3)])
    s.row(None, "合计", None, wan(44.8), merge=[(2, 3)])
    s.ws.merge_cells(start_row=s.r - 5, start_column=1, end_row=s.r, end_column=1)
    return b


@variant("ad12-yuan-formats", (1, 9),
         "project, OLD-NAT, money in 元 with the unit only in the number format, a percent "
         "typed in Excel, =100% kept as text, a date cell (correct)")  # fmt: skip
def ad12() -> Book:
    b, s = book()
    rows = one_year(money(356400, YUAN), money(330000, YUAN), money(26400, YUAN))
    project(s, "界河村护边员误工补助", "界河村民委员会", rows,
            ["为22名护边员按每人每月1350元发放巡边误工补助。"],
            money_label="项目资金（元）")  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "享受误工补助护边员人数", "≥22人"),
        (None, "质量指标", "补助发放到位率", "=100%"),
        (None, None, "巡查日志填写合格率", pct(0.95)),
        (None, "时效指标", "补助发放时间", "每月15日前"),
        (None, "成本指标", "护边员月误工补助标准", "≤1350元/人·月"),
        ("效益指标", "社会效益指标", "界碑巡查覆盖率", pct(0.98)),
        ("满意度指标", "服务对象满意度指标", "护边员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额单位为元；22人 × 1350元 × 12个月 = 356400元。", width=4)
    sign(s, "乔岚", "0917-6231592", day(2024, 12, 18))
    return b
