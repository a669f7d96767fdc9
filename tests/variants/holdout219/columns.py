"""One project per sheet in the value-column shapes offices use: points per tier and
indicator, 中期/年度 columns with a money block and 测算依据, a 设定依据 column, two complete
column sets, unit and direction columns (pu06–pu12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout219.common import (
    TWO,
    book,
    details,
    indicators,
    note,
    one_year,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout219.registry import variant
from tests.variants.kit import Book, mk, ok

PTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("pu06-points-per-project", (2, 4, 5, 10), "two one-year projects stacked, NAT-2021, "
         "tier labels numbered with points, indicator points adding to 100 in each project "
         "(200 across the sheet), a footnote between the projects (correct)")  # fmt: skip
def pu06() -> Book:
    b, s = book("社保项目目标")
    dept = "望川区人力资源和社会保障局（127）"
    one_year(
        s, year=2026, name="城乡居民基本养老保险经办服务", dept=dept, attr="常年项目",
        unit="望川区社会保险事业中心", money=(wan(75), wan(75), wan(0)),
        goal="完成待遇领取资格认证52000人，待遇按月足额发放，参保率稳定在95%以上。",
    )  # fmt: skip
    indicators(s, PTS, [
        ("一、产出指标（50分）", "1.数量指标", "待遇领取资格认证人数", "≥52000人", 15),
        (None, None, "参保缴费档次宣传入户户数", "≥8000户", 10),
        (None, "2.质量指标", "养老待遇发放准确率", "=100%", 15),
        (None, "3.时效指标", "待遇按月足额发放及时率", "=100%", 10),
        ("二、成本指标（10分）", "经济成本指标", "人均资格认证经办成本", "≤10元/人", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "城乡居民养老保险参保率", "≥95%", 15),
        (None, "2.可持续影响指标", "养老保险经办“一网通办”机制", "持续运行", 15),
        ("四、满意度指标（10分）", "服务对象满意度指标", "参保群众满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：本表指标值均为2026年度目标值，各项目分值分别按100分计。")
    s.skip()
    one_year(
        s, year=2026, name="职业技能提升培训补贴", dept=dept, unit="望川区就业服务中心",
        money=(wan(300), wan(260), wan(40)), title="",
        goal="开展补贴性职业技能培训1500人，培训合格率85%以上，培训后就业率不低于70%。",
    )  # fmt: skip
    indicators(s, PTS, [
        ("一、产出指标（50分）", "1.数量指标", "补贴性职业技能培训人数", "≥1500人", 20),
        (None, "2.质量指标", "培训考核合格率", "≥85%", 15),
        (None, "3.时效指标", "培训补贴审核拨付时限", "≤30个工作日", 15),
        ("二、成本指标（10分）", "经济成本指标", "人均培训补贴标准", "≤1800元/人", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "参训人员培训后就业率", "≥70%", 20),
        (None, "2.可持续影响指标", "培训补贴直补个人发放机制", "健全", 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "参训人员满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "说明：请各单位结合实际填写，指标值设定依据为计划标准。")
    sign(s, "阮知秋", "骆星河", "0871-63905214")
    return b


@variant("pu07-screening-money-block", (8, 12), "three-year project, NAT-2021, 中期/年度 columns, "
         "an annual money block with 测算依据 adding to the 年度资金总额; a standard × count equal "
         "to its line (correct)")  # fmt: skip
def pu07() -> Book:
    b, s = book("出生缺陷防治")
    project_head(
        s, year=2026, name="出生缺陷综合防治项目", dept="溪岭县卫生健康局（233）", years=3,
        unit="溪岭县妇幼保健院",
        money=period_money((wan(600), wan(540), wan(60)), (wan(200), wan(180), wan(20))),
        goals=["2026—2028年为全县孕妇和新生儿提供产前筛查、遗传代谢病和听力筛查，"
               "累计各筛查15000人，健全出生缺陷三级防治网络。",
               "2026年完成孕妇产前筛查、新生儿遗传代谢病筛查和听力筛查各5000人，"
               "阳性病例随访率达到95%。"],
    )  # fmt: skip
    details(s, [
        ("孕妇产前筛查补助", wan(100), "5000人×200元/人=100万元"),
        ("新生儿遗传代谢病筛查补助", wan(60), "5000人×120元/人=60万元"),
        ("新生儿听力筛查补助", wan(25), "5000人×50元/人=25万元"),
        ("宣传及随访管理", wan(15), "宣传材料印制5万元，随访人员劳务10万元"),
    ], wan(200), label="年度资金测算")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "孕妇产前筛查人数", "≥15000人", "≥5000人"),
        (None, None, "新生儿遗传代谢病筛查人数", "≥15000人", "≥5000人"),
        (None, None, "新生儿听力筛查人数", "≥15000人", "≥5000人"),
        (None, "质量指标", "筛查阳性病例随访率", "≥95%", "≥95%"),
        (None, "时效指标", "筛查结果告知时限", "≤10个工作日", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单例产前筛查补助标准", "≤200元/人", "≤200元/人"),
        ("效益指标", "社会效益指标", "新生儿遗传代谢病筛查率", "≥98%", "≥98%"),
        (None, "可持续影响指标", "出生缺陷三级防治网络", "健全", "逐步健全"),
        ("满意度指标", "服务对象满意度指标", "受检家庭满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚澄明", "邵清禾", "0794-72613508")
    return b


@variant("pu08-tcm-basis-column", (8,), "three-year project from 2025, NAT-2021, 中期/年度 "
         "columns and a 设定依据 column: deadlines 2027 and 2025, rates equal in both "
         "(correct)")  # fmt: skip
def pu08() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 18, 18, 14))
    project_head(
        s, year=2025, name="基层中医药服务能力提升工程", dept="泽川县卫生健康局（406）", years=3,
        unit="泽川县中医医院", attr="新增项目",
        money=period_money((wan(360), wan(300), wan(60)), (wan(120), wan(100), wan(20))),
        goals=["到2027年全县18个乡镇卫生院全部建成中医馆，推广中医适宜技术，"
               "基层中医药服务量占比达到35%。",
               "2025年建成中医馆6个，培训基层医务人员200人次，中医药服务量占比达到30%。"],
    )  # fmt: skip
    indicators(s, (*TWO, "指标值设定依据"), [
        ("产出指标", "数量指标", "建成乡镇卫生院中医馆数", "≥18个", "≥6个", "计划标准"),
        (None, None, "中医适宜技术推广培训人次", "≥600人次", "≥200人次", "计划标准"),
        (None, "质量指标", "中医馆建设验收合格率", "=100%", "=100%", "行业标准"),
        (None, "时效指标", "中医馆建设完成时间", "2027年12月31日前", "2025年12月31日前",
         "计划标准"),
        ("成本指标", "经济成本指标", "单个中医馆建设补助", "≤15万元/个", "≤15万元/个", "历史标准"),
        ("效益指标", "社会效益指标", "基层中医药服务量占比", "≥35%", "≥30%", "行业标准"),
        (None, "可持续影响指标", "中医药服务长效运行机制", "建立", "建立", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "群众中医药服务满意度", "≥90%", "≥90%", "行业标准"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2025—2027年累计目标，年度指标值为2025年度目标。")
    sign(s, "储方平", "柏映雪", "0552-36107824")
    return b


@variant("pu09-elderly-care-copied", (8,), "three-year project, NAT-2021, 中期/年度 columns "
         "and a 备注 column: two cumulative counts copied into the year, the 中期目标 "
         "copied")  # fmt: skip
def pu09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 16, 22))
    goal = "新增医养结合床位300张，培训医养结合服务人员1500人次，提高老年人医养服务覆盖率。"
    project_head(
        s, year=2026, name="医养结合服务能力提升", dept="青漳县卫生健康局（318）", years=3,
        unit="青漳县老龄健康服务中心",
        money=period_money((wan(540), wan(480), wan(60)), (wan(180), wan(160), wan(20))),
        goals=[goal, mk(goal, "D204", "warning", note="the three-year goal copied")],
    )  # fmt: skip
    indicators(s, (*TWO, "备注"), [
        ("产出指标", "数量指标", "新增医养结合床位数", "≥300张",
         mk("≥300张", "D202", "warning", note="a three-year count copied"), "含护理型床位"),
        (None, None, "医养结合服务培训人次", "≥1500人次",
         mk("≥1500人次", "D202", "warning", note="a three-year count copied"), None),
        (None, None, "签约医养服务的养老机构数", "≥24家", "≥10家", None),
        (None, "质量指标", "医养结合机构服务质量达标率", "≥90%", "≥90%", None),
        (None, "时效指标", "上门医疗服务响应时间", "≤24小时", "≤24小时", "接到申请后起算"),
        ("成本指标", "经济成本指标", "床位建设补助标准", "≤5000元/张", "≤5000元/张", None),
        ("效益指标", "社会效益指标", "失能半失能老年人医养服务覆盖率", "≥60%", "≥55%", None),
        ("满意度指标", "服务对象满意度指标", "入住老年人满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "钟慕白", "尹若岚", "0593-68214037")
    return b


SETS = ("一级指标", "二级指标", "三级指标", "实施期指标值", "二级指标", "三级指标", "年度指标值")


@variant("pu10-two-sets-annual-above", (8, 12), "two-year project, NAT-2021, two complete column "
         "sets (二级/三级/指标值 for 实施期, then for the year): a yearly count above its period "
         "count, a 年度资金总额 above the 中期资金总额")  # fmt: skip
def pu10() -> Book:
    b, s = book("项目绩效目标", (12, 14, 24, 14, 14, 24, 14))
    project_head(
        s, year=2026, name="医保电子凭证与移动支付推广", dept="安澜市医疗保障局（109）", years=2,
        unit="安澜市医疗保障信息中心", attr="新增项目",
        money=period_money(
            (wan(360), wan(340), wan(20)),
            (mk(wan(380), "B103", "error", note="the year above the two-year total"),
             ok(wan(360), "error"), wan(20))),
        goals=["两年内全市医保电子凭证激活30万人，400家定点医药机构开通医保移动支付。",
               "本年度激活医保电子凭证12万人，完成首批定点医药机构移动支付接口改造。"],
    )  # fmt: skip
    s.row(*SETS)
    s.table([
        ("产出指标", "数量指标", "医保电子凭证激活人数", "≥30万人",
         "数量指标", "医保电子凭证激活人数", "≥12万人"),
        (None, "数量指标", "开通移动支付的定点医药机构数", "≥400家", "数量指标",
         "开通移动支付的定点医药机构数",
         mk("≥450家", "D201", "error", note="a year above its two-year period")),
        (None, "质量指标", "移动支付交易成功率", "≥99%", "质量指标", "移动支付交易成功率", "≥99%"),
        (None, "时效指标", "系统故障响应时间", "≤2小时", "时效指标", "系统故障响应时间", "≤2小时"),
        ("成本指标", "经济成本指标", "单家机构接口改造补助", "≤5000元/家",
         "经济成本指标", "单家机构接口改造补助", "≤5000元/家"),
        ("效益指标", "社会效益指标", "参保群众线上结算使用率", "≥60%",
         "社会效益指标", "参保群众线上结算使用率", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%",
         "服务对象满意度指标", "参保群众满意度", "≥90%"),
    ], merged=(1,))  # fmt: skip
    sign(s, "邝明远", "尚芷晴", "0758-22649017")
    return b


UNITS = ("一级指标", "二级指标", "三级指标", "计量单位", "实施期指标值", "年度指标值")


@variant("pu11-one-year-unit-column", (8,), "one-year project, OLD-NAT, a unit column and "
         "实施期/年度 columns with equal values, identical goals, a cost × count equal to the "
         "money (correct)")  # fmt: skip
def pu11() -> Book:
    b, s = book("工伤预防")
    goal = "面向重点行业企业开展工伤预防宣传培训2000人次，降低参训企业工伤事故发生率。"
    project_head(
        s, year=2026, name="工伤预防宣传培训", dept="石岭县人力资源和社会保障局（122）",
        unit="石岭县社会保险事业中心", money=one_year_money(wan(60), wan(60), wan(0)),
        goals=[goal, goal], attr="常年项目",
    )  # fmt: skip
    indicators(s, UNITS, [
        ("产出指标", "数量指标", "工伤预防培训人次", "人次", "≥2000", "≥2000"),
        (None, None, "覆盖重点行业企业数", "家", "≥120", "≥120"),
        (None, "质量指标", "培训考核合格率", "%", "≥90", "≥90"),
        (None, "时效指标", "培训任务完成时间", None, "2026年11月30日前", "2026年11月30日前"),
        (None, "成本指标", "人均培训成本", "元/人次", "≤300", "≤300"),
        ("效益指标", "社会效益指标", "参训企业工伤事故发生率", "%", "≤0.5", "≤0.5"),
        (None, "可持续影响指标", "工伤预防宣传培训常态化机制", None, "建立", "建立"),
        ("满意度指标", "服务对象满意度指标", "参训企业满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    note(s, "注：本项目实施期为1年，实施期指标值与年度指标值相同。")
    sign(s, "甘承志", "窦婉清", "0737-51806243")
    return b


DIRS = ("一级指标", "二级指标", "三级指标", "指标方向", "中期指标值", "年度指标值")


@variant("pu12-signing-cost-over-money", (8, 12), "three-year project, NAT-2021, a "
         "direction column and 中期/年度 columns: a year written without its operator, a "
         "payment standard × count above the money")  # fmt: skip
def pu12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="重点人群家庭医生签约服务提质", dept="洛平县卫生健康局（327）", years=3,
        unit="洛平县基层卫生指导中心",
        money=period_money((wan(540), wan(450), wan(90)), (wan(180), wan(150), wan(30))),
        goals=["三年内重点人群签约服务累计15万人次，签约覆盖率提高到80%，培训家庭医生团队1500人次。",
               "本年度重点人群签约服务5万人次，覆盖率达到75%，培训家庭医生团队500人次。"],
    )  # fmt: skip
    indicators(s, DIRS, [
        ("产出指标", "数量指标", "签约服务补助人次", "正向", "≥150000人次", "≥50000人次"),
        (None, None, "家庭医生团队培训人次", "正向", "≥1500人次",
         mk("500人次", "D203", "warning", row=True, note="the year lacks the ≥ of the period")),
        (None, "质量指标", "签约居民履约率", "正向", "≥90%", "≥90%"),
        (None, "时效指标", "签约服务费结算时限", "反向", "≤30个工作日", "≤30个工作日"),
        ("成本指标", "经济成本指标", "签约服务费补助标准", "反向",
         "≤40元/人次", mk("≤40元/人次", "B107", "warning", row=True,
                        note="40元 × 50000 = 200万 > 180 (and × 150000 = 600万 > 540)")),
        ("效益指标", "社会效益指标", "重点人群签约覆盖率", "正向", "≥80%", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "正向", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "欧阳慎", "房芸汐", "0745-83296105")
    return b
