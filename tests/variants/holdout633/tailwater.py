"""Returns of 渔业养殖尾水治理 projects and departments: fs07-fs12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout633.common import (
    book,
    cash,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
)
from tests.variants.holdout633.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("fs07-tailwater-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), weights adding to 100, a 下降率 with ≥, 0起 "
         "(correct)")  # fmt: skip
def fs07() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="枫渚市渔业发展中心",
                    budget=[(cash(520), cash(480), cash(40), cash(220), cash(300))],
                    tasks=[("池塘养殖尾水治理", "治理池塘3000亩，建设处理设施25处", 180,
                            "尾水达标排放"),
                           ("渔业资源养护", "增殖放流、禁渔巡查", 120, "资源稳定"),
                           ("金额合计", None, 300, None)],
                    goal="治理养殖池塘3000亩，尾水排放口水质达标率90%以上。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重（分）", "计量单位", "指标性质", "指标值")
    s.table([
        ("养殖池塘尾水治理面积", 20, "亩", "≥", 3000),
        ("尾水处理设施建设数量", 15, "处", "≥", 25),
        ("尾水排放口水质达标率", 15, "%", "≥", pct(0.9)),
        ("养殖尾水总磷排放量下降率", 10, "%", "≥", 15),
        ("水产养殖病害发生率", 10, "%", "≤", 5),
        ("渔业安全生产事故数", 10, "起", "≤", 0),
        ("治理池塘亩均增收", 10, "元/亩", "≥", 300),
        ("养殖户满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("fs08-tailwater-subsidy", (7, 12), "project, OLD-NAT, headers 指标内容 and 绩效标准: "
         "the goal's area against the indicator, a subsidy standard × count above the money, "
         "last year's deadline")  # fmt: skip
def fs08() -> Book:
    b, s = book()
    goal = ("完成池塘养殖尾水治理面积800亩，建设“三池两坝”尾水处理设施12处，"
            "2025年11月底前全部通过验收。")  # fmt: skip
    project_head(s, year=2025, name="池塘养殖尾水治理补助项目", dept="溪鹤县农业农村局",
                 unit="溪鹤县水产技术推广站", money=one_year(150, 130, 20),
                 goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "尾水治理面积",
         mk("≥600亩", "D104", "warning", row=True, note="年度目标写800亩")),
        (None, None, "尾水处理设施建设数量", "≥12处"),
        (None, "质量指标", "出水水质达标率", "≥90%"),
        (None, "时效指标", "设施竣工验收时间",
         mk("2024年11月30日前", "Y102", "error", alt=("Y101", "Y103", "D104"),
            note="去年的期限，年度目标写2025年11月底")),
        (None, "成本指标", "单处设施建设补助标准",
         mk("≤15万元/处", "B107", "warning", row=True,
            note="12处 × 15万元 = 180万元，超过年度资金150万元")),
        ("效益指标", "生态效益指标", "尾水总氮排放削减率", "≥30%"),
        (None, "社会效益指标", "受益养殖户数", "≥60户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fs09-tailwater-two-sets", (8, 7), "two-year project, OLD-NAT, two complete column "
         "sets (二级/三级/指标值 for 中期, then for 年度) under a two-row header "
         "(correct)")  # fmt: skip
def fs09() -> Book:
    b, s = book()
    goals = ("2025—2026年完成20家规模养殖场尾水循环利用改造，建设生态沟渠18公里。",
             "2025年完成12家养殖场改造，建设生态沟渠10公里。")  # fmt: skip
    project_head(s, year=2025, years=2, name="规模养殖场尾水循环利用改造项目",
                 dept="漾川区农业农村局", unit="漾川区水产技术推广站",
                 money=multi_year((260, 220, 40), (140, 120, 20)), goals=goals)  # fmt: skip
    s.row("一级指标", "中期目标（2025—2026年）", None, None, "年度目标（2025年）",
          merge=[(2, 4), (5, 7)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r, start_column=1, end_row=s.r + 1, end_column=1)
    same = "尾水循环利用改造养殖场数"
    indicators(s, ("", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", same, "≥20家", "数量指标", same, "≥12家"),
        (None, None, "生态沟渠建设长度", "≥18公里", None, "生态沟渠建设长度", "≥10公里"),
        (None, "质量指标", "改造工程验收合格率", "=100%", "质量指标", "改造工程验收合格率",
         "=100%"),
        (None, "时效指标", "改造完成时间", "2026年10月31日前", "时效指标", "年度改造完成时间",
         "2025年12月31日前"),
        (None, "成本指标", "单家养殖场改造补助", "≤10万元/家", "成本指标", "单家养殖场改造补助",
         "≤10万元/家"),
        ("效益指标", "生态效益指标", "养殖尾水循环利用率", "≥80%", "生态效益指标",
         "养殖尾水循环利用率", "≥70%"),
        (None, "经济效益指标", "养殖用水成本下降率", "≥20%", "经济效益指标", "养殖用水成本下降率",
         "≥10%"),
        ("满意度指标", "服务对象满意度指标", "养殖场满意度", "≥90%", "服务对象满意度指标",
         "养殖场满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b


@variant("fs10-tailwater-duplicate", (5, 12), "project, NAT-2021, tier labels with * and ★: a "
         "total that is not its parts, an indicator repeated under two tier-2s, a rate under "
         "数量")  # fmt: skip
def fs10() -> Book:
    b, s = book()
    total = mk(95, "B101", "error", note="财政拨款70 + 其他资金15 = 85，不是95")
    project_head(s, year=2025, name="养殖尾水监测点位建设项目", dept="梧潭县农业农村局",
                 unit="梧潭县水产站", money=one_year(total, 70, 15),
                 goals=["新建养殖尾水监测点位8个，全年完成采样监测192批次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（年度）"), [
        ("*产出指标", "*数量指标", "★尾水监测点位建设数量", "≥8个"),
        (None, None, "尾水采样监测批次", "≥192批次"),
        (None, None,
         mk("尾水排放监测达标率", "F201", "warning", row=True,
            note="达标率是质量或效益指标，填在数量下"), "≥90%"),
        (None, "*时效指标", "监测点位建成时间", "2025年9月30日前"),
        (None, None,
         mk("★尾水监测点位建设数量", "D101", "warning", row=True, alt=("D102", "D103"),
            note="与数量指标下的同一指标重复"), "≥8个"),
        ("*成本指标", "经济成本指标", "单个监测点位建设成本", "≤6万元/个"),
        ("*效益指标", "生态效益指标", "监测区域尾水超标排放次数下降率", "≥20%"),
        ("*满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fs11-tailwater-footnotes", (4,), "project, OLD-NAT, operator and unit columns: a note "
         "row inside the table, a header repeated after a page break, a footnote explaining the "
         "total, 填表说明, signature and date lines (correct)")  # fmt: skip
def fs11() -> Book:
    b, s = book()
    goal = "新建尾水在线监测点位4个，使全区监测点位达到10个；全年巡查养殖场不少于300场次。"
    project_head(s, year=2025, name="养殖尾水在线监测与巡查项目", dept="漾川区农业农村局",
                 unit="漾川区渔政监督管理站", money=one_year(90, 80, 10),
                 goals=[goal])  # fmt: skip
    note(s, "注：年度资金总额90万元含上年结转财政资金10万元。")
    inside = s.r + 3
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "尾水在线监测点位数量", "≥", 10, "个"),
        (None, None, "注：点位数含上年已建6个、本年新建4个。", None, None, None),
        (None, None, "养殖场巡查场次", "≥", 300, "场次"),
        (None, "质量指标", "监测数据有效传输率", "≥", 95, "%"),
        (None, "时效指标", "超标预警处置时限", "≤", 48, "小时"),
        (None, "成本指标", "单个新建点位建设成本", "≤", 12, "万元/个"),
    ], merged=(1, 2))  # fmt: skip
    s.ws.merge_cells(start_row=inside, start_column=3, end_row=inside, end_column=6)
    s.row(*OP_HEAD)
    s.table([
        ("效益指标", "生态效益指标", "监测区域尾水达标率", "≥", 90, "%"),
        (None, "可持续影响指标", "在线监测运维机制", "=", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.指标性质填≥、≤或=；2.计量单位与指标值分列填写。")
    sign(s, "滕若溪", "0736-3307512", day(2024, 11, 12))
    return b


@variant("fs12-tailwater-export", (7, 6), "budget-system export, codes in the first columns, "
         "header on the third row of a second sheet: a year left in the goal, a conflicting "
         "duplicate, an empty template tier-2")  # fmt: skip
def fs12() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：澄岭县渔业服务中心", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("430521-25-0031", "养殖尾水处理设施运维项目", cash(64), cash(60), cash(4))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 34, 12, 16, 26, 14))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：澄岭县渔业服务中心", merge=[(1, 7)])
    goal = mk("2023年完成养殖池塘尾水治理1200亩，保障处理设施正常运行。", "Y103", "warning",
              alt=("Y101", "D104"), note="上一版本留下的年份和内容")  # fmt: skip
    indicators(t, ("项目编码", "项目名称", "年度目标", "一级指标", "二级指标", "三级指标",
                   "指标值"), [
        ("430521-25-0031", "养殖尾水处理设施运维项目", goal, "产出指标", "数量指标",
         "尾水处理设施运维数量", "≥30处"),
        (None, None, None, None, "质量指标", "设施正常运行率", "≥95%"),
        (None, None, None, None, "时效指标", "故障修复时限", "≤72小时"),
        (None, None, None, "成本指标", "经济成本指标", "单处设施年运维成本", "≤1.8万元/处"),
        (None, None, None, None, mk("社会成本指标", "F109", "warning", row=True,
                                    note="模板的二级指标未删，没有指标和值"), None, None),
        (None, None, None, "效益指标", "生态效益指标", "尾水处理设施出水达标率", "≥90%"),
        (None, None, None, None, "可持续影响指标",
         ok("尾水处理设施运维数量", "warning", note="数量填在可持续影响下，可提示"),
         mk("≥36处", "D102", "error", row=True, alt=("D101", "D103"),
            note="与数量指标下的同名指标值不同（30处 / 36处）")),
        (None, None, None, "满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b
