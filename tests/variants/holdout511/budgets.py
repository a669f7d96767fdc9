"""Money and periods: the multi-year training base, the sports bureau's department returns,
template rows left empty and conversion artefacts."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout511.common import (
    DEPT,
    YEAR,
    book,
    indicators,
    multi_year,
    one_year,
)
from tests.variants.holdout511.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
BASE = "哈日诺尔县青少年摔跤训练基地"


@variant("ba13-base-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: counts below their period "
         "values, rates and unit costs equal in both (correct)")  # fmt: skip
def ba13() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name=f"{BASE}建设（2025—2027年）", dept=DEPT,
                 unit="哈日诺尔县青少年业余体育学校", attr="新增项目",
                 money=multi_year((360, 330, 30), (120, 110, 10)),
                 goals=("三年内改造训练场馆1800平方米，培养青少年摔跤后备人才300人。",
                        "2025年改造训练场馆600平方米，培养后备人才100人。"))  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "改造训练场馆面积", "≥1800平方米", "≥600平方米"),
        (None, None, "培养青少年摔跤后备人才", "≥300人", "≥100人"),
        (None, "质量指标", "改造工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度改造任务完成时间", "每年11月30日前", "11月30日前"),
        ("成本指标", "经济成本指标", "场馆改造单位成本", "≤800元/平方米", "≤800元/平方米"),
        ("效益指标", "社会效益指标", "基地年训练青少年人次", "≥30000人次", "≥10000人次"),
        (None, "可持续影响指标", "基地建成后使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "训练学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ba14-base-copied-period", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "an annual count above its period value, a cumulative count copied")  # fmt: skip
def ba14() -> Book:
    b, s = book()
    goal = "建成苏木摔跤训练点4个，举办交流赛12场，培训青少年120人。"
    copied = mk(
        goal, "D204", "warning", note="a two-year project: 年度目标 = 中期目标 word for word"
    )
    above = mk("≥150人", "D201", "error",
               note="the annual count 150 exceeds the two-year count 120")  # fmt: skip
    same = mk("≥12场", "D202", "warning",
              note="a cumulative count over two years copied into the annual column")  # fmt: skip
    project_head(s, year=YEAR, years=2, name="苏木摔跤训练点建设（2025—2026年）", dept=DEPT,
                 unit="哈日诺尔县摔跤协会", attr="新增项目",
                 money=multi_year((80, 70, 10), (50, 45, 5)), goals=(goal, copied))  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "建成苏木摔跤训练点", "≥4个", "≥2个"),
        (None, None, "举办青少年摔跤交流赛场次", "≥12场", same),
        (None, None, "培训青少年人数", "≥120人", above),
        (None, "质量指标", "训练点验收合格率", "100%", "100%"),
        ("成本指标", "经济成本指标", "每个训练点建设成本", "≤15万元/个", "≤15万元/个"),
        ("效益指标", "社会效益指标", "训练点年服务青少年人次", "≥4000人次", "≥1500人次"),
        ("满意度指标", "服务对象满意度指标", "参训青少年满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


BUREAU_TABLE: list[tuple[Any, ...]] = [
    ("成本指标", "经济成本指标", "县运动会人均办赛成本", "≤1200元/人"),
    ("产出指标", "数量指标", "县牧区青少年运动会参赛人数", "≥1500人"),
    (None, None, "扶持苏木摔跤俱乐部数量", "≥8个"),
    (None, "质量指标", "培训教练员裁判员考核合格率", "≥90%"),
    (None, "时效指标", "运动会举办时间", "8月31日前"),
    ("效益指标", "社会效益指标", "牧区青少年经常参加摔跤训练人数", "≥800人"),
    (None, "可持续影响指标", "苏木摔跤俱乐部常年运行比例", "≥85%"),
    ("满意度指标", "服务对象满意度指标", "参赛青少年及家长满意度", "≥90%"),
]


def bureau(s: Sheet, budget: list[tuple[Any, ...]], tasks: list[tuple[Any, ...]]) -> None:
    department_head(s, year=YEAR, dept="哈日诺尔县文化体育局", budget=budget, tasks=tasks,
                    goal="办好县牧区青少年运动会，扶持苏木摔跤俱乐部，"
                         "培训教练员裁判员。")  # fmt: skip
    indicators(s, ("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"),
               [(None, *r) for r in BUREAU_TABLE], merged=(1, 2, 3))  # fmt: skip


@variant("ba15-bureau-money", (12,),
         "department, NAT-2021 with 成本 first: budget with shares in 0.00%, key tasks with a "
         "金额合计 equal to 项目支出, all consistent (correct)")  # fmt: skip
def ba15() -> Book:
    b, s = book()
    w = [money(v, WAN) for v in (860, 800, 60, 520, 340)]
    shares = [pct(v, "0.00%") for v in (1, 0.9302, 0.0698, 0.6047, 0.3953)]
    bureau(s, [tuple(w), tuple(shares)], [
        ("县牧区青少年运动会", "办赛1届，参赛1500人以上", money(180, WAN), "安全顺利办赛"),
        ("摔跤俱乐部扶持", "扶持8个苏木俱乐部", money(100, WAN), "俱乐部常年运行"),
        ("教练员裁判员培训", "培训80人", money(60, WAN), "考核合格率90%以上"),
        ("金额合计", None, money(340, WAN), None),
    ])  # fmt: skip
    return b


@variant("ba16-bureau-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match "
         "its amount, tasks not adding to 金额合计")  # fmt: skip
def ba16() -> Book:
    b, s = book()
    total = mk(money(720, WAN), "B101", "error", row=True,
               note="基本支出 430 + 项目支出 310 = 740, not 720")  # fmt: skip
    share = mk(pct(0.8167, "0.00%"), "B111", "error",
               note="660 ÷ 720 = 91.67 %, the cell shows 81.67%")  # fmt: skip
    sums = mk(money(310, WAN), "B102", "error", note="180 + 80 + 40 = 300, not 310")
    w = [money(v, WAN) for v in (660, 60, 430, 310)]
    bureau(s, [(total, *w), (pct(1, "0.00%"), share, pct(0.0833, "0.00%"), None, None)], [
        ("县牧区青少年运动会", "办赛1届，参赛1500人以上", money(180, WAN), "安全顺利办赛"),
        ("摔跤俱乐部扶持", "扶持8个苏木俱乐部", money(80, WAN), "俱乐部常年运行"),
        ("教练员裁判员培训", "培训60人", money(40, WAN), "考核合格率90%以上"),
        ("金额合计", None, sums, None),
    ])  # fmt: skip
    return b


@variant("ba17-template-rows-left", (6, 13),
         "project, NAT-2021, header 预期目标: a 生态效益指标 row left from the template with no "
         "indicator and no value, a value without an indicator name")  # fmt: skip
def ba17() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="嘎查少年摔跤手选拔集训", dept=DEPT,
                 unit="巴彦敖包苏木青少年摔跤俱乐部", money=one_year(18, 16, 2),
                 goals=("从各嘎查选拔少年摔跤手集中训练45天，组队参加县运动会。",))  # fmt: skip
    empty = mk("生态效益指标", "F109", "warning", row=True,
               note="a template tier-2 left with no indicator and no value")  # fmt: skip
    name = mk(None, "F110", "error", note="≥30人 stands in a row whose 三级指标 is empty")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "集训人均成本", "≤3000元/人"),
        ("产出指标", "数量指标", "选拔集训少年摔跤手人数", "≥50人"),
        (None, None, name, "≥30人"),
        (None, "质量指标", "集训考勤达标率", "≥95%"),
        (None, "时效指标", "集训完成时间", "7月31日前"),
        ("效益指标", "社会效益指标", "入选县代表队人数", "≥12人"),
        (None, empty, None, None),
        ("满意度指标", "服务对象满意度指标", "集训队员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ba18-games-artefacts", (9,),
         "project, OLD-NAT, one value column: a completion date stored as a serial in a text "
         "cell, a 财政拨款 split by a space and stored as text")  # fmt: skip
def ba18() -> Book:
    b, s = book()
    serial = mk("45838", "X104", "warning", note="the text 45838 is the date serial of 2025-06-30")
    split = mk("50.437 5", "X105", "warning", alt=("X103",),
               note="50.4375 split by a space; 50.4375 + 8 = 58.4375 then adds up")  # fmt: skip
    project_head(s, year=YEAR, name="县牧区青少年运动会摔跤场地及器材", dept=DEPT,
                 unit="哈日诺尔县文化体育局", end=serial,
                 money=[("年度资金总额", money(58.4375, '0.0000"万元"'), "其中：财政拨款",
                         split), (None, None, "其他资金", money(8, WAN))],
                 goals=("运动会前完成摔跤比赛场地铺设和器材购置。",))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "铺设摔跤比赛场地块数", "≥6块"),
        (None, None, "购置摔跤服及护具套数", "≥200套"),
        (None, "质量指标", "器材验收合格率", "100%"),
        (None, "时效指标", "场地铺设完成时间", "6月30日前"),
        (None, "成本指标", "每块比赛场地铺设成本", "≤5万元/块"),
        ("效益指标", "社会效益指标", "运动会摔跤比赛场地达标率", "100%"),
        ("满意度指标", "服务对象满意度指标", "参赛运动员满意度", "≥90%"),
    ])  # fmt: skip
    return b
