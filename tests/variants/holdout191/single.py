"""One-year project returns (os01–os08): 科技局, 工信局 and 商务局 projects in 万元."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout191.common import book, indicators, one_year_money, signature, wan
from tests.variants.holdout191.registry import variant
from tests.variants.kit import Book, day, mk

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "os01-sme-cultivation",
    (1,),
    "project, NAT-2021, one value column, operators inside "
    "values, per-家 and per-场 standards within the money",
)
def os01() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s,
        year=2027,
        name="科技型中小企业培育项目",
        dept="临川县科学技术局（312001）",
        unit="临川县科技创新服务中心",
        money=one_year_money(wan(120), wan(120), wan(0)),
        goals=(
            "2027年培育入库科技型中小企业150家以上，开展培育培训6场，引导入库企业加大研发投入，"
            "壮大县域科技型企业群体。",
        ),
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "入库科技型中小企业数量", "≥150家"),
            (None, None, "开展企业培育培训场次", "≥6场"),
            (None, "质量指标", "入库企业评价合格率", "≥95%"),
            (None, "时效指标", "培育补助资金拨付时间", "2027年11月30日前"),
            ("成本指标", "经济成本指标", "入库企业培育补助标准", "≤0.5万元/家"),
            (None, None, "培训每场成本", "≤3万元/场"),
            ("效益指标", "经济效益指标", "入库企业研发投入增长率", "≥8%"),
            (None, "社会效益指标", "入库企业新增从业人员", "≥300人"),
            (None, "可持续影响指标", "科技型企业梯次培育机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "入库企业满意度", "≥90%"),
        ],
    )
    signature(s, "周晓岚", "0793-6123418")
    return b


@variant(
    "os02-hitech-award",
    (1,),
    "project, NAT-2021, a 备注 column, awards per enterprise within the money, 企业投诉率 with ≤",
)
def os02() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s,
        year=2027,
        name="高新技术企业认定奖励",
        dept="青岚市科学技术局",
        unit="青岚市科学技术局",
        money=one_year_money(wan(360), wan(300), wan(60)),
        goals=(
            "对2026年度首次认定的高新技术企业每家奖励10万元、重新认定的每家奖励5万元，"
            "激励企业持续创新，2027年10月底前兑现奖励资金。",
        ),
    )
    indicators(
        s,
        (*HEAD4, "备注"),
        [
            ("产出指标", "数量指标", "首次认定高新技术企业奖励家数", "≥25家", "按认定公示名单"),
            (None, None, "重新认定高新技术企业奖励家数", "≥20家", None),
            (None, "质量指标", "奖励对象资格审核准确率", "100%", "复核后兑现"),
            (None, "时效指标", "奖励资金兑现时间", "2027年10月31日前", None),
            ("成本指标", "经济成本指标", "首次认定奖励标准", "≤10万元/家", "市级财政"),
            (None, None, "重新认定奖励标准", "≤5万元/家", "区级配套"),
            ("效益指标", "经济效益指标", "获奖企业营业收入增长率", "≥10%", None),
            (None, "社会效益指标", "企业投诉率", "≤2%", None),
            ("满意度指标", "服务对象满意度指标", "获奖企业满意度", "≥92%", None),
        ],
    )
    return b


@variant(
    "os03-tech-commissioner",
    (1, 11),
    "project, NAT-2021, one value column: a per-人 "
    "standard × people above the money, ≥ on a complaint rate",
)
def os03() -> Book:
    b, s = book("Sheet1")
    project_head(
        s,
        year=2027,
        name="科技特派员服务项目",
        dept="白沙河区科学技术局",
        unit="白沙河区农业科技服务站",
        money=one_year_money(wan(180), wan(180), wan(0)),
        goals=(
            "选派科技特派员120人以上深入村组和企业开展技术服务，推广新品种新技术，"
            "服务农户和涉农企业。",
        ),
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "选派科技特派员人数", "≥120人"),
            (None, None, "推广新品种新技术", "≥40项"),
            (None, "质量指标", "科技特派员年度考核合格率", "≥95%"),
            (None, "时效指标", "服务协议签订完成时间", "2027年3月31日前"),
            (
                "成本指标",
                "经济成本指标",
                "科技特派员工作补助标准",
                mk(
                    "≤2万元/人",
                    "B107",
                    "warning",
                    row=True,
                    note="120人 × 2万元 = 240万元, above the 180万元",
                ),
            ),
            ("效益指标", "经济效益指标", "服务主体新增产值", "≥1500万元"),
            (None, "社会效益指标", "服务对象投诉率", mk("≥1%", "T108", "warning", row=True)),
            ("满意度指标", "服务对象满意度指标", "服务农户和企业满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "os04-specialised-sme",
    (1, 12),
    "project, NAT-2021, money that does not add up, a completion rate given as a count of firms",
)
def os04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s,
        year=2027,
        name="专精特新企业培育项目",
        dept="临川县工业和信息化局",
        unit="临川县工业和信息化局",
        money=one_year_money(
            mk(wan(500), "B101", "error", note="450 + 30 = 480"), wan(450), wan(30)
        ),
        goals=("培育省级专精特新中小企业25家、创新型中小企业40家，组织企业参加专题对接活动。",),
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "培育创新型中小企业数量", "≥40家"),
            (None, None, "专精特新企业培育入库完成率", mk("25家", "T105", "error")),
            (None, None, "组织产需对接活动", "≥4场"),
            (None, "质量指标", "培育企业申报材料合规率", "≥98%"),
            (None, "时效指标", "奖补资金拨付及时率", "≥95%"),
            ("成本指标", "经济成本指标", "专精特新企业培育奖补标准", "≤12万元/家"),
            ("效益指标", "经济效益指标", "培育企业主营业务收入增长率", "≥12%"),
            (None, "可持续影响指标", "企业梯度培育库动态管理", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "培育企业满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "os05-tech-upgrade",
    (1, 11),
    "project, NAT-2021, operator column headed 指标性质 and "
    "a unit column, bare numbers; =0起 accidents and a 增长率 ≤0 legitimately",
)
def os05() -> Book:
    b, s = book("技改补助", (14, 16, 30, 10, 14, 12))
    project_head(
        s,
        year=2027,
        name="工业企业技术改造补助",
        dept="青岚市工业和信息化局",
        unit="青岚市工业和信息化局",
        money=one_year_money(wan(800), wan(600), wan(200)),
        goals=(
            "支持40家规模以上工业企业实施技术改造，带动技改投资8亿元，单位工业增加值能耗不增长。",
        ),
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "补助技术改造项目企业数", "≥", 40, "家"),
            (None, "质量指标", "技改项目验收合格率", "≥", 95, "%"),
            (None, None, "安全生产事故", "=", 0, "起"),
            (None, "时效指标", "项目逾期率", "≤", 5, "%"),
            ("成本指标", "经济成本指标", "单个企业补助标准", "≤", 20, "万元/家"),
            ("效益指标", "经济效益指标", "带动企业技改投资", "≥", 8, "亿元"),
            (None, "生态效益指标", "单位工业增加值能耗增长率", "≤", 0, "%"),
            ("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥", 90, "%"),
        ],
    )
    s.skip()
    s.row("注：单个企业补助按技改设备投资额的10%核定，最高不超过20万元。", merge=[(1, 6)])
    return b


@variant(
    "os06-sme-platform",
    (1, 11),
    "project, NAT-2021, one value column: ≥ on a handling time, a completion rate above 100 %",
)
def os06() -> Book:
    b, s = book("绩效目标申报表")
    project_head(
        s,
        year=2027,
        name="中小企业公共服务平台运营",
        dept="白沙河区工业和信息化局",
        unit="白沙河区中小企业服务中心",
        money=one_year_money(wan(95), wan(95), wan(0)),
        goals=(
            "平台全年为中小企业提供政策咨询、融资对接、人才培训等服务3000家次以上，诉求限时办结。",
        ),
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "平台服务企业家次", "≥3000家次"),
            (None, None, "举办公益培训", "≥10场"),
            (None, "质量指标", "服务事项办结率", mk("≥105%", "T106", "error")),
            (None, "时效指标", "企业诉求办理时长", mk("≥3个工作日", "T108", "warning", row=True)),
            ("成本指标", "经济成本指标", "平台年度运营成本", "≤95万元"),
            ("效益指标", "社会效益指标", "帮助企业解决融资需求", "≥2亿元"),
            (None, "可持续影响指标", "平台服务机制", "长期有效"),
            ("满意度指标", "服务对象满意度指标", "服务企业满意度", "≥90%"),
        ],
    )
    signature(s, "邓立新", "0793-8820165")
    return b


@variant(
    "os07-county-commerce",
    (1, 4),
    "project, OLD-NAT (成本指标 under 产出), per-个 "
    "standards within the money, footnotes below the table",
)
def os07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s,
        year=2027,
        name="县域商业体系建设项目",
        dept="临川县商务局",
        unit="临川县商务局",
        money=one_year_money(wan(650), wan(500), wan(150)),
        attr="新增项目",
        goals=(
            "新建改造乡镇商贸中心6个、村级便民商店60个，建成县级物流配送中心1个，完善县乡村三级商业网络。",
        ),
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "新建改造乡镇商贸中心", "≥6个"),
            (None, None, "新建改造村级便民商店", "≥60个"),
            (None, None, "建成县级物流配送中心", "1个"),
            (None, "质量指标", "建设项目验收合格率", "≥95%"),
            (None, "时效指标", "项目完工时间", "2027年11月30日前"),
            (None, "成本指标", "乡镇商贸中心补助标准", "≤50万元/个"),
            (None, None, "村级便民商店补助标准", "≤5万元/个"),
            ("效益指标", "经济效益指标", "县域社会消费品零售总额增长率", "≥6%"),
            (None, "社会效益指标", "农村居民购物便利度", "明显提升"),
            ("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥88%"),
        ],
    )
    s.skip()
    s.row("说明：1. 补助标准依据《临川县县域商业体系建设实施方案》确定；", merge=[(1, 6)])
    s.row("2. 其他资金为经营主体自筹。", merge=[(1, 6)])
    signature(s, "黄雅琴", "0793-5216630")
    return b


@variant(
    "os08-rural-ecommerce",
    (5, 1),
    "project, NAT-2021, merged tiers: 社会效益指标 placed "
    "under 产出指标, a value that is a work description",
)
def os08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s,
        year=2027,
        name="农村电商服务站点建设",
        dept="溪口县商务局",
        unit="溪口县电子商务公共服务中心",
        money=one_year_money(wan(300), wan(260), wan(40)),
        goals=("新建改造村级电商服务站点80个，培训农村电商从业人员600人次，带动农产品网络销售。",),
        start=day(2027, 3, 1),
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "新建改造村级电商服务站点", "≥80个"),
            (None, None, "培训农村电商从业人员", "≥600人次"),
            (None, "质量指标", "站点验收合格率", "≥95%"),
            (None, "时效指标", "站点建成时间", "2027年10月31日前"),
            (None, mk("社会效益指标", "F105", "error"), "带动农户增收户数", "≥1200户"),
            ("成本指标", "经济成本指标", "站点建设补助标准", "≤3万元/个"),
            ("效益指标", "经济效益指标", "农产品网络零售额增长率", "≥15%"),
            (
                None,
                "可持续影响指标",
                "站点日常运营管理",
                mk("按要求做好站点日常运营管理工作", "T102", "warning"),
            ),
            ("满意度指标", "服务对象满意度指标", "站点服务农户满意度", "≥90%"),
        ],
    )
    return b
