"""Returns ur01–ur06: stall licensing, fire lanes kept clear, noise complaints."""

from __future__ import annotations

from tests.variants.holdout346.common import (
    HEAD4,
    YEAR,
    funds,
    funds2,
    indicators,
    notes,
    project,
    sign,
    start,
)
from tests.variants.holdout346.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

DEPT = "澄屿县市场监督管理局（317004）"


@variant("ur01-licence-percent", (1,),
         "project, OLD-NAT, operator and unit columns, percentages typed in Excel, 万元 only in "
         "the number format (correct)")  # fmt: skip
def ur01() -> Book:
    b, s = start()
    project(s, "澄屿县夜市摊位持证经营规范项目", DEPT, "澄屿县市场监督管理局城关所",
            funds(48.6, 40.6, 8.0),
            ["完成县城三处夜市320个摊位的许可核发与公示，实现持证经营、亮证经营。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "核发夜市摊位经营许可证", "≥", 320, "个"),
        (None, None, "开展持证经营专项检查", "≥", 24, "次"),
        (None, "质量指标", "夜市摊位持证率", "≥", pct(0.98), "%"),
        (None, None, "许可证信息公示率", "=", pct(1), "%"),
        (None, "时效指标", "许可申请办结时限", "≤", 5, "工作日"),
        (None, "成本指标", "单个摊位证照及公示牌制作成本", "≤", 0.015, "万元/个"),
        ("效益指标", "社会效益指标", "无证摆摊投诉下降率", "≥", pct(0.3), "%"),
        (None, None, "无证经营引发的食品安全事件", "≤", 0, "起"),
        (None, "可持续影响指标", "摊位许可电子档案保存期限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "持证摊主满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邹岚汐", "0596-7712038", day(YEAR - 1, 11, 26))
    return b


@variant("ur02-flat-defects", (3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值): a "
         "rate as a count, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def ur02() -> Book:
    b, s = start()
    s.ws.column_dimensions["A"].width = 30
    dept = "霁川区夜间经济发展服务中心"
    s.title(f"{YEAR}年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", dept, None, "填报日期", day(YEAR - 1, 12, 3), merge=[(2, 3), (5, 6)])
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, money(386.0), money(356.0), money(30.0), money(248.0), money(138.0))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "规范全区5处夜市摊位经营，消防通道常态畅通，噪声投诉明显减少。",
          merge=[(2, 6)])  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("夜市经营摊位登记数", 15, "个", "≥", 420),
        ("摊位持证率", 15, "个", "≥", mk(380, "T105", "error", row=True,
                                          note="持证率 given as 380 个: a rate as a count")),
        ("消防通道占用整改率", 15, "%", "≥", 95),
        ("夜市噪声投诉发生率", 10, "%", mk("≥", "T108", "warning", row=True,
                                            note="a 发生率 is 反向 and takes ≤"), 3),
        ("夜间联合巡查次数", 10, "次", "≥", 180),
        ("食品安全快检批次", 10, "批次", "≥", 1200),
        ("摊主消防培训覆盖率", 10, "%", "≥", 90),
        ("摊主及游客满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+15+10×5 = 95, not 100")
    sign(s, "柏芸舟", "0596-6630417", day(YEAR - 1, 12, 3))
    return b


def _lane_table(lines: float, unit_cost: float, rate: float) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "施划消防通道标线", f"≥{lines}公里"),
        (None, "质量指标", "消防通道畅通率", f"≥{rate}%"),
        (None, "时效指标", "标线施划完成时间", f"{YEAR}年9月30日前"),
        (None, "成本指标", "标线施划单价", f"≤{unit_cost}万元/公里"),
        ("效益指标", "社会效益指标", "夜市消防通道堵塞引发事故", "0起"),
        (None, "可持续影响指标", "消防通道日常巡查机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "夜市摊主满意度", "≥90%"),
    ]


@variant("ur03-firelane-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator with "
         "different values in each project (correct)")  # fmt: skip
def ur03() -> Book:
    b, s = start("绩效目标表")
    unit = "霁川区城市管理综合执法局"
    project(s, "霁川区夜市消防通道整治项目", unit, "霁川区城管执法一中队", funds(36.0, 36.0, 0),
            ["完成4.2公里消防通道标线施划，夜市营业时段消防通道保持畅通。"])  # fmt: skip
    indicators(s, HEAD4, _lane_table(4.2, 3.5, 98))
    s.skip()
    project(s, "霁川区夜市消防通道延伸整治项目", unit, "霁川区城管执法二中队",
            funds(52.4, 46.4, 6.0),
            ["完成新建两处夜市6.8公里消防通道标线施划和占道清理。"], title="")  # fmt: skip
    indicators(s, HEAD4, _lane_table(6.8, 3.2, 95))
    notes(s, "注：两个项目分别申报、分别批复，指标相同而目标值不同。")
    return b


@variant("ur04-noise-tiers", (5,),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）), abbreviated "
         "(1.数量) and marked (*, ★), points adding to 100 (correct)")  # fmt: skip
