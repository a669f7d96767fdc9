"""羊肚菌栽培:大田羊肚菌、菌种补贴、烘干、出口备案 (go07–go12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout655.common import (
    HEAD4,
    HEAD5,
    funds,
    funds2,
    indicators,
    notes,
    signature,
    start,
    wan,
)
from tests.variants.holdout655.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct

DEPT = "檀坪县农业农村局（417）"


@variant(
    "go07-morel-department",
    (12,),
    "department, NAT-2021: 资金总额 ≠ 财政拨款 + 其他资金, "
    "tasks not adding to 金额合计, a subsidy standard × area above its task's money",
)
def department() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept="檀坪县食用菌产业发展中心", budget=[(
        mk(money(260), "B101", "error", note="200 + 50 = 250 ≠ 260（基本 + 项目 = 260）"),
        money(200), money(50), money(160), money(100))],
        tasks=[("羊肚菌菌种补贴", "补贴大田种植菌种", money(60), "扩大种植面积"),
               ("技术指导", "驻村指导、现场培训", money(25), "提高出菇率"),
               ("烘干设施", "新建烘干房", money(20), "减少损耗"),
               ("金额合计", None, mk(money(100), "B102", "error", alt=("B101",),
                                   note="60 + 25 + 20 = 105 ≠ 100"), None)],
        goal="补贴羊肚菌大田种植1500亩，驻村技术指导6个村，新建烘干房4座。")  # fmt: skip
    s.skip()
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "羊肚菌大田种植面积", "≥1500亩"),
        (None, None, "驻村技术指导村数", "≥6个"),
        (None, None, "新建烘干房数量", "≥4座"),
        (None, "质量指标", "菌种质量抽检合格率", "≥98%"),
        (None, "时效指标", "菌种补贴发放时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "菌种补贴标准",
         mk("≤500元/亩", "B107", "warning", row=True,
            note="500元/亩 × 1500亩 = 75万元，超过菌种补贴60万元")),
        ("效益指标", "经济效益指标", "亩均产值", "≥1.2万元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "go08-morel-points",
    (10, 11, 5),
    "project, NAT-2021, tier-1 points and indicator "
    "points (both 100), a rate raised in 百分点, a 下降率 with ≥, 0起 incidents (correct)",
)
def points() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=2026, name="羊肚菌大田高效栽培示范项目", dept=DEPT,
                 unit="檀坪县丰岩羊肚菌种植专业合作社", money=funds(wan(90), wan(70), wan(20)),
                 goals=["建羊肚菌大田示范基地300亩，商品菇率较上年提高3个百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 40, "数量指标", "示范基地种植面积", "≥300亩", 10),
        (None, None, None, "示范带动农户数", "≥80户", 10),
        (None, None, "质量指标", "商品菇率较上年提高", "≥3百分点", 10),
        (None, None, "时效指标", "播种完成时间", "2026年12月15日前", 10),
        ("成本指标", 20, "经济成本指标", "每亩菌种及营养袋成本", "≤2500元/亩", 10),
        (None, None, "社会成本指标", "菌种质量安全事故", "0起", 10),
        ("效益指标", 30, "经济效益指标", "示范基地亩均纯收入", "≥6000元", 15),
        (None, None, "生态效益指标", "菌床病害损失下降率", "≥20%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "示范户满意度", "≥90%", 10),
        ("合计", 100, "", "", "", 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "go09-morel-operator-column",
    (11,),
    "project, OLD-NAT, operator column (指标性质) and "
    "unit column: a cost with ≥, an area above the goal's, plan dates of last year",
)
def operator_column() -> Book:
    b, s = start()
    project_head(s, year=2026, name="林缘羊肚菌轮作示范项目", dept=DEPT,
                 unit="檀坪县农业技术推广中心", money=funds(wan(75), wan(75), wan(0)),
                 goals=["在檀坪县林缘地块建羊肚菌—玉米轮作示范田500亩，亩产鲜菇不低于200公斤。"],
                 start=mk(day(2025, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                          note="2026年度申报表，计划起止日期仍是2025年"),
                 end=day(2025, 12, 31))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "轮作示范田面积", "≥",
         mk(800, "D104", "warning", row=True, note="年度目标写示范田500亩"), "亩"),
        (None, "质量指标", "亩产鲜菇", "≥", 200, "公斤"),
        (None, "时效指标", "播种完成时间", "≤",
         ok("2026年12月20日", "error", note="随计划日期一起错的年份"), None),
        (None, "成本指标", "每亩示范补助",
         mk("≥", "T108", "warning", row=True, note="补助是成本上限，应为≤"), 900, "元/亩"),
        ("效益指标", "经济效益指标", "示范田亩均增收", "≥", 5000, "元"),
        (None, "生态效益指标", "秸秆还田利用率", "≥", 85, "%"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


PERIOD_GOAL = (
    "两年分离纯化野生羊肚菌菌株40个，选育适合本县的菌株3个，试种200亩，"
    "为2028年全县推广积累技术参数。"
)
YEAR_GOAL = "分离纯化野生羊肚菌菌株30个，筛选候选菌株6个，初选本地菌株1个，试种80亩。"


@variant(
    "go10-morel-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns, the "
    "period's counts above the year's, a later year the work prepares for (correct)",
)
def two_years() -> Book:
    b, s = start("绩效目标表")
    project_head(
        s,
        year=2026,
        years=2,
        name="羊肚菌本地菌株选育项目",
        dept=DEPT,
        unit="檀坪县食用菌产业发展中心",
        money=funds2((wan(200), wan(180), wan(20)), (wan(120), wan(110), wan(10))),
        goals=[PERIOD_GOAL, YEAR_GOAL],
    )
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "分离纯化野生菌株数", "≥40个", "≥30个"),
        (None, None, "选育本地菌株数", "≥3个", "≥1个"),
        (None, None, "试种面积", "≥200亩", "≥80亩"),
        (None, "质量指标", "菌株遗传稳定性检测合格率", "≥95%", "≥95%"),
        (None, "时效指标", "菌株选育完成时间", "2027年10月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "试种每亩成本", "≤3000元/亩", "≤3000元/亩"),
        ("效益指标", "可持续影响指标", "本地菌株种植技术规程", "≥1套", "形成初稿"),
        ("满意度指标", "服务对象满意度指标", "试种户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "go11-morel-export",
    (7, 9),
    "budget-system export, codes in the first columns, money "
    "on 05-1 and indicators on 05-2 with the header on the third row: a rate given as a "
    "count, one indicator twice with two values",
)
def export() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", (14, 26, 14, 14, 14, 14))
    m.title("2026年部门项目支出预算表", 6)
    m.row("单位：万元")
    m.row("项目编码", "项目名称", "资金性质", "预算金额", "其中：财政拨款", "其他资金")
    m.row("41700126001", "羊肚菌烘干分级中心建设", "一般公共预算", 85, 70, 15)
    m.row("41700126002", "羊肚菌鲜品冷链配送", "一般公共预算", 35, 35, 0)
    m.row("合计", None, None, 120, 105, 15)
    s = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 14, 28, 16))
    s.title("2026年部门项目支出绩效目标表", 6)
    s.row("单位名称：檀坪县食用菌产业发展中心", None, None, None, "单位：万元")
    indicators(s, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("41700126001", "羊肚菌烘干分级中心建设", "产出指标", "数量指标", "烘干生产线", "≥2条"),
        (None, None, None, None, "技术培训人次", "≥300人次"),
        (None, None, None, "质量指标", "干品等级率", "≥85%"),
        (None, None, None, None, "烘干菌种萌发率",
         mk("≥900袋", "T105", "error", note="萌发率给成了袋数")),
        (None, None, None, "时效指标", "中心投入使用时间", "2026年10月31日前"),
        (None, None, None, "成本指标", "每条烘干线购置成本", "≤30万元/条"),
        (None, None, "效益指标", "社会效益指标", "技术培训人次",
         mk("≥200人次", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一培训人次在数量与社会效益下各填一次，值不同")),
        (None, None, "满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ("41700126002", "羊肚菌鲜品冷链配送", "产出指标", "数量指标", "冷链配送量", "≥40吨"),
        (None, None, None, "时效指标", "采收至入库时限", "≤24小时"),
        (None, None, "效益指标", "经济效益指标", "鲜品溢价收入", "≥30万元"),
        (None, None, "满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "go12-morel-second-sheet",
    (7, 1),
    "project: head on the first sheet, indicator table "
    "on a second sheet under 预期实现值 with a unit column, typed percent cells (correct)",
)
def second_sheet() -> Book:
    b, s = start("项目基本信息")
    project_head(s, year=2026, name="羊肚菌鲜品冷链配送项目", dept=DEPT,
                 unit="檀坪县丰岩羊肚菌种植专业合作社", money=funds(wan(35), wan(35), wan(0)),
                 goals=["购置冷藏车2辆，全年配送羊肚菌鲜品40吨，损耗率控制在5%以内。"])  # fmt: skip
    signature(s, "龚书砚", "0719-5523081")
    t = b.sheet("绩效指标")
    t.title("绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "计量单位"), [
        ("产出指标", "数量指标", "购置冷藏车", 2, "辆"),
        (None, None, "鲜品配送量", "≥40", "吨"),
        (None, "质量指标", "鲜品配送损耗率", "≤5", "%"),
        (None, "时效指标", "冷藏车到位时间", day(2026, 6, 30), None),
        (None, "成本指标", "每吨鲜品配送成本", "≤3000", "元/吨"),
        ("效益指标", "经济效益指标", "鲜品溢价收入", "≥50", "万元"),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", pct(0.9), None),
    ])  # fmt: skip
    notes(t, "注：损耗率、满意度按合作社年末台账统计。")
    return b
