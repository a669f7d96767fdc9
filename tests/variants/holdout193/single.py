"""One-year project tables: inline operators, operator and unit columns, a direction column,
a weight column (ou01, ou05, ou08, ou10, ou12, ou13, ou14)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout193.common import ONE, book, indicators, one_year_money, sign, wan
from tests.variants.holdout193.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("ou01-award-equals-money", (1,), "one-year project, NAT-2021, inline operators; "
         "奖励标准 20万元/家 × 10家 = the 200万元 exactly (correct)")  # fmt: skip
def ou01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="高新技术企业培育奖励项目", dept="青岚市科学技术局（301）",
        unit="青岚市科技创新服务中心",
        money=one_year_money(wan(200), wan(180), wan(20)),
        goals=["2026年对新认定的10家高新技术企业给予一次性奖励，组织政策宣讲会4场，"
               "带动获奖企业研发投入稳步增长。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "奖励高新技术企业数", "≥10家"),
        (None, None, "组织政策宣讲会场次", "≥4场"),
        (None, "质量指标", "奖励资金兑现准确率", pct(1)),
        (None, "时效指标", "奖励资金拨付完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "企业奖励标准", "≤20万元/家"),
        ("效益指标", "经济效益指标", "获奖企业研发投入增长率", "≥8%"),
        (None, "社会效益指标", "获奖企业新增发明专利授权数", "≥20件"),
        (None, "可持续影响指标", "企业培育库动态管理机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "获奖企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "林若溪", "周文博", "0591-86731245")
    return b


@variant("ou05-growth-rate-in-firms", (1,), "one-year project, NAT-2021, inline operators and "
         "an 指标解释 column: a 增长率 written ≥5家")  # fmt: skip
def ou05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 30))
    project_head(
        s, year=2026, name="外贸企业开拓国际市场补助项目", dept="白沙河区商务局（412）",
        unit="白沙河区商务局", attr="新增项目",
        money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["支持辖区外贸企业参加境外展会30家次，新开拓境外市场8个，带动受补助企业出口额增长。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "支持企业参加境外展会", "≥30家次", "按展会签到记录统计"),
        (None, "质量指标", "补助资金审核合规率", pct(1), "审核无违规拨付"),
        (None, "时效指标", "补助资金拨付完成时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "单家次展会补助上限", "≤5万元/家次", "展位费的50%以内"),
        ("效益指标", "经济效益指标", "受补助企业出口额增长率",
         mk("≥5家", "T105", "error", note="a 增长率 needs a percentage, not a count of firms"),
         "与上年同期相比"),
        (None, "社会效益指标", "新开拓境外市场数", "≥8个", "新进入的国家或地区"),
        ("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥92%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("ou08-goal-says-eight-events", (1,), "one-year project, NAT-2021, operator and unit "
         "columns: the 年度目标 says 举办政企对接活动8场, the indicator ≥6场")  # fmt: skip
def ou08() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 12))
    project_head(
        s, year=2026, name="中小企业服务月活动项目", dept="临溪县工业和信息化局（205）",
        unit="临溪县中小企业服务中心",
        money=one_year_money(wan(40), wan(40), wan(0)),
        goals=["2026年举办政企对接活动8场，服务中小企业不少于300家，企业诉求办结率达到95%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "举办政企对接活动场次", "≥",
         mk(6, "D104", "warning", row=True, note="the 年度目标 names 8 场"), "场"),
        (None, None, "服务中小企业数", "≥", 300, "家"),
        (None, "质量指标", "对接活动签约企业占比", "≥", 20, "%"),
        (None, "时效指标", "活动按期完成情况", "定性", "按时完成", None),
        ("成本指标", "经济成本指标", "单场活动成本", "≤", 5, "万元/场"),
        ("效益指标", "社会效益指标", "企业诉求办结率", "≥", 95, "%"),
        (None, "可持续影响指标", "政企常态化沟通机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参会企业满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("ou10-satisfaction-120-duration-ge", (1, 11), "one-year project, NAT-2021, inline "
         "operators: a 满意度 ≥120%, a 反向 办理时长 with ≥")  # fmt: skip
def ou10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="企业开办一站式服务项目", dept="青岚市政务服务管理局（118）",
        unit="青岚市政务服务中心",
        money=one_year_money(wan(60), wan(60), wan(0)),
        goals=["全年受理企业开办业务不少于2400件，企业开办全流程压缩至2个工作日以内，"
               "全程网办率达到80%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "受理企业开办业务量", "≥2400件"),
        (None, "质量指标", "办件差错率", "≤1%"),
        (None, "时效指标", "企业开办办理时长",
         mk(mk("≥2个工作日", "T108", "warning", row=True, note="a time limit is 反向: ≤ meant"),
            "D104", "warning", row=True, required=False, note="the goal's 2个工作日以内")),
        ("成本指标", "经济成本指标", "单件办理成本", "≤250元/件"),
        ("效益指标", "社会效益指标", "企业开办全程网办率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "办事企业满意度",
         mk("≥120%", "T106", "error", alt=("T114",), note="a 满意度 cannot pass 100%")),
    ])  # fmt: skip
    sign(s, "郑一帆", "许嘉", "0591-87012236")
    return b


@variant("ou12-direction-column", (11,), "one-year project, NAT-2021, 指标性质 as direction, "
         "指标方向 as operator, bare numbers and a unit column; 投诉率 =0%, "
         "下降率 ≥10% (correct)")  # fmt: skip
def ou12() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 10, 12, 12))
    project_head(
        s, year=2026, name="个体工商户登记便利化项目", dept="青岚市市场监督管理局（226）",
        unit="青岚市登记注册服务中心",
        money=one_year_money(wan(35), wan(35), wan(0)),
        goals=["全年办理个体工商户登记不少于5000件，登记申请材料精简10%以上，登记当日办结。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "个体工商户登记办件量", "正向", "≥", 5000, "件"),
        (None, "质量指标", "登记材料一次性通过率", "正向", "≥", 90, "%"),
        (None, "时效指标", "登记办理时长", "反向", "≤", 1, "个工作日"),
        ("成本指标", "经济成本指标", "单件登记服务成本", "反向", "≤", 70, "元/件"),
        ("效益指标", "社会效益指标", "登记服务投诉率", "反向", "=", 0, "%"),
        (None, "可持续影响指标", "登记申请材料数量下降率", "正向", "≥", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "申请人满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("ou13-duration-ge-in-column", (11,), "one-year project, NAT-2021, 指标性质 as "
         "direction, 指标方向 as operator: a 反向 办理时长 with ≥")  # fmt: skip
def ou13() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 10, 12, 12))
    project_head(
        s, year=2026, name="工程建设项目审批提速项目", dept="临溪县行政审批局（109）",
        unit="临溪县行政审批局",
        money=one_year_money(wan(48), wan(48), wan(0)),
        goals=["全年办理工程建设项目审批不少于600件，全流程审批时间控制在45个工作日以内。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "工程建设项目审批办件量", "正向", "≥", 600, "件"),
        (None, "质量指标", "审批文书差错率", "反向", "≤", 2, "%"),
        (None, "时效指标", "工程建设项目审批办理时长", "反向",
         mk(mk("≥", "T108", "warning", row=True, note="反向 with ≥"), "D104", "warning",
            row=True, required=False, note="the goal's 45个工作日以内"), 45, "个工作日"),
        ("成本指标", "经济成本指标", "单件审批服务成本", "反向", "≤", 800, "元/件"),
        ("效益指标", "社会效益指标", "审批事项网上办理率", "正向", "≥", 85, "%"),
        ("满意度指标", "服务对象满意度指标", "建设单位满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("ou14-old-nat-weights", (10,), "one-year project, OLD-NAT (成本指标 under 产出), a "
         "weight column adding to 100, a 覆盖率 of 100% (correct)")  # fmt: skip
def ou14() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 10))
    project_head(
        s, year=2026, name="科技型中小企业创新券项目", dept="白沙河区科技局（330）",
        unit="白沙河区生产力促进中心",
        money=one_year_money(wan(120), wan(100), wan(20)),
        goals=["向40家科技型中小企业发放创新券，入库服务机构15家，创新券政策覆盖全部入库企业。"],
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "发放创新券企业数", "≥40家", 10),
        (None, None, "创新券服务机构入库数", "≥15家", 10),
        (None, "质量指标", "创新券兑付审核合规率", pct(1), 10),
        (None, "时效指标", "创新券兑付完成时间", "2026年12月20日前", 10),
        (None, "成本指标", "单家企业创新券额度", "≤3万元/家", 10),
        ("效益指标", "经济效益指标", "企业技术合同成交额增长率", "≥6%", 10),
        (None, "社会效益指标", "创新券政策覆盖率", pct(1), 15),
        (None, "可持续影响指标", "创新券线上管理平台运行情况", "稳定", 15),
        ("满意度指标", "服务对象满意度指标", "受益企业满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b
