"""Abalone (鲍鱼) returns: tier labels as offices write them and 中期 / 年度 columns
(bx07–bx12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout534.common import (
    HEAD_ONE,
    YEAR,
    indicators,
    money_rows,
    period_rows,
    sign,
    start,
    wan,
)
from tests.variants.holdout534.registry import variant
from tests.variants.kit import Book, C, Sheet, mk

DEPT = "澄屿县海洋与渔业局（207）"
HEAD_SCORE = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
HEAD_TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "bx07-abalone-numbered-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with "
    "points (一、产出指标（40分）, （一）数量指标), indicator scores adding to the same 100 "
    "(correct)",
)
def bx07() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="石帆湾鲍鱼筏式养殖设施升级项目",
        dept=DEPT,
        unit="澄屿县石帆湾渔业专业合作社",
        money=money_rows(wan(320), wan(260), wan(60)),
        goals=["为石帆湾渔业村新增鲍鱼养殖笼12000个，抗风浪筏架40组。"],
    )
    indicators(
        s,
        HEAD_SCORE,
        [
            ("一、成本指标（10分）", "（一）经济成本指标", "鲍鱼养殖笼单价", "≤85元/个", 5),
            (None, None, "抗风浪筏架单组造价", "≤1.2万元/组", 5),
            ("二、产出指标（40分）", "（一）数量指标", "新增鲍鱼养殖笼", "≥12000个", 15),
            (None, None, "新建抗风浪筏架", "≥40组", 10),
            (None, "（二）质量指标", "筏架验收合格率", "≥98%", 10),
            (None, "（三）时效指标", "台风季前完成筏架加固", "≤5月31日", 5),
            ("三、效益指标（40分）", "（一）经济效益指标", "参养渔户户均增收", "≥1.5万元", 20),
            (None, "（二）社会效益指标", "带动转产渔民就业", "≥90人", 20),
            ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参养渔户满意度", "≥90%", 10),
        ],
    )
    sign(s, "林海帆", "0596-7731528")
    return b


@variant(
    "bx08-abalone-marked-labels",
    (5,),
    "transfer-payment project, OLD-NAT, labels with * "
    "and ★, abbreviated tier-2s (数量, 质量, 成本), 中央补助 + 地方资金 (correct)",
)
def bx08() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="海水养殖良种补助（鲍鱼苗种）",
        dept=DEPT,
        unit="澄屿县海洋与渔业局",
        attr="转移支付项目",
        title=f"{YEAR}年度中央对地方转移支付区域绩效目标表",
        money=[
            ("年度资金总额", wan(500), "其中：中央补助", wan(350)),
            ("地方资金", wan(150), None, None),
        ],
        goals=["补助鲍鱼良种苗种投放800万粒，苗种成活率稳定在80%以上。"],
    )
    indicators(
        s,
        (*HEAD_ONE, "备注"),
        [
            ("*产出指标", "★数量", "补助鲍鱼良种苗种", "≥800万粒", "核心指标"),
            (None, None, "受补助养殖户", "≥150户", None),
            (None, "质量", "苗种检验检疫合格率", "≥98%", None),
            (None, "时效", "补助资金拨付时间", "≤9月30日", None),
            (None, "成本", "苗种补助标准", "≤0.3元/粒", None),
            ("*效益指标", "经济效益", "受补助户鲍鱼产量提高", "≥10%", None),
            (None, "生态效益指标", "近岸养殖区抽检水质达标率", "≥95%", None),
            ("*满意度指标", "服务对象满意度", "受补助养殖户满意度", "≥90%", "核心指标"),
        ],
    )
    sign(s, "陈望舒", "0596-7702264")
    return b


@variant(
    "bx09-abalone-wrong-parent",
    (5, 11),
    "project, NAT-2021, numbered labels (一、 / 1.): a "
    "时效 tier-2 under 效益指标 and a unit cost with ≥",
)
def bx09() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="鲍鱼苗种中间培育基地建设项目",
        dept=DEPT,
        unit="澄屿县水产种苗场",
        money=money_rows(wan(240), wan(200), wan(40)),
        goals=["建设鲍鱼苗种中间培育池30口，年培育大规格苗种300万粒。"],
    )
    indicators(
        s,
        HEAD_ONE,
        [
            ("一、成本指标", "1.经济成本指标", "中间培育池单口建设成本", "≤6万元/口"),
            (
                None,
                None,
                "大规格苗种单位培育成本",
                mk("≥0.2元/粒", "T108", "warning", row=True, note="a unit cost is 反向: ≤"),
            ),
            ("二、产出指标", "1.数量指标", "建设中间培育池", "≥30口"),
            (None, None, "培育大规格鲍鱼苗种", "≥300万粒"),
            (None, "2.质量指标", "苗种培育成活率", "≥75%"),
            ("三、效益指标", "1.经济效益指标", "苗种本地供应率", "≥60%"),
            (
                None,
                mk("2.时效指标", "F105", "error", note="时效指标 belongs to 产出指标"),
                "培育池建成投用时间",
                "≤8月31日",
            ),
            ("四、满意度指标", "1.服务对象满意度指标", "养殖户满意度", "≥90%"),
        ],
    )
    sign(s, "郑观澜", "0596-7718843")
    return b


def abalone_period(
    s: Sheet,
    name: str,
    years: int,
    period: tuple[int, int, int],
    annual: tuple[C | int, int, int],
    goals: list[object],
) -> None:
    """A multi-year abalone project head (中期 and 年度 money, 中期目标 and 年度目标)."""
    project_head(
        s,
        year=YEAR,
        name=name,
        dept=DEPT,
        unit="澄屿县鳌礁渔业村股份经济合作社",
        years=years,
        attr="新增项目",
        goals=goals,
        money=period_rows(
            [wan(v) for v in period], [v if isinstance(v, C) else wan(v) for v in annual]
        ),
    )


@variant(
    "bx10-abalone-three-year",
    (8,),
    "three-year project, NAT-2021, two-row header with 中期 "
    "and 年度 under 指标值, annual counts below period counts, rates equal (correct)",
)
def bx10() -> Book:
    b, s = start()
    abalone_period(
        s,
        "鳌礁村鲍鱼工厂化养殖车间建设项目",
        3,
        (900, 780, 120),
        (300, 260, 40),
        [
            "三年改造鲍鱼工厂化养殖池60口，形成年产鲍鱼120吨的能力。",
            "本年度改造养殖池20口，配套海水循环过滤系统1套。",
        ],
    )
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None)
    s.row(None, None, None, "中期", "年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=5)
    s.table(
        [
            ("成本指标", "经济成本指标", "养殖池单口改造成本", "≤1.5万元/口", "≤1.5万元/口"),
            ("产出指标", "数量指标", "改造工厂化养殖池", "≥60口", "≥20口"),
            (None, None, "建设海水循环过滤系统", "≥3套", "≥1套"),
            (None, "质量指标", "鲍鱼养殖成活率", "≥80%", "≥80%"),
            (None, "时效指标", "年度改造任务完成时间", "≤2027年11月30日", "≤2025年11月30日"),
            ("效益指标", "经济效益指标", "鲍鱼年产量", "≥120吨", "≥40吨"),
            (None, "社会效益指标", "吸纳本村渔民就业", "≥45人", "≥15人"),
            ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    sign(s, "黄潮生", "0596-7745016")
    return b


@variant(
    "bx11-abalone-copied-columns",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: 年度目标 copied from 中期目标, cumulative counts copied into 年度",
)
def bx11() -> Book:
    b, s = start()
    goal = "三年建成鲍鱼海上养殖平台6座，带动鳌礁、鹭汊两村转产渔民120人。"
    abalone_period(
        s,
        "鲍鱼海上养殖平台建设项目",
        3,
        (600, 480, 120),
        (200, 160, 40),
        [goal, mk(goal, "D204", "warning", note="年度目标 identical to 中期目标")],
    )
    copied = "the cumulative period count copied into the year"
    indicators(
        s,
        HEAD_TWO,
        [
            ("成本指标", "经济成本指标", "单座平台建造成本", "≤95万元/座", "≤95万元/座"),
            ("产出指标", "数量指标", "建成海上养殖平台", "≥6座", "≥2座"),
            (
                None,
                None,
                "投放鲍鱼苗种",
                "≥450万粒",
                mk("≥450万粒", "D202", "warning", note=copied),
            ),
            (
                None,
                None,
                "培训转产渔民",
                "≥360人次",
                mk("≥360人次", "D202", "warning", note=copied),
            ),
            (None, "质量指标", "平台验收合格率", "=100%", "=100%"),
            ("效益指标", "社会效益指标", "带动转产渔民就业", "≥120人", "≥40人"),
            ("满意度指标", "服务对象满意度指标", "转产渔民满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "黄潮生", "0596-7745016")
    return b


@variant(
    "bx12-abalone-annual-above",
    (8, 12),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "年度资金 above 中期资金, an annual count above its period count",
)
def bx12() -> Book:
    b, s = start()
    annual = mk(wan(450), "B103", "error", note="年度资金 450 > 中期资金 400")
    abalone_period(
        s,
        "鹭汊村鲍鱼育苗场扩建项目",
        2,
        (400, 340, 60),
        (annual, 390, 60),
        [
            "两年扩建鲍鱼育苗池40口，年育苗能力达到800万粒。",
            "本年度扩建育苗池25口，完成供水管网改造。",
        ],
    )
    indicators(
        s,
        HEAD_TWO,
        [
            ("成本指标", "经济成本指标", "育苗池单口扩建成本", "≤8万元/口", "≤8万元/口"),
            ("产出指标", "数量指标", "扩建鲍鱼育苗池", "≥40口", "≥25口"),
            (
                None,
                None,
                "改造供水管网",
                "≥1.2公里",
                mk("≥3.5公里", "D201", "error", note="annual 3.5 km above the period's 1.2 km"),
            ),
            (None, "质量指标", "育苗池验收合格率", "=100%", "=100%"),
            ("效益指标", "经济效益指标", "年育苗能力", "≥800万粒", "≥500万粒"),
            ("满意度指标", "服务对象满意度指标", "育苗场职工满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "苏晚潮", "0596-7763390")
    return b
