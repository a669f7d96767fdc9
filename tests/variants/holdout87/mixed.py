"""More returns of the same season (溪宁县 and 青岚市临浦区, invented): a budget reckoning in one
cell beside an allocation table, a direction column, weights across a PDF page break, money by
year in a two-year project, a Shanghai-form table in 元 with amounts as text."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout87.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, money, pct

GE_PCT = '"≥"0%'


@variant("ks14-reckoning-allocation", (4, 12),
         "project, OLD-NAT, the reckoning in one cell with its 合计, units of the cost rows in a "
         "备注 column, 附：分配明细 with 小计 and 合计 below, signatures")  # fmt: skip
def ks14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 14, 20, 14))
    project_head(
        s, year=2027, name="森林防火能力提升", dept="溪宁县林业局",
        unit="溪宁县森林防火指挥部办公室",
        money=[("年度资金总额", money(96, WAN), "其中：财政拨款", money(96, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["聘用专职护林员60人，购置扑火机具120台，开展防火宣传培训40场，"
               "森林火灾受害率控制在0.9‰以内。"],
    )  # fmt: skip
    s.row("资金测算", "护林员补助：60人×0.8万元=48万元；"
          "防火物资购置：扑火机具120台×0.15万元=18万元；"
          "防火宣传和培训：30万元。合计96万元。", merge=[(2, 6)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "聘用专职护林员", "≥60人", None),
        (None, None, "购置扑火机具", "≥120台", None),
        (None, None, "开展防火宣传培训", "≥40场", None),
        (None, "质量指标", "防火物资验收合格率", pct(1), None),
        (None, "时效指标", "防火物资采购完成时间", "2027年3月31日前", None),
        (None, "成本指标", "护林员补助标准", "≤0.8", "金额单位：万元/人·年"),
        (None, None, "扑火机具购置单价", "≤0.15", "金额单位：万元/台"),
        ("效益指标", "社会效益指标", "森林火灾受害率", "≤0.9‰", None),
        (None, "生态效益指标", "森林覆盖率", C(0.68, GE_PCT), None),
        (None, "可持续影响指标", "森林防火网格化管理", "健全", None),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", C(0.9, GE_PCT), None),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("附：森林防火资金分配明细（单位：万元）", merge=[(1, 4)])
    s.row("类别", "单位", "内容", "金额")
    s.table([
        ("护林员补助", "青石镇", "护林员20人", 16),
        (None, "柳塘镇", "护林员18人", 14.4),
        (None, "白岭乡", "护林员22人", 17.6),
        (None, "小计", None, 48),
        ("县本级", "县森林防火指挥部办公室", "扑火机具120台", 18),
        (None, "县森林防火指挥部办公室", "防火宣传和培训40场", 30),
        (None, "小计", None, 48),
        ("合计", None, None, 96),
    ], merged=(1,))  # fmt: skip
    s.skip()
    s.row("局长：穆晚晴", None, "经办人：乔衡", None, "2026年11月14日")
    return b


@variant("ks15-reverse-with-ge", (11,),
         "project, NAT-2021, tiers filled down, 指标方向 (正向/反向), 比较符 and 计量单位 "
         "columns; a 反向 rate given ≥")  # fmt: skip
def ks15() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 10, 10, 12, 12))
    project_head(
        s, year=2027, name="农村生活污水治理设施运行维护", dept="溪宁县生态环境局",
        unit="溪宁县农村环境综合整治中心",
        money=[("年度资金总额", money(150, WAN), "其中：财政拨款", money(150, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["对全县250座农村生活污水处理设施开展第三方运维，出水水质达标率90%以上，"
               "设施故障停运率控制在5%以内。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位")
    s.table([
        ("成本指标", "经济成本指标", "单座设施年运维费用", "反向", "≤", 0.6, "万元/座"),
        ("产出指标", "数量指标", "运维污水处理设施", "正向", "≥", 250, "座"),
        ("产出指标", "数量指标", "出水水质抽检", "正向", "≥", 1000, "批次"),
        ("产出指标", "质量指标", "出水水质达标率", "正向", "≥", pct(0.9), "%"),
        ("产出指标", "质量指标", "设施故障停运率", "反向",
         mk("≥", "T108", "warning", row=True, note="a 反向 rate with ≥"), pct(0.05), "%"),
        ("产出指标", "时效指标", "故障设施修复时限", "反向", "≤", 72, "小时"),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "正向", "≥", pct(0.55), "%"),
        ("效益指标", "社会效益指标", "受益农户", "正向", "≥", 1.8, "万户"),
        ("效益指标", "可持续影响指标", "设施运维长效机制", "正向", "=", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    s.row("局长：施云起", None, "经办人：何蔓", None, "2026年11月19日")
    return b


@variant("ks16-weights-page-break", (4, 10),
         "project, NAT-2021, 权重 column adding to 100, converted from PDF: a page's foot and "
         "the header repeated inside the table, merged tiers restarted on the page")  # fmt: skip
def ks16() -> Book:
    b = Book()
    s = b.sheet("Table 1", (14, 16, 30, 16, 10, 14))
    project_head(
        s, year=2027, name="县域商业体系建设农村物流配送补助", dept="溪宁县商务局",
        unit="溪宁县商务局", attr="一次性项目",
        money=[("年度资金总额", money(210, WAN), "其中：财政拨款", money(180, WAN)),
               ("其他资金", money(30, WAN), None, None)],
        goals=["建设乡镇物流配送中心6个、村级物流服务点90个，农村快递日均配送量达到1.5万件。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值", "权重", "备注")
    s.row(*header)
    s.table([
        ("产出指标", "数量指标", "建设乡镇物流配送中心", "≥6个", 10, None),
        (None, None, "建设村级物流服务点", "≥90个", 10, None),
        (None, "质量指标", "配送中心建设验收合格率", pct(1), 10, None),
        (None, "时效指标", "配送中心建成投用时间", "2027年9月30日前", 10, None),
        ("成本指标", "经济成本指标", "乡镇配送中心建设补助", "≤25万元/个", 10, None),
    ], merged=(1, 2))  # fmt: skip
    s.row("第1页/共2页", merge=[(1, 6)])
    s.row(*header)
    s.table([
        ("成本指标", "经济成本指标", "村级服务点建设补助", "≤0.6万元/个", 10, None),
        ("效益指标", "经济效益指标", "农村快递日均配送量", "≥1.5万件", 10, None),
        (None, "社会效益指标", "快递服务覆盖行政村比例", C(0.95, GE_PCT), 10, None),
        (None, "可持续影响指标", "县乡村三级物流体系", "稳定运行", 10, None),
        ("满意度指标", "服务对象满意度指标", "农村商户和群众满意度", C(0.9, GE_PCT), 10, None),
        ("合计", None, None, None, 100, None),
    ], merged=(1, 2))  # fmt: skip
    s.row("第2页/共2页", merge=[(1, 6)])
    s.skip()
    s.row("局长：简亦舟", None, "经办人：宁小荷", None, "2026年11月13日")
    return b


@variant("ks17-annual-over-period", (8, 12),
         "two-year project, NAT-2021, money by year as pairs, 中期 and 年度 columns, merged tiers; "
         "one cumulative length larger in the year than over the period")  # fmt: skip
def ks17() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 30, 16, 16, 14))
    project_head(
        s, year=2027, years=2, name="白沙河中小河流治理", dept="溪宁县水利局",
        unit="溪宁县河道管理所", attr="新增项目",
        money=[("中期资金总额", money(1600, WAN), "年度资金总额", money(900, WAN)),
               ("其中：财政拨款", money(1400, WAN), "其中：财政拨款", money(800, WAN)),
               ("其他资金", money(200, WAN), "其他资金", money(100, WAN))],
        goals=["2027—2028年治理白沙河河道22公里，新建加固堤防18公里，防洪标准达到20年一遇。",
               "2027年治理河道12公里，新建加固堤防10公里，汛前完成主要险工险段处理。"],
    )  # fmt: skip
    s.row("分年度资金（万元）", "2027年", 900, "2028年", 700)
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "治理河道长度", "≥22公里",
         mk("≥26公里", "D201", "error", alt=("D104",),
            note="the year's 26 km exceeds the period's 22 km (the 年度目标 says 12)")),
        (None, None, "新建加固堤防", "≥18公里", "≥10公里"),
        (None, None, "处理险工险段", "≥9处", "≥6处"),
        (None, "质量指标", "单元工程质量合格率", pct(1), pct(1)),
        (None, "时效指标", "主体工程完工时间", "2028年10月31日前", "2027年12月31日前"),
        ("成本指标", "经济成本指标", "河道治理综合单价", "≤70万元/公里",
         mk("≤70万元/公里", "*", "warning", row=True, required=False,
            note="70 × the slipped 26 km exceeds the year's 900: the same slip")),
        ("效益指标", "社会效益指标", "保护人口", "≥4.6万人", "≥2.5万人"),
        (None, None, "河段防洪标准", "20年一遇", "20年一遇"),
        (None, "生态效益指标", "河道水环境", "明显改善", "有所改善"),
        (None, "可持续影响指标", "河道管护长效机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", C(0.9, GE_PCT), C(0.9, GE_PCT)),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("局长：杜衡舟", None, "经办人：温小棠", None, "2026年11月21日")
    return b


@variant("ks18-shanghai-yuan", (5, 12),
         "Shanghai form, money in 元 as text, one column 指标目标值, merged tiers, 预算执行率 "
         "under 投入与管理, three signatures under the table")  # fmt: skip
def ks18() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 16, 32, 18, 16, 16))
    s.title("2027年度财政项目支出绩效目标表", 4)
    s.row("项目名称", "社区老年助餐服务补贴", None, None, merge=[(2, 4)])
    s.row("主管部门", "青岚市临浦区民政局", "项目类别", "经常性专项业务费")
    s.row("项目总预算（元）", "560000", "项目当年预算（元）", "560000")
    s.row("项目开始日期", day(2027, 1, 1), "项目结束日期", day(2027, 12, 31))
    s.row("项目概述", "为辖区8个社区长者食堂提供助餐补贴：每餐补贴4元，全年约14万餐，计560000元。",
          merge=[(2, 4)])  # fmt: skip
    s.row("年度绩效目标", "全年提供老年助餐14万餐以上，助餐点食品安全检查合格率100%，"
          "就餐老人满意度90%以上。", merge=[(2, 4)])  # fmt: skip
    s.row("一级目标", "二级目标", "三级目标", "指标目标值")
    s.table([
        ("投入与管理", "投入管理", "预算执行率", C(0.95, GE_PCT)),
        (None, "财务管理", "资金使用合规性", "合规"),
        (None, "实施管理", "助餐服务实施方案", "完备"),
        ("产出目标", "数量", "提供老年助餐", ">=14万餐"),
        (None, None, "长者食堂", "=8个"),
        (None, "质量", "助餐点食品安全检查合格率", pct(1)),
        (None, "时效", "补贴资金拨付及时率", C(0.95, GE_PCT)),
        (None, "成本", "每餐补贴标准", "<=4元/餐"),
        ("效果目标", "社会效益", "惠及辖区老年人", ">=2600人"),
        (None, "满意度", "就餐老人满意度", C(0.9, GE_PCT)),
        ("影响力目标", "长效管理", "老年助餐服务管理制度", "健全"),
        (None, "信息共享", "助餐服务信息公开", "每季度1次"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("单位负责人：费嘉言", "财务负责人：钱沐", "填表人：卞朵", "2026年10月28日")
    return b
