"""体彩公益金 全民健身器材、场馆与赛事: six returns (sb13–sb18), three of them correct."""

from __future__ import annotations

from openpyxl.worksheet.pagebreak import Break

from tests.variants.heads import project_head
from tests.variants.holdout278.common import (
    department,
    note,
    period_money,
    project,
    sign,
    table,
    wan,
    year_money,
)
from tests.variants.holdout278.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct

ONE_VALUE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("sb13-fitness-paths", (1, 11),
         "project, NAT-2021, operators in words in a 指标方向 column, unit column, typed percent "
         "cells, a 下降率 with 大于等于 and a zero accident count (correct)")  # fmt: skip
def fitness_paths() -> Book:
    b, s = project(
        year=2025, name="体彩公益金全民健身路径器材更新", dept="棠川市体育局（318001）",
        unit="棠川市全民健身活动中心", money=year_money(320, 300, 20),
        goals=["更新全民健身路径器材120套，覆盖60个行政村（社区），器材故障报修量比上年下降10%"
               "以上，健身群众满意度90%以上。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "更新全民健身路径器材", "大于等于", 120, "套"),
        (None, None, "覆盖行政村（社区）", "大于等于", 60, "个"),
        (None, "质量指标", "器材安装验收合格率", "等于", pct(1), "%"),
        (None, "时效指标", "器材安装完成时间", "小于等于", day(2025, 10, 31), None),
        ("成本指标", "经济成本指标", "单套器材采购安装均价", "小于等于", 2.5, "万元/套"),
        ("效益指标", "社会效益指标", "器材故障报修下降率", "大于等于", pct(0.1), "%"),
        (None, None, "器材安全事故发生数", "小于等于", 0, "起"),
        (None, "可持续影响指标", "器材管养责任落实率", "大于等于", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    note(s, "注：器材故障报修下降率以上年全市报修总量为基数计算，下降幅度越大越好。")
    sign(s, "傅澄川", "0731-6651 2093", day(2024, 11, 21))
    return b


@variant("sb14-village-fitness-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns: 其他资金 typed in 元 inside the 万元 "
         "block, a typed percent above 100 on a pass rate")  # fmt: skip
def village_fitness_wrong() -> Book:
    other = mk(money(200000, YUAN), "B105", "error",
               note="shows 200,000.00元 in a 项目资金（万元） block (meant 20万元)")  # fmt: skip
    b, s = project(
        year=2025, name="体彩公益金支持农民体育健身工程器材配建", dept="磐口县文化广电旅游体育局",
        unit="磐口县全民健身服务中心", money=year_money(180, 160, other),
        goals=["为45个行政村配建农民体育健身工程器材450件，行政村健身设施覆盖率达到92%。"],
    )  # fmt: skip
    b.file_mark("B101", "error", required=False,
                note="read as 200000, 160 + 其他资金 no longer makes 180")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "配建农民体育健身工程的行政村", "≥", 45, "个"),
        (None, None, "配送健身器材", "≥", 450, "件"),
        (None, "质量指标", "器材安装验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="typed 105%: a pass rate cannot pass 100%"), "%"),
        (None, "时效指标", "器材配送安装完成时间", "≤", "2025年9月30日", None),
        (None, "成本指标", "每个行政村器材配建补助", "≤", 4, "万元/个"),
        ("效益指标", "社会效益指标", "行政村健身设施覆盖率", "≥", pct(0.92), "%"),
        (None, "可持续影响指标", "器材管护责任落实", "定性", "到位", None),
        ("满意度指标", "服务对象满意度指标", "村民健身满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邬向晴", "0739-5520 7716", day(2024, 12, 10))
    return b


@variant("sb15-venues-two-year", (8,),
         "two-year project, NAT-2021, two-row header with 中期 and 年度 value columns: counts "
         "below their period, rates and hours per week legitimately equal (correct)")  # fmt: skip
def venues_two_year() -> Book:
    b, s = project(
        year=2025, years=2, name="体彩公益金资助公共体育场馆免费低收费开放",
        dept="棠川市体育局（318001）", unit="棠川市体育中心",
        money=period_money((440, 440, 0), (220, 220, 0)),
        goals=["2025—2026年场馆免费低收费开放累计接待健身群众160万人次以上，经常参加体育锻炼"
               "人数比例提高2个百分点。",
               "2025年接待健身群众80万人次以上，每周免费开放不少于28小时，设施完好率95%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2025—2026年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "接待健身群众", "≥160万人次", "≥80万人次"),
        (None, None, "每周免费开放时段", "≥28小时/周", "≥28小时/周"),
        (None, "质量指标", "场馆设施完好率", "≥95%", "≥95%"),
        (None, "时效指标", "开放时间调整提前公示时限", "≤3天", "≤3天"),
        ("成本指标", "经济成本指标", "场馆开放运营补助", "≤440万元", "≤220万元"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例提高", "≥2百分点", "≥1百分点"),
        (None, "可持续影响指标", "场馆开放绩效考核制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "司徒澜", "0731-6651 2047", day(2024, 11, 8))
    return b


@variant("sb16-courts-and-events-stacked", (2, 12),
         "two one-year projects stacked, OLD-NAT, one value column: a capped rate ≥100%, a unit "
         "cost × count above the money, the second project's total not adding up")  # fmt: skip
def courts_and_events_stacked() -> Book:
    b, s = project(
        year=2025, name="体彩公益金社区多功能运动场建设", dept="沅汀区教育体育局",
        unit="沅汀区体育事业服务中心", money=year_money(400, 400, 0),
        goals=["在8个社区建成多功能运动场，年内建成投用，周边居民满意度90%以上。"],
    )  # fmt: skip
    table(s, ONE_VALUE, [
        ("产出指标", "数量指标", "建成社区多功能运动场", "≥8块"),
        (None, "质量指标", "运动场竣工验收合格率",
         mk("≥100%", "T106", "error", note="a pass rate is capped at 100%: ≥100% cannot hold")),
        (None, "时效指标", "运动场建成投用时间", "2025年12月31日前"),
        (None, "成本指标", "每块运动场建设补助",
         mk("≤60万元/块", "B107", "warning", row=True,
            note="60 × 8 = 480万元, above the 400万元 of the project")),
        ("效益指标", "社会效益指标", "运动场日均服务群众", "≥200人次"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(150), "B101", "error", note="财政拨款 120 + 其他资金 20 = 140 ≠ 150")
    project_head(
        s, year=2025, name="体彩公益金全民健身赛事活动", dept="沅汀区教育体育局",
        unit="沅汀区全民健身指导站", money=year_money(total, 120, 20),
        goals=["举办区级全民健身赛事15场以上，参赛群众1.2万人次以上，赛事安全平稳。"],
    )  # fmt: skip
    table(s, ONE_VALUE, [
        ("产出指标", "数量指标", "举办区级全民健身赛事", "≥15场"),
        (None, "质量指标", "赛事安全事故发生率", "≤0.5%"),
        (None, "时效指标", "赛事报名审核时限", "≤3个工作日"),
        (None, "成本指标", "单场赛事平均补助", "≤9万元/场"),
        ("效益指标", "社会效益指标", "参赛群众", "≥12000人次"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "阚知远", "0735-2286 3310", day(2024, 11, 27))
    return b


SCORE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant("sb17-sports-bureau-department", (4, 12),
         "department, NAT-2021, weight column: header repeated after a page break, 小计 rows per "
         "tier and a 合计 row, 说明 and 填表说明 lines, signature (correct)")  # fmt: skip
def sports_bureau_department() -> Book:
    b, s = department(
        year=2025, dept="棠川市体育局",
        budget=[(wan(2860), wan(2500), wan(360), wan(1120), wan(1740))],
        tasks=[
            ("全民健身设施建设", "体彩公益金支持健身路径、多功能运动场建设", wan(820),
             "新建健身设施90处以上"),
            ("公共体育场馆开放", "场馆免费低收费开放补助", wan(440), "接待健身群众80万人次"),
            ("群众体育赛事", "举办市级全民健身赛事", wan(300), "举办赛事20场以上"),
            ("青少年业余训练", "竞技体育后备人才培养", wan(180), "在训运动员600人以上"),
            ("金额合计", None, wan(1740), None),
        ],
        goal="新建全民健身设施90处以上，举办市级全民健身赛事20场以上，"
             "城乡居民经常参加体育锻炼比例提高1.5个百分点。",
    )  # fmt: skip
    table(s, SCORE_HEAD, [
        ("产出指标", "数量指标", "新建全民健身设施", "≥90处", 15),
        (None, None, "举办市级全民健身赛事", "≥20场", 10),
        (None, None, "在训青少年运动员", "≥600人", 10),
        (None, "质量指标", "健身设施验收合格率", "=100%", 10),
        (None, "时效指标", "场馆免费开放时段落实率", "≥98%", 5),
        ("小计", "", None, None, 50),
    ])  # fmt: skip
    s.ws.row_breaks.append(Break(id=s.r))
    s.skip()
    table(s, SCORE_HEAD, [
        ("成本指标", "经济成本指标", "单处健身设施平均建设成本", "≤9.1万元/处", 10),
        ("小计", "", None, None, 10),
        ("效益指标", "社会效益指标", "城乡居民经常参加体育锻炼比例提高", "≥1.5百分点", 15),
        (None, "可持续影响指标", "全民健身设施长效管护机制", "健全", 15),
        ("小计", "", None, None, 30),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", 10),
        ("小计", "", None, None, 10),
        ("合计", "", None, None, 100),
    ])  # fmt: skip
    note(s, "说明：各一级指标小计之和即合计，权重按三级指标逐项计分。")
    note(s, "填表说明：指标值应为可考核的数值或等级，比率类指标以百分数表示。")
    sign(s, "上官晴", "0731-6651 2011", day(2024, 11, 19), checker="聂伯衡")
    return b


@variant("sb18-smart-trail-labels", (5, 11),
         "project, NAT-2021, labels with marks and abbreviations (*产出指标, 数量, ★ on a core "
         "indicator): a tier-2 of 效益 under 产出, a response time written with ≥")  # fmt: skip
def smart_trail_labels() -> Book:
    b, s = project(
        year=2026, name="体彩公益金支持健身步道智能化改造", dept="枫渡县教育体育局",
        unit="枫渡县全民健身中心", money=year_money(150, 130, 20),
        goals=["完成18公里健身步道智能化改造，加装智能健身驿站6个，步道日均健身3000人次以上。"],
    )  # fmt: skip
    table(s, ONE_VALUE, [
        ("*产出指标", "数量", "智能化改造健身步道", "≥18公里"),
        (None, None, "加装智能健身驿站", "≥6个"),
        (None, "质量", "步道改造工程验收合格率", "=100%"),
        (None, mk("可持续影响指标", "F105", "error", note="a tier-2 of 效益指标 under 产出"),
         "智能设施在线率", "≥95%"),
        (None, "时效", "改造工程完工时间", "2026年10月31日前"),
        (None, None, "智能设备故障响应时间",
         mk("≥48小时", "T108", "warning", row=True, note="a response time is 反向: ≤48小时")),
        ("*成本指标", "经济成本", "每公里步道智能化改造成本", "≤7万元/公里"),
        ("效益", "社会效益", "步道日均健身", "≥3000人次"),
        ("满意度", "服务对象满意度", "★健身群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "卓一帆", "0746-8840 5528", day(2025, 11, 17))
    return b
