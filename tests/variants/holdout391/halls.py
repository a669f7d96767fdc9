"""Returns of 书场 (storytelling halls): stacked projects, tier labels, notes, template rows
(wk07–wk12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout391.common import STD, YEAR, funds, indicators, project, sign, wan
from tests.variants.holdout391.registry import variant
from tests.variants.kit import Book, day, mk

HALLS = dict(dept="棠里县文化和旅游局（208）", unit="棠里县书场管理所")


def _hall_rows(shows: str, rate: Any) -> list[tuple[Any, ...]]:
    return [
        ("产出指标", "数量指标", "书场演出场次", shows),
        (None, "质量指标", "书场设施完好率", rate),
        (None, "成本指标", "单场演出补贴标准", "≤0.1万元/场"),
        ("效益指标", "社会效益指标", "书场听众人次", "≥12000人次"),
        ("满意度指标", "服务对象满意度指标", "听众满意度", "≥90%"),
    ]


def _stacked(money2: Any, rate2: Any) -> Book:
    b, s = project(name="砚溪镇老茶馆书场常年驻演", money=funds(36, 36), **HALLS,
                   goals=["砚溪书场全年驻演300场，听众1.2万人次以上。"])  # fmt: skip
    indicators(s, STD, _hall_rows("≥300场", "≥95%"))
    s.skip()
    project_head(s, year=YEAR, name="桐浦镇河埠书场修缮后驻演", money=money2, title="",
                 goals=["河埠书场修缮后恢复驻演，全年演出200场。"], **HALLS)  # fmt: skip
    indicators(s, STD, _hall_rows("≥200场", rate2))
    sign(s, "钱晚亭", "0598-7340 1126", day(YEAR - 1, 11, 12))
    return b


@variant("wk07-stacked-halls", (2,), "two hall projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator names with different values in each (correct)")  # fmt: skip
def wk07() -> Book:
    return _stacked(funds(24, 20), "≥95%")


@variant(
    "wk08-stacked-wrong",
    (2, 12),
    "two hall projects stacked, OLD-NAT: the second "
    "project's 年度资金总额 is not 财政拨款 + 其他资金, one rate given as a count",
)
def wk08() -> Book:
    total = mk(wan(26), "B101", "error", row=True, note="26 ≠ 20 + 4 (the second project)")
    money2 = [("年度资金总额", total, "其中：财政拨款", wan(20)), ("其他资金", wan(4), None, None)]
    rate = mk("12处", "T105", "error", note="完好率 is a rate; 12处 is a count")
    return _stacked(money2, rate)


def _tiers(tier2: Any, op: Any) -> Book:
    b, s = project(name="书场听书惠民券发放", money=funds(45, 40), **HALLS,
                   goals=["向城乡老年听众发放听书惠民券3万张，带动书场演出400场。"])  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "惠民券发放数量", "≥30000张"),
        (None, None, "带动书场演出场次", "≥400场"),
        (None, "（二）质量", "惠民券核销率", "≥85%"),
        (None, "（三）时效指标", "惠民券发放完成时间", "2025年6月30日前"),
        (None, "（四）*成本指标", "每张惠民券补贴标准", "≤15元/张"),
        ("二、效益指标（30分）", tier2, "老年听众参与人次", "≥25000人次"),
        (None, "（二）可持续影响", "书场常年开放天数", "≥300天"),
        (None, None, "听众投诉率", op),
        ("三、★满意度指标（10分）", "（一）服务对象满意度", "持券听众满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    s.row("注：预算执行率（10分）在绩效评价时另行计分，本表不列。", None, None, None,
          merge=[(1, 4)])  # fmt: skip
    sign(s, "钱晚亭", "0598-7340 1126", day(YEAR - 1, 11, 20))
    return b


@variant("wk09-numbered-labels", (5,), "project, OLD-NAT, tier labels numbered with points "
         "(一、产出指标（50分）), （一） tier-2s, * and ★ marks, points adding to 90 with a note "
         "that 预算执行率 is scored apart (correct)")  # fmt: skip
def wk09() -> Book:
    return _tiers("（一）社会效益", "≤2%")


@variant("wk10-labels-wrong", (5, 11), "project, OLD-NAT, numbered labels: a tier-2 of 产出 "
         "placed under 效益, ≥ on a complaint rate")  # fmt: skip
def wk10() -> Book:
    wrong = mk("（一）数量指标", "F105", "error", alt=("F201",),
               note="数量指标 belongs to 产出指标, not 效益指标")  # fmt: skip
    op = mk("≥2%", "T108", "warning", row=True, note="投诉率 is 反向")
    return _tiers(wrong, op)


CONTENT = ("一级指标", "二级指标", "指标内容", "绩效标准")


@variant("wk11-notes-page-break", (4, 7), "project, OLD-NAT, headers 指标内容 and 绩效标准: an "
         "instruction row inside the table, the header repeated after a page break, footnotes, "
         "填表说明 and signature lines, filled the year before (correct)")  # fmt: skip
def wk11() -> Book:
    b, s = project(name="书场设施安全改造", money=funds(52, 52), **HALLS, attr="一次性项目",
                   goals=["完成5家乡镇书场消防及照明改造，改造后书场全年安全开放。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造书场数量", "≥5家"),
        (None, None, "（填写说明：数量指标按实际改造书场填写，不含新建）", None),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完工时间", "2025年9月30日前"),
        CONTENT,
        ("产出指标", "成本指标", "每家书场改造成本", "≤10.4万元/家"),
        ("效益指标", "社会效益指标", "改造后书场火灾事故", "≤0起"),
        (None, None, "书场消防隐患下降率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "书场经营者满意度", "≥90%"),
    ]
    indicators(s, CONTENT, rows)
    s.row("注：1. 隐患下降率以2024年消防检查记录为基数；2. 每家改造成本含消防、照明两项。",
          merge=[(1, 6)])  # fmt: skip
    s.row("填表说明：指标值应与年度绩效目标对应。", merge=[(1, 6)])
    sign(s, "孙砚清", "0598-7340 1139", day(YEAR - 1, 10, 30))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
    return b


@variant("wk12-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 left "
         "from the template with no indicator, a value whose indicator name is empty")  # fmt: skip
def wk12() -> Book:
    b, s = project(name="评弹书场数字化听书平台运维", money=funds(28, 28), **HALLS,
                   goals=["平台全年上线评弹书目音频500回，线上收听30万人次。"])  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "平台年运维费用", "≤28万元"),
        ("产出指标", "数量指标", "上线书目音频", "≥500回"),
        (None, None, mk(None, "F110", "error", note="value ≥98% with no indicator name"), "≥98%"),
        (None, "时效指标", "新书目上线时间", "2025年12月20日前"),
        ("效益指标", "社会效益指标", "线上收听人次", "≥300000人次"),
        (
            None,
            mk("生态效益指标", "F109", "warning", row=True, note="template row left empty"),
            None,
            None,
        ),
        ("满意度指标", "服务对象满意度指标", "线上听众满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    sign(s, "孙砚清", "0598-7340 1139", day(YEAR - 1, 11, 5))
    return b
