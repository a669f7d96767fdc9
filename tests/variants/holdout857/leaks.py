"""Returns kgi01–kgi06: pipe network leak detection and repair."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout857.common import (
    TIERS3,
    book,
    multi_year,
    notes,
    one_year,
    sign,
    table,
    wan,
)
from tests.variants.holdout857.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kgi01-leak-repair-percent", (1, 7, 11),
         "project, NAT-2021, 考核指标 header, operator and unit columns, typed percent cells, "
         "a rate fall in 百分点 (correct)")  # fmt: skip
def leak_repair_percent() -> Book:
    b, s = book()
    project_head(s, year=2025, name="城区供水管网漏点修复", dept="蔺川市水务局（318）",
                 unit="蔺川市供排水服务中心", money=one_year(wan(480), wan(450), wan(30)),
                 goals=["修复城区供水管网漏点不少于420处（其中DN300以上主干管漏点60处），"
                        "管网漏损率控制在9%以内，11月底前完成全部修复。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "修复管网漏点数量", "≥", 420, "处"),
        (None, None, "DN300以上主干管漏点修复数", "≥", 60, "处"),
        (None, "质量指标", "修复后复检合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "漏点发现至修复完成时限", "≤", 48, "小时"),
        (None, None, "全部漏点修复完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "单处漏点平均修复成本", "≤", 1, "万元/处"),
        ("效益指标", "经济效益指标", "年减少漏失水量", "≥", 85, "万立方米"),
        (None, "社会效益指标", "管网漏损率", "≤", pct(0.09), "%"),
        (None, None, "管网漏损率较上年下降幅度", "≥", 2, "百分点"),
        (None, "可持续影响指标", "漏损管控长效机制", None, "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "受停水影响用户满意度", "≥", pct(0.9), "%"),
    ]
    table(s, ("一级指标", "二级指标", "考核指标", "指标性质", "指标值", "计量单位"), rows)
    sign(s, "郁承川", "0736-5521847", day(2024, 11, 18))
    return b


@variant("kgi02-leak-goal-mismatch", (7, 12),
         "project, OLD-NAT, 指标内容 and 绩效目标值 headers: money total ≠ parts, a pipe length "
         "below the goal's, a unit cost × length above the money")  # fmt: skip
def leak_goal_mismatch() -> Book:
    b, s = book()
    total = mk(wan(460), "B101", "error", note="400 + 50 = 450 ≠ 460")
    project_head(s, year=2025, name="老城片区主干管漏损治理", dept="栖禾区住房和城乡建设局",
                 unit="栖禾区供水管网养护站", money=one_year(total, wan(400), wan(50)),
                 goals=["完成老城片区DN300以上主干管漏点修复180处，更换老旧铸铁管段12公里，"
                        "片区漏损率降至10%以下。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "主干管漏点修复数量", "≥180处"),
        (None, None, "老旧铸铁管段更换长度",
         mk("≥8公里", "D104", "warning", note="年度目标写更换12公里，指标只有8公里")),
        (None, "质量指标", "更换管段水压试验合格率", "=100%"),
        (None, "时效指标", "工程完工时间", "2025年12月31日前"),
        (None, "成本指标", "漏点修复单价", "≤1.2万元/处"),
        (None, None, "铸铁管段更换单价",
         mk("≤65万元/公里", "B107", "warning", row=True,
            note="65万元/公里 × 8公里 = 520万元，超过项目资金460万元")),
        ("效益指标", "社会效益指标", "片区管网漏损率", "≤10%"),
        (None, "可持续影响指标", "管网资产台账更新", "及时更新"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", "≥90%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "指标内容", "绩效目标值"), rows)
    sign(s, "房立蓉", "0736-6102235", day(2024, 12, 2))
    return b


@variant(
    "kgi03-leak-multiyear",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, an "
    "annual length above the period's, a deadline from the year before the project",
)
def leak_multiyear() -> Book:
    b, s = book()
    goal = "系统改造老城区漏损管网，建成分区计量体系，供水管网漏损率逐年下降。"
    project_head(
        s,
        year=2025,
        years=3,
        name="供水管网漏损治理三年行动",
        dept="蔺川市水务局（318）",
        unit="蔺川市供排水服务中心",
        money=multi_year((wan(1500), wan(1350), wan(150)), (wan(520), wan(470), wan(50))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")],
    )
    rows = [
        ("产出指标", "数量指标", "漏损管网改造长度", "≥30公里",
         mk("≥36公里", "D201", "error", note="年度36公里超过三年合计30公里")),
        (None, None, "分区计量（DMA）小区建设数量", "≥45个", "≥15个"),
        (None, "质量指标", "改造管段验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度改造任务完成时间", "2027年12月31日前",
         mk("2024年12月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="项目2025年开始，年度期限却是2024年（上年表格遗留）")),
        ("成本指标", "经济成本指标", "单个DMA小区建设成本", "≤8万元/个", "≤8万元/个"),
        ("效益指标", "经济效益指标", "节约水量", "≥300万立方米", "≥100万立方米"),
        (None, "社会效益指标", "供水管网漏损率", "≤9%", "≤10%"),
        ("满意度指标", "服务对象满意度指标", "用户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    table(s, (*TIERS3, "中期指标值", "年度指标值"), rows)
    sign(s, "郁承川", "0736-5521847", day(2024, 11, 25))
    return b


@variant("kgi04-leak-stacked", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator names "
         "with different values in each project (correct)")  # fmt: skip
def leak_stacked() -> Book:
    b, s = book("绩效目标表")
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(
        s,
        year=2025,
        name="主城区管网漏点探测服务",
        dept="蔺川市水务局（318）",
        unit="蔺川市供排水服务中心",
        money=one_year(wan(96), wan(90), wan(6)),
        goals=["探测主城区供水管网1200公里（其中重点片区400公里），发现并移交漏点300处以上。"],
    )
    table(s, head, [
        ("产出指标", "数量指标", "探测管网长度", "≥1200公里"),
        (None, None, "发现漏点数量", "≥300处"),
        (None, "质量指标", "漏点定位准确率", pct(0.9)),
        (None, "时效指标", "探测报告提交时限", "≤5个工作日"),
        (None, "成本指标", "管网探测单价", "≤750元/公里"),
        ("效益指标", "社会效益指标", "年减少漏失水量", "≥40万立方米"),
        ("满意度指标", "服务对象满意度指标", "用户满意度", "≥90%"),
        (None, None, "任务完成及时率", "≥95%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        title="",
        name="供水管网抢修应急物资储备",
        dept="蔺川市水务局（318）",
        unit="蔺川市供水应急抢修队",
        money=one_year(wan(150), wan(150), wan(0)),
        goals=["储备抢修管材及配件，配齐抢修设备12台套，爆管抢修1小时内到场。"],
    )
    table(s, head, [
        ("产出指标", "数量指标", "抢修设备配置数量", "≥12台套"),
        (None, None, "储备抢修管材长度", "≥3.5公里"),
        (None, "质量指标", "物资验收合格率", "100%"),
        (None, "时效指标", "抢修队伍到场时间", "≤1小时"),
        (None, "成本指标", "物资及设备采购费用", "≤150万元"),
        ("效益指标", "社会效益指标", "爆管抢修平均停水时长", "≤8小时"),
        ("满意度指标", "服务对象满意度指标", "用户满意度", "≥85%"),
        (None, None, "任务完成及时率", "≥98%"),
    ])  # fmt: skip
    return b


@variant("kgi05-leak-dept-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值): an "
         "inspection length below the goal's, a near-duplicate with another value")  # fmt: skip
def leak_dept_flat() -> Book:
    b, s = book()
    tasks = [
        ("管网巡检", "巡检主城区供水管网", wan(180), "巡检3200公里"),
        ("漏点修复", "修复明漏暗漏点", wan(220), "修复漏点380处"),
        ("管网GIS更新", "更新管网地理信息数据", wan(50), "更新150公里"),
        ("金额合计", None, wan(450), None),
    ]
    department_head(
        s,
        year=2025,
        dept="蔺川市供水管网管理所",
        budget=[(wan(1280), wan(1180), wan(100), wan(830), wan(450))],
        tasks=tasks,
        goal="全年巡检供水管网3200公里，修复漏点380处，管网漏损率控制在9.5%以内。",
    )
    rows = [
        ("管网巡检里程", 15, "公里", "≥",
         mk(2300, "D104", "warning", note="年度总体目标和任务写巡检3200公里")),
        ("漏点修复数量", 15, "处", "≥", 380),
        ("漏点修复及时率", 15, "%", "≥", pct(0.95)),
        ("管网漏点修复及时率", 10, "%", "≥",
         mk(pct(0.9), "D103", "warning", row=True, alt=("D102", "D101"),
            note="与“漏点修复及时率”是同一指标，多一个词，值却是90%")),
        ("管网漏损率", 15, "%", "≤", pct(0.095)),
        ("管网GIS数据更新长度", 10, "公里", "≥", 150),
        ("单位巡检成本", 10, "元/公里", "≤", 560),
        ("用户满意度", 10, "%", "≥", pct(0.9)),
    ]  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(rows)
    sign(s, "葛怀山", "0736-5530912", day(2024, 11, 20))
    return b


@variant(
    "kgi06-leak-export",
    (4, 9),
    "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under a header on "
    "the third row, project codes in the first columns, word operators, 填表说明 (correct)",
)
def leak_export() -> Book:
    b, s = book("项目支出预算05-1", (20, 26, 14, 14, 14))
    code, name = "3301252025000117", "主城区供水管网漏损控制"
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位名称：蔺川市水务局（本级）", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, wan(260), wan(240), wan(20))
    s.row("合计", None, wan(260), wan(240), wan(20))
    t = b.sheet("项目支出绩效目标05-2", (20, 22, 12, 16, 28, 12, 14, 12))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：蔺川市水务局（本级）", None, None, None, None, None, None, "单位：万元")
    rows = [
        (code, name, "产出指标", "数量指标", "漏损控制分区建设数量", "大于等于", 12, "个"),
        (None, None, None, "质量指标", "分区夜间最小流量达标率", "大于等于", pct(0.85), "%"),
        (None, None, None, "时效指标", "分区计量设备安装完成时间", "小于等于",
         "2025年10月31日", None),
        (None, None, "成本指标", "经济成本指标", "分区建设平均成本", "小于等于", 20, "万元/个"),
        (None, None, "效益指标", "社会效益指标", "管网漏损率下降率", "大于等于", 10, "%"),
        (None, None, None, None, "因施工引发的安全事故", "小于等于", 0, "起"),
        (None, None, None, "可持续影响指标", "漏损监控平台数据接入率", "等于", 100, "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "沿线用户满意度", "大于等于", 90, "%"),
    ]  # fmt: skip
    table(t, ("项目编码", "项目名称", *TIERS3, "指标方向", "指标值", "度量单位"), rows,
          merged=(1, 2, 3, 4))  # fmt: skip
    notes(t, "填表说明：1.指标方向填写大于等于、小于等于或等于；2.金额单位为万元。",
          "3.管网漏损率下降率指较上年漏损率的相对降幅。", width=8)  # fmt: skip
    t.row("制表人：", "滕若溪", None, "审核人：", "郁承川", None, "导出日期：", day(2024, 12, 6))
    return b
