"""海钓 returns: percent cells (wm01, wm02), stacked projects (wm03, wm04), flat lists (wm05,
wm06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout393.common import (
    HEAD_OP,
    YEAR,
    annual_money,
    indicators,
    signature,
    start,
)
from tests.variants.holdout393.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

DEPT = "望澜县文化和旅游局"


@variant("wm01-reef-platforms", (1,), "project, OLD-NAT, operator and unit columns, typed "
         "percent cells, 万元 in the number format, a date cell as deadline (correct)")  # fmt: skip
def reef_platforms() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="礁区海钓平台维护及安全培训", dept=DEPT,
                 unit="望澜县海钓运动服务中心", money=annual_money(60, 50, 10),
                 goals=["维护礁区海钓平台6个，开展海钓安全培训12场，保障游客安全。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "海钓安全培训场次", "≥", 12, "场"),
        (None, None, "礁区海钓平台维护数量", "≥", 6, "个"),
        (None, "质量指标", "平台维护验收合格率", "=", pct(1), "%"),
        (None, None, "救生设备配备达标率", "≥", pct(0.98), "%"),
        (None, "时效指标", "平台维护完成时间", "≤", day(YEAR, 10, 31), None),
        (None, "成本指标", "单场培训成本", "≤", 1.5, "万元/场"),
        (None, None, "单个平台维护成本", "≤", 5, "万元/个"),
        ("效益指标", "社会效益指标", "海钓游客接待人次", "≥", 30000, "人次"),
        (None, None, "海钓安全事故发生率", "≤", pct(0.001, "0.0%"), "%"),
        (None, "生态效益指标", "礁区垃圾清运率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "海钓游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "霍澄江", "邝晓汀", "0576-8831 2207")
    return b


@variant("wm02-boat-pier", (1, 11), "project, OLD-NAT, operator and unit columns, percent "
         "cells: a rate typed as 105%, an accident rate with ≥")  # fmt: skip
def boat_pier() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="船钓游艇码头改造", dept="鲸屿区海洋与渔业局",
                 unit="鲸屿区渔港管理所", money=annual_money(95, 80, 15),
                 goals=["改造船钓游艇泊位40个，提升船钓接待能力和安全水平。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "游艇泊位改造数量", "≥", 40, "个"),
        (None, "质量指标", "码头改造验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率 capped at 100 %"), "%"),
        (None, "时效指标", "改造完成时间", "≤", day(YEAR, 11, 30), None),
        (None, "成本指标", "单个泊位改造成本", "≤", 2, "万元/个"),
        ("效益指标", "经济效益指标", "船钓游客接待人次", "≥", 12000, "人次"),
        (None, "社会效益指标", "游艇搁浅事故发生率",
         mk("≥", "T108", "warning", row=True, note="an accident rate is 反向: ≤ meant"),
         pct(0.02), "%"),
        ("满意度指标", "服务对象满意度指标", "船钓游客满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    signature(s, "骆海钧", "詹沐汐", "0576-8920 4418")
    return b


@variant("wm03-stacked-angling", (2,), "two 海钓 projects stacked in one sheet, OLD-NAT, one "
         "value column, the same satisfaction name with different values (correct)")  # fmt: skip
def stacked_angling() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(
        s,
        year=YEAR,
        name="海钓赛事组织",
        dept=DEPT,
        unit="望澜县体育事业发展中心",
        money=annual_money(48, 40, 8),
        goals=["举办海钓公开赛2场、海钓节1次。"],
    )
    indicators(s, head, [
        ("产出指标", "数量指标", "海钓赛事举办场次", "≥2场"),
        (None, "质量指标", "赛事安全保障达标率", "≥98%"),
        (None, "时效指标", "赛事完成时间", f"{YEAR}年10月31日前"),
        (None, "成本指标", "单场赛事组织成本", "≤20万元/场"),
        ("效益指标", "经济效益指标", "赛事带动旅游消费", "≥600万元"),
        ("满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="海钓向导技能培训",
        dept=DEPT,
        unit="望澜县职业技能培训中心",
        money=annual_money(18, 18, 0),
        goals=["培训持证海钓向导150人。"],
        title="",
    )
    indicators(s, head, [
        ("产出指标", "数量指标", "海钓向导培训人数", "≥150人"),
        (None, "质量指标", "培训考核合格率", "≥92%"),
        (None, "时效指标", "培训完成时间", f"{YEAR}年6月30日前"),
        (None, "成本指标", "人均培训成本", "≤1200元/人"),
        ("效益指标", "社会效益指标", "持证向导上岗人数", "≥120人"),
        ("满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥85%"),
    ])  # fmt: skip
    signature(s, "霍澄江", "岑渚宁", "0576-8831 2215")
    return b


@variant("wm04-stacked-angling-wrong", (2, 12), "two projects stacked, OLD-NAT, one value "
         "column: the second project's total ≠ its parts, a rate given as a count")  # fmt: skip
def stacked_angling_wrong() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=YEAR, name="休闲海钓基地建设", dept="鲸屿区海洋与渔业局",
                 unit="鲸屿区渔业技术推广站", money=annual_money(70, 60, 10),
                 goals=["建成休闲海钓基地2处，配套钓位120个。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "新增标准钓位", "≥120个"),
        (None, "质量指标", "基地建设验收合格率", "100%"),
        (None, "时效指标", "基地建成时间", f"{YEAR}年9月30日前"),
        (None, "成本指标", "单个钓位建设成本", "≤0.5万元/个"),
        ("效益指标", "经济效益指标", "基地年接待垂钓游客", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "垂钓游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    bad = mk(money(45, '0.00"万元"'), "B101", "error", note="30 + 10 = 40, not 45")
    project_head(s, year=YEAR, name="海钓指导员队伍建设", dept="鲸屿区海洋与渔业局",
                 unit="鲸屿区渔业技术推广站", money=annual_money(bad, 30, 10),
                 goals=["培养海钓指导员60人，持证上岗。"], title="")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "海钓指导员培养人数", "≥60人"),
        (None, "质量指标", "海钓指导员持证上岗率",
         mk("25人", "T105", "error", note="a 上岗率 needs a percentage")),
        (None, "时效指标", "培养完成时间", f"{YEAR}年12月31日前"),
        (None, "成本指标", "人均培养成本", "≤0.5万元/人"),
        ("效益指标", "社会效益指标", "指导员服务游客人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "游客对指导服务满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wm05-flat-angling-dept", (3,), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), a 下降率 with ≥, 0起 on an incident "
         "count (correct)")  # fmt: skip
def flat_angling_dept() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="碧汐市海钓产业发展中心",
                    budget=[(money(320), money(280), money(40), money(210), money(110))],
                    goal="规范海钓经营秩序，保障海钓安全，带动沿海乡村就业。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("海钓基地安全巡查次数", 15, "次", "≥", 48),
        ("海钓经营纠纷投诉下降率", 15, "%", "≥", pct(0.1)),
        ("重大海钓安全责任事故", 15, "起", "=", 0),
        ("海钓赛事举办场次", 15, "场", "≥", 4),
        ("海钓从业人员培训合格率", 15, "%", "≥", pct(0.95)),
        ("海钓产业带动就业人数", 15, "人", "≥", 200),
        ("海钓游客满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signature(s, "蔺潮生", "符小澪", "0577-6612 3380")
    return b


@variant("wm06-flat-angling-wrong", (3, 11), "department, flat list (指标名称 · 指标值 · "
         "指标性质 as direction · 计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights "
         "at 95")  # fmt: skip
def flat_angling_wrong() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鲸屿区休闲渔业服务站",
                    budget=[(money(150), money(130), money(20), money(90), money(60))],
                    goal="发展休闲海钓，提升从业人员技能，减少垂钓安全事故。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("海钓技能培训人数", mk("120场", "T112", "error", note="场 in the value, 人 in the "
                                "unit column"), "正向", "人", 20),
        ("休闲渔船安全检查次数", "≥24", "正向", "次", 20),
        ("垂钓落水事故发生率", mk("≥0.5%", "T108", "warning", row=True,
                                  note="反向 rate with ≥"), "反向", "%", 20),
        ("渔船安全设施配备率", "≥95%", "正向", "%", 15),
        ("游客满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b
