"""Returns about ancient salt wells as heritage (古盐井): percent cells, stacked projects and
multi-year projects (bi01–bi06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout519.common import (
    OLD4,
    YEAR,
    indicators,
    notes,
    period_money,
    project_book,
    signature,
    two_money,
    w,
)
from tests.variants.holdout519.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, pct

DEPT = "咸川县文化和旅游局（214003）"
OP6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "bi01-well-percent",
    (1,),
    "project, OLD-NAT, operator column (指标性质) and unit "
    "column, typed percent cells, 万元 in the number format (correct)",
)
def well_percent() -> Book:
    b, s = project_book(
        year=YEAR, name="卤坪镇古盐井群本体修缮工程", dept=DEPT, unit="咸川县文物保护中心",
        money=two_money(w(80), w(70), w(10)),
        goals=["修缮卤坪镇古盐井4口及碓房、井架，完成6处遗存测绘建档，保障开放参观安全。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "修缮古盐井数量", "≥", 4, "口"),
        (None, None, "井架及碓房遗存测绘建档", "≥", 6, "处"),
        (None, "质量指标", "修缮工程验收合格率", "=", pct(1), "%"),
        (None, None, "文物本体原构件保留比例", "≥", pct(0.9), "%"),
        (None, "时效指标", "修缮工程完成时限", "≤", 11, "个月"),
        (None, "成本指标", "单口盐井修缮成本", "≤", 15, "万元/口"),
        ("效益指标", "社会效益指标", "盐井遗址开放参观人次", "≥", 12000, "人次"),
        (None, None, "文物安全事故发生次数", "≤", 0, "起"),
        (None, "可持续影响指标", "修缮后日常巡查机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "周边村民及游客满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OP6, rows)
    notes(s, "注：4口盐井 × 15万元/口 = 60万元，其余20万元用于测绘建档及监理。")
    signature(s, "龚宏远", "苏晓岚", "0831-6624017", day(YEAR - 1, 10, 28, CN_DATE))
    return b


@variant(
    "bi02-well-percent-wrong",
    (1, 12),
    "project, OLD-NAT, operator column: a typed "
    "percent over 100 and a 元-formatted amount in the 万元 block",
)
def well_percent_wrong() -> Book:
    other = mk(money(100000, YUAN), "B105", "error", note="100,000.00元 in a 万元 block")
    b, s = project_book(
        year=YEAR, name="古盐道与盐井遗址标识系统建设", dept=DEPT, unit="咸川县文物保护中心",
        money=two_money(w(45), w(35), other),
        goals=["沿古盐道及盐井遗址设置导览标识牌60块，完成中英文解说词编写。"],
    )  # fmt: skip
    b.file_mark("B101", "error", required=False, note="35 + 100000 ≠ 45 follows from B105")
    over = mk(pct(1.05), "T106", "error", note="105% on a pass rate capped at 100%")
    rows = [
        ("产出指标", "数量指标", "导览标识牌安装数量", "≥", 60, "块"),
        (None, None, "解说词编写条目", "≥", 24, "条"),
        (None, "质量指标", "标识牌安装验收合格率", "≥", over, "%"),
        (None, "时效指标", "标识系统完工时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "单块标识牌制作安装成本", "≤", 0.6, "万元/块"),
        ("效益指标", "社会效益指标", "古盐道步行游览人次", "≥", 8000, "人次"),
        (None, "可持续影响指标", "标识牌维护责任落实", "定性", "到位", None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.88), "%"),
    ]
    indicators(s, OP6, rows)
    return b


@variant(
    "bi03-well-stacked",
    (2,),
    "three salt-well projects stacked in one sheet, OLD-NAT, "
    "one value column, the same indicator with different values per project (correct)",
)
def well_stacked() -> Book:
    b, s = project_book(
        "盐井项目", year=YEAR, name="卤坪盐井博物馆讲解服务", dept=DEPT, unit="咸川县盐井博物馆",
        money=two_money(w(18), w(18), w(0)), goals=["全年开放讲解不少于300天，接待研学团队。"],
    )  # fmt: skip
    indicators(s, OLD4, [
        ("产出指标", "数量指标", "讲解服务场次", "≥600场"),
        (None, "质量指标", "讲解词审核通过率", "=100%"),
        (None, "成本指标", "讲解员劳务补助标准", "≤150元/场"),
        ("效益指标", "社会效益指标", "研学团队接待批次", "≥40批次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="井盐汲卤工具修复", dept=DEPT, unit="咸川县盐井博物馆",
                 money=two_money(w(12), w(10), w(2)), goals=["修复汲卤竹筒、辘轳等工具30件。"],
                 title="")  # fmt: skip
    indicators(s, OLD4, [
        ("产出指标", "数量指标", "修复汲卤工具件数", "≥30件"),
        (None, "成本指标", "单件工具修复费用", "≤0.4万元/件"),
        ("效益指标", "社会效益指标", "修复工具入展件数", "≥20件"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="卤坪盐井口述史采集", dept=DEPT, unit="咸川县文化馆",
                 money=two_money(w(9), w(9), w(0)), goals=["采访老盐工20人，整理口述史文稿。"],
                 title="")  # fmt: skip
    indicators(s, OLD4, [
        ("产出指标", "数量指标", "采访老盐工人数", "≥20人"),
        (None, "时效指标", "文稿整理完成时间", "11月30日前"),
        (None, "成本指标", "单人采访整理费用", "≤0.45万元/人"),
        ("效益指标", "可持续影响指标", "口述史资料入库率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受访盐工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "bi04-well-stacked-defects",
    (2, 13),
    "two salt-well projects stacked, OLD-NAT, one "
    "value column: the second's money does not add up, a rate as a count, a nameless row",
)
def well_stacked_defects() -> Book:
    b, s = project_book(
        year=YEAR, name="卤坪古盐井安全监测", dept=DEPT, unit="咸川县文物保护中心",
        money=two_money(w(24), w(20), w(4)), goals=["为8口古盐井加装沉降与水位监测设备。"],
    )  # fmt: skip
    indicators(s, OLD4, [
        ("产出指标", "数量指标", "加装监测设备井数", "≥8口"),
        (None, "质量指标", "监测数据有效率", "≥95%"),
        (None, "成本指标", "单井监测设备费用", "≤2.5万元/口"),
        ("效益指标", "社会效益指标", "井体险情预警及时率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "文保员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(95), "B101", "error", note="70 + 20 = 90, not 95")
    project_head(s, year=YEAR, name="井盐文化讲解员培训", dept=DEPT, unit="咸川县文化馆",
                 money=two_money(total, w(70), w(20)), goals=["培训讲解员30人，开展进村宣讲。"],
                 title="")  # fmt: skip
    count = mk("30人", "T105", "error", note="a 合格率 given as a head count")
    nameless = mk(None, "F110", "error", note="a value with no indicator name")
    indicators(s, OLD4, [
        ("产出指标", "数量指标", "培训讲解员人数", "≥30人"),
        (None, None, nameless, "≥20场"),
        (None, "质量指标", "讲解员考核合格率", count),
        (None, "成本指标", "人均培训费用", "≤0.8万元/人"),
        ("效益指标", "社会效益指标", "进村宣讲受众人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


PERIOD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "bi05-well-multi-year",
    (8,),
    "three-year salt-well project, NAT-2021, 中期 and 年度 "
    "columns: counts smaller in the year, rates and unit costs equal (correct)",
)
def well_multi_year() -> Book:
    b, s = project_book(
        year=YEAR, years=3, name="卤坪古盐井群保护利用三年行动", dept=DEPT,
        unit="咸川县文物保护中心",
        money=period_money((w(360), w(300), w(60)), (w(120), w(100), w(20))),
        goals=["三年内修缮古盐井9口，建成盐井遗址公园一处，形成盐文化研学线路。",
               "2025年修缮古盐井3口，完成遗址公园规划设计。"],
    )  # fmt: skip
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "修缮古盐井数量", "≥9口", "≥3口"),
        (None, None, "研学线路开发条数", "≥3条", "≥1条"),
        (None, "质量指标", "修缮工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度修缮任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单口盐井修缮成本", "≤12万元/口", "≤12万元/口"),
        ("效益指标", "社会效益指标", "遗址公园接待游客人次", "≥60000人次", "≥15000人次"),
        (None, "可持续影响指标", "盐井遗址长效管护机制", "健全", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "bi06-well-multi-year-copy",
    (8, 11),
    "three-year salt-making craft project, NAT-2021, "
    "中期 and 年度 columns: two counts copied to the year, a 反向 rate with ≥",
)
def well_multi_year_copy() -> Book:
    b, s = project_book(
        year=YEAR, years=3, name="井盐汲卤熬制技艺传承三年计划", dept=DEPT, unit="咸川县文化馆",
        money=period_money((w(150), w(150), w(0)), (w(50), w(50), w(0))),
        goals=["三年培养传承人24名，举办熬盐技艺展演90场。", "2025年培养传承人8名，展演30场。"],
    )  # fmt: skip
    note = "cumulative count copied from the 中期 column in a three-year project"
    rate = mk("≥1%", "T108", "warning", row=True, note="an accident rate (反向) with ≥")
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "培养技艺传承人人数", "≥24人", "≥8人"),
        (None, None, "熬盐技艺展演场次", "≥90场", mk("≥90场", "D202", "warning", note=note)),
        (None, None, "传习教材编印册数", "≥3000册", mk("≥3000册", "D202", "warning", note=note)),
        (None, "质量指标", "传承人结业考核合格率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "人均传承培养费用", "≤3万元/人", "≤3万元/人"),
        ("效益指标", "社会效益指标", "展演观众人次", "≥45000人次", "≥15000人次"),
        (None, None, "展演活动安全事故发生率", "≥1%", rate),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
