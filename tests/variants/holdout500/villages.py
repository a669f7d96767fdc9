"""Upland-village department returns: money blocks, flat lists, template rows, notes."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout500.common import (
    ONE_HEAD,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout500.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, ok, pct

DEPT = "鹤汀县山区乡村振兴服务中心"
TASKS = (
    ("漆树良种基地", "建设漆树良种繁育基地", 180),
    ("杜仲林抚育", "抚育杜仲中幼林", 160),
    ("林下药材推广", "推广黄精、白及套种", 90),
    ("山区村护林", "聘用护林员巡山", 50),
)
GOAL = "发展漆树、杜仲和林下中药材产业，带动山区村林农增收。"


def _indicators(s: Sheet, cost: object = "≤500元/亩") -> None:
    """The department's NAT-2021 indicator table, one value column."""
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "新建漆树杜仲良种基地面积", "≥600亩"),
        (None, None, "林下中药材套种面积", "≥2000亩"),
        (None, "质量指标", "造林苗木合格率", "≥95%"),
        (None, "时效指标", "年度任务完成时间", f"{YEAR}年12月31日前"),
        ("成本指标", "经济成本指标", "每亩林下套种补助标准", cost),
        ("效益指标", "经济效益指标", "山区村林农户均增收", "≥1500元"),
        (None, "生态效益指标", "漆树干腐病发病下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip


@variant("ap13-village-department-money", (12,), "department, NAT-2021: budget with shares, key "
         "tasks adding to 金额合计 = 项目支出, all consistent (correct)")  # fmt: skip
def ap13() -> Book:
    b, s = start()
    tasks = [(n, c, money(a), "按期完成") for n, c, a in TASKS]
    department_head(s, year=YEAR, dept=DEPT, goal=GOAL, budget=[
        (wan(800), wan(680), wan(120), wan(320), wan(480)),
        (pct(1), pct(0.85), pct(0.15), pct(0.4), pct(0.6)),
    ], tasks=[*tasks, ("金额合计", None, money(480), None)])  # fmt: skip
    _indicators(s)
    sign(s, "罗桂芬", "0796-5230419", day(YEAR - 1, 11, 25))
    return b


@variant(
    "ap14-village-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, a share not matching its amount, tasks not adding to 金额合计",
)
def ap14() -> Book:
    b, s = start()
    tasks = [(n, c, money(a), "按期完成") for n, c, a in TASKS]
    total = mk(wan(800), "B101", "error", row=True, note="340 + 480 = 820 ≠ 800")
    share = mk(pct(0.12), "B111", "error", note="120 ÷ 800 = 15%, not 12%")
    wrong = mk(money(470), "B102", "error", note="180 + 160 + 90 + 50 = 480")
    knock = ok(pct(0.4), "error", note="40% follows the 800 total; 340 ÷ 800 = 42.5%")
    department_head(s, year=YEAR, dept=DEPT, goal=GOAL, budget=[
        (total, wan(680), wan(120), wan(340), wan(480)),
        (pct(1), pct(0.85), share, knock, pct(0.6)),
    ], tasks=[*tasks, ("金额合计", None, wrong, None)])  # fmt: skip
    _indicators(s)
    return b


@variant("ap15-village-flat", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as word operator · 指标值), a 下降率 with 大于等于, 0起 of forest fires, weights add to "
         "100 (correct)")  # fmt: skip
def ap15() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹤汀县云岙乡人民政府", goal=GOAL, budget=[
        (wan(260), wan(230), wan(30), wan(110), wan(150)),
    ])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("漆树杜仲良种苗木供应量", 15, "万株", "大于等于", 30),
        ("林下中药材种植面积", 15, "亩", "大于等于", 2000),
        ("林农技术培训", 10, "人次", "大于等于", 800),
        ("造林苗木合格率", 10, "%", "大于等于", 95),
        ("漆树干腐病发病下降率", 10, "%", "大于等于", 20),
        ("森林火灾发生起数", 10, "起", "小于等于", 0),
        ("每亩林下种植补助标准", 10, "元/亩", "小于等于", 500),
        ("林农户均增收", 10, "元", "大于等于", 1500),
        ("林农满意度", 10, "%", "大于等于", 90),
    ])  # fmt: skip
    return b


