# ruff: noqa: E501
"""政府性基金 and 国有资本经营预算 returns: works paid from 土地出让收入 and 城市基础设施配套费,
国企 capital injections and 国企退休人员社会化管理."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout68.common import footer, indicators
from tests.variants.holdout68.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

W = WAN


@variant(
    "jz07-land-fund-lanes",
    (1,),
    "project, OLD-NAT with 成本 under 产出, operators in words in a 比较符 column, a 度量单位 column and a 指标值设定依据 column, 政府性基金 + 单位自筹",
)
def jz07() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 28, 12, 14, 12, 14))
    project_head(s, year=2026, name="青岚市老城区背街小巷及雨污管网改造",
                 dept="青岚市住房和城乡建设局（215001）", unit="青岚市城市建设服务中心",
                 attr="新增项目",
                 money=[("年度资金总额", money(2400, W), "其中：政府性基金（土地出让收入）", money(2000, W)),
                        ("单位自筹", money(400, W), "其中：政府采购预算", money(2150, W))],
                 goals=["使用国有土地使用权出让收入改造老城区背街小巷32条共14.6公里，同步更换雨污管网9.8公里，"
                        "年底前竣工，消除沿线雨污混接和积水点。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "度量单位", "指标值设定依据"), [
        ("产出指标", "数量指标", "改造背街小巷", "大于等于", 32, "条", "计划标准"),
        (None, None, "改造道路长度", "大于等于", 14.6, "公里", "计划标准"),
        (None, None, "更换雨污管网", "大于等于", 9.8, "公里", "计划标准"),
        (None, "质量指标", "工程竣工验收合格率", "等于", pct(1), "%", "行业标准"),
        (None, None, "路面平整度检测达标率", "大于等于", pct(0.95), "%", "行业标准"),
        (None, "时效指标", "项目竣工时间", "小于等于", day(2026, 12, 31, CN_DATE), None, "计划标准"),
        (None, "成本指标", "道路及管网改造综合单价", "小于等于", 150, "万元/公里", "历史标准"),
        ("效益指标", "社会效益指标", "沿线居民出行条件", "定性", "明显改善", None, "其他标准"),
        (None, "生态效益指标", "雨污混接点整改率", "大于等于", pct(0.9), "%", "计划标准"),
        (None, "可持续影响指标", "改造道路设计使用年限", "大于等于", 15, "年", "行业标准"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "大于等于", pct(0.9), "%", "历史标准"),
    ])  # fmt: skip
    footer(s, "填报人：陈默    联系电话：0571-87902215    填报日期：2025年12月2日")
    return b


@variant(
    "jz08-supporting-fee-water",
    (12,),
    "project, OLD-NAT, one value column: title year 2025 against a 2026 budget, 政府采购 above the annual budget, a 漏损率 with ≥",
)
def jz08() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 18, 18, 12))
    project_head(s, year=2026, title="2025年度项目支出绩效目标申报表",
                 name="北塘新区供水管网延伸及加压泵站工程",
                 dept="青岚市北塘新区建设管理局（226）", unit="北塘新区市政设施管理所",
                 attr="新增项目",
                 money=[("年度资金总额", money(860, W), "其中：城市基础设施配套费", money(780, W)),
                        ("单位自筹", money(80, W), "其中：政府采购预算",
                         mk(money(960, W), "B103", "error", row=True, alt=("B102", "B101", "B107"),
                            note="procurement of 960 above the annual budget of 860"))],
                 goals=["2026年使用城市基础设施配套费新建改造供水管网22公里、加压泵站2座，完成户表改造4500户，"
                        "新增供水服务人口3.2万人。"])  # fmt: skip
    b.file_mark(
        "Y101", "error", alt=("Y102", "Y103"), note="title says 2025, plan dates and goal say 2026"
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", None), [
        ("产出指标", "数量指标", "新建改造供水管网", "≥22公里", "计划标准", None),
        (None, None, "新建加压泵站", "2座", "计划标准", None),
        (None, None, "一户一表改造", "≥4500户", "计划标准", None),
        (None, "质量指标", "管网水压合格率", "≥95%", "行业标准", None),
        (None, None, "出厂水水质合格率", "100%", "行业标准", None),
        (None, "时效指标", "工程完工时间", "2026年11月30日前", "计划标准", None),
        (None, "成本指标", "供水管网单位造价", "≤28万元/公里", "历史标准", None),
        (None, None, "单座加压泵站造价", "≤90万元/座", "历史标准", None),
        ("效益指标", "社会效益指标", "新增供水服务人口", "≥3.2万人", "计划标准", None),
        (None, None, "片区管网漏损率",
         mk("≥9%", "T108", "warning", row=True, note="a 漏损率 is 反向: ≤9% meant"), "行业标准", None),
        (None, "可持续影响指标", "管网设计使用年限", "≥30年", "行业标准", None),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "历史标准", None),
    ])  # fmt: skip
    footer(s, "单位负责人：顾远    财务负责人：沈怡    填报人：高翔")
    return b


@variant(
    "jz09-soe-capital-injection",
    (10,),
    "project, OLD-NAT, 国有资本经营预算, a 分值 column adding up to 100 with a 合计 row, 国有资产保值增值率 ≥103%",
)
def jz09() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 16, 10, 20))
    project_head(s, year=2026, name="青岚文旅投资集团资本金注入（国有资本经营预算）",
                 dept="青岚市人民政府国有资产监督管理委员会（230）", unit="青岚市国资委",
                 attr="一次性项目",
                 money=[("年度资金总额", money(5000, W), "其中：国有资本经营预算", money(5000, W))],
                 goals=["向青岚文旅投资集团注入资本金5000万元，用于湖滨文旅综合体建设，"
                        "集团国有资产保值增值率不低于103%，资产负债率控制在65%以内。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注"), [
        ("产出指标", "数量指标", "注资企业", "1家", 10, None),
        (None, None, "注资支持项目开工", "1个", 10, "湖滨文旅综合体"),
        (None, "质量指标", "资金使用合规率", "100%", 10, None),
        (None, None, "注资资金专户管理", "规范", 10, None),
        (None, "时效指标", "资本金拨付时间", "2026年6月30日前", 10, None),
        ("效益指标", "经济效益指标", "国有资产保值增值率", "≥103%", 10, "年末/年初所有者权益"),
        (None, None, "集团营业收入增长率", "≥8%", 10, None),
        (None, None, "集团资产负债率", "≤65%", 5, None),
        (None, "社会效益指标", "带动文旅项目社会投资", "≥2亿元", 10, None),
        (None, "可持续影响指标", "国有资本布局优化", "有效推进", 5, None),
        ("满意度指标", "服务对象满意度指标", "出资企业满意度", "≥90%", 10, None),
        ("合计", None, None, None, 100, None),
    ])  # fmt: skip
    footer(s, "填报单位：青岚市国资委财务监督处", "填报日期：2025年11月30日")
    return b


@variant(
    "jz10-soe-retirees-weights",
    (10, 11),
    "project, NAT-2021, direction, operator, unit and weight columns: a handover rate above 100 %, weights adding up to 95",
)
def jz10() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 28, 10, 8, 10, 10, 10))
    project_head(s, year=2026, name="市属国有企业退休人员社会化管理补助",
                 dept="青岚市国资委（230）", unit="青岚市国资委企业改革处", attr="延续项目",
                 money=[("年度资金总额", money(420, W), "其中：国有资本经营预算", money(360, W)),
                        ("企业自筹", money(60, W), None, None)],
                 goals=["将市属国有企业2800名退休人员移交街道（社区）实行社会化管理，人事档案全部移交，"
                        "减轻企业办社会负担。"])  # fmt: skip
    b.file_mark("W101", "error", note="the weights add up to 95, the header says 100")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位", "权重（100）"), [
        ("产出指标", "数量指标", "移交社会化管理退休人员", "正向", "≥", 2800, "人", 10),
        (None, "质量指标", "退休人员社会化管理移交率", "正向", "≥",
         mk(pct(1.1), "T106", "error", note="110 % for a handover rate"), "%", 10),
        (None, None, "人事档案移交完整率", "正向", "=", pct(1), "%", 10),
        (None, "时效指标", "移交工作完成时间", "反向", "≤", day(2026, 10, 31, CN_DATE), None, 10),
        ("成本指标", "经济成本指标", "人均社会化管理补助标准", "反向", "≤", 1500, "元/人", 10),
        ("效益指标", "经济效益指标", "企业年减少办社会支出", "正向", "≥", 300, "万元", 10),
        (None, "社会效益指标", "移交退休人员纳入社区管理服务率", "正向", "≥", pct(0.98), "%", 10),
        (None, None, "企业办社会职能剥离", "定性", None, "全面完成", None, 10),
        (None, "可持续影响指标", "社区退休人员服务机制", "定性", None, "长效运行", None, 5),
        ("满意度指标", "服务对象满意度指标", "退休人员满意度", "正向", "≥", pct(0.9), "%", 10),
    ])  # fmt: skip
    return b


@variant(
    "jz11-sasac-department",
    (12,),
    "department, NAT-2021, 国有资本经营预算 tasks adding up to 金额合计, 保值增值率 ≥102%",
)
def jz11() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1")
    department_head(s, year=2026, dept="临溪县国有资产管理服务中心",
                    budget=[(money(3260, W), money(2860, W), money(400, W), money(540, W),
                             money(2720, W))],
                    tasks=[("国企资本金注入", "向县交通投资公司注入资本金（国有资本经营预算）", money(2000, W),
                            "注资到位，保值增值率≥102%"),
                           ("国企退休人员社会化管理", "移交退休人员1200人，补助社区管理经费", money(420, W),
                            "移交率100%"),
                           ("国企改革专项", "厂办大集体改革及历史遗留问题处置", money(300, W), "完成改革企业3户"),
                           ("金额合计", None, money(2720, W), None)],
                    goal="完成国有资本经营预算支出2720万元，县属国企国有资产保值增值率不低于102%，"
                         "退休人员社会化管理全面移交，厂办大集体改革完成3户。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", None, None), [
        ("产出指标", "数量指标", "注资国有企业", "1户", None, None),
        (None, None, "移交社会化管理退休人员", "≥1200人", None, None),
        (None, None, "完成厂办大集体改革企业", "3户", None, None),
        (None, "质量指标", "资金使用合规率", "100%", None, None),
        (None, None, "退休人员移交率", "100%", None, None),
        (None, "时效指标", "资本金拨付完成时间", "2026年9月30日前", None, None),
        ("成本指标", "经济成本指标", "人均社会化管理补助标准", "≤3500元/人", None, None),
        ("效益指标", "经济效益指标", "县属国企国有资产保值增值率", "≥102%", None, None),
        (None, "社会效益指标", "改制企业职工安置率", "100%", None, None),
        (None, "可持续影响指标", "国有资本经营预算管理制度", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "出资企业及移交人员满意度", "≥90%", None, None),
    ])  # fmt: skip
    footer(s, "填报人：钱瑜    联系电话：0578-55216038")
    return b


@variant(
    "jz12-housing-flat-fund",
    (3, 11),
    "department, flat list (序号 · 指标名称 · 计量单位 · 指标性质 as operator · 指标值 · 权重): a unit column copied from the row above, a 事故发生率 with ≥",
)
def jz12() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", widths=(8, 30, 12, 10, 12, 10))
    department_head(s, year=2026, dept="白沙河区住房和城乡建设局",
                    budget=[(money(9800, W), money(9800, W), money(0, W), money(720, W), money(9080, W))],
                    goal="以城市基础设施配套费和土地出让收入安排政府性基金预算9080万元，新建改造燃气管网18公里，"
                         "新增公共停车泊位1200个，海绵城市建设面积2.5平方公里。")  # fmt: skip
    s.row("年度绩效指标")
    s.row("序号", "指标名称", "计量单位", "指标性质", "指标值", "权重")
    s.table([
        (1, "新建改造燃气管网", "公里", "≥", 18, 10),
        (2, "新增公共停车泊位", "万元", "≥",
         mk("1200个", "T112", "error", row=True, note="unit column 万元 copied from above, value in 个"), 10),
        (3, "海绵城市建设面积", "平方公里", "≥", 2.5, 10),
        (4, "改造老旧小区", "个", "≥", 12, 10),
        (5, "工程竣工验收合格率", "%", "=", pct(1), 10),
        (6, "基金项目资金使用合规率", "%", "=", pct(1), 10),
        (7, "燃气管网事故发生率", "%",
         mk("≥", "T108", "warning", row=True, note="an 事故发生率 is 反向: ≤ meant"), 0.5, 10),
        (8, "城市道路积水点整治完成率", "%", "≥", pct(0.95), 10),
        (9, "重点工程按期开工率", "%", "≥", pct(0.9), 10),
        (10, "市民满意度", "%", "≥", pct(0.9), 10),
    ])  # fmt: skip
    footer(s, "白沙河区住房和城乡建设局（盖章）")
    return b
