"""Tenant audits (资格复核与入户核查): kel13–kel18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout808.common import NAT, filled, indicators, notes, sign, start, wan
from tests.variants.holdout808.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kel13-audit-notes-page-break", (4, 5),
         "project, OLD-NAT, abbreviated tier labels, a note row inside, the header repeated "
         "after a page break, 填表说明 and signature lines, a fill date the year before "
         "(correct)")  # fmt: skip
def kel13() -> Book:
    b, s = start()
    project_head(s, year=2025, name="砚川县公租房承租资格年度复核项目",
                 dept="砚川县住房和城乡建设局（118001）", unit="砚川县住房保障服务中心",
                 money=[("年度资金总额", wan(36), "其中：财政拨款", wan(36)),
                        ("其他资金", wan(0), None, None)],
                 goals=["对全县2400户公租房承租家庭开展年度资格复核，"
                        "清退不再符合条件家庭。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, header, [
        ("产出", "数量", "年度资格复核户数", "≥2400户"),
        (None, "质量", "复核结论准确率", "≥98%"),
        (None, "时效", "复核完成时间", "2025年9月30日前"),
        (None, "成本", "户均复核费用", "≤150元/户"),
    ])  # fmt: skip
    notes(s, "（注：复核费用含入户核查交通和信息比对费用）")
    s.skip()
    indicators(s, header, [
        ("效益", "社会效益", "不符合条件家庭清退率", "≥95%"),
        (None, "可持续影响", "承租家庭信息动态更新机制", "建立并执行"),
        ("满意度", "服务对象满意度", "承租家庭满意度", "≥85%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值须量化；2.一级、二级指标按模板填写，不得删减。")
    sign(s, "邬思岚", "0571-6382 4417", filled(2024, 12, 2))
    return b


@variant("kel14-audit-dates-and-count", (1, 11),
         "project, NAT-2021: an end date after the one-year budget year, the goal's count "
         "against the indicator, a rate given as a count")  # fmt: skip
def kel14() -> Book:
    b, s = start()
    project_head(s, year=2025, name="湄沙市公租房承租家庭入户核查项目",
                 dept="湄沙市住房和城乡建设局", unit="湄沙市住房保障事务中心",
                 end=mk(day(2026, 3, 31), "Y102", "error", alt=("Y101",),
                        note="一年期项目，计划完成日期落在下一年"),
                 money=[("年度资金总额", wan(54), "其中：财政拨款", wan(54)),
                        ("其他资金", wan(0), None, None)],
                 goals=["全年入户核查在保家庭3600户，核查结果全部录入信息系统。"])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "入户核查户数",
         mk("≥3000户", "D104", "warning", note="年度目标写3600户")),
        (None, "质量指标", "核查结果录入率",
         mk("3600户", "T105", "error", note="比率指标填了户数")),
        (None, "时效指标", "核查完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "户均核查费用", "≤150元/户"),
        ("效益指标", "社会效益指标", "违规转租转借发生率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "承租家庭满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("kel15-audit-word-operators", (7, 11),
         "project, OLD-NAT, two-row header, operator in words, 指标性质 as direction, unit "
         "column, a goal count with its part (correct)")  # fmt: skip
def kel15() -> Book:
    b, s = start()
    project_head(s, year=2025, name="汀麓县公租房使用情况专项核查项目", dept="汀麓县住房保障局",
                 unit="汀麓县住房保障中心",
                 money=[("年度资金总额", wan(22.5), "其中：财政拨款", wan(22.5)),
                        ("其他资金", wan(0), None, None)],
                 goals=["入户核查1500户（其中重点核查300户），"
                        "查处违规转租、闲置和改变用途行为。"])  # fmt: skip
    s.row("绩效指标", None, None, "指标值", None, None, merge=[(1, 3), (4, 6)])
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "数值", "计量单位"), [
        ("产出指标", "数量指标", "入户核查户数", "大于等于", 1500, "户"),
        (None, None, "重点核查户数", "大于等于", 300, "户"),
        (None, "质量指标", "违规行为查处率", "大于等于", 95, "%"),
        (None, "时效指标", "核查问题整改期限", "小于等于", 30, "天"),
        (None, "成本指标", "户均核查费用", "小于等于", 150, "元/户"),
        ("效益指标", "社会效益指标", "违规使用公租房发生率", "小于等于", 3, "%"),
        ("满意度指标", "服务对象满意度指标", "合规承租家庭满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    notes(s, "注：入户核查1500户含重点核查300户；150元×1500户=22.5万元。")
    return b


@variant("kel16-audit-flat-defects", (3, 12),
         "department, flat list with weights: weights add to 95, one indicator twice with "
         "different values, the goal's count against the indicator")  # fmt: skip
def kel16() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="岑浦区住房保障局",
                    budget=[(wan(640), wan(600), wan(40), wan(220), wan(420))],
                    goal="全年入户核查公租房承租家庭2400户，"
                         "违规转租转借清退率95%以上。")  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+15+10+20=95")
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("入户核查户数", 20, "户", "≥",
         mk(2000, "D104", "warning", row=True, note="年度总体目标写2400户")),
        ("违规转租转借清退率", 15, "%", "≥", pct(0.95)),
        ("资格复核准确率", 15, "%", "≥", pct(0.98)),
        ("违规转租转借清退率", 15, "%", "≥",
         mk(pct(0.9), "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标第二次出现，指标值不同")),
        ("户均核查费用", 10, "元/户", "≤", 150),
        ("承租家庭满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("kel17-audit-second-sheet", (7, 1),
         "project: head on the first sheet, the table on a second sheet under 考核指标 / "
         "目标值（年度） / 评价标准, percent cells (correct)")  # fmt: skip
def kel17() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="澄岭区公租房租金收缴核查项目",
                 dept="澄岭区住房保障局（207001）", unit="澄岭区公租房管理所",
                 money=[("年度资金总额", wan(18), "其中：财政拨款", wan(18)),
                        ("其他资金", wan(0), None, None)],
                 goals=["核查1200户欠租家庭，租金收缴率达到95%以上。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("澄岭区公租房租金收缴核查项目绩效指标（2025年度）", 6)
    indicators(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "欠租家庭核查户数", "≥1200户", "每少10户扣1分"),
        (None, "质量指标", "公租房租金收缴率", pct(0.95), "每低1个百分点扣1分"),
        (None, "时效指标", "欠租催缴完成时间", "2025年12月15日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "户均核查费用", "≤150元/户", "超支不得分"),
        ("效益指标", "社会效益指标", "长期欠租户数下降率", "≥20%", "未达到不得分"),
        ("满意度指标", "服务对象满意度指标", "承租家庭满意度", pct(0.9), "按调查结果计分"),
    ])  # fmt: skip
    return b


@variant("kel18-audit-tier-and-year", (5, 11),
         "project, NAT-2021, tier labels with marks: a satisfaction rate under 社会效益, last "
         "year's deadline")  # fmt: skip
def kel18() -> Book:
    b, s = start()
    project_head(s, year=2025, name="汀麓县公租房退出管理核查项目", dept="汀麓县住房保障局",
                 unit="汀麓县住房保障中心",
                 money=[("年度资金总额", wan(12), "其中：财政拨款", wan(12)),
                        ("其他资金", wan(0), None, None)],
                 goals=["对800户收入超标家庭开展退出核查，"
                        "按期完成腾退或转为市场租金。"])  # fmt: skip
    indicators(s, NAT, [
        ("*产出指标", "*数量指标", "退出核查户数", "≥800户"),
        (None, "*质量指标", "退出决定准确率", "=100%"),
        (None, "*时效指标", "核查完成时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103",), note="上一年度的期限")),
        ("*成本指标", "经济成本指标", "户均核查费用", "≤150元/户"),
        ("*效益指标", "社会效益指标", "公租房房源周转率提高", "≥5百分点"),
        (None, None, "退出家庭满意度",
         mk("≥85%", "F201", "warning", row=True, note="满意度填在社会效益下")),
        ("★满意度指标", "服务对象满意度指标", "在保家庭满意度", "≥90%"),
    ])  # fmt: skip
    return b
