"""Returns ur07–ur12: food safety checks at night markets."""

from __future__ import annotations

from typing import Any

from tests.variants import heads
from tests.variants.holdout346.common import (
    HEAD4,
    YEAR,
    funds,
    indicators,
    notes,
    project,
    sign,
    start,
)
from tests.variants.holdout346.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

DEPT = "松汀市南栅区市场监督管理局（118011）"


def _food_table() -> list[tuple[Any, ...]]:
    return [
        ("成本指标", "经济成本指标", "单批次食品快检成本", "≤0.03万元/批次"),
        ("产出指标", "数量指标", "夜市食品快检批次", "≥1800批次"),
        (None, None, "夜市食品监督抽检批次", "≥360批次"),
        (None, "质量指标", "不合格食品核查处置率", "=100%"),
        (None, "时效指标", "不合格样品核查处置时限", "48小时内"),
        ("效益指标", "社会效益指标", "夜市食品安全事故", "0起"),
        (None, "可持续影响指标", "夜市食品安全追溯台账", "健全"),
        ("满意度指标", "服务对象满意度指标", "夜市消费者满意度", "≥90%"),
    ]


@variant("ur07-food-department-money", (12,),
         "department, NAT-2021: budget with typed shares, key tasks adding to 金额合计 = 项目支出 "
         "(correct)")  # fmt: skip
def ur07() -> Book:
    b, s = start()
    share = "0.00%"
    heads.department_head(s, year=YEAR, dept=DEPT, budget=[
        (money(620.0), money(580.0), money(40.0), money(412.0), money(208.0)),
        (pct(1), pct(0.9355, share), pct(0.0645, share), pct(0.6645, share),
         pct(0.3355, share)),
    ], tasks=[
        ("夜市食品安全抽检", "对12处夜市开展快检和监督抽检", money(96.0), "快检≥1800批次"),
        ("夜市摊位规范管理", "摊位许可、亮证经营和台账管理", money(62.0), "摊位持证率≥98%"),
        ("夜市消防与用电检查", "消防通道、临时用电安全检查", money(50.0), "隐患整改率100%"),
        ("金额合计", None, money(208.0), None),
    ], goal="保障全区夜市食品安全，规范摊位经营，全年不发生食品安全事故。")  # fmt: skip
    indicators(s, HEAD4, _food_table())
    sign(s, "阮沁禾", "0591-8823164", day(YEAR - 1, 11, 18))
    return b


@variant("ur08-food-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to their "
         "金额合计")  # fmt: skip
def ur08() -> Book:
    b, s = start()
    heads.department_head(s, year=YEAR, dept="桐溆市食品安全检测中心", budget=[
        (mk(money(540.0), "B101", "error", note="基本支出 356 + 项目支出 174 = 530 ≠ 540"),
         money(500.0), money(40.0), money(356.0), money(174.0)),
    ], tasks=[
        ("夜市食品快检", "流动快检车进驻夜市开展快检", money(88.0), "快检≥1800批次"),
        ("夜市监督抽检", "送实验室检测", money(46.0), "抽检≥360批次"),
        ("摊主食品安全培训", "分批集中培训", money(40.0), "培训≥1200人次"),
        ("金额合计", None, mk(money(184.0), "B102", "error", alt=("B101",),
                              note="88 + 46 + 40 = 174 ≠ 184"), None),
    ], goal="完成全市夜市食品快检和监督抽检任务，食品安全风险早发现、早处置。")  # fmt: skip
    indicators(s, HEAD4, _food_table())
    return b


@variant("ur09-sampling-notes", (4,),
         "project, OLD-NAT, one value column: a 注 row between tiers, a footnote explaining the "
         "total, 填表说明, signature and a fill date in the year before (correct)")  # fmt: skip
