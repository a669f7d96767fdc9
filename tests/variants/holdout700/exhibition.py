"""Returns of the village-history exhibition hall (kah13-kah18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout700.common import (
    EIGHT,
    funds,
    indicators,
    note,
    open_book,
    signature,
    wan,
)
from tests.variants.holdout700.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

EXPORT = (
    "项目编码",
    "项目名称",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
)
CODE = "33112825T000000716"
HALL = "后畈村村史馆展陈提升"


def _export(goal: Any, first: Sequence[Sequence[Any]], second: Sequence[Sequence[Any]]) -> Book:
    """A budget-system export: the money on 05-1, the indicators on 05-2 with the header on the
    third row, repeated after a page break; project code and name fill the first columns."""
    b, s = open_book("部门项目支出预算05-1", (20, 22, 12, 12, 12, 40))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：栎川县文化和广电旅游体育局", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(CODE, HALL, wan(45), wan(40), wan(5), goal)
    t = b.sheet("部门项目支出绩效目标05-2", EIGHT)
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：栎川县文化和广电旅游体育局", merge=[(1, 8)])
    indicators(t, EXPORT, [(CODE, HALL, *r) for r in first], merged=(1, 2, 3, 4))
    indicators(t, EXPORT, [(CODE, HALL, *r) for r in second], merged=(1, 2, 3, 4))
    return b


@variant(
    "kah13-hall-export-second-sheet",
    (4, 7),
    "budget-system export: money on 05-1, indicators on a second sheet 05-2 under a "
    "header on the third row, codes in the first columns, header repeated after a page "
    "break, percent cells (correct)",
)
def kah13() -> Book:
    goal = "完成后畈村村史馆展陈提升，布展面积320平方米，新增展板60块、征集实物展品200件。"
    return _export(
        goal,
        [
            ("产出指标", "数量指标", "布展面积", "≥", 320, "平方米"),
            (None, None, "新增展板", "≥", 60, "块"),
            (None, None, "征集实物展品", "≥", 200, "件"),
            (None, "质量指标", "展陈工程验收合格率", "=", pct(1), "%"),
        ],
        [
            ("产出指标", "时效指标", "布展完工时间", "≤", day(2025, 9, 30), None),
            ("成本指标", "经济成本指标", "展板设计制作单价", "≤", 0.08, "万元/块"),
            ("效益指标", "社会效益指标", "村史馆年接待参观人次较上年增长率", "≥", pct(0.2), "%"),
            (None, "可持续影响指标", "展陈设施正常开放率", "≥", pct(0.95), "%"),
            ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥", pct(0.9), "%"),
        ],
    )


@variant(
    "kah14-hall-export-wrong",
    (4, 9),
    "budget-system export as kah13: the goal's exhibition area differs from the "
    "indicator, a deadline stored as a date serial in a text cell",
)
def kah14() -> Book:
    goal = "完成后畈村村史馆展陈提升，布展面积480平方米，新增展板60块、征集实物展品200件。"
    return _export(
        goal,
        [
            (
                "产出指标",
                "数量指标",
                "布展面积",
                "≥",
                mk(
                    600, "D104", "warning", row=True, note="05-1表的年度绩效目标写布展面积480平方米"
                ),
                "平方米",
            ),
            (None, None, "新增展板", "≥", 60, "块"),
            (None, None, "征集实物展品", "≥", 200, "件"),
            (None, "质量指标", "展陈工程验收合格率", "=", pct(1), "%"),
        ],
        [
            (
                "产出指标",
                "时效指标",
                "布展完工时间",
                "≤",
                mk("45930", "X104", "warning", note="文本单元格里的日期序列号（2025-09-30）"),
                None,
            ),
            ("成本指标", "经济成本指标", "展板设计制作单价", "≤", 0.08, "万元/块"),
            ("效益指标", "社会效益指标", "村史馆年接待参观人次较上年增长率", "≥", pct(0.2), "%"),
            (None, "可持续影响指标", "展陈设施正常开放率", "≥", pct(0.95), "%"),
            ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥", pct(0.9), "%"),
        ],
    )


@variant(
    "kah15-hall-numbered-tiers",
    (5,),
    "project, NAT-2021, numbered tier labels (一、产出指标, （一）数量指标), ★ core "
    "indicators, header 绩效目标值, a goal count with its parts in brackets (correct)",
)
def kah15() -> Book:
    b, s = open_book()
    project_head(
        s,
        year=2025,
        name="栎川县村史馆建设（第一批）",
        dept="栎川县委宣传部（402001）",
        unit="栎川县文化馆",
        money=funds(60, 54, 6),
        attr="一次性项目",
        goals=[
            "建成村史馆3个（东岙村、石塘村、芦湾村各1个），每馆布展面积不少于150平方米，"
            "11月30日前全部开馆。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "绩效目标值"),
        [
            ("一、产出指标", "（一）数量指标", "★村史馆建成数量", "=3个"),
            (None, None, "单馆布展面积", "≥150平方米"),
            (None, "（二）质量指标", "展陈工程验收合格率", "=100%"),
            (None, "（三）时效指标", "村史馆开馆时间", "2025年11月30日前"),
            ("二、成本指标", "（一）经济成本指标", "单馆布展费用", "≤18万元/个"),
            ("三、效益指标", "（一）社会效益指标", "村民村史知晓率", "≥80%"),
            (None, "（二）可持续影响指标", "村史馆每周开放天数", "≥5天"),
            ("四、满意度指标", "（一）服务对象满意度指标", "★村民满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "kah16-hall-abbrev-wrong",
    (5, 12),
    "project, NAT-2021, abbreviated tier labels (产出, 数量): a hall count above the "
    "goal's, a count under 质量, a unit cost × count above the money",
)
def kah16() -> Book:
    b, s = open_book()
    project_head(
        s,
        year=2025,
        name="栎川县村史馆建设（第二批）",
        dept="栎川县委宣传部（402001）",
        unit="栎川县文化馆",
        money=funds(60, 60, 0),
        attr="一次性项目",
        goals=["在北坞村、上砚村、柘林村建成村史馆3个，制作展板90块，10月31日前开馆。"],
    )
    indicators(
        s,
        ("一级", "二级", "三级指标", "指标值"),
        [
            (
                "产出",
                "数量",
                "村史馆建成数量",
                mk("≥4个", "D104", "warning", row=True, note="年度目标写建成村史馆3个"),
            ),
            (
                None,
                "质量",
                "展板制作数量",
                mk("≥90块", "F201", "warning", row=True, note="数量指标填在质量下"),
            ),
            (None, None, "展陈工程验收合格率", "=100%"),
            (None, "时效", "村史馆开馆时间", "2025年10月31日前"),
            (
                "成本",
                "经济成本",
                "单馆布展费用",
                mk(
                    "≤25万元/个",
                    "B107",
                    "warning",
                    row=True,
                    note="25万元 × 3个 = 75万元，超过资金总额60万元",
                ),
            ),
            ("效益", "社会效益", "村民村史知晓率", "≥80%"),
            (None, "可持续影响", "村史馆每周开放天数", "≥5天"),
            ("满意度", "服务对象满意度", "村民满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "kah17-hall-words-notes",
    (4, 11),
    "project, OLD-NAT, operators in words in their own column, a unit column, a 说明 row "
    "inside the table, a 下降率 with 大于等于, 0起 on incidents, 填表说明 and signature "
    "lines (correct)",
)
def kah17() -> Book:
    b, s = open_book()
    project_head(
        s,
        year=2025,
        name="芦湾村村史馆数字化展陈升级",
        dept="栎川县委宣传部（402001）",
        unit="栎川县芦湾村村民委员会",
        money=funds(28, 25, 3),
        goals=[
            "新增触摸查询屏4台、数字影像展项2个，全年接待参观不少于5000人次（较2024年增长25%）。"
        ],
    )
    head = ("一级指标", "二级指标", "三级指标", "比较方式", "指标值", "计量单位")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "新增触摸查询屏", "等于", 4, "台"),
            (None, None, "新增数字影像展项", "等于", 2, "个"),
            (None, "质量指标", "设备安装调试合格率", "等于", pct(1), "%"),
            (None, "时效指标", "升级改造完成时间", "小于等于", day(2025, 8, 31, CN_DATE), None),
            (None, "成本指标", "触摸查询屏采购单价", "小于等于", 1.6, "万元/台"),
        ],
    )
    note(s, "说明：以下参观人次增长率以2024年实际接待4000人次为基数。")
    s.table(
        [
            ("效益指标", "社会效益指标", "年接待参观人次", "大于等于", 5000, "人次"),
            (None, None, "年接待参观人次增长率", "大于等于", pct(0.25), "%"),
            (None, None, "参观高峰排队时长下降率", "大于等于", pct(0.3), "%"),
            (None, "可持续影响指标", "展品损坏事件", "小于等于", 0, "起"),
            ("满意度指标", "服务对象满意度指标", "参观群众满意度", "大于等于", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    note(s, "填表说明：1. 指标值为年度目标值；2. 金额单位为万元。")
    signature(s, "裘望舒", "蒋一帆", "0578-7326159", day(2024, 12, 6, CN_DATE))
    return b


@variant(
    "kah18-hall-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: title 2025 but plan dates in 2024, a template "
    "tier-2 left without indicator, a value without a name",
)
def kah18() -> Book:
    b, s = open_book()
    b.file_mark(
        "Y101",
        "error",
        alt=("Y102",),
        note="标题为2025年度，计划开始和完成日期却都在2024年（沿用上年表格）",
    )
    project_head(
        s,
        year=2025,
        name="石塘村村史馆陈列更新",
        dept="栎川县委宣传部（402001）",
        unit="栎川县石塘村村民委员会",
        money=funds(18, 15, 3),
        start=day(2024, 1, 1),
        end=day(2024, 12, 31),
        goals=["更新石塘村村史馆陈列展板40块，征集老物件120件，全年开放不少于250天。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("产出指标", "数量指标", "更新陈列展板", "≥40块"),
            (None, None, "征集老物件", "≥120件"),
            (None, "质量指标", mk(None, "F110", "error", note="有指标值而无三级指标名称"), "≥98%"),
            (None, "时效指标", "陈列更新施工工期", "≤90天"),
            ("成本指标", "经济成本指标", "展板制作单价", "≤0.1万元/块"),
            ("效益指标", "社会效益指标", "村民村史知晓率", "≥80%"),
            (
                None,
                mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"),
                None,
                None,
            ),
            (None, "可持续影响指标", "村史馆全年开放天数", "≥250天"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
        ],
    )
    return b
