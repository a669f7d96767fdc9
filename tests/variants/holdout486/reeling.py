"""Silk-reeling cooperatives' projects: reeling machines, cocoon stores, waste water, testing
rooms (ab07–ab12)."""

from __future__ import annotations

from tests.variants.holdout486.common import (
    HEAD,
    HEAD_OP,
    annual,
    notes,
    project_book,
    sign,
    table,
    w,
)
from tests.variants.holdout486.registry import variant
from tests.variants.kit import Book, day, mk, pct

WORDS_HEAD = ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位")


@variant("ab07-reeling-header-words", (7,),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, operators in words in a 指标性质 "
         "column, bare numbers with a unit column (correct)")  # fmt: skip
def ab07() -> Book:
    b, s = project_book(
        name="丝埠镇缫丝合作社自动缫丝设备更新项目", unit="丝埠镇金缕缫丝专业合作社",
        money_rows=annual(w(210), w(150), w(60)),
        goals=["更新自动缫丝机12组，提高生丝品位，带动社员稳定就业。"],
    )  # fmt: skip
    table(s, WORDS_HEAD, [
        ("产出指标", "数量指标", "更新自动缫丝机", "大于等于", 12, "组"),
        (None, None, "培训缫丝挡车工", "大于等于", 80, "人"),
        (None, "质量指标", "生丝高品位等级比例", "大于等于", 60, "%"),
        (None, None, "设备安装验收合格率", "等于", 100, "%"),
        (None, "时效指标", "设备到货安装周期", "小于等于", 90, "天"),
        (None, "成本指标", "每组缫丝机购置单价", "小于等于", 15, "万元/组"),
        ("效益指标", "经济效益指标", "合作社生丝销售收入", "大于等于", 1600, "万元"),
        (None, "社会效益指标", "带动社员就业", "大于等于", 150, "人"),
        (None, "生态效益指标", "每吨生丝耗水量下降率", "大于等于", 15, "%"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "蓝若琛", "0779-6558021", day(2024, 12, 4))
    return b


@variant("ab08-cocoon-store-second-sheet", (7, 1),
         "project: head on the first sheet, indicators on a second sheet under 预期实现值, "
         "typed percent cells: a 完好率 given as a count, a completion date given as "
         "100%")  # fmt: skip
def ab08() -> Book:
    b, s = project_book(
        name="锦茧村缫丝合作社茧库改造项目", unit="锦茧村春蚕缫丝专业合作社",
        money_rows=annual(w(46), w(40), w(6)), sheet="项目基本信息",
        goals=["改造标准化茧库1200平方米，新增鲜茧烘干机4台，减少鲜茧收购损耗。"],
    )  # fmt: skip
    sign(s, "岑晚舟", "0779-6631907", day(2024, 11, 30))
    t = b.sheet("绩效指标", (16, 20, 30, 20))
    t.title("项目绩效指标", 4)
    count = mk("4台", "T105", "error", note="完好率是比率，指标值却是台数")
    done = mk(pct(1.0), "T113", "warning", note="完成时间写成100%，应为日期或期限")
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "改造标准化茧库面积", "≥1200平方米"),
        (None, None, "新增鲜茧烘干机", "≥4台"),
        (None, "质量指标", "烘茧设备完好率", count),
        (None, None, "库存干茧霉变率", "≤1%"),
        (None, "时效指标", "茧库改造完成时间", done),
        (None, "成本指标", "每平方米茧库改造成本", "≤250元/平方米"),
        ("效益指标", "经济效益指标", "鲜茧收购损耗率降低", "≥2百分点"),
        (None, "社会效益指标", "茧库服务售茧农户", "≥1100户"),
        ("满意度指标", "服务对象满意度指标", "售茧农户满意度", pct(0.92)),
    ])  # fmt: skip
    return b


@variant("ab09-brand-footnotes", (4,),
         "project, OLD-NAT, one value column: a 注 row inside the table, the header repeated "
         "after a page break, 填表说明, signature and a fill date in the year before "
         "(correct)")  # fmt: skip
