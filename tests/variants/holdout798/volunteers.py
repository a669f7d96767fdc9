"""Volunteer helpers in community corrections: keb13–keb18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout798.common import (
    HEAD_OP,
    HEAD_PERIOD,
    YEAR,
    funds,
    grid,
    new_book,
    notes,
    sign,
)
from tests.variants.holdout798.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

DEPT = "岷沙县司法局（355004）"
UNIT = "岷沙县社区矫正志愿服务中心"


@variant("keb13-volunteer-department", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, the goal's 200 volunteers against "
         "120, a satisfaction rate under 社会效益")  # fmt: skip
def keb13() -> Book:
    b, s = new_book()
    w = WAN
    b102 = "任务金额18+22+15=55万元，金额合计却为58万元"
    goal = ok("1.招募社会志愿者200名参与社区矫正帮教；2.结对帮教矫正对象150人；3.帮扶就业30人。",
              note="the goal side of the D104 below")  # fmt: skip
    department_head(s, year=YEAR, dept="岷沙县司法局",
                    budget=[(money(260, w), money(232, w), money(28, w), money(202, w),
                             money(58, w))],
                    tasks=[("志愿者招募", "招募、登记、保险", money(18, w), "志愿者队伍壮大"),
                           ("结对帮教", "走访、谈心、记录", money(22, w), "新入矫对象全部结对"),
                           ("就业帮扶", "技能培训、岗位对接", money(15, w), "帮扶就业30人"),
                           ("金额合计", None, mk(money(58, w), "B102", "error", note=b102), None)],
                    goal=goal)  # fmt: skip
    m1 = mk("≥120名", "D104", "warning", row=True, note="年度总体目标为招募200名")
    f201 = "满意度是服务对象满意度指标，却填在社会效益指标下"
    m2 = mk("矫正对象满意度", "F201", "warning", row=True, note=f201)
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "在册帮教志愿者人数", m1),
        (None, None, "结对帮教矫正对象人数", "≥150人"),
        (None, "质量指标", "帮教记录规范率", "≥95%"),
        (None, "时效指标", "新入矫对象结对时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "志愿者人均年度补贴", "≤800元/人"),
        ("效益指标", "社会效益指标", "矫正对象帮扶就业人数", "≥30人"),
        (None, None, m2, "≥90%"),
        ("满意度指标", "服务对象满意度指标", "志愿者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆清禾", "0833-5120 7719")
    return b


@variant("keb14-volunteer-flat", (3,),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): one indicator twice with "
         "two values, weights adding to 95")  # fmt: skip
def keb14() -> Book:
    b, s = new_book()
    w = WAN
    department_head(s, year=YEAR, dept="岷沙县社区矫正志愿服务中心",
                    budget=[(money(64, w), money(60, w), money(4, w), money(40, w),
                             money(24, w))],
                    goal="组织志愿者入户走访600次，结对帮教矫正对象150人。")  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+10+10+15+10=95，应为100")
    d102 = "与第一行同名同一指标，值却是480次（第一行600次）"
    m1 = mk("≥480", "D102", "error", row=True, alt=("D101", "D103"), note=d102)
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("志愿者入户走访次数", "≥600", "次", 20),
        ("结对帮教矫正对象人数", "≥150", "人", 15),
        ("帮教记录规范率", "≥95", "%", 15),
        ("志愿者入户走访次数", m1, "次", 10),
        ("志愿者人均年度补贴", "≤600", "元/人", 10),
        ("矫正对象重新违法犯罪率", "≤0.5", "%", 15),
        ("矫正对象满意度", "≥90", "%", 10),
    ])  # fmt: skip
    return b


@variant("keb15-volunteer-project", (1, 11),
         "project, NAT-2021, operator in words (大于等于 / 小于等于) and unit columns, typed "
         "percent cells, a 流失率 capped with 小于等于, a goal total and its new part "
         "(correct)")  # fmt: skip
def keb15() -> Book:
    b, s = new_book()
    project_head(s, year=YEAR, name="社区矫正社会志愿者培育项目", dept=DEPT, unit=UNIT,
                 money=funds((10, 8, 2)),
                 goals=["新招募志愿者60名，在册总数达到200名，开展帮教培训8期。"])  # fmt: skip
    grid(s, HEAD_OP, [
        ("产出指标", "数量指标", "在册志愿者人数", "大于等于", 200, "名"),
        (None, None, "新招募志愿者人数", "大于等于", 60, "名"),
        (None, None, "帮教培训期数", "大于等于", 8, "期"),
        (None, "质量指标", "志愿者培训考核合格率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "新招募志愿者岗前培训时限", "小于等于", 30, "天"),
        ("成本指标", "经济成本指标", "志愿者意外险保费", "小于等于", 120, "元/人"),
        ("效益指标", "社会效益指标", "志愿者年度流失率", "小于等于", pct(0.1), "%"),
        (None, "可持续影响指标", "志愿者激励制度", "等于", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "矫正对象满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "骆清禾", "0833-5120 7719", day(YEAR - 1, 12, 5))
    return b


@variant("keb16-volunteer-multiyear", (5, 8),
         "three-year project, NAT-2021, numbered tier labels with points, 中期 and 年度 columns: "
         "period counts above the year's, rates equal in both (correct)")  # fmt: skip
def keb16() -> Book:
    b, s = new_book()
    goals = ["2026—2028年累计培育帮教志愿者600名，结对帮教矫正对象450人，形成志愿帮教长效机制。",
             "2026年培育志愿者200名，结对帮教150人，帮教记录规范率95%以上。"]  # fmt: skip
    project_head(s, year=YEAR, name="社区矫正志愿帮教三年行动项目", dept=DEPT, unit=UNIT,
                 money=funds((60, 50, 10), (20, 16, 4)), goals=goals, years=3,
                 attr="新增项目")  # fmt: skip
    grid(s, HEAD_PERIOD, [
        ("一、产出指标（50分）", "（一）数量指标", "1.培育帮教志愿者人数", "≥600名", "≥200名"),
        (None, None, "2.结对帮教矫正对象人数", "≥450人", "≥150人"),
        (None, "（二）质量指标", "3.帮教记录规范率", "≥95%", "≥95%"),
        (None, "（三）时效指标", "4.结对时限", "≤15个工作日", "≤15个工作日"),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.人均年度补贴", "≤800元/人", "≤800元/人"),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.重新违法犯罪率", "≤0.5%", "≤0.5%"),
        (None, "（二）可持续影响指标", "7.志愿帮教长效机制", "建立并执行", "建立"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.矫正对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆清禾", "0833-5120 7719")
    return b


@variant("keb17-volunteer-subsidy", (5, 12),
         "project, OLD-NAT, abbreviated and ★-marked tier labels: a travel allowance × 人次 "
         "beyond the money, a count under 质量, a deadline later than the goal's")  # fmt: skip
def keb17() -> Book:
    b, s = new_book()
    goal = ok("全年组织志愿者帮教服务3000人次，培训志愿者120人，11月30日前完成年度帮教考评。",
              note="the goal side of the D104 below")  # fmt: skip
    project_head(s, year=YEAR, name="社区矫正志愿者帮教补贴项目", dept=DEPT, unit=UNIT,
                 money=funds((12, 12, 0)), goals=[goal])  # fmt: skip
    b107 = "50元/人次×3000人次=15万元，超过项目资金12万元"
    m1 = mk("≤50元/人次", "B107", "warning", row=True, note=b107)
    f201 = "培训人数是数量，却填在质量下"
    m2 = mk("志愿者培训人数", "F201", "warning", row=True, note=f201)
    m3 = mk("12月31日前", "D104", "warning", row=True, note="年度目标要求11月30日前完成考评")
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("★产出", "数量", "志愿者帮教服务人次", "≥3000人次"),
        (None, "质量", m2, "≥120人"),
        (None, None, "帮教服务记录合格率", "≥95%"),
        (None, "时效", "年度帮教考评完成时间", m3),
        (None, "成本", "志愿者交通补贴", m1),
        ("★效益", "社会效益", "矫正对象重新违法犯罪率", "≤0.5%"),
        ("★满意度", "服务对象满意度", "矫正对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆清禾", "0833-5120 7719")
    return b


@variant("keb18-volunteer-detail", (4, 12),
         "project, OLD-NAT, header 预期目标, budget detail lines under the table adding to the "
         "money, a note explaining a line, signature dated the year before (correct)")  # fmt: skip
def keb18() -> Book:
    b, s = new_book()
    project_head(s, year=YEAR, name="社区矫正志愿者服务保障项目", dept=DEPT, unit=UNIT,
                 money=funds((10, 9, 1)),
                 goals=["保障帮教服务1200人次，培训志愿者80人，志愿者全员投保。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "志愿者帮教服务人次", "≥1200人次"),
        (None, None, "志愿者培训人数", "≥80人"),
        (None, "质量指标", "志愿者投保覆盖率", "=100%"),
        (None, "时效指标", "交通补贴发放时限", "≤10个工作日"),
        (None, "成本指标", "交通补贴标准", "≤40元/人次"),
        ("效益指标", "社会效益指标", "矫正对象重新违法犯罪率", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "志愿者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("预算明细", "支出项目", "金额（万元）", "测算依据")
    s.row(None, "志愿者培训费", money(3.2, WAN), "80人×400元/人")
    s.row(None, "交通补贴", money(4.8, WAN), "1200人次×40元/人次")
    s.row(None, "意外险保费", money(1.0, WAN), "按年度投保")
    s.row(None, "宣传资料印制", money(1.0, WAN), "手册、海报")
    s.row(None, "合计", money(10, WAN), None)
    s.ws.merge_cells(start_row=s.r - 5, start_column=1, end_row=s.r, end_column=1)
    notes(s, "注：交通补贴按40元/人次×1200人次=4.8万元测算，合计与项目资金10万元一致。")
    sign(s, "骆清禾", "0833-5120 7719", day(YEAR - 1, 12, 10))
    return b
