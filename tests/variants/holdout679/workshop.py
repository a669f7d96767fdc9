"""The 板鸭 (salted-duck) workshop: department returns with tasks, flat lists, points at two
levels (hm07–hm12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout679.common import DEPT, YEAR, book, grid, one_year, sign, w
from tests.variants.holdout679.registry import variant
from tests.variants.kit import Book, mk, pct

WEIGHT = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
STATION = "澄岗县畜禽产品加工指导站"


@variant("hm07-workshop-department", (12,),
         "department, NAT-2021, budget and key tasks adding up to 金额合计 = 项目支出, a weight "
         "column adding to 100, a 车间 unit cost within its task's money (correct)")  # fmt: skip
def workshop_department() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=STATION,
                    budget=[(w(430), w(400), w(30), w(250), w(180))],
                    tasks=[("板鸭车间改造", "改造腌制、晾挂、烘干车间1200平方米", w(110),
                            "车间通过食品生产许可现场核查"),
                           ("板鸭质量安全抽检", "抽检成品板鸭", w(40), "抽检不少于300批次"),
                           ("腌制技术培训", "培训板鸭腌制工", w(30), "培训200人次"),
                           ("金额合计", None, w(180), None)],
                    goal="改造板鸭车间1200平方米，抽检成品板鸭300批次以上，培训腌制工200人次，"
                         "成品抽检合格率不低于98%。")  # fmt: skip
    grid(s, WEIGHT, [
        ("产出指标", "数量指标", "板鸭车间改造面积", "≥1200平方米", 15),
        (None, None, "成品板鸭抽检批次", "≥300批次", 10),
        (None, None, "培训板鸭腌制工", "≥200人次", 10),
        (None, "质量指标", "成品板鸭抽检合格率", "≥98%", 10),
        (None, None, "车间改造工程验收合格率", "=100%", 10),
        (None, "时效指标", "车间改造完成时间", "2026年9月30日前", 10),
        ("成本指标", "经济成本指标", "车间改造单位造价", "≤900元/平方米", 10),
        ("效益指标", "经济效益指标", "板鸭加工产值增长率", "≥8%", 5),
        (None, "社会效益指标", "带动周边养鸭户", "≥150户", 10),
        ("满意度指标", "服务对象满意度指标", "板鸭加工企业满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "韦松岩", "0771-6630418")
    return b


@variant("hm08-workshop-department-money", (12,),
         "department, NAT-2021, weight column: 资金总额 not the sum of its parts, tasks not "
         "adding to 金额合计, the goal's workshop area against the indicator")  # fmt: skip
def workshop_money() -> Book:
    b, s = book()
    total = mk(
        w(460),
        "B101",
        "error",
        note="资金总额460 ≠ 财政拨款400 + 其他资金30 = 基本支出250 + 项目支出180",
    )
    sum_ = mk(w(180), "B102", "error", note="任务金额120 + 45 + 25 = 190，合计写180")
    department_head(s, year=YEAR, dept="澄岗县芦湾镇农产品加工服务站",
                    budget=[(total, w(400), w(30), w(250), w(180))],
                    tasks=[("板鸭车间改造", "改造腌制、晾挂车间1200平方米", w(120),
                            "车间通过现场核查"),
                           ("板鸭质量安全抽检", "抽检成品板鸭", w(45), "抽检不少于260批次"),
                           ("腌制技术培训", "培训板鸭腌制工", w(25), "培训160人次"),
                           ("金额合计", None, sum_, None)],
                    goal="改造板鸭腌制、晾挂车间1500平方米，抽检成品板鸭260批次以上，"
                         "培训腌制工160人次。")  # fmt: skip
    grid(s, WEIGHT, [
        ("产出指标", "数量指标", "板鸭车间改造面积", mk(
            "≥1200平方米", "D104", "warning", row=True,
            note="年度总体目标写改造1500平方米，指标为1200平方米"), 15),
        (None, None, "成品板鸭抽检批次", "≥260批次", 10),
        (None, None, "培训板鸭腌制工", "≥160人次", 10),
        (None, "质量指标", "成品板鸭抽检合格率", "≥98%", 10),
        (None, "时效指标", "车间改造完成时间", "2026年10月31日前", 10),
        ("成本指标", "经济成本指标", "车间改造单位造价", "≤950元/平方米", 15),
        ("效益指标", "经济效益指标", "板鸭加工产值增长率", "≥6%", 10),
        (None, "社会效益指标", "带动周边养鸭户", "≥120户", 10),
        ("满意度指标", "服务对象满意度指标", "板鸭加工企业满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("hm09-workshop-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed "
         "percent cells, weights adding to 100, 0起 on an incident count, a 下降率 with ≥ "
         "(correct)")  # fmt: skip
def workshop_flat() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="澄岗县汊湖乡农产品加工服务站",
                    budget=[(w(290), w(270), w(20), w(190), w(100))],
                    tasks=[("板鸭腌制车间改造", "改造腌制车间800平方米", w(70), "通过验收"),
                           ("板鸭加工技术推广", "推广低盐腌制工艺", w(30), "加工板鸭25万只"),
                           ("金额合计", None, w(100), None)],
                    goal="改造板鸭腌制车间800平方米，全年加工板鸭25万只以上，成品抽检合格率98%"
                         "以上，不发生食品安全事故。")  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("腌制车间改造面积", 15, "平方米", "≥", 800),
        ("板鸭加工量", 15, "万只", "≥", 25),
        ("成品板鸭抽检合格率", 15, "%", "≥", pct(0.98)),
        ("食品安全事故发生数", 10, "起", "=", 0),
        ("单位产品能耗下降率", 10, "%", "≥", pct(0.05)),
        ("车间改造单位造价", 10, "元/平方米", "≤", 850),
        ("带动养鸭户增收总额", 15, "万元", "≥", 300),
        ("板鸭经营主体满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "覃若溪", "0771-6631207")
    return b


@variant("hm10-workshop-flat-duplicate", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as "
         "direction · 计量单位 · 权重): the same rate twice with different values, weights "
         "short of 100")  # fmt: skip
def workshop_flat_dup() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="澄岗县蒲溪乡农产品加工服务站",
        budget=[(w(210), w(200), w(10), w(150), w(60))],
        tasks=[
            ("板鸭晾挂车间改造", "改造晾挂车间500平方米", w(40), "通过验收"),
            ("板鸭品质检测", "检测成品板鸭", w(20), "检测200批次"),
            ("金额合计", None, w(60), None),
        ],
        goal="改造板鸭晾挂车间500平方米，检测成品板鸭200批次，成品抽检合格率98%以上。",
    )
    s.row("年度绩效指标")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("晾挂车间改造面积", "≥500", "正向", "平方米", 15),
        ("成品板鸭检测批次", "≥200", "正向", "批次", 15),
        ("板鸭成品抽检合格率", "≥98%", "正向", "%", 15),
        ("车间改造单位造价", "≤800", "反向", "元/平方米", 10),
        ("成品板鸭抽检合格率", mk(
            "≥96%", "D102", "error", row=True, alt=("D103", "D101"),
            note="与第三行是同一指标（词序不同），指标值却不同"), "正向", "%", 10),
        ("板鸭加工产值增长率", "≥5%", "正向", "%", 10),
        ("板鸭经营主体满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 15+15+15+10+10+10+15 = 90，应为 100")
    return b


@variant("hm11-salted-duck-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标), "
         "an indicator score column adding to 100 as the tier points do, a rise in 百分点, "
         "two unit costs within the money (correct)")  # fmt: skip
def salted_duck_points() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="澄岗县板鸭传统技艺传承与品质提升项目", dept=DEPT,
                 unit=STATION, money=one_year(65, 55, 10),
                 goals=["建设板鸭晾晒风干示范线2条，培训传承学徒40名，板鸭优质品率比上年提高3个"
                        "百分点以上。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "建设晾晒风干示范线", "≥2条", 10),
        (None, None, "培训板鸭技艺传承学徒", "≥40人", 10),
        (None, "（二）质量指标", "板鸭优质品率提高幅度", "≥3百分点", 10),
        (None, None, "示范线验收合格率", "=100%", 10),
        (None, "（三）时效指标", "示范线投产时间", "2026年8月31日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "示范线单条建设成本", "≤25万元/条", 10),
        (None, None, "学徒培训人均成本", "≤3000元/人", 10),
        ("三、效益指标（20分）", "（一）经济效益指标", "板鸭销售收入增长率", "≥10%", 10),
        (None, "（二）可持续影响指标", "编制板鸭腌制技术规程", "≥1项", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "学徒满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("hm12-salted-duck-points-wrong", (5, 10),
         "project, NAT-2021, a tier-1 score column beside an indicator score column: 产出 scores "
         "short of the tier's, a 合格率 under 时效, an equipment count × unit price above "
         "the money")  # fmt: skip
def salted_duck_wrong() -> Book:
    b, s = book("绩效目标", (14, 8, 14, 28, 18, 8))
    project_head(
        s,
        year=YEAR,
        name="菱塘镇板鸭风干设备更新项目",
        dept=DEPT,
        unit="菱塘镇农业综合服务站",
        money=one_year(60, 50, 10),
        goals=["购置板鸭风干设备4台，更新腌制、风干生产线1条，成品合格率稳定在98%以上。"],
    )
    tier = mk(50, "W103", "error", note="产出指标50分，其下指标分值 10+10+10+10+5 = 45")
    grid(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", tier, "数量指标", "购置板鸭风干设备", "≥4台", 10),
        (None, None, None, "更新腌制风干生产线", "≥1条", 10),
        (None, None, "质量指标", "设备安装验收合格率", "=100%", 10),
        (None, None, "时效指标", "设备安装调试完成时间", "2026年6月30日前", 10),
        (None, None, None, "成品板鸭出厂合格率", mk(
            "≥98%", "F201", "warning", row=True, note="合格率是质量指标，却填在时效下"), 5),
        ("成本指标", 20, "经济成本指标", "风干设备购置单价", mk(
            "≤18万元/台", "B107", "warning", row=True,
            note="18万元/台 × 4台 = 72万元，超过项目资金60万元"), 20),
        ("效益指标", 20, "经济效益指标", "板鸭加工能耗降低率", "≥8%", 10),
        (None, None, "可持续影响指标", "设备使用年限", "≥8年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "加工户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="指标分值合计95，是产出指标少给5分的后果，可以容忍")  # fmt: skip
    return b