def ab09() -> Book:
    b, s = project_book(
        name="绮川县蚕丝公共品牌培育项目", unit="绮川县丝绸行业协会",
        money_rows=annual(w(38), w(30), w(8)),
        goals=["举办蚕丝产品展销活动3场，授权12家合作社使用“绮川丝”公共品牌。"],
    )  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "举办蚕丝产品展销活动", "≥3场"),
        (None, None, "品牌授权使用合作社", "≥12家"),
        (None, "质量指标", "授权产品抽检合格率", "≥98%"),
        (None, "时效指标", "展销活动按计划举办率", "≥95%"),
        (None, "成本指标", "单场展销活动经费", "≤6万元/场"),
    ])  # fmt: skip
    notes(s, "注：展销活动场次以县商务部门备案为准。", width=4)
    table(s, HEAD, [
        ("效益指标", "经济效益指标", "授权产品平均溢价率", "≥5%"),
        (None, "社会效益指标", "品牌带动养蚕户", "≥2600户"),
        (None, "可持续影响指标", "品牌使用管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "授权合作社满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值须写明比较符和计量单位；2.本表一式三份，报县财政局一份。",
          "单位负责人（签字）：                  （单位盖章）")  # fmt: skip
    sign(s, "韦晓岚", "0779-6340218", day(2024, 12, 6))
    return b


@variant("ab10-wastewater-notes-wrong", (4, 12),
         "project, OLD-NAT, operator and unit columns, a 注 row inside the table and 填表说明 "
         "below: 年度资金总额 ≠ its sources, a 达标率 of 110 %")  # fmt: skip
def ab10() -> Book:
    total = mk(w(90), "B101", "error", note="90 ≠ 财政拨款70 + 其他资金15")
    b, s = project_book(
        name="丝埠镇缫丝废水循环利用项目", unit="丝埠镇金缕缫丝专业合作社",
        money_rows=annual(total, w(70), w(15)),
        goals=["建设缫丝废水循环处理池2座，回用水用于缫丝车间，减少废水排放。"],
    )  # fmt: skip
    over = mk(110, "T106", "error", note="达标率以100%为上限")
    table(s, HEAD_OP, [
        ("产出指标", "数量指标", "建设废水循环处理池", "≥", 2, "座"),
        (None, None, "改造车间排水管网", "≥", 1.8, "公里"),
        (None, "质量指标", "回用水水质达标率", "≥", over, "%"),
    ])  # fmt: skip
    notes(s, "注：回用水水质按缫丝工艺用水要求检测。")
    s.table([
        ("产出指标", "时效指标", "项目建设周期", "≤", 8, "个月"),
        (None, "成本指标", "处理池单座建设成本", "≤", 30, "万元/座"),
        ("效益指标", "生态效益指标", "缫丝废水回用率", "≥", 60, "%"),
        (None, "经济效益指标", "合作社年节约水费", "≥", 12, "万元"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：指标性质栏填写≥、≤或=，计量单位栏填写单位。")
    sign(s, "蓝若琛", "0779-6558021", day(2024, 12, 3))
    return b


@variant("ab11-testing-room-money", (12,),
         "project, OLD-NAT, money with 当年财政拨款 + 上年结转 + 其他资金, a 资金明细 block "
         "adding up, a footnote explaining the total, unit cost × count equal to its line "
         "(correct)")  # fmt: skip
def ab11() -> Book:
    b, s = project_book(
        name="金缕缫丝专业合作社生丝检验室建设项目", unit="丝埠镇金缕缫丝专业合作社",
        money_rows=[("年度资金总额", w(96), "其中：当年财政拨款", w(80)),
                    ("上年结转", w(6), "其他资金", w(10))],
        goals=["建成生丝检验室，全年检验生丝400批，实现按质论价。"],
    )  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "购置生丝检验仪器", "≥16套"),
        (None, None, "开展生丝批次检验", "≥400批"),
        (None, "质量指标", "检验报告准确率", "≥99%"),
        (None, "时效指标", "检验报告出具时限", "≤3个工作日"),
        (None, "成本指标", "仪器购置总成本", "≤72万元"),
        (None, None, "单批检验耗材成本", "≤350元/批"),
        ("效益指标", "经济效益指标", "生丝按质论价增收", "≥80万元"),
        (None, "可持续影响指标", "检验室持续运行年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "送检社员满意度", "≥92%"),
    ])  # fmt: skip
    s.table([
        ("资金明细", "支出内容", "金额（万元）"),
        (None, "仪器购置", w(72)),
        (None, "检验耗材", w(14)),
        (None, "检验室改造", w(10)),
        (None, "合计", w(96)),
    ], merged=(1,))  # fmt: skip
    notes(s, "注：合计96万元含上年结转资金6万元。")
    sign(s, "岑晚舟", "0779-6631907", day(2024, 12, 1))
    return b


@variant("ab12-reeling-cars-money-wrong", (12, 9),
         "project, OLD-NAT, a 资金明细 block: one amount split by a space, lines not adding to "
         "their 合计, a subsidy standard × count above the year's money")  # fmt: skip
def ab12() -> Book:
    b, s = project_book(
        name="丝埠镇缫丝合作社立缫丝车改造项目", unit="丝埠镇锦纶缫丝专业合作社",
        money_rows=annual(w(63), w(55), w(8)),
        goals=["改造立缫丝车60台，提高缫丝工效，稳定社员收入。"],
    )  # fmt: skip
    cap = mk("≤1.2万元/台", "B107", "warning", row=True,
             note="1.2万元 × 60台 = 72万元，超过年度资金63万元")  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "改造立缫丝车", "≥60台"),
        (None, "质量指标", "改造丝车验收合格率", "≥95%"),
        (None, "时效指标", "丝车改造完成时间", "9月30日前"),
        (None, "成本指标", "每台丝车改造补助", cap),
        ("效益指标", "经济效益指标", "缫丝工效提高率", "≥20%"),
        (None, "社会效益指标", "带动社员", "≥120户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    split = mk("32.457 5", "X105", "warning", alt=("X103",), note="数字被空格断开，应读作32.4575")
    total = mk(w(63), "B102", "error", alt=("B101",),
               note="明细32.4575 + 20 + 8.5425 = 61，与合计63不符")  # fmt: skip
    s.table([
        ("资金明细", "支出内容", "金额（万元）"),
        (None, "丝车改造", split),
        (None, "废水处理", w(20)),
        (None, "技术培训", w(8.5425)),
        (None, "合计", total),
    ], merged=(1,))  # fmt: skip
    sign(s, "蓝若琛", "0779-6558021", day(2024, 12, 5))
    return b
