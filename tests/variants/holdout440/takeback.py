"""Medicine-return (过期药品回收) returns of the 440th held-out set: tier labels, template rows,
header words, notes, conversion artefacts, a second-sheet export (yh07–yh12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout440.common import (
    HEALTH,
    MARKET,
    RETURNS,
    YEAR,
    book,
    details,
    header2,
    indicators,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout440.registry import variant
from tests.variants.kit import Book, mk

PLAIN = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("yh07-decorated-labels", (5,), "project, OLD-NAT, labels numbered with points "
         "(一、产出指标（60分）), marked (*, ★) and abbreviated (数量, 成本) "
         "(correct)")  # fmt: skip
def yh07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="社区过期药品定点回收项目", dept=HEALTH, unit=RETURNS,
                 money=one_year(42, 40, 2),
                 goals=["设置定点回收点80个，回收过期药品6吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值", "指标值设定依据"), [
        ("一、产出指标（60分）", "（一）数量", "★过期药品回收点设置数量", "≥80个", "计划标准"),
        (None, None, "回收过期药品重量", "≥6吨", "历史标准"),
        (None, "（二）质量", "★回收药品无害化处置率", "=100%", "行业标准"),
        (None, "（三）时效", "回收药品清运间隔", "≤15天", "计划标准"),
        (None, "（四）成本", "回收药品处置费用", "≤15元/公斤", "行业标准"),
        ("*二、效益指标（30分）", "（一）社会效益", "误服过期药品就诊下降率", "≥10%", "历史标准"),
        (None, None, "回收药品流失事件", "0起", "计划标准"),
        (None, "（二）生态效益", "过期药品混入生活垃圾比例", "≤15%", "历史标准"),
        ("三、满意度指标（10分）", "（一）服务对象满意度", "参与居民满意度", "≥90%", "计划标准"),
    ])  # fmt: skip
    sign(s, "温绍棠", "8823 6452", (2024, 11, 12))
    return b


@variant("yh08-wrong-parent-no-name", (5, 13), "project, NAT-2021, numbered labels (1.数量指标): "
         "a 社会效益 tier-2 inside the 产出 block, a value without a name")  # fmt: skip
def yh08() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="回收药品无害化处置项目", dept=HEALTH, unit=RETURNS,
                 money=one_year(58, 55, 3),
                 goals=["集中无害化处置回收的过期药品20吨以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值", "备注"), [
        ("一、产出指标", "1.数量指标", "无害化处置过期药品重量", "≥20吨", None),
        (None, None, "处置批次", "≥24批次", None),
        (None, "2.质量指标", "处置过程环保达标率", "=100%", None),
        (None, mk("3.社会效益指标", "F105", "error", note="a 效益 tier-2 under 产出指标"),
         "社区居民安全用药知晓率", "≥80%", None),
        (None, "4.时效指标", "回收药品入库至处置间隔", "≤30天", None),
        ("二、成本指标", "1.经济成本指标", "每吨处置成本", "≤2.2万元/吨", None),
        (None, "2.生态环境成本指标", "处置过程二次污染事件", "0起", None),
        ("三、效益指标", "1.生态效益指标", "过期药品进入生活垃圾量下降率", "≥15%", None),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"),
         "≥95%", None),
        (None, "2.可持续影响指标", "处置台账", "建立并执行", None),
        ("四、满意度指标", "1.服务对象满意度指标", "合作社区药房满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "温绍棠", "8823 6452", (2024, 11, 14))
    return b


@variant("yh09-template-row-header", (6, 7), "project, OLD-NAT, two-row header 考核指标 / "
         "预期目标: a tier-2 left from the template, a deadline given as 100%")  # fmt: skip
def yh09() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="药品回收箱智能化升级项目", dept=HEALTH, unit=RETURNS,
                 money=one_year(36, 30, 6),
                 goals=["升级智能回收箱60台，实现扫码投药。"])  # fmt: skip
    header2(s, ("考核指标", None, None, "预期目标", "备注"),
            ("一级指标", "二级指标", "三级指标", None, None),
            across=[(1, 3)], down=(4, 5))  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "智能回收箱升级数量", "≥60台", None),
        (None, None, "回收箱联网接入数量", "≥60台", None),
        (None, "质量指标", "回收箱在线率", "≥95%", None),
        (None, "时效指标", "智能回收箱投放完成时间",
         mk("100%", "T113", "warning", note="a deadline given as a percentage"), None),
        (None, "成本指标", "单台回收箱升级费用", "≤0.45万元/台", None),
        ("效益指标", "社会效益指标", "扫码投药居民人次", "≥5000人次", None),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None, None),
        (None, "可持续影响指标", "回收箱运维机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "投药居民满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "陶映秋", "8823 6417", (2024, 11, 15))
    return b


@variant("yh10-notes-page-break", (4, 9), "project, OLD-NAT, one value column: instruction row "
         "inside the table, header repeated after a page break, =100% kept as text, notes, "
         "填表说明, signature and date lines (correct)")  # fmt: skip
def yh10() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="家庭过期药品回收兑换活动项目", dept=HEALTH, unit=RETURNS,
                 money=one_year(28.6, 26, 2.6),
                 goals=["开展回收兑换活动48场，回收过期药品3.5吨。"])  # fmt: skip
    s.row(*PLAIN)
    s.row("注：指标值须写明比较符和计量单位，定性指标填写等级。", merge=[(1, 5)])
    s.table([
        ("产出指标", "数量指标", "回收兑换活动场次", "≥48场", "每个街道每季度1场"),
        (None, None, "兑换回收过期药品重量", "≥3.5吨", None),
        (None, "质量指标", "回收药品无害化处置率", "=100%", "处置单位出具证明"),
        (None, "时效指标", "兑换物资补发时限", "≤3个工作日", None),
        (None, "成本指标", "单场活动兑换物资费用", "≤0.45万元/场", None),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(*PLAIN)
    s.table([
        ("效益指标", "社会效益指标", "参与兑换居民户数", "≥6000户", None),
        (None, "生态效益指标", "过期药品随意丢弃投诉件数", "≤5件", None),
        ("满意度指标", "服务对象满意度指标", "参与居民满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.回收重量以处置单位称重台账合计为准，含各街道分项。",
          "2.兑换物资每户一份，不另列指标。",
          "填表说明：金额单位为万元；本表一式两份报市卫生健康委。")  # fmt: skip
    sign(s, "邝志远", "8823 6430", (2024, 12, 5))
    return b


@variant("yh11-conversion-artefacts", (9, 12), "project, OLD-NAT, detail lines below: a split "
         "number, a date serial in a text cell, an amount pasted twice")  # fmt: skip
def yh11() -> Book:
    b, s = book()
    split = mk("58.6 4", "X105", "warning", alt=("X103",), note="58.64 split by a space")
    serial = mk("46022", "X104", "warning", note="the serial of 2025-12-31 typed as text")
    project_head(s, year=YEAR, name="过期药品集中转运处置项目", dept=MARKET, unit=RETURNS,
                 money=one_year(64.64, split, 6), end=serial,
                 goals=["集中转运处置全市回收的过期药品16吨。"])  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "集中转运过期药品重量", "≥16吨", None),
        (None, None, "转运车次", "≥96车次", None),
        (None, "质量指标", "转运过程药品遗撒事件", "0起", None),
        (None, None, "回收药品无害化处置率", "=100%", None),
        (None, "时效指标", "回收点满箱后清运时限", "≤72小时", None),
        (None, "成本指标", "每吨转运处置费用", "≤1.1万元/吨", None),
        ("效益指标", "生态效益指标", "过期药品规范处置覆盖率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "回收点满意度", "≥90%", None),
    ])  # fmt: skip
    pasted = mk("18万18万（含运输）", "X106", "error", alt=("B108",),
                note="18万 pasted twice; read as 18 the lines add up")  # fmt: skip
    details(s, [("回收箱采购", 22.64, "80个×0.283万元"), ("药品转运处置", pasted, "16吨×1.1万元"),
                ("宣传物料", 8, "海报、折页印制"), ("回收点运维补助", 16, "80个×0.2万元")],
            64.64)  # fmt: skip
    b.file_mark("B102", "error", required=False, note="follows from the pasted amount")
    return b


@variant("yh12-export-second-sheet", (7,), "project: head on the first sheet, a budget-system "
         "export on a second sheet, codes in the first columns, header on row 3 under 预期实现值, "
         "operators in words (correct)")  # fmt: skip
def yh12() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="社区药房药品追溯系统运维项目", dept=MARKET,
                 unit="桐浦市药品安全信息中心", money=one_year(18.5, 18.5, 0),
                 goals=["保障150家社区药房药品追溯系统稳定运行。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (20, 22, 12, 16, 28, 12, 12, 12))
    t.title("部门项目支出绩效目标表", 8)
    t.row("单位：桐浦市药品安全信息中心", None, None, None, None, None, "金额单位：万元")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "预期实现值",
          "计量单位")  # fmt: skip
    code, name = "330620250400017", "社区药房药品追溯系统运维项目"
    for row in [
        ("产出指标", "数量指标", "接入追溯系统社区药房数量", "大于等于", 150, "家"),
        ("产出指标", "质量指标", "药品追溯码扫码上传率", "大于等于", 98, "%"),
        ("产出指标", "时效指标", "系统故障修复时间", "小于等于", 4, "小时"),
        ("成本指标", "经济成本指标", "单家药房年运维费用", "小于等于", 1200, "元/家"),
        ("效益指标", "社会效益指标", "问题药品追溯召回及时率", "大于等于", 95, "%"),
        ("效益指标", "可持续影响指标", "追溯数据保存年限", "大于等于", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "社区药房使用满意度", "大于等于", 90, "%"),
    ]:  # fmt: skip
        t.row(code, name, *row)
    return b
