"""Department, flat-list and stacked returns of the 523rd held-out set (莲藕与菱角湿地)."""

from __future__ import annotations

from tests.variants.holdout523.common import (
    department,
    note,
    one_year,
    project,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout523.registry import variant
from tests.variants.kit import Book, mk, pct

STATION = "蒲汀县水生蔬菜技术推广站"
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")
GOAL = "目标1：推广莲藕、菱角湿地种养2000亩；目标2：水生蔬菜种苗质量抽检合格率95%以上。"


@variant("bm13-department-money", (12,), "department, NAT-2021: budget with shares, key "
         "tasks adding to 金额合计 = 项目支出, all consistent (correct)")  # fmt: skip
def bm13() -> Book:
    b, s = start()
    department(s, STATION, [
        (wan(400), wan(340), wan(60), wan(150), wan(250)),
        (pct(1), pct(0.85), pct(0.15), pct(0.375, "0.0%"), pct(0.625, "0.0%")),
    ], GOAL, tasks=[
        ("莲藕种苗繁育", "繁育脱毒种藕与藕带种苗", wan(110), "供种30万株"),
        ("菱角良种推广", "提纯红菱良种并示范推广", wan(80), "推广1200亩"),
        ("湿地种养技术服务", "培训与巡回指导", wan(60), "培训800人次"),
        ("金额合计", None, wan(250), None),
    ])  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "莲藕菱角湿地种养推广面积", "≥2000亩"),
        (None, None, "种植户培训", "≥800人次"),
        (None, "质量指标", "种苗质量抽检合格率", "≥95%"),
        (None, "时效指标", "种苗供应及时率", "≥95%"),
        ("成本指标", "经济成本指标", "每亩推广补助", "≤0.04万元/亩"),
        ("效益指标", "社会效益指标", "带动种植户", "≥600户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bm14-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, a share that does not match, tasks not adding to 金额合计")  # fmt: skip
