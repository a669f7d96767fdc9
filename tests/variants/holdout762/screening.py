"""The community mental-health screening (社区心理健康筛查): kcr13–kcr18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout762.common import (
    COMMISSION,
    book,
    first,
    header,
    indicators,
    multi_year,
    one_year,
    signature,
    w,
)
from tests.variants.holdout762.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "kcr13-screening-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: the period's counts above the "
    "year's, rates and time limits equal, a later year the work prepares for (correct)",
)
def kcr13() -> Book:  # fmt: skip
    b = book()
    s = first(b)
    project_head(s, year=2025, years=2, name="社区居民心理健康筛查项目", dept=COMMISSION,
                 unit="澄川市精神卫生中心", money=multi_year(w(380), w(190), w(170), w(20)),
                 goals=["2025—2026年在全市42个社区累计筛查居民6万人次，建立筛查阳性人员转介"
                        "机制，为2027年全市推广积累经验。", "2025年在首批20个社区筛查居民2.8万"
                        "人次，阳性人员转介率不低于90%。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "心理健康筛查人次", "≥6万人次", "≥2.8万人次"),
        (None, None, "筛查覆盖社区数", "≥42个", "≥20个"),
        (None, "质量指标", "筛查量表有效率", "≥95%", "≥95%"),
        (None, "时效指标", "阳性人员转介时限", "≤7个工作日", "≤7个工作日"),
        ("成本指标", "经济成本指标", "人均筛查补助标准", "≤25元/人次", "≤25元/人次"),
        ("效益指标", "社会效益指标", "筛查阳性人员转介率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "社区心理服务转介机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受检居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "欧阳澈", "0739-6608716", (2024, 11, 14))
    return b


@variant(
    "kcr14-screening-three-years-copied",
    (8, 11),
    "three-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from the "
    "中期目标, a 反向 rate turned to ≥ in the 年度 column",
)
def kcr14() -> Book:  # fmt: skip
    b = book()
    s = first(b)
    goal = ("在芦湾区开展重点人群心理健康筛查，累计筛查9万人次，对筛查发现的高危人员48小时内"
            "开展干预，建立社区心理健康服务网络。")  # fmt: skip
    project_head(s, year=2025, years=3, name="重点人群心理健康筛查干预项目", dept=COMMISSION,
                 unit="澄川市芦湾区精神卫生防治站", money=multi_year(w(540), w(180), w(160),
                 w(20)), goals=[goal, mk(goal, "D204", "warning",
                 note="三年期项目的年度目标与中期目标逐字相同")])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "重点人群心理健康筛查人次", "≥9万人次", "≥3万人次"),
        (None, "质量指标", "筛查量表有效率", "≥95%", "≥95%"),
        (None, "时效指标", "高危人员干预响应时间", "≤48小时", "≤48小时"),
        ("成本指标", "经济成本指标", "人均筛查补助标准", "≤30元/人次", "≤30元/人次"),
        ("效益指标", "社会效益指标", "高危人员干预覆盖率", "≥85%", "≥85%"),
        (None, None, "筛查阳性人员失访率", "≤10%",
         mk("≥10%", "T108", "warning", row=True, alt=("D203",),
            note="失访率是反向指标，中期写≤10%，年度却写成≥10%")),
        ("满意度指标", "服务对象满意度指标", "受检居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "谭沐阳", "0739-6661924", (2024, 11, 29))
    return b


@variant(
    "kcr15-counselling-points-two-levels",
    (10, 5),
    "project, NAT-2021, numbered tier labels, tier-1 and indicator score columns both "
    "adding to 100, a rate raised in 百分点 (correct)",
)
def kcr15() -> Book:  # fmt: skip
    b = book(widths=(16, 8, 20, 30, 8, 18))
    s = first(b)
    project_head(s, year=2025, name="社区心理健康服务能力提升项目", dept=COMMISSION,
                 unit="澄川市鸣泉区卫生健康局", money=one_year(w(80), w(72), w(8)),
                 goals=["培训社区心理健康服务人员160人，辖区居民心理健康知识知晓率较上年提高5个"
                        "百分点。"])  # fmt: skip
    header(s, "一级指标", "分值", "二级指标", "三级指标", "分值", "指标值")
    indicators(s, [
        ("一、产出指标", 50, "1.数量指标", "心理健康服务人员培训人数", 20, "≥160人"),
        (None, None, "2.质量指标", "培训考核合格率", 15, "≥90%"),
        (None, None, "3.时效指标", "培训完成时间", 15, "2025年9月30日前"),
        ("二、成本指标", 10, "1.经济成本指标", "人均培训经费", 10, "≤4500元/人"),
        ("三、效益指标", 30, "1.社会效益指标", "居民心理健康知识知晓率", 15, "提高≥5百分点"),
        (None, None, "2.可持续影响指标", "社区心理服务站点运行机制", 15, "健全"),
        ("四、满意度指标", 10, "1.服务对象满意度指标", "参训人员满意度", 10, "≥90%"),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "邵一苇", "0739-6647530", (2024, 11, 18))
    return b


@variant(
    "kcr16-screening-followup-stacked",
    (2, 5),
    "two projects stacked, OLD-NAT, abbreviated tier labels (产出, 数量…): the second "
    "project's total, a quality rate under 时效 and a count below its goal",
)
def kcr16() -> Book:  # fmt: skip
    b = book()
    s = first(b)
    project_head(
        s,
        year=2025,
        name="社区心理健康筛查",
        dept=COMMISSION,
        unit="澄川市枫渚区卫生健康局",
        money=one_year(w(150), w(130), w(20)),
        goals=["在枫渚区18个社区筛查居民1.5万人次，筛查阳性人员转介率不低于90%。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")  # fmt: skip
    indicators(s, [
        ("产出", "数量", "心理健康筛查人次", "≥1.5万人次"),
        (None, "质量", "筛查量表有效率", "≥95%"),
        (None, "时效", "筛查完成时间", "2025年11月30日前"),
        (None, "成本", "人均筛查补助标准", "≤40元/人次"),
        ("效益", "社会效益", "阳性人员转介率", "≥90%"),
        ("满意度", "服务对象满意度", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(150), "B101", "error", note="财政拨款120万元+其他资金20万元=140万元")
    project_head(
        s,
        year=2025,
        name="严重精神障碍患者随访管理",
        dept=COMMISSION,
        title="",
        unit="澄川市枫渚区卫生健康局",
        money=one_year(total, w(120), w(20)),
        goals=["对在册严重精神障碍患者2600人每季度至少随访1次，规范管理率达到90%。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")  # fmt: skip
    indicators(s, [
        ("产出", "数量", "在册患者规范随访人数",
         mk("≥2400人", "D104", "warning", row=True, note="年度目标写在册患者2600人")),
        (None, "质量", "患者规范管理率", "≥90%"),
        (None, "时效", mk("随访记录合格率", "F201", "warning", row=True,
                          note="合格率是质量指标，填在时效下"), "≥95%"),
        (None, None, "季度随访及时率", "≥95%"),
        (None, "成本", "患者随访补助标准", "≤200元/人·年"),
        ("效益", "社会效益", "在册患者病情稳定率", "≥85%"),
        ("满意度", "服务对象满意度", "服务对象满意度", "≥88%"),
    ])  # fmt: skip
    signature(s, "庞知远", "0739-6613387", (2024, 11, 21), width=4)
    return b


@variant(
    "kcr17-elder-screening-export",
    (7, 9),
    "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
    "header on the third row, codes in the first columns, tiers in every row (correct)",
)
def kcr17() -> Book:  # fmt: skip
    b = book("部门项目支出预算05-1", (16, 30, 12, 28, 14, 14, 14))
    s = first(b)
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：澄川市柘溪区卫生健康局", None, None, None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "单位编码", "单位名称", "资金总额", "财政拨款", "其他资金")
    s.row("418006250031", "老年人心理关爱筛查项目", "418006012", "澄川市柘溪区卫生健康局",
          w(68), w(60), w(8))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 12, 12, 14, 30, 16, 12))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：澄川市柘溪区卫生健康局", None, None, None, "项目：老年人心理关爱筛查项目")
    t.row("项目编码", "单位编码", "一级指标", "二级指标", "三级指标", "指标值", "指标值类型")
    code, unit = "418006250031", "418006012"
    t.table([
        (code, unit, "产出指标", "数量指标", "老年人心理健康筛查人次", "≥8000人次", "定量"),
        (code, unit, "产出指标", "数量指标", "筛查覆盖社区数", "≥15个", "定量"),
        (code, unit, "产出指标", "质量指标", "筛查量表有效率", "≥95%", "定量"),
        (code, unit, "产出指标", "时效指标", "筛查结果反馈时限", "≤10个工作日", "定量"),
        (code, unit, "成本指标", "经济成本指标", "人均筛查成本", "≤60元/人次", "定量"),
        (code, unit, "效益指标", "社会效益指标", "阳性人员转介率", "≥90%", "定量"),
        (code, unit, "满意度指标", "服务对象满意度指标", "受检老年人满意度", "≥90%", "定量"),
    ])  # fmt: skip
    return b


@variant(
    "kcr18-screening-words-and-dates",
    (1, 11),
    "project, OLD-NAT, operators in words in their own column, percents typed in Excel: "
    "a coverage rate given as a head count, last year's deadline, a count below the goal",
)
def kcr18() -> Book:  # fmt: skip
    b = book()
    s = first(b)
    project_head(s, year=2025, name="社区居民抑郁焦虑筛查项目", dept=COMMISSION,
                 unit="澄川市云埭县精神卫生防治站", money=one_year(w(72), w(66), w(6)),
                 goals=["对辖区18—65岁常住居民开展抑郁、焦虑筛查3万人次，阳性人员转介率不低于"
                        "90%，筛查结果于2025年11月底前录入信息系统。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    late = day(2024, 11, 30, CN_DATE)
    indicators(s, [
        ("产出指标", "数量指标", "抑郁焦虑筛查人次", "大于等于",
         mk(20000, "D104", "warning", row=True, note="年度目标写筛查3万人次"), "人次"),
        (None, "质量指标", "筛查覆盖率", "大于等于",
         mk(12000, "T105", "error", row=True, note="覆盖率给的是人数"), "人"),
        (None, None, "筛查量表有效率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "筛查结果录入完成时间", "小于等于",
         mk(late, "Y102", "error", alt=("Y101", "D104"),
            note="2025年项目的期限是上年的2024年11月30日；年度目标写2025年11月底"), None),
        (None, "成本指标", "人均筛查补助标准", "小于等于", 20, "元/人次"),
        ("效益指标", "社会效益指标", "阳性人员转介率", "大于等于", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "受检居民满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "温砚秋", "0739-6650862", (2024, 11, 24))
    return b
