"""Two projects stacked in one sheet, each with its own head and indicator table (nl15, nl16)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout158.common import indicators, one_year_money
from tests.variants.holdout158.registry import variant
from tests.variants.kit import Book, mk

HEADER = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "nl15-coop-stacked",
    (2,),
    "two projects of a supply-and-marketing cooperative stacked, "
    "OLD-NAT, one value column; the same 满意度 name with different values in each",
)
def nl15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        title="2027年度项目支出绩效目标申报表（云漳县供销合作社联合社）",
        name="春耕农资储备贴息",
        dept="云漳县供销合作社联合社",
        unit="云漳县农业生产资料有限公司",
        attr="常年项目",
        money=one_year_money(60, 50, 10),
        goals=["春耕前储备化肥3000吨、农药40吨，4月底前投放完毕，保障春耕用肥用药。"],
    )
    indicators(
        s,
        HEADER,
        [
            ("产出指标", "数量指标", "化肥储备数量", "≥3000吨"),
            (None, None, "农药储备数量", "≥40吨"),
            (None, "质量指标", "储备农资质量抽检合格率", "≥98%"),
            (None, "时效指标", "春耕农资投放完成时间", "2027年4月30日前"),
            (None, "成本指标", "化肥储备贴息标准", "≤150元/吨"),
            ("效益指标", "社会效益指标", "春耕农资供应保障率", "≥95%"),
            (None, "可持续影响指标", "农资商业储备制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "服务农户满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2027,
        title="",
        name="为农服务中心运营补助",
        dept="云漳县供销合作社联合社",
        unit="云漳县供销合作社联合社",
        attr="延续项目",
        money=one_year_money(40, 40, 0),
        goals=["补助8个为农服务中心运营，开展农技培训24场，服务覆盖农户6000户。"],
    )
    indicators(
        s,
        HEADER,
        [
            ("产出指标", "数量指标", "补助为农服务中心数量", "≥8个"),
            (None, None, "开展农技培训场次", "≥24场"),
            (None, "质量指标", "为农服务中心年度考核合格率", "≥90%"),
            (None, "时效指标", "运营补助资金拨付时间", "2027年6月30日前"),
            (None, "成本指标", "为农服务中心运营补助标准", "≤5万元/个"),
            ("效益指标", "经济效益指标", "服务农户亩均节本", "≥50元/亩"),
            (None, "社会效益指标", "服务覆盖农户数", "≥6000户"),
            ("满意度指标", "服务对象满意度指标", "服务农户满意度", "≥85%"),
        ],
    )
    return b


@variant(
    "nl16-commerce-stacked",
    (2, 11),
    "two commerce projects stacked, NAT-2021, one value "
    "column: in the second a 反向 rate with ≥ and a deadline of the year before",
)
def nl16() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s,
        year=2027,
        name="县电子商务公共服务中心运营",
        dept="柘溪县商务局",
        unit="柘溪县电子商务公共服务中心",
        attr="延续项目",
        money=one_year_money(120, 100, 20),
        goals=["孵化电商企业15家，开展直播带货培训600人次，带动农产品网络销售额2000万元以上。"],
    )
    indicators(
        s,
        HEADER,
        [
            ("成本指标", "经济成本指标", "公共服务中心年运营费用", "≤120万元"),
            ("产出指标", "数量指标", "孵化电商企业数量", "≥15家"),
            (None, None, "直播带货培训人次", "≥600人次"),
            (None, "质量指标", "孵化企业存活率", "≥80%"),
            (None, "时效指标", "企业咨询服务响应时间", "≤24小时"),
            ("效益指标", "经济效益指标", "带动农产品网络销售额", "≥2000万元"),
            (None, "社会效益指标", "带动就业人数", "≥150人"),
            ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2027,
        title="",
        name="农产品冷链配送车辆购置补助",
        dept="柘溪县商务局",
        unit="柘溪县商务局",
        attr="一次性项目",
        money=one_year_money(200, 180, 20),
        goals=["补助购置冷链配送车辆10辆，冷链配送覆盖行政村120个，降低生鲜农产品流通损耗。"],
    )
    indicators(
        s,
        HEADER,
        [
            ("成本指标", "经济成本指标", "冷链配送车辆购置补助标准", "≤15万元/辆"),
            ("产出指标", "数量指标", "补助冷链配送车辆数量", "≥10辆"),
            (None, None, "冷链配送覆盖行政村数", "≥120个"),
            (None, "质量指标", "冷链运输温度达标率", "≥95%"),
            (
                None,
                None,
                "生鲜农产品冷链断链率",
                mk("≥3%", "T108", "warning", row=True, note="断链率 is 反向"),
            ),
            (
                None,
                "时效指标",
                "补助车辆投入运营时间",
                mk(
                    "2026年10月31日前",
                    "Y102",
                    "error",
                    alt=("Y101",),
                    note="a 2027 project, a 2026 deadline",
                ),
            ),
            ("效益指标", "经济效益指标", "生鲜农产品流通损耗率", "≤8%"),
            ("满意度指标", "服务对象满意度指标", "配送网点经营户满意度", "≥90%"),
        ],
    )
    return b
