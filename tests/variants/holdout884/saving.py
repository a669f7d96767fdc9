"""Returns khj07–khj12: energy saving, smart dimming and energy-performance contracts."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout884.common import DEPT, UNIT, book, indicators, notes, one_year, sign, w
from tests.variants.holdout884.registry import variant
from tests.variants.kit import Book, day, mk, ok

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
BUDGET = [(w(1280), w(1200), w(80), w(380), w(900))]


@variant("khj07-saving-flat-list", (3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "a 下降率 with ≥, 0 accidents, weights add to 100 (correct)")  # fmt: skip
def saving_flat_list() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="澄湾市路灯节能管理中心", budget=BUDGET,
                    goal="完成2000盏路灯LED改造，路灯综合能耗较上年下降12%以上，年节约电费150万元。",
                    tasks=[("路灯节能改造", "2000盏高压钠灯更换为LED灯具", w(600), "年内完工"),
                           ("智能照明平台运维", "单灯控制器及平台运维", w(300), "在线率95%"),
                           ("金额合计", None, w(900), None)])  # fmt: skip
    indicators(s, FLAT, [
        ("路灯LED改造数量", 20, "盏", "≥", 2000),
        ("单灯控制器在线率", 15, "%", "≥", 95),
        ("路灯综合能耗下降率", 15, "%", "≥", 12),
        ("路灯设施安全事故", 10, "起", "=", 0),
        ("故障路灯修复时限", 10, "小时", "≤", 24),
        ("年节约电费", 10, "万元", "≥", 150),
        ("年节约用电量", 10, "万千瓦时", "≥", 180),
        ("市民夜间出行满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    notes(s, "注：路灯综合能耗下降率以2025年全年路灯用电量为基数计算。")
    sign(s, "钱沐阳", "0573-62207716", day(2025, 11, 26))
    return b


@variant("khj08-flat-weights-duplicate", (3,),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · "
         "权重): weights short of 100, one indicator twice with two values, a count against "
         "the goal")  # fmt: skip
def flat_weights_duplicate() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="澄湾市枫渡区市政公用事业服务中心",
                    budget=[(w(860), w(820), w(40), w(310), w(550))],
                    goal="年内安装单灯控制器1500套，完成2条主干道智慧灯杆试点，路灯节电率达到30%。",
                    )  # fmt: skip
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("单灯控制器安装数量", "≥1500", "正向", "套", 20),
        ("智慧灯杆试点路段", mk("≥3", "D104", "warning", row=True,
                               note="总体目标写2条主干道试点，指标写3条"), "正向", "条", 15),
        ("路灯节电率", "≥30%", "正向", "%", 15),
        ("单灯控制器安装数", mk("≥1800", "D102", "error", row=True, alt=("D103", "D101"),
                               note="与第一行“单灯控制器安装数量 ≥1500套”同一指标，值不同"),
         "正向", "套", 10),
        ("故障路灯修复时限", "≤24", "反向", "小时", 15),
        ("服务对象满意度", "≥90%", "正向", "%", 20),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+10+15+20 = 95，不是100")
    return b


H5P = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("khj09-dimming-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator score column, "
         "a rate raised in 百分点, cost within the money (correct)")  # fmt: skip
def dimming_points() -> Book:
    b, s = book()
    project_head(s, year=2026, name="城区路灯智能调光节能项目", dept=DEPT, unit=UNIT,
                 money=one_year(350, 300, 50),
                 goals=["为5000盏路灯加装智能调光控制器，后半夜按车流自动降功率，"
                        "路灯节电率较上年提高5个百分点以上。"])  # fmt: skip
    indicators(s, H5P, [
        ("一、产出指标（40分）", "（一）数量指标", "1.调光控制器安装数量", "≥5000套", 10),
        (None, None, "2.改造照明回路数量", "≥36条", 10),
        (None, "（二）质量指标", "3.控制器安装验收合格率", "=100%", 10),
        (None, "（三）时效指标", "4.安装完成时间", "2026年10月31日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.单套调光控制器采购单价",
         "≤0.05万元/套", 10),
        (None, None, "6.单套控制器安装费", "≤0.01万元/套", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "7.年节约电费", "≥60万元", 10),
        (None, "（二）生态效益指标", "8.路灯节电率较上年提高", "≥5百分点", 10),
        (None, "（三）可持续影响指标", "9.调光系统稳定运行年限", "≥5年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "10.沿线居民满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant("khj10-dimming-points-wrong", (5, 10, 12),
         "project, NAT-2021, tier labels with points: one tier's indicator points short, the "
         "goal's saving above the indicator, plan dates a year before the title")  # fmt: skip
def dimming_points_wrong() -> Book:
    b, s = book()
    project_head(s, year=2026, name="工业园区道路照明节能改造项目",
                 dept="澄湾市经济开发区建设管理局（417310）", unit="开发区市政养护所",
                 money=one_year(420, 400, 20),
                 start=mk(day(2025, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                          note="标题2026年度，计划起止日期却是2025年"),
                 end=day(2025, 12, 31),
                 goals=["改造园区道路照明灯具2100盏，年节约用电120万千瓦时。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="分值合计95，由产出指标分值不符引起")
    indicators(s, H5P, [
        (mk("产出指标（50分）", "W103", "error",
            note="其下指标分值 15+10+10+10 = 45，不是50"),
         "数量指标", "园区道路照明灯具改造数量", "≥2100盏", 15),
        (None, "质量指标", "灯具安装验收合格率", "=100%", 10),
        (None, None, "改造路段平均照度达标率", "≥95%", 10),
        (None, "时效指标", "改造完成时间", ok(
            "2026年11月30日前", "error", note="与2025年的计划日期不符，同一处年份错误"), 10),
        ("成本指标（10分）", "经济成本指标", "单盏改造成本", "≤0.18万元/盏", 10),
        ("效益指标（30分）", "经济效益指标", "年节约用电量", mk(
            "≥100万千瓦时", "D104", "warning", row=True,
            note="年度目标写年节约用电120万千瓦时，指标为100万千瓦时"), 15),
        (None, "生态效益指标", "年减少二氧化碳排放", "≥790吨", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "园区企业满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


EMC = ("一级指标", "二级指标", "考核指标", "指标性质", "目标值（年度）", "计量单位")


@variant("khj11-emc-contract", (7, 11),
         "project, OLD-NAT, headers 考核指标 and 目标值（年度）, operators in words in their "
         "own column, a unit column, the goal's part in brackets, fee × lamps within money "
         "(correct)")  # fmt: skip
def emc_contract() -> Book:
    b, s = book()
    project_head(s, year=2026, name="城区路灯合同能源管理节能服务项目", dept=DEPT, unit=UNIT,
                 money=one_year(200, 200, 0),
                 goals=["对城区6000盏路灯（其中新区2500盏）实施合同能源管理节能服务，"
                        "综合节电率不低于45%。"])  # fmt: skip
    indicators(s, EMC, [
        ("产出指标", "数量指标", "纳入节能服务的路灯数量", "大于等于", 6000, "盏"),
        (None, None, "新增集中控制箱", "大于等于", 40, "台"),
        (None, "质量指标", "路灯亮灯率", "大于等于", 98, "%"),
        (None, None, "节能量第三方核定次数", "等于", 4, "次"),
        (None, "时效指标", "节能改造完成时间", "小于等于", "2026年6月30日", None),
        (None, "成本指标", "单灯年度节能服务费", "小于等于", 0.03, "万元/盏"),
        ("效益指标", "经济效益指标", "年节约电费", "大于等于", 150, "万元"),
        (None, "生态效益指标", "路灯综合节电率", "大于等于", 45, "%"),
        (None, "社会效益指标", "路灯故障引发投诉量", "小于等于", 10, "件"),
        (None, "可持续影响指标", "节能服务合同期限", "等于", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "市民夜间出行满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    notes(s, "说明：节能服务费按核定节能量分享，合同期内每年支付，本年度按6000盏核定。")
    return b


@variant("khj12-emc-wrong-tiers", (5, 11),
         "project, OLD-NAT, operators in words in their own column: a 反向 rate with 大于等于, a "
         "satisfaction rate under 社会效益, a unit cost under 数量")  # fmt: skip
def emc_wrong_tiers() -> Book:
    b, s = book()
    project_head(s, year=2026, name="老城区路灯节能改造及运维服务项目", dept=DEPT, unit=UNIT,
                 money=one_year(240, 220, 20),
                 goals=["对老城区1800盏路灯实施节能改造并委托运维，"
                        "路灯故障率控制在2%以内。"])  # fmt: skip
    indicators(s, EMC, [
        ("产出指标", "数量指标", "节能改造路灯数量", "大于等于", 1800, "盏"),
        (None, None, "单灯节能改造单价", mk("小于等于", "F201", "warning", row=True,
                                          note="成本类指标填在数量指标下"), 0.12, "万元/盏"),
        (None, "质量指标", "路灯亮灯故障率", mk("大于等于", "T108", "warning", row=True,
                                          note="故障率是反向指标，比较符却是大于等于"), 2, "%"),
        (None, "时效指标", "改造完成时间", "小于等于", "2026年8月31日", None),
        (None, "成本指标", "年度运维服务费总额", "小于等于", 24, "万元"),
        ("效益指标", "经济效益指标", "年节约电费", "大于等于", 45, "万元"),
        (None, "社会效益指标", "沿街商户满意度", mk("大于等于", "F201", "warning", row=True,
                                          note="满意度填在社会效益指标下"), 90, "%"),
        ("满意度指标", "服务对象满意度指标", "老城区居民满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    notes(s, "注：单灯节能改造单价含灯具、光源及安装费用。")
    return b
