"""Returns wj01–wj06: esports venues (电竞场馆, 电竞酒店, 赛事场馆) inspection and equipment."""

from __future__ import annotations

from tests.variants.holdout390.common import (
    OPS,
    YEAR,
    details,
    funds,
    indicators,
    note,
    project,
    start,
    w,
)
from tests.variants.holdout390.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

YUAN_WAN = "沅川市文化广电旅游局（312001）"


@variant("wj01-venue-percent", (1,), "project, NAT-2021, operator and unit columns, percent cells "
         "typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def wj01() -> Book:
    b, s = start()
    goal = (
        "对全市36家持证电竞场馆开展常态化巡查，落实未成年人实名入场管理，全年不发生安全责任事故。"
    )
    project(s, name="沅川市电竞场馆安全运营监管项目", dept=YUAN_WAN,
            unit="沅川市文化市场综合执法支队", money=funds(86, 80, 6), goals=[goal])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "场馆巡查单次成本", "≤", 0.12, "万元/次"),
        ("产出指标", "数量指标", "电竞场馆日常巡查场次", "≥", 400, "场次"),
        (None, None, "持证电竞场馆建档数", "≥", 36, "家"),
        (None, "质量指标", "消防安全检查覆盖率", "≥", pct(0.98), "%"),
        (None, None, "未成年人违规入场发生率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "群众投诉处置时限", "≤", 3, "个工作日"),
        ("效益指标", "社会效益指标", "场馆实名登记执行率", "≥", pct(0.95), "%"),
        (None, None, "安全责任事故发生数", "≤", 0, "起"),
        (None, "可持续影响指标", "场馆违规经营下降率", "≥", pct(0.15), "%"),
        ("满意度指标", "服务对象满意度指标", "场馆经营者满意度", "≥", pct(0.9), "%"),
    ], header=OPS)  # fmt: skip
    return b


@variant("wj02-hotel-percent-wrong", (1, 11), "project, NAT-2021, operator and unit columns, "
         "percent cells: a satisfaction typed as 105%, a 反向 complaint rate with ≥")  # fmt: skip
def wj02() -> Book:
    b, s = start()
    goal = "对辖区电竞酒店开展专项整治，核查未成年人入住登记，整改噪声与消防隐患。"
    project(s, name="桐屿区电竞酒店专项整治项目", dept="桐屿区文化和旅游局（208013）",
            unit="桐屿区文化市场执法大队", money=funds(42, 40, 2), goals=[goal])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "单家酒店检查成本", "≤", 0.05, "万元/家"),
        ("产出指标", "数量指标", "电竞酒店检查家数", "≥", 120, "家"),
        (None, "质量指标", "未成年人入住登记核查率", "≥", pct(0.95), "%"),
        (None, "时效指标", "整改复查完成时限", "≤", 15, "天"),
        ("效益指标", "社会效益指标", "电竞酒店噪声投诉率",
         mk("≥", "T108", "warning", row=True, note="投诉率是反向指标，应为 ≤"), pct(0.03), "%"),
        (None, None, "消防隐患整改销号率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "入住消费者满意度", "≥",
         mk(pct(1.05), "T106", "error", alt=("T114",), note="满意度不能超过 100%"), "%"),
    ], header=OPS)  # fmt: skip
    return b


@variant("wj03-stacked-venues", (2,), "two projects stacked in one sheet, OLD-NAT, "
         "one value column, one indicator name with a value per project (correct)")  # fmt: skip
