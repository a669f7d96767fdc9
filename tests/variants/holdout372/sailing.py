"""Sailing (帆船) bases: equipment, berths, regattas, the department of the sailing centre."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout372.common import (
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout372.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "vr01-sail-percent",
    (1, 12),
    "project, OLD-NAT, operator column (指标性质) and unit "
    "column, percent cells typed in Excel, 万元 only in the number format (correct)",
)
def sail_percent() -> Book:
    b, s = start()
    project(s, "澄屿湾帆船训练基地器材更新及运维", "澜汀市水上运动管理中心", one_year(260, 200, 60),
            ["更新OP级帆船24艘，维护码头浮桥，全年开展帆船专项训练不少于1800课时。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ["产出指标", "数量指标", "更新OP级帆船", "≥", 24, "艘"],
        [None, None, "帆船专项训练课时", "≥", 1800, "课时"],
        [None, "质量指标", "器材验收合格率", "=", pct(1), "%"],
        [None, None, "救生设备配备达标率", "≥", pct(0.98), "%"],
        [None, "时效指标", "器材采购完成时间", "≤", day(YEAR, 6, 30), None],
        [None, "成本指标", "单艘OP帆船采购成本", "≤", 3.5, "万元/艘"],
        [None, None, "码头浮桥年度维护费", "≤", 40, "万元"],
        ["效益指标", "社会效益指标", "水上训练安全事故", "≤", 0, "起"],
        [None, None, "器材报修率下降率", "≥", pct(0.1), "%"],
        [None, "可持续影响指标", "新购帆船使用年限", "≥", 8, "年"],
        ["满意度指标", "服务对象满意度指标", "受训运动员满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    sign(s, "林舟远", "0596-7312408")
    return b


@variant(
    "vr02-sail-stacked",
    (2, 12),
    "two sailing projects stacked in one sheet, OLD-NAT, one "
    "value column: the second project's money does not add up, a rate given as a count",
)
def sail_stacked() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project(s, "帆船青训营地租赁", "澜汀市水上运动管理中心", one_year(120, 90, 30),
            ["租赁青训营地2处，保障全年青少年帆船集训。"])  # fmt: skip
    indicators(s, head, [
        ["产出指标", "数量指标", "租赁青训营地", "=2处"],
        [None, "质量指标", "营地安全检查合格率", "=100%"],
        [None, "成本指标", "单处营地年租金", "≤55万元"],
        ["效益指标", "社会效益指标", "年集训青少年人次", "≥2400人次"],
        ["满意度指标", "服务对象满意度指标", "集训队员满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    total = mk(money(185, WAN), "B101", "error", note="150 + 25 = 175 ≠ 185")
    project(s, "环澄屿湾帆船公开赛组织", "澜汀市水上运动管理中心",
            one_year(total, 150, 25), ["举办环澄屿湾帆船公开赛1届，参赛船只不少于60艘。"],
            title="")  # fmt: skip
    indicators(s, head, [
        ["产出指标", "数量指标", "参赛船只", "≥60艘"],
        [None, "质量指标", "赛事安保方案落实率",
         mk("3项", "T105", "error", note="a 落实率 given as a count")],
        [None, "时效指标", "赛事举办时间", "2025年10月31日前"],
        [None, "成本指标", "赛事组织费", "≤175万元"],
        ["效益指标", "社会效益指标", "赛事直播观看人次", "≥50万人次"],
        ["满意度指标", "服务对象满意度指标", "参赛队伍满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "vr03-sail-department-flat",
    (3,),
    "department of the sailing centre, flat list (指标名称 · "
    "权重 · 计量单位 · 指标性质 as operator · 指标值), key tasks adding to 项目支出 (correct)",
)
def sail_department_flat() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="澜汀市水上运动管理中心",
                    budget=[[money(860), money(800), money(60), money(520), money(340)]],
                    goal="保障帆船训练基地全年运行，办好年度帆船赛事，扩大青少年帆船普及。",
                    tasks=[["基地运行保障", "码头、船库及救援艇运行", money(150), "基地全年开放"],
                           ["帆船赛事", "承办公开赛及联赛分站", money(120), "办赛6场以上"],
                           ["青少年普及", "进校园普及课", money(70), "覆盖率85%以上"],
                           ["金额合计", None, money(340), None]])  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ["帆船注册运动员人数", 15, "人", "≥", 320],
        ["举办帆船赛事", 10, "场", "≥", 6],
        ["水上救援到达时间", 10, "分钟", "≤", 8],
        ["赛事器材检测合格率", 15, "%", "=", pct(1)],
        ["青少年帆船普及课覆盖率", 10, "%", "≥", pct(0.85)],
        ["训练溺水事故", 10, "起", "≤", 0],
        ["场馆开放天数", 10, "天", "≥", 300],
        ["运动员伤病发生率", 10, "%", "≤", pct(0.03)],
        ["服务对象满意度", 10, "%", "≥", pct(0.92)],
        ["合计", 100, None, None, None],
    ], merged=())  # fmt: skip
    return b


@variant(
    "vr04-sail-direction",
    (10, 11),
    "project, NAT-2021, tier-1 and indicator points, word "
    "operators: a response time and an injury rate with 不低于/大于等于, a tier score off",
)
def sail_direction() -> Book:
    b, s = start(widths=(14, 8, 16, 28, 18, 8))
    project(s, "青少年帆船青训营", "澜汀市青少年体育学校", one_year(60, 48, 12),
            ["开办帆船青训营8期，培训青少年300人以上。"])  # fmt: skip
    tier = mk(30, "W103", "error", note="效益指标 30 分，其下 15 + 10 = 25 分")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ["产出指标", 40, "数量指标", "帆船青训营开营期数", "不少于8期", 15],
        [None, None, None, "参训青少年人数", "大于等于300人", 15],
        [None, None, "时效指标", "帆船翻艇救援响应时间",
         mk("大于等于15分钟", "T108", "warning", row=True, note="a response time is 反向"), 10],
        ["成本指标", 10, "经济成本指标", "人均培训成本", "小于等于1500元/人", 10],
        ["效益指标", tier, "社会效益指标", "青少年参训率比上年提高", "大于等于3百分点", 15],
        [None, None, None, "训练伤病发生率",
         mk("不低于2%", "T108", "warning", row=True, note="a 发生率 is 反向"), 10],
        ["满意度指标", 20, "服务对象满意度指标", "学员家长满意度", "不低于90%", 10],
        [None, None, None, "学员满意度", "不低于92%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="indicator points total 95: same slip")
    return b


@variant(
    "vr05-sail-berths-multiyear",
    (8,),
    "three-year berth project, NAT-2021, 中期 and 年度 "
    "columns, annual counts below period counts, rates and unit costs equal (correct)",
)
def sail_berths_multiyear() -> Book:
    b, s = start()
    project(s, "雁汀港帆船停泊泊位建设", "澜汀市水上运动管理中心",
            multi_year((900, 750, 150), (300, 250, 50)),
            ["三年建成帆船泊位120个，培训泊位管理及教练人员90人。",
             "2025年建成泊位40个，培训人员30人。"], years=3, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ["产出指标", "数量指标", "新建帆船泊位", "≥120个", "≥40个"],
        [None, None, "培训泊位管理及教练人员", "≥90人", "≥30人"],
        [None, "质量指标", "泊位验收合格率", "=100%", "=100%"],
        [None, "时效指标", "泊位建设完成时间", "2027年11月30日前", "2025年11月30日前"],
        ["成本指标", "经济成本指标", "单个泊位建设成本", "≤6万元/个", "≤6万元/个"],
        ["效益指标", "社会效益指标", "接待训练船次", "≥9000船次", "≥3000船次"],
        [None, "可持续影响指标", "泊位设计使用年限", "≥25年", "≥25年"],
        ["满意度指标", "服务对象满意度指标", "泊位使用单位满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "vr06-sail-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column, detail lines below "
    "the table: an amount split by a space, an amount pasted twice, an end date as a serial",
)
def sail_artefacts() -> Book:
    b, s = start()
    end = mk("45930", "X104", "warning", note="2025-09-30 stored as text")
    project(s, "帆船训练营地运营补助", "澜汀市帆船帆板协会", one_year(150, 120, 30),
            ["保障3处帆船训练营地运营至9月底。"], end=end)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ["产出指标", "数量指标", "保障运营营地", "=3处"],
        [None, "质量指标", "营地安全巡查覆盖率", "=100%"],
        [None, "成本指标", "营地运营补助总额", "≤150万元"],
        ["效益指标", "社会效益指标", "营地接待训练人次", "≥6000人次"],
        ["满意度指标", "服务对象满意度指标", "营地使用者满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", "金额（万元）", "测算依据")
    s.row(None, "营地场租", mk("52.7 5", "X105", "warning", alt=("X103",),
                              note="52.75 split by a space"), "3处，按合同")  # fmt: skip
    s.row(None, "教练及救生员劳务", money(37.25, WAN), "按人月测算")
    s.row(None, "船只租赁及运输", mk("60万60万(含船只运输)", "X106", "error", alt=("B108",),
                                  note="60 pasted twice"), "租赁救援艇4艘")  # fmt: skip
    s.row(None, "合计", money(150, WAN), None)
    notes(s, ["注：明细金额单位为万元。"], width=4)
    b.file_mark("B102", "error", required=False, note="may follow from misreading the pasted 60")
    return b
