"""County returns on both halves of the theme: department money, second sheets, notes and page
breaks, budget-system exports."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout522.common import (
    AGRI,
    TIERS3,
    YEAR,
    annual,
    book,
    indicators,
    notes,
    sign,
    wan,
)
from tests.variants.holdout522.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

FOUR = "0.0000"


@variant("bl13-department-money", (12, 4), "department, NAT-2021: budget and key tasks consistent, "
         "a footnote explaining that 金额合计 covers project spending only (correct)")  # fmt: skip
def bl13() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="苜蓿泉县农业农村局", filled=day(2024, 11, 18),
                    budget=[(wan(1850), wan(1520), wan(330), wan(640), wan(1210))], tasks=[
                        ("晾房建设补助", "新建和改造晾房", wan(680), "晾房≥300座"),
                        ("葡萄干质量检测", "农残和等级抽检", wan(150), "抽检≥120批次"),
                        ("无核白品种改良", "高接换优和苗木", wan(380), "改良≥5000亩"),
                        ("金额合计", None, wan(1210), None),
                    ], goal="建设改造晾房300座，改良葡萄品种5000亩，提升葡萄干品质。")  # fmt: skip
    indicators(s, (*TIERS3, "指标值"), [
        ("产出指标", "数量指标", "晾房新建改造数量", "≥300座"),
        (None, None, "葡萄干质量抽检批次", "≥120批次"),
        (None, None, "无核白品种改良面积", "≥5000亩"),
        (None, "质量指标", "葡萄干抽检合格率", "≥97%"),
        (None, "时效指标", "补助资金兑付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "单座晾房补助标准", "≤2万元/座"),
        ("效益指标", "经济效益指标", "葡萄干优级品率提高", "≥3百分点"),
        (None, "社会效益指标", "带动种植户增收户数", "≥900户"),
        (None, "可持续影响指标", "晾房设计使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计1210万元为项目支出合计，基本支出640万元不列入年度主要任务。")
    sign(s, "马玉兰", "0990-5523071", day(2024, 11, 18))
    return b


@variant("bl14-department-money-wrong", (12,), "department, NAT-2021: "
         "基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计")  # fmt: skip
def bl14() -> Book:
    b, s = book()
    total = mk(wan(1600), "B101", "error", row=True, note="基本支出560+项目支出1000=1560≠1600")
    tasks_total = mk(wan(1000), "B102", "error", row=True, note="任务420+300+260=980≠金额合计1000")
    department_head(s, year=YEAR, dept="苜蓿泉县水利局", filled=day(2024, 11, 25),
                    budget=[(total, wan(1300), wan(300), wan(560), wan(1000))], tasks=[
                        ("葡萄园滴灌改造", "管网和首部", wan(420), "改造≥7000亩"),
                        ("斗渠防渗衬砌", "支斗渠衬砌", wan(300), "衬砌≥25公里"),
                        ("灌溉计量监测", "斗口计量设施", wan(260), "计量斗口≥80个"),
                        ("金额合计", None, tasks_total, None),
                    ], goal="改造葡萄园滴灌7000亩，衬砌斗渠25公里，斗口计量全覆盖。")  # fmt: skip
    indicators(s, (*TIERS3, "指标值"), [
        ("产出指标", "数量指标", "葡萄园滴灌改造面积", "≥7000亩"),
        (None, None, "斗渠防渗衬砌长度", "≥25公里"),
        (None, "质量指标", "衬砌工程验收合格率", "≥95%"),
        (None, "时效指标", "春灌前完工率", "≥90%"),
        ("成本指标", "经济成本指标", "亩均滴灌改造成本", "≤600元/亩"),
        ("效益指标", "经济效益指标", "亩均节约灌溉用水", "≥100立方米"),
        (None, "生态效益指标", "地下水超采量下降率", "≥5%"),
        (None, "可持续影响指标", "工程管护责任落实率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bl15-second-sheet", (7, 4), "project: head on the first sheet, the indicator table on a "
         "second sheet under a two-row header 绩效指标 / 预期实现值, 注 and 填表说明 rows, "
         "signature (correct)")  # fmt: skip
def bl15() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="葡萄干晾制技术培训项目", dept=AGRI,
                 unit="苜蓿泉县特色林果服务中心", money=annual(48, 40, 8),
                 goals=["晾制季前举办晾制技术培训12期，培训种植户900人次。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 28, 18, 22))
    t.title("葡萄干晾制技术培训项目绩效指标", 5)
    t.row("绩效指标", None, None, "预期实现值", "指标值设定依据", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "三级指标", "年度", None)
    t.table([
        ("产出指标", "数量指标", "举办晾制技术培训", "≥12期", "计划标准"),
        (None, None, "培训种植户", "≥900人次", "计划标准"),
        (None, "质量指标", "培训考核合格率", "≥90%", "历史标准"),
        (None, "时效指标", "培训完成时间", "2025年5月31日前", "晾制季前"),
        (None, "成本指标", "人均培训成本", "≤400元/人次", "行业标准"),
        ("效益指标", "经济效益指标", "参训户优级品率提高", "≥3百分点", "历史标准"),
        (None, "社会效益指标", "参训户晾制技术掌握率", "≥85%", "计划标准"),
        (None, "可持续影响指标", "组建晾制技术服务队", "≥1支", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "参训种植户满意度", "≥92%", "行业标准"),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "注：人均培训成本含教材、场地和专家劳务。", width=5)
    notes(t, "填表说明：指标值须量化，定性指标按好/较好/一般/差填写。", width=5)
    sign(t, "古丽娜尔", "0990-5527718", day(2024, 10, 15))
    return b


def _scored(t: Sheet, rows: list[tuple[Any, ...]]) -> None:
    t.table(rows, merged=(1, 2))


@variant("bl16-page-break-defects", (4, 7), "project, NAT-2021, headers 考核指标 / "
         "目标值（年度） / 分值 / 评价标准, a subtotal row, the header repeated after a "
         "page break: a rate given as a count and a pass rate above 100%")  # fmt: skip
def bl16() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="沙枣墩乡晾房集中区二期项目", dept=AGRI,
                 unit="苜蓿泉县沙枣墩乡人民政府", money=annual(200, 170, 30),
                 goals=["新建晾房70座，开展葡萄干农残抽检40批次。"])  # fmt: skip
    header = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "分值", "评价标准")
    s.row(*header)
    _scored(s, [
        ("产出指标", "数量指标", "新建晾房", "≥70座", 10, "每少5座扣2分"),
        (None, None, "葡萄干农残抽检批次", "≥40批次", 10, "按比例扣分"),
        (None, "质量指标", "葡萄干农残抽检合格率",
         mk("≥40批次", "T105", "error", note="合格率指标值写成批次"), 10, "按比例扣分"),
        (None, None, "晾房竣工验收合格率",
         mk("≥102%", "T106", "error", note="合格率不能超过100%"), 10, "未达标不得分"),
        (None, "时效指标", "晾房建设完成时间", "2025年9月30日前", 10, "逾期不得分"),
    ])  # fmt: skip
    s.row("小计", "", "", "", 50, "")
    s.row(*header)
    _scored(s, [
        ("成本指标", "经济成本指标", "单座晾房建设成本", "≤2.2万元/座", 10, "超支不得分"),
        ("效益指标", "经济效益指标", "晾房户户均增收", "≥2800元", 10, "按比例扣分"),
        (None, "社会效益指标", "带动当地务工", "≥300人次", 10, "按比例扣分"),
        (None, "可持续影响指标", "晾房设计使用年限", "≥15年", 10, "未达标不得分"),
        ("满意度指标", "服务对象满意度指标", "晾房户满意度", "≥90%", 10, "按比例扣分"),
    ])  # fmt: skip
    s.row("合计", "", "", "", 100, "")
    notes(s, "说明：本表第二页续表头与第一页相同。")
    return b


BUDGET_HEAD = ("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "计划开始日期",
               "计划完成日期")  # fmt: skip
GOAL_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "比较符", "指标值",
             "计量单位")  # fmt: skip


def _export(b: Book, dept: str, budget: list[tuple[Any, ...]]) -> Sheet:
    """The two sheets of a 预算管理一体化 export, headers on the third row; returns the goal
    sheet."""
    s = b.sheet("部门项目支出预算05-1", (16, 26, 14, 14, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row(f"部门：{dept}", None, None, None, None, None, "单位：万元")
    s.row(*BUDGET_HEAD)
    s.table(budget)
    g = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 16, 24, 8, 14, 10))
    g.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    g.row(f"部门：{dept}")
    g.row(*GOAL_HEAD)
    return g


def _goals(code: str, name: str, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Export rows: code, name, tier-1 and tier-2 repeated in every row."""
    return [(code, name, *r) for r in rows]


