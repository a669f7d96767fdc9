"""Returns on 酸枣仁与山楂干果加工 (gv01–gv06): project forms, stacked projects, department."""

from __future__ import annotations

from tests.variants.heads import department_head
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
from tests.variants.kit import Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("gv01-kernel-line", (1, 7),
         "project, OLD-NAT, 比较符 and 计量单位 columns, typed percent cells, 万元 in the number "
         "format, goal count with its parts in brackets (correct)")  # fmt: skip
def gv01() -> Book:
    b, s = book()
    project(s, "酸枣仁脱壳分选生产线建设补助", "榆岭市果品加工服务中心",
            ["新建酸枣仁脱壳分选生产线2条（其中脱壳线1条、色选线1条），年加工酸枣仁400吨，"
             "带动北崮镇、苇塘乡种植户300户。"],
            one_year_money(120, 100, 20))  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新建生产线", "≥", 2, "条"),
        (None, None, "酸枣仁年加工量", "≥", 400, "吨"),
        (None, "质量指标", "酸枣仁仁粒完整率", "≥", pct(0.95), "%"),
        (None, None, "成品霉变率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "生产线投产时间", "≤", day(YEAR, 8, 31, '"2026年"m"月"d"日"'), "—"),
        (None, "成本指标", "单条生产线设备补助", "≤", 60, "万元/条"),
        ("效益指标", "经济效益指标", "带动种植户户均增收", "≥", 1200, "元/户"),
        (None, "社会效益指标", "带动种植户数", "≥", 300, "户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "苗敬川", "0398-6612075")
    return b


@variant("gv02-hawthorn-slices", (7, 12),
         "project, NAT-2021, header 绩效目标值: goal's purchase tonnage against the indicator, "
         "a quality rate under 时效, money parts not adding up")  # fmt: skip
def gv02() -> Book:
    b, s = book()
    total = mk(wan(150), "B101", "error", note="财政拨款 100 + 其他资金 40 = 140 ≠ 150")
    project(s, "山楂干片烘干加工能力提升项目", "榆岭市棠坡果品专业合作社联合社",
            ["收购山楂鲜果3000吨，加工山楂干片600吨，新增热风烘干房8间。"],
            one_year_money(total, 100, 40))  # fmt: skip
    d104 = "年度目标写收购山楂鲜果3000吨，指标只写2000吨"
    f201 = "烘干批次合格率是质量指标，却填在时效指标下"
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("成本指标", "经济成本指标", "山楂干片加工补助标准", "≤1500元/吨"),
        ("产出指标", "数量指标", "山楂鲜果收购量", mk("≥2000吨", "D104", "warning", row=True,
                                                     note=d104)),
        (None, None, "山楂干片产量", "≥600吨"),
        (None, None, "新增热风烘干房", "≥8间"),
        (None, "质量指标", "干片抽检合格率", pct(0.98)),
        (None, "时效指标", "烘干房建成时间", "2026年6月30日前"),
        (None, None, mk("烘干批次合格率", "F201", "warning", row=True, note=f201), "≥95%"),
        ("效益指标", "经济效益指标", "带动农户户均增收", "≥800元/户"),
        (None, "社会效益指标", "带动脱贫户就业人数", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "交售鲜果农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _kernel_rows(rate: float, tons: int) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "酸枣仁烘干量", f"≥{tons}吨"),
        (None, "质量指标", "产品抽检合格率", pct(rate)),
        (None, "时效指标", "烘干任务完成时间", "2026年11月30日前"),
        (None, "成本指标", "烘干补助标准", "≤800元/吨"),
        ("效益指标", "经济效益指标", "酸枣仁收购均价提高", "≥3%"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ]


@variant("gv03-stacked-two-plants", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each project (correct)")  # fmt: skip
def gv03() -> Book:
    b, s = book()
    project(s, "酸枣仁集中烘干补助（北崮片区）", "北崮镇农业综合服务站",
            ["集中烘干酸枣仁150吨（北崮片区100吨、柏树沟片区50吨）。"],
            one_year_money(12, 12, 0))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), _kernel_rows(0.97, 150))
    s.skip()
    project(s, "酸枣仁集中烘干补助（苇塘片区）", "苇塘乡农业综合服务站",
            ["集中烘干酸枣仁90吨，烘干成品抽检合格率不低于95%。"],
            one_year_money(7.2, 6, 1.2), title="")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), _kernel_rows(0.95, 90))
    notes(s, "注：两个片区分别申报、分别批复，烘干补助标准相同（800元/吨）。")
    return b


@variant("gv04-stacked-haw-cake", (2,),
         "two projects stacked, OLD-NAT: the second one's subsidy × households beyond its money, "
         "a deadline left from last season, one indicator twice with two values")  # fmt: skip
