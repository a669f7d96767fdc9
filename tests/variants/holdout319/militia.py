"""Militia returns (民兵整组训练): tq07–tq12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout319.common import TIERED, YEAR, book, grid, multi_year, one_year
from tests.variants.holdout319.registry import variant
from tests.variants.kit import Book, mk

SCORED = (*TIERED, "分值")


@variant("tq07-militia-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标), an indicator score column adding to 100 as the tier points do, "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def tq07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="基干民兵整组及军事训练", unit="澄岭县人民武装部",
                 dept="澄岭县人民武装部（0418）", money=one_year(96, 90, 6),
                 goals=["完成基干民兵整组，组织基干民兵集中军事训练，提高民兵应急"
                        "队伍遂行任务能力。"])  # fmt: skip
    grid(s, SCORED, [
        ("一、产出指标（40分）", "（一）数量指标", "基干民兵整组人数", "≥360人", 10),
        (None, None, "人均集中军事训练天数", "≥15天", 5),
        (None, "（二）质量指标", "基干民兵训练参训率", "≥95%", 10),
        (None, None, "军事训练考核优良率比上年提高", "≥3百分点", 5),
        (None, "（三）时效指标", "年度整组工作完成时间", f"{YEAR}年4月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "训练伙食补助标准", "≤60元/人·天", 10),
        (None, None, "训练器材购置费用", "≤18万元", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "应急分队遂行任务到位率", "≥95%", 15),
        (None, "（二）可持续影响指标", "民兵组织建设规范化水平", "持续提升", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参训民兵满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


TIER_SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("tq08-militia-tier-points-wrong", (10, 5),
         "project, NAT-2021, tier-1 score column and indicator score column: 产出 declared 50 "
         "over indicators adding to 55, 效益 declared 20 over 15, a 参训率 of ≥105%")  # fmt: skip
def tq08() -> Book:
    b, s = book(widths=(14, 8, 16, 28, 16, 8))
    project_head(s, year=YEAR, name="民兵专业分队整组训练", unit="苇川市淞湾区人民武装部",
                 dept="苇川市淞湾区人民武装部（0622）", money=one_year(120, 110, 10),
                 goals=["完成民兵专业分队整组点验和专项训练。"])  # fmt: skip
    p50 = mk(50, "W103", "error", note="其下分值 10+15+10+10+10 = 55，不是 50")
    e20 = mk(20, "W103", "error", note="其下分值 8+7 = 15，不是 20")
    over = mk("≥105%", "T106", "error", note="参训率不能超过 100%")
    grid(s, TIER_SCORED, [
        ("产出指标", p50, "数量指标", "民兵整组编兵人数", "≥420人", 10),
        (None, None, None, "专项训练课目数", "≥12个", 15),
        (None, None, "质量指标", "基干民兵参训率", over, 10),
        (None, None, None, "训练考核合格率", "≥95%", 10),
        (None, None, "时效指标", "整组点验完成时间", f"{YEAR}年5月31日前", 10),
        ("成本指标", 20, "经济成本指标", "人均训练补助标准", "≤80元/人·天", 10),
        (None, None, None, "训练场地租用费用", "≤6万元", 10),
        ("效益指标", e20, "社会效益指标", "应急任务响应时间", "≤2小时", 8),
        (None, None, "可持续影响指标", "民兵骨干队伍稳定率", "≥90%", 7),
        ("满意度指标", 10, "服务对象满意度指标", "参训民兵满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


TWO_COLS = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")


@variant("tq09-militia-two-year", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: cumulative counts halved, rates and "
         "unit costs equal, a 时效 date at the end of each period (correct)")  # fmt: skip
def tq09() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="民兵应急连队轮训", unit="苇川市民兵训练基地", years=2,
                 dept="苇川市人民武装部（0300）", attr="新增项目",
                 money=multi_year((260, 240, 20), (130, 120, 10)),
                 goals=[f"{YEAR}年—{YEAR + 1}年完成全市民兵应急连队全员轮训，建成"
                        "常态化轮训机制。",
                        f"{YEAR}年完成半数应急连队轮训，轮训考核合格率不低于95%。"])  # fmt: skip
    grid(s, TWO_COLS, [
        ("产出指标", "数量指标", "应急连队轮训人数", "≥1200人", "≥600人"),
        (None, None, "轮训批次", "≥8批", "≥4批"),
        (None, "质量指标", "轮训考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "轮训任务完成时间",
         f"{YEAR + 1}年11月30日前", f"{YEAR}年11月30日前"),
        ("成本指标", "经济成本指标", "人均轮训费用", "≤1800元/人", "≤1800元/人"),
        ("效益指标", "社会效益指标", "应急连队遂行任务到位率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参训民兵满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tq10-militia-three-year-copied", (8, 11),
         "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied into "
         "the 年度 column, a 反向 伤病发生率 with ≥")  # fmt: skip
def tq10() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="民兵武器装备仓库达标建设", unit="澄岭县人民武装部",
                 dept="澄岭县人民武装部（0418）", years=3, attr="新增项目",
                 money=multi_year((450, 420, 30), (150, 140, 10)),
                 goals=[f"{YEAR}年—{YEAR + 2}年完成县、乡两级民兵装备仓库达标改造，"
                        "专业分队全部轮训。",
                        f"{YEAR}年完成县级仓库改造，启动乡镇装备库改造。"])  # fmt: skip
    note = "三年累计数照抄到年度列"
    grid(s, TWO_COLS, [
        ("产出指标", "数量指标", "装备仓库改造间数", "≥6间", "≥2间"),
        (None, None, "乡镇民兵装备库达标改造个数", "≥12个",
         mk("≥12个", "D202", "warning", note=note)),
        (None, None, "民兵专业分队整训人数", "≥900人",
         mk("≥900人", "D202", "warning", note=note)),
        (None, "质量指标", "仓库改造验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度改造任务完成时间", f"{YEAR + 2}年10月31日前",
         f"{YEAR}年10月31日前"),
        ("成本指标", "经济成本指标", "民兵人均整训费用", "≤800元/人", "≤800元/人"),
        ("效益指标", "社会效益指标", "整训期间训练伤病发生率",
         mk("≥0.5%", "T108", "warning", row=True, note="发生率是反向指标，两列都应为 ≤"),
         "≥0.5%"),
        ("满意度指标", "服务对象满意度指标", "参训民兵满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tq11-militia-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a value with no indicator name, the template's "
         "时效指标 row left without indicator or value")  # fmt: skip
def tq11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="民兵整组点验保障", unit="澄岭县枫渡镇人民武装部",
                 dept="澄岭县人民武装部（0418）", money=one_year(20, 20, 0),
                 goals=["组织全镇民兵整组点验，核实民兵编组信息。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "民兵整组点验人数", "≥520人"),
        (None, None, mk(None, "F110", "error", note="填了 ≥30个，却没有指标名称"), "≥30个"),
        (None, "质量指标", "民兵编组信息准确率", "≥98%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("成本指标", "经济成本指标", "人均点验保障费用", "≤120元/人"),
        ("效益指标", "社会效益指标", "村（社区）民兵组织落实率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "参加点验民兵满意度", "≥90%"),
    ])  # fmt: skip
    return b


EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
               "度量单位")  # fmt: skip
P1 = ("341106260001", "民兵整组经费")
P2 = ("341106260002", "民兵军事训练经费")
EXPORT_ROWS = [
    (*P1, "产出指标", "数量指标", "整组民兵人数", "≥", 1500, "人"),
    (*P1, "产出指标", "质量指标", "民兵编组信息录入准确率", "≥", 98, "%"),
    (*P1, "产出指标", "时效指标", "整组工作周期", "≤", 120, "天"),
    (*P1, "成本指标", "经济成本指标", "人均整组经费", "≤", 250, "元/人"),
    (*P1, "效益指标", "社会效益指标", "民兵组织健全率", "=", 100, "%"),
    (*P1, "满意度指标", "服务对象满意度指标", "整组民兵满意度", "≥", 90, "%"),
    (*P2, "产出指标", "数量指标", "训练民兵人数", "≥", 400, "人"),
    (*P2, "产出指标", "质量指标", "训练考核合格率", "≥", 95, "%"),
    (*P2, "产出指标", "时效指标", "训练计划按期完成率", "≥", 95, "%"),
    (*P2, "成本指标", "经济成本指标", "人均训练经费", "≤", 1500, "元/人"),
    (*P2, "效益指标", "社会效益指标", "民兵遂行应急任务到位率", "≥", 95, "%"),
    (*P2, "满意度指标", "服务对象满意度指标", "参训民兵满意度", "≥", 90, "%"),
]  # fmt: skip


@variant("tq12-militia-budget-export", (7,),
         "budget-system export: sheet 部门项目支出预算05-1 with unit and project codes, the "
         "indicator table on sheet 部门项目支出绩效目标05-2 with its header on the third row, "
         "two projects told apart by code, operators in 指标性质 (correct)")  # fmt: skip
def tq12() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 22, 14, 20, 12, 10, 10, 10))
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row("单位名称：苇川市淞湾区人民武装部", None, None, None, None, None, None, "单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款",
          "其他资金")  # fmt: skip
    s.row("341106", "苇川市淞湾区人民武装部", *P1, "一般性项目", 38.5, 36, 2.5)
    s.row("341106", "苇川市淞湾区人民武装部", *P2, "一般性项目", 64, 64, 0)
    s.row("合计", None, None, None, None, 102.5, 100, 2.5)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 16, 12, 18, 24, 10, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：苇川市淞湾区人民武装部", merge=[(1, 8)])
    t.row(*EXPORT_HEAD)
    for line in EXPORT_ROWS:
        t.row(*line)
    return b
