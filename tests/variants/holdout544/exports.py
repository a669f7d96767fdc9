"""Returns ch13–ch18: layouts around both halves of the theme: stacked base projects, a
budget-system export with the table on a second sheet, conversion artefacts, points at two
levels with 百分点, direction and operator in words."""

from __future__ import annotations

from tests.variants.holdout544.common import (
    TRADE,
    book,
    funds,
    indicators,
    notes,
    project,
    sign,
    wan,
)
from tests.variants.holdout544.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ch13-stacked-two-bases", (2,),
         "two base projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values in each project (correct)")  # fmt: skip
def ch13() -> Book:
    b, s = book()
    project(s, "鹤陂镇山药水肥一体化基地", "柘塘县鹤陂镇农业综合服务中心",
            funds(wan(54), wan(50), wan(4)),
            ["建设水肥一体化山药基地900亩，节水节肥。"],
            title="2025年度项目支出绩效目标申报表（乡镇山药基地项目）")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "水肥一体化基地面积", "≥900亩"),
        (None, "质量指标", "设施验收合格率", "≥95%"),
        (None, "时效指标", "设施安装完成时间", "2025年4月30日前"),
        (None, "成本指标", "每亩设施补助标准", "≤600元/亩"),
        ("效益指标", "生态效益指标", "亩均节水率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "石砚乡山药水肥一体化基地", "柘塘县石砚乡农业技术推广站",
            funds(wan(36), wan(30), wan(6)),
            ["建设水肥一体化山药基地600亩，节水节肥。"], title="")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "水肥一体化基地面积", "≥600亩"),
        (None, "质量指标", "设施验收合格率", "≥95%"),
        (None, "时效指标", "设施安装完成时间", "2025年5月31日前"),
        (None, "成本指标", "每亩设施补助标准", "≤600元/亩"),
        ("效益指标", "生态效益指标", "亩均节水率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "郑砚秋", "0739-5528816", day(2024, 12, 5))
    return b


@variant("ch14-stacked-defects", (2,),
         "two e-commerce projects stacked, OLD-NAT, one value column: the second project's "
         "money does not add up and one capped rate is above 100%")  # fmt: skip
def ch14() -> Book:
    b, s = book()
    project(s, "柘塘山药网货供应链建设", "柘塘县电子商务发展服务中心",
            funds(wan(80), wan(70), wan(10)),
            ["建设山药网货分级、包装和品控体系。"], dept=TRADE)  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "网货分级包装生产线", "≥2条"),
        (None, "质量指标", "网货品控抽检合格率", "≥98%"),
        (None, "时效指标", "生产线投产时间", "2025年8月31日前"),
        (None, "成本指标", "单条生产线建设成本", "≤35万元/条"),
        ("效益指标", "经济效益指标", "网货溢价率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "网商满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(95), "B101", "error", note="财政拨款 80 + 其他资金 10 = 90 ≠ 95")
    project(s, "柘塘山药跨境电商试点", "柘塘县电子商务发展服务中心",
            funds(total, wan(80), wan(10)),
            ["试点山药及制品跨境电商出口。"], dept=TRADE, title="")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "跨境电商出口批次", "≥20批"),
        (None, "质量指标",
         "出口订单履约率", mk("≥110%", "T106", "error", note="履约率封顶 100%")),
        (None, "时效指标", "海外仓入驻时间", "2025年10月31日前"),
        (None, "成本指标", "单批次物流补贴", "≤2万元/批"),
        ("效益指标", "经济效益指标", "山药制品出口额", "≥300万元"),
        ("满意度指标", "服务对象满意度指标", "出口企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邝雨桐", "0739-5563019", day(2024, 12, 9))
    return b


@variant("ch15-budget-export", (7, 4),
         "budget-system export: money on 部门项目支出预算05-1 with a 合计 row, the indicator "
         "table on 部门项目支出绩效目标05-2 with codes in the first columns, header on the "
         "third row and repeated after a page break (correct)")  # fmt: skip
