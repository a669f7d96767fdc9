"""Smart water meter returns (kei07–kei12): department flat lists, tier labels, exports, years."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout805.common import (
    TIERS,
    YEAR,
    annual,
    indicators,
    notes,
    sign,
    start,
    wan,
)
from tests.variants.holdout805.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "kei07-meter-flat-weights",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percent cells, weights add to 100 (correct)",
)
def meter_flat_weights() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="禾湾县供水管理所", budget=[
        (wan(820), wan(700), wan(120), wan(320), wan(500))], tasks=[
        ("智能水表改造", "城区老旧机械水表更换为NB-IoT智能水表", wan(300), "更换8000只"),
        ("分区计量建设", "建设分区计量小区及漏损监测平台", wan(200), "建成12个计量小区"),
        ("金额合计", None, wan(500), None)],
        goal="完成城区8000只智能水表更换（其中居民户表7600只、非居民表400只），"
             "供水管网漏损率控制在9%以内。")  # fmt: skip
    indicators(s, FLAT, [
        ("智能水表更换数量", 20, "只", "≥", 8000),
        ("分区计量小区建设数量", 15, "个", "≥", 12),
        ("远传数据上线率", 15, "%", "≥", pct(0.98)),
        ("供水管网漏损率", 15, "%", "≤", pct(0.09)),
        ("水表故障处理时限", 10, "小时", "≤", 48),
        ("年节约水量", 15, "万立方米", "≥", 60),
        ("用水户满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    sign(s, "莫绍川", "0776-5336120", day(2025, 11, 20))
    return b


@variant(
    "kei08-meter-flat-against-goal",
    (3, 12),
    "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): goal count against the "
    "list, tasks against 金额合计, a repeated row",
)
def meter_flat_against_goal() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="桐坳县城乡供水服务中心", budget=[
        (wan(600), wan(520), wan(80), wan(340), wan(260))], tasks=[
        ("农村智能水表安装", "为集中供水工程用户安装智能水表", wan(150), "安装3200只"),
        ("水费远程收缴平台", "升级计量收费平台", wan(90), "平台上线运行"),
        ("金额合计", None, mk(wan(260), "B102", "error", note="150 + 90 = 240"), None)],
        goal="2026年为农村集中供水工程用户安装智能水表3200只，"
             "实现远程抄表和水费线上缴纳。")  # fmt: skip
    count = mk(2300, "D104", "warning", row=True, note="年度总体目标和任务写3200只")
    again = mk(">=95%", "D101", "warning", row=True, alt=("D103",), note="与上面第二行相同")
    indicators(s, ("指标名称", "指标值", "计量单位", "权重"), [
        ("智能水表安装数量", count, "只", 15),
        ("智能水表在线率", ">=95%", "%", 15),
        ("远程抄表数据准确率", ">=98%", "%", 15),
        ("水表故障处理时限", "<=72", "小时", 10),
        ("智能水表在线率", again, "%", 10),
        ("水费线上缴纳占比", ">=60%", "%", 15),
        ("农村供水漏损率", "<=12%", "%", 10),
        ("用水户满意度", ">=90%", "%", 10),
    ], merged=())  # fmt: skip
    return b


@variant(
    "kei09-meter-points-department",
    (5, 10, 12),
    "department, NAT-2021, numbered tier labels with points and an indicator score "
    "column, 100 both ways, 百分点 (correct)",
)
def meter_points_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="柘岭市节约用水办公室", budget=[
        (wan(480), wan(400), wan(80), wan(180), wan(300))], tasks=[
        ("智能水表推广", "公共机构及用水大户安装智能水表3000只", wan(180), "安装3000只"),
        ("用水监管平台", "建设节水监管平台并接入水表数据", wan(120), "平台接入率达95%"),
        ("金额合计", None, wan(300), None)],
        goal="推广智能水表3000只，建成节水监管平台，计量收费覆盖率提高5个百分点。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("一、成本指标（10分）", "（一）经济成本指标", "智能水表单价（含安装）", "≤600元/只", 10),
        ("二、产出指标（50分）", "（一）数量指标", "智能水表安装数量", "≥3000只", 20),
        (None, "（二）质量指标", "水表数据平台接入率", "≥95%", 15),
        (None, "（三）时效指标", "安装完成时间", "2026年10月31日前", 15),
        ("三、效益指标（30分）", "（一）社会效益指标", "计量收费覆盖率提高", "≥5百分点", 15),
        (None, "（二）生态效益指标", "用水大户年节水量", "≥40万立方米", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "用水单位满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：一级指标括号内为该类指标分值合计，各三级指标分值之和为100分。")
    sign(s, "甘若溪", "0771-6628403", day(2025, 12, 5))
    return b


@variant(
    "kei10-meter-wrong-tier2",
    (5,),
    "project, NAT-2021, labels with ★ and abbreviations: an accuracy rate under 时效, a "
    "satisfaction rate under 社会效益",
)
def meter_wrong_tier2() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沔溪灌区农业用水智能计量改造", dept="桐坳县水利局（214003）",
                 unit="沔溪灌区管理处", money=annual(240, 200, 40),
                 goals=["安装农业灌溉智能水表800套，抄表数据准确率达到98%以上。"])  # fmt: skip
    rate = mk("≥98%", "F201", "warning", row=True, note="准确率是质量指标，填在时效下")
    happy = mk("≥90%", "F201", "warning", row=True, alt=("F105",),
               note="满意度应在满意度指标下，不是社会效益")  # fmt: skip
    indicators(s, TIERS, [
        ("★成本", "经济成本", "智能水表单套购置安装费", "≤2500元/套"),
        ("★产出", "数量", "智能水表安装数量", "≥800套"),
        (None, "质量", "水表安装验收合格率", "≥95%"),
        (None, "时效", "抄表数据准确率", rate),
        (None, None, "安装完成时间", "2026年9月30日前"),
        ("★效益", "社会效益", "灌溉用水计量到户率", "≥85%"),
        (None, None, "灌溉用水户满意度", happy),
        (None, "生态效益", "年节约灌溉用水量", "≥150万立方米"),
        ("★满意度", "服务对象满意度", "灌区管理单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kei11-meter-system-export",
    (4, 7),
    "budget-system export: money sheet with codes, the indicator table on a second sheet "
    "under a header on the third row (correct)",
)
def meter_system_export() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 26, 14, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：万元", None, None, None, None, "禾湾县水利局")
    s.row("项目编码", "项目名称", "功能科目编码", "资金总额", "财政拨款", "其他资金")
    s.row("451302260011", "灌区智能计量设施运维", "2130314", wan(85), wan(85), wan(0))
    s.row("合计", None, None, wan(85), wan(85), wan(0))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 16, 26, 10, 12, 10))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位名称：禾湾县水利局", None, None, None, None, None, None, "单位：万元")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "度量单位")  # fmt: skip
    code, name = "451302260011", "灌区智能计量设施运维"
    indicators(t, head, [
        (code, name, "成本指标", "经济成本指标", "单个计量点年运维费", "≤", 0.25, "万元/处"),
        (None, None, "产出指标", "数量指标", "运维计量点数量", "≥", 300, "处"),
        (None, None, None, "质量指标", "计量设施完好率", "≥", 95, "%"),
        (None, None, None, "时效指标", "故障修复时限", "≤", 72, "小时"),
        (None, None, "效益指标", "社会效益指标", "灌区用水计量率", "≥", 90, "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "用水户满意度", "≥", 90, "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "填表说明：指标性质填≥、≤或=，指标值填数字，度量单位单独填写。", width=8)
    return b


@variant(
    "kei12-meter-year-leftovers",
    (1, 7),
    "project, OLD-NAT, headers 考核指标 and 目标值（年度）, a 权重 column: a deadline "
    "after the year, last year's goal, weights",
)
def meter_year_leftovers() -> Book:
    b, s = start()
    goal = mk("2024年完成城区2000只智能水表改造，并完成远传平台调试。", "Y103", "warning",
              alt=("Y101",), note="上一年度申报表的目标文字，年份不在2026年")  # fmt: skip
    project_head(s, year=YEAR, name="泷坪片区智能水表更换", dept="柘岭市水务局（118020）",
                 unit="柘岭市供水有限公司", money=annual(130, 110, 20), goals=[goal])  # fmt: skip
    when = mk(day(2027, 3, 31), "Y102", "error", note="一年期项目，验收时间在2027年")
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "计量单位", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "智能水表更换数量", "≥2000", "只", 20),
        (None, "质量指标", "远传数据上线率", pct(0.97), "%", 15),
        (None, "时效指标", "竣工验收时间", when, None, 10),
        (None, "成本指标", "单只水表更换费用", "≤600", "元/只", 10),
        ("效益指标", "社会效益指标", "抄表人工减少比例", pct(0.5), "%", 15),
        (None, "生态效益指标", "片区管网漏损率", "≤10%", "%", 15),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", pct(0.9), "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，不是100")
    return b
