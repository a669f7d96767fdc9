"""A largemouth bass fingerling hatchery (hy07–hy12): a flat department list, tier labels with
points, abbreviated labels, department money, notes under the table and last year's leftovers."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout691.common import (
    SEEDS,
    notes,
    one_year,
    project,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout691.registry import variant
from tests.variants.kit import Book, day, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值", "备注")

HY07 = [
    ("水花苗繁育量", 15, "万尾", "≥", 3000),
    ("驯食苗出苗量", 15, "万尾", "≥", 800),
    ("向本市养殖户供苗量", 10, "万尾", "≥", 600),
    ("驯食成功率", 10, "%", "≥", pct(0.75)),
    ("苗种检疫合格率", 10, "%", "=", pct(1)),
    ("亲鱼更新数量", 5, "组", "≥", 200),
    ("苗种病害发生率", 5, "%", "≤", pct(0.05)),
    ("单尾驯食苗生产成本", 10, "元/尾", "≤", 0.1),
    ("供苗养殖户", 10, "户", "≥", 150),
    ("购苗养殖户满意度", 10, "%", "≥", pct(0.9)),
]  # fmt: skip


@variant("hy07-fry-flat-department", (1, 3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights 100, budget and tasks adding up, a goal count that is a "
         "part of another (correct)")  # fmt: skip
def hy07() -> Book:
    b, s = start("部门整体")
    department_head(
        s, year=2025, dept=SEEDS,
        budget=[(wan(620), wan(540), wan(80), wan(230), wan(390))],
        tasks=[("亲鱼培育", "选育更新鲈鱼亲鱼200组", wan(120), "亲鱼存栏稳定"),
               ("苗种繁育", "人工催产孵化水花苗", wan(180), "水花苗3000万尾以上"),
               ("驯食标粗", "水花苗驯食配合饲料至3厘米", wan(90), "驯食苗800万尾以上"),
               ("金额合计", None, wan(390), None)],
        goal="全年繁育鲈鱼水花苗3000万尾以上，培育驯食苗800万尾以上，其中向本市养殖户供苗"
             "600万尾以上，苗种检疫全覆盖。")  # fmt: skip
    s.skip()
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), HY07, merged=())
    sign(s, "覃素梅", "0768-7712308", day(2024, 11, 20))
    return b


HY08 = [
    ("一、成本指标（10分）", "（一）经济成本指标", "1.驯食苗单尾培育成本", "≤0.12元/尾", 10),
    ("二、产出指标（50分）", "（一）数量指标", "1.推广驯食标粗技术的苗种场", "≥12家", 15),
    (None, None, "2.培育驯食苗", "≥400万尾", 15),
    (None, "（二）质量指标", "1.驯食成功率较上年提高", "≥3百分点", 10),
    (None, "（三）时效指标", "1.技术推广完成时间", "2025年11月30日前", 10),
    ("三、效益指标（30分）", "（一）经济效益指标", "1.示范场苗种销售收入增加", "≥80万元", 10),
    (None, "（二）社会效益指标", "1.本市鲈鱼苗种自给率", "≥70%", 10),
    (None, "（三）可持续影响指标", "1.驯食标粗技术规范", "形成并推广应用", 10),
    ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.示范苗种场满意度", "≥90%", 10),
    ("合计（100分）", None, None, None, 100),
]  # fmt: skip


@variant("hy08-fry-points-two-levels", (5, 10),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（50分）, "
         "（一）, 1.) and an indicator score column, both adding to 100, a rate raised "
         "in 百分点 (correct)")  # fmt: skip
def hy08() -> Book:
    b, s = start()
    project(s, name="鹭汀市鲈鱼苗种驯食标粗技术推广", unit="鹭汀市水产技术推广总站",
            dept="鹭汀市农业农村局（207）", money=one_year(60, 50, 10),
            goals=("在12家苗种场推广鲈鱼驯食标粗技术，培育驯食苗400万尾以上，驯食成功率较上年"
                   "提高3个百分点以上。",))  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), HY08)
    sign(s, "骆青禾", "0768-2236514", day(2024, 12, 2))
    return b


HY09 = [
    ("*产出", "数量", "引进选育亲本", "≥300组", None),
    (None, None, "培育鲈鱼苗", "≥1500万尾", None),
    (None, "质量", "亲本检疫合格率", "100%", None),
    (None, None, "鱼苗出池规格合格率", "≥90%", "全长≥2.5厘米"),
    (None, "时效", "亲本引进完成时间", "2025年4月30日前", None),
    (None, None, "苗种培育成活率",
     mk("≥80%", "F201", "warning", row=True, note="成活率是质量指标，却填在时效下"), None),
    (None, "成本", "单组亲本引进成本", "≤1200元/组", None),
    ("*效益", "社会效益", "本地鲈鱼苗自给率较上年提高", "≥5百分点", None),
    (None, "可持续影响", "出池鱼苗规格合格率",
     mk("≥90%", "D103", "warning", row=True, alt=("D101", "F201"),
        note="与质量下的“鱼苗出池规格合格率”是同一指标，换了语序、换了二级指标"), None),
    ("*满意度", "服务对象满意度", "购苗养殖户满意度", "≥90%", None),
]  # fmt: skip


@variant("hy09-fry-wrong-tier", (5,),
         "project, OLD-NAT, abbreviated tier labels with * marks: a survival rate under 时效, "
         "the same rate again under 可持续影响 with its words reordered")  # fmt: skip
def hy09() -> Book:
    b, s = start()
    project(
        s,
        name="泓川县鲈鱼苗种场亲本更新",
        unit=SEEDS,
        money=one_year(45, 40, 5),
        goals=("引进选育鲈鱼亲本300组，4月底前完成，全年培育鲈鱼苗1500万尾以上。",),
    )
    table(s, ONE, HY09)
    sign(s, "骆青禾", "0768-2236514", day(2024, 11, 19))
    return b


HY10 = [
    ("成本指标", "经济成本指标", "鱼苗单尾繁育成本", "≤0.04元/尾"),
    ("产出指标", "数量指标", "繁育鲈鱼苗",
     mk("≥2500万尾", "D104", "warning", row=True, note="年度总体目标写繁育鲈鱼苗3000万尾")),
    (None, None, "苗种病害监测", "≥120批次"),
    (None, None, "养殖技术服务", "≥200场次"),
    (None, "质量指标", "苗种检疫合格率", "100%"),
    (None, "时效指标", "监测结果报送及时率", "≥95%"),
    ("效益指标", "社会效益指标", "本市养殖户苗种供应保障率", "≥80%"),
    (None, "可持续影响指标", "苗种病害监测网络", "持续运行"),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
]  # fmt: skip


@variant("hy10-fry-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "a count the 年度总体目标 states otherwise")  # fmt: skip
def hy10() -> Book:
    b, s = start()
    total = mk(wan(480), "B101", "error", note="基本支出180+项目支出290=470，不是480")
    sum_ = mk(wan(290), "B102", "error", note="150+80+70=300，不是290")
    department_head(
        s, year=2025, dept="鹭汀市水产苗种站",
        budget=[(total, wan(400), wan(80), wan(180), wan(290))],
        tasks=[("苗种繁育", "鲈鱼人工繁育与标粗", wan(150), "繁育鲈鱼苗3000万尾"),
               ("技术服务", "养殖户现场技术服务", wan(80), "服务200场次"),
               ("病害监测", "苗种场病害抽样监测", wan(70), "监测120批次"),
               ("金额合计", None, sum_, None)],
        goal="全年繁育鲈鱼苗3000万尾，开展苗种病害监测120批次，为养殖户提供技术服务200场次，"
             "苗种检疫合格率100%。")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), HY10)
    sign(s, "龚柏林", "0768-7735092", day(2024, 11, 22))
    return b


HY11A = [
    ("产出指标", "数量指标", "购置苗种检测设备", "≥6台套", None),
    (None, None, "苗种质量抽检", "≥200批次", "全年累计"),
    (None, "质量指标", "检测报告准确率", "≥98%", None),
    (None, "时效指标", "抽检结果出具时间", "≤5个工作日", None),
    (None, "成本指标", "检测设备平均单价", "≤10万元/台套", "见注1"),
]  # fmt: skip

HY11B = [
    ("效益指标", "社会效益指标", "苗种质量问题投诉", "≤2起", "反向指标"),
    (None, "可持续影响指标", "全市苗种场检测覆盖率", "≥80%", None),
    ("满意度指标", "服务对象满意度指标", "送检苗种场满意度", "≥90%", None),
]  # fmt: skip


@variant("hy11-fry-notes-page-break", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, the header "
         "repeated after a page break, notes explaining a total, 填表说明, signature and a fill "
         "date in the year before (correct)")  # fmt: skip
def hy11() -> Book:
    b, s = start()
    project(s, name="鹭汀市鲈鱼苗种质量检测能力提升", unit=SEEDS, money=one_year(75, 60, 15),
            dept="鹭汀市农业农村局（207）",
            goals=("购置苗种检测设备6台套，全年抽检鲈鱼苗种200批次以上，检测结果5个工作日内"
                   "出具。",))  # fmt: skip
    s.row("（以下数量指标按全年累计填报）", merge=[(1, 5)])
    table(s, ONE, HY11A)
    s.row("（续表）", merge=[(1, 5)])
    table(s, ONE, HY11B)
    notes(s, "注1：6台套检测设备合计不超过60万元，由财政拨款安排；其他资金15万元为良种场自筹，"
             "用于试剂耗材。",
          "填表说明：指标值须含比较符和计量单位；反向指标以“≤”填写。", width=5)  # fmt: skip
    sign(s, "骆青禾", "0768-2236514", day(2024, 11, 18), boss="邝远山")
    return b


HY12 = [
    ("产出指标", "数量指标", "扶持鲈鱼苗种场", "≥4家", None),
    (None, None, "繁育优质鲈鱼苗", "≥2000万尾", None),
    (None, "质量指标", "苗种检疫合格率", "100%", None),
    (None, None, "（示例）鱼苗成活率",
     mk("≥XX%", "X101", "error", row=True, note="模板的示例行没有删去"), "示例行"),
    (None, "时效指标", "补助资金发放时间",
     mk("2024年10月31日前", "Y102", "error", row=True, alt=("Y103",),
        note="2025年度项目，期限却是上一年的日期（照抄上年申报表）"), None),
    (None, "成本指标", "单场补助标准", "≤10万元/家", None),
    ("效益指标", "经济效益指标", "扶持苗种场新增销售收入", "≥120万元", None),
    ("满意度指标", "服务对象满意度指标", "受扶持苗种场满意度", "≥90%", None),
]  # fmt: skip


@variant("hy12-fry-last-year-leftovers", (6,),
         "project, OLD-NAT, one value column: a goal and a deadline left over from last year's "
         "return, a template example row left in")  # fmt: skip
def hy12() -> Book:
    b, s = start()
    goal = mk("扶持鲈鱼苗种场4家，繁育优质鲈鱼苗2000万尾以上，完成2024年度鲈鱼良种繁育补助"
              "资金发放。", "Y103", "warning",
              note="2025年度一年期项目，年度目标仍写2024年度的任务")  # fmt: skip
    project(
        s,
        name="泓川县鲈鱼良种繁育补助",
        unit="泓川县渔业发展服务中心",
        money=one_year(50, 45, 5),
        goals=(goal,),
    )
    table(s, ONE, HY12)
    sign(s, "龚柏林", "0768-7735092", day(2024, 12, 6))
    return b
