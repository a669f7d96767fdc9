"""Community breakfast-point returns (早餐工程): un07 to un12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout342.common import (
    YEAR,
    first,
    funds,
    indicators,
    note,
    sign,
    wan,
)
from tests.variants.holdout342.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "un07-breakfast-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells, weights add to 100 (correct)",
)
def un07() -> Book:
    b, s = first()
    department_head(
        s,
        year=YEAR,
        dept="梅岭镇人民政府",
        budget=[[wan(310), wan(280), wan(30), wan(190), wan(120)]],
        goal="建成社区早餐点18个，保障镇区居民早餐供应安全、便利、实惠。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    rows = [
        ["新建社区早餐点", 15, "个", "≥", 18],
        ["投放流动早餐车", 10, "辆", "≥", 6],
        ["早餐从业人员健康证持证率", 15, "%", "=", pct(1)],
        ["早餐食品抽检合格率", 15, "%", "≥", pct(0.98)],
        ["单个早餐点建设补助", 10, "万元/个", "≤", 5],
        ["日均供应早餐份数", 10, "份", "≥", 2400],
        ["早餐食品安全事故", 10, "起", "=", 0],
        ["居民早餐服务满意度", 15, "%", "≥", pct(0.9)],
    ]  # fmt: skip
    indicators(s, FLAT, rows, merged=())
    s.row("合计", 100)
    return b


@variant(
    "un08-breakfast-flat-defects",
    (3, 11),
    "department, flat list with operator column: "
    "weights add to 95, a unit conflict, a 投诉率 with ≥",
)
def un08() -> Book:
    b, s = first()
    department_head(
        s,
        year=YEAR,
        dept="栖凤区商务局",
        budget=[[wan(420), wan(400), wan(20), wan(260), wan(160)]],
        goal="推进早餐工程，新增标准化早餐网点，规范早餐车经营。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    unit = mk("12万元", "T112", "error", note="计量单位列写“个”，指标值却是万元")
    wrong = mk("≥", "T108", "warning", row=True, note="投诉率是反向指标，应 ≤3%")
    rows = [
        ["新增标准化早餐网点", 15, "个", "≥", unit],
        ["规范早餐车经营数量", 15, "辆", "≥", 40],
        ["早餐食品抽检合格率", 15, "%", "≥", 98],
        ["早餐经营投诉率", 10, "%", wrong, 3],
        ["早餐网点食品留样率", 10, "%", "=", 100],
        ["单个网点改造补助", 10, "万元/个", "≤", 4],
        ["居民早餐服务满意度", 20, "%", "≥", 90],
    ]  # fmt: skip
    indicators(s, FLAT, rows, merged=())
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    return b


@variant(
    "un09-breakfast-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: two tier-2 "
    "labels left from the template with nothing under them, a value without a name",
)
def un09() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="榆塘县便民早餐网点建设项目",
        dept="榆塘县商务局 451",
        unit="榆塘县商务局",
        money=funds(wan(150), wan(150), wan(0)),
        goals=["新建早餐网点30个、投放早餐车20辆，解决居民早餐难。"],
    )
    left = "模板留下的二级指标，没有三级指标和指标值"
    rows = [
        ["产出指标", "数量指标", "新建早餐网点数量", "≥30个"],
        [None, None, "投放早餐车数量", "≥20辆"],
        [None, "质量指标", mk(None, "F110", "error", note="有指标值没有名称"), "≥98%"],
        [None, None, "从业人员健康证持证率", "=100%"],
        [None, "时效指标", "网点建成投用时间", "2025年11月30日前"],
        ["成本指标", "经济成本指标", "单个早餐网点建设补助", "≤3万元/个"],
        [None, mk("社会成本指标", "F109", "warning", row=True, note=left), None, None],
        ["效益指标", "社会效益指标", "受益居民人数", "≥12000人"],
        [None, mk("生态效益指标", "F109", "warning", row=True, note=left), None, None],
        [None, "可持续影响指标", "早餐网点长效运营机制", "健全"],
        ["满意度指标", "服务对象满意度指标", "居民早餐服务满意度", "≥90%"],
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b


@variant(
    "un10-breakfast-headers",
    (7, 11),
    "project, NAT-2021, two-row header with 考核指标, "
    "目标值（年度） and 评价标准, a 下降率 with ≥ and a 0起 count (correct)",
)
def un10() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="鹤汀市早餐车统一规范提升项目",
        dept="鹤汀市商务局 112",
        unit="鹤汀市城市便民服务中心",
        money=funds(wan(88), wan(80), wan(8)),
        goals=["统一更换规范早餐车40辆，早餐食品投诉下降10%以上。"],
    )
    s.row("绩效指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "考核指标")
    rows = [
        ["产出指标", "数量指标", "更换规范早餐车", "≥40辆", "每少1辆扣0.5分"],
        [None, "质量指标", "早餐车证照公示率", "=100%", "未公示1辆扣0.5分"],
        [None, "时效指标", "早餐车交付时间", "2025年7月31日前", "逾期不得分"],
        ["成本指标", "经济成本指标", "单辆早餐车购置成本", "≤2万元/辆", "超标不得分"],
        ["效益指标", "社会效益指标", "早餐食品投诉下降率", "≥10%", "按比例扣分"],
        [None, None, "早餐食品安全事故", "0起", "发生即不得分"],
        [None, "可持续影响指标", "早餐车定点经营管理制度", "健全", "未建立不得分"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "问卷调查"],
    ]  # fmt: skip
    s.table(rows, merged=(1, 2))
    return b


@variant(
    "un11-breakfast-second-sheet",
    (7,),
    "project: head on the first sheet, the table on a "
    "second sheet under 预期实现值, a rate given as a count, a deadline given as 100%",
)
def un11() -> Book:
    b, s = first("项目信息")
    project_head(
        s,
        year=YEAR,
        name="澄溪市社区早餐示范点创建",
        dept="澄溪市商务局 027",
        unit="澄溪市社区服务指导中心",
        money=funds(wan(72), wan(60), wan(12)),
        goals=["创建社区早餐示范点24个，示范点证照全部公示。"],
    )
    t = b.sheet("绩效指标", (16, 18, 30, 18, 24))
    t.title("绩效指标", 5)
    rows = [
        ["产出指标", "数量指标", "创建早餐示范点", "≥24个", None],
        [None, "质量指标", "示范点证照公示率",
         mk("24家", "T105", "error", note="公示率写成了家数"), None],
        [None, None, "示范点食品留样合格率", "≥95%", None],
        [None, "时效指标", "示范点创建完成时间",
         mk("100%", "T113", "warning", note="期限写成了百分比"), None],
        [None, "成本指标", "单个示范点补助标准", "≤3万元/个", None],
        ["效益指标", "社会效益指标", "示范点日均服务居民", "≥3000人次", None],
        ["满意度指标", "服务对象满意度指标", "就餐居民满意度", "≥90%", "问卷抽样"],
    ]  # fmt: skip
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), rows)
    return b


@variant(
    "un12-breakfast-notes",
    (4,),
    "project, OLD-NAT, weight column: a 说明 row between "
    "tiers, subtotals, a header repeated after a page break, 注, 填表说明 and a "
    "signature line dated the year before (correct)",
)
def un12() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="苇川县早餐工程“放心早餐”提升项目",
        dept="苇川县商务局 318",
        unit="苇川县商务局",
        money=funds(wan(126), wan(110), wan(16)),
        goals=["提升早餐网点42个，实现早餐食品快检每月全覆盖。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    rows = [
        ["产出指标", "数量指标", "提升改造早餐网点", "≥42个", 15],
        [None, None, "早餐食品月度快检批次", "≥500批次", 10],
        [None, "质量指标", "早餐食品快检合格率", "≥97%", 10],
        [None, "时效指标", "提升改造完成时间", "2025年10月31日前", 5],
        [None, "成本指标", "单个网点提升补助", "≤3万元/个", 10],
        ["小计", None, None, None, 50],
    ]  # fmt: skip
    indicators(s, head, rows)
    note(s, "说明：效益指标按年末第三方评估结果填报。")
    s.skip()
    s.row(*head)
    rows = [
        ["效益指标", "社会效益指标", "早餐网点食品安全事故", "0起", 15],
        [None, "可持续影响指标", "放心早餐长效监管机制", "健全", 15],
        ["小计", None, None, None, 30],
        ["满意度指标", "服务对象满意度指标", "居民早餐满意度", "≥90%", 20],
        ["小计", None, None, None, 20],
        ["合计", None, None, None, 100],
    ]  # fmt: skip
    s.table(rows, merged=(1, 2))
    note(s, "注：1.快检合格率=合格批次÷抽检批次×100%；2.权重合计100分。")
    note(s, "填表说明：指标值须可考核，定性指标用“健全”“有效”等表述。")
    sign(s, "周晓岚", "0573-6628417", day(YEAR - 1, 12, 16))
    return b
