"""Village festivals: six returns (kge13–kge18)."""

from __future__ import annotations

from tests.variants.holdout853.common import (
    department,
    indicators,
    note,
    one_year,
    project,
    sign,
    stacked,
    wan,
)
from tests.variants.holdout853.registry import variant
from tests.variants.kit import Book, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kge13-festival-stacked",
    (2, 12),
    "two festival projects stacked, OLD-NAT, one value column: the second's money does not add "
    "up and its goal's show count differs from the indicator",
)
def kge13() -> Book:
    b, s = project(
        2026,
        "松坪乡稻香丰收节项目",
        "松坪乡人民政府",
        one_year(wan(60), wan(50), wan(10)),
        ["举办稻香丰收节1届，开展农事体验活动10场，吸引游客2万人次。"],
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "农事体验活动场次", "≥10场"),
            (None, "质量指标", "活动安全事故", "0起"),
            (None, "时效指标", "丰收节举办时间", "2026年10月31日前"),
            (None, "成本指标", "单场农事体验活动成本", "≤3万元/场"),
            ("效益指标", "经济效益指标", "节庆期间农产品销售额", "≥80万元"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
        ],
    )
    stacked(
        s,
        2026,
        "柏溪村端午龙舟民俗节项目",
        "柏溪村村民委员会",
        one_year(mk(wan(80), "B101", "error", note="50 + 20 = 70，不是80"), wan(50), wan(20)),
        ["举办龙舟赛3场、民俗展演6场，吸引游客1.5万人次。"],
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "龙舟赛场次", "≥3场"),
            (None, None, "民俗展演场次", mk("≥8场", "D104", "warning", row=True,
             note="年度目标写民俗展演6场")),
            (None, "质量指标", "活动安全事故", "0起"),
            (None, "时效指标", "龙舟节举办时间", "2026年6月30日前"),
            (None, "成本指标", "单场民俗展演成本", "≤2万元/场"),
            ("效益指标", "社会效益指标", "节庆期间接待游客", "≥1.5万人次"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥88%"),
        ],
    )  # fmt: skip
    return b


@variant(
    "kge14-festival-template-leftovers",
    (6, 13),
    "project, NAT-2021, header 预期目标: a template's example row with ** left in, an indicator "
    "named after a past year's festival",
)
def kge14() -> Book:
    b, s = project(
        2026,
        "雾岭县桃花文化旅游节项目",
        "雾岭县文化馆",
        one_year(wan(55), wan(45), wan(10)),
        ["举办桃花文化旅游节1届，设置参展摊位120个，开展非遗展演12场。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("产出指标", "数量指标", "非遗展演场次", "≥12场"),
            (None, None, mk("2024年桃花节参展摊位", "Y103", "warning", row=True,
             note="指标名沿用2024年的旧表"), "≥120个"),
            (None, None, "（示例）宣传推介覆盖人次", mk("≥**人次", "X101", "error",
             note="模板示例行未删，占位符未填")),
            (None, "质量指标", "展演节目审核通过率", "≥95%"),
            (None, "时效指标", "旅游节举办时间", "2026年4月10日前"),
            ("成本指标", "经济成本指标", "单场非遗展演补助", "≤1.5万元/场"),
            ("效益指标", "经济效益指标", "节庆期间餐饮住宿收入增长率", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "参展商户满意度", "≥85%"),
        ],
    )  # fmt: skip
    return b


@variant(
    "kge15-festival-department-money",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, the "
    "year goal's festival count against the indicator",
)
def kge15() -> Book:
    b, s = department(
        2026,
        (mk(wan(500), "B101", "error", note="基本支出230 + 项目支出260 = 490，不是500"),
         wan(460), wan(40), wan(230), wan(260)),
        "全年举办乡村节庆活动6场，带动节庆消费1200万元，培育节庆品牌2个。",
        tasks=[
            ("稻香丰收节", "农事体验、农产品展销", wan(120), "举办丰收节1届"),
            ("端午龙舟节", "龙舟赛、民俗展演", wan(80), "举办龙舟节1届"),
            ("非遗展演", "非遗进景区展演", wan(50), "展演24场"),
            ("金额合计", None, mk(wan(260), "B102", "error",
             note="120 + 80 + 50 = 250，不是260"), None),
        ],
    )  # fmt: skip
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "举办乡村节庆活动", mk("≥8场", "D104", "warning", row=True,
             note="年度总体目标写6场")),
            (None, None, "非遗展演场次", "≥24场"),
            (None, "质量指标", "节庆活动安全事故", "0起"),
            (None, "时效指标", "节庆活动完成时间", "2026年11月30日前"),
            ("成本指标", "经济成本指标", "单场非遗展演成本", "≤2万元/场"),
            ("效益指标", "经济效益指标", "带动节庆消费", "≥1200万元"),
            (None, "可持续影响指标", "培育节庆品牌", "≥2个"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
        ],
    )  # fmt: skip
    return b


