"""Organisation departments and training centres across both halves of the theme: department
returns with money blocks, a flat list, stacked talent projects, a points table, a table broken
over two pages and a two-year talent-apartment project."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout275.common import multi_year, note, one_year, sign, start, table
from tests.variants.holdout275.registry import variant
from tests.variants.kit import Book, day, mk, money, pct


@variant("ry13-org-dept-money", (5, 12),
         "department, NAT-2021, tier labels marked and abbreviated (*产出指标, 数量, ★ on core "
         "indicators): a share that does not match its amount, tasks not adding to 金额合计, "
         "预算执行率 as a cost indicator")  # fmt: skip
def org_dept_money() -> Book:
    b, s = start()
    share = "0.00%"
    department_head(s, year=2025, dept="中共澄岭县委组织部", budget=[
        (money(2180), money(2050), money(130), money(1460), money(720)),
        (pct(1, share), pct(0.9404, share), pct(0.0596, share),
         mk(pct(0.6297, share), "B111", "error", note="1460 ÷ 2180 = 66.97%，不是 62.97%"),
         pct(0.3303, share)),
    ], tasks=[
        ("干部教育培训", "主体班次和专题培训", money(320), "调训县管干部1200人次以上"),
        ("人才引进与服务", "急需紧缺人才招引和服务保障", money(260), "新引进急需紧缺人才80人"),
        ("党员教育管理", "党员冬春训和远程教育", money(150), "基层党组织标准化建设达标"),
        ("金额合计", None,
         mk(money(720), "B102", "error", note="320 + 260 + 150 = 730，不等于金额合计 720"), None),
    ], goal="完成干部教育培训和人才引进任务，推进基层党组织标准化建设。",
        filled=day(2024, 11, 22))  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出指标", "数量", "★调训县管干部", "≥1200人次"),
        (None, None, "新引进急需紧缺人才", "≥80人"),
        (None, "质量", "干部教育培训考核合格率", "≥98%"),
        (None, "时效", "年度调训计划完成时间", "2025年11月30日前"),
        ("*成本指标", "经济成本", "干部人均培训成本", "≤2500元/人次"),
        (None, None, mk("预算执行率", "F202", "warning", row=True,
                        note="预算执行率另行评价，列为成本指标会重复计分"), "≥95%"),
        ("*效益指标", "社会效益", "★基层党组织标准化建设达标率", "≥90%"),
        (None, "可持续影响", "人才项目落地转化", "≥15项"),
        ("*满意度指标", "服务对象满意度", "参训干部满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ry14-recruit-points", (5, 10),
         "project, NAT-2021, numbered tier-1 labels with a tier score column and an indicator "
         "score column: the 效益 indicator scores add to 25 against 30, 时效指标 under "
         "效益指标")  # fmt: skip
def recruit_points() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=2025, name="2025年“才聚云樾”引才活动",
                 dept="中共云樾市委人才工作领导小组办公室",
                 unit="云樾市人才引进服务中心", money=one_year(120, 120, 0),
                 goals=["举办引才活动12场，签约引进各类人才500人。"])  # fmt: skip
    tier = mk(30, "W103", "error", alt=("W101",), note="10 + 10 + 5 = 25，不等于 30")
    b.file_mark("W101", "error", required=False, note="指标分值合计 95：同一个缺口")
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标", 40, "1.数量指标", "举办引才活动", "≥12场", 10),
        (None, None, None, "签约引进人才", "≥500人", 15),
        (None, None, "2.质量指标", "签约人才到岗率", "≥85%", 15),
        ("二、成本指标", 10, "1.经济成本指标", "单场活动成本", "≤8万元/场", 10),
        ("三、效益指标", tier, "1.社会效益指标", "人才净流入增长率", "≥5%", 10),
        (None, None, mk("2.时效指标", "F105", "error", note="时效指标属于产出指标"),
         "签约协议办理时限", "≤15个工作日", 10),
        (None, None, "3.可持续影响指标", "拓展用人单位引才渠道", "≥40家", 5),
        ("四、满意度指标", 20, "1.服务对象满意度指标", "参会人才满意度", "≥90%", 10),
        (None, None, None, "参会用人单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ry15-cadre-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator words · "
         "指标值), bare numbers and typed percents, 0 incidents with 等于, weights adding to 100 "
         "(correct)")  # fmt: skip
def cadre_flat() -> Book:
    b, s = start()
    department_head(s, year=2026, dept="望川区干部教育培训中心",
                    budget=[(money(356), money(336), money(20), money(206), money(150))],
                    goal="完成全区干部专题培训和网络学院学时管理，保障培训安全。",
                    filled=day(2025, 11, 14))  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("举办干部专题培训班", 15, "期", "大于等于", 18),
        ("培训干部", 15, "人次", "大于等于", 1500),
        ("网络学院学时达标率", 10, "%", "大于等于", pct(0.95)),
        ("培训人均成本", 15, "元/人次", "小于等于", 900),
        ("培训安全责任事故", 10, "起", "等于", 0),
        ("学员违纪违规发生率", 10, "%", "小于等于", pct(0.01)),
        ("年度培训计划完成率", 10, "%", "等于", pct(1)),
        ("参训干部满意度", 15, "%", "大于等于", pct(0.9)),
    ]:  # fmt: skip
        s.row(*line)
    s.row("合计", 100)
    sign(s, "任野", "4470186", day(2025, 11, 14))
    return b


@variant("ry16-stacked-talent", (2,),
         "two talent projects stacked in one sheet, NAT-2021, one value column, the same "
         "satisfaction indicator with different values, a cost standard × count equal to the "
         "money (correct)")  # fmt: skip
def stacked_talent() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=2025, name="博士后设站单位资助", dept="榆湾县人力资源和社会保障局",
                 unit="榆湾县人才服务中心", money=one_year(90, 90, 0),
                 goals=["资助博士后设站单位6家，新招收博士后10人。"])  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "资助博士后设站单位", "≥6家"),
        (None, "质量指标", "资助资金合规使用率", "100%"),
        (None, "时效指标", "资助资金拨付时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "设站单位资助标准", "≤15万元/家"),
        ("效益指标", "社会效益指标", "新招收博士后", "≥10人"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="青年人才租房补贴", dept="榆湾县人力资源和社会保障局",
                 unit="榆湾县人才服务中心", money=one_year(144, 120, 24),
                 goals=["为100名以上来县就业的青年人才发放租房补贴。"])  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "享受租房补贴青年人才", "≥100人"),
        (None, "质量指标", "补贴对象资格审核准确率", "100%"),
        (None, "时效指标", "补贴按季度发放及时率", "≥95%"),
        ("成本指标", "经济成本指标", "人均租房补贴标准", "≤1000元/人·月"),
        ("效益指标", "社会效益指标", "青年人才留县就业率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("ry17-training-notes", (4, 12),
         "project, OLD-NAT, a budget detail block above the table, a score column, 小计 rows, the "
         "header repeated after a page break, 说明 below: detail lines not adding to their "
         "total, a deadline given as a percentage")  # fmt: skip
def training_notes() -> Book:
    b, s = start()
    project_head(s, year=2025, name="2025年公务员初任培训和专业化能力提升",
                 dept="中共鹤汀市委组织部",
                 unit="鹤汀市公务员培训中心", money=one_year(96, 96, 0),
                 goals=["完成新录用公务员初任培训260人，"
                        "举办专业化能力提升培训班8期。"])  # fmt: skip
    s.row("资金明细", "师资费", "场地及食宿费", "教材资料费", "线上课程采购", "合计")
    total = mk(money(96), "B102", "error", row=True, note="28 + 46 + 9 + 15 = 98，不等于 96")
    s.row("金额（万元）", money(28), money(46), money(9), money(15), total)
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    table(s, head, [
        ("产出指标", "数量指标", "初任培训新录用公务员", "≥260人", 12),
        (None, None, "专业化能力提升培训班", "≥8期", 12),
        (None, "质量指标", "培训考核合格率", "≥96%", 12),
        (None, "时效指标", "初任培训完成时间",
         mk("100%", "T113", "warning", note="期限写成了百分比"), 12),
        (None, "成本指标", "初任培训人均成本", "≤3000元/人", 12),
    ])  # fmt: skip
    s.row("小计", None, None, None, 60, merge=[(1, 4)])
    s.skip()
    table(s, head, [
        ("效益指标", "社会效益指标", "新录用公务员试用期考核合格率", "≥95%", 15),
        (None, "可持续影响指标", "形成专业化能力培训课程", "≥12门", 15),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 40, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    note(s, "说明：初任培训人均成本按新录用公务员人数测算。", 5)
    sign(s, "庞书语", "2265038", day(2024, 12, 2))
    return b


@variant("ry18-apartment-two-year", (8,),
         "two-year project, NAT-2021, 中期 and 年度 value columns: annual counts below the period "
         "counts, rates and unit costs equal, a 中期 deadline in the second year "
         "(correct)")  # fmt: skip
def apartment_two_year() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="人才公寓二期配套改造（2025—2026年）",
                 dept="云樾市住房和城乡建设局", unit="云樾市人才安居服务中心", attr="新增项目",
                 money=multi_year((760, 700, 60), (420, 390, 30)),
                 goals=["2025—2026年完成人才公寓二期560套配套改造，新增公共服务空间4处。",
                        "2025年完成首批公寓配套改造和公共服务空间建设，"
                        "启动配租入住。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "完成配套改造公寓", "≥560套", "≥300套"),
        (None, None, "新增公共服务空间", "≥4处", "≥2处"),
        (None, "质量指标", "改造工程验收合格率", "100%", "100%"),
        (None, "时效指标", "改造工程阶段完工时间", "2026年11月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每套配套改造成本", "≤1.2万元/套", "≤1.2万元/套"),
        ("效益指标", "社会效益指标", "新增保障青年人才入住", "≥1100人", "≥600人"),
        (None, "可持续影响指标", "改造设施设计使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "入住人才满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
