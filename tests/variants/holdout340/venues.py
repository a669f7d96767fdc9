"""Venues opened and the bodies that run them: department money, footnotes, page breaks,
budget-system exports with the table on a second sheet."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout340.common import TIERS, YEAR, funds, indicators, notes, sign, start
from tests.variants.holdout340.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

P2 = "0.00%"
DEPT_ROWS = [
    ["产出指标", "数量指标", "新开放民族体育场馆数", "≥3个"],
    [None, None, "场馆年接待健身群众人次", "≥90000人次"],
    [None, "质量指标", "场馆设施安全检查合格率", "≥98%"],
    [None, "时效指标", "场馆开放时间", "9月30日前"],
    ["成本指标", "经济成本指标", "场馆免费开放运行补助", "≤25万元/个"],
    ["效益指标", "社会效益指标", "民族传统体育项目常态开展数", "≥8项"],
    [None, "可持续影响指标", "场馆年开放天数", "≥310天"],
    ["满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%"],
]  # fmt: skip


@variant("ul13-venue-department-money", (12,),
         "department, NAT-2021: budget with typed shares, key tasks adding to 项目支出 in a "
         "金额合计, all consistent (correct)")  # fmt: skip
def ul13() -> Book:
    b, s = start()
    budget = [
        (1280, 1200, 80, 460, 820),
        (pct(1, P2), pct(0.9375, P2), pct(0.0625, P2), pct(0.3594, P2), pct(0.6406, P2)),
    ]
    tasks = [("民族体育场馆开放", "3个场馆免费开放", money(75), "接待群众9万人次"),
             ("传统体育赛事", "举办抢花炮、板鞋等赛事", money(365), "举办赛事8项"),
             ("场馆维修改造", "射弩场、秋千场维修", money(380), "完成改造2处"),
             ("金额合计", None, money(820), None)]  # fmt: skip
    department_head(s, year=YEAR, dept="榴湾县民族体育训练中心", budget=budget, tasks=tasks,
                    goal="新开放民族体育场馆3个，常态开展民族传统体育项目8项。")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), DEPT_ROWS)
    return b


@variant("ul14-venue-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, tasks not adding to 金额合计")  # fmt: skip
def ul14() -> Book:
    b, s = start()
    total = mk(money(960), "B101", "error", note="基本支出 300 + 项目支出 640 = 940, not 960")
    share = mk(pct(0.0825, P2), "B111", "error", note="60 ÷ 960 = 6.25%, not 8.25%")
    budget = [
        (total, 900, 60, 300, 640),
        (pct(1, P2), pct(0.9375, P2), share, pct(0.3125, P2), pct(0.6667, P2)),
    ]
    summed = mk(money(660), "B102", "error", note="280 + 220 + 140 = 640, not 660")
    tasks = [("民族体育公园运营", "公园场地日常开放", money(280), "全年开放330天"),
             ("龙舟码头改造", "改造训练码头1处", money(220), "年内完工"),
             ("民族体育节", "举办民族体育节1届", money(140), "参与群众2万人次"),
             ("金额合计", None, summed, None)]  # fmt: skip
    department_head(s, year=YEAR, dept="蒿坪区民族体育公园管理所", budget=budget, tasks=tasks,
                    goal="保障民族体育公园开放，完成龙舟码头改造，办好民族体育节。")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ["产出指标", "数量指标", "举办民族体育节届数", "≥1届"],
        [None, None, "改造训练码头数", "≥1处"],
        [None, "质量指标", "码头改造验收合格率", "=100%"],
        [None, "时效指标", "码头改造完工时间", "11月30日前"],
        ["成本指标", "经济成本指标", "码头改造成本", "≤220万元"],
        ["效益指标", "社会效益指标", "民族体育节参与群众人次", "≥20000人次"],
        [None, "可持续影响指标", "公园年开放天数", "≥330天"],
        ["满意度指标", "服务对象满意度指标", "游园群众满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("ul15-venue-footnotes", (4, 5),
         "project, OLD-NAT, abbreviated and marked tier labels (★产出, 数量, *效益), a "
         "填表说明 row inside the table, 注 lines (one explaining the total), signature "
         "and a fill date in the year before (correct)")  # fmt: skip
def ul15() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="汐口镇民族传统体育场馆开放", dept="汐口镇人民政府（415）",
                 unit="汐口镇民族体育馆", money=funds((150, 120, 30)),
                 goals=["完成民族体育馆维修改造并免费开放。"])  # fmt: skip
    s.row(*TIERS, "指标值")
    s.row("填表说明：三级指标由项目单位填写，指标值须量化。", merge=[(1, 6)])
    s.table([
        ["★产出", "数量", "维修改造场馆面积", "≥2400平方米"],
        [None, None, "年接待健身群众人次", "≥40000人次"],
        [None, "质量", "改造工程验收合格率", "=100%"],
        [None, "时效", "改造工程完工时间", "8月31日前"],
        [None, "成本", "改造工程单位造价", "≤450元/平方米"],
        ["*效益", "社会效益", "常态开展民族传统体育项目数", "≥6项"],
        [None, "可持续影响", "场馆年开放天数", "≥300天"],
        ["*满意度", "服务对象满意度", "健身群众满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.项目资金150万元含场馆维修改造110万元、免费开放运行补助40万元。",
          "2.标注★的一级指标为必填核心指标，不得删除。")  # fmt: skip
    sign(s, "覃立岩", "6427-3390", day(YEAR - 1, 11, 18))
    return b


def _venue_rows_first() -> list[list[object]]:
    return [
        ["产出指标", "数量指标", "新建村级民族体育场地数", "≥12个", 15],
        [None, None, "场地配套器材套数", "≥36套", 10],
        [None, "质量指标", "场地建设验收合格率",
         mk("≥102%", "T106", "error", note="a 合格率 cannot pass 100%"), 10],
        [None, "时效指标", "场地建设完成时间",
         mk("46356", "X104", "warning", note="a date serial (2026-11-30) stored as text"), 10],
        ["小计", None, None, None, 45],
    ]  # fmt: skip


@variant("ul16-venue-page-break-wrong", (4, 9),
         "department, NAT-2021, weight column, header repeated after a page break, "
         "subtotal and total rows: a 合格率 over 100, a date serial as text, a task "
         "amount pasted twice")  # fmt: skip
def ul16() -> Book:
    b, s = start()
    twice = mk("36万36万", "X106", "error", alt=("B108",), note="36万 pasted twice, read 36")
    tasks = [("村级场地建设", "新建村级民族体育场地12个", money(180), "建成场地12个"),
             ("器材配置", "配置陀螺、板鞋等器材36套", twice, "配置器材36套"),
             ("金额合计", None, money(216), None)]  # fmt: skip
    department_head(s, year=YEAR, dept="澜禾县全民健身服务中心",
                    budget=[(420, 400, 20, 204, 216)], tasks=tasks,
                    goal="新建村级民族体育场地12个并配齐器材。")  # fmt: skip
    head = (*TIERS, "指标值", "权重")
    indicators(s, head, _venue_rows_first())
    s.row(*head)
    s.table([
        ["成本指标", "经济成本指标", "每个场地建设成本", "≤15万元/个", 10],
        ["效益指标", "社会效益指标", "村民参与传统体育活动人次", "≥24000人次", 20],
        [None, "可持续影响指标", "场地管护制度建立率", "≥90%", 15],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", 10],
        ["小计", None, None, None, 55],
        ["合计", None, None, None, 100],
    ], merged=(1, 2))  # fmt: skip
    return b


def _export_head(b: Book, unit: str, project: str, code: str,
                 amounts: tuple[int, int, int]) -> None:  # fmt: skip
    """The first sheet of a budget-system export: codes in the first columns, amounts in 万元."""
    s = b.sheet("部门项目支出预算05-1", (12, 22, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元", merge=[(1, 6)])
    s.row("单位编码", "单位名称", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("417003", unit, project, money(amounts[0]), money(amounts[1]), money(amounts[2]))
    s.row(None, "项目编码", code)


@variant("ul17-venue-export", (7, 9),
         "budget-system export: 05-1 money sheet, the indicator table on sheet 05-2 with "
         "its header on the third row and codes in the first columns, "
         "=100% kept as text (correct)")  # fmt: skip
def ul17() -> Book:
    b = Book()
    _export_head(b, "黛川市民族体育馆", "民族体育馆夜间开放", "45010226000000012", (62, 62, 0))
    s = b.sheet("部门项目支出绩效目标05-2", (12, 20, 14, 18, 28, 16))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    s.row("单位：黛川市民族体育馆", merge=[(1, 7)])
    s.row("单位编码", "项目名称", *TIERS, "指标值", "计量单位")
    s.table([
        ["417003", "民族体育馆夜间开放", "产出指标", "数量指标", "夜间开放天数", "≥250", "天"],
        [None, None, None, None, "夜间接待健身群众人次", "≥50000", "人次"],
        [None, None, None, "质量指标", "夜间开放安全检查合格率", "=100%", None],
        [None, None, None, "时效指标", "夜间开放起始时间", day(YEAR, 3, 1), None],
        [None, None, "成本指标", "经济成本指标", "夜间开放日均运行成本", "≤2400", "元/天"],
        [None, None, "效益指标", "社会效益指标", "夜间参与传统体育项目人次", "≥20000", "人次"],
        [None, None, "满意度指标", "服务对象满意度指标", "夜间健身群众满意度", pct(0.9),
         "%"],
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("ul18-venue-export-wrong", (7, 13),
         "head on the first sheet, the indicator table on a second sheet under "
         "header 预期实现值: a name cell holding only a full-width space, a 使用率 "
         "given as a count")  # fmt: skip
def ul18() -> Book:
    b, s = start("项目基本信息")
    project_head(s, year=YEAR, name="鹭汀县射弩训练场开放", dept="鹭汀县文体局（226）",
                 unit="鹭汀县民族体育训练基地", money=funds((34, 30, 4)),
                 goals=["射弩训练场全年开放，开展射弩培训和比赛。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 16, 12))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    indicators(t, (*TIERS, "预期实现值", "计量单位"), [
        ["产出指标", "数量指标", "射弩培训人次", "≥1800", "人次"],
        [None, None, "举办射弩比赛场次", "≥6", "场"],
        [None, "质量指标", "训练场设施完好率", "≥95", "%"],
        [None, None, mk("\u3000", "F110", "error", note="a full-width space for a name"),
         "≥90", "%"],
        [None, "时效指标", "比赛按期举办率", "≥95", "%"],
        [None, "成本指标", "训练场年运行成本", "≤34", "万元"],
        ["效益指标", "社会效益指标", "训练场靶位使用率",
         mk("≥40", "T105", "error", note="a 使用率 given as a count of 个"), "个"],
        ["满意度指标", "服务对象满意度指标", "参训群众满意度", "≥90", "%"],
    ])  # fmt: skip
    return b
