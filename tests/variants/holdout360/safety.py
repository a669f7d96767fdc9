"""Safety returns (vf07–vf12): emergency drills, inspection, fire safety, structure monitoring."""

from __future__ import annotations

from tests.variants.holdout360.common import (
    HEAD,
    YEAR,
    first,
    indicators,
    lines,
    notes,
    project,
    sign,
    w,
)
from tests.variants.holdout360.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok

UNIT = "汀湄市轨道交通运营有限公司安全监察部"


@variant(
    "vf07-drills-direction",
    (11,),
    "project, NAT-2021, operators inside the values and a 指标方向 "
    "column: 下降率 with ≥, 0起 on an accident count, 不高于 in words "
    "(correct)",
)
def drills_direction() -> Book:
    b = Book()
    s = first(b)
    project(s, "运营安全应急演练与隐患排查", UNIT, lines(w(150), w(150), w(0)),
            "开展全线网应急演练和安全隐患排查，防范运营险性事件。")  # fmt: skip
    zero = ok("0起", "warning", note="0起 is the usual target for a liability accident count")
    indicators(s, (*HEAD, "指标方向"), [
        ("产出指标", "数量指标", "开展专项应急演练", "≥24次", "正向"),
        (None, None, "隐患排查覆盖车站数", "≥38座", "正向"),
        (None, "质量指标", "一般隐患整改完成率", "≥98%", "正向"),
        (None, "时效指标", "重大隐患整改时限", "不高于15个工作日", "反向"),
        ("成本指标", "经济成本指标", "单次专项演练费用", "≤2.5万元/次", "反向"),
        ("效益指标", "社会效益指标", "运营险性事件下降率", "≥10%", "正向"),
        (None, None, "乘客死亡责任事故", zero, "反向"),
        (None, "可持续影响指标", "安全生产责任制落实情况", "落实到位", "定性"),
        ("满意度指标", "服务对象满意度指标", "乘客安全感满意度", "≥90%", "正向"),
    ])  # fmt: skip
    return b


