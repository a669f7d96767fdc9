"""Projects exported with 中期 and 年度 value columns (ow08–ow12): three- and two-year projects,
a one-year project whose form still carries both columns, points beside the values."""

from __future__ import annotations

from tests.variants.holdout195.common import book, export_head, note, num, period, sign, table
from tests.variants.holdout195.registry import variant
from tests.variants.kit import Book, mk


@variant("ow08-transport-three-year", (8, 12), "three-year transport project, 元 in a 中期 / "
         "年度 money block, 指标值符号 · 中期 · 年度 · 计量单位 · 指标方向; unit costs × 中期 "
         "counts equal to the 中期 money, a 中期 deadline of 2028年2月29日 (a leap day) "
         "(correct)")  # fmt: skip
def ow08() -> Book:
    b, s = book("项目支出绩效目标表", (14, 14, 30, 10, 14, 14, 10, 10))
    export_head(
        s, year=2026, years=3, width=8, name="农村公路提质改造工程", code="LXJT-GZ-0303",
        dept="临溪县交通运输局", unit="临溪县农村公路建设管理站", attr="新增项目",
        money=period((36000000, 30000000, 6000000), (12600000, 10500000, 2100000)),
        goals=["2026年至2028年完成农村公路提质改造120公里，改造危桥15座，改造路段交工验收合格率"
               "100%，建制村通双车道公路比例达到60%以上。",
               "2026年完成农村公路提质改造42公里，改造危桥5座，建制村通双车道公路比例达到45%以上。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值符号", "中期指标值", "年度指标值",
              "计量单位", "指标方向"), [
        ("产出指标", "数量指标", "农村公路提质改造里程", "≥", 120, 42, "公里", "正向"),
        (None, None, "危桥改造数量", "≥", 15, 5, "座", "正向"),
        (None, "质量指标", "改造路段交工验收合格率", "=", 100, 100, "%", "正向"),
        (None, "时效指标", "提质改造工程完工时间", "≤", "2028年2月29日", "2026年12月31日",
         None, "反向"),
        ("成本指标", "经济成本指标", "农村公路单公里改造成本", "≤", num(250000), num(250000),
         "元/公里", "反向"),
        (None, None, "单座危桥改造成本", "≤", num(400000), num(400000), "元/座", "反向"),
        ("效益指标", "社会效益指标", "建制村通双车道公路比例", "≥", 60, 45, "%", "正向"),
        (None, "可持续影响指标", "改造路段列养率", "=", 100, 100, "%", "正向"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 90, 90, "%", "正向"),
    ], codes=tuple(range(1, 9)))  # fmt: skip
    sign(s, "单位负责人：温立新", "填表人：骆晴", "联系电话：0793-87120655")
    return b


@variant("ow09-education-period-below-annual", (8,), "three-year education project, 元, inline "
         "中期 and 年度 values with a 指标方向 column: a 中期 培训人次 of 540 below the 年度 "
         "1800, a 年度 deadline of 2026年2月29日")  # fmt: skip
