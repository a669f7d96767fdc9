"""药材市场质量抽检: sampling plans, stacked markets, a department, quick tests, duplicates."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout651.common import (
    YEAR,
    indicators,
    notes,
    one_year,
    periods,
    signature,
    start,
    wan,
)
from tests.variants.holdout651.registry import variant
from tests.variants.kit import Book, day, mk

SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
PLAIN = ("一级指标", "二级指标", "三级指标", "指标值", "备注", None)


@variant("gk07-sampling-points", (10,),
         "project, NAT-2021, tier-1 and indicator score columns (100 both ways), a rate raised "
         "in 百分点, 0起 on an incident count (correct)")  # fmt: skip
def sampling_points() -> Book:
    b, s = start(widths=(14, 8, 16, 30, 18, 8))
    project_head(s, year=YEAR, name="宕泉中药材交易市场当归质量抽检项目",
                 dept="云岔市市场监督管理局（406001）", unit="云岔市药品检验检测中心",
                 money=one_year(wan(48), wan(48), wan(0)),
                 goals=["全年抽检宕泉市场当归及饮片不少于500批次，"
                        "抽检合格率比上年提高3个百分点以上。"])  # fmt: skip
    indicators(s, SCORED, [
        ("成本指标", 10, "经济成本指标", "单批次抽检费用", "≤0.08万元/批次", 10),
        ("产出指标", 50, "数量指标", "当归及饮片抽检批次", "≥500批次", 20),
        (None, None, "质量指标", "二氧化硫残留量检测覆盖率", "=100%", 15),
        (None, None, "时效指标", "检验报告出具时限", "≤7个工作日", 15),
        ("效益指标", 30, "社会效益指标", "市场当归抽检合格率提高", "≥3百分点", 15),
        (None, None, None, "假劣当归流入市场事件", "0起", 15),
        ("满意度指标", 10, "服务对象满意度指标", "市场经营户满意度", "≥90%", 10),
    ], merged=(1, 2, 3), label="绩效指标")  # fmt: skip
    signature(s, "苟文岫", "0938-7201546")
    return b


@variant("gk08-sampling-wrong", (11,),
         "project, NAT-2021, one value column: the goal's batch count against the indicator, a "
         "unit cost beyond the money, an 超标率 with ≥")  # fmt: skip
def sampling_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="云岔市药材市场当归质量监督抽检项目",
                 dept="云岔市市场监督管理局（406001）", unit="云岔市药品检验检测中心",
                 money=one_year(wan(40), wan(40), wan(0)),
                 goals=["全年在归谷、宕泉两个药材市场抽检当归及饮片600批次，"
                        "重点检测二氧化硫残留量。"])  # fmt: skip
    indicators(s, PLAIN, [
        ("成本指标", "经济成本指标", "单批次检验费用",
         mk("≤900元/批次", "B107", "warning", row=True,
            note="900元×500批次=45万元，×600批次=54万元，均超过资金40万元")),
        ("产出指标", "数量指标", "当归及饮片抽检批次",
         mk("≥500批次", "D104", "warning", row=True, note="年度目标写600批次")),
        (None, "质量指标", "二氧化硫残留量超标率",
         mk("≥5%", "T108", "warning", row=True, note="超标率是反向指标，应为≤")),
        (None, "时效指标", "检验报告出具时限", "≤10个工作日"),
        ("效益指标", "社会效益指标", "市场当归抽检合格率", "≥92%"),
        (None, "可持续影响指标", "抽检结果公示次数", "≥4次"),
        ("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "苟文岫", "0938-7201546")
    return b


@variant("gk09-two-markets-stacked", (2, 12),
         "two projects stacked, OLD-NAT: the second's money does not add up and its end date "
         "is last year's")  # fmt: skip
def two_markets_stacked() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="归谷药材市场当归快检室运行项目",
                 dept="云岔市市场监督管理局", unit="归谷药材市场管理服务所",
                 money=one_year(wan(25), wan(20), wan(5)),
                 goals=["全年快检当归及饮片3000批次，快检阳性样品全部送实验室复核。"])  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "当归快检批次", "≥3000批次"),
        (None, "质量指标", "阳性样品送检复核率", "=100%"),
        (None, "时效指标", "快检结果出具时限", "≤2小时"),
        (None, "成本指标", "单批次快检成本", "≤80元/批次"),
        ("效益指标", "社会效益指标", "市场当归快检合格率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "经营户满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    s.skip(2)
    project_head(s, year=YEAR, title="", name="宕泉药材市场当归饮片监督抽检项目",
                 dept="云岔市市场监督管理局", unit="宕泉药材市场管理服务所",
                 end=mk(day(YEAR - 1, 12, 31), "Y104", "error", alt=("Y102", "Y101"),
                        note="计划完成日期是上一年，早于开始日期2025-01-01"),
                 money=one_year(mk(wan(35), "B101", "error", note="28+5=33，总额写35"),
                                wan(28), wan(5)),
                 goals=["全年监督抽检宕泉市场当归饮片400批次。"])  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "当归饮片监督抽检批次", "≥400批次"),
        (None, "质量指标", "检验结果准确率", "≥99%"),
        (None, "时效指标", "抽检报告出具时限", "≤10个工作日"),
        (None, "成本指标", "单批次检验费用", "≤700元/批次"),
        ("效益指标", "社会效益指标", "市场当归快检合格率", "≥92%"),
        ("满意度指标", "服务对象满意度指标", "经营户满意度", "≥88%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "苟文岫", "0938-7201546")
    return b


@variant("gk10-monitoring-station", (5, 12),
         "department, NAT-2021, numbered tier labels with points "
         "(一、产出指标（50分）, （一）, 1.), budget and tasks consistent, a goal total "
         "with its parts (correct)")  # fmt: skip
def monitoring_station() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="云岔市中药材质量监测站",
                    budget=[(wan(610), wan(560), wan(50), wan(330), wan(280))],
                    tasks=[("药材市场常规抽检", "抽检当归及饮片1200批次", wan(150), "1200批次"),
                           ("硫残留专项监测", "监测熏蒸当归300批次", wan(80), "300批次"),
                           ("快检能力建设", "配置快检设备，培训快检员", wan(50), "快检室2个"),
                           ("金额合计", None, wan(280), None)],
                    goal="全年完成当归等药材抽检监测1500批次（常规抽检1200批次、"
                         "硫残留专项监测300批次），市场当归抽检合格率达到93%以上。")  # fmt: skip
    indicators(s, (*PLAIN[:4], "计量单位", None), [
        ("一、产出指标（50分）", "（一）数量指标", "1.当归及饮片常规抽检批次", "≥1200", "批次"),
        (None, None, "2.硫残留专项监测批次", "≥300", "批次"),
        (None, "（二）质量指标", "1.检验结果准确率", "≥99", "%"),
        (None, "（三）时效指标", "1.抽检报告出具时限", "≤10", "个工作日"),
        ("二、成本指标（10分）", "（一）经济成本指标", "1.常规抽检单批次成本", "≤0.12",
         "万元/批次"),
        ("三、效益指标（30分）", "（一）社会效益指标", "1.市场当归抽检合格率", "≥93", "%"),
        (None, None, "2.不合格药材依法处置率", "=100", "%"),
        (None, "（二）可持续影响指标", "1.抽检数据库累计入库批次", "≥5000", "批次"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.药材经营户满意度", "≥90",
         "%"),
    ], label="年度绩效指标")  # fmt: skip
    signature(s, "乔映川", "0938-7203317")
    return b


@variant("gk11-quick-test-network", (8, 7),
         "two-year project, NAT-2021, two-row header with 中期 and 年度 under 指标值 and a "
         "unit column; period counts above the year's, a later year the work "
         "prepares for (correct)")  # fmt: skip
def quick_test_network() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="药材市场当归快检网络建设项目",
                 dept="云岔市市场监督管理局（406001）", unit="云岔市药品检验检测中心",
                 money=periods((wan(90), wan(80), wan(10)), (wan(50), wan(45), wan(5))),
                 goals=["两年在全市4个药材市场建成快检室4个，完成快检6000批次，"
                        "为2027年全市推广当归快检积累经验。",
                        "2025年建成快检室2个，完成快检2500批次。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位", merge=[(4, 5)])
    s.row(None, None, None, "中期", "年度", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "快检室建成数量", "≥4", "≥2", "个"),
        (None, None, "当归快检批次", "≥6000", "≥2500", "批次"),
        (None, "质量指标", "快检与实验室复核符合率", "≥90", "≥90", "%"),
        (None, "时效指标", "快检结果出具时限", "≤2", "≤2", "小时"),
        ("成本指标", "经济成本指标", "单个快检室建设成本", "≤20", "≤20", "万元/个"),
        ("效益指标", "社会效益指标", "市场当归快检覆盖率", "≥80", "≥60", "%"),
        ("满意度指标", "服务对象满意度指标", "经营户满意度", "≥90", "≥90", "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：中期指标值为2025—2026年累计数，年度指标值为2025年数。")
    signature(s, "乔映川", "0938-7203317")
    return b


@variant("gk12-abbreviated-duplicates", (5, 13),
         "project, OLD-NAT, abbreviated labels with ★, header 绩效目标值: one indicator twice "
         "with two values, a satisfaction rate under 社会效益, a value without a name")  # fmt: skip
def abbreviated_duplicates() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="宕泉药材市场当归质量专项抽检项目",
                 dept="云岔市市场监督管理局", unit="云岔市药品检验检测中心",
                 money=one_year(wan(36), wan(30), wan(6)),
                 goals=["全年专项抽检宕泉市场当归450批次，其中硫磺熏蒸当归150批次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值", "备注", None), [
        ("★产出", "数量", "当归专项抽检批次", "≥450批次"),
        (None, None, "硫磺熏蒸当归抽检批次", "≥150批次"),
        (None, "质量", "检验报告合格率", "≥98%"),
        (None, None, mk(None, "F110", "error", note="填了指标值，三级指标名称为空"), "≥95%"),
        (None, "时效", "检验报告出具时限", "≤10个工作日"),
        (None, "成本", "单批次检验费用", "≤800元/批次"),
        ("★效益", "社会效益", mk("当归专项抽检批次", "D102", "error", row=True,
                                alt=("D101", "D103", "F201"),
                                note="与数量下的同名指标重复，且值不同（450/500）"), "≥500批次"),
        (None, None, mk("市场经营户满意度", "F201", "warning", row=True,
                        note="满意度填在社会效益下，应属服务对象满意度"), "≥90%"),
        ("★满意度", "服务对象满意度", "药材采购商满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "乔映川", "0938-7203317")
    return b
