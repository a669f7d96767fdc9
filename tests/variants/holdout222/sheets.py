"""Head and money on the first sheet, the indicator table on a second sheet under its own title
(px07–px12): one-year and three-year projects, 中期 and 年度 columns, operator and unit
columns, money in 万元 or in 元."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout222.common import (
    ONE,
    OPS,
    TWO,
    block,
    book,
    indicators,
    one_year_money,
    period_money,
    second,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout222.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

CALC = ("支出内容", "数量", "标准（万元）", "金额（万元）", "测算依据")


@variant("px07-platform-second-sheet", (1, 7, 12), "one-year 科技 project: head and 资金测算 with "
         "测算依据 on sheet 1, NAT-2021 indicators with a 设定依据 column on sheet 2, a 100% "
         "typed in Excel (correct)")  # fmt: skip
def px07() -> Book:
    b, s = book("项目基本情况")
    project_head(
        s, year=2026, name="重点实验室和工程技术研究中心建设补助", dept="青岚市科学技术局（406）",
        unit="青岚市科学技术局", money=one_year_money(wan(600), wan(550), wan(50)),
        goals=["2026年新认定市级重点实验室5个、市级工程技术研究中心8个，奖励绩效考核优秀平台"
               "2个，提升企业和高校院所研发能力。"],
    )  # fmt: skip
    block(s, "资金测算", CALC, [
        ("新认定市级重点实验室", 5, 60, wan(300), "5个×60万元/个=300万元"),
        ("新认定市级工程技术研究中心", 8, 25, wan(200), "8个×25万元/个=200万元"),
        ("绩效考核优秀平台奖励", 2, 25, wan(50), "2个×25万元/个=50万元"),
        ("依托单位配套（设备购置）", None, None, wan(50), "依托单位承诺配套，计入其他资金"),
        ("合计", None, None, wan(600), None),
    ])  # fmt: skip
    t = second(b, "绩效指标", "2026年度重点实验室和工程技术研究中心建设补助绩效指标",
               "填报单位：青岚市科学技术局")  # fmt: skip
    indicators(t, (*ONE, "指标值设定依据"), [
        ("产出指标", "数量指标", "新认定市级重点实验室", "≥5个", "计划标准"),
        (None, None, "新认定市级工程技术研究中心", "≥8个", "计划标准"),
        (None, "质量指标", "补助资金专款专用率", pct(1), "财务制度"),
        (None, "时效指标", "认定及资金拨付完成时间", "2026年12月15日前", "计划标准"),
        ("成本指标", "经济成本指标", "单个重点实验室补助标准", "≤60万元/个", "市级管理办法"),
        (None, None, "单个工程技术研究中心补助标准", "≤25万元/个", "市级管理办法"),
        ("效益指标", "社会效益指标", "平台新增授权发明专利", "≥30件", "历史标准"),
        (None, None, "平台新增引进研发人员", "≥60人", "历史标准"),
        (None, "可持续影响指标", "平台运行管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "依托单位满意度", "≥90%", "行业标准"),
    ])  # fmt: skip
    sign(t, "严望舒", "郑可澄", "0739-62418802")
    return b


@variant("px08-sme-cultivation-period", (7, 8, 12), "three-year 科技 project: 中期 and 年度 money "
         "on sheet 1 with the 中期 total not adding up, 年度资金安排 lines; 中期/年度 indicators "
         "on sheet 2 with one annual count above its period count")  # fmt: skip
def px08() -> Book:
    b, s = book("项目申报表")
    project_head(
        s, year=2026, years=3, name="科技型中小企业培育项目", dept="白沙河区科学技术局（322）",
        unit="白沙河区科技创新服务中心",
        money=period_money(
            (mk(wan(1500), "B101", "error", note="1200 + 200 = 1400"), wan(1200), wan(200)),
            (wan(500), wan(400), wan(100))),
        goals=["2026—2028年累计评价入库科技型中小企业900家，新增认定高新技术企业100家。",
               "2026年评价入库科技型中小企业300家，高新技术企业培育入库40家。"],
    )  # fmt: skip
    block(s, "2026年度资金安排", CALC, [
        ("科技型中小企业评价入库奖励", 300, 0.5, wan(150), "300家×0.5万元/家"),
        ("高新技术企业培育入库奖励", 40, 5, wan(200), "40家×5万元/家"),
        ("服务机构培育辅导", None, None, wan(150), "政府购买服务"),
        ("合计", None, None, wan(500), None),
    ])  # fmt: skip
    t = second(b, "绩效目标", "科技型中小企业培育项目绩效指标表")
    indicators(t, TWO, [
        ("产出指标", "数量指标", "科技型中小企业评价入库数", "≥900家", "≥300家"),
        (None, None, "高新技术企业培育入库数", "≥35家",
         mk("≥40家", "D201", "error", row=True, note="annual 40 above the period 35")),
        (None, "质量指标", "入库企业信息核查合格率", "≥95%", "≥95%"),
        (None, "时效指标", "奖励资金兑付时限", "≤30个工作日", "≤30个工作日"),
        ("成本指标", "经济成本指标", "评价入库企业奖励标准", "≤0.5万元/家", "≤0.5万元/家"),
        ("效益指标", "经济效益指标", "入库企业研发投入增长率", "≥10%", "≥10%"),
        (None, "社会效益指标", "新增认定高新技术企业", "≥100家", "≥30家"),
        ("满意度指标", "服务对象满意度指标", "入库企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("px09-risk-pool-three-years", (7, 8, 12), "three-year 金融 project: 中期/年度 money, "
         "a 分年度 block on sheet 1; 中期/年度 indicators on sheet 2, a 不良率 with ≤, a "
         "prior-year base in a note (correct)")  # fmt: skip
def px09() -> Book:
    b, s = book("项目信息")
    project_head(
        s, year=2026, years=3, name="科技型企业贷款风险补偿资金池项目",
        dept="青岚市地方金融管理局（433）", unit="青岚市科技金融服务中心",
        money=period_money((wan(3000), wan(3000), wan(0)), (wan(1000), wan(1000), wan(0))),
        goals=["2026—2028年累计撬动合作银行科技企业贷款15亿元，支持科技型企业600户。",
               "2026年撬动合作银行科技企业贷款4亿元，支持科技型企业180户。"],
    )  # fmt: skip
    block(s, "分年度资金安排（万元）", ("年度", "风险补偿资金池注资", "贷款贴息", "担保费补助",
                                      "合计"), [
        ("2026年", wan(800), wan(150), wan(50), wan(1000)),
        ("2027年", wan(750), wan(180), wan(70), wan(1000)),
        ("2028年", wan(700), wan(200), wan(100), wan(1000)),
        ("合计", wan(2250), wan(530), wan(220), wan(3000)),
    ])  # fmt: skip
    t = second(b, "绩效指标", "科技型企业贷款风险补偿资金池项目绩效指标",
               "项目期：2026年—2028年")  # fmt: skip
    indicators(t, (*TWO, "备注"), [
        ("产出指标", "数量指标", "撬动合作银行科技企业贷款", "≥15亿元", "≥4亿元", None),
        (None, None, "获得贷款的科技型企业户数", "≥600户", "≥180户", None),
        (None, "质量指标", "资金池贷款不良率", "≤3%", "≤3%", "超过即暂停新增业务"),
        (None, "时效指标", "风险补偿审核办结时限", "≤15个工作日", "≤15个工作日", None),
        ("成本指标", "经济成本指标", "单笔贷款风险补偿比例", "≤50%", "≤50%", "与银行分担"),
        ("效益指标", "经济效益指标", "合作银行科技贷款余额增长率", "≥15%", "≥15%",
         ok("以2025年末贷款余额为基数", note="the base year before the period")),
        (None, "社会效益指标", "首贷户占比", "≥30%", "≥30%", None),
        ("满意度指标", "服务对象满意度指标", "贷款企业满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("px10-interest-subsidy-zero-year", (7, 9, 12), "one-year 金融 project: 贴息 allocation by "
         "bank on sheet 1; sheet 2 titled with the previous year, operator and unit columns, "
         "a unit cost rounded to 0")  # fmt: skip
def px10() -> Book:
    b, s = book("基本信息")
    project_head(
        s, year=2026, name="中小微企业贷款贴息项目", dept="青岚市财政局（401）",
        unit="青岚市中小企业融资服务中心", money=one_year_money(wan(800), wan(800), wan(0)),
        goals=["2026年对400户中小微企业的7.4亿元贷款给予1%贴息，降低企业融资成本。"],
    )  # fmt: skip
    block(s, "贴息资金分配（按合作银行）", ("序号", "合作银行", "贴息贷款（亿元）",
                                          "贴息资金（万元）", "测算依据"), [
        (1, "青岚农村商业银行", 3.2, 320, "3.2亿元×1%"),
        (2, "工商银行青岚分行", 1.8, 180, "1.8亿元×1%"),
        (3, "建设银行青岚分行", 1.5, 150, "1.5亿元×1%"),
        (4, "邮储银行青岚分行", 0.9, 90, "0.9亿元×1%"),
        (5, "贴息审核及第三方服务", None, 60, "政府购买服务"),
        ("合计", None, 7.4, 800, None),
    ])  # fmt: skip
    t = second(b, "绩效指标", mk("2025年度中小微企业贷款贴息项目绩效指标表", "Y101", "error",
                                note="the head says 2026"))  # fmt: skip
    indicators(t, OPS, [
        ("产出指标", "数量指标", "享受贴息企业户数", "≥", 400, "户"),
        (None, None, "贴息贷款规模", "≥", 7.4, "亿元"),
        (None, "质量指标", "贴息资金审核准确率", "=", 100, "%"),
        (None, "时效指标", "贴息资金按季拨付及时率", "≥", 95, "%"),
        ("成本指标", "经济成本指标", "户均贴息金额", "≤", 1.85, "万元/户"),
        (None, None, "单户贴息审核服务成本", "≤",
         mk(0, "T115", "error", row=True, note="0.15万元 rounded to 0"), "万元/户"),
        ("效益指标", "经济效益指标", "带动企业新增销售收入", "≥", 20, "亿元"),
        (None, "社会效益指标", "稳定就业岗位", "≥", 8000, "个"),
        ("满意度指标", "服务对象满意度指标", "贴息企业满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("px11-digital-transform-yuan-ops", (1, 7, 12), "one-year 工信 project in 元: 资金测算 "
         "on sheet 1; sheet 2 with operator, unit and 指标解释 columns, percent cells beside a % "
         "unit, a date value, unit costs × counts within the money (correct)")  # fmt: skip
def px11() -> Book:
    b, s = book("项目概况", (14, 18, 30, 18, 20, 24))
    project_head(
        s, year=2026, name="中小企业数字化转型试点项目", dept="东阳湖区工业和信息化局（221）",
        unit="东阳湖区工业和信息化局", money_label="项目资金（元）",
        money=one_year_money(yuan(6000000), yuan(5400000), yuan(600000)),
        goals=["2026年支持40家中小企业完成数字化改造，为60家企业提供数字化诊断服务。"],
    )  # fmt: skip
    block(s, "资金测算（单位：元）", ("支出内容", "数量（家）", "标准（元/家）", "金额（元）",
                                    "测算依据"), [
        ("数字化改造补助", 40, 120000, yuan(4800000), "40家×120,000元/家"),
        ("数字化诊断服务", 60, 10000, yuan(600000), "60家×10,000元/家"),
        ("试点成效评估和培训", None, None, yuan(600000), "第三方评估及培训"),
        ("合计", 100, None, yuan(6000000), None),
    ])  # fmt: skip
    t = second(b, "指标表", "2026年度中小企业数字化转型试点项目绩效指标")
    indicators(t, (*OPS, "指标解释"), [
        ("产出指标", "数量指标", "完成数字化改造的中小企业", "≥", 40, "家", None),
        (None, None, "开展数字化诊断的企业", "≥", 60, "家", None),
        (None, "质量指标", "改造项目验收通过率", "≥", pct(0.95), "%", "第三方验收"),
        (None, "时效指标", "改造项目完成时间", "≤", day(2026, 11, 30), None, None),
        ("成本指标", "经济成本指标", "单家企业改造补助", "≤", 120000, "元/家", None),
        (None, None, "单家企业诊断服务费", "≤", 10000, "元/家", None),
        ("效益指标", "经济效益指标", "改造企业生产效率提升", "≥", 15, "%", "较改造前"),
        (None, "可持续影响指标", "中小企业数字化服务生态", "定性", "持续完善", None, None),
        ("满意度指标", "服务对象满意度指标", "改造企业满意度", "≥", pct(0.9), "%", None),
    ])  # fmt: skip
    sign(t, "黎晚晴", "秦知行", "0731-84926708")
    return b


@variant("px12-little-giants-annual-split", (7, 8, 9, 12), "three-year 工信 project: the annual "
         "total above the 中期 total, one award line split by a space on sheet 1; 中期/年度 "
         "indicators on sheet 2")  # fmt: skip
def px12() -> Book:
    b, s = book("申报表")
    project_head(
        s, year=2026, years=3, name="专精特新中小企业奖励项目", dept="临溪县工业和信息化局（509）",
        unit="临溪县工业和信息化局",
        money=period_money((wan(900), wan(900), wan(0)), (
            mk(wan(1200), "B103", "error", row=True, note="annual 1200 above the 中期 900"),
            wan(1200), wan(0))),
        goals=["2026—2028年累计奖励国家级专精特新“小巨人”企业20家、省级专精特新中小企业60家、"
               "市级专精特新中小企业120家。",
               "2026年奖励国家级“小巨人”企业8家、省级20家、市级40家。"],
    )  # fmt: skip
    block(s, "2026年度奖励资金安排", CALC, [
        ("国家级专精特新“小巨人”企业奖励", 8, 50, 400, "8家×50万元/家"),
        ("省级专精特新中小企业奖励", 20, 20,
         mk("400.0 0", "X105", "warning", alt=("X103",), note="400.00 split by a space"),
         "20家×20万元/家"),
        ("市级专精特新中小企业奖励", 40, 10, 400, "40家×10万元/家"),
        ("合计", 68, None, 1200, None),
    ])  # fmt: skip
    b.file_mark("B107", "warning", required=False, note="follows from the 中期 total typed 900")
    t = second(b, "绩效指标", "专精特新中小企业奖励项目绩效指标表", "单位：临溪县工业和信息化局")
    indicators(t, TWO, [
        ("产出指标", "数量指标", "奖励国家级“小巨人”企业", "≥20家", "≥8家"),
        (None, None, "奖励省级专精特新中小企业", "≥60家", "≥20家"),
        (None, None, "奖励市级专精特新中小企业", "≥120家", "≥40家"),
        (None, "质量指标", "奖励对象资格审核准确率", "100%", "100%"),
        (None, "时效指标", "奖励资金拨付时间", "每年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "国家级“小巨人”企业奖励标准", "≤50万元/家", "≤50万元/家"),
        ("效益指标", "经济效益指标", "受奖励企业营业收入增长率", "≥10%", "≥10%"),
        (None, "社会效益指标", "受奖励企业新增发明专利", "≥300件", "≥100件"),
        ("满意度指标", "服务对象满意度指标", "受奖励企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
