"""Tier labels as offices write them and header words other than 指标值: abbreviations, bracketed
alternatives, numbering, a two-row 考核指标 header, flat department lists with 权重 and 指标性质,
中期 and 年度 columns headed 预期实现值 / 目标值（年度）, a table on a second sheet (ru13–ru18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout271.common import (
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout271.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("ru13-abbreviated-tiers-core-stars", (5, 7), "one-year project, OLD-NAT with the tiers "
         "abbreviated (产出 / 数量 / 成本 …), a two-row header 考核指标 · 绩效目标值 · 评价标准, "
         "★ core indicators (correct)")  # fmt: skip
def ru13() -> Book:
    b, s = book("Sheet1", (12, 14, 30, 18, 24))
    project_head(
        s, year=2026, name="消防救援站营房维修改造项目", dept="鹿鸣县消防救援大队（409）",
        unit="鹿鸣县消防救援大队", money=one_year_money(wan(320), wan(300), wan(20)),
        goals=["2026年完成城南、城北2个消防救援站营房维修改造2800平方米，10月底前竣工验收，"
               "改善消防指战员训练生活条件。"],
    )  # fmt: skip
    top = s.row("考核指标", None, None, "绩效目标值", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for col in (4, 5):
        s.ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    s.table([
        ("产出", "数量", "★营房维修改造面积", "≥2800平方米", "按竣工结算面积计"),
        (None, None, "改造消防救援站数量", "=2个", None),
        (None, "质量", "★工程竣工验收合格率", "100%", "验收合格得满分"),
        (None, "时效", "工程竣工验收时间", "2026年10月31日前", "逾期不得分"),
        (None, "成本", "营房维修改造单位面积成本", "≤1050元/平方米", "以结算审计为准"),
        ("效益", "社会效益", "消防指战员训练生活条件", "明显改善", None),
        (None, "可持续影响", "改造后营房使用年限", "≥15年", None),
        ("满意度", "服务对象满意度", "消防指战员满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "温子骞", "鲍静姝", "0746-5120837")
    return b


@variant("ru14-bracketed-tiers-wrong-parent", (5,), "one-year project, OLD-NAT with bracketed "
         "tier-2 labels 质量指标(或标准指标) and 时效指标（进度指标） and an 指标解释 column: a "
         "生态效益指标 in the 产出 block, a 到岗率 given in persons")  # fmt: skip
def ru14() -> Book:
    b, s = book("Sheet1", (14, 20, 28, 18, 22))
    project_head(
        s, year=2026, name="工业园区消防救援站建设项目", dept="石梁县消防救援大队（416）",
        unit="石梁县消防救援大队", money=one_year_money(wan(1350), wan(1200), wan(150)),
        goals=["2026年在石梁县工业园区建成1座二级普通消防救援站，配备消防车辆4辆、执勤人员"
               "24名，园区火灾扑救到场时间缩短至5分钟以内。"],
    )  # fmt: skip
    eco = mk("生态效益指标", "F105", "error", alt=("F201",),
             note="a 效益 tier-2 under 产出指标; the area is a 数量 indicator")  # fmt: skip
    staff = mk("≥24人", "T105", "error", note="a 到岗率 needs a %")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标解释"), [
        ("产出指标", "数量指标", "新建二级普通消防救援站", "=1座", "含执勤楼、训练塔"),
        (None, None, "站舍建筑面积", "≥2200平方米", None),
        (None, None, "配备消防车辆数量", "≥4辆", None),
        (None, eco, "站区绿化面积", "≥600平方米", "按设计图纸计算"),
        (None, "质量指标(或标准指标)", "工程竣工验收合格率", "100%", None),
        (None, None, "执勤人员到岗率", staff, "按编制24人核定"),
        (None, "时效指标（进度指标）", "消防救援站竣工投入使用时间", "2026年11月30日前", None),
        (None, "成本指标", "站舍建设单位面积成本", "≤4200元/平方米", "不含车辆购置"),
        ("效益指标", "社会效益指标", "园区火灾扑救到场时间", "≤5分钟", None),
        (None, "可持续影响指标", "消防救援站设计使用年限", "≥50年", None),
        ("满意度指标", "服务对象满意度指标", "园区企业满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "罗闻溪", "霍德昭", "0747-2058364")
    return b


@variant("ru15-flat-list-broadcast-dept", (3, 10), "department table with tasks, then a flat "
         "list 指标名称 · 权重 · 计量单位 · 指标性质 (正向/反向) · 指标值, weights 100, a 提升幅度 "
         "in 百分点 (correct)")  # fmt: skip
def ru15() -> Book:
    b, s = book("Sheet1", (34, 14, 16, 16, 16, 14))
    department_head(
        s, year=2026, dept="泓州市广播电视台",
        budget=[(wan(2460), wan(2100), wan(360), wan(1680), wan(780))],
        tasks=[("应急广播平台运维", "市级平台和终端维护", wan(180), "终端在线率≥95%"),
               ("户户通运维服务", "直播卫星设备维修", wan(260), "48小时内修复"),
               ("节目制作与安全播出", "自办节目制作播出", wan(340), "安全播出"),
               ("金额合计", None, wan(780), None)],
        goal="2026年保障广播电视节目安全优质播出，应急广播终端稳定在线，户户通故障及时修复。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("广播电视节目安全播出率", 15, "%", "正向", "≥99.9"),
        ("应急广播预警信息发布响应时间", 15, "分钟", "反向", "≤15"),
        ("户户通设备故障修复时间", 10, "小时", "反向", "≤48"),
        ("全市广播电视综合人口覆盖率提升幅度", 10, "百分点", "正向", "≥0.5"),
        ("自办新闻节目播出时长", 15, "小时", "正向", "≥1800"),
        ("应急广播终端在线率", 15, "%", "正向", "≥95"),
        ("户户通用户满意度", 10, "%", "正向", "≥90"),
        ("重大安全播出事故起数", 10, "起", "反向", "=0"),
    ])  # fmt: skip
    note(s, "注：指标性质填“正向”或“反向”；权重合计100。")
    sign(s, "甘露白", "池念安", "0757-6631082")
    return b


@variant("ru16-flat-list-brigade-weights", (3, 10), "department table, flat list 序号 · 指标名称 "
         "· 预期目标 · 计量单位 · 指标方向 · 权重: weights add to 95, a 反向 time with ≥, 户 in "
         "the value against 人 in the unit column")  # fmt: skip
def ru16() -> Book:
    b, s = book("Sheet1", (8, 30, 14, 12, 12, 10))
    department_head(
        s, year=2026, dept="芦汀县消防救援大队",
        budget=[(wan(1024), wan(984), wan(40), wan(704), wan(320))],
        tasks=[("乡镇消防救援站运维", "5个乡镇站执勤保障", wan(150), "24小时执勤"),
               ("消防安全宣传", "宣传活动和家庭培训", wan(70), "知晓率提升"),
               ("消防车辆器材维护", "车辆器材维修保养", wan(100), "完好率≥95%"),
               ("金额合计", None, wan(320), None)],
        goal="2026年保障5个乡镇消防救援站执勤运转，开展消防安全宣传90场、入户培训3600户。",
    )  # fmt: skip
    late = mk("≥1", "T108", "warning", row=True, note="declared 反向 but written ≥")
    clash = mk("≥3600户", "T112", "error", row=True, note="户 in the value, 人 in the unit column")
    s.row("序号", "指标名称", "预期目标", "计量单位", "指标方向", "权重")
    s.table([
        (1, "乡镇消防救援站执勤保障数量", "≥5", "个", "正向", 15),
        (2, "消防安全宣传活动场次", "≥90", "场", "正向", 10),
        (3, "消防安全入户培训家庭户数", clash, "人", "正向", 10),
        (4, "消防车辆器材完好率", "≥95", "%", "正向", 15),
        (5, "接警至出动时间", late, "分钟", "反向", 10),
        (6, "火灾亡人事故起数", "=0", "起", "反向", 10),
        (7, "居民消防安全知晓率提升幅度", "≥3", "百分点", "正向", 10),
        (8, "辖区群众满意度", "≥90", "%", "正向", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15+10+10+15+10+10+10+15 = 95, not 100")
    sign(s, "柏云舟", "房静宜", "0748-3307215")
    return b


@variant("ru17-period-columns-header-words", (5, 7, 8), "three-year project 2026–2028, "
         "NAT-2021 numbered 一、产出指标 / 1.数量指标, header 指标内容 · 预期实现值（中期） · "
         "目标值（年度）: annual counts below the period, rates and times equal, 百分点 in "
         "both (correct)")  # fmt: skip
def ru17() -> Book:
    b, s = book("Sheet1", (16, 20, 30, 20, 18))
    project_head(
        s, year=2026, years=3, name="应急广播体系建设项目", dept="霁州市文化广电旅游局（302）",
        unit="霁州市应急广播中心", attr="新增项目",
        money=period_money((wan(3600), wan(3300), wan(300)), (wan(1400), wan(1300), wan(100))),
        goals=["2026—2028年建成市县两级应急广播平台8套、村级终端2400个，预警信息覆盖人口比例"
               "提高10个百分点，形成上下贯通、可管可控的应急广播体系。",
               "2026年建成平台3套、村级终端900个，预警信息覆盖人口比例提高4个百分点。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "预期实现值（中期）", "目标值（年度）"), [
        ("一、产出指标", "1.数量指标", "市县两级应急广播平台建设数量", "≥8套", "≥3套"),
        (None, None, "村级应急广播终端安装数量", "≥2400个", "≥900个"),
        (None, "2.质量指标", "平台系统验收合格率", pct(1), pct(1)),
        (None, "3.时效指标", "预警信息发布到终端时间", "≤10分钟", "≤10分钟"),
        ("二、成本指标", "1.经济成本指标", "单个村级终端建设成本", "≤0.45万元/个",
         "≤0.45万元/个"),
        ("三、效益指标", "1.社会效益指标", "预警信息覆盖人口比例", "提高≥10百分点",
         "提高≥4百分点"),
        (None, "2.可持续影响指标", "应急广播运维管理机制", "健全", "建立"),
        ("四、满意度指标", "1.服务对象满意度指标", "基层群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "夏知远", "闻若兰", "0771-5526304", "填报日期：2025年10月28日")
    return b


@variant("ru18-second-sheet-period-copy", (7, 8), "two-year project 2026–2027: head and a "
         "测算依据 block on 基本信息, the indicators on a second sheet headed 中期绩效标准 · "
         "年度绩效标准: an annual vehicle count above the period, a training count "
         "copied")  # fmt: skip
def ru18() -> Book:
    b, s = book("基本信息")
    project_head(
        s, year=2026, years=2, name="城区一级消防救援站建设项目", dept="枫岚县消防救援大队（421）",
        unit="枫岚县消防救援大队", attr="新增项目", end=day(2027, 12, 31),
        money=period_money((wan(1540), wan(1400), wan(140)), (wan(900), wan(820), wan(80))),
        goals=["2026—2027年在城东、城西各建成1座一级消防救援站，配备消防车辆4辆，城区5分钟"
               "到场覆盖率提高12个百分点。",
               "2026年完成城东站主体工程并投入执勤，配备消防车辆2辆，新招录消防员岗前培训。"],
    )  # fmt: skip
    s.row("资金测算", "支出内容", "测算依据", "金额（万元）")
    top = s.r
    s.row(None, "站舍主体工程", "2座×520万元/座", wan(1040))
    s.row(None, "消防车辆购置", "4辆×95万元/辆", wan(380))
    s.row(None, "器材装备", "2站×60万元/站", wan(120))
    s.row(None, "合计", None, wan(1540))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    t = b.sheet("绩效目标", (14, 18, 30, 20, 20))
    above = mk("≥6辆", "D201", "error", alt=("D104",),
               note="the year's 6辆 exceed the period's 4辆")  # fmt: skip
    copied = mk("≥300人次", "D202", "warning", note="a cumulative count copied from 中期")
    indicators(t, ("一级指标", "二级指标", "三级指标", "中期绩效标准", "年度绩效标准"), [
        ("产出指标", "数量指标", "新建一级消防救援站数量", "≥2座", "≥1座"),
        (None, None, "配备消防车辆数量", "≥4辆", above),
        (None, None, "消防员岗前培训人次", "≥300人次", copied),
        (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "城东站主体工程完工时间", "2026年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单座站舍主体工程成本", "≤520万元/座", "≤520万元/座"),
        ("效益指标", "社会效益指标", "城区5分钟到场覆盖率", "提高≥12百分点", "提高≥5百分点"),
        (None, "可持续影响指标", "消防救援站设计使用年限", "≥50年", "≥50年"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(t, "甄浩然", "殷梦溪", "0749-6137820")
    return b