def bm14() -> Book:
    b, s = start()
    department(s, "荇湾乡农业综合服务中心", [
        (mk(wan(500), "B101", "error", note="180 + 300 = 480 ≠ 500 (420 + 80 = 500 holds)"),
         wan(420), wan(80), wan(180), wan(300)),
        (pct(1), pct(0.84), mk(pct(0.26), "B111", "error", note="80 / 500 = 16%"),
         pct(0.36), pct(0.6)),
    ], "目标1：稳定莲藕种植1500亩；目标2：建成菱角收购点3处。", tasks=[
        ("莲藕产业提升", "藕田清淤与道路修缮", wan(150), "清淤藕田600亩"),
        ("菱角收购点建设", "建设收购点并配置冷藏设备", wan(90), "建成收购点3处"),
        ("种养技术培训", "开展田间课堂", wan(40), "培训500人次"),
        ("金额合计", None, mk(wan(300), "B102", "error", note="150 + 90 + 40 = 280"), None),
    ])  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "藕田清淤面积", "≥600亩"),
        (None, None, "菱角收购点建成数量", "=3处"),
        (None, "质量指标", "清淤工程验收合格率", "≥95%"),
        ("成本指标", "经济成本指标", "每处收购点建设成本", "≤30万元"),
        ("效益指标", "经济效益指标", "菱角收购价格提高", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("bm15-flat-list", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), percent cells, weights 100, 0 accidents (correct)")  # fmt: skip
def bm15() -> Book:
    b, s = start()
    department(
        s,
        "鹭塘湿地保护管理站",
        [(wan(260), wan(260), wan(0), wan(110), wan(150))],
        "目标1：管护菱角与莲藕湿地1800亩；目标2：湿地水质稳定达到Ⅲ类。",
    )
    s.row(*FLAT)
    s.table([
        ("湿地管护面积", 20, "亩", "≥", 1800),
        ("巡护次数", 15, "次", "≥", 96),
        ("湿地水质Ⅲ类达标率", 20, "%", "≥", pct(0.9)),
        ("菱田水葫芦入侵覆盖率", 15, "%", "≤", pct(0.03)),
        ("湿地安全生产事故", 10, "起", "≤", 0),
        ("每亩管护经费", 10, "元/亩", "≤", 800),
        ("周边种养户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    note(s, "注：权重合计100分。", 5)
    sign(s)
    return b


@variant("bm16-flat-defects", (3, 11), "department, flat list (指标名称 · 指标值 · 指标性质 "
         "as direction · 计量单位 · 权重): a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def bm16() -> Book:
    b, s = start()
    department(
        s,
        "澄菱镇农业综合服务中心",
        [(wan(180), wan(150), wan(30), wan(80), wan(100))],
        "目标1：建成莲藕菱角轮作示范田600亩；目标2：菱田尾水循环利用。",
    )
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("轮作示范田面积", "≥600", "正向", "亩", 20),
        ("尾水循环利用率", "≥70", "正向", "%", 15),
        ("菱田尾水氨氮超标率",
         mk("≥5", "T108", "warning", row=True, note="反向 rate with ≥"), "反向", "%", 15),
        ("每亩轮作补助", "≤1500", "反向", "元/亩", 15),
        ("示范户亩均增收", "≥1000", "正向", "元", 20),
        ("示范户满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20 + 15 + 15 + 15 + 20 + 10 = 95 ≠ 100")
    return b


@variant("bm17-stacked-two", (2, 12), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator name with different values (correct)")  # fmt: skip
def bm17() -> Book:
    b, s = start()
    project(s, "荇湾乡藕田机械化采挖示范项目", STATION, one_year(40, 32, 8),
            ["购置水力挖藕设备20套，机械化采挖藕田500亩。"],
            title="2025年度水生蔬菜项目支出绩效目标申报表")  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "水力挖藕设备购置", "≥20套"),
        (None, "成本指标", "每套设备购置成本", "≤2万元"),
        ("效益指标", "经济效益指标", "采挖用工成本下降率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project(
        s,
        "苇湾镇菱角采收船更新项目",
        STATION,
        one_year(24, 20, 4),
        ["更新玻璃钢采菱船120艘，采菱效率提高25%。"],
        title="",
    )
    table(s, FOUR, [
        ("产出指标", "数量指标", "玻璃钢采菱船更新", "≥120艘"),
        (None, "成本指标", "每艘采菱船补助", "≤0.2万元"),
        ("效益指标", "经济效益指标", "采菱效率提高", "≥25%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("bm18-stacked-artefacts", (2, 9), "two projects stacked, OLD-NAT: the first "
         "project's total wrong, an amount pasted twice in the second's money block")  # fmt: skip
def bm18() -> Book:
    b, s = start()
    money = [("年度资金总额", mk(wan(60), "B101", "error", note="50 + 8 = 58 ≠ 60"),
              "其中：财政拨款", wan(50)), ("其他资金", wan(8), None, None)]  # fmt: skip
    project(
        s,
        "鹭塘村藕塘护坡加固项目",
        "鹭塘村股份经济合作社",
        money,
        ["加固藕塘护坡3.2公里，消除塌岸隐患点15处。"],
    )
    table(s, FOUR, [
        ("产出指标", "数量指标", "藕塘护坡加固长度", "≥3.2公里"),
        (None, "成本指标", "每公里护坡加固成本", "≤18万元"),
        ("效益指标", "社会效益指标", "消除塌岸隐患点", "≥15处"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    pasted = mk("12万12万(含菱苗)", "X106", "error", alt=("B108",), note="12万 pasted twice")
    project(s, "澄菱镇菱塘尾水净化项目", "澄菱镇人民政府",
            [("年度资金总额", wan(47), "其中：财政拨款", wan(35)),
             ("其他资金", pasted, None, None)],
            ["建设菱塘尾水净化塘4处，尾水达标排放率90%以上。"], title="")  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "尾水净化塘建成数量", "=4处"),
        (None, "成本指标", "每处净化塘建设成本", "≤11.75万元"),
        ("效益指标", "生态效益指标", "尾水达标排放率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：其他资金为村集体自筹。", 4)
    return b
