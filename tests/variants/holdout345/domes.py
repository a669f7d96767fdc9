"""Returns of the planetarium half: dome shows, new programmes and school visits (uq01–uq06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout345.common import (
    HEAD4,
    HEAD6,
    MUSEUM,
    YEAR,
    indicators,
    notes,
    one_year_money,
    project,
    signature,
    wan,
)
from tests.variants.holdout345.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

GOAL_DOME = "全年球幕放映不少于320场，新编科普节目2部，观众满意度保持在90%以上。"
HEAD7 = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "uq01-dome-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, percent cells typed in Excel, 万元 only in "
    "the number format (correct)",
)
def uq01() -> Book:
    b, s = project("天象馆球幕节目放映运行", MUSEUM,
                   one_year_money(wan(86), wan(70), wan(16)), [GOAL_DOME])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "球幕节目放映场次", "≥", 320, "场"),
        (None, None, "新编科普节目数量", "≥", 2, "部"),
        (None, "质量指标", "放映设备完好率", "≥", pct(0.98), "%"),
        (None, None, "设备故障停演率", "≤", pct(0.02), "%"),
        (None, "时效指标", "新节目首映时间", "≤", day(YEAR, 9, 30, CN_DATE), None),
        (None, "成本指标", "单场放映运行成本", "≤", 0.2, "万元/场"),
        ("效益指标", "社会效益指标", "年度观众人次", "≥", 9, "万人次"),
        (None, "可持续影响指标", "数字放映系统持续使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, HEAD6, rows)
    signature(s)
    return b


@variant(
    "uq02-dome-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, percent cells: a completion rate over 100 % "
    "and an accident rate with ≥",
)
def uq02() -> Book:
    b, s = project("流动球幕进乡镇巡映", "澄屿市天象馆流动科普队",
                   one_year_money(wan(54), wan(45), wan(9)),
                   ["全年赴12个乡镇巡映流动球幕节目，受众不少于2万人次。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "巡映乡镇个数", "≥", 12, "个"),
        (None, None, "巡映场次", "≥", 96, "场"),
        (None, "质量指标", "巡映计划场次完成率", "≥",
         mk(pct(1.05), "T106", "error", note="a completion rate is capped at 100 %")),
        (None, None, "巡映安全事故发生率",
         mk("≥", "T108", "warning", row=True, note="an accident rate is 反向: ≤, not ≥"),
         pct(0.01), "%"),
        (None, "时效指标", "巡映排期公布提前天数", "≥", 7, "天"),
        (None, "成本指标", "单场巡映成本", "≤", 0.5, "万元/场"),
        ("效益指标", "社会效益指标", "乡镇受众人次", "≥", 2, "万人次"),
        ("满意度指标", "服务对象满意度指标", "乡镇观众满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, HEAD6, rows)
    signature(s)
    return b


SCHOOL_A = [
    ("产出指标", "数量指标", "送课进校园场次", "≥120场"),
    (None, None, "受益学生人次", "≥6000人次"),
    (None, "质量指标", "课程讲师持证上岗率", "100%"),
    (None, "时效指标", "秋季学期送课完成时间", "11月30日前"),
    (None, "成本指标", "单场送课成本", "≤0.15万元/场"),
    ("效益指标", "社会效益指标", "学生参加天文兴趣社团人数", "≥300人"),
    (None, None, "送课途中安全事故", "0起"),
    ("满意度指标", "服务对象满意度指标", "参与师生满意度", "≥90%"),
]
SCHOOL_B = [
    ("产出指标", "数量指标", "接待研学团队批次", "≥80批次"),
    (None, None, "研学学生人次", "≥4000人次"),
    (None, "质量指标", "研学课程评审通过率", "≥95%"),
    (None, "时效指标", "预约响应时间", "≤2个工作日"),
    (None, "成本指标", "每批次接待成本", "≤0.2万元/批次"),
    ("效益指标", "社会效益指标", "中小学天文课程覆盖学校数", "≥45所"),
    ("满意度指标", "服务对象满意度指标", "参与师生满意度", "≥92%"),
]


@variant(
    "uq03-school-stacked",
    (2,),
    "two school-visit projects stacked in one sheet, OLD-NAT, one value column, the same "
    "satisfaction indicator with different values, an incident count of 0起 (correct)",
)
def uq03() -> Book:
    b, s = project("天文科普送课进校园", MUSEUM, one_year_money(wan(26), wan(26), wan(0)),
                   ["全年送课120场，受益学生6000人次以上。"])  # fmt: skip
    indicators(s, HEAD4, SCHOOL_A)
    s.skip()
    project_head(s, year=YEAR, name="中小学生研学进馆", dept="澄屿市科学技术协会（317004）",
                 unit=MUSEUM, money=one_year_money(wan(20), wan(18), wan(2)),
                 goals=["接待研学团队80批次，研学学生4000人次以上。"], title="")  # fmt: skip
    indicators(s, HEAD4, SCHOOL_B)
    notes(s, "注：研学团队由学校统一预约，交通费用由学校自理。")
    return b


@variant(
    "uq04-school-stacked-wrong",
    (2, 12),
    "two school-visit projects stacked, OLD-NAT, one value column: the second project's "
    "total is not its parts and a coverage rate is given as a count",
)
def uq04() -> Book:
    b, s = project("天文科普送课进校园", MUSEUM, one_year_money(wan(26), wan(20), wan(6)),
                   ["全年送课120场，受益学生6000人次以上。"])  # fmt: skip
    indicators(s, HEAD4, SCHOOL_A)
    s.skip()
    bad = mk(wan(38), "B101", "error", note="30 + 6 = 36, not 38")
    project_head(s, year=YEAR, name="乡村学校天文角建设", dept="澄屿市科学技术协会（317004）",
                 unit="澄屿市天象馆教育部", money=one_year_money(bad, wan(30), wan(6)),
                 goals=["在15所乡村学校建成天文角并配备入门望远镜。"], title="")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "建成乡村学校天文角数量", "≥15个"),
        (None, None, "配发入门望远镜台数", "≥30台"),
        (None, "质量指标", "乡村学校天文角覆盖率",
         mk("15所", "T105", "error", note="a 覆盖率 needs a percentage, not a count")),
        (None, "时效指标", "天文角建成时间", "10月31日前"),
        (None, "成本指标", "每个天文角建设成本", "≤2万元/个"),
        ("效益指标", "社会效益指标", "乡村学生天文观测体验人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "受益学校满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    return b


def points_rows(sat: object, benefit: object, last: int) -> list[tuple[object, ...]]:
    """The rows of a points table: tier-1 and its score merged down, then indicator scores."""
    return [
        ("产出指标", 50, "数量指标", "天象厅常设节目场次", "≥1500场", 15),
        (None, None, None, "天文主题讲座场次", "≥24场", 10),
        (None, None, "质量指标", "节目播放差错率", "≤0.5%", 10),
        (None, None, "时效指标", "设备故障修复时间", "≤48小时", 15),
        ("成本指标", 10, "经济成本指标", "天象仪年度维保费用", "≤38万元", 10),
        ("效益指标", benefit, "社会效益指标", "青少年观众占比", "提高≥3百分点", 10),
        (None, None, None, "年度入馆观众人次", "≥30万人次", last),
        (None, None, "可持续影响指标", "天象仪设备可用年限", "≥10年", 5),
        ("满意度指标", 10, "服务对象满意度指标", "观众满意度", sat, 10),
    ]


@variant(
    "uq05-dome-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
    "a share raised in 百分点 (correct)",
)
def uq05() -> Book:
    b, s = project("天象厅常设节目运行与设备维护", MUSEUM,
                   one_year_money(wan(168), wan(150), wan(18)),
                   ["天象厅全年放映1500场以上，观众30万人次，设备完好运行。"])  # fmt: skip
    indicators(s, HEAD7, points_rows("≥90%", 30, 15), merged=(1, 2, 3))
    notes(s, "说明：一级指标分值与三级指标分值分别合计100分，评价时按三级指标计分。", width=7)
    signature(s)
    return b


@variant(
    "uq06-dome-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 and indicator scores: the 效益 scores do not reach the tier's "
    "declared 30, and a satisfaction target written =95%",
)
def uq06() -> Book:
    b, s = project("天象厅常设节目运行与设备维护", MUSEUM,
                   one_year_money(wan(168), wan(150), wan(18)),
                   ["天象厅全年放映1500场以上，观众30万人次，设备完好运行。"])  # fmt: skip
    score = mk(30, "W103", "error", alt=("W101",), note="10 + 10 + 5 = 25 under a declared 30")
    sat = mk("=95%", "T107", "warning", row=True, note="=95% on a satisfaction rate means ≥95%")
    indicators(s, HEAD7, points_rows(sat, score, 10), merged=(1, 2, 3))
    signature(s)
    return b