def gv04() -> Book:
    b, s = book()
    project(s, "酸枣仁仁壳分离设备更新", "榆岭市果品加工服务中心",
            ["更新仁壳分离设备4台，仁壳分离率达到96%以上。"],
            one_year_money(48, 48, 0))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "更新仁壳分离设备", "≥4台"),
        (None, "质量指标", "仁壳分离率", "≥96%"),
        (None, "时效指标", "设备安装调试完成时间", "2026年7月31日前"),
        (None, "成本指标", "单台设备购置费", "≤12万元/台"),
        ("效益指标", "社会效益指标", "服务加工企业", "≥6家"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "山楂糕及山楂干家庭作坊提升补助", "榆岭市棠坡果品专业合作社联合社",
            ["补助山楂干家庭作坊200户，改造晾晒棚和包装间，山楂干出品率提高到30%。"],
            one_year_money(120, 120, 0), title="")  # fmt: skip
    b107 = "0.8万元/户 × 200户 = 160万元，超过年度资金120万元"
    y102 = "2026年度项目的完成时间写成2025年（上一季留下的）"
    d102 = "山楂干出品率已在质量指标下写≥30%，这里又写≥28%"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "补助家庭作坊", "≥200户"),
        (None, "质量指标", "山楂干出品率", "≥30%"),
        (None, None, mk("山楂干出品率", "D102", "error", row=True, alt=("D101", "D103"),
                        note=d102), "≥28%"),
        (None, "时效指标", "晾晒棚改造完成时间", mk("2025年10月31日前", "Y102", "error",
                                                       note=y102)),
        (None, "成本指标", "作坊改造补助标准", mk("≤0.8万元/户", "B107", "warning", row=True,
                                                     note=b107)),
        ("效益指标", "经济效益指标", "作坊户均增收", "≥1500元/户"),
        ("满意度指标", "服务对象满意度指标", "作坊户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gv05-flat-department", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, weights add to 100, tasks add to 金额合计 (correct)")  # fmt: skip
def gv05() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="榆岭市干果产业发展中心",
                    budget=[(wan(260), wan(240), wan(20), wan(110), wan(150))],
                    goal="完成酸枣仁、山楂干抽检1200批次（酸枣仁500批次、山楂干700批次），"
                         "培训加工户400人次。",
                    tasks=[("干果质量抽检", "抽检1200批次", wan(90), "抽检合格率≥96%"),
                           ("加工技术培训", "培训400人次", wan(60), "培训满意度≥90%"),
                           ("金额合计", None, wan(150), None)])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("干果抽检批次", 25, "批次", "≥", 1200),
        ("干果抽检合格率", 20, "%", "≥", pct(0.96)),
        ("加工户培训人次", 20, "人次", "≥", 400),
        ("抽检报告出具时限", 10, "工作日", "≤", 7),
        ("不合格批次下降率", 10, "%", "≥", pct(0.15)),
        ("加工户满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "说明：不合格批次下降率以2025年抽检结果为基数。")
    return b


@variant("gv06-department-tasks", (12,),
         "department, OLD-NAT: tasks not adding to 金额合计, a training count below the goal's, "
         "an indicator named after last year")  # fmt: skip
def gv06() -> Book:
    b, s = book()
    b102 = "120 + 80 + 100 = 300 ≠ 金额合计 320"
    department_head(s, year=YEAR, dept="榆岭市林果技术推广站",
                    budget=[(wan(500), wan(460), wan(40), wan(180), wan(320))],
                    goal="收储酸枣仁200吨，培训果农500人次，维护林果采摘道路30公里。",
                    tasks=[("酸枣仁收储", "收储200吨", wan(120), "按期收储"),
                           ("山楂干果加工培训", "培训果农500人次", wan(80), "培训满意度≥90%"),
                           ("采摘道路维护", "维护30公里", wan(100), "道路完好"),
                           ("金额合计", None, mk(wan(320), "B102", "error", note=b102),
                            None)])  # fmt: skip
    d104 = "年度总体目标写培训果农500人次，指标只写300人次"
    y103 = "2026年度的表里写“2025年度”抽检，上一年的名称没改"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "酸枣仁收储量", "≥200吨"),
        (None, None, "果农技术培训", mk("≥300人次", "D104", "warning", row=True, note=d104)),
        (None, None, "采摘道路维护里程", "≥30公里"),
        (None, "质量指标", mk("2025年度山楂干果抽检合格率", "Y103", "warning", row=True,
                               note=y103), "≥95%"),
        (None, "时效指标", "收储任务完成时间", "2026年10月31日前"),
        (None, "成本指标", "道路维护单价", "≤3.3万元/公里"),
        ("效益指标", "社会效益指标", "受益果农户数", "≥800户"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    return b
