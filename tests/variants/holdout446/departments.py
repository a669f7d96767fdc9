"""Department returns of the sports bureau and a district sports school, flat lists, a return
with notes and a page break, and a budget-system export (yn13–yn18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout446.common import (
    BUREAU,
    CITY,
    SCHOOL,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout446.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
DISTRICT = "泓泉区体育运动学校"
GOAL = "保障青少年跳水后备人才训练和场馆安全运行，承办青少年跳水赛事，训练安全无责任事故。"


def bureau_rows() -> list[list[Any]]:
    return [
        ["产出指标", "数量指标", "跳水后备人才在训人数", "≥150人"],
        [None, None, "承办青少年跳水赛事", "≥3场"],
        [None, "质量指标", "跳水场馆安全检测合格率", "=100%"],
        [None, "时效指标", "赛事安全预案报备及时率", "=100%"],
        ["成本指标", "经济成本指标", "赛事场均承办成本", "≤20万元/场"],
        ["效益指标", "社会效益指标", "青少年跳水安全知识知晓率", "≥90%"],
        [None, "可持续影响指标", "青少年跳水训练安全管理制度", "健全"],
        ["满意度指标", "服务对象满意度指标", "参训学员及家长满意度", "≥90%"],
    ]


@variant("yn13-department-money", (12,),
         "department, NAT-2021: budget with shares, key tasks adding to 金额合计 = 项目支出 "
         "(correct)")  # fmt: skip
def department_money() -> Book:
    b, s = start("部门整体")
    shares = [pct(1), pct(0.873, "0.0%"), pct(0.127, "0.0%"), pct(0.619, "0.0%"),
              pct(0.381, "0.0%")]  # fmt: skip
    tasks = [
        ["青少年跳水后备人才训练", "常年集训和选材", wan(260), "在训≥150人"],
        ["跳台及泳池安全改造", "防滑台面和护栏", wan(150), "验收合格"],
        ["青少年跳水赛事承办", "市级赛事三场", wan(70), "安全办赛"],
        ["金额合计", None, wan(480), None],
    ]
    department_head(s, year=YEAR, dept=f"{CITY}体育局",
                    budget=[[wan(1260), wan(1100), wan(160), wan(780), wan(480)], shares],
                    tasks=tasks, goal=GOAL)  # fmt: skip
    indicators(s, HEAD4, bureau_rows())
    return b


@variant(
    "yn14-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计",
)
def department_money_wrong() -> Book:
    b, s = start("部门整体")
    total = mk(wan(860), "B101", "error", row=True, note="基本 520 + 项目 320 = 840, not 860")
    tasks = [
        ["跳水队常年训练", "集训和选材", wan(200), "在训≥150人"],
        ["跳台安全改造", "防滑台面", wan(90), "验收合格"],
        ["青少年跳水赛事", "市级赛事", wan(40), "安全办赛"],
        ["金额合计", None, mk(wan(320), "B102", "error", note="200 + 90 + 40 = 330"), None],
    ]
    department_head(s, year=YEAR, dept=f"{CITY}体育局", goal=GOAL, tasks=tasks,
                    budget=[[total, wan(780), wan(80), wan(520), wan(320)]])  # fmt: skip
    rows = bureau_rows()
    rows[4] = ["成本指标", "经济成本指标", "赛事场均承办成本", "≤13万元/场"]
    indicators(s, HEAD4, rows)
    return b


@variant("yn15-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def flat_list() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=DISTRICT, goal="完成跳水队常年训练，场馆和训练安全可控。",
                    budget=[[wan(320), wan(300), wan(20), wan(240), wan(80)]])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ["跳水专项训练课时", 20, "课时", "≥", 960],
            ["跳台设施安全检测合格率", 15, "%", "=", pct(1)],
            ["学员训练伤病发生率", 15, "%", "≤", pct(0.03)],
            ["二级及以上等级运动员", 15, "人", "≥", 25],
            ["跳水安全教育覆盖率", 10, "%", "≥", pct(0.95)],
            ["人均训练伙食补助", 10, "元/人·月", "≤", 500],
            ["学员家长满意度", 15, "%", "≥", pct(0.9)],
        ]
    )
    s.row("合计", 100)
    return b


@variant("yn16-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=DISTRICT, goal="完成跳水队常年训练，场馆和训练安全可控。",
                    budget=[[wan(300), wan(280), wan(20), wan(230), wan(70)]])  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table(
        [
            ["跳水专项训练课时", "≥900", "正向", "课时", 20],
            [
                "跳台及弹网维修",
                mk("12万元", "T112", "error", note="value in 万元, unit column 次"),
                "正向",
                "次",
                10,
            ],
            [
                "学员训练伤病发生率",
                mk("≥3%", "T108", "warning", row=True, note="反向 rate with ≥"),
                "反向",
                "%",
                15,
            ],
            ["跳台设施安全检测合格率", "=100%", "正向", "%", 15],
            ["二级及以上等级运动员", "≥20", "正向", "人", 15],
            ["学员家长满意度", "≥90%", "正向", "%", 20],
        ]
    )
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


@variant("yn17-notes-page-break", (4, 7),
         "project, OLD-NAT, headers 考核指标 · 绩效目标值 · 评价标准; a 注 row inside the table, "
         "the header repeated after a page break, 说明 and 填表说明 rows, signature and a "
         "prior-year fill date (correct)")  # fmt: skip
def notes_page_break() -> Book:
    b, s = start(widths=(16, 16, 30, 18, 30))
    project_head(
        s,
        year=YEAR,
        name="少儿跳水启蒙班",
        dept=BUREAU,
        unit=SCHOOL,
        money=one_year(wan(32), wan(30), wan(2)),
        goals=["面向全市小学开设少儿跳水启蒙班，普及水上安全技能，发现跳水苗子。"],
    )
    head = ("一级指标", "二级指标", "考核指标", "绩效目标值", "评价标准")
    full = "达到目标值得满分"
    indicators(
        s,
        head,
        [
            ["产出指标", "数量指标", "启蒙班开班期数", "≥4期", full],
            [None, None, "招收少儿学员", "≥160人", "每少10人扣1分"],
        ],
    )
    notes(s, "注：以下质量、时效指标按季度考核。", width=5)
    s.table([
        ["产出指标", "质量指标", "启蒙班学员结业合格率", "≥90%", "每低1个百分点扣0.5分"],
        [None, "时效指标", "首期开班时间", "2025年6月30日前", "逾期不得分"],
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    indicators(
        s,
        head,
        [
            ["产出指标", "成本指标", "学员人均培训成本", "≤1800元/人", "超出不得分"],
            ["效益指标", "社会效益指标", "少儿水上安全技能掌握率", "≥85%", full],
            [None, "可持续影响指标", "学员进入业余训练比例", "≥15%", full],
            ["满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%", "按问卷结果计分"],
        ],
    )
    notes(s, "说明：项目资金32万元，其中财政拨款30万元、学员自筹2万元。",
          "填表说明：指标值须可量化考核；定性指标写明评判等级。", width=5)  # fmt: skip
    sign(s, "邝宁远", "0596-7318242")
    return b


@variant("yn18-system-export", (7, 5, 12),
         "budget-system export: 05-1 money sheet and 05-2 goal sheet with codes in the first "
         "columns and the header on the third row; a tier-2 under the wrong tier-1, a deadline "
         "as a typed percent")  # fmt: skip
def system_export() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 30, 16, 14, 14, 14))
    code, name = "330101250017", "青少年跳水训练基地跳台加固工程"
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：鹭汀市青少年跳水学校", None, None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, "一次性项目", wan(150), wan(130), wan(20))
    s.row("合计", None, None, wan(150), wan(130), wan(20))
    g = b.sheet("部门项目支出绩效目标05-2", (14, 26, 12, 16, 28, 16, 14))
    g.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    g.row("单位：鹭汀市青少年跳水学校", None, None, None, None, None, "金额单位：万元")
    wrong = mk("社会效益指标", "F105", "error", note="a 效益 tier-2 under 产出指标")
    late = mk(pct(1), "T113", "warning", note="a completion date given as 100%")
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "加固跳台", "≥4座", "计划标准"],
        [None, "质量指标", "加固工程验收合格率", "=100%", "行业标准"],
        [None, wrong, "跳台结构安全隐患消除率", "≥95%", "计划标准"],
        [None, "时效指标", "加固工程完工时间", late, "计划标准"],
        ["成本指标", "经济成本指标", "单座跳台加固造价", "≤35万元/座", "历史标准"],
        ["效益指标", "社会效益指标", "跳台训练安全事故发生率", "≤1%", "历史标准"],
        [None, "可持续影响指标", "跳台设计使用年限", "≥20年", "行业标准"],
        ["满意度指标", "服务对象满意度指标", "运动员及教练员满意度", "≥90%", "其他标准"],
    ]
    g.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    g.table([[code, name, *r] for r in rows], merged=(3, 4))
    return b
