"""Returns on loan interest subsidies for small and micro enterprises (小微企业贷款贴息)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout880.common import (
    HEAD6,
    HEAD_OP,
    HEAD_PERIOD,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout880.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

DEPT = "沅岭县财政局（412）"


@variant("khf01-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a cost drop in 百分点 (correct)")  # fmt: skip
def khf01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="沅岭县小微企业贷款贴息", dept=DEPT,
                 unit="沅岭县中小企业服务中心",
                 money=one_year(money(600, WAN), money(540, WAN), money(60, WAN)),
                 goals=["对辖区约400户小微企业当年新增流动资金贷款按LPR的50%给予贴息，"
                        "贴息资金控制在600万元以内，降低企业融资成本。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "贴息企业户数", "≥", 400, "户"),
        (None, None, "带动新增小微企业贷款", "≥", 3, "亿元"),
        (None, "质量指标", "贴息资金审核准确率", "≥", pct(0.98), "%"),
        (None, "时效指标", "贴息资金拨付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "户均贴息金额", "≤", 1.5, "万元/户"),
        ("效益指标", "经济效益指标", "贴息企业综合融资成本下降", "≥", 0.5, "百分点"),
        (None, "社会效益指标", "贴息企业稳定就业岗位", "≥", 6000, "个"),
        (None, "可持续影响指标", "贴息政策延续期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "受益企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：户均贴息金额按贴息资金600万元÷400户测算。")
    sign(s, "韦秋岚", "0738-6612045", day(2024, 11, 18))
    return b


@variant("khf02-goal-against-indicators", (12,),
         "project, NAT-2021, header 绩效目标值: the goal's 300 households against an indicator's "
         "350, a deadline in the next year, unit subsidy × count above the money")  # fmt: skip
def khf02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹤汀区首贷小微企业贷款贴息", dept="鹤汀区财政局（305）",
                 unit="鹤汀区金融工作服务中心", money=one_year(500, 500, 0),
                 goals=["全年为300户首次获得银行贷款的小微企业贴息，贴息贷款规模5亿元，"
                        "贴息资金500万元。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "绩效目标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "首贷贴息企业户数",
         mk("≥350户", "D104", "warning", note="年度目标写300户，指标写350户")),
        (None, "质量指标", "贴息申请材料审核合格率", "≥95%"),
        (None, "时效指标", "贴息资金拨付完成时间",
         mk("2026年3月31日前", "Y102", "error", row=True,
            note="一年期项目（2025年）的期限落在次年")),
        ("成本指标", "经济成本指标", "户均贴息金额",
         mk("≤2万元/户", "B107", "warning", row=True,
            alt=("D104",), note="2万元×350户=700万元，超过贴息资金500万元")),
        ("效益指标", "经济效益指标", "带动首贷企业新增贷款", "≥5亿元"),
        (None, "社会效益指标", "首贷企业吸纳就业人数", "≥2000人"),
        ("满意度指标", "服务对象满意度指标", "首贷企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "卢嘉禾", "0731-8845102", day(2024, 12, 3))
    return b


@variant("khf03-period-against-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, "
         "a cumulative loan volume copied, a year from the last plan in the 年度目标")  # fmt: skip
def khf03() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="枫渡市科技型小微企业贷款贴息",
                 dept="枫渡市科学技术局（218）", unit="枫渡市科技金融服务站",
                 money=multi_year((2400, 2400, 0), (800, 800, 0)),
                 goals=["三年累计为900户科技型小微企业提供贷款贴息，带动新增贷款15亿元。",
                        mk("2024年为300户科技型小微企业贴息，带动新增贷款5亿元。", "Y103",
                           "warning", alt=("Y101",),
                           note="年度目标写2024年，预算年度与项目期为2025—2027年")])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "贴息企业户数", "≥900户",
         mk("≥1000户", "D201", "error", note="年度户数大于三年累计户数")),
        (None, None, "带动新增贷款", "≥15亿元",
         mk("≥15亿元", "D202", "warning", note="累计量照抄中期值，年度目标写5亿元")),
        (None, "质量指标", "贴息资金审核准确率", "≥98%", "≥98%"),
        (None, "时效指标", "季度贴息资金拨付及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "户均年贴息金额", "≤2.6万元/户",
         ok("≤2.6万元/户", "warning", note="按错填的1000户乘出超过年度资金，是D201的后果")),
        ("效益指标", "经济效益指标", "贴息企业研发投入增长率", "≥8%", "≥8%"),
        (None, "可持续影响指标", "科技信贷风险补偿机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "科技型企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "khf04-stacked-two-subsidies",
    (2,),
    "two one-year projects stacked in one sheet, OLD-NAT, one value column, the same "
    "indicator name with different values, a goal's part count beside its total (correct)",
)
def khf04() -> Book:
    b, s = start()
    project_head(s, year=2025, name="苇塘县小微企业流动资金贷款贴息", dept=DEPT,
                 unit="苇塘县中小企业服务中心", money=one_year(360, 300, 60),
                 goals=["为400户小微企业贴息，其中个体工商户不少于120户。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "贴息企业户数", "≥400户"),
        (None, "质量指标", "贴息资金审核准确率", "≥98%"),
        (None, "时效指标", "贴息资金拨付时间", "2025年12月31日前"),
        (None, "成本指标", "户均贴息金额", "≤0.9万元/户"),
        ("效益指标", "经济效益指标", "带动新增贷款", "≥2亿元"),
        ("满意度指标", "服务对象满意度指标", "受益企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.title("2025年度项目支出绩效目标申报表（二）", 6)
    project_head(s, year=2025, title="", name="苇塘县创业担保贷款贴息", dept=DEPT,
                 unit="苇塘县就业服务中心", money=one_year(150, 150, 0),
                 goals=["为150名创业者及小微企业发放的创业担保贷款贴息。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "贴息企业户数", "≥150户"),
        (None, "质量指标", "贴息资金审核准确率", "≥99%"),
        (None, "时效指标", "贴息资金拨付时间", "2025年11月30日前"),
        (None, "成本指标", "户均贴息金额", "≤1万元/户"),
        ("效益指标", "社会效益指标", "带动就业人数", "≥450人"),
        ("满意度指标", "服务对象满意度指标", "受益企业满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "khf05-numbered-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, （一）, 1.), "
    "★ on core indicators, an indicator points column adding to the tier points (correct)",
)
def khf05() -> Book:
    b, s = start(widths=(18, 18, 30, 18, 10, 14))
    project_head(s, year=2025, name="栎川县涉农小微企业贷款贴息", dept="栎川县财政局（507）",
                 unit="栎川县农业农村局", money=one_year(280, 280, 0),
                 goals=["为200户涉农小微企业贷款贴息，贴息资金280万元。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注")
    indicators(s, head, [
        ("一、产出指标（50分）", "（一）数量指标", "1.★贴息企业户数", "≥200户", 20),
        (None, "（二）质量指标", "2.贴息资金审核准确率", "≥98%", 10),
        (None, "（三）时效指标", "3.贴息资金拨付及时率", "≥95%", 10),
        ("二、成本指标（10分）", "（四）经济成本指标", "4.户均贴息金额", "≤1.4万元/户", 10,
         "280万元÷200户"),
        ("三、效益指标（30分）", "（五）经济效益指标", "5.★带动涉农贷款", "≥1.5亿元", 15),
        (None, "（六）社会效益指标", "6.带动农户增收户数", "≥800户", 15),
        ("四、满意度指标（10分）", "（七）服务对象满意度指标", "7.受益企业满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant("khf06-wrong-tier2", (5, 11),
         "project, OLD-NAT, abbreviated labels (产出, 数量, 时效…): a quality rate under 时效, a "
         "satisfaction rate under 社会效益, ≥ on a non-performing loan rate")  # fmt: skip
def khf06() -> Book:
    b, s = start()
    project_head(s, year=2025, name="岚桥区小微企业应急转贷贴息", dept="岚桥区财政局（116）",
                 unit="岚桥区转贷服务中心", money=one_year(220, 200, 20),
                 goals=["为160户小微企业应急转贷提供贴息，缓解续贷资金压力。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出", "数量", "转贷贴息企业户数", "≥160户"),
        (None, "质量", "转贷资金按期归还率", "≥98%"),
        (None, "时效", mk("转贷贴息资料审核合格率", "F201", "warning", row=True,
                          note="质量类比率填在时效下"), "≥95%"),
        (None, None, "贴息资金拨付及时率", "≥95%"),
        (None, "成本", "户均贴息金额", "≤1.3万元/户"),
        ("效益", "经济效益", "转贷企业贷款不良率",
         mk("≥3%", "T108", "warning", row=True, note="不良率是反向指标")),
        (None, "社会效益", "转贷企业稳岗人数", "≥1200人"),
        (None, None, mk("转贷企业满意度", "F201", "warning", row=True,
                        note="服务对象满意度填在社会效益下"), "≥90%"),
        ("满意度", "服务对象满意度", "合作银行满意度", "≥90%"),
    ])  # fmt: skip
    return b
