"""部门整体 tables of a grain bureau, a commerce bureau and a supply-and-marketing
cooperative (nl13, nl14, nl17)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout158.common import indicators, lines_below
from tests.variants.holdout158.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "nl13-grain-bureau-department",
    (12,),
    "department, NAT-2021, a 年度绩效指标 label "
    "column merged down, key tasks adding up to 项目支出",
)
def nl13() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 16, 30, 18, 18))
    department_head(
        s,
        year=2027,
        dept="青梧县粮食和物资储备局",
        budget=[(1850, 1700, 150, 1050, 800)],
        tasks=[
            (
                "地方储备粮轮换及保管",
                "落实县级储备粮轮换和保管费用补贴",
                500,
                "储备粮数量真实、质量良好",
            ),
            ("储备粮库维修改造", "维修改造仓房，改善储粮条件", 200, "按期完成改造任务"),
            ("应急物资储备", "购置和维护县级应急物资", 100, "应急物资储备充足"),
            ("金额合计", None, 800, None),
        ],
        goal="确保县级储备粮规模50000吨数量真实、质量良好，维修改造仓房3栋，储备应急物资20类，"
        "保障全县粮食安全和应急物资供应。",
    )
    s.table(  # the label 年度绩效指标 merged down from the header row
        [
            ("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"),
            (None, "产出指标", "数量指标", "县级储备粮储备规模", "≥50000吨"),
            (None, None, None, "维修改造仓房栋数", "≥3栋"),
            (None, None, None, "储备应急物资品种", "≥20类"),
            (None, None, None, "粮食质量安全抽检批次", "≥60批次"),
            (None, None, "质量指标", "储备粮宜存率", "≥95%"),
            (None, None, None, "库存粮食账实相符率", pct(1.0)),
            (None, None, "时效指标", "储备粮轮换计划完成时间", "2027年11月30日前"),
            (None, "成本指标", "经济成本指标", "县级储备粮保管费用补贴标准", "≤80元/吨"),
            (None, "效益指标", "社会效益指标", "储粮安全生产事故发生次数", "=0起"),
            (None, None, None, "全县粮食应急保障能力", "有效提升"),
            (None, None, "可持续影响指标", "储备粮管理制度", "健全"),
            (None, "满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
        ],
        merged=(1, 2, 3),
    )
    return b


@variant(
    "nl14-commerce-bureau-department",
    (12,),
    "department, NAT-2021: key tasks not adding "
    "up to 金额合计, the same indicator twice with the same value",
)
def nl14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s,
        year=2027,
        dept="澄川市商务局",
        budget=[(2600, 2400, 200, 1400, 1200)],
        tasks=[
            ("电子商务进农村", "建设农村电商服务体系，培育电商示范企业", 450, "培育示范企业"),
            ("县域商业体系建设", "建设改造乡镇商贸中心", 400, "完善县域商业网络"),
            ("消费促进", "举办促消费系列活动", 300, "促进消费回升"),
            (
                "金额合计",
                None,
                mk(1200, "B102", "error", note="450 + 400 + 300 = 1150"),
                None,
            ),
        ],
        goal="举办促消费活动30场，培育电商示范企业10家，建设改造乡镇商贸中心5个，"
        "推动社会消费品零售总额增长6%以上。",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "举办促消费活动场次", "≥30场"),
            (None, None, "培育电商示范企业数量", "≥10家"),
            (None, None, "建设改造乡镇商贸中心数量", "≥5个"),
            (None, "质量指标", "商贸项目验收合格率", pct(1.0)),
            (None, "时效指标", "项目资金拨付及时率", "≥95%"),
            ("成本指标", "经济成本指标", "单场促消费活动组织费用", "≤10万元"),
            ("效益指标", "经济效益指标", "社会消费品零售总额增长率", "≥6%"),
            (None, None, "网络零售额增长率", "≥10%"),
            (
                None,
                "社会效益指标",
                mk(
                    mk(
                        "举办促消费活动场次",
                        "D101",
                        "warning",
                        row=True,
                        alt=("D102", "D103"),
                        note="the 数量 row again",
                    ),
                    "F201",
                    "warning",
                    row=True,
                    required=False,
                    note="a count under 社会效益 is the same slip",
                ),
                "≥30场",
            ),
            (None, "可持续影响指标", "农村商业网点持续运营率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "nl17-coop-department-weights",
    (10,),
    "department, NAT-2021, a 权重 column adding up to 100, signature line",
)
def nl17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s,
        year=2027,
        dept="石泉市供销合作社联合社",
        budget=[(980, 900, 80, 620, 360)],
        tasks=[
            ("农资保供", "储备春耕化肥，稳定农资供应", 150, "春耕农资供应充足"),
            ("为农服务中心运营", "支持为农服务中心开展农业社会化服务", 130, "服务中心稳定运营"),
            ("农产品流通", "举办农产品展销活动", 80, "拓宽农产品销路"),
            ("金额合计", None, 360, None),
        ],
        goal="储备春耕化肥8000吨，支持12个为农服务中心运营，举办农产品展销活动6场，"
        "带动农产品销售5000万元以上。",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）"),
        [
            ("产出指标", "数量指标", "化肥储备数量", "≥8000吨", 10),
            (None, None, "为农服务中心运营数量", "≥12个", 10),
            (None, None, "农产品展销活动场次", "≥6场", 5),
            (None, "质量指标", "储备农资抽检合格率", "≥98%", 10),
            (None, None, "为农服务中心年度考核合格率", "≥90%", 10),
            (None, "时效指标", "春耕农资投放完成时间", "2027年4月30日前", 5),
            ("成本指标", "经济成本指标", "化肥储备贴息标准", "≤120元/吨", 10),
            ("效益指标", "经济效益指标", "带动农产品销售额", "≥5000万元", 10),
            (None, "社会效益指标", "春耕期间主要农资价格涨幅", "≤5%", 10),
            (None, "可持续影响指标", "基层供销服务体系运行", "稳定", 10),
            ("满意度指标", "服务对象满意度指标", "社员和农户满意度", "≥90%", 10),
        ],
    )
    lines_below(s, "单位负责人：任秋平    填报人：薛嘉禾    联系电话：0738-2215076", width=5)
    return b
