"""Youth training across both sports: camps, reserve squads, coach courses, system exports."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout372.common import (
    YEAR,
    indicators,
    multi_year,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout372.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
SCHOOL = "澜汀市青少年体育学校"


@variant(
    "vr13-youth-camps-stacked",
    (2,),
    "a sailing and an equestrian youth camp stacked in one "
    "sheet, OLD-NAT, one value column, the same indicator names with other values (correct)",
)
def youth_camps_stacked() -> Book:
    b, s = start()
    project(s, "澄屿湾少年帆船夏令营", SCHOOL, one_year(48, 40, 8),
            ["暑期举办少年帆船夏令营，营员200人。"])  # fmt: skip
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "参训青少年人数", "≥200人"],
        [None, "质量指标", "安全教育覆盖率", "=100%"],
        [None, "时效指标", "营期结束时间", "2025年8月31日前"],
        [None, "成本指标", "人均营期成本", "≤2000元/人"],
        ["效益指标", "社会效益指标", "帆船初级技能达标人数", "≥150人"],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    project(s, "柘原马术基地少年冬令营", SCHOOL, one_year(36, 30, 6),
            ["寒假举办少年马术冬令营，营员120人。"], title="")  # fmt: skip
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "参训青少年人数", "≥120人"],
        [None, "质量指标", "安全教育覆盖率", "=100%"],
        [None, "时效指标", "营期结束时间", "2025年2月28日前"],
        [None, "成本指标", "人均营期成本", "≤2500元/人"],
        ["效益指标", "社会效益指标", "马术初级考核通过人数", "≥90人"],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥92%"],
    ])  # fmt: skip
    sign(s, "沈若帆", "0596-7318852")
    return b


@variant(
    "vr14-youth-reserve-multiyear",
    (8,),
    "two-year reserve-squad project, NAT-2021, 中期 and "
    "年度 columns: an annual count above its period count, a count copied, 中期目标 copied",
)
def youth_reserve_multiyear() -> Book:
    b, s = start()
    goal = "培养帆船、马术青少年后备运动员，举办集训营，向省队输送运动员。"
    project(s, "青少年帆船马术后备人才培养", SCHOOL, multi_year((320, 260, 60), (150, 120, 30)),
            [goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")], years=2)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ["产出指标", "数量指标", "培训后备运动员", "≥300人",
         mk("≥360人", "D201", "error", note="annual above the period")],
        [None, None, "举办集训营", "≥12期", mk("≥12期", "D202", "warning", note="copied")],
        [None, "质量指标", "运动员等级达标率", "≥80%", "≥80%"],
        [None, "时效指标", "年度集训完成时间", "2026年12月31日前", "2025年12月31日前"],
        ["成本指标", "经济成本指标", "人均年度培养成本", "≤4000元/人", "≤4000元/人"],
        ["效益指标", "社会效益指标", "向省队输送运动员", "≥10人", "≥4人"],
        ["满意度指标", "服务对象满意度指标", "运动员及家长满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "vr15-youth-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as "
    "direction · 计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights adding to 95",
)
def youth_flat_defects() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=SCHOOL,
                    budget=[[money(420), money(380), money(40), money(250), money(170)]],
                    goal="开展青少年帆船、马术普及与训练，保障训练安全。")  # fmt: skip
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ["普及课开课场次", mk("12场", "T112", "error", alt=("T119",)), "正向", "人", 15],
        ["参训青少年人数", "≥600", "正向", "人", 15],
        ["教练员持证率", "=100", "正向", "%", 10],
        ["学员训练受伤率", mk("≥2", "T108", "warning", row=True), "反向", "%", 10],
        ["场馆开放天数", "≥300", "正向", "天", 10],
        ["水上及骑乘安全事故", "≤0", "反向", "起", 10],
        ["器材更新数量", "≥40", "正向", "件", 10],
        ["学员满意度", "≥92", "正向", "%", 15],
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="15+15+10+10+10+10+10+15 = 95")
    return b


@variant(
    "vr16-youth-coach-headers",
    (7,),
    "project, OLD-NAT, two-row header with 指标内容 and 绩效标准 and a unit column (correct)",
)
def youth_coach_headers() -> Book:
    b, s = start()
    project(s, "青少年帆船教练员培训", SCHOOL, one_year(42, 42, 0),
            ["开设教练员培训班3期，培训帆船教练员60人。"])  # fmt: skip
    s.row("指标层级", None, "指标内容", "绩效标准", "计量单位", merge=[(1, 2)])
    s.row("一级指标", "二级指标")
    for c in (3, 4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ["产出指标", "数量指标", "培训帆船教练员", "≥60", "人"],
        [None, None, "开设培训班", "≥3", "期"],
        [None, "质量指标", "教练员结业考核通过率", "≥90%", "%"],
        [None, "时效指标", "培训完成时间", "2025年11月30日前", None],
        [None, "成本指标", "人均培训成本", "≤6000", "元/人"],
        ["效益指标", "社会效益指标", "取得帆船教练等级证书人数", "≥45", "人"],
        [None, "可持续影响指标", "结业教练上岗执教比例", "≥80%", "%"],
        ["满意度指标", "服务对象满意度指标", "参训教练员满意度", "≥90%", "%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "vr17-youth-riding-percent",
    (1, 9),
    "project, OLD-NAT, operator and unit columns, percent "
    "cells: a pass rate typed as 105 %, 其他资金 formatted in 元 inside the 万元 block",
)
def youth_riding_percent() -> Book:
    b, s = start()
    other = mk(money(180000, YUAN), "B105", "error", note="元 in a 项目资金（万元） block")
    project(s, "青少年马术骑乘营", SCHOOL, one_year(64, 46, other),
            ["举办青少年骑乘营，参训300人。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位"), [
        ["产出指标", "数量指标", "参训青少年人数", "≥", 300, "人"],
        [None, "质量指标", "骑乘教学考核合格率", "≥",
         mk(pct(1.05), "T106", "error", note="105 %"), "%"],
        [None, "时效指标", "骑乘营结束时间", "≤", "2025年8月20日", None],
        [None, "成本指标", "人均骑乘营成本", "≤", 1600, "元/人"],
        ["效益指标", "社会效益指标", "掌握基础骑乘技能学员比例", "≥", pct(0.8), "%"],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="may follow from the 元 cell")
    return b


@variant(
    "vr18-youth-system-export",
    (5, 7, 12),
    "budget-system export: 05-1 money sheet and "
    "05-2 indicator sheet, codes in the first columns, header on row 3, abbreviated tier "
    "labels, two projects (correct)",
)
def youth_system_export() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 18, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row(f"单位名称：{SCHOOL}", None, None, None, "金额单位：万元", merge=[(1, 4)])
    s.row("功能科目编码", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("2071003", "330217-25-0041", "青少年帆船训练", money(56), money(50), money(6))
    s.row("2071003", "330217-25-0042", "青少年马术训练", money(44), money(40), money(4))
    s.row("合计", None, None, money(100), money(90), money(10))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 16, 8, 10, 28, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row(f"单位名称：{SCHOOL}", merge=[(1, 6)])
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    sail, horse = ("330217-25-0041", "青少年帆船训练"), ("330217-25-0042", "青少年马术训练")
    for row in (
        (*sail, "产出", "数量", "青少年帆船训练课时", "≥960课时"),
        (*sail, "产出", "质量", "帆船器材完好率", "≥95%"),
        (*sail, "产出", "时效", "训练计划完成时间", "2025年12月31日前"),
        (*sail, "产出", "成本", "课时教练费标准", "≤300元/课时"),
        (*sail, "效益", "社会效益", "训练伤病发生率下降率", "≥10%"),
        (*sail, "满意度", "服务对象满意度", "学员满意度", "≥93%"),
        (*horse, "产出", "数量", "青少年马术训练课时", "≥640课时"),
        (*horse, "产出", "质量", "马匹防疫合格率", "=100%"),
        (*horse, "产出", "时效", "训练计划完成时间", "12月31日前"),
        (*horse, "产出", "成本", "课时马匹使用费", "≤450元/课时"),
        (*horse, "效益", "社会效益", "坠马事故", "≤0起"),
        (*horse, "满意度", "服务对象满意度", "学员满意度", "≥90%"),
    ):
        t.row(*row)
    return b
