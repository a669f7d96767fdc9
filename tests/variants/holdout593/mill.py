"""The oat-flour mill: a budget-system export, points, two-row headers, multi-year works."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout593.common import (
    MILL,
    OPS6,
    PERIOD5,
    indicators,
    new,
    notes,
    one_year,
    project,
    two_columns,
    w,
)
from tests.variants.holdout593.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

LINE = ("312008", "52252425T000001", "燕麦粉生产线提质改造")
LAB = ("312008", "52252425T000002", "燕麦粉质量检测室运行")


def _export_rows() -> list[tuple[Any, ...]]:
    """Indicator rows of the export: codes first, tiers repeated in every row."""
    line = [
        ("产出指标", "数量指标", "改造燕麦粉生产线", "≥", 1, "条"),
        ("产出指标", "数量指标", "更新加工设备", "≥", 6, "台套"),
        ("产出指标", "质量指标", "燕麦粉出粉率", "≥", pct(0.72), "%"),
        ("产出指标", "质量指标", "加工损耗率", "≤", pct(0.03), "%"),
        ("产出指标", "时效指标", "改造完工时间", "≤", day(2025, 10, 31, CN_DATE), None),
        ("产出指标", "成本指标", "加工设备购置单价", "≤", 30, "万元/台套"),
        ("效益指标", "经济效益指标", "燕麦粉年销售收入增加", "≥", 120, "万元"),
        ("效益指标", "社会效益指标", "带动燕麦订单种植户", "≥", 300, "户"),
        ("满意度指标", "服务对象满意度指标", "订单种植户满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    lab = [
        ("产出指标", "数量指标", "燕麦粉检测批次", "≥", 400, "批次"),
        ("产出指标", "质量指标", "检测结果差错率", "≤", pct(0.01), "%"),
        ("产出指标", "时效指标", "检测报告出具时限", "≤", 3, "个工作日"),
        ("产出指标", "成本指标", "单批次检测成本", "≤", 800, "元/批次"),
        ("效益指标", "社会效益指标", "出厂燕麦粉检测覆盖率", "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    return [LINE + r for r in line] + [LAB + r for r in lab]


@variant("ee13-mill-system-export", (1, 7),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "header on the third row, codes first, a footnote on the total (correct)")  # fmt: skip
def mill_system_export() -> Book:
    b, s = new("部门项目支出预算05-1", (12, 20, 26, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：" + MILL, None, None, None, None, "单位：万元", merge=[(1, 5)])
    s.row("单位编码", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(*LINE, w(210), w(180), w(30))
    s.row(*LAB, w(35), w(35), w(0))
    s.row("合计", None, None, w(245), w(215), w(30))
    notes(s, "注：财政拨款215万元含上年结转资金15万元。")
    t = b.sheet("部门项目支出绩效目标05-2", (12, 20, 24, 12, 16, 24, 10, 12, 12))
    t.title("2025年部门项目支出绩效目标表", 9)
    t.row("单位名称：" + MILL, merge=[(1, 9)])
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
          "指标值", "计量单位")  # fmt: skip
    t.table(_export_rows())
    return b


@variant("ee14-mill-numbered-points", (5, 10),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（50分）, 1.数量指标), "
         "indicator points adding to both, 百分点, a goal total with a part (correct)")  # fmt: skip
def mill_numbered_points() -> Book:
    b, s = new()
    goal = ("提质改造后年加工燕麦粉1800吨（其中全麦燕麦粉600吨），收购本地燕麦2400吨，"
            "燕麦粉优等品率比上年提高3个百分点。")  # fmt: skip
    project(s, "鹰嘴梁燕麦粉厂提质增效项目", MILL, one_year(w(150), w(120), w(30)), [goal])
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "燕麦粉年加工量", "≥1800吨", 10),
        (None, None, "全麦燕麦粉产量", "≥600吨", 10),
        (None, "2.质量指标", "燕麦粉优等品率提高", "≥3百分点", 10),
        (None, None, "产品出厂检验合格率", "≥99%", 10),
        (None, "3.时效指标", "提质改造产线投产时间", "2025年6月30日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "吨燕麦粉加工成本", "≤600元/吨", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "燕麦粉销售收入", "≥900万元", 10),
        (None, "2.社会效益指标", "收购本地燕麦原料", "≥2400吨", 10),
        (None, "3.生态效益指标", "燕麦麸皮综合利用率", "≥90%", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "种植户及采购商满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("ee15-mill-points-swapped", (10,),
         "project, NAT-2021, tier-1 score column and indicator scores: two tier scores that "
         "their indicators do not add up to, the goal's output against the indicator")  # fmt: skip
def mill_points_swapped() -> Book:
    b, s = new(widths=(14, 8, 16, 28, 18, 8))
    goal = "扩建燕麦粉生产车间1200平方米，年加工燕麦粉2000吨，新增就业岗位25个。"
    project(s, "鹰嘴梁燕麦粉厂产能扩建项目", MILL, one_year(w(260), w(220), w(40)), [goal])
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(30, "W103", "error", note="其下指标分值 10+10+10+5 = 35"),
         "数量指标", "扩建生产车间面积", "≥1200平方米", 10),
        (None, None, None, "燕麦粉年加工量", mk("≥1500吨", "D104", "warning", row=True,
            note="年度目标写年加工燕麦粉2000吨"), 10),
        (None, None, "质量指标", "燕麦粉出厂检验合格率", "≥99%", 10),
        (None, None, "时效指标", "车间竣工验收时间", "2025年11月30日前", 5),
        ("成本指标", 20, "经济成本指标", "车间扩建单位造价", "≤1800元/平方米", 20),
        ("效益指标", mk(35, "W103", "error", note="其下指标分值 10+10+10 = 30"),
         "经济效益指标", "燕麦粉销售收入增加", "≥600万元", 10),
        (None, None, "社会效益指标", "新增就业岗位", "≥25个", 10),
        (None, None, "可持续影响指标", "本地燕麦原料收购占比", "≥80%", 10),
        ("满意度指标", 15, "服务对象满意度指标", "采购商满意度", "≥90%", 15),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ee16-mill-dust-two-row-header", (7, 11),
         "project, OLD-NAT, two-row header (绩效目标值 over 指标方向 · 数值 · 计量单位), "
         "operators in words, 反向 indicators with 小于等于, 0起 accidents (correct)")  # fmt: skip
def mill_dust_two_row_header() -> Book:
    b, s = new()
    goal = "加装脉冲除尘设备4台套，车间粉尘浓度控制在4毫克/立方米以下，全年不发生安全生产事故。"
    project(s, "燕麦粉厂粉尘治理与安全生产项目", MILL, one_year(w(48), w(40), w(8)), [goal])
    s.row("一级指标", "二级指标", "三级指标", "绩效目标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "指标方向", "数值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "加装脉冲除尘设备", "大于等于", 4, "台套"),
        (None, None, "安全生产培训", "大于等于", 4, "场"),
        (None, "质量指标", "车间粉尘浓度", "小于等于", 4, "毫克/立方米"),
        (None, None, "除尘设备运行完好率", "大于等于", 95, "%"),
        (None, "时效指标", "设备安装完成时间", "小于等于", day(2025, 8, 31, CN_DATE), None),
        (None, "成本指标", "单台套除尘设备购置安装费", "小于等于", 9, "万元/台套"),
        ("效益指标", "社会效益指标", "安全生产事故", "等于", 0, "起"),
        (None, "生态效益指标", "粉尘排放浓度", "小于等于", 10, "毫克/立方米"),
        (None, "可持续影响指标", "设备故障停机率", "小于等于", 2, "%"),
        ("满意度指标", "服务对象满意度指标", "车间职工满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ee17-mill-quality-duplicate", (11, 1),
         "project, OLD-NAT, operator and unit columns, typed percent cells: a 不合格率 with ≥, "
         "the 合格率 repeated under 社会效益")  # fmt: skip
def mill_quality_duplicate() -> Book:
    b, s = new()
    goal = ("开展燕麦粉原料和成品抽检600批次，建立质量追溯系统1套，"
            "产品抽检合格率保持在98%以上。")  # fmt: skip
    project(s, "燕麦粉产品质量提升项目", MILL, one_year(w(36), w(30), w(6)), [goal])
    indicators(s, OPS6, [
        ("产出指标", "数量指标", "原料和成品抽检批次", "≥", 600, "批次"),
        (None, None, "质量追溯系统", "≥", 1, "套"),
        (None, "质量指标", "燕麦粉产品抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "燕麦粉产品抽检不合格率", mk("≥", "T108", "warning", row=True,
            note="不合格率是反向指标，应为≤2%"), 2, "%"),
        (None, "时效指标", "追溯系统上线时间", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, "成本指标", "单批次抽检费用", "≤", 500, "元/批次"),
        ("效益指标", "经济效益指标", "优质燕麦粉销售溢价", "≥", 0.5, "元/公斤"),
        (None, "社会效益指标", mk("燕麦粉产品抽检合格率", "D101", "warning", row=True,
            alt=("D103", "D102", "F201"), note="与质量指标下的合格率是同一指标"),
            "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("ee18-mill-packing-two-year", (8, 12),
         "two-year project, NAT-2021, 中期 and 年度 columns: the year's money above the "
         "period's, a cumulative count copied, a 2024 date in the 年度 column")  # fmt: skip
def mill_packing_two_year() -> Book:
    b, s = new()
    goals = ("2025—2026年新建燕麦粉全自动包装线2条、原料仓4座，年加工能力提升至5000吨。",
             "2025年建成包装线1条、原料仓2座，完成设备采购和安装调试。")  # fmt: skip
    annual = (mk(w(320), "B103", "error", note="年度资金320万元大于中期资金300万元"), w(250),
              ok(w(70), "error", note="随年度总额超出而超出中期的其他资金"))  # fmt: skip
    project(s, "鹰嘴梁燕麦粉厂包装线及原料仓建设项目", MILL,
            two_columns((w(300), w(250), w(50)), annual), goals, years=2,
            attr="新增项目")  # fmt: skip
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "新建全自动包装线", "≥2条", "≥1条"),
        (None, None, "新建原料仓", "≥4座", "≥2座"),
        (None, None, "加工设备更新", "≥8台套", mk("≥8台套", "D202", "warning",
            note="两年累计的台套数照抄到年度列")),
        (None, "质量指标", "包装线验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "原料仓建成时间", "2026年6月30日前", mk("2024年12月31日前",
            "Y102", "error", alt=("Y101", "Y103"), note="早于项目开始日期2025年1月1日")),
        ("成本指标", "经济成本指标", "包装线单条建设成本", "≤80万元/条", "≤80万元/条"),
        ("效益指标", "经济效益指标", "燕麦粉年加工能力", "≥5000吨", "≥3500吨"),
        (None, "社会效益指标", "新增就业岗位", "≥30个", "≥15个"),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
