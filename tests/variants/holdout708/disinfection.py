"""Small water-works disinfection upgrades: kap07–kap12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout708.common import IND, YEAR, indicators, new, notes, one_year, sign, wan
from tests.variants.holdout708.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kap07-disinfection-equipment", (11, 12),
         "project, OLD-NAT, operator and unit columns, a 下降率 with ≥, cost × count within "
         "the money, goal count with its parts in brackets (correct)")  # fmt: skip
def disinfection_equipment() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="鹤汀县小型水厂消毒设施提升项目", dept="鹤汀县水利局（205）",
                 unit="鹤汀县农村供水服务中心", money=one_year(90, 80, 10), goals=[
                     "2025年为24处千人以上农村供水工程配套消毒设备（其中新建次氯酸钠发生器12处、"
                     "更换紫外线消毒设备12处），出厂水消毒剂余量达标率达到95%以上。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "次氯酸钠发生器新建数", "≥", 12, "处"),
        (None, None, "紫外线消毒设备更换数", "≥", 12, "处"),
        (None, "质量指标", "设备安装验收合格率", "=", 100, "%"),
        (None, None, "出厂水消毒剂余量达标率", "≥", 95, "%"),
        (None, "时效指标", "设备安装完成时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "单处设备购置安装成本", "≤", 3.5, "万元/处"),
        ("效益指标", "社会效益指标", "微生物指标超标下降率", "≥", 30, "%"),
        (None, None, "消毒设备故障停运率", "≤", 5, "%"),
        (None, "可持续影响指标", "消毒设备运行维护制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    notes(s, "说明：单处成本3.5万元×24处=84万元，其余6万元用于操作人员培训。")
    sign(s, "卢正涛", "0736-5108823", day(YEAR - 1, 11, 18))
    return b


@variant("kap08-cost-over-money", (12,),
         "project, NAT-2021: money parts not adding up, the goal's count differs from the "
         "indicator, unit cost × count above the money")  # fmt: skip
def cost_over_money() -> Book:
    b, s = new()
    total = mk(wan(120), "B101", "error", note="财政拨款100 + 其他资金15 = 115")
    project_head(s, year=YEAR, name="栾口县单村供水工程消毒设施改造项目",
                 dept="栾口县水利局（407）", unit="栾口县水务服务中心",
                 money=one_year(total, 100, 15), goals=[
                     "2025年完成30处单村供水工程消毒设施改造，"
                     "改造工程出厂水消毒合格率达到95%。"])  # fmt: skip
    indicators(s, IND, [
        ("产出指标", "数量指标", "消毒设施改造工程数",
         mk("≥28处", "D104", "warning", row=True, note="年度目标写30处")),
        (None, "质量指标", "改造工程出厂水消毒合格率", pct(0.95)),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单处消毒设施改造成本",
         mk("≤4.5万元/处", "B107", "warning", row=True,
            note="4.5万元×28处=126万元（按目标30处为135万元），超过年度资金")),
        ("效益指标", "社会效益指标", "受益农村人口", "≥2.1万人"),
        (None, "可持续影响指标", "消毒设施运维管护责任落实", "到位"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "钟卫华", "0717-4452190", day(YEAR - 1, 11, 12))
    return b


@variant("kap09-stacked-two-works", (2,),
         "two projects stacked, OLD-NAT, one value column: the second's money does not add up, "
         "its end date is before its start, one indicator twice with two values")  # fmt: skip
def stacked_two_works() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="石砚镇水厂消毒设备更新项目", dept="蒲湾县水利局（301）",
                 unit="石砚镇供水站", money=one_year(18, 18, 0),
                 goals=["2025年更新石砚镇水厂二氧化氯发生器2台，"
                        "出厂水余氯达标率达到95%。"])  # fmt: skip
    indicators(s, IND, [
        ("产出指标", "数量指标", "二氧化氯发生器更新数", "≥2台"),
        (None, "质量指标", "出厂水余氯达标率", pct(0.95)),
        (None, "时效指标", "设备更新完成时间", "2025年8月31日前"),
        (None, "成本指标", "单台设备购置安装成本", "≤9万元/台"),
        ("效益指标", "社会效益指标", "受益人口", "≥6500人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.9)),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=YEAR, name="蒲湾县村级水站紫外线消毒项目", dept="蒲湾县水利局（301）",
                 unit="蒲湾县农村供水管理站", start=day(YEAR, 3, 1),
                 end=mk(day(YEAR - 1, 12, 31), "Y104", "error", alt=("Y102",),
                        note="计划完成日期早于开始日期"),
                 money=one_year(mk(wan(42), "B101", "error", note="36 + 4 = 40"), 36, 4),
                 title=f"{YEAR}年度项目支出绩效目标申报表（二）",
                 goals=["2025年为8处村级水站安装紫外线消毒设备，"
                        "出厂水微生物指标达标率达到95%。"])  # fmt: skip
    indicators(s, IND, [
        ("产出指标", "数量指标", "紫外线消毒设备安装数", "≥8台"),
        (None, None, mk("紫外线消毒设备安装数量", "D103", "error", row=True, alt=("D101", "D102"),
                        note="同一指标填了两次，数值不同"), "≥10台"),
        (None, "质量指标", "出厂水微生物指标达标率", pct(0.95)),
        (None, "成本指标", "单处设备购置安装成本", "≤4万元/处"),
        ("效益指标", "社会效益指标", "受益人口", "≥3200人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.92)),
    ])  # fmt: skip
    return b


@variant("kap10-stacked-correct", (2, 4),
         "two projects stacked, OLD-NAT, the same indicator names with different values, a 注 "
         "row inside the table and a signature line (correct)")  # fmt: skip
def stacked_correct() -> Book:
    b, s = new()
    for name, unit, n, cost, total, people in (
            ("苇泽县上坪水厂消毒改造项目", "上坪水厂", 3, 6, 20, "≥9000人"),
            ("苇泽县下川水厂消毒改造项目", "下川水厂", 2, 7, 15, "≥5200人")):  # fmt: skip
        if s.r:
            s.skip(2)
        project_head(s, year=YEAR, name=name, dept="苇泽县水利局（118）", unit=unit,
                     money=one_year(total, total, 0), goals=[
                         f"2025年为{unit}配置次氯酸钠消毒设备{n}套，"
                         "出厂水消毒剂余量达标。"])  # fmt: skip
        indicators(s, IND, [
            ("产出指标", "数量指标", "次氯酸钠消毒设备配置数", f"≥{n}套"),
            (None, "质量指标", "出厂水消毒剂余量达标率", pct(0.95 if n == 3 else 0.93)),
            (None, "时效指标", "设备安装完成时间", "2025年9月30日前"),
            (None, "成本指标", "单套设备购置安装成本", f"≤{cost}万元/套"),
            ("注：消毒剂余量按《生活饮用水卫生标准》检测。", None, None, None),
            ("效益指标", "社会效益指标", "受益人口", people),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.9 if n == 3 else 0.88)),
        ])  # fmt: skip
    sign(s, "邝文静", "0772-8306154", day(YEAR - 1, 11, 20))
    return b


@variant("kap11-budget-export", (7, 4),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with codes in the "
         "first columns, header 绩效目标值 on the third row, header repeated after a page break "
         "(correct)")  # fmt: skip
def budget_export() -> Book:
    b, s = new("部门项目支出预算05-1", (14, 30, 12, 24, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("项目代码", "项目名称", "单位代码", "单位名称", "资金总额", "财政拨款", "其他资金")
    s.row("4306251002", "枫垭县农村水厂消毒设备运维项目", "305001", "枫垭县供水服务中心",
          wan(48), wan(45), wan(3))  # fmt: skip
    s.row("合计", None, None, None, wan(48), wan(45), wan(3))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 14, 16, 30, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：枫垭县供水服务中心")
    head = ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
    code, name = "4306251002", "枫垭县农村水厂消毒设备运维项目"
    indicators(t, head, [
        (code, name, "产出指标", "数量指标", "消毒设备运维水厂数", "≥32座"),
        (None, None, None, None, "消毒设备巡检次数", "≥4次/座"),
        (None, None, None, "质量指标", "消毒设备完好率", pct(0.95)),
        (None, None, None, "时效指标", "故障维修响应时间", "≤48小时"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    t.skip()
    t.table([head, (code, name, "成本指标", "经济成本指标", "单座水厂年运维成本", "≤1.4万元/座"),
             (None, None, "效益指标", "社会效益指标", "出厂水消毒剂余量达标率", pct(0.95)),
             (None, None, None, "可持续影响指标", "运维台账完整率", pct(1)),
             (None, None, "满意度指标", "服务对象满意度指标", "水厂管理人员满意度", pct(0.9))],
            merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "说明：运维成本1.4万元×32座=44.8万元，其余3.2万元为备品备件。")
    return b


@variant("kap12-points-two-levels", (10, 5),
         "project, NAT-2021, tier-1 and indicator score columns, 百分点: two tier scores that "
         "do not match their indicators, a cost under 数量")  # fmt: skip
def points_two_levels() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="柘原县小型水厂消毒工艺改造项目", dept="柘原县水利局（112）",
                 unit="柘原县水利工程管理站", money=one_year(66, 60, 6), goals=[
                     "2025年完成15座小型水厂消毒工艺改造，"
                     "出厂水余氯达标率提高5个百分点以上。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(50, "W103", "error", note="其下分值15+10+10+10=45"), "数量指标",
         "消毒工艺改造水厂数", "≥15座", 15),
        (None, None, None,
         mk("单座水厂改造成本", "F201", "warning", row=True, alt=("F105",),
            note="成本填在数量指标下，本表另有成本指标"), "≤4万元/座", 10),
        (None, None, "质量指标", "改造工程验收合格率", pct(1), 10),
        (None, None, "时效指标", "改造完成时间", "2025年10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "工程监理费用", "≤3万元", 10),
        ("效益指标", mk(30, "W103", "error", note="其下分值20+15=35"), "社会效益指标",
         "出厂水余氯达标率提高", "≥5百分点", 20),
        (None, None, "可持续影响指标", "消毒设备管护制度", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "受益群众满意度", pct(0.9), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：三级指标分值合计100分。")
    sign(s, "龚立新", "0815-3327710", day(YEAR - 1, 11, 6))
    return b
