"""One-year project tables (§3.1): a single 年度 money column, operators inside the values or in
their own column, unit and weight columns, percent cells, footnotes and signature lines."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout181.common import YEAR, indicators, signature, wan, yuan
from tests.variants.holdout181.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("oi01-road-upkeep-correct", (1, 4),
         "project, NAT-2021, one value column with operators inside the values, =0起 accidents and "
         "a 及时率 of =100%; correct")  # fmt: skip
def oi01() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 20, 16, 16))
    project_head(
        s, year=YEAR, name="2026年农村公路日常养护", dept="枫溪县交通运输局（417）",
        unit="枫溪县农村公路养护中心",
        money=[("年度资金总额", wan(420.00)), ("其中：财政拨款", wan(380.00)),
               ("其他资金", wan(40.00))],
        goals=["完成县乡村道日常养护，及时处置路面病害，路面技术状况保持稳定，全年不发生养护作业"
               "安全责任事故，沿线群众出行条件持续改善。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "日常养护里程", "≥560公里"),
        ("产出指标", "数量指标", "路面病害修补面积", "≥18000平方米"),
        ("产出指标", "质量指标", "养护路段优良路率", "≥82%"),
        ("产出指标", "时效指标", "路面病害处置及时率", "=100%"),
        ("成本指标", "经济成本指标", "日常养护单位成本", "≤7000元/公里"),
        ("效益指标", "社会效益指标", "养护作业安全责任事故", "=0起"),
        ("效益指标", "可持续影响指标", "农村公路养护长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("oi02-sanitation-money-rate-unit", (1, 12),
         "project, OLD-NAT, operator column headed 指标性质 and a 计量单位 column: 财政拨款 + "
         "其他资金 miss the 年度资金总额 by 0.60, a 合格率 of 98 with the unit 个")  # fmt: skip
def oi02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 12, 14, 14))
    project_head(
        s, year=YEAR, name="2026年镇区环卫保洁服务采购", dept="青溪镇人民政府（208）",
        unit="青溪镇综合行政执法队",
        money=[("年度资金总额", mk(wan(186.40), "B101", "error",
                                   note="150.00 + 35.80 = 185.80 ≠ 186.40")),
               ("其中：财政拨款", wan(150.00)), ("其他资金", wan(35.80))],
        goals=["委托专业保洁公司承担镇区道路清扫保洁和生活垃圾收运，做到垃圾日产日清，镇区环境"
               "卫生面貌整洁有序。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "道路清扫保洁面积", "≥", 46, "万平方米"),
        ("产出指标", "数量指标", "垃圾收运车辆配置", "≥", 12, "辆"),
        ("产出指标", "质量指标", "保洁作业考核合格率", "≥",
         mk(98, "T105", "error", row=True, alt=("T112",), note="a rate in 个"), "个"),
        ("产出指标", "时效指标", "垃圾日产日清率", "=", pct(1.0), "%"),
        ("产出指标", "成本指标", "道路保洁服务单价", "≤", 3.9, "元/平方米·年"),
        ("效益指标", "社会效益指标", "镇区环境卫生测评得分", "≥", 90, "分"),
        ("效益指标", "可持续影响指标", "保洁服务合同履约率", "≥", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "镇区居民满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("oi06-deadline-after-plan-end", (8,),
         "project, NAT-2021, plan 2026-03-01 to 2026-10-31, one value column: a 时效 deadline of "
         "2026年12月31日前, after the 计划完成日期")  # fmt: skip
def oi06() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 30, 22, 16, 16))
    project_head(
        s, year=YEAR, name="非遗展示厅布展改造", dept="石门县文化广电旅游体育局（305）",
        unit="石门县文化馆", attr="一次性项目", start=day(YEAR, 3, 1), end=day(YEAR, 10, 31),
        money=[("年度资金总额", wan(95.00)), ("其中：财政拨款", wan(95.00)),
               ("其他资金", wan(0))],
        goals=["完成非遗展示厅布展改造并对外开放，新增非遗项目展陈内容，提升非遗保护传承展示水平。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新增展陈非遗项目", "≥18项"),
        ("产出指标", "数量指标", "布展改造面积", "≥650平方米"),
        ("产出指标", "质量指标", "布展工程验收合格率", "=100%"),
        ("产出指标", "时效指标", "展陈方案审定时间", "2026年5月31日前"),
        ("产出指标", "时效指标", "布展改造完工时间",
         mk("2026年12月31日前", "Y102", "error", row=True,
            note="after the 计划完成日期 2026-10-31")),
        ("成本指标", "经济成本指标", "布展改造工程费用", "≤88万元"),
        ("成本指标", "经济成本指标", "展陈设计费用", "≤7万元"),
        ("效益指标", "社会效益指标", "展厅年接待观众人次", "≥20000人次"),
        ("效益指标", "可持续影响指标", "展厅日常运行管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("oi07-deadline-on-plan-end-correct", (4, 8),
         "project, OLD-NAT, plan ending 2026-10-31 with a deadline of 2026年10月31日前, "
         "a 下降率 of ≥5%, =0起 accidents, a standard × length within the money; "
         "correct")  # fmt: skip
def oi07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 22, 16, 16))
    project_head(
        s, year=YEAR, name="森林防火隔离带建设", dept="白鹭湾区应急管理局（112）",
        unit="白鹭湾区森林防火指挥部办公室", attr="新增项目",
        start=day(YEAR, 3, 1), end=day(YEAR, 10, 31),
        money=[("年度资金总额", wan(260.00)), ("其中：财政拨款", wan(200.00)),
               ("其他资金", wan(60.00))],
        goals=["在重点林区新建生物与工程相结合的防火隔离带，提升林区火灾阻隔能力，减少森林火灾"
               "发生，保障林区群众生命财产安全。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建防火隔离带长度", "≥38公里"),
        ("产出指标", "数量指标", "防火宣传进村活动", "≥6场"),
        ("产出指标", "质量指标", "隔离带工程验收合格率", "=100%"),
        ("产出指标", "时效指标", "隔离带建设完工时间", "2026年10月31日前"),
        ("产出指标", "成本指标", "隔离带建设单位成本", "≤6.5万元/公里"),
        ("效益指标", "社会效益指标", "森林火灾发生起数下降率", "≥5%"),
        ("效益指标", "社会效益指标", "重特大森林火灾事故", "=0起"),
        ("效益指标", "生态效益指标", "林区森林覆盖率", "≥68%"),
        ("效益指标", "可持续影响指标", "隔离带管护责任机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "注：隔离带长度按竣工验收测量计。")
    return b


@variant("oi08-standard-above-money-goal-text", (1, 12),
         "project, NAT-2021, operator column 比较符 and a 计量单位 column with percent cells: "
         "14400元/人·年 × 380人 above the 500万元, a 年度目标 of 覆盖率达到90% "
         "against ≥95%")  # fmt: skip
def oi08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 14, 14))
    project_head(
        s, year=YEAR, name="2026年特困人员集中供养", dept="望江县民政局（221）",
        unit="望江县社会福利中心", attr="常年项目",
        money=[("年度资金总额", wan(500.00)), ("其中：财政拨款", wan(460.00)),
               ("其他资金", wan(40.00))],
        goals=[ok("保障全县集中供养特困人员基本生活，落实集中供养政策，失能特困人员集中照护覆盖率"
                  "达到90%，供养机构安全平稳运行。", note="the other side of the D104 mark")],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "集中供养特困人员人数", "≥", 380, "人"),
        ("产出指标", "数量指标", "供养机构安全检查", "≥", 12, "次"),
        ("产出指标", "质量指标", "供养机构消防安全达标率", "=", pct(1.0), "%"),
        ("产出指标", "时效指标", "基本生活费按月发放及时率", "=", pct(1.0), "%"),
        ("成本指标", "经济成本指标", "集中供养基本生活标准", "≤",
         mk(14400, "B107", "warning", row=True,
            note="14400 × 380 = 547.2万元 > 500万元"), "元/人·年"),
        ("效益指标", "社会效益指标", "失能特困人员集中照护覆盖率", "≥",
         mk(pct(0.95), "D104", "warning", row=True, note="the 年度目标 says 90%"), "%"),
        ("效益指标", "社会效益指标", "供养机构安全责任事故", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("oi10-weights-95-count-under-cost", (10,),
         "project, NAT-2021, one value column and a 权重 column: the weights add up to 95, a "
         "培训场次 count under 成本指标")  # fmt: skip
def oi10() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 30, 18, 10, 16))
    project_head(
        s, year=YEAR, name="2026年农村生活垃圾收运处置", dept="桐川县农业农村局（330）",
        unit="桐川县农村人居环境整治服务中心",
        money=[("年度资金总额", wan(320.00)), ("其中：财政拨款", wan(300.00)),
               ("其他资金", wan(20.00))],
        goals=["完善农村生活垃圾收运处置体系，农村生活垃圾收运覆盖率达到95%以上，无害化处理率"
               "保持100%，村庄环境持续改善。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重"), [
        ("产出指标", "数量指标", "配置分类收集桶", "≥3200个", 10),
        ("产出指标", "数量指标", "新增垃圾转运车辆", "≥8辆", 10),
        ("产出指标", "质量指标", "垃圾无害化处理率", "=100%", 10),
        ("产出指标", "时效指标", "垃圾清运及时率", "≥95%", 10),
        ("成本指标", "经济成本指标", "垃圾收运处置单位成本", "≤180元/吨", 10),
        ("成本指标", "经济成本指标",
         mk("垃圾分类宣传培训场次", "F201", "warning", row=True,
            note="a count of sessions, an output, under 成本指标"), "≥24场", 10),
        ("效益指标", "社会效益指标", "农村生活垃圾收运覆盖率", "≥95%", 15),
        ("效益指标", "可持续影响指标", "村庄保洁长效机制", "建立并执行", 10),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="10 × 8 + 15 = 95, not 100")
    return b


@variant("oi11-standard-equals-money-correct", (4, 12),
         "project, OLD-NAT, operator and unit columns with percent cells, 12000元/人·年 × "
         "350人 = the 420万元 exactly, footnotes and signature lines; correct")  # fmt: skip
def oi11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 20, 16, 16))
    project_head(
        s, year=YEAR, name="义务兵家庭优待金发放", dept="栖霞湾区退役军人事务局（615）",
        unit="栖霞湾区退役军人服务中心", attr="常年项目",
        money=[("年度资金总额", wan(420.00)), ("其中：财政拨款", wan(400.00)),
               ("其他资金", wan(20.00))],
        goals=["按标准足额发放义务兵家庭优待金，落实拥军优属政策，增强军人家庭荣誉感。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "优待金发放人数", "≥", 350, "人"),
        ("产出指标", "质量指标", "优待金发放准确率", "=", pct(1.0), "%"),
        ("产出指标", "时效指标", "优待金发放及时率", "=", pct(1.0), "%"),
        ("产出指标", "成本指标", "义务兵家庭优待金标准", "≤", 12000, "元/人·年"),
        ("效益指标", "社会效益指标", "拥军优属政策知晓率", "≥", pct(0.9), "%"),
        ("效益指标", "可持续影响指标", "优待金标准动态调整机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "义务兵家庭满意度", "≥", pct(0.95, "0.00%"), "%"),
    ])  # fmt: skip
    signature(
        s, "注：1. 金额单位为万元；", "2. 优待金按义务兵服役年度发放，人数以入伍批准名单为准。"
    )
    return b


@variant("oi13-shanghai-brackets-correct", (1, 5),
         "project, Shanghai framework, money in 元 in the number format, one 指标目标值 "
         "column; two distinct indicators 科普讲座场次（线上） and （线下）; correct")  # fmt: skip
def oi13() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 14, 30, 20, 16, 16))
    project_head(
        s, year=YEAR, name="2026年社区科普活动", dept="澄江区科学技术协会（093）",
        unit="澄江区科学技术协会", attr="经常性专项业务费",
        title="2026年度财政项目支出绩效目标表", money_label="项目资金（元）",
        money=[("项目总预算", yuan(680000)), ("其中：财政拨款", yuan(650000)),
               ("其他资金", yuan(30000))],
        goals=["面向社区居民开展线上线下科普讲座，普及健康、安全和应急科学知识，提高社区居民"
               "科学素质。"],
    )  # fmt: skip
    indicators(s, ("一级目标", "二级目标", "三级目标", "指标目标值"), [
        ("投入与管理", "财务管理", "资金使用合规性", "合规"),
        ("投入与管理", "实施管理", "活动档案资料完整率", "≥95%"),
        ("产出目标", "数量", "科普讲座场次（线上）", "≥12场"),
        ("产出目标", "数量", "科普讲座场次（线下）", "≥24场"),
        ("产出目标", "质量", "讲座专家资质审核合格率", "=100%"),
        ("产出目标", "时效", "讲座按时完成率", "≥95%"),
        ("产出目标", "成本", "单场讲座平均成本", "≤18000元/场"),
        ("效果目标", "社会效益", "社区居民科普知识知晓率", "≥80%"),
        ("效果目标", "满意度", "参与居民满意度", "≥90%"),
        ("影响力目标", "长效管理", "社区科普志愿者服务机制", "健全"),
    ])  # fmt: skip
    return b


@variant("oi17-rate-unit-bracket-duplicate", (1, 11),
         "project, NAT-2021, operator column 比较符 and a 计量单位 column: a 准确率 of 98 with the "
         "unit 个, the same 抽检批次 twice with a full-width and a half-width bracket")  # fmt: skip
def oi17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 10, 14, 14))
    project_head(
        s, year=YEAR, name="2026年食品安全监督抽检", dept="河西区市场监督管理局（512）",
        unit="河西区食品药品检验所",
        money=[("年度资金总额", wan(260.00)), ("其中：财政拨款", wan(240.00)),
               ("其他资金", wan(20.00))],
        goals=["对农贸市场、商超和餐饮单位开展食品安全监督抽检，及时核查处置不合格食品，守住"
               "不发生区域性食品安全事件的底线。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "食品安全监督抽检批次（农贸市场）", "≥", 1200, "批次"),
        ("产出指标", "数量指标", "农贸市场快检室运行数量", "≥", 15, "个"),
        ("产出指标", "数量指标",
         mk("食品安全监督抽检批次(农贸市场)", "D102", "error", row=True, alt=("D103",),
            note="the row above but two with a half-width bracket and 1500 against 1200"),
         "≥", 1500, "批次"),
        ("产出指标", "质量指标", "检验报告准确率", "≥",
         mk(98, "T105", "error", row=True, alt=("T112",), note="a rate in 个"), "个"),
        ("产出指标", "时效指标", "不合格食品核查处置及时率", "=", pct(1.0), "%"),
        ("成本指标", "经济成本指标", "单批次抽检检验费用", "≤", 1500, "元/批次"),
        ("效益指标", "社会效益指标", "区域性食品安全事件", "=", 0, "起"),
        ("效益指标", "可持续影响指标", "食品安全风险预警信息发布", "≥", 12, "期"),
        ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b
