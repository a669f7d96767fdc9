"""Returns on 瑶浴 as village health care: bath subsidies, pool safety, formulas, therapy visits,
a township's flat list and a transfer payment for bath-pack workshops."""

from __future__ import annotations

from tests.variants.holdout516.common import (
    HEALTH,
    HERBS,
    department,
    funds,
    header,
    note,
    project,
    sign,
    start,
    tiers,
    wan,
)
from tests.variants.holdout516.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("bf01-bath-subsidy-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 only in the number "
         "format, a 下降率 with ≥ (correct)")  # fmt: skip
def bf01() -> Book:
    b, s = start()
    project(s, "瑶浴惠民药浴体验补助", HEALTH, "莳峒县中医医院",
            funds(wan(86), wan(70), wan(16)),
            ["为全县60岁以上村民和慢性关节病患者提供药浴体验补助12000人次，培训药浴技师60人，"
             "规范8个村级药浴服务点的水温、药材和卫生管理。"])  # fmt: skip
    header(s, *OPS)
    tiers(s, [
        ("产出指标", "数量指标", "药浴体验补助人次", "≥", 12000, "人次"),
        (None, None, "培训药浴技师人数", "≥", 60, "人"),
        (None, "质量指标", "药浴水温安全达标率", "≥", pct(0.98), "%"),
        (None, None, "药材批次抽检合格率", "=", pct(1), "%"),
        (None, "时效指标", "补助资金按季拨付及时率", "≥", pct(0.95, "0.00%"), "%"),
        (None, "成本指标", "每人次药浴补助标准", "≤", 50, "元/人次"),
        ("效益指标", "社会效益指标", "参浴村民关节不适自评改善比例", "≥", pct(0.7), "%"),
        (None, None, "村民湿疹类皮肤病就诊下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "常态运营的村级药浴服务点", "≥", 8, "个"),
        ("满意度指标", "服务对象满意度指标", "参浴村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "盘春燕", "0735-6612047")
    return b


@variant("bf02-bath-pool-percent-wrong", (1, 9, 12),
         "project, OLD-NAT, operator and unit columns: a typed 105% on a capped rate, the end "
         "date typed as a serial, 其他资金 in 元 inside the 万元 block")  # fmt: skip
def bf02() -> Book:
    b, s = start()
    other = mk(money(140000, YUAN), "B105", "error",
               note="14万 typed as 140,000.00元 in a 项目资金（万元） block")  # fmt: skip
    end = mk("46387", "X104", "warning", note="the serial of 2026-12-31 typed into a text cell")
    project(s, "乡镇卫生院药浴池安全改造", HEALTH, "盘水瑶族乡卫生院",
            funds(wan(64), wan(50), other),
            ["改造乡镇卫生院和村卫生室药浴池40个，加装恒温和防滑设施，消除烫伤滑倒隐患。"],
            end=end)  # fmt: skip
    b.file_mark("B101", "error", required=False,
                note="caused by the 元 cell: 50 + 140000 ≠ 64; B105 is the finding")  # fmt: skip
    header(s, *OPS)
    tiers(s, [
        ("产出指标", "数量指标", "改造药浴池", "≥", 40, "个"),
        (None, None, "加装恒温加热设备", "≥", 40, "台"),
        (None, "质量指标", "改造药浴池验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="105% on an acceptance rate capped at 100%"), "%"),
        (None, None, "改造后水质检测达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改造工程按期完工率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单个药浴池改造成本", "≤", 1.5, "万元/个"),
        ("效益指标", "社会效益指标", "药浴烫伤滑倒事故", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "赵德胜", "0735-6620318")
    return b


@variant("bf07-township-flat-list", (3, 1),
         "department, flat list (序号 · 指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), percent cells, weights add to 100 with a 合计 row, 0起 on an incident "
         "count (correct)")  # fmt: skip
def bf07() -> Book:
    b, s = start()
    department(s, "莳峒县盘水瑶族乡人民政府", (wan(1260), wan(1180), wan(80), wan(940), wan(320)),
               "扶持瑶浴技艺传承人，保障村级药浴服务点运营，办好瑶浴文化节。",
               [("瑶浴传承人扶持", "扶持传承人带徒授艺", wan(120), "传承人不少于12人"),
                ("村级药浴点运营补助", "9个村级药浴点水电和药材补助", wan(150), "常态运营"),
                ("瑶浴文化节", "举办乡级瑶浴文化节", wan(50), "参与游客8000人次以上"),
                ("金额合计", None, wan(320), None)])  # fmt: skip
    header(s, "序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    for row in [
        (1, "扶持瑶浴技艺传承人", 10, "人", "≥", 12),
        (2, "村级药浴服务点运营数量", 15, "个", "≥", 9),
        (3, "药浴服务点水质抽检合格率", 15, "%", "≥", pct(0.95)),
        (4, "瑶浴文化节参与游客", 10, "人次", "≥", 8000),
        (5, "传承人扶持补助标准", 10, "万元/人", "≤", 8),
        (6, "药浴烫伤安全事故", 10, "起", "≤", 0),
        (7, "药浴服务点接待人次增长率", 10, "%", "≥", pct(0.08)),
        (8, "群众对药浴服务满意度", 20, "%", "≥", pct(0.92)),
        (None, "合计", 100, None, None, None),
    ]:  # fmt: skip
        s.row(*row)
    note(s, "注：合计行为权重合计，不是指标。")
    sign(s, "邓秀梅", "0735-6658102")
    return b


@variant("bf08-formula-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标; two tier-2 labels left from the template without "
         "indicators, a value without a name")  # fmt: skip
def bf08() -> Book:
    b, s = start()
    project(s, "瑶浴药浴包标准化配方研制", HEALTH, "莳峒县中医医院",
            funds(wan(45), wan(40), wan(5)),
            ["研制5个标准化瑶浴药浴包配方并完成备案，组织村民试用300人次以上。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "预期目标")
    tiers(s, [
        ("成本指标", "经济成本指标", "每个标准配方研制费用", "≤6万元/个"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left with no indicator and no value"), None, None),
        ("产出指标", "数量指标", "形成标准化药浴包配方", "≥5个"),
        (None, None, mk(None, "F110", "error",
                        note="a value with no indicator name: the message must not quote “”"),
         "≥300人次"),
        (None, "质量指标", "配方药材重金属检测合格率", "=100%"),
        (None, "时效指标", "配方备案完成时间", "2026年11月30日前"),
        ("效益指标", "经济效益指标", "药浴包带动村集体增收", "≥20万元"),
        (None, "社会效益指标", "试用村民不良反应发生率", "≤1%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left with no indicator and no value"), None, None),
        ("满意度指标", "服务对象满意度指标", "试用村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冯玉兰", "0735-6612093")
    return b


@variant("bf13-therapy-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "rate changes in 百分点 (correct)")  # fmt: skip
def bf13() -> Book:
    b, s = start(widths=(14, 10, 18, 30, 16, 10))
    project(s, "瑶浴康复理疗进村服务", HEALTH, "莳峒县中医医院",
            funds(wan(48), wan(48), wan(0)),
            ["组织医护人员进村开展瑶浴康复理疗120场，服务村民3600人次，带教村医30人。"],
            )  # fmt: skip
    header(s, "一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")
    tiers(s, [
        ("产出指标", 50, "数量指标", "进村理疗服务场次", "≥120场", 15),
        (None, None, None, "服务村民人次", "≥3600人次", 15),
        (None, None, "质量指标", "理疗操作规范达标率", "≥95%", 10),
        (None, None, "时效指标", "预约响应时间", "≤3个工作日", 10),
        ("成本指标", 10, "经济成本指标", "每场次服务成本", "≤2500元/场", 10),
        ("效益指标", 30, "社会效益指标", "村民药浴保健知识知晓率", "提高≥5百分点", 10),
        (None, None, None, "签约居民药浴理疗参与率", "提高≥3百分点", 10),
        (None, None, "可持续影响指标", "掌握药浴理疗技术的村医", "≥30人", 10),
        ("满意度指标", 10, "服务对象满意度指标", "服务村民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "盘春燕", "0735-6612047")
    return b


@variant("bf14-workshop-wrong-parent", (5,),
         "transfer-payment project, OLD-NAT, labels with * and ★ and abbreviations: a 效益 tier-2 "
         "under 产出, 预算执行率 listed as a cost")  # fmt: skip
def bf14() -> Book:
    b, s = start()
    money_rows = [["年度资金总额", wan(90), "其中：中央衔接资金", wan(60)],
                  [None, None, "县级配套资金", wan(30)]]  # fmt: skip
    project(s, "瑶浴药浴包加工作坊扶持（衔接资金）", HERBS, "莳峒县乡村振兴服务中心",
            money_rows, ["扶持6家药浴包加工作坊，带动150户脱贫户参与药材采收和加工。"],
            title="2026年度衔接推进乡村振兴补助资金项目绩效目标表")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("*产出指标", "★数量指标", "扶持药浴包加工作坊", "≥6家"),
        (None, None, "带动脱贫户参与药材采收", "≥150户"),
        (None, "质量", "药浴包产品质检合格率", "≥98%"),
        (None, "时效", "补助资金拨付完成时间", "2026年9月30日前"),
        (None, mk("社会效益指标", "F105", "error",
                  note="a 效益 tier-2 under 产出指标 (OLD-NAT)"),
         "带动脱贫人口人均增收", "≥1500元"),
        (None, "成本", "作坊设备补助标准", "≤8万元/家"),
        (None, None, mk("预算执行率", "F202", "warning", row=True,
                        note="scored separately in evaluation; double-counted as a cost"), "≥90%"),
        ("*效益指标", "经济效益", "药浴包年销售额", "≥300万元"),
        (None, "可持续影响", "作坊持续经营年限", "≥3年"),
        ("*满意度指标", "服务对象满意度", "受益脱贫户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "赵德胜", "0735-6620318")
    return b
