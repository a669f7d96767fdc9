"""Small-reservoir safety inspections of 澄渠县水利局 (kcn01–kcn06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout758.common import (
    DEPT,
    book,
    header,
    indicators,
    note,
    one_year,
    sign,
)
from tests.variants.holdout758.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kcn01-inspection-words", (1, 11),
         "project, NAT-2021, operators in words in their own column, unit column, typed percents "
         "(correct)")  # fmt: skip
def inspection_words() -> Book:
    b, s = book()
    project_head(s, year=2025, name="小型水库汛期安全检查", dept=DEPT, unit="澄渠县水库管理所",
                 money=one_year(48, 40, 8),
                 goals=["完成全县32座小型水库安全检查（其中小（一）型9座、小（二）型23座），"
                        "隐患整改率不低于95%，确保安全度汛。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ["产出指标", "数量指标", "小型水库安全检查数量", "大于等于", 32, "座"],
        [None, None, "小（一）型水库安全检查数量", "大于等于", 9, "座"],
        [None, "质量指标", "安全隐患整改率", "大于等于", pct(0.95), "%"],
        [None, "时效指标", "汛前检查完成时限", "小于等于", day(2025, 5, 31), None],
        ["成本指标", "经济成本指标", "单座水库检查费用", "小于等于", 1.5, "万元/座"],
        ["效益指标", "社会效益指标", "水库安全责任事故", "等于", 0, "起"],
        [None, "可持续影响指标", "水库安全运行长效机制", "定性", "健全", None],
        ["满意度指标", "服务对象满意度指标", "下游群众满意度", "大于等于", pct(0.9), "%"],
    ])  # fmt: skip
    return b


@variant("kcn02-goal-count-and-years", (5,),
         "project, OLD-NAT, one value column: goal count against the indicator, a 2023 leftover in "
         "the goal, a deadline in the next year")  # fmt: skip
def goal_count_and_years() -> Book:
    b, s = book()
    goal = mk(
        "按照2023年度检查方案，完成全县26座小型水库汛前汛后安全检查，隐患整改全部销号。",
        "Y103",
        "warning",
        note="2023 is a leftover: neither the budget year nor the span",
    )
    project_head(s, year=2025, name="小型水库安全检查及隐患整改", dept=DEPT,
                 unit="澄渠县水库管理所", money=one_year(39, 39, 0), goals=[goal])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ["*产出指标", "数量指标", "小型水库安全检查数量",
         mk("≥22座", "D104", "warning", row=True, note="年度目标 says 26 reservoirs")],
        [None, None, "隐患整改销号数量", "≥40处"],
        [None, "质量指标", "检查记录完整率", "≥95%"],
        [None, "时效指标", "隐患整改完成时间",
         mk("2026年6月30日前", "Y102", "error", note="one-year project of 2025")],
        [None, "成本指标", "单座水库检查费用", "≤1.5万元/座"],
        ["*效益指标", "社会效益指标", "水库安全责任事故", "0起"],
        ["*满意度指标", "服务对象满意度指标", "库区群众满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("kcn03-stacked-two-projects", (2, 4),
         "two projects stacked in one sheet, OLD-NAT, the same satisfaction name with different "
         "values, a note row between them (correct)")  # fmt: skip
def stacked_two_projects() -> Book:
    b, s = book()
    project_head(s, year=2025, name="小型水库安全鉴定", dept=DEPT, unit="澄渠县水库管理所",
                 money=one_year(36, 36, 0),
                 goals=["完成青茆、石坎等6座小型水库安全鉴定，成果报市水利局审定。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ["产出指标", "数量指标", "完成安全鉴定水库数量", "≥6座"],
        [None, "质量指标", "鉴定成果审定通过率", "≥95%"],
        [None, "成本指标", "单座水库鉴定费用", "≤6万元/座"],
        ["效益指标", "社会效益指标", "病险隐患查明率", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "库区群众满意度", "≥90%"],
    ])  # fmt: skip
    note(s, "注：下表为第二个项目。")
    s.skip()
    project_head(s, year=2025, name="水库雨水情测报设施维护", dept=DEPT,
                 unit="澄渠县水文站", money=one_year(18, 15, 3), title="",
                 goals=["维护12座水库雨水情测报站点，数据到报率不低于98%。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ["产出指标", "数量指标", "维护测报站点数量", "≥12个"],
        [None, "质量指标", "测报数据到报率", "≥98%"],
        [None, "成本指标", "单站年度维护费用", "≤1.5万元/个"],
        ["效益指标", "社会效益指标", "水库调度预警发布及时率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "库区群众满意度", "≥85%"],
    ])  # fmt: skip
    return b


@variant("kcn04-duplicate-and-tier", (5,),
         "project, NAT-2021, numbered tier labels: one indicator twice with another value, a "
         "satisfaction rate under 社会效益")  # fmt: skip
def duplicate_and_tier() -> Book:
    b, s = book()
    project_head(s, year=2025, name="小型水库安全鉴定", dept=DEPT, unit="澄渠县水库管理所",
                 money=one_year(45, 45, 0),
                 goals=["完成9座小型水库安全鉴定，病险水库全部纳入除险加固计划。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ["一、产出指标", "1.数量指标", "完成安全鉴定水库数量", "≥9座"],
        [None, "2.质量指标", "安全鉴定完成率", "≥90%"],
        [None, None, "鉴定成果审定通过率", "≥95%"],
        [None, None, mk("水库安全鉴定完成率", "D102", "error", row=True, alt=("D103", "D101"),
                        note="same indicator as two rows above, 90% there"), "=100%"],
        [None, "3.时效指标", "鉴定报告提交时间", "2025年11月30日前"],
        ["二、成本指标", "1.经济成本指标", "单座水库鉴定费用", "≤5万元/座"],
        ["三、效益指标", "1.社会效益指标", "病险水库纳入加固计划比例", "=100%"],
        [None, None, mk("库区群众满意度", "F201", "warning", row=True,
                        note="a satisfaction rate under 社会效益"), "≥90%"],
        ["四、满意度指标", "1.服务对象满意度指标", "管护人员满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("kcn05-footnotes-signature", (4,),
         "project, OLD-NAT, 注 row inside the table, 说明 and a footnote explaining the total, "
         "signature and a fill date in the year before (correct)")  # fmt: skip
def footnotes_signature() -> Book:
    b, s = book()
    project_head(s, year=2025, name="小型水库白蚁防治", dept=DEPT, unit="澄渠县水库管理所",
                 money=one_year(56, 50, 6),
                 goals=["完成14座小型水库坝体白蚁防治，坝体渗漏量比上年下降10%以上。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ["产出指标", "数量指标", "白蚁防治水库数量", "≥14座"],
        [None, "质量指标", "防治效果验收合格率", "≥95%"],
        [None, "时效指标", "防治工作完成时间", "2025年10月31日前"],
        [None, "成本指标", "单座水库防治费用", "≤4万元/座"],
    ])  # fmt: skip
    note(s, "注：效益指标按县水利局统一口径填写。")
    indicators(s, [
        ["效益指标", "生态效益指标", "坝体渗漏量下降率", "≥10%"],
        [None, "社会效益指标", "白蚁危害引发险情", "0起"],
        ["满意度指标", "服务对象满意度指标", "库区群众满意度", "≥90%"],
    ])  # fmt: skip
    note(s, "说明：资金总额56万元含上年结转6万元（列其他资金），财政拨款50万元。")
    note(s, "填表说明：指标值请填写可考核的数值或等级。")
    sign(s, "祁晚舟", "0738-5621907", (2024, 12, 16))
    return b


@variant("kcn06-plan-year-near-duplicate", (5,),
         "project, NAT-2021, abbreviated tier labels: title 2025 but plan dates of 2024, a "
         "near-duplicate count with another value")  # fmt: skip
def plan_year_near_duplicate() -> Book:
    b, s = book()
    project_head(s, year=2025, name="病险水库除险加固前期工作", dept=DEPT,
                 unit="澄渠县水库管理所", money=one_year(60, 60, 0),
                 start=day(2024, 1, 1), end=day(2024, 12, 31),
                 goals=["完成3座病险水库除险加固初步设计及审批。"])  # fmt: skip
    b.file_mark(
        "Y101", "error", alt=("Y102",), note="title 2025年度, plan dates 2024-01-01 to 2024-12-31"
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ["产出", "数量", "病险水库除险加固设计数量", "≥3座"],
        [None, "质量", "初步设计审批通过率", "≥95%"],
        [None, None, mk("除险加固设计病险水库数量", "D103", "error", row=True,
                        alt=("D102", "D101"), note="same count as the first row, 4 here"),
         "≥4座"],
        [None, "时效", "初步设计报批时间", "2025年9月30日前"],
        ["成本", "经济成本", "单座水库设计费用", "≤20万元/座"],
        ["效益", "社会效益", "病险水库纳入加固计划比例", "=100%"],
        ["满意度", "服务对象满意度", "库区群众满意度", "≥90%"],
    ])  # fmt: skip
    return b
