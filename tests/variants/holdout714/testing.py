"""Returns kav07–kav12: grain-quality testing (粮食质量检验监测)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout714.common import HEAD4, HEAD_OP, book, indicators, notes, sign
from tests.variants.holdout714.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
DEPT = "汶岗区粮食和物资储备中心 523011"


@variant(
    "kav07-flat-station",
    (3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent, goal's counts the parts of an indicator's "
    "(correct)",
)
def kav07() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="汶岗区粮食质量检验监测站",
                    budget=[(860, 800, 60, 520, 340)],
                    tasks=[("粮食质量安全监测", "收购、库存环节抽样检测", 180, "检测样品1200份"),
                           ("收获粮食质量调查", "新收获小麦、玉米品质测报", 90, "调查报告2份"),
                           ("检验能力建设", "仪器检定校准及人员培训", 70, "检定仪器40台套"),
                           ("金额合计", None, 340, None)],
                    goal="全年完成粮食质量安全监测样品1200份（其中收获环节800份、库存环节400份），"
                         "形成收获粮食质量调查报告2份。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("样品检测数量", 20, "份", "≥", 1200),
        ("收获粮食质量调查报告", 10, "份", "≥", 2),
        ("仪器设备检定校准数量", 10, "台套", "≥", 40),
        ("检测报告出具及时率", 15, "%", "≥", pct(0.98)),
        ("检测结果差错率", 15, "%", "≤", 1),
        ("超标粮食处置率", 15, "%", "=", 100),
        ("送检单位满意度", 15, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "韦晓岚", "0762-3318025", day(2025, 11, 26))
    return b


@variant(
    "kav08-flat-center-wrong",
    (3,),
    "department, flat list: goal's sample count against "
    "the indicator, weights adding to 90, one indicator twice with two values",
)
def kav08() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="栖梧县粮油质量检测中心", budget=[(620, 580, 40, 410, 210)],
                    tasks=[("粮油质量抽检", "库存和收购粮油抽样检测", 150, "检测样品1500份"),
                           ("检测室运行维护", "试剂耗材及仪器维护", 60, "检测室正常运行"),
                           ("金额合计", None, 210, None)],
                    goal="全年完成粮油样品检测1500份，检测结果按时上报。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("样品检测数量", 20, "份", "≥",
         mk(1200, "D104", "warning", row=True, note="年度总体目标和任务都写1500份")),
        ("检测结果上报及时率", 20, "%", "≥", 95),
        ("检测数据准确率", 15, "%", "≥", 98),
        ("检测结果及时上报率", 10, "%", "≥",
         mk(90, "D102", "error", row=True, alt=("D103", "D101"), note="与上报及时率是同一指标")),
        ("仪器设备完好率", 10, "%", "≥", 95),
        ("送检单位满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20+20+15+10+10+15=90，应为100")
    return b


@variant(
    "kav09-stock-sampling",
    (4, 11, 12),
    "project, OLD-NAT, operator and unit columns, "
    "成本 under 产出, a footnote explaining a total, prior-year fill date (correct)",
)
def kav09() -> Book:
    b, s = book()
    project_head(s, year=2026, name="地方储备粮质量和储存品质抽检",
                 dept="栖梧县粮食和物资储备局 417003",
                 unit="栖梧县粮油质量检测中心", attr="常年项目",
                 money=[("年度资金总额", 60, "其中：财政拨款", 60), ("其他资金", 0, None, None)],
                 goals=["对全县6个承储库点的地方储备粮开展质量和储存品质抽检，检测样品1200份"
                        "（含复检样品120份）。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "抽检库点数量", "≥", 6, "个"),
        (None, None, "检测样品数量", "≥", 1200, "份"),
        (None, "质量指标", "检测数据准确率", "≥", 98, "%"),
        (None, "时效指标", "检测报告出具时限", "≤", 15, "工作日"),
        (None, "成本指标", "单份样品检测费用", "≤", 450, "元/份"),
        ("效益指标", "社会效益指标", "不宜存粮食发现处置率", "=", 100, "%"),
        (None, None, "检测结果偏差率", "≤", 2, "%"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥", 90, "%"),
    ])  # fmt: skip
    notes(s, "注：检测样品数量1200份含复检样品120份，检测费用按450元/份测算，合计54万元。",
          "填表说明：指标性质填写≥、≤或=。")  # fmt: skip
    sign(s, "戴永川", "0739-5526714", day(2025, 11, 18))
    return b


@variant(
    "kav10-harvest-survey-dates",
    (12,),
    "project, NAT-2021: plan dates from last year, a "
    "count under 质量, unit cost × samples above the money",
)
def kav10() -> Book:
    b, s = book()
    project_head(s, year=2026, name="收获粮食质量调查和品质测报", dept=DEPT,
                 unit="汶岗区粮食质量检验监测站",
                 start=mk(day(2025, 3, 1), "Y101", "error", row=True, alt=("Y102",),
                          note="标题2026年度，计划起止日期却是2025年"),
                 end=day(2025, 12, 31),
                 money=[("年度资金总额", 75, "其中：财政拨款", 70), ("其他资金", 5, None, None)],
                 goals=["完成新收获小麦、玉米质量调查和品质测报样品1500份，"
                        "发布质量报告2期。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "发布质量调查报告", "≥2期"),
        (None, "质量指标", "检测样品数量", mk("≥1500份", "F201", "warning", row=True,
                                          note="数量指标填在质量下")),
        (None, None, "检测数据准确率", "≥98%"),
        (None, "时效指标", "质量报告发布时间", "收获后30日内"),
        ("成本指标", "经济成本指标", "单份样品检测成本", mk("≤600元/份", "B107", "warning",
                                                  note="600元×1500份=90万元，超过75万元")),
        ("效益指标", "社会效益指标", "优质粮食品种种植推广参考覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kav11-instrument-renewal",
    (1, 8, 10),
    "two-year project, NAT-2021, two-row header "
    "with 实施期 and 年度, typed 100%, rates raised in 百分点 (correct)",
)
def kav11() -> Book:
    b, s = book()
    project_head(s, year=2026, years=2, name="粮食质量检验仪器设备更新", dept=DEPT,
                 unit="汶岗区粮食质量检验监测站", attr="新增项目",
                 money=[("中期资金总额", 420, "年度资金总额", 260),
                        ("其中：财政拨款", 400, "其中：财政拨款", 250),
                        ("其他资金", 20, "其他资金", 10)],
                 goals=["两年更新检验仪器36台套，新增检测项目8项，检测能力覆盖率提高10个百分点。",
                        "2026年更新检验仪器20台套，新增真菌毒素等检测项目5项。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "实施期（2026—2027年）", "2026年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "更新检验仪器", "≥36台套", "≥20台套"),
        (None, None, "新增检测项目", "≥8项", "≥5项"),
        (None, "质量指标", "仪器检定合格率", pct(1.0), pct(1.0)),
        (None, "时效指标", "仪器安装调试完成时间", "2027年10月31日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "仪器购置平均单价", "≤11万元/台套", "≤11万元/台套"),
        ("效益指标", "社会效益指标", "检测能力覆盖率", "提高≥10百分点", "提高≥6百分点"),
        ("满意度指标", "服务对象满意度指标", "送检单位满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "kav12-dept-testing-wrong",
    (12,),
    "department, NAT-2021 tiers: tasks not adding to "
    "金额合计, goal's batches against the indicator, a satisfaction rate under 社会效益",
)
def kav12() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="汶岗区粮食和物资储备中心",
                    budget=[(900, 860, 40, 520, 380)],
                    tasks=[("粮食质量抽检", "政策性粮食和市场粮食抽检", 200, "抽检2000批次"),
                           ("检测室改造", "理化检测室通风和电路改造", 120, "年内完工"),
                           ("质量追溯平台运维", "平台运维和数据对接", 40, "平台稳定运行"),
                           ("金额合计", None, mk(380, "B102", "error", note="200+120+40=360"),
                            None)],
                    goal="全年完成粮食质量抽检2000批次，检测室改造年内完工。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "粮食质量抽检批次",
         mk("≥1800批次", "D104", "warning", note="年度总体目标写2000批次")),
        (None, "质量指标", "抽检结果准确率", "≥98%"),
        (None, "时效指标", "检测室改造完工时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单批次抽检成本", "≤1000元/批次"),
        ("效益指标", "社会效益指标", "送检企业满意度", mk("≥90%", "F201", "warning", row=True,
                                                  note="满意度填在社会效益下")),
        (None, None, "不合格粮食流入口粮市场", "0批次"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
