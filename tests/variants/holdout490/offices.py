"""Returns of the county offices behind the lanterns and parades: department money blocks, flat
lists, template rows left empty and a budget-system export on two sheets (af13–af18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout490.common import YEAR, book, head, indicators, one_year, sign
from tests.variants.holdout490.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
SHARE = "0.00%"


def shares(*values: float) -> tuple[Any, ...]:
    return tuple(pct(v, SHARE) for v in values)


@variant("af13-department-shares", (12,),
         "department, NAT-2021: budget with shares, key tasks adding to 金额合计 = 项目支出, a "
         "下降率 with ≥, a cost standard × count equal to its task money (correct)")  # fmt: skip
def af13() -> Book:
    b, s = book()
    w = [money(v, WAN) for v in (286.4, 236.4, 50, 98.4, 188)]
    tasks = [
        ("龙灯社火非遗传承", "扶持龙灯、社火传承人带徒", money(72, WAN), "培训传承人60人"),
        ("春节社火巡游组织", "组织全县春节社火巡游", money(86, WAN), "巡游20场"),
        ("民俗文化馆运行", "民俗文化馆开放和维护", money(30, WAN), "开放300天"),
        ("金额合计", None, money(188, WAN), None),
    ]
    department_head(s, year=YEAR, dept="岐阳县文化和旅游局", budget=[w, shares(
        1, 0.8254, 0.1746, 0.3436, 0.6564)], goal="传承龙灯社火技艺，办好春节民俗巡游。",
        tasks=tasks)  # fmt: skip
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "培训龙灯社火传承人", "≥60人"),
        (None, None, "组织春节社火巡游", "≥20场"),
        (None, "质量指标", "巡游活动安全事故", "0起"),
        (None, "时效指标", "春节巡游完成时间", "2026年3月5日前"),
        ("成本指标", "经济成本指标", "每场巡游组织经费", "≤4.3万元/场"),
        ("效益指标", "社会效益指标", "春节期间火灾警情下降率", "≥10%"),
        (None, "可持续影响指标", "民俗文化馆开放", "≥300天"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", pct(0.9)),
    ]
    indicators(s, ONE_HEAD, rows)
    sign(s, "葛秀兰", "0917-6610352", day(YEAR - 1, 11, 20))
    return b


@variant("af14-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, tasks not adding to 金额合计")  # fmt: skip
def af14() -> Book:
    b, s = book()
    total = mk(money(300, WAN), "B101", "error", note="110 + 180 = 290, not 300")
    w = [total, *(money(v, WAN) for v in (250, 50, 110, 180))]
    share = mk(pct(0.8, SHARE), "B111", "error", note="250 / 300 = 83.33%, not 80%")
    tasks = [
        ("社火服装道具更新", "为12支社火队更新服装道具", money(70, WAN), "更新12支"),
        ("龙灯会组织", "元宵节县城龙灯会", money(60, WAN), "龙灯会1届"),
        ("马社火培训", "马社火骑手和脸谱培训", money(45, WAN), "培训150人"),
        ("金额合计", None, mk(money(180, WAN), "B102", "error", note="70 + 60 + 45 = 175"),
         None),
    ]  # fmt: skip
    department_head(s, year=YEAR, dept="鹿鸣县群众艺术馆", budget=[w, (
        pct(1, SHARE), share, *shares(0.1667, 0.3667, 0.6))],
        goal="办好元宵节龙灯会，扶持社火队。", tasks=tasks)  # fmt: skip
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "更新服装道具的社火队", "≥12支"),
        (None, None, "马社火培训", "≥150人"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "龙灯会举办时间", "2026年3月3日前"),
        ("成本指标", "经济成本指标", "每支社火队道具更新费用", "≤5.8万元/支"),
        ("效益指标", "社会效益指标", "龙灯会观众", "≥5万人次"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]
    indicators(s, ONE_HEAD, rows)
    sign(s, "冉东升", "0917-6671904", day(YEAR - 1, 11, 18))
    return b


@variant("af15-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a 下降率 with ≥, weights adding to 100 (correct)")  # fmt: skip
def af15() -> Book:
    b, s = book()
    w = [money(v, WAN) for v in (420, 380, 40, 150, 270)]
    department_head(s, year=YEAR, dept="岐阳县民俗文化保护中心", budget=[w],
                    goal="资助24支龙灯社火表演队，春节期间巡游30场。")  # fmt: skip
    rows: list[tuple[Any, ...]] = [
        ("资助龙灯社火表演队", 15, "支", "≥", 24),
        ("春节民俗巡游场次", 15, "场", "≥", 30),
        ("巡游活动安全事故", 10, "起", "≤", 0),
        ("春节期间火灾警情下降率", 10, "%", "≥", pct(0.1)),
        ("民俗展演按期完成率", 10, "%", "=", pct(1)),
        ("每场巡游组织经费", 10, "万元/场", "≤", 3.5),
        ("龙灯社火传承人", 10, "人", "≥", 80),
        ("群众满意度", 20, "%", "≥", pct(0.92)),
        ("合计", 100, None, None, None),
    ]
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    sign(s, "葛秀兰", "0917-6610352", day(YEAR - 1, 11, 20))
    return b


@variant("af16-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights adding to 95")  # fmt: skip
def af16() -> Book:
    b, s = book()
    w = [money(v, WAN) for v in (96, 80, 16, 38, 58)]
    department_head(s, year=YEAR, dept="鹿鸣县社火协会", budget=[w],
                    goal="扶持18支社火队，春节期间巡游12场。")  # fmt: skip
    b.file_mark("W101", "error", note="15+15+10+15+10+10+20 = 95, not 100")
    rows: list[tuple[Any, ...]] = [
        ("扶持社火队", "≥18", "正向", "支", 15),
        ("社火巡游场次", mk("12场", "T112", "error", alt=("T119",), note="场 against 人"),
         "正向", "人", 15),
        ("社火巡游踩踏事故发生率",
         mk("≥0.5%", "T108", "warning", row=True, note="反向 with ≥"), "反向", "%", 10),
        ("龙灯燃放安全检查合格率", "≥95%", "正向", "%", 15),
        ("每场巡游补助", "≤2.5", "反向", "万元/场", 10),
        ("社火传承人", "≥40", "正向", "人", 10),
        ("群众满意度", "≥90%", "正向", "%", 20),
    ]  # fmt: skip
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), rows, merged=())
    sign(s, "冉东升", "0917-6671904", day(YEAR - 1, 11, 18))
    return b


@variant("af17-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicator, "
         "a value without a name")  # fmt: skip
def af17() -> Book:
    b, s = book()
    head(s, "石碾村龙灯扎制", "岐阳县石碾村村民委员会", one_year(20, 16, 4),
         ["扎制6条龙灯，元宵节巡游4场。"])  # fmt: skip
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "扎制龙灯", "≥6条"),
        (None, None, mk(None, "F110", "error", note="≥4场 without a name"), "≥4场"),
        (None, "质量指标", "龙灯验收合格率", "≥95%"),
        (None, "时效指标", "扎制完成时间", "2026年2月10日前"),
        ("成本指标", "经济成本指标", "单条龙灯扎制成本", "≤1万元/条"),
        ("效益指标", "社会效益指标", "龙灯巡游观众", "≥5000人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="template row left"),
         None, None),
        (None, "可持续影响指标", "龙灯扎制技艺传承人", "≥3人"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    sign(s, "杭德顺", "0917-6623571", day(YEAR - 1, 11, 26))
    return b


EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")


def export_budget(s: Sheet) -> None:
    """The 05-1 sheet: header on the third row, two projects and a 合计 row."""
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位名称：岐阳县非物质文化遗产保护中心", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("612301260001", "龙灯扎制技艺传承", money(24.5), money(20), money(4.5))
    s.row("612301260002", "春节社火巡游", money(36.8), money(30), money(6.8))
    s.row("合计", None, money(61.3), money(50), money(11.3))


@variant("af18-export-two-sheets", (4, 7),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "codes in the first columns, header on the third row, repeated after a page break "
         "(correct)")  # fmt: skip
def af18() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 20, 14, 18, 28, 16))
    export_budget(s)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 14, 18, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：岐阳县非物质文化遗产保护中心", None, None, None, None, "第1页")
    p1, n1, p2, n2 = "612301260001", "龙灯扎制技艺传承", "612301260002", "春节社火巡游"
    rows: list[tuple[Any, ...]] = [
        (p1, n1, "产出指标", "数量指标", "扎制龙灯", "≥8条"),
        (None, None, None, None, "培训扎灯学徒", "≥20人"),
        (None, None, None, "质量指标", "龙灯验收合格率", "≥95%"),
        (None, None, None, "时效指标", "扎制完成时间", "2026年2月10日前"),
        (None, None, None, "成本指标", "单条龙灯扎制补助", "≤1.5万元/条"),
        (None, None, "效益指标", "社会效益指标", "龙灯巡游观众", "≥1万人次"),
        (None, None, "满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
        (p2, n2, "产出指标", "数量指标", "社火巡游场次", "≥15场"),
        (None, None, None, "质量指标", "巡游安全检查合格率", "≥98%"),
        (None, None, None, "成本指标", "每场巡游补助", "≤2万元/场"),
        EXPORT_HEAD,
        (p2, n2, "产出指标", "时效指标", "巡游完成时间", "2026年3月5日前"),
        (None, None, "效益指标", "社会效益指标", "社火巡游观众", "≥6万人次"),
        (None, None, None, "可持续影响指标", "常态化排练社火队", "≥10支"),
        (None, None, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]
    indicators(t, EXPORT_HEAD, rows, merged=(1, 2, 3, 4))
    return b
