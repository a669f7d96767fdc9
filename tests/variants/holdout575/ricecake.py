"""Rice-cake (年糕) returns dm07–dm12: stacked projects, flat department lists, multi-year
projects."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout575.common import (
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout575.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")


@variant("dm07-stacked-supply", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with other values in each project, a unit subsidy × count equal to the money "
         "(correct)")  # fmt: skip
def dm07() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=2025, name="春节年糕保供稳价项目", dept="荻港县发展和改革局",
                 unit="荻港县粮油食品公司", money=one_year(wan(80), wan(80), wan(0)),
                 goals=["春节前投放平价年糕200吨，覆盖社区销售网点60个。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "平价年糕投放量", "≥200吨"),
        (None, None, "社区销售网点", "≥60个"),
        (None, "质量指标", "年糕抽检合格率", "≥98%"),
        (None, "时效指标", "投放完成时间", "2025年1月25日前"),
        (None, "成本指标", "每吨平价补贴", "≤0.4万元/吨"),
        ("效益指标", "社会效益指标", "年糕零售价格涨幅", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="水磨年糕非遗工坊扶持项目",
                 dept="荻港县文化和旅游局", unit="荻港县文化馆",
                 money=one_year(wan(30), wan(25), wan(5)),
                 goals=["扶持水磨年糕非遗工坊4个，开展技艺展示12场。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "扶持非遗工坊", "≥4个"),
        (None, None, "技艺展示场次", "≥12场"),
        (None, "质量指标", "年糕抽检合格率", "≥95%"),
        (None, "时效指标", "扶持资金拨付时间", "2025年6月30日前"),
        (None, "成本指标", "单个工坊扶持标准", "≤6万元/个"),
        ("效益指标", "可持续影响指标", "非遗传承人带徒人数", "≥16人"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "莫振华", "0775-4471962")
    return b


@variant("dm08-stacked-workshops", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the first project's goal count "
         "against its indicator, the second project's total not its fiscal + other")  # fmt: skip
def dm08() -> Book:
    b, s = start()
    project_head(s, year=2025, name="年糕加工小作坊提升项目", dept="鹭汀区市场监督管理局",
                 unit="鹭汀区市场监督管理局", money=one_year(wan(50), wan(40), wan(10)),
                 goals=[ok("完成年糕小作坊改造35家，从业人员健康证持证率100%。")])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造年糕小作坊数量",
         mk("≥25家", "D104", "warning", row=True, note="年度目标写改造35家")),
        (None, "质量指标", "从业人员健康证持证率", "=100%"),
        (None, "时效指标", "改造验收完成时间", "2025年11月30日前"),
        (None, "成本指标", "单家作坊改造补助", "≤1.2万元/家"),
        ("效益指标", "社会效益指标", "年糕作坊抽检合格率", "≥96%"),
        ("满意度指标", "服务对象满意度指标", "作坊业主满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(90), "B101", "error", note="财政拨款75+其他资金10=85，不是90")
    project_head(s, year=2025, title="", name="年糕原料粳米储备项目", dept="鹭汀区粮食局",
                 unit="鹭汀区粮食收储公司", money=one_year(total, wan(75), wan(10)),
                 goals=["储备年糕加工用粳米500吨，轮换率不低于30%。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "粳米储备量", "≥500吨"),
        (None, "质量指标", "储备粳米质量达标率", "≥98%"),
        (None, "时效指标", "储备入库完成时间", "2025年10月31日前"),
        (None, "成本指标", "每吨储备费用", "≤0.16万元/吨"),
        ("效益指标", "社会效益指标", "储备粳米轮换率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dm09-flat-service-station", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100 with a 合计 row (correct)")  # fmt: skip
def dm09() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="檀屿县年糕产业服务站",
                    budget=[(wan(120), wan(100), wan(20), wan(70), wan(50))],
                    goal="培训年糕加工从业人员300人次，抽检150批次，"
                         "年糕抽检合格率保持97%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("年糕技术培训人次", 15, "人次", "≥", 300),
        ("年糕加工企业抽检批次", 15, "批次", "≥", 150),
        ("年糕抽检合格率", 15, "%", "≥", pct(0.97)),
        ("年糕出口额增长率", 10, "%", "≥", pct(0.08)),
        ("年糕产品投诉率", 10, "%", "≤", pct(0.01)),
        ("单批次抽检费用", 10, "万元/批次", "≤", 0.2),
        ("培训学员满意度", 15, "%", "≥", pct(0.9)),
        ("年糕产业产值增长率", 10, "%", "≥", pct(0.05, "0.0%")),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "卢月娥", "0776-8130254")
    return b


@variant("dm10-flat-two-columns", (3, 8),
         "department, flat list with 实施周期 and 年度 columns and a unit column: an annual area "
         "above its period value, an HTML tag in the goal, weights adding to 95")  # fmt: skip
def dm10() -> Book:
    b, s = start()
    goal = mk("推进红糖年糕特色产业，<br>年度新建标准化生产线6条，带动农户400户增收。",
              "X102", "warning", note="文字中残留 <br> 标签")  # fmt: skip
    department_head(s, year=2025, dept="鹭汀区农业农村局", goal=goal,
                    budget=[(wan(180), wan(150), wan(30), wan(60), wan(120))])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "实施周期指标值", "年度指标值")
    area = mk("≥3500", "D201", "error", note="年度3500亩超过实施周期3000亩")
    s.table([
        ("标准化年糕生产线新建数量", 20, "条", "≥15", "≥6"),
        ("带动农户增收户数", 20, "户", "≥1000", "≥400"),
        ("糯米种植基地面积", 15, "亩", "≥3000", area),
        ("年糕产品抽检合格率", 15, "%", "≥98%", "≥98%"),
        ("单条生产线建设补助", 10, "万元/条", "≤10", "≤10"),
        ("农户满意度", 15, "%", "≥90%", "≥90%"),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，应为100")
    return b


@variant("dm11-heritage-base", (4, 8),
         "three-year project, NAT-2021, 中期 and 年度 columns, a 注 row between tiers, 填表说明 "
         "and a signature dated the year before (correct)")  # fmt: skip
def dm11() -> Book:
    b, s = start()
    goals = ("2025—2027年建成年糕非遗传承基地1处，培养传承人30名，举办年糕文化节3届。",
             "2025年完成基地主体装修，培养传承人10名，举办年糕文化节1届。")  # fmt: skip
    project_head(s, year=2025, years=3, name="年糕非遗传承基地建设项目",
                 dept="檀屿县文化和旅游局", unit="檀屿县非遗保护中心", attr="新增项目",
                 money=multi_year((300, 260, 40), (110, 100, 10)), goals=goals)  # fmt: skip
    note = "注：中期指标值为2025—2027年累计值，年度指标值为2025年度值。"
    indicators(s, TWO, [
        ("产出指标", "数量指标", "培养年糕技艺传承人", "≥30", "≥10", "人"),
        (None, None, "举办年糕文化节", "3", "1", "届"),
        (None, "质量指标", "传承人技艺考核通过率", "≥90%", "≥90%", "%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前", None),
        (note, "", "", "", "", ""),
        ("成本指标", "经济成本指标", "传承人培养人均成本", "≤2", "≤2", "万元/人"),
        ("效益指标", "社会效益指标", "年糕文化节参与人次", "≥30000", "≥8000", "人次"),
        (None, "可持续影响指标", "非遗项目档案完整率", "=100%", "=100%", "%"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.中期指标值填写项目期累计目标；2.比率类指标填写百分比。")
    sign(s, "黄启明", "0777-3591620", day(2024, 12, 10, CN_DATE))
    return b


@variant("dm12-cold-chain", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a title year before the project "
         "period, cumulative counts copied into the annual column")  # fmt: skip
def dm12() -> Book:
    b, s = start()
    s.title(mk("2024年度项目支出绩效目标申报表", "Y101", "error", alt=("Y102", "Y103"),
               note="项目期2025—2027年，计划开始日期2025-01-01"), 6)  # fmt: skip
    goals = ("2025—2027年建设年糕冷链配送站12个，配备冷藏车24辆，覆盖乡镇网点150个。",
             "2025年建设冷链配送站4个，打通首批乡镇配送线路。")  # fmt: skip
    project_head(s, year=2025, years=3, title="", name="年糕冷链配送体系建设项目",
                 dept="鹭汀区商务局", unit="鹭汀区供销合作社",
                 money=multi_year((240, 200, 40), (90, 80, 10)), goals=goals)  # fmt: skip
    copied = "三年期累计数，年度值照抄中期值"
    indicators(s, TWO, [
        ("产出指标", "数量指标", "冷链配送站建设数量", "≥12", "≥4", "个"),
        (None, None, "冷藏车配备数量", "≥24", mk("≥24", "D202", "warning", note=copied), "辆"),
        (None, None, "覆盖乡镇网点数量", "≥150", mk("≥150", "D202", "warning", note=copied),
         "个"),
        (None, "质量指标", "冷链运输温控达标率", "≥98%", "≥98%", "%"),
        (None, "时效指标", "配送站年度建设完成时间", "2027年12月31日前", "2025年12月31日前",
         None),
        ("成本指标", "经济成本指标", "单个配送站建设成本", "≤15", "≤15", "万元/个"),
        ("效益指标", "经济效益指标", "年糕冷链配送量", "≥6000", "≥1500", "吨"),
        (None, "社会效益指标", "年糕运输损耗率", "≤3%", "≤3%", "%"),
        ("满意度指标", "服务对象满意度指标", "网点商户满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    return b
