"""Geological monitoring returns (yy13–yy18): deformation, gas, seismic and thermal watch."""

from __future__ import annotations

from tests.variants.holdout457.common import (
    SEVEN,
    WATCH,
    project,
    sign,
    start,
    table,
    year_money,
)
from tests.variants.holdout457.registry import variant
from tests.variants.kit import Book, day, mk, money

SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
ONE_VALUE = ("一级指标", "二级指标", "三级指标", "指标值")
DIRS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")


@variant("yy13-deformation-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column (100 both ways), a "
         "rate raised in 百分点, a 下降率 with ≥, a 0起 accident count (correct)")  # fmt: skip
def yy13() -> Book:
    b, s = start("绩效目标")
    project(s, "墨峦火山形变与地热监测", year_money(210, 180, 30),
            ["运行12个GNSS形变监测站和地热水温监测，及时发布异常预警。"], unit=WATCH)  # fmt: skip
    table(s, SCORED, [
        ("产出指标", 40, "数量指标", "运行GNSS形变监测站", "≥12个", 10),
        (None, None, None, "地热水温监测频次", "≥365次", 10),
        (None, None, "质量指标", "监测数据有效率", "≥98%", 10),
        (None, None, "时效指标", "异常数据上报时限", "≤2小时", 10),
        ("成本指标", 20, "经济成本指标", "单站年运维成本", "≤8万元/个", 10),
        (None, None, None, "数据传输通信费", "≤12万元", 10),
        ("效益指标", 30, "社会效益指标", "周边村镇预警信息覆盖率比上年提高", "≥5百分点", 10),
        (None, None, None, "地质灾害隐患点数量下降率", "≥10%", 10),
        (None, None, None, "因监测漏报造成的人员伤亡事故", "≤0起", 10),
        ("满意度指标", 10, "服务对象满意度指标", "周边村镇居民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "费景澄", "0736-5129014", day(2025, 1, 10))
    return b


@variant("yy14-thermal-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column: two tiers whose "
         "indicator scores miss their declared score, a time limit as a percentage")  # fmt: skip
def yy14() -> Book:
    b, s = start("绩效目标")
    project(s, "墨峦火山地表温度遥感监测", year_money(76, 70, 6),
            ["每月开展火山口地表温度遥感反演，发现异常及时预警。"], unit=WATCH)  # fmt: skip
    out = mk(40, "W103", "error", note="产出 indicators 15 + 10 + 10 + 10 = 45")
    eff = mk(30, "W103", "error", note="效益 indicators 15 + 10 = 25")
    late = mk("100%", "T113", "warning", note="a time limit given as a percentage")
    table(s, SCORED, [
        ("产出指标", out, "数量指标", "地表温度遥感反演期数", "≥12期", 15),
        (None, None, None, "地面温度校验点", "≥20个", 10),
        (None, None, "质量指标", "遥感反演结果校验合格率", "≥90%", 10),
        (None, None, "时效指标", "异常热点预警发布时限", late, 10),
        ("成本指标", 20, "经济成本指标", "单期遥感影像处理成本", "≤2.5万元/期", 20),
        ("效益指标", eff, "社会效益指标", "火山热异常识别准确率", "≥85%", 15),
        (None, None, "可持续影响指标", "遥感监测数据库年更新次数", "≥12次", 10),
        ("满意度指标", 10, "服务对象满意度指标", "应急管理部门满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "费景澄", "0736-5129014", day(2025, 1, 10))
    return b


@variant("yy15-gas-export-second-sheet", (7, 12),
         "budget-system export: money on 「部门项目支出预算05-1」, indicators on "
         "「部门项目支出绩效目标05-2」 under a third-row header, codes in the first columns, "
         "tiers repeated, operator and unit columns (correct)")  # fmt: skip
def yy15() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 26, 12, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：赭岭县火山地质监测站", None, None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    s.row("431127250003", "火山气体与地下水化学监测", "专项业务", money(96), money(90), money(6))
    s.row("合计", None, None, money(96), money(90), money(6))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 16, 28, 10, 10, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位：赭岭县火山地质监测站")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    code, name = "431127250003", "火山气体与地下水化学监测"
    for row in (
        ("产出指标", "数量指标", "气体采样监测点位", "≥", 18, "个"),
        ("产出指标", "数量指标", "水化学样品分析", "≥", 420, "件"),
        ("产出指标", "质量指标", "样品分析质控合格率", "≥", 98, "%"),
        ("产出指标", "时效指标", "监测月报报送时限", "≤", 10, "工作日"),
        ("成本指标", "经济成本指标", "单件样品分析成本", "≤", 0.12, "万元/件"),
        ("效益指标", "社会效益指标", "火山气体异常研判报告报送", "定性", "及时", None),
        ("效益指标", "可持续影响指标", "监测数据连续率", "≥", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "应急管理部门满意度", "≥", 90, "%"),
    ):
        t.row(code, name, *row)
    return b


@variant("yy16-seismic-artefacts", (9,),
         "project, OLD-NAT, one value column: the total typed with a stray space, a date pasted "
         "as a serial number in text, =100% kept as text")  # fmt: skip
def yy16() -> Book:
    b, s = start()
    split = mk("36.5 8", "X105", "warning", alt=("X103",), note="36.58 split by a space")
    project(s, "墨峦火山地震台网数据汇交", [["年度资金总额", split, "其中：财政拨款", money(30)],
            ["其他资金", money(6.58)]], ["汇交6个地震台站数据，按时编制年度监测报告。"],
            unit=WATCH)  # fmt: skip
    serial = mk("45991", "X104", "warning", note="2025-11-30 pasted as its serial number")
    table(s, ONE_VALUE, [
        ("产出指标", "数量指标", "汇交地震台站数据", "≥6个"),
        (None, "质量指标", "汇交数据审核通过率", "=100%"),
        (None, "时效指标", "年度监测报告提交时间", serial),
        (None, "成本指标", "单台站数据汇交成本", "≤5万元/个"),
        ("效益指标", "社会效益指标", "地震速报信息共享部门", "≥4个"),
        ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "费景澄", "0736-5129014", day(2025, 1, 10))
    return b


@variant("yy17-seismic-direction-columns", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator, unit "
         "column: a 下降率 with ≥, a 0起 count with ≤ (correct)")  # fmt: skip
def yy17() -> Book:
    b, s = start("Sheet1", SEVEN)
    project(s, "墨峦火山地震台网运维", year_money(130, 118, 12),
            ["保障8个地震台站稳定运行，及时识别火山微震活动。"], unit=WATCH)  # fmt: skip
    table(s, DIRS, [
        ("产出指标", "数量指标", "运维地震台站", "正向", "≥", 8, "个"),
        (None, "质量指标", "台站数据完整率", "正向", "≥", 97, "%"),
        (None, None, "微震事件自动识别误报率", "反向", "≤", 5, "%"),
        (None, "时效指标", "台站故障修复时间", "反向", "≤", 48, "小时"),
        (None, "成本指标", "单台站年运维成本", "反向", "≤", 9, "万元/个"),
        ("效益指标", "社会效益指标", "微震事件漏报数量下降率", "正向", "≥", 20, "%"),
        (None, None, "台网故障导致的数据中断事件", "反向", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "地震部门用户满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "庞知远", "0736-5129027", day(2025, 1, 14))
    return b


@variant("yy18-insar-direction-wrong", (11, 6),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator: ≥ on a 反向 rate, ≤ on "
         "a 正向 count, a 生态效益指标 template row left empty")  # fmt: skip
def yy18() -> Book:
    b, s = start("Sheet1", SEVEN)
    project(s, "墨峦火山InSAR形变监测", year_money(88, 80, 8),
            ["利用InSAR影像监测火山区地表形变，布设地面校验点。"], unit=WATCH)  # fmt: skip
    err = mk("≥", "T108", "warning", row=True, note="误码率 declared 反向 but takes ≥")
    few = mk("≤", "T108", "warning", row=True, note="a 正向 count capped with ≤")
    empty = mk("生态效益指标", "F109", "warning", row=True, note="template row left empty")
    table(s, DIRS, [
        ("产出指标", "数量指标", "InSAR影像处理景数", "正向", "≥", 24, "景"),
        (None, None, "地面形变校验点位", "正向", few, 15, "个"),
        (None, "质量指标", "监测数据传输误码率", "反向", err, 2, "%"),
        (None, "时效指标", "形变监测季报提交时限", "反向", "≤", 15, "工作日"),
        (None, "成本指标", "单景影像处理成本", "反向", "≤", 1.8, "万元/景"),
        ("效益指标", "社会效益指标", "形变监测成果服务乡镇", "正向", "≥", 6, "个"),
        (None, empty, None, None, None, None, None),
        ("满意度指标", "服务对象满意度指标", "自然资源部门满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "庞知远", "0736-5129027", day(2025, 1, 14))
    return b
