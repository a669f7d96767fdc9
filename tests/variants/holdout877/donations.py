"""Returns khc13–khc18: 图书捐赠 (book donations) received and passed on to villages."""

from __future__ import annotations

from tests.variants.holdout877.common import (
    LIB,
    annual,
    department,
    indicators,
    note,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout877.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

HEAD13 = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
ROWS13 = [
    ("接收社会捐赠图书", 15, "册", "≥", 20000),
    ("捐赠图书分编上架率", 15, "%", "≥", pct(0.9)),
    ("向乡镇分馆调配捐赠图书", 15, "册", "≥", 12000),
    ("捐赠图书质量安全事件", 10, "起", "=", 0),
    ("捐赠图书剔除比例", 10, "%", "≤", pct(0.15)),
    ("捐赠人致谢函发出及时率", 10, "%", "≥", pct(0.95)),
    ("捐赠图书加工单册成本", 10, "元/册", "≤", 3),
    ("受赠读者满意度", 15, "%", "≥", pct(0.9)),
    ("合计", 100, None, None, None),
]


@variant(
    "khc13-donation-flat-list",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percents typed in Excel, 0起 on an incident count, weights adding to 100 "
    "(correct)",
)
def khc13() -> Book:
    b, s = start(widths=(30, 10, 12, 12, 14, 14))
    budget = (wan(300), wan(270), wan(30), wan(200), wan(100))
    goal = "规范接收社会捐赠图书2万册，分编后调配乡镇分馆1.2万册。"
    department(s, budget, goal, dept="鹭汀县图书馆（捐赠图书管理中心）")
    s.skip()
    s.table([HEAD13, *ROWS13])
    return b


HEAD14 = ("指标名称", "指标值", "指标性质", "计量单位", "权重")
ROWS14 = [
    ("募集社会捐赠图书", "≥15000", "正向", "册", 20),
    ("捐赠图书流转到乡镇", mk("≥8000册", "T112", "error", row=True,
                               note="指标值写“册”，计量单位列却是“人次”"), "正向", "人次", 15),
    ("捐赠图书破损率", mk("≥3", "T108", "warning", row=True,
                            note="破损率是反向指标，应为 ≤3%"), "反向", "%", 15),
    ("捐赠信息公示及时率", "≥95", "正向", "%", 15),
    ("受捐书屋覆盖行政村数", "≥40", "正向", "个", 15),
    ("捐赠人满意度", "≥90", "正向", "%", 15),
]  # fmt: skip


@variant(
    "khc14-donation-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95",
)
def khc14() -> Book:
    b, s = start(widths=(30, 14, 12, 12, 10, 14))
    budget = (wan(180), wan(160), wan(20), wan(120), wan(60))
    department(s, budget, "募集社会捐赠图书1.5万册，流转到乡镇8000册，覆盖40个行政村。")
    s.skip()
    s.table([HEAD14, *ROWS14])
    b.file_mark("W101", "error", note="权重 20+15×5=95，不是 100")
    return b


ROWS15 = [
    ("产出指标", "数量指标", "接收捐赠图书", "≥30000册"),
    (None, "质量指标", "捐赠图书消毒处理合格率", "≥98%"),
    (None, "时效指标", "捐赠图书上架完成时间",
     mk("46295", "X104", "warning", note="文本单元格中的日期序列号（2026-09-30）")),
    (None, "成本指标", "单册图书加工成本", "≤2.5元"),
    ("效益指标", "社会效益指标", "受捐农家书屋数量", "≥30个"),
    ("满意度指标", "服务对象满意度指标", "受捐书屋管理员满意度", "≥90%"),
]  # fmt: skip


@variant(
    "khc15-donation-conversion-artefacts",
    (9,),
    'project, OLD-NAT, money in 元 (#,##0.00"元"): one amount pasted as text with a '
    "thousands separator, a date serial left in a text cell",
)
def khc15() -> Book:
    b, s = start()
    other = mk("80,000.00", "X103", "warning", note="带千分位的文本，不是数字（80000 元）")
    rows = annual(money(480000, YUAN), money(400000, YUAN), other)
    goal = "接收整理社会捐赠图书3万册，配送至30个农家书屋。"
    project(s, "社会捐赠图书整理配送", rows, [goal], money_label="项目资金（元）")
    indicators(s, ROWS15)
    return b


ROWS16 = [
    ("*产出指标", "★数量", "捐赠图书配送农家书屋数", "≥45个"),
    (None, None, "配送捐赠图书册数", "≥22500册"),
    (None, "质量", "配送图书适读率", "≥90%"),
    (None, "时效", "配送完成时间", "2026年10月31日前"),
    (None, "成本", "每个书屋配送成本", "≤0.2万元"),
    ("效益", "社会效益", "农家书屋月均借阅人次", "≥1200人次"),
    (None, "可持续影响", "书屋捐赠图书更新机制", "建立并执行"),
    ("*满意度指标", "★服务对象满意度", "书屋读者满意度", "≥90%"),
]


@variant(
    "khc16-donation-marked-labels",
    (5,),
    "project, OLD-NAT, tier labels with marks (*, ★) and abbreviations (效益, 数量, 成本 "
    "under 产出) (correct)",
)
def khc16() -> Book:
    b, s = start()
    goal = "向45个农家书屋配送社会捐赠图书22500册，建立捐赠图书定期更新机制。"
    project(s, "农家书屋捐赠图书配送", annual(wan(12), wan(10), wan(2)), [goal])
    indicators(s, ROWS16)
    note(s, "注：带★的为核心指标，不得删除；带*的为必填项。")
    return b


ROWS17 = [
    ("一、产出指标", "（一）数量指标", "接收企业捐赠图书", "≥10000册"),
    (None, "（二）质量指标", "捐赠图书验收合格率",
     mk(pct(1.02), "T106", "error", note="Excel 中键入的 102%，合格率上限 100%")),
    ("二、成本指标", "（一）经济成本指标", "单册图书运输成本", "≤1.2元"),
    ("三、效益指标", "（一）社会效益指标", "乡镇分馆新增可借图书", "≥8000册"),
    (None, mk("（二）时效指标", "F105", "error", note="时效指标属产出指标，不在效益指标下"),
     "捐赠图书上架完成时间", "2026年8月31日前"),
    ("四、满意度指标", "（一）服务对象满意度指标", "捐赠企业满意度", "≥90%"),
]  # fmt: skip


@variant(
    "khc17-donation-numbered-wrong-parent",
    (1, 5),
    "project, NAT-2021, numbered tier labels with one tier-2 under the wrong tier-1; a "
    "合格率 typed as 102% in Excel",
)
def khc17() -> Book:
    b, s = start()
    goal = "接收企业捐赠图书1万册，验收后分配乡镇分馆8000册。"
    project(s, "企业捐赠图书接收分配", annual(wan(6), wan(5), wan(1)), [goal])
    indicators(s, ROWS17)
    return b


DETAIL18 = [
    ("资金明细（万元）", "驿站书架及标识", wan(8)),
    (None, "捐赠图书消杀加工", wan(6)),
    (None, "换书活动组织", wan(7)),
    (None, "宣传物料", wan(5)),
    (None, "合计", wan(26)),
]
HEAD18 = ("一级指标", "二级指标", "三级指标", "预期实现值")
ROWS18 = [
    ("产出指标", "数量指标", "建成换书驿站个数", "≥8个"),
    (None, None, "年度换书交流册数", "≥16000册"),
    (None, "质量指标", "驿站图书消杀处理率", "100%"),
    (None, "时效指标", "驿站建成投用时间", "2026年6月30日前"),
    (None, "成本指标", "单个驿站书架及标识成本", "≤1万元"),
    ("效益指标", "社会效益指标", "居民闲置图书丢弃量下降率", "≥10%"),
    (None, "可持续影响指标", "驿站志愿管理员人数", "≥16人"),
    ("满意度指标", "服务对象满意度指标", "换书读者满意度", "≥90%"),
]


@variant(
    "khc18-donation-second-sheet",
    (4, 7, 12),
    "project: head and a money detail block on the first sheet, the indicator table on a "
    "second sheet under header 预期实现值, 填表说明 below, a 下降率 with ≥ "
    "(correct)",
)
def khc18() -> Book:
    b, s = start("基本信息")
    goal = "在县城和乡镇建成换书驿站8个，全年换书交流1.6万册。"
    project(s, "图书捐赠换书驿站建设", annual(wan(26), wan(20), wan(6)), [goal])
    s.table(DETAIL18, merged=(1,))
    t = b.sheet("绩效指标", (16, 20, 30, 20))
    t.title("2026年度项目绩效指标表（" + LIB + "）", 4)
    indicators(t, ROWS18, HEAD18)
    note(t, "填表说明：1.预期实现值须量化；2.成本指标按资金明细测算。", 4)
    sign(t, "甄若溪", "0739-6612190", (2025, 11, 30))
    return b