def ch15() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 30, 14, 14, 14))
    s.title("柘塘县农业农村局2025年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("418001250101", "山药精深加工车间补助", wan(70), wan(60), wan(10))
    s.row("418001250102", "山药电商冷链集配中心", wan(50), wan(45), wan(5))
    s.row("合计", None, wan(120), wan(105), wan(15))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 26, 14, 16, 28, 18))
    t.title("柘塘县农业农村局2025年部门项目支出绩效目标表", 6)
    t.row("预算单位：柘塘县农业农村局", None, None, "预算年度：2025", merge=[(1, 3)])
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    a, n = "418001250101", "山药精深加工车间补助"
    indicators(t, head, [
        (a, n, "产出指标", "数量指标", "建成山药粉加工车间", "≥1个"),
        (a, n, None, "质量指标", "加工产品抽检合格率", "≥98%"),
        (a, n, None, "时效指标", "车间投产时间", "2025年9月30日前"),
        (a, n, None, "成本指标", "车间设备补助", "≤60万元"),
        (a, n, "效益指标", "经济效益指标", "山药加工转化率", "≥30%"),
        (a, n, "满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    c, m = "418001250102", "山药电商冷链集配中心"
    indicators(t, head, [
        (c, m, "产出指标", "数量指标", "冷库库容", "≥500吨"),
        (c, m, None, "质量指标", "冷链断链率", "≤2%"),
        (c, m, None, "时效指标", "集配中心启用时间", "2025年11月30日前"),
        (c, m, None, "成本指标", "每吨库容建设成本", "≤1000元/吨"),
        (c, m, "效益指标", "经济效益指标", "山药网销损耗下降", "≥3百分点"),
        (c, m, "满意度指标", "服务对象满意度指标", "网商满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    notes(t, "说明：本表由预算管理一体化系统导出，第二页表头为分页重复。")
    return b


@variant("ch16-conversion-artefacts", (9, 12),
         "project, OLD-NAT, one value column, money detail lines under the table: a number "
         "split by a space, an amount pasted twice, a date left as a serial in text")  # fmt: skip
def ch16() -> Book:
    b, s = book()
    project(s, "蒲垣镇山药标准园提质", "柘塘县蒲垣镇农业综合服务中心",
            funds(wan(96.5), wan(80), wan(16.5)),
            ["山药标准园提质1100亩，建设水肥设施并开展技术培训。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "标准园提质面积", "≥1100亩"),
        (None, "质量指标", "商品山药一级品率", "≥70%"),
        (None, "时效指标", "秋季采挖完成时间",
         mk("45961", "X104", "warning", note="日期序列号 45961 即 2025-10-31，存成了文本")),
        (None, "成本指标", "每亩提质补助标准", "≤800元/亩"),
        ("效益指标", "经济效益指标", "标准园亩均增收", "≥1500元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细", "支出内容", "金额（万元）")
    s.row(None, "脱毒种苗采购",
          mk("38.562 5", "X105", "warning", alt=("X103",), note="读作 38.5625"))  # fmt: skip
    s.row(None, "水肥一体化设施",
          mk("40万40万", "X106", "error", alt=("B108",), note="40万粘贴了两次"))  # fmt: skip
    s.row(None, "种植技术培训", money(17.9375, "0.0000"))
    s.row(None, "合计", money(96.5))
    b.file_mark("B102", "error", required=False, note="按 4040 读会使明细不合，随 X106 容许")
    sign(s, "郑砚秋", "0739-5528816", day(2024, 12, 3))
    return b


@variant("ch17-points-percentage-points", (10, 11),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, rates raised in 百分点, 损耗率 with ≤, 0起 on incidents (correct)")  # fmt: skip
def ch17() -> Book:
    b, s = book()
    project(s, "柘塘山药产销对接与网销提升", "柘塘县电子商务发展服务中心",
            funds(wan(64), wan(60), wan(4)),
            ["对接山药种植基地与网销渠道，提高网销转化率，降低贮运损耗。"], dept=TRADE)  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", 50, "数量指标", "对接种植基地", "≥12个", 15),
        (None, None, None, "网销渠道签约", "≥8家", 10),
        (None, None, "质量指标", "山药贮运损耗率", "≤5%", 15),
        (None, None, "时效指标", "产销对接会完成时间", "2025年6月30日前", 10),
        ("成本指标", 20, "经济成本指标", "单场对接会费用", "≤3万元/场", 20),
        ("效益指标", 20, "经济效益指标", "山药网销转化率", "提高≥2百分点", 10),
        (None, None, "社会效益指标", "山药网销食品安全事故", "0起", 10),
        ("满意度指标", 10, "服务对象满意度指标", "基地与网商满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值为该类指标分值小计，与指标分值合计均为100分，不重复计算。")
    sign(s, "蔺晚舟", "0739-5582264", day(2024, 12, 6))
    return b


@variant("ch18-direction-words", (11, 4),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator in words, "
         "unit column, 填表说明 row: a 反向 rate with 大于等于, a 正向 count with 小于等于, a "
         "cost cap with 等于")  # fmt: skip
def ch18() -> Book:
    b, s = book()
    project(s, "柘塘山药冷链电商配送补助", "柘塘县农村物流配送中心",
            funds(wan(48), wan(40), wan(8)),
            ["补助山药电商冷链配送，降低运输损耗和快递成本。"], dept=TRADE)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    word = "正向指标应为大于等于"
    indicators(s, head, [
        ("填表说明：指标性质填正向/反向/定性，指标方向填大于等于/小于等于/等于。",
         "", None, None, None, None, None),
        ("产出指标", "数量指标", "冷链配送山药电商订单", "正向",
         mk("小于等于", "T108", "warning", row=True, note=word), 50000, "单"),
        (None, "质量指标", "冷链运输损耗率", "反向",
         mk("大于等于", "T108", "warning", row=True, note="反向指标应为小于等于"),
         pct(0.03), "%"),
        (None, "时效指标", "县域冷链订单48小时送达率", "正向", "大于等于", pct(0.95), "%"),
        (None, "成本指标", "单件冷链快递补贴", "反向",
         mk("等于", "T108", "warning", row=True, note="成本上限写成等于，应为小于等于"),
         2, "元/件"),
        ("效益指标", "社会效益指标", "山药电商品牌认知", "定性", "", "提升", ""),
        ("满意度指标", "服务对象满意度指标", "电商经营户满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "卜晓岚", "0739-5547712", day(2024, 11, 27))
    return b
