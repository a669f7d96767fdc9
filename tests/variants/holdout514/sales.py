"""Returns bd13–bd18: selling the cheese (live-stream and shop sales, fairs, scenic-spot
stalls, the marketing office's flat lists)."""

from __future__ import annotations

from tests.variants.holdout514.common import (
    YEAR,
    book,
    department,
    indicators,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout514.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
UNIT = "云岙县山羊奶酪营销合作联社"


@variant("bd13-stacked-two", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator name with different values in each (correct)")  # fmt: skip
def bd13() -> Book:
    b, s = book()
    project(s, "羊奶酪电商直播销售", UNIT, one_year(60, 50, 10),
            ["全年开展直播带货48场，线上销售山羊奶酪300万元以上。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "开展直播带货", "≥48场"),
        (None, "质量指标", "线上订单破损率", "≤1%"),
        (None, "时效指标", "订单48小时内发货率", "≥95%"),
        (None, "成本指标", "每场直播补助", "≤0.8万元/场"),
        ("效益指标", "经济效益指标", "线上奶酪销售额", "≥300万元"),
        (None, "社会效益指标", "带动养羊户", "≥100户"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "县城奶酪展销门店租赁", UNIT, one_year(36, 36, 0),
            ["在县城租用1间展销门店，集中展示销售各合作社奶酪。"], title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "租用展销门店", "=1间"),
        (None, "质量指标", "门店在售奶酪抽检合格率", "=100%"),
        (None, "时效指标", "门店开业时间", "2025年4月30日前"),
        (None, "成本指标", "门店年租金", "≤36万元/间"),
        ("效益指标", "经济效益指标", "门店奶酪销售额", "≥150万元"),
        (None, "社会效益指标", "进店销售的合作社", "≥12家"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("bd14-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT, one value column: the "
         "second project's money does not add up and one rate is a count")  # fmt: skip
def bd14() -> Book:
    b, s = book()
    project(s, "山羊奶酪礼盒包装设计", UNIT, one_year(20, 20, 0),
            ["设计3款奶酪礼盒，统一合作社包装标识。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "设计奶酪礼盒款式", "≥3款"),
        (None, "质量指标", "包装标识合规率", "=100%"),
        (None, "时效指标", "礼盒定稿时间", "2025年8月31日前"),
        (None, "成本指标", "单款设计费用", "≤6万元/款"),
        ("效益指标", "经济效益指标", "礼盒奶酪销售额", "≥80万元"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(50), "B101", "error", note="财政拨款40 + 其他资金15 = 55 ≠ 50")
    project(s, "外地农产品展会参展", UNIT, one_year(total, 40, 15),
            ["组织合作社参加3场外地农产品展会，签订奶酪采购订单。"], title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "参加外地展会", "≥3场"),
        (None, "质量指标", "展会意向订单履约率",
         mk("30单", "T105", "error", note="履约率给成了订单数")),
        (None, "时效指标", "参展总结报送时间", "2025年12月15日前"),
        (None, "成本指标", "每场展会参展费用", "≤15万元/场"),
        ("效益指标", "经济效益指标", "展会奶酪订单金额", "≥200万元"),
        ("满意度指标", "服务对象满意度指标", "参展合作社满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bd15-flat-list", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), typed percent cells, weights add to 100 (correct)")  # fmt: skip
def bd15() -> Book:
    b, s = book()
    department(s, "云岙县奶酪营销服务站", [(160, 130, 30, 60, 100)],
               "统一组织合作社奶酪销售，拓展县外网点，按时结算货款。")  # fmt: skip
    note(s, "年度绩效指标")
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("奶酪统一销售量", 20, "吨", "≥", 120),
        ("新增县外销售网点", 15, "个", "≥", 10),
        ("成品奶酪抽检合格率", 15, "%", "≥", pct(0.98)),
        ("奶酪退货率", 10, "%", "≤", pct(0.02)),
        ("销售货款结算及时率", 10, "%", "≥", pct(0.95)),
        ("社员分红增长率", 15, "%", "≥", pct(0.08)),
        ("采购商满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    sign(s, "韦岩松", "0871-6627730", day(YEAR - 1, 11, 25, CN_DATE))
    return b


@variant("bd16-flat-defects", (3, 11), "department, flat list in another order (指标名称 · 指标值 "
         "· 指标性质 as direction · 计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights "
         "adding to 95")  # fmt: skip
def bd16() -> Book:
    b, s = book()
    department(s, "云岙县雾松镇奶酪销售合作社联合会", [(90, 90, 0, 50, 40)],
               "扩大山羊奶酪直营销售，减少客户投诉。")  # fmt: skip
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("奶酪统一销售量", mk("1200箱", "T112", "error", note="值中单位“箱”与计量单位列“万元”冲突"),
         "正向", "万元", 10),
        ("新增直营网点", "≥6", "正向", "个", 15),
        ("出库奶酪抽检合格率", "≥98%", "正向", "%", 20),
        ("客户投诉率", mk("≥2%", "T108", "warning", row=True, note="反向指标配了≥"),
         "反向", "%", 10),
        ("货款回笼及时率", "≥95%", "正向", "%", 10),
        ("社员分红增长率", "≥5%", "正向", "%", 15),
        ("采购商满意度", "≥90%", "正向", "%", 15),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，应为100")
    return b


@variant("bd17-notes-page-break", (4, 10), "project, OLD-NAT, tier labels with points and an "
         "indicator score column, an instruction row inside the table, the header repeated after "
         "a page break, 注 rows, a 百分点 rise, signature and date lines (correct)")  # fmt: skip
def bd17() -> Book:
    b, s = book()
    project(s, "山羊奶酪县外销售网点建设", UNIT, one_year(45, 40, 5),
            ["新增12个县外销售网点，线上销售占比提高5个百分点。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标（50分）", "数量指标", "销售山羊奶酪", "≥30吨", 15),
        (None, None, "新增县外销售网点", "≥12个", 10),
        (None, "质量指标", "出库奶酪抽检合格率", "≥98%", 10),
        (None, "时效指标", "订单发货及时率", "≥95%", 5),
        (None, "成本指标", "单个网点建设补助", "≤1.5万元/个", 10),
    ])  # fmt: skip
    note(s, "（填表说明：三级指标可按项目实际增减，分值合计100分）")
    s.skip()
    indicators(s, head, [
        ("效益指标（40分）", "经济效益指标", "线上销售额占比提高", "≥5百分点", 15),
        (None, "社会效益指标", "带动养羊户", "≥200户", 15),
        (None, "可持续影响指标", "销售渠道合作协议期限", "≥3年", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "采购商满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：1.一级指标括号内为该级分值，与三级指标分值分别合计100分。")
    note(s, "2.网点建设补助按实际建成网点数拨付。")
    sign(s, "甘若溪", "0871-6621584", day(YEAR - 1, 12, 2, CN_DATE))
    s.row("单位负责人（签字）：", None, "单位（盖章）", None, "日期", day(YEAR - 1, 12, 3))
    return b


@variant("bd18-tier-points-serial", (10, 9), "project, NAT-2021, points in the tier labels "
         "against indicator scores that do not match, and a plan end date stored as a serial "
         "in a text cell")  # fmt: skip
def bd18() -> Book:
    b, s = book()
    end = mk("46022", "X104", "warning", note="日期序列号存成了文本（2025-12-31）")
    project(s, "景区山羊奶酪售卖点建设", UNIT, one_year(32, 28, 4),
            ["在3处景区开设5个奶酪售卖点，增加游客消费。"], end=end)  # fmt: skip
    why = "分值与其下各指标分值合计不符"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        (mk("一、产出指标（50分）", "W103", "error", note=f"{why}：15+15+15=45"), "数量指标",
         "新开设景区奶酪售卖点", "≥5个", 15),
        (None, "质量指标", "售卖点冷柜温控达标率", "≥95%", 15),
        (None, "时效指标", "售卖点开业时间", "2025年6月30日前", 15),
        ("二、成本指标（20分）", "经济成本指标", "单个售卖点装修补助", "≤4万元/个", 20),
        (mk("三、效益指标（20分）", "W103", "error", note=f"{why}：15+10=25"), "经济效益指标",
         "景区奶酪销售额", "≥80万元", 15),
        (None, "社会效益指标", "带动牧户就业", "≥25人", 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "游客满意度", "≥90%", 10),
    ])  # fmt: skip
    return b
