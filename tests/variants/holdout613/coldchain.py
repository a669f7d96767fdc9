"""Returns ey13–ey18: 鹭汀市's cold-chain delivery of 卤味 and fresh food."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout613.common import OLD_HEAD, YEAR, funds, notes, sign, start, table, wan
from tests.variants.holdout613.registry import variant
from tests.variants.kit import Book, day, mk, pct

BUREAU = "鹭汀市商务局（512）"


@variant("ey13-lenglian-operator-words", (11, 1),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator in words, unit column, "
         "typed percent cells, 0起 on an accident count, a 下降率 with 大于等于 "
         "(correct)")  # fmt: skip
def words() -> Book:
    b, s = start(widths=(14, 16, 26, 10, 12, 12, 12))
    project_head(s, year=YEAR, name="鹭汀市卤味冷链配送服务补助项目", dept=BUREAU,
                 unit="鹭汀市冷链物流发展促进中心", money=funds(120, 100, 20),
                 goals=["全年补助冷链配送3600车次，覆盖卤味门店150家，"
                        "冷链交通安全事故0起。"])  # fmt: skip
    table(s, (*OLD_HEAD[:3], "指标性质", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "冷链配送车次", "正向", "大于等于", 3600, "车次"),
        (None, "质量指标", "配送全程温度达标率", "正向", "大于等于", pct(0.98), "%"),
        (None, None, "货损率", "反向", "小于等于", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "城区订单送达时限", "反向", "小于等于", 4, "小时"),
        (None, "成本指标", "单车次配送补贴标准", "反向", "小于等于", 250, "元/车次"),
        ("效益指标", "经济效益指标", "合作卤味门店数量", "正向", "大于等于", 150, "家"),
        (None, "社会效益指标", "冷链交通安全事故", "反向", "等于", 0, "起"),
        (None, "生态效益指标", "单车次碳排放下降率", "正向", "大于等于", pct(0.05), "%"),
        ("满意度指标", "服务对象满意度指标", "门店满意度", "正向", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：配送补贴按250元/车次×3600车次=90万元测算。", width=7)
    return b


@variant("ey14-lenglian-direction", (11,),
         "project, NAT-2021, operators inside the values: ≥ on a 货损率, ≤ on an on-time rate, "
         "the goal's vehicles against the indicator's")  # fmt: skip
def direction() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭汀市冷藏车购置更新项目", dept=BUREAU,
                 unit="鹭汀市城市配送有限公司", money=funds(560, 500, 60),
                 goals=["新增冷藏车30辆，卤味及生鲜准时送达率不低于95%，"
                        "货损率控制在1%以内。"])  # fmt: skip
    table(s, OLD_HEAD, [
        ("成本指标", "经济成本指标", "冷藏车购置单价", "≤18万元/辆"),
        ("产出指标", "数量指标", "冷藏车购置数量",
         mk("≥25辆", "D104", "warning", note="年度目标写新增冷藏车30辆")),
        (None, "质量指标", "货损率", mk("≥1%", "T108", "warning", row=True,
                                        note="反向指标，目标写1%以内")),
        (None, "时效指标", "卤味订单准时送达率", mk("≤95%", "T108", "warning", row=True,
                                                    note="正向指标用了≤")),
        ("效益指标", "社会效益指标", "冷链配送覆盖街镇数", "≥12个"),
        ("满意度指标", "服务对象满意度指标", "商户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ey15-lenglian-second-sheet", (7,),
         "project, NAT-2021: head on the first sheet, the table on a second sheet under a "
         "two-row header 预期实现值, a goal count with its parts in brackets "
         "(correct)")  # fmt: skip
def second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="云塘区社区冷链自提网点建设项目", dept="云塘区商务局（406）",
                 unit="云塘区供销合作社", money=funds(85, 70, 15), attr="新增项目",
                 goals=["建设社区冷链自提网点40个（其中城区28个、镇街12个），全年配送卤味及"
                        "生鲜订单不少于12万单。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 28, 14, 12))
    t.title("绩效指标表", 5)
    t.row("指标层级", None, "三级指标", "预期实现值", "计量单位", merge=[(1, 2)])
    t.row("一级指标", "二级指标")
    for c in (3, 4, 5):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table([
        ("成本指标", "经济成本指标", "单个网点建设成本", "≤1.8", "万元/个"),
        ("产出指标", "数量指标", "冷链自提网点建成数量", "≥40", "个"),
        (None, None, "年配送订单量", "≥12", "万单"),
        (None, "质量指标", "网点温控设备验收合格率", "≥98", "%"),
        (None, "时效指标", "网点投入使用时间", "2026年10月31日前", None),
        ("效益指标", "社会效益指标", "覆盖社区居民户数", "≥2.4", "万户"),
        (None, "可持续影响指标", "网点运营维护年限", "≥5", "年"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90", "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ey16-lenglian-dates", (7,),
         "project, NAT-2021, headers 考核指标, 目标值（年度） and a 评价标准 column: the plan "
         "ends before it starts, a deadline in the next year of a one-year project")  # fmt: skip
def dates() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭汀市冷链食品追溯平台升级项目", dept=BUREAU,
                 unit="鹭汀市冷链物流发展促进中心", money=funds(64, 64, 0),
                 start=day(YEAR, 3, 1), end=mk(day(YEAR - 1, 12, 31), "Y104", "error",
                                               alt=("Y102",), note="完成日期早于开始日期"),
                 goals=["完成冷链食品追溯平台升级，接入冷链企业260家，年内上线运行。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("成本指标", "经济成本指标", "平台升级开发费用", "≤64万元", "超支扣分"),
        ("产出指标", "数量指标", "接入冷链企业数量", "≥260家", "按比例扣分"),
        (None, "质量指标", "追溯数据上传完整率", "≥98%", "按比例扣分"),
        (None, "时效指标", "平台上线运行时间",
         mk("2027年3月31日前", "Y102", "error", alt=("Y103",),
            note="一年期项目，目标写年内上线"), "逾期不得分"),
        ("效益指标", "社会效益指标", "冷链食品追溯查询次数", "≥50万次", "按比例扣分"),
        ("满意度指标", "服务对象满意度指标", "接入企业满意度", "≥90%", "按比例扣分"),
    ])  # fmt: skip
    return b


@variant("ey17-lenglian-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT: a near-duplicate rate in the first; in the second the "
         "money does not add up and a unit price × count exceeds it")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭汀市冷链车辆温控监管项目", dept=BUREAU,
                 unit="鹭汀市冷链物流发展促进中心", money=funds(40, 40, 0),
                 goals=["冷链车辆GPS温控接入500辆，温控数据实时上传。"])  # fmt: skip
    table(s, OLD_HEAD, [
        ("产出指标", "数量指标", "冷链车辆温控接入数量", "≥500辆"),
        (None, "质量指标", "冷链车辆GPS温控接入率", "≥95%"),
        (None, None, mk("冷链车辆GPS温控设备接入率", "D103", "warning", row=True,
                        alt=("D101",), note="与上一行同一指标，多两字"), "≥95%"),
        (None, "成本指标", "单车温控接入费用", "≤600元/辆"),
        ("效益指标", "社会效益指标", "冷链断链预警处置率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "运输企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="鹭汀市卤味门店冷藏箱配置项目", dept=BUREAU, title="",
                 unit="鹭汀市冷链物流发展促进中心", goals=["为200家卤味门店配置冷藏箱。"],
                 money=[["年度资金总额", mk(wan(70), "B101", "error", note="50+15=65≠70"),
                         "其中：财政拨款", wan(50)],
                        ["其他资金", wan(15), None, None]])  # fmt: skip
    table(s, OLD_HEAD, [
        ("产出指标", "数量指标", "冷藏箱配置数量", "≥200个"),
        (None, "质量指标", "冷藏箱验收合格率", "≥98%"),
        (None, "成本指标", "冷藏箱采购单价", mk("≤0.5万元/个", "B107", "warning", row=True,
                                                note="0.5万元×200个=100万元＞70万元")),
        ("效益指标", "社会效益指标", "门店卤味变质投诉下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "门店满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ey18-lenglian-page-break", (4, 10),
         "department, NAT-2021, tier points in the labels and an indicator score column both "
         "adding to 100, subtotal rows, a header repeated after a page break, notes and "
         "signature (correct)")  # fmt: skip
def page_break() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹭汀市冷链物流发展促进中心", budget=[
        (wan(260), wan(200), wan(60), wan(90), wan(170))], tasks=[
        ("冷链监测平台运维", "车辆温控在线监测", wan(60), "在线监测800辆"),
        ("冷链配送补贴", "卤味及生鲜配送补贴", wan(80), "补贴配送企业40家"),
        ("冷库安全检查", "冷库消防及氨制冷检查", wan(30), "检查120次"),
        ("金额合计", None, wan(170), None)],
        goal="在线监测冷链车辆800辆，检查冷库120次，冷链食品抽检合格率提高2个百分点。")  # fmt: skip
    head = (*OLD_HEAD, "分值")
    table(s, head, [
        ("产出指标（50分）", "数量指标", "温控在线监测车辆数", "≥800辆", 15),
        (None, None, "冷库安全检查次数", "≥120次", 10),
        (None, "质量指标", "监测数据上传完整率", "≥98%", 10),
        (None, "时效指标", "温度异常处置响应时间", "≤30分钟", 15),
        ("小计", "", None, None, 50),
        ("成本指标（10分）", "经济成本指标", "单车年度监测服务费", "≤300元/辆", 10),
        ("小计", "", None, None, 10),
    ])  # fmt: skip
    s.skip()
    table(s, head, [
        ("效益指标（30分）", "社会效益指标", "冷链食品抽检合格率", "提高≥2百分点", 10),
        (None, None, "冷链运输温度超标率", "≤2%", 10),
        (None, "可持续影响指标", "监测平台年度连续运行天数", "≥360天", 10),
        ("小计", "", None, None, 30),
        ("满意度指标（10分）", "服务对象满意度指标", "冷链企业满意度", "≥90%", 10),
        ("小计", "", None, None, 10),
        ("合计", "", None, None, 100),
    ])  # fmt: skip
    notes(s, "说明：一级指标分值与三级指标分值各自合计100分，不重复计算；",
          "监测服务费按300元/辆×800辆=24万元测算，在监测平台运维60万元内。")  # fmt: skip
    sign(s, "柯予宁", "0745-2671935", (YEAR - 1, 11, 18))
    return b
