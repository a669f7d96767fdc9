"""Buoys, beacons and AIS aids (航标) maintenance: stacked projects, tier labels, artefacts and a
table on a second sheet."""

from __future__ import annotations

from tests.variants.holdout398.common import (
    book,
    first,
    indicators,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout398.registry import variant
from tests.variants.kit import Book, day, mk

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
BUOY = "澄礁航标处东汐航标所"


@variant("wr07-buoy-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in the two projects (correct)")  # fmt: skip
def wr07() -> Book:
    b = book()
    s = first(b)
    project(s, "东汐港进港航道浮标维护项目", BUOY, one_year(wan(75), wan(70), wan(5)),
            ["维护进港航道浮标42座，航标正常率不低于99%。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "维护浮标座数", "≥42座"),
        (None, "质量指标", "航标正常率", "≥99%"),
        (None, "时效指标", "航标失常修复时间", "≤24小时"),
        (None, "成本指标", "单座浮标年维护成本", "≤1.6万元/座"),
        ("效益指标", "社会效益指标", "航道通航保障率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "过往船舶满意度", "≥90%"),
    ], header=HEAD4)  # fmt: skip
    s.skip()
    project(s, "澄礁水道灯浮标更换项目", BUOY, one_year(wan(130), wan(130), wan(0)),
            ["更换澄礁水道老旧灯浮标16座。"], title="")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "更换灯浮标座数", "≥16座"),
        (None, "质量指标", "航标正常率", "≥99.5%"),
        (None, "时效指标", "更换完成时间", "2025年10月31日前"),
        (None, "成本指标", "单座灯浮标更换成本", "≤8万元/座"),
        ("效益指标", "社会效益指标", "水道航标责任性事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "航运企业满意度", "≥90%"),
    ], header=HEAD4)  # fmt: skip
    return b


@variant("wr08-buoy-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates is a count")  # fmt: skip
def wr08() -> Book:
    b = book()
    s = first(b)
    project(s, "北汐锚地灯浮标维护项目", BUOY, one_year(wan(48), wan(45), wan(3)),
            ["维护北汐锚地灯浮标20座。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "维护灯浮标座数", "≥20座"),
        (None, "质量指标", "灯浮标正常率", "≥99%"),
        (None, "成本指标", "单座灯浮标年维护成本", "≤2.2万元/座"),
        ("效益指标", "社会效益指标", "锚地夜间助航保障率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "锚泊船舶满意度", "≥90%"),
    ], header=HEAD4)  # fmt: skip
    s.skip()
    total = mk(wan(96), "B101", "error", note="80 + 12 = 92, not 96")
    project(s, "珊门港区AIS航标建设项目", BUOY, one_year(total, wan(80), wan(12)),
            ["在珊门港区新建AIS航标12座，实现港区航标信号全覆盖。"], title="",
            attr="新增项目")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建AIS航标座数", "≥12座"),
        (None, "质量指标", "AIS航标信号覆盖率",
         mk("12座", "T105", "error", note="a 覆盖率 given as a count")),
        (None, "成本指标", "单座AIS航标设备成本", "≤6万元/座"),
        ("效益指标", "社会效益指标", "港区船舶动态监控能力", "提升"),
        ("满意度指标", "服务对象满意度指标", "港区航运企业满意度", "≥90%"),
    ], header=HEAD4)  # fmt: skip
    return b


@variant("wr09-transfer-labels", (5, 12),
         "transfer-payment project, OLD-NAT, 中央补助 + 地方资金, tier labels numbered, with "
         "points, marks (*, ★) and abbreviations (correct)")  # fmt: skip
def wr09() -> Book:
    b = book()
    s = first(b)
    lines = [("资金总额", wan(210), "其中：中央补助", wan(150)), ("地方资金", wan(60), None, None)]
    project(s, "沿海公用航标维护补助项目", "澄礁市海事航标局", lines,
            ["维护辖区公用航标320座，航标维护正常率不低于99%。"],
            title="2025年度航标维护专项转移支付绩效目标表")  # fmt: skip
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "★维护航标总数", "≥320座"),
        (None, "*质量", "★航标维护正常率", "≥99%"),
        (None, "（三）时效指标", "航标失常恢复时间", "≤24小时"),
        (None, "4.成本", "单座航标年均维护成本", "≤0.65万元/座"),
        ("二、效益指标（40分）", "社会效益", "辖区航道通航保障率", "≥98%"),
        (None, "可持续影响", "航标遥测遥控覆盖率", "≥85%"),
        ("三、满意度指标（10分）", "服务对象满意度", "航运企业满意度", "≥90%"),
    ], header=HEAD4)  # fmt: skip
    note(s, "注：标★的为核心指标，不得删除。", 4)
    return b


