"""Department returns, header words, notes and budget-system exports from salt-heritage offices
(bi13–bi18)."""

from __future__ import annotations

from tests.variants.holdout519.common import (
    OLD4,
    YEAR,
    department_book,
    indicators,
    notes,
    project_book,
    signature,
    two_money,
    w,
)
from tests.variants.holdout519.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

MUSEUM = "咸川县盐井文化博物馆"
SALT = "海渚县盐业遗产保护中心"


@variant(
    "bi13-dept-money",
    (12,),
    "department, NAT-2021: budget with typed-percent shares, "
    "tasks adding to 金额合计, all consistent (correct)",
)
def dept_money() -> Book:
    share = "0.00%"
    b, s = department_book(
        year=YEAR, dept=MUSEUM, goal="做好盐井文物保管与陈列，年接待观众8万人次。",
        budget=[(w(320), w(300), w(20), w(180), w(140)),
                (pct(1, share), pct(0.9375, share), pct(0.0625, share), pct(0.5625, share),
                 pct(0.4375, share))],
        tasks=[("盐井文物保管", "库房温湿度监控、藏品建档", w(55), "藏品建档1200件"),
               ("盐文化陈列更新", "更新井盐生产史展厅", w(50), "更新展厅1个"),
               ("社教与研学", "开展盐文化研学课程", w(35), "研学课程60场"),
               ("金额合计", None, w(140), None)],
    )  # fmt: skip
    indicators(s, OLD4, [
        ("产出指标", "数量指标", "馆藏盐业文物建档件数", "≥1200件"),
        (None, "质量指标", "藏品建档信息准确率", "≥98%"),
        (None, "时效指标", "展厅更新开放时间", "10月1日前"),
        ("成本指标", "经济成本指标", "单场研学课程成本", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "年接待观众人次", "≥80000人次"),
        (None, "可持续影响指标", "藏品安全事故发生次数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "bi14-dept-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计",
)
def dept_money_wrong() -> Book:
    total = mk(w(260), "B101", "error", note="基本支出 150 + 项目支出 120 = 270")
    listed = mk(w(120), "B102", "error", note="50 + 45 + 30 = 125")
    b, s = department_book(
        year=YEAR, dept=SALT, goal="保护海渚古盐田遗址，扶持盐村海盐集市与品牌。",
        budget=[(total, w(240), w(20), w(150), w(120))],
        tasks=[("古盐田遗址保护", "遗址巡护与围堰加固", w(50), "巡护里程≥600公里"),
               ("海盐集市扶持", "集市摊位与物流补助", w(45), "扶持集市12场"),
               ("盐业档案数字化", "盐场契约、账册扫描", w(30), "数字化档案3000页"),
               ("金额合计", None, listed, None)],
    )  # fmt: skip
    indicators(s, OLD4, [
        ("产出指标", "数量指标", "扶持海盐集市场次", "≥12场"),
        (None, None, "盐业档案数字化页数", "≥3000页"),
        (None, "质量指标", "数字化档案验收合格率", "≥98%"),
        ("成本指标", "经济成本指标", "单场集市扶持费用", "≤3.5万元/场"),
        ("效益指标", "社会效益指标", "集市带动盐农销售额", "≥200万元"),
        ("满意度指标", "服务对象满意度指标", "盐农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "bi15-header-second-sheet",
    (7,),
    "project: head on the first sheet, the indicator "
    "table on a second sheet under a two-row header (考核指标, 预期实现值, 评价标准) (correct)",
)
def header_second_sheet() -> Book:
    b, _ = project_book(
        "项目信息", year=YEAR, name="咸川井盐非遗工坊运营", dept="咸川县文化和旅游局（214003）",
        unit="咸川县卤坪镇文化站", money=two_money(w(30), w(30), w(0)),
        goals=["运营井盐非遗工坊，开展熬盐体验与花盐制作课程。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", widths=(14, 16, 28, 16, 30))
    t.title("井盐非遗工坊绩效指标", 5)
    t.row("绩效指标", None, None, "预期实现值", "评价标准", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "考核指标", None, None)
    for c in (4, 5):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table([
        ("产出指标", "数量指标", "熬盐体验课程场次", "≥80场", "每少5场扣1分"),
        (None, "质量指标", "体验课程安全规范执行率", "100%", "发现一次违规扣2分"),
        (None, "成本指标", "单场课程耗材费用", "≤0.2万元/场", "超支不得分"),
        ("效益指标", "社会效益指标", "工坊体验人次", "≥4000人次", "按完成比例计分"),
        (None, "可持续影响指标", "工坊运营管理制度", "健全", "制度缺项扣分"),
        ("满意度指标", "服务对象满意度指标", "体验者满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "bi16-header-content-artefacts",
    (7, 9),
    "project, OLD-NAT, headers 指标内容 and "
    "绩效标准, detail lines below: a split number and a date serial typed as text",
)
def header_content_artefacts() -> Book:
    b, s = project_book(
        year=YEAR, name="卤坪古盐仓修缮", dept="咸川县文化和旅游局（214003）",
        unit="咸川县文物保护中心", money=two_money(w(46.65), w(40), w(6.65)),
        goals=["修缮清代卤坪古盐仓一座，恢复盐仓陈列功能。"],
    )  # fmt: skip
    serial = mk("45961", "X104", "warning", note="a date serial (2025-10-31) in a text cell")
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "修缮盐仓建筑面积", "≥680平方米"),
        (None, "质量指标", "修缮工程验收合格率", "100%"),
        (None, "时效指标", "修缮完工日期", serial),
        (None, "成本指标", "每平方米修缮成本", "≤650元/平方米"),
        ("效益指标", "社会效益指标", "盐仓陈列参观人次", "≥6000人次"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", "金额（万元）")
    split = mk("18.6 5", "X105", "warning", alt=("X103",), note="18.65 split by a space")
    s.row(None, "修缮材料费", split)
    s.row(None, "人工费", 22)
    s.row(None, "勘察设计及监理费", 6)
    s.row(None, "合计", 46.65)
    return b


@variant(
    "bi17-notes-page-break",
    (4,),
    "department, NAT-2021, weight column: a 栏次 row, the "
    "header repeated after a page break, subtotal rows, 注 rows and signatures (correct)",
)
def notes_page_break() -> Book:
    b, s = department_book(
        year=YEAR, dept=SALT, goal="守护海渚古盐田遗址，推动晒盐技艺进校园、海盐进集市。",
        budget=[(w(210), w(200), w(10), w(130), w(80))],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [("1", "2", "3", "4", "5")], merged=())
    s.table([
        ("产出指标", "数量指标", "古盐田遗址巡护次数", "≥48次", 15),
        (None, None, "晒盐技艺进校园场次", "≥20场", 15),
        (None, "质量指标", "巡护记录完整率", "≥95%", 10),
        (None, "时效指标", "险情处置响应时间", "≤24小时", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip()
    s.row(*head)
    s.table([
        ("成本指标", "经济成本指标", "单场进校园活动成本", "≤0.8万元/场", 10),
        ("效益指标", "社会效益指标", "参与活动学生人次", "≥3000人次", 15),
        (None, "生态效益指标", "古盐田滩涂违规占用面积", "≤0亩", 15),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    notes(s, "注1：第1行为栏次；第二页表头为分页重复。", "注2：小计、合计行为权重汇总，不是指标。")
    signature(s, "许澜", "童若溪", "0580-3329041", day(YEAR - 1, 12, 5, CN_DATE))
    return b


EXPORT = ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")


@variant("bi18-export-notes-defects", (4, 9), "budget-system export: money on sheet 05-1, "
         "indicators on sheet 05-2 with codes in the first columns, header on row 3, a 说明 row "
         "inside; a unit cost rounded to 0 and a deadline given as a percent")  # fmt: skip
def export_notes_defects() -> Book:
    b = Book()
    code, name = "33098225000000012", "银沙滩晒盐池修复及盐工技艺补助"
    m = b.sheet("部门项目支出预算05-1", widths=(20, 30, 14, 14, 14))
    m.title(f"{YEAR}年部门项目支出预算表", 5)
    m.row("单位：海渚县盐业遗产保护中心", None, None, None, "单位：万元")
    m.row("项目代码", "项目名称", "合计", "财政拨款", "其他资金")
    m.row(code, name, w(64), w(60), w(4))
    s = b.sheet("部门项目支出绩效目标05-2", widths=(20, 24, 12, 16, 26, 14, 12))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    s.row("单位：海渚县盐业遗产保护中心", merge=[(1, 7)])
    zero = mk("≤0", "T115", "error", note="a cost per ton rounded to 0 (0.004万元/吨)")
    late = mk(pct(1), "T113", "warning", note="a completion deadline given as 100%")
    s.row(*EXPORT)
    rows = [
        ("产出指标", "数量指标", "修复晒盐池面积", "≥85", "亩"),
        ("产出指标", "数量指标", "补助传统晒盐盐工人数", "≥40", "人"),
        ("产出指标", "质量指标", "晒盐池修复验收合格率", "≥95", "%"),
        ("产出指标", "时效指标", "晒盐池修复完工时间", late, None),
        ("成本指标", "经济成本指标", "单吨原盐晒制成本", zero, "万元/吨"),
        ("效益指标", "经济效益指标", "修复盐池年产原盐", "≥1200", "吨"),
        ("满意度指标", "服务对象满意度指标", "盐工满意度", "≥90", "%"),
    ]
    for i, r in enumerate(rows):
        s.row(code, name, *r)
        if i == 3:
            s.row("说明：以下成本指标按一体化系统口径填报。", merge=[(1, 7)])
    notes(s, "填表说明：指标值不含单位，单位见“计量单位”列。", width=7)
    return b
