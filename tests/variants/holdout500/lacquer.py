"""Lacquer-tree (漆树) returns: percents typed in Excel, stacked projects, decorated tier labels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout500.common import (
    ONE_HEAD,
    OP_HEAD,
    YEAR,
    indicators,
    one_year,
    sign,
    start,
)
from tests.variants.holdout500.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

DEPT = "鹤汀县林业局（403001）"
CENTRE = "鹤汀县漆树杜仲产业发展中心"


@variant(
    "ap01-lacquer-percent",
    (1,),
    "project, OLD-NAT, operator and unit columns, percents "
    "typed in Excel, 万元 only in the number format, 0起 of accidents (correct)",
)
def ap01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="漆坪村低产漆林嫁接改造项目", dept=DEPT, unit=CENTRE,
                 money=one_year(86, 70, 16),
                 goals=("嫁接改造低产漆林1200亩，推广大红袍漆树良种，带动漆农增收。",))  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "嫁接改造低产漆林面积", "≥", 1200, "亩"),
        (None, None, "★带动脱贫户（监测户）户数", "≥", 150, "户"),
        (None, "质量指标", "嫁接成活率", "≥", pct(0.9), "%"),
        (None, None, "接穗检疫合格率", "=", pct(1), "%"),
        (None, "时效指标", "嫁接完成时间", "≤", day(YEAR, 4, 30, CN_DATE), None),
        (None, "成本指标", "每亩嫁接改造补助标准", "≤", 600, "元/亩"),
        ("效益指标", "经济效益指标", "漆农户均增收", "≥", 1200, "元/户"),
        (None, "社会效益指标", "割漆作业安全事故", "≤", 0, "起"),
        (None, "生态效益指标", "漆林病虫害发生率", "≤", pct(0.05), "%"),
        ("满意度指标", "服务对象满意度指标", "漆农满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "龙秀娥", "0796-5213087", day(YEAR - 1, 12, 6))
    return b


@variant("ap02-lacquer-percent-wrong", (1, 11), "project, OLD-NAT, operator column, percents "
         "typed in Excel: a 105% survival rate, a 反向 rate with ≥")  # fmt: skip
def ap02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="云岙乡漆树良种苗木繁育项目", dept=DEPT, unit="云岙乡林业站",
                 money=one_year(54, 45, 9),
                 goals=("繁育漆树良种嫁接苗12万株，供应全县新植漆园。",))  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "漆树良种嫁接苗出圃量", "≥", 12, "万株"),
        (None, "质量指标", "嫁接苗成活率", "≥",
         mk(pct(1.05), "T106", "error", note="a survival rate cannot exceed 100%"), "%"),
        (None, None, "出圃苗木质量合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "苗木出圃时间", "≤", day(YEAR, 11, 30, CN_DATE), None),
        (None, "成本指标", "每株嫁接苗繁育成本", "≤", 4, "元/株"),
        ("效益指标", "社会效益指标", "育苗基地用工人次", "≥", 2000, "人次"),
        (None, None, mk("漆疮（过敏）发生率", "T108", "warning", row=True,
                        note="a 反向 rate written with ≥"), "≥", pct(0.03), "%"),
        (None, "可持续影响指标", "良种苗木自给率", "≥", pct(0.6), "%"),
        ("满意度指标", "服务对象满意度指标", "购苗漆农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


def _stack_two(s: Sheet, second_money: list[list[object]], rate: object) -> None:
    """Two lacquer projects stacked in one sheet, one value column each."""
    project_head(s, year=YEAR, name="云岙乡漆林下套种中药材示范项目", dept=DEPT,
                 unit="云岙乡人民政府", money=one_year(60, 48, 12),
                 goals=("在漆林下套种黄精、白及等药材800亩，以短养长。",))  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "漆林下套种药材面积", "≥800亩"),
        (None, "质量指标", "药材种苗成活率", "≥85%"),
        (None, "时效指标", "套种完成时间", f"{YEAR}年5月31日前"),
        (None, "成本指标", "每亩套种补助标准", "≤600元/亩"),
        ("效益指标", "经济效益指标", "套种户均增收", "≥2000元"),
        (None, "生态效益指标", "漆林地水土流失面积减少", "≥300亩"),
        ("满意度指标", "服务对象满意度指标", "漆农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="石门岭镇生漆初加工与贮藏点建设项目", dept=DEPT,
                 unit="石门岭镇农业综合服务中心", money=second_money,
                 title=f"{YEAR}年度项目支出绩效目标申报表（项目二）",
                 goals=("建设生漆初加工与贮藏点6个，减少生漆霉变损耗。",))  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "生漆贮藏点建设数量", "≥6个"),
        (None, "质量指标", "贮藏点竣工验收合格率", "=100%"),
        (None, None, "割漆技术培训合格率", rate),
        (None, "时效指标", "贮藏点投入使用时间", f"{YEAR}年10月31日前"),
        (None, "成本指标", "贮藏点建设单价", "≤7.5万元/个"),
        ("效益指标", "经济效益指标", "生漆霉变损耗率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "漆农满意度", "≥92%"),
    ])  # fmt: skip


@variant("ap03-lacquer-stacked", (2,), "two lacquer projects stacked in one sheet, OLD-NAT, one "
         "value column, 漆农满意度 with different values in each project (correct)")  # fmt: skip
def ap03() -> Book:
    b, s = start()
    _stack_two(s, one_year(45, 45, 0), "≥90%")
    return b


@variant(
    "ap04-lacquer-stacked-wrong",
    (2, 12),
    "two lacquer projects stacked, OLD-NAT: the "
    "second project's total is not 财政拨款 + 其他资金, a 合格率 as a count",
)
def ap04() -> Book:
    b, s = start()
    total = mk(52, "B101", "error", note="40 + 6 = 46 ≠ 52 in the second project's money")
    rate = mk("120人", "T105", "error", note="a 合格率 needs a percentage")
    _stack_two(s, one_year(total, 40, 6), rate)
    return b


@variant(
    "ap05-lacquer-tier-labels",
    (5,),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（40分）, 1.数量指标, 2.质量), short tier-2s, weights (correct)",
)
def ap05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹤汀县漆树良种采穗圃建设项目", dept=DEPT, unit=CENTRE,
                 money=one_year(30, 30, 0),
                 goals=("建设漆树良种采穗圃50亩，年供良种接穗20万条。",))  # fmt: skip
    indicators(s, (*ONE_HEAD, "权重"), [
        ("一、产出指标（40分）", "1.数量指标", "采穗圃建设面积", "≥50亩", 10),
        (None, None, "良种接穗供应量", "≥20万条", 10),
        (None, "2.质量", "接穗合格率", "≥95%", 10),
        (None, "3.时效", "采穗圃建成时间", f"{YEAR}年10月31日前", 10),
        ("二、成本指标（20分）", "经济成本", "采穗圃每亩建设成本", "≤4000元/亩", 10),
        (None, "生态环境成本", "化学农药使用量增长率", "≤0%", 10),
        ("三、效益指标（30分）", "（一）经济效益", "接穗销售收入", "≥8万元", 10),
        (None, "（二）社会效益", "培训嫁接技术员", "≥300人次", 10),
        (None, "（三）可持续影响", "全县漆树良种自给率", "≥60%", 10),
        ("四、满意度指标（10分）", "服务对象满意度", "漆农满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("ap06-lacquer-wrong-parent", (5, 10), "project, NAT-2021, numbered labels, tier-1 score "
         "and indicator score columns: 时效指标 under 效益指标, two tier scores that do not match "
         "the indicator scores under them")  # fmt: skip
def ap06() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="漆坪村割漆技术提升与漆林更新项目", dept=DEPT, unit=CENTRE,
                 money=one_year(150, 130, 20),
                 goals=("更新漆林1200亩，推广“牛鼻子”割口割漆技术。",))  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标", mk(45, "W103", "error", note="10 + 10 + 15 + 15 = 50 ≠ 45"),
         "（一）数量指标", "更新漆林面积", "≥1200亩", 10),
        (None, None, None, "培训割漆技术员", "≥200人次", 10),
        (None, None, "（二）质量指标", "更新漆树成活率", "≥90%", 15),
        (None, None, None, "割漆技术规程执行率", "=100%", 15),
        ("二、成本指标", 10, "（一）经济成本指标", "每亩更新补助标准", "≤800元/亩", 10),
        ("三、效益指标", mk(25, "W103", "error", note="10 + 10 = 20 ≠ 25"),
         "（一）经济效益指标", "带动漆农户均增收", "≥1500元/户", 10),
        (None, None, mk("（二）时效指标", "F105", "error", note="时效指标 belongs to 产出指标"),
         "漆林更新完成时间", f"{YEAR}年4月30日前", 10),
        ("四、满意度指标", 20, "（一）服务对象满意度指标", "漆农满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
