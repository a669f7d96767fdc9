"""School tours (话剧进校园) of 澄屿市话剧院: yc07–yc12."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout435.common import (
    department,
    lines,
    notes,
    project,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout435.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def middle_school(s: Sheet, title: str | None = None) -> None:
    """The middle-school tour, first of the stacked projects."""
    project(s, "话剧进校园巡演（中学专场）", lines(wan(64), wan(56), wan(8)),
            ["全年走进全市中学演出40场，观演师生2万人次以上。"], title=title)  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "进校园演出场次", "≥40场"),
        (None, "质量指标", "演出安全责任事故", "≤0起"),
        (None, "时效指标", "巡演完成时间", "12月10日前"),
        (None, "成本指标", "单场巡演成本", "≤1.4万元/场"),
        ("效益指标", "社会效益指标", "观演师生人次", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", pct(0.9)),
    ])  # fmt: skip


@variant(
    "yc07-stacked-tours",
    (2,),
    "two school-tour projects stacked in one sheet, OLD-NAT, "
    "one value column, the same indicator with different values (correct)",
)
def yc07() -> Book:
    b, s = start()
    middle_school(s)
    s.skip()
    project(s, "校园戏剧课堂", lines(wan(38), wan(30), wan(8)),
            ["在16所小学开设戏剧课堂240课时，参与学生9600人次以上。"], title="")  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "戏剧课堂课时", "≥240课时"),
        (None, None, "覆盖小学数", "≥16所"),
        (None, "质量指标", "课堂教案审定通过率", pct(0.95)),
        (None, "时效指标", "课堂开课完成时间", "11月30日前"),
        (None, "成本指标", "每课时授课补贴", "≤0.12万元/课时"),
        ("效益指标", "社会效益指标", "参与学生人次", "≥9600人次"),
        (None, "可持续影响指标", "校园戏剧社团结对数", "≥8个"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", pct(0.88)),
    ])  # fmt: skip
    return b


@variant(
    "yc08-stacked-defects",
    (2, 12),
    "two school-tour projects stacked, OLD-NAT: the second "
    "project's 资金总额 is not its parts, a coverage rate given as a count",
)
def yc08() -> Book:
    b, s = start()
    middle_school(s)
    s.skip()
    total = mk(wan(45), "B101", "error", note="财政拨款 36 + 其他资金 8 = 44, not 45")
    project(s, "乡村学校话剧流动课堂", lines(total, wan(36), wan(8)),
            ["为12所乡村学校开展流动课堂30场，参与学生6000人次以上。"], title="")  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "流动课堂场次", "≥30场"),
        (None, None, "乡村学校覆盖率",
         mk("≥12所", "T105", "error", note="a 覆盖率 needs a %, 12所 is a count")),
        (None, "质量指标", "演出安全责任事故", "≤0起"),
        (None, "时效指标", "流动课堂完成时间", "11月30日前"),
        (None, "成本指标", "单场流动课堂成本", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "参与学生人次", "≥6000人次"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", pct(0.9)),
    ])  # fmt: skip
    return b


def tour_department(s: Sheet) -> None:
    """The theatre's department head without tasks (budget adds up both ways)."""
    department(s, [[wan(1480), wan(1210), wan(270), wan(1030), wan(450)]],
               "全年演出260场以上，其中进校园80场，观众11万人次以上。")  # fmt: skip


@variant(
    "yc09-flat-list",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator · 指标值), percent cells, weights add to 100 (correct)",
)
def yc09() -> Book:
    b, s = start()
    tour_department(s)
    rows: list[tuple[Any, ...]] = [
        ("全年演出总场次", 15, "场", "≥", 260),
        ("进校园演出场次", 15, "场", "≥", 80),
        ("原创及复排剧目数", 10, "部", "≥", 4),
        ("演出技术事故发生率", 10, "%", "≤", pct(0.02)),
        ("观众投诉下降率", 10, "%", "≥", pct(0.1)),
        ("演出安全责任事故", 10, "起", "≤", 0),
        ("单场演出平均成本", 10, "万元/场", "≤", 1.6),
        ("年度观众人次", 10, "人次", "≥", 110000),
        ("观众满意度", 10, "%", "≥", pct(0.9)),
    ]  # fmt: skip
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    return b


