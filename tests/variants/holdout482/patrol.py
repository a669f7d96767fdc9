"""Patrol stations' department returns and exports: flat lists, department money, notes and
page breaks, a budget-system export with the table on a second sheet."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout482.common import (
    first_sheet,
    indicators,
    notes,
    sign,
    wan,
    year_money,
)
from tests.variants.holdout482.registry import variant
from tests.variants.kit import Book, day, mk, pct

SNOW = "雪垭县雪豹保护管理站"
ANTELOPE = "措果湖自然保护区管理局"


@variant("zx13-flat-station", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights add to 100, 0 on a poaching case count (correct)")  # fmt: skip
def zx13() -> Book:
    b, s = first_sheet()
    department_head(s, year=2025, dept=SNOW, budget=[(360, 330, 30, 210, 150)],
                    tasks=[("雪豹监测", "红外相机监测和个体识别", 90, "识别雪豹个体≥20只"),
                           ("日常巡护", "6个保护站日常巡护", 60, "巡护里程≥9000公里"),
                           ("金额合计", None, 150, None)],
                    goal="完成雪豹监测和日常巡护，保护区内无盗猎雪豹案件。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in (("雪豹个体识别数量", 20, "只", "≥", 20),
                 ("日常巡护里程", 20, "公里", "≥", 9000),
                 ("红外相机有效工作率", 15, "%", "≥", pct(0.9)),
                 ("盗猎雪豹案件发生数", 15, "起", "≤", 0),
                 ("巡护队员每人每月补助", 10, "万元/人·月", "≤", 0.2),
                 ("牧民保护知识知晓率", 10, "%", "≥", pct(0.8)),
                 ("社区牧民满意度", 10, "%", "≥", pct(0.9))):  # fmt: skip
        s.row(*line)
    return b


@variant("zx14-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a value whose unit conflicts with the unit column, weights adding "
         "to 95")  # fmt: skip
def zx14() -> Book:
    b, s = first_sheet()
    department_head(s, year=2025, dept=ANTELOPE, budget=[(520, 480, 40, 300, 220)],
                    tasks=[("藏羚羊迁徙监测", "迁徙通道和产羔地监测", 120, "监测点≥12处"),
                           ("反盗猎巡护", "联合巡查和日常巡护", 100, "巡护里程≥20000公里"),
                           ("金额合计", None, 220, None)],
                    goal="监测藏羚羊迁徙和产羔，开展反盗猎巡护。")  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+20+15+15+15+10=95，不是 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    for line in (("迁徙监测点数量", "≥12处", "正向", "处", 20),
                 ("反盗猎巡护里程", "≥20000公里", "正向", "公里", 20),
                 ("巡护车辆维修次数",
                  mk("≤12万元", "T112", "error", note="值的单位万元与计量单位列“次”不符"),
                  "反向", "次", 15),
                 ("监测数据上报及时率", "≥95%", "正向", "%", 15),
                 ("盗猎案件发生数", "≤1起", "反向", "起", 15),
                 ("周边牧户满意度", "≥90%", "正向", "%", 10)):  # fmt: skip
        s.row(*line)
    return b


@variant("zx15-station-money", (12,),
         "department, NAT-2021: budget and key tasks adding up, a note explaining that 金额合计 "
         "is 项目支出 only (correct)")  # fmt: skip
def zx15() -> Book:
    b, s = first_sheet()
    department_head(s, year=2025, dept=SNOW, budget=[(500, 440, 60, 320, 180)],
                    tasks=[("雪豹监测", "红外相机更新和数据分析", 80, "更新相机≥50台"),
                           ("巡护能力建设", "巡护队员培训和装备", 60, "培训≥200人次"),
                           ("社区共管", "牧民巡护员聘用", 40, "聘用牧民巡护员≥40人"),
                           ("金额合计", None, 180, None)],
                    goal="更新监测设备，培训巡护队伍，聘用牧民参与雪豹保护。")  # fmt: skip
    notes(s, "注：金额合计为项目支出180万元，不含基本支出320万元。")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "更新红外相机数量", "≥50台"),
        (None, None, "巡护队员培训人次", "≥200人次"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        ("成本指标", "经济成本指标", "牧民巡护员每人每年补助", "≤1万元/人"),
        ("效益指标", "生态效益指标", "雪豹监测覆盖面积", "≥1200平方公里"),
        (None, "社会效益指标", "牧民巡护员参与率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "牧民巡护员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zx16-station-money-wrong", (12, 6, 13),
         "department, NAT-2021: 资金总额 ≠ 财政拨款 + 其他资金, a tier-2 left from the template "
         "without indicator, a value without a name")  # fmt: skip
def zx16() -> Book:
    b, s = first_sheet()
    total = mk(420, "B101", "error", note="420 ≠ 380 + 30（基本 280 + 项目 140 = 420）")
    department_head(s, year=2025, dept=ANTELOPE, budget=[(total, 380, 30, 280, 140)],
                    tasks=[("产羔地巡护", "产羔期巡守和监测", 90, "巡守天数≥60天"),
                           ("救护放归", "救护站运行", 50, "救护≥30只"),
                           ("金额合计", None, 140, None)],
                    goal="守护藏羚羊产羔地，救护受伤个体。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "产羔期巡守天数", "≥60天"),
        (None, None, "救护藏羚羊数量", "≥30只"),
        (None, None, mk(None, "F110", "error", note="有指标值，没有三级指标名称"), "≥95%"),
        (None, "时效指标", "受伤个体送达时限", "≤24小时"),
        ("成本指标", "经济成本指标", "救护站每日运行成本", "≤0.1万元/天"),
        ("效益指标", mk("生态效益指标", "F109", "warning", row=True, note="模板行"), None, None),
        (None, "社会效益指标", "保护宣传覆盖牧户数", "≥500户"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zx17-notes-page-break", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a 说明 row inside the table, the "
         "header repeated after a page break, 填表说明, signature, prior-year fill date "
         "(correct)")  # fmt: skip
def zx17() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="雪豹与藏羚羊联合巡护项目",
                 dept="雪垭县林业和草原局 214007",
                 unit=SNOW, money=year_money(140, 120, 20),
                 goals=["组织雪豹栖息地和藏羚羊迁徙通道联合巡护。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "联合巡护里程", "≥10000公里"),
        (None, None, "联合巡护次数", "≥150次"),
        (None, "质量指标", "巡护轨迹完整率", "≥95%"),
        (None, "成本指标", "每公里巡护成本", "≤0.01万元/公里"),
    ])  # fmt: skip
    notes(s, "说明：巡护里程以巡护终端记录的轨迹为准，不含车辆往返保护站路程。", width=4)
    s.skip()
    indicators(s, head, [
        ("效益指标", "生态效益指标", "雪豹及藏羚羊盗猎案件发生数", "≤0起"),
        (None, "社会效益指标", "参与联合巡护牧民人数", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "参与牧民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值应量化；2.成本指标填单价上限；3.本表一式两份。")
    sign(s, "巴桑次仁", "0897-4631528", day(2024, 11, 28), boss="达瓦")
    return b


@variant("zx18-export-second-sheet", (7, 4),
         "budget-system export: 05-1 money sheet with codes in the first columns, the indicator "
         "table on sheet 05-2 under a title and a unit row, headers 考核指标 and 目标值（年度） "
         "and a 评价标准 scoring column (correct)")  # fmt: skip
def zx18() -> Book:
    b, s = first_sheet("部门项目支出预算05-1", (12, 22, 24, 26, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("318002", ANTELOPE, "54250025T000000031107", "藏羚羊迁徙监测巡护项目",
          wan(210), wan(190), wan(20))  # fmt: skip
    s.row("合计", None, None, None, wan(210), wan(190), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 24, 12, 16, 28, 16, 30))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：万元")
    head = ("单位编码", "项目名称", "一级指标", "二级指标", "考核指标", "目标值（年度）",
            "评价标准")  # fmt: skip
    code, name = "318002", "藏羚羊迁徙监测巡护项目"
    indicators(t, head, [
        (code, name, "产出指标", "数量指标", "迁徙监测点数量", "≥12处", "达到得满分"),
        (None, None, None, None, "监测巡护里程", "≥15000公里", "按完成比例得分"),
        (None, None, None, "质量指标", "监测记录合格率", "≥95%", "达到得满分"),
        (None, None, None, "成本指标", "每公里巡护成本", "≤0.01万元/公里", "超支不得分"),
        (None, None, "效益指标", "生态效益指标", "迁徙藏羚羊监测种群数量", "≥3000只",
         "按完成比例得分"),
        (None, None, "满意度指标", "服务对象满意度指标", "巡护队员满意度", "≥90%",
         "按调查结果得分"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b
