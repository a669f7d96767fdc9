"""Returns of 评弹 troupes: percent cells, points at two levels, 中期 and 年度 (wk01–wk06)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout391.common import OPS, YEAR, funds, indicators, project, sign, wan
from tests.variants.holdout391.registry import variant
from tests.variants.kit import Book, day, mk, pct

TROUPE = dict(dept="渌湾市文化广电和旅游局（317）", unit="渌湾市评弹艺术传习团")


def _tour_rows(rate: Any, error_op: Any) -> list[tuple[Any, ...]]:
    return [
        ("产出指标", "数量指标", "惠民演出场次", "≥", 120, "场"),
        (None, None, "新排中篇弹词", "≥", 2, "部"),
        (None, "质量指标", "演出场次完成率", "≥", rate, "%"),
        (None, None, "演员持证上岗比例", "=", pct(1), "%"),
        (None, None, "演出差错率", error_op, pct(0.02), "%"),
        (None, "时效指标", "演出计划按期完成率", "≥", pct(0.9), "%"),
        (None, "成本指标", "单场演出补助标准", "≤", 0.4, "万元/场"),
        ("效益指标", "社会效益指标", "评弹观众人次", "≥", 36000, "人次"),
        (None, None, "演出安全责任事故", "≤", 0, "起"),
        (None, "可持续影响指标", "青年演员传承人数", "≥", 8, "人"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", pct(0.92), "%"),
    ]


def _tour(rate: Any, error_op: Any) -> Book:
    b, s = project(
        name="评弹进乡村惠民巡演",
        money=funds(68, 60),
        **TROUPE,
        goals=["全年送评弹下乡120场以上，新排中篇弹词2部，培养青年演员8人。"],
    )
    indicators(s, OPS, _tour_rows(rate, error_op))
    sign(s, "沈秋蘅", "0593-6231 4478", day(YEAR - 1, 11, 18))
    return b


@variant(
    "wk01-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent cells "
    "typed in Excel, 万元 only in the number format, 0起 on an accident count (correct)",
)
def wk01() -> Book:
    return _tour(pct(0.95), "≤")


@variant("wk02-percent-wrong", (1, 11), "project, OLD-NAT, operator column: a typed percent "
         "above 100 on a completion rate, ≥ on an error rate")  # fmt: skip
def wk02() -> Book:
    over = mk(pct(1.05), "T106", "error", note="完成率 capped at 100 %; 105 % is impossible")
    op = mk("≥", "T108", "warning", row=True, note="差错率 is 反向: ≥2% rewards more errors")
    return _tour(over, op)


POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


def _points(out: Any, benefit: Any, grad: Any, lift: int) -> Book:
    b, s = project(name="评弹书目巡演与书场驻演", money=funds(60, 54), **TROUPE,
                   goals=["巡演110场以上，进社区书场24个，书场上座率提高3个百分点。"])  # fmt: skip
    rows = [
        ("成本指标", 20, "经济成本指标", "年度演出成本控制数", "≤52万元", 10),
        (None, None, None, "单场演出平均成本", "≤0.45万元/场", 10),
        ("产出指标", out, "数量指标", "巡演场次", "≥110场", 15),
        (None, None, None, "进社区书场数", "≥24个", 10),
        (None, None, "质量指标", "演出节目审核通过率", "≥98%", 10),
        (None, None, None, "传承班学员结业率", grad[0], grad[1]),
        (None, None, "时效指标", "巡演完成时间", "2025年11月30日前", 5),
        ("效益指标", benefit, "社会效益指标", "书场上座率提高", "≥3百分点", lift),
        (None, None, None, "基层观众覆盖人次", "≥30000人次", 10),
        (None, None, "可持续影响指标", "评弹书目数字化保存", "≥40回", 5),
        ("满意度指标", 10, "服务对象满意度指标", "观众满意度", "≥90%", 10),
    ]
    if grad[0] is None:
        rows.pop(5)
    indicators(s, POINTS, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    sign(s, "顾一鸣", "0593-6231 4402", day(YEAR - 1, 12, 2))
    return b


@variant(
    "wk03-points-two-levels",
    (10,),
    "project, NAT-2021, a tier-1 score column and an "
    "indicator score column both adding to 100, a rate raised in 百分点 (correct)",
)
def wk03() -> Book:
    return _points(40, 30, (None, None), 15)


@variant("wk04-points-wrong", (1, 10), "project, NAT-2021, tier-1 and indicator scores: two "
         "tier scores that their indicators do not add up to, a rate given as a count")  # fmt: skip
def wk04() -> Book:
    out = mk(40, "W103", "error", note="产出 indicators: 15+10+10+5+5 = 45, not 40")
    ben = mk(30, "W103", "error", note="效益 indicators: 10+10+5 = 25, not 30")
    grad = (mk("12人", "T105", "error", note="结业率 is a rate; 12人 is a count"), 5)
    return _points(out, ben, grad, 10)


TERM = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def _oral_money(period: float, annual: float) -> list[tuple[Any, ...]]:
    return [("中期资金总额", wan(period), "年度资金总额", wan(annual)),
            ("其中：财政拨款", wan(period - 30), "其中：财政拨款", wan(annual - 10)),
            ("其他资金", wan(30), "其他资金", wan(10))]  # fmt: skip


@variant(
    "wk05-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 value columns: "
    "annual counts below period counts, rates and unit costs equal in both (correct)",
)
def wk05() -> Book:
    b, s = project(name="评弹老艺人口述史抢救记录工程", years=3, money=_oral_money(210, 70),
                   goals=["三年完成36位老艺人口述访谈，整理影音资料600小时，出版成果3辑。",
                          "本年完成12位老艺人访谈，整理影音资料200小时，出版成果1辑。"],
                   **TROUPE)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "老艺人口述访谈人数", "≥36人", "≥12人"),
        (None, None, "影音资料整理时长", "≥600小时", "≥200小时"),
        (None, "质量指标", "资料编目合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度整理任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每人访谈录制成本", "≤1.5万元/人", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "口述史成果公开发布", "≥3辑", "≥1辑"),
        (None, "可持续影响指标", "口述史资料保存年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "研究机构使用满意度", "≥90%", "≥90%"),
    ]
    indicators(s, TERM, rows)
    sign(s, "陆筱岚", "0593-6231 4415", day(YEAR - 1, 11, 26))
    return b


@variant(
    "wk06-multi-year-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "two cumulative counts copied from 中期 into 年度, one annual count above its period",
)
def wk06() -> Book:
    b, s = project(name="弹词开篇曲谱整理出版", years=2, money=_oral_money(120, 60),
                   goals=["两年整理弹词开篇曲谱400首，出版曲谱集2册，录制示范唱段80段。",
                          "本年整理开篇曲谱200首，出版曲谱集1册，录制示范唱段40段。"],
                   **TROUPE)  # fmt: skip
    copied = "D202"
    rows = [
        (
            "产出指标",
            "数量指标",
            "开篇曲谱整理数量",
            "≥400首",
            mk(
                "≥400首", copied, "warning", note="cumulative count copied from 中期; goal says 200"
            ),
        ),
        (
            None,
            None,
            "曲谱集出版册数",
            "≥2册",
            mk("≥2册", copied, "warning", note="cumulative count copied from 中期; goal says 1"),
        ),
        (
            None,
            None,
            "示范唱段录制数量",
            "≥80段",
            mk("≥120段", "D201", "error", alt=("D202",), note="annual 120 above period 80"),
        ),
        (None, "质量指标", "曲谱校勘合格率", "≥98%", "≥98%"),
        ("成本指标", "经济成本指标", "每首曲谱整理成本", "≤0.1万元/首", "≤0.1万元/首"),
        ("效益指标", "社会效益指标", "曲谱集发放院团及学校", "≥30家", "≥15家"),
        ("满意度指标", "服务对象满意度指标", "演员及教师使用满意度", "≥90%", "≥90%"),
    ]
    indicators(s, TERM, rows)
    sign(s, "陆筱岚", "0593-6231 4415", day(YEAR - 1, 11, 27))
    return b
