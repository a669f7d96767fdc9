"""Multi-year project tables of the 161st held-out set, with 中期 and 年度 columns (one with two
complete column sets): 森林质量精准提升, 草原禁牧补助, 国有林场基础设施, 有害生物防控,
国家储备林."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout161.common import H5, book, indicators, multi_year_money, w
from tests.variants.holdout161.registry import variant
from tests.variants.kit import Book, mk, pct

GE = '"≥"0%'  # the operator typed into the number format
GE1 = '"≥"0.0%'


@variant("no05-forest-quality", (8,), "three-year project, NAT-2021, 中期 and 年度 columns, 公顷, "
         "cumulative counts below their period values")  # fmt: skip
def no05() -> Book:
    b, s = book()
    project_head(
        s, year=2026, years=3, name="苍岭山森林质量精准提升工程",
        dept="临溪市林业和草原局（401007）",
        unit="临溪市国有苍岭林场", attr="新增项目",
        money=multi_year_money((w(900), w(850), w(50)), (w(300), w(280), w(20))),
        goals=["三年完成森林质量精准提升3000公顷，林分蓄积量明显提高。",
               "当年完成森林质量精准提升1000公顷，建设示范片区1个。"],
    )  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "森林质量精准提升面积", "≥3000公顷", "≥1000公顷"),
        (None, None, "建设示范片区数量", "≥3个", "≥1个"),
        (None, "质量指标", "作业设计审批通过率", "=100%", "=100%"),
        (None, None, "补植苗木成活率", "≥90%", "≥90%"),
        (None, "时效指标", "年度作业任务完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每公顷平均提升成本", "≤0.28万元/公顷", "≤0.28万元/公顷"),
        ("效益指标", "生态效益指标", "项目区每公顷蓄积量增加", "≥6立方米", "≥2立方米"),
        (None, "经济效益指标", "项目区林下经济增收", "≥120万元", "≥40万元"),
        (None, "可持续影响指标", "项目区森林经营方案执行率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "林场职工和周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("no11-grazing-ban", (8, 12), "two-year project, OLD-NAT, 中期 and 年度 columns, a per-亩 "
         "standard × the area equal to the money (not above it)")  # fmt: skip
def no11() -> Book:
    b, s = book()
    project_head(
        s, year=2026, years=2, name="草原禁牧补助", dept="白溪县林业和草原局（215004）",
        unit="白溪县草原工作站", attr="延续项目",
        money=multi_year_money((w(600), w(560), w(40)), (w(300), w(280), w(20))),
        goals=["两年落实禁牧补助兑付80万亩次，禁牧区草原植被持续恢复。",
               "当年对40万亩禁牧草原兑付补助，禁牧监管全覆盖。"],
    )  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "禁牧补助兑付面积", "≥80万亩", "≥40万亩"),
        (None, None, "禁牧区管护巡查覆盖率", "=100%", "=100%"),
        (None, "质量指标", "补助资金兑付准确率", "=100%", "=100%"),
        (None, "时效指标", "补助资金兑付完成时间", "每年11月30日前", "2026年11月30日前"),
        (None, "成本指标", "禁牧补助标准", "≤7.5元/亩", "≤7.5元/亩"),
        ("效益指标", "经济效益指标", "户均禁牧补助收入", "≥3000元", "≥1500元"),
        (None, "生态效益指标", "禁牧区草原综合植被盖度", "≥75%", "≥73%"),
        (None, "可持续影响指标", "禁牧区违规放牧发生率", "≤2%", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "受补助牧户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("no12-state-forest-farm", (8, 4), "three-year project, NAT-2021, 中期 and 年度 columns; "
         "an annual count above its period count and a vague value")  # fmt: skip
def no12() -> Book:
    b, s = book()
    project_head(
        s, year=2026, years=3, name="国有林场基础设施提升", dept="青岚县林业局（312001）",
        unit="青岚县国有白石岭林场", attr="新增项目",
        money=multi_year_money((w(1500), w(1350), w(150)), (w(520), w(480), w(40))),
        goals=["三年改造林场管护站点12个，修建林区道路30公里，改善职工生产生活条件。",
               "当年改造管护站点4个，修建林区道路10公里。"],
    )  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "改造管护站点数量", "≥12个",
         mk("≥15个", "D201", "error", note="4 stations this year (年度目标), not 15 of 12")),
        (None, None, "修建林区道路长度", "≥30公里", "≥10公里"),
        (None, "质量指标", "工程竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度建设任务完成时间", "每年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "每公里林区道路建设成本", "≤25万元/公里", "≤25万元/公里"),
        ("效益指标", "社会效益指标", "林场职工生产生活条件",
         mk("按照上级要求进一步改善", "T102", "warning", row=True,
            note="no measurable target (e.g. 管护站点达标率 ≥N%)"),
         "按照上级要求进一步改善"),
        (None, "生态效益指标", "林场森林覆盖率", "≥85%", "≥84%"),
        ("满意度指标", "服务对象满意度指标", "林场职工满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("no16-pest-control-capacity", (8, 12), "two-year project, OLD-NAT, 中期 and 年度 columns; "
         "the 中期 money does not add up and a 覆盖率 is given as a count")  # fmt: skip
def no16() -> Book:
    b, s = book()
    project_head(
        s, year=2026, years=2, name="林业有害生物防控能力建设", dept="临溪市林业和草原局（401007）",
        unit="临溪市森林病虫害防治检疫站", attr="新增项目",
        money=multi_year_money(
            (mk(w(500), "B101", "error", note="450 + 30 = 480, not 500"), w(450), w(30)),
            (w(260), w(240), w(20))),
        goals=["两年建成标准化监测站点30个，林业有害生物监测预报体系覆盖全市。",
               "当年建成标准化监测站点18个，配备监测设备。"],
    )  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "建成标准化监测站点", "≥30个", "≥18个"),
        (None, None, "配备监测设备台套", "≥90台套", "≥54台套"),
        (None, "质量指标", "乡镇监测站点覆盖率",
         mk("≥30个", "T105", "error", row=True, note="a 覆盖率 given as a count of 个"),
         "≥18个"),
        (None, None, "监测预报准确率", "≥90%", "≥88%"),
        (None, "时效指标", "疫情发现后报告时限", "≤24小时", "≤24小时"),
        (None, "成本指标", "单个标准化站点建设成本", "≤14万元/个", "≤14万元/个"),
        ("效益指标", "生态效益指标", "林业有害生物成灾率", "≤3‰", "≤3‰"),
        (None, "可持续影响指标", "监测站点运行维护制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "基层林业站满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("no17-reserve-forest", (8,), "three-year project, OLD-NAT, two complete "
         "column sets (二级/三级/指标值 for 中期, then for 年度), "
         "percentages stored as Excel stores them")  # fmt: skip
def no17() -> Book:
    b, s = book(widths=(12, 12, 24, 14, 12, 24, 14))
    project_head(
        s, year=2026, years=3, name="国家储备林基地建设", dept="青岚县林业局（312001）",
        unit="青岚县国有苍岭林场", attr="新增项目",
        money=multi_year_money((w(2400), w(1800), w(600)), (w(800), w(600), w(200))),
        goals=["三年新建和改培国家储备林2000公顷，培育珍贵树种和大径材。",
               "当年新建和改培国家储备林700公顷。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标（中期）", "三级指标（中期）", "中期指标值",
          "二级指标（年度）", "三级指标（年度）", "年度指标值")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "新建和改培储备林面积", "≥2000公顷",
         "数量指标", "新建和改培储备林面积", "≥700公顷"),
        (None, None, "培育珍贵树种面积", "≥400公顷", None, "培育珍贵树种面积", "≥150公顷"),
        (None, "质量指标", "造林当年成活率", pct(0.9, GE), "质量指标", "造林当年成活率",
         pct(0.9, GE)),
        (None, "时效指标", "年度造林任务完成率", pct(0.95, GE), "时效指标", "年度造林任务完成率",
         pct(0.95, GE)),
        (None, "成本指标", "每公顷建设成本", "≤1.2万元/公顷", "成本指标", "每公顷建设成本",
         "≤1.1万元/公顷"),
        ("效益指标", "经济效益指标", "储备林蓄积增加量", "≥3万立方米", "经济效益指标",
         "储备林蓄积增加量", "≥1万立方米"),
        (None, "生态效益指标", "项目区森林覆盖率", pct(0.68, GE), "生态效益指标",
         "项目区森林覆盖率", pct(0.665, GE1)),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", pct(0.9, GE), "服务对象满意度指标",
         "林区群众满意度", pct(0.9, GE)),
    ], merged=(1, 2, 5))  # fmt: skip
    return b