@variant("bl17-export-artefacts", (9, 12), "budget-system export, sheets 05-1 and 05-2 with codes "
         "in the first columns: an amount split by a space, an amount pasted twice, a date "
         "serial in a text cell")  # fmt: skip
def bl17() -> Book:
    b = Book()
    a1, a2 = "521003250001", "521003250002"
    n1, n2 = "晾房集中区道路硬化", "葡萄园滴灌首部改造"
    g = _export(b, "苜蓿泉县农业农村局", [
        (a1, n1, mk("386.452 5", "X105", "warning", alt=("X103",), note="数字被空格断开"),
         money(306.4525, FOUR), money(80, FOUR), day(2025, 3, 1), day(2025, 8, 31)),
        (a2, n2, money(420, FOUR), money(300, FOUR),
         mk("120万120万", "X106", "error", alt=("B108",), note="金额重复粘贴"), day(2025, 2, 15),
         mk("45839", "X104", "warning", note="文本中的日期序列号（2025-07-01）")),
        ("合计", None, money(806.4525, FOUR), money(606.4525, FOUR), money(200, FOUR)),
    ])  # fmt: skip
    g.table(_goals(a1, n1, [
        ("产出指标", "数量指标", "硬化晾房区道路长度", "≥", 6.5, "公里"),
        ("产出指标", "质量指标", "道路工程验收合格率", "=", "100%", None),
        ("产出指标", "时效指标", "道路硬化完工时间", "≤", "2025年8月31日", None),
        ("产出指标", "成本指标", "每公里硬化成本", "≤", 55, "万元/公里"),
        ("效益指标", "经济效益指标", "葡萄干运输损耗率", "≤", "1.5%", None),
        ("效益指标", "可持续影响指标", "道路管护责任落实", None, "到位", None),
        ("满意度指标", "服务对象满意度指标", "晾房户满意度", "≥", "90%", None),
    ]) + _goals(a2, n2, [
        ("产出指标", "数量指标", "改造滴灌首部", "≥", 14, "座"),
        ("产出指标", "质量指标", "设备安装合格率", "≥", "98%", None),
        ("产出指标", "时效指标", "首部改造完工时间", "≤", "2025年7月1日", None),
        ("产出指标", "成本指标", "单座首部改造成本", "≤", 28, "万元/座"),
        ("效益指标", "经济效益指标", "葡萄园亩均节水量", "≥", 80, "立方米"),
        ("效益指标", "可持续影响指标", "首部设备使用年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥", "90%", None),
    ]))  # fmt: skip
    return b