def ur04() -> Book:
    b, s = start()
    project(s, "桐溆市夜市噪声治理项目", "桐溆市生态环境局（206001）", "桐溆市环境监测站",
            funds(58.0, 50.0, 8.0),
            ["在8处夜市布设12个噪声在线监测点，夜市噪声投诉量较上年下降15%以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、成本指标（20分）", "1.经济成本指标", "噪声监测设备单台购置成本", "≤0.8万元/台"),
        ("二、产出指标（40分）", "1.数量", "安装噪声在线监测点", "≥12个"),
        (None, None, "开展夜间噪声执法检查", "≥96次"),
        (None, "2.质量", "噪声监测数据有效率", "≥95%"),
        (None, "3.时效", "噪声投诉受理响应时间", "≤30分钟"),
        ("三、效益指标（30分）", "*社会效益指标", "夜市噪声投诉量下降率", "≥15%"),
        (None, "*可持续影响", "监测设备运维保障期", "≥3年"),
        ("四、满意度指标（10分）", "★服务对象满意度", "夜市周边居民满意度", "≥85%"),
    ])  # fmt: skip
    notes(s, "说明：一级指标分值合计100分（20+40+30+10）。")
    return b


@variant("ur05-firelane-period", (8, 11),
         "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied into "
         "the annual column, a response time with ≥")  # fmt: skip
def ur05() -> Book:
    b, s = start()
    project(s, "澄屿县夜市消防安全三年提升项目", "澄屿县消防救援大队（317021）",
            "澄屿县消防救援大队防火监督科", funds2((150.0, 135.0, 15.0), (60.0, 54.0, 6.0)),
            ["三年内整治全县36条夜市消防通道，设置标识300处，建立常态巡查机制。",
             f"{YEAR}年完成城关、东港两处夜市14条通道整治，设置标识120处。"],
            years=3)  # fmt: skip
    d202 = "cumulative count copied from the 中期 column in a three-year project"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "消防通道标识单处设置成本", "≤0.1万元/处", "≤0.1万元/处"),
        ("产出指标", "数量指标", "整治夜市消防通道", "≥36条",
         mk("≥36条", "D202", "warning", note=d202)),
        (None, None, "设置消防通道标识", "≥300处", mk("≥300处", "D202", "warning", note=d202)),
        (None, "质量指标", "消防通道畅通率", "≥95%", "≥95%"),
        (None, "时效指标", "占道堵塞处置响应时间",
         mk("≥15分钟", "T108", "warning", row=True, note="a response time takes ≤"),
         "≥15分钟"),
        ("效益指标", "社会效益指标", "夜市火灾事故", "0起", "0起"),
        (None, "可持续影响指标", "消防通道常态巡查机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "摊主及游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ur06-noise-headers", (6, 7, 13),
         "project, OLD-NAT, headers 考核指标 and 预期实现值: a value without a name and a tier-2 "
         "left from the template")  # fmt: skip
def ur06() -> Book:
    b, s = start()
    project(s, "松汀市南栅区夜市噪声投诉调处项目", "松汀市南栅区信访局（118003）",
            "南栅区矛盾纠纷调处中心", funds(22.0, 22.0, 0),
            ["调处夜市噪声扰民投诉150件以上，办结率95%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "噪声扰民投诉调处", "≥150件", None),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥40次",
         None),
        (None, "质量指标", "投诉调处办结率", "≥95%", None),
        (None, mk("时效指标", "F109", "warning", row=True,
                  note="template tier-2 left with no indicator and no value"), None, None, None),
        (None, "成本指标", "单件投诉调处成本", "≤0.05万元/件", None),
        ("效益指标", "社会效益指标", "夜市周边噪声超标点位减少", "≥6个", "较上年"),
        (None, "可持续影响指标", "噪声投诉联动处置机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥88%", None),
    ])  # fmt: skip
    return b
