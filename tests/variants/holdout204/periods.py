"""Multi-year project tables with 中期 and 年度 columns: values merged by hand across both
columns, a unit column, tier and indicator scores (pf03, pf09, pf10)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout204.common import (
    SAME,
    TWO,
    book,
    indicators,
    notes,
    period_money,
    signatures,
    top,
    wan,
)
from tests.variants.holdout204.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("pf03-vaccination-three-year-merged", (8, 9), "CDC, three-year project, NAT-2021, "
         "中期 and 年度 columns with rates merged by hand across both, a 异常反应报告及时率, a "
         "发病率 ≤1/10万, a note on the columns (correct)")  # fmt: skip
def pf03() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 18, 18, 14))
    top(s, "2026年度项目支出绩效目标申报表", "云岫县疾病预防控制中心")
    project_head(
        s, year=2026, years=3, title="", name="免疫规划预防接种能力提升项目",
        dept="云岫县卫生健康局（305）", unit="云岫县疾病预防控制中心", attr="新增项目",
        money=period_money((wan(360), wan(300), wan(60)), (wan(130), wan(110), wan(20))),
        goals=["2026年至2028年完成14个乡镇预防接种门诊规范化建设，培训接种人员600人次，适龄儿童"
               "免疫规划疫苗接种率保持在95%以上。",
               "2026年完成5个乡镇预防接种门诊规范化建设，培训接种人员200人次，适龄儿童免疫规划"
               "疫苗接种率不低于95%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "规范化预防接种门诊建设数", "≥14个", "≥5个"),
        (None, None, "接种人员业务培训", "≥600人次", "≥200人次"),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", SAME),
        (None, None, "接种门诊规范化建设验收合格率", pct(1), pct(1)),
        (None, "时效指标", "疑似预防接种异常反应报告及时率", "≥95%", SAME),
        (None, None, "年度建设任务完成时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单个接种门诊规范化建设补助", "≤20万元/个", "≤20万元/个"),
        ("效益指标", "社会效益指标", "麻疹报告发病率", "≤1/10万", SAME),
        (None, "可持续影响指标", "预防接种门诊规范化管理长效机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受种者监护人满意度", "≥90%", SAME),
    ])  # fmt: skip
    s.row("注：中期指标值为2026—2028年累计值，年度指标值为2026年度值；两栏相同的比率类指标合并填写。",
          merge=[(1, 5)])  # fmt: skip
    signatures(s, "沈青山", "唐苗", "0596-3312875", day(2025, 10, 30), compact=True)
    return b


@variant("pf09-checkup-annual-above-period", (8,), "community health centre, two-year project, "
         "NAT-2021, 中期 and 年度 values with a unit column: 年度 ≥12套 above the 中期 ≥10套, "
         "健康管理率 repeated under 可持续影响指标")  # fmt: skip
def pf09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 14, 14, 12))
    top(s, "2026年度项目支出绩效目标申报表", "白沙河区溪口街道社区卫生服务中心")
    project_head(
        s, year=2026, years=2, title="", name="老年人健康体检能力提升项目",
        dept="白沙河区卫生健康局（411）", unit="白沙河区溪口街道社区卫生服务中心",
        money=period_money((wan(180), wan(150), wan(30)), (wan(100), wan(85), wan(15))),
        goals=["2026年至2027年累计为65岁及以上老年人提供健康体检12000人次，购置便携式体检设备"
               "10套，老年人健康管理率达到72%。",
               "2026年为65岁及以上老年人提供健康体检6000人次，老年人健康管理率达到70%。"],
    )  # fmt: skip
    indicators(s, (*TWO, "计量单位"), [
        ("产出指标", "数量指标", "老年人健康体检人次", "≥12000", "≥6000", "人次"),
        (None, None, "购置便携式体检设备", "≥10",
         mk(mk("≥12", "D201", "error", note="a cumulative count: the year above the period"),
            "D104", "warning", row=True, required=False, note="the 中期目标's 10套"), "套"),
        (None, "质量指标", "体检异常结果告知率", "≥98", "≥98", "%"),
        (None, None, mk("老年人健康管理率", "D101", "warning", row=True, required=False,
                        note="the first of the pair"), "≥72", "≥70", "%"),
        (None, "时效指标", "体检报告反馈时限", "≤10", "≤10", "个工作日"),
        ("成本指标", "经济成本指标", "便携式体检设备采购单价", "≤3", "≤3", "万元/套"),
        (None, None, "老年人健康体检补助标准", "≤100", "≤100", "元/人次"),
        ("效益指标", "社会效益指标", "老年人健康知识知晓率", "≥80", "≥80", "%"),
        (None, "可持续影响指标",
         mk(mk("老年人健康管理率", "D101", "warning", row=True, alt=("D102", "D103"),
               note="the same indicator and values as under 质量指标"),
            "F201", "warning", required=False, note="a 质量 name under 可持续影响"),
         "≥72", "≥70", "%"),
        ("满意度指标", "服务对象满意度指标", "体检老年人满意度", "≥90", "≥90", "%"),
    ])  # fmt: skip
    notes(s, ["数量指标的中期指标值为两年累计值。", "定量指标的计量单位填在最后一栏。"])
    signatures(s, "黎明远", "齐佳", "0592-5128804", day(2025, 11, 5))
    return b


@variant("pf10-home-care-two-year-points", (8, 10), "民政 small unit, two-year project, "
         "NAT-2021, a tier-1 score column and an indicator score column (both 100), 中期 and 年度 "
         "columns, a 覆盖率 raised in 百分点 (correct)")  # fmt: skip
def pf10() -> Book:
    b, s = book("Sheet1", (14, 8, 16, 30, 16, 16, 8))
    top(s, "2026年度项目支出绩效目标表", "临溪县养老服务指导中心", width=7)
    project_head(
        s, year=2026, years=2, title="", name="居家养老上门服务项目", dept="临溪县民政局（322）",
        unit="临溪县养老服务指导中心",
        money=period_money((wan(400), wan(360), wan(40)), (wan(190), wan(170), wan(20))),
        goals=["2026年至2027年为特殊困难老年人提供居家上门服务累计96000人次，培训养老护理员300"
               "人次，服务对象满意度保持在90%以上。",
               "2026年提供居家上门服务45000人次，培训养老护理员150人次，服务对象满意度90%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "中期指标值", "年度指标值",
                   "分值"), [
        ("产出指标", 50, "数量指标", "居家上门服务人次", "≥96000人次", "≥45000人次", 15),
        (None, None, None, "培训养老护理员", "≥300人次", "≥150人次", 10),
        (None, None, "质量指标", "上门服务质量抽查合格率", "≥95%", "≥95%", 10),
        (None, None, "时效指标", "服务需求响应时限", "24小时以内", "24小时以内", 10),
        (None, None, None, "服务对象信息季度更新及时率", "≥95%", "≥95%", 5),
        ("成本指标", 10, "经济成本指标", "上门服务补助标准", "≤35元/人次", "≤35元/人次", 10),
        ("效益指标", 30, "社会效益指标", "特殊困难老年人居家服务覆盖率", "提高≥5百分点",
         "提高≥3百分点", 15),
        (None, None, "可持续影响指标", "居家养老服务质量监管机制", "健全", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, None, 100, merge=[(3, 6)])
    signatures(s, "韦国栋", "蒋珊", "0597-6302219", day(2025, 11, 19))
    return b
