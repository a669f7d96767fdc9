"""Returns for the fishing-boat safety upgrade: AIS beacons and life rafts (kaz01–kaz06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout718.common import (
    PERIOD,
    TIERS,
    UNIT,
    funds,
    indicators,
    notes,
    project,
    sign,
    wan,
)  # fmt: skip
from tests.variants.holdout718.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kaz01-ais-beacons", (1, 11), "project, NAT-2021, one value column, typed percent "
         "cells, a 下降率 with ≥ and a 0起 incident count (correct)")  # fmt: skip
def ais_beacons() -> Book:
    b, s = project(2025, "近海渔船AIS防碰撞终端配备项目", UNIT, funds(wan(186), wan(150), wan(36)),
                   ["为全县132艘近海作业渔船配备AIS防碰撞终端132台，年内完成安装调试并接入"
                    "县渔船动态监控平台，渔船海上遇险事故较上年下降10%以上。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "AIS防碰撞终端配备数量", "≥132台"),
        (None, None, "接入动态监控平台渔船数", "≥132艘"),
        (None, "质量指标", "终端安装验收合格率", pct(1.0)),
        (None, None, "终端在线率", "≥95%"),
        (None, "时效指标", "安装调试完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "AIS终端采购单价", "≤1.2万元/台"),
        ("效益指标", "社会效益指标", "渔船海上遇险事故下降率", "≥10%"),
        (None, None, "因未开启终端导致的碰撞失联事故", "≤0起"),
        (None, "可持续影响指标", "终端维护责任落实机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "渔船船东满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "陈屿帆", "0597-6623108", day(2024, 11, 18, CN_DATE))
    return b


@variant("kaz02-life-rafts", (1, 5, 7), "project, OLD-NAT, numbered tier labels, operator "
         "column in words, unit column, header 绩效标准 (correct)")  # fmt: skip
def life_rafts() -> Book:
    b, s = project(2025, "渔船救生筏更新补助项目", UNIT, funds(wan(96), wan(96), wan(0)),
                   ["更新到期救生筏160具（其中6人筏112具、10人筏48具），开展船员弃船演练"
                    "40场次，救生筏年检率达到100%。"])  # fmt: skip
    header = ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位")
    indicators(s, header, [
        ("一、产出指标", "（一）数量指标", "更新救生筏数量", "大于等于", 160, "具"),
        (None, None, "其中：10人筏更新数量", "大于等于", 48, "具"),
        (None, None, "船员弃船演练", "大于等于", 40, "场次"),
        (None, "（二）质量指标", "救生筏年检率", "等于", pct(1.0), "%"),
        (None, "（三）时效指标", "补助资金拨付时限", "小于等于", 30, "个工作日"),
        (None, "（四）成本指标", "救生筏补助标准", "小于等于", 0.6, "万元/具"),
        ("二、效益指标", "（一）社会效益指标", "因救生设备失效造成的死亡事故", "小于等于", 0, "起"),
        (None, None, "船员弃船求生技能掌握率", "大于等于", pct(0.85), "%"),
        ("三、满意度指标", "服务对象满意度指标", "船员满意度", "大于等于", pct(0.92), "%"),
    ])  # fmt: skip
    notes(s, "注：补助标准按6人筏0.5万元/具、10人筏0.6万元/具执行，160具合计补助不超过96万元。")
    return b


@variant("kaz03-ais-three-years", (8,), "three-year project 2025–2027, NAT-2021, 中期 and 年度 "
         "columns, period counts above the year's, rates equal (correct)")  # fmt: skip
def ais_three_years() -> Book:
    money_rows = [["中期资金总额", wan(540), "年度资金总额", wan(180)],
                  ["其中：财政拨款", wan(450), "其中：财政拨款", wan(150)],
                  ["其他资金", wan(90), "其他资金", wan(30)]]  # fmt: skip
    b, s = project(2025, "远海渔船安全装备提升工程", UNIT, money_rows, [
        "2025年至2027年为全县远海渔船配备北斗/AIS一体化终端360台、救生筏360具，实现远海渔船"
        "安全装备全覆盖。",
        "2025年为120艘远海渔船配备一体化终端120台、救生筏120具，为2026年扩大到深远海"
        "作业船队积累安装经验。"], years=3, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "一体化终端配备数量", "≥360台", "≥120台"),
        (None, None, "救生筏配备数量", "≥360具", "≥120具"),
        (None, "质量指标", "设备验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度安装任务完成时间", "每年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单船装备补助标准", "≤1.5万元/艘", "≤1.5万元/艘"),
        ("效益指标", "社会效益指标", "远海渔船安全装备覆盖率", "=100%", "≥33%"),
        ("满意度指标", "服务对象满意度指标", "船东满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaz04-beacon-goal-mismatch", (11, 12), "project, NAT-2021, one value column: the "
         "goal's count against the indicator, last year's deadline, "
         "a unit cost above the money")  # fmt: skip
def beacon_goal_mismatch() -> Book:
    b, s = project(2025, "小型渔船AIS示位标配发项目", UNIT, funds(wan(160), wan(130), wan(30)),
                   ["为86艘小型渔船配发AIS示位标86台，年内完成配发登记，渔船定位在线率"
                    "达到95%以上。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "AIS示位标配发数量", mk("≥68台", "D104", "warning", row=True,
                                                        note="年度目标写86台")),
        (None, None, "配发登记渔船数", "≥86艘"),
        (None, "质量指标", "渔船定位在线率", "≥95%"),
        (None, "时效指标", "配发完成时间", mk("2024年10月31日前", "Y102", "error", alt=(
            "Y103", "Y101"), note="上一年度的期限，预算年度为2025年")),
        ("成本指标", "经济成本指标", "AIS示位标采购单价", mk("≤2.5万元/台", "B107", "warning",
                                                          row=True, note="2.5×86=215>160")),
        ("效益指标", "社会效益指标", "渔船失联事件下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaz05-stacked-raft-money", (2, 12), "two projects stacked, OLD-NAT: the second's "
         "年度资金总额 is not its parts, a near-duplicate count under two tier-2s")  # fmt: skip
def stacked_raft_money() -> Book:
    b, s = project(2025, "渔船消防救生器材配备项目", UNIT, funds(wan(48), wan(40), wan(8)),
                   ["为全县渔船配备灭火器600具、救生衣1200件。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "救生衣配备数量", "≥1200件"),
        (None, None, "灭火器配备数量", "≥600具"),
        (None, "质量指标", "器材抽检合格率", "≥98%"),
        ("效益指标", "社会效益指标", "渔船消防隐患整改率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(95), "B101", "error", row=True, note="70+20=90≠95")
    project_head(s, year=2025, name="近海渔船救生筏补助项目", dept="澜屿县海洋与渔业局", unit=UNIT,
                 money=funds(total, wan(70), wan(20)), goals=["补助更新救生筏150具。"],
                 title="")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "救生筏更新补助数量", "≥150具"),
        (None, "质量指标", "救生筏年检合格率", "≥98%"),
        (None, "时效指标", "补助发放时间", "2025年9月30日前"),
        (None, "成本指标", "救生筏补助标准", "≤0.6万元/具"),
        ("效益指标", "社会效益指标", mk("补助更新救生筏数", "D103", "warning", row=True, alt=(
            "D102", "D101", "F201"), note="与数量指标的救生筏更新补助数量是同一指标"), "≥140具"),
        ("满意度指标", "服务对象满意度指标", "船员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaz06-empty-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "left empty, a value without a name, the goal's count against the indicator")  # fmt: skip
def empty_template_rows() -> Book:
    b, s = project(2025, "渔船救生设备更新改造项目", UNIT, funds(wan(75), wan(60), wan(15)),
                   ["完成38艘渔船救生设备更新改造，配备救生筏38具、AIS终端38台。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "预期目标")
    indicators(s, header, [
        ("产出指标", "数量指标", "救生设备更新改造渔船数", mk("≥36艘", "D104", "warning", row=True,
                                                            note="年度目标写38艘")),
        (None, None, "救生筏配备数量", "≥38具"),
        (None, None, mk(None, "F110", "error", note="有值无名"), "≥38台"),
        (None, "质量指标", "改造验收合格率", "=100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("成本指标", "经济成本指标", "单船改造补助标准", "≤1.9万元/艘"),
        ("效益指标", "社会效益指标", "渔船救生设备达标率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "船东满意度", "≥90%"),
    ])  # fmt: skip
    return b
