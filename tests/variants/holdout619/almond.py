"""巴旦木 (almond) workshops and orchards of 塔木齐县: fe07–fe12."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout619.common import (
    FARM,
    WIDTHS,
    YEAR,
    indicators,
    note,
    one_year,
    project,
    wan,
)
from tests.variants.holdout619.common import (
    book as new_book,
)
from tests.variants.holdout619.registry import variant
from tests.variants.kit import Book, mk, money, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
FLAT2 = ("指标名称", "指标值", "计量单位", "权重")
POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
SHORT = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("fe07-almond-dept-points", (5, 10, 12), "department, NAT-2021, numbered tier labels "
         "with points, indicator scores (100 both ways), 百分点 (correct)")  # fmt: skip
def dept_points() -> Book:
    b, s = new_book("部门整体")
    department_head(s, year=YEAR, dept="塔木齐县林业和草原局",
                    budget=[(money(860), money(800), money(60), money(340), money(520))],
                    tasks=[("巴旦木提质增效", "低产园嫁接改良", money(300), "改良3000亩"),
                           ("病虫害统防统治", "飞防及物理防控", money(120), "防治8万亩"),
                           ("林果技术服务", "技术培训及指导", money(100), "培训40场"),
                           ("金额合计", None, money(520), None)],
                    goal="完成巴旦木低产园嫁接改良3000亩（其中库尔巴格乡1800亩、"
                         "阿依墩乡1200亩），统防统治病虫害8万亩，开展技术培训40场。")  # fmt: skip
    indicators(s, POINTS, [
        ("一、产出指标（50分）", "（一）数量指标", "低产园嫁接改良面积", "≥3000亩", 15),
        (None, None, "病虫害统防统治面积", "≥8万亩", 10),
        (None, None, "林果技术培训场次", "≥40场", 10),
        (None, "（二）质量指标", "嫁接成活率", pct(0.9), 10),
        (None, "（三）时效指标", "嫁接改良完成时间", "2025年5月31日前", 5),
        ("二、效益指标（30分）", "（一）经济效益指标", "巴旦木亩均增产率", "≥12%", 10),
        (None, "（二）生态效益指标", "农药使用量下降率", "≥10%", 10),
        (None, "（三）可持续影响指标", "优质果率", "提高≥5百分点", 10),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "果农满意度", "≥90%", 10),
        ("四、成本指标（10分）", "（一）经济成本指标", "嫁接改良补助标准", "≤0.1万元/亩", 10),
    ])  # fmt: skip
    return b


@variant("fe08-almond-dept-tasks", (12,), "department, NAT-2021: tasks not adding to 金额合计, "
         "a purchase count below the goal's, a satisfaction rate under 社会效益")  # fmt: skip
def dept_tasks() -> Book:
    b, s = new_book("部门整体")
    total = mk(money(270), "B102", "error", note="150 + 80 + 50 = 280，金额合计写270")
    department_head(s, year=YEAR, dept="塔木齐县供销合作社联合社",
                    budget=[(money(420), money(390), money(30), money(150), money(270))],
                    tasks=[("巴旦木收购", "保护价收购农户巴旦木", money(150), "收购3000吨"),
                           ("破壳加工线运维", "两条破壳线运行维护", money(80), "加工2000吨"),
                           ("电商销售平台", "线上店铺及物流补贴", money(50), "销售500吨"),
                           ("金额合计", None, total, None)],
                    goal="收购农户巴旦木3000吨，破壳加工2000吨，"
                         "线上销售巴旦木仁500吨。")  # fmt: skip
    indicators(s, SHORT, [
        ("成本指标", "经济成本指标", "吨均破壳加工费用", "≤400元/吨"),
        ("产出指标", "数量指标", "巴旦木收购量",
         mk("≥2500吨", "D104", "warning", note="年度总体目标与任务写收购3000吨")),
        (None, None, "破壳加工量", "≥2000吨"),
        (None, None, "线上销售巴旦木仁数量", "≥500吨"),
        (None, "质量指标", "巴旦木仁分级合格率", "≥95%"),
        (None, "时效指标", "收购款兑付时间", "≤15个工作日"),
        ("效益指标", "经济效益指标", "带动农户户均增收", "≥1500元"),
        (None, "社会效益指标", mk("电商客户满意度", "F201", "warning", row=True,
                                   note="满意度指标填在社会效益指标下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "交售农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fe09-almond-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percents, weights 100 (correct)")  # fmt: skip
def flat() -> Book:
    b, s = new_book()
    department_head(s, year=YEAR, dept="塔木齐县巴旦木产业发展服务中心",
                    budget=[(money(210), money(200), money(10), money(90), money(120))],
                    goal="繁育巴旦木良种苗木30万株，培训果农1500人次，"
                         "苗木出圃合格率95%以上。")  # fmt: skip
    s.row("年度绩效指标")
    s.row(*FLAT)
    s.table([
        ("巴旦木良种苗木繁育数量", 20, "万株", "≥", 30),
        ("果农技术培训人次", 15, "人次", "≥", 1500),
        ("苗木出圃合格率", 15, "%", "≥", pct(0.95)),
        ("苗圃病虫害发生率", 10, "%", "≤", pct(0.05)),
        ("苗木繁育补助标准", 10, "元/株", "≤", 3),
        ("种植户亩均增收", 15, "元", "≥", 400),
        ("果农满意度", 15, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    note(s, "说明：权重合计100；苗木繁育补助90万元（30万株×3元/株）列项目支出。")
    return b


@variant("fe10-almond-flat-dup", (3,), "department, flat list in another order (指标名称 · "
         "指标值 · 计量单位 · 权重): one indicator twice, weights adding to 95")  # fmt: skip
def flat_dup() -> Book:
    b, s = new_book()
    department_head(s, year=YEAR, dept="阿依墩乡巴旦木专业合作社联合社",
                    budget=[(money(96), money(80), money(16), money(36), money(60))],
                    goal="购置巴旦木破壳机12台，吸收入社农户450户，"
                         "社员人均分红1200元以上。")  # fmt: skip
    s.row("年度绩效指标")
    s.row(*FLAT2)
    s.table([
        ("巴旦木破壳机购置数量", "≥12", "台", 15),
        ("合作社入社农户数", "≥450", "户", 15),
        ("巴旦木仁分级合格率", "≥95%", "%", 15),
        ("破壳机购置数量", mk("≥10", "D102", "error", row=True, alt=("D103", "D101", "D104"),
                             note="与第一行是同一指标，少“巴旦木”三字，值不同"), "台", 10),
        ("巴旦木加工损耗率", "≤3%", "%", 10),
        ("社员人均分红", "≥1200", "元", 15),
        ("社员满意度", "≥90%", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+15+15+10+10+15+15 = 95，不是100")
    return b


@variant("fe11-almond-export", (7,), "budget-system export: sheets 05-1 and 05-2, codes in the "
         "first columns, header on the third row, 指标内容 and 绩效标准 (correct)")  # fmt: skip
def export() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", WIDTHS)
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：塔木齐县农业技术推广站", None, None, None, "金额单位：万元")
    s.row("单位代码", "项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("322006", "652918250014", "巴旦木水肥一体化示范项目", wan(95), wan(80), wan(15))
    s.row("年度绩效目标", None, "建设巴旦木水肥一体化示范点5个，示范面积1500亩，"
          "亩均灌溉用水下降20%以上。", merge=[(1, 2), (3, 6)])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 14, 16, 30, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：塔木齐县农业技术推广站", None, None, None, "项目：巴旦木水肥一体化示范项目")
    t.row("单位代码", "项目代码", "一级指标", "二级指标", "指标内容", "绩效标准")
    code = ("322006", "652918250014")
    t.table([
        (*code, "成本指标", "经济成本指标", "水肥一体化设备亩均投入", "≤0.05万元/亩"),
        (*code, "产出指标", "数量指标", "水肥一体化示范面积", "≥1500亩"),
        (*code, None, None, "示范点建设数量", "≥5个"),
        (*code, None, "质量指标", "设备安装验收合格率", "≥98%"),
        (*code, None, "时效指标", "设备安装完成时间", "2025年4月30日前"),
        (*code, "效益指标", "经济效益指标", "示范园亩均增产率", "≥10%"),
        (*code, None, "生态效益指标", "亩均灌溉用水下降率", "≥20%"),
        (*code, "满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("fe12-almond-wrong-tier", (5, 12), "project, NAT-2021, abbreviated tier labels: a "
         "count under 质量, a 合格率 under 时效, a standard × area above the money")  # fmt: skip
def wrong_tier() -> Book:
    b, s = new_book()
    project(s, "阿依墩乡巴旦木老果园嫁接改良项目", "阿依墩乡农业（畜牧业）发展服务中心",
            one_year(wan(100), wan(80), wan(20)),
            ["嫁接改良巴旦木老果园1000亩，采集优质接穗50万条，嫁接成活率90%以上。"],
            dept=FARM)  # fmt: skip
    indicators(s, SHORT, [
        ("成本", "经济成本", "嫁接改良补助标准",
         mk("≤0.15万元/亩", "B107", "warning", row=True,
            note="0.15万元×1000亩=150万元，超过年度资金100万元")),
        ("产出", "数量", "老果园嫁接改良面积", "≥1000亩"),
        (None, "质量", mk("优质接穗采集数量", "F201", "warning", row=True,
                         note="数量指标填在质量下"), "≥50万条"),
        (None, None, "嫁接成活率", "≥90%"),
        (None, "时效", mk("嫁接技术规程执行合格率", "F201", "warning", row=True,
                         note="合格率是质量指标，填在时效下"), "≥95%"),
        (None, None, "嫁接完成时间", "2025年5月20日前"),
        ("效益", "社会效益", "带动果农增收户数", "≥600户"),
        (None, "生态效益", "果园病虫害发生率", "≤8%"),
        ("满意度", "服务对象满意度", "果农满意度", "≥90%"),
    ])  # fmt: skip
    return b
