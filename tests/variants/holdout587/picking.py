"""Returns about picking daylily buds (采摘): training, picking paths, grading sheds."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout587.common import TABLE, funds, indicators, sign, start
from tests.variants.holdout587.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, ok, pct

GOAL01 = ("组织采摘技术培训120人次（春季、夏季各60人次），硬化采摘便道3公里，"
          "鲜蕾采摘损耗率比上年下降3个百分点。")  # fmt: skip


@variant("dy01-picking-base", (1, 5), "project, NAT-2021, numbered tier labels, typed percent, "
         "goal text summing two indicators, 百分点 (correct)")  # fmt: skip
def picking_base() -> Book:
    b, s = start()
    project_head(s, year=2025, name="槐岭乡黄花菜采摘技术提升项目", dept="槐岭乡农业服务中心 311",
                 unit="槐岭乡农业服务中心", money=funds(48, 40, 8), goals=[GOAL01])  # fmt: skip
    indicators(s, TABLE, [
        ("一、产出指标", "（一）数量指标", "春季采摘技术培训", "≥60人次"),
        (None, None, "夏季采摘技术培训", "≥60人次"),
        (None, None, "采摘便道硬化长度", "≥3公里"),
        (None, "（二）质量指标", "花蕾采摘合格率", ok(pct(0.95), "info")),
        (None, "（三）时效指标", "采摘便道完工时间", "2025年6月30日前"),
        ("二、成本指标", "（一）经济成本指标", "培训人均成本", "≤500元/人次"),
        (None, None, "便道单位造价", "≤12万元/公里"),
        ("三、效益指标", "（一）经济效益指标", "采摘户户均增收", "≥1500元"),
        (None, "（二）社会效益指标", "带动采摘用工", "≥200人"),
        (None, "（三）可持续影响指标", "鲜蕾采摘损耗率下降", "≥3百分点"),
        ("四、满意度指标", "（一）服务对象满意度指标", "参训采摘户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "钟雨禾", "0739-6614208")
    return b


GOAL02 = "年度内培训采摘户300户，推广分级采摘，建成分级棚2座，鲜蕾收购价稳定。"


@variant("dy02-picking-goal-count", (1, 7), "project, OLD-NAT, header 绩效目标值: goal count "
         "against its indicator, a date before the budget year, a rate as a count")  # fmt: skip
def picking_goal_count() -> Book:
    b, s = start()
    project_head(s, year=2025, name="桐坪镇黄花菜分级采摘推广项目", dept="桐坪镇人民政府 402",
                 unit="桐坪镇农业综合服务站", money=funds(30, 26, 4), goals=[GOAL02])  # fmt: skip
    hd = ("一级指标", "二级指标", "三级指标", "绩效目标值")
    indicators(s, hd, [
        ("产出指标", "数量指标", "培训采摘户数",
         mk("≥200户", "D104", "warning", row=True, note="年度目标写培训采摘户300户")),
        (None, None, "建成分级棚", "≥2座"),
        (None, "质量指标", "分级采摘推广率",
         mk("35户", "T105", "error", note="比率写成户数")),
        (None, None, "分级鲜蕾一级品率", pct(0.8)),
        (None, "时效指标", "分级棚建成时间",
         mk("2024年5月31日前", "Y102", "error", alt=("Y103",),
            note="预算年度2025、项目期2025年，日期落在上一年")),
        (None, "成本指标", "分级棚单座造价", "≤9万元/座"),
        ("效益指标", "经济效益指标", "分级鲜蕾收购价提高", "≥0.5元/公斤"),
        (None, "社会效益指标", "带动脱贫监测户采摘", "≥40户"),
        ("满意度指标", "服务对象满意度指标", "采摘户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "罗青蔓", "0739-6627115")
    return b


def coop(s: Sheet, name: str, unit: str, money: list[tuple[Any, ...]], train: Any,
         grade: Any, title: str) -> None:  # fmt: skip
    """One stacked picking project of a cooperative, OLD-NAT, one value column."""
    project_head(s, year=2025, name=name, dept="双溪县农业农村局 205", unit=unit, money=money,
                 goals=[f"{unit}组织采摘技术培训，提高鲜蕾分级水平。"], title=title)  # fmt: skip
    indicators(s, TABLE, [
        ("产出指标", "数量指标", "采摘技术培训", train),
        (None, None, "采摘筐配发", "≥400个"),
        (None, "质量指标", "鲜蕾分级合格率", grade),
        (None, "时效指标", "培训完成时间", "2025年5月31日前"),
        (None, "成本指标", "采摘筐单价", "≤35元/个"),
        ("效益指标", "经济效益指标", "社员户均增收", "≥1200元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)


@variant("dy03-stacked-cooperatives", (2,), "two cooperative projects stacked in one sheet, "
         "OLD-NAT, the same indicator name with other values in each (correct)")  # fmt: skip
def stacked_cooperatives() -> Book:
    b, s = start("采摘项目")
    coop(s, "金萱合作社采摘能力建设", "金萱黄花菜专业合作社", funds(12, 10, 2), "≥80人次",
         "≥92%", "2025年度项目支出绩效目标表（一）")  # fmt: skip
    coop(s, "北岗合作社采摘能力建设", "北岗黄花菜专业合作社", funds(9, 9, 0), "≥50人次",
         "≥90%", "2025年度项目支出绩效目标表（二）")  # fmt: skip
    sign(s, 2025, "韦晓棠", "0739-6630482")
    return b


@variant("dy04-stacked-wrong", (2,), "two stacked cooperative projects: the first's money does "
         "not add up, the second has a quality rate under 数量 and a placeholder")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = start("采摘项目")
    total = mk(money(16), "B101", "error", note="16 ≠ 12 + 3")
    bad = [("年度资金总额", total, "其中：财政拨款", money(12)), (None, None, "其他资金", money(3))]
    coop(s, "石门合作社采摘能力建设", "石门黄花菜专业合作社", bad, "≥60人次", "≥92%",
         "2025年度项目支出绩效目标表（一）")  # fmt: skip
    project_head(s, year=2025, name="上坳合作社鲜蕾分级", dept="双溪县农业农村局 205",
                 unit="上坳黄花菜专业合作社", money=funds(10, 8, 2),
                 goals=["购置分级台，规范鲜蕾分级。"],
                 title="2025年度项目支出绩效目标表（二）")  # fmt: skip
    indicators(s, TABLE, [
        ("产出指标", "数量指标", "分级台购置", "≥6台"),
        (None, None, mk("鲜蕾分级达标率", "F201", "warning", row=True,
                        note="达标率是质量指标，填在数量指标下"), "≥95%"),
        (None, "质量指标", "分级台验收合格率", "=100%"),
        (None, "成本指标", "分级台单价", "≤1.2万元/台"),
        ("效益指标", "经济效益指标", "分级鲜蕾溢价",
         mk("≥**元/公斤", "X101", "error", note="占位符未填")),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("dy05-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), a typed percent, weights 100 (correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="双溪县黄花菜产业发展中心",
                    budget=[(260, 230, 30, 110, 150)],
                    tasks=[("采摘基地提升", "采摘便道、遮阳棚", 90, "基地采摘条件改善"),
                           ("鲜蕾收购保障", "收购点运行补助", 60, "鲜蕾及时收购"),
                           ("金额合计", None, 150, None)],
                    goal="提升采摘基地6个，保障鲜蕾收购1200吨，采摘户满意度90%以上。")  # fmt: skip
    s.row(*FLAT)
    for line in [("提升采摘基地", 20, "个", "≥", 6), ("鲜蕾收购量", 20, "吨", "≥", 1200),
                 ("鲜蕾当日收购率", 15, "%", "≥", pct(0.98)),
                 ("收购点补助标准", 15, "万元/个", "≤", 4),
                 ("采摘户增收", 10, "元/户", "≥", 1300),
                 ("鲜蕾霉变损失率", 10, "%", "≤", 2),
                 ("采摘户满意度", 10, "%", "≥", 90)]:  # fmt: skip
        s.row(*line)
    s.row("合计", 100)
    sign(s, 2025, "潘秋杪", "0739-6640137")
    return b


@variant("dy06-flat-wrong", (3,), "department, flat list: the same indicator twice with other "
         "values, an HTML tag in the goal text")  # fmt: skip
def flat_wrong() -> Book:
    b, s = start()
    goal = mk("<p>扩大鲜蕾收购，带动采摘户增收。</p>", "X102", "warning",
              note="总体目标里残留 HTML 标签")  # fmt: skip
    department_head(s, year=2025, dept="云埠镇黄花菜产销服务站", budget=[(85, 80, 5, 35, 50)],
                    tasks=[("鲜蕾收购", "收购点运行", 50, "保障鲜蕾收购"),
                           ("金额合计", None, 50, None)], goal=goal)  # fmt: skip
    s.row(*FLAT)
    for line in [("鲜蕾收购量", 25, "吨", "≥", 800), ("收购点运行数", 15, "个", "≥", 5),
                 ("鲜蕾当日收购率", 15, "%", "≥", 95), ("采摘户增收", 15, "元/户", "≥", 900),
                 ("鲜蕾收购量", 20, "吨", "≥",
                  mk(1000, "D102", "error", row=True, alt=("D101", "D103"),
                     note="同一指标前面写800吨")),
                 ("采摘户满意度", 10, "%", "≥", 90)]:  # fmt: skip
        s.row(*line)
    sign(s, 2025, "黎若萍", "0739-6652290")
    return b