@variant(
    "vf08-inspection-direction-wrong",
    (11,),
    "project, NAT-2021, operators inside the values: a 反向 发生率 "
    "with ≥, a 正向 count with ≤, a cost cap with =",
)
def inspection_direction_wrong() -> Book:
    b = Book()
    s = first(b)
    project(
        s,
        "正线轨道巡检与钢轨探伤",
        "汀湄市轨道交通运营有限公司工务中心",
        lines(w(200), w(180), w(20)),
        "完成正线轨道巡检和钢轨探伤，保障轨道设备安全。",
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "正线钢轨探伤里程", "≥120公里"),
        (None, None, "轨道夜间徒步巡检次数",
         mk("≤365次", "T108", "warning", row=True, note="正向 count capped with ≤")),
        (None, "质量指标", "探伤发现伤损处置合格率", "≥98%"),
        (None, "时效指标", "重伤钢轨处置时限", "≤24小时"),
        ("成本指标", "经济成本指标", "每公里钢轨探伤费用",
         mk("=0.8万元/公里", "T108", "warning", row=True, note="a cost cap written with =")),
        ("效益指标", "社会效益指标", "断轨导致的行车中断事件发生率",
         mk("≥0.02%", "T108", "warning", row=True, note="反向 发生率 with ≥")),
        ("满意度指标", "服务对象满意度指标", "行车调度部门满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "vf09-fire-decorated-tiers",
    (5,),
    "project, NAT-2021, tier labels numbered with points "
    "(一、产出指标（50分）, （一）数量), marks (*, ★) and abbreviations "
    "(correct)",
)
def fire_decorated_tiers() -> Book:
    b = Book()
    s = first(b)
    project(
        s,
        "地下车站消防设施维护保养",
        "汀湄市轨道交通运营有限公司机电中心",
        lines(w(260), w(240), w(20)),
        "完成地下车站消防设施维保，确保消防设施完好有效。",
    )
    indicators(s, HEAD, [
        ("一、产出指标（50分）", "（一）数量", "维保地下车站数", "≥30座"),
        (None, "（二）质量指标", "消防设施完好率", "≥98%"),
        (None, "（三）时效", "消防设施故障修复时限", "≤48小时"),
        ("二、成本指标（10分）", "（一）经济成本指标", "单站年度维保费用", "≤8.5万元/座"),
        ("三、效益指标（30分）", "*社会效益指标", "车站火灾事故", ok("0起", "warning")),
        (None, "★可持续影响指标", "消防设施维保档案完整率", "=100%"),
        ("四、满意度指标（10分）", "服务对象满意度", "车站工作人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "vf10-monitoring-wrong-parent",
    (5,),
    "project, NAT-2021, plain labels: 时效指标 placed under 效益指标, a 完好率 above 100%",
)
def monitoring_wrong_parent() -> Book:
    b = Book()
    s = first(b)
    project(
        s,
        "高架区间结构健康监测",
        "汀湄市轨道交通运营有限公司工务中心",
        lines(w(130), w(130), w(0)),
        "完成高架区间桥梁结构监测，及时发现结构病害。",
    )
    wrong = mk("时效指标", "F105", "error", note="时效指标 belongs to 产出指标, not 效益指标")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "布设结构监测测点", "≥420个"),
        (None, "质量指标", "监测设备完好率",
         mk("≥105%", "T106", "error", note="a 完好率 cannot exceed 100%")),
        ("成本指标", "经济成本指标", "每个测点年度监测费用", "≤0.3万元/个"),
        ("效益指标", "社会效益指标", "结构病害及时发现率", "≥95%"),
        (None, wrong, "监测预警信息推送时限", "≤2小时"),
        ("满意度指标", "服务对象满意度指标", "工务部门满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "vf11-security-footnotes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row "
    "inside the table, the header repeated after a page break, "
    "footnotes, 填表说明, signature and a fill date in the year "
    "before (correct)",
)
def security_footnotes() -> Book:
    b = Book()
    s = first(b)
    project(
        s,
        "车站安检服务外包",
        "汀湄市轨道交通运营有限公司安保部",
        lines(w(2880), w(2880), w(0)),
        "为全线网车站提供全年安检服务，保障乘客出行安全。",
    )
    s.row(*HEAD)
    notes(s, "（以下指标值须量化，无法量化的按等级填写）")
    s.table([
        ("产出指标", "数量指标", "安检服务覆盖车站数", "≥40座"),
        (None, None, "配置安检人员", "≥480人"),
        (None, "质量指标", "违禁品查获移交率", "=100%"),
        (None, "时效指标", "安检设备故障修复时限", "≤4小时"),
        (None, "成本指标", "每站年度安检服务费", "≤72万元/座"),
    ], merged=(1, 2))  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("效益指标", "社会效益指标", "因安检漏检引发的安全事件", ok("0起", "warning")),
        (None, "可持续影响指标", "安检人员持证上岗率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥88%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.每站年度安检服务费按40座车站、全年服务合同价测算。",
          "2.违禁品查获移交率指查获违禁品移交公安部门的比例。",
          "填表说明：本表由项目实施单位填写，经主管部门审核后报送。")  # fmt: skip
    sign(s, "邵允澜", "0591-6627318", day(YEAR - 1, 11, 26, CN_DATE))
    return b


@variant(
    "vf12-structure-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a template tier-2 left "
    "without indicator, a value without a name",
)
def structure_template_rows() -> Book:
    b = Book()
    s = first(b)
    project(
        s,
        "地铁保护区巡查",
        "汀湄市轨道交通运营有限公司保护区管理部",
        lines(w(95), w(95), w(0)),
        "开展轨道交通保护区日常巡查，制止危害结构安全的作业。",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "保护区巡查里程", "≥5000公里"),
        (None, "质量指标", mk(None, "F110", "error", note="value ≥95% with no indicator name"),
         "≥95%"),
        (None, "时效指标", "违规作业发现后制止时限", "≤2小时"),
        ("成本指标", "经济成本指标", "每公里巡查费用", "≤0.019万元/公里"),
        ("效益指标", "社会效益指标", "保护区内违规作业查处率", "≥95%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left with no indicator and no value"), None, None),
        ("满意度指标", "服务对象满意度指标", "沿线单位满意度", "≥85%"),
    ])  # fmt: skip
    return b
