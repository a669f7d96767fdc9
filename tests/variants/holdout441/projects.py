"""Single project returns (yi01–yi06): percent cells, tier labels as offices write them, points
at two levels; the ballet half and the dance half of the theme."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout441.common import DEPT, YEAR, book, indicators, notes, one_year, sign
from tests.variants.holdout441.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("yi01-ballet-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, "
         "percent cells, 万元 in the number format (correct)")  # fmt: skip
def ballet_percent_cells() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="乡村少儿芭蕾启蒙培训项目", dept=DEPT, unit="澜埠县少年宫",
                 money=one_year(36, 30, 6), goals=[
                     "在苇塘镇、石碾乡等6个乡镇开设芭蕾启蒙班12个，培训农村儿童240人，"
                     "举办结业汇报演出2场，家长满意度不低于90%。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "开设芭蕾启蒙班", "≥", 12, "个"),
        (None, None, "培训农村儿童", "≥", 240, "人"),
        (None, None, "结业汇报演出", "≥", 2, "场"),
        (None, "质量指标", "学员结业考核合格率", "≥", pct(0.95), "%"),
        (None, None, "学员中途流失率", "≤", pct(0.05), "%"),
        (None, "时效指标", "课程按期完成率", "=", pct(1), "%"),
        (None, "成本指标", "人均培训成本", "≤", 1500, "元/人"),
        ("效益指标", "社会效益指标", "培训期间安全责任事故", "≤", 0, "起"),
        (None, None, "参训儿童形体与艺术素养", None, "明显提升", None),
        (None, "可持续影响指标", "乡镇学校常设芭蕾兴趣小组", "≥", 6, "个"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "谷晓岚", "0876-5321407")
    return b


@variant("yi02-ballet-percent-wrong", (1, 11), "project, OLD-NAT, operator column: a typed "
         "percent over 100, ≥ on an injury rate, 元 in a 万元 block")  # fmt: skip
def ballet_percent_wrong() -> Book:
    b, s = book()
    other = mk(money(40000, YUAN), "B105", "error",
               note="其他资金 shows 40,000.00元 inside 项目资金（万元）")  # fmt: skip
    project_head(s, year=YEAR, name="芭蕾教师乡村巡回教学项目", dept=DEPT, unit="澜埠县文化馆",
                 money=one_year(28, 24, other), goals=[
                     "组织芭蕾教师到8个村小巡回教学480课时，考级通过率不低于85%。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the 元 cell may break 28 = 24 + 其他资金")
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "巡回教学课时", "≥", 480, "课时"),
        (None, None, "覆盖村小", "≥", 8, "所"),
        (None, "质量指标", "芭蕾一级考级通过率", "≥",
         mk(pct(1.05), "T106", "error", note="a pass rate cannot exceed 100%"), "%"),
        (None, "时效指标", "巡回教学按月开展率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每课时教学补助", "≤", 300, "元/课时"),
        ("效益指标", "社会效益指标", "学员运动损伤发生率",
         mk("≥", "T108", "warning", row=True, note="an injury rate is 反向: ≤ expected"),
         pct(0.02), "%"),
        ("满意度指标", "服务对象满意度指标", "村小师生满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "莫启帆", "0876-5321552")
    return b


@variant("yi03-dance-tier-labels", (5,), "project, NAT-2021, one value column, numbered tier "
         "labels with points (一、产出指标（50分）, （一）数量指标) (correct)")  # fmt: skip
def dance_tier_labels() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="乡村少儿民族舞蹈传承培训项目", dept=DEPT,
                 unit="澜埠县民族歌舞团", money=one_year(45, 40, 5), goals=[
                     "在10个村组建少儿民族舞蹈队，培训儿童300人，编排原创节目3个。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.组建村级少儿舞蹈队", "≥10支"),
        (None, None, "2.培训农村儿童", "≥300人"),
        (None, "（二）质量指标", "3.原创民族舞蹈节目", "≥3个"),
        (None, None, "4.舞蹈队员流失率", "≤8%"),
        (None, "（三）时效指标", "5.集中培训完成时间", "2025年10月31日前"),
        ("二、成本指标（10分）", "（一）经济成本指标", "6.每名学员服装道具标准", "≤300元/人"),
        ("三、效益指标（30分）", "（一）社会效益指标", "7.学员体态不良检出下降率", "≥10%"),
        (None, "（二）可持续影响指标", "8.村级舞蹈队每周集中排练", "≥1次"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.学员及家长满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：下降率以2024年秋季体态筛查结果为基数，按正数填写。")
    sign(s, "韦春桃", "0876-5327716")
    return b


@variant("yi04-dance-labels-wrong", (5, 11), "project, OLD-NAT, labels marked and abbreviated "
         "(*产出指标, 数量, ★): a tier-2 under the wrong tier-1, ≤ on a count")  # fmt: skip
def dance_labels_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="舞蹈送教下乡项目", dept=DEPT, unit="澜埠县文化馆",
                 money=one_year(20, 20, 0), goals=[
                     "组织舞蹈教师送教下乡不少于20场，惠及农村儿童800人次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出指标", "数量", "送教下乡场次",
         mk("≤20场", "T108", "warning", row=True, note="a 正向 count with ≤: ≥ intended")),
        (None, None, "★惠及农村儿童", "≥800人次"),
        (None, "质量", "送教课程备课达标率", "≥95%"),
        (None, "时效", "送教活动按计划完成率", "≥95%"),
        (None, "成本", "每场送教经费", "≤1万元"),
        (None, mk("社会效益", "F105", "error", note="社会效益 belongs under 效益指标"),
         "农村儿童舞蹈兴趣培养", "明显增强"),
        ("*效益指标", "可持续影响", "乡村学校舞蹈课常态开设", "≥10所"),
        ("*满意度指标", "服务对象满意度", "★受益儿童满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙一川", "0876-5320948")
    return b


@variant("yi05-ballet-points", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column, both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def ballet_points() -> Book:
    b, s = book(widths=(14, 10, 16, 28, 18, 10))
    project_head(s, year=YEAR, name="农村留守儿童芭蕾形体课项目", dept=DEPT,
                 unit="澜埠县少年宫", money=one_year(24, 24, 0), goals=[
                     "为160名留守儿童开设芭蕾形体课，柔韧性达标率提高5个百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", 40, "数量指标", "参训留守儿童", "≥160人", 15),
        (None, None, None, "形体课课时", "≥64课时/班", 10),
        (None, None, "质量指标", "学员柔韧性测试达标率", "提高≥5百分点", 15),
        ("成本指标", 20, "经济成本指标", "人均形体课成本", "≤1200元/人", 10),
        (None, None, None, "把杆地胶等器材购置", "≤4.8万元", 10),
        ("效益指标", 30, "社会效益指标", "留守儿童课余活动参与率", "≥90%", 15),
        (None, None, "可持续影响指标", "乡镇形体课教师留任", "≥4人", 15),
        ("满意度指标", 10, "服务对象满意度指标", "留守儿童及监护人满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级分值与指标分值为同一100分的两级分配，不相加。")
    sign(s, "谷晓岚", "0876-5321407")
    return b


@variant("yi06-dance-points-wrong", (10, 7), "project, NAT-2021, headers 考核指标, 目标值（年度）, "
         "分值, 评价标准: a tier score not matching its indicators, a rate as a count")  # fmt: skip
def dance_points_wrong() -> Book:
    b, s = book(widths=(18, 16, 26, 14, 8, 24))
    project_head(s, year=YEAR, name="少儿舞蹈考级辅导项目", dept=DEPT,
                 unit="澜埠县青少年舞蹈培训中心", money=one_year(15, 12, 3), goals=[
                     "组织农村儿童参加中国舞等级考试辅导，参考学员120人。"])  # fmt: skip
    tier = mk("产出指标（40分）", "W103", "error",
              note="indicator points under 产出 add to 35, not the declared 40")  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator points then add to 95")
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "分值", "评价标准"), [
        (tier, "数量指标", "辅导农村学员", "≥120人", 15, "每少5人扣1分"),
        (None, None, "舞蹈考级参与率",
         mk("60人", "T105", "error", note="a 参与率 given as a head count"), 10, "未达标不得分"),
        (None, "质量指标", "考级通过率", "≥85%", 10, "每低1%扣1分"),
        ("成本指标（20分）", "经济成本指标", "人均辅导成本", "≤1250元/人", 20, "超标不得分"),
        ("效益指标（30分）", "社会效益指标", "学员舞蹈兴趣保持率", "≥80%", 30, "按比例得分"),
        ("满意度指标（10分）", "服务对象满意度指标", "家长满意度", "≥90%", 10, "按问卷得分"),
    ])  # fmt: skip
    sign(s, "韦春桃", "0876-5327716")
    return b
