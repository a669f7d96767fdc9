"""Returns wg01–wg06: tea-art training (茶艺培训): percentages typed in Excel, flat department
lists, tier labels with points at two levels."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout387.common import annual, book, indicators, notes, sign
from tests.variants.holdout387.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
FLAT_DIR = ("指标名称", "指标值", "指标性质", "计量单位", "权重")


@variant("wg01-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percentages typed in Excel, "
         "万元 in the number format (correct)")  # fmt: skip
def wg01() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="乡村茶艺师技能培训项目", dept="蘅塘区人力资源和社会保障局（214）",
        unit="蘅塘区职业技能培训中心", money=annual(48, 40, 8),
        goals=["全年开展初级、中级茶艺师技能培训8期，培训学员320人，"
               "结业考核合格率不低于90%，带动学员就业创业。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "培训期数", "≥", 8, "期"),
        (None, None, "培训学员人数", "≥", 320, "人"),
        (None, "质量指标", "结业考核合格率", "≥", pct(0.9), "%"),
        (None, None, "职业技能等级证书取得率", "≥", pct(0.85), "%"),
        (None, "时效指标", "按计划开班率", "=", pct(1), "%"),
        (None, None, "培训补贴拨付时限", "≤", 15, "工作日"),
        (None, "成本指标", "人均培训成本", "≤", 1500, "元/人"),
        ("效益指标", "社会效益指标", "结业学员就业创业率", "≥", pct(0.6), "%"),
        (None, "可持续影响指标", "学员跟踪服务期", "≥", 1, "年"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "闵清禾", "0735-6283417", day(2025, 1, 10))
    return b


@variant("wg02-percent-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns: a typed percent over 100, a rate given "
         "as a count, money parts not adding up to the annual total")  # fmt: skip
def wg02() -> Book:
    b, s = book()
    total = mk(money(36, WAN), "B101", "error", row=True,
               note="财政拨款 30 + 其他资金 4 = 34，不等于年度资金总额 36")  # fmt: skip
    project_head(
        s, year=2025, name="茶叶加工与茶艺从业人员培训项目", dept="渌峰县农业农村局（305）",
        unit="渌峰县茶产业发展中心", money=annual(total, 30, 4),
        goals=["培训茶叶加工和茶艺从业人员280人，提升茶叶加工技能和茶艺服务水平。"],
    )  # fmt: skip
    over = mk(pct(1.05), "T106", "error", row=True, note="合格率显示为 105%，超过 100% 上限")
    count = mk(120, "T105", "error", row=True, note="取证率给的是人数 120 人，不是百分比")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "培训从业人员人数", "≥", 280, "人"),
        (None, None, "实操培训课时", "≥", 96, "课时"),
        (None, "质量指标", "茶叶加工技能考核合格率", "≥", over, "%"),
        (None, None, "茶艺师资格取证率", "≥", count, "人"),
        (None, "时效指标", "培训任务完成及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "人均培训成本", "≤", 1200, "元/人"),
        ("效益指标", "经济效益指标", "参训人员人均年增收", "≥", 2000, "元"),
        (None, "社会效益指标", "茶叶加工标准化操作普及率", "≥", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "蔺书茵", "0736-5521908", day(2025, 1, 15))
    return b


@variant("wg03-flat-department", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值) "
         "with a 合计 row, weights add to 100 (correct)")  # fmt: skip
def wg03() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="渌峰县茶产业发展中心",
        budget=[(money(260), money(230), money(30), money(180), money(80))],
        goal="围绕茶产业人才培养和茶文化普及，全年培训茶艺学员240人，茶文化进校园覆盖中小学12所。",
        tasks=[("茶艺技能培训", "开展初级、中级茶艺培训6期", money(45), "培训茶艺学员240人"),
               ("茶文化进校园", "在中小学开设茶文化课堂", money(35), "覆盖中小学12所"),
               ("金额合计", None, money(80), None)],
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, FLAT, [
        ("茶艺培训学员人数", 15, "人", "≥", 240),
        ("茶艺培训期数", 10, "期", "≥", 6),
        ("茶文化进校园覆盖学校数", 15, "所", "≥", 12),
        ("培训结业合格率", 15, "%", "≥", 90),
        ("茶叶质量投诉量下降率", 15, "%", "≥", 10),
        ("培训及活动安全事故", 10, "起", "≤", 0),
        ("服务对象满意度", 20, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ], merged=())  # fmt: skip
    sign(s, "褚若岚", "0735-7710264", day(2024, 11, 20))
    return b


@variant("wg04-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 85")  # fmt: skip
def wg04() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="岫川市茶文化研究中心",
        budget=[(money(180), money(150), money(30), money(130), money(50))],
        goal="举办茶文化讲座20场、茶艺展演12场，开发茶文化研学线路4条。",
        tasks=[("茶文化讲座", "面向市民举办茶文化系列讲座", money(20), "举办讲座20场"),
               ("茶艺展演", "组织茶艺队进景区、进社区展演", money(18), "展演12场"),
               ("研学线路开发", "开发茶园茶厂研学线路", money(12), "开发线路4条"),
               ("金额合计", None, money(50), None)],
    )  # fmt: skip
    unit = mk("≥3000场", "T112", "error", row=True, note="值中的“场”与计量单位列“人次”不一致")
    rate = mk("≥2%", "T108", "warning", row=True, note="投诉率是反向指标，应为 ≤2%")
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, FLAT_DIR, [
        ("茶文化讲座场次", "≥20场", "正向", "场", 15),
        ("茶艺展演场次", "≥12场", "正向", "场", 15),
        ("茶艺展演观众人次", unit, "正向", "人次", 15),
        ("茶事活动投诉率", rate, "反向", "%", 10),
        ("茶文化研学线路数", "≥4条", "正向", "条", 10),
        ("活动参与群众满意度", "≥90%", "正向", "%", 20),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+15+15+10+10+20 = 85，不是 100")
    sign(s, "郁知禾", "0871-6604352", day(2024, 12, 2))
    return b


@variant("wg05-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, （一）, 1.) "
         "and an indicator points column, a rate raised in 百分点 (correct)")  # fmt: skip
def wg05() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="茶艺非遗传承人才培养项目", dept="岫川市文化广电和旅游局（402）",
        unit="岫川市非物质文化遗产保护中心", money=annual(60, 50, 10),
        goals=["培养茶艺非遗传承人才60人，开设技艺传习课程48课时，提升非遗茶艺传承能力。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.传承人才培训人数", "≥60人", 10),
        (None, None, "2.技艺传习课程课时", "≥48课时", 10),
        (None, "（二）质量指标", "3.结业考核合格率", "≥90%", 10),
        (None, "（三）时效指标", "4.培训计划按期完成率", "100%", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.人均培养成本", "≤10000元/人", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.学员持证率较上年提高", "≥3百分点", 10),
        (None, None, "7.非遗茶艺公众知晓率", "≥80%", 10),
        (None, "（二）可持续影响指标", "8.传习基地持续运行年限", "≥3年", 10),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "9.学员满意度", "≥90%", 10),
        (None, None, "10.带教传承人满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "注：分值合计100分，各一级指标分值见标签括号，与其下各指标分值之和一致。")
    sign(s, "郁知禾", "0871-6604352", day(2025, 2, 18))
    return b


@variant("wg06-tier-points-wrong", (5, 10),
         "project, NAT-2021, tier-1 score column and indicator score column: 产出 declared 40 "
         "over indicators worth 30, a 时效指标 under 效益指标")  # fmt: skip
def wg06() -> Book:
    b, s = book(widths=(14, 10, 18, 28, 16, 12))
    project_head(
        s, year=2025, name="茶叶评审员与茶艺师职业技能提升项目",
        dept="渌峰县人力资源和社会保障局（307）", unit="渌峰县技工学校",
        money=annual(42, 36, 6),
        goals=["培训茶叶评审员100人、茶艺师200人，提升茶产业从业人员职业技能。"],
    )  # fmt: skip
    tier = mk(40, "W103", "error", note="产出指标声明 40 分，其下指标分值 10+10+10 = 30")
    wrong = mk("时效指标", "F105", "error", note="时效指标属于产出指标，却填在效益指标之下")
    indicators(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", tier, "数量指标", "茶叶评审员培训人数", "≥100人", 10),
        (None, None, None, "茶艺师培训人数", "≥200人", 10),
        (None, None, "质量指标", "职业技能鉴定通过率", "≥85%", 10),
        ("成本指标", 10, "经济成本指标", "人均培训补贴标准", "≤1400元/人", 10),
        ("效益指标", 30, "社会效益指标", "茶园标准化生产覆盖率提高", "≥5百分点", 10),
        (None, None, wrong, "培训结业证书发放及时率", "≥95%", 10),
        (None, None, "可持续影响指标", "培训成果持续应用年限", "≥3年", 10),
        ("满意度指标", 20, "服务对象满意度指标", "参训学员满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="分值合计 90 与一级分值合计 100 不符：同一处错误的后果，容忍")  # fmt: skip
    sign(s, "闵清禾", "0736-5521377", day(2025, 1, 22))
    return b
