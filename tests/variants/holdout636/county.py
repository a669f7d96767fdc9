"""County department tables and budget-system exports on the same work: fv13–fv18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout636.common import DEPT, FOREST, HEADER, first, grid, sign, wan
from tests.variants.holdout636.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok, pct


@variant("fv13-forest-page-break", (4, 12),
         "department, NAT-2021, weight column: header repeated after a page break, subtotal and "
         "total rows, tasks adding to 项目支出, a unit cost within its task (correct)")  # fmt: skip
def fv13() -> Book:
    b, s = first()
    department_head(
        s,
        year=2026,
        dept=FOREST,
        budget=[(wan(420), wan(380), wan(40), wan(260), wan(160))],
        tasks=[
            ("退养核查", "核查竹鼠、豪猪养殖场户退养情况", wan(40), "核查146户"),
            ("退养补偿资金管理", "审核并兑付退养补偿", wan(90), "及时兑付"),
            ("退养场所生态修复", "修复拆除后的养殖场所", wan(30), "修复32处"),
            ("金额合计", None, wan(160), None),
        ],
        goal="核查全县146户竹鼠、豪猪养殖场户退养情况，完成退养场所生态修复32处。",
    )
    head = (*HEADER, "权重")
    grid(s, head, [
        ("产出指标", "数量指标", "退养核查场户数", "≥146户", 15),
        (None, None, "生态修复点位", "≥32处", 15),
        (None, "质量指标", "核查信息准确率", "≥98%", 10),
        (None, "时效指标", "补偿资金兑付及时率", "≥95%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip()
    grid(s, head, [
        ("成本指标", "经济成本指标", "生态修复单点成本", "≤0.9万元/处", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 10)
    s.table([
        ("效益指标", "生态效益指标", "修复点位植被恢复率", "≥85%", 10),
        (None, "社会效益指标", "违规复养案件", "≤0起", 10),
        (None, "可持续影响指标", "退养场户动态监管制度", "建立并执行", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30)
    s.table([("满意度指标", "服务对象满意度指标", "退养场户满意度", "≥90%", 10)])
    s.row("小计", None, None, None, 10)
    s.row("合计", None, None, None, 100)
    sign(s, "岑卫国", "黄丽萍", "0778-6218830", day(2025, 11, 20))
    return b


@variant("fv14-agri-money-wrong", (12,),
         "department, NAT-2021, one value column: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding "
         "to 金额合计, a count below the goal's")  # fmt: skip
def fv14() -> Book:
    b, s = first()
    total = mk(wan(520), "B101", "error", note="基本支出300 + 项目支出230 = 530")
    department_head(
        s,
        year=2026,
        dept=DEPT,
        budget=[(total, wan(470), wan(50), wan(300), wan(230))],
        tasks=[
            ("退养转产扶持", "竹鼠、豪猪养殖场户退养转产", wan(120), "转产120户"),
            ("洋姜产业发展", "新增洋姜种植基地", wan(70), "新增2000亩"),
            ("农技推广", "转产户种植技术指导", wan(30), "培训500人次"),
            ("金额合计", None, mk(wan(230), "B102", "error", note="120 + 70 + 30 = 220"), None),
        ],
        goal="全年推动竹鼠、豪猪养殖场户退养转产120户，新增洋姜种植2000亩。",
    )
    grid(s, HEADER, [
        ("产出指标", "数量指标", "退养转产户数",
         mk("≥100户", "D104", "warning", row=True, note="年度总体目标和任务都写120户")),
        (None, None, "新增洋姜种植面积", "≥2000亩"),
        (None, None, "转产户技术培训人次", "≥500人次"),
        (None, "质量指标", "转产户种苗成活率", "≥90%"),
        (None, "时效指标", "扶持资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "户均转产扶持标准", "≤1万元/户"),
        ("效益指标", "经济效益指标", "转产户户均增收", "≥0.5万元"),
        ("满意度指标", "服务对象满意度指标", "转产户满意度", "≥90%"),
    ])  # fmt: skip
    return b


def export_money(b: Book, rows: list[tuple[Any, ...]]) -> None:
    """The budget sheet of a 预算管理一体化 export: codes first, header on the third row."""
    m = b.sheet("部门项目支出预算05-1", (12, 18, 16, 30, 14, 14, 14))
    m.title("蕨岭县2026年部门项目支出预算表", 7)
    m.row("单位：万元")
    m.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    for r in rows:
        m.row(*r)


def export_goals(b: Book) -> Sheet:
    """The goal sheet of the export, up to its header row (the third)."""
    g = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 16, 28, 16, 10))
    g.title("蕨岭县2026年部门项目支出绩效目标表", 7)
    g.row("单位名称：蕨岭县林业局")
    g.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "度量单位")
    return g


@variant("fv15-export-codes", (7, 9),
         "budget-system export: money on 部门项目支出预算05-1, two projects' indicators on "
         "05-2 with codes in the first columns, header on the third row, =100% kept as text "
         "(correct)")  # fmt: skip
def fv15() -> Book:
    b = Book()
    export_money(b, [
        ("322001", "蕨岭县林业局", "2026-322-0001", "竹鼠豪猪养殖退养补偿",
         wan(130), wan(120), wan(10)),
        ("322001", "蕨岭县林业局", "2026-322-0002", "退养场所生态修复", wan(30), wan(30), wan(0)),
        ("合计", None, None, None, wan(160), wan(150), wan(10)),
    ])  # fmt: skip
    g = export_goals(b)
    g.table([
        ("2026-322-0001", "竹鼠豪猪养殖退养补偿", "产出指标", "数量指标", "退养补偿场户数",
         "≥146", "户"),
        (None, None, None, "质量指标", "补偿资金兑付准确率", "=100%", "%"),
        (None, None, None, "时效指标", "补偿资金兑付完成时间", "2026年11月30日前", None),
        (None, None, "成本指标", "经济成本指标", "户均补偿标准", "≤0.85", "万元/户"),
        (None, None, "效益指标", "社会效益指标", "违规复养案件", "≤0", "起"),
        (None, None, "满意度指标", "服务对象满意度指标", "退养场户满意度", "≥90", "%"),
        ("2026-322-0002", "退养场所生态修复", "产出指标", "数量指标", "生态修复点位", "≥32", "处"),
        (None, None, None, "质量指标", "修复点位植被恢复率", "≥85", "%"),
        (None, None, "成本指标", "经济成本指标", "单点修复成本", "≤0.9", "万元/处"),
        (None, None, "效益指标", "生态效益指标", "养殖废水直排点", "≤0", "处"),
        (None, None, "满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90", "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("fv16-export-next-year", (7, 9),
         "budget-system export, one one-year project: a deadline in the next year, the same "
         "area twice under two tier-2s")  # fmt: skip
def fv16() -> Book:
    b = Book()
    export_money(b, [
        ("322001", "蕨岭县林业局", "2026-322-0003", "豪猪养殖场舍拆除补助",
         wan(26), wan(24), wan(2)),
        ("合计", None, None, None, wan(26), wan(24), wan(2)),
    ])  # fmt: skip
    g = export_goals(b)
    g.table([
        ("2026-322-0003", "豪猪养殖场舍拆除补助", "产出指标", "数量指标", "退养棚舍拆除面积",
         "≥5200", "平方米"),
        (None, None, None, None, "拆除补助场户数", "≥14", "户"),
        (None, None, None, "时效指标", "拆除验收完成时间",
         mk(day(2027, 3, 31), "Y102", "error", note="一年期项目（2026年），期限在次年"), None),
        (None, None, None, None, mk("养殖棚舍拆除面积", "D103", "warning", row=True,
                                    alt=("D101", "F201"), note="与数量指标下的拆除面积重复"),
         "≥5200", "平方米"),
        (None, None, "成本指标", "经济成本指标", "拆除补助标准", "≤45", "元/平方米"),
        (None, None, "效益指标", "生态效益指标", "场舍拆除后复绿率", "≥85", "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "退养场户满意度", "≥90", "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("fv17-flat-two-values", (3, 8),
         "department, flat list with a unit column, 实施周期（2026—2028年） and 年度 value "
         "columns, period counts above the year's, a later year in the goal (correct)")  # fmt: skip
def fv17() -> Book:
    b, s = first()
    department_head(s, year=2026, dept="蕨岭县洋姜产业发展中心",
                    budget=[(wan(180), wan(160), wan(20), wan(95), wan(85))],
                    tasks=[("洋姜种苗繁育", "建设种苗繁育圃", wan(45), "供苗1500亩"),
                           ("转产种植指导", "指导退养户种植洋姜", wan(40), "带动90户"),
                           ("金额合计", None, wan(85), None)],
                    goal=ok("2026年新增洋姜种植1500亩，带动90户退养户转产；到2028年累计种植"
                            "4500亩。", note="2028年在表头所写的实施周期内"))  # fmt: skip
    grid(s, ("指标名称", "计量单位", "实施周期指标值（2026—2028年）", "年度指标值（2026年）"), [
        ("洋姜种植面积", "亩", "≥4500", "≥1500"),
        ("带动退养转产户数", "户", "≥240", "≥90"),
        ("种苗合格率", "%", pct(0.95), pct(0.95)),
        ("洋姜亩均产值", "元", "≥3000", "≥2800"),
        ("洋姜加工转化率", "%", "≥30", "≥20"),
        ("转产户满意度", "%", "≥90", "≥90"),
    ], merged=())  # fmt: skip
    return b


@variant("fv18-flat-period-wrong", (3, 8),
         "department, flat list with 中期 and 年度 columns, a unit column and weights: a year's "
         "count above the period's, a rate given as a count")  # fmt: skip
def fv18() -> Book:
    b, s = first()
    department_head(s, year=2026, dept="蕨岭县畜牧水产服务中心",
                    budget=[(wan(300), wan(270), wan(30), wan(200), wan(100))],
                    tasks=[("退养转产服务", "服务竹鼠、豪猪退养户转产", wan(60), "服务150户"),
                           ("疫病监测", "退养场所疫病监测", wan(40), "监测全部退养场所"),
                           ("金额合计", None, wan(100), None)],
                    goal="三年内服务竹鼠、豪猪退养户转产150户，当年服务60户。")  # fmt: skip
    head = ("指标名称", "计量单位", "中期指标值", "年度指标值", "权重")
    grid(s, head, [
        ("退养转产服务户数", "户", "≥150",
         mk("≥180", "D201", "error", note="年度180户多于中期150户，年度目标写60户"), 30),
        ("退养场所疫病监测覆盖率", "%", "=100%", "=100%", 20),
        ("转产户稳定经营率", "%", "≥85%",
         mk("≥60户", "T105", "error", alt=("T112",), note="比率写成户数"), 20),
        ("转产户户均增收", "万元", "≥1.5", "≥0.5", 20),
        ("退养户满意度", "%", "≥90%", "≥90%", 10),
    ], merged=())  # fmt: skip
    return b
