"""Dragon fruit (火龙果) returns: dh01-dh06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout570.common import (
    HEAD4,
    YEAR,
    book,
    funds,
    indicators,
    m,
    notes,
    sign,
)  # fmt: skip
from tests.variants.holdout570.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("dh01-lamp-percent", (1,), "project, OLD-NAT, operator and unit columns, percents typed "
         "in Excel, 万元 only in the number format (correct)")  # fmt: skip
def lamp_percent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="澄沙县火龙果冬季补光增产项目",
                 dept="澄沙县农业农村局（413021）", unit="澄沙县经济作物技术推广站",
                 money=funds(m(80), m(65), m(15)),
                 goals=["红坭镇、棠浦镇安装补光灯3200盏，建成补光示范基地400亩。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "火龙果补光灯安装数量", "≥", 3200, "盏"),
        (None, None, "补光示范基地面积", "≥", 400, "亩"),
        (None, "质量指标", "补光灯验收合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "补光灯安装完成时间", "≤", day(YEAR, 9, 30, CN_DATE), None),
        (None, "成本指标", "补光灯采购安装单价", "≤", 180, "元/盏"),
        ("效益指标", "经济效益指标", "冬季反季节果亩均增收", "≥", 1500, "元/亩"),
        (None, "社会效益指标", "带动种植户数", "≥", 260, "户"),
        (None, "可持续影响指标", "补光设施使用年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("dh02-canker-direction", (11,), "project, OLD-NAT, 指标性质 as direction and 指标方向 "
         "as operator in words, bare numbers with a unit column: a 正向 count with 小于等于, "
         "a 反向 rate with 大于等于")  # fmt: skip
def canker_direction() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="火龙果溃疡病统防统治项目",
                 dept="岭汀区农业农村局", unit="岭汀区植保植检站",
                 money=funds(m(40), m(40), m(0)),
                 goals=["对1200亩火龙果开展溃疡病统防统治，降低病果损失。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "溃疡病统防统治面积", "正向", "大于等于", 1200, "亩"),
        (None, None, "发放生物防治药剂", "正向",
         mk("小于等于", "T108", "warning", row=True,
            note="正向 count of kits handed out capped with 小于等于"), 3000, "套"),
        (None, "质量指标", "防治效果达标率", "正向", "大于等于", 90, "%"),
        (None, "时效指标", "药剂到户时间", "反向", "小于等于", 15, "个工作日"),
        (None, "成本指标", "每亩统防统治成本", "反向", "小于等于", 220, "元/亩"),
        ("效益指标", "经济效益指标", "溃疡病病果损失率", "反向",
         mk("大于等于", "T108", "warning", row=True,
            note="反向 loss rate with 大于等于: the target rewards more loss"), 8, "%"),
        (None, "生态效益指标", "化学农药使用量下降率", "正向", "大于等于", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("dh03-stacked-coldchain", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same satisfaction indicator with different values (correct)")  # fmt: skip
def stacked_coldchain() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="火龙果产地预冷库建设项目", dept="蕉湾市农业农村局",
                 unit="蕉湾市果蔬产业服务中心", money=funds(m(150), m(120), m(30)),
                 goals=["建成产地预冷库库容800立方米，采后损耗率降到8%以内。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "预冷库库容", "≥800立方米"),
        (None, "质量指标", "预冷库工程验收合格率", "=100%"),
        (None, "时效指标", "预冷库投入使用时间", "2025年10月31日前"),
        (None, "成本指标", "预冷库单位库容建设成本", "≤1500元/立方米"),
        ("效益指标", "经济效益指标", "火龙果采后损耗率", "≤8%"),
        (None, "可持续影响指标", "预冷库运营年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="火龙果区域品牌推介项目", dept="蕉湾市农业农村局",
                 unit="蕉湾市果蔬产业服务中心", money=funds(m(40), m(40), m(0)), title="",
                 goals=["举办产销对接推介会6场，打响“蕉湾红心”火龙果品牌。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "产销对接推介会场次", "≥6场"),
        (None, "质量指标", "签约采购商履约率", "≥85%"),
        (None, "时效指标", "推介活动完成时间", "2025年12月15日前"),
        (None, "成本指标", "单场推介会费用", "≤5万元/场"),
        ("效益指标", "经济效益指标", "品牌火龙果订单销售量", "≥3000吨"),
        (None, "社会效益指标", "品牌授权使用主体数", "≥20家"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("dh04-flat-station", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), weights 100, a 下降率 with ≥, 0起 (correct)")  # fmt: skip
def flat_station() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="红坭镇农业综合服务中心",
                    budget=[(m(860), m(800), m(60), m(520), m(340))],
                    goal="推广火龙果标准化种植600亩，培训果农900人次。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("火龙果标准化种植示范面积", 15, "亩", "≥", 600),
        ("果农技术培训人次", 10, "人次", "≥", 900),
        ("火龙果种苗检疫合格率", 10, "%", "≥", pct(0.98)),
        ("化肥使用量下降率", 10, "%", "≥", 5),
        ("火龙果质量安全事故", 10, "起", "=", 0),
        ("示范基地亩均产量", 15, "公斤/亩", "≥", 2500),
        ("带动农户增收户数", 10, "户", "≥", 150),
        ("技术服务响应时间", 10, "小时", "≤", 24),
        ("果农满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100, None, None, None)
    sign(s, "韦秋萍", "0768-5531207", day(YEAR - 1, 11, 26))
    return b


@variant("dh05-fertigation-points", (10,), "project, NAT-2021, tier-1 score column and "
         "indicator score column: 产出 scores not adding to 50, a rate as a count")  # fmt: skip
def fertigation_points() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="火龙果水肥一体化改造项目", dept="棠浦镇人民政府",
                 unit="棠浦镇农业服务中心", money=funds(m(95), m(80), m(15)),
                 goals=["改造火龙果水肥一体化设施500亩，节水节肥、提高优质果比例。"])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标",
         mk(50, "W103", "error", alt=("W101",),
            note="indicator scores under 产出 are 20+15+10+10 = 55, not 50"),
         "数量指标", "水肥一体化改造面积", "≥500亩", 20),
        (None, None, None, "智能施肥机安装数量", "≥25台", 15),
        (None, None, "质量指标", "设施验收合格率", "=100%", 10),
        (None, None, "时效指标", "改造完成时间", "2025年8月31日前", 10),
        ("成本指标", 10, "经济成本指标", "每亩改造成本", "≤1600元/亩", 10),
        ("效益指标", 30, "经济效益指标",
         "火龙果优质果率", mk("≥800吨", "T105", "error", note="a rate given in 吨"), 15),
        (None, None, "生态效益指标", "亩均化肥用量减少", "≥20公斤", 15),
        ("满意度指标", 10, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="indicator scores total 105: the excess of the 产出 mismatch")  # fmt: skip
    return b


@variant("dh06-second-sheet-nursery", (7,), "project, NAT-2021: head on the first sheet, the "
         "indicator table on a second sheet under 考核指标 and 预期实现值 (correct)")  # fmt: skip
def second_sheet_nursery() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="红心火龙果脱毒种苗繁育项目",
                 dept="蕉湾市农业农村局", unit="蕉湾市热带作物研究所",
                 money=funds(m(60), m(50), m(10)),
                 goals=["繁育脱毒种苗30万株，供应全市新植和改植果园。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("红心火龙果脱毒种苗繁育项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ("产出指标", "数量指标", "脱毒种苗繁育数量", "≥30万株"),
        (None, "质量指标", "种苗脱毒检测合格率", pct(0.95)),
        (None, "时效指标", "种苗出圃时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单株种苗繁育成本", "≤1.8元/株"),
        ("效益指标", "经济效益指标", "种苗供应新植果园面积", "≥750亩"),
        (None, "可持续影响指标", "种苗繁育技术规程", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "种苗使用户满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "注：脱毒种苗按每亩400株计，30万株可供750亩新植果园。", width=4)
    return b