def ow09() -> Book:
    b, s = book("Sheet1", (14, 14, 30, 16, 18, 10, 8))
    export_head(
        s, year=2026, years=3, width=7, name="中小学教师全员培训项目", code="QLJY-PX-0120",
        dept="青岚市教育局", unit="青岚市教师发展中心",
        money=period((3600000, 3600000, 0), (1200000, 1200000, 0)),
        goals=["2026年至2028年分层分类开展中小学教师全员培训，建成市级名师工作室30个，教师培训"
               "合格率保持在95%以上。",
               "2026年开展中小学教师集中培训，建成市级名师工作室10个，培训合格率达到95%以上。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "指标方向"), [
        ("产出指标", "数量指标", "教师集中培训人次", "≥540人次",
         mk("≥1800人次", "D201", "error", row=True,
            note="a cumulative count: the 中期 540 (5400 meant) is below the 年度 1800"),
         "正向"),
        (None, None, "建成市级名师工作室数", "≥30个", "≥10个", "正向"),
        (None, "质量指标", "教师培训合格率", "≥95%", "≥95%", "正向"),
        (None, "时效指标", "年度培训计划印发时间", "每年2月底前",
         mk("2026年2月29日前", "Y106", "error", alt=("T116",),
            note="2026 is not a leap year"), "反向"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤600元/人次", "≤600元/人次", "反向"),
        ("效益指标", "社会效益指标", "参训教师教学能力测评优良率", "≥80%", "≥80%", "正向"),
        (None, "可持续影响指标", "名师工作室常态化研修机制", "健全", "健全", "正向"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%", "正向"),
    ])  # fmt: skip
    return b


@variant("ow10-health-duplicate-row", (8,), "two-year health project, 元, system code row, "
         "指标性质 · 指标值符号 · 中期 · 年度 · 计量单位: the 设备数量 row entered twice under "
         "数量指标")  # fmt: skip
def ow10() -> Book:
    b, s = book("绩效目标表", (14, 14, 30, 10, 10, 14, 14, 12))
    export_head(
        s, year=2026, years=2, width=8, name="基层医疗卫生机构设备更新项目", code="BSWJ-SB-0211",
        dept="白沙河区卫生健康局", unit="白沙河区基层卫生服务中心", attr="新增项目",
        money=period((8000000, 6400000, 1600000), (4800000, 3800000, 1000000)),
        goals=["2026年至2027年为18家基层医疗卫生机构更新DR、彩超等诊疗设备60台（套），设备验收"
               "合格率100%，基层诊疗人次增长10%以上。",
               "2026年为11家基层医疗卫生机构更新诊疗设备36台（套），基层诊疗人次增长5%以上。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值符号", "中期指标值",
              "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "受益基层医疗卫生机构数", "定量", "≥", 18, 11, "家"),
        (None, None, mk("更新诊疗设备数量", "*", "warning", row=True, required=False,
                        note="the first of the two identical rows"),
         "定量", "≥", 60, 36, "台（套）"),
        (None, None, "设备操作人员培训人次", "定量", "≥", 120, 70, "人次"),
        (None, None, mk("更新诊疗设备数量", "D101", "warning", row=True, alt=("D103",),
                        note="the same indicator and values entered a second time"),
         "定量", "≥", 60, 36, "台（套）"),
        (None, "质量指标", "设备验收合格率", "定量", "=", 100, 100, "%"),
        (None, "时效指标", "设备到货安装调试周期", "定量", "≤", 60, 60, "日"),
        ("成本指标", "经济成本指标", "单台（套）设备平均购置成本", "定量", "≤", num(130000),
         num(130000), "元/台（套）"),
        ("效益指标", "社会效益指标", "基层医疗卫生机构诊疗人次增长率", "定量", "≥", 10, 5, "%"),
        (None, "可持续影响指标", "设备日常维护保养制度", "定性", None, "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "定量", "≥", 90, 90, "%"),
    ], codes=("YJZB", "EJZB", "SJZB", "ZBXZ", "ZBZFH", "ZQZBZ", "NDZBZ", "JLDW"))  # fmt: skip
    return b


@variant("ow11-civil-one-year-both-columns", (8, 10), "one-year civil-affairs project on a form "
         "with 中期 and 年度 columns (money, goals and values legitimately equal), tier-1 labels "
         "with points and indicator 分值 that match them (correct)")  # fmt: skip
def ow11() -> Book:
    b, s = book("Sheet1", (16, 16, 30, 10, 10, 12, 12, 12, 8))
    goal = ("2026年为600名经济困难的失能、高龄老年人提供居家养老服务补贴，全年上门服务28800人次，"
            "服务质量抽查合格率达到95%以上。")  # fmt: skip
    export_head(
        s, year=2026, width=9, name="居家养老服务补贴项目", code="QLMZ-YL-0058",
        dept="青岚市民政局", unit="青岚市养老服务指导中心",
        money=period((2880000, 2880000, 0), (2880000, 2880000, 0)), goals=[goal, goal],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值符号", "中期指标值",
              "年度指标值", "计量单位", "分值"), [
        ("产出指标（50分）", "数量指标", "享受居家养老服务补贴老年人数", "正向", "≥", 600, 600,
         "人", 15),
        (None, None, "居家养老上门服务人次", "正向", "≥", num(28800), num(28800), "人次", 10),
        (None, "质量指标", "服务质量抽查合格率", "正向", "≥", 95, 95, "%", 15),
        (None, "时效指标", "补贴资金按月拨付时限", "反向", "≤", 10, 10, "个工作日", 10),
        ("成本指标（10分）", "经济成本指标", "居家养老服务补贴标准", "反向", "≤", 400, 400,
         "元/人·月", 10),
        ("效益指标（30分）", "社会效益指标", "失能老年人居家照护需求满足率", "正向", "≥", 85, 85,
         "%", 15),
        (None, "可持续影响指标", "居家养老服务机构监管机制", "正向", None, "健全", "健全", None,
         15),
        ("满意度指标（10分）", "服务对象满意度指标", "服务老年人满意度", "正向", "≥", 90, 90, "%",
         10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, None, None, 100, merge=[(1, 8)])
    note(s, "说明：本项目实施期为1年，中期指标值与年度指标值一致。", 9)
    return b


@variant("ow12-health-points-ninety", (8, 10), "two-year health project, 元, inline 中期 and "
         "年度 values and a 分值 column stated and summing to 90 (预算执行率 scored apart, "
         "as the note says) (correct)")  # fmt: skip
def ow12() -> Book:
    b, s = book("Sheet1", (14, 14, 30, 16, 16, 12, 8))
    export_head(
        s, year=2026, years=2, width=7, name="适龄妇女“两癌”免费筛查项目", code="LXWJ-LA-0016",
        dept="临溪县卫生健康局", unit="临溪县妇幼保健院",
        money=period((1440000, 1200000, 240000), (720000, 600000, 120000)),
        goals=["2026年至2027年为辖区适龄妇女免费开展宫颈癌筛查8000人、乳腺癌筛查8000人，"
               "“两癌”早诊率达到70%以上。",
               "2026年完成宫颈癌筛查4000人、乳腺癌筛查4000人，筛查阳性病例随访管理率达到95%"
               "以上。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值（满分90分）"), [
        ("产出指标", "数量指标", "宫颈癌免费筛查人数", "≥8000人", "≥4000人", 15),
        (None, None, "乳腺癌免费筛查人数", "≥8000人", "≥4000人", 15),
        (None, "质量指标", "筛查阳性病例随访管理率", "≥95%", "≥95%", 10),
        (None, "时效指标", "筛查结果告知时限", "≤15个工作日", "≤15个工作日", 10),
        ("成本指标", "经济成本指标", "人均筛查成本", "≤90元/人", "≤90元/人", 10),
        ("效益指标", "社会效益指标", "“两癌”早诊率", "≥70%", "≥70%", 10),
        (None, "可持续影响指标", "“两癌”筛查信息系统录入率", "≥95%", "≥95%", 10),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, 90, merge=[(1, 5)])
    note(s, "注：预算执行率（10分）由财政部门在绩效评价时单独计分，本表指标分值合计90分。", 7)
    sign(s, "填表人：贺宛如", "审核人：潘志刚", "联系电话：0795-86233170")
    return b
