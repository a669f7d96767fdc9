"""Returns zv01–zv06: fishery-solar power stations built over fish ponds (project forms)."""

from __future__ import annotations

from tests.variants.holdout480.common import (
    IND,
    book,
    indicators,
    multi_year,
    one_year,
    project,
    wan,
)
from tests.variants.holdout480.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "澄湾县鹭汀镇人民政府"


@variant("zv01-pond-retrofit-percent", (1, 7), "project, NAT-2021, 指标性质 holding the operator, "
         "unit column, typed percent cells, 万元 in the number format (correct)")  # fmt: skip
def pond_retrofit_percent() -> Book:
    b, s = book()
    goal = "完成光伏板下鱼塘配套改造，电站全年稳定并网，养殖尾水达标排放。"
    project(s, "鹭汀镇渔光互补电站塘口配套改造项目", UNIT, one_year(wan(860), wan(600), wan(260)),
            [goal])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "光伏板下鱼塘改造面积", "≥", 1200, "亩"),
        (None, "质量指标", "塘口改造验收合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "改造完工时间", "≤", day(2025, 10, 31), None),
        ("成本指标", "经济成本指标", "塘口改造单位成本", "≤", 0.5, "万元/亩"),
        ("效益指标", "经济效益指标", "电站年上网电量", "≥", 2800, "万千瓦时"),
        (None, "生态效益指标", "养殖用药量下降率", "≥", pct(0.1), "%"),
        (None, "社会效益指标", "带动养殖户户数", "≥", 150, "户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("zv02-bracket-words-direction", (1, 11), "project, OLD-NAT, operators in words in their "
         "own column: a 反向 rate with 大于等于, a typed 105% pass rate, "
         "a rate given as 万尾")  # fmt: skip
def bracket_words_direction() -> Book:
    b, s = book()
    goal = "完成蒲荡村800亩水面光伏支架安装，光伏板下鱼苗投放与养殖同步推进。"
    project(s, "蒲荡村水面光伏支架及板下养殖项目", UNIT, one_year(wan(520), wan(400), wan(120)),
            [goal])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    over = mk(pct(1.05), "T106", "error", note="a pass rate cannot exceed 100 %")
    wrong = mk("大于等于", "T108", "warning", row=True,
               note="不达标率 is 反向: 大于等于 5 rewards worse water")  # fmt: skip
    count = mk(12, "T105", "error", row=True, note="成活率 given as 12万尾, not a percentage")
    indicators(s, [
        ("产出指标", "数量指标", "水面光伏支架安装面积", "大于等于", 800, "亩"),
        (None, "质量指标", "光伏组件清洗合格率", "大于等于", over, "%"),
        (None, None, "鱼苗投放成活率", "大于等于", count, "万尾"),
        (None, "时效指标", "并网发电时间", "小于等于", day(2025, 9, 30), None),
        (None, "成本指标", "支架防腐处理单价", "小于等于", 0.3, "万元/亩"),
        ("效益指标", "经济效益指标", "养殖户水面租金年收入", "大于等于", 96, "万元"),
        (None, "生态效益指标", "塘水溶解氧不达标率", wrong, 5, "%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("zv03-three-year-base", (8,), "three-year project, NAT-2021, 中期 and 年度 value columns: "
         "counts a third of the period, rates and unit costs equal in both (correct)")  # fmt: skip
def three_year_base() -> Book:
    b, s = book()
    goals = ("2025—2027年建成3000亩渔光互补示范基地，形成板上发电、板下养鱼的长效运维机制。",
             "2025年建成1000亩示范基地，改造标准化塘口150个，尾水处理达标。")  # fmt: skip
    rows = multi_year((wan(2400), wan(1800), wan(600)), (wan(900), wan(700), wan(200)))
    project(s, "栖鸥湖渔光互补示范基地建设项目", "澄湾县栖鸥湖管理处", rows, goals, years=3,
            attr="新增项目")  # fmt: skip
    s.row(*IND[:3], "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "示范基地建设面积", "≥3000亩", "≥1000亩"),
        (None, None, "标准化养殖塘口改造数", "≥450个", "≥150个"),
        (None, "质量指标", "养殖尾水处理达标率", pct(0.95), pct(0.95)),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "塘口改造单位成本", "≤4万元/个", "≤4万元/个"),
        ("效益指标", "经济效益指标", "基地亩均年增收", "≥800元", "≥800元"),
        (None, "生态效益指标", "光伏发电年减排二氧化碳", "≥2.4万吨", "≥0.8万吨"),
        (None, "可持续影响指标", "渔光互补运维管护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "基地养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zv04-two-year-copied-goal", (8, 12), "two-year project, NAT-2021, 中期 and 年度 columns: "
         "年度资金 above 中期资金, an annual count above the period, "
         "年度目标 copied from 中期")  # fmt: skip
def two_year_copied_goal() -> Book:
    b, s = book()
    text = "两年内完成沿湖塘口光伏配套改造，提升养殖效益和发电收益。"
    goals = (text, mk(text, "D204", "warning", note="年度目标 word for word the 中期目标"))
    annual = mk(wan(1200), "B103", "error", note="年度资金 1200 above the 中期总额 1000")
    rows = multi_year((wan(1000), wan(800), wan(200)), (annual, wan(1000), wan(200)))
    project(s, "沿湖塘口光伏配套改造项目", UNIT, rows, goals, years=2)
    s.row(*IND[:3], "中期指标值", "年度指标值")
    above = mk("≥260个", "D201", "error", note="annual 260 above the period's 200 塘口")
    indicators(s, [
        ("产出指标", "数量指标", "光伏配套改造塘口数", "≥200个", above),
        (None, None, "光伏板下养殖面积", "≥1600亩", "≥800亩"),
        (None, "质量指标", "配套工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务完成时间", "2026年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单个塘口配套成本", "≤4万元/个", "≤4万元/个"),
        ("效益指标", "经济效益指标", "塘口年均发电收益", "≥0.6万元/个", "≥0.6万元/个"),
        (None, "生态效益指标", "养殖尾水达标排放率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "塘口承包户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zv05-numbered-points", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（50分）, （一）数量指标), indicator points adding to 100 as well, a rise "
         "in 百分点 (correct)")  # fmt: skip
def numbered_points() -> Book:
    b, s = book()
    goal = "清理光伏区塘口底泥2000亩，恢复塘口养殖产能，带动渔户稳定增收。"
    project(s, "光伏区塘口清淤及生态修复项目", UNIT, one_year(wan(450), wan(300), wan(150)),
            [goal])  # fmt: skip
    s.row(*IND, "分值")
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "1.光伏区塘口清淤面积", "≥2000亩", 15),
        (None, None, "2.清淤后复养塘口数", "≥180个", 10),
        (None, "（二）质量指标", "3.清淤工程验收合格率", "≥95%", 15),
        (None, "（三）时效指标", "4.清淤完成时间", "2025年4月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.每亩清淤成本", "≤0.15万元/亩", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "6.渔户年收入增长率", "提高≥3百分点", 10),
        (None, "（二）社会效益指标", "7.带动渔户就业人数", "≥120人", 10),
        (None, "（三）生态效益指标", "8.塘口水质达标率", "≥90%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.渔户满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("zv06-tier-score-wrong-parent", (5, 10), "project, NAT-2021, tier-1 score column beside "
         "indicator scores: a 时效指标 row filed under 效益指标 "
         "puts both tier totals out")  # fmt: skip
def tier_score_wrong_parent() -> Book:
    b, s = book(widths=(14, 8, 18, 28, 16, 10))
    goal = "完成光伏区塘口增氧设施安装，保障板下养殖溶氧，提高单产。"
    project(s, "光伏区塘口增氧设施配套项目", UNIT, one_year(wan(330), wan(250), wan(80)), [goal])
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
    out = mk(40, "W103", "error", note="产出 indicators add to 35, not 40")
    ben = mk(30, "W103", "error", note="效益 indicators add to 35, not 30")
    late = mk("★时效指标", "F105", "error", note="时效指标 belongs under 产出指标")
    indicators(s, [
        ("*产出指标", out, "★数量指标", "增氧设备安装数量", "≥600台", 10),
        (None, None, None, "增氧设施覆盖塘口面积", "≥1500亩", 10),
        (None, None, "★质量指标", "设备安装验收合格率", "≥95%", 10),
        (None, None, None, "设备运行完好率", "≥95%", 5),
        ("*成本指标", 20, "★经济成本指标", "每台增氧设备购置安装成本", "≤0.45万元/台", 10),
        (None, None, "生态环境成本指标", "设备安装期间塘口停养天数", "≤15天", 10),
        ("*效益指标", ben, "★经济效益指标", "板下养殖亩产提高幅度", "≥8%", 10),
        (None, None, "社会效益指标", "受益养殖户数", "≥90户", 10),
        (None, None, late, "设备投入运行时间", "2025年5月31日前", 5),
        (None, None, "生态效益指标", "夏季缺氧浮头事故发生率", "≤2%", 10),
        ("*满意度指标", 10, "★服务对象满意度指标", "养殖户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
