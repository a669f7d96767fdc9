"""Returns dv01–dv06: banana (香蕉) ripening rooms: building, cold chain, stacked projects, a
three-year programme and a department's flat list."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout584.common import (
    YEAR,
    book,
    header,
    indicators,
    multi_year,
    notes,
    one_year,
)
from tests.variants.holdout584.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct


@variant("dv01-rooms-points", (1, 5, 7), "project, NAT-2021, numbered tier labels with points, "
         "headers 指标内容 and 绩效标准 with a unit column, typed percent cells, a goal text that "
         "sums its indicators (correct)")  # fmt: skip
def dv01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="芭溪镇香蕉气调催熟房新建与改造项目",
                 dept="椰坪县农业农村局（317）", unit="芭溪镇农业服务中心", attr="新增项目",
                 money=one_year(120, 100, 20),
                 goals=["新建气调催熟房12间、改造旧催熟房8间，全镇催熟房共增20间，"
                        "日催熟能力提高到60吨，催熟果着色均匀。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "指标内容", "绩效标准", "计量单位", "备注")
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "1.新建气调催熟房", "≥12", "间", None),
        (None, None, "2.改造旧催熟房", "≥8", "间", None),
        (None, "（二）质量指标", "3.催熟房竣工验收合格率", pct(1), "%", "一次验收"),
        (None, None, "4.催熟果着色均匀率", pct(0.95), "%", None),
        (None, "（三）时效指标", "5.催熟房投入使用时间", "≤2026年10月31日", None, None),
        ("二、成本指标（10分）", "（一）经济成本指标", "6.新建催熟房单间造价", "≤6", "万元/间",
         "12间共≤72万元"),
        (None, None, "7.旧催熟房单间改造费用", "≤5", "万元/间", "8间共≤40万元"),
        ("三、效益指标（30分）", "（一）经济效益指标", "8.日催熟能力", "≥60", "吨", None),
        (None, "（二）社会效益指标", "9.带动蕉农就近销售户数", "≥300", "户", None),
        (None, "（三）生态效益指标", "10.乙烯利残留超标批次", "≤0", "批次", "抽检零超标"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "11.蕉农和收购商满意度",
         pct(0.9), "%", "不低于"),
    ])  # fmt: skip
    notes(s, "注：单间造价以县财政评审结果为准。")
    return b


@variant("dv02-text-and-end-date", (11, 12), "project, OLD-NAT, operator column 指标性质 and "
         "unit column; the 年度目标 counts more rooms than its indicator, a completion date past "
         "the one-year 项目期")  # fmt: skip
def dv02() -> Book:
    b, s = book()
    end = mk(day(2027, 6, 30), "Y102", "error", alt=("Y101", "Y104"),
             note="项目期1年、预算年度2026，计划完成日期却在2027年")  # fmt: skip
    goal = ok("改造催熟间15间，新增冷藏周转能力800吨，降低采后催熟损耗。", "warning",
              note="D104 may land at the goal text")  # fmt: skip
    project_head(s, year=YEAR, name="椰坪县香蕉采后催熟冷链配送中心改造项目",
                 dept="椰坪县供销合作联社（402）", unit="椰坪县农产品冷链物流公司",
                 money=one_year(260, 200, 60), goals=[goal], end=end)  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    count = mk(10, "D104", "warning", row=True,
               note="年度目标写改造催熟间15间，指标只有≥10间")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "改造催熟间数量", "≥", count, "间"),
        (None, None, "新增冷藏周转能力", "≥", 800, "吨"),
        (None, "质量指标", "催熟间温湿度控制达标率", "≥", 95, "%"),
        (None, "时效指标", "改造工程完工时间", "≤", "2026年11月30日", None),
        (None, "成本指标", "催熟间改造单价", "≤", 12, "万元/间"),
        ("效益指标", "经济效益指标", "采后催熟损耗率", "≤", 3, "%"),
        (None, "社会效益指标", "冷链配送覆盖乡镇数", "≥", 9, "个"),
        ("满意度指标", "服务对象满意度指标", "蕉农满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("dv03-cold-store-second-sheet", (7,), "project: head on the first sheet, OLD-NAT "
         "indicator table on a second sheet under 预期实现值, a count repeated in the goal text "
         "with the same value, a later year named on purpose (correct)")  # fmt: skip
def dv03() -> Book:
    b, s = book("项目信息")
    goal = ok("全年完成香蕉预冷催熟3.6万吨，为2028年建成滨湾市区域催熟集散中心积累运行数据。",
              "warning", note="2028年是有意写出的远期规划，不是年度冲突")  # fmt: skip
    project_head(s, year=YEAR, name="滨湾市香蕉预冷催熟库运行维护项目",
                 dept="滨湾市商务局（228）", unit="滨湾市果蔬批发市场服务中心",
                 attr="常年项目", money=one_year(180, 180, 0), goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标", (14, 14, 30, 18, 12))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    header(t, "一级指标", "二级指标", "三级指标", "预期实现值", "计量单位")
    indicators(t, [
        ("产出指标", "数量指标", "预冷催熟处理量", "≥3.6", "万吨"),
        (None, "质量指标", "冷库温控达标率", pct(0.95), "%"),
        (None, None, "催熟后货架期", "≥5", "天"),
        (None, "时效指标", "设备故障停机时长", "≤48", "小时"),
        (None, "成本指标", "单吨预冷催熟运行成本", "≤45", "元/吨"),
        ("效益指标", "经济效益指标", "制冷能耗", "≤38", "千瓦时/吨"),
        (None, "可持续影响指标", "冷库设备完好率", "≥98%", "%"),
        ("满意度指标", "服务对象满意度指标", "入库客户满意度", "≥90%", "%"),
    ])  # fmt: skip
    notes(t, "说明：运行成本3.6万吨×45元/吨=162万元，在年度资金内。", width=5)
    return b


@variant("dv04-stacked-duplicate", (2,), "two ripening projects stacked in one sheet, OLD-NAT, "
         "one value column: the second repeats a count with another value and keeps a goal text "
         "from the year before")  # fmt: skip
def dv04() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="芭溪镇香蕉催熟房运行补助项目", dept="椰坪县农业农村局（317）",
                 unit="芭溪镇农业服务中心", money=one_year(48, 48, 0),
                 goals=["补助催熟房运行，全年催熟香蕉1.2万吨。"])  # fmt: skip
    header(s)
    indicators(s, [
        ("产出指标", "数量指标", "补助催熟香蕉量", "≥1.2万吨"),
        (None, "质量指标", "催熟房乙烯浓度控制达标率", "≥95%"),
        (None, "成本指标", "每吨催熟运行补助", "≤40元/吨"),
        ("效益指标", "经济效益指标", "催熟果收购溢价", "≥0.2元/公斤"),
        ("满意度指标", "服务对象满意度指标", "蕉农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    old = mk("2025年完成分级包装催熟一体化线建设并投入运行，年处理香蕉5000吨。", "Y103",
             "warning", alt=("Y101",), note="上年的目标原样留在2026年的申报表中")  # fmt: skip
    project_head(s, year=YEAR, name="椰坪县香蕉分级包装催熟一体化项目", title="",
                 dept="椰坪县农业农村局（317）", unit="椰坪县蕉业合作联社",
                 money=one_year(90, 70, 20), goals=[old])  # fmt: skip
    header(s)
    first = mk("6间", "D102", "error", row=True, required=False, alt=("D101", "D103"))
    second = mk("8间", "D102", "error", row=True, alt=("D101", "D103"),
                note="同一项目两次写催熟房建成数量，6间与8间不能同时成立")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "催熟房建成数量", first),
        (None, None, "分级包装线年处理量", "≥5000吨"),
        (None, "质量指标", "催熟房乙烯浓度控制达标率", "≥90%"),
        (None, "时效指标", "一体化线投产时间", "≤2026年9月30日"),
        (None, "成本指标", "单吨分级包装成本", "≤120元/吨"),
        ("效益指标", "经济效益指标", "催熟房建成数量", second),
        (None, "社会效益指标", "带动合作社成员户数", "≥150户"),
        ("满意度指标", "服务对象满意度指标", "合作社成员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dv05-three-year-rooms", (8,), "three-year project 2026–2028, NAT-2021, 中期 and 年度 "
         "columns: the 中期目标 text and its count disagree, an annual count above its period "
         "count, an acceptance date after the 项目期")  # fmt: skip
def dv05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="椰坪县香蕉标准化催熟房三年建设项目",
                 dept="椰坪县农业农村局（317）", unit="椰坪县蕉业发展中心",
                 money=multi_year((540, 450, 90), (180, 150, 30)),
                 goals=["三年累计建成标准化催熟房36间，辐射蕉园4.5万亩。",
                        "2026年建成标准化催熟房12间，培训催熟技术人员200人次。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    period = mk("≥30间", "D104", "warning", row=True,
                note="中期目标写三年累计36间，中期指标只有≥30间")  # fmt: skip
    late = mk("2029年6月30日前", "Y102", "error", alt=("Y103",),
              note="项目期2026—2028年，验收日期落在项目期之后")  # fmt: skip
    annual = mk("≥260人次", "D201", "error", note="年度培训人次大于三年的实施期人次")
    indicators(s, [
        ("产出指标", "数量指标", "建成标准化催熟房", period, "≥12间"),
        (None, None, "培训催熟技术人员", "≥200人次", annual),
        (None, "质量指标", "催熟房竣工验收合格率", "100%", "100%"),
        (None, "时效指标", "催熟房全部竣工验收时间", late, "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单间建设成本", "≤13万元/间", "≤13万元/间"),
        ("效益指标", "经济效益指标", "辐射蕉园面积", "≥4.5万亩", "≥1.5万亩"),
        (None, "可持续影响指标", "催熟房建成后使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "蕉农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dv06-flat-department", (3, 1, 12), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percent cells, a 下降率 with ≥, weights add to "
         "100, budget and tasks consistent (correct)")  # fmt: skip
def dv06() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="椰坪县香蕉产业发展服务中心",
                    budget=[tuple(money(v, WAN) for v in (860, 800, 60, 310, 550))],
                    tasks=[("催熟技术推广", "推广气调催熟与乙烯精准控制", money(220, WAN),
                            "推广催熟房120间"),
                           ("催熟房运行监管", "抽检催熟果品与催熟剂使用", money(180, WAN),
                            "抽检1200批次"),
                           ("冷链配送补助", "补助催熟果冷链配送", money(150, WAN), "配送3万吨"),
                           ("金额合计", None, money(550, WAN), None)],
                    goal="推广催熟房120间，抽检催熟果品1200批次，补助冷链配送3万吨，"
                         "降低催熟损耗。")  # fmt: skip
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("推广气调催熟房数量", 20, "间", "≥", 120),
        ("催熟果品抽检批次", 15, "批次", "≥", 1200),
        ("催熟果品抽检合格率", 15, "%", "≥", pct(0.96)),
        ("冷链配送补助量", 15, "万吨", "≥", 3),
        ("果品催熟损耗下降率", 10, "%", "≥", pct(0.03)),
        ("催熟剂违规使用案件数", 10, "起", "≤", 0),
        ("抽检结果公开及时率", 5, "%", "≥", pct(0.98)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：损耗下降率为比上年下降的比例，按正数填写。", width=5)
    return b
