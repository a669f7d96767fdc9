"""Driver training (驾驶员培训), the bureaus' department returns and decorated tier labels,
returns tu13 to tu18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout323.common import (
    CL,
    CL_UNIT,
    FD,
    YEAR,
    YT,
    YT_UNIT,
    indicators,
    notes,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout323.registry import variant
from tests.variants.kit import Book, day, mk, pct

TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("tu13-training-notes", (4,),
         "project, OLD-NAT, score column: an instruction row inside the table, the header "
         "repeated after a page break, subtotals, a total, notes, signature (correct)")  # fmt: skip
def tu13() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄岭市出租汽车驾驶员服务技能培训", dept=CL, unit=CL_UNIT,
                 money=one_year(wan(65), wan(65), wan(0)),
                 goals=["培训巡游出租车及网约车驾驶员4000人次，提升驾驶员服务技能。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.row(*head)
    s.row("（填写说明：指标值须量化；带★的为核心指标，不得删除）", merge=[(1, 5)])
    s.table([
        ("产出指标", "数量指标", "★培训巡游车及网约车驾驶员人次", "≥4000人次", 15),
        (None, None, "举办服务技能培训班", "≥40场", 10),
        (None, "质量指标", "培训考核合格率", "≥95%", 10),
        (None, "时效指标", "年度培训完成时间", "11月30日前", 5),
        (None, "成本指标", "人均培训费用", "≤150元/人次", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.skip()
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "乘客有责投诉下降率", "≥10%", 15),
        (None, None, "驾驶员服务规范知晓率", "≥90%", 15),
        (None, "可持续影响指标", "驾驶员培训档案管理制度", "建立并执行", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 40, merge=[(1, 4)])
    s.table([("满意度指标", "服务对象满意度指标", "参训驾驶员满意度", "≥90%", 10)])
    s.row("小计", None, None, None, 10, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "注：1.分值合计为100分；2.人均培训费用含教材、场地和师资费用。",
          "填表说明：各项指标值应可量化、可考核，定性指标应写明等级。")  # fmt: skip
    signature(s, "阮若岚", "0739-6215408", day(YEAR - 1, 11, 12))
    return b


@variant("tu14-training-template", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without "
         "indicators, a value without an indicator name")  # fmt: skip
def tu14() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="雁汀县网约车驾驶员岗前培训", dept=YT, unit=YT_UNIT,
                 money=one_year(wan(30), wan(30), wan(0)),
                 goals=["完成1200名网约车驾驶员岗前培训，考试合格后持证上岗。"])  # fmt: skip
    left = "模板留下的二级指标，没有三级指标和指标值"
    social = mk("社会成本指标", "F109", "warning", row=True, note=left)
    green = mk("生态效益指标", "F109", "warning", row=True, note=left)
    nameless = mk(None, "F110", "error", note="填了 ≥95%，却没有三级指标名称")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "人均岗前培训费用", "≤200元/人"),
        (None, social, None, None),
        ("产出指标", "数量指标", "岗前培训驾驶员人数", "≥1200人"),
        (None, "质量指标", "培训考试合格率", "≥90%"),
        (None, None, nameless, "≥95%"),
        (None, "时效指标", "岗前培训完成时间", "10月31日前"),
        ("效益指标", "社会效益指标", "新注册网约车驾驶员持证上岗率", "100%"),
        (None, green, None, None),
        ("满意度指标", "服务对象满意度指标", "参训驾驶员满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "晏书禾", "0745-8832017")
    return b


@variant("tu15-dept-money", (12,),
         "department, NAT-2021: budget with a share row, four key tasks adding to 金额合计 = "
         "项目支出, a subsidy standard × count equal to its task (correct)")  # fmt: skip
def tu15() -> Book:
    b, s = start()
    shares = [pct(1), *(pct(v, "0.00%") for v in (0.9516, 0.0484, 0.5645, 0.4355))]
    department_head(s, year=YEAR, dept=FD,
                    budget=[[wan(1240), wan(1180), wan(60), wan(700), wan(540)], shares],
                    tasks=[("巡游出租车油改电补贴", "150辆燃油车更新", wan(300), "按时兑付"),
                           ("出租汽车服务质量考核", "企业及驾驶员考核", wan(60), "考核全覆盖"),
                           ("驾驶员培训", "从业及继续教育培训", wan(80), "持证上岗"),
                           ("电召平台运维", "平台及坐席运维", wan(100), "稳定运行"),
                           ("金额合计", None, wan(540), None)],
                    goal="完成150辆巡游出租车油改电，培训驾驶员3500人次，"
                         "考核出租汽车企业24家。")  # fmt: skip
    s.skip()
    indicators(s, TIER_HEAD, [
        ("成本指标", "经济成本指标", "油改电单车补贴标准", "≤2万元/辆"),
        ("产出指标", "数量指标", "巡游出租车油改电数量", "≥150辆"),
        (None, None, "驾驶员培训人次", "≥3500人次"),
        (None, None, "服务质量考核出租汽车企业数", "≥24家"),
        (None, "质量指标", "电召平台系统可用率", "≥99%"),
        (None, "时效指标", "考核结果公布时间", "12月31日前"),
        ("效益指标", "社会效益指标", "出租汽车有责投诉率", "≤0.5%"),
        (None, "生态效益指标", "新能源巡游出租车占比", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "符远舟", "0736-5520914")
    return b


@variant("tu16-dept-money-wrong", (12, 4),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "说明 rows and a signature under the table")  # fmt: skip
def tu16() -> Book:
    b, s = start()
    total = mk(wan(500), "B101", "error", row=True, note="基本支出 180 + 项目支出 300 = 480 ≠ 500")
    sum_ = mk(wan(300), "B102", "error", note="任务金额 120 + 95 + 70 = 285 ≠ 300")
    department_head(s, year=YEAR, dept="雁汀县客运出租汽车服务中心",
                    budget=[[total, wan(460), wan(40), wan(180), wan(300)]],
                    tasks=[("网约车合规化审核", "平台、车辆、驾驶员审核", wan(120), "应审尽审"),
                           ("电召平台运维", "平台及坐席运维", wan(95), "稳定运行"),
                           ("驾驶员继续教育", "巡游车及网约车驾驶员", wan(70), "全员参训"),
                           ("金额合计", None, sum_, None)],
                    goal="完成网约车合规审核，保障电召平台运行，组织驾驶员继续教育。")  # fmt: skip
    s.skip()
    indicators(s, TIER_HEAD, [
        ("成本指标", "经济成本指标", "驾驶员继续教育人均费用", "≤200元/人"),
        ("产出指标", "数量指标", "网约车合规审核车辆数", "≥1500辆"),
        (None, None, "驾驶员继续教育人数", "≥3000人"),
        (None, "质量指标", "审核差错率", "≤1%"),
        (None, "时效指标", "审核办结时限", "≤5个工作日"),
        ("效益指标", "社会效益指标", "网约车双证合规率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "驾驶员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：1.资金总额含上年结转；2.人均费用按年度培训计划测算。")
    signature(s, "晏书禾", "0745-8832017")
    return b


@variant("tu17-tier-labels", (5, 7),
         "project, OLD-NAT, two-row header 考核指标 · 目标值（年度） · 评价标准, tier labels "
         "with * and ★ and abbreviated (数量, 质量, 社会效益) (correct)")  # fmt: skip
def tu17() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄岭市巡游出租车服务质量提升", dept=CL, unit=CL_UNIT,
                 money=one_year(wan(130), wan(120), wan(10)),
                 goals=["更新车载智能服务终端600台，开展驾驶员服务礼仪培训。"])  # fmt: skip
    top = s.row("考核指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("*产出指标", "★数量", "驾驶员服务礼仪培训人次", "≥2500人次", "每少100人次扣1分"),
        (None, None, "车载智能服务终端更新数量", "≥600台", "每少10台扣1分"),
        (None, "质量", "车载终端安装验收合格率", "≥98%", "低于目标不得分"),
        (None, "时效", "终端更新完成时间", "9月30日前", "逾期不得分"),
        (None, "成本", "单台终端更新费用", "≤1500元/台", "超标准不得分"),
        (None, None, "人均礼仪培训费用", "≤120元/人次", "超标准不得分"),
        ("*效益指标", "社会效益", "拒载绕路投诉量下降率", "≥15%", "按实际降幅计分"),
        (None, "可持续影响", "服务质量动态监管机制", "建立并执行", "未建立不得分"),
        ("*满意度指标", "服务对象满意度", "乘客满意度", "≥90%", "按调查结果计分"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "阮若岚", "0739-6215408")
    return b


@variant("tu18-wrong-parent", (5,),
         "project, NAT-2021, numbered labels: 时效指标 under 效益指标, a 合规率 given as a "
         "vehicle count")  # fmt: skip
def tu18() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="枫渡区网约车合规化专项整治", dept=FD,
                 unit="枫渡区交通运输综合执法大队", money=one_year(wan(48), wan(45), wan(3)),
                 goals=["核查网约车1800辆，提高网约车双证合规水平。"])  # fmt: skip
    parent = mk("（二）时效指标", "F105", "error", note="时效指标属于产出指标，不在效益指标之下")
    count = mk("≥1500辆", "T105", "error", note="合规率是比率，指标值却是车辆数")
    indicators(s, TIER_HEAD, [
        ("一、产出指标", "（一）数量指标", "网约车双证核查车辆数", "≥1800辆"),
        (None, None, "网约车驾驶员从业资格审核人数", "≥2000人"),
        (None, "（二）质量指标", "证件审核差错率", "≤1%"),
        ("二、效益指标", "（一）社会效益指标", "网约车双证合规率", count),
        (None, parent, "非法营运举报核查时长", "≤3个工作日"),
        (None, "（三）可持续影响指标", "网约车合规常态化监管机制", "建立并执行"),
        ("三、满意度指标", "（一）服务对象满意度指标", "乘客满意度", "≥90%"),
        ("四、成本指标", "（一）经济成本指标", "单车核查成本", "≤200元/辆"),
    ])  # fmt: skip
    signature(s, "符远舟", "0736-5520914")
    return b
