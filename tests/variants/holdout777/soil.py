"""A soil-pollution survey of farmland: kdg07 to kdg12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout777.common import book, indicators, notes, one_year, sign, wan
from tests.variants.holdout777.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "砚川市生态环境局（412）"
UNIT = "砚川市土壤环境监测站"
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kdg07-survey-points", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def survey_points() -> Book:
    b, s = book()
    goal = "完成800个耕地点位布设，检测样品2400个（含平行样240个），形成详查报告。"
    project_head(s, year=2025, name="砚川市耕地土壤污染状况详查", dept=DEPT, unit=UNIT,
                 money=one_year(wan(240), wan(240), wan(0)), goals=[goal])  # fmt: skip
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, [
        ("成本指标", 10, "经济成本指标", "单个点位采测成本", "≤0.25万元/个", 10),
        ("产出指标", 50, "数量指标", "布设采样点位", "≥800个", 15),
        (None, None, None, "检测样品数", "≥2400个", 10),
        (None, None, "质量指标", "样品检测质控合格率", "≥95%", 10),
        (None, None, "时效指标", "详查报告提交时间", "2025年12月20日前", 15),
        ("效益指标", 30, "生态效益指标", "受污染耕地安全利用率", "提高≥3百分点", 15),
        (None, None, "可持续影响指标", "耕地土壤环境档案", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "乡镇农业部门满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("kdg08-survey-dates", (7,), "project, OLD-NAT, headers 考核指标, 目标值（年度） and "
         "评价标准: plan dates a year before the title, a deadline in the next year")  # fmt: skip
def survey_dates() -> Book:
    b, s = book()
    start = mk(day(2024, 3, 1), "Y101", "error", row=True, alt=("Y102",),
               note="标题2025年度，计划起止日期却在2024年")  # fmt: skip
    project_head(s, year=2025, name="柘岭县农用地土壤环境质量类别更新", dept="柘岭县生态环境局",
                 unit="柘岭县环境监测站", money=one_year(wan(96), wan(90), wan(6)),
                 start=start, end=day(2024, 12, 31),
                 goals=["更新全县农用地土壤环境质量类别，完成点位核查420个。"])  # fmt: skip
    late = mk("≤2026年3月31日", "Y102", "error", row=True, alt=("Y101",),
              note="一年期项目的期限落在下一年")  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "核查点位数", "≥420个", "按完成比例计分"),
        (None, "质量指标", "类别划分复核通过率", "≥95%", "未达标不得分"),
        (None, "时效指标", "类别更新成果报送时间", late, "逾期不得分"),
        (None, "成本指标", "单点位核查费用", "≤0.2万元/个", "超支不得分"),
        ("效益指标", "生态效益指标", "安全利用类耕地管控覆盖率", "≥90%", "按比例计分"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%", "抽样调查"),
    ])  # fmt: skip
    return b


@variant("kdg09-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percents, weights 100 (correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="砚川市土壤环境监测站",
                    budget=[(wan(960), wan(900), wan(60), wan(500), wan(460))],
                    tasks=[("耕地详查", "耕地点位采样检测", wan(300), "完成800个点位"),
                           ("企业用地", "重点企业用地调查", wan(160), "完成40家企业"),
                           ("金额合计", None, wan(460), None)],
                    goal="完成耕地点位800个、重点企业用地40家的调查。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("耕地采样点位数", 20, "个", "≥", 800),
        ("重点企业用地调查数", 20, "家", "≥", 40),
        ("样品检测质控合格率", 15, "%", "≥", pct(0.95)),
        ("重点行业企业用地污染风险下降率", 15, "%", "≥", pct(0.1)),
        ("单个点位采测成本", 10, "万元/个", "≤", 0.3),
        ("调查数据入库率", 10, "%", "≥", pct(0.98)),
        ("委托单位满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "乔慕白", "0735-3316 2208", day(2024, 11, 5))
    return b


@variant("kdg10-flat-defects", (3,), "department, flat list: weights add to 95, the same "
         "indicator twice with different counts, a test count short of the goal")  # fmt: skip
def flat_defects() -> Book:
    b, s = book()
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    department_head(s, year=2025, dept="柘岭县环境监测站",
                    budget=[(wan(520), wan(500), wan(20), wan(330), wan(190))],
                    tasks=[("土壤监测", "耕地土壤采样检测8项重金属", wan(190), "完成800个点位"),
                           ("金额合计", None, wan(190), None)],
                    goal="完成800个耕地点位采样，检测镉、汞、砷、铅、铬等8项指标。")  # fmt: skip
    twice = mk(600, "D102", "error", row=True, alt=("D103", "D101", "D104"),
               note="与“土壤采样点位数”同一指标，值却不同（800 / 600）")  # fmt: skip
    short = mk(6, "D104", "warning", row=True, note="目标写检测8项指标，指标只有6项")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("土壤采样点位数", 20, "个", "≥", 800),
        ("检测项目数", 15, "项", "≥", short),
        ("样品检测合格率", 20, "%", "≥", pct(0.95)),
        ("土壤采样点位数量", 15, "个", "≥", twice),
        ("检测报告按时提交率", 15, "%", "≥", pct(0.95)),
        ("委托单位满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("kdg11-second-sheet", (7, 9), "project: head on the first sheet, the table on a "
         "second sheet under 预期实现值, =100% as text, 填表说明 (correct)")  # fmt: skip
def second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(s, year=2025, name="砚川市受污染耕地安全利用监测", dept=DEPT, unit=UNIT,
                 money=one_year(wan(156), wan(150), wan(6)),
                 goals=["对1.2万亩安全利用类耕地开展农产品协同监测，采集样品360组。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2025年度项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "协同监测耕地面积", "≥1.2万亩", None),
        (None, None, "农产品与土壤协同样品", "≥360组", "每组含土壤、稻谷各1份"),
        (None, "质量指标", "监测数据上传率", "=100%", None),
        (None, "时效指标", "监测结果通报时间", "≤15个工作日", "自收样之日起"),
        (None, "成本指标", "每组样品检测费用", "≤0.4万元/组", None),
        ("效益指标", "社会效益指标", "稻米镉超标批次下降率", "≥10%", "与上年相比"),
        ("满意度指标", "服务对象满意度指标", "种植大户满意度", "≥90%", None),
    ], label=None)  # fmt: skip
    notes(t, "填表说明：指标值均为年度目标；样品检测费用含运输与留样。", width=5)
    return b


@variant("kdg12-abbreviated-wrong-tier", (5, 6, 13), "project, OLD-NAT, abbreviated labels: "
         "a count under 质量, a quality rate under 时效, an empty tier-2")  # fmt: skip
def abbreviated_wrong_tier() -> Book:
    b, s = book()
    project_head(s, year=2025, name="柘岭县设施农用地土壤例行监测", dept="柘岭县生态环境局",
                 unit="柘岭县环境监测站", money=one_year(wan(64), wan(64), wan(0)),
                 goals=["对设施农用地布设500个点位例行监测，送检样品500个。"])  # fmt: skip
    count = mk("采样点位布设数", "F201", "warning", row=True, note="点位数是数量指标，填在质量下")
    rate = mk(
        "检测数据质控合格率", "F201", "warning", row=True, note="合格率是质量指标，填在时效下"
    )
    empty = mk("可持续影响", "F109", "warning", row=True, note="模板二级指标未填三级指标和值")
    indicators(s, FOUR, [
        ("产出", "数量", "送检样品数", "≥500个"),
        (None, "质量", count, "≥500个"),
        (None, "时效", rate, "≥95%"),
        (None, None, "监测报告提交时间", "2025年12月10日前"),
        (None, "成本", "单点位监测费用", "≤0.12万元/个"),
        ("效益", "生态效益", "设施农用地监测覆盖率", "≥90%"),
        (None, empty, None, None),
        ("满意度", "服务对象满意度", "农业经营主体满意度", "≥85%"),
    ])  # fmt: skip
    return b
