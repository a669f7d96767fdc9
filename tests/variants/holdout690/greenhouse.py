"""Seedless watermelon (无籽西瓜) in greenhouses: hx01 to hx06."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout690.common import (
    grid,
    multi_year,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout690.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("hx01-greenhouse-labels", (1, 5), "project, NAT-2021, numbered tier labels with points, "
         "operator and unit columns, percent cells typed in Excel (correct)")  # fmt: skip
def hx01() -> Book:
    b, s = start()
    project(s, "茗川县无籽西瓜连栋大棚提质项目", "茗川县鹭汀镇农业综合服务中心",
            one_year(wan(80), wan(60), wan(20)),
            ["新建和改造无籽西瓜连栋大棚12栋（其中新建8栋、改造4栋），定植嫁接苗180亩，"
             "推行绿色防控，带动种植户增收。"])  # fmt: skip
    grid(s, OPS, [
        ("一、产出指标（50分）", "（一）数量指标", "连栋大棚新建改造数量", "≥", 12, "栋"),
        (None, None, "嫁接苗定植面积", "≥", 180, "亩"),
        (None, "（二）质量指标", "商品果率", "≥", pct(0.9), None),
        (None, None, "畸形果率", "≤", pct(0.05), None),
        (None, "（三）时效指标", "大棚改造完成时间", "≤", day(2026, 4, 30, CN_DATE), None),
        ("二、成本指标（20分）", "（一）经济成本指标", "每栋大棚改造补助标准", "≤", 5, "万元/栋"),
        ("三、效益指标（20分）", "（一）经济效益指标", "种植户亩均增收", "≥", 800, "元/亩"),
        (None, "（二）生态效益指标", "化学农药使用量下降率", "≥", pct(0.1), None),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "种植户满意度", "≥", pct(0.9),
         None),
    ])  # fmt: skip
    signature(s, "施雨禾", "0417-8826 4173", day(2025, 11, 18))
    return b


@variant("hx02-greenhouse-goal-count", (12,), "project, OLD-NAT, one value column: the goal's "
         "count, a deadline of last season and a unit cost beyond the money")  # fmt: skip
def hx02() -> Book:
    b, s = start()
    project(s, "鹭汀镇无籽西瓜钢架大棚新建项目", "茗川县鹭汀镇人民政府",
            one_year(wan(100), wan(70), wan(30)),
            ["2026年新建无籽西瓜钢架大棚20栋，6月底前完成嫁接苗定植150亩，"
             "亩均产值达到1.2万元。"])  # fmt: skip
    grid(s, ONE, [
        ("产出指标", "数量指标", "新建钢架大棚数量",
         mk("≥15栋", "D104", "warning", row=True, alt=("B107",),
            note="年度目标写新建20栋，指标只有15栋")),
        (None, None, "嫁接苗定植面积", "≥150亩"),
        (None, "质量指标", "大棚验收合格率", "≥95%"),
        (None, "时效指标", "嫁接苗定植完成时间",
         mk("2025年6月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2026年度项目的期限写成上一季的2025年，目标写6月底")),
        (None, "成本指标", "每栋钢架大棚建设成本",
         mk("≤8万元/栋", "B107", "warning", row=True,
            note="8万元×15栋=120万元（按目标20栋为160万元），超过年度资金100万元")),
        ("效益指标", "经济效益指标", "大棚亩均产值", "≥1.2万元"),
        (None, "社会效益指标", "带动种植户数", "≥60户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hx03-greenhouse-three-years", (8,), "three-year project 2026–2028, OLD-NAT, 中期 and "
         "年度 columns, the period's counts beside smaller annual ones, a later year in the goal "
         "(correct)")  # fmt: skip
def hx03() -> Book:
    b, s = start()
    project(s, "茗川县无籽西瓜标准化大棚基地建设项目", "茗川县经济作物技术推广站",
            multi_year((wan(240), wan(180), wan(60)), (wan(80), wan(60), wan(20))),
            ["2026—2028年建成无籽西瓜标准化大棚基地3个，累计推广嫁接苗定植540亩，"
             "为2029年全县推广积累技术数据。",
             "2026年建成基地1个，推广嫁接苗定植180亩，建立绿色防控示范点2个。"],
            years=3)  # fmt: skip
    grid(s, TWO, [
        ("产出指标", "数量指标", "标准化大棚基地数量", "≥3个", "≥1个"),
        (None, None, "嫁接苗定植面积", "≥540亩", "≥180亩"),
        (None, None, "绿色防控示范点", "≥6个", "≥2个"),
        (None, "质量指标", "商品果率", "≥90%", "≥90%"),
        (None, "时效指标", "年度建设任务按期完成率", "≥95%", "≥95%"),
        (None, "成本指标", "嫁接苗定植补助标准", "≤1500元/亩", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "种植户亩均增收", "≥800元", "≥800元"),
        (None, "可持续影响指标", "技术培训种植户", "≥300人次", "≥100人次"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hx04-greenhouse-two-years-copied", (8,), "two-year project 2026–2027, OLD-NAT, 中期 "
         "and 年度 columns: goal text copied, a year's area above the period's, "
         "a count copied")  # fmt: skip
def hx04() -> Book:
    b, s = start()
    goal = "两年内完成大棚覆膜改造300亩，安装水肥一体化设备40套，无籽西瓜亩产提高10%。"
    project(s, "苇港乡大棚覆膜与水肥一体化改造项目", "茗川县苇港乡农业服务中心",
            multi_year((wan(160), wan(120), wan(40)), (wan(90), wan(70), wan(20))),
            [goal, mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")],
            years=2)  # fmt: skip
    grid(s, TWO, [
        ("产出指标", "数量指标", "大棚覆膜改造面积", "≥300亩",
         mk("≥360亩", "D201", "error", note="一年的面积大于两年实施期的300亩")),
        (None, None, "水肥一体化设备安装数量", "≥40套",
         mk("≥40套", "D202", "warning", note="两年的累计套数照抄到年度")),
        (None, "质量指标", "设备验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "设备安装及时率", "≥95%", "≥95%"),
        (None, "成本指标", "每套水肥一体化设备补助", "≤1.5万元/套", "≤1.5万元/套"),
        ("效益指标", "经济效益指标", "无籽西瓜亩产提高率", "≥10%", "≥5%"),
        (None, "生态效益指标", "化肥使用量减少率", "≥8%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hx05-greenhouse-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 · 指标值), percent cells, weights add to 100 (correct)")  # fmt: skip
def hx05() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept="茗川县鹭汀镇西瓜产业服务站",
                    budget=[(wan(120), wan(100), wan(20), wan(45), wan(75))],
                    tasks=[("大棚技术指导", "无籽西瓜大棚温湿度、授粉与整枝指导", wan(30),
                            "指导种植户150户"),
                           ("品种示范", "无籽西瓜新品种大棚示范", wan(45), "示范60亩"),
                           ("金额合计", None, wan(75), None)],
                    goal="服务大棚种植户150户，示范新品种60亩，"
                         "瓜农满意度达到90%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("技术指导服务户数", 20, "户", "≥", 150),
        ("无籽西瓜新品种示范面积", 20, "亩", "≥", 60),
        ("技术指导到位率", 15, "%", "≥", pct(0.95)),
        ("示范棚商品果率", 15, "%", "≥", pct(0.9)),
        ("农药残留抽检合格率", 10, "%", "=", pct(1)),
        ("瓜农满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signature(s, "柯晚舟", "0417-8826 5092", day(2025, 11, 20))
    return b


@variant("hx06-greenhouse-twice-wrong-tier", (5, 7), "project, NAT-2021, headers 指标内容 and "
         "绩效标准: one indicator twice with a word more, a quality rate under 时效")  # fmt: skip
def hx06() -> Book:
    b, s = start()
    project(s, "鹭汀镇西瓜大棚薄膜更换项目", "茗川县鹭汀镇农业综合服务中心",
            one_year(wan(60), wan(50), wan(10)),
            ["更换无籽西瓜大棚薄膜400亩，3月底前完成，单果重达标率保持在90%以上。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("成本指标", "经济成本指标", "每亩大棚薄膜更换成本", "≤900元/亩"),
        ("产出指标", "数量指标", "大棚薄膜更换面积", "≥400亩"),
        (None, "质量指标", "单果重达标率", "≥90%"),
        (None, None, "薄膜透光率", "≥85%"),
        (None, None, "无籽西瓜单果重达标率",
         mk("≥90%", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与上面的“单果重达标率”是同一指标，只多了“无籽西瓜”")),
        (None, "时效指标", "薄膜更换完成时间", "2026年3月31日前"),
        (None, None, "商品果率",
         mk("≥88%", "F201", "warning", row=True, note="商品果率是质量指标，填在时效指标下")),
        ("效益指标", "经济效益指标", "种植户亩均增收", "≥600元"),
        (None, "社会效益指标", "带动季节性用工", "≥40人"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b
