"""The folk-art heritage workshop (非遗传习工坊) of the 蓼塘镇 station: kaw13–kaw18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout715.common import (
    DEPT,
    STATION,
    YEAR,
    book,
    grid,
    notes,
    one_year,
    period_money,
    sign,
    w,
)  # fmt: skip
from tests.variants.holdout715.registry import variant
from tests.variants.kit import CN_DATE, DATE, Book, day, mk, ok, pct

WORKSHOP = "竹编剪纸非遗传习工坊"


@variant("kaw13-craft-two-row-header", (1, 7, 12),
         "project, NAT-2021, two-row header (指标值 split into 比较符 · 数值 · 单位), typed"
         " percents, a goal total with its parts in brackets, costs within the money"
         " (correct)")  # fmt: skip
def kaw13() -> Book:
    b, s = book()
    goal = (
        "开设竹编、剪纸传习班6期（竹编4期、剪纸2期），传承人授课120课时，"
        "培训学员90人，11月底前全部结业。"
    )
    project_head(s, year=YEAR, name=WORKSHOP, dept=DEPT, unit=STATION,
                 money=one_year(w(10), w(8), w(2)), goals=[goal])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "数值", "单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "传习班开班期数", "≥", 6, "期"),
        (None, None, "其中：竹编传习班期数", "≥", 4, "期"),
        (None, None, "传承人授课课时", "≥", 120, "课时"),
        (None, None, "培训学员人数", "≥", 90, "人"),
        (None, "质量指标", "学员结业考核合格率", "≥", pct(0.85), "%"),
        (None, "时效指标", "传习班结业时间", "≤", day(YEAR, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "传承人授课补贴", "≤", 400, "元/课时"),
        (None, None, "学员材料费补助", "≤", 300, "元/人"),
        ("效益指标", "社会效益指标", "学员作品展示件数", "≥", 150, "件"),
        (None, "可持续影响指标", "35岁以下学员占比", "≥", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kaw14-craft-wrong-tier2", (5,),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量, 成本…): a count under 质量, a"
         " cost under 数量, a goal count the indicator contradicts")  # fmt: skip
def kaw14() -> Book:
    b, s = book()
    goal = "收集整理民间剪纸纹样200幅，开设剪纸传习班4期，培训学员40人。"
    project_head(s, year=YEAR, name="民间剪纸纹样整理与传习", dept=DEPT, unit=STATION,
                 money=one_year(w(6), w(6), w(0)), goals=[goal])  # fmt: skip
    fewer = mk("≥120幅", "D104", "warning", row=True, note="年度目标写整理纹样200幅")
    people = mk("培训学员人数", "F201", "warning", row=True, note="人数是数量指标，填在质量下")
    cost = mk("学员材料费补助标准", "F201", "warning", row=True,
              note="补助标准是成本指标，填在数量下")  # fmt: skip
    grid(s, ("一级", "二级", "三级指标", "指标值"), [
        ("产出", "数量", "剪纸纹样整理数量", fewer),
        (None, None, "剪纸传习班期数", "≥4期"),
        (None, None, cost, "≤300元/人"),
        (None, "质量", people, "≥40人"),
        (None, None, "纹样数字化建档合格率", "≥95%"),
        (None, "时效", "纹样整理完成时间", "11月30日前"),
        (None, "成本", "传承人授课补贴", "≤400元/课时"),
        ("效益", "社会效益", "剪纸作品展览场次", "≥2场"),
        ("满意度", "服务对象满意度", "学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaw15-craft-department", (4, 12),
         "department, NAT-2021, tasks adding up to 金额合计 = 项目支出, 实施周期 and 年度 columns"
         " equal for one year, 填表说明 and signature lines, a fill date in the year before"
         " (correct)")  # fmt: skip
def kaw15() -> Book:
    b, s = book()
    goal = (
        "目标1：扶持广场舞队12支；目标2：放映公益电影96场；"
        "目标3：开设非遗传习班6期，群众文化活动参与15000人次以上。"
    )
    department_head(s, year=YEAR, dept=STATION, filled=day(YEAR - 1, 11, 18, DATE),
                    budget=[(w(92), w(85), w(7), w(56), w(36))], tasks=[
                        ("广场舞队伍扶持", "骨干培训、展演", w(10), "扶持12支"),
                        ("农村公益电影放映", "每村每月1场", w(8), "放映96场"),
                        ("非遗传习工坊", "竹编、剪纸传习", w(18), "开班6期"),
                        ("金额合计", None, w(36), None),
                    ], goal=goal)  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "扶持广场舞队数量", "≥12支", "≥12支"),
        (None, None, "公益电影放映场次", "≥96场", "≥96场"),
        (None, None, "非遗传习班期数", "≥6期", "≥6期"),
        (None, "质量指标", "文化活动安全达标率", "=100%", "=100%"),
        (None, "时效指标", "年度活动计划完成时间", "12月20日前", "12月20日前"),
        ("成本指标", "经济成本指标", "项目支出控制数", "≤36万元", "≤36万元"),
        ("效益指标", "社会效益指标", "群众文化活动参与人次", "≥15000人次", "≥15000人次"),
        (None, "可持续影响指标", "文化志愿者注册人数", "≥80人", "≥80人"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：本站项目均为一年期，实施周期指标值与年度指标值相同。", width=5)
    sign(s, "蒙雅琴", "0771-6203107", day(YEAR - 1, 11, 18, CN_DATE))
    return b


@variant("kaw16-craft-three-years", (8, 12),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: the year's money above"
         " the period's, a year's count above the period's")  # fmt: skip
def kaw16() -> Book:
    b, s = book()
    mid = "2026—2028年建成竹编传习工坊1处，培养青年传承人30名，出版竹编作品集1部。"
    annual = "2026年完成工坊改造，培养青年传承人10名，整理竹编技艺图谱1套。"
    over = mk(w(40), "B103", "error", note="年度资金40万元大于中期资金35万元")
    project_head(s, year=YEAR, years=3, name="竹编非遗传习工坊建设", dept=DEPT, unit=STATION,
                 attr="新增项目", goals=[mid, annual],
                 money=period_money((w(35), w(30), w(5)), (over, w(36), w(4))))  # fmt: skip
    books = mk("≥2", "D201", "error", note="年度2部超过三年的1部")
    days = ok("≥200", "warning", note="每年开放天数，年度与中期相同是应当的")
    grid(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "培养青年传承人", "≥30", "≥10", "名"),
        (None, None, "竹编作品集出版", "≥1", books, "部"),
        (None, "质量指标", "工坊改造验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "工坊改造完成时间", "2026年9月30日前", "9月30日前", None),
        ("成本指标", "经济成本指标", "青年传承人培养补助", "≤0.5", "≤0.5", "万元/人"),
        ("效益指标", "社会效益指标", "竹编体验活动参与人次", "≥6000", "≥2000", "人次"),
        (None, "可持续影响指标", "工坊每年开放天数", "≥200", days, "天"),
        ("满意度指标", "服务对象满意度指标", "体验群众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("kaw17-craft-system-export", (7, 10, 12),
         "budget-system export: 05-1 money lines adding up, 05-2 indicators with codes first and"
         " the header on row 3, a cost equal to its line, 百分点, a later year"
         " (correct)")  # fmt: skip
def kaw17() -> Book:
    b, s = book("项目支出预算05-1", (14, 24, 16, 14, 16, 12))
    code, name = "417026100047", "民间艺术展演及非遗项目申报"
    s.title(f"{YEAR}年度项目支出预算表", 6)
    s.row("单位：鹭汀县蓼塘镇综合文化站", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "支出经济分类", "金额", "资金来源", "备注")
    for line, amount in (("劳务费", 3.2), ("印刷费", 1.8), ("委托业务费", 4)):
        s.row(code, name, line, w(amount), "一般公共预算")
    s.row("合计", None, None, w(9))
    t = b.sheet("项目支出绩效目标05-2", (14, 12, 16, 26, 10, 12, 10))
    goal = (
        "举办民间艺术展演4场（竹编、剪纸、草龙舞、渔鼓各1场），完成县级非遗代表性项目"
        "申报材料2项，为2027年申报市级非遗项目积累资料。"
    )
    t.row("项目名称", name, None, None, "年度资金", w(9), merge=[(2, 4)])
    t.row("年度绩效目标", goal, merge=[(2, 7)])
    grid(t, ("项目编码", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        (code, "产出指标", "数量指标", "民间艺术展演场次", "≥", 4, "场"),
        (code, None, None, "县级非遗申报材料", "=", 2, "项"),
        (code, None, "质量指标", "申报材料初审通过率", "≥", pct(0.8), "%"),
        (code, None, "时效指标", "申报材料报送时间", "≤", day(YEAR, 8, 31, CN_DATE), None),
        (code, "成本指标", "经济成本指标", "每场展演劳务补助", "≤", 0.8, "万元/场"),
        (code, "效益指标", "社会效益指标", "展演观众人次", "≥", 2000, "人次"),
        (code, None, None, "青少年观众比例", "提高", 5, "百分点"),
        (code, "满意度指标", "服务对象满意度指标", "观众满意度", "≥", 90, "%"),
    ], merged=(2, 3))  # fmt: skip
    return b


@variant("kaw18-craft-leftovers", (6, 12),
         "project, NAT-2021, detail lines under the table: a template example row left in, an"
         " indicator named after last year's exhibition, lines not adding up to their"
         " total")  # fmt: skip
def kaw18() -> Book:
    b, s = book()
    goal = "开设剪纸传习班4期，传承人授课120课时，培训学员40人，年底举办学员作品展1场。"
    project_head(s, year=YEAR, name="剪纸传习班", dept=DEPT, unit=STATION,
                 money=one_year(w(10), w(10), w(0)), goals=[goal])  # fmt: skip
    example = mk("≥**", "X101", "error", note="模板示例行未删除，占位符残留")
    old = mk("2025年剪纸作品展参观人次", "Y103", "warning", row=True, alt=("Y101",),
             note="指标沿用上一年展览的名称")  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "剪纸传习班期数", "≥4", "期"),
        (None, None, "（示例）参加培训人数", example, "人"),
        (None, None, "培训学员人数", "≥40", "人"),
        (None, None, "传承人授课课时", "≥120", "课时"),
        (None, "质量指标", "学员结业考核合格率", "≥85%", None),
        (None, "时效指标", "传习班结业时间", "11月30日前", None),
        ("成本指标", "经济成本指标", "传承人授课补贴", "≤400", "元/课时"),
        ("效益指标", "社会效益指标", old, "≥1500", "人次"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", None),
    ])  # fmt: skip
    s.skip()
    s.row("项目支出明细（万元）", None, "金额")
    for line, amount in (("传承人授课费", 4.8), ("学员材料费", 2.7), ("学员作品展", 2.3)):
        s.row(line, None, w(amount))
    s.row("合计", None, w(10))
    b.file_mark("B102", "error", alt=("B101",), note="明细4.8 + 2.7 + 2.3 = 9.8 ≠ 合计10")
    return b
