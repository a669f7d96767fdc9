"""Returns ai13–ai18: the lake programme in other forms (department money, notes, artefacts,
template rows, a budget-system export)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout493.common import (
    ECO,
    MONITOR,
    TIERS4,
    YEAR,
    indicators,
    note,
    one_year,
    pearl_rows,
    project,
    sign,
    start,
    w,
)
from tests.variants.holdout493.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

LAKE = "完成翠渚湖珍珠养殖退出扫尾，退养水域水质稳定达到Ⅲ类，建立湖长巡查长效机制。"


def _bureau(s: Sheet, total: Any, tasks: tuple[Any, Any, Any]) -> None:
    department_head(s, year=YEAR, dept="澹溪县翠渚湖保护管理中心", goal=LAKE, budget=[
        (w(total), w(1180), w(80), w(420), w(840)),
    ], tasks=[
        ("退养扫尾与补偿", "剩余网箱拆除，补偿尾款兑付", w(tasks[0]), "退养任务全部完成"),
        ("水质监测与预警", "断面监测，自动站运维", w(tasks[1]), "数据有效率≥95%"),
        ("湖长巡查", "日常巡湖，非法复养查处", w(tasks[2]), "复养零发生"),
        ("金额合计", None, mk(w(840), "B102", "error", note="300 + 410 + 110 = 820, not 840")
         if tasks[0] == 300 else w(840), None),
    ])  # fmt: skip
    indicators(s, TIERS4, [
        ("产出指标", "数量指标", "剩余珍珠网箱拆除面积", "≥600亩"),
        (None, None, "湖长巡查次数", "≥240次"),
        (None, "质量指标", "监测数据有效率", pct(0.95)),
        (None, "时效指标", "补偿尾款兑付完成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "单次巡湖经费", "≤800元/次"),
        ("效益指标", "生态效益指标", "Ⅲ类水质断面比例", "提高≥3百分点"),
        (None, "社会效益指标", "非法复养事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "沿湖群众满意度", "≥90%"),
    ])  # fmt: skip


@variant(
    "ai13-department-money",
    (12,),
    "department, NAT-2021: 资金总额 = 财政拨款 + 其他资金 = "
    "基本支出 + 项目支出, tasks adding to 金额合计, a note on the total (correct)",
)
def department_money() -> Book:
    b, s = start()
    _bureau(s, 1260, (320, 410, 110))
    note(s, "注：金额合计为项目支出合计（840万元），不含基本支出420万元。")
    sign(s, "邝书瑶", "0571-86230915")
    return b


@variant(
    "ai14-department-money-wrong",
    (12,),
    "department, NAT-2021: 资金总额 not 基本支出 + 项目支出, tasks not adding to their 金额合计",
)
def department_money_wrong() -> Book:
    b, s = start()
    total = mk(w(1300), "B101", "error", note="420 + 840 = 1260 and 1180 + 80 = 1260, not 1300")
    _bureau(s, total, (300, 410, 110))
    sign(s, "邝书瑶", "0571-86230915")
    return b


CONTENT = ("一级指标", "二级指标", "指标内容", "绩效标准")


@variant(
    "ai15-notes-page-break",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, a 说明 "
    "row inside, the header repeated after a page break, 填表说明 and signature (correct)",
)
def notes_page_break() -> Book:
    b, s = start()
    project(
        s, "翠渚湖退养户转产扶持项目", one_year(150, 120, 30), [LAKE], unit="澹溪县鹭滨乡人民政府"
    )
    rows = pearl_rows("≥1000亩", "≤1000元/亩")
    indicators(s, CONTENT, rows[:5])
    note(s, "说明：成本指标按县财政评审中心核定的补偿标准填列。", 4)
    s.skip()
    s.row(*CONTENT)
    s.table(rows[5:], merged=(1, 2))
    s.skip()
    note(s, "填表说明：1.指标值须量化；2.定性指标按好、较好、一般、差分级。", 4)
    sign(s, "樊若溪", "0571-86203522", day(YEAR - 1, 12, 8))
    return b


@variant(
    "ai16-notes-and-artefacts",
    (4, 9),
    "project, OLD-NAT, a 注 row and a stamp line: the "
    "end date pasted as a serial in text, an amount split by a space",
)
def notes_and_artefacts() -> Book:
    b, s = start()
    end = mk("46387", "X104", "warning", note="Excel serial of 2026-12-31 stored as text")
    other = mk("56.3 2", "X105", "warning", alt=("X103",), note="56.32 split by a space")
    project(s, "翠渚湖西湾退养水域清淤项目", one_year(356.82, 300.5, other), [LAKE], end=end,
            unit="澹溪县翠渚湖保护管理中心")  # fmt: skip
    indicators(s, TIERS4, [
        ("产出指标", "数量指标", "退养水域底泥清淤量", "≥8万立方米"),
        (None, "质量指标", "清淤工程验收合格率", "=100%"),
        (None, "时效指标", "清淤完成时间", "2026年11月30日前"),
        (None, "成本指标", "清淤单价", "≤40元/立方米"),
        ("效益指标", "生态效益指标", "西湾底泥总磷释放量下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "沿湖居民满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：清淤量以第三方测量报告为准。", 4)
    s.skip()
    s.row("（单位盖章）", None, None, "2025年11月3日")
    return b


@variant(
    "ai17-template-second-sheet",
    (6, 7, 13),
    "project head on the first sheet, the table "
    "on a second sheet under 预期实现值: a tier-2 left from the template, a value without name",
)
def template_second_sheet() -> Book:
    b, s = start("项目信息")
    project(s, "翠渚湖退养水域沉水植被恢复项目", one_year(210, 180, 30), [LAKE], dept=ECO,
            unit=MONITOR)  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18))
    t.title("翠渚湖退养水域沉水植被恢复项目绩效指标", 4)
    empty = mk(
        "时效指标", "F109", "warning", row=True, note="template tier-2 with nothing under it"
    )
    blank = mk(None, "F110", "error", note="a value with no indicator name")
    t.row("一级指标", "二级指标", "三级指标", "预期实现值")
    t.table([
        ("产出指标", "数量指标", "沉水植物种植面积", "≥1500亩"),
        (None, "质量指标", "种植成活率", "≥85%"),
        (None, empty, None, None),
        (None, "成本指标", "种植单价", "≤1200元/亩"),
        ("效益指标", "生态效益指标", "退养水域透明度", "≥80厘米"),
        (None, None, blank, "≤0.05mg/L"),
        ("满意度指标", "服务对象满意度指标", "沿湖居民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(t, "晏清禾", "0571-86211806")
    return b


def _export_budget(b: Book) -> None:
    s = b.sheet("部门项目支出预算05-1", (16, 30, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("33102426T000031", "翠渚湖退养水域生态修复项目", w(680), w(600), w(80))
    s.row("合计", None, w(680), w(600), w(80))


@variant(
    "ai18-export-labels",
    (5, 7),
    "budget-system export: budget on sheet 05-1, indicators on "
    "sheet 05-2 with codes first, header on row 3, numbered tier labels with points (correct)",
)
def export_labels() -> Book:
    b = Book()
    _export_budget(b)
    s = b.sheet("部门项目支出绩效目标05-2", (16, 24, 18, 18, 28, 16))
    s.title("2026年部门项目支出绩效目标表", 6)
    s.row("单位名称：澹溪县翠渚湖保护管理中心", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "33102426T000031", "翠渚湖退养水域生态修复项目"
    s.table([
        (code, name, "一、产出指标（40分）", "1.数量指标", "沉水植物种植面积", "≥20万平方米"),
        (None, None, None, None, "投放滤食性鱼类", "≥15吨"),
        (None, None, None, "2.质量指标", "沉水植物成活率", pct(0.85)),
        (None, None, None, "3.时效指标", "种植完成时间", "2026年6月30日前"),
        (None, None, "二、成本指标（20分）", "1.经济成本指标", "沉水植物种植单价", "≤18元/平方米"),
        (None, None, "三、效益指标（30分）", "1.生态效益指标", "退养水域总磷浓度", "≤0.05mg/L"),
        (None, None, None, "2.可持续影响指标", "修复区管护期", "≥3年"),
        (None, None, "四、满意度指标（10分）", "1.服务对象满意度指标", "沿湖居民满意度", pct(0.9)),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    s.row("说明：百分比指标值均为下限值，系统导出时省略比较符。")
    return b