@variant(
    "yc10-flat-defects",
    (3,),
    "department, flat list in another order (名称 · 指标值 · "
    "单位 · 性质 · 权重): a unit conflict, a deadline in %, weights not 100",
)
def yc10() -> Book:
    b, s = start()
    tour_department(s)
    b.file_mark("W101", "error", note="the weights add up to 95, not 100")
    rows: list[tuple[Any, ...]] = [
        ("全年演出总场次", 260, "场", "≥", 20),
        ("校园巡演场次", mk("80场", "T112", "error", note="场 in the value, 人次 as unit"),
         "人次", "≥", 15),
        ("原创及复排剧目数", 4, "部", "≥", 10),
        ("演出技术事故发生率", pct(0.02), "%", "≤", 10),
        ("校园巡演完成时间",
         mk(pct(1.0), "T113", "warning", note="a deadline given as 100 %"), "%", None, 10),
        ("单场演出平均成本", 1.6, "万元/场", "≤", 10),
        ("年度观众人次", 110000, "人次", "≥", 10),
        ("观众满意度", pct(0.9), "%", "≥", 10),
    ]  # fmt: skip
    table(s, ("指标名称", "指标值", "计量单位", "指标性质", "权重"), rows, merged=())
    return b


@variant(
    "yc11-notes-page-break",
    (4,),
    "project, OLD-NAT, one value column: an instruction row "
    "inside the table, the header repeated after a page break, footnotes, signature and "
    "date lines (correct)",
)
def yc11() -> Book:
    b, s = start()
    project(s, "话剧进校园·乡村学校专场", lines(wan(48), wan(40), wan(8)),
            ["为乡村学校演出话剧36场，观演师生1.5万人次以上。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "乡村学校专场场次", "≥36场"),
        (None, "质量指标", "演出剧目内容审核通过率", "=100%"),
        (None, "时效指标", "专场演出完成时间", "12月15日前"),
        (None, "成本指标", "单场演出成本", "≤1.1万元/场"),
    ])  # fmt: skip
    notes(s, "（以下为效益及满意度指标，一、二级指标不得修改）", width=4)
    s.skip()
    table(s, HEAD, [
        ("效益指标", "社会效益指标", "观演师生人次", "≥15000人次"),
        (None, "可持续影响指标", "乡村学校戏剧社团数", "≥6个"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.专场场次含送戏下乡巡演中的学校场次；2.单场成本含运输及演职人员劳务。",
          "填表说明：指标值须写明比较符和计量单位，定性指标填写等级。", width=4)  # fmt: skip
    sign(s, "程望舒", "0593-7712064")
    return b


@variant(
    "yc12-template-rows",
    (6, 13),
    "project, NAT-2021, header 绩效目标值: a tier-2 left from the template, a value without a name",
)
def yc12() -> Book:
    b, s = start()
    project(s, "话剧进校园巡演（小学专场）", lines(wan(72), wan(60), wan(12)),
            ["走进50所次小学演出话剧，观演师生2.5万人次以上。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "校园巡演场次", "≥50场"),
        (None, None, mk(None, "F110", "error", note="≥25所 has no indicator name"), "≥25所"),
        (None, "质量指标", "演出安全责任事故", "≤0起"),
        (None, "时效指标", "巡演完成时间", "12月15日前"),
        ("成本指标", "经济成本指标", "单场巡演成本", "≤1.3万元/场"),
        ("效益指标", "社会效益指标", "观演师生人次", "≥25000人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="template tier-2, left empty"),
         None, None),
        (None, "可持续影响指标", "校园戏剧社团结对数", "≥10个"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    return b