def wj03() -> Book:
    b, s = start()
    project(s, name="鹭汀县电竞赛事中心场馆改造项目", dept="鹭汀县文化体育局（405002）",
            unit="鹭汀县电竞赛事中心", money=funds(80, 72, 8),
            goals=["完成1200平方米座席区改造，场馆具备承接省级电竞赛事的条件。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "座席区改造面积", "≥1200平方米"),
        (None, "质量指标", "场馆设施验收合格率", "≥95%"),
        (None, "时效指标", "改造完工时间", f"{YEAR}年10月31日前"),
        (None, "成本指标", "座席改造单价", "≤0.06万元/平方米"),
        ("效益指标", "社会效益指标", "年承接电竞赛事场次", "≥12场"),
        ("满意度指标", "服务对象满意度指标", "参赛俱乐部满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project(s, name="鹭汀县电竞场馆视频监控联网项目", dept="鹭汀县文化体育局（405002）",
            unit="鹭汀县文化市场服务中心", money=funds(45, 45, 0), title="",
            goals=["全县电竞场馆180个监控点位接入监管平台，实现入场实名与监控联动。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "联网监控点位数", "≥180个"),
        (None, "质量指标", "场馆设施验收合格率", "≥98%"),
        (None, "时效指标", "联网完成时间", f"{YEAR}年9月30日前"),
        (None, "成本指标", "单点位联网成本", "≤0.2万元/个"),
        ("效益指标", "社会效益指标", "监控在线率", "≥95%"),
        (None, "可持续影响指标", "监控数据保存期限", "≥90天"),
        ("满意度指标", "服务对象满意度指标", "监管人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wj04-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT, one value column: the "
         "second project's 年度资金总额 ≠ its parts and one 完成率 given as a count")  # fmt: skip
def wj04() -> Book:
    b, s = start()
    project(s, name="沅川市电竞赛事安保保障项目", dept=YUAN_WAN,
            unit="沅川市电竞产业服务中心", money=funds(58, 50, 8),
            goals=["保障全年20场电竞赛事观赛秩序，未成年人观赛实名核验全覆盖。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "保障电竞赛事场次", "≥20场"),
        (None, "质量指标", "观赛实名核验覆盖率", "≥98%"),
        (None, "成本指标", "单场安保成本", "≤2.5万元/场"),
        ("效益指标", "社会效益指标", "赛事安全事故发生数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(money(65, WAN), "B101", "error", note="50 + 10 = 60，不是 65")
    project(s, name="沅川市电竞裁判员培训项目", dept=YUAN_WAN, title="",
            unit="沅川市电竞产业服务中心", money=funds(total, 50, 10),
            goals=["培训电竞裁判员120人，建立本市电竞裁判员库。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "培训电竞裁判员人数", "≥120人"),
        (None, "质量指标", "裁判员培训完成率",
         mk("120人", "T105", "error", note="完成率应为百分比")),
        (None, "成本指标", "人均培训成本", "≤0.3万元/人"),
        ("效益指标", "可持续影响指标", "入库裁判员持证率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训裁判员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wj05-venue-detail-lines", (12, 4), "project, NAT-2021, detail lines below the table "
         "adding up, a cost standard × count equal to its line, a footnote on the total "
         "(correct)")  # fmt: skip
def wj05() -> Book:
    b, s = start()
    project(s, name="桐屿区电竞场馆设备安全检测项目", dept="桐屿区文化和旅游局（208013）",
            unit="桐屿区文化市场服务中心", money=funds(96, 90, 6),
            goals=["对辖区30家电竞场馆的电气设备开展安全检测，抽检防沉迷系统。"])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "单家场馆检测费用", "≤0.8万元/家"),
        ("产出指标", "数量指标", "检测电竞场馆家数", "≥30家"),
        (None, None, "防沉迷系统抽检台数", "≥300台"),
        (None, "质量指标", "检测报告合格率", "≥95%"),
        (None, "时效指标", "检测完成时间", f"{YEAR}年11月30日前"),
        ("效益指标", "社会效益指标", "设备安全隐患整改率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "场馆经营者满意度", "≥88%"),
    ])  # fmt: skip
    s.skip()
    details(s, [
        ("场馆设备安全检测", "30家×0.8万元", 30, 0.8, w(24)),
        ("防沉迷系统抽检", "300台", 300, None, w(18.5)),
        ("监管信息平台运维", "全年", None, None, w(35.5)),
        ("安全宣传", "12期", 12, 1.5, w(18)),
    ], w(96))  # fmt: skip
    note(s, "注：明细合计96万元与年度资金总额一致，其中其他资金6万元为场馆运营单位配套。")
    return b


@variant("wj06-venue-artefacts", (9,), "project, NAT-2021, detail lines after conversion: "
         "an amount split by a space, one pasted twice, a deadline as a date serial")  # fmt: skip
def wj06() -> Book:
    b, s = start()
    project(s, name="鹭汀县电竞场馆智能监测平台建设项目", dept="鹭汀县文化体育局（405002）",
            unit="鹭汀县文化市场服务中心", money=funds(120, 110, 10),
            goals=["建成覆盖全县电竞场馆的智能监测平台，实时监测未成年人入场情况。"])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "平台建设总成本", "≤120万元"),
        ("产出指标", "数量指标", "接入电竞场馆家数", "≥28家"),
        (None, "质量指标", "平台验收通过率", "≥98%"),
        (None, "时效指标", "平台上线时限",
         mk("45838", "X104", "warning", alt=("T116",), note="日期序列号，应为 2025年6月30日前")),
        ("效益指标", "社会效益指标", "未成年人违规入场预警处置率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "监管人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    details(s, [
        ("监测设备购置", "28家", 28, None,
         mk("62.4 5", "X105", "warning", alt=("X103",), note="读作 62.45")),
        ("平台运维服务", "全年", None, None,
         mk("35.55万35.55万", "X106", "error", alt=("B108",), note="金额粘贴两次，读作 35.55")),
        ("操作人员培训", "2期", 2, 11, w(22)),
    ], w(120))  # fmt: skip
    return b
