"""Cassava and sweet-potato starch returns of the 648th held-out set (gh01–gh06)."""

from __future__ import annotations

from tests.variants.holdout648.common import (
    HEAD,
    annual,
    indicators,
    notes,
    project_book,
    sign_off,
    wan,
)
from tests.variants.holdout648.registry import variant
from tests.variants.kit import Book, day, mk, money, pct


@variant("gh01-cassava-line-upgrade", (1, 5), "project, NAT-2021, numbered tier labels "
         "with points, typed percents, a 下降率 with ≥, ≤0起 on accidents (correct)")  # fmt: skip
def gh01() -> Book:
    b, s = project_book(
        2025, "榕坪县木薯淀粉生产线技改补助", "榕坪县农产品加工服务站",
        annual(wan(120), wan(100), wan(20)),
        ["补助3家淀粉企业（其中木薯淀粉厂2家、甘薯淀粉厂1家）改造脱汁和烘干工段，"
         "鲜薯年加工能力达到9万吨，废水COD排放浓度较上年下降15%以上。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("一、产出指标（50分）", "（一）数量指标", "补助改造生产线企业数", "≥3家"),
        (None, None, "鲜薯年加工能力", "≥9万吨"),
        (None, "（二）质量指标", "改造工段验收合格率", pct(1)),
        (None, "（三）时效指标", "改造完成时间", "2025年10月31日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "单家企业补助标准", "≤40万元/家"),
        (None, "（二）社会成本指标", "改造期间安全生产事故", "≤0起"),
        ("三、效益指标（20分）", "（一）生态效益指标", "废水COD排放浓度下降率", "≥15%"),
        (None, "（二）经济效益指标", "带动鲜薯收购农户数", "≥600户"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "受补助企业满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("gh02-sweetpotato-cooperative", (5, 8), "project, OLD-NAT, goal text against "
         "the indicators: smaller purchase, last season's date, a rate under 时效")  # fmt: skip
def gh02() -> Book:
    b, s = project_book(
        2025, "岱溪镇甘薯淀粉合作社扶持", "岱溪镇农业综合服务中心",
        annual(wan(60), wan(45), wan(15)),
        ["扶持岱溪镇甘薯淀粉合作社收购鲜薯8000吨，新建沉淀池2座，2025年11月底前投产，"
         "带动社员户均增收500元以上。"],
    )  # fmt: skip
    late = "2024年11月30日前"
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "鲜薯收购量", mk("≥6000吨", "D104", "warning", row=True,
                                            note="年度目标写收购鲜薯8000吨")),
        (None, None, "新建沉淀池", "≥2座"),
        (None, "质量指标", "淀粉一级品率", "≥85%"),
        (None, "时效指标", "淀粉出品合格率", mk("≥95%", "F201", "warning", row=True,
                                            note="合格率是质量指标，填在时效指标下")),
        (None, None, "沉淀池投产时间", mk(late, "Y102", "error", alt=("Y103", "D104"),
                                        note="上一季的日期：项目期为2025年，目标写2025年11月底")),
        (None, "成本指标", "沉淀池建设单价", "≤15万元/座"),
        ("效益指标", "经济效益指标", "社员户均增收", "≥500元/户"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gh03-starch-wastewater", (4, 12), "project, OLD-NAT, detail lines, a 说明 row "
         "in the table, a footnote on the total, stamp and signature (correct)")  # fmt: skip
def gh03() -> Book:
    b, s = project_book(
        2025, "沙垌乡淀粉加工废水集中处理", "沙垌乡人民政府",
        annual(wan(120), wan(100), wan(20)),
        ["为沙垌乡木薯、甘薯淀粉加工点配套集中处理站1座，全年处理加工废水12万吨以上，"
         "出水达标排放。"],
    )  # fmt: skip
    s.row("资金明细", "支出内容", "金额（万元）", "测算依据", merge=[(4, 6)])
    top = s.r
    s.row(None, "处理设备购置", wan(80), "厌氧罐、气浮机各1套", merge=[(4, 6)])
    s.row(None, "收集管网改造", wan(25), "管网2.5公里×10万元/公里", merge=[(4, 6)])
    s.row(None, "在线监测设备", wan(15), "监测终端1套", merge=[(4, 6)])
    s.row(None, "合计", wan(120), "", merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建集中处理站", "1座"),
        (None, None, "全年处理加工废水量", "≥12万吨"),
        (None, "质量指标", "出水水质达标率", "≥95%"),
        (None, "时效指标", "处理站投运时间", "2025年9月30日前"),
        (None, "成本指标", "吨废水运行成本", "≤3.5元/吨"),
    ])  # fmt: skip
    notes(s, "说明：出水水质以县生态环境监测站季度抽测结果为准。")
    s.table([
        ("效益指标", "生态效益指标", "淀粉废水直排口", "≤0个"),
        (None, "可持续影响指标", "处理站运行维护制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：资金合计120万元含设备运输安装费，其中加工点自筹20万元列其他资金。",
          "填表说明：指标值应填写可考核的数值，定性指标填写评价等级。")  # fmt: skip
    sign_off(s, "韦振林", "0771-6630418", 2024, 11, 28)
    return b


@variant("gh04-starch-subsidy-money", (12,), "project, OLD-NAT, detail lines that do not reach "
         "their 合计 and a subsidy standard × count above the year's money")  # fmt: skip
def gh04() -> Book:
    b, s = project_book(
        2025, "甘薯淀粉加工企业设备更新补助", "榕坪县农产品加工服务站",
        annual(wan(150), wan(120), wan(30)),
        ["补助4家甘薯淀粉加工企业更新旋流洗涤和刮刀离心设备，改造成品仓储，培训操作工80人次。"],
    )  # fmt: skip
    s.row("资金明细", "支出内容", "金额（万元）", "测算依据", merge=[(4, 6)])
    top = s.r
    s.row(None, "设备更新补助", wan(90), "4家，按设备价款30%补助", merge=[(4, 6)])
    s.row(None, "成品仓储改造", wan(40), "防潮仓库2处", merge=[(4, 6)])
    s.row(None, "操作工培训", wan(15), "80人次", merge=[(4, 6)])
    total = mk(wan(150), "B102", "error", alt=("B101",), note="90+40+15=145，不是150")
    s.row(None, "合计", total, "", merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    cap = mk("≤50万元/家", "B107", "warning", row=True, note="50×4=200万元，超过年度资金150万元")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "补助企业数", "≥4家"),
        (None, None, "操作工培训人次", "≥80人次"),
        (None, "质量指标", "更新设备验收合格率", "=100%"),
        (None, "时效指标", "补助资金拨付时间", "2025年10月31日前"),
        (None, "成本指标", "单家企业补助上限", cap),
        ("效益指标", "经济效益指标", "企业淀粉提取率提高", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gh05-cassava-residue-second-sheet", (7, 9), "project, NAT-2021, head on the first "
         "sheet, table on a second sheet under 预期实现值, 万元 in the number format, a later "
         "year the pilot prepares for (correct)")  # fmt: skip
def gh05() -> Book:
    b, _ = project_book(
        2025, "木薯渣饲料化利用试点", "榕坪县畜牧技术推广站",
        annual(wan(200), wan(160), wan(40)),
        ["在岱溪镇、沙垌乡开展木薯渣青贮饲料化试点，全年处理木薯渣1.5万吨，"
         "为2027年在全县推广积累工艺和成本数据。"],
        sheet="项目信息",
    )  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("木薯渣饲料化利用试点绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "木薯渣处理量", "≥1.5万吨"),
        (None, "质量指标", "青贮饲料检测合格率", pct(0.98)),
        (None, "时效指标", "试点完成时间", "2025年12月20日前"),
        ("成本指标", "经济成本指标", "吨渣处理补贴标准", "≤100元/吨"),
        ("效益指标", "生态效益指标", "木薯渣综合利用率提高", "≥10百分点"),
        (None, "可持续影响指标", "形成试点工艺规程", "≥1套"),
        ("满意度指标", "服务对象满意度指标", "试点养殖户满意度", "≥90%"),
    ], label=None)  # fmt: skip
    return b


@variant("gh06-starch-budget-export", (7, 9), "budget-system export, codes in the first "
         "columns, header on row 3, an amount stored as text, a near-duplicate")  # fmt: skip
def gh06() -> Book:
    b = Book()
    s = b.sheet("项目支出预算05-1", (14, 14, 26, 20, 16, 16))
    s.title("2025年度项目支出预算表（金额单位：元）", 4)
    s.skip()
    s.row("项目编码", "单位编码", "支出明细", "金额")
    code, unit = "45102225F0031", "318004"
    as_text = mk("125,000.00", "X103", "warning", note="带千分位的文本，不是数字")
    s.row(code, unit, "淀粉烘干设备购置", money(350000, "#,##0.00"))
    s.row(code, unit, "污水沉淀池改造", as_text)
    s.row(code, unit, "技术培训", money(25000, "#,##0.00"))
    s.row(code, unit, "合计", money(500000, "#,##0.00"))
    t = b.sheet("项目支出绩效目标05-2", (14, 14, 14, 14, 28, 16))
    t.title("2025年度项目支出绩效目标表（榕坪县木薯淀粉烘干节能改造）", 6)
    t.skip()
    head = ("项目编码", "单位编码", "一级指标", "二级指标", "三级指标", "指标值")
    dup = mk("成品淀粉白度达标率", "D103", "warning", row=True, alt=("D101",),
             note="与上一行“淀粉白度达标率”是同一指标，多了“成品”二字")  # fmt: skip
    indicators(t, head, [
        (code, unit, "产出指标", "数量指标", "改造烘干线", "≥2条"),
        (code, unit, None, "质量指标", "淀粉白度达标率", "≥95%"),
        (code, unit, None, None, dup, "≥95%"),
        (code, unit, None, "时效指标", "改造完成时间", day(2025, 9, 30)),
        (code, unit, "成本指标", "经济成本指标", "单条烘干线改造成本", "≤25万元/条"),
        (code, unit, "效益指标", "生态效益指标", "吨淀粉标煤耗下降率", "≥12%"),
        (code, unit, "满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"),
    ], merged=(3, 4), label=None)  # fmt: skip
    return b