@variant("wr10-beacon-wrong-parent", (5, 11),
         "project, NAT-2021, numbered labels: a 时效 tier-2 under 效益, ≥ on a 失常率")  # fmt: skip
def wr10() -> Book:
    b = book()
    s = first(b)
    project(s, "近岸灯桩维修项目", "澄礁航标处西汐航标所", one_year(wan(80), wan(80), wan(0)),
            ["维修近岸灯桩30座，灯光射程达标。"])  # fmt: skip
    indicators(s, [
        ("一、成本指标", "（一）经济成本指标", "单座灯桩维修成本", "≤2.4万元/座"),
        ("二、产出指标", "（一）数量指标", "维修灯桩座数", "≥30座"),
        (None, "（二）质量指标", "灯桩灯光射程达标率", "≥97%"),
        (None, None, "灯桩失常率",
         mk("≥3%", "T108", "warning", row=True, note="失常率 is 反向")),
        ("三、效益指标", "（一）社会效益指标", "近岸船舶夜航保障率", "≥98%"),
        (None, mk("（二）时效指标", "F105", "error", note="时效 belongs under 产出指标"),
         "维修任务完成时间", "2025年10月31日前"),
        (None, "（三）可持续影响指标", "灯桩维修档案完整率", "≥95%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "渔船船员满意度", "≥90%"),
    ], header=HEAD4)  # fmt: skip
    return b


@variant("wr11-buoy-artefacts", (9, 12),
         "project, OLD-NAT, one value column, detail lines below the table: a split number, a "
         "date serial as text, an amount pasted twice")  # fmt: skip
def wr11() -> Book:
    b = book()
    s = first(b)
    total = mk("146.250 0", "X105", "warning", alt=("X103",), note="146.2500 split by a space")
    end = mk("46022", "X104", "warning", note="2025-12-31 as a serial in a text cell")
    project(s, "东汐港区灯浮标投放更换项目", BUOY, one_year(total, wan(120), wan(26.25)),
            ["投放更换灯浮标10座，抛设位置准确。"], end=end)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "投放更换灯浮标座数", "≥10座"),
        (None, "质量指标", "灯浮标抛设位置合格率", "≥98%"),
        (None, "时效指标", "投放完成时间", "2025年9月30日前"),
        (None, "成本指标", "单座灯浮标采购成本", "≤8万元/座"),
        ("效益指标", "社会效益指标", "航道浮标到位率", "≥99%"),
        ("满意度指标", "服务对象满意度指标", "引航员满意度", "≥90%"),
    ], header=HEAD4)  # fmt: skip
    s.skip()
    s.row("项目明细", None, None, "金额（万元）", merge=[(1, 3)])
    pasted = mk("38.5万38.5万(含吊装船租赁)", "X106", "error", alt=("B108",),
                note="38.5 pasted twice")  # fmt: skip
    for name, amount in (("灯浮标采购", 80), ("吊装船租赁", pasted), ("锚链及沉石", 27.75),
                         ("合计", 146.25)):  # fmt: skip
        s.row(name, None, None, amount, merge=[(1, 3)])
    return b


@variant("wr12-ais-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under "
         "a two-row header (预期实现值 over 考核指标, 目标值（年度）; 评价标准) "
         "(correct)")  # fmt: skip
def wr12() -> Book:
    b = book("基本信息")
    project(first(b), "AIS航标及雷达应答器运维项目", "澄礁航标处遥测中心",
            one_year(wan(68), wan(60), wan(8)),
            ["保障24座AIS航标和雷达应答器稳定运行。"])  # fmt: skip
    s = b.sheet("绩效指标", (14, 18, 30, 16, 30))
    s.title("AIS航标及雷达应答器运维项目绩效指标", 5)
    s.row("绩效指标", None, None, "预期实现值", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "考核指标", "目标值（年度）", None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=5, end_row=s.r, end_column=5)
    s.table([
        ("产出指标", "数量指标", "运维AIS航标座数", "≥24座", "每少1座扣1分"),
        (None, None, "雷达应答器巡检次数", "≥96次", "每少4次扣1分"),
        (None, "质量指标", "AIS航标信号在线率", "≥99%", "每低1个百分点扣2分"),
        (None, "时效指标", "故障远程诊断响应时间", "≤2小时", "超时1次扣1分"),
        (None, "成本指标", "单座AIS航标年运维成本", "≤2.5万元/座", "超支不得分"),
        ("效益指标", "社会效益指标", "航标动态信息发布及时率", "≥98%", "按比例得分"),
        (None, "可持续影响指标", "航标遥测数据保存年限", "≥5年", "达到得满分"),
        ("满意度指标", "服务对象满意度指标", "引航机构满意度", "≥92%", "按比例得分"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "邝汐舟", "0596-3354190", day(2024, 12, 3))
    return b
