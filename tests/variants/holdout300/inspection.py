"""Cosmetics inspection (化妆品监督检查) and medical-device adverse-event monitoring
(医疗器械不良事件监测): returns sx07 to sx12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout300.common import YEAR, book, indicators, notes, one_year, sign
from tests.variants.holdout300.registry import variant
from tests.variants.kit import Book, mk, pct

POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "sx07-cosmetics-numbered-labels",
    (5,),
    "project, NAT-2021, one value column, tier labels numbered with points (一、产出指标（45分）), "
    "tier-2 as 1.数量指标 and （一）经济成本指标, a ★ core indicator (correct)",
)
def sx07() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="柘川区化妆品经营使用单位监督检查", dept="柘川区市场监督管理局 412007",
        unit="柘川区化妆品监管科", attr="常年项目", money=one_year(78, 70, 8),
        goals=["对辖区化妆品经营单位和美容美发场所开展监督检查，督促经营者落实质量安全主体责任。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（45分）", "1.数量指标", "★化妆品经营单位监督检查户次", "≥320户次"),
        (None, None, "美容美发场所化妆品使用检查户次", "≥150户次"),
        (None, "2.质量指标", "检查发现问题整改完成率", "≥95%"),
        (None, "3.时效指标", "投诉举报核查办结时限", "≤10个工作日"),
        ("二、成本指标（15分）", "（一）经济成本指标", "单户次检查成本", "≤0.14万元/户次"),
        ("三、效益指标（30分）", "（一）社会效益指标", "消费者化妆品安全知识知晓率", "≥80%"),
        (None, "（二）可持续影响指标", "经营者质量安全责任制度落实情况", "有效"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "经营者对监督检查满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "沈暮帆", "0576-81520418")
    return b


@variant(
    "sx08-cosmetics-wrong-parent",
    (5, 11),
    "project, OLD-NAT, tier labels with * and abbreviated (产出, 数量, 社会效益): the tier-2 "
    "社会效益 placed under *产出指标, a 正向 inspection count with ≤",
)
def sx08() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="澄岭县化妆品生产企业风险分级监管", dept="澄岭县市场监督管理局 508113",
        unit="澄岭县药品和医疗器械监管股", money=one_year(56, 50, 6),
        goals=["完成化妆品生产企业风险分级评定，按风险等级确定检查频次，防范化妆品质量安全风险。"],
    )  # fmt: skip
    low = mk("≤45家次", "T108", "warning", row=True, note="an inspection count is 正向: ≥ expected")
    parent = mk("社会效益", "F105", "error", note="社会效益 belongs under 效益指标, not 产出指标")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出指标", "数量", "化妆品生产企业现场检查家次", low),
        (None, None, "★化妆品生产企业风险分级评定户数", "≥45家"),
        (None, "质量", "风险分级评定结果复核符合率", "≥95%"),
        (None, "时效", "检查问题整改督办时限", "≤20个工作日"),
        (None, "成本", "单家次检查成本", "≤1.1万元/家次"),
        (None, parent, "化妆品质量安全事件发生数", "=0起"),
        ("*效益指标", "可持续影响", "化妆品生产企业风险分级监管机制", "长效运行"),
        ("*满意度指标", "服务对象满意度", "受检企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚若岚", "0578-76604452")
    return b


@variant(
    "sx09-device-points",
    (10,),
    "project, NAT-2021, a tier-1 score column and an indicator score column each adding to 100, "
    "a 报告率 raised in 百分点, a 合计 row (correct)",
)
def sx09() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="雁台市医疗器械不良事件监测与评价", dept="雁台市市场监督管理局 305021",
        unit="雁台市药品不良反应监测中心", attr="常年项目", money=one_year(46, 40, 6),
        goals=["收集、分析和评价可疑医疗器械不良事件报告，及时发现风险信号，提升基层报告质量。"],
    )  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", 40, "数量指标", "可疑医疗器械不良事件报告数", "≥1200份", 10),
        (None, None, None, "重点监测品种风险评价报告", "≥4份", 10),
        (None, None, "质量指标", "严重不良事件报告评价完成率", "≥98%", 10),
        (None, None, "时效指标", "严重不良事件初步评价时限", "≤3个工作日", 10),
        ("成本指标", 20, "经济成本指标", "单份报告评价成本", "≤0.02万元/份", 20),
        ("效益指标", 30, "社会效益指标", "二级以上医疗机构报告率比上年提高", "≥2百分点", 15),
        (None, None, "可持续影响指标", "医疗器械风险信号预警机制", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "医疗机构监测人员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    notes(s, "说明：一级指标分值与三级指标分值为同一总分的两级分解，均合计为100分。")
    sign(s, "严知微", "0571-86217734")
    return b


@variant(
    "sx10-device-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 and indicator score columns: the scores under 产出指标 add to 45 "
    "against a declared 50, a 完整率 given as a count",
)
def sx10() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="枫渚县医疗器械使用环节质量监管", dept="枫渚县市场监督管理局 621004",
        unit="枫渚县药品安全监管所", attr="常年项目", money=one_year(60, 54, 6),
        goals=["对医疗机构医疗器械使用质量开展检查，重点核查植入性医疗器械使用记录。"],
    )  # fmt: skip
    declared = mk(50, "W103", "error", alt=("W101",), note="15 + 10 + 10 + 10 = 45, not 50")
    count = mk("320份", "T105", "error", note="a 完整率 needs a percentage")
    indicators(s, POINTS_HEAD, [
        ("产出指标", declared, "数量指标", "医疗机构医疗器械使用质量检查家次", "≥80家次", 15),
        (None, None, None, "植入性医疗器械使用记录抽查份数", "≥400份", 10),
        (None, None, "质量指标", "植入性医疗器械使用记录完整率", count, 10),
        (None, None, "时效指标", "检查问题整改时限", "≤15个工作日", 10),
        ("成本指标", 20, "经济成本指标", "单家次检查成本", "≤0.6万元/家次", 20),
        ("效益指标", 20, "社会效益指标", "医疗器械使用质量安全事件发生数", "=0起", 10),
        (None, None, "可持续影响指标", "医疗器械使用质量管理制度落实情况", "有效", 10),
        ("满意度指标", 10, "服务对象满意度指标", "受检医疗机构满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the same shortfall seen as a total of 95")
    sign(s, "祁立衡", "0579-85127760")
    return b


@variant(
    "sx11-cosmetics-two-row-header",
    (7, 1),
    "project, OLD-NAT, two-row header (考核指标 over 一级/二级/指标内容, 绩效标准 over 比较 and "
    "目标值（年度）, 计量单位 merged down), percent cells (correct)",
)
def sx11() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="柘川区化妆品网络销售监测", dept="柘川区市场监督管理局 412007",
        unit="柘川区网络交易监测中心", attr="延续项目", money=one_year(30, 30, 0),
        goals=["监测网络交易平台和网店销售的化妆品，及时移交违法线索，净化网络销售环境。"],
    )  # fmt: skip
    s.row("考核指标", None, None, "绩效标准", None, "计量单位", merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "指标内容", "比较", "目标值（年度）", None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=6, end_row=s.r, end_column=6)
    s.table([
        ("产出指标", "数量指标", "网络交易平台化妆品监测条次", "≥", 6000, "条"),
        (None, None, "网店经营主体核查户次", "≥", 180, "户次"),
        (None, "质量指标", "监测发现违法线索移交率", "=", pct(1), "%"),
        (None, "时效指标", "违法线索移交时限", "≤", 5, "个工作日"),
        (None, "成本指标", "单条监测成本", "≤", 0.004, "万元/条"),
        ("效益指标", "社会效益指标", "网络违法违规化妆品信息下架率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "网络监测数据共享机制", None, "长效运行", None),
        ("满意度指标", "服务对象满意度指标", "消费者投诉处理满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "沈暮帆", "0576-81520418")
    return b


@variant(
    "sx12-device-second-sheet",
    (7, 6, 13),
    "project: head on the first sheet, the NAT-2021 table on a second sheet under header "
    "预期实现值; a value without an indicator name, the tier-2 时效指标 left from the template",
)
def sx12() -> Book:
    b, s = book("项目基本信息")
    project_head(
        s, year=YEAR, name="澄岭县医疗器械经营企业飞行检查", dept="澄岭县市场监督管理局 508113",
        unit="澄岭县药品和医疗器械监管股", money=one_year(30, 28, 2),
        goals=["对第三类医疗器械经营企业开展飞行检查，督促企业规范贮存、运输和销售记录。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (16, 20, 34, 16, 20))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    unnamed = mk(None, "F110", "error", note="a value with no indicator name")
    left = mk("时效指标", "F109", "warning", row=True, note="template tier-2 with nothing under it")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "医疗器械经营企业飞行检查家次", "≥40家次", None),
        (None, None, "第三类医疗器械经营企业检查覆盖率", "=100%", None),
        (None, "质量指标", unnamed, "≥98%", None),
        (None, None, "检查问题整改完成率", "≥95%", None),
        (None, left, None, None, None),
        ("成本指标", "经济成本指标", "单家次飞行检查成本", "≤0.6万元/家次", None),
        ("效益指标", "社会效益指标", "医疗器械经营质量安全事件发生数", "=0起", None),
        (None, "可持续影响指标", "经营企业质量管理自查制度", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥90%", None),
    ])  # fmt: skip
    sign(t, "龚若岚", "0578-76604452")
    return b
