"""The gel-processing workshop and desert-edge greening with 仙人掌 and 芦荟 (hq13–hq18)."""

from __future__ import annotations

from tests.variants.holdout683.common import (
    FOREST,
    HEAD,
    book,
    department,
    footer,
    indicators,
    multi_year,
    one_year,
    project,
    w,
)
from tests.variants.holdout683.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

SHOP = "砾原县青砾农产品加工合作社"
STATION = "砾原县北沙缘治沙站"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "hq13-gel-workshop",
    (1, 4, 11),
    "project, OLD-NAT, operators in words in a 指标性质 "
    "column, unit column, typed percent cells, a 注 row and 填表说明 (correct)",
)
def gel_workshop() -> Book:
    b, s = book()
    project(
        s,
        2025,
        "芦荟凝胶初加工车间提升项目",
        SHOP,
        one_year(80, 60, 20),
        ["2025年改造芦荟凝胶初加工车间，全年加工芦荟鲜叶1200吨，产出凝胶原汁360吨。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "芦荟鲜叶加工量", "大于等于", 1200, "吨"),
        (None, None, "凝胶原汁产量", "大于等于", 360, "吨"),
        (None, "质量指标", "凝胶原汁抽检合格率", "等于", pct(1), None),
        ("注：合格率按县市场监管部门抽检批次计。", None, None, None, None, None),
        (None, "时效指标", "车间改造完成时间", "小于等于", "2025年4月30日", None),
        (None, "成本指标", "吨鲜叶加工成本", "小于等于", 450, "元/吨"),
        ("效益指标", "经济效益指标", "鲜叶收购带动种植户增收", "大于等于", 90, "万元"),
        (None, "生态效益指标", "加工废水达标排放率", "等于", pct(1), None),
        ("满意度指标", "服务对象满意度指标", "供叶种植户满意度", "大于等于", pct(0.9), None),
    ])  # fmt: skip
    footer(s, ["填表说明：指标性质填写比较关系；百分比指标计量单位为空。"], "韩栖梧",
           "0937-6618801", day(2024, 11, 29))  # fmt: skip
    return b


