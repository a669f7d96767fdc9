"""A work-safety training for small businesses (小微企业安全生产培训): kcl07-kcl12."""

from __future__ import annotations

from tests.variants.holdout756.common import (
    YEAR,
    department,
    multi_year,
    new_book,
    note,
    one_year,
    project,
    sign,
    table,
)
from tests.variants.holdout756.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "檀川市安全生产宣传教育中心"
H3 = ("一级指标", "二级指标", "三级指标")


@variant(
    "kcl07-training-percent-cells",
    (1, 10, 11),
    "project, OLD-NAT, operator column and unit column, percentages typed in Excel, a date cell, "
    "a 下降率 with ≥, a rise in 百分点, a unit cost equal to its money (correct)",
)
def kcl07() -> Book:
    b, s = new_book()
    project(s, "小微企业负责人及安全管理人员安全生产培训", UNIT, one_year(90, 80, 10),
            ["为全市1500名小微企业负责人和安全管理人员开展安全生产培训，"
             "培训考核合格率90%以上。"])  # fmt: skip
    table(s, (*H3, "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "培训小微企业负责人及安全管理人员", "≥", 1500, "人"),
        (None, None, "培训班期数", "≥", 30, "期"),
        (None, "质量指标", "培训考核合格率", "≥", pct(0.9), "%"),
        (None, None, "实操课时占比", "≥", pct(0.3), "%"),
        (None, "时效指标", "培训任务完成时间", "≤", day(YEAR, 11, 30, CN_DATE), None),
        (None, "成本指标", "人均培训成本", "≤", 600, "元/人"),
        ("效益指标", "社会效益指标", "参训企业事故起数下降率", "≥", pct(0.1), "%"),
        (None, None, "参训企业隐患自查率较上年提高", "≥", 5, "百分点"),
        (None, "可持续影响指标", "建立小微企业安全培训师资库", "=", 1, "个"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "顾以宁", "0571-8830 5120", day(YEAR - 1, 12, 2))
    return b


@variant(
    "kcl08-training-assessment-header",
    (7, 11),
    "project, NAT-2021, headers 考核指标, 目标值（年度） and 评价标准: a count against the goal, "
    "a cost standard × count above the money, ≥ on a complaint rate",
)
def kcl08() -> Book:
    b, s = new_book()
    project(s, "小微企业安全生产集中培训", UNIT, one_year(120, 120, 0),
            ["全年开展小微企业安全生产培训100场，培训企业负责人和安全管理人员2000人次，"
             "参训人员考核合格率达到90%以上。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "培训场次", "≥100场", "每少1场扣0.1分"),
        (None, None, "培训人次",
         mk("≥1200人次", "D104", "warning", note="年度目标写培训2000人次"), "按比例得分"),
        (None, "质量指标", "参训人员考核合格率", "≥90%", "达到得满分"),
        (None, "时效指标", "培训完成时间", "2026年11月30日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "场均培训成本",
         mk("≤1.5万元/场", "B107", "warning",
            note="1.5万元/场 × 100场 = 150万元，超过年度资金120万元"), "超支不得分"),
        ("效益指标", "社会效益指标", "参训企业一般事故起数下降率", "≥10%", "达到得满分"),
        (None, None, "培训对象投诉率",
         mk("≥2%", "T108", "warning", row=True, note="投诉率是反向指标，应为 ≤"), "超出扣分"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "按比例得分"),
    ])  # fmt: skip
    return b


@variant(
    "kcl09-training-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, rates "
    "and unit costs equal, a later year the work prepares for (correct)",
)
def kcl09() -> Book:
    b, s = new_book()
    project(s, "小微企业线上线下安全生产培训", UNIT, multi_year((360, 360, 0), (180, 180, 0)),
            ["2026—2027年累计培训小微企业人员3000人次，开发线上课程40门，"
             "为2028年在全市推广线上安全培训平台积累经验。",
             "2026年培训1500人次（其中企业主要负责人600人次、安全管理人员900人次），"
             "开发线上课程20门。"], years=2)  # fmt: skip
    table(s, (*H3, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "培训小微企业人员人次", "≥3000人次", "≥1500人次"),
        (None, None, "培训场次", "≥120场", "≥60场"),
        (None, None, "开发线上课程数", "≥40门", "≥20门"),
        (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "培训完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤600元/人", "≤600元/人"),
        ("效益指标", "社会效益指标", "参训企业隐患整改率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "线上课程累计点播人次", "≥20000人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcl10-training-flat-wrong",
    (3, 12),
    "department, flat list with weights: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to "
    "金额合计, the same head count twice with a word less",
)
def kcl10() -> Book:
    b, s = new_book()
    total = mk(540, "B101", "error", note="基本支出200 + 项目支出360 = 560 ≠ 540")
    department(s, (total, 480, 60, 200, 360), [
        ("小微企业负责人培训", "分行业集中培训企业主要负责人", 180, "培训1500人"),
        ("安全管理人员培训", "安全管理人员持证培训", 120, "培训1000人"),
        ("线上培训平台", "开发并上线线上课程", 80, "上线课程40门"),
        ("金额合计", None, mk(360, "B102", "error", note="180 + 120 + 80 = 380 ≠ 360"), None),
    ], "全年培训小微企业主要负责人1500人、安全管理人员1000人，上线线上课程40门。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("小微企业主要负责人培训人数", 15, "人", "≥", 1500),
        ("安全管理人员培训人数", 15, "人", "≥", 1000),
        ("培训考核合格率", 10, "%", "≥", 90),
        ("线上课程上线数", 10, "门", "≥", 40),
        ("小微企业负责人培训人数", 10, "人", "≥",
         mk(1200, "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="与第一行同一指标少“主要”二字，值1200与1500不同")),
        ("人均培训成本", 10, "元/人", "≤", 700),
        ("参训企业较大事故起数", 10, "起", "≤", 0),
        ("参训学员满意度", 20, "%", "≥", 90),
    ], merged=())  # fmt: skip
    return b


@variant(
    "kcl11-training-second-sheet",
    (7, 9),
    "project: head on the first sheet with last year's plan dates, the indicator table on a "
    "second sheet under 预期实现值: a rate given as a count, a date serial stored as text",
)
def kcl11() -> Book:
    b, s = new_book("项目信息")
    start = mk(day(2025, 3, 1), "Y102", "error", row=True, alt=("Y101",),
               note="2026年度的表，计划起止日期仍是2025年（上一年的残留）")  # fmt: skip
    project(s, "“安全生产进企业”送教培训", UNIT, one_year(64, 64, 0),
            ["2026年为全市小微企业开展“安全生产进企业”送教培训80场，参训人员1600人次。"],
            start=start, end=day(2025, 12, 31))  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    table(t, (*H3, "预期实现值"), [
        ("产出指标", "数量指标", "送教培训场次", "≥80场"),
        (None, None, "参训人员人次", "≥1600人次"),
        (None, "质量指标", "培训考核合格率",
         mk("1350人", "T105", "error", note="合格率给的是人数，不是百分比")),
        (None, "时效指标", "培训完成时间",
         mk("46387", "X104", "warning", note="文本里的日期序列号（2026-12-31）")),
        (None, "成本指标", "场均送教成本", "≤0.8万元/场"),
        ("效益指标", "社会效益指标", "参训企业隐患自查整改率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参训企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcl12-training-two-row-header",
    (4, 5, 7),
    "project, NAT-2021, abbreviated tier labels (产出, 数量…), a two-row header, the header "
    "row repeated after a page break, a 设定依据 column, 说明 and signature lines (correct)",
)
def kcl12() -> Book:
    b, s = new_book()
    project(s, "小微企业安全生产标准化帮扶培训", UNIT, one_year(36, 30, 6),
            ["帮扶60家小微企业完成安全生产标准化自评，培训企业安全员120人。"])  # fmt: skip
    head = (*H3, "指标值", "设定依据")
    s.row("绩效指标", None, None, "预期目标", None, merge=[(1, 3), (4, 5)])
    table(s, head, [
        ("产出", "数量", "帮扶企业数", "≥60家", "计划标准"),
        (None, None, "培训企业安全员", "≥120人", "计划标准"),
        (None, "质量", "帮扶企业自评报告合格率", "≥90%", "行业标准"),
        (None, "时效", "帮扶完成时间", "2026年10月31日前", "计划标准"),
    ])  # fmt: skip
    s.skip()
    table(s, head, [
        ("成本", "经济成本", "单家企业帮扶成本", "≤0.6万元/家", "历史标准"),
        ("效益", "社会效益", "帮扶企业一般隐患下降率", "≥15%", "历史标准"),
        (None, "可持续影响", "形成小微企业标准化帮扶指引", "=1套", "计划标准"),
        ("满意度", "服务对象满意度", "帮扶企业满意度", "≥90%", "行业标准"),
    ])  # fmt: skip
    note(s, "说明：帮扶企业60家为全年计划数，其中30家为规模以下化工相关企业。", 5)
    sign(s, "柏语桐", "0571-8830 5136", day(YEAR - 1, 12, 5))
    return b
