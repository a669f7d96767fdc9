"""Farmer-alert returns: weather and pest warnings pushed to growers (kep13–kep18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout812.common import (
    DEPT,
    EXTENSION,
    YEAR,
    cash,
    header,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout812.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kep13-alert-department", (4, 12),
         "department, NAT-2021, tasks adding to 金额合计 = 项目支出 with a note explaining the "
         "total, header 预期目标, a part of the goal's count as its own indicator "
         "(correct)")  # fmt: skip
def alert_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=EXTENSION, budget=[
        (cash(260), cash(240), cash(20), cash(150), cash(110))], tasks=[
        ("农情预警信息服务", "短信、广播、公众号推送气象与病虫预警", cash(48), "推送预警≥120期"),
        ("基层农技员培训", "培训村级农技信息员", cash(32), "培训≥200人"),
        ("智慧农业服务平台运维", "平台运行与数据对接", cash(30), "平台全年可用"),
        ("金额合计", None, cash(110), None)],
        goal="全年推送农业气象与病虫害预警≥120期，覆盖种植户1.8万户（其中规模经营主体1200户），"
             "培训村级农技信息员200人。")  # fmt: skip
    notes(s, "注：金额合计为项目支出，不含基本支出150万元。")
    header(s, "一级指标", "二级指标", "三级指标", "预期目标")
    indicators(s, [
        ("产出指标", "数量指标", "推送预警信息期数", "≥120期"),
        (None, None, "预警信息覆盖种植户", "≥1.8万户"),
        (None, None, "规模经营主体接收预警户数", "≥1200户"),
        (None, None, "培训村级农技信息员", "≥200人"),
        (None, "质量指标", "预警信息准确率", pct(0.85)),
        (None, "时效指标", "灾害性天气预警提前发布时间", "≥24小时"),
        ("成本指标", "经济成本指标", "单条预警短信成本", "≤0.05元/条"),
        ("效益指标", "社会效益指标", "种植户因灾损失率", "≤8%"),
        (None, "可持续影响指标", "预警信息服务机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邝稻生", "0739-5521904")
    return b


@variant("kep14-alert-notes", (4, 7, 11),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, operator in words in 指标性质, unit "
         "column, header repeated after a page break, 填表说明 and signature "
         "(correct)")  # fmt: skip
def alert_notes() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄穗县病虫害智能测报预警项目", dept=DEPT, unit=EXTENSION,
                 money=one_year(70, 60, 10), goals=[
                     "布设智能虫情测报灯20台，全年发布病虫情报24期，测报准确率85%以上，"
                     "挽回粮食损失800吨。"])  # fmt: skip
    cols = ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位")
    header(s, *cols)
    indicators(s, [
        ("产出指标", "数量指标", "布设智能虫情测报灯", "大于等于", 20, "台"),
        (None, None, "发布病虫情报", "大于等于", 24, "期"),
        (None, "质量指标", "病虫测报准确率", "大于等于", 85, "%"),
    ])  # fmt: skip
    notes(s, "第1页 共2页")
    header(s, *cols)
    indicators(s, [
        ("产出指标", "时效指标", "病虫情报发布时限", "小于等于", 2, "工作日"),
        (None, "成本指标", "单台测报灯购置成本", "小于等于", 2.5, "万元/台"),
        ("效益指标", "经济效益指标", "挽回粮食损失", "大于等于", 800, "吨"),
        (None, "社会效益指标", "化学农药使用量下降率", "大于等于", 5, "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    notes(s, "填表说明：指标性质栏填写比较关系（大于等于、小于等于、等于），计量单位单独填列。",
          "注：测报灯按乡镇分布见附件；20台×2.5万元=50万元，其余为数据服务费。")  # fmt: skip
    sign(s, "邝稻生", "0739-5521904", day(YEAR - 1, 12, 5))
    return b


@variant("kep15-alert-multiyear", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns, the period's counts beside the "
         "year's, a later year inside the period named in the goal, typed percents "
         "(correct)")  # fmt: skip
def alert_multiyear() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄穗县农户智能预警服务平台建设项目", dept=DEPT,
                 unit=EXTENSION, years=2, attr="新增项目",
                 money=multi_year((300, 260, 40), (180, 160, 20)), goals=[
                     "2026—2027年建成县级农业预警服务平台，两年累计推送预警≥240期，"
                     "覆盖种植户3万户，接入全县12个乡镇。",
                     "2026年完成平台主体建设，推送预警≥120期，覆盖种植户1.8万户，"
                     "接入6个乡镇，为2027年接入其余乡镇做准备。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "累计推送预警信息", "≥240期", "≥120期"),
        (None, None, "预警覆盖种植户", "≥3万户", "≥1.8万户"),
        (None, None, "接入乡镇数", "≥12个", "≥6个"),
        (None, "质量指标", "平台可用率", pct(0.99), pct(0.99)),
        (None, "时效指标", "平台建设完成时间", "2027年12月31日前", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "平台建设成本", "≤300万元", "≤180万元"),
        ("效益指标", "社会效益指标", "种植户因灾损失率", "≤8%", "≤8%"),
        (None, "可持续影响指标", "平台设计使用年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    sign(s, "邝稻生", "0739-5521904")
    return b


@variant("kep16-alert-dates-wrong", (6, 13),
         "project, NAT-2021: the goal's count of alerts against the indicator, a deadline in "
         "the next year of a one-year project, a value without a name")  # fmt: skip
def alert_dates_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄穗县农户预警短信服务项目", dept=DEPT, unit=EXTENSION,
                 money=one_year(40, 40, 0), goals=[
                     "全年推送农业气象预警短信≥150期，覆盖种植户1.5万户，"
                     "2026年12月底前完成预警平台升级。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "推送预警短信期数",
         mk("≥120期", "D104", "warning", row=True, note="年度目标写≥150期")),
        (None, None, "覆盖种植户", "≥1.5万户"),
        (None, "质量指标", "预警短信到达率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="有指标值没有三级指标名称"), "≥90%"),
        (None, "时效指标", "预警平台升级完成时间",
         mk("2027年3月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="一年期2026年项目，期限却在2027年；年度目标写2026年12月底")),
        ("成本指标", "经济成本指标", "单条预警短信成本", "≤0.05元/条"),
        ("效益指标", "社会效益指标", "种植户因灾损失率", "≤8%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邝稻生", "0739-5521904")
    return b


@variant("kep17-alert-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns, typed percents: an arrival rate over "
         "100 %, ≥ on a false-alarm rate")  # fmt: skip
def alert_percent_wrong() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="澄穗县村级预警广播建设项目",
        dept=DEPT,
        unit=EXTENSION,
        money=one_year(54, 50, 4),
        goals=["在36个行政村安装预警广播终端，灾害预警信息全部到达，误报率控制在5%以内。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "安装村级预警广播终端", "≥", 36, "个"),
        (None, "质量指标", "预警信息到达率", "≥",
         mk(pct(1.05), "T106", "error", note="到达率不能超过100%"), "%"),
        (None, None, "预警信息误报率",
         mk("≥", "T108", "warning", row=True, note="误报率是反向指标，应为≤"), pct(0.05), "%"),
        (None, "时效指标", "终端安装完成时间", "≤", "2026年7月31日", "日期"),
        (None, "成本指标", "单个终端安装成本", "≤", 1.5, "万元/个"),
        ("效益指标", "社会效益指标", "预警广播覆盖村民", "≥", 4.2, "万人"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邝稻生", "0739-5521904")
    return b


@variant("kep18-alert-leftover", (12,),
         "project, NAT-2021, detail lines under the table: last year's household count kept as a "
         "second indicator, a year left in the goal, lines not adding up to the 合计")  # fmt: skip
def alert_leftover() -> Book:
    b, s = start()
    goal = ("全年推送墒情与气象预警≥100期，覆盖种植户1.5万户，"
            "确保2024年春播期预警短信到达率达到95%。")  # fmt: skip
    project_head(s, year=YEAR, name="澄穗县春耕墒情预警服务项目", dept=DEPT, unit=EXTENSION,
                 money=one_year(45, 45, 0), goals=[
                     mk(goal, "Y103", "warning", alt=("Y101",),
                        note="2026年的年度目标写2024年春播期，是旧年度留下的")])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "推送墒情与气象预警", "≥100期"),
        (None, None, "预警覆盖种植户户数", "≥1.5万户"),
        (None, "质量指标", "预警短信到达率", "≥95%"),
        (None, "时效指标", "春播期预警发布时限", "≤6小时"),
        ("成本指标", "经济成本指标", "单条预警短信成本", "≤0.05元/条"),
        ("效益指标", "社会效益指标", "预警覆盖种植户数",
         mk("≥1.2万户", "D102", "error", row=True, alt=("D103", "D101"),
            note="与数量指标“预警覆盖种植户户数 ≥1.5万户”同一指标，1.2万户是上年的数")),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "预警短信推送费", None, cash(20), merge=[(2, 3)])
    s.row(None, "预警平台运维费", None, cash(15), merge=[(2, 3)])
    s.row(None, "村级信息员补贴", None, cash(12), merge=[(2, 3)])
    s.row(
        None,
        "合计",
        None,
        mk(cash(45), "B102", "error", row=True, alt=("B101",), note="20 + 15 + 12 = 47，不是45"),
        merge=[(2, 3)],
    )
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    sign(s, "邝稻生", "0739-5521904")
    return b
