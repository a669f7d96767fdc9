"""The family-doctor contract service (kar07–kar12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout710.common import (
    BUREAU,
    FENGLING,
    LUWAN,
    TONGPING,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout710.registry import variant
from tests.variants.kit import Book, mk, pct

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kar07-contract-department", (4, 12),
         "department, NAT-2021: budget and key tasks adding up, a goal count with its parts in "
         "brackets, a footnote explaining the total (correct)")  # fmt: skip
def kar07() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=FENGLING,
                    budget=[(wan(420), wan(360), wan(60), wan(250), wan(170))],
                    tasks=[("家庭医生签约服务", "组建团队、签约履约、上门服务", wan(95),
                            "签约重点人群6500人"),
                           ("慢性病随访管理", "高血压、糖尿病患者季度随访", wan(45),
                            "随访15200人次"),
                           ("宫颈癌筛查组织", "动员适龄妇女参检、阳性随访", wan(30),
                            "动员参检1500人"),
                           ("金额合计", None, wan(170), None)],
                    goal="组建家庭医生团队9个，签约重点人群6500人（其中65岁以上老年人4200人、"
                         "高血压糖尿病患者2300人），随访慢性病患者15200人次，动员适龄妇女参加"
                         "宫颈癌筛查1500人。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "家庭医生签约团队数", "≥9个"),
        (None, None, "重点人群签约人数", "≥6500人"),
        (None, None, "65岁以上老年人签约人数", "≥4200人"),
        (None, None, "慢性病患者随访人次", "≥15200人次"),
        (None, None, "动员适龄妇女参加宫颈癌筛查人数", "≥1500人"),
        (None, "质量指标", "签约居民健康档案合格率", "≥95%"),
        (None, "时效指标", "签约服务包年内履约完成时限", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "签约服务人均经费", "≤146元/人"),
        ("效益指标", "社会效益指标", "重点人群签约覆盖率", "≥75%"),
        (None, "可持续影响指标", "家庭医生团队绩效考核机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ]
    indicators(s, ONE_HEAD, rows)
    notes(s, "注：重点人群签约人数6500人含65岁以上老年人4200人、高血压糖尿病患者2300人；"
             "人均经费146元 × 6500人 = 94.9万元，在签约任务95万元以内。")  # fmt: skip
    sign(s, "黎安禾", "6612580", boss="韦承林")
    return b


@variant("kar08-contract-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "the goal's team count given otherwise by the indicator")  # fmt: skip
def kar08() -> Book:
    b, s = start()
    total = mk(wan(380), "B101", "error", note="基本支出230 + 项目支出140 = 370 ≠ 380")
    tasks_total = mk(wan(140), "B102", "error", note="80 + 38 + 18 = 136 ≠ 140")
    department_head(s, year=2025, dept=LUWAN,
                    budget=[(total, wan(330), wan(50), wan(230), wan(140))],
                    tasks=[("家庭医生签约服务", "签约、履约和上门服务", wan(80), "签约5000人"),
                           ("慢性病随访管理", "季度面对面随访", wan(38), "随访12800人次"),
                           ("健康教育", "讲座和入户宣传", wan(18), "讲座24场"),
                           ("金额合计", None, tasks_total, None)],
                    goal="组建家庭医生签约团队12个，签约重点人群5000人，随访慢性病患者12800人次，"
                         "开展健康教育讲座24场。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "家庭医生签约团队数",
         mk("≥10个", "D104", "warning", row=True, note="年度总体目标写组建团队12个")),
        (None, None, "重点人群签约人数", "≥5000人"),
        (None, None, "慢性病患者随访人次", "≥12800人次"),
        (None, None, "健康教育讲座场次", "≥24场"),
        (None, "质量指标", "签约服务履约率", "≥90%"),
        (None, "时效指标", "上门服务预约响应时限", "≤2个工作日"),
        ("成本指标", "经济成本指标", "签约服务人均经费", "≤150元/人"),
        ("效益指标", "社会效益指标", "重点人群签约覆盖率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ONE_HEAD, rows)
    sign(s, "覃一帆", "6647021")
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kar09-contract-flat", (1, 3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, 0起 on a dispute count, weights adding to 100 (correct)")  # fmt: skip
def kar09() -> Book:
    b, s = start(widths=(30, 10, 12, 12, 14, 12))
    department_head(s, year=2025, dept=TONGPING,
                    budget=[(wan(300), wan(260), wan(40), wan(190), wan(110))],
                    goal="组建家庭医生团队8个，签约重点人群5200人，签约居民年度健康评估完成率90%"
                         "以上，续约率80%以上。")  # fmt: skip
    rows = [
        ("家庭医生签约服务团队", 10, "个", "≥", 8),
        ("重点人群签约人数", 15, "人", "≥", 5200),
        ("重点人群签约率", 15, "%", "≥", pct(0.72)),
        ("签约居民年度健康评估完成率", 10, "%", "≥", pct(0.9)),
        ("签约服务医疗纠纷", 10, "起", "≤", 0),
        ("签约服务人均经费", 10, "元/人", "≤", 150),
        ("签约居民续约率", 15, "%", "≥", pct(0.8)),
        ("签约居民满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ]
    indicators(s, FLAT_HEAD, rows, merged=())
    notes(s, "注：人均经费150元 × 5200人 = 78万元，在项目支出110万元以内。")
    sign(s, "陆知秋", "6630418")
    return b


@variant("kar10-contract-flat-wrong", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): the same "
         "indicator twice with different values, weights adding to 95")  # fmt: skip
def kar10() -> Book:
    b, s = start(widths=(30, 14, 12, 10, 14, 12))
    department_head(s, year=2025, dept=FENGLING,
                    budget=[(wan(260), wan(230), wan(30), wan(170), wan(90))],
                    goal="签约重点人群4800人，签约居民健康档案合格率95%以上，"
                         "签约居民满意度90%以上。")  # fmt: skip
    rows = [
        ("家庭医生签约服务团队", "≥7", "个", 10),
        ("重点人群签约人数", "≥4800", "人", 15),
        ("签约居民健康档案合格率", "≥95%", "%", 10),
        ("上门巡诊服务人次", "≥1600", "人次", 10),
        ("签约服务人均经费", "≤150", "元/人", 10),
        (mk("重点人群签约人数", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标填了两次，值不同（4800 / 4500）"), "≥4500", "人", 15),
        ("签约居民续约率", "≥80%", "%", 10),
        ("签约居民满意度", "≥90%", "%", 15),
    ]  # fmt: skip
    indicators(s, ("指标名称", "指标值", "计量单位", "权重"), rows, merged=())
    b.file_mark("W101", "error", note="权重 10+15+10+10+10+15+10+15 = 95，应为 100")
    sign(s, "黎安禾", "6612580")
    return b


@variant("kar11-contract-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标) and an indicator score column, 100 both ways, a renewal rate "
         "raised in 百分点 (correct)")  # fmt: skip
def kar11() -> Book:
    b, s = start()
    project_head(s, year=2025, name="枫岭镇家庭医生签约履约提升项目", dept=BUREAU,
                 unit=FENGLING, money=one_year(60, 50, 10),
                 goals=["签约服务5600人，上门随访2400人次，签约服务履约率90%以上，"
                        "签约居民续约率比上年提高3个百分点以上。"])  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "1.签约服务人数", "≥5600人", 10),
        (None, None, "2.上门随访服务人次", "≥2400人次", 10),
        (None, "（二）质量指标", "3.签约服务履约率", "≥90%", 10),
        (None, None, "4.签约居民健康档案合格率", "≥95%", 10),
        (None, "（三）时效指标", "5.上级医院转诊预约响应时限", "≤2个工作日", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "6.签约服务人均补助", "≤100元/人", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "7.签约居民续约率", "提高≥3百分点", 15),
        (None, "（二）可持续影响指标", "8.家庭医生团队考核机制", "健全", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.签约居民满意度", "≥90%", 10),
        ("合计（100分）", None, None, None, 100),
    ]  # fmt: skip
    indicators(s, (*ONE_HEAD, "分值"), rows)
    notes(s, "注：人均补助100元 × 5600人 = 56万元，其余4万元用于团队培训。")
    sign(s, "黎安禾", "6612580", boss="韦承林")
    return b


@variant("kar12-contract-points-wrong", (5, 10),
         "project, NAT-2021, tier-1 score column beside indicator scores: a tier's scores not "
         "adding to its points, a visit count under 质量, last year's year left in the "
         "goal")  # fmt: skip
def kar12() -> Book:
    b, s = start(widths=(14, 8, 16, 30, 14, 10))
    project_head(s, year=2025, name="芦湾镇家庭医生上门服务项目", dept=BUREAU, unit=LUWAN,
                 money=one_year(40, 34, 6),
                 goals=[mk("2024年完成重点人群签约4200人，为失能半失能老人提供上门服务1800人次，"
                           "签约居民满意度90%以上。", "Y103", "warning", alt=("Y101",),
                           note="2025年度的申报表，年度目标仍写2024年")])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
    rows = [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值 15+15+15 = 45 ≠ 50"),
         "数量指标", "重点人群签约人数", "≥4200人", 15),
        (None, None, "质量指标", mk("失能半失能老人上门服务人次", "F201", "warning", row=True,
                                    note="服务人次是数量指标，填在质量指标下"), "≥1800人次", 15),
        (None, None, "时效指标", "上门服务预约响应时限", "≤2个工作日", 15),
        ("成本指标", 10, "经济成本指标", "每人次上门服务补助", "≤150元/人次", 10),
        ("效益指标", 30, "社会效益指标", "失能老人健康状况评估覆盖率", "≥85%", 15),
        (None, None, "可持续影响指标", "上门服务工作规范", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "签约居民满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, head, rows, merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False, note="指标分值合计95，随W103而来，可接受")
    sign(s, "覃一帆", "6647021")
    return b
