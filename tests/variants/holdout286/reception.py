"""外宾接待 and 涉外翻译服务: sj07–sj12 (two correct, four with planted mistakes)."""

from __future__ import annotations

from tests.variants.holdout286.common import book, note, one_year, project, table
from tests.variants.holdout286.registry import variant
from tests.variants.kit import WAN, Book, C, Sheet, mk, money

VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("sj07-guest-points-labels", (5, 10),
         "project, NAT-2021, tier-1 labels numbered with points (一、产出指标（50分）), tier-2 "
         "numbered 1.数量指标, an indicator score column: 100 both ways, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def guest_points_labels() -> Book:
    b, s = book()
    project(s, "重要外宾团组接待保障", "澜屿市外办礼宾处", one_year(150, 140, 10),
            ["全年接待重要外宾团组40批次、600人次以上，接待方案全部审核，零事故。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "接待外宾团组数量", "≥40批次", 10),
        (None, None, "接待外宾人数", "≥600人次", 10),
        (None, "2.质量指标", "接待方案审核通过率", "100%", 10),
        (None, None, "接待安全责任事故数", "0起", 10),
        (None, "3.时效指标", "接待方案提前报批天数", "≥5个工作日", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "单批次外宾接待成本", "≤3.5万元/批次", 20),
        ("三、效益指标（20分）", "1.社会效益指标", "接待工作好评率较上年提高", "≥2百分点", 10),
        (None, "2.可持续影响指标", "外宾接待规范化制度", "健全", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "来访外宾满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant("sj08-conference-tier-points", (5, 10),
         "project, NAT-2021, ★ tier-1 labels, abbreviated tier-2 labels, a tier-1 score column "
         "against an indicator score column: two tiers off, a rate given as a count")  # fmt: skip
def conference_tier_points() -> Book:
    b, s = book("Sheet1", (14, 8, 14, 30, 16, 10))
    project(s, "国际会议外宾接待服务", "澜屿市外办礼宾处", one_year(90, 90, 0),
            ["做好国际友城市长论坛外宾接待，接待外宾300人以上，抵离接送准时。"])  # fmt: skip
    tier = "一级指标分值 {0}，其下指标分值合计 {1}"
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("★产出指标", 50, "数量", "接待国际会议外宾人数", "≥300人", 15),
        (None, None, None, "会场引导志愿者人数", "≥40人", 10),
        (None, None, "质量", "接待计划完成率",
         mk("30批次", "T105", "error", note="完成率写成了批次数"), 15),
        (None, None, "时效", "外宾抵离接送准时率", "≥98%", 10),
        ("★成本指标", mk(20, "W103", "error", note=tier.format(20, 10)), "经济成本",
         "人均接待成本", "≤0.25万元/人", 10),
        ("★效益指标", mk(20, "W103", "error", note=tier.format(20, 30)), "社会效益",
         "会议成果新闻报道数", "≥20篇", 15),
        (None, None, "可持续影响", "国际会议接待工作规程", "建立并执行", 15),
        ("★满意度指标", 10, "服务对象满意度", "参会外宾满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("sj09-translation-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a value whose indicator name was deleted, a tier-2 "
         "label left from the template with no indicator")  # fmt: skip
def translation_template_rows() -> Book:
    b, s = book()
    project(s, "涉外翻译服务采购", "澜屿市外办翻译中心", one_year(45, 45, 0),
            ["采购笔译120万字、口译60场，译稿审校合格，紧急稿件3个工作日内交付。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "笔译文字量", "≥120万字"),
        (None, None, "口译服务场次", "≥60场"),
        (None, "质量指标", "译稿审校合格率", "≥98%"),
        (None, None, mk(None, "F110", "error", note="有指标值，三级指标名称被删空"), "≥95%"),
        (None, "时效指标", "紧急译稿交付时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "笔译单价", "≤180元/千字"),
        (None, None, "口译单场费用", "≤0.35万元/场"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        ("效益指标", "社会效益指标", "涉外活动语言服务投诉数", "≤1起"),
        (None, "可持续影响指标", "涉外翻译人才库更新频次", "每季度1次"),
        ("满意度指标", "服务对象满意度指标", "用稿单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


def translation_money(s: Sheet) -> None:
    """The detail block under the head of sj10: lines that add up to the total."""
    s.skip()
    s.row("资金测算明细", "支出内容", "测算依据", "金额（万元）")
    s.table([
        (None, "笔译费", "800千字×200元/千字", money(16, WAN)),
        (None, "口译费", "40场×0.3万元/场", money(12, WAN)),
        (None, "译稿审校费", "800千字×100元/千字", money(8, WAN)),
        (None, "外事术语库维护费", "1项", money(2, WAN)),
        (None, "合计", None, money(38, WAN)),
    ])  # fmt: skip


@variant("sj10-translation-second-sheet", (7, 12),
         "project, OLD-NAT: head and a money detail block on 项目信息, the indicator table on a "
         "second sheet under header 预期实现值, =100% kept as text (correct)")  # fmt: skip
def translation_second_sheet() -> Book:
    b, s = book("项目信息")
    project(s, "外事文件翻译及审校", "澜屿市外办翻译中心", one_year(38, 35, 3),
            ["完成外事文件笔译800千字、口译40场，译文全部审校，急件24小时内交付。"])  # fmt: skip
    translation_money(s)
    t = b.sheet("绩效指标")
    t.title("外事文件翻译及审校项目绩效指标", 4)
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "外事文件笔译量", "≥800千字"),
        (None, None, "外事活动口译场次", "≥40场"),
        (None, "质量指标", "译文审校通过率", "=100%"),
        (None, "时效指标", "紧急文件译稿交付时限", "≤24小时"),
        (None, "成本指标", "笔译单价", "≤200元/千字"),
        ("效益指标", "社会效益指标", "翻译差错引发涉外纠纷数", "0起"),
        (None, "可持续影响指标", "外事术语库条目更新量", "≥2000条"),
        ("满意度指标", "服务对象满意度指标", "用稿单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("sj11-interpreting-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a total split by a "
         "space, an end date left as a serial number in a text cell, an amount pasted "
         "twice")  # fmt: skip
def interpreting_artefacts() -> Book:
    b, s = book()
    split = mk("62.450 0", "X105", "warning", alt=("X103",), note="PDF 转换断开的数字，应为 62.45")
    serial = mk("46022", "X104", "warning", note="文本单元格中的日期序列号（2025-12-31）")
    project(s, "外宾会议同声传译设备租赁与服务", "澜屿市外办翻译中心",
            one_year(split, 62.45, 0),
            ["为全年15场涉外会议提供同传设备与译员服务，设备运行稳定，外宾满意。"],
            end=serial)  # fmt: skip
    table(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "同传设备租赁场次", "≥15场"),
        (None, None, "同传译员服务人次", "≥30人次"),
        (None, "质量指标", "同传设备运行故障率", "≤2%"),
        (None, "时效指标", "设备进场调试提前时间", "≥24小时"),
        (None, "成本指标", "单场设备租赁费", "≤2.2万元/场"),
        (None, None, "译员人均服务费", "≤0.9万元/人次"),
        ("效益指标", "社会效益指标", "涉外会议语言服务保障率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "参会外宾满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("27万27万(含差旅)", "X106", "error", alt=("B108",), note="金额粘贴了两次，应为 27")
    s.skip()
    s.row("支出明细", "支出内容", "测算依据", "金额（万元）")
    s.row(None, "同传设备租赁", "15场×2.2万元/场", money(33, WAN))
    s.row(None, "同传译员劳务", "30人次×0.9万元/人次", twice)
    s.row(None, "设备运输及保险", "按实结算", money(2.45, WAN))
    s.row(None, "合计", None, money(62.45, WAN))
    return b


def reception_cars(s: Sheet) -> None:
    """The first stacked project of sj12: correct."""
    project(s, "外宾接待用车及驾驶服务", "澜屿市外办礼宾处", one_year(56, 50, 6),
            ["全年提供外宾接待用车400台次以上，2小时内响应用车需求，零安全事故。"])  # fmt: skip
    table(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "外宾接待用车服务台次", "≥400台次"),
        (None, "质量指标", "接待用车安全事故数", "0起"),
        (None, "时效指标", "用车需求响应时限", "≤2小时"),
        (None, "成本指标", "单台次用车成本", "≤0.12万元/台次"),
        ("效益指标", "社会效益指标", "重要外事活动用车保障率", "100%"),
        ("满意度指标", "服务对象满意度指标", "外宾及陪同人员满意度", "≥90%"),
    ])  # fmt: skip


@variant("sj12-reception-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "财政拨款 + 其他资金, and one of its rates is given as a count")  # fmt: skip
def reception_stacked_wrong() -> Book:
    b, s = book("接待项目")
    reception_cars(s)
    s.skip()
    total: C = mk(money(24, WAN), "B101", "error", row=True, note="20 + 6 = 26 ≠ 24")
    project(s, "外事礼宾礼品采购管理", "澜屿市外办礼宾处", one_year(total, 20, 6),
            ["6月底前分4批采购礼宾礼品120件，登记入库，规范使用。"], title="")  # fmt: skip
    table(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "礼宾礼品采购批次", "≥4批次"),
        (None, None, "礼宾礼品采购数量", "≥120件"),
        (None, "质量指标", "礼品登记入库率",
         mk("120件", "T105", "error", note="入库率写成了件数")),
        (None, "时效指标", "礼品采购完成时间", "2025年6月30日前"),
        (None, "成本指标", "单件礼品采购均价", "≤0.15万元/件"),
        ("效益指标", "社会效益指标", "礼品使用登记规范性", "规范"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：礼品采购严格执行外事礼宾标准，单件价格以政府采购合同为准。")
    return b
