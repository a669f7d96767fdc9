"""Rural water-fee collection reform: kap13–kap18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout708.common import (
    IND,
    YEAR,
    indicators,
    multi_year,
    new,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout708.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kap13-fee-reform-department", (12, 5),
         "department, NAT-2021, budget with shares, tasks adding to 项目支出, abbreviated tier "
         "labels, a footnote explaining the total (correct)")  # fmt: skip
def fee_reform_department() -> Book:
    b, s = new()
    department_head(s, year=YEAR, dept="栾口县水务服务中心", budget=[
        (600, 552, 48, 420, 180),
        (pct(1), pct(0.92), pct(0.08), pct(0.7), pct(0.3)),
    ], tasks=[
        ("农村供水计量改造", "入户水表更换与远传改造", 95, "计量收费全覆盖"),
        ("水费收缴系统建设", "建设线上缴费与台账平台", 55, "线上缴费可用"),
        ("水价改革宣传", "村组宣讲与公示", 30, "用水户知晓"),
        ("金额合计", None, 180, None),
    ], goal="推进农村供水水费收缴改革，实现计量收费，水费收缴率达到95%以上。")  # fmt: skip
    s.skip()
    indicators(s, IND, [
        ("产出", "数量", "入户水表更换数", "≥4800户"),
        (None, "质量", "水表安装验收合格率", pct(1)),
        (None, "时效", "线上缴费平台上线时间", "2025年6月30日前"),
        ("成本", "经济成本", "单户水表更换成本", "≤190元/户"),
        ("效益", "社会效益", "农村水费收缴率", pct(0.95)),
        (None, "可持续影响", "水费收缴管理制度", "建立并执行"),
        ("满意度", "服务对象满意度", "农村用水户满意度", pct(0.88)),
    ])  # fmt: skip
    notes(s, "注：金额合计180万元为项目支出，基本支出420万元未列入年度主要任务。")
    sign(s, "谭秀英", "0745-6620331", day(YEAR - 1, 11, 25))
    return b


@variant("kap14-fee-collection-rate", (1, 11),
         "project, OLD-NAT, operator and unit columns: the goal's collection rate differs from "
         "the indicator, a coverage rate above 100 %, a 反向 rate with ≥")  # fmt: skip
def fee_collection_rate() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="枫垭县农村供水水费收缴改革项目", dept="枫垭县水利局（309）",
                 unit="枫垭县供水服务中心", money=one_year(40, 36, 4), goals=[
                     "2025年全县农村供水工程全面推行计量收费，水费收缴率达到98%以上，"
                     "用水户欠费率控制在3%以内。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "推行计量收费供水工程数", "≥", 64, "处"),
        (None, "质量指标",
         "计量收费覆盖率", "≥", mk(pct(1.05), "T106", "error", note="覆盖率不能超过100%"), "%"),
        (None, "时效指标", "收费台账建立时间", "≤", "2025年6月30日", None),
        (None, "成本指标", "单处工程收费系统建设成本", "≤", 0.6, "万元/处"),
        ("效益指标", "经济效益指标", "水费收缴率", "≥",
         mk(pct(0.95), "D104", "warning", row=True, note="年度目标写98%以上"), "%"),
        (None, None, "用水户欠费率", mk("≥", "T108", "warning", row=True,
                                       note="欠费率是反向指标，目标写3%以内"), 3, "%"),
        ("满意度指标", "服务对象满意度指标", "农村用水户满意度", "≥", pct(0.88), "%"),
    ])  # fmt: skip
    sign(s, "程雪梅", "0759-2284617", day(YEAR - 1, 11, 22))
    return b


@variant("kap15-metering-two-year", (8, 1),
         "two-year project, NAT-2021, 中期 and 年度 columns, the goal's total with its yearly "
         "parts in brackets, a later year prepared for (correct)")  # fmt: skip
def metering_two_year() -> Book:
    b, s = new()
    project_head(s, year=YEAR, years=2, name="苇泽县农村供水智能计量改造项目",
                 dept="苇泽县水利局（118）", unit="苇泽县农村供水管理所",
                 money=multi_year((96, 90, 6), (54, 50, 4)), attr="新增项目", goals=[
                     "2025—2026年完成3200户智能水表安装（2025年1800户、2026年1400户），"
                     "实现按方计量收费，为2027年全县推行阶梯水价积累用水数据。",
                     "2025年完成1800户智能水表安装和收费平台建设，"
                     "试点村水费收缴率达到92%。"])  # fmt: skip
    indicators(s, (*IND[:3], "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "智能水表安装户数", "≥3200户", "≥1800户"),
        (None, "质量指标", "水表计量准确率", pct(0.98), pct(0.98)),
        (None, "时效指标", "收费平台上线时间", "2025年9月30日前", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单户智能水表购置安装成本", "≤280元/户", "≤280元/户"),
        ("效益指标", "经济效益指标", "水费收缴率", pct(0.95), pct(0.92)),
        (None, "社会效益指标", "用水纠纷投诉率", "≤2%", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "农村用水户满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    sign(s, "邝文静", "0772-8306154", day(YEAR - 1, 11, 20))
    return b


@variant("kap16-fee-template-leftover", (6,),
         "one-year project, OLD-NAT: the end date in the next year, the template's example row "
         "left in the table")  # fmt: skip
def fee_template_leftover() -> Book:
    b, s = new()
    end = mk(
        day(YEAR + 1, 3, 31),
        "Y102",
        "error",
        alt=("Y103",),
        note="项目期1年，计划完成日期落在下一年",
    )
    project_head(s, year=YEAR, name="鹤汀县农村水费收缴信息化项目", dept="鹤汀县水利局（205）",
                 unit="鹤汀县农村供水服务中心", money=one_year(28, 28, 0), end=end, goals=[
                     "2025年建成农村水费线上收缴平台，覆盖全县52处供水工程，"
                     "水费收缴率达到93%。"])  # fmt: skip
    indicators(s, IND, [
        ("产出指标", "数量指标", "接入收缴平台供水工程数", "≥52处"),
        (None, None, mk("示例：XX工程完成率", "X101", "error", row=True, alt=("T116",),
                        note="模板的示例行没有删除"), "≥XX%"),
        (None, "质量指标", "平台缴费成功率", pct(0.99)),
        (None, "时效指标", "平台上线时间", "2025年8月31日前"),
        (None, "成本指标", "平台建设费用", "≤26万元"),
        ("效益指标", "经济效益指标", "水费收缴率", pct(0.93)),
        ("满意度指标", "服务对象满意度指标", "农村用水户满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "卢正涛", "0736-5108823", day(YEAR - 1, 11, 18))
    return b


@variant("kap17-flat-fee-list", (3,),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): weights add to 95, the "
         "same indicator twice with two values")  # fmt: skip
def flat_fee_list() -> Book:
    b, s = new()
    b.file_mark("W101", "error", note="权重合计 20+15+15+15+10+10+10 = 95")
    department_head(s, year=YEAR, dept="蒲湾县水务服务中心", budget=[(380, 350, 30, 290, 90)],
                    tasks=[("水费收缴改革", "计量收费与线上缴费", 90, "收缴率不低于95%"),
                           ("金额合计", None, 90, None)],
                    goal="推行农村供水计量收费，水费收缴率达到95%以上。")  # fmt: skip
    s.skip()
    indicators(s, ("指标名称", "指标值", "计量单位", "权重"), [
        ("计量收费供水工程数", "≥40", "处", 20),
        ("农村水费收缴率", "≥95", "%", 15),
        ("线上缴费用户占比", "≥60", "%", 15),
        ("收费台账建立时间", "≤6", "月", 15),
        (mk("农村水费收缴率", "D102", "error", row=True, alt=("D101", "D103"),
            note="与第二行同一指标，数值不同"), "≥90", "%", 10),
        ("单处工程计量改造成本", "≤2.2", "万元/处", 10),
        ("农村用水户满意度", "≥90", "%", 10),
    ], merged=())  # fmt: skip
    sign(s, "詹慧萍", "0739-6612048", day(YEAR - 1, 10, 28))
    return b


@variant("kap18-fee-points", (10, 4, 7),
         "project, NAT-2021, two-row header with 预期目标 and 分值, tier points in the labels and "
         "indicator points both adding to 100, a 下降率 with ≥, 百分点 (correct)")  # fmt: skip
def fee_points() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="柘原县农村水价综合改革项目", dept="柘原县水利局（112）",
                 unit="柘原县农村供水总站", money=one_year(50, 45, 5), goals=[
                     "2025年在38个行政村推行按方计量收费，农村水费收缴率提高4个百分点，"
                     "用水户欠费额下降15%以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "绩效指标", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "预期目标", "分值", None)
    s.table([
        ("产出指标（50分）", "数量指标", "推行计量收费行政村数", "≥38个", 20, None),
        (None, "质量指标", "计量设施验收合格率", pct(1), 15, None),
        (None, "时效指标", "改革方案印发时间", "2025年4月30日前", 15, None),
        ("成本指标（10分）", "经济成本指标", "单村计量设施改造成本", "≤1.2万元/村", 10, None),
        ("效益指标（30分）", "经济效益指标", "农村水费收缴率提高", "≥4百分点", 15, None),
        (None, None, "用水户欠费额下降率", "≥15%", 15, "与2024年比"),
        ("满意度指标（10分）", "服务对象满意度指标", "农村用水户满意度", pct(0.9), 10, None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：一级指标分值为其下三级指标分值之和，合计100分。",
          "填表说明：指标值应可量化、可考核。")  # fmt: skip
    sign(s, "谭秀英", "0745-6620331", day(YEAR - 1, 12, 10))
    return b
