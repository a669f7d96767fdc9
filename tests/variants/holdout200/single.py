"""One-year project tables: inline operators, an operator and unit column, a direction column
(pb01, pb02, pb03, pb04)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout200.common import ONE, book, indicators, one_year_money, sign, wan
from tests.variants.holdout200.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("pb01-camera-upkeep", (1, 12), "one-year project, NAT-2021, inline operators: 1500个 "
         "点位 × ≤800元/个 = the 120万元 exactly, a 发案数下降率 with ≥ (correct)")  # fmt: skip
def pb01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="“雪亮工程”公共视频监控点位运维项目", dept="临溪县公安局（301）",
        unit="临溪县公安局科技信息化大队",
        money=one_year_money(wan(120), wan(100), wan(20)),
        goals=["2026年对全县1500个公共视频监控点位开展运行维护，设备完好率保持在95%以上，"
               "视频图像在线率不低于98%，故障点位24小时内修复，助力街面可防性案件发案数"
               "同比下降5%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "运维公共视频监控点位数", "≥1500个"),
        (None, None, "全量点位巡检轮次", "≥4次"),
        (None, "质量指标", "监控设备完好率", "≥95%"),
        (None, None, "视频图像在线率", "≥98%"),
        (None, "时效指标", "故障点位修复时长", "≤24小时"),
        ("成本指标", "经济成本指标", "单个点位年度运维费用", "≤800元/个"),
        ("效益指标", "社会效益指标", "视频监控协助破获案件数", "≥300起"),
        (None, None, "街面可防性案件发案数同比下降率", "≥5%"),
        (None, "可持续影响指标", "点位运维巡检制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "何子俊", "梁静怡", "0596-3217740", (2025, 11, 14))
    return b


@variant("pb02-dissuasion-rate-over-100", (1, 11), "one-year project, NAT-2021, operator and "
         "unit columns with bare numbers: a 劝阻成功率 of ≥105%, a 止付响应时长 "
         "with ≥")  # fmt: skip
def pb02() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 10, 12, 12))
    project_head(
        s, year=2026, name="打击治理电信网络诈骗专项经费", dept="白沙河区公安分局（412）",
        unit="白沙河区公安分局反诈中心",
        money=one_year_money(wan(85), wan(85), wan(0)),
        goals=["2026年开展反诈宣传进社区、进校园、进企业活动120场，对预警涉诈线索逐条开展"
               "劝阻，接到涉诈警情后及时开展紧急止付，全年电信网络诈骗案件发案数同比下降"
               "10%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "反诈宣传进社区进校园进企业活动场次", "≥", 120, "场"),
        (None, None, "预警线索劝阻人次", "≥", 3000, "人次"),
        (None, "质量指标", "预警劝阻成功率", "≥",
         mk(105, "T106", "error", row=True, note="a 成功率 cannot pass 100%"), "%"),
        (None, None, "电信网络诈骗案件破案率", "≥", 60, "%"),
        (None, "时效指标", "涉诈警情紧急止付响应时长",
         mk("≥", "T108", "warning", row=True, note="a response time is 反向: ≤ meant"),
         30, "分钟"),
        ("成本指标", "经济成本指标", "单场反诈宣传活动成本", "≤", 0.25, "万元/场"),
        ("效益指标", "社会效益指标", "电信网络诈骗案件发案数同比下降率", "≥", 10, "%"),
        (None, "可持续影响指标", "反诈宣传长效工作机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "辖区群众反诈宣传满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("pb03-signal-direction-column", (11, 12), "one-year project, NAT-2021, 指标方向 "
         "(正向/反向) and 比较符 columns, bare numbers and a unit column: 200个路口 × "
         "≤0.4万元/个 = the 80万元, 事故死亡人数 and 故障率 with ≤ (correct)")  # fmt: skip
def pb03() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 10, 10, 12))
    project_head(
        s, year=2026, name="城区交通信号灯及路口设施维护项目",
        dept="青岚市公安局交通警察支队（226）", unit="青岚市公安局交通警察支队设施大队",
        money=one_year_money(wan(80), wan(70), wan(10)),
        goals=["2026年对城区200个信号控制路口的交通信号灯、检测器和标志标线开展日常维护，"
               "更换老化信号灯组150组，信号设备完好率保持在98%以上，故障报修2小时内响应，"
               "道路交通事故死亡人数控制在8人以内。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "维护信号控制路口数", "正向", "≥", 200, "个"),
        (None, None, "更换老化信号灯组数", "正向", "≥", 150, "组"),
        (None, "质量指标", "信号设备完好率", "正向", "≥", 98, "%"),
        (None, None, "信号灯故障率", "反向", "≤", 2, "%"),
        (None, "时效指标", "故障报修响应时长", "反向", "≤", 2, "小时"),
        ("成本指标", "经济成本指标", "单个路口年度维护费用", "反向", "≤", 0.4, "万元/个"),
        ("效益指标", "社会效益指标", "道路交通事故死亡人数", "反向", "≤", 8, "人"),
        (None, None, "主干道高峰时段平均通行速度提升率", "正向", "≥", 5, "%"),
        (None, "可持续影响指标", "路口设施巡查养护机制", "定性", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "驾驶人和市民满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("pb04-siren-cost-and-sept-31", (12,), "one-year project, OLD-NAT (成本指标 under 产出), "
         "inline operators: 60台 × ≤0.6万元/台 = 36万元 above the 30万元, a 试鸣 deadline of "
         "2026年9月31日")  # fmt: skip
def pb04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="防空警报器维护及试鸣项目", dept="临溪县人民防空办公室（508）",
        unit="临溪县人防指挥信息保障中心",
        money=one_year_money(wan(30), wan(30), wan(0)),
        goals=["2026年对全县60台防空警报器开展维护保养，9月组织全县防空警报试鸣，"
               "警报器完好率保持在95%以上，警报鸣响覆盖城区建成区。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维护保养防空警报器数量",
         mk("≥60台", "B107", "warning", row=True, required=False,
            note="the count half of the standard × count product")),
        (None, None, "组织防空警报试鸣次数", "≥1次"),
        (None, "质量指标", "防空警报器完好率", "≥95%"),
        (None, "时效指标", "年度防空警报试鸣完成时间",
         mk("2026年9月31日前", "Y106", "error", alt=("T116",), note="September has 30 days")),
        (None, "成本指标", "单台警报器年度维护费用",
         mk("≤0.6万元/台", "B107", "warning", row=True,
            note="60台 × 0.6万元/台 = 36万元 > 年度资金总额 30万元")),
        ("效益指标", "社会效益指标", "城区建成区警报鸣响覆盖率", pct(1)),
        (None, None, "群众防空警报知晓率", "≥85%"),
        (None, "可持续影响指标", "警报器维护保养台账", "健全"),
        ("满意度指标", "服务对象满意度指标", "社区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
