"""Small-reservoir safety appraisal and repair (小型水库安全鉴定与除险加固): kcw01–kcw06."""

from __future__ import annotations

from tests.variants.holdout767.common import (
    annual_money,
    book,
    indicators,
    notes,
    period_money,
    project,
    sign,
    w,
)
from tests.variants.holdout767.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "溪岙县水库管理服务中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kcw01-appraisal-operator-column", (1, 7, 12),
         "project, NAT-2021, 指标性质 as operator column and a unit column, typed percents, "
         "appraisal cost × count equal to the money (correct)")  # fmt: skip
def appraisal_operator_column() -> Book:
    b, s = book()
    project(s, "小型水库安全鉴定", UNIT, annual_money(180, 150, 30), [
        "完成竹坞、鹰嘴岩等12座小型水库安全鉴定（其中小（1）型3座、小（2）型9座），鉴定报告"
        "10月底前报市水利局审定，为2027年病险水库除险加固项目储备积累鉴定资料。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "安全鉴定小型水库数量", "≥", 12, "座"),
        (None, None, "小（1）型水库安全鉴定数量", "≥", 3, "座"),
        (None, "质量指标", "鉴定报告审定通过率", "=", pct(1), "%"),
        (None, None, "现场安全检测项目完整率", "≥", pct(0.98), "%"),
        (None, "时效指标", "鉴定报告报审时间", "≤", day(2026, 10, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "单座水库安全鉴定费用", "≤", 15, "万元/座"),
        ("效益指标", "社会效益指标", "鉴定水库下游保护人口", "≥", 2.3, "万人"),
        (None, "可持续影响指标", "水库安全管理档案建档率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "水库所在村群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "程雪柔", "0578-6612734")
    return b


@variant("kcw02-repair-period-goal", (8, 11),
         "three-year repair project, NAT-2021, 中期 and 年度 columns: the period count below the "
         "中期目标's, an annual length above the period's, last year's deadline")  # fmt: skip
def repair_period_goal() -> Book:
    b, s = book()
    project(s, "小型病险水库除险加固（2026—2028年）", UNIT,
            period_money((2400, 2000, 400), (900, 750, 150)), [
                "2026—2028年完成8座小型病险水库除险加固，消除大坝渗漏、溢洪道泄洪能力不足等"
                "安全隐患，恢复水库正常蓄水。",
                "2026年完成竹坞、鹰嘴岩、石门坑3座水库除险加固主体工程，汛前完成大坝防渗处理。"],
            years=3, attr="新增项目", start=day(2026, 3, 1), end=day(2028, 11, 30))  # fmt: skip
    late = "去年表中的期限，不在2026—2028年项目期内"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "除险加固小型水库数量",
         mk("≥6座", "D104", "warning", row=True, note="中期目标写8座，中期指标只有6座"), "≥3座"),
        (None, None, "大坝防渗处理长度", "≥2.8公里",
         mk("≥3.5公里", "D201", "error", note="年度 3.5 公里超过整个实施期的 2.8 公里")),
        (None, "质量指标", "单位工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度主体工程完工时间", "2028年11月30日前",
         mk("2025年12月31日前", "Y102", "error", row=True, alt=("Y103",), note=late)),
        ("成本指标", "经济成本指标", "单座水库除险加固平均投资", "≤300万元/座", "≤300万元/座"),
        ("效益指标", "社会效益指标", "下游保护人口", "≥3.6万人", "≥1.4万人"),
        (None, "可持续影响指标", "加固后水库安全运行年限", "≥30年", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "葛望舒", "0578-6612781")
    return b


@variant("kcw03-stacked-two-reservoirs", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values, each cost equal to its money (correct)")  # fmt: skip
def stacked_two_reservoirs() -> Book:
    b, s = book("绩效目标表")
    s.title("溪岙县水利局2026年度项目支出绩效目标表", 6)
    project(s, "竹坞水库除险加固", UNIT, annual_money(260, 220, 40), [
        "完成竹坞水库大坝防渗墙260米、溢洪道拓宽改造120米及放空设施改造，"
        "汛前完成防渗墙施工。"], title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "大坝防渗墙施工长度", "≥260米"),
        (None, None, "溢洪道拓宽改造长度", "≥120米"),
        (None, "质量指标", "单位工程验收合格率", "=100%"),
        (None, "时效指标", "防渗墙完工时间", "2026年4月15日前"),
        (None, "成本指标", "工程建设费用", "≤260万元"),
        ("效益指标", "社会效益指标", "下游保护人口", "≥0.8万人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "黄泥塘水库安全监测设施建设", UNIT, annual_money(95, 95, 0), [
        "为黄泥塘水库安装渗压计12支、新建雨水情自动测报站2处，监测数据接入县水库安全"
        "监管平台。"], title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "安装渗压计数量", "≥12支"),
        (None, None, "新建雨水情自动测报站数量", "≥2处"),
        (None, "质量指标", "单位工程验收合格率", "=100%"),
        (None, None, "监测数据到报率", "≥95%"),
        (None, "时效指标", "设施安装完成时间", "2026年5月31日前"),
        (None, "成本指标", "设备购置及安装费用", "≤95万元"),
        ("效益指标", "社会效益指标", "水库险情预警提前时间", "≥6小时"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "程雪柔", "0578-6612734")
    return b


@variant("kcw04-stacked-monitoring-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up, its unit cost × count exceeds its money, a quality rate under 时效")  # fmt: skip
def stacked_monitoring_defects() -> Book:
    b, s = book("绩效目标表")
    s.title("溪岙县水利局2026年度项目支出绩效目标表", 6)
    project(s, "鹰嘴岩水库溢洪道加固", UNIT, annual_money(140, 120, 20), [
        "完成鹰嘴岩水库溢洪道边墙加固85米、消力池改造1处，恢复溢洪道设计泄洪能力。"],
        title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "溢洪道边墙加固长度", "≥85米"),
        (None, None, "消力池改造数量", "≥1处"),
        (None, "质量指标", "单位工程验收合格率", "=100%"),
        (None, "时效指标", "主体工程完工时间", "2026年4月30日前"),
        (None, "成本指标", "工程建设费用", "≤140万元"),
        ("效益指标", "社会效益指标", "下游保护人口", "≥1.1万人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(120), "B101", "error", row=True, note="财政拨款 100 + 其他资金 30 = 130 ≠ 120")
    project(s, "小型水库安全监测设施完善", UNIT, [
        ("年度资金总额", total, "其中：财政拨款", w(100)), ("其他资金", w(30), None, None)], [
        "为桐坪、梅垄等6座小型水库完善渗流、变形安全监测设施，数据接入县监管平台。"],
        title="")  # fmt: skip
    over = "单座 25 万元 × 6 座 = 150 万元，超过项目资金（120 或 130 万元）"
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "完善监测设施的水库数量", "≥6座"),
        (None, "质量指标", "监测数据到报率", "≥95%"),
        (None, "时效指标", mk("监测设施安装合格率", "F201", "warning", row=True,
                           note="合格率是质量指标，填在时效指标下"), "≥95%"),
        (None, None, "设施安装完成时间", "2026年6月30日前"),
        (None, "成本指标", "单座水库监测设施费用",
         mk("≤25万元/座", "B107", "warning", row=True, note=over)),
        ("效益指标", "社会效益指标", "水库险情预警提前时间", "≥6小时"),
        ("满意度指标", "服务对象满意度指标", "水库管理人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "程雪柔", "0578-6612734")
    return b


@variant("kcw05-maintenance-budget-export", (5, 7, 12),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on 部门项目支出"
         "绩效目标05-2 under a third-row header with codes, abbreviated OLD-NAT labels, 0起 and "
         "百分点 (correct)")  # fmt: skip
def maintenance_budget_export() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 14, 30, 14, 14, 14))
    s.title("部门项目支出预算表", 6)
    s.row("单位：溪岙县水利局", None, None, None, "金额单位：万元", merge=[(1, 4), (5, 6)])
    s.row("项目编码", "单位编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    code = "33112626000000014207"
    s.row(code, "317002", "小型水库物业化管护", w(136), w(120), w(16))
    s.row("合计", None, None, w(136), w(120), w(16), merge=[(1, 3)])
    t = b.sheet("部门项目支出绩效目标05-2", (22, 22, 12, 12, 32, 18))
    t.title("部门项目支出绩效目标表（2026年度）", 6)
    t.row("单位：溪岙县水利局", merge=[(1, 6)])
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, "小型水库物业化管护", "产出", "数量", "物业化管护小型水库数量", "≥34座"),
        (None, None, None, "质量", "水库日常巡查记录完整率", "≥95%"),
        (None, None, None, "时效", "汛前安全检查完成时间", "2026年4月30日前"),
        (None, None, None, "成本", "单座水库年度管护费用", "≤4万元/座"),
        (None, None, "效益", "社会效益", "小型水库溃坝事故", "0起"),
        (None, None, None, "可持续影响", "病险水库占比下降", "≥5百分点"),
        (None, None, "满意度", "服务对象满意度", "水库管护对象满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kcw06-appraisal-points-year", (5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator score column: "
         "the title's year one before the plan's, 产出 scores short of its points")  # fmt: skip
def appraisal_points_year() -> Book:
    b, s = book()
    project(s, "小型水库安全鉴定（第二批）", UNIT, annual_money(225, 200, 25), [
        "2026年完成苍溪流域15座小型水库安全鉴定，建立“一库一档”鉴定成果档案。"],
        title="2025年度项目支出绩效目标申报表")  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102",), note="标题写2025年度，计划日期和年度目标是2026年")
    b.file_mark("W101", "error", required=False, note="指标分值合计95，可能随 W103 一并报出")
    short = "产出指标（50分）下各指标分值 15 + 10 + 10 + 10 = 45"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        (mk("一、产出指标（50分）", "W103", "error", note=short), "（一）数量指标",
         "安全鉴定小型水库数量", "≥15座", 15),
        (None, None, "“一库一档”建档数量", "≥15份", 10),
        (None, "（二）质量指标", "鉴定报告审定通过率", "=100%", 10),
        (None, "（三）时效指标", "鉴定报告报审时间", "2026年11月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "单座水库安全鉴定费用", "≤15万元/座", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "鉴定水库下游保护人口", "≥2.6万人", 15),
        (None, "（二）可持续影响指标", "鉴定成果入库率", "≥95%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "水库所在村群众满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：总分100分，预算执行率另行考核，不列入本表。")
    sign(s, "葛望舒", "0578-6612781")
    return b
