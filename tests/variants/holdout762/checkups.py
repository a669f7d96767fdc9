"""The elderly health check-up programme (老年人健康体检): kcr07–kcr12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout762.common import (
    COMMISSION,
    book,
    first,
    header,
    indicators,
    note,
    one_year,
    signature,
    w,
)
from tests.variants.holdout762.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant(
    "kcr07-checkup-flat-list",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percents typed in Excel, ≤0 起 on incidents, weights adding to 100 (correct)",
)
def kcr07() -> Book:  # fmt: skip
    b = book(widths=(32, 10, 12, 12, 14, 14))
    s = first(b)
    department_head(s, year=2025, dept="澄川市柘溪区卫生健康局",
                    budget=[(w(640), w(600), w(40), w(380), w(260))],
                    tasks=[("老年人健康体检", "65岁及以上老年人年度体检", w(198), "体检1.1万人"),
                           ("体检信息化", "体检结果录入居民健康档案", w(62), "录入及时率≥95%"),
                           ("金额合计", None, w(260), None)],
                    goal="为辖区1.1万名65岁及以上老年人提供年度健康体检，体检结果及时录入健康"
                         "档案。")  # fmt: skip
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("65岁及以上老年人体检人数", 20, "人", "≥", 11000),
        ("体检项目完成率", 15, "%", "≥", pct(0.95)),
        ("体检结果录入及时率", 10, "%", "≥", pct(0.95)),
        ("体检安全事故发生数", 10, "起", "≤", 0),
        ("老年人体检经费标准", 10, "元/人", "≤", 180),
        ("老年人健康管理率", 15, "%", "≥", pct(0.7)),
        ("体检异常人群复查转诊率", 10, "%", "≥", pct(0.8)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signature(s, "陶芸溪", "0739-6635027", (2024, 11, 19), width=5)
    return b


@variant(
    "kcr08-checkup-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
    "a 反向 rate with ≥, the head-count indicator twice with different values",
)
def kcr08() -> Book:  # fmt: skip
    b = book(widths=(32, 14, 12, 12, 10, 14))
    s = first(b)
    department_head(s, year=2025, dept="澄川市芦湾区卫生健康局",
                    budget=[(w(520), w(480), w(40), w(300), w(220))],
                    tasks=[("老年人健康体检", "65岁及以上老年人年度体检", w(220), "体检2.4万人"),
                           ("金额合计", None, w(220), None)],
                    goal="为辖区2.4万名65岁及以上老年人提供年度健康体检，老年人健康管理率不低于"
                         "65%。")  # fmt: skip
    header(s, "指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("65岁及以上老年人体检人数", "≥24000", "正向", "人", 20),
        ("老年人体检覆盖率", "≥70%", "正向", "%", 15),
        ("体检异常结果漏报率", mk("≥2%", "T108", "warning", row=True,
                                 note="漏报率是反向指标，应为≤2%"), "反向", "%", 10),
        ("体检报告送达及时率", "≥95%", "正向", "%", 10),
        ("65岁及以上老年人年度体检人数", mk("≥26000", "D102", "error", row=True,
                                           alt=("D101", "D103"),
                                           note="与第一行是同一指标，多一个“年度”，指标值却不同"),
         "正向", "人", 10),
        ("体检经费标准", "≤80", "反向", "元/人", 10),
        ("老年人健康管理率", "≥65%", "正向", "%", 15),
        ("服务对象满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    signature(s, "石予安", "0739-6684410", (2024, 11, 21), width=5)
    return b


@variant(
    "kcr09-checkup-second-sheet",
    (7, 9),
    "project: head on the first sheet, the indicator table on a second sheet under a "
    "two-row header 预期实现值, =100% kept as text, a later year in the goal (correct)",
)
def kcr09() -> Book:  # fmt: skip
    b = book("项目信息")
    s = first(b)
    project_head(s, year=2025, name="老年人免费健康体检项目", dept=COMMISSION,
                 unit="澄川市鸣泉区卫生健康局", money=one_year(w(320), w(300), w(20)),
                 goals=["为辖区2万名65岁及以上老年人提供一次免费健康体检，体检结果全部"
                        "反馈本人并录入健康档案，为2026年建立老年人健康风险分级管理"
                        "积累基础数据。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 32, 18, 20))
    t.title("老年人免费健康体检项目绩效指标（2025年度）", 5)
    t.row("绩效指标", None, None, "预期实现值", "备注", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "三级指标")
    t.ws.merge_cells(start_row=t.r - 1, start_column=4, end_row=t.r, end_column=4)
    t.ws.merge_cells(start_row=t.r - 1, start_column=5, end_row=t.r, end_column=5)
    indicators(t, [
        ("产出指标", "数量指标", "老年人健康体检人数", "≥2万人"),
        (None, None, "每人体检项目数", "≥4项", "血常规、肝肾功能、心电图、腹部B超"),
        (None, "质量指标", "体检报告反馈率", "=100%"),
        (None, None, "体检机构资质合格率", pct(1)),
        (None, "时效指标", "体检完成时间", "2025年10月31日前"),
        (None, "成本指标", "人均体检经费", "≤150元/人", "2万人×150元=300万元"),
        ("效益指标", "社会效益指标", "老年人健康管理率", "≥70%"),
        (None, "可持续影响指标", "老年人健康档案更新机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受检老年人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcr10-checkup-money-and-years",
    (12,),
    "project, OLD-NAT: 年度资金总额 not the sum of its parts, plan dates left from 2024 in a "
    "2025 return, a unit cost × count above the money",
)
def kcr10() -> Book:  # fmt: skip
    b = book()
    s = first(b)
    total = mk(w(280), "B101", "error", note="财政拨款200万元+其他资金60万元=260万元，不是280万元")
    start = mk(day(2024, 1, 1), "Y101", "error", row=True, alt=("Y102",),
               note="标题为2025年度，计划起止日期却是上年的2024年")  # fmt: skip
    project_head(s, year=2025, name="老年人健康体检补助项目", dept=COMMISSION,
                 unit="澄川市云埭县卫生健康局", money=one_year(total, w(200), w(60)),
                 start=start, end=day(2024, 12, 31),
                 goals=["为辖区65岁及以上老年人2.2万人提供年度健康体检和健康评估，体检结果反馈率"
                        "100%。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "老年人健康体检人数", "≥2.2万人"),
        (None, "质量指标", "体检结果反馈率", "100%"),
        (None, "时效指标", "体检完成时间",
         ok("2025年11月30日前", "error", note="与2024年的计划日期不符，是同一错误的后果")),
        (None, "成本指标", "人均体检补助标准",
         mk("≤130元/人", "B107", "warning",
            note="130元×2.2万人=286万元，超过年度资金280万元（两项来源合计只有260万元）")),
        ("效益指标", "社会效益指标", "老年人健康管理率", "≥68%"),
        ("满意度指标", "服务对象满意度指标", "受检老年人满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "郁青禾", "0739-6696153", (2024, 11, 27), width=5)
    return b


@variant(
    "kcr11-bedside-checkup-notes",
    (4,),
    "project, OLD-NAT: a 说明 row inside the table, the header repeated after a page "
    "break, footnotes, 填表说明, signature and a fill date in the year before (correct)",
)
def kcr11() -> Book:  # fmt: skip
    b = book()
    s = first(b)
    project_head(s, year=2025, name="失能老年人上门健康体检服务", dept=COMMISSION,
                 unit="澄川市枫渚区卫生健康局", money=one_year(w(96), w(90), w(6)),
                 goals=["为辖区失能、半失能老年人1600人提供上门健康体检，其中失能老人600人，"
                        "体检结果纳入家庭医生签约服务。"])  # fmt: skip
    cols = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
    header(s, *cols)
    indicators(s, [
        ("产出指标", "数量指标", "上门体检人数", "≥1600人"),
        (None, None, "失能老人上门体检人数", "≥600人", "含在上门体检人数内"),
        (None, "质量指标", "上门体检项目完成率", "≥95%"),
    ])  # fmt: skip
    note(s, "说明：上门体检含血压、血糖、心电图及中医体质辨识，由家庭医生团队实施。", 5)
    header(s, *cols)
    indicators(s, [
        ("产出指标", "时效指标", "上门体检完成时间", "2025年11月30日前"),
        (None, "成本指标", "上门体检经费标准", "≤550元/人"),
        ("效益指标", "社会效益指标", "失能老年人家庭医生签约率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受检老人家属满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：1.上门体检经费含交通补贴；2.人数按2024年底失能评估名册测算。", 5)
    note(s, "填表说明：指标值请同时填写比较符和计量单位。", 5)
    signature(s, "卢嘉禾", "0739-6617205", (2024, 11, 22), width=5)
    return b


@variant(
    "kcr12-checkup-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without "
    "a name, a head count under 质量指标",
)
def kcr12() -> Book:  # fmt: skip
    b = book()
    s = first(b)
    project_head(s, year=2025, name="老年人健康体检质量提升项目", dept=COMMISSION,
                 unit="澄川市柘溪区疾病预防控制中心", money=one_year(w(120), w(110), w(10)),
                 goals=["对辖区1.8万名老年人的体检开展质量控制，抽查体检报告1800份，体检报告"
                        "合格率不低于95%。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "预期目标", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "体检质量抽查份数", "≥1800份"),
        (None, "质量指标", mk("老年人体检覆盖人数", "F201", "warning", row=True,
                              note="人数是数量指标，填在质量指标下"), "≥1.8万人"),
        (None, None, "体检报告合格率", "≥95%"),
        (None, "时效指标", mk(None, "F110", "error", note="有指标值却没有三级指标名称"),
         "≤15个工作日"),
        ("成本指标", "经济成本指标", "质控抽查单份成本", "≤300元/份"),
        ("效益指标", "社会效益指标", "体检结果用于健康管理的比例", "≥80%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        ("满意度指标", "服务对象满意度指标", "受检老年人满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "简若川", "0739-6629348", (2024, 11, 26), width=5)
    return b
