"""The river town's department returns, a budget-system export and conversion artefacts
(bj13–bj18)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout520.common import (
    RAFTS,
    STATION,
    TOURISM,
    YEAR,
    department,
    first,
    funds,
    indicators,
    notes,
    project,
    signature,
)
from tests.variants.holdout520.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

CENTRE = "蓑湾县青篙江渔旅服务中心"
GOAL = "保护鸬鹚捕鱼技艺，保障竹筏旅游安全有序，全年接待游客30万人次以上。"
TARGETS = ("一级指标", "二级指标", "三级指标", "绩效目标值")
DEPT_ROWS = [
    ("产出指标", "数量指标", "鸬鹚捕鱼展演场次", "≥320场"),
    (None, None, "竹筏安全巡查次数", "≥50次"),
    (None, "质量指标", "漂流竹筏年检合格率", "100%"),
    (None, "时效指标", "游客投诉办结时限", "≤5个工作日"),
    ("成本指标", "经济成本指标", "每场展演补贴标准", "≤1200元/场"),
    ("效益指标", "社会效益指标", "接待渔旅游客", "≥30万人次"),
    (None, "可持续影响指标", "持证鸬鹚渔家保有数", "≥30户"),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
]


def _tasks(total: Any) -> list[tuple[Any, ...]]:
    return [
        ("鸬鹚捕鱼技艺保护", "渔家补助与展演", 90, "展演不少于320场"),
        ("竹筏旅游安全监管", "巡查、年检、演练", 85, "全年无责任事故"),
        ("渔旅游客服务", "码头服务站运行", 45, "投诉5个工作日内办结"),
        ("金额合计", None, total, None),
    ]


@variant(
    "bj13-department-money",
    (12, 7),
    "department, NAT-2021, header 绩效目标值: budget "
    "with shares, key tasks adding to 金额合计 = 项目支出, a note on the total (correct)",
)
def bj13() -> Book:
    b, s = first()
    shares = (pct(1), pct(0.8), pct(0.2), pct(0.45), pct(0.55))
    department(s, CENTRE, [(400, 320, 80, 180, 220), shares], GOAL, _tasks(220))
    indicators(s, DEPT_ROWS, head=TARGETS)
    notes(s, "注：年度主要任务金额合计为项目支出220万元，不含基本支出180万元。")
    return b


@variant(
    "bj14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, a share that does not match its amount, tasks not adding to 金额合计",
)
def bj14() -> Book:
    b, s = first()
    total = mk(400, "B101", "error", row=True, note="基本支出 170 + 项目支出 220 = 390 ≠ 400")
    other = mk(pct(0.25), "B111", "error", note="其他资金 80 ÷ 400 = 20%, not 25%")
    basic = ok(pct(0.45), "error", note="170 ÷ 400 = 42.5%: the same gap as the B101")
    shares = (pct(1), pct(0.8), other, basic, pct(0.55))
    tasks = _tasks(mk(240, "B102", "error", note="90 + 85 + 45 = 220 ≠ 240"))
    department(s, "蓑湾县青篙江渔业资源管护站", [(total, 320, 80, 170, 220), shares], GOAL, tasks)
    indicators(s, DEPT_ROWS, head=TARGETS)
    return b


@variant(
    "bj15-footnotes",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准; an "
    "instruction row inside, the header repeated after a page break, 注 and 填表说明 lines, "
    "signature with a fill date in December of the year before (correct)",
)
def bj15() -> Book:
    b, s = first()
    project(s, "鸬鹚捕鱼渔家养老互助补贴", STATION, funds(36, 36, 0),
            ["为年满60周岁的持证鸬鹚渔家老人发放互助补贴，覆盖120人。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, [
        ("产出指标", "数量指标", "补贴发放人数", "≥120人"),
        (None, "质量指标", "补贴对象资格复核准确率", "100%"),
    ], head=head)  # fmt: skip
    notes(s, "说明：补贴按季度发放，人数以年末花名册为准。", width=4)
    s.table([
        ("产出指标", "时效指标", "季度补贴发放时间", "每季度末月20日前"),
        (None, "成本指标", "人均年补贴标准", "≤3000元/人"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    indicators(s, [
        ("效益指标", "社会效益指标", "持证渔家老人生活补贴覆盖率", "100%"),
        (None, "可持续影响指标", "鸬鹚捕鱼渔家传承意愿", "逐步提高"),
        ("满意度指标", "服务对象满意度指标", "受补贴老人满意度", "≥95%"),
    ], head=head)  # fmt: skip
    notes(s, "注：人均年补贴3000元×120人=36万元，与年度资金总额一致。",
          "填表说明：指标内容不得少于6项，绩效标准须可量化。", width=4)  # fmt: skip
    signature(s, "罗青篱", "0739-6652813", day(YEAR - 1, 12, 9, CN_DATE))
    return b


@variant(
    "bj16-template-rows",
    (6, 13, 7),
    "project, NAT-2021, header 预期目标: two tier-2 "
    "labels left from the template without indicators, a value without a name",
)
def bj16() -> Book:
    b, s = first()
    project(s, "竹筏漂流救生员队伍建设", RAFTS, funds(60, 50, 10),
            ["配备持证救生员30人，每季度开展一次码头应急演练。"], dept=TOURISM)  # fmt: skip
    timely = mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty")
    social = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty")
    nameless = mk(None, "F110", "error", note="a value ≥95% with no indicator name")
    indicators(s, [
        ("产出指标", "数量指标", "配备持证救生员", "≥30人"),
        (None, None, "码头应急演练次数", "≥4次"),
        (None, "质量指标", "救生员持证上岗率", "100%"),
        (None, timely, None, None),
        ("成本指标", "经济成本指标", "救生员人均年补贴", "≤1.2万元/人"),
        (None, social, None, None),
        ("效益指标", "社会效益指标", "漂流游客溺亡事故", "0起"),
        (None, None, nameless, "≥95%"),
        (None, "可持续影响指标", "救生员队伍年留用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "游客安全感满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    return b


CODE = "417011-26-0037"
WHARF = "青篙江竹筏码头泊位标准化改造"


@variant(
    "bj17-export-second-sheet",
    (7,),
    "budget-system export: a budget sheet and the "
    "indicator table on a second sheet, header on the third row, codes in the first "
    "columns, operators in words, a date cell (correct)",
)
def bj17() -> Book:
    b, s = first("项目支出预算表", (16, 30, 12, 12, 12, 12, 40))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row(f"单位名称：{RAFTS}", None, None, None, None, None, "单位：万元", merge=[(1, 6)])
    s.row("项目代码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(CODE, WHARF, "一次性项目", 120, 100, 20, "改造竹筏停靠泊位40个，10月底前完工。")
    t = b.sheet("项目绩效目标表", (16, 28, 12, 16, 26, 10, 14, 10))
    t.title(f"{YEAR}年项目支出绩效目标表", 8)
    t.row(f"单位名称：{RAFTS}", merge=[(1, 8)])
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    for line in [
        ("产出指标", "数量指标", "改造竹筏停靠泊位", "大于等于", 40, "个"),
        ("产出指标", "数量指标", "新建候筏廊道", "大于等于", 260, "米"),
        ("产出指标", "质量指标", "改造工程竣工验收合格率", "等于", 100, "%"),
        ("产出指标", "时效指标", "泊位改造完工日期", "小于等于", day(YEAR, 10, 31), None),
        ("成本指标", "经济成本指标", "每个泊位改造成本", "小于等于", 2.5, "万元/个"),
        ("效益指标", "社会效益指标", "高峰时段游客候筏时间", "小于等于", 30, "分钟"),
        ("效益指标", "可持续影响指标", "泊位设施设计使用年限", "大于等于", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "码头游客满意度", "大于等于", 90, "%"),
    ]:
        t.row(CODE, WHARF, *line)
    return b


@variant(
    "bj18-artefacts",
    (9,),
    "project, OLD-NAT, one value column, converted from PDF: a "
    "split number in the money block, a plan date left as an Excel serial in a text cell",
)
def bj18() -> Book:
    b, s = first()
    split = mk("126.458 3", "X105", "warning", alt=("X103",),
               note="126.4583 split by a space; 100 + 26.4583 then adds up")  # fmt: skip
    serial = mk("46387", "X104", "warning", note="the serial of 2026-12-31 as text")
    project(s, "鸬鹚捕鱼渔村风貌整治", STATION, funds(split, 100, 26.4583),
            ["整治鸬鹚捕鱼渔村沿江风貌，修缮渔家老屋18栋，建设鸬鹚栖架廊道1处。"],
            end=serial)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "修缮渔家老屋", "≥18栋"),
        (None, None, "建设鸬鹚栖架廊道", "1处"),
        (None, "质量指标", "修缮工程验收合格率", "100%"),
        (None, "时效指标", "风貌整治完工时间", "11月30日前"),
        (None, "成本指标", "每栋老屋修缮补助", "≤5万元/栋"),
        ("效益指标", "社会效益指标", "渔村接待游客", "≥8万人次"),
        (None, "可持续影响指标", "修缮老屋保存年限", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "渔村居民满意度", "≥90%"),
    ])  # fmt: skip
    return b
