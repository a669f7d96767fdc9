"""Airport security screening equipment: 机场安检设备更新 (ts13–ts18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout321.common import (
    book,
    budget,
    indicators,
    note,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout321.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("ts13-screening-two-row-header", (7,),
         "project, OLD-NAT, a two-row header (绩效指标 / 绩效标准 over 指标内容 and "
         "目标值（年度）) with a 设定依据 column, =100% kept as text, a 下降率 with ≥, "
         "0起 (correct)")  # fmt: skip
def screening_two_row_header() -> Book:
    b, s = book()
    project_head(s, year=2025, name="砾川机场旅客安检设备更新", dept="砾川市机场建设管理办公室",
                 unit="砾川机场安全检查站", money=one_year(640, 600, 40), attr="一次性项目",
                 goals=("更新CT型行李安检设备4台、通道式安检门6套，"
                        "旅客排队时长下降15%以上。",))  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", "设定依据", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "指标内容", "目标值（年度）", None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=5, end_row=s.r, end_column=5)
    s.table([
        ("产出指标", "数量指标", "更新CT型行李安检设备", "≥4台", "计划标准"),
        (None, None, "更新通道式安检门", "≥6套", "计划标准"),
        (None, "质量指标", "设备安装验收合格率", "=100%", "行业标准"),
        (None, "时效指标", "设备安装调试完成时间", "2025年9月30日前", "计划标准"),
        (None, "成本指标", "CT型行李安检设备单价", "≤140万元/台", "市场询价"),
        ("效益指标", "社会效益指标", "旅客安检排队时长下降率", "≥15%", "历史标准"),
        (None, None, "违禁品漏检事件", "0起", "行业标准"),
        (None, "可持续影响指标", "新设备设计使用年限", "≥8年", "行业标准"),
        ("满意度指标", "服务对象满意度指标", "旅客安检满意度", "≥90%", "历史标准"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ts14-screening-second-sheet", (7, 12),
         "project: head and a money detail block on the first sheet, the indicator table on a "
         "second sheet under 预期实现值: lines not adding to 合计, a rate as a count, a unit "
         "price × count above the money")  # fmt: skip
def screening_second_sheet() -> Book:
    b, s = book("项目基本信息")
    project_head(s, year=2025, name="澄岭机场行李安检设备更新", dept="澄岭县交通运输局",
                 unit="澄岭机场安全检查站", money=one_year(720, 680, 40), attr="一次性项目",
                 goals=("更新X射线行李安检机6台、液态物品检查仪8台，"
                        "提升行李查验效率。",))  # fmt: skip
    s.row("资金测算明细", "X射线行李安检机更新", wan(540), "6台×90万元")
    s.row(None, "液态物品检查仪", wan(96), "8台×12万元")
    s.row(None, "安装调试及培训", wan(64), "按合同")
    s.row(None, "合计", mk(wan(720), "B102", "error", row=True, alt=("B101",),
                          note="540 + 96 + 64 = 700 ≠ 720"))  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    t = b.sheet("绩效指标")
    t.title("项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "更新X射线行李安检机", "≥6台"),
        (None, None, "购置液态物品检查仪", "≥8台"),
        (None, None, "设备更新计划完成率",
         mk("6台", "T105", "error", note="a completion rate given as a count")),
        (None, "质量指标", "设备验收合格率", "100%"),
        (None, "时效指标", "设备到货安装完成时间", "2025年10月31日前"),
        (None, "成本指标", "X射线行李安检机采购单价",
         mk("≤130万元/台", "B107", "warning", row=True,
            note="130 × 6 = 780 > 720: the cap does not fit the money")),
        ("效益指标", "社会效益指标", "行李查验效率提升", "≥20%"),
        (None, "可持续影响指标", "新设备设计使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ts15-screening-points", (10, 1),
         "project, NAT-2021, a tier-1 score column and an indicator score column (both 100), "
         "a typed 100% at the ceiling, a pass rate raised in 百分点 (correct)")  # fmt: skip
def screening_points() -> Book:
    b, s = book("绩效目标")
    project_head(s, year=2025, name="澄岭机场旅客安检通道智能化改造", dept="澄岭县交通运输局",
                 unit="澄岭机场安全检查站", money=one_year(420, 380, 40),
                 goals=("改造智能旅客安检通道3条，"
                        "高峰时段通道通过率较上年提高5个百分点以上。",))  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 40, "数量指标", "改造智能旅客安检通道", "≥3条", 10),
        (None, None, None, "部署人证核验闸机", "≥6台", 10),
        (None, None, "质量指标", "改造通道验收合格率", pct(1), 10),
        (None, None, "时效指标", "改造完成时间", "2025年11月30日前", 10),
        ("成本指标", 20, "经济成本指标", "单条智能通道改造成本", "≤120万元/条", 20),
        ("效益指标", 30, "社会效益指标", "高峰时段安检通道通过率", "提高≥5百分点", 15),
        (None, None, "可持续影响指标", "智能安检设备运维机制", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "旅客满意度", "≥92%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("ts16-screening-points-wrong", (10, 1),
         "project, NAT-2021, tier-1 score column against the indicator scores under it (two "
         "tiers off, totals still 100), a typed 105% on a pass rate")  # fmt: skip
def screening_points_wrong() -> Book:
    b, s = book("绩效目标")
    project_head(s, year=2025, name="砾川机场货运安检设备更新", dept="砾川市机场建设管理办公室",
                 unit="砾川机场货运安检站", money=one_year(560, 500, 60), attr="一次性项目",
                 goals=("更新货运X射线安检机4台、爆炸物探测仪6台，"
                        "货运安检日均处理能力提升30%。",))  # fmt: skip
    out = mk(45, "W103", "error", note="10 + 10 + 15 + 5 = 40 under 产出指标, declared 45")
    eff = mk(30, "W103", "error", note="20 + 15 = 35 under 效益指标, declared 30")
    rate = mk(pct(1.05), "T106", "error", note="a typed 105% on an acceptance pass rate")
    indicators(s, POINTS, [
        ("产出指标", out, "数量指标", "更新货运X射线安检机", "≥4台", 10),
        (None, None, None, "更新爆炸物探测仪", "≥6台", 10),
        (None, None, "质量指标", "设备验收合格率", rate, 15),
        (None, None, "时效指标", "设备投入使用时间", "2025年10月31日前", 5),
        ("成本指标", 15, "经济成本指标", "货运X射线安检机单价", "≤110万元/台", 15),
        ("效益指标", eff, "社会效益指标", "货运安检日均处理能力提升", "≥30%", 20),
        (None, None, "可持续影响指标", "设备维护保养制度", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "货运企业满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("ts17-screening-department-money", (12,),
         "department, NAT-2021: budget amounts with a row of typed shares, key tasks adding to "
         "项目支出, a footnote explaining the total, 0起 under 社会成本指标 (correct)")  # fmt: skip
def screening_department_money() -> Book:
    b, s = book()
    shares = tuple(pct(x, "0.0%") for x in (1, 0.944, 0.056, 0.344, 0.656))
    department_head(s, year=2025, dept="砾川机场安全检查站",
                    budget=[budget(1250, 1180, 70, 430, 820), shares],
                    tasks=[("安检设备更新", "更新行李和人身安检设备12台", wan(520), "设备完好"),
                           ("安检员培训", "岗位培训和复训260人次", wan(120), "持证上岗"),
                           ("安防系统运维", "航站楼视频监控和门禁运维", wan(180), "系统可用"),
                           ("金额合计", None, wan(820), None)],
                    goal="完成安检设备更新和人员培训，保障旅客安检安全高效。")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "更新安检设备", "≥12台"),
        (None, None, "安检员岗位培训", "≥260人次"),
        (None, "质量指标", "安检设备完好率", "≥98%"),
        (None, "时效指标", "设备故障修复时限", "≤24小时"),
        ("成本指标", "经济成本指标", "安检员人均培训费用", "≤4600元/人次"),
        (None, "社会成本指标", "安检差错导致航班延误事件", "0起"),
        ("效益指标", "社会效益指标", "旅客安检一次通过率", "≥96%"),
        (None, "可持续影响指标", "安检设备全生命周期管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：项目支出820万元即上表年度主要任务金额合计，基本支出430万元为人员和公用经费。")
    signature(s, "苏砚秋", "0736-2250648", day(2024, 11, 28))
    return b


@variant("ts18-rescue-department-template", (6, 12, 13),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a tier-2 left from the template "
         "without indicator, a value without a name")  # fmt: skip
def rescue_department_template() -> Book:
    b, s = book()
    total = mk(wan(700), "B101", "error", row=True, note="基本支出 260 + 项目支出 460 = 720 ≠ 700")
    department_head(s, year=2025, dept="望沅区航空应急救援服务中心",
                    budget=[budget(total, 650, 50, 260, 460)],
                    tasks=[("航空救援备勤", "租赁救援直升机备勤", wan(300), "随时可飞"),
                           ("救援队伍训练", "机组和地面队伍训练", wan(160), "协同熟练"),
                           ("金额合计", None, wan(460), None)],
                    goal="保障航空应急救援全年备勤，提升区域航空救援响应能力。")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "直升机救援备勤天数", "≥200天"),
        (None, None, mk(None, "F110", "error", note="a value ≥6次 with no indicator name"),
         "≥6次"),
        (None, mk("质量指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        (None, "时效指标", "救援出动响应时间", "≤25分钟"),
        ("成本指标", "经济成本指标", "直升机备勤日均费用", "≤1.4万元/天"),
        ("效益指标", "社会效益指标", "航空救援转运伤病员", "≥50人"),
        (None, "可持续影响指标", "航空救援协同联动机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
