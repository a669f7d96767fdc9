"""Tier-1s only as section rows (■ 产出指标, 【效益指标】) above tables of 二级 · 三级 · value."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout135.parts import one_year, signatures
from tests.variants.holdout135.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, ok, pct


def sections(s: Sheet, blocks: Sequence[tuple[str, Sequence[Sequence[Any]]]], width: int) -> None:
    """Each block: a section row holding only the tier-1 label across the table, then its rows
    with the tier-2 merged down."""
    for label, rows in blocks:
        s.row(label, merge=[(1, width)])
        s.table(rows, merged=(1,))


@variant(
    "mo07-section-rows-square",
    (5,),
    "project, OLD-NAT, tier-1s only as ■ section rows, operator and unit columns",
)
def section_rows_square() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 28, 10, 14, 14, 14))
    project_head(
        s,
        year=2027,
        name="青岚市城区道路养护项目",
        dept="青岚市城市管理局（402001）",
        unit="青岚市市政设施维护中心",
        money=one_year(1200, 1050, 150),
        goals=["2027年完成城区主次干道日常养护和路灯维修，保持道路完好，保障市民出行。"],
    )
    s.row("二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注")
    sections(
        s,
        [
            (
                "■ 产出指标",
                [
                    ("数量指标", "道路养护面积", "≥", 86, "万平方米"),
                    (None, "路灯维修数量", "≥", 1200, "盏"),
                    (None, "人行道破损修复面积", "≥", 1.8, "万平方米"),
                    ("质量指标", "道路完好率", "≥", pct(0.95), "%"),
                    (None, "路灯亮灯率", "≥", pct(0.98), "%"),
                    ("时效指标", "坑槽修补响应时间", "≤", 24, "小时"),
                    ("成本指标", "道路养护单价", "≤", 8, "元/平方米", "按年度养护面积测算"),
                ],
            ),
            (
                "■ 效益指标",
                [
                    ("社会效益指标", "市民出行条件", "定性", "明显改善", None),
                    (None, "道路设施投诉办结率", "≥", pct(0.95), "%"),
                    ("可持续影响指标", "道路设施使用年限延长", "≥", 2, "年"),
                ],
            ),
            (
                "■ 满意度指标",
                [
                    ("服务对象满意度指标", "市民满意度", "≥", pct(0.9), "%"),
                ],
            ),
        ],
        6,
    )
    signatures(s)
    return b


@variant(
    "mo08-section-rows-brackets",
    (5, 12),
    "department, NAT-2021, tier-1s only as 【】 section rows, values with their operators",
)
def section_rows_brackets() -> Book:
    b = Book()
    s = b.sheet("整体绩效目标", (16, 30, 16, 14, 14, 14))
    department_head(
        s,
        year=2027,
        dept="临溪县农业农村局",
        budget=[
            (money(3150, WAN), money(2900, WAN), money(250, WAN), money(870, WAN), money(2280, WAN))
        ],
        tasks=[
            ("高标准农田建设", "土地平整、灌排渠系、田间道路", money(1500, WAN), "新建1.2万亩"),
            ("动物防疫", "春秋两季集中免疫、疫情监测", money(420, WAN), "应免尽免"),
            ("农技推广", "主推技术培训与示范", money(360, WAN), "培训2400人次"),
            ("金额合计", None, money(2280, WAN), None),
        ],
        goal="建成高标准农田1.2万亩，重大动物疫病免疫应免尽免，农业主推技术到位。",
    )
    s.row("二级指标", "三级指标", "指标值")
    sections(
        s,
        [
            (
                "【产出指标】",
                [
                    ("数量指标", "新建高标准农田面积", "≥1.2万亩"),
                    (None, "重大动物疫病免疫数量", "≥45万头"),
                    (None, "农技培训人次", "≥2400人次"),
                    ("质量指标", "高标准农田验收合格率", pct(1)),
                    (None, "免疫抗体合格率", "≥70%"),
                    ("时效指标", "春季集中免疫完成时间", "2027年5月31日前"),
                ],
            ),
            (
                "【成本指标】",
                [
                    ("经济成本指标", "高标准农田亩均建设成本", "≤1250元/亩"),
                ],
            ),
            (
                "【效益指标】",
                [
                    ("经济效益指标", "项目区粮食亩产增加", "≥50公斤"),
                    ("社会效益指标", "农业主推技术到位率", "≥95%"),
                    ("生态效益指标", "秸秆综合利用率", "≥92%"),
                    ("可持续影响指标", "高标准农田管护机制", "健全"),
                ],
            ),
            (
                "【满意度指标】",
                [
                    ("服务对象满意度指标", "项目区农户满意度", "≥90%"),
                    (None, "培训学员满意度", "≥90%"),
                ],
            ),
        ],
        3,
    )
    s.skip()
    s.row("填报单位（盖章）：临溪县农业农村局", None, "填报人：罗青")
    return b


@variant(
    "mo09-section-rows-wrong",
    (5, 11),
    "project, NAT-2021, ■ section rows with an operator column: ≥ on a 反向 rate and one "
    "indicator twice with different targets",
)
def section_rows_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 28, 10, 14, 14))
    project_head(
        s,
        year=2027,
        name="梧溪区生活垃圾分类收运处理项目",
        dept="青岚市梧溪区城市管理局（418010）",
        unit="梧溪区环境卫生管理所",
        money=one_year(980, 900, 80),
        goals=["2027年实现辖区生活垃圾分类收运全覆盖，提高资源化利用水平。"],
    )
    s.row("二级指标", "三级指标", "比较符", "指标值", "计量单位")
    first = ok("分类收运车辆数量", "error", note="the first of the two rows D102 may name")
    sections(
        s,
        [
            (
                "■ 产出指标",
                [
                    ("数量指标", first, "≥", 40, "辆"),
                    (None, "覆盖小区数量", "≥", 260, "个"),
                    (None, "新建分类投放点", "≥", 480, "个"),
                    (
                        None,
                        mk(
                            "分类收运车辆配置数量",
                            "D102",
                            "error",
                            row=True,
                            alt=("D103",),
                            note="the same vehicles as the first 数量 row, 36 vs 40",
                        ),
                        "≥",
                        36,
                        "辆",
                    ),
                    ("质量指标", "分类投放点设置达标率", "≥", pct(0.95), "%"),
                    (
                        None,
                        "垃圾渗滤液超标排放率",
                        mk(
                            "≥",
                            "T108",
                            "warning",
                            row=True,
                            note="an exceedance rate is 反向: ≤ meant",
                        ),
                        pct(0.02),
                        "%",
                    ),
                    ("时效指标", "垃圾日产日清率", "≥", pct(0.98), "%"),
                ],
            ),
            (
                "■ 成本指标",
                [
                    ("经济成本指标", "生活垃圾收运处理单价", "≤", 190, "元/吨"),
                ],
            ),
            (
                "■ 效益指标",
                [
                    ("社会效益指标", "居民垃圾分类知晓率", "≥", pct(0.9), "%"),
                    ("生态效益指标", "生活垃圾回收利用率", "≥", pct(0.35), "%"),
                    ("可持续影响指标", "垃圾分类长效管理机制", "定性", "健全", None),
                ],
            ),
            (
                "■ 满意度指标",
                [
                    ("服务对象满意度指标", "辖区居民满意度", "≥", pct(0.9), "%"),
                ],
            ),
        ],
        5,
    )
    signatures(s)
    return b
