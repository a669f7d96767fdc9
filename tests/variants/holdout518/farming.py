"""Sturgeon farming in cold reservoirs: percent cells, stacked projects, points (bh01–bh06)."""

from __future__ import annotations

from tests.variants.holdout518.common import H_OP, head, one_year, start, table, w
from tests.variants.holdout518.registry import variant
from tests.variants.kit import Book, mk, pct

FARM = "霁川县冷水鱼类良种场"


@variant("bh01-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, percent "
         "cells typed in Excel, 万元 only in the number format (correct)")  # fmt: skip
def bh01() -> Book:
    b, s = start()
    goal = "在冷泉坳水库建成鲟鱼网箱养殖示范区120口，培育史氏鲟苗种30万尾，带动库区养殖户增收。"
    head(s, "冷泉坳水库鲟鱼网箱养殖示范项目", "霁川县水产技术推广站",
         one_year(w(68.5), w(60), w(8.5)), [goal])  # fmt: skip
    table(s, H_OP, [
        ("产出指标", "数量指标", "鲟鱼苗种培育数量", "≥", 30, "万尾"),
        (None, None, "示范养殖网箱", "≥", 120, "口"),
        (None, "质量指标", "苗种培育成活率", "≥", pct(0.85), "%"),
        (None, None, "出池苗种检疫合格率", "=", pct(1), "%"),
        (None, None, "养殖水质监测达标率", "≥", pct(0.95, "0.0%"), "%"),
        (None, "时效指标", "苗种按期投放率", "≥", pct(0.95), "%"),
        (None, "成本指标", "苗种单位培育成本", "≤", 1.2, "元/尾"),
        ("效益指标", "经济效益指标", "示范养殖户年均增收", "≥", 3000, "元/户"),
        (None, "社会效益指标", "冷水鱼养殖技术培训", "≥", 150, "人次"),
        (None, "生态效益指标", "养殖尾水达标排放率", "≥", pct(0.98), "%"),
        (None, "可持续影响指标", "保种亲鲟家系", "≥", 6, "个"),
        ("满意度指标", "服务对象满意度指标", "示范养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("bh02-percent-wrong", (1, 11), "project, OLD-NAT, operator and unit columns, percent "
         "cells: a survival rate typed as 105%, a disease rate with ≥")  # fmt: skip
def bh02() -> Book:
    b, s = start()
    goal = "在雾溪水库开展鲟鱼冷水养殖提质，养殖规模80口网箱，商品鲟产量不少于60吨。"
    head(s, "雾溪水库鲟鱼冷水养殖提质项目", "苍岩区渔业技术服务中心",
         one_year(w(54), w(45), w(9)), [goal], dept="苍岩区农业农村局（207）")  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="成活率 typed as 105%: above the 100% ceiling")
    op = mk("≥", "T108", "warning", row=True, note="鱼病发生率 is 反向: ≥ rewards disease")
    table(s, H_OP, [
        ("产出指标", "数量指标", "提质养殖网箱", "≥", 80, "口"),
        (None, None, "商品鲟产量", "≥", 60, "吨"),
        (None, "质量指标", "商品鲟养殖成活率", "≥", over, "%"),
        (None, None, "鱼病发生率", op, pct(0.03), "%"),
        (None, "时效指标", "网箱改造完成时间", "≤", "2025年6月30日", None),
        (None, "成本指标", "每口网箱改造成本", "≤", 0.5, "万元/口"),
        ("效益指标", "经济效益指标", "商品鲟销售收入", "≥", 420, "万元"),
        (None, "生态效益指标", "养殖尾水达标排放率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


H_STD = ("一级指标", "二级指标", "指标内容", "绩效标准")


def overwinter() -> list[tuple[object, ...]]:
    """The indicator rows of the first stacked project (亲鲟越冬养护)."""
    return [
        ("产出指标", "数量指标", "亲鲟越冬养护数量", "≥300尾"),
        (None, "质量指标", "亲鲟越冬成活率", "≥95%"),
        (None, "时效指标", "越冬养护完成时间", "3月31日前"),
        (None, "成本指标", "亲鲟越冬养护成本", "≤1200元/尾"),
        ("效益指标", "社会效益指标", "向繁育基地供应亲本", "≥150尾"),
        (None, "可持续影响指标", "亲鲟种质档案建档率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ]


@variant("bh03-stacked-farms", (2, 7), "two projects stacked in one sheet, OLD-NAT, headers "
         "指标内容 and 绩效标准, the same indicator with different values (correct)")  # fmt: skip
def bh03() -> Book:
    b, s = start("项目绩效目标")
    head(s, "亲鲟越冬养护项目", FARM, one_year(w(45), w(40), w(5)),
         ["完成300尾亲鲟越冬养护，越冬成活率不低于95%，保障春季人工繁育亲本供应。"])  # fmt: skip
    table(s, H_STD, overwinter())
    s.skip()
    goal = "繁育史氏鲟、达氏鲟苗种50万尾，苗种全部检疫合格后供应库区养殖户。"
    head(s, "鲟鱼苗种标准化繁育项目", FARM, one_year(w(52.8), w(50), w(2.8)), [goal], title="")
    table(s, H_STD, [
        ("产出指标", "数量指标", "鲟鱼苗种繁育数量", "≥50万尾"),
        (None, "质量指标", "苗种检疫合格率", "=100%"),
        (None, "时效指标", "苗种出池时间", "6月30日前"),
        (None, "成本指标", "苗种繁育单位成本", "≤0.9元/尾"),
        ("效益指标", "经济效益指标", "苗种销售收入", "≥60万元"),
        (None, "社会效益指标", "供种覆盖养殖户", "≥80户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("bh04-stacked-defects", (2, 12), "two projects stacked, OLD-NAT, one value column: "
         "the second project's total does not add up and one rate is given as a count")  # fmt: skip
def bh04() -> Book:
    b, s = start("项目绩效目标")
    head(s, "亲鲟越冬养护项目", FARM, one_year(w(45), w(40), w(5)),
         ["完成300尾亲鲟越冬养护，越冬成活率不低于95%，保障春季人工繁育亲本供应。"])  # fmt: skip
    table(s, H_STD, overwinter())
    s.skip()
    total = mk(w(95), "B101", "error", row=True, note="95 ≠ 财政拨款 80 + 其他资金 20")
    head(s, "鲟鱼配合饲料示范推广项目", FARM, one_year(total, w(80), w(20)),
         ["推广鲟鱼专用配合饲料400吨，饲料系数降至1.3以下。"], title="")  # fmt: skip
    table(s, H_STD, [
        ("产出指标", "数量指标", "推广鲟鱼配合饲料", "≥400吨"),
        (None, "质量指标", "饲料抽检合格率",
         mk("4批次", "T105", "error", note="a 合格率 given as a number of batches")),
        (None, "时效指标", "饲料配送及时率", "≥95%"),
        (None, "成本指标", "饲料补贴标准", "≤2000元/吨"),
        ("效益指标", "经济效益指标", "示范户饲料成本下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bh05-points-two-levels", (10, 5), "project, NAT-2021, tier-1 labels with "
         "points (产出指标（50分）) and an indicator 分值 column, a rate raised in "
         "百分点 (correct)")  # fmt: skip
def bh05() -> Book:
    b, s = start()
    goal = "改造鲟鱼循环水养殖车间2座，年产商品鲟40吨，苗种成活率较上年提高3个百分点。"
    head(s, "鲟鱼循环水养殖车间改造项目", "檀岭市北湾冷水渔业站",
         one_year(w(96), w(90), w(6)), [goal])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "改造循环水养殖车间", "≥2座", 15),
        (None, None, "商品鲟产量", "≥40吨", 10),
        (None, "质量指标", "苗种成活率较上年提高", "≥3百分点", 15),
        (None, "时效指标", "车间改造完成时间", "9月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "每座车间改造成本", "≤45万元/座", 10),
        ("效益指标（30分）", "经济效益指标", "商品鲟销售收入", "≥600万元", 10),
        (None, "生态效益指标", "养殖用水循环利用率", "≥90%", 10),
        (None, "可持续影响指标", "车间设备使用年限", "≥10年", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "车间承包户满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("bh06-tier-points-wrong", (10, 5), "project, NAT-2021, tier-1 score column and "
         "indicator score column: two tier scores not matching their indicators, a tier-2 "
         "under the wrong tier-1")  # fmt: skip
def bh06() -> Book:
    b, s = start("绩效目标")
    goal = "在寒松水库建设鲟鱼生态养殖围栏3处，年产商品鲟35吨，带动库区60户转产养鱼。"
    head(s, "寒松水库鲟鱼生态围栏养殖项目", "苍岩区渔业技术服务中心",
         one_year(w(120), w(100), w(20)), [goal], dept="苍岩区农业农村局（207）")  # fmt: skip
    out = mk(50, "W103", "error", note="产出 indicators score 15 + 15 + 15 + 10 = 55")
    eff = mk(30, "W103", "error", note="效益 indicators score 10 + 10 + 5 = 25")
    wrong = mk("经济效益指标", "F105", "error", note="a 效益 tier-2 under 产出指标")
    head_row = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    table(s, head_row, [
        ("产出指标", out, "数量指标", "生态养殖围栏", "≥3处", 15),
        (None, None, None, "商品鲟产量", "≥35吨", 15),
        (None, None, "质量指标", "商品鲟上市检测合格率", "≥98%", 15),
        (None, None, wrong, "商品鲟销售收入", "≥500万元", 10),
        ("成本指标", 10, "经济成本指标", "每处围栏建设成本", "≤30万元/处", 10),
        ("效益指标", eff, "社会效益指标", "带动转产养鱼农户", "≥60户", 10),
        (None, None, "生态效益指标", "围栏区水质达标率", "≥95%", 10),
        (None, None, "可持续影响指标", "围栏设施使用年限", "≥8年", 5),
        ("满意度指标", 10, "服务对象满意度指标", "转产农户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
