"""Noise monitoring near schools: kdg13 to kdg18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout777.common import (
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout777.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "鹭汀市生态环境局（518）"
UNIT = "鹭汀市声环境监测中心"
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kdg13-school-two-years", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: "
         "period count beside a smaller year's, a later year prepared for (correct)")  # fmt: skip
def school_two_years() -> Book:
    b, s = book()
    period = "2025—2026年在40所中小学周边布设噪声自动监测点40个，建成校园声环境数据库。"
    annual = "2025年完成20所学校监测点布设，为2027年全市推广积累监测数据。"
    project_head(s, year=2025, years=2, name="鹭汀市中小学周边声环境自动监测", dept=DEPT,
                 unit=UNIT, attr="新增项目", money=multi_year(wan(160), wan(80), wan(80), wan(0)),
                 goals=[period, annual])  # fmt: skip
    indicators(s, TWO, [
        ("成本指标", "经济成本指标", "单个监测点建设成本", "≤4万元/个", "≤4万元/个"),
        ("产出指标", "数量指标", "覆盖学校数", "≥40所", "≥20所"),
        (None, None, "噪声自动监测点", "≥40个", "≥20个"),
        (None, "质量指标", "监测数据有效率", "≥90%", "≥90%"),
        (None, "时效指标", "超标预警推送时间", "≤1小时", "≤1小时"),
        ("效益指标", "社会效益指标", "校园周边噪声投诉办结率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥88%"),
    ])  # fmt: skip
    return b


@variant("kdg14-stacked-noise-defects", (2,), "two projects stacked, OLD-NAT: the second "
         "project's money does not add up, its point count short of its goal, one indicator "
         "twice")  # fmt: skip
def stacked_noise_defects() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鹭汀市考试期间噪声专项监测", dept=DEPT, unit=UNIT,
                 money=one_year(wan(18), wan(18), wan(0)),
                 goals=["中高考期间对26个考点周边开展噪声巡测。"])  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "巡测考点数", "≥26个"),
        (None, "质量指标", "巡测记录完整率", "≥95%"),
        (None, "时效指标", "噪声投诉响应时间", "≤30分钟"),
        (None, "成本指标", "单个考点巡测费用", "≤0.6万元/个"),
        ("效益指标", "社会效益指标", "考点周边噪声超标次数", "≤2次"),
        ("满意度指标", "服务对象满意度指标", "考生家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(wan(60), "B101", "error", note="财政拨款 50 + 其他资金 15 = 65 ≠ 60")
    project_head(s, year=2025, name="鹭汀市学校周边噪声自动监测点建设", dept=DEPT, title="",
                 unit=UNIT, money=one_year(total, wan(50), wan(15)),
                 goals=["在30所学校周边各设置1个噪声自动监测点，实现实时监测。"])  # fmt: skip
    short = mk("≥25个", "D104", "warning", row=True, note="目标写30所学校各1个，指标只有25个")
    again = mk("新设噪声自动监测点位", "D101", "warning", row=True, alt=("D103",),
               note="与上一行是同一指标，只多一个字")  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "新设噪声自动监测点", short),
        (None, None, again, "≥25个"),
        (None, "质量指标", "监测数据有效率", "≥90%"),
        (None, "时效指标", "设备安装完成时间", "2025年9月30日前"),
        (None, "成本指标", "单点建设费用", "≤2万元/个"),
        ("效益指标", "社会效益指标", "学校周边噪声达标率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdg15-noise-department", (4, 12), "department, NAT-2021, weight column: header "
         "repeated after a page break, 合计 row, 注 lines, stamp line (correct)")  # fmt: skip
def noise_department() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="鹭汀市声环境监测中心",
                    budget=[(wan(430), wan(400), wan(30), wan(310), wan(120))],
                    tasks=[("校园监测", "学校周边声环境监测", wan(80), "覆盖60所学校"),
                           ("功能区监测", "声环境功能区定点监测", wan(40), "完成4个季度监测"),
                           ("金额合计", None, wan(120), None)],
                    goal="监测60所学校周边声环境，完成全年4个季度功能区监测。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单校监测成本", "≤1.2万元/所", 10),
        ("产出指标", "数量指标", "监测学校数", "≥60所", 20),
        (None, None, "功能区监测季度数", "=4个季度", 10),
        (None, "质量指标", "监测数据有效率", "≥90%", 10),
    ])  # fmt: skip
    s.skip()
    s.row(*head)
    s.table([
        ("产出指标", "时效指标", "季度监测报告报送时限", "≤10个工作日", 10),
        ("效益指标", "社会效益指标", "学校周边噪声超标点位下降率", "≥10%", 20),
        (None, "可持续影响指标", "校园声环境监测机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：单校监测成本按60所测算，合计不超过72万元，在校园监测经费80万元内。", width=5)
    sign(s, "聂秋澄", "0738-5520 1163", day(2024, 11, 22), head="中心主任：")
    return b


@variant("kdg16-noise-leftover", (1,), "project, OLD-NAT, operator and unit columns, typed "
         "percents: a rate typed 105%, an indicator naming an earlier year's report")  # fmt: skip
def noise_leftover() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鹭汀市声环境功能区质量监测", dept=DEPT, unit=UNIT,
                 money=one_year(wan(58), wan(58), wan(0)),
                 goals=["完成2025年度声环境功能区定点监测和年度监测报告。"])  # fmt: skip
    old = mk("2023年度声环境功能区监测报告", "Y103", "warning", row=True, alt=("Y101",),
             note="2025年项目沿用2023年的报告名")  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="有效率不能超过100%")
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "功能区定点监测点位", "≥", 24, "个"),
        (None, None, old, "=", 1, "份"),
        (None, "质量指标", "监测数据有效率", "≥", over, "%"),
        (None, "时效指标", "年度报告完成时间", "≤", day(2025, 12, 25), "日期"),
        (None, "成本指标", "单点位年监测费用", "≤", 2.4, "万元/个"),
        ("效益指标", "社会效益指标", "功能区夜间达标率", "≥", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.85), "%"),
    ])  # fmt: skip
    return b


@variant("kdg17-marked-labels", (5, 10), "project, OLD-NAT, labels with *, ★ and points, "
         "abbreviated tier-2s, indicator scores matching the label points (correct)")  # fmt: skip
def marked_labels() -> Book:
    b, s = book()
    project_head(s, year=2025, name="学校周边声环境达标创建补助", dept=DEPT, unit="鹭汀市教育局",
                 attr="转移支付项目", money=one_year(wan(90), wan(75), wan(15)),
                 goals=["支持15所学校实施周边降噪改造，校园周边昼间噪声达标。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("*产出指标（50分）", "★数量", "降噪改造学校数", "≥15所", 20),
        (None, "质量", "改造工程验收合格率", "=100%", 10),
        (None, "时效", "改造完成时间", "2025年8月31日前", 10),
        (None, "成本", "单校补助标准", "≤6万元/所", 10),
        ("*效益指标（40分）", "社会效益", "改造学校周边昼间噪声达标率", "≥90%", 20),
        (None, "生态效益", "学校周边噪声超标点位数", "≤3个", 20),
        ("*满意度指标（10分）", "满意度", "师生满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("kdg18-retrofit-copied", (8, 11), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: goals copied, a cumulative count copied, a 反向 rate with ≥")  # fmt: skip
def retrofit_copied() -> Book:
    b, s = book()
    goal = "2025—2027年完成45所学校周边降噪改造，学校周边昼间噪声全部达标。"
    same = mk(goal, "D204", "warning", note="年度目标与中期目标逐字相同")
    project_head(s, year=2025, years=3, name="鹭汀市校园周边降噪改造三年行动", dept=DEPT,
                 unit=UNIT, money=multi_year(wan(540), wan(180), wan(180), wan(0)),
                 goals=[goal, same])  # fmt: skip
    copied = mk("≥45所", "D202", "warning", note="三年累计所数抄到年度")
    spill = ok("≤12万元/所", note="抄来的45所 × 12万元超过年度资金，是 D202 的后果")
    wrong = mk("≥5%", "T108", "warning", row=True, note="超标投诉率是反向指标")
    indicators(s, TWO, [
        ("成本指标", "经济成本指标", "单校改造成本", "≤12万元/所", spill),
        ("产出指标", "数量指标", "降噪改造学校数", "≥45所", copied),
        (None, "质量指标", "改造工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度改造完成时间", "2027年10月31日前", "2025年10月31日前"),
        ("效益指标", "社会效益指标", "校园周边噪声超标投诉率", "≤5%", wrong),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
