"""Ox-horn carving (牛角雕) studios: 中期 and 年度, directions and tier labels (cg07–cg12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout543.common import (
    HEAD,
    indicators,
    notes,
    one_year_money,
    period_money,
    start,
    wan,
)
from tests.variants.holdout543.registry import variant
from tests.variants.kit import Book, mk

DEPT = "鹤坪县文化和旅游局（305）"
UNIT = "鹤坪县牛角雕刻技艺传习工作室"
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("cg07-horn-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 columns, "
         "annual counts below the period ones, rates equal (correct)")  # fmt: skip
def horn_multi_year() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="牛角雕刻技艺抢救性保护项目", dept=DEPT, unit=UNIT,
                 money=period_money((wan(150), wan(120), wan(30)), (wan(50), wan(40), wan(10))),
                 goals=["三年记录老艺人口述史9人，培养学徒30人，建成技艺档案。",
                        "2025年记录老艺人口述史3人，招收学徒10人。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "记录牛角雕老艺人口述史", "≥9人", "≥3人"),
        (None, None, "培养牛角雕刻学徒", "≥30人", "≥10人"),
        (None, "质量指标", "学徒结业考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "口述史整理按年度完成率", "100%", "100%"),
        ("成本指标", "经济成本指标", "学徒人均培训费", "≤1.5万元/人", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "传承人群中青年占比", "≥40%", "≥30%"),
        (None, "生态效益指标", "牛角边角料回收利用率", "≥80%", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("cg08-horn-multi-year-copied", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: two cumulative counts copied, one annual count above its period")  # fmt: skip
def horn_multi_year_copied() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="牛角雕传统纹样整理与展演项目", dept=DEPT,
                 unit=UNIT, money=period_money((wan(80), wan(70), wan(10)),
                                               (wan(45), wan(40), wan(5))),
                 goals=["两年征集传统纹样200种，举办展演8场，培训从业人员60人。",
                        "2025年征集纹样120种，举办展演4场，培训从业人员30人。"])  # fmt: skip
    copied = "a cumulative count of a two-year project copied from the 中期 column"
    indicators(s, TWO, [
        ("产出指标", "数量指标", "征集牛角雕传统纹样", "≥200种",
         mk("≥200种", "D202", "warning", note=copied)),
        (None, None, "举办牛角雕技艺展演", "≥8场", mk("≥8场", "D202", "warning", note=copied)),
        (None, None, "培训牛角雕从业人员", "≥60人",
         mk("≥80人", "D201", "error", note="annual 80 above the two-year 60")),
        (None, "质量指标", "纹样图谱审定通过率", "≥95%", "≥95%"),
        (None, "时效指标", "展演按计划举办率", "100%", "100%"),
        ("成本指标", "经济成本指标", "单场展演费用", "≤3万元/场", "≤3万元/场"),
        ("效益指标", "社会效益指标", "展演观众对牛角雕的知晓率", "≥70%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "展演观众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


DIRS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")


@variant("cg09-horn-direction-column", (11,), "project, OLD-NAT, 指标性质 as direction and "
         "指标方向 as operator, bare numbers, 下降率 with ≥, 0起 accidents (correct)")  # fmt: skip
def horn_direction_column() -> Book:
    b, s = start("Sheet1", (16, 16, 28, 10, 10, 12, 12))
    project_head(s, year=2025, name="牛角雕精品创作与社区传习项目", dept=DEPT, unit=UNIT,
                 money=one_year_money(wan(36), wan(30), wan(6)),
                 goals=["创作牛角雕精品40件，开展进社区活动10场，降低原料损耗。"])  # fmt: skip
    indicators(s, DIRS, [
        ("产出指标", "数量指标", "牛角雕精品创作", "正向", "≥", 40, "件"),
        (None, None, "牛角雕技艺进社区活动", "正向", "≥", 10, "场"),
        (None, "质量指标", "作品开裂返修率", "反向", "≤", 3, "%"),
        (None, "时效指标", "展品布展完成时限", "反向", "≤", 15, "工作日"),
        (None, "成本指标", "单件精品创作成本", "反向", "≤", 0.6, "万元/件"),
        ("效益指标", "生态效益指标", "牛角原料损耗下降率", "正向", "≥", 8, "%"),
        (None, "社会效益指标", "工坊安全生产事故", "反向", "≤", 0, "起"),
        (None, "可持续影响指标", "技艺数字档案覆盖率", "正向", "≥", 85, "%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("cg10-horn-direction-wrong", (11,), "project, OLD-NAT, operators inside the values: "
         "a 反向 rate with ≥, a cost cap with =, a 正向 count with ≤")  # fmt: skip
def horn_direction_wrong() -> Book:
    b, s = start()
    project_head(s, year=2025, name="牛角雕刻带徒传艺项目", dept=DEPT, unit=UNIT,
                 money=one_year_money(wan(30), wan(24), wan(6)),
                 goals=["带徒12人，完成牛角雕作品40件，控制角料损耗。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "牛角雕作品完成", "≥40件"),
        (None, None, "带徒传艺学徒人数",
         mk("≤12人", "T108", "warning", row=True, note="a 正向 count capped with ≤")),
        (None, "质量指标", "角料损耗率",
         mk("≥5%", "T108", "warning", row=True, note="损耗率 is 反向: ≤ expected")),
        (None, "时效指标", "学徒季度考核按时完成率", "100%"),
        (None, "成本指标", "单件作品制作成本",
         mk("=0.5万元/件", "T108", "warning", row=True, note="= on a cost cap: ≤ expected")),
        ("效益指标", "社会效益指标", "学徒独立创作能力达标率", "≥80%"),
        (None, "可持续影响指标", "学徒结业后留坊从艺比例", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _labelled(rows: list[tuple[Any, ...]], note: str | None = None) -> Book:
    """A horn-carving project whose tier labels are decorated (cg11 / cg12)."""
    b, s = start()
    project_head(s, year=2025, name="牛角雕非遗工坊建设项目", dept=DEPT,
                 unit="鹤坪县栖梧镇牛角雕非遗工坊", attr="新增项目",
                 money=one_year_money(wan(55), wan(45), wan(10)),
                 goals=["建成牛角雕非遗工坊1处，开设体验课程20期，带动周边就业。"])  # fmt: skip
    indicators(s, HEAD, rows)
    if note:
        notes(s, note)
    return b


@variant("cg11-horn-tier-labels", (5,), "project, OLD-NAT, tier-1 labels numbered with * and ★ "
         "and points, tier-2 abbreviated and numbered (correct)")  # fmt: skip
def horn_tier_labels() -> Book:
    return _labelled([
        ("*一、产出指标（50分）", "（一）数量", "建成牛角雕非遗工坊", "≥1处"),
        (None, None, "开设牛角雕体验课程", "≥20期"),
        (None, "（二）质量", "工坊消防安全验收合格率", "100%"),
        (None, "（三）时效", "工坊建成投用时间", "2025年9月30日前"),
        (None, "（四）成本", "工坊装修改造费用", "≤30万元"),
        ("★二、效益指标（30分）", "1.社会效益", "工坊带动周边就业", "≥15人"),
        (None, "2.可持续影响", "工坊年开放天数", "≥200天"),
        ("三、满意度指标（10分）", "1.服务对象满意度", "体验课程学员满意度", "≥90%"),
    ], "注：预算执行率10分另行评价，不列入本表，故本表分值合计90分。")  # fmt: skip


@variant("cg12-horn-tier-wrong-parent", (5, 13), "project, NAT-2021, numbered labels: one "
         "tier-2 under the wrong tier-1, an indicator row with a value but no name")  # fmt: skip
def horn_tier_wrong_parent() -> Book:
    return _labelled([
        ("一、产出指标", "1.数量指标", "建成牛角雕非遗工坊", "≥1处"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥20期"),
        (None, "2.质量指标", "工坊消防安全验收合格率", "100%"),
        (None, mk("3.社会效益指标", "F105", "error", note="社会效益指标 belongs to 效益指标"),
         "工坊带动周边就业", "≥15人"),
        ("二、成本指标", "1.经济成本指标", "工坊装修改造费用", "≤30万元"),
        ("三、效益指标", "1.可持续影响指标", "工坊年开放天数", "≥200天"),
        ("四、满意度指标", "1.服务对象满意度指标", "体验课程学员满意度", "≥90%"),
    ])  # fmt: skip
