"""Traffic-signal upgrades at junctions (交通信号灯改造): kdj01–kdj06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout780.common import (
    BUREAU,
    HEAD4,
    HEAD_OP,
    HEAD_PERIOD,
    TRAFFIC,
    funds,
    indicators,
    notes,
    sign,
    start,
    wan,
)
from tests.variants.holdout780.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kdj01-junction-retrofit", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, 万元 in the number "
         "format, goal count with its parts in brackets (correct)")  # fmt: skip
def junction_retrofit() -> Book:
    b, s = start()
    project_head(s, year=2026, name="枫泽市主城区路口交通信号灯智能化改造", dept=BUREAU,
                 unit=TRAFFIC, attr="新增项目", money=funds((480, 450, 30)),
                 goals=["2026年完成主城区38个路口信号机及灯组改造（其中北潭区22个、梧岗区16个），"
                        "接入市交通信号控制平台，高峰时段路口平均延误下降10%以上。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "改造路口数量", "≥", 38, "个"),
        (None, None, "新增行人过街倒计时灯组", "≥", 152, "套"),
        (None, "质量指标", "信号设备验收合格率", "=", pct(1), "%"),
        (None, None, "信号机联网在线率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改造工期", "≤", 8, "个月"),
        ("成本指标", "经济成本指标", "单个路口改造成本", "≤", 12, "万元/个"),
        ("效益指标", "社会效益指标", "高峰时段路口平均延误下降率", "≥", pct(0.1), "%"),
        (None, None, "信号灯故障报修响应时间", "≤", 2, "小时"),
        (None, "可持续影响指标", "信号设备质保期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "周边群众及驾驶人满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "鲍承霖", "0739-6628105", day(2025, 11, 24, CN_DATE))
    return b


@variant("kdj02-signal-three-year", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: a 中期 count below "
         "the 中期目标, a year's count above the period's, a 中期 deadline after the "
         "period")  # fmt: skip
def signal_three_year() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="枫泽市交通信号控制系统升级三年行动", dept=BUREAU,
                 unit=TRAFFIC, attr="新增项目",
                 money=funds((1500, 1380, 120), (500, 460, 40), first="中期资金总额"),
                 goals=["2026—2028年完成全市120个路口信号机联网改造，建成区域协调控制子系统3个。",
                        "2026年完成北潭区40个路口改造，建成区域协调控制子系统1个。"])  # fmt: skip
    count = mk("≥100个", "D104", "warning", row=True,
               note="中期目标写120个路口，中期指标值只有100个")  # fmt: skip
    beyond = mk("≥4个", "D201", "error", alt=("D104",),
                note="年度4个超过中期3个，也与年度目标的1个不符")  # fmt: skip
    late = mk("2029年6月30日前", "Y102", "error", alt=("Y103",),
              note="中期期限2029年落在项目期2026—2028年之外")  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "信号机联网改造路口数", count, "≥40个"),
        (None, None, "区域协调控制子系统", "≥3个", beyond),
        (None, "质量指标", "联网信号机在线率", "≥95%", "≥95%"),
        (None, "时效指标", "改造任务完成时间", late, "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个路口改造成本", "≤11万元/个", "≤11万元/个"),
        ("效益指标", "社会效益指标", "主干道高峰平均车速提升率", "≥8%", "≥3%"),
        (None, "可持续影响指标", "信号配时方案动态更新机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "驾驶人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdj03-signal-stacked", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "money does not add up and its unit cost × count exceeds it")  # fmt: skip
def signal_stacked() -> Book:
    b, s = start()
    project_head(s, year=2026, name="北潭区学校周边路口信号灯改造", dept=BUREAU, unit=TRAFFIC,
                 money=funds((160, 160, 0)),
                 goals=["改造北潭区学校周边路口16个，增设行人过街信号灯32组，"
                        "9月开学前投用。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造学校周边路口数", "≥16个"),
        (None, None, "增设行人过街信号灯", "≥32组"),
        (None, "质量指标", "信号灯验收合格率", "100%"),
        (None, "时效指标", "改造完工时间", "2026年8月31日前"),
        (None, "成本指标", "单个路口改造成本", "≤10万元/个"),
        ("效益指标", "社会效益指标", "学校周边路口交通事故起数", "较上年下降"),
        ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(260), "B101", "error", note="财政拨款200 + 其他资金40 = 240，不是260")
    annual = mk(wan(260), "B101", "error", required=False, note="同一错误在年度列再现")
    project_head(s, year=2026, name="梧岗区主干道路口电子警察补点", dept=BUREAU, unit=TRAFFIC,
                 title="", money=[
                     ["资金总额", total, "年度资金总额", annual],
                     ["其中：财政拨款", wan(200), "其中：财政拨款", wan(200)],
                     ["其他资金", wan(40), "其他资金", wan(40)]],
                 goals=["在梧岗区主干道路口补设电子警察40套，"
                        "违法抓拍数据接入指挥中心。"])  # fmt: skip
    cost = mk("≤8万元/套", "B107", "warning", row=True,
              note="8万元 × 40套 = 320万元，超过资金总额260万元")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "补设电子警察设备", "≥40套"),
        (None, "质量指标", "抓拍数据有效率", "≥95%"),
        (None, "时效指标", "设备接入指挥中心时间", "2026年10月31日前"),
        (None, "成本指标", "单套电子警察设备成本", cost),
        ("效益指标", "社会效益指标", "主干道路口闯红灯违法起数", "较上年下降"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("kdj04-traffic-department", (12, 4),
         "department, NAT-2021: budget with shares, key tasks adding to 金额合计 (= 项目支出), "
         "a footnote explaining the total, signature lines (correct)")  # fmt: skip
def traffic_department() -> Book:
    b, s = start()
    department_head(s, year=2026, dept=TRAFFIC, budget=[
        (wan(2860), wan(2700), wan(160), wan(2100), wan(760)),
        (pct(1, "0.0%"), pct(0.944, "0.0%"), pct(0.056, "0.0%"), pct(0.734, "0.0%"),
         pct(0.266, "0.0%")),
    ], tasks=[
        ("路口信号灯智能化改造", "改造主城区38个路口信号机及灯组", wan(480), "高峰延误下降10%以上"),
        ("交通违法监测设备运维", "电子警察及卡口设备412套运维", wan(180), "设备在线率95%以上"),
        ("交通安全宣传", "进校园、进企业、进农村宣传", wan(100), "覆盖20万人次以上"),
        ("金额合计", None, wan(760), None),
    ], goal="保障全市道路交通安全畅通：完成38个路口信号灯改造，监测设备在线率保持95%以上，"
            "交通安全宣传覆盖20万人次以上。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "信号灯改造路口数", "≥38个"),
        (None, None, "电子警察及卡口设备运维数量", "≥412套"),
        (None, None, "交通安全宣传覆盖人次", "≥20万人次"),
        (None, "质量指标", "监测设备在线率", "≥95%"),
        (None, "时效指标", "设备故障修复时限", "≤24小时"),
        ("成本指标", "经济成本指标", "单套监测设备年运维成本", "≤0.4万元/套"),
        ("效益指标", "社会效益指标", "道路交通事故死亡人数", "较上年下降"),
        ("满意度指标", "服务对象满意度指标", "群众对交通管理工作满意度", "≥88%"),
    ])  # fmt: skip
    notes(s, "注：金额合计为项目支出合计（760万元），不含基本支出2100万元。")
    sign(s, "冉嘉树", "0739-6628217", day(2025, 11, 18), chief="岑慕远")
    return b


@variant("kdj05-signal-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under "
         "预期实现值; the 年度目标 names last year, a deadline in last year, a count below "
         "the goal's")  # fmt: skip
def signal_second_sheet() -> Book:
    b, s = start("项目信息")
    goal = mk("2025年完成梧岗区环城路、晴川路两条干道26个路口绿波协调控制，"
              "干道停车次数明显减少。", "Y101", "error", alt=("Y103",),
              note="2026年度申报表的年度目标写2025年（上季残留）")  # fmt: skip
    project_head(s, year=2026, name="梧岗区干道信号灯绿波协调控制工程", dept=BUREAU,
                 unit=TRAFFIC, money=funds((210, 210, 0)), goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标", (16, 20, 32, 22, 24))
    t.title("绩效指标", 5)
    count = mk("≥24个", "D104", "warning", row=True, note="年度目标写26个路口")
    late = mk("2025年10月31日前", "Y102", "error", note="2026年度项目的期限落在2025年")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "绿波协调控制路口数", count, None),
        (None, None, "绿波协调干道条数", "≥2条", "环城路、晴川路"),
        (None, "质量指标", "干道绿波带宽达标率", "≥90%", None),
        (None, "时效指标", "配时方案上线时间", late, None),
        ("成本指标", "经济成本指标", "单个路口协调控制成本", "≤8万元/个", "含检测器"),
        ("效益指标", "社会效益指标", "干道平均停车次数下降率", "≥15%", None),
        ("满意度指标", "服务对象满意度指标", "沿线驾驶人满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("kdj06-signal-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标) and indicator points, both adding to 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def signal_points() -> Book:
    b, s = start()
    project_head(s, year=2026, name="北潭区夜间信号灯黄闪优化及盲区补灯", dept=BUREAU,
                 unit=TRAFFIC, money=funds((95, 95, 0)),
                 goals=["优化夜间黄闪路口30个，在视线盲区补设信号灯组24组，"
                        "降低夜间路口事故。"])  # fmt: skip
    indicators(s, (*HEAD4, "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.黄闪优化路口数", "≥30个", 15),
        (None, None, "2.补设信号灯组", "≥24组", 10),
        (None, "（二）质量指标", "3.灯组安装验收合格率", pct(1), 15),
        (None, "（三）时效指标", "4.补灯工程完工时间", "2026年9月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.单组信号灯补设成本", "≤2.5万元/组", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.夜间路口交通事故起数", "较上年下降", 15),
        (None, None, "7.信号设备完好率较上年提高", "≥3个百分点", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.夜间出行群众满意度", "≥90%", 10),
        ("合计（100分）", None, None, None, 100),
    ])  # fmt: skip
    sign(s, "冉嘉树", "0739-6628217", day(2025, 12, 2, CN_DATE))
    return b
