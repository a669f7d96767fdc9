"""Points and weights at two levels, flat lists and money blocks: tier points in the tier-1
labels (pv13) or in a column of their own (pv14, pv17), flat 部门整体 lists with a weight
column (pv15, pv16), budget detail lines with 测算依据 (pv17, pv18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout220.common import (
    ONE,
    book,
    details,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout220.registry import variant
from tests.variants.kit import Book, mk, money, pct

SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("pv13-skills-points-in-labels", (5, 10), "one-year project, NAT-2021, numbered tier "
         "labels with points (一、产出指标（40分）) and a 分值 column adding to each; 百分点 "
         "(correct)")  # fmt: skip
def pv13() -> Book:
    b, s = book("Sheet1", (20, 16, 30, 18, 10))
    project_head(
        s, year=2026, name="职业技能提升培训补贴项目", dept="枫溪县人力资源和社会保障局（327）",
        unit="枫溪县就业服务中心",
        money=one_year_money(wan(360), wan(320), wan(40)),
        goals=["2026年开展补贴性职业技能培训2400人，其中取得职业资格证书1500人，培训后就业率"
               "达到70%以上，重点群体就业率提高3个百分点。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("一、产出指标（40分）", "1.数量指标", "补贴性职业技能培训人数", "≥2400人", 10),
        (None, None, "取得职业资格证书人数", "≥1500人", 10),
        (None, "2.质量指标", "培训考核合格率", "≥85%", 8),
        (None, None, "培训课时达标率", "≥95%", 6),
        (None, "3.时效指标", "补贴资金发放时间", "≤30个工作日", 6),
        ("二、成本指标（10分）", "1.经济成本指标", "人均培训补贴标准", "≤1200元/人", 10),
        ("三、效益指标（40分）", "1.经济效益指标", "参训人员月均收入增长率", "≥8%", 10),
        (None, "2.社会效益指标", "培训后就业率", "≥70%", 15),
        (None, None, "重点群体就业率提高幅度", "≥3百分点", 10),
        (None, "3.可持续影响指标", "培训机构动态监管机制", "健全", 5),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "参训人员满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "符晓川", "董若云", "0798-44327105")
    return b


@variant("pv14-elderly-tier-score-off", (10, 11), "one-year project, OLD-NAT, a tier score "
         "column merged down beside indicator scores: 效益 declared 30, its indicators 25; a "
         "cost per person with ≥")  # fmt: skip
def pv14() -> Book:
    b, s = book("Sheet1", (12, 8, 14, 28, 16, 10))
    project_head(
        s, year=2026, name="社区居家养老服务项目", dept="汀兰县民政局（414）",
        unit="汀兰县养老服务指导中心",
        money=one_year_money(wan(240), wan(220), wan(20)),
        goals=["2026年为800名居家老人提供上门服务不少于24000人次，特殊困难老人月探访率100%。"],
    )  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator scores add to 95")
    indicators(s, SCORED, [
        ("产出指标", 50, "数量指标", "居家养老上门服务人数", "≥800人", 10),
        (None, None, None, "上门服务人次", "≥24000人次", 10),
        (None, None, "质量指标", "服务质量抽查合格率", "≥95%", 10),
        (None, None, "时效指标", "服务需求响应时间", "≤24小时", 10),
        (None, None, "成本指标", "人均上门服务成本",
         mk("≥2500元/人", "T108", "warning", row=True, note="a cost: ≤2500元/人"), 10),
        ("效益指标", mk(30, "W103", "error", note="its indicators add to 25"), "社会效益指标",
         "特殊困难老人月探访率", "=100%", 10),
        (None, None, None, "居家老人意外事件发生起数", "≤5起", 5),
        (None, None, "可持续影响指标", "居家养老服务信息平台", "稳定运行", 10),
        ("满意度指标", 20, "服务对象满意度指标", "服务老人满意度", "≥90%", 10),
        (None, None, None, "老人家属满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "庞月华", "贺子谦", "0794-62414536")
    return b


@variant("pv15-market-flat-ninety", (3, 10), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值): weights add to 90 with 预算执行率 scored apart, as the "
         "note says; 不合格食品 处置率 =100% as a percent cell (correct)")  # fmt: skip
def pv15() -> Book:
    b, s = book("部门整体绩效目标")
    department_head(
        s, year=2025, dept="梅垣县市场监督管理局",
        budget=[(wan(1960), wan(1880), wan(80), wan(1210), wan(750))],
        tasks=[("食品安全监督抽检", "抽检食品2000批次", wan(320), "守住食品安全底线"),
               ("特种设备安全监察", "在用特种设备定期检验", wan(180), "特种设备零事故"),
               ("知识产权保护", "商标专利维权援助", wan(250), "维权渠道畅通"),
               ("金额合计", None, wan(750), None)],
        goal="目标1：完成食品安全监督抽检2000批次，抽检合格率保持在97%以上；目标2：在用特种设备"
             "定期检验率100%；目标3：办理商标专利维权援助案件40件以上。",
    )  # fmt: skip
    s.row("指标名称", "权重（分）", "计量单位", "指标性质", "指标值")
    s.table([
        ("食品安全监督抽检批次", 15, "批次", "≥", 2000),
        ("食品安全监督抽检合格率", 10, "%", "≥", 97),
        ("不合格食品核查处置率", 10, "%", "=", pct(1)),
        ("在用特种设备定期检验率", 10, "%", "=", 100),
        ("特种设备安全事故发生起数", 10, "起", "=", 0),
        ("知识产权侵权投诉处理时间", 10, "个工作日", "≤", 20),
        ("单批次食品抽检成本", 10, "元/批次", "≤", 1500),
        ("商标专利维权援助案件数", 5, "件", "≥", 40),
        ("市场主体满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    note(s, "注：预算执行率（10分）由县财政局另行评价，本表权重合计90分。")
    sign(s, "黄一鸣", "于静姝", "0791-86415877")
    return b


@variant("pv16-data-bureau-flat-defects", (3, 10), "department, flat list in another order "
         "(指标名称 · 指标值 · 计量单位 · 指标方向 · 权重): a 可办率 given as 200项, weights "
         "adding to 95; 12345 in names, a 差评整改率 =100")  # fmt: skip
def pv16() -> Book:
    b, s = book("Sheet1", (30, 12, 12, 12, 10, 10))
    department_head(
        s, year=2026, dept="云岭市政务服务数据管理局",
        budget=[(wan(2380), wan(2300), wan(80), wan(980), wan(1400))],
        tasks=[("政务服务中心运行保障", "大厅窗口运行及安保保洁", wan(600), "窗口服务规范"),
               ("一体化政务服务平台运维", "平台及政务云资源运维", wan(560), "平台稳定运行"),
               ("12345热线运行", "热线座席及工单办理", wan(240), "诉求及时办结"),
               ("金额合计", None, wan(1400), None)],
        goal="目标1：进驻政务服务事项不少于1200项，政务服务事项网上可办率达到95%以上；目标2：12345"
             "热线接通率不低于95%，工单按期办结率98%以上。",
    )  # fmt: skip
    b.file_mark("W101", "error", note="the weights add to 95, not 100")
    s.row("指标名称", "指标值", "计量单位", "指标方向", "权重")
    s.table([
        ("政务服务事项网上可办率",
         mk(200, "T105", "error", alt=("D104",), note="a rate: ≥95%"), "项", "正向", 15),
        ("进驻政务服务事项数", "≥1200", "项", "正向", 10),
        ("12345热线接通率", "≥95", "%", "正向", 15),
        ("12345热线工单按期办结率", "≥98", "%", "正向", 15),
        ("热线工单平均办理时长", "≤5", "个工作日", "反向", 10),
        ("政务服务差评整改率", "=100", "%", "正向", 10),
        ("政务云资源年度运维费用", "≤560", "万元", "反向", 10),
        ("办事群众满意度", "≥90", "%", "正向", 10),
    ])  # fmt: skip
    sign(s, "卢清扬", "纪婉宁", "0872-31605512")
    return b


@variant("pv17-herbs-two-level-points", (9, 10, 12), "one-year project, NAT-2021, detail lines "
         "with 测算依据 adding to the total, a tier score column and indicator scores each adding "
         "to 100, a 化肥使用量增长率 ≤0%, unit costs × counts equal to their lines "
         "(correct)")  # fmt: skip
def pv17() -> Book:
    b, s = book("项目绩效目标表", (12, 10, 16, 28, 18, 10))
    project_head(
        s, year=2027, name="中药材种植基地建设补助项目", dept="杉坪县农业农村局（433）",
        unit="杉坪县经济作物工作站",
        money=one_year_money(wan(300), wan(260), wan(40)),
        goals=["2027年扶持中药材种植1500亩，建设标准化种植基地6个，开展技术培训12期，带动脱贫"
               "户300户增收。"],
    )  # fmt: skip
    details(s, [
        ("种苗补助", wan(150), "1500亩×1000元/亩"),
        ("基地基础设施补助", wan(90), "6个基地×15万元/个"),
        ("技术培训", wan(24), "12期×2万元/期"),
        ("质量检测", wan(36), "120批次×3000元/批次"),
    ], wan(300))  # fmt: skip
    s.skip()
    indicators(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", 40, "数量指标", "中药材种植面积", "≥1500亩", 10),
        (None, None, None, "标准化种植基地", "≥6个", 10),
        (None, None, None, "技术培训期数", "≥12期", 5),
        (None, None, "质量指标", "种苗成活率", "≥90%", 10),
        (None, None, "时效指标", "种苗补助资金兑付时间", "2027年10月31日前", 5),
        ("成本指标", 20, "经济成本指标", "亩均种苗补助标准", "≤1000元/亩", 10),
        (None, None, None, "单个基地基础设施补助", "≤15万元/个", 10),
        ("效益指标", 30, "经济效益指标", "种植户亩均增收", "≥1500元/亩", 10),
        (None, None, "社会效益指标", "带动脱贫户增收户数", "≥300户", 10),
        (None, None, "生态效益指标", "基地化肥使用量增长率", "≤0%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "种植户满意度", "≥92%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "岳林森", "缪雪芹", "0745-72433018")
    return b


@variant("pv18-housing-split-and-zero", (9,), "one-year project, NAT-2021, detail lines below "
         "the head: a line split by a space (41.237 5), a unit cost rounded to "
         "0万元/户")  # fmt: skip
def pv18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村危房改造和农房抗震加固项目", dept="青溪县住房和城乡建设局（309）",
        unit="青溪县村镇建设服务中心",
        money=one_year_money(wan(465), wan(420), wan(45)),
        goals=["2026年完成农村危房改造190户、农房抗震加固100户，确保农村低收入群体住房安全有"
               "保障。"],
    )  # fmt: skip
    details(s, [
        ("危房改造补助", wan(380), "190户×2万元/户"),
        ("抗震加固补助", mk("41.237 5", "X105", "warning", alt=("X103",),
                            note="41.2375 split by a space"), "按鉴定加固面积据实测算"),
        ("鉴定及技术服务费", money(43.7625, "0.0000"), "房屋安全鉴定及施工技术指导"),
    ], wan(465))  # fmt: skip
    s.skip()
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农村危房改造户数", "≥190户"),
        (None, None, "农房抗震加固户数", "≥100户"),
        (None, "质量指标", "改造竣工验收合格率", "=100%"),
        (None, "时效指标", "改造任务完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "户均危房改造补助标准", "≤2万元/户"),
        (None, None, "户均抗震加固补助标准",
         mk("≤0万元/户", "T115", "error", note="about 0.41万元/户 rounded away")),
        ("效益指标", "社会效益指标", "农村低收入群体住房安全保障率", "=100%"),
        (None, "可持续影响指标", "农房安全动态监测机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钱书远", "苏明珂", "0736-77309421")
    return b
