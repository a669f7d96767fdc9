"""Pipe-network replacement in old compounds (老旧管网改造): kas07–kas12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout711.common import (
    DEPT,
    HEAD4,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout711.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
WATER = "柘湾区供排水事务中心"


@variant("kas07-pipe-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), a "
         "typed percent, a change in 百分点, 0起 on incidents, weights add to 100 "
         "(correct)")  # fmt: skip
def pipe_flat() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=WATER,
                    budget=[(wan(1460), wan(1400), wan(60), wan(260), wan(1200))],
                    goal="改造老旧小区供水管网18公里、燃气立管1200户，"
                         "管网漏损率比上年下降2个百分点。")  # fmt: skip
    s.row("年度绩效指标")
    s.row(*FLAT)
    for line in [
        ("老旧小区供水管网改造长度", 20, "公里", "≥", 18),
        ("燃气立管更换户数", 15, "户", "≥", 1200),
        ("改造管道水压试验合格率", 15, "%", "=", pct(1.0)),
        ("改造工程按期完工率", 10, "%", "≥", pct(0.95)),
        ("供水管网漏损率", 10, "%", "≤", 9),
        ("管网漏损率比上年降低", 10, "百分点", "≥", 2),
        ("改造期间燃气安全事故", 10, "起", "=", 0),
        ("改造小区居民满意度", 10, "%", "≥", 90),
    ]:  # fmt: skip
        s.row(*line)
    return b


@variant("kas08-pipe-flat-defects", (3,),
         "department, flat list: weights add to 95, one indicator twice with different values, a "
         "leftover 2024 indicator")  # fmt: skip
def pipe_flat_defects() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="鹭汀县供水排水管理所",
                    budget=[(wan(980), wan(900), wan(80), wan(180), wan(800))],
                    goal="改造老旧小区供水管网15公里，推进雨污分流，降低管网漏损。")  # fmt: skip
    s.row("年度绩效指标")
    s.row(*FLAT)
    for line in [
        ("老旧供水管网改造长度", 20, "公里", "≥", 15),
        ("雨污分流改造小区数", 15, "个", "≥", 8),
        ("改造管道水压试验合格率", 15, "%", "=", 100),
        ("改造老旧供水管网长度", 10, "公里", "≥",
         mk(18, "D102", "error", row=True, alt=("D103", "D101"),
            note="与第一行同一指标（语序不同），却是18公里对15公里")),
        (mk("2024年雨污分流完成小区数", "Y103", "warning", row=True, alt=("Y101",),
            note="2025年的表里出现上年（2024年）的指标"), 10, "个", "≥", 6),
        ("供水管网漏损率", 15, "%", "≤", 10),
        ("改造小区居民满意度", 10, "%", "≥", 90),
    ]:  # fmt: skip
        s.row(*line)
    b.file_mark("W101", "error", note="权重合计 20+15+15+10+10+15+10 = 95，不是100")
    return b


@variant("kas09-pipe-detail", (4, 12),
         "project, OLD-NAT, budget detail lines under the table adding up, a footnote explaining "
         "the total, signature and a fill date in the year before (correct)")  # fmt: skip
def pipe_detail() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="桐舍片区老旧小区供水管网改造", dept=DEPT, unit=WATER,
                 money=one_year(wan(960), wan(900), wan(60)),
                 goals=["改造桐舍片区老旧小区供水管网18公里（其中主管6公里、支管12公里），"
                        "同步实施雨污分流改造4个小区。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "供水管网改造长度", "≥18公里"),
        (None, None, "雨污分流改造小区数", "≥4个"),
        (None, "质量指标", "管道水压试验合格率", "100%"),
        (None, "时效指标", "主体工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "供水管网改造单位成本", "≤40万元/公里"),
        ("效益指标", "社会效益指标", "改造小区停水投诉下降率", "≥50%"),
        (None, "可持续影响指标", "改造管网移交运维率", "100%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", "供水管网改造（18公里×40万元）", wan(720))
    s.row(None, "雨污分流改造（4个小区）", wan(180))
    s.row(None, "设计、监理及检测", wan(60))
    s.row(None, "合计", wan(960))
    notes(s, "注：1.年度资金960万元含上年结转60万元，列入“其他资金”。",
          "2.供水管网改造单位成本按区造价站2024年指导价测算。")  # fmt: skip
    sign(s, "杜承骁", "0759-6630715", day(YEAR - 1, 11, 12))
    return b


@variant("kas10-pipe-detail-wrong", (12,),
         "project, OLD-NAT, detail lines not adding to their 合计, a unit cost × length above the "
         "money, a rate under 数量")  # fmt: skip
def pipe_detail_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="柘东片区老旧小区燃气管道更新", dept=DEPT,
                 unit="柘湾区燃气安全服务站", money=one_year(wan(980), wan(900), wan(80)),
                 goals=["更新柘东片区老旧小区燃气庭院管道24公里，"
                        "更换燃气立管1500户。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "燃气庭院管道更新长度", "≥24公里"),
        (None, None, "燃气立管更换户数", "≥1500户"),
        (None, None, mk("管道气密性试验合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在数量指标下"), "100%"),
        (None, "时效指标", "年度更新任务按期完成率", "≥95%"),
        (None, "成本指标", "燃气管道更新单位成本",
         mk("≤45万元/公里", "B107", "warning", row=True,
            note="45万元/公里 × 24公里 = 1080万元，超过年度资金980万元")),
        ("效益指标", "社会效益指标", "燃气泄漏报警下降率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", "燃气庭院管道更新", wan(620))
    s.row(None, "燃气立管更换", wan(260))
    s.row(None, "设计、监理及检测", wan(70))
    s.row(None, "合计", mk(wan(980), "B102", "error", row=True,
                         note="620 + 260 + 70 = 950，不是980"))  # fmt: skip
    return b


@variant("kas11-pipe-export", (7, 9),
         "budget-system export: head on sheet 05-1, indicators on sheet 05-2 under 预期实现值 "
         "with codes in the first columns, =100% kept as text (correct)")  # fmt: skip
def pipe_export() -> Book:
    b, s = book("部门项目支出预算05-1")
    project_head(s, year=YEAR, name="老旧小区排水管网雨污分流改造", dept=DEPT, unit=WATER,
                 money=one_year(wan(540), wan(500), wan(40)),
                 goals=["完成6个老旧小区排水管网雨污分流改造，新建污水管道9公里。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", widths=(16, 26, 14, 16, 28, 16))
    t.row("柘湾区住房和城乡建设局项目支出绩效目标", merge=[(1, 6)])
    t.row("单位：柘湾区供排水事务中心", None, None, None, None, "金额单位：万元")
    name = "老旧小区排水管网雨污分流改造"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("317004250118", name, "产出指标", "数量指标", "雨污分流改造小区数", "≥6个"),
        ("317004250118", name, None, None, "新建污水管道长度", "≥9公里"),
        ("317004250118", name, None, "质量指标", "管道闭水试验合格率", "=100%"),
        ("317004250118", name, None, "时效指标", "工程完工时间", "2025年10月31日前"),
        ("317004250118", name, "成本指标", "经济成本指标", "污水管道单位造价", "≤55万元/公里"),
        ("317004250118", name, "效益指标", "生态效益指标", "改造小区污水收集率", "≥95%"),
        ("317004250118", name, "满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("kas12-pipe-marked-tiers", (5, 11),
         "project, OLD-NAT, tier labels with ★ and * and abbreviated, operators in words: a "
         "反向 rate with 大于等于, an end date past the one-year period")  # fmt: skip
def pipe_marked_tiers() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="鹭汀县城老旧小区供水管网更新", dept="鹭汀县住房和城乡建设局",
                 unit="鹭汀县供水排水管理所", money=one_year(wan(640), wan(600), wan(40)),
                 end=mk(day(2026, 6, 30), "Y102", "error", alt=("Y101",),
                        note="项目期1年（2025年），计划完成日期却是2026年6月30日"),
                 goals=["更新县城老旧小区供水管网12公里，管网漏损率控制在12%以内。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("★产出指标", "*数量", "供水管网更新长度", "大于等于", 12, "公里"),
        (None, "*质量", "管道水压试验合格率", "等于", 100, "%"),
        (None, "时效", "年度更新任务按期完成率", "大于等于", 95, "%"),
        (None, "成本", "供水管网更新单位成本", "小于等于", 50, "万元/公里"),
        ("★效益指标", "社会效益", "供水管网漏损率",
         mk("大于等于", "T108", "warning", row=True, note="漏损率是反向指标，应为小于等于"),
         12, "%"),
        ("★满意度指标", "服务对象满意度", "居民满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b
