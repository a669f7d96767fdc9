"""Permafrost monitoring returns: boreholes, active layer, frozen-ground hazards on roads."""

from __future__ import annotations

from tests.variants.holdout366.common import (
    book,
    funds,
    indicators,
    notes,
    period_funds,
    project,
    signature,
)
from tests.variants.holdout366.registry import variant
from tests.variants.kit import Book, day, mk

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
UNIT = "雪岭州冻土监测中心"


@variant("vl07-permafrost-multi-year", (8,),
         "three-year borehole project, NAT-2021, 中期 and 年度 columns: annual counts below the "
         "period, rates and unit costs equal, a 下降率 with ≥ (correct)")  # fmt: skip
def permafrost_multi_year() -> Book:
    b, s = book()
    project(s, "多年冻土区地温监测钻孔建设项目", UNIT, period_funds((300, 260, 40), (90, 80, 10)),
            ["2026—2028年新建18眼测温钻孔，建成冻土地温监测网。",
             "2026年新建6眼测温钻孔并接入自动传输。"],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "新建测温钻孔数量", "≥18眼", "≥6眼"),
        (None, None, "自动传输终端安装套数", "≥18套", "≥6套"),
        (None, "质量指标", "地温观测数据有效率", "≥95%", "≥95%"),
        (None, "时效指标", "当年钻孔完工时间", "每年10月31日前", "10月31日前"),
        ("成本指标", "经济成本指标", "单孔建设成本", "≤12万元/眼", "≤12万元/眼"),
        ("效益指标", "社会效益指标", "人工巡检频次下降率", "≥30%", "≥10%"),
        (None, "可持续影响指标", "地温监测序列建立", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "交通部门数据用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vl08-permafrost-period-copied", (8,),
         "three-year active-layer project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
         "中期目标, cumulative counts copied into the annual column")  # fmt: skip
def permafrost_period_copied() -> Book:
    b, s = book()
    goal = "建成覆盖冻土区主要公路的活动层观测网，形成冻土退化评估报告。"
    copied = mk(goal, "D204", "warning", note="年度目标 identical to 中期目标 in a 3-year project")
    project(s, "冻土活动层厚度观测网项目", UNIT, period_funds((240, 210, 30), (80, 70, 10)),
            [goal, copied], years=3, attr="新增项目")  # fmt: skip
    sites = mk("≥36个", "D202", "warning", note="cumulative count equals the 3-year value")
    probes = mk("≥1200次", "D202", "warning", note="cumulative count equals the 3-year value")
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "活动层观测场建设数量", "≥36个", sites),
        (None, None, "融化深度探针测量次数", "≥1200次", probes),
        (None, "质量指标", "观测记录完整率", "≥95%", "≥95%"),
        (None, "时效指标", "年度观测报告提交时间", "每年12月15日前", "12月15日前"),
        ("成本指标", "经济成本指标", "单个观测场建设成本", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "社会效益指标", "冻土退化评估报告", "≥3份", "≥1份"),
        ("满意度指标", "服务对象满意度指标", "公路养护部门满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vl09-permafrost-direction", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator in words, "
         "bare numbers with a unit column: three operators against their direction")  # fmt: skip