def ur09() -> Book:
    b, s = start()
    project(s, "澄屿县夜市食品快检项目", "澄屿县市场监督管理局（317004）",
            "澄屿县食品检验检测所", funds(32.0, 32.0, 0),
            ["全年对全县夜市开展食品快检1500批次以上，问题食品当日处置。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "夜市食品快检批次", "≥1500批次"),
        (None, "质量指标", "快检结果复核准确率", "≥95%"),
        (None, "时效指标", "问题食品处置时限", "≤24小时"),
        (None, "成本指标", "快检试剂单批次成本", "≤0.01万元/批次"),
    ])  # fmt: skip
    notes(s, "注：快检批次含复检批次，不单独计列。", width=4)
    s.table([
        ("效益指标", "社会效益指标", "夜市食品安全事故", "0起"),
        (None, "可持续影响指标", "快检结果公示制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "夜市消费者满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：项目资金32.0万元=快检试剂18.0万元+检测车运维8.0万元+人员培训6.0万元。",
          "填表说明：1.指标值应量化；2.比率类指标以%表示；3.本表一式两份。", width=4)  # fmt: skip
    sign(s, "卞若澜", "0596-7719052", day(YEAR - 1, 12, 16))
    return b


@variant("ur10-sampling-pdf", (9,),
         "project, OLD-NAT, converted from PDF: a start date left as a serial in text, an amount "
         "split by a space, an amount pasted twice")  # fmt: skip
def ur10() -> Book:
    b, s = start()
    split = mk("84.5 2", "X105", "warning", alt=("X103",), note="84.52 split by a space")
    twice = mk("12万12万", "X106", "error", alt=("B108",), note="12万 pasted twice")
    serial = mk("45658", "X104", "warning", note="2025-01-01 as an Excel serial in text")
    rows = funds(96.52, split, twice)
    project(s, "桐溆市夜市食品安全监督抽检项目", "桐溆市市场监督管理局（206004）",
            "桐溆市食品药品检验所", rows, ["全年完成夜市食品监督抽检2000批次。"],
            start=serial)  # fmt: skip
    why = "tolerated if the split or pasted amounts are not read as 84.52 and 12"
    b.file_mark("B101", "error", required=False, note=why)
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "夜市食品监督抽检批次", "≥2000批次"),
        (None, "质量指标", "抽检样品检验报告合格率", "≥98%"),
        (None, "时效指标", "检验报告出具时限", "≤7个工作日"),
        (None, "成本指标", "单批次抽检成本", "≤0.04万元/批次"),
        ("效益指标", "社会效益指标", "夜市问题食品检出后下架率", "100%"),
        (None, "可持续影响指标", "抽检数据共享机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "夜市经营户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("ur11-checks-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100 with a 合计 row (correct)")  # fmt: skip
def ur11() -> Book:
    b, s = start()
    s.ws.column_dimensions["A"].width = 30
    heads.department_head(s, year=YEAR, dept="霁川区夜间经济发展服务中心", budget=[
        (money(268.0), money(248.0), money(20.0), money(176.0), money(92.0)),
    ], goal="夜市食品安全检查全覆盖，全年不发生食品安全事故。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("夜市食品快检批次", 20, "批次", "≥", 2400),
        ("摊位食品经营备案率", 15, "%", "≥", pct(0.96)),
        ("不合格食品下架处置率", 15, "%", "=", pct(1)),
        ("快检结果公示及时率", 10, "%", "≥", pct(0.95)),
        ("夜市食品安全事故", 10, "起", "≤", 0),
        ("食品安全投诉下降率", 10, "%", "≥", pct(0.1)),
        ("摊主食品安全培训人次", 10, "人次", "≥", 1500),
        ("夜市消费者满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("ur12-food-second-sheet", (7, 1),
         "project: head on 基本信息, the indicator table on a second sheet under 预期实现值 with "
         "operator and unit columns: a typed 102% on a 合格率, a 持证率 given in 人")  # fmt: skip
def ur12() -> Book:
    b, s = start("基本信息")
    project(s, "松汀市夜市从业人员健康管理项目", "松汀市卫生健康委员会（118020）",
            "松汀市疾病预防控制中心", funds(27.5, 27.5, 0),
            ["为全市夜市从业人员办理健康证，开展食品快检质量控制。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 10, 14, 10))
    indicators(t, ("一级指标", "二级指标", "三级指标", "指标性质", "预期实现值", "计量单位"), [
        ("产出指标", "数量指标", "办理夜市从业人员健康证", "≥", 2200, "人"),
        (None, "质量指标", "快检质控样品检测合格率", "≥",
         mk(pct(1.02), "T106", "error", note="a 合格率 cannot exceed 100%"), "%"),
        (None, None, "摊贩健康证持证率", "≥",
         mk(460, "T105", "error", row=True, note="持证率 given as 460 人"), "人"),
        (None, "时效指标", "健康证办理时限", "≤", 3, "工作日"),
        (None, "成本指标", "人均体检补助标准", "≤", 100, "元/人"),
        ("效益指标", "社会效益指标", "从业人员相关食源性疾病事件", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "夜市从业人员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b
