"""Forest fire reports: report points, watch towers, report networks and their money."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout870.common import BUREAU, YEAR, notes, one_year, sign, start, tiers, wan
from tests.variants.holdout870.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kgv13-fire-report-rates", (1, 9, 11),
         "project, OLD-NAT, operator column 指标性质, unit column, percent cells, =100% kept as "
         "text, 0起 on an incident count (correct)")  # fmt: skip
def fire_report_rates() -> Book:
    b, s = start()
    goal = ("建立护林员火情报告网络，设火情报告点36个，发现火情后10分钟内报告，全年火情报告"
            "及时率100%，管护区不发生重大森林火灾。")  # fmt: skip
    project_head(s, year=YEAR, name="护林员火情报告网络建设", dept=BUREAU,
                 unit="栖桐县森林防火指挥部办公室", money=one_year(75, 70, 5),
                 goals=[goal])  # fmt: skip
    tiers(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "火情报告点设置数量", "≥", 36, "个"),
        (None, None, "火情报告培训人次", "≥", 300, "人次"),
        (None, "质量指标", "火情报告信息准确率", "≥", pct(0.98), "%"),
        (None, "时效指标", "发现火情报告时限", "≤", 10, "分钟"),
        (None, None, "火情报告及时率", None, "=100%", None),
        (None, "成本指标", "火情报告点建设单价", "≤", 1.5, "万元/个"),
        ("效益指标", "社会效益指标", "重大森林火灾发生次数", "=", 0, "起"),
        (None, "生态效益指标", "森林火灾受害率", "≤", 0.9, "‰"),
        (None, None, "火情漏报率", "≤", pct(0.02), "%"),
        ("满意度指标", "服务对象满意度指标", "林区群众对火情处置满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "蒙立秋", "0779-6641196", day(YEAR - 1, 11, 26))
    return b


@variant("kgv14-fire-year-leftover", (7,),
         "project, NAT-2021, header 预期目标: last year's plan dates under a 2026 title, a count "
         "below the goal's, a satisfaction rate under 社会效益")  # fmt: skip
def fire_year_leftover() -> Book:
    b, s = start()
    goal = ("2026年在柘岭、雾杉两个林场新建火情视频监测点24个，实现重点林区火情监测全覆盖，"
            "火情核实反馈时限不超过30分钟。")  # fmt: skip
    begin = mk(day(YEAR - 1, 1, 1), "Y101", "error", row=True, alt=("Y102",),
               note="计划起止日期是2025年，表题和目标是2026年度")  # fmt: skip
    project_head(s, year=YEAR, name="重点林区火情视频监测点建设", dept=BUREAU,
                 unit="栖桐县林业局", money=one_year(130, 120, 10), goals=[goal],
                 start=begin, end=day(YEAR - 1, 12, 31))  # fmt: skip
    count = mk("新建火情视频监测点", "D104", "warning", row=True,
               note="年度目标写新建24个，指标写≥18个")  # fmt: skip
    happy = mk("林区群众对火情通报满意度", "F201", "warning", row=True,
               note="满意度填在社会效益指标下")  # fmt: skip
    tiers(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "火情监测点建设单价", "≤5万元/个"),
        ("产出指标", "数量指标", count, "≥18个"),
        (None, "质量指标", "监测点验收合格率", "=100%"),
        (None, "时效指标", "火情核实反馈时限", "≤30分钟"),
        ("效益指标", "社会效益指标", happy, "≥90%"),
        (None, "生态效益指标", "重点林区火情监测覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "护林员对监测系统使用满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgv15-fire-department", (4, 12),
         "department, NAT-2021, tasks with a 金额合计 explained by a note, weight column, header "
         "repeated after a page break, a total row, signature lines (correct)")  # fmt: skip
def fire_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="柘岭国有林场",
                    budget=[(wan(860), wan(800), wan(60), wan(610), wan(250))], tasks=[
                        ("森林火情监测报告", "瞭望塔值守与火情报告", wan(120), "报告及时率100%"),
                        ("扑火队伍建设", "半专业扑火队40人", wan(90), "接警30分钟内出动"),
                        ("防火宣传", "进村入户宣传", wan(40), "入户覆盖率≥95%"),
                        ("金额合计", "注：合计为项目支出，不含基本支出610万元", wan(250), None)],
                    goal="全年火情报告及时率100%，组建半专业扑火队40人，"
                         "森林火灾受害率控制在0.8‰以内。")  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    tiers(s, header, [
        ("产出指标", "数量指标", "瞭望塔值守天数", "≥180天", 10),
        (None, None, "半专业扑火队员人数", "≥40人", 10),
        (None, "质量指标", "火情报告信息准确率", "≥98%", 10),
        (None, "时效指标", "火情报告及时率", "=100%", 10),
        (None, None, "接警后扑火队出动时限", "≤30分钟", 10),
    ])  # fmt: skip
    s.skip()
    tiers(s, header, [
        ("成本指标", "经济成本指标", "扑火队员年均补助", "≤2万元/人", 10),
        ("效益指标", "社会效益指标", "防火宣传入户覆盖率", "≥95%", 10),
        (None, "生态效益指标", "森林火灾受害率", "≤0.8‰", 10),
        (None, "可持续影响指标", "火情报告值守制度执行", "长期执行", 10),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "谭叙白", "0779-6631207", day(YEAR - 1, 11, 16))
    return b


@variant("kgv16-fire-export", (9, 12),
         "budget-system export: detail lines on 05-1, indicators on 05-2 under codes, header on "
         "the third row; lines not adding up, one indicator under two tier-2s")  # fmt: skip
def fire_export() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 26, 22, 14))
    code, name = "451230260015", "森林火情监测报告系统运维"
    s.title(f"{YEAR}年部门项目支出预算表", 4)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "金额")
    s.row(code, name, "瞭望塔视频点运维", wan(12))
    s.row(None, None, "火情报告通讯费", wan(30))
    s.row(None, None, "扑火物资补充", wan(18))
    s.row("合计", None, None, mk(wan(65), "B102", "error", note="12 + 30 + 18 = 60，合计写65"))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 26, 14, 16, 26, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row(f"单位：{BUREAU}")
    again = mk("火情核查反馈及时率", "D101", "warning", row=True, alt=("D103", "F201"),
               note="与时效指标下的同名指标重复")  # fmt: skip
    tiers(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "产出指标", "数量指标", "运维视频监测点数量", "≥20个"),
        (code, name, None, None, "火情报告通讯终端", "≥150部"),
        (code, name, None, "时效指标", "火情核查反馈及时率", "≥95%"),
        (code, name, None, "质量指标", again, "≥95%"),
        (code, name, None, "成本指标", "视频点年运维单价", "≤0.6万元/个"),
        (code, name, "效益指标", "社会效益指标", "火情早期发现率", "≥90%"),
        (code, name, None, "生态效益指标", "森林火灾受害率", "≤0.9‰"),
        (code, name, "满意度指标", "服务对象满意度指标", "护林员对报告系统满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("kgv17-fire-flat-midterm", (3, 8),
         "department, flat list with a unit column, 实施周期 and 年度 value columns, weights in "
         "the header text (correct)")  # fmt: skip
def fire_flat_midterm() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="雾杉县森林消防大队",
                    budget=[(wan(420), wan(400), wan(20), wan(300), wan(120))],
                    goal="2026—2028年建设火情报告站点30个（其中2026年10个），培训护林员900人次，"
                         "年度火情报告及时率100%。")  # fmt: skip
    s.row("指标名称", "计量单位", "实施周期指标值", "年度指标值", "权重（合计100）")
    s.table([
        ("火情报告站点建设数量", "个", "≥30", "≥10", 20),
        ("护林员火情报告培训人次", "人次", "≥900", "≥300", 15),
        ("火情报告信息准确率", "%", "≥98%", "≥98%", 15),
        ("火情报告及时率", "%", "=100%", "=100%", 15),
        ("森林火灾受害率", "‰", "≤0.9", "≤0.9", 15),
        ("林区群众满意度", "%", "≥90", "≥90", 20),
    ])  # fmt: skip
    notes(s, "说明：实施周期为2026—2028年，年度指标值为2026年目标。")
    return b


@variant("kgv18-fire-empty-names", (6, 13),
         "project, NAT-2021, header 绩效目标值: a value without a name, an empty tier-2 left from "
         "the template, a time limit looser than the goal's")  # fmt: skip
def fire_empty_names() -> Book:
    b, s = start()
    goal = "组建火情报告核查小组12个，护林员发现火情即时报告，核查人员接报后20分钟内到场核查。"
    project_head(s, year=YEAR, name="火情报告核查小组运行经费", dept=BUREAU,
                 unit="岩穗镇人民政府", money=one_year(48, 48, 0), goals=[goal])  # fmt: skip
    nameless = mk(None, "F110", "error", note="有指标值≥96人，没有三级指标名称")
    left = mk("可持续影响指标", "F109", "warning", row=True, note="模板留下的二级指标，未填指标")
    late = mk("火情核查到场时限", "D104", "warning", row=True, note="年度目标写20分钟内到场")
    tiers(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("成本指标", "经济成本指标", "核查小组年运行经费", "≤4万元/组"),
        ("产出指标", "数量指标", "组建火情核查小组", "≥12个"),
        (None, None, nameless, "≥96人"),
        (None, "质量指标", "火情报告信息准确率", "≥98%"),
        (None, "时效指标", late, "≤30分钟"),
        ("效益指标", "社会效益指标", "森林火灾早期处置率", "≥95%"),
        (None, left, None, None),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
