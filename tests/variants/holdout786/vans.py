"""Mobile book vans (流动图书车): multi-year van service, flat department lists, stacked van
projects and a budget-system export (kdp07–kdp12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout786.common import (
    DEPT,
    LIB,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout786.registry import variant
from tests.variants.kit import Book, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kdp07-van-three-years", (8, 1),
         "three-year van project, NAT-2021, 中期 and 年度 columns: period counts above the "
         "year's, equal rates as typed percents, a later year the work prepares "
         "for (correct)")  # fmt: skip
def van_three_years() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="砚湖县流动图书车下乡服务项目", dept=DEPT, unit=LIB,
                 money=multi_year((wan(240), wan(210), wan(30)), (wan(80), wan(70), wan(10))),
                 goals=["2025—2027年以3辆流动图书车开展下乡服务1080场次以上，覆盖行政村150个，"
                        "为2028年实现全县流动服务常态化积累经验。",
                        "2025年开展下乡服务360场次，覆盖行政村120个，"
                        "流动借阅3万册次。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "流动图书车下乡服务场次", "≥1080场次", "≥360场次"),
        (None, None, "流动服务覆盖行政村", "≥150个", "≥120个"),
        (None, None, "流动借阅图书册次", "≥9万册次", "≥3万册次"),
        (None, None, "投入运行流动图书车", "3辆", "3辆"),
        (None, "质量指标", "图书车车况完好率", pct(0.95), pct(0.95)),
        (None, "时效指标", "服务点巡回周期", "≤30天", "≤30天"),
        ("成本指标", "经济成本指标", "单车年运行费用", "≤8万元/辆·年", "≤8万元/辆·年"),
        ("效益指标", "社会效益指标", "偏远村读者借阅人次", "≥9万人次", "≥3万人次"),
        (None, "可持续影响指标", "流动服务常态化运行机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "村民读者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦嘉林", "0736-5821046", (2024, 11, 18))
    return b


@variant("kdp08-van-period-copied", (8,),
         "two-year van project, NAT-2021, 中期 and 年度 columns: a year's count above the "
         "period's, a cumulative count copied, 中期目标 copied into 年度目标")  # fmt: skip
def van_period_copied() -> Book:
    b, s = start()
    goal = "以2辆流动图书车为偏远山村提供借阅服务，新增流动服务点40个，流动借阅6万册次。"
    project_head(s, year=2025, years=2, name="松陂县山区流动图书服务项目",
                 dept="松陂县文化和旅游局", unit="松陂县图书馆",
                 money=multi_year((wan(150), wan(130), wan(20)), (wan(80), wan(70), wan(10))),
                 goals=[goal, mk(goal, "D204", "warning",
                                  note="两年期项目，年度目标照抄中期目标")])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "图书车下乡服务场次", "≥600场次",
         mk("≥800场次", "D201", "error", note="年度800场次多于两年合计600场次")),
        (None, None, "流动借阅册次", "≥6万册次",
         mk("≥6万册次", "D202", "warning", note="两年累计数照抄到年度")),
        (None, None, "新增流动服务点", "≥40个", "≥25个"),
        (None, "质量指标", "流动借阅图书按期归还率", "≥90%", "≥90%"),
        (None, "时效指标", "预约图书送达时限", "≤7天", "≤7天"),
        ("成本指标", "经济成本指标", "单场下乡服务成本", "≤800元/场次", "≤800元/场次"),
        ("效益指标", "社会效益指标", "山区读者借阅人次", "≥5万人次", "≥2.6万人次"),
        ("满意度指标", "服务对象满意度指标", "山区读者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdp09-van-flat-list", (3, 11, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), a "
         "下降率 with 大于等于, 0 起 on an incident count, weights add to "
         "100 (correct)")  # fmt: skip
def van_flat_list() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="砚湖县图书馆流动服务部",
                    budget=[(wan(95), wan(85), wan(10), wan(35), wan(60))],
                    tasks=[("流动图书车运行", "3辆图书车燃油、维保、保险", wan(24), "360场次"),
                           ("服务点图书轮换", "120个服务点每季度轮换图书", wan(36), "3万册次"),
                           ("金额合计", None, wan(60), None)],
                    goal="流动图书车下乡服务360场次，服务点120个，流动借阅3万册次。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("流动图书车下乡服务场次", 20, "场次", "大于等于", 360),
        ("流动服务点数量", 15, "个", "大于等于", 120),
        ("流动借阅图书册次", 15, "万册次", "大于等于", 3),
        ("车辆故障停运次数下降率", 10, "%", "大于等于", 10),
        ("行车安全责任事故", 10, "起", "小于等于", 0),
        ("单车年运行费用", 10, "万元/辆", "小于等于", 8),
        ("村民读者满意度", 20, "%", "大于等于", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "注：车辆故障停运次数下降率与2024年相比计算；单车年运行费用含燃油、维保和保险。")
    return b


@variant("kdp10-van-flat-defects", (3, 11),
         "department, flat list: the same indicator twice with another value, a cost with "
         "大于等于, weights adding to 90")  # fmt: skip
def van_flat_defects() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="松陂县图书馆流动服务部",
                    budget=[(wan(70), wan(60), wan(10), wan(30), wan(40))],
                    tasks=[("流动图书车运行", "3辆图书车燃油、维保", wan(21), "300场次"),
                           ("服务点图书轮换", "服务点图书季度轮换", wan(19), "2.5万册次"),
                           ("金额合计", None, wan(40), None)],
                    goal="流动图书车下乡服务300场次，流动借阅2.5万册次。")  # fmt: skip
    s.row("指标名称", "权重（100分）", "计量单位", "指标性质", "指标值")
    s.table([
        ("流动图书车下乡服务场次", 20, "场次", "大于等于", 300),
        ("流动借阅图书册次", 15, "万册次", "大于等于", 2.5),
        (mk("图书车下乡服务场次数", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与第一条同一指标，值却是260"), 10, "场次", "大于等于", 260),
        ("单车年运行费用", 10, "万元/辆",
         mk("大于等于", "T108", "warning", row=True, note="成本上限应为小于等于"), 7),
        ("服务点图书轮换周期", 10, "天", "小于等于", 90),
        ("读者满意度", 25, "%", "大于等于", 90),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 20+15+10+10+10+25 = 90，表头写100分")
    return b


@variant("kdp11-van-stacked", (2, 12),
         "two van projects stacked, OLD-NAT, one value column: van price × count above the "
         "money, the second project's total ≠ its parts, a satisfaction rate "
         "under 社会效益")  # fmt: skip
def van_stacked() -> Book:
    b, s = start()
    project_head(s, year=2025, name="流动图书车购置", dept=DEPT, unit=LIB,
                 money=one_year(wan(100), wan(100), wan(0)),
                 goals=["购置流动图书车2辆，新增流动服务行政村40个。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "购置流动图书车", "≥2辆"),
        (None, "质量指标", "车辆验收合格率", "=100%"),
        (None, "时效指标", "车辆交付时间", "2025年9月30日前"),
        (None, "成本指标", "图书车购置单价",
         mk("≤60万元/辆", "B107", "warning", row=True, note="60万元 × 2辆 = 120万元 > 100万元")),
        ("效益指标", "社会效益指标", "新增流动服务行政村", "≥40个"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="流动图书车下乡服务运行", dept=DEPT, unit=LIB, title="",
                 money=one_year(mk(wan(45), "B101", "error", row=True,
                                   note="财政拨款30 + 其他资金10 = 40 ≠ 45"), wan(30), wan(10)),
                 goals=["全年下乡服务240场次，覆盖行政村60个。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "下乡服务场次", "≥240场次"),
        (None, "时效指标", "服务点巡回周期", "≤30天"),
        (None, "成本指标", "单场服务成本", "≤1500元/场次"),
        ("效益指标", "社会效益指标", "覆盖行政村", "≥60个"),
        (None, None, mk("村民读者满意度", "F201", "warning", row=True,
                        note="满意度放在社会效益指标下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务点所在村委会满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("kdp12-van-export", (7, 10),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under a third-row "
         "header with codes in the first column, 预期实现值, a share raised in "
         "百分点 (correct)")  # fmt: skip
def van_export() -> Book:
    b, s = start("部门项目支出预算05-1")
    project_head(s, year=2025, name="流动图书车运行维护", dept=DEPT, unit=LIB,
                 title="2025年度部门项目支出预算表", money=one_year(wan(36), wan(36), wan(0)),
                 goals=["保障3辆流动图书车全年正常运行，"
                        "农村读者借阅量占全馆比重提高3个百分点。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 12, 14, 28, 10, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位名称：砚湖县图书馆", None, None, None, None, "金额单位：万元", merge=[(1, 4)])
    code = "2025-317-0043"
    indicators(t, ("项目编码", "一级指标", "二级指标", "三级指标", "指标性质", "预期实现值",
                   "计量单位"), [
        (code, "产出指标", "数量指标", "保障运行流动图书车", "=", 3, "辆"),
        (code, None, None, "下乡服务场次", "≥", 360, "场次"),
        (code, None, "质量指标", "车辆年检合格率", "=", pct(1), None),
        (code, None, "时效指标", "故障车辆修复时限", "≤", 7, "天"),
        (code, None, "成本指标", "单车年燃油及维保费用", "≤", 12, "万元/辆"),
        (code, "效益指标", "社会效益指标", "农村读者借阅量占全馆比重提高", "≥", 3, "百分点"),
        (code, "满意度指标", "服务对象满意度指标", "农村读者满意度", "≥", pct(0.9), None),
    ], merged=(2, 3))  # fmt: skip
    return b
