"""Multi-year project tables with 中期 and 年度 columns (ou02, ou03, ou04, ou07, ou09, ou11,
ou18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout193.common import TWO, book, indicators, period_money, sign, wan
from tests.variants.holdout193.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("ou02-award-over-annual-money", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 奖励标准 20万元/家 × 12家 = 240 above the 年度 200万元 "
         "(中期 30 × 20 = 600 fits)")  # fmt: skip
def ou02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="专精特新中小企业奖励项目", dept="青岚市工业和信息化局（214）",
        unit="青岚市中小企业发展促进中心",
        money=period_money((wan(600), wan(600), wan(0)), (wan(200), wan(200), wan(0))),
        goals=["2026年至2028年累计奖励专精特新中小企业30家，带动新增就业900人。",
               "2026年奖励专精特新中小企业12家，带动新增就业300人。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "奖励专精特新企业数", "≥30家",
         mk("≥12家", "B107", "warning", row=True, required=False,
            note="the count half of the award × 家数 product")),
        (None, "质量指标", "奖励企业认定复核合格率", pct(1), pct(1)),
        (None, "时效指标", "年度奖励资金兑现时间", "每年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "企业奖励标准", "≤20万元/家",
         mk("≤20万元/家", "B107", "warning", row=True,
            note="12家 × 20万元/家 = 240万元 > 年度资金总额 200万元")),
        ("效益指标", "经济效益指标", "获奖企业营业收入增长率", "≥8%", "≥8%"),
        (None, "社会效益指标", "带动新增就业人数", "≥900人", "≥300人"),
        ("满意度指标", "服务对象满意度指标", "获奖企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ou03-two-year-lookalikes", (8,), "two-year project, NAT-2021, 中期 and 年度 columns; a "
         "下降率 ≥10%, a 覆盖率 of 100% in the 中期 column (correct)")  # fmt: skip
def ou03() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="“一网通办”能力提升项目", dept="白沙河区政务服务管理局（120）",
        unit="白沙河区政务服务中心",
        money=period_money((wan(300), wan(260), wan(40)), (wan(180), wan(150), wan(30))),
        goals=["两年新增网办事项200项、布设自助服务终端40台，政务服务事项网办全覆盖。",
               "本年度新增网办事项120项、布设自助服务终端25台，网办覆盖率达到90%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新增网办事项数", "≥200项", "≥120项"),
        (None, None, "自助服务终端布设数", "≥40台", "≥25台"),
        (None, "质量指标", "网办事项办结率", "≥98%", "≥98%"),
        (None, "时效指标", "系统升级上线时间", "2027年6月30日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "自助终端采购单价", "≤1.5万元/台", "≤1.5万元/台"),
        ("效益指标", "社会效益指标", "群众办事跑动次数下降率", "≥10%", "≥10%"),
        (None, None, "政务服务事项网办覆盖率", pct(1), pct(0.9)),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ou04-period-total-not-sum", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: the 中期 资金总额 500 ≠ 420 + 60, the 年度 column adds up")  # fmt: skip
def ou04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="农产品加工企业技术改造补助项目",
        dept="临溪县农业农村局（402）",
        unit="临溪县农业产业化服务站",
        money=period_money(
            (mk(wan(500), "B101", "error", note="420 + 60 = 480"), wan(420), wan(60)),
            (wan(200), wan(170), wan(30))),
        goals=["三年补助25家农产品加工企业实施技术改造，带动1500户农户增收。",
               "2026年补助10家企业实施技术改造，带动600户农户增收。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "补助技改企业数", "≥25家", "≥10家"),
        (None, "质量指标", "技改项目验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度补助资金拨付时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单家企业补助上限", "≤18万元/家", "≤18万元/家"),
        ("效益指标", "经济效益指标", "受补助企业加工产值增长率", "≥10%", "≥6%"),
        (None, "社会效益指标", "带动农户增收户数", "≥1500户", "≥600户"),
        ("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ou07-period-deadline-before-start", (8,), "three-year project from 2026-03-01, "
         "NAT-2021: the 中期 deadline of a 时效指标 is 2025年12月31日, "
         "before the start")  # fmt: skip
def ou07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, start=day(2026, 3, 1), name="跨境电商公共服务平台建设项目",
        dept="青岚市商务局（233）", unit="青岚市电子商务促进中心", attr="新增项目",
        money=period_money((wan(400), wan(340), wan(60)), (wan(150), wan(120), wan(30))),
        goals=["建成跨境电商公共服务平台，三年累计入驻企业150家，培训从业人员900人次。",
               "完成平台一期建设并上线运行，入驻企业60家，培训从业人员300人次。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "平台入驻跨境电商企业数", "≥150家", "≥60家"),
        (None, "质量指标", "平台系统可用率", "≥99%", "≥99%"),
        (None, "时效指标", "平台一期上线时间",
         mk("2025年12月31日前", "Y102", "error", alt=("Y103",),
            note="before the project starts on 2026-03-01"),
         mk("2026年10月31日前", "D201", "error", required=False,
            note="later than the 中期 deadline only because that one is wrong")),
        ("成本指标", "经济成本指标", "平台年度运维费用", "≤30万元/年", "≤30万元/年"),
        ("效益指标", "经济效益指标", "平台带动跨境电商交易额增长率", "≥15%", "≥10%"),
        (None, "社会效益指标", "培训跨境电商从业人员", "≥900人次", "≥300人次"),
        ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ou09-operator-column-award-equal", (8, 12), "two-year project, NAT-2021, an operator "
         "column before 中期 and 年度 values and a unit column; 奖励标准 20万元/家 × 家数 equals "
         "the money in both columns (correct)")  # fmt: skip
def ou09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 14, 12))
    project_head(
        s, year=2026, years=2, name="小微企业创业孵化奖励项目", dept="临溪县科技和工业局（118）",
        unit="临溪县创业孵化基地管理办公室",
        money=period_money((wan(160), wan(140), wan(20)), (wan(80), wan(70), wan(10))),
        goals=["两年奖励孵化成功企业8家，开展创业辅导活动24场，带动就业160人。",
               "2026年奖励孵化成功企业4家，开展创业辅导活动12场，带动就业80人。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "奖励孵化成功企业数", "≥", 8, 4, "家"),
        (None, None, "开展创业辅导活动", "≥", 24, 12, "场"),
        (None, "质量指标", "奖励对象资格审核准确率", "=", 100, 100, "%"),
        (None, "时效指标", "奖励资金兑现周期", "≤", 30, 30, "个工作日"),
        ("成本指标", "经济成本指标", "孵化成功企业奖励标准", "≤", 20, 20, "万元/家"),
        ("效益指标", "社会效益指标", "带动就业人数", "≥", 160, 80, "人"),
        (None, "可持续影响指标", "孵化企业存活率", "≥", 80, 80, "%"),
        ("满意度指标", "服务对象满意度指标", "创业者满意度", "≥", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant("ou11-duplicate-in-two-tier2s", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 惠企政策知晓率 under 社会效益指标 and again under 可持续影响指标 "
         "with other values")  # fmt: skip
def ou11() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="企业服务专员制度项目", dept="白沙河区工业和信息化局（215）",
        unit="白沙河区企业服务中心",
        money=period_money((wan(90), wan(90), wan(0)), (wan(30), wan(30), wan(0))),
        goals=["三年累计走访服务企业900家次，企业诉求办结率保持95%以上。",
               "本年度走访服务企业300家次，建立服务专员工作台账。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "走访服务企业数", "≥900家次", "≥300家次"),
        (None, "质量指标", "企业诉求办结率", "≥95%", "≥95%"),
        (None, "时效指标", "企业诉求响应时长", "≤2个工作日", "≤2个工作日"),
        ("成本指标", "经济成本指标", "服务专员年度工作经费", "≤30万元/年", "≤30万元/年"),
        ("效益指标", "社会效益指标", "惠企政策知晓率", "≥85%", "≥80%"),
        (None, "可持续影响指标",
         mk("惠企政策知晓率", "D102", "error", row=True, note="same name, other values"),
         "≥90%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "服务企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ou18-footnotes-signature", (4, 8), "two-year project, NAT-2021, 中期 and 年度 columns, "
         "a per-person standard × people equal to the money, footnotes and a signature line "
         "(correct)")  # fmt: skip
def ou18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="企业就业见习基地补贴项目",
        dept="青岚市人力资源和社会保障局（140）",
        unit="青岚市就业服务中心",
        money=period_money((wan(240), wan(200), wan(40)), (wan(120), wan(100), wan(20))),
        goals=["两年认定就业见习基地60家，补贴见习人员800人，见习留用率保持30%以上。",
               "本年度认定就业见习基地40家，补贴见习人员400人。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "补贴见习人员数", "≥800人", "≥400人"),
        (None, None, "认定就业见习基地数", "≥60家", "≥40家"),
        (None, "质量指标", "见习人员留用率", "≥30%", "≥30%"),
        (None, "时效指标", "见习补贴发放周期", "≤30日", "≤30日"),
        ("成本指标", "经济成本指标", "见习补贴标准", "≤3000元/人", "≤3000元/人"),
        ("效益指标", "社会效益指标", "见习人员就业率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.row("注：1. 见习补贴按每人一次性标准核发；2. 金额单位为万元；3. 见习基地名单另行公布。",
          merge=[(1, 5)])  # fmt: skip
    sign(s, "苏晓", "韩立宁", "0591-86620317")
    return b
