"""Public astronomy shows: dome films, lectures and holiday programmes (xy01–xy06)."""

from __future__ import annotations

from tests.variants.holdout431.common import TIERS, YEAR, grid, head, notes, one_year, sign, start
from tests.variants.holdout431.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

OP_HEAD = (*TIERS, "指标性质", "指标值", "计量单位")


@variant("xy01-dome-show-percent", (1, 12), "project, OLD-NAT, operator column headed 指标性质, "
         "unit column, typed percent cells, 万元 only in the number format (correct)")  # fmt: skip
def dome_show_percent() -> Book:
    b, s = start()
    head(s, "球幕天象节目《银河渡口》制作与公益放映", one_year(186, 150, 36),
         ["完成1部原创球幕节目制作，全年公益放映不少于720场，服务观众9万人次以上。"])  # fmt: skip
    grid(s, OP_HEAD, [
        ("产出指标", "数量指标", "新制作原创球幕节目", "≥", 1, "部"),
        (None, None, "全年公益放映场次", "≥", 720, "场"),
        (None, None, "球幕影厅观众人次", "≥", 90000, "人次"),
        (None, "质量指标", "节目审片一次通过率", "≥", pct(0.9), "%"),
        (None, None, "放映设备完好率", "≥", pct(0.98), "%"),
        (None, "时效指标", "新节目首映时间", "≤", day(YEAR, 9, 30, CN_DATE), None),
        (None, "成本指标", "节目制作成本", "≤", 98, "万元"),
        (None, None, "单场放映运维成本", "≤", 0.08, "万元/场"),
        ("效益指标", "社会效益指标", "青少年观众占比", "≥", pct(0.4), "%"),
        (None, "可持续影响指标", "节目可循环放映年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "韩序之", "莫筱禾", "0571-86602314")
    return b


@variant("xy02-roving-show-wrong", (1, 11), "project, OLD-NAT, operators in words in their own "
         "column, typed percent cells: a 合格率 over 100 %, a 故障率 with 大于等于")  # fmt: skip
def roving_show_wrong() -> Book:
    b, s = start()
    head(s, "流动天文馆进社区巡回展演", one_year(64, 64, 0),
         ["全年进社区、乡镇巡回展演80场，展品验收合格，投影设备稳定运行。"])  # fmt: skip
    grid(s, (*TIERS, "比较方式", "指标值", "单位"), [
        ("产出指标", "数量指标", "巡回展演场次", "大于等于", 80, "场"),
        (None, None, "覆盖乡镇（街道）数", "大于等于", 24, "个"),
        (None, "质量指标", "新购移动展品验收合格率", "大于等于",
         mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100 %: 105% typed"), "%"),
        (None, None, "移动球幕投影设备故障率", mk("大于等于", "T108", "warning", row=True,
         note="a 故障率 is 反向: ≥2% rewards breakdowns"), pct(0.02), "%"),
        (None, None, "观众投诉率", "小于等于", pct(0.01), "%"),
        (None, "时效指标", "展演排期按时执行率", "大于等于", pct(0.95), "%"),
        (None, "成本指标", "单场巡展综合成本", "小于等于", 0.75, "万元/场"),
        ("效益指标", "社会效益指标", "偏远乡镇观众占比", "大于等于", pct(0.3), "%"),
        (None, "可持续影响指标", "社区天文角长期共建点", "大于等于", 6, "个"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韩序之", "庞礼青", "0571-86602377")
    return b


@variant("xy03-lecture-points", (5, 10), "project, NAT-2021, numbered tier labels carrying "
         "points and an indicator 分值 column, both adding to 100, a ratio raised in 百分点 "
         "(correct)")  # fmt: skip
def lecture_points() -> Book:
    b, s = start()
    head(s, "“星空大讲堂”公益科普讲座", one_year(60, 60, 0),
         ["全年举办天文科普讲座48场并同步直播，提高青少年听众比例。"])  # fmt: skip
    grid(s, (*TIERS, "指标值", "分值"), [
        ("一、产出指标（40分）", "1.数量指标", "举办讲座场次", "≥48场", 10),
        (None, None, "线上直播观看人次", "≥150000人次", 10),
        (None, "2.质量指标", "主讲人具有中高级职称的比例", "≥80%", 10),
        (None, "3.时效指标", "讲座月度排期按时发布率", "≥95%", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "单场讲座专家劳务费", "≤0.3万元/场", 10),
        (None, None, "直播技术服务费", "≤12万元", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "青少年听众比例较上年提高", "≥3百分点", 15),
        (None, "2.可持续影响指标", "讲座视频资源库累计入库", "≥200期", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "听众满意度", "≥90%", 10),
        ("合计", "", "", "", 100),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值为同一套分数的两级表示，合计均为100分。")
    return b


@variant("xy04-course-points-wrong", (10,), "project, NAT-2021, a tier-1 score column beside "
         "the indicator 分值 column: 产出 and 效益 subtotals differ from their tier scores, a "
         "完成率 given as a count")  # fmt: skip
def course_points_wrong() -> Book:
    b, s = start(widths=(14, 8, 16, 30, 16, 8))
    head(s, "天文馆研学课程包开发", one_year(42, 42, 0),
         ["开发面向中小学的天文研学课程包6套，配套教具并完成试讲。"])  # fmt: skip
    s.row("一级指标", "分值", *TIERS[1:], "指标值", "分值")
    s.table([
        ("产出指标", mk(50, "W103", "error", note="产出 declared 50, its indicators add to 45"),
         "数量指标", "开发研学课程包", "≥6套", 15),
        (None, None, None, "配套教具套数", "≥120套", 10),
        (None, None, None, "课程包试讲完成率", mk("6次", "T105", "error",
         note="a 完成率 given as a count of sessions"), 10),
        (None, None, "质量指标", "课程专家评审通过率", "≥90%", 10),
        ("成本指标", 20, "经济成本指标", "单套课程包开发费用", "≤5万元/套", 20),
        ("效益指标", mk(20, "W103", "error", note="效益 declared 20, its indicators add to 25"),
         "社会效益指标", "参与研学的学校数", "≥30所", 15),
        (None, None, "可持续影响指标", "课程包纳入校本课程的学校数", "≥10所", 10),
        ("满意度指标", 10, "服务对象满意度指标", "师生满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "说明：一级指标分值合计100分，三级指标分值合计100分。")
    return b


@variant("xy05-stacked-shows", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator name with different values in each (correct)")  # fmt: skip
def stacked_shows() -> Book:
    b, s = start()
    head(s, "天象厅数字放映系统运维", one_year(88, 80, 8),
         ["保障天象厅数字放映系统全年稳定运行，放映不少于1100场。"],
         title=f"{YEAR}年度项目支出绩效目标申报表（一）")  # fmt: skip
    grid(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "天象厅放映场次", "≥1100场"),
        (None, "质量指标", "放映系统完好率", "≥98%"),
        (None, "时效指标", "故障响应时间", "≤2小时"),
        (None, "成本指标", "系统年度运维费用", "≤80万元"),
        ("效益指标", "社会效益指标", "天象厅年接待观众", "≥12万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    head(s, "节假日天文主题展演", one_year(35, 35, 0),
         ["在春节、国庆等节假日举办天文主题展演16场，吸引家庭观众。"], title="")  # fmt: skip
    grid(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "节假日主题展演场次", "≥16场"),
        (None, "质量指标", "展演方案审核通过率", "100%"),
        (None, "时效指标", "国庆专场开展时间", "10月7日前"),
        (None, "成本指标", "单场展演成本", "≤2万元/场"),
        ("效益指标", "社会效益指标", "家庭观众占比", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "韩序之", "莫筱禾", "0571-86602314")
    return b


@variant("xy06-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT, one value column: the "
         "second project's 年度资金总额 is not 财政拨款 + 其他资金, a 满意度 written "
         "with =")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = start()
    head(s, "天文观测台望远镜维护", one_year(26, 26, 0),
         ["完成观测台主镜及4台辅助望远镜年度维护，保障公众开放日观测。"])  # fmt: skip
    grid(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "维护望远镜台数", "≥5台"),
        (None, "质量指标", "望远镜完好率", "≥95%"),
        (None, "时效指标", "年度维护完成时间", "6月30日前"),
        (None, "成本指标", "单台望远镜维护费用", "≤5万元/台"),
        ("效益指标", "社会效益指标", "公众开放日观测人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(48, WAN), "B101", "error", note="48 ≠ 30 + 15: the money does not add up")
    money_rows = one_year(total, 30, 15)
    head(s, "“追星少年”天文摄影展", money_rows,
         ["举办天文摄影作品征集与展览，展出作品不少于150幅。"], title="")  # fmt: skip
    grid(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "展出摄影作品", "≥150幅"),
        (None, "质量指标", "参展作品原创审核通过率", "≥95%"),
        (None, "时效指标", "展览开幕时间", "8月31日前"),
        (None, "成本指标", "展览布展费用", "≤18万元"),
        ("效益指标", "社会效益指标", "展览参观人次", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", mk("=95%", "T107", "warning",
         note="= on a 满意度 almost certainly means ≥95%")),
    ])  # fmt: skip
    return b
