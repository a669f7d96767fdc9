"""Returns on 林果采摘 (gv07–gv12): points, notes, operators in words, budget-system exports."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout662.common import (
    YEAR,
    book,
    indicators,
    notes,
    one_year_money,
    project,
    signature,
    wan,
)
from tests.variants.holdout662.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("gv07-picking-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points, indicator points adding to each, "
         "90 in all with 预算执行率 scored apart, a rate raised in 百分点 (correct)")  # fmt: skip
def gv07() -> Book:
    b, s = book()
    project(s, "酸枣林野生果采摘组织与安全保障", "榆岭市国有石岗林场",
            ["组织采摘季林果采摘，采收野生酸枣鲜果800吨，采摘安全事故为零。"],
            one_year_money(96, 90, 6))  # fmt: skip
    indicators(s, POINTS, [
        ("一、成本指标（10分）", "（一）经济成本指标", "采摘组织费用", "≤96万元", 10),
        ("二、产出指标（40分）", "（一）数量指标", "野生酸枣鲜果采收量", "≥800吨", 15),
        (None, "（二）质量指标", "鲜果入库合格率", "≥95%", 15),
        (None, "（三）时效指标", "采收完成时间", "2026年10月31日前", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "鲜果优质果率提高", "≥3百分点", 10),
        (None, "（二）社会效益指标", "采摘安全事故", "0起", 10),
        (None, "（三）可持续影响指标", "酸枣林保留面积", "≥5000亩", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "采摘户满意度", pct(0.9), 10),
    ])  # fmt: skip
    notes(s, "注：预算执行率（10分）另行评价，本表合计90分。")
    return b


@variant("gv08-picking-points-wrong", (5, 10),
         "project, NAT-2021, tier-1 score column: 产出 scores short of 40, a satisfaction rate "
         "under 社会效益, the same path length twice with a word more")  # fmt: skip
def gv08() -> Book:
    b, s = book(widths=(14, 8, 16, 28, 16, 8))
    project(s, "山楂园观光采摘步道修缮", "榆岭市棠坡镇人民政府",
            ["修缮山楂园采摘步道6公里，接待采摘游客15000人次。"],
            one_year_money(90, 90, 0))  # fmt: skip
    w103 = "产出指标 40分，其下 15 + 10 + 10 = 35"
    f201 = "游客满意度属服务对象满意度指标，却填在社会效益指标下"
    d103 = "“采摘步道修缮总长度”与上一行“采摘步道修缮长度”是同一指标"
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("成本指标", 10, "经济成本指标", "步道修缮单价", "≤15万元/公里", 10),
        ("产出指标", mk(40, "W103", "error", note=w103), "数量指标", "采摘步道修缮长度",
         "≥6公里", 15),
        (None, None, None, mk("采摘步道修缮总长度", "D103", "warning", row=True,
                              alt=("D101",), note=d103), "≥6公里", 10),
        (None, None, "时效指标", "修缮完工时间", "2026年8月31日前", 10),
        ("效益指标", 30, "社会效益指标", "接待采摘游客", "≥15000人次", 15),
        (None, None, None, mk("采摘游客满意度", "F201", "warning", row=True, note=f201),
         "≥90%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "沿线果农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：预算执行率10分另行评价。")
    b.file_mark("W101", "error", required=False, note="35分的缺口也使指标分值合计不足90")
    return b


@variant("gv09-picking-notes", (4,),
         "project, OLD-NAT, one value column: a note row between tiers, a footnote explaining a "
         "total, 填表说明, signature and date lines (correct)")  # fmt: skip
def gv09() -> Book:
    b, s = book()
    project(s, "林果采摘季临时用工服务站运行", "榆岭市林果技术推广站",
            ["设立采摘季临时用工服务站3处，对接采摘用工12000人次（春季4000、秋季8000）。"],
            one_year_money(36, 30, 6))  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "设立用工服务站", "≥3处"),
        (None, None, "对接采摘用工", "≥12000人次"),
        (None, "质量指标", "用工纠纷调处率", "100%"),
        (None, "时效指标", "用工需求响应时限", "≤24小时"),
        (None, "成本指标", "单站运行经费", "≤12万元/处"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "（以下为效益及满意度指标，由推广站汇总填写）")
    s.table([
        ("效益指标", "社会效益指标", "采摘期用工安全事故", "0起"),
        (None, "可持续影响指标", "服务站常年运行机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "采摘用工满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "注：对接采摘用工12000人次 = 春季山楂疏果4000人次 + 秋季采收8000人次。",
        "填表说明：指标值须含比较符和计量单位；定性指标填写等级。",
    )
    signature(s, "郝柏青", "0398-6630419")
    return b


@variant("gv10-picking-direction", (11,),
         "project, OLD-NAT, operators in words in 指标方向, unit column: ≥ on a loss rate, a "
         "finish date after the goal's, labour pay × days beyond the money")  # fmt: skip
def gv10() -> Book:
    b, s = book()
    project(s, "山楂鲜果采收劳务补助", "榆岭市棠坡果品专业合作社联合社",
            ["7月至9月组织山楂鲜果采收，9月30日前全部完成采收入库，采收鲜果2500吨。"],
            one_year_money(80, 80, 0))  # fmt: skip
    t108 = "损耗率是反向指标，比较符却是大于等于"
    d104 = "年度目标写9月30日前完成采收，指标写11月30日"
    b107 = "150元/人·天 × 6000人·天 = 90万元，超过年度资金80万元"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "山楂鲜果采收量", "大于等于", 2500, "吨"),
        (None, None, "采收用工", "大于等于", 6000, "人·天"),
        (None, "质量指标", "采收期鲜果损耗率", mk("大于等于", "T108", "warning", row=True,
                                                   note=t108), 5, "%"),
        (None, "时效指标", "采收入库完成时间", "小于等于",
         mk(day(YEAR, 11, 30, CN_DATE), "D104", "warning", row=True, note=d104), "—"),
        (None, "成本指标", "采收劳务补助标准", "小于等于",
         mk(150, "B107", "warning", row=True, note=b107), "元/人·天"),
        ("效益指标", "经济效益指标", "采收户均增收", "大于等于", 2000, "元/户"),
        ("满意度指标", "服务对象满意度指标", "采收户满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


def _export_money(b: Book, title: str) -> None:
    """Sheet 05-1 of the budget-system export: codes in the first columns."""
    ws = b.sheet("部门项目支出预算05-1", (16, 30, 14, 14, 14, 10))
    ws.title(title, 6)
    ws.row("单位：榆岭市林业和果业发展局", None, None, None, "单位：万元")
    ws.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金", "备注")
    ws.row("415001-26-0031", "林果采摘机械推广补助", wan(64), wan(60), wan(4), None)


def _export_table(b: Book, title: Any) -> Sheet:
    s = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 16, 26, 16))
    s.title(title, 6)
    s.row("单位：榆岭市林业和果业发展局")
    s.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
    return s


@variant("gv11-export-two-sheets", (7,),
         "budget-system export: money on sheet 05-1, the indicator table on sheet 05-2 "
         "under header 绩效目标值 on the third row, a later year the work prepares for "
         "(correct)")  # fmt: skip
def gv11() -> Book:
    b = Book()
    _export_money(b, "2026年部门项目支出预算表")
    s = _export_table(b, "2026年部门项目支出绩效目标表")
    code, name = "415001-26-0031", "林果采摘机械推广补助"
    s.table([
        (code, name, "产出指标", "数量指标", "推广山楂振动采收机", "≥40台"),
        (None, None, None, "质量指标", "采收机作业合格率", "≥95%"),
        (None, None, None, "时效指标", "补助资金兑付时间", "2026年12月15日前"),
        (None, None, None, "成本指标", "单台采收机补助", "≤1.5万元/台"),
        (None, None, "效益指标", "可持续影响指标", "为2027年全市推广积累作业数据", "完备"),
        (None, None, "满意度指标", "服务对象满意度指标", "购机户满意度", pct(0.9)),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("gv12-export-leftovers", (7,),
         "budget-system export, table on sheet 05-2: the sheet title keeps last year, a template "
         "example row left in, a rate given as a count")  # fmt: skip
def gv12() -> Book:
    b = Book()
    _export_money(b, "2026年部门项目支出预算表")
    y101 = "05-2 表题写2025年，预算表和项目编码都是2026年"
    s = _export_table(b, mk("2025年部门项目支出绩效目标表", "Y101", "error", alt=("Y103",),
                            note=y101))  # fmt: skip
    code, name = "415001-26-0031", "林果采摘机械推广补助"
    s.table([
        (code, name, "产出指标", "数量指标", "推广山楂振动采收机", "≥40台"),
        (None, None, None, None, mk("示例：XX指标", "X101", "error", row=True,
                                     note="模板示例行未删除"), "≥XX"),
        (None, None, None, "质量指标", "林果采摘机械化率",
         mk("12台", "T105", "error", note="比率写成台数")),
        (None, None, None, "成本指标", "单台采收机补助", "≤1.5万元/台"),
        (None, None, "效益指标", "经济效益指标", "采收人工成本降低", "≥20%"),
        (None, None, "满意度指标", "服务对象满意度指标", "购机户满意度", pct(0.9)),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b
