"""Square-dance teams (广场舞队) of the 蓼塘镇 cultural station: kaw01–kaw06."""

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
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kaw01-dance-teams", (1, 11, 12),
         "project, NAT-2021, operator and unit columns, typed percents, 0起 on an incident count"
         " (correct)")  # fmt: skip
def kaw01() -> Book:
    b, s = book()
    goal = (
        "扶持全镇12个村（社区）各组建广场舞队1支，培训骨干60人（其中领队12人），"
        "9月底前完成培训，10月举办全镇广场舞展演1场。"
    )
    project_head(s, year=YEAR, name="村（社区）广场舞队伍扶持", dept=DEPT, unit=STATION,
                 money=one_year(w(6), w(5), w(1)), goals=[goal])  # fmt: skip
    grid(s, OP_HEAD, [
        ("产出指标", "数量指标", "扶持村（社区）广场舞队", "≥", 12, "支"),
        (None, None, "广场舞骨干培训人数", "≥", 60, "人"),
        (None, None, "全镇广场舞展演场次", "≥", 1, "场"),
        (None, "质量指标", "骨干培训考核合格率", "≥", pct(0.9), "%"),
        (None, "时效指标", "骨干培训完成时间", "≤", day(YEAR, 9, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "骨干培训人均补助", "≤", 300, "元/人"),
        (None, None, "广场舞队音响补助标准", "≤", 1000, "元/支"),
        ("效益指标", "社会效益指标", "参与群众人次", "≥", 3000, "人次"),
        (None, None, "活动安全责任事故", "≤", 0, "起"),
        (None, "可持续影响指标", "队伍每周常态化活动次数", "≥", 2, "次"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kaw02-dance-goal-mismatch", (5, 11),
         "project, NAT-2021, numbered tier labels, operators inline: a goal count the indicator"
         " contradicts, the same indicator twice, last year's deadline")  # fmt: skip
def kaw02() -> Book:
    b, s = book()
    goal = "扶持广场舞队15支，培训骨干60人，10月底前举办全镇广场舞展演1场。"
    project_head(s, year=YEAR, name="广场舞队伍培育", dept=DEPT, unit=STATION,
                 money=one_year(w(6), w(5), w(1)), goals=[goal])  # fmt: skip
    teams = mk("≥12支", "D104", "warning", row=True, note="年度目标写扶持广场舞队15支")
    again = mk("≥45人", "D102", "error", row=True, alt=("D103", "D101"),
               note="与“骨干培训人数 ≥60人”是同一指标，多一个“广场舞”，数值不同")  # fmt: skip
    late = mk("2025年10月31日前", "Y102", "error", alt=("Y101", "Y103"),
              note="上一年度的期限，不在2026年度内")  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), [
        ("一、产出指标", "（一）数量指标", "扶持广场舞队数量", teams),
        (None, None, "骨干培训人数", "≥60人"),
        (None, None, "广场舞骨干培训人数", again),
        (None, "（二）质量指标", "骨干培训考核合格率", "≥90%"),
        (None, "（三）时效指标", "全镇展演完成时间", late),
        ("二、成本指标", "（一）经济成本指标", "骨干培训人均补助", "≤300元/人"),
        ("三、效益指标", "（一）社会效益指标", "参与群众人次", "≥3000人次"),
        (None, "（二）可持续影响指标", "队伍每周常态化活动次数", "≥2次"),
        ("四、满意度指标", "（一）服务对象满意度指标", "参与群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaw03-dance-department-flat", (3, 12),
         "department, budget and key tasks adding up, flat list (指标名称 · 权重 · 计量单位 ·"
         " 指标性质 · 指标值), weights 100 (correct)")  # fmt: skip
def kaw03() -> Book:
    b, s = book()
    goal = (
        "全年扶持广场舞队12支；在8个行政村每村每月放映公益电影1场，共96场；"
        "开设非遗传习课程8期，群众文化活动参与12000人次以上。"
    )
    department_head(s, year=YEAR, dept=STATION,
                    budget=[(w(86), w(80), w(6), w(52), w(34))], tasks=[
                        ("广场舞队伍扶持", "骨干培训、全镇展演", w(12), "扶持12支队伍"),
                        ("农村公益电影放映", "8个行政村每月1场", w(10), "放映96场"),
                        ("非遗传习工坊", "竹编、剪纸传习课程", w(12), "开课8期"),
                        ("金额合计", None, w(34), None),
                    ], goal=goal)  # fmt: skip
    s.skip()
    notes(s, "年度绩效指标", width=5)
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("扶持广场舞队数量", 15, "支", "≥", 12),
        ("公益电影放映场次", 15, "场", "≥", 96),
        ("非遗传习课程期数", 15, "期", "≥", 8),
        ("放映计划完成率", 10, "%", "=", pct(1)),
        ("群众文化活动参与人次", 15, "人次", "≥", 12000),
        ("非遗传承人带徒人数", 10, "人", "≥", 20),
        ("安全责任事故", 10, "起", "≤", 0),
        ("群众满意度", 10, "%", "≥", pct(0.9)),
    ]:
        s.row(*line)
    s.row("合计", 100)
    return b


@variant("kaw04-dance-three-years", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: a year's count above"
         " the period's, the 中期目标 copied into the 年度目标")  # fmt: skip
def kaw04() -> Book:
    b, s = book()
    mid = (
        "2026—2028年培育示范广场舞队10支，培训骨干180人，每年举办全镇展演1场，"
        "群众满意度保持在90%以上。"
    )
    copied = mk(mid, "D204", "warning", note="年度目标逐字照抄中期目标")
    project_head(s, year=YEAR, years=3, name="广场舞示范队伍培育三年行动", dept=DEPT,
                 unit=STATION, attr="新增项目", goals=[mid, copied],
                 money=period_money((w(60), w(54), w(6)), (w(20), w(18), w(2))))  # fmt: skip
    over = mk("≥12", "D201", "error", note="年度12支超过三年的10支")
    grid(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "示范广场舞队培育数量", "≥10", over, "支"),
        (None, None, "骨干培训人数", "≥180", "≥60", "人"),
        (None, "质量指标", "骨干培训考核合格率", "≥90%", "≥90%", None),
        (None, "时效指标", "全镇展演完成时间", "每年10月底前", "10月31日前", None),
        ("成本指标", "经济成本指标", "骨干培训人均补助", "≤300", "≤300", "元/人"),
        ("效益指标", "社会效益指标", "参与群众人次", "≥9000", "≥3000", "人次"),
        (None, "可持续影响指标", "常态化活动队伍占比", "≥80%", "≥70%", None),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("kaw05-dance-tier-points", (5, 10),
         "project, OLD-NAT, tier labels with numbers, points and ★, tier points and indicator"
         " points both 100, a 下降率 with ≥ and a rise in 百分点 (correct)")  # fmt: skip
def kaw05() -> Book:
    b, s = book()
    goal = "扶持广场舞队12支，培训骨干60人，购置音响设备10套，10月底前完成全镇展演。"
    project_head(s, year=YEAR, name="广场舞活动提质", dept=DEPT, unit=STATION,
                 money=one_year(w(20), w(18), w(2)), goals=[goal])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标★", "扶持广场舞队数量", "≥12支", 10),
        (None, None, "骨干培训人数", "≥60人", 10),
        (None, None, "音响设备购置套数", "≥10套", 5),
        (None, "（二）质量指标", "骨干培训考核合格率", "≥90%", 10),
        (None, "（三）时效指标", "全镇展演完成时间", "10月31日前", 5),
        (None, "（四）成本指标", "音响设备购置单价", "≤0.35万元/套", 10),
        ("二、效益指标（30分）", "（一）社会效益指标", "噪声扰民投诉下降率", "≥20%", 10),
        (None, None, "常态化活动队伍占比", "提高≥5百分点", 10),
        (None, "（二）可持续影响指标", "队伍自主管理制度", "建立并执行", 10),
        ("三、满意度指标（20分）", "（一）服务对象满意度指标", "参与群众满意度", "≥90%", 10),
        (None, None, "周边居民满意度", "≥85%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    notes(s, "注：一级指标分值为其下三级指标分值之和，总分100分。", width=5)
    return b


@variant("kaw06-dance-costumes", (11, 12),
         "project, NAT-2021, operator and unit columns: a standard × count above the money, last"
         " year's event in the goal, a satisfaction rate under 社会效益")  # fmt: skip
def kaw06() -> Book:
    b, s = book()
    goal = mk("扶持全镇20支广场舞队添置服装道具，举办2025年度“舞动蓼塘”广场舞展演1场。",
              "Y103", "warning", alt=("Y101", "Y102"),
              note="2026年度的目标写2025年度展演：上一年的文字没改")  # fmt: skip
    project_head(s, year=YEAR, name="广场舞队服装道具补助", dept=DEPT, unit=STATION,
                 money=one_year(w(8), w(8), w(0)), goals=[goal])  # fmt: skip
    cost = mk(5000, "B107", "warning", row=True,
              note="5000元/支 × 20支 = 10万元，超过年度资金8万元")  # fmt: skip
    misplaced = mk("观众满意度", "F201", "warning", row=True,
                   note="满意度填在社会效益指标下，应属服务对象满意度指标")  # fmt: skip
    grid(s, OP_HEAD, [
        ("产出指标", "数量指标", "扶持广场舞队数量", "≥", 20, "支"),
        (None, None, "广场舞展演场次", "≥", 1, "场"),
        (None, "质量指标", "服装道具验收合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "服装道具发放完成时间", "≤", day(YEAR, 6, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "服装道具补助标准", "≤", cost, "元/支"),
        ("效益指标", "社会效益指标", "参与群众人次", "≥", 2000, "人次"),
        (None, None, misplaced, "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "广场舞队员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦晓岚", "0771-6203418", day(YEAR - 1, 12, 5))
    return b
