"""Department returns with flat weighted lists, tier-1 columns left unmerged and empty after
each block's first row with separate 比较符/计量单位/指标方向 columns, and 实施周期 beside
年度 (j13–j18)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout12.parts import basic_split, indicators, sign
from tests.variants.holdout12.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct

M = "#,##0.00"
FLAT = ("序号", "绩效指标", "指标值", "权重（%）")


@variant("j13-audit-flat-ok", (1, 3), "department: flat weighted list, 0.0% cells")
def audit_flat() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标表")
    department_head(
        s, year=2025, dept="鹭洲市审计局", filled=day(2024, 11, 11),
        budget=[(money(1860.50, M), money(1860.50, M), money(0, M), money(1480.50, M),
                 money(380.00, M))],
        goal="1.完成审计项目48个；\n2.审计发现问题整改率达到90%以上；\n3.审计报告按期出具。",
    )  # fmt: skip
    basic_split(s, money(1215.30, M), money(265.20, M))
    s.row("年度绩效指标", merge=[(1, 4)])
    s.row(*FLAT)
    s.table([
        (1, "完成审计项目数量", "≥48个", 20),
        (2, "审计发现问题整改率", ok(pct(0.9, "0.0%"), "warning"), 20),
        (3, "审计报告按期出具率", ok(pct(0.985, "0.0%"), "warning"), 15),
        (4, "审计项目计划完成率", ok(pct(1, "0.0%"), "warning"), 15),
        (5, "审计成果转化应用", "有效提升", 15),
        (6, "被审计单位满意度", "≥90%", 15),
        ("合计", None, None, 100),
    ])  # fmt: skip
    sign(s, "王一舟", "0592-5503 381", day(2024, 11, 11))
    return b


@variant("j14-offices-flat-weights", (1, 3), "department flat list: weights, rate errors")
def flat_weights() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2026, dept="鹭洲市机关事务管理局", filled=day(2025, 11, 17),
        budget=[(money(2640.00, M), money(2640.00, M), money(0, M), money(1840.00, M),
                 money(800.00, M))],
        goal="1.保障市级机关办公用房和公务用车运行；\n2.公共机构能耗持续下降；\n3.服务满意度不低于90%。",
    )  # fmt: skip
    basic_split(s, money(1320.00, M), money(520.00, M))
    b.file_mark("W101", "error", note="weights add to 95")
    s.row("年度绩效指标", merge=[(1, 4)])
    s.row(*FLAT)
    s.table([
        (1, "办公用房维修项目数量", "≥15个", 20),
        (2, "公务用车安全运行率", mk(pct(1.05), "T106", "error"), 20),
        (3, "维修项目验收合格率", mk("96", "T105", "error", alt=("T104",)), 15),
        (4, "单位建筑面积能耗下降幅度", "≥1%", 15),
        (5, "机关食堂食品安全", "零事故", 10),
        (6, "服务对象满意度", "≥90%", 15),
        ("合计", None, None, 95),
    ])  # fmt: skip
    return b


SPLIT = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向")


@variant("j15-sport-unmerged-ok", (5, 11), "department: tier-1 unmerged and empty, 比较符 column")
def sport_unmerged() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(14, 16, 30, 10, 12, 12, 12))
    department_head(
        s, year=2025, dept="青岚省体育局", filled=day(2024, 11, 26),
        budget=[(money(18420.00, M), money(15420.00, M), money(3000.00, M), money(6420.00, M),
                 money(12000.00, M))],
        tasks=[("全民健身设施建设", "新建健身路径和多功能运动场", money(5200.00, M), "设施覆盖"),
               ("竞技体育训练保障", "省队训练、参赛和科研医疗保障", money(5600.00, M), "成绩稳定"),
               ("体育赛事活动", "省级综合性运动会和群众赛事", money(1200.00, M), "赛事安全"),
               ("金额合计", None, money(12000.00, M), None)],
        goal="1.新建更新全民健身设施300处；\n2.举办省级以上赛事25项；\n3.经常参加体育锻炼人数比例达到40%。",
    )  # fmt: skip
    basic_split(s, money(4980.00, M), money(1440.00, M))
    s.row("年度绩效指标")
    s.row(*SPLIT)
    s.table([
        ("产出指标", "数量指标", "新建更新全民健身设施", "≥", 300, "处", "正向"),
        (None, "数量指标", "举办省级以上体育赛事", "≥", 25, "项", "正向"),
        (None, "质量指标", "健身设施验收合格率", ok("=", "warning"), 100, "%", "正向"),
        (None, "时效指标", "设施建设完成时限", "≤", 11, "个月", "反向"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥", 40, "%", "正向"),
        (None, "社会效益指标", "赛事安全责任事故", "=", 0, "起", "反向"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥", 90, "%", "正向"),
    ])  # fmt: skip
    return b


@variant("j16-veterans-unmerged", (5, 11), "department unmerged: wrong tier-1, reversed operator")
def veterans_unmerged() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(14, 16, 30, 10, 12, 12, 12))
    department_head(
        s, year=2026, dept="青岚省退役军人事务厅", filled=day(2025, 11, 24),
        budget=[(money(7450.00, M), money(7450.00, M), money(0, M), money(2450.00, M),
                 money(5000.00, M))],
        tasks=[("退役军人就业创业", "适应性培训和就业创业补贴", money(2100.00, M), "就业率提升"),
               ("优抚对象服务保障", "优抚对象短期疗养和医疗补助", money(2900.00, M), "应保尽保"),
               ("金额合计", None, money(5000.00, M), None)],
        goal="1.组织退役军人适应性培训6000人次；\n2.退役军人就业率达到90%；\n3.信访事项及时受理。",
    )  # fmt: skip
    basic_split(s, money(1860.00, M), money(590.00, M))
    s.row("年度绩效指标")
    s.row(*SPLIT)
    s.table([
        ("产出指标", "数量指标", "适应性培训人次", "≥", 6000, "人次", "正向"),
        (None, "质量指标", "补助资金发放准确率", ok("=", "warning"), 100, "%", "正向"),
        (None, mk("社会效益指标", "F105", "error", alt=("F104",)), "退役军人就业率",
         "≥", 90, "%", "正向"),
        ("效益指标", "社会效益指标", "信访事项按期办结率", "≥", 95, "%", "正向"),
        (None, "社会效益指标", "重复信访率", mk("≥", "T108", "warning", row=True), 3, "%", "反向"),
        ("满意度指标", "服务对象满意度指标", "退役军人满意度", "≥", 90, "%", "正向"),
    ])  # fmt: skip
    return b


PERIOD = ("一级指标", "二级指标", "三级指标", "实施周期（2025—2027年）指标值", "2025年度指标值")


@variant("j17-culture-period-ok", (8, 12), "department: 实施周期 and 年度 values, 成本 tier-1")
def culture_period() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(14, 18, 30, 20, 18, 10))
    department_head(
        s, year=2025, dept="鹭洲市文化广电旅游局", filled=day(2024, 11, 5),
        budget=[(money(9680.00, M), money(9280.00, M), money(400.00, M), money(3680.00, M),
                 money(6000.00, M))],
        tasks=[("公共文化服务", "送戏下乡、公共图书馆和文化馆免费开放", money(3600.00, M),
                "免费开放常态化"),
               ("文物保护", "市级文物保护单位修缮", money(1600.00, M), "文物安全"),
               ("文旅市场监管", "文旅市场执法检查", money(800.00, M), "市场秩序良好"),
               ("金额合计", None, money(6000.00, M), None)],
        goal="1.三年内开展送戏下乡演出900场，2025年300场；\n2.完成市级文物保护单位修缮6处；\n"
             "3.文旅市场秩序持续向好，群众满意度不低于90%。",
    )  # fmt: skip
    basic_split(s, money(2900.00, M), money(780.00, M))
    indicators(s, [
        ("产出指标", "数量指标", "送戏下乡演出场次", "≥900场", "≥300场"),
        (None, None, "市级文物保护单位修缮数量", "6处", "2处"),
        (None, "质量指标", "修缮工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度修缮任务完成时间", "2027年底前", "2025年12月底前"),
        ("成本指标", "经济成本指标", "送戏下乡场均成本", "≤3万元/场", "≤3万元/场"),
        ("效益指标", "社会效益指标", "公共文化设施免费开放率", "100%", "100%"),
        (None, "可持续影响指标", "文物保护长效机制", "逐步健全", "逐步健全"),
        ("满意度指标", "服务对象满意度指标", "群众文化活动满意度", "≥90%", "≥90%"),
    ], head=PERIOD)  # fmt: skip
    return b


@variant("j18-agriculture-period", (8, 12), "department: 中期 copied into 年度, total ≠ parts")
def agriculture_period() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(14, 18, 30, 20, 18, 10))
    department_head(
        s, year=2025, dept="鹭洲市农业农村局", filled=day(2024, 11, 6),
        budget=[(mk(money(7300.00, M), "B101", "error", alt=("B102",),
                    note="6900 + 300 = 7200"), money(6900.00, M), money(300.00, M),
                 money(2300.00, M), money(5000.00, M))],
        tasks=[("高标准农田建设", "新建高标准农田", money(3200.00, M), "完成建设任务"),
               ("乡村振兴示范村创建", "示范村基础设施和人居环境", money(1800.00, M), "示范带动"),
               ("金额合计", None, money(5000.00, M), None)],
        goal="1.三年新建高标准农田6万亩；\n2.三年创建乡村振兴示范村30个；\n3.粮食播种面积保持稳定。",
    )  # fmt: skip
    basic_split(s, money(1760.00, M), money(540.00, M))
    indicators(s, [
        ("产出指标", "数量指标", "新建高标准农田面积", "6万亩", "2万亩"),
        (None, None, "创建乡村振兴示范村数量", "30个",
         mk("30个", "D202", "warning", alt=("D201",))),
        (None, "质量指标", "高标准农田验收合格率", "100%", "100%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年底前", "2025年12月底前"),
        ("效益指标", "经济效益指标", "项目区亩均粮食产能提高", "≥100公斤", "≥50公斤"),
        (None, "社会效益指标", "粮食播种面积", "保持稳定", "保持稳定"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%"),
    ], head=PERIOD)  # fmt: skip
    return b
