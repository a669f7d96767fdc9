"""Courier station (快递驿站) subsidies: uw07–uw12."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout351.common import funds, indicators, lines, new, sign
from tests.variants.holdout351.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, ok

DEPT = "澄岭区商务局（305017）"
UNIT = "澄岭区邮政快递业发展服务中心"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "绩效目标值", "分值")


def operating(s: Sheet, rate: str) -> None:
    """The first stacked project: operating subsidies for community courier stations."""
    project_head(s, year=2025, name="澄岭区社区快递驿站运营补贴", dept=DEPT, unit=UNIT,
                 money=funds(60, 60, 0),
                 goals=["对50个社区快递驿站给予运营补贴，驿站规范化达标率不低于95%。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "享受补贴的驿站数量", "≥50个"),
        (None, "质量指标", "驿站规范化达标率", rate),
        (None, "时效指标", "补贴按季度拨付及时率", "≥95%"),
        (None, "成本指标", "每站年度运营补贴标准", "≤1.2万元/站"),
        ("效益指标", "社会效益指标", "驿站日均代收件量", "≥300件"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)
    s.skip()


@variant("uw07-station-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator name with different values in each (correct)")  # fmt: skip
def uw07() -> Book:
    b, s = new()
    operating(s, "≥95%")
    project_head(s, year=2025, name="澄岭区快递驿站适老化改造补助", dept=DEPT, unit=UNIT,
                 money=funds(15, 12, 3), title="",
                 goals=["完成20个驿站适老化改造，为老年居民提供上门送件服务。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "完成适老化改造的驿站", "≥20个"),
        (None, "质量指标", "驿站规范化达标率", "≥98%"),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        (None, "成本指标", "每站改造补助", "≤0.6万元/站"),
        ("效益指标", "社会效益指标", "老年居民上门送件覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "老年居民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)
    return b


@variant("uw08-station-stacked-money", (2, 12), "two projects stacked, OLD-NAT: the second "
         "project's total is not its parts, its unit subsidy × count exceeds it")  # fmt: skip
def uw08() -> Book:
    b, s = new()
    operating(s, "≥95%")
    total = mk(money(46, WAN), "B101", "error", note="36 + 8 = 44, not 46")
    project_head(s, year=2025, name="澄岭区农村快递驿站建站补助", dept=DEPT, unit=UNIT,
                 money=funds(total, 36, 8), title="",
                 goals=["在偏远行政村新建快递驿站40个，实现快递服务进村。"])  # fmt: skip
    over = "1.5万元/站 × 40站 = 60万元, more than the 46 (or 44) 万元 of the project"
    rows = [
        ("产出指标", "数量指标", "新建村级快递驿站", "≥40个"),
        (None, "质量指标", "站点验收合格率", "=100%"),
        (None, "时效指标", "建站完成时间", "2025年10月31日前"),
        (None, "成本指标", "每站建站补助",
         mk("≤1.5万元/站", "B107", "warning", row=True, note=over)),
        ("效益指标", "社会效益指标", "行政村快递服务覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)
    return b


@variant("uw09-station-points", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score columns adding to 100, a rise in 百分点, a 下降率 with ≥ (correct)")  # fmt: skip
def uw09() -> Book:
    b, s = new()
    project_head(s, year=2025, name="澄岭区快递驿站标准化建设奖补", dept=DEPT, unit=UNIT,
                 money=funds(40, 32, 8),
                 goals=["完成45个驿站标准化改造，标准化率提高5个百分点以上。"])  # fmt: skip
    rows: list[tuple[Any, ...]] = [
        ("成本指标", 10, "经济成本指标", "每个标准化驿站奖补", "≤0.8万元/个", 10),
        ("产出指标", 40, "数量指标", "完成标准化改造的驿站", "≥45个", 15),
        (None, None, None, "配备智能分拣货架的驿站", "≥30个", 10),
        (None, None, "质量指标", "驿站标准化验收合格率", "=100%", 10),
        (None, None, "时效指标", "奖补资金拨付时限", "≤30个工作日", 5),
        ("效益指标", 30, "社会效益指标", "驿站标准化率较上年提高", "≥5百分点", 15),
        (None, None, None, "包裹错取投诉下降率", "≥10%", 5),
        (None, None, "可持续影响指标", "驿站长效管理制度", "健全", 10),
        ("满意度指标", 20, "服务对象满意度指标", "居民满意度", "≥90%", 10),
        (None, None, None, "驿站经营者满意度", "≥85%", 10),
    ]  # fmt: skip
    indicators(s, POINTS, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("uw10-station-points-wrong", (10,), "project, NAT-2021, tier-1 and indicator score "
         "columns: 产出 indicators add to 35 under a declared 40, a time limit in %")  # fmt: skip
def uw10() -> Book:
    b, s = new()
    project_head(s, year=2025, name="澄岭区快递驿站房租补助", dept=DEPT, unit=UNIT,
                 money=funds(45, 40, 5),
                 goals=["对60个社区快递驿站给予房租补助，稳定驿站经营。"])  # fmt: skip
    tier = mk(40, "W103", "error", alt=("W101",), note="15 + 5 + 10 + 5 = 35, not 40")
    rows: list[tuple[Any, ...]] = [
        ("成本指标", 10, "经济成本指标", "每站房租补助", "≤0.5万元/站", 10),
        ("产出指标", tier, "数量指标", "享受房租补助的驿站", "≥60个", 15),
        (None, None, None, "新增社区快递驿站", "≥12个", 5),
        (None, None, "质量指标", "驿站消防检查合格率", "=100%", 10),
        (None, None, "时效指标", "房租补助拨付时限",
         mk("100%", "T113", "warning", note="a time limit given as a percentage"), 5),
        ("效益指标", 30, "社会效益指标", "驿站提供就业岗位", "≥120个", 15),
        (None, None, "可持续影响指标", "补助驿站一年存续率", "≥90%", 15),
        ("满意度指标", 20, "服务对象满意度指标", "居民满意度", "≥90%", 20),
    ]  # fmt: skip
    indicators(s, POINTS, rows, merged=(1, 2, 3))
    return b


@variant("uw11-station-labels", (5,), "rural delivery transfer payment, OLD-NAT, labels with * "
         "and ★, abbreviated tier-2s (数量, 成本), 中央补助 + 地方资金 (correct)")  # fmt: skip
def uw11() -> Book:
    b, s = new()
    money_rows = [["资金总额", money(90, WAN), "其中：中央补助", money(60, WAN)],
                  ["地方资金", money(30, WAN), None, None]]  # fmt: skip
    project_head(s, year=2025, name="澄岭区农村寄递物流体系建设补助资金", dept=DEPT, unit=UNIT,
                 money=money_rows, title="2025年度农村寄递物流补助资金绩效目标表",
                 goals=["建成村级寄递物流综合服务站64个，建制村快递服务全覆盖。"])  # fmt: skip
    rows = [
        ("*产出指标", "数量", "★村级寄递物流综合服务站建设数量", "≥64个"),
        (None, None, "新增快递进村线路", "≥12条"),
        (None, "质量", "★建制村快递服务通达率", "=100%"),
        (None, "时效", "站点建设完成时间", "2025年11月30日前"),
        (None, "成本", "每站建设补助标准", "≤1.2万元/站"),
        ("*效益指标", "社会效益", "农产品寄递量较上年增长率", "≥15%"),
        (None, "可持续影响", "站点运营维护期", "≥3年"),
        ("*满意度指标", "服务对象满意度", "★村民寄递服务满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)
    return b


@variant("uw12-station-artefacts", (9, 12), "project, OLD-NAT, header 预期实现值, detail lines "
         "below: a split number, an amount pasted twice, a date serial typed as text")  # fmt: skip
def uw12() -> Book:
    b, s = new()
    project_head(s, year=2025, name="澄岭区驿站超期件集中回收补助", dept=DEPT, unit=UNIT,
                 money=funds(66.5, 60, 6.5),
                 goals=["补贴45个驿站运营，建设15个超期件集中回收点。"])  # fmt: skip
    serial = "45991 is the serial of 2025-11-30 stored as text"
    rows = [
        ("产出指标", "数量指标", "享受运营补贴的驿站", "≥45个"),
        (None, None, "超期件集中回收点", "≥15个"),
        (None, "质量指标", "驿站服务规范达标率", "≥95%"),
        (None, "时效指标", "补贴发放完成时间", mk("45991", "X104", "warning", note=serial)),
        (None, "成本指标", "每站运营补贴", "≤0.95万元/站"),
        ("效益指标", "社会效益指标", "超期件退回率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期实现值"), rows)
    split = mk("42.7 5", "X105", "warning", alt=("X103",), note="42.75 split by a space")
    twice = mk("15万15万(含设备)", "X106", "error", alt=("B108",), note="15 pasted twice")
    total = ok(money(66.5), "error", note="B102 only if the artefacts are misread")
    lines(s, [("驿站运营补贴", split, "45站×0.95万元"),
              ("超期件回收点建设", twice, "15个×1万元"),
              ("宣传及业务培训", 8.75, "宣传物料及培训场次"),
              ("合计", total, None)])  # fmt: skip
    sign(s, "龚以宁", "0571-86209146", day(2024, 12, 20))
    return b