def permafrost_direction() -> Book:
    b, s = book(widths=(12, 12, 26, 10, 12, 10, 10))
    project(s, "冻融灾害隐患排查监测项目", UNIT, funds(66, 60, 6),
            ["排查冻土区公路沿线热融滑塌、冻胀隐患点并开展监测。"])  # fmt: skip
    ge = mk("大于等于", "T108", "warning", row=True, note="漏报率 is 反向: ≥ should be ≤")
    eq = mk("等于", "T108", "warning", row=True, note="a cost cap written with =")
    le = mk("小于等于", "T108", "warning", row=True, note="a 正向 count capped with ≤")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "隐患点排查数量", "正向", "大于等于", 120, "处"),
        (None, None, "冻胀形变监测点数", "正向", le, 30, "个"),
        (None, "质量指标", "隐患点定位准确率", "正向", "大于等于", 95, "%"),
        (None, None, "冻融灾害漏报率", "反向", ge, 5, "%"),
        (None, "时效指标", "隐患排查完成时间", "反向", "小于等于", 8, "月"),
        (None, "成本指标", "单个监测点年运维成本", "反向", eq, 1.2, "万元/个"),
        ("效益指标", "社会效益指标", "隐患点处置建议采纳数", "正向", "大于等于", 20, "条"),
        ("满意度指标", "服务对象满意度指标", "沿线乡镇满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("vl10-permafrost-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def permafrost_points() -> Book:
    b, s = book(widths=(12, 8, 14, 28, 14, 8))
    project(s, "冻土区公路病害遥感识别项目", UNIT, funds(54, 54, 0.0),
            ["利用雷达干涉影像识别冻土区公路路基沉降病害。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 50, "数量指标", "病害识别公路里程", "≥420公里", 20),
        (None, None, None, "路基沉降监测图件", "≥12幅", 10),
        (None, None, "质量指标", "病害识别准确率提升", "≥3百分点", 10),
        (None, None, "时效指标", "识别成果提交时间", "10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "每公里识别成本", "≤0.12万元/公里", 10),
        ("效益指标", 30, "社会效益指标", "病害处置建议采纳率", "≥80%", 15),
        (None, None, "可持续影响指标", "沉降监测数据库更新", "按季度更新", 15),
        ("满意度指标", 10, "服务对象满意度指标", "公路养护单位满意度", "≥90%", 10),
        ("合计", 100, "", None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("vl11-permafrost-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it, one "
         "rate given as a count")  # fmt: skip
def permafrost_points_wrong() -> Book:
    b, s = book(widths=(12, 8, 14, 28, 14, 8))
    project(s, "冻土热稳定性评估项目", UNIT, funds(46, 40, 6),
            ["评估冻土区3条输水管线沿线的冻土热稳定性。"])  # fmt: skip
    fifty = mk(50, "W103", "error", note="产出 indicators score 20 + 10 + 10 + 5 = 45")
    b.file_mark("W101", "error", required=False, note="indicator scores add to 95: same slip")
    count = mk("≥12个", "T105", "error", note="完整率 is a rate, given as a count")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", fifty, "数量指标", "热稳定性评估管线里程", "≥85公里", 20),
        (None, None, "质量指标", "钻孔测温数据完整率", count, 10),
        (None, None, None, "评估报告专家评审通过率", "=100%", 10),
        (None, None, "时效指标", "评估报告提交时间", "11月30日前", 5),
        ("成本指标", 10, "经济成本指标", "每公里评估成本", "≤0.5万元/公里", 10),
        ("效益指标", 30, "生态效益指标", "冻土退化风险分区图", "≥1套", 15),
        (None, None, "可持续影响指标", "管线冻土风险台账", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "管线运营单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("vl12-permafrost-notes", (4,),
         "project, OLD-NAT, weight column: a 说明 row inside the table, the header repeated after "
         "a page break, a 合计 row, footnotes, 填表说明 and signature lines (correct)")  # fmt: skip
def permafrost_notes() -> Book:
    b, s = book()
    project(s, "冻土区气象梯度塔运维项目", UNIT, funds(38, 38, 0.0),
            ["保障冻土区4座气象梯度塔全年运行，数据实时入库。"],
            start=day(2026, 1, 1), end=day(2026, 12, 31))  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "运维梯度塔数量", "≥4座", 10),
        (None, None, "传感器年度标定次数", "≥2次", 10),
        (None, "质量指标", "数据实时入库率", "≥95%", 10),
        (None, None, "传感器标定合格率", "≥98%", 10),
        (None, "时效指标", "故障响应时间", "≤48小时", 5),
        (None, "成本指标", "单塔年运维成本", "≤9.5万元/座", 5),
    ])  # fmt: skip
    notes(s, "说明：梯度塔运维成本含通信流量费和备品备件费。", width=5)
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "冻土气象数据共享单位数", "≥6家", 20),
        (None, "可持续影响指标", "气象梯度观测序列", "连续无中断", 15),
        ("满意度指标", "服务对象满意度指标", "数据用户满意度", "≥90%", 15),
        ("合计", "", None, None, 100),
    ])  # fmt: skip
    notes(s, "注：1.权重合计100分；2.合计行不是指标。",
          "填表说明：指标值应可量化，定性指标请写明评判等级。", width=5)  # fmt: skip
    signature(s, "达瓦次仁", "0997-6254817", (2025, 12, 8))
    return b
