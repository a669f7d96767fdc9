"""Smart-parking returns: the 枫渚县 pilot of sensor-equipped parking bays (kax07–kax12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout716.common import (
    DEPT,
    HEAD,
    PARKING,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout716.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

PILOT = "枫渚县中心城区智慧停车试点项目"


@variant("kax07-parking-pilot", (7, 11),
         "project, NAT-2021, header 绩效目标值, operators in words in their own column, a unit "
         "column, a goal's count with its parts in brackets (correct)")  # fmt: skip
def parking_pilot() -> Book:
    b, s = start()
    project_head(s, year=2026, name=PILOT, dept=DEPT, unit=PARKING, attr="新增项目",
                 money=one_year(150, 120, 30), goals=[
                     "在县城中心城区建成智慧停车泊位600个（其中路内泊位420个、路外公共停车场"
                     "泊位180个），布设地磁检测器420个、高位视频设备24套，上线停车缴费小程序，"
                     "高峰时段路内泊位日均周转4次以上。"])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "地磁检测器单价", "小于等于", 0.12, "万元/个"),
        (None, None, "高位视频设备单价", "小于等于", 2.5, "万元/套"),
        ("产出指标", "数量指标", "智慧停车泊位建成数量", "大于等于", 600, "个"),
        (None, None, "路内泊位地磁检测器布设数量", "大于等于", 420, "个"),
        (None, None, "高位视频设备安装数量", "大于等于", 24, "套"),
        (None, "质量指标", "车牌识别准确率", "大于等于", 98, "%"),
        (None, "时效指标", "系统上线运行时间", "小于等于", day(2026, 9, 30, CN_DATE), None),
        ("效益指标", "社会效益指标", "高峰时段路内泊位日均周转次数", "大于等于", 4, "次"),
        (None, None, "中心城区违停投诉下降率", "大于等于", 20, "%"),
        (None, "可持续影响指标", "停车数据接入城市运行平台时长", "大于等于", 12, "个月"),
        ("满意度指标", "服务对象满意度指标", "停车用户满意度", "大于等于", 90, "%"),
    ], header=(*HEAD[:3], "指标性质", "绩效目标值", "计量单位"))  # fmt: skip
    sign(s, (2025, 11, 12), who="邵景川", phone="6318 4471")
    return b


@variant("kax08-parking-duplicates", (7,),
         "project, OLD-NAT, headers 考核指标 and 预期实现值: the same indicator twice under 数量, "
         "a count under 质量, a launch date later than the goal's")  # fmt: skip
def parking_duplicates() -> Book:
    b, s = start()
    project_head(s, year=2026, name="枫渚县老城区路内停车智慧化改造", dept=DEPT, unit=PARKING,
                 money=one_year(96, 80, 16), goals=[
                     "对老城区路内泊位360个实施智慧化改造，安装电子收费设备30台，2026年6月底前"
                     "停车收费小程序上线运行，老城区路内停车秩序明显改善。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "智慧化改造路内泊位数量", "≥360个"),
        (None, None, "停车收费小程序上线数量", "=1个"),
        (None, None, mk("停车收费小程序上线", "D101", "warning", row=True, alt=("D103", "D102"),
                        note="与上一行是同一指标"), "=1个"),
        (None, "质量指标", "泊位检测准确率", "≥97%"),
        (None, None, mk("电子收费设备安装数量", "F201", "warning", row=True,
                        note="数量指标填在质量指标下"), "≥30台"),
        (None, "时效指标", "收费小程序上线时间",
         mk("2026年9月30日前", "D104", "warning", row=True, note="年度目标写6月底前上线")),
        (None, "成本指标", "单个泊位改造成本", "≤0.22万元/个"),
        ("效益指标", "社会效益指标", "老城区违停投诉下降率", "≥15%"),
        (None, "可持续影响指标", "收费设备完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "停车用户满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "考核指标", "预期实现值"))  # fmt: skip
    return b


@variant("kax09-parking-stacked", (2,),
         "two parking projects stacked in one sheet, OLD-NAT, one value column, the same "
         "satisfaction indicator with different values in each project (correct)")  # fmt: skip
def parking_stacked() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=2026, name="枫渚县客运站片区公共停车场智慧化改造", dept=DEPT,
                 unit=PARKING, money=one_year(68, 60, 8), goals=[
                     "完成客运站片区3处公共停车场共420个泊位的出入口无感支付改造，建设余位"
                     "显示屏6块，车辆出场平均等候时间缩短至30秒以内。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "无感支付改造泊位数量", "≥420个"),
        (None, None, "余位显示屏建设数量", "≥6块"),
        (None, "质量指标", "无感支付识别成功率", "≥98%"),
        (None, "时效指标", "改造完成时间", "2026年8月31日前"),
        (None, "成本指标", "单个泊位改造成本", "≤0.15万元/个"),
        ("效益指标", "社会效益指标", "车辆出场平均等候时间", "≤30秒"),
        ("满意度指标", "服务对象满意度指标", "停车用户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2026, name="枫渚县人民医院周边停车诱导系统建设", dept=DEPT,
                 unit=PARKING, money=one_year(45, 45, 0), title="", goals=[
                     "在县人民医院周边主要路口建设三级停车诱导屏12块，接入周边5处停车场实时"
                     "泊位数据，缓解就医高峰时段周边道路拥堵。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "停车诱导屏建设数量", "≥12块"),
        (None, None, "接入实时数据的停车场数量", "≥5处"),
        (None, "质量指标", "诱导屏泊位信息准确率", "≥95%"),
        (None, "时效指标", "系统建成投用时间", "2026年10月31日前"),
        (None, "成本指标", "单块诱导屏建设成本", "≤3万元/块"),
        ("效益指标", "社会效益指标", "就医高峰时段周边道路拥堵时长下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "停车用户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("kax10-parking-stacked-money", (2, 12),
         "two parking projects stacked, OLD-NAT: the second's year total not the sum of its parts, "
         "its bay count below the goal's, a satisfaction rate under 社会效益")  # fmt: skip
def parking_stacked_money() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=2026, name="枫渚县公共停车场充电桩配建项目", dept=DEPT, unit=PARKING,
                 money=one_year(84, 70, 14), goals=[
                     "在县城4处公共停车场配建交流充电桩60个，充电桩接入县停车服务平台，"
                     "新能源车辆停车充电一次办结。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "交流充电桩配建数量", "≥60个"),
        (None, "质量指标", "充电桩验收合格率", "=100%"),
        (None, "时效指标", "充电桩投用时间", "2026年9月30日前"),
        (None, "成本指标", "单个充电桩建设成本", "≤1.2万元/个"),
        ("效益指标", "社会效益指标", "充电桩日均使用时长", "≥6小时"),
        ("满意度指标", "服务对象满意度指标", "新能源车主满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(wan(180), "B101", "error", row=True, note="财政拨款150 + 其他资金40 = 190，不是180")
    project_head(s, year=2026, name=PILOT + "（二期）", dept=DEPT, unit=PARKING, title="",
                 money=one_year(total, 150, 40), goals=[
                     "将智慧停车试点向东城片区延伸，新增智慧泊位350个，布设地磁检测器300个，"
                     "东城片区路内停车实现电子收费全覆盖。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "东城片区地磁检测器布设数量",
         mk("≥260个", "D104", "warning", row=True, note="年度目标写布设地磁检测器300个")),
        (None, None, "新增智慧泊位数量", "≥350个"),
        (None, "质量指标", "泊位状态检测准确率", "≥97%"),
        (None, "时效指标", "东城片区系统上线时间", "2026年10月31日前"),
        (None, "成本指标", "地磁检测器单价", "≤0.12万元/个"),
        ("效益指标", "社会效益指标", "东城片区路内泊位日均周转次数", "≥3次"),
        (None, None, mk("停车用户满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益指标下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "沿街商户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("kax11-parking-export", (7, 9, 10),
         "budget-system export: money on 项目支出预算05-1, the indicator table on a second sheet "
         "under a unit line, project codes in the first columns, =100% kept as text, a rate "
         "raised in 百分点 (correct)")  # fmt: skip
def parking_export() -> Book:
    b, s = start("项目支出预算05-1", (20, 34, 16, 16, 16, 16))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：枫渚县静态交通管理中心", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    code, name = "F26-318007-0031", "枫渚县停车执法与泊位管理信息化项目"
    s.row(code, name, wan(95), wan(80), wan(15), "1年")
    s.row("合计", None, wan(95), wan(80), wan(15), None)
    s.row("年度绩效目标", "升级路内泊位巡检终端40台，建成泊位管理信息系统并与县公安交管平台对接，"
          "中心城区路内泊位平均利用率较上年提高8个百分点。", merge=[(2, 6)])  # fmt: skip
    t = b.sheet("项目支出绩效目标05-2", (20, 30, 14, 14, 30, 16, 16))
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row("单位：枫渚县静态交通管理中心")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "目标值（年度）", "备注")
    for row in (
        ("产出指标", "数量指标", "巡检终端升级数量", "≥40台", None),
        ("产出指标", "质量指标", "系统对接数据交换成功率", "=100%", "接口验收要求"),
        ("产出指标", "时效指标", "系统上线时间", "2026年11月30日前", None),
        ("产出指标", "成本指标", "巡检终端单价", "≤0.6万元/台", None),
        ("效益指标", "社会效益指标", "中心城区路内泊位平均利用率提高", "≥8百分点", "较上年"),
        ("效益指标", "可持续影响指标", "泊位数据按日更新率", "≥99%", None),
        ("满意度指标", "服务对象满意度指标", "停车用户满意度", "≥90%", None),
    ):
        t.row(code, name, *row)
    t.row("注：本表由预算管理一体化系统导出。")
    return b


@variant("kax12-parking-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed "
         "percent cells, weights adding to 100, cost × count = a task (correct)")  # fmt: skip
def parking_flat() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept=PARKING, budget=[(320, 300, 20, 140, 180)], tasks=[
        ("智慧停车试点", "中心城区600个智慧泊位建设", 150, "高峰时段泊位日均周转4次以上"),
        ("停车秩序巡查", "路内泊位巡查及违停劝导", 30, "违停投诉下降20%以上"),
        ("金额合计", None, 180, None),
    ], goal="建成中心城区智慧停车试点600个泊位，路内停车秩序明显改善，停车用户满意度"
            "90%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("智慧停车泊位建成数量", 20, "个", "≥", 600),
        ("单个智慧泊位建设成本", 10, "万元/个", "≤", 0.25),
        ("车牌识别准确率", 15, "%", "≥", pct(0.98)),
        ("路内泊位平均利用率提高", 10, "百分点", "≥", 8),
        ("停车投诉按期办结率", 10, "%", "=", pct(1.0)),
        ("违停处置平均响应时间", 10, "分钟", "≤", 15),
        ("全年停车场安全事故", 10, "起", "≤", 0),
        ("停车用户满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("权重合计", 100)
    notes(s, "说明：单个智慧泊位建设成本按试点任务150万元 ÷ 600个测算。")
    sign(s, (2025, 11, 21), who="邵景川", phone="6318 4471")
    return b
