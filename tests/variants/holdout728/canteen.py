"""School canteens' "bright kitchen" camera scheme (明厨亮灶): kbj13 to kbj18."""

from __future__ import annotations

from tests.variants.holdout728.common import (
    EDUCATION,
    indicators,
    money3,
    money6,
    note,
    project,
    sign,
    stack,
    wan,
)
from tests.variants.holdout728.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

CENTRE = "栖梧县学校后勤服务中心"
H4 = ("一级指标", "二级指标", "三级指标", "绩效目标值")
H5 = ("一级指标", "二级指标", "考核指标", "中期指标值", "年度指标值")


@variant(
    "kbj13-canteen-cameras",
    (11,),
    "project, OLD-NAT, operators in words in 指标性质 and a "
    "unit column, a goal with its parts in brackets, a footnote on the total (correct)",
)
def canteen_cameras() -> Book:
    b, s = project(2025, "学校食堂明厨亮灶建设", CENTRE, money3(80, 70, 10), [
        "为全县62所学校食堂（公办48所、民办14所）安装后厨摄像头并接入监管平台，"
        "全年不发生学校食堂食品安全事故。"], dept=EDUCATION)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "接入监管平台学校食堂数量", "等于", 62, "所"),
        (None, None, "民办学校食堂接入数量", "大于等于", 14, "所"),
        (None, None, "安装后厨摄像头数量", "大于等于", 248, "个"),
        (None, "质量指标", "摄像头视频在线率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "设备安装完成时间", "小于等于", day(2025, 8, 31, CN_DATE), None),
        (None, "成本指标", "单所食堂设备购置及安装费用", "小于等于", 1.2, "万元/所"),
        ("效益指标", "社会效益指标", "学校食堂食品安全事故发生数", "等于", 0, "起"),
        (None, "可持续影响指标", "视频巡查纳入日常监管", None, "长期坚持", None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    note(s, "注：62所含公办48所、民办14所；年度资金80万元=财政拨款70万元+学校自筹10万元。")
    sign(s, "黄雅琴", "0771-6317209", day(2024, 11, 28, CN_DATE))
    return b


@variant(
    "kbj14-canteen-goal-cost",
    (11, 12),
    "project, OLD-NAT, header 绩效目标值, operators "
    "inline: the goal's canteen count against the indicator, unit cost × count over the "
    "money",
)
def canteen_goal_cost() -> Book:
    b, s = project(2025, "农村学校食堂明厨亮灶改造", CENTRE, money3(90, 80, 10), [
        "完成60所农村学校食堂明厨亮灶改造，实现后厨关键环节视频全覆盖。"],
        dept=EDUCATION)  # fmt: skip
    d104 = "年度目标写60所，指标却是75所"
    b107 = "1.5万元/所 × 75所 = 112.5万元，超过年度资金90万元"
    indicators(s, H4, [
        ("产出指标", "数量指标", "改造学校食堂数量", mk("≥75所", "D104", "warning", row=True,
                                                       note=d104)),
        (None, "质量指标", "后厨关键环节视频覆盖率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "单所食堂改造费用", mk("≤1.5万元/所", "B107", "warning", row=True,
                                                   note=b107)),
        ("效益指标", "社会效益指标", "后厨违规操作行为下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黄雅琴", "0771-6317209", day(2024, 11, 28))
    return b


@variant(
    "kbj15-canteen-two-year",
    (8,),
    "two-year project, NAT-2021, header 考核指标 with 中期 "
    "and 年度 columns, a 下降率 with ≥, typed percents, 2027 prepared for (correct)",
)
def canteen_two_year() -> Book:
    b, s = project(2025, "“互联网+明厨亮灶”监管平台建设", CENTRE,
                   money6((260, 230, 30), (150, 135, 15)), [
        "2025—2026年建成全县学校食堂“互联网+明厨亮灶”监管平台，接入学校食堂120所，"
        "为2027年向社会餐饮单位推广积累经验。",
        "2025年完成平台建设，接入学校食堂70所，寄宿制学校食堂全部接入。",
    ], years=2, attr="新增项目", dept=EDUCATION)  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "接入平台学校食堂数量", "≥120所", "≥70所"),
        (None, None, "AI抓拍预警点位数量", "≥480个", "≥280个"),
        (None, "质量指标", "AI违规抓拍预警处置率", "=100%", "=100%"),
        (None, "时效指标", "食堂接入完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单所食堂接入费用", "≤1.5万元/所", "≤1.5万元/所"),
        ("效益指标", "社会效益指标", "后厨违规操作行为下降率", "≥30%", "≥15%"),
        (None, "可持续影响指标", "平台运行维护机制", "长效运行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "师生及家长满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    sign(s, "黄雅琴", "0771-6317209", day(2024, 12, 2))
    return b


@variant(
    "kbj16-canteen-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: a "
    "title year a year behind the plan, a year's count above the period's, a year's "
    "deadline in the second year",
)
def canteen_years() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title(mk("2024年度项目支出绩效目标申报表", "Y101", "error", alt=("Y102", "Y103"),
               note="标题2024年度，计划期和中期目标却是2025—2026年"), 6)  # fmt: skip
    stack(s, 2025, "寄宿制学校食堂智慧监管", CENTRE, money6((200, 180, 20), (110, 100, 10)), [
        "2025—2026年为全县寄宿制学校食堂配备智能监管设备，接入监管平台80所。",
        "2025年完成设备招标和首批接入，接入寄宿制学校食堂40所以上。",
    ], dept=EDUCATION, years=2)  # fmt: skip
    d201 = "年度接入90所超过两年合计80所"
    y102 = "年度列的完成时间在2026年，不在预算年度内"
    indicators(s, H5, [
        ("产出指标", "数量指标", "接入平台食堂数量", "≥80所", mk("≥90所", "D201", "error",
                                                                 alt=("D104",), note=d201)),
        (None, "质量指标", "智能设备验收合格率", "=100%", "=100%"),
        (None, "时效指标", "首批设备接入完成时间", "2026年6月30日前", mk(
            "2026年6月30日前", "Y102", "error", alt=("Y103",), note=y102)),
        ("成本指标", "经济成本指标", "单所食堂设备费用", "≤1.2万元/所", "≤1.2万元/所"),
        ("效益指标", "社会效益指标", "寄宿生食源性疾病事件发生数", "0起", "0起"),
        ("满意度指标", "服务对象满意度指标", "寄宿生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "黄雅琴", "0771-6317209", day(2024, 12, 3))
    return b


def detail(s: Sheet, lines: list[tuple[str, object]], total: object) -> int:
    """Budget detail lines under the head, ending with their 合计."""
    s.row("支出明细", "明细项目", None, "金额（万元）", merge=[(2, 3)])
    for name, amount in lines:
        s.row(None, name, None, wan(amount), merge=[(2, 3)])
    return s.row(None, "合计", None, wan(total), merge=[(2, 3)])


@variant(
    "kbj17-canteen-second-sheet",
    (7, 12),
    "project: head and budget detail lines on the "
    "first sheet, the indicator table on a second sheet under header 预期实现值 (correct)",
)
def canteen_second_sheet() -> Book:
    b, s = project(2025, "学校食堂后厨视频设备更新", CENTRE, money3(60, 55, 5), [
        "更新30所学校食堂后厨摄像头和存储设备，视频保存期不少于90天。"],
        sheet="项目信息", dept=EDUCATION)  # fmt: skip
    detail(s, [("摄像头及存储设备", 38), ("平台接入服务", 14), ("安装及布线", 8)], 60)
    t = b.sheet("绩效指标")
    t.title("学校食堂后厨视频设备更新绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "更新设备学校食堂数量", "30所"),
        (None, "质量指标", "视频保存期", "≥90天"),
        (None, "时效指标", "设备更新完成时间", "2025年8月20日前"),
        ("成本指标", "经济成本指标", "单所食堂设备费用", "≤2万元/所"),
        ("效益指标", "可持续影响指标", "视频资料可追溯率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "学校食堂管理人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kbj18-canteen-export",
    (7, 9, 12),
    "budget-system export: sheets 05-1 and 05-2 with "
    "codes in the first column and the header on the third row: detail lines off their "
    "合计, a template example row left, one indicator under two tier-2s",
)
def canteen_export() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (16, 26, 20, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元", None, None, None, None, "栖梧县教育体育局")
    s.row("项目编码", "项目名称", "支出明细", "金额", "其中：财政拨款", "其他资金")
    for part, amount, fiscal, other in (("设备购置", 30, 27, 3), ("平台服务", 12, 11, 1),
                                        ("运行维护", 6, 6, 0)):  # fmt: skip
        s.row("QW2025-XJ-0213", "明厨亮灶运维", part, wan(amount), wan(fiscal), wan(other))
    b102 = mk(wan(50), "B102", "error", alt=("B101",), note="30 + 12 + 6 = 48，不是50")
    s.row("QW2025-XJ-0213", "合计", None, b102, wan(44), wan(4))
    s.row("年度绩效目标", "完成40所学校食堂明厨亮灶设备运维，AI预警处置率95%以上。",
          merge=[(2, 6)])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 14, 16, 28, 16, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：栖梧县教育体育局")
    d101 = "与质量指标下的同一指标重复"
    code = "QW2025-XJ-0213"
    indicators(t, ("项目编码", "一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"), [
        (code, "产出指标", "数量指标", "运维学校食堂数量", "≥40所", "计划标准"),
        (code, None, "质量指标", "后厨违规行为预警处置率", "≥95%", "计划标准"),
        (code, None, "时效指标", "后厨违规行为预警处置率", mk("≥95%", "D101", "warning",
                                                              row=True, alt=("D103", "D102"),
                                                              note=d101), "计划标准"),
        (code, None, None, "设备故障修复时限", "≤48小时", "行业标准"),
        (code, "成本指标", "经济成本指标", "单所食堂年运维费用", "≤1.2万元/所", "历史标准"),
        (code, "效益指标", "社会效益指标", "示例：XX率", mk("≥XX%", "X101", "error",
                                                            note="模板示例行未删"), None),
        (code, None, None, "学校食堂食品安全事故发生数", "0起", "历史标准"),
        (code, "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "行业标准"),
    ], merged=(2, 3))  # fmt: skip
    return b