@variant("ap16-village-flat-defects", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): a unit conflict, a 反向 rate with ≥, "
         "weights adding to 95")  # fmt: skip
def ap16() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹤汀县石门岭镇人民政府", goal=GOAL, budget=[
        (wan(210), wan(180), wan(30), wan(90), wan(120)),
    ])  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("杜仲良种造林面积", mk("≥1500株", "T112", "error", note="株 against the 亩 column"),
         "正向", "亩", 15),
        ("漆林下药材套种户数", "≥260", "正向", "户", 15),
        ("杜仲苗木病虫害发生率", mk("≥5%", "T108", "warning", row=True,
                                    note="a 反向 rate written with ≥"), "反向", "%", 15),
        ("造林苗木合格率", "≥95%", "正向", "%", 10),
        ("每亩造林补助标准", "≤600", "反向", "元/亩", 10),
        ("林农户均增收", "≥1200", "正向", "元", 10),
        ("林农满意度", "≥90%", "正向", "%", 10),
        ("森林火灾发生起数", "0", "反向", "起", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15+15+15+10+10+10+10+10 = 95 ≠ 100")
    return b


@variant("ap17-village-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a template "
         "tier-2 left without indicator, a value without a name")  # fmt: skip
def ap17() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="漆坪村山区林下中药材合作社扶持项目", dept="鹤汀县林业局",
                 unit="漆坪村股份经济合作社", money=one_year(35, 30, 5),
                 goals=("扶持合作社套种黄精500亩，带动村民入社分红。",))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "黄精套种面积", "≥500亩"),
        (None, "质量指标", "黄精种苗成活率", "≥85%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥90%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("成本指标", "经济成本指标", "每亩种苗补助标准", "≤500元/亩"),
        ("效益指标", "经济效益指标", "入社农户分红", "≥800元/户"),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ap18-village-page-break", (4, 11), "department, NAT-2021, weight column: a unit row, "
         "subtotal rows, the header repeated after a page break, a total row; a cost cap with ≥ "
         "and a deadline in the next year")  # fmt: skip
def ap18() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹤汀县杜仲林场", goal=GOAL, budget=[
        (wan(150), wan(150), wan(0), wan(70), wan(80)),
    ])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.row("单位：万元、%", merge=[(1, 5)])
    indicators(s, head, [
        ("产出指标", "数量指标", "杜仲林管护面积", "≥1500亩", 10),
        (None, None, "良种苗木调运", "≥6万株", 10),
        (None, "质量指标", "管护林分保存率", "≥95%", 10),
        (None, "时效指标", "苗木调运完成时间",
         mk(f"{YEAR + 1}年3月31日前", "Y102", "error", alt=("Y103",),
            note="a one-year department table, the date is in the next year"), 10),
    ])  # fmt: skip
    s.row("产出指标小计", None, None, None, 40, merge=[(1, 3)])
    s.row("（续表）", merge=[(1, 5)])
    indicators(s, head, [
        ("成本指标", "经济成本指标", mk("每亩杜仲林管护成本", "T108", "warning", row=True,
                                        note="a cost cap written with ≥"), "≥300元/亩", 10),
        ("效益指标", "经济效益指标", "林场杜仲皮销售收入", "≥40万元", 10),
        (None, "社会效益指标", "吸纳周边山区村务工", "≥3000人次", 10),
        (None, "生态效益指标", "林场森林火灾发生起数", "≤0起", 10),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", 20),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 3)])
    notes(s, "注：小计行为产出指标权重之和，不计入合计。", width=5)
    return b
