"""Archives bureaus' department returns and budget-system exports (档案馆部门整体与一体化系统
导出): money in every block, rows that are not indicators, template rows, artefacts
(khw13–khw18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout897.common import YEAR, indicators, notes, one_year, sign, start, wan
from tests.variants.holdout897.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD_GOAL = ("一级指标", "二级指标", "三级指标", "预期目标")


@variant("khw13-department-money", (12, 4), "department, NAT-2021: budget and key tasks with "
         "a 金额合计 equal to 项目支出, a footnote explaining the total, header 预期目标 "
         "(correct)")  # fmt: skip
def department_money() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept="甸湄市档案馆",
                    budget=[(wan(860), wan(820), wan(40), wan(520), wan(340))],
                    tasks=[("档案数字化加工", "馆藏档案扫描与著录", wan(180), "完成 60 万页"),
                           ("档案安全保管", "库房设备运维、消防检测", wan(95), "库房安全零事故"),
                           ("档案开放利用", "开放鉴定、展览编研", wan(65), "开放档案 3000 卷"),
                           ("金额合计", None, wan(340), None)],
                    goal="推进馆藏档案数字化，保障档案实体安全，扩大档案开放利用。")  # fmt: skip
    indicators(s, HEAD_GOAL, [
        ("产出指标", "数量指标", "档案数字化页数", "≥60万页"),
        (None, None, "向社会开放档案", "≥3000卷"),
        (None, "质量指标", "数字化图像合格率", pct(0.98)),
        (None, "时效指标", "年度重点任务完成时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每页数字化成本", "≤2.8元/页"),
        ("效益指标", "社会效益指标", "档案查阅利用", "≥1.5万人次"),
        (None, None, "库房安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "查档利用者满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计为项目支出 340 万元，不含基本支出 520 万元。")
    sign(s, "符岱宁", "0736-5120486", day(2024, 11, 20))
    return b


@variant("khw14-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计, a deadline after the budget year")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = start("部门整体")
    total = mk(wan(540), "B101", "error", note="基本支出 330 + 项目支出 200 = 530")
    task_sum = mk(wan(200), "B102", "error", note="90 + 70 + 45 = 205")
    department_head(s, year=YEAR, dept="鹭汀市档案馆",
                    budget=[(total, wan(500), wan(40), wan(330), wan(200))],
                    tasks=[("新馆搬迁准备", "档案清点、装箱方案", wan(90), "完成清点"),
                           ("档案修复", "破损档案修复", wan(70), "修复 3 万页"),
                           ("档案编研", "编研出版", wan(45), "出版 2 部"),
                           ("金额合计", None, task_sum, None)],
                    goal="完成新馆搬迁准备，抢救修复破损档案，开展档案编研。")  # fmt: skip
    indicators(s, HEAD_GOAL, [
        ("产出指标", "数量指标", "修复破损档案", "≥3万页"),
        (None, None, "编研成果出版", "≥2部"),
        (None, "质量指标", "馆藏档案清点准确率", "≥99%"),
        (None, "时效指标", "新馆搬迁准备完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
            note="a one-year department table with a deadline in the next year")),
        ("成本指标", "经济成本指标", "每页修复成本", "≤20元/页"),
        ("效益指标", "社会效益指标", "编研成果发行", "≥1000册"),
        ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "俞澄", "0595-8817360", day(2024, 11, 28))
    return b


@variant("khw15-footnotes-pagebreak", (4,), "project, OLD-NAT, one value column: an instruction "
         "row inside the table, the header repeated after a page break, 注 and 填表说明 rows, "
         "signature and a prior-year date (correct)")  # fmt: skip
def footnotes_pagebreak() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="农村土地承包档案规范化管理", dept="栖枫县档案馆 3102",
                 unit="栖枫县档案馆", money=one_year(wan(36), wan(30), wan(6)),
                 goals=["指导 186 个村完成土地承包档案规范化整理 2.4 万件，"
                        "建立电子目录。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    s.row(*head)
    s.row("（请按一级、二级指标分类填写，三级指标可自行增加行）", merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "指导整理村级土地承包档案", "≥186个"),
        (None, None, "规范化整理档案", "≥2.4万件"),
        (None, "质量指标", "档案整理验收合格率", "≥95%"),
        (None, "时效指标", "整理任务完成时间", "2025年10月31日前"),
        (None, "成本指标", "每件整理成本", "≤12元/件"),
    ], merged=(1, 2))  # fmt: skip
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "土地承包纠纷查档服务", "≥500人次"),
        (None, "可持续影响指标", "档案电子目录建库率", "100%"),
        ("满意度指标", "服务对象满意度指标", "村民查档满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "注：1. 指标值中“≥”表示不低于；2. 成本指标按上年同类项目结算价测算。",
        "填表说明：本表由项目实施单位填写，经主管部门审核后报县财政局。",
        width=4,
    )
    sign(s, "邬春霖", "0793-6812047", day(2024, 12, 18), role="项目负责人：")
    return b


@variant("khw16-notes-defect", (4, 6, 13), "department, NAT-2021, weight column with subtotal "
         "and total rows: a tier-2 left from the template, a value without a name, a "
         "placeholder")  # fmt: skip
def notes_defect() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept="柘湾区档案馆",
                    budget=[(wan(450), wan(450), wan(0), wan(300), wan(150))],
                    goal="做好档案接收进馆、目录著录和利用服务，办好档案展览。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.table([
        ("产出指标", "数量指标", "档案接收进馆", "≥8000卷", 15),
        (None, None, "档案目录著录", "≥10万条", 10),
        (None, "质量指标", "目录著录差错率", "≤1%", 10),
        (None, "时效指标", "接收档案入库时限", "≤15个工作日", 10),
        ("产出指标小计", None, None, None, 45),
        ("成本指标", "经济成本指标", "每卷接收整理成本", "≤25元/卷", 10),
        ("成本指标小计", None, None, None, 10),
        ("效益指标", "社会效益指标", "档案查阅利用", "≥2万人次", 15),
        (None, None, "档案展览参观", "≥6000人次", 10),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 with no indicator and no value"), None, None, None),
        (None, "可持续影响指标", mk(None, "F110", "error",
                                   note="a value and a weight but no name"), "≥95%", 10),
        ("效益指标小计", None, None, None, 35),
        ("满意度指标", "服务对象满意度指标", "查档利用者满意度",
         mk("≥XX%", "X101", "error", note="placeholder left from the template"), 10),
        ("合计", None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：小计、合计行不计入指标。", width=5)
    sign(s, "温禾", "0718-3364092", day(2024, 11, 22))
    return b


CODE = "52032125Z00000041"
BUDGET_HEAD = ("项目编码", "项目名称", "支出经济分类", "金额（万元）", "其中：财政拨款", "其他资金")
EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "考核指标", "目标值（年度）")


@variant("khw17-export-second-sheet", (7, 12), "budget-system export: money lines by economic "
         "class on sheet 05-1, the indicator table on sheet 05-2 with codes in the first "
         "columns, header on the third row, headers 考核指标 and 目标值（年度） "
         "(correct)")  # fmt: skip
def export_second_sheet() -> Book:
    b, s = start("部门项目支出预算05-1", (20, 26, 22, 14, 16, 12))
    name = "重要档案异地备份与容灾建设"
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：甸湄市档案馆", None, None, None, "单位：万元")
    s.row(*BUDGET_HEAD)
    s.row(CODE, name, "30227 委托业务费", wan(72), wan(72), wan(0))
    s.row(CODE, name, "30213 维修（护）费", wan(18), wan(18), wan(0))
    s.row("合计", None, None, wan(90), wan(90), wan(0))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 26, 14, 18, 30, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：甸湄市档案馆")
    rows = [
        ("产出指标", "数量指标", "异地备份档案数据量", "≥45TB"),
        (None, None, "备份档案门类", "≥8类"),
        (None, "质量指标", "备份数据校验一致率", pct(0.999, "0.0%")),
        (None, "时效指标", "异地备份完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "每TB备份成本", "≤1.6万元/TB"),
        ("效益指标", "可持续影响指标", "重要档案异地备份覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "档案形成单位满意度", "≥90%"),
    ]
    indicators(t, EXPORT_HEAD, [(CODE, name, *r) for r in rows], merged=(3, 4))
    return b


@variant("khw18-export-artefacts", (9,), "project, NAT-2021, detail lines under the table: the "
         "planned end date a serial in a text cell, an amount pasted twice")  # fmt: skip
def export_artefacts() -> Book:
    b, s = start()
    end = mk("45961", "X104", "warning", note="2025-10-31 as a serial typed into a text cell")
    project_head(s, year=YEAR, name="档案馆智能密集架升级", dept="苍霁县档案馆 208",
                 unit="苍霁县档案馆", money=one_year(wan(120), wan(120), wan(0)), end=end,
                 goals=["更新智能密集架 1600 立方米，"
                        "实现库房档案位置智能定位。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "更新智能密集架", "≥1600立方米"),
        (None, "质量指标", "设备安装验收合格率", "≥98%"),
        (None, "时效指标", "设备安装完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "每立方米密集架购置成本", "≤530元/立方米"),
        ("效益指标", "可持续影响指标", "库房档案定位准确率", "≥99%"),
        ("满意度指标", "服务对象满意度指标", "库房管理人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", "金额（万元）")
    s.row(
        None,
        "设备购置",
        mk(
            "86万86万",
            "X106",
            "error",
            alt=("B108",),
            note="86万 pasted twice; the lines add up when read as 86",
        ),
    )
    s.row(None, "软件部署", wan(24))
    s.row(None, "数据迁移", wan(10))
    s.row(None, "合计", wan(120))
    return b
