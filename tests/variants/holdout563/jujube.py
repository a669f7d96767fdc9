"""Red-jujube orchards (红枣): flat department lists, tier labels, 中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout563.common import FOUR, funds, grid, notes, period_funds, start, wan
from tests.variants.holdout563.registry import variant
from tests.variants.kit import Book, day, mk

FORESTRY = "枣塬县林业和草原局（412006）"


@variant("da07-jujube-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), a "
         "下降率 with ≥, weights adding to 100 (correct)")  # fmt: skip
def da07() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="枣塬县林业和草原局",
                    budget=[[wan(620), wan(560), wan(60), wan(380), wan(240)]],
                    tasks=[("红枣提质增效", "低产枣园改造和标准化示范", wan(150), "示范3000亩"),
                           ("病虫害统防统治", "枣园绿色防控和统防统治", wan(60), "覆盖率≥85%"),
                           ("枣农技术培训", "修剪、防裂果和烘干技术培训", wan(30), "1500人次"),
                           ("金额合计", None, wan(240), None)],
                    goal="改造提升红枣园3000亩，降低裂果损失，带动枣农增收。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("红枣提质增效示范面积", 20, "亩", "≥", 3000),
        ("枣园病虫害统防统治覆盖率", 15, "%", "≥", 85),
        ("红枣裂果损失下降率", 15, "%", "≥", 10),
        ("枣农技术培训人次", 10, "人次", "≥", 1500),
        ("亩均统防统治补助标准", 10, "元/亩", "≤", 150),
        ("红枣产业从业人员人均增收", 15, "元", "≥", 800),
        ("枣农满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("da08-jujube-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def da08() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="枣塬县经济林果服务中心",
                    budget=[[wan(410), wan(360), wan(50), wan(260), wan(150)]],
                    tasks=[("红枣示范园建设", "标准化示范园建设", wan(90), "2000亩"),
                           ("枣果烘干设施", "购置烘干设备", wan(60), "烘干设备12台"),
                           ("金额合计", None, wan(150), None)],
                    goal="建设红枣标准化示范园2000亩，提高枣果烘干能力。")  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 20+15+15+15+10+10+10 = 95，应为 100")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("红枣标准化示范园建设面积", "≥2000", "正向", "亩", 20),
        ("红枣烘干设备购置",
         mk("12万元", "T112", "error", note="值写万元，计量单位列写台"), "正向", "台", 15),
        ("枣果商品化处理率", "≥80", "正向", "%", 15),
        ("烘干枣果霉变率",
         mk("≥3", "T108", "warning", row=True, note="霉变率是反向指标，应为 ≤"), "反向", "%", 15),
        ("每吨鲜枣烘干补助标准", "≤200", "反向", "元/吨", 10),
        ("带动枣农增收户数", "≥600", "正向", "户", 10),
        ("枣农满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    return b


@variant("da09-jujube-decorated-labels", (5,),
         "transfer-payment project, OLD-NAT, labels numbered with points (一、产出指标（50分）), "
         "marks (*, ★) and abbreviations, 中央补助 + 地方资金, 90 points (correct)")  # fmt: skip
def da09() -> Book:
    b, s = start()
    project_head(s, year=2025, name="红枣低产园改造中央财政补助项目", dept=FORESTRY,
                 unit="枣塬县林果产业发展中心", attr="一次性项目",
                 money=[["年度资金总额", wan(300), "其中：中央补助", wan(240)],
                        ["地方资金", wan(60), None, None]],
                 title="2025年度中央财政林业改革发展资金区域绩效目标表",
                 goals=["改造红枣低产园5000亩，带动脱贫户增收。"])  # fmt: skip
    grid(s, (*FOUR, "分值"), [
        ("一、产出指标（50分）", "（一）*数量指标", "★红枣低产园改造面积", "≥5000亩", 15),
        (None, None, "枣树高接换优株数", "≥12万株", 10),
        (None, "（二）质量", "改造园验收合格率", "≥95%", 10),
        (None, "（三）时效指标", "改造任务完成时间", "2025年11月30日前", 5),
        (None, "（四）成本指标", "亩均改造补助标准", "≤500元/亩", 10),
        ("二、效益指标（30分）", "1.经济效益指标", "改造园亩均增产鲜枣", "≥80公斤", 10),
        (None, "2.社会效益", "★带动脱贫户增收户数", "≥400户", 10),
        (None, "3.生态效益指标", "化学农药使用量减少比例", "≥10%", 10),
        ("三、满意度指标（10分）", "服务对象满意度", "枣农满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：预算执行率（10分）由财政部门另行评价，本表合计90分。", width=5)
    return b


@variant("da10-jujube-wrong-parent", (5, 6),
         "project, NAT-2021, numbered labels: a tier-2 under the wrong tier-1 and a template "
         "tier-2 left without indicator")  # fmt: skip
def da10() -> Book:
    b, s = start()
    project_head(s, year=2025, name="红枣园滴灌节水改造项目", dept=FORESTRY,
                 unit="枣塬县水利灌溉服务站", money=funds(260, 230, 30),
                 goals=["为1500亩红枣园铺设滴灌设施，节约灌溉用水。"])  # fmt: skip
    grid(s, FOUR, [
        ("一、产出指标", "1.数量指标", "新建红枣滴灌节水面积", "≥1500亩"),
        (None, None, "铺设滴灌主管道", "≥18公里"),
        (None, "2.质量指标", "节水工程验收合格率", "≥95%"),
        (None, mk("3.经济效益指标", "F105", "error", note="经济效益指标属效益指标"),
         "节水园亩均增收", "≥400元"),
        ("二、成本指标", "1.经济成本指标", "亩均滴灌建设成本", "≤0.16万元/亩"),
        (None, mk("2.社会成本指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("三、效益指标", "1.社会效益指标", "受益枣农户数", "≥320户"),
        (None, "2.生态效益指标", "亩均灌溉用水量下降比例", "≥30%"),
        ("四、满意度指标", "服务对象满意度指标", "枣农满意度", "≥90%"),
    ])  # fmt: skip
    return b


MID = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("da11-jujube-three-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns, counts split by year, rates and "
         "unit costs equal (correct)")  # fmt: skip
def da11() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="老枣园更新改造三年行动项目", dept=FORESTRY,
                 unit="枣塬县林果产业发展中心", money=period_funds((900, 800, 100), (300, 260, 40)),
                 goals=["2025—2027年更新改造老枣园6000亩，建成示范园6个。",
                        "2025年改造老枣园2000亩，建成示范园2个。"])  # fmt: skip
    grid(s, MID, [
        ("产出指标", "数量指标", "老枣园更新改造面积", "≥6000亩", "≥2000亩"),
        (None, None, "建设红枣示范园", "≥6个", "≥2个"),
        (None, "质量指标", "改造园苗木成活率", "≥90%", "≥90%"),
        (None, "时效指标", "改造任务完成时间", "2027年10月31日前", "2025年10月31日前"),
        (None, "成本指标", "亩均改造补助", "≤0.1万元/亩", "≤0.1万元/亩"),
        ("效益指标", "经济效益指标", "改造园亩均产值", "≥0.6万元", "≥0.45万元"),
        (None, "生态效益指标", "枣园病虫害发生率", "≤8%", "≤8%"),
        (None, "可持续影响指标", "改造园持续管护年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "枣农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("da12-jujube-copied-period", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 中期目标 text and two cumulative "
         "counts copied into the year")  # fmt: skip
def da12() -> Book:
    b, s = start()
    goal = "建设红枣矮化密植园1200亩，配套作业道路9公里。"
    project_head(s, year=2025, years=2, name="红枣矮化密植园建设项目", dept=FORESTRY,
                 unit="枣塬县沙坪乡人民政府", money=period_funds((400, 340, 60), (200, 170, 30)),
                 start=day(2025, 3, 1), end=day(2026, 11, 30),
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄中期")])  # fmt: skip
    copied = "两年期项目的累计数量，年度值照抄中期值"
    grid(s, MID, [
        ("产出指标", "数量指标", "红枣密植园建设面积", "≥1200亩",
         mk("≥1200亩", "D202", "warning", note=copied)),
        (None, None, "配套枣园作业道路", "≥9公里", mk("≥9公里", "D202", "warning", note=copied)),
        (None, "质量指标", "密植园苗木成活率", "≥92%", "≥92%"),
        (None, "时效指标", "建设任务完成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "亩均建设补助", "≤0.15万元/亩", "≤0.15万元/亩"),
        ("效益指标", "经济效益指标", "密植园投产后亩均增收", "≥0.2万元", "≥0.2万元"),
        (None, "社会效益指标", "带动枣农就业", "≥200人", "≥120人"),
        ("满意度指标", "服务对象满意度指标", "枣农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
