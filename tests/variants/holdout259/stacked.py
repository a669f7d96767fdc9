"""Several projects stacked in one sheet, each under its own head block: rural e-commerce,
county commerce and vouchers (ri07–ri10, ri12; ri11, a stacked pair of fairs, sits in
``percent``)."""

from __future__ import annotations

from tests.variants.holdout259.common import (
    DIR,
    ONE,
    TWO,
    book,
    calc,
    indicators,
    one_year_money,
    period_money,
    sign,
    stacked,
    wan,
)  # fmt: skip
from tests.variants.holdout259.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

DEPT7 = "禾丰县商务局（501）"


def _ri07_centre(s: Sheet) -> None:
    stacked(s, 2026, "县级电子商务公共服务中心运营项目", DEPT7, "禾丰县电子商务服务中心",
            one_year_money(wan(150), wan(150), wan(0)),
            "2026年吸引40家以上电商企业入驻服务中心，开展电商技能培训1200人次，带动直播电商"
            "销售额成倍增长。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "入驻电商企业数量", "≥40家"),
        (None, None, "开展电商技能培训人次", "≥1200人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "年度培训完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤400元/人次"),
        ("效益指标", "经济效益指标", "直播电商销售额增长率", "≥150%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip


def _ri07_logistics(s: Sheet) -> None:
    stacked(s, 2026, "农村物流快递共同配送体系建设项目", DEPT7, "禾丰县商务局",
            one_year_money(wan(220), wan(180), wan(40)),
            "2026年建设村级快递物流服务站点60个，新增共同配送车辆12辆，实现建制村快递服务"
            "全覆盖。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "建设村级快递物流服务站点", "≥60个"),
        (None, None, "新增共同配送车辆", "≥12辆"),
        (None, "质量指标", "快递包裹破损率", "≤0.5%"),
        (None, "时效指标", "农村快件平均投递时长", "≤48小时"),
        ("成本指标", "经济成本指标", "单个村级站点建设补助", "≤2万元/个"),
        ("效益指标", "社会效益指标", "建制村快递服务覆盖率", pct(1)),
        (None, "可持续影响指标", "服务站点持续运营率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip


def _ri07_brands(s: Sheet) -> None:
    stacked(s, 2026, "农产品品牌培育与网络销售项目", DEPT7, "禾丰县农产品流通协会",
            one_year_money(wan(80), wan(80), wan(0)),
            "2026年培育农产品区域公用品牌3个，农产品网络销售额达到1.2亿元。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "培育农产品区域公用品牌", "≥3个"),
        (None, None, "完成绿色有机认证产品", "≥15个"),
        (None, "质量指标", "品牌产品抽检合格率", "≥98%"),
        (None, "时效指标", "品牌发布活动完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单个品牌策划设计费用", "≤15万元/个"),
        ("效益指标", "经济效益指标", "农产品网络销售额", "≥1.2亿元"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip


@variant("ri07-rural-ecommerce-three", (2,), "three one-year projects stacked in one sheet, "
         "NAT-2021: the same 服务对象满意度 in each, a 增长率 of 150%, a 破损率 with ≤, a bare "
         "100% 覆盖率 (correct)")  # fmt: skip
def ri07() -> Book:
    b, s = book("电商进农村")
    s.title("2026年度电子商务进农村综合示范项目绩效目标表", 6)
    _ri07_centre(s)
    _ri07_logistics(s)
    _ri07_brands(s)
    sign(s, "覃慧敏", "莫永福", "0776-43128852")
    return b


@variant("ri08-county-commerce-two", (2, 12), "two one-year projects stacked, NAT-2021: the "
         "second one's 总额 not the sum of its sources and a 时效指标 under 效益指标")  # fmt: skip
def ri08() -> Book:
    b, s = book("Sheet1")
    s.title("2026年度县域商业体系建设项目绩效目标表", 6)
    dept = "松屏县商务局（318）"
    stacked(s, 2026, "乡镇商贸中心改造提升项目", dept, "松屏县商务局",
            one_year_money(wan(260), wan(200), wan(60)),
            "2026年改造提升乡镇商贸中心5个，新增就业岗位80个。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造提升乡镇商贸中心", "≥5个"),
        (None, "质量指标", "改造工程验收合格率", pct(1)),
        (None, "时效指标", "改造完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单个商贸中心改造补助", "≤40万元/个"),
        ("效益指标", "经济效益指标", "乡镇商贸中心销售额增长率", "≥8%"),
        (None, "社会效益指标", "新增就业岗位", "≥80个"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(wan(300), "B101", "error", note="200 + 80 = 280, not 300")
    stacked(s, 2026, "农贸市场标准化改造项目", dept, "松屏县市场服务中心",
            one_year_money(total, wan(200), wan(80)),
            "2026年完成6个农贸市场标准化改造，规范市场经营秩序。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造农贸市场数量", "≥6个"),
        (None, "质量指标", "市场食用农产品快检合格率", "≥98%"),
        ("成本指标", "经济成本指标", "单个市场改造补助", "≤45万元/个"),
        ("效益指标", "社会效益指标", "农贸市场消费投诉率", "≤1%"),
        (None, mk("时效指标", "F105", "error", note="时效指标 belongs to 产出指标"),
         "农贸市场改造完成时间", "2026年11月30日前"),
        ("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "龙海燕", "吴宗仁", "0855-72410369")
    return b


@variant("ri09-county-commerce-old-nat", (2, 12), "two one-year projects stacked, OLD-NAT "
         "(成本指标 under 产出指标), each with a 资金测算 block that adds up, a 下降率 with ≥ "
         "(correct)")  # fmt: skip
def ri09() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 16, 16, 30))
    s.title("棠梨县2026年县域商业体系建设项目支出绩效目标表", 6)
    dept = "棠梨县商务局（604）"
    stacked(s, 2026, "县域商业网点规划编制及评估项目", dept, "棠梨县商务局",
            one_year_money(wan(60), wan(60), wan(0)),
            "2026年编制县域商业网点规划1项，完成县域商业体系评估报告1份。")  # fmt: skip
    calc(s, [("商业网点规划编制", "1项", 38, 38, "参照同类规划编制服务市场价"),
             ("商业体系评估", "1项", 22, 22, "评估机构询价")], 60)  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "编制县域商业网点规划", "=1项"),
        (None, None, "完成商业体系评估报告", "=1份"),
        (None, "质量指标", "规划成果专家评审通过率", "=100%"),
        (None, "时效指标", "规划成果提交时间", "2026年9月30日前"),
        (None, "成本指标", "规划编制费用", "≤38万元"),
        ("效益指标", "社会效益指标", "乡镇商业网点规划覆盖率", "=100%"),
        (None, "可持续影响指标", "规划指导期限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "相关部门满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, 2026, "村级便民商店连锁化改造项目", dept, "棠梨县供销合作社联合社",
            one_year_money(wan(150), wan(120), wan(30)),
            "2026年改造村级便民商店100个，建成连锁配送信息系统1套。")  # fmt: skip
    calc(s, [("便民商店改造补助", "100个", 1.2, 120, "每店货架、冷柜及收银设备"),
             ("连锁配送信息系统", "1套", 30, 30, "含三年运维")], 150)  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造村级便民商店", "≥100个"),
        (None, "质量指标", "改造商店连锁化率", "≥60%"),
        (None, "时效指标", "改造完成时间", "2026年11月30日前"),
        (None, "成本指标", "单店改造补助", "≤1.2万元/个"),
        ("效益指标", "经济效益指标", "便民商店月均销售额增长率", "≥10%"),
        (None, "社会效益指标", "假冒伪劣商品投诉下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "石秀英", "田家宝", "0743-85326617")
    return b


def _ri10_tradein(s: Sheet) -> None:
    stacked(s, 2026, "汽车、家电以旧换新消费补贴项目", "云岫区商务局（133）", "云岫区商务局",
            one_year_money(wan(500), wan(450), wan(50)),
            "2026年补贴以旧换新汽车800辆、家电6000台，带动汽车家电消费2.5亿元以上。")  # fmt: skip
    indicators(s, DIR, [
        ("产出指标", "数量指标", "补贴以旧换新汽车数量", "≥800辆", "正向"),
        (None, None, "家电以旧换新补贴台数", "≥6000台", "正向"),
        (None, "质量指标", "补贴资金审核准确率", pct(1), "正向"),
        (None, "时效指标", "补贴资金兑付时限",
         mk(pct(1), "T113", "warning", note="a time limit given as 100%"), "反向"),
        ("成本指标", "经济成本指标", "单辆汽车补贴标准", "≤3000元/辆", "反向"),
        (None, None, "单台家电补贴标准", "≤300元/台", "反向"),
        ("效益指标", "经济效益指标", "带动汽车家电消费额", "≥2.5亿元", "正向"),
        (None, "社会效益指标", "回收废旧家电规范处置率", "≥95%", "正向"),
        ("满意度指标", "服务对象满意度指标", "申领群众满意度", "≥90%", "正向"),
    ])  # fmt: skip


@variant("ri10-vouchers-stacked-dates", (2, 11), "two one-year projects stacked, NAT-2021, "
         "direction column: a 兑付时限 of 100%, an end date before the start, ≥ on a "
         "套现发生率")  # fmt: skip
def ri10() -> Book:
    b, s = book("Sheet1")
    s.title("云岫区2026年度促消费项目绩效目标表", 6)
    _ri10_tradein(s)
    end = mk(day(2025, 9, 30), "Y104", "error", alt=("Y102",), note="2025-09-30 < 2026-06-01")
    stacked(s, 2026, "夏季餐饮消费券发放项目", "云岫区商务局（133）", "云岫区商务局",
            one_year_money(wan(120), wan(120), wan(0)),
            "2026年夏季发放餐饮消费券24000张，吸引300家以上餐饮商户参与。",
            start=day(2026, 6, 1), end=end)  # fmt: skip
    indicators(s, DIR, [
        ("产出指标", "数量指标", "发放餐饮消费券", "≥24000张", "正向"),
        (None, None, "参与餐饮商户", "≥300家", "正向"),
        (None, "质量指标", "消费券核销率", "≥90%", "正向"),
        (None, "时效指标", "活动结束后资金结算时间", "≤10个工作日", "反向"),
        ("成本指标", "经济成本指标", "单张消费券面额", "≤50元/张", "反向"),
        ("效益指标", "社会效益指标", "消费券违规套现发生率",
         mk("≥1%", "T108", "warning", row=True, note="a 发生率 declared 反向: ≤1% meant"),
         "反向"),
        ("满意度指标", "服务对象满意度指标", "参与消费者满意度", "≥90%", "正向"),
    ])  # fmt: skip
    sign(s, "沈若曦", "何立新", "0591-87230415")
    return b


def _ri12_base(s: Sheet) -> None:
    stacked(s, 2026, "县域直播电商基地建设项目", "栖云县商务局（402）", "栖云县电子商务中心",
            one_year_money(wan(280), wan(250), wan(30)),
            "2026年建成直播间10间，培训直播电商人才300人次。")  # fmt: skip
    total = mk(280, "B102", "error", alt=("B101",), note="120 + 85 + 60 = 265, not 280")
    calc(s, [("直播间改造", "10间", 12, 120, "装修及灯光音响"),
             ("直播设备购置", "1批", 85, 85, "政府采购询价"),
             ("主播培训", "300人次", 0.2, 60, "每人次2000元")], total)  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "建成直播间", "≥10间"),
        (None, None, "培训直播电商人才", "≥300人次"),
        (None, "质量指标", "培训考核合格率", "≥85%"),
        (None, "时效指标", "基地投入运营时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤2000元/人次"),
        ("效益指标", "经济效益指标", "基地直播带货销售额", "≥5000万元"),
        ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90%"),
    ])  # fmt: skip


@variant("ri12-ecommerce-base-and-warehouse", (2, 8, 12), "a one-year and a two-year project "
         "stacked, NAT-2021: cost lines that do not reach their 合计, an annual budget above "
         "the period budget")  # fmt: skip
def ri12() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 24))
    s.title("栖云县2026年度电子商务进农村项目支出绩效目标表", 6)
    _ri12_base(s)
    annual = mk(wan(450), "B103", "error", note="450 a year against 400 over two years")
    stacked(s, 2026, "农村电商物流仓储中心建设项目", "栖云县商务局（402）", "栖云县商务局",
            period_money((wan(400), wan(360), wan(40)), (annual, wan(420), wan(30))),
            ("2026年—2027年建成农村电商物流仓储中心，仓储面积8000平方米以上，开通配送线路"
             "20条。", "2026年完成仓储中心主体建设5000平方米，开通配送线路12条。"),
            years=2, attr="新增项目")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "仓储中心建设面积", "≥8000平方米", "≥5000平方米"),
        (None, None, "开通农村配送线路", "≥20条", "≥12条"),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "单位面积建设成本", "≤450元/平方米", "≤450元/平方米"),
        ("效益指标", "经济效益指标", "农产品上行物流成本降低率", "≥15%", "≥10%"),
        (None, "社会效益指标", "带动就业人数", "≥100人", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎文博", "岑秀芝", "0776-52038146")
    return b