@variant("bl18-export-clean", (9, 7, 12), "budget-system export, sheets 05-1 and 05-2, headers on "
         "the third row, codes in the first columns, operator and unit columns, typed percent and "
         "date cells, amounts adding up (correct)")  # fmt: skip
def bl18() -> Book:
    b = Book()
    a1, a2 = "521003250011", "521003250012"
    n1, n2 = "南干渠量水设施建设", "葡萄干分级晾制示范"
    g = _export(b, "苜蓿泉县农业农村局", [
        (a1, n1, money(96.5, FOUR), money(86.5, FOUR), money(10, FOUR), day(2025, 3, 1),
         day(2025, 9, 30)),
        (a2, n2, money(212, FOUR), money(180, FOUR), money(32, FOUR), day(2025, 4, 1),
         day(2025, 11, 30)),
        ("合计", None, money(308.5, FOUR), money(266.5, FOUR), money(42, FOUR)),
    ])  # fmt: skip
    g.table(_goals(a1, n1, [
        ("产出指标", "数量指标", "建设斗口量水设施", "≥", 36, "套"),
        ("产出指标", "质量指标", "量水设施检定合格率", "≥", pct(0.98), "%"),
        ("产出指标", "时效指标", "量水设施建成时间", "≤", day(2025, 9, 30), None),
        ("产出指标", "成本指标", "单套量水设施成本", "≤", 2.5, "万元/套"),
        ("效益指标", "社会效益指标", "斗口计量覆盖比例", "≥", pct(0.9), "%"),
        ("效益指标", "可持续影响指标", "量水设施使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥", pct(0.9), "%"),
    ]) + _goals(a2, n2, [
        ("产出指标", "数量指标", "分级晾制示范户", "≥", 150, "户"),
        ("产出指标", "质量指标", "葡萄干分级达标率", "≥", pct(0.95), "%"),
        ("产出指标", "时效指标", "示范任务完成时间", "≤", day(2025, 11, 30), None),
        ("产出指标", "成本指标", "户均示范补助", "≤", 1.2, "万元/户"),
        ("效益指标", "经济效益指标", "示范户亩均增收", "≥", 600, "元"),
        ("效益指标", "可持续影响指标", "推广分级晾制标准村数", "≥", 3, "个"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥", pct(0.92), "%"),
    ]))  # fmt: skip
    return b
