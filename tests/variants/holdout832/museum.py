"""Exhibitions of 栖梧县博物馆: kfj13–kfj18."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout832.common import grid, notes, project, sign, start, wan
from tests.variants.holdout832.registry import variant
from tests.variants.kit import Book, mk, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
MUSEUM = "栖梧县博物馆"


@variant("kfj13-stacked-exhibitions", (2, 11), "two projects stacked, OLD-NAT: a 反向 rate with ≥,"
         " the second project's money and its goal's count against the indicator")  # fmt: skip
def stacked_exhibitions() -> Book:
    b, s = start()
    project(
        s,
        name="栖梧县博物馆“稻作千年”农耕文化专题展",
        unit=MUSEUM,
        year_money=(85, 75, 10),
        goals=["举办农耕文化专题展1个，展出农具及文物不少于150件，接待观众3万人次。"],
    )
    grid(s, HEAD, [
        ("产出指标", "数量指标", "展出农具及文物", "≥150件"),
        (None, "质量指标", "展品损坏率",
         mk("≥0.5%", "T108", "warning", row=True, note="a 反向 rate given with ≥")),
        (None, "时效指标", "开展时间", "2025年5月31日前"),
        (None, "成本指标", "展陈布置成本", "≤60万元"),
        ("效益指标", "社会效益指标", "接待观众人次", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(50), "B101", "error", row=True, note="40 + 5 = 45, not 50")
    project(s, name="栖梧县博物馆流动展览进乡村", unit=MUSEUM, year_money=(total, 40, 5),
            title="2025年度项目支出绩效目标申报表（项目二）",
            goals=["全年送流动展览进乡镇、学校12场，服务群众2万人次。"])  # fmt: skip
    grid(s, HEAD, [
        ("产出指标", "数量指标", mk("流动展览场次", "D104", "warning", row=True,
                                   note="the goal says 12 shows, the indicator 10"), "≥10场"),
        (None, "质量指标", "展板及展品完好率", "≥98%"),
        (None, "时效指标", "全年巡展完成时间", "2025年12月15日前"),
        (None, "成本指标", "单场巡展成本", "≤3.5万元/场"),
        ("效益指标", "社会效益指标", "服务群众人次", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "乡村群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "莫婉汀", "0771-6240581", (2024, 10, 28))
    return b


OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "kfj14-permanent-exhibition",
    (11, 1),
    "project, NAT-2021, operator column and unit "
    "column, typed percents: a 下降率 with ≥, a damage rate with ≤, 0起 (correct)",
)
def permanent_exhibition() -> Book:
    b, s = start()
    project(
        s,
        name="栖梧县博物馆基本陈列“栖梧古韵”提升改造",
        unit=MUSEUM,
        year_money=(210, 180, 30),
        goals=["完成基本陈列800平方米展厅提升改造，新增展出文物120件，年接待观众12万人次。"],
    )
    grid(s, OPS, [
        ("产出指标", "数量指标", "展厅提升改造面积", "≥", 800, "平方米"),
        (None, None, "新增展出文物", "≥", 120, "件"),
        (None, "质量指标", "展品损坏率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "改造完成时间", "≤", "2025年9月30日", None),
        ("成本指标", "经济成本指标", "单位面积布展成本", "≤", 0.25, "万元/平方米"),
        ("效益指标", "社会效益指标", "年接待观众人次", "≥", 120000, "人次"),
        (None, None, "观众投诉量下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "展厅安全责任事故", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "岑嘉禾", "0771-6240736", (2024, 10, 22))
    return b


POINTS = ("一级指标", "二级指标", "三级指标", "分值", "中期指标值", "年度指标值")


@variant(
    "kfj15-digital-collection",
    (8, 10),
    "three-year project, NAT-2021, 中期 and 年度 columns,"
    " tier and indicator points: cumulative counts copied to 年度, a tier's points short",
)
def digital_collection() -> Book:
    b, s = start()
    project(s, name="栖梧县博物馆藏品数字化保护", unit=MUSEUM, years=3,
            year_money=(150, 150, 0), period_money=(450, 450, 0), goals=[
                "三年完成馆藏1500件文物三维数字化采集，录入数字化档案6000条，建成线上展厅。",
                "2025年完成500件文物三维数字化采集，录入档案2000条。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="indicator points 95 may also be reported")
    grid(s, POINTS, [
        (mk("产出指标（50分）", "W103", "error", note="15 + 15 + 10 + 5 = 45 under a tier of 50"),
         "数量指标", "文物三维数字化采集件数", 15, "≥1500件",
         mk("≥1500件", "D202", "warning", alt=("D104",), note="period count copied; goal 500")),
        (None, None, "数字化档案录入条目", 15, "≥6000条",
         mk("≥6000条", "D202", "warning", alt=("D104",), note="period count copied; goal 2000")),
        (None, "质量指标", "数字化数据验收合格率", 10, "≥98%", "≥98%"),
        (None, "时效指标", "年度采集任务完成时间", 5, "2027年11月30日前", "2025年11月30日前"),
        ("成本指标（10分）", "经济成本指标", "单件文物数字化采集成本", 10, "≤0.25万元/件",
         ok("≤0.25万元/件", note="× the copied 1500 exceeds 150; the D202 rows are the fault")),
        ("效益指标（30分）", "社会效益指标", "线上展厅访问人次", 15, "≥30万人次", "≥5万人次"),
        (None, "可持续影响指标", "数字化数据备份完整率", 15, "100%", "100%"),
        ("满意度指标（10分）", "服务对象满意度指标", "线上观众满意度", 10, "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘若晨", "0771-6240952", (2024, 10, 19))
    return b


@variant("kfj16-museum-department", (7,), "department, NAT-2021, headers 考核指标, "
         "目标值（年度） and a 评价标准 column, a goal count with its parts (correct)")  # fmt: skip
def museum_department() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=MUSEUM,
                    budget=[(wan(420), wan(380), wan(40), wan(185), wan(235))],
                    goal="全年举办展览12场（其中临时展览8场、流动展览4场），接待观众18万人次，"
                         "开展社教活动60场。")  # fmt: skip
    grid(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "举办展览场次", "≥12场", "每少1场扣1分"),
        (None, None, "临时展览场次", "≥8场", "每少1场扣1分"),
        (None, None, "社教活动场次", "≥60场", "每少5场扣1分"),
        (None, "质量指标", "藏品保存环境达标率", "≥95%", "每低1个百分点扣1分"),
        (None, "时效指标", "展览按计划开展率", "≥95%", "未按计划开展每场扣1分"),
        ("成本指标", "经济成本指标", "单场临时展览成本", "≤12万元/场", "超支不得分"),
        ("效益指标", "社会效益指标", "接待观众人次", "≥18万人次", "按完成比例计分"),
        (None, "可持续影响指标", "馆藏文物安全事故", "0起", "发生事故不得分"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "按调查结果计分"),
    ])  # fmt: skip
    notes(s, "注：临时展览、流动展览场次已含在举办展览场次内。", width=5)
    sign(s, "钟雅岚", "0771-6240418", (2024, 11, 11))
    return b


@variant("kfj17-ceramics-wrong-tier", (5, 13), "project, NAT-2021, numbered tier labels "
         "(一、（一）, 1.): a count under 质量, a value without a name")  # fmt: skip
def ceramics_wrong_tier() -> Book:
    b, s = start()
    project(s, name="栖梧县博物馆“江岸窑火”古陶瓷特展", unit=MUSEUM, year_money=(64, 64, 0),
            goals=["举办古陶瓷特展1个，展出窑址出土瓷器120件，接待观众2.5万人次。"])  # fmt: skip
    grid(s, HEAD, [
        ("一、产出指标", "（一）数量指标", "1.举办特展数量", "≥1个"),
        (None, "（二）质量指标", mk("2.展出出土瓷器数量", "F201", "warning", row=True,
                                   note="a count of exhibits under 质量指标"), "≥120件"),
        (None, None, "3.展品点交差错率", "≤1%"),
        (None, "（三）时效指标", "4.特展开幕时间", "2025年9月30日前"),
        ("二、成本指标", "（一）经济成本指标", "5.特展布展成本", "≤50万元"),
        ("三、效益指标", "（一）社会效益指标", "6.接待观众人次", "≥25000人次"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥4场"),
        ("四、满意度指标", "（一）服务对象满意度指标", "7.观众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦思岚", "0771-6240627", (2024, 10, 24))
    return b


@variant(
    "kfj18-loan-exhibition",
    (9, 12, 4),
    "project, OLD-NAT, detail lines below the table "
    "adding to the money, 万元 in the number format, text =100%, 填表说明 (correct)",
)
def loan_exhibition() -> Book:
    b, s = start()
    project(
        s,
        name="栖梧县博物馆“岭表遗珍”馆际借展",
        unit=MUSEUM,
        year_money=(70, 60, 10),
        goals=["从省内兄弟馆借展文物120件，举办借展展览1个，展期90天，接待观众3万人次。"],
    )
    grid(s, HEAD, [
        ("产出指标", "数量指标", "借展文物件数", "≥120件"),
        (None, None, "展期", "≥90天"),
        (None, "质量指标", "借展文物安全交接完成率", "=100%"),
        (None, "时效指标", "开展时间", "2025年8月31日前"),
        (None, "成本指标", "单件借展文物运输保险成本", "≤0.3万元/件"),
        ("效益指标", "社会效益指标", "接待观众人次", "≥30000人次"),
        (None, "可持续影响指标", "馆际合作协议签订", "≥2份"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目支出明细", "明细项目", None, "金额（万元）", "测算依据", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    lines = [("借展文物运输及保险", 36, "120件×0.3万元"), ("展陈设计制作", 28, "展厅600平方米"),
             ("宣传推广", 6, "海报、新媒体"), ("合计", 70, None)]  # fmt: skip
    for name, amount, basis in lines:
        s.row(None, name, None, wan(amount), basis, None, merge=[(2, 3), (5, 6)])
    notes(s, "填表说明：1.金额单位为万元；2.指标值中“=100%”表示全部安全交接。")
    sign(s, "陆芷岩", "0771-6240863", (2024, 10, 27))
    return b
