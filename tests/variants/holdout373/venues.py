"""Venues with both (攀岩射箭): multi-year, exports, artefacts, points, directions (vs13–vs18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout373.common import YEAR, book, detail, header, indicators, project, wan
from tests.variants.holdout373.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "鹭栖县文体旅游局 402"
CENTRE = "鹭栖县全民健身活动中心"
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def period_money(annual: Any, fiscal: Any, other: Any) -> list[list[Any]]:
    """Money rows of a three-year project (中期 300 = 270 + 30)."""
    return [
        ["中期资金总额", wan(300), "年度资金总额", annual],
        ["其中：财政拨款", wan(270), "其中：财政拨款", fiscal],
        ["其他资金", wan(30), "其他资金", other],
    ]


@variant("vs13-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: counts "
         "smaller in the year, rates and unit costs equal (correct)")  # fmt: skip
def multi_year() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="全民健身中心攀岩射箭场建设", dept=DEPT, unit=CENTRE,
                 years=3, attr="新增项目", money=period_money(wan(120), wan(110), wan(10)),
                 goals=["三年内建成攀岩墙3面、射箭靶道12条。",
                        "本年度建成攀岩墙1面、射箭靶道4条。"])  # fmt: skip
    header(s, *PERIOD)
    indicators(s, [
        ("产出指标", "数量指标", "建成攀岩墙", "≥3面", "≥1面"),
        (None, None, "建成射箭靶道", "≥12条", "≥4条"),
        (None, "质量指标", "工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单面攀岩墙建设费", "≤40万元/面", "≤40万元/面"),
        ("效益指标", "社会效益指标", "场地服务人次", "≥150000人次", "≥40000人次"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vs14-multi-year-wrong", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: annual money above the period money, an annual count above its period "
         "count, 年度目标 copied from 中期目标")  # fmt: skip
def multi_year_wrong() -> Book:
    b, s = book()
    annual = mk(wan(330), "B103", "error", note="年度 330 > 中期 300")
    fiscal = ok(wan(300), "error", note="the same slip in the 财政拨款 line")
    goal = "建成攀岩射箭综合训练馆一座，配套攀岩墙2面、射箭靶道10条。"
    copied = mk(goal, "D204", "warning", note="年度目标 identical to 中期目标")
    project_head(s, year=YEAR, name="攀岩射箭综合训练馆建设", dept=DEPT, unit=CENTRE,
                 years=3, attr="新增项目", money=period_money(annual, fiscal, wan(30)),
                 goals=[goal, copied])  # fmt: skip
    header(s, *PERIOD)
    over = mk("≥14条", "D201", "error", note="annual 14 > period 10")
    indicators(s, [
        ("产出指标", "数量指标", "建成攀岩墙", "≥2面", "≥1面"),
        (None, None, "建成射箭靶道", "≥10条", over),
        (None, "质量指标", "工程验收合格率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单条靶道建设费", "≤6万元/条", "≤6万元/条"),
        ("效益指标", "社会效益指标", "训练馆服务人次", "≥120000人次", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "训练队员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vs15-system-export", (12, 7), "budget-system export: money on 部门项目支出预算05-1 "
         "with project codes, indicators on 部门项目支出绩效目标05-2 with the header on the "
         "third row after code columns (correct)")  # fmt: skip
def system_export() -> Book:
    b, s = book("部门项目支出预算05-1", (18, 26, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("44090125001", "攀岩馆保护装备更新", wan(26), wan(26), wan(0))
    s.row("44090125002", "射箭场防护网更换", wan(19), wan(15), wan(4))
    s.row("合计", None, wan(45), wan(41), wan(4))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 14, 16, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：鹭栖县全民健身活动中心")
    header(t, "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        ("44090125001", "攀岩馆保护装备更新", "产出指标", "数量指标", "更新安全带和主绳", "≥80套"),
        (None, None, None, "质量指标", "装备检测合格率", "100%"),
        (None, None, None, "成本指标", "每套装备采购单价", "≤0.3万元/套"),
        (None, None, "效益指标", "社会效益指标", "攀岩安全事故", "0起"),
        (None, None, "满意度指标", "服务对象满意度指标", "攀岩会员满意度", "≥90%"),
        ("44090125002", "射箭场防护网更换", "产出指标", "数量指标", "更换防护网", "≥1600平方米"),
        (None, None, None, "时效指标", "更换完成时间", "2025年5月31日前"),
        (None, None, None, "成本指标", "防护网单价", "≤110元/平方米"),
        (None, None, "效益指标", "社会效益指标", "射箭场安全开放天数", "≥300天"),
        (None, None, "满意度指标", "服务对象满意度指标", "射箭爱好者满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("vs16-pdf-artefacts", (9,), "project, OLD-NAT, one value column, detail lines below: "
         "a date serial as text, a split number, an amount pasted twice")  # fmt: skip
def pdf_artefacts() -> Book:
    b, s = book()
    end = mk("45961", "X104", "warning", note="Excel serial of 2025-10-31 typed as text")
    project(s, "攀岩馆抱石区扩建", DEPT, CENTRE, wan(180), wan(180), wan(0),
            "扩建抱石区，新增抱石墙面。", end=end)  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "新增抱石墙面", "≥260平方米"),
        (None, "质量指标", "工程验收合格率", "≥95%"),
        (None, "成本指标", "抱石墙面建设单价", "≤0.6万元/平方米"),
        ("效益指标", "社会效益指标", "抱石区年服务人次", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "攀岩会员满意度", "≥90%"),
    ])  # fmt: skip
    split = mk("108.4 5", "X105", "warning", alt=("X103",), note="read as 108.45")
    twice = mk("36万36万", "X106", "error", alt=("B108",), note="36 pasted twice")
    detail(s, "项目资金明细", [
        ("岩壁及岩点采购", split, "260平方米墙面及配套岩点"),
        ("保护员劳务", twice, "保护员6人"),
        ("设计及监理", 35.55, "按合同"),
    ], 180)  # fmt: skip
    return b


@variant("vs17-points-two-levels", (10, 11), "project, NAT-2021, tier score column and indicator "
         "score column (100 both ways), a rate raised in 百分点, "
         "a 下降率 with ≥ (correct)")  # fmt: skip
def points_two_levels() -> Book:
    b, s = book(widths=(14, 8, 18, 28, 16, 8))
    project(s, "全民健身攀岩射箭公益开放", DEPT, CENTRE, wan(64), wan(60), wan(4),
            "攀岩馆、射箭场每周公益开放不少于20小时。")  # fmt: skip
    header(s, "一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标", 50, "数量指标", "公益开放时段", "≥1040小时", 20),
        (None, None, None, "公益开放服务人次", "≥30000人次", 15),
        (None, None, "质量指标", "保护员持证上岗率", "=100%", 15),
        ("成本指标", 10, "经济成本指标", "公益开放每小时补助", "≤0.05万元/小时", 10),
        ("效益指标", 30, "社会效益指标", "青少年攀岩射箭参与率", "提高≥3百分点", 10),
        (None, None, None, "运动损伤人次下降率", "≥10%", 10),
        (None, None, "可持续影响指标", "公益开放制度", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "公益开放参与者满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("注：一级指标分值与三级指标分值各计100分，不重复累加。", merge=[(1, 6)])
    return b


@variant("vs18-direction-words", (11,), "project, OLD-NAT, 指标性质 as direction (正向/反向) and "
         "指标方向 as operator in words, bare values and a unit column: "
         "two against direction")  # fmt: skip
def direction_words() -> Book:
    b, s = book(widths=(12, 14, 24, 10, 12, 12, 10))
    project(s, "射箭场器材租借服务", DEPT, CENTRE, wan(22), wan(22), wan(0),
            "为射箭场散客提供弓箭租借及基础指导。", start=day(YEAR, 3, 1))  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    loss = mk("大于等于", "T108", "warning", row=True, note="损耗率 is 反向: 小于等于 expected")
    few = mk("小于等于", "T108", "warning", row=True, note="租借人次 is 正向: 大于等于 expected")
    indicators(s, [
        ("产出指标", "数量指标", "器材租借服务人次", "正向", few, 12000, "人次"),
        (None, "质量指标", "租借器材完好率", "正向", "大于等于", 95, "%"),
        (None, "成本指标", "器材年损耗率", "反向", loss, 8, "%"),
        (None, None, "每套弓箭购置单价", "反向", "小于等于", 0.25, "万元/套"),
        ("效益指标", "社会效益指标", "散客射箭体验人数", "正向", "大于等于", 5000, "人"),
        ("满意度指标", "服务对象满意度指标", "租借用户满意度", "正向", "大于等于", pct(0.9), None),
    ])  # fmt: skip
    return b
