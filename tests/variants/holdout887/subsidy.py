"""Operating subsidies for city and rural bus lines (城市公交运营补贴): percent cells, stacked
projects, direction against operator (khm01–khm06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout887.common import HEAD4, HEAD6, YEAR, book, indicators, one_year, wan
from tests.variants.holdout887.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("khm01-subsidy-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format "
         "(correct)")  # fmt: skip
def subsidy_percent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="澜坪市城市公交运营补贴",
                 dept="澜坪市交通运输局（318001）",
                 unit="澜坪市公共交通集团有限公司", attr="常年项目",
                 money=one_year(wan(1850), wan(1700), wan(150)),
                 goals=["按运营里程核拨公交运营补贴，"
                        "保障全市86条线路正常运营，高峰准点率不低于92%。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "补贴运营线路数", "≥", 86, "条"),
        (None, None, "补贴运营里程", "≥", 770, "万车公里"),
        (None, "质量指标", "高峰时段发车准点率", "≥", pct(0.92), "%"),
        (None, None, "营运车辆年检合格率", "=", pct(1), "%"),
        (None, "时效指标", "季度补贴拨付时限", "≤", 15, "个工作日"),
        (None, "成本指标", "每车公里运营补贴标准", "≤", 2.4, "元/车公里"),
        ("效益指标", "社会效益指标", "公交日均客运量", "≥", 21, "万人次"),
        (None, None, "行车责任事故死亡人数", "≤", 0, "人"),
        (None, "生态效益指标", "公交机动化出行分担率比上年提高", "≥", 2, "百分点"),
        (None, "可持续影响指标", "公交线路运营连续性", "定性", "持续稳定", None),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    s.row("填报人：宋岱川", None, "联系电话：0739-5127468", None, "填报日期",
          day(YEAR, 1, 8, CN_DATE))  # fmt: skip
    return b


@variant("khm02-subsidy-percent-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns: a coverage rate typed as 105%, a share "
         "given in vehicles, a total that is not the sum of its sources")  # fmt: skip
def subsidy_percent_wrong() -> Book:
    b, s = book()
    total = mk(wan(960), "B101", "error", note="财政拨款 880 + 其他资金 60 = 940 ≠ 960")
    project_head(s, year=YEAR, name="柘湾县城乡公交一体化运营补贴",
                 dept="柘湾县交通运输局（407012）",
                 unit="柘湾县城乡公交有限公司", attr="延续项目",
                 money=one_year(total, wan(880), wan(60)),
                 goals=["补贴城乡公交线路运营，"
                        "实现132个建制村通公交，稳步提高纯电动车辆比例。"])  # fmt: skip
    cover = mk(pct(1.05), "T106", "error", note="覆盖率 cannot exceed 100%")
    share = mk(64, "T105", "error", row=True, note="an 占比 given as a number of vehicles")
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "通公交建制村数", "≥", 132, "个"),
        (None, None, "补贴运营里程", "≥", 450, "万车公里"),
        (None, "质量指标", "建制村公交覆盖率", "≥", cover, "%"),
        (None, None, "纯电动车辆占比", "≥", share, "辆"),
        (None, "时效指标", "补贴资金拨付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每车公里运营补贴标准", "≤", 2, "元/车公里"),
        ("效益指标", "社会效益指标", "城乡公交日均客运量", "≥", 1.6, "万人次"),
        (None, "可持续影响指标", "城乡公交线路持续运营", "定性", "稳定", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("khm03-stacked-lines", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values, cost standards equal to the money "
         "(correct)")  # fmt: skip
def stacked_lines() -> Book:
    b, s = book("绩效目标表")
    project_head(s, year=YEAR, name="常规公交线路运营亏损补贴",
                 dept="望澄市交通运输局（522003）",
                 unit="望澄市城市公交服务中心", attr="常年项目",
                 money=one_year(wan(1200), wan(1200), wan(0)),
                 goals=["对52条常规线路按车公里补贴运营亏损，"
                        "日均客运量不低于18万人次。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "享受补贴的常规公交线路", "≥52条"),
        (None, None, "年运营里程", "≥600万车公里"),
        (None, "质量指标", "线路准点率", "≥90%"),
        (None, "时效指标", "年度补贴清算完成时间", "12月31日前"),
        (None, "成本指标", "每车公里亏损补贴标准", "≤2元/车公里"),
        ("效益指标", "社会效益指标", "公交日均客运量", "≥18万人次"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=YEAR, name="老年人及残疾人免费乘车补贴",
                 dept="望澄市交通运输局（522003）",
                 unit="望澄市城市公交服务中心", attr="常年项目", title="",
                 money=one_year(wan(380), wan(380), wan(0)),
                 goals=["对持卡老年人和残疾人免费乘车按人次补贴，"
                        "全年免费乘车不少于380万人次。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "免费乘车办卡人数", "≥9.5万人"),
        (None, None, "年免费乘车人次", "≥380万人次"),
        (None, "质量指标", "办卡信息核验准确率", "≥98%"),
        (None, "时效指标", "补贴按季拨付及时率", "≥95%"),
        (None, "成本指标", "每人次免费乘车补贴标准", "≤1元/人次"),
        ("效益指标", "社会效益指标", "老年人公交出行便利程度", "提升"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("khm04-stacked-wrong", (2, 11),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "its sources' sum and its complaint rate carries ≥")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = book("绩效目标表")
    project_head(s, year=YEAR, name="夜间公交线路运营补贴",
                 dept="栖禾区交通运输局（611020）",
                 unit="栖禾区公交客运有限公司", attr="延续项目",
                 money=one_year(wan(150), wan(150), wan(0)),
                 goals=["保障6条夜间线路运营至凌晨1时，"
                        "补贴运营里程60万车公里。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "夜间运营线路", "≥6条"),
        (None, None, "夜间补贴运营里程", "≥60万车公里"),
        (None, "质量指标", "夜间班次准点率", "≥90%"),
        (None, "时效指标", "补贴资金拨付及时率", "≥95%"),
        (None, "成本指标", "每车公里运营补贴标准", "≤2.5元/车公里"),
        ("效益指标", "社会效益指标", "夜间公交日均客运量", "≥3200人次"),
        ("满意度指标", "服务对象满意度指标", "夜间乘客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(wan(260), "B101", "error", note="财政拨款 200 + 其他资金 40 = 240 ≠ 260")
    project_head(s, year=YEAR, name="定制公交试点补贴",
                 dept="栖禾区交通运输局（611020）",
                 unit="栖禾区公交客运有限公司", attr="新增项目", title="",
                 money=one_year(total, wan(200), wan(40)),
                 goals=["开通通勤定制公交线路12条，"
                        "补贴运营里程70万车公里。"])  # fmt: skip
    complaint = mk("≥1%", "T108", "warning", row=True, note="投诉率 is 反向: ≤ meant")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "开通定制公交线路", "≥12条"),
        (None, None, "定制公交补贴运营里程", "≥70万车公里"),
        (None, "质量指标", "乘客有效投诉率", complaint),
        (None, "时效指标", "试点线路开通时间", "6月30日前"),
        (None, "成本指标", "每车公里运营补贴标准", "≤3元/车公里"),
        ("效益指标", "社会效益指标", "定制公交日均乘车人次", "≥2400人次"),
        ("满意度指标", "服务对象满意度指标", "通勤乘客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khm05-direction-column", (11,),
         "project, NAT-2021, 指标性质 as direction (正向/反向) and 指标方向 as operator, bare "
         "numbers with a unit column; a 下降率 with ≥ and 0起 on accidents (correct)")  # fmt: skip
def direction_column() -> Book:
    b, s = book(widths=(14, 16, 28, 10, 10, 12, 12))
    project_head(s, year=YEAR, name="公交运营服务质量考核奖励资金",
                 dept="澜坪市交通运输局（318001）",
                 unit="澜坪市公共交通集团有限公司", attr="常年项目",
                 money=one_year(wan(600), wan(600), wan(0)),
                 goals=["对86条线路按季度开展服务质量考核，"
                        "按考核结果发放奖励资金。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "考核奖励资金总额", "反向", "≤", 600, "万元"),
        (None, "社会成本指标", "行车责任事故", "反向", "≤", 0, "起"),
        ("产出指标", "数量指标", "参加考核的公交线路", "正向", "≥", 86, "条"),
        (None, "质量指标", "考核得分达标线路比例", "正向", "≥", 90, "%"),
        (None, "时效指标", "考核结果公布时限", "反向", "≤", 10, "个工作日"),
        ("效益指标", "生态效益指标", "公交车百公里能耗下降率", "正向", "≥", 5, "%"),
        (None, "社会效益指标", "乘客有效投诉率", "反向", "≤", 0.02, "%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("khm06-direction-wrong", (11,),
         "project, NAT-2021, operators inside the values: a failure rate with ≥, a unit "
         "subsidy with =, a count of serviced buses with ≤")  # fmt: skip
def direction_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="公交车辆维修保养补助",
                 dept="望澄市交通运输局（522003）",
                 unit="望澄市公交车辆保修厂", attr="延续项目",
                 money=one_year(wan(1050), wan(1050), wan(0)),
                 goals=["对420辆营运公交车实施定期维修保养，"
                        "降低车辆机械故障率。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "单车年均维保补助",
         mk("=2.5万元/辆", "T108", "warning", row=True, note="a cost cap takes ≤, not =")),
        ("产出指标", "数量指标", "维保营运车辆数",
         mk("≤420辆", "T108", "warning", row=True, note="a 正向 count with ≤")),
        (None, "质量指标", "维保作业质量合格率", "≥98%"),
        (None, "时效指标", "定期保养按时完成率", "≥95%"),
        ("效益指标", "社会效益指标", "车辆机械故障率",
         mk("≥3%", "T108", "warning", row=True, note="故障率 is 反向: ≤ meant")),
        (None, "可持续影响指标", "车辆完好率比上年提高", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "驾驶员满意度", "≥90%"),
    ])  # fmt: skip
    return b
