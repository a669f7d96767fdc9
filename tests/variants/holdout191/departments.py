"""部门整体 returns (os14, os15, os18) and stacked projects (os16, os17)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout191.common import book, indicators, one_year_money, signature, wan
from tests.variants.holdout191.registry import variant
from tests.variants.kit import Book, mk

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "os14-county-science-dept",
    (12,),
    "department, NAT-2021, budget and key tasks that "
    "add up, a per-人 standard equal to its task money",
)
def os14() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=2027,
        dept="溪口县科学技术局",
        budget=[(wan(860), wan(820), wan(40), wan(310), wan(550))],
        tasks=[
            (
                "科技型企业培育",
                "科技型中小企业入库培育、高企申报辅导",
                wan(200),
                "培育科技型中小企业80家",
            ),
            ("科技特派员服务", "选派科技特派员服务乡村产业", wan(150), "选派科技特派员60人"),
            ("科技创新平台建设", "支持企业建设研发中心和孵化载体", wan(200), "新建科技创新平台3个"),
            ("金额合计", None, wan(550), None),
        ],
        goal="围绕县域产业发展，培育科技型企业，推进科技特派员服务和创新平台建设，提升县域创新能力。",
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "培育科技型中小企业", "≥80家"),
            (None, None, "选派科技特派员", "≥60人"),
            (None, None, "新建科技创新平台", "≥3个"),
            (None, "质量指标", "科技项目验收合格率", "≥95%"),
            (None, "时效指标", "科技项目资金拨付及时率", "≥95%"),
            ("成本指标", "经济成本指标", "科技特派员补助标准", "≤2.5万元/人"),
            (None, None, "部门项目支出", "≤550万元"),
            ("效益指标", "经济效益指标", "高新技术产业增加值增长率", "≥8%"),
            (None, "社会效益指标", "技术合同成交额", "≥1.5亿元"),
            ("满意度指标", "服务对象满意度指标", "服务企业满意度", "≥90%"),
        ],
    )
    signature(s, "方静", "0794-3302718")
    return b


@variant(
    "os15-city-commerce-dept",
    (12, 11),
    "department, NAT-2021: 基本支出 + 项目支出 miss the 资金总额, ≥ on 企业投诉率",
)
def os15() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=2027,
        dept="青岚市商务局",
        budget=[
            (
                mk(wan(2400), "B101", "error", note="900 + 1450 = 2350"),
                wan(2100),
                wan(300),
                wan(900),
                wan(1450),
            )
        ],
        tasks=[
            ("消费券发放", "分三批发放餐饮、零售、家电消费券", wan(800), "带动消费2亿元"),
            ("县域商业体系建设指导", "指导各县建设乡镇商贸中心和物流配送", wan(350), "覆盖5个县"),
            ("外贸稳增长服务", "组织企业参加境内外展会", wan(300), "组织参展企业120家次"),
            ("金额合计", None, wan(1450), None),
        ],
        goal="扩大消费需求，完善县域商业体系，稳定外贸增长，优化营商环境。",
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "发放消费券批次", "≥3批"),
            (None, None, "指导建设县域商业体系县数", "≥5个"),
            (None, None, "组织企业参展", "≥120家次"),
            (None, "质量指标", "消费券核销率", "≥85%"),
            (None, "时效指标", "消费券资金结算及时率", "≥95%"),
            ("成本指标", "经济成本指标", "部门项目支出", "≤1450万元"),
            ("效益指标", "经济效益指标", "带动消费金额", "≥2亿元"),
            (None, "社会效益指标", "企业投诉率", mk("≥1%", "T108", "warning", row=True)),
            ("满意度指标", "服务对象满意度指标", "商户和消费者满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "os16-stacked-voucher-ecommerce",
    (2,),
    "two one-year projects stacked in one sheet, "
    "NAT-2021, the same 满意度 name with different values in each",
)
def os16() -> Book:
    b, s = book("项目绩效目标表")
    project_head(
        s,
        year=2027,
        name="促消费券发放",
        dept="临溪县商务局",
        unit="临溪县商务局",
        money=one_year_money(wan(500), wan(500), wan(0)),
        goals=("发放消费券10万张，带动社会消费3000万元以上。",),
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "发放消费券张数", "≥100000张"),
            (None, "质量指标", "消费券核销率", "≥85%"),
            (None, "时效指标", "消费券发放完成时间", "2027年10月31日前"),
            ("成本指标", "经济成本指标", "单张消费券面额", "≤45元/张"),
            ("效益指标", "经济效益指标", "带动社会消费金额", "≥3000万元"),
            (None, "社会效益指标", "商户投诉率", "≤1%"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
        ],
    )
    s.skip(2)
    project_head(
        s,
        year=2027,
        title="",
        name="农村电商服务站点运营补助",
        dept="临溪县商务局",
        unit="临溪县电子商务公共服务中心",
        money=one_year_money(wan(120), wan(100), wan(20)),
        goals=("支持40个村级电商服务站点正常运营，提供代购代销、快递收发等服务。",),
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "补助运营站点数量", "≥40个"),
            (None, "质量指标", "站点正常运营率", "≥90%"),
            (None, "时效指标", "运营补助拨付时间", "2027年12月15日前"),
            ("成本指标", "经济成本指标", "站点运营补助标准", "≤2.5万元/个"),
            ("效益指标", "经济效益指标", "站点代销农产品金额", "≥800万元"),
            (None, "社会效益指标", "站点服务覆盖行政村", "≥120个"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥88%"),
        ],
    )
    return b


@variant(
    "os17-stacked-outlets-events",
    (2, 11),
    "two one-year projects stacked, NAT-2021: ≥ on "
    "项目逾期率 in the first, a per-场 standard × events above the money in the second",
)
def os17() -> Book:
    b, s = book("Sheet1")
    project_head(
        s,
        year=2027,
        name="县域商业网点改造提升",
        dept="白沙河区商务局",
        unit="白沙河区商务局",
        money=one_year_money(wan(240), wan(200), wan(40)),
        goals=("改造提升社区商业网点30个，打造便民生活圈2个。",),
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "改造提升社区商业网点", "≥30个"),
            (None, None, "打造便民生活圈", "≥2个"),
            (None, "质量指标", "改造网点验收合格率", "≥95%"),
            (None, "时效指标", "项目逾期率", mk("≥5%", "T108", "warning", row=True)),
            ("成本指标", "经济成本指标", "单个网点改造补助标准", "≤6万元/个"),
            ("效益指标", "经济效益指标", "改造网点销售额增长率", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
        ],
    )
    s.skip(2)
    project_head(
        s,
        year=2027,
        title="",
        name="促消费系列活动",
        dept="白沙河区商务局",
        unit="白沙河区商务局",
        money=one_year_money(wan(80), wan(80), wan(0)),
        goals=("全年举办汽车、家电、餐饮等促消费活动20场，带动消费1亿元。",),
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "举办促消费活动场次", "≥20场"),
            (None, "质量指标", "活动安全事故", "=0起"),
            (None, "时效指标", "首场活动举办时间", "2027年4月30日前"),
            (
                "成本指标",
                "经济成本指标",
                "每场活动补助标准",
                mk(
                    "≤5万元/场",
                    "B107",
                    "warning",
                    row=True,
                    note="20场 × 5万元 = 100万元, above the 80万元",
                ),
            ),
            ("效益指标", "经济效益指标", "带动消费金额", "≥1亿元"),
            ("满意度指标", "服务对象满意度指标", "参与商户满意度", "≥90%"),
        ],
    )
    signature(s, "林海燕", "0792-4418309")
    return b


@variant(
    "os18-county-industry-dept",
    (12,),
    "department, NAT-2021, Dongguan-style 实施周期 and "
    "年度 columns (one-year period, equal), 办理时长 and 逾期率 with ≤",
)
def os18() -> Book:
    b, s = book("部门整体支出绩效目标")
    department_head(
        s,
        year=2027,
        dept="临川县工业和信息化局",
        budget=[(wan(1250), wan(1150), wan(100), wan(450), wan(800))],
        tasks=[
            (
                "工业企业技改补助",
                "支持规上工业企业设备更新和技术改造",
                wan(400),
                "支持技改企业25家",
            ),
            (
                "专精特新企业培育",
                "梯度培育创新型、专精特新中小企业",
                wan(250),
                "新增专精特新企业10家",
            ),
            ("中小企业公共服务", "运营中小企业公共服务平台", wan(150), "服务企业1500家次"),
            ("金额合计", None, wan(800), None),
        ],
        goal="推动工业企业技术改造和专精特新发展，提升中小企业公共服务水平。",
    )
    s.row("实施周期：2027年1月1日—2027年12月31日", merge=[(1, 5)])
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "支持技术改造企业", "≥25家", "≥25家"),
            (None, None, "新增专精特新中小企业", "≥10家", "≥10家"),
            (None, None, "平台服务企业家次", "≥1500家次", "≥1500家次"),
            (None, "质量指标", "技改项目验收合格率", "≥95%", "≥95%"),
            (None, "时效指标", "企业诉求办理时长", "≤5个工作日", "≤5个工作日"),
            (None, None, "项目逾期率", "≤3%", "≤3%"),
            ("成本指标", "经济成本指标", "技改企业平均补助", "≤16万元/家", "≤16万元/家"),
            ("效益指标", "经济效益指标", "规上工业增加值增长率", "≥7%", "≥7%"),
            (None, "可持续影响指标", "中小企业服务体系", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "服务企业满意度", "≥90%", "≥90%"),
        ],
    )
    return b
