"""Multi-year project returns with 中期 and 年度 columns (os09–os13)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout191.common import book, indicators, multi_money, signature, wan
from tests.variants.holdout191.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "os09-specialised-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns, cumulative counts below their period values, per-家 standard within both",
)
def os09() -> Book:
    b, s = book("Sheet1")
    project_head(
        s,
        year=2027,
        years=3,
        name="专精特新中小企业梯度培育三年行动",
        dept="青岚市工业和信息化局",
        unit="青岚市中小企业发展促进中心",
        attr="新增项目",
        money=multi_money((wan(1500), wan(1200), wan(300)), (wan(500), wan(400), wan(100))),
        goals=(
            "2027—2029年累计培育专精特新中小企业60家，带动新增就业1500人，形成梯度培育体系。",
            "2027年培育专精特新中小企业20家，组织供需对接活动4场，带动新增就业500人。",
        ),
    )
    indicators(
        s,
        HEAD5,
        [
            ("产出指标", "数量指标", "培育专精特新中小企业", "≥60家", "≥20家"),
            (None, None, "组织供需对接活动", "≥12场", "≥4场"),
            (None, "质量指标", "培育企业认定通过率", "≥80%", "≥80%"),
            (None, "时效指标", "奖补资金拨付时间", "每年11月30日前", "2027年11月30日前"),
            ("成本指标", "经济成本指标", "单家企业奖补标准", "≤20万元/家", "≤20万元/家"),
            ("效益指标", "经济效益指标", "培育企业营业收入年均增长率", "≥10%", "≥10%"),
            (None, "社会效益指标", "带动新增就业人数", "≥1500人", "≥500人"),
            ("满意度指标", "服务对象满意度指标", "培育企业满意度", "≥90%", "≥90%"),
        ],
    )
    signature(s, "许文斌", "0791-8655402")
    return b


@variant(
    "os10-transfer-platform",
    (8, 12),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "a 2026 deadline in a 2027–2028 project, 年度 money that does not add up",
)
def os10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s,
        year=2027,
        years=2,
        name="科技成果转化服务平台建设",
        dept="白沙河区科学技术局",
        unit="白沙河区科技成果转化中心",
        money=multi_money(
            (wan(700), wan(560), wan(140)),
            (mk(wan(400), "B101", "error", note="300 + 80 = 380"), wan(300), wan(80)),
        ),
        goals=(
            "两年内建成科技成果转化服务平台并上线运行，促成技术合同登记120项。",
            "2027年平台上线运行，促成技术合同登记50项，举办成果对接会3场。",
        ),
    )
    indicators(
        s,
        HEAD5,
        [
            ("产出指标", "数量指标", "促成技术合同登记", "≥120项", "≥50项"),
            (None, None, "举办成果对接会", "≥6场", "≥3场"),
            (None, "质量指标", "平台功能模块验收合格率", "≥95%", "≥95%"),
            (
                None,
                "时效指标",
                "平台上线运行时间",
                "2027年6月30日前",
                mk("2026年12月31日前", "Y102", "error", alt=("Y101",)),
            ),
            ("成本指标", "经济成本指标", "平台建设成本", "≤700万元", "≤400万元"),
            ("效益指标", "经济效益指标", "技术合同成交额", "≥3亿元", "≥1.2亿元"),
            (None, "可持续影响指标", "平台运营维护机制", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "平台用户满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "os11-ecommerce-demo",
    (8,),
    "two-year project, NAT-2021, unit column before 中期 and "
    "年度 columns, operators with bare numbers, per-个 standards within both",
)
def os11() -> Book:
    b, s = book("电商进农村", (14, 16, 30, 10, 16, 16))
    project_head(
        s,
        year=2027,
        years=2,
        name="电子商务进农村综合示范",
        dept="临川县商务局",
        unit="临川县商务局",
        money=multi_money((wan(1000), wan(800), wan(200)), (wan(600), wan(480), wan(120))),
        goals=(
            "2027—2028年建成乡镇电商服务中心10个、村级服务站点100个，培训2000人次。",
            "2027年建成乡镇电商服务中心6个、村级服务站点60个，培训1200人次。",
        ),
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "建成乡镇电商服务中心", "个", "≥10", "≥6"),
            (None, None, "建成村级电商服务站点", "个", "≥100", "≥60"),
            (None, None, "电商实操培训", "人次", "≥2000", "≥1200"),
            (None, "质量指标", "站点正常运营率", "%", "≥90", "≥90"),
            (None, "时效指标", "项目逾期率", "%", "≤5", "≤5"),
            ("成本指标", "经济成本指标", "乡镇电商服务中心补助标准", "万元/个", "≤30", "≤30"),
            (None, None, "村级站点建设补助标准", "万元/个", "≤4", "≤4"),
            ("效益指标", "经济效益指标", "农村网络零售额增长率", "%", "≥15", "≥15"),
            (None, "社会效益指标", "电商服务建制村覆盖率", "%", "≥98", "≥90"),
            ("满意度指标", "服务对象满意度指标", "农村群众满意度", "%", "≥90", "≥90"),
        ],
    )
    return b


@variant(
    "os12-digital-transform",
    (8, 11),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: an annual count above its period count, an indicator listed twice",
)
def os12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s,
        year=2027,
        years=3,
        name="中小企业数字化转型服务",
        dept="白沙河区工业和信息化局",
        unit="白沙河区工业和信息化局",
        money=multi_money((wan(900), wan(900), wan(0)), (wan(300), wan(300), wan(0))),
        goals=(
            "三年内为150家中小企业开展数字化转型诊断，推动300家企业上云用云。",
            "2027年完成60家企业数字化诊断，推动100家企业上云用云。",
        ),
    )
    indicators(
        s,
        HEAD5,
        [
            ("产出指标", "数量指标", "新增上云用云企业数量", "≥300家", "≥100家"),
            (
                None,
                None,
                "开展数字化转型诊断企业",
                "≥150家",
                mk("≥180家", "D201", "error", alt=("D104",), note="the goal text says 60"),
            ),
            (None, None, "组织数字化转型培训", "≥9场", "≥3场"),
            (
                None,
                None,
                mk("新增上云用云企业数量", "D101", "warning", row=True, alt=("D102", "D103")),
                "≥300家",
                "≥100家",
            ),
            (None, "质量指标", "诊断报告验收合格率", "≥95%", "≥95%"),
            (None, "时效指标", "诊断服务按期完成率", "≥95%", "≥95%"),
            ("成本指标", "经济成本指标", "单家企业诊断服务费", "≤1.5万元/家", "≤1.5万元/家"),
            ("效益指标", "经济效益指标", "诊断企业生产效率提升", "≥10%", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "服务企业满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "os13-innovation-voucher",
    (1, 8),
    "two-year project, NAT-2021, operator column headed "
    "指标性质, 中期 and 年度 columns, percent-formatted rates",
)
def os13() -> Book:
    b, s = book("创新券", (14, 16, 30, 10, 16, 16))
    project_head(
        s,
        year=2027,
        years=2,
        name="科技创新券补助",
        dept="青岚市科学技术局",
        unit="青岚市科技服务中心",
        money=multi_money((wan(400), wan(400), wan(0)), (wan(200), wan(200), wan(0))),
        goals=(
            "两年内向200家科技型中小企业发放创新券，支持企业购买检验检测、研发设计等科技服务。",
            "2027年向100家企业发放创新券，兑付率达到85%以上。",
        ),
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "获得创新券企业数量", "≥", "200家", "100家"),
            (None, "质量指标", "创新券兑付率", "≥", pct(0.85), pct(0.85)),
            (None, "时效指标", "兑付申请审核办结时限", "≤", "15个工作日", "15个工作日"),
            ("成本指标", "经济成本指标", "单家企业创新券兑付上限", "≤", "1.5万元/家", "1.5万元/家"),
            ("效益指标", "经济效益指标", "带动企业购买科技服务金额", "≥", "1200万元", "600万元"),
            (None, "社会效益指标", "服务机构入驻数量", "≥", "50家", "30家"),
            ("满意度指标", "服务对象满意度指标", "用券企业满意度", "≥", pct(0.9), pct(0.9)),
        ],
    )
    s.skip()
    s.row(
        "注：创新券按企业实际支付服务费用的50%兑付，单家企业年度累计不超过1.5万元。", merge=[(1, 6)]
    )
    return b
