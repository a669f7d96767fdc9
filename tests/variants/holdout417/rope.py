"""Rope-skipping (跳绳) returns of the 417th held-out set: xk01 to xk06."""

from __future__ import annotations

from tests.variants.holdout417.common import OPS, YEAR, funds, indicators, project, sign
from tests.variants.holdout417.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("xk01-rope-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells typed in Excel, 万元 in the "
         "number format, signature lines (correct)")  # fmt: skip
def rope_percent_cells() -> Book:
    b, s = project(
        "中小学竞速跳绳器材配发",
        funds(48, 40, 8),
        ["为全区42所中小学配发竞速跳绳，开展班级跳绳联赛，学生一分钟跳绳合格率稳步提高。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "配发学生竞速跳绳数量", "≥", 9000, "根"),
        (None, None, "开展班级跳绳联赛学校数", "≥", 42, "所"),
        (None, "质量指标", "学生一分钟跳绳测试合格率", "≥", pct(0.92), "%"),
        (None, None, "跳绳器材验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "班级联赛按期完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "竞速跳绳采购单价", "≤", 30, "元/根"),
        ("效益指标", "社会效益指标", "学生体质健康测试优良率较上年提高", "≥", 3, "百分点"),
        (None, None, "跳绳练习运动损伤发生率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "可持续影响指标", "参加课后跳绳社团学生占比", "≥", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "宋立岩", "0731-5862 4417")
    return b


@variant("xk02-rope-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent above 100 % on a pass "
         "rate, a 反向 rate with ≥")  # fmt: skip
def rope_percent_wrong() -> Book:
    b, s = project("跳绳进课堂体育教师培训", funds(18, 18, 0),
                   ["培训中小学体育教师300人次，推广花样跳绳课堂教学。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "培训体育教师人次", "≥", 300, "人次"),
        (None, None, "编印花样跳绳教学指导手册", "≥", 400, "册"),
        (None, "质量指标", "参训教师考核合格率", "≥",
         mk(pct(1.02), "T106", "error", note="a pass rate cannot exceed 100 %"), "%"),
        (None, "时效指标", "培训按计划完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "教师培训人均成本", "≤", 550, "元/人"),
        ("效益指标", "社会效益指标", "开设花样跳绳课程学校占比", "≥", pct(0.6), "%"),
        (None, None, "课堂跳绳练习器材损耗率",
         mk("≥", "T108", "warning", row=True, note="损耗率 is 反向: ≤ expected"), pct(0.05), "%"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "宋立岩", "0731-5862 4417")
    return b


@variant(
    "xk03-rope-points-two-levels",
    (10, 5),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, 1.数量指标), "
    "an indicator 分值 column adding to 100 as well, a rate raised in 百分点 (correct)",
)
def rope_points_two_levels() -> Book:
    b, s = project(
        "花样跳绳校园推广",
        funds(36, 30, 6),
        ["在全区推广花样跳绳，聘请教练进校指导，学生跳绳达标率较上年明显提高。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "教练进校指导课时", "≥800课时", 15),
        (None, None, "举办花样跳绳展示活动", "≥6场", 10),
        (None, "2.质量指标", "教练持证上岗率", "=100%", 15),
        (None, "3.时效指标", "展示活动按期举办率", "≥95%", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "教练课时补助标准", "≤120元/课时", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "学生跳绳达标率较上年提高", "≥5百分点", 15),
        (None, "2.可持续影响指标", "建立校级花样跳绳队学校数", "≥20所", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "学生满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "孟可新", "0731-5862 4420")
    return b


@variant("xk04-rope-tier-points-wrong", (10, 5),
         "project, NAT-2021, a tier-1 分值 column beside indicator 分值: two tier-1 subtotals "
         "wrong (the totals still 100), a tier-2 under the wrong tier-1")  # fmt: skip
def rope_tier_points_wrong() -> Book:
    b, s = project("跳绳课间操全覆盖", funds(22, 22, 0),
                   ["全区中小学课间操加入跳绳内容，培训体育教师200人。"],
                   widths=(14, 8, 16, 28, 16, 8))  # fmt: skip
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, [
        ("产出指标", mk(50, "W103", "error", note="15+15+15+10 = 55 ≠ 50"),
         "数量指标", "跳绳课间操覆盖班级数", "≥360个", 15),
        (None, None, None, "培训体育教师人数", "≥200人", 15),
        (None, None, "质量指标", "教师跳绳教学培训合格率", "≥95%", 15),
        (None, None, None, "课间操跳绳器材配备达标率", "≥98%", 10),
        ("成本指标", 10, "经济成本指标", "跳绳教学培训人均成本", "≤600元/人", 10),
        ("效益指标", mk(30, "W103", "error", note="15+10 = 25 ≠ 30"),
         "社会效益指标", "学生日均跳绳锻炼时长", "≥15分钟", 15),
        (None, None, mk("时效指标", "F105", "error", note="时效指标 belongs to 产出指标"),
         "课间操跳绳内容推行及时率", "≥95%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参训教师满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "孟可新", "0731-5862 4420")
    return b


@variant("xk05-rope-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: annual counts below the "
         "period, rates and unit costs equal (correct)")  # fmt: skip
def rope_multi_year() -> Book:
    goals = [f"{YEAR}年—{YEAR + 2}年创建跳绳特色学校30所，培训体育教师600人次。",
             f"{YEAR}年创建跳绳特色学校10所，培训体育教师200人次。"]  # fmt: skip
    b, s = project("校园跳绳特色学校创建", funds(150, 120, 30, (50, 40, 10)), goals, years=3)
    head = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
    indicators(s, head, [
        ("产出指标", "数量指标", "创建跳绳特色学校数", "≥30所", "≥10所"),
        (None, None, "培训体育教师人次", "≥600人次", "≥200人次"),
        (None, "质量指标", "特色学校验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度创建任务完成及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "特色学校创建补助标准", "≤4万元/所", "≤4万元/所"),
        ("效益指标", "社会效益指标", "特色学校学生跳绳达标率", "≥90%", "≥85%"),
        (None, "可持续影响指标", "特色学校跳绳课程开设率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺初阳", "0731-5862 4425")
    return b


@variant("xk06-rope-multi-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, two "
         "cumulative counts copied into the 年度 column")  # fmt: skip
def rope_multi_year_copied() -> Book:
    text = "举办区级跳绳联赛，培养跳绳裁判员，带动学生参与跳绳运动。"
    goals = [text, mk(text, "D204", "warning", note="年度目标 identical to 中期目标")]
    b, s = project("区级跳绳联赛与裁判员培养", funds(80, 70, 10, (40, 35, 5)), goals, years=2)
    head = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
    indicators(s, head, [
        ("产出指标", "数量指标", "举办区级跳绳联赛场次", "≥8场",
         mk("≥8场", "D202", "warning", note="cumulative count copied from 中期")),
        (None, None, "培养跳绳裁判员人数", "≥120人",
         mk("≥120人", "D202", "warning", note="cumulative count copied from 中期")),
        (None, "质量指标", "裁判员考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "联赛按期举办率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每场联赛组织经费", "≤3万元/场", "≤3万元/场"),
        ("效益指标", "社会效益指标", "参赛学生人次", "≥6000人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "参赛学校满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺初阳", "0731-5862 4425")
    return b
