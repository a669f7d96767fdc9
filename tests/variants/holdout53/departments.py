"""Department tables (部门整体) and two project tables of science, commerce and finance offices
(jk07–jk12): task budgets adding to 金额合计, flat lists with weights, a two-line header."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout53.common import footer, indicators, wan
from tests.variants.holdout53.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("jk07-dept-science", (12,), "department, NAT-2021, key tasks adding to "
         "金额合计 = 项目支出, one value column and 指标解释")  # fmt: skip
def jk07() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(14, 16, 30, 18, 18, 18))
    department_head(
        s, year=2026, dept="临溪县科学技术局",
        budget=[(wan(2860), wan(2700), wan(160), wan(980), wan(1880))],
        tasks=[("科技创新券兑付", "向中小微企业发放科技创新券，兑付研发设计、检验检测服务费用",
                wan(420), "兑付创新券300家次以上"),
               ("高新技术企业培育", "高企培育入库辅导、认定奖励", wan(600), "新增高新技术企业30家"),
               ("创业孵化载体运营补助", "对县级以上孵化器、众创空间给予运营补助", wan(560),
                "在孵企业达到260家"),
               ("科普及科技人才服务", "科技活动周、科普进乡村、科技特派员服务", wan(300),
                "开展科普活动80场"),
               ("金额合计", None, wan(1880), None)],
        goal="全年兑付科技创新券300家次以上，新增高新技术企业30家，在孵企业达到260家，开展科普活动"
             "80场，全县技术合同成交额达到12亿元。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标解释"), [
        ("成本指标", "经济成本指标", "科技创新券单家企业兑付上限", "≤1.2万元/家次", "按券面额兑付"),
        ("产出指标", "数量指标", "兑付科技创新券", "≥300家次", ""),
        (None, None, "新增高新技术企业", "≥30家", "当年认定"),
        (None, None, "在孵企业", "≥260家", "年末在孵"),
        (None, None, "开展科普活动", "≥80场", ""),
        (None, "质量指标", "创新券兑付审核合规率", pct(1), "抽查合规项目数/抽查数"),
        (None, "时效指标", "创新券兑付时限", "≤20个工作日", "自受理之日起"),
        ("效益指标", "经济效益指标", "技术合同成交额", "≥12亿元", "登记口径"),
        (None, None, "全社会研发经费投入强度", "≥2.6%", "R&D经费/GDP"),
        (None, "社会效益指标", "公民具备科学素质比例", "≥14%", ""),
        (None, "可持续影响指标", "省级以上科技创新平台", "≥18个", "累计"),
        ("满意度指标", "服务对象满意度指标", "服务企业满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    footer(s, "罗海燕", "0839-552 6618", "杜国强", "2025年11月19日")
    return b


@variant("jk08-dept-commerce-money", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "tasks not adding to 金额合计, a conflicting duplicate 到位资金")  # fmt: skip
def jk08() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(14, 16, 30, 18, 18, 18))
    department_head(
        s, year=2026, dept="青岚市商务局",
        budget=[(mk(wan(4350), "B101", "error", note="1520 + 2930 = 4450 ≠ 4350"), wan(4100),
                 wan(250), wan(1520), wan(2930))],
        tasks=[("招商引资", "产业链招商推介、驻外招商联络", wan(800), "签约亿元以上项目40个"),
               ("外贸稳增长", "出口信用保险保费补助、外贸综合服务", wan(1200), "进出口额增长5%"),
               ("电子商务发展", "电商产业园运营、农村电商服务站点", wan(530), "网络零售额增长10%"),
               ("重点展会", "组织企业参加境内外重点展会", wan(400), "参展企业160家次"),
               ("金额合计", None, mk(wan(2960), "B102", "error", alt=("B101",),
                     note="800+1200+530+400 = 2930"),
                None)],
        goal="签约亿元以上招商项目40个，招商引资实际到位资金150亿元；外贸进出口额增长5%；网络零售额"
             "增长10%；组织企业参展160家次。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标解释"), [
        ("产出指标", "数量指标", "签约亿元以上招商项目", "≥40个", ""),
        (None, None, "组织招商推介活动", "≥15场", ""),
        (None, None, "出口信用保险保费补助企业", "≥220家", ""),
        (None, None, "农村电商服务站点", "≥120个", ""),
        (None, None, "组织企业参展", "≥160家次", ""),
        (None, None, ok(mk("招商引资实际到位资金", "D102", "error", row=True, alt=("D101", "D103"),
                           required=False, note="first row of the pair: tolerated here"),
                        note="an effect under 数量指标: a misplacement warning is fair"),
         "≥120亿元", ""),
        (None, "质量指标", "补助资金审核合规率", pct(1), ""),
        (None, "时效指标", "保费补助兑付时间", "2026年11月30日前", ""),
        ("成本指标", "经济成本指标", "单家企业出口信保保费补助上限", "≤5万元/家", ""),
        ("效益指标", "经济效益指标",
         mk("招商引资实际到位资金", "D102", "error", row=True, alt=("D101", "D103"),
            note="repeats the 数量 row above, 150 vs 120亿元"), "≥150亿元", "商务部门统计口径"),
        (None, None, "外贸进出口额增长率", "≥5%", ""),
        (None, None, "网络零售额增长率", "≥10%", ""),
        (None, "社会效益指标", "新增外贸备案企业", "≥80家", ""),
        (None, "可持续影响指标", "有进出口实绩企业", "≥1100家", ""),
        ("满意度指标", "服务对象满意度指标", "服务企业满意度", "≥90%", ""),
    ])  # fmt: skip
    footer(s, "朱晓梅", "0571-8661 3309", "钱家栋", "2025年11月24日")
    return b


@variant("jk09-incubator-two-line", (7, 1), "project, OLD-NAT, a two-line header (指标值 over "
         "比较符 │ 目标值 │ 计量单位), percent cells; 60万元/家 × 12家 within 900万元")  # fmt: skip
def jk09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(12, 14, 30, 10, 12, 12, 14))
    project_head(
        s, year=2026, name="科技企业孵化器及众创空间绩效奖补", dept="青岚市科学技术局（318001）",
        unit="青岚市科技创业服务中心", attr="延续项目",
        money=[("资金总额", wan(900), "其中：财政拨款", wan(750)),
               ("其他资金", wan(150), None, None)],
        goals=["对绩效评价优良的12家孵化载体给予奖补，新增在孵企业180家，在孵企业获得投融资3亿元，"
               "带动就业3500人。"],
    )  # fmt: skip
    s.row("绩效指标", merge=[(1, 7)])
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, "指标值设定依据",
                merge=[(4, 6)])  # fmt: skip
    s.row(None, None, None, "比较符", "目标值", "计量单位", None)
    for c in (1, 2, 3, 7):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "奖补孵化载体", "≥", 12, "家", "计划标准"),
        (None, None, "新增在孵企业", "≥", 180, "家", "历史标准"),
        (None, None, "举办创业路演及投融资对接活动", "≥", 24, "场", "计划标准"),
        (None, "质量指标", "孵化载体绩效评价优良率", "≥", pct(0.8), "%", "行业标准"),
        (None, "时效指标", "奖补资金拨付时限", "≤", 45, "日", "计划标准"),
        (None, "成本指标", "单个孵化载体奖补上限", "≤", 60, "万元/家", "计划标准"),
        ("效益指标", "经济效益指标", "在孵企业营业收入", "≥", 25, "亿元", "历史标准"),
        (None, None, "在孵企业获得投融资额", "≥", 3, "亿元", "历史标准"),
        (None, "社会效益指标", "带动就业", "≥", 3500, "人", "历史标准"),
        (None, "可持续影响指标", "当年毕业企业", "≥", 40, "家", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "在孵企业满意度", "≥", pct(0.9), "%", "行业标准"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "黄思远", "0571-8830 2290", "蒋承志", "2025年11月18日")
    return b


@variant("jk10-tech-upgrade-year", (12,), "project, NAT-2021, one value column: title 2026 but "
         "plan dates 2025, a 合格率 at ≥100%")  # fmt: skip
def jk10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="工业企业技术改造专项资金", dept="澄江市工业和信息化局（402）",
        unit="澄江市工业和信息化局", attr="常年项目",
        start=day(2025, 1, 1), end=day(2025, 12, 31),
        money=[("年度资金总额", wan(2000), "其中：财政拨款", wan(2000)),
               ("其他资金", wan(0), None, None)],
        goals=["2026年支持25个以上工业企业技术改造项目，带动技改投资40亿元以上，工业技改投资增长8%。"],
    )  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102", "Y103"), note="title and goal 2026, plan dates 2025")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "单个技改项目平均补助额", "≤75万元/个"),
        (None, None, "补助占项目设备投资比例", "≤10%"),
        ("产出指标", "数量指标", "支持技改项目", "≥25个"),
        (None, None, "其中：智能化改造项目", "≥10个"),
        (None, "质量指标", "技改项目验收合格率",
         mk("≥100%", "T106", "error", note="a 合格率 cannot exceed 100%")),
        (None, None, "项目申报材料审核准确率", "≥98%"),
        (None, "时效指标", "补助资金拨付时间", "2026年12月20日前"),
        ("效益指标", "经济效益指标", "带动技改投资", "≥40亿元"),
        (None, None, "工业技改投资增长率", "≥8%"),
        (None, "社会效益指标", "技改项目新增就业", "≥600人"),
        (None, "生态效益指标", "技改企业单位产值能耗下降率", "≥3%"),
        (None, "可持续影响指标", "累计入库技改储备项目", "≥120个"),
        ("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "陆晨", "0596-331 7742", "何卫东", "2025年11月27日")
    return b


@variant("jk11-flat-finance", (3,), "department, flat list (指标名称 · 计量单位 · 比较符 · 指标值 "
         "· 权重), percent cells, weights adding to 100")  # fmt: skip
def jk11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(34, 10, 10, 12, 8, 16))
    department_head(
        s, year=2026, dept="青岚市地方金融发展服务中心",
        budget=[(wan(860), wan(860), wan(0), wan(310), wan(550))],
        goal="推动3家以上企业上市，企业直接融资120亿元，组织政银企对接活动20场，政府性融资担保平均"
             "费率不超过1%，防范化解涉众金融风险。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "计量单位", "比较符", "指标值", "权重")
    s.table([
        ("新增境内外上市企业", "家", "≥", 3, 10),
        ("企业直接融资额", "亿元", "≥", 120, 10),
        ("上市后备企业库入库企业", "家", "≥", 60, 10),
        ("组织政银企融资对接活动", "场", "≥", 20, 10),
        ("普惠小微贷款余额增长率", "%", "≥", pct(0.15), 10),
        ("政府性融资担保平均费率", "%", "≤", pct(0.01, "0.0%"), 10),
        ("政府性融资担保放大倍数", "倍", "≥", 3, 10),
        ("涉众金融风险事件处置及时率", "%", "=", pct(1), 10),
        ("企业融资需求响应时限", "个工作日", "≤", 3, 10),
        ("服务企业满意度", "%", "≥", pct(0.9), 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    footer(s, "江蔚", "0571-8702 1163", "宋以宁", "2025年11月17日")
    return b


@variant("jk12-flat-market-faults", (3, 11), "department, flat list (序号 · 指标名称 · 指标值 · "
         "计量单位 · 权重): weights adding to 95, a unit conflict, a rate as a count")  # fmt: skip
def jk12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(8, 34, 12, 12, 8, 16))
    department_head(
        s, year=2026, dept="澄江市市场主体培育服务中心",
        budget=[(wan(1250), wan(1250), wan(0), wan(450), wan(800))],
        goal="新登记市场主体1.2万户，扶持个体工商户转企业300家，发放创业担保贷款贴息，优化企业开办"
             "服务，企业开办时间压缩至1个工作日。",
    )  # fmt: skip
    b.file_mark("W101", "error", note="10+10+10+10+10+10+10+5+10+10 = 95, not 100")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("序号", "指标名称", "指标值", "计量单位", "权重")
    s.table([
        (1, "新登记市场主体", "≥1.2", "万户", 10),
        (2, "扶持个体工商户转企业",
         mk("≥300家", "T112", "error", note="value in 家, unit column 万元"), "万元", 10),
        (3, "创业担保贷款贴息资金", "≤400", "万元", 10),
        (4, "贴息小微企业及个体工商户", "≥180", "户", 10),
        (5, "小微企业贷款贴息兑现率",
         mk("≥180", "T105", "error", note="a 兑现率 given as 户"), "户", 10),
        (6, "企业开办时间", "≤1", "个工作日", 10),
        (7, "企业开办全程网办率", "≥95", "%", 10),
        (8, "市场主体年报公示率", "≥90", "%", 5),
        (9, "新设市场主体一年存活率", "≥85", "%", 10),
        (10, "服务对象满意度", "≥90", "%", 10),
    ])  # fmt: skip
    footer(s, "韩冰", "0596-335 2218", "冯晓光", "2025年11月28日")
    return b