@variant(
    "kge16-festival-two-year",
    (8, 10),
    "two-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, rates "
    "equal in both, a rate raised in 百分点 (correct)",
)
def kge16() -> Book:
    b, s = project(
        2026,
        "乡村非遗节庆品牌培育项目",
        "雾岭县文化馆",
        [
            ("中期资金总额", wan(200), "年度资金总额", wan(110)),
            ("其中：财政拨款", wan(180), "其中：财政拨款", wan(100)),
            ("其他资金", wan(20), "其他资金", wan(10)),
        ],
        [
            "两年举办非遗节庆活动16场，培育县级节庆品牌2个。",
            "2026年举办非遗节庆活动8场，培育县级节庆品牌1个。",
        ],
        years=2,
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "举办非遗节庆活动", "≥16场", "≥8场"),
            (None, None, "培育县级节庆品牌", "≥2个", "≥1个"),
            (None, "质量指标", "节目审核通过率", "≥95%", "≥95%"),
            (None, "时效指标", "活动完成时间", "2027年11月30日前", "2026年11月30日前"),
            ("成本指标", "经济成本指标", "每场活动补助标准", "≤10万元/场", "≤10万元/场"),
            ("效益指标", "社会效益指标", "村民参与率提高", "≥6百分点", "≥3百分点"),
            (None, "可持续影响指标", "节庆活动运营机制", "健全", "建立"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", pct(0.9), pct(0.9)),
        ],
    )
    return b


@variant(
    "kge17-festival-lantern-headers",
    (4, 7),
    "project, OLD-NAT, headers 考核指标, 目标值（年度） and a 评价标准 column, a 注 row inside, "
    "the header repeated after a page break, 填表说明 and signature lines (correct)",
)
def kge17() -> Book:
    b, s = project(
        2026,
        "石湾古镇中秋灯会项目",
        "石湾镇人民政府",
        one_year(wan(48), wan(40), wan(8)),
        ["举办中秋灯会1届，布置主题灯组30组，开展民俗表演15场，接待游客3万人次。"],
    )
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "布置主题灯组", "≥30组", "每少1组扣0.5分"),
            (None, None, "民俗表演场次", "≥15场", "每少1场扣0.5分"),
            (None, "质量指标", "灯组消防安全检查合格率", "=100%", "不合格即扣全分"),
            (None, "时效指标", "灯会开幕时间", "2026年9月25日前", "延期不得分"),
            (None, "成本指标", "单组灯组制作成本", "≤1.2万元/组", "超支不得分"),
        ],
    )
    note(s, "注：灯组制作成本含运输和安装。", 5)
    indicators(
        s,
        head,
        [
            ("效益指标", "社会效益指标", "灯会期间接待游客", "≥3万人次", "按实际人次计分"),
            (None, "生态效益指标", "灯会期间垃圾日清运率", "≥98%", "每低1%扣1分"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "问卷调查"),
        ],
    )
    note(s, "填表说明：目标值按2026年度填写；评价标准供年终自评使用。", 5)
    sign(s, 2026, "符晚禾", "0739-6451273", 12, 2)
    return b


@variant(
    "kge18-festival-music-direction",
    (11, 12),
    "project, OLD-NAT, operator in words in its own column and a unit column: a complaint rate "
    "with 大于等于, a cost per show × shows above the money",
)
def kge18() -> Book:
    b, s = project(
        2026,
        "云岙村山野音乐节项目",
        "云岙村村民委员会",
        one_year(wan(100), wan(80), wan(20)),
        ["举办山野音乐节演出10场，接待游客2万人次，游客投诉率控制在2%以内。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "音乐节演出场次", "大于等于", 10, "场"),
            (None, "质量指标", "演出安全事故", "等于", 0, "起"),
            (None, "时效指标", "音乐节举办时间", "小于等于", "2026年8月15日", None),
            (None, "成本指标", "每场演出成本", "小于等于", mk(12, "B107", "warning",
             row=True, note="12万元/场 × 10场 = 120万元，超过年度资金100万元"), "万元/场"),
            ("效益指标", "社会效益指标", "接待游客", "大于等于", 2, "万人次"),
            (None, None, "游客投诉率", mk("大于等于", "T108", "warning", row=True,
             note="投诉率是反向指标，目标写“2%以内”"), 2, "%"),
            (None, "生态效益指标", "噪声投诉下降率", "大于等于", 20, "%"),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "大于等于", 90, "%"),
        ],
    )  # fmt: skip
    return b
