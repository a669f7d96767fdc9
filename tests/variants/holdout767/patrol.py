"""River-chief patrols (河长制巡河) and the bureau's department table: kcw13–kcw18."""

from __future__ import annotations

from tests.variants.holdout767.common import (
    BUREAU,
    annual_money,
    book,
    department,
    indicators,
    notes,
    period_money,
    project,
    sign,
    w,
)
from tests.variants.holdout767.registry import variant
from tests.variants.kit import Book, mk, pct

OFFICE = "溪岙县河湖长制工作服务中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kcw13-patrol-two-row-header", (7, 11),
         "project, NAT-2021, two-row header (目标值 over 指标方向 · 数值 · 计量单位), operators "
         "in words, a goal total with its parts, a 下降率 with 大于等于 (correct)")  # fmt: skip
def patrol_two_row_header() -> Book:
    b, s = book()
    project(s, "河长制巡河及河道保洁", OFFICE, annual_money(150, 130, 20), [
        "全年县、乡、村三级河长巡河不少于5200人次（县级120、乡级1080、村级4000），清理河道"
        "垃圾不少于850吨，汀澜河、苍溪等13条县级河道水质稳中向好。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "目标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "指标方向", "数值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "河长巡河人次", "大于等于", 5200, "人次"),
        (None, None, "村级河长巡河人次", "大于等于", 4000, "人次"),
        (None, None, "河道垃圾清理量", "大于等于", 850, "吨"),
        (None, "质量指标", "巡河发现问题整改率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "巡河问题交办时限", "小于等于", 2, "个工作日"),
        ("成本指标", "经济成本指标", "河道保洁单价", "小于等于", 1500, "元/吨"),
        ("效益指标", "生态效益指标", "县级河道水质达标率", "大于等于", pct(0.92), "%"),
        (None, "社会效益指标", "河道“四乱”问题数量下降率", "大于等于", pct(0.1), "%"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "大于等于", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "邬承岳", "0578-6657209")
    return b


@variant("kcw14-clearance-cross-defects", (11,),
         "project, OLD-NAT, one value column: a clearance count below the goal's, a patrol count "
         "under 质量, a deadline in the next year of a one-year project")  # fmt: skip
def clearance_cross_defects() -> Book:
    b, s = book()
    project(
        s,
        "河湖“清四乱”专项整治",
        OFFICE,
        annual_money(110, 90, 20),
        ["全年开展专项巡河不少于4800次，整治河湖“四乱”问题60处，问题整改销号率达到95%以上。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "“四乱”问题整治数量",
         mk("≥45处", "D104", "warning", row=True, note="年度目标写整治60处")),
        (None, "质量指标", mk("专项巡河次数", "F201", "warning", row=True,
                           note="巡河次数是数量指标，填在质量指标下"), "≥4800次"),
        (None, None, "问题整改销号率", "≥95%"),
        (None, "时效指标", "问题整改完成时限",
         mk("2027年6月30日前", "Y102", "error", row=True, alt=("Y103",),
            note="一年期项目（2026年）的期限落在2027年")),
        (None, "成本指标", "单处问题整治费用", "≤1.5万元/处"),
        ("效益指标", "生态效益指标", "河道水面漂浮物清理率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬承岳", "0578-6657209")
    return b


@variant("kcw15-bureau-department", (8, 12),
         "department, NAT-2021, budget with shares, four tasks adding to 金额合计 = 项目支出, "
         "equal 实施周期 and 年度 columns in a one-year table, a footnote (correct)")  # fmt: skip
def bureau_department() -> Book:
    b, s = book("部门整体")
    p = "0.00%"
    department(s, BUREAU, [
        (w(1860), w(1700), w(160), w(1060), w(800)),
        (pct(1, p), pct(0.914, p), pct(0.086, p), pct(0.5699, p), pct(0.4301, p)),
    ], "目标1：完成12座小型水库安全鉴定和3座病险水库除险加固；目标2：全年检测农村供水水样"
       "不少于960份；目标3：县、乡、村三级河长巡河不少于5200人次。", tasks=[
        ("小型水库安全鉴定", "完成12座小型水库安全鉴定", w(180), "鉴定报告10月底前审定"),
        ("小型水库除险加固", "完成3座病险水库除险加固", w(420), "汛前完成主体工程"),
        ("农村饮用水水质检测", "检测水样960份", w(80), "检测报告7个工作日内出具"),
        ("河长制巡河保洁", "三级河长巡河5200人次", w(120), "河道水质稳中向好"),
        ("金额合计", None, w(800), None),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "小型水库安全鉴定数量", "≥12座", "≥12座"),
        (None, None, "病险水库除险加固数量", "≥3座", "≥3座"),
        (None, None, "农村供水水样检测数量", "≥960份", "≥960份"),
        (None, None, "河长巡河人次", "≥5200人次", "≥5200人次"),
        (None, "质量指标", "除险加固工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "鉴定报告报审时间", "2026年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "项目支出预算控制数", "≤800万元", "≤800万元"),
        ("效益指标", "社会效益指标", "农村供水工程水质达标率", "≥92%", "≥92%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计800万元为项目支出，不含基本支出1060万元；本表实施周期为2026年度。")
    sign(s, "邬承岳", "0578-6657209")
    return b


@variant("kcw16-bureau-department-defects", (12,),
         "department, NAT-2021, one value column: tasks not adding to 金额合计, an appraisal count "
         "below the task's, last year's date left in the 年度总体目标")  # fmt: skip
def bureau_department_defects() -> Book:
    b, s = book("部门整体")
    goal = mk("目标1：2025年底前完成12座小型水库安全鉴定；目标2：全年检测农村供水水样不少于"
              "1100份；目标3：三级河长巡河不少于4800人次。", "Y103", "warning", alt=("Y101",),
              note="2026年度的目标写着“2025年底前”，上年目标未改")  # fmt: skip
    total = mk(
        w(670),
        "B102",
        "error",
        alt=("B101",),
        note="160 + 300 + 90 + 130 = 680 ≠ 金额合计 670（= 项目支出）",
    )
    department(s, BUREAU, [(w(1650), w(1500), w(150), w(980), w(670))], goal, tasks=[
        ("小型水库安全鉴定", "完成12座小型水库安全鉴定", w(160), "鉴定报告年内审定"),
        ("小型水库除险加固", "完成2座病险水库除险加固", w(300), "汛前完成主体工程"),
        ("农村饮用水水质检测", "检测水样1100份", w(90), "检测报告按时出具"),
        ("河长制巡河保洁", "三级河长巡河4800人次", w(130), "河道水质稳中向好"),
        ("金额合计", None, total, None),
    ])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "小型水库安全鉴定数量",
         mk("≥10座", "D104", "warning", row=True, note="任务和总体目标都写12座")),
        (None, None, "病险水库除险加固数量", "≥2座"),
        (None, None, "农村供水水样检测数量", "≥1100份"),
        (None, None, "河长巡河人次", "≥4800人次"),
        (None, "质量指标", "除险加固工程验收合格率", "=100%"),
        (None, "时效指标", "除险加固主体工程完工时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "项目支出预算控制数", "≤670万元"),
        ("效益指标", "社会效益指标", "农村供水工程水质达标率", "≥92%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬承岳", "0578-6657209")
    return b


@variant("kcw17-signboards-page-break", (4, 12),
         "project, OLD-NAT, a cost detail block with 小计 and 合计 rows, the indicator header "
         "repeated after a page break, a 说明 row and signature lines (correct)")  # fmt: skip
def signboards_page_break() -> Book:
    b, s = book()
    project(
        s,
        "河长公示牌更新及巡河系统运维",
        OFFICE,
        annual_money(50, 50, 0),
        ["更新县、乡、村三级河长公示牌320块，保障巡河APP全年稳定运行，412名河长在线巡河。"],
    )
    s.row("支出明细", "数量", "单价（万元）", "金额（万元）")
    s.table([
        ("河长公示牌更新", "320块", 0.1, w(32)),
        ("硬件小计", None, None, w(32)),
        ("巡河APP运维", "1项", 12, w(12)),
        ("巡河终端流量费", "1项", 6, w(6)),
        ("运维小计", None, None, w(18)),
        ("合计", None, None, w(50)),
    ])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "河长公示牌更新数量", "≥320块"),
        (None, None, "巡河APP在线河长账户数", "≥412个"),
        (None, "质量指标", "公示牌信息准确率", "≥98%"),
        (None, None, "巡河系统运行正常率", "≥98%"),
        (None, "时效指标", "公示牌更新完成时间", "2026年6月30日前"),
        (None, "成本指标", "单块公示牌更新费用", "≤0.1万元/块"),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "河长联系电话公开率", "=100%"),
        (None, "可持续影响指标", "巡河记录电子化率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "河长及群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：公示牌单价含旧牌拆除及安装；运维费按合同年费计列。")
    sign(s, "邬承岳", "0578-6657209")
    return b


@variant("kcw18-health-assessment-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: annual money above the period's, "
         "年度目标 copied from 中期目标, a cumulative count copied to the year")  # fmt: skip
def health_assessment_copied() -> Book:
    b, s = book()
    text = "完成全县36条县乡级河道健康评价，编制“一河一策”方案36份。"
    annual = mk(w(260), "B103", "error", note="年度资金 260 大于中期资金 240")
    project(s, "河湖健康评价及“一河一策”编制（2026—2028年）", OFFICE,
            period_money((240, 200, 40), (annual, 220, 40)),
            [text, mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "河湖健康评价河道数量", "≥36条",
         mk("≥36条", "D202", "warning", note="三年累计数照抄到年度")),
        (None, None, "“一河一策”方案编制数量", "≥36份", "≥12份"),
        (None, "质量指标", "评价报告专家评审通过率", "=100%", "=100%"),
        (None, "时效指标", "年度评价报告提交时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单条河道健康评价费用", "≤6.5万元/条", "≤6.5万元/条"),
        ("效益指标", "生态效益指标", "健康及以上等级河道占比", "≥80%", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "乡镇河长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬承岳", "0578-6657209")
    return b