@variant(
    "hq14-gel-leftovers",
    (4, 12),
    "project, OLD-NAT: the goal's tonnage differs from the "
    "indicator, a template example row left in, the same rate twice under 质量",
)
def gel_leftovers() -> Book:
    b, s = book()
    project(
        s,
        2025,
        "芦荟凝胶冻干粉试产项目",
        SHOP,
        one_year(50, 40, 10),
        ["2025年建成冻干粉试产线1条，加工凝胶原汁800吨。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "冻干粉试产线", "=1条"),
        (None, None, "凝胶原汁加工量",
         mk("≥1200吨", "D104", "warning", row=True, note="年度目标写800吨，指标写1200吨")),
        (None, "质量指标", "冻干粉抽检合格率", "≥98%"),
        (None, None, "示例：XX指标",
         mk("≥XX%", "X101", "error", row=True, note="模板的示例行未删")),
        (None, None,
         mk("冻干粉抽检合格率", "D101", "warning", row=True, alt=("D103",),
            note="与上两行的同名指标重复"), "≥98%"),
        (None, "时效指标", "试产线投产时间", "2025年8月31日前"),
        (None, "成本指标", "吨原汁加工成本", "≤400元/吨"),
        ("效益指标", "经济效益指标", "冻干粉销售收入", "≥120万元"),
        ("满意度指标", "服务对象满意度指标", "采购企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "hq15-greening-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, the "
    "period's area beside a smaller year's, rates equal in both columns (correct)",
)
def greening_period() -> Book:
    b, s = book()
    goals = (
        "2025—2027年在北沙缘营造防风固沙林带3000亩，配套仙人掌护坡带600亩。",
        "2025年营造林带1000亩（其中仙人掌护坡带200亩），成活率不低于85%。",
    )
    project(s, 2025, "北沙缘防风固沙绿化项目", STATION,
            multi_year((w(450), w(400), w(50)), (w(150), w(130), w(20))), goals, years=3,
            dept=FOREST, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "营造防风固沙林带", "≥3000亩", "≥1000亩"),
        (None, None, "仙人掌护坡带", "≥600亩", "≥200亩"),
        (None, "质量指标", "造林成活率", "≥85%", "≥85%"),
        (None, "时效指标", "年度造林完成时间", "2027年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "亩均造林成本", "≤1400元/亩", "≤1400元/亩"),
        ("效益指标", "生态效益指标", "项目区林草覆盖率提高", "≥6百分点", "≥2百分点"),
        (None, "可持续影响指标", "管护责任落实率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "hq16-greening-period-wrong",
    (8, 1),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: the period's area copied into 年度, a year's length above the period's, a "
    "rate above 100% in 年度",
)
def greening_period_wrong() -> Book:
    b, s = book()
    goals = (
        "三年完成沙缘草方格固沙2400亩，铺设滴灌主管30公里。",
        "2025年完成草方格固沙800亩，铺设滴灌主管10公里。",
    )
    project(s, 2025, "沙缘草方格固沙与节水补植项目", STATION,
            multi_year((w(360), w(300), w(60)), (w(120), w(100), w(20))), goals, years=3,
            dept=FOREST)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "草方格固沙面积", "≥2400亩",
         mk("≥2400亩", "D202", "warning", alt=("D104",), note="三年累计面积照抄到年度列")),
        (None, None, "铺设滴灌主管长度", "≥30公里",
         mk("≥36公里", "D201", "error", alt=("D104",), note="一年的长度大于三年合计")),
        (None, "质量指标", "补植仙人掌成活率", "≥85%",
         mk("≥105%", "T106", "error", note="成活率不能超过100%")),
        ("成本指标", "经济成本指标", "亩均固沙成本", "≤1200元/亩",
         ok("≤1200元/亩", "warning", note="乘以照抄的2400亩会超出年度资金，随D202而来")),
        ("效益指标", "生态效益指标", "流动沙丘固定率", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "周边牧户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "hq17-greening-second-sheet",
    (7, 12),
    "department: head on the first sheet, the "
    "indicator table on a second sheet under 考核指标 and 预期实现值 (correct)",
)
def greening_second_sheet() -> Book:
    b, s = book("部门整体")
    tasks = [
        ("沙缘林带营造", "营造防风固沙林带", w(150), "造林1000亩"),
        ("林带管护", "管护已建林带", w(50), "管护面积5000亩"),
        ("金额合计", None, w(200), None),
    ]  # fmt: skip
    department(s, 2025, "砾原县北沙缘治沙站", [(w(320), w(290), w(30), w(120), w(200))],
               "营造沙缘林带1000亩，管护林带5000亩，为2026年沙缘仙人掌护坡推广积累经验。",
               tasks)  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2025年度部门整体绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ("产出指标", "数量指标", "营造沙缘林带", "≥1000亩"),
        (None, None, "管护林带面积", "≥5000亩"),
        (None, "质量指标", "林带保存率", "≥90%"),
        (None, "时效指标", "春季造林完成时间", "2025年5月20日前"),
        ("成本指标", "经济成本指标", "亩均管护成本", "≤100元/亩"),
        ("效益指标", "生态效益指标", "风沙侵害农田面积下降率", "≥15%"),
        (None, "社会效益指标", "森林火灾及毁林案件", "=0起"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "hq18-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT: the second project's "
    "money does not add up and its goal's area differs from its indicator",
)
def stacked_wrong() -> Book:
    b, s = book()
    project(
        s,
        2025,
        "芦荟凝胶灌装线改造项目",
        SHOP,
        one_year(30, 25, 5),
        ["2025年改造凝胶灌装线1条，日灌装能力达到8吨。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造灌装线", "=1条"),
        (None, "质量指标", "灌装成品合格率", "≥98%"),
        (None, "成本指标", "灌装线改造成本", "≤30万元"),
        ("效益指标", "经济效益指标", "日灌装能力", "≥8吨"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    rows = [("年度资金总额", mk(w(42), "B101", "error", note="财政拨款30+其他资金8=38，不是42"),
             "其中：财政拨款", w(30)),
            ("其他资金", w(8), None, None)]  # fmt: skip
    project(s, 2025, "沙缘林带养护项目", STATION, rows,
            ["2025年养护沙缘林带400亩，补植仙人掌护坡带50亩。"], dept=FOREST,
            title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "林带养护面积",
         mk("≥350亩", "D104", "warning", row=True, note="年度目标写400亩，指标写350亩")),
        (None, None, "补植仙人掌护坡带", "≥50亩"),
        (None, "质量指标", "补植成活率", "≥85%"),
        (None, "成本指标", "亩均养护成本", "≤600元/亩"),
        ("效益指标", "生态效益指标", "林带保存率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    return b
