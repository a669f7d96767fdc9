"""Returns about the conference centre (会议中心运行) and the bureau as a whole: stacked projects,
a budget-system export with the table on a second sheet, conversion artefacts, a department
table with a page break and subtotals, empty names."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout281.common import (
    CITY,
    COUNTY,
    TIERS,
    YEAR,
    annual_money,
    budget,
    first,
    indicators,
    notes,
    signature,
    wan,
)
from tests.variants.holdout281.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money

CENTRE = "栖梧市会议中心"


@variant(
    "se13-conference-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column; the same indicator names "
    "(会议设备故障率, 会议服务满意度) with different values in the two projects (correct)",
)
def se13() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="会议中心运行保障",
        dept=CITY,
        unit=CENTRE,
        attr="常年项目",
        money=annual_money(540.00, 500.00, 40.00),
        goals=("全年保障各类会议1100场以上，服务9万人次，重要会议保障零差错。",),
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "年保障会议场次", "≥1100场"),
        (None, None, "会议服务人次", "≥9万人次"),
        (None, "质量指标", "会议设备故障率", "≤1%"),
        (None, "时效指标", "会议室预订确认时限", "≤2小时"),
        (None, "成本指标", "单场会议平均运行成本", "≤4500元/场"),
        ("效益指标", "社会效益指标", "重要会议保障差错", "0次"),
        (None, "可持续影响指标", "会议室线上预约办理率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "会议服务满意度", "≥92%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s,
        year=YEAR,
        title="",
        name="会议中心音视频系统更新",
        dept=CITY,
        unit=CENTRE,
        attr="一次性项目",
        money=annual_money(186.00, 186.00, 0),
        goals=("更新14间会议室音视频系统，8月底前完成，会议设备故障率降至0.5%以内。",),
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "更新音视频系统会议室数", "≥14间"),
        (None, "质量指标", "系统验收合格率", "=100%"),
        (None, None, "会议设备故障率", "≤0.5%"),
        (None, "时效指标", "系统更新完成时间", "2025年8月31日前"),
        (None, "成本指标", "单间会议室更新成本", "≤13万元/间"),
        ("效益指标", "可持续影响指标", "系统设计使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "会议服务满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "se14-conference-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's 年度资金总额 is not "
    "财政拨款 + 其他资金, and a 到位率 is given in hours",
)
def se14() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="会议中心物业服务",
        dept=COUNTY,
        unit="望桐县会议中心",
        attr="常年项目",
        money=annual_money(128.00, 128.00, 0),
        goals=("做好会议中心保洁、安保和设备运行物业服务，保障全年会议正常召开。",),
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "物业服务面积", "≥1.8万平方米"),
        (None, "质量指标", "物业服务考核达标率", "≥95%"),
        (None, "时效指标", "设备报修响应时间", "≤30分钟"),
        (None, "成本指标", "物业服务单价", "≤5.9元/平方米·月"),
        ("效益指标", "社会效益指标", "会议保障安全责任事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "会议主办单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(wan(96.00), "B101", "error", row=True, note="80 + 12 = 92 ≠ 96")
    project_head(
        s,
        year=YEAR,
        title="",
        name="会议中心消防设施改造",
        dept=COUNTY,
        unit="望桐县会议中心",
        attr="一次性项目",
        money=annual_money(total, 80.00, 12.00),
        goals=("完成会议中心喷淋、烟感和消防控制室改造，通过消防验收。",),
    )
    hours = mk("24小时", "T105", "error", note="a 到位率 needs a %, not hours")
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "更换烟感探测器数量", "≥420个"),
        (None, None, "喷淋系统改造面积", "≥5200平方米"),
        (None, "质量指标", "消防设施验收合格率", "=100%"),
        (None, None, "消防控制室值守到位率", hours),
        (None, "时效指标", "改造完成时间", "2025年6月30日前"),
        ("效益指标", "社会效益指标", "会议中心火灾事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "会议主办单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "se15-export-second-sheet",
    (7, 4),
    "budget-system export: a budget sheet with codes in the first columns and a 合计 row, the "
    "indicator table on a second sheet under header 绩效目标值 on the third row, codes repeated "
    "in every row, an export footer (correct)",
)
def se15() -> Book:
    b, s = first("项目支出预算表04-1", (10, 16, 22, 22, 12, 10, 10, 10))
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row(None, None, None, None, None, None, None, "单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别",
          "合计", "财政拨款", "其他资金")  # fmt: skip
    code = "35012525000000031102"
    s.row("318004", CENTRE, code, "会议中心能源托管服务", "一般性项目",
          money(212.50), money(200.00), money(12.50))  # fmt: skip
    s.row("合计", None, None, None, None, money(212.50), money(200.00), money(12.50))
    t = b.sheet("项目绩效目标表04-2", (10, 22, 20, 10, 16, 26, 10, 12, 10))
    t.title(f"{YEAR}年项目支出绩效目标表", 9)
    t.row("年度绩效目标", "对会议中心260台（套）能源系统设备实施托管运行，综合能耗较上年下降6%。",
          merge=[(2, 9)])  # fmt: skip
    head = ("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
            "绩效目标值", "度量单位")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "托管能源系统设备台数", "≥", 260, "台"),
        ("产出指标", "质量指标", "托管设备完好率", "≥", 97, "%"),
        ("产出指标", "时效指标", "设备故障响应时间", "≤", 2, "小时"),
        ("成本指标", "经济成本指标", "年度托管服务费", "≤", 212.5, "万元"),
        ("效益指标", "经济效益指标", "年节约能源费用", "≥", 30, "万元"),
        ("效益指标", "生态效益指标", "综合能耗下降率", "≥", 6, "%"),
        ("效益指标", "可持续影响指标", "能源管理台账完整率", "=", 100, "%"),
        ("满意度指标", "服务对象满意度指标", "会议主办单位满意度", "≥", 90, "%"),
    ]  # fmt: skip
    indicators(t, head, [("318004", code, "会议中心能源托管服务", *r) for r in rows], merged=())
    t.skip()
    t.row("数据来源：预算管理一体化系统", None, None, "导出时间：", day(YEAR - 1, 12, 6))
    return b


@variant(
    "se16-conference-artefacts",
    (9,),
    "project, OLD-NAT, one value column, PDF-converted: a total split by a space, a plan date "
    "left as a serial number in text, an amount pasted twice in the detail lines below",
)
def se16() -> Book:
    b, s = first()
    split = mk("312.6 5", "X105", "warning", alt=("X103",), note="read as 312.65 = 300 + 12.65")
    project_head(
        s,
        year=YEAR,
        name="会议中心会务服务采购",
        dept=COUNTY,
        unit="望桐县会议服务中心",
        end=mk("46022", "X104", "warning", note="the serial of 2025-12-31, stored as text"),
        money=annual_money(split, 300.00, 12.65),
        goals=("全年承办县级各类会议420场以上，重大会议保障到位，参会单位满意。",),
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "年承办会议场次", "≥420场"),
        (None, None, "会务用品配送批次", "≥60批次"),
        (None, "质量指标", "会务服务差错率", "≤0.5%"),
        (None, "时效指标", "会议需求响应时间", "≤1小时"),
        (None, "成本指标", "单场会务服务平均成本", "≤5000元/场"),
        ("效益指标", "社会效益指标", "重大会议保障到位率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "参会单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    twice = mk("36万36万(含运输)", "X106", "error", alt=("B108",), note="36万 pasted twice")
    s.row("资金明细（万元）", None, None, None, merge=[(1, 4)])
    s.table([
        ("序号", "支出内容", "金额", "测算依据"),
        ("1", "会务服务外包", money(210.00), "420场×0.5万元/场"),
        ("2", "会务用品采购", twice, "按上年实际采购量测算"),
        ("3", "会议设备租赁", money(66.65), "大型会议临时租赁音响、LED屏"),
        ("合计", None, money(312.65), None),
    ])  # fmt: skip
    return b


def _bureau_blocks(s: Sheet) -> None:
    """The indicator table of se17: a tier-1 block per call, a 小计 row under each, the header
    repeated after the page break."""
    blocks: list[tuple[list[tuple[Any, ...]], int]] = [
        ([("产出指标", "数量指标", "平台年派车车次", "≥18000车次", 8, "每少5%扣2分"),
          (None, None, "机关食堂日均供餐人次", "≥5200人次", 8, "每少5%扣2分"),
          (None, None, "办公用房维修项目数", "≥24个", 8, "每少1个扣1分"),
          (None, "质量指标", "维修工程验收合格率", "=100%", 8, "不合格不得分"),
          (None, "时效指标", "会议保障需求响应时间", "≤2小时", 8, "超时1次扣1分")], 40),
        ([("成本指标", "经济成本指标", "公务用车单车年均运行费用", "≤2.8万元/辆", 5, "超标不得分"),
          (None, None, "会议中心单场会议平均运行成本", "≤3500元/场", 5, "超标不得分")], 10),
        ([("效益指标", "经济效益指标", "机关运行成本节约额", "≥120万元", 10, "按比例得分"),
          (None, "生态效益指标", "公共机构单位建筑面积能耗下降率", "≥2%", 10, "按比例得分"),
          (None, "可持续影响指标", "机关事务标准化管理覆盖率", "≥95%", 10, "按比例得分")], 30),
        ([("满意度指标", "服务对象满意度指标", "市直机关干部职工满意度", "≥90%", 10, "按调查得分"),
          (None, None, "会议主办单位满意度", "≥90%", 10, "按调查得分")], 20),
    ]  # fmt: skip
    for i, (rows, subtotal) in enumerate(blocks):
        if i == 2:
            s.skip()
            s.row("一级指标", "二级指标", "三级指标", "目标值（年度）", "权重", "评价标准")
        s.table(rows, merged=(1, 2))
        s.row("小计", None, None, None, subtotal, None, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])


@variant(
    "se17-bureau-page-break",
    (4, 7),
    "department, NAT-2021, two-row header (考核指标 over the tiers, 目标值（年度）, 权重, "
    "评价标准), 小计 rows under each tier-1, the header repeated after a page break, a 合计 "
    "row, 填表说明 and signature lines (correct)",
)
def se17() -> Book:
    b, s = first("部门整体", (14, 18, 30, 16, 10, 16))
    department_head(
        s,
        year=YEAR,
        dept="栖梧市机关事务管理局",
        filled=day(YEAR - 1, 11, 26),
        budget=[budget(4286.00, 3986.00, 300.00, 1540.00, 2746.00)],
        tasks=[
            ("公务用车平台运行", "平台车辆调度、维修及保险", wan(386.00), "派车1.8万车次"),
            ("机关食堂运营", "市级机关食堂运营保障", wan(820.00), "日均供餐5200人次"),
            ("公共机构节能管理", "能耗监测、节能改造", wan(260.00), "能耗下降2%"),
            ("办公用房维修", "24个办公用房维修项目", wan(900.00), "验收合格"),
            ("会议中心运行", "会议中心运行及设备维护", wan(380.00), "保障会议需求"),
            ("金额合计", None, wan(2746.00), None),
        ],
        goal="做好市级机关公务出行、餐饮、办公用房和会议服务保障，推进公共机构节能降耗。",
    )
    s.row("考核指标", None, None, "目标值（年度）", "权重", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None, None)
    for c in (4, 5, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    _bureau_blocks(s)
    notes(
        s,
        "填表说明：1.权重合计100分，小计行为各一级指标权重之和，不计入合计；",
        "2.能耗下降率以上年统计数为基数，正数表示下降。",
    )
    signature(s, head="钟离朔", filler="蓝书瑶", phone="0768-6620083", when=day(YEAR - 1, 11, 26))
    return b


@variant(
    "se18-conference-empty-names",
    (13, 6),
    "department, NAT-2021, one value column: a name cell holding only a full-width space, a "
    "社会成本指标 row left from the template, a satisfaction target with =",
)
def se18() -> Book:
    b, s = first("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="望桐县会议服务中心",
        budget=[budget(520.00, 500.00, 20.00, 210.00, 310.00)],
        goal="保障县级各类会议450场以上，会议服务安全有序，主办单位满意。",
    )
    blank = mk("　", "F110", "error", note="the name is one full-width space")
    left = mk("社会成本指标", "F109", "warning", row=True, note="template row, nothing filled")
    equal = mk("=95%", "T107", "warning", note="= on a satisfaction rate, ≥95% meant")
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "年保障会议场次", "≥450场"),
        (None, None, blank, "≥1.2万人次"),
        (None, "质量指标", "会议设备完好率", "≥98%"),
        (None, "时效指标", "会议室预订确认时限", "≤4小时"),
        ("成本指标", "经济成本指标", "单场会议平均保障成本", "≤6000元/场"),
        (None, left, None, None),
        ("效益指标", "社会效益指标", "重要会议保障差错", "0次"),
        (None, "可持续影响指标", "会议室线上预约率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "会议服务满意度", equal),
    ])  # fmt: skip
    return b
