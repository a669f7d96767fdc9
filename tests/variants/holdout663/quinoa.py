"""Returns gw07–gw12: 藜麦 (quinoa) planting, seed and processing returns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout663.common import department, first, notes, one_year, project, sign, w
from tests.variants.holdout663.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
HEAD_POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "gw07-flat-department",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percent cells, weights adding to 100, a goal area with its part in brackets (correct)",
)
def gw07() -> Book:
    tasks = [("藜麦种植扩面", "在岗日县冷凉区扩种藜麦", w(50), "种植藜麦1500亩"),
             ("藜麦仓储设施", "新建冷凉仓库1座", w(40), "减少储存损耗"),
             ("金额合计", None, w(90), None)]  # fmt: skip
    b, s = department(2025, "岗日县高原特色农业发展中心",
                      [(w(240), w(210), w(30), w(150), w(90))],
                      "全年种植藜麦1500亩（含新扩种600亩），新建冷凉仓库1座，带动种植户260户。",
                      tasks)  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*FLAT)
    s.table([
        ("藜麦种植面积", 25, "亩", "≥", 1500),
        ("新扩种面积", 10, "亩", "≥", 600),
        ("冷凉仓库建设数量", 10, "座", "=", 1),
        ("藜麦籽粒皂苷残留合格率", 15, "%", "≥", pct(0.95)),
        ("带动种植户数", 15, "户", "≥", 260),
        ("藜麦倒伏损失率", 10, "%", "≤", pct(0.05)),
        ("种植户满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("gw08-flat-defects", (3,),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): a base count against the "
         "goal, one indicator twice with two values, weights adding to 80")  # fmt: skip
def gw08() -> Book:
    tasks = [("藜麦标准化种植基地", "建设标准化种植基地5个", w(30), "基地亩产提高"),
             ("藜麦良种引进", "引进适宜冷凉区的藜麦良种", w(20), "良种3个"),
             ("金额合计", None, w(50), None)]  # fmt: skip
    b, s = department(2025, "岗日县农牧综合服务站", [(w(150), w(130), w(20), w(100), w(50))],
                      "建设藜麦标准化种植基地5个，引进藜麦良种3个，订单收购藜麦600吨。",
                      tasks)  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+10+20+15+10+10 = 80，应为100")
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("藜麦标准化种植基地数量",
         mk("≥3个", "D104", "warning", row=True, note="年度总体目标写建设基地5个"), "个", 15),
        ("引进藜麦良种数量", "≥3个", "个", 10),
        ("藜麦订单收购量", "≥600吨", "吨", 20),
        ("藜麦良种纯度", "≥97%", "%", 15),
        (mk("藜麦订单收购量", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标再填一次，600吨 / 650吨"), "≥650吨", "吨", 10),
        ("种植户满意度", "≥90%", "%", 10),
    ])  # fmt: skip
    return b


@variant(
    "gw09-points-two-levels",
    (5, 10),
    "project, NAT-2021, numbered labels with points (一、产出指标（40分）, 1.数量指标), an "
    "indicator score column adding to the same 100, a quality rate raised in 百分点 (correct)",
)
def gw09() -> Book:
    goal = "推广藜麦脱皂清洗技术，建设加工示范点2个，培训加工户200人次，藜麦优质品率提高3个百分点。"
    rows = [
        ("一、产出指标（40分）", "1.数量指标", "脱皂清洗加工示范点数量", "≥2个", 10),
        (None, None, "加工技术培训人次", "≥200人次", 10),
        (None, "2.质量指标", "藜麦优质品率提高", "≥3百分点", 10),
        (None, "3.时效指标", "示范点建成时间", "2025年9月底前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "示范点建设补助标准", "≤20万元/个", 10),
        ("三、效益指标（40分）", "1.经济效益指标", "加工户藜麦销售单价提高", "≥1元/斤", 15),
        (None, "2.生态效益指标", "清洗废水达标处理率", "≥90%", 10),
        (None, "3.可持续影响指标", "示范技术持续应用年限", "≥3年", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "加工户满意度", "≥90%", 10),
    ]
    return project(2025, "藜麦脱皂清洗技术示范", "岗日县农产品加工服务中心",
                   one_year(w(60), w(50), w(10)), [goal], HEAD_POINTS, rows,
                   dept="岗日县农业农村局 417")  # fmt: skip


@variant("gw10-points-wrong-tiers", (5, 10),
         "project, NAT-2021, tier points in the labels and indicator points: 产出 declared 50 "
         "but 45 beneath, a count under 质量, a germination rate under 时效")  # fmt: skip
def gw10() -> Book:
    goal = "建设藜麦良种繁育基地300亩、示范基地4个，繁育良种30吨，良种自给率达到60%。"
    rows = [
        (mk("一、产出指标（50分）", "W103", "error", note="10+10+5+10+10 = 45 ≠ 50"),
         "1.数量指标", "藜麦良种繁育基地面积", "≥300亩", 10),
        (None, None, "藜麦良种繁育量", "≥30吨", 10),
        (None, "2.质量指标", mk("藜麦示范基地数量", "F201", "warning", row=True,
                                note="数量填在质量指标下"), "≥4个", 5),
        (None, "3.时效指标", mk("藜麦种子发芽率", "F201", "warning", row=True,
                                note="质量类比率填在时效指标下"), "≥85%", 10),
        (None, None, "良种入库时间", "2025年10月底前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "繁育基地亩均补助", "≤1500元/亩", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "繁育户亩均增收", "≥400元", 10),
        (None, "2.社会效益指标", "带动种植户数", "≥50户", 10),
        (None, "3.可持续影响指标", "良种自给率", "≥60%", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "繁育户满意度", "≥90%", 10),
    ]  # fmt: skip
    b = project(2025, "藜麦良种繁育与示范", "岗日县种子管理站", one_year(w(80), w(70), w(10)),
                [goal], HEAD_POINTS, rows, dept="岗日县农业农村局 417")  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，随产出少5分而来")
    return b


@variant(
    "gw11-content-standard-notes",
    (4, 7),
    "project, OLD-NAT, two-row header 指标内容 / 绩效标准 (目标值 · 计量单位), a 注 row "
    "between tiers, 说明 and 填表说明 under the table, signature and a 2024 fill date (correct)",
)
def gw11() -> Book:
    b, s = first()
    project_head(s, year=2025, name="冷凉区藜麦引种试验", dept="岗日县农业农村局 417",
                 unit="岗日县农业科学研究所", money=one_year(w(18), w(18), w(0)),
                 goals=["在岗日县海拔3200米以上冷凉区开展藜麦引种试验，试种品种8个，"
                        "试验田60亩（含对照田10亩），筛选适宜品种2个以上。"])  # fmt: skip
    top = s.row("一级指标", "二级指标", "指标内容", "绩效标准", None, merge=[(4, 5)])
    s.row(None, None, None, "目标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "引种试验品种数", "≥8", "个"),
        (None, None, "试验田面积", "≥60", "亩"),
        (None, "质量指标", "试验数据完整率", "≥95", "%"),
        (None, "时效指标", "试验报告提交时间", "12月15日前", None),
        (None, "成本指标", "每亩试验费用", "≤2500", "元/亩"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：试验田面积60亩含对照田10亩，对照田费用一并计入。")
    s.table([
        ("效益指标", "社会效益指标", "筛选适宜品种数", "≥2", "个"),
        (None, "可持续影响指标", "试验成果应用年限", "≥3", "年"),
        ("满意度指标", "服务对象满意度指标", "试验合作农户满意度", "≥90", "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：指标值依据《岗日县高原杂粮产业发展规划》设定。",
          "填表说明：绩效标准栏填写目标值，计量单位单独填写。")  # fmt: skip
    sign(s, "次仁卓玛", "0891-7732415", day(2024, 12, 10))
    return b


@variant("gw12-second-sheet-template", (6, 7),
         "project: head on the first sheet, the indicator table on a second sheet under "
         "预期实现值; a plan end before its start, a template example row left")  # fmt: skip
def gw12() -> Book:
    b, s = first("项目基本信息")
    end = mk(day(2024, 12, 31), "Y104", "error", alt=("Y101", "Y102"),
             note="计划完成日期早于2025年3月1日开始，年份错")  # fmt: skip
    project_head(s, year=2025, name="藜麦产地初加工示范线", dept="岗日县农业农村局 417",
                 unit="岗日县曲雅镇农业服务中心", money=one_year(w(25), w(25), w(0)),
                 goals=["建设藜麦产地初加工示范线1条，培训加工技术人员80人次，年内投产。"],
                 start=day(2025, 3, 1), end=end)  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2025年度项目绩效指标", 4)
    t.row("一级指标", "二级指标", "三级指标", "预期实现值")
    t.table([
        ("产出指标", "数量指标", "初加工示范线建设数量", "=1条"),
        (None, None, "加工技术人员培训人次", "≥80人次"),
        (None, None, "示例：宣传培训场次",
         mk("≥**场", "X101", "error", row=True, note="模板示例行未删除")),
        (None, "质量指标", "示范线设备验收合格率", "=100%"),
        (None, "时效指标", "示范线投产时间",
         ok("2025年10月底前", "error", note="计划完成日期错成2024年，可能连带报出")),
        (None, "成本指标", "示范线建设成本", "≤22万元"),
        ("效益指标", "经济效益指标", "藜麦加工增值率", "≥15%"),
        (None, "社会效益指标", "带动加工就业人数", "≥12人"),
        ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b
