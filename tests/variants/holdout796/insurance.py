"""Student accident insurance: six returns (kdz13-kdz18), three correct."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout796.common import (
    HEAD,
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout796.registry import variant
from tests.variants.kit import Book, day, mk, pct

MID = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kdz13-school-liability",
    (1, 11, 12),
    "project, NAT-2021, operator column 指标方向, typed percents, cost = money (correct)",
)
def school_liability() -> Book:
    b, s = book()
    goal = "为全市132所中小学、96000名在校学生统一投保校方责任险，理赔受理不超过3个工作日。"
    project_head(s, year=YEAR, name="沅泊市中小学校方责任险统保",
                 dept="沅泊市教育局 502001", unit="沅泊市学生资助管理中心",
                 money=one_year(48, 40, 8), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值"), [
        ("成本指标", "经济成本指标", "校方责任险保费标准", "≤", "5元/人·年"),
        ("产出指标", "数量指标", "参保在校学生人数", "≥", "96000人"),
        (None, None, "参保学校数", "≥", "132所"),
        (None, "质量指标", "在校生参保覆盖率", "=", pct(1)),
        (None, None, "理赔结案率", "≥", pct(0.95)),
        (None, "时效指标", "理赔受理时限", "≤", "3个工作日"),
        ("效益指标", "社会效益指标", "意外伤害理赔到位率", "≥", pct(0.98)),
        (None, "可持续影响指标", "学校安全风险分担机制", "定性", "健全"),
        ("满意度指标", "服务对象满意度指标", "学校及家长满意度", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：其他资金8万元为市教育基金会捐赠。")
    return b


@variant(
    "kdz14-insurance-dates",
    (12,),
    "project, NAT-2021: end date before start, goal's student count, premium × count > money",
)
def insurance_dates() -> Book:
    b, s = book()
    goal = "为全县在校学生12.6万人购买学生意外伤害保险，保单3月1日前生效。"
    end = mk(day(2025, 12, 31), "Y104", "error", alt=("Y101", "Y102"),
             note="计划完成日期早于2026年1月1日的开始日期")  # fmt: skip
    project_head(s, year=YEAR, name="鹭汀县学生意外伤害保险补助",
                 dept="鹭汀县教育局 618001", unit="鹭汀县学生资助管理中心",
                 money=one_year(60, 60, 0), goals=[goal], end=end)  # fmt: skip
    cost = mk("≤6元/人·年", "B107", "warning", row=True,
              note="6元×11.8万人=70.8万元（按12.6万人为75.6万元），超过年度资金60万元")  # fmt: skip
    count = mk("≥11.8万人", "D104", "warning", row=True, note="年度目标写12.6万人")
    indicators(s, HEAD, [
        ("成本指标", "经济成本指标", "人均保费补助标准", cost),
        ("产出指标", "数量指标", "参保学生人数", count),
        (None, "质量指标", "在校学生参保覆盖率", "≥95%"),
        (None, "时效指标", "保单生效时间", "2026年3月1日前"),
        ("效益指标", "社会效益指标", "意外伤害学生获赔率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdz15-relief-second-sheet",
    (4, 7),
    "project: head on the first sheet, table on a second sheet under a two-row 预期实现值 "
    "header repeated after a page break, 说明 rows (correct)",
)
def relief_second_sheet() -> Book:
    b, s = book("基本信息")
    goal = ("设立学生意外伤害救助基金150万元，全年救助因意外伤害致困学生不少于300人次，"
            "救助申请10个工作日内办结。")  # fmt: skip
    project_head(s, year=YEAR, name="苕川区学生意外伤害救助基金",
                 dept="苕川区教育局 702001", unit="苕川区学生资助管理中心",
                 money=one_year(150, 120, 30), goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 14, 12))
    t.title("2026年度项目绩效指标", 5)
    head = [("一级指标", "二级指标", "三级指标", "预期实现值", None),
            (None, None, None, "数值", "计量单位")]  # fmt: skip

    def header() -> None:
        t.row(*head[0], merge=[(4, 5)])
        t.row(*head[1])
        for c in (1, 2, 3):
            t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)

    header()
    t.table([
        ("产出指标", "数量指标", "救助学生人次", "≥300", "人次"),
        (None, None, "救助政策宣传覆盖学校", "≥85", "所"),
        (None, "质量指标", "救助资金发放准确率", "100", "%"),
    ], merged=(1, 2))  # fmt: skip
    header()
    t.table([
        ("产出指标", "时效指标", "救助申请办结时限", "≤10", "个工作日"),
        ("成本指标", "经济成本指标", "人均救助标准", "≤5000", "元/人次"),
        ("效益指标", "社会效益指标", "受助学生因伤辍学率", "≤1", "%"),
        ("满意度指标", "服务对象满意度指标", "受助学生家庭满意度", "≥90", "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "说明：1.救助标准按伤情分三档，最高5000元/人次；", "2.其他资金30万元为社会捐赠。",
          width=5)  # fmt: skip
    signature(t, "温若岚", "0739-6620751", (2025, 11, 3))
    return b


@variant(
    "kdz16-insurance-stacked",
    (2, 12),
    "two projects stacked, OLD-NAT: the second's money does not add up, one indicator twice",
)
def insurance_stacked() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="蓼洲县校方责任险统保",
                 dept="蓼洲县教育局 306001", unit="蓼洲县学生资助管理中心",
                 money=one_year(26, 26, 0),
                 goals=["为全县52000名在校学生投保校方责任险。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "参保学生人数", "≥52000人"),
        (None, "质量指标", "在校生参保覆盖率", "100%"),
        (None, "时效指标", "理赔受理时限", "≤3个工作日"),
        (None, "成本指标", "保费标准", "≤5元/人·年"),
        ("效益指标", "社会效益指标", "意外伤害理赔到位率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "学校及家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(30), "B101", "error", note="财政拨款25+其他资金8=33，总额写30")
    project_head(s, year=YEAR, name="蓼洲县学生意外伤害救助金",
                 dept="蓼洲县教育局 306001", unit="蓼洲县学生资助管理中心",
                 money=one_year(total, 25, 8), title="",
                 goals=["全年救助意外伤害致困学生不少于60人次。"])  # fmt: skip
    again = mk("≥90%", "D102", "error", row=True, alt=("D101", "D103", "F201"),
               note="与时效指标下的同名指标（≥95%）值不同")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "救助学生人次", "≥60人次"),
        (None, "时效指标", "救助申请办结及时率", "≥95%"),
        (None, "质量指标", "救助申请办结及时率", again),
        (None, "成本指标", "人均救助标准", "≤5000元/人次"),
        ("效益指标", "社会效益指标", "受助学生按期返校率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "学校及家长满意度", "≥92%"),
    ])  # fmt: skip
    signature(s, "冯知夏", "0736-5813644", (2025, 11, 18))
    return b


@variant(
    "kdz17-safety-three-year",
    (1, 8),
    "three-year project, NAT-2021, 中期/年度: a count copied, goal's school count, rate > 100%",
)
def safety_three_year() -> Book:
    b, s = book()
    period = "2026—2028年累计开展学生安全教育培训9万人次，新增投保民办学校120所。"
    annual = "2026年开展学生安全教育培训3万人次，新增投保民办学校45所。"
    project_head(s, year=YEAR, name="沅泊市学生安全保障综合提升",
                 dept="沅泊市教育局 502001", unit="沅泊市学生安全教育中心",
                 money=multi_year(450, 150), goals=[period, annual], years=3)  # fmt: skip
    copied = mk("≥90000人次", "D202", "warning", alt=("D104",),
                note="年度值照抄三年累计值，年度目标写3万人次")  # fmt: skip
    schools = mk("≥40所", "D104", "warning", row=True, note="年度目标写新增45所")
    over = mk(pct(1.05), "T106", "error", note="参保率105%不可能达到")
    indicators(s, MID, [
        ("成本指标", "经济成本指标", "人均培训成本", "≤15元/人次", "≤15元/人次"),
        ("产出指标", "数量指标", "安全教育培训人次", "≥90000人次", copied),
        (None, None, "新增投保民办学校数", "≥120所", schools),
        (None, "质量指标", "在校生意外伤害保险参保率", over, pct(1)),
        (None, "时效指标", "理赔受理时限", "≤3个工作日", "≤3个工作日"),
        ("效益指标", "社会效益指标", "学生意外伤害事故发生率", "≤0.5%", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdz18-insurance-flat-department",
    (3, 4, 12),
    "department, flat list (序号 · 指标名称 · 指标值 · 计量单位 · 权重), 注 on the total (correct)",
)
def insurance_flat_department() -> Book:
    b, s = book()
    goal = "为全县36000名在校学生统一投保校方责任险，救助意外伤害学生不少于200人次。"
    department_head(s, year=YEAR, dept="鹭汀县学生资助与安全保障中心",
                    budget=[(860, 800, 60, 682, 178)],
                    tasks=[("校方责任险统保", "36000名在校生投保", 18, "应保尽保"),
                           ("意外伤害救助", "救助200人次", 120, "及时救助"),
                           ("安全教育", "全县学生安全教育", 40, "全覆盖"),
                           ("金额合计", None, 178, None)],
                    goal=goal)  # fmt: skip
    s.row("年度绩效指标")
    s.row("序号", "指标名称", "指标值", "计量单位", "权重（合计100）")
    s.table([
        (1, "校方责任险参保学生人数", "≥36000", "人", 20),
        (2, "校方责任险保费标准", "≤5", "元/人·年", 10),
        (3, "意外伤害救助人次", "≥200", "人次", 15),
        (4, "人均救助标准", "≤6000", "元/人次", 10),
        (5, "理赔受理及时率", pct(0.95), "%", 15),
        (6, "学生安全教育覆盖率", pct(1), "%", 10),
        (7, "学生意外伤害事故发生率", "≤0.3", "%", 10),
        (8, "家长满意度", "≥90", "%", 10),
    ])  # fmt: skip
    notes(s, "注：金额合计178万元即项目支出，保费18万元按5元/人·年×36000人测算。")
    return b
