"""林下猪苓 and 白芨: planting under forest cover (hw01–hw06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout689.common import (
    DEPT_FOREST,
    HEAD,
    HEAD_OP,
    HEAD_TWO,
    YEAR,
    footer,
    period_money,
    start,
    table,
    w,
    year_money,
)
from tests.variants.holdout689.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "栎岗县林下经济发展中心"


@variant("hw01-zhuling-forest", (1, 5, 11),
         "project, NAT-2021, numbered tier labels, operator and unit columns, typed percent "
         "cells, a goal area with its part as an indicator (correct)")  # fmt: skip
def hw01() -> Book:
    b, s = start()
    goal = ("在雾垭乡杉坳村、鹰嘴坪村林下仿野生种植猪苓300亩（其中新建120亩、补植180亩），"
            "培训种植户150人次，带动脱贫户60户参与种植。")  # fmt: skip
    project_head(s, year=YEAR, name="雾垭乡林下猪苓仿野生种植示范", dept=DEPT_FOREST, unit=UNIT,
                 money=year_money(w(86), w(80), w(6)), goals=[goal])  # fmt: skip
    table(s, HEAD_OP, [
        ("一、产出指标", "（一）数量指标", "林下猪苓种植面积", "≥", 300, "亩"),
        (None, None, "其中：新建种植面积", "≥", 120, "亩"),
        (None, None, "种植技术培训", "≥", 150, "人次"),
        (None, "（二）质量指标", "蜜环菌菌种检验合格率", "≥", pct(0.95), "%"),
        (None, None, "种植地块土壤检测达标率", "=", pct(1), "%"),
        (None, "（三）时效指标", "春季下种完成时间", "≤", day(2026, 5, 31, CN_DATE), "日期"),
        ("二、成本指标", "（一）经济成本指标", "猪苓种植补助标准", "≤", 0.2, "万元/亩"),
        ("三、效益指标", "（一）经济效益指标", "参与脱贫户户均增收", "≥", 2000, "元"),
        (None, "（二）社会效益指标", "带动脱贫户参与种植", "≥", 60, "户"),
        (None, "（三）生态效益指标", "林下病虫害发生率", "≤", pct(0.05), "%"),
        (None, "（四）可持续影响指标", "林下猪苓种植技术规程", "定性", "形成并推广", "—"),
        ("四、满意度指标", "（一）服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, ["注：种植面积300亩含新建120亩、补植180亩；补助标准按新建和补植平均测算。"],
           "蒲振川", "0839-7261045", (2025, 11, 24))  # fmt: skip
    return b


@variant("hw02-bletilla-goal-area", (7, 12),
         "project, OLD-NAT with 成本 under 产出, headers 指标内容 and 绩效标准, inline values: "
         "the area below the goal's, a unit cost beyond the money")  # fmt: skip
def hw02() -> Book:
    b, s = start()
    goal = ("在苍峁镇榉林国有林场林下种植白芨200亩，修建林下排水沟3.5公里，培训种植户80人次，"
            "带动周边农户务工增收。")  # fmt: skip
    project_head(s, year=YEAR, name="榉林林场林下白芨种植", dept=DEPT_FOREST, unit=UNIT,
                 money=year_money(w(58), w(50), w(8)), goals=[goal])  # fmt: skip
    area = mk("≥180亩", "D104", "warning", row=True,
              note="年度目标写种植白芨200亩，指标只要180亩")  # fmt: skip
    cost = mk("≤0.35万元/亩", "B107", "warning", row=True,
              note="0.35万元/亩×180亩=63万元（按目标200亩为70万元），"
                   "超过年度资金58万元")  # fmt: skip
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "林下白芨种植面积", area),
        (None, None, "修建林下排水沟", "≥3.5公里"),
        (None, None, "种植户技术培训", "≥80人次"),
        (None, "质量指标", "白芨种苗栽植成活率", "≥90%"),
        (None, "时效指标", "种苗栽植完成时间", "2026年4月30日前"),
        (None, "成本指标", "白芨种苗及栽植补助标准", cost),
        ("效益指标", "社会效益指标", "带动农户林下务工", "≥1200人次"),
        (None, "生态效益指标", "种植区林下植被覆盖率", "≥85%"),
        (None, "可持续影响指标", "林下白芨种植模式", "持续推广"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, [], "龙素梅", "0839-7261388", (2025, 11, 27))
    return b


@variant("hw03-zhuling-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from the "
         "中期目标, a year's training above the period's")  # fmt: skip
def hw03() -> Book:
    b, s = start()
    goal = ("2026—2028年在雾垭乡、苍峁镇林下累计种植猪苓900亩，建成蜜环菌菌种扩繁点1处，"
            "培训种植户450人次。")  # fmt: skip
    copied = mk(goal, "D204", "warning", alt=("D104",), note="三年期项目的年度目标照抄中期目标")
    project_head(s, year=YEAR, name="林下猪苓规模化种植（2026—2028年）", dept=DEPT_FOREST,
                 unit=UNIT, years=3, attr="新增项目", goals=[goal, copied],
                 money=period_money((w(210), w(180), w(30)), (w(70), w(60), w(10))))  # fmt: skip
    over = mk("≥500人次", "D201", "error", note="年度500人次超过三年合计450人次")
    table(s, HEAD_TWO, [
        ("产出指标", "数量指标", "林下猪苓种植面积", "≥900亩", "≥300亩"),
        (None, None, "种植户技术培训", "≥450人次", over),
        (None, "质量指标", "蜜环菌菌种检验合格率", "≥95%", "≥95%"),
        (None, "时效指标", "当年下种完成时间", "每年5月31日前", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "猪苓种植补助标准", "≤0.2万元/亩", "≤0.2万元/亩"),
        ("效益指标", "社会效益指标", "带动农户林下务工", "≥3000人次", "≥1000人次"),
        (None, "生态效益指标", "林下病虫害发生率", "≤5%", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    footer(s, [], "蒲振川", "0839-7261045", (2025, 11, 24))
    return b


@variant("hw04-bletilla-two-years", (7, 8),
         "two-year project, NAT-2021, two-row header 预期目标 over 中期 and 年度, the period's "
         "area beside a smaller year's, a later year the work prepares for (correct)")  # fmt: skip
def hw04() -> Book:
    b, s = start()
    goals = ["2026—2027年在榉林国有林场林下种植白芨400亩（2026年250亩、2027年150亩），建立"
             "种植技术档案，为2028年全县推广积累种植数据。",
             "2026年林下种植白芨250亩，培训种植户120人次，建立种植地块技术档案。"]  # fmt: skip
    project_head(s, year=YEAR, name="榉林林场林下白芨扩繁种植", dept=DEPT_FOREST, unit=UNIT,
                 years=2, goals=goals,
                 money=period_money((w(150), w(130), w(20)), (w(95), w(85), w(10))))  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "预期目标", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2026—2027年）", "2026年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "林下白芨种植面积", "≥400亩", "≥250亩"),
        (None, None, "种植户技术培训", "≥200人次", "≥120人次"),
        (None, "质量指标", "白芨种苗栽植成活率", "≥90%", "≥90%"),
        (None, "时效指标", "当年栽植完成时间", "每年4月30日前", "2026年4月30日前"),
        ("成本指标", "经济成本指标", "白芨种苗及栽植补助标准", "≤0.3万元/亩", "≤0.3万元/亩"),
        ("效益指标", "社会效益指标", "带动农户林下务工", "≥2000人次", "≥1200人次"),
        (None, "可持续影响指标", "林下白芨种植技术档案", "建立并持续更新", "建立"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, ["说明：中期面积400亩为两年合计，年度250亩为2026年任务。"],
           "龙素梅", "0839-7261388", (2025, 11, 27))  # fmt: skip
    return b


@variant("hw05-forest-stacked", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "money does not add up and it repeats an indicator with one word more")  # fmt: skip
def hw05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹰嘴坪村林下猪苓种植", dept=DEPT_FOREST, unit=UNIT,
                 money=year_money(w(64), w(56), w(8)),
                 goals=["鹰嘴坪村林下种植猪苓200亩，培训种植户100人次，"
                        "带动脱贫户40户。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "林下猪苓种植面积", "≥200亩"),
        (None, None, "种植户技术培训", "≥100人次"),
        (None, "质量指标", "种苗栽植成活率", "≥90%"),
        (None, "时效指标", "下种完成时间", "2026年5月31日前"),
        (None, "成本指标", "猪苓种植补助标准", "≤0.25万元/亩"),
        ("效益指标", "社会效益指标", "带动脱贫户参与种植", "≥40户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(40), "B101", "error", note="财政拨款32 + 其他资金6 = 38，不等于年度资金总额40")
    project_head(s, year=YEAR, name="杉坳村林下白芨种植", dept=DEPT_FOREST, unit=UNIT, title="",
                 money=year_money(total, w(32), w(6)),
                 goals=["杉坳村林下种植白芨120亩，培训种植户60人次，"
                        "带动农户务工增收。"])  # fmt: skip
    again = mk("≥80%", "D103", "warning", row=True, alt=("D101", "D102", "F201"),
               note="与质量指标“种苗栽植成活率”是同一指标，多“白芨”二字，"
                    "填在时效下且值不同")  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "林下白芨种植面积", "≥120亩"),
        (None, None, "种植户技术培训", "≥60人次"),
        (None, "质量指标", "种苗栽植成活率", "≥85%"),
        (None, "时效指标", "种苗栽植完成时间", "2026年4月30日前"),
        (None, None, "白芨种苗栽植成活率", again),
        (None, "成本指标", "白芨种苗补助标准", "≤0.3万元/亩"),
        ("效益指标", "社会效益指标", "带动农户林下务工", "≥600人次"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, [], "蒲振川", "0839-7261045", (2025, 11, 24))
    return b


@variant("hw06-forest-department", (4, 12),
         "department, NAT-2021, tasks adding to 金额合计, a 注 row inside the table, 0起 on a "
         "fire count, signature and date lines (correct)")  # fmt: skip
def hw06() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=UNIT, filled=day(2025, 11, 18),
                    budget=[(w(320), w(290), w(30), w(120), w(200))],
                    goal="目标1：林下中药材种植面积达到550亩（猪苓300亩、白芨250亩）；"
                         "目标2：培训种植户300人次；目标3：林区不发生森林火灾。",
                    tasks=[("林下猪苓示范种植", "雾垭乡、苍峁镇林下种植猪苓300亩", w(80),
                            "种植面积≥300亩"),
                           ("林下白芨示范种植", "榉林国有林场林下种植白芨250亩", w(70),
                            "种植面积≥250亩"),
                           ("林下经济技术服务", "技术培训、病虫害监测和森林防火巡护", w(50),
                            "培训≥300人次"),
                           ("金额合计", None, w(200), None)])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "林下中药材种植面积", "≥550亩"),
        (None, None, "种植户技术培训", "≥300人次"),
        (None, "质量指标", "林下种苗栽植成活率", "≥90%"),
        (None, "时效指标", "年度种植任务完成时间", "2026年6月30日前"),
    ])  # fmt: skip
    s.row("注：种植面积含猪苓300亩、白芨250亩，不含往年已种植面积。", merge=[(1, 4)])
    s.table([
        ("成本指标", "经济成本指标", "林下种植补助标准", "≤0.25万元/亩"),
        ("效益指标", "社会效益指标", "带动脱贫户参与林下种植", "≥100户"),
        (None, "生态效益指标", "林区森林火灾发生次数", "0起"),
        (None, "可持续影响指标", "林下经济技术服务机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, ["填表说明：补助标准0.25万元/亩×550亩=137.5万元，在两项种植任务150万元之内。"],
           "蒲振川", "0839-7261045", (2025, 11, 18))  # fmt: skip
    return b
