"""One-year project tables of grain reserves, commerce and supply-and-marketing (nl01–nl07)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout158.common import indicators, lines_below, one_year_money, period_money
from tests.variants.holdout158.registry import variant
from tests.variants.kit import CN_DATE, WAN, YUAN, Book, day, mk, money, pct


@variant(
    "nl01-grain-rotation-subsidy",
    (1, 12),
    "project, NAT-2021, one year, 实施期 and "
    "年度 money columns, operators inside values, percent cells, 指标值设定依据 column",
)
def nl01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (16, 16, 30, 18, 18, 18))
    project_head(
        s,
        year=2027,
        name="县级储备粮轮换费用补贴",
        dept="青梧县粮食和物资储备局（412001）",
        unit="青梧县粮食收储中心",
        attr="常年项目",
        money=period_money((58, 50, 8), (58, 50, 8), first="实施期资金总额"),
        goals=[
            "完成县级储备粮轮换5000吨，轮换费用补贴标准不超过100元/吨，确保储备粮数量真实、"
            "质量良好、储存安全。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"),
        [
            ("成本指标", "经济成本指标", "轮换费用补贴标准", "≤100元/吨", "计划标准"),
            ("产出指标", "数量指标", "储备粮轮换数量", "≥5000吨", "计划标准"),
            (None, None, "轮换粮食入库验收批次", "≥12批次", "历史标准"),
            (None, "质量指标", "轮换后储备粮质量达标率", pct(1.0), "行业标准"),
            (None, None, "储备粮储存损耗率", "≤0.2%", "行业标准"),
            (None, "时效指标", "轮换出入库完成时间", "2027年11月30日前", "计划标准"),
            ("效益指标", "社会效益指标", "县级储备粮库存账实相符率", pct(1.0), "行业标准"),
            (None, "可持续影响指标", "地方粮食应急保障能力", "持续提升", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%", "历史标准"),
        ],
    )
    return b


@variant(
    "nl02-grain-quality-inspection",
    (11,),
    "project, OLD-NAT, one year, 指标性质 as "
    "operator, bare numbers with a 计量单位 column: a rate as a count, a unit conflict",
)
def nl02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="粮食质量安全检验监测",
        dept="澄川市粮食和物资储备局",
        unit="澄川市粮油质量检测站",
        attr="常年项目",
        money=one_year_money(45, 45, 0),
        goals=[
            "完成收购粮食质量安全监测样品320份、库存粮食质量抽检150批次，检验报告7个工作日内"
            "出具，杜绝不合格粮食流入口粮市场。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "收购粮食质量安全监测样品数", "≥", 320, "份"),
            (
                None,
                None,
                "库存粮食质量抽检批次",
                "≥",
                mk(
                    "150吨",
                    "T112",
                    "error",
                    row=True,
                    note="吨 in the value, 批次 in the unit column",
                ),
                "批次",
            ),
            (None, None, "检验仪器设备检定校准台数", "≥", 18, "台"),
            (None, "质量指标", "检验结果准确率", "≥", 98, "%"),
            (
                None,
                None,
                "样品检验合格判定复核率",
                "≥",
                mk(120, "T105", "error", row=True, note="a 复核率 given as 120 份"),
                "份",
            ),
            (None, "时效指标", "检验报告出具时限", "≤", 7, "工作日"),
            (None, "成本指标", "单份样品检验成本", "≤", 800, "元/份"),
            ("效益指标", "社会效益指标", "不合格粮食流入口粮市场批次", "=", 0, "批次"),
            (None, "可持续影响指标", "粮食质量安全监测网络运行", None, "稳定运行", None),
            ("满意度指标", "服务对象满意度指标", "送检单位满意度", "≥", 92, "%"),
        ],
    )
    return b


@variant(
    "nl03-ecommerce-rural",
    (1,),
    "project, OLD-NAT, one year, word operators in a 指标方向 "
    "column, bare numbers with a unit column, a date cell, 成本 standards within the money",
)
def nl03() -> Book:
    b = Book()
    s = b.sheet("绩效目标申报表")
    project_head(
        s,
        year=2027,
        name="电子商务进农村综合示范",
        dept="柘溪县商务局",
        unit="柘溪县电子商务公共服务中心",
        attr="一次性项目",
        money=one_year_money(300, 260, 40),
        goals=[
            "建设县级电子商务公共服务中心1个、乡镇电商服务站12个，开展电商技能培训1500人次，"
            "带动农产品网络销售额3000万元以上。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "县级电子商务公共服务中心建设数量", "大于等于", 1, "个"),
            (None, None, "乡镇电商服务站建设数量", "大于等于", 12, "个"),
            (None, None, "电商技能培训人次", "大于等于", 1500, "人次"),
            (None, "质量指标", "电商服务站验收合格率", "大于等于", 95, "%"),
            (None, None, "培训学员结业率", "大于等于", 90, "%"),
            (
                None,
                "时效指标",
                "电商服务站建成投运时间",
                "小于等于",
                day(2027, 10, 31, CN_DATE),
                None,
            ),
            (None, "成本指标", "乡镇电商服务站建设补助标准", "小于等于", 8, "万元/个"),
            (None, None, "电商培训人均成本", "小于等于", 300, "元/人次"),
            ("效益指标", "经济效益指标", "带动农产品网络销售额", "大于等于", 3000, "万元"),
            (None, "社会效益指标", "带动农村创业就业人数", "大于等于", 200, "人"),
            (None, "可持续影响指标", "乡镇电商服务站持续运营率", "大于等于", 85, "%"),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "大于等于", 90, "%"),
        ],
    )
    return b


@variant(
    "nl04-emergency-supplies-purchase",
    (11, 12),
    "project, NAT-2021, one year, operators "
    "inside values: 资金总额 not 财政拨款 + 其他资金, a 反向 rate with ≥",
)
def nl04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="区级应急物资储备采购",
        dept="岚山区发展和改革局（区粮食和物资储备局）",
        unit="岚山区应急物资储备中心",
        attr="延续项目",
        money=one_year_money(mk(money(150, WAN), "B101", "error", note="150 ≠ 120 + 20"), 120, 20),
        goals=[
            "采购储备帐篷300顶、折叠床1000张、棉被2000床，入库验收合格后纳入区级应急物资储备，"
            "保障突发事件受灾群众基本生活。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "备注"),
        [
            ("成本指标", "经济成本指标", "应急物资采购总成本", "≤140万元", None),
            ("产出指标", "数量指标", "储备帐篷采购数量", "≥300顶", None),
            (None, None, "折叠床采购数量", "≥1000张", None),
            (None, None, "棉被采购数量", "≥2000床", None),
            (None, "质量指标", "采购物资验收合格率", pct(1.0), None),
            (None, None, "储备物资完好率", "≥98%", None),
            (
                None,
                None,
                "应急物资储备损耗率",
                mk("≥2%", "T108", "warning", row=True, note="损耗率 is 反向"),
                None,
            ),
            (None, "时效指标", "采购物资入库时间", "2027年9月30日前", None),
            ("效益指标", "社会效益指标", "受灾群众基本生活物资送达时间", "≤12小时", None),
            (None, "可持续影响指标", "应急物资储备管理制度执行", "有效", None),
            ("满意度指标", "服务对象满意度指标", "受助群众满意度", "≥90%", None),
        ],
    )
    return b


@variant(
    "nl05-consumption-promotion",
    (1,),
    "project, NAT-2021, one year, operators inside "
    "values and a unit column repeating the unit: =100% on a 及时率, =0起 accidents",
)
def nl05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="澄川消费季促消费活动",
        dept="澄川市商务局",
        unit="澄川市商务局",
        attr="延续项目",
        money=one_year_money(500, 450, 50),
        goals=[
            "举办主题促消费活动20场，发放消费券300万元，吸引商户800家参与，拉动消费15000万元以上，"
            "社会消费品零售总额增长6%以上。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "年度指标值", "计量单位", "备注"),
        [
            ("产出指标", "数量指标", "举办主题促消费活动场次", "≥20场", "场", None),
            (None, None, "发放消费券金额", "≥300万元", "万元", None),
            (None, None, "参与活动商户数量", "≥800家", "家", None),
            (None, "质量指标", "消费券核销率", "≥90%", "%", None),
            (None, "时效指标", "消费投诉处理及时率", "=100%", "%", None),
            (None, None, "消费券资金兑付时限", "≤15个工作日", "工作日", None),
            ("成本指标", "经济成本指标", "单场活动组织费用", "≤8万元", "万元", None),
            ("效益指标", "经济效益指标", "拉动消费金额", "≥15000万元", "万元", None),
            (None, None, "社会消费品零售总额增长率", "≥6%", "%", "比上年"),
            (None, "社会效益指标", "活动安全事故发生次数", "=0起", "起", None),
            ("满意度指标", "服务对象满意度指标", "参与市民满意度", "≥90%", "%", None),
        ],
    )
    return b


@variant(
    "nl06-agri-supplies-guarantee",
    (5,),
    "project, OLD-NAT, one year, one value column, "
    "merged tiers: a coverage rate over 100 %, 时效指标 under 效益指标",
)
def nl06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="春耕农资保供储备",
        dept="云漳县供销合作社联合社",
        unit="云漳县农业生产资料有限公司",
        attr="常年项目",
        money=one_year_money(80, 60, 20),
        goals=[
            "春耕前储备化肥5000吨、农药60吨，依托45个农资配送网点保障全县春耕农资供应，"
            "稳定农资价格。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "化肥储备数量", "≥5000吨"),
            (None, None, "农药储备数量", "≥60吨"),
            (None, None, "农资配送网点数量", "≥45个"),
            (None, "质量指标", "储备农资质量抽检合格率", "≥98%"),
            (None, "成本指标", "化肥储备贴息标准", "≤100元/吨"),
            (
                "效益指标",
                "社会效益指标",
                "重点乡镇农资保供覆盖率",
                mk("≥105%", "T106", "error", note="a 覆盖率 cannot pass 100 %"),
            ),
            (
                None,
                mk("时效指标", "F105", "error", row=True, note="时效指标 belongs to 产出指标"),
                "春耕农资到位时间",
                "2027年3月15日前",
            ),
            (None, "可持续影响指标", "春耕期间主要农资价格涨幅", "≤5%"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "nl07-grain-storage-safety",
    (11,),
    "project, OLD-NAT, one year, 指标性质 as direction "
    "(正向/反向), operators inside values, unit column, =0起 on a 反向 count",
)
def nl07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="粮食储存安全检查及仓储设施维护",
        dept="石泉市粮食和物资储备局",
        unit="石泉市粮食和物资储备局",
        attr="常年项目",
        money=one_year_money(36, 36, 0),
        goals=[
            "对全市28个库点开展粮食储存安全检查，维修仓房屋面防水4200平方米，储粮安全隐患按期"
            "整改，确保储粮安全。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "库存粮食安全检查库点数", "正向", "≥28个", "个"),
            (None, None, "仓房屋面防水维修面积", "正向", "≥4200平方米", "平方米"),
            (None, "质量指标", "维修工程验收合格率", "正向", pct(1.0), "%"),
            (None, None, "储粮安全隐患整改率", "正向", "≥95%", "%"),
            (None, "时效指标", "隐患整改完成时限", "反向", "≤30天", "天"),
            (None, "成本指标", "屋面防水维修单价", "反向", "≤60元/平方米", "元/平方米"),
            ("效益指标", "社会效益指标", "储粮安全事故发生次数", "反向", "=0起", "起"),
            (None, "可持续影响指标", "维修后仓房屋面防水使用年限", "正向", "≥5年", "年"),
            ("满意度指标", "服务对象满意度指标", "承储企业满意度", "正向", "≥90%", "%"),
        ],
    )
    lines_below(s, "填报人：钟雅琳    联系电话：0736-5821907    审核人：彭立川")
    return b


@variant(
    "nl18-grain-emergency-outlets",
    (1, 4),
    "project, OLD-NAT, one year, money in 元 in the "
    "number format, percent cells, 指标值设定依据 column, footnotes and signature lines, a "
    "fill date of the year before",
)
def nl18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="粮食应急保障网点建设补助",
        dept="岚山区粮食和物资储备局",
        unit="岚山区粮食和物资储备局",
        attr="一次性项目",
        money=one_year_money(850000, 800000, 50000, fmt=YUAN),
        money_label="项目资金（元）",
        goals=[
            "认定并补助粮食应急供应网点25个、应急加工企业3家，应急状态下24小时内启动供应，"
            "网点覆盖全区乡镇。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"),
        [
            ("产出指标", "数量指标", "认定粮食应急供应网点数量", "≥25个", "计划标准"),
            (None, None, "认定粮食应急加工企业数量", "≥3家", "计划标准"),
            (None, "质量指标", "应急供应网点设施达标率", pct(0.95), "行业标准"),
            (None, None, "应急供应网点验收合格率", pct(1.0), "行业标准"),
            (None, "时效指标", "应急状态下网点启动供应时间", "≤24小时", "行业标准"),
            (None, "成本指标", "应急供应网点建设补助标准", "≤30000元/个", "计划标准"),
            ("效益指标", "社会效益指标", "应急状态下成品粮油连续供应天数", "≥7天", "行业标准"),
            (None, None, "网点安全生产事故发生次数", "=0起", "历史标准"),
            (None, "可持续影响指标", "应急供应网点乡镇覆盖率", pct(1.0), "计划标准"),
            ("满意度指标", "服务对象满意度指标", "网点经营者满意度", "≥90%", "历史标准"),
        ],
    )
    lines_below(
        s,
        "注：1.指标值设定依据填写计划标准、行业标准、历史标准或其他标准；2.金额单位为元。",
        "单位负责人：杜启明    财务负责人：韩素云    填报人：俞晓帆",
        "联系电话：0719-6628413    填报日期：2026年11月18日",
    )
    return b
