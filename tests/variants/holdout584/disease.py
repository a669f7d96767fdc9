"""Returns dv07–dv12: plantation disease control: 枯萎病 (Fusarium wilt, 4号小种) containment,
叶斑病 spraying, quarantine and a plant-protection station's department return."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout584.common import (
    YEAR,
    book,
    header,
    indicators,
    notes,
    one_year,
    signature,
)
from tests.variants.holdout584.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct


@variant("dv07-wilt-words", (11, 5), "project, NAT-2021, abbreviated tier labels, operators in "
         "words in their own column, unit column, a 0起 incident count, a cost standard × area "
         "equal to the budget (correct)")  # fmt: skip
def dv07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="椰坪县香蕉枯萎病（4号小种）综合防控项目",
                 dept="椰坪县农业农村局（317）", unit="椰坪县植保植检站",
                 money=one_year(120, 100, 20),
                 goals=["清除并处置枯萎病病株1500亩，阻断疫情跨镇扩散，新发病率比上年"
                        "下降2个百分点。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ("产出", "数量", "病株清除处置面积", "大于等于", 1500, "亩"),
        (None, None, "病区土壤消毒面积", "大于等于", 300, "亩"),
        (None, "质量", "病株处置无害化率", "等于", 100, "%"),
        (None, "时效", "发现病株后处置时限", "小于等于", 72, "小时"),
        ("成本", "经济成本", "病株清除处置补助标准", "小于等于", 800, "元/亩"),
        (None, "生态环境成本", "疫情跨镇扩散起数", "小于等于", 0, "起"),
        ("效益", "经济效益", "挽回香蕉产量损失", "大于等于", 2000, "吨"),
        (None, "生态效益", "枯萎病新发病率下降", "大于等于", 2, "百分点"),
        ("满意度", "服务对象满意度", "种植户满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    notes(s, "注：补助标准800元/亩×1500亩=120万元，与年度资金一致；处置后的病区土壤消毒不另补助。")
    return b


@variant("dv08-spraying-leftovers", (5,), "project, OLD-NAT, one value column: a 及时率 under "
         "质量指标, a placeholder count, an HTML tag in the 年度目标")  # fmt: skip
def dv08() -> Book:
    b, s = book()
    goal = mk("<br>统防统治叶斑病蕉园2万亩，及时清除枯萎病病株，培训蕉农防控技术。", "X102",
              "warning", note="从网页系统复制的<br>标签留在年度目标里")  # fmt: skip
    project_head(s, year=YEAR, name="芭溪镇蕉园叶斑病与枯萎病统防统治项目",
                 dept="椰坪县农业农村局（317）", unit="芭溪镇农业服务中心",
                 money=one_year(160, 140, 20), goals=[goal])  # fmt: skip
    header(s)
    timely = mk("≥95%", "F201", "warning", row=True,
                note="及时率是时效指标，却填在质量指标下")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "叶斑病统防统治面积", "≥2万亩"),
        (None, None, "防控技术培训", mk("≥XX场次", "X101", "error", note="模板占位符未填")),
        (None, "质量指标", "防治后叶斑病病情指数控制达标率", "≥90%"),
        (None, None, "病株清除及时率", timely),
        (None, "时效指标", "第一轮统防完成时间", "≤2026年5月31日"),
        (None, "成本指标", "统防统治作业补助", "≤70元/亩"),
        ("效益指标", "经济效益指标", "亩均减少产量损失", "≥150公斤/亩"),
        (None, "生态效益指标", "化学农药使用量增长率", "≤0%"),
        ("满意度指标", "服务对象满意度指标", "蕉农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dv09-drone-dates", (9,), "project, NAT-2021, operator inside the values: the title "
         "names 2025 while the dates and goals say 2026, a start date left as a 5-digit serial, "
         "a spraying price × area above the annual money")  # fmt: skip
def dv09() -> Book:
    b, s = book()
    b.file_mark("Y101", "error", alt=("Y102", "Y103"),
                note="标题写2025年度，计划日期、目标和指标都是2026年")  # fmt: skip
    start = mk("46083", "X104", "warning", note="计划开始日期是文本中的日期序列号（2026-03-02）")
    project_head(s, year=YEAR, title="2025年度项目支出绩效目标申报表",
                 name="椰坪县香蕉叶斑病无人机统防项目", dept="椰坪县农业农村局（317）",
                 unit="椰坪县植保植检站", money=one_year(150, 130, 20), start=start,
                 goals=["2026年用植保无人机统防叶斑病蕉园3万亩，"
                        "病情指数控制在15以下。"])  # fmt: skip
    header(s)
    price = mk("≤60元/亩", "B107", "warning", row=True,
               note="60元/亩×3万亩=180万元，超过年度资金150万元")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "无人机统防面积", "≥3万亩"),
        (None, "质量指标", "防治后病情指数", "≤15"),
        (None, "时效指标", "每轮统防完成时限", "≤10天"),
        ("成本指标", "经济成本指标", "无人机喷药作业单价", price),
        ("效益指标", "经济效益指标", "亩均挽回损失", "≥200元/亩"),
        (None, "生态效益指标", "农药利用率", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "蕉农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dv10-quarantine-two-row-header", (4, 7), "project, OLD-NAT, two-row header with "
         "目标值（年度） and 评价标准, a 注 row inside the table, 填表说明 and a signature line "
         "dated the year before, similar names that measure different things "
         "(correct)")  # fmt: skip
def dv10() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="滨湾市香蕉枯萎病疫区检疫封锁项目",
                 dept="滨湾市农业农村局（215）", unit="滨湾市植物检疫站",
                 money=one_year(96, 96, 0),
                 goals=["检测土壤和植株样品600份，消毒病区土壤400亩，"
                        "疫区外调种苗全部检疫。"])  # fmt: skip
    s.row("绩效指标", None, None, "目标值（年度）", "评价标准", "备注", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    indicators(s, [
        ("产出指标", "数量指标", "检疫检测样品数", "≥600份", "每少30份扣1分", None),
        (None, None, "病区土壤消毒面积", "≥400亩", "每少20亩扣1分", None),
        (None, "质量指标", "病区土壤消毒抽检合格率", "≥95%", "低于95%不得分", "抽检30点"),
        (None, None, "外调种苗检疫率", "100%", "未达到不得分", None),
    ])  # fmt: skip
    notes(s, "注：检测样品数含复检样品，复检不超过总数的10%。")
    indicators(s, [
        (None, "时效指标", "检测结果报告时限", "≤5个工作日", "每超1天扣1分", None),
        (None, "成本指标", "单份样品检测费", "≤600元/份", "超标准不得分", "600份共36万元"),
        ("效益指标", "社会效益指标", "疫区外新增疫点数", "≤0个", "出现即不得分", None),
        (None, "可持续影响指标", "疫区封锁档案完整率", "≥95%", "按抽查计分", None),
        ("满意度指标", "服务对象满意度指标", "种苗调运企业满意度", "≥90%", "问卷", None),
    ])  # fmt: skip
    notes(s, "填表说明：评价标准栏供年底自评使用，不作为指标值。")
    signature(s, "邝素兰", "0898-6637 2041", (YEAR - 1, 11, 18))
    return b


@variant("dv11-points-duplicate", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column, rate changes in 百分点: the 效益 score differs from its indicators', two "
         "indicators give one incidence drop two values")  # fmt: skip
def dv11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="蕉湾农场香蕉枯萎病抗病品种替代与土壤改良项目",
                 dept="滨湾市农垦总局（233）", unit="蕉湾农场", money=one_year(210, 180, 30),
                 goals=["替代种植抗病品种3000亩，改良病区土壤1200亩，"
                        "降低枯萎病发病率。"])  # fmt: skip
    header(s, "一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    score = mk(40, "W103", "error", note="效益指标声明40分，其下指标分值合计35分")
    dup = mk("≥5百分点", "D103", "warning", row=True, alt=("D102", "D101"),
             note="与生态效益下的发病率降幅是同一指标，值却为3和5百分点")  # fmt: skip
    indicators(s, [
        ("产出指标", 40, "数量指标", "抗病品种替代种植面积", "≥3000亩", 15),
        (None, None, None, "病区土壤改良面积", "≥1200亩", 15),
        (None, None, "质量指标", "抗病品种定植成活率", "≥95%", 10),
        ("成本指标", 10, "经济成本指标", "亩均土壤改良成本", "≤900元/亩", 10),
        ("效益指标", score, "经济效益指标", "替代区亩均增收", "≥300元/亩", 15),
        (None, None, "生态效益指标", "蕉园枯萎病发病率降幅", "≥3百分点", 10),
        (None, None, "可持续影响指标", "蕉园枯萎病发病率降低幅度", dup, 10),
        ("满意度指标", 10, "服务对象满意度指标", "职工种植户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("dv12-protection-station", (12,), "department, NAT-2021: budget, key tasks with a "
         "金额合计 and a total goal that sums two area indicators, all consistent "
         "(correct)")  # fmt: skip
def dv12() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="椰坪县植保植检站", filled=day(YEAR - 1, 10, 28),
                    budget=[tuple(money(v, WAN) for v in (640, 600, 40, 240, 400))],
                    tasks=[("枯萎病疫区封锁", "病株清除、土壤消毒", money(160, WAN), "疫区1万亩"),
                           ("叶斑病统防统治", "组织统防队喷药", money(140, WAN), "统防1.5万亩"),
                           ("病情监测预警", "布设监测点、发布预报", money(100, WAN), "监测点40个"),
                           ("金额合计", None, money(400, WAN), None)],
                    goal="全年防控蕉园2.5万亩（其中枯萎病疫区1万亩、叶斑病统防1.5万亩），"
                         "布设病情监测点40个。")  # fmt: skip
    header(s)
    indicators(s, [
        ("产出指标", "数量指标", "枯萎病疫区防控面积", "≥1万亩"),
        (None, None, "叶斑病统防统治面积", "≥1.5万亩"),
        (None, None, "病情监测点", "≥40个"),
        (None, "质量指标", "病情预报准确率", pct(0.85)),
        (None, "时效指标", "病情预报发布及时率", "≥95%"),
        ("成本指标", "经济成本指标", "叶斑病统防统治补助标准", "≤50元/亩"),
        ("效益指标", "社会效益指标", "枯萎病疫情外扩乡镇数", "≤0个"),
        (None, "可持续影响指标", "监测点设备完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b
