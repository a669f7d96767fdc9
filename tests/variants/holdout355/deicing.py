"""Returns va07–va12: de-icing bridges and slopes, 融雪剂 spread in tonnes."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout355.common import (
    YEAR,
    first,
    footnotes,
    indicators,
    one_year_money,
    project,
    signature,
    wan,
)
from tests.variants.holdout355.registry import variant
from tests.variants.kit import Book, day, mk


def _period_money(period: tuple[float, float, float], year: tuple[float, float, float]) -> list[
        list[Any]]:  # fmt: skip
    """中期 and 年度 money side by side: 总额, 财政拨款, 其他资金."""
    labels = ("资金总额", "其中：财政拨款", "其他资金")
    return [[f"中期{labels[0]}" if i == 0 else labels[i], wan(period[i]),
             f"年度{labels[0]}" if i == 0 else labels[i], wan(year[i])]
            for i in range(3)]  # fmt: skip


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("va07-three-year-deicer", (8,), "three-year project, NAT-2021, 中期 and 年度 columns, "
         "cumulative counts below their period values, rates equal (correct)")  # fmt: skip
def va07() -> Book:
    b, s = first()
    project(s, "桥梁坡道融雪剂自动喷洒系统建设", "朔川市桥梁管理所",
            _period_money((900, 840, 60), (320, 300, 20)),
            ["三年内42座桥梁坡道建成自动喷洒系统。", "当年建成16座，冬季投入运行。"],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "建成自动喷洒系统桥梁坡道", "≥42座", "≥16座"),
        (None, None, "融雪剂撒布量", "≥4200吨", "≥1400吨"),
        (None, "质量指标", "喷洒系统验收合格率", "100%", "100%"),
        (None, "时效指标", "降雪后喷洒系统启动时间", "≤30分钟", "≤30分钟"),
        ("成本指标", "经济成本指标", "融雪剂采购单价", "≤850元/吨", "≤850元/吨"),
        ("效益指标", "社会效益指标", "桥坡结冰交通事故", "≤6起", "≤2起"),
        (None, "可持续影响指标", "喷洒系统设计使用年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "通行车辆驾驶员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("va08-two-year-copied", (8, 11), "two-year project, OLD-NAT, 中期 and 年度 columns: "
         "cumulative counts copied into 年度, an accident rate with ≥")  # fmt: skip
def va08() -> Book:
    b, s = first()
    project(s, "山区县道陡坡段除冰防滑改造", "寒泾县交通运输局",
            _period_money((400, 380, 20), (210, 200, 10)),
            ["两年完成县道陡坡段防滑改造。", "当年完成北坡段改造并储备防滑料。"],
            years=2, dept="寒泾县交通运输局（605011）")  # fmt: skip
    note = "cumulative count copied from 中期 in a two-year project"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "防滑改造陡坡路段", "≥24处",
         mk("≥24处", "D202", "warning", note=note)),
        (None, None, "储备防滑料", "≥600吨", mk("≥600吨", "D202", "warning", note=note)),
        (None, "质量指标", "改造路段验收合格率", "100%", "100%"),
        (None, "成本指标", "每处改造平均费用", "≤16万元", "≤16万元"),
        ("效益指标", "社会效益指标", "陡坡段冬季交通事故发生率",
         mk("≥0.5%", "T108", "warning", row=True, note="反向 accident rate with ≥"),
         "≥0.5%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("va09-second-sheet", (7, 10), "project head on one sheet, the indicator table on a "
         "second sheet (考核指标 · 预期实现值 · 评价标准), a rise in 百分点 (correct)")  # fmt: skip
def va09() -> Book:
    b, s = first("项目基本信息")
    project(s, "城市桥梁冬季除冰保障", "朔川市桥梁管理所", one_year_money(132, 120, 12),
            ["全市桥梁冬季除冰及时，桥面不结冰。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 16, 30))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "评价标准"), [
        ("产出指标", "数量指标", "除冰桥梁", "≥64座", "每少1座扣0.5分"),
        (None, "质量指标", "桥面除冰达标率", "≥95%", "按巡查记录计算"),
        (None, "时效指标", "降雪后桥面除冰完成时限", "≤4小时", "每超1小时扣1分"),
        (None, "成本指标", "每座桥梁除冰费用", "≤1.8万元", "超出不得分"),
        ("效益指标", "生态效益指标", "环保型融雪剂占比较上年提高", "≥5百分点", "按采购台账计算"),
        (None, "社会效益指标", "桥面结冰致交通中断", "≤1次", "每多1次扣2分"),
        ("满意度指标", "服务对象满意度指标", "驾驶员满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("va10-money-artefacts", (12, 9), "project, OLD-NAT, a spending detail block above the "
         "table: 总额 ≠ 财政拨款 + 其他资金, an amount pasted twice, a cost of 0")  # fmt: skip
def va10() -> Book:
    b, s = first()
    total = mk(wan(250), "B101", "error", note="220 + 20 = 240, not 250; the lines add to 250")
    project(s, "城区坡道融雪剂撒布作业", "朔川市北棠区市政设施养护所",
            [["年度资金总额", total, "其中：财政拨款", wan(220)],
             [None, None, "其他资金", wan(20)]],
            ["全区78处坡道雪后及时撒布融雪剂。"])  # fmt: skip
    s.row("资金明细", "明细项目", "金额（万元）", "测算依据", merge=[(4, 6)])
    top = s.r
    s.table([
        (None, "融雪剂采购", 120, "1500吨×800元/吨"),
        (None, "撒布车辆租赁", mk("36万36万（含运输）", "X106", "error", alt=("B108",),
                                  note="36万 pasted twice, read as 36")),
        (None, "作业人员加班补助", 58, "按实际出勤"),
        (None, "防滑料及工具", 36, "按上年用量"),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "撒布融雪剂坡道", "≥78处"),
        (None, None, "融雪剂撒布量", "≥1500吨"),
        (None, "质量指标", "坡道结冰清除率", "≥95%"),
        (None, "成本指标", "单车次撒布成本", mk("≤0万元/车次", "T115", "error",
                                                  note="unit too large, rounded to 0")),
        ("效益指标", "社会效益指标", "坡道车辆打滑事故", "≤2起"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("va11-notes-page-break", (4,), "project, OLD-NAT, one value column: an instruction "
         "row, a header repeated after a page break, 注, 填表说明, signed (correct)")  # fmt: skip
def va11() -> Book:
    b, s = first()
    project(s, "立交匝道除冰防滑", "朔川市快速路养护中心", one_year_money(88, 88, 0),
            ["全市11座立交匝道冬季不因结冰封闭。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [("（标★的为核心指标，不得删除）", None, None, None)], merged=())
    s.ws.merge_cells(start_row=s.r, start_column=1, end_row=s.r, end_column=4)
    s.table([
        ("产出指标", "数量指标", "★除冰立交匝道", "≥11座"),
        (None, None, "融雪剂撒布量", "≥380吨"),
        (None, "质量指标", "★匝道路面结冰清除率", "≥95%"),
        (None, "成本指标", "融雪剂单价", "≤900元/吨"),
    ], merged=(1, 2))  # fmt: skip
    indicators(s, head, [
        ("效益指标", "社会效益指标", "匝道因结冰封闭次数", "0次"),
        (None, "可持续影响指标", "匝道除冰作业规程", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "驾乘人员满意度", "≥90%"),
    ])  # fmt: skip
    footnotes(s, ["注：融雪剂撒布量按近三年平均降雪日数测算。",
                  "填表说明：指标值应填写可考核的数值。"], 4)  # fmt: skip
    signature(s, "卞思齐", "0471-3352840", day(YEAR - 1, 12, 15))
    return b


@variant("va12-points-mismatch", (10,), "project, OLD-NAT, tier-1 score column against the "
         "indicator scores under it, a 覆盖率 given as a count, a 百分点 change")  # fmt: skip
def va12() -> Book:
    b, s = first("绩效目标", (14, 8, 16, 30, 16, 8))
    project(s, "重点桥梁防滑处置", "寒泾县公路养护段", one_year_money(72, 66, 6),
            ["县域主要桥梁冬季防滑处置全覆盖。"], dept="寒泾县交通运输局（605011）")  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(60, "W103", "error", note="indicator scores 15+15+15+10 = 55"),
         "数量指标", "防滑处置桥梁", "≥26座", 15),
        (None, None, None, "主要桥梁防滑处置覆盖率", mk("12座", "T105", "error",
                                                        note="a 覆盖率 given as a count"), 15),
        (None, None, "质量指标", "防滑处置合格率", "≥95%", 15),
        (None, None, "成本指标", "每座桥梁处置费用", "≤2.5万元", 10),
        ("效益指标", mk(30, "W103", "error", note="indicator scores 20+15 = 35"),
         "社会效益指标", "桥面结冰事故较上年下降", "≥3百分点", 20),
        (None, None, "可持续影响指标", "防滑处置长效机制", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "过桥群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "滕国栋", "0471-6123508")
    return b
