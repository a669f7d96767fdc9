"""The mobile book van: multi-year runs, stacked projects and operator/direction columns
(kao07-kao12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout707.common import (
    HEAD4,
    HEAD5,
    indicators,
    notes,
    project_book,
    sign,
    wan,
)
from tests.variants.holdout707.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "榆岭县文化和旅游局 318"
UNIT = "榆岭县图书馆流动服务部"


@variant("kao07-van-multiyear", (8, 1),
         "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's "
         "(correct)")  # fmt: skip
def van_multiyear() -> Book:
    b, s = project_book(
        year=2025, years=3, name="流动书车乡村巡回服务", dept=DEPT, unit=UNIT,
        money=[("中期资金总额", wan(210), "年度资金总额", wan(70)),
               ("其中：财政拨款", wan(70), "其他资金", wan(0))],
        goals=["三年内流动书车巡回覆盖全县120个行政村，累计送书36万册次。",
               "本年度巡回覆盖40个行政村，送书12万册次。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "巡回覆盖行政村数量", "≥120个", "≥40个"),
        (None, None, "送书册次", "≥36万册次", "≥12万册次"),
        (None, None, "巡回服务次数", "≥1200次", "≥400次"),
        (None, "质量指标", "巡回计划执行率", "≥95%", pct(0.95)),
        (None, "时效指标", "预约图书送达时限", "≤7个工作日", "≤7个工作日"),
        ("成本指标", "经济成本指标", "单次巡回成本", "≤0.15万元/次", "≤0.15万元/次"),
        ("效益指标", "社会效益指标", "农村读者借阅人次", "≥9万人次", "≥3万人次"),
        (None, "可持续影响指标", "流动服务长效运行机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "村民读者满意度", "≥90%", pct(0.9)),
    ]
    indicators(s, HEAD5, rows)
    sign(s, "纪南枝", "0571-6603140", day(2024, 11, 20))
    return b


@variant("kao08-van-multiyear-wrong", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, "
         "a cumulative count copied, a year left from an old goal")  # fmt: skip
def van_multiyear_wrong() -> Book:
    old = mk("2024年开展校园和村居巡回400次。", "Y103", "warning", alt=("Y101",),
             note="年度目标沿用上年文字：2024年不在项目期2025—2026年内")  # fmt: skip
    b, s = project_book(
        year=2025, years=2, name="流动书车校园村居巡回", dept=DEPT, unit=UNIT,
        money=[("中期资金总额", wan(100), "年度资金总额", wan(50)),
               ("其中：财政拨款", wan(45), "其他资金", wan(5))],
        goals=["两年内开展校园和村居巡回800次，服务村（社区）60个。", old],
    )  # fmt: skip
    above = mk("≥75个", "D201", "error", note="年度75个超过实施期60个")
    copied = mk("≥3000张", "D202", "warning", note="累计办证数两年与一年相同")
    rows = [
        ("产出指标", "数量指标", "巡回服务次数", "≥800次", "≥400次"),
        (None, None, "服务村（社区）数量", "≥60个", above),
        (None, None, "新办流动借阅证", "≥3000张", copied),
        (None, "质量指标", "图书按期归还率", "≥90%", "≥90%"),
        (None, "时效指标", "单次巡回停留时长", "≥2小时", "≥2小时"),
        ("成本指标", "经济成本指标", "单次巡回成本", "≤0.1万元/次", "≤0.1万元/次"),
        ("效益指标", "社会效益指标", "校园和村居借阅人次", "≥6万人次", "≥3万人次"),
        ("满意度指标", "服务对象满意度指标", "师生和村民满意度", "≥90%", "≥90%"),
    ]
    indicators(s, HEAD5, rows)
    sign(s, "纪南枝", "0571-6603140", day(2024, 11, 22))
    return b


@variant("kao09-van-stacked", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each (correct)")  # fmt: skip
def van_stacked() -> Book:
    b, s = project_book(
        year=2025,
        name="流动书车运行维护",
        dept=DEPT,
        unit=UNIT,
        title="2025年度项目绩效目标表",
        money=[("资金总额", wan(36), "其中：财政拨款", wan(30)), ("其他资金", wan(6), None, None)],
        goals=["保障流动书车全年巡回300次，服务全县14个乡镇。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "服务乡镇数量", "≥14个"),
        (None, None, "巡回服务次数", "≥300次"),
        (None, "质量指标", "车辆年检合格率", "=100%"),
        (None, "成本指标", "单次巡回成本", "≤0.1万元/次"),
        ("效益指标", "社会效益指标", "巡回服务受益人次", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        name="新购流动书车",
        dept=DEPT,
        unit=UNIT,
        title="",
        attr="一次性项目",
        money=[("资金总额", wan(48), "其中：财政拨款", wan(48)), ("其他资金", wan(0), None, None)],
        goals=["购置1辆流动书车，新开5个偏远乡镇巡回线路。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "购置流动书车数量", "=1辆"),
        (None, None, "服务乡镇数量", "≥5个"),
        (None, "质量指标", "车辆验收合格率", "100%"),
        (None, "时效指标", "车辆交付时间", "2025年6月30日前"),
        (None, "成本指标", "单车购置成本", "≤48万元/辆"),
        ("效益指标", "社会效益指标", "新增覆盖人口", "≥1.5万人"),
        ("满意度指标", "服务对象满意度指标", "偏远乡镇读者满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "纪南枝", "0571-6603140", day(2024, 11, 25))
    return b


@variant("kao10-van-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT: the second project's money does not add up, its goal "
         "count differs from the indicator, a timeliness rate under 质量")  # fmt: skip
def van_stacked_wrong() -> Book:
    b, s = project_book(
        year=2025,
        name="少儿绘本流动车",
        dept=DEPT,
        unit=UNIT,
        money=[("资金总额", wan(40), "其中：财政拨款", wan(35)), ("其他资金", wan(5), None, None)],
        goals=["绘本流动车进幼儿园和村小巡回200次。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "绘本车巡回次数", "≥200次"),
        (None, "质量指标", "绘本完好率", "≥95%"),
        (None, "成本指标", "单次巡回成本", "≤0.2万元/次"),
        ("效益指标", "社会效益指标", "幼儿绘本借阅人次", "≥1.5万人次"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(25), "B101", "error", note="20 + 8 = 28，不是25")
    project_head(
        s,
        year=2025,
        name="乡村流动服务点图书配送",
        dept=DEPT,
        unit=UNIT,
        title="",
        money=[("资金总额", total, "其中：财政拨款", wan(20)), ("其他资金", wan(8), None, None)],
        goals=["为全县40个流动服务点各配送图书300册。"],
    )
    fewer = mk("≥30个", "D104", "warning", row=True, note="年度目标写40个服务点")
    timely = mk("≥95%", "F201", "warning", row=True, note="及时率是时效指标，填在质量指标下")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "配送流动服务点数量", fewer),
        (None, None, "配送图书册数", "≥1.2万册"),
        (None, "质量指标", "配送图书完好率", "≥98%"),
        (None, None, "图书配送及时率", timely),
        (None, "成本指标", "单册配送成本", "≤15元/册"),
        ("效益指标", "社会效益指标", "服务点图书借阅人次", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "服务点读者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "纪南枝", "0571-6603140", day(2024, 11, 25))
    return b


@variant("kao11-van-direction", (11, 4),
         "project, OLD-NAT, 指标性质 as direction and 比较方式 in words, unit column, a 说明 row "
         "inside the table; 0起 on accidents, a 下降率 with 大于等于 (correct)")  # fmt: skip
def van_direction() -> Book:
    b, s = project_book(
        year=2025,
        name="流动书车安全运行",
        dept=DEPT,
        unit=UNIT,
        money=[("资金总额", wan(32), "其中：财政拨款", wan(32)), ("其他资金", wan(0), None, None)],
        goals=["全年安全巡回360次，零责任事故，图书丢失明显减少。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "比较方式", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "巡回服务次数", "正向", "大于等于", 360, "次"),
        (None, None, "安全责任事故", "反向", "等于", 0, "起"),
        (None, "质量指标", "车辆故障率", "反向", "小于等于", 2, "%"),
        (None, None, "图书丢失率下降率", "正向", "大于等于", 10, "%"),
        (None, "时效指标", "预约送书响应时间", "反向", "小于等于", 48, "小时"),
        (None, "成本指标", "单次巡回油料及维护成本", "反向", "小于等于", 800, "元/次"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：安全责任事故以县交通运输部门认定为准。", width=7)
    s.table([
        ("效益指标", "社会效益指标", "偏远村读者借阅人次", "正向", "大于等于", 1.2, "万人次"),
        ("满意度指标", "服务对象满意度指标", "村民读者满意度", "正向", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "纪南枝", "0571-6603140", day(2024, 11, 27))
    return b


@variant("kao12-van-direction-wrong", (11,),
         "project, NAT-2021, operators inside the values: a fault rate with ≥, a count above the "
         "goal's, a unit cost × count beyond the money")  # fmt: skip
def van_direction_wrong() -> Book:
    b, s = project_book(
        year=2025,
        name="流动书车巡回提质",
        dept=DEPT,
        unit=UNIT,
        money=[("资金总额", wan(60), "其中：财政拨款", wan(60)), ("其他资金", wan(0), None, None)],
        goals=["全年巡回300次，车辆完好运行，偏远村借阅量明显提升。"],
    )
    count = mk("≥400次", "D104", "warning", row=True, note="年度绩效目标写全年巡回300次")
    fault = mk("≥3%", "T108", "warning", row=True, note="故障率是反向指标")
    cost = mk("≤0.2万元/次", "B107", "warning", row=True,
              note="0.2万元/次 × 400次 = 80万元，超过资金总额60万元")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "巡回服务次数", count),
        (None, "质量指标", "车辆故障率", fault),
        (None, "时效指标", "预约送书响应时间", "≤48小时"),
        ("成本指标", "经济成本指标", "单次巡回成本", cost),
        ("效益指标", "社会效益指标", "偏远村读者借阅人次", "≥1万人次"),
        ("满意度指标", "服务对象满意度指标", "村民读者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "纪南枝", "0571-6603140", day(2024, 11, 27))
    return b
