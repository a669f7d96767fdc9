"""Several projects stacked in one sheet, each with its own head, money and indicators: weights
per project, a 测算依据 block per project, a header row repeated after a page break, footnotes
between the projects (rk07–rk12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout261.common import (
    ONE,
    TWO,
    WEIGHTED,
    basis,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout261.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "云溪市退役军人事务局（105）"


@variant("rk07-two-projects-weights", (2, 10), "two stacked one-year projects with a weight "
         "column each adding up to 100 (200 over the sheet), =100% at the ceiling "
         "(correct)")  # fmt: skip
def rk07() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 18, 14, 10))
    project_head(
        s, year=2026, name="退役军人创业孵化基地运营项目", dept=DEPT,
        unit="云溪市退役军人创业孵化基地", money=one_year_money(wan(120), wan(100), wan(20)),
        goals=["2026年孵化退役军人创业项目30个，开展创业指导培训500人次，带动就业150人。"],
    )  # fmt: skip
    indicators(s, WEIGHTED, [
        ("产出指标", "数量指标", "入驻孵化退役军人创业项目数", "≥30个", 15),
        (None, None, "创业指导培训人次", "≥500人次", 10),
        (None, "质量指标", "孵化项目一年存活率", "≥80%", 10),
        (None, "时效指标", "创业补贴审核办结时间", "≤15个工作日", 10),
        ("成本指标", "经济成本指标", "单个项目年孵化服务成本", "≤3万元/个", 10),
        ("效益指标", "经济效益指标", "孵化项目带动就业人数", "≥150人", 15),
        (None, "社会效益指标", "退役军人创业扶持政策知晓率", "≥90%", 10),
        (None, "可持续影响指标", "孵化基地运营管理制度", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "入驻创业者满意度", "≥90%", 10),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="烈士纪念设施维护管理项目", dept=DEPT,
        unit="云溪市烈士陵园管理所", money=one_year_money(wan(60), wan(60), wan(0)),
        title="2026年度项目支出绩效目标申报表（二）",
        goals=["2026年清明节前完成8处烈士纪念设施维护，集中迁建零散烈士墓40座。"],
    )  # fmt: skip
    indicators(s, WEIGHTED, [
        ("产出指标", "数量指标", "维护烈士纪念设施数量", "≥8处", 15),
        (None, None, "零散烈士墓集中迁建数量", "≥40座", 10),
        (None, "质量指标", "维修工程验收合格率", "=100%", 15),
        (None, "时效指标", "纪念设施维护完成时间", "2026年3月31日前", 10),
        ("成本指标", "经济成本指标", "单处纪念设施年维护成本", "≤5万元/处", 10),
        ("效益指标", "社会效益指标", "纪念设施年接待瞻仰群众", "≥5万人次", 20),
        (None, "可持续影响指标", "烈士纪念设施日常管护机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "烈属及瞻仰群众满意度", "≥92%", 10),
    ])  # fmt: skip
    sign(s, "褚明川", "范雪樵", "0771-2846035")
    return b


@variant("rk08-weights-and-second-money", (2, 12), "two stacked projects: the first one's "
         "weights add up to 95, the second one's 总额 ≠ 财政拨款 + 其他资金")  # fmt: skip
def rk08() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 14, 10))
    project_head(
        s, year=2026, name="社会组织公益创投项目", dept="澄江市民政局（219）",
        unit="澄江市社会组织服务中心", money=one_year_money(wan(200), wan(180), wan(20)),
        goals=["2026年资助公益创投项目40个，服务困难群众6000人，服务2万人次。"],
    )  # fmt: skip
    indicators(s, WEIGHTED, [
        ("产出指标", "数量指标", "资助公益创投项目数", "≥40个", 15),
        (None, None, "公益项目服务人次", "≥2万人次", 10),
        (None, "质量指标", "项目中期评估合格率", "≥90%", 10),
        (None, "时效指标", "资助资金拨付及时率", "≥95%", 10),
        ("成本指标", "经济成本指标", "单个项目资助额", "≤4.5万元/个", 10),
        ("效益指标", "社会效益指标", "受益困难群众人数", "≥6000人", 15),
        (None, "可持续影响指标", "公益创投项目品牌化运作机制", "完善", 10),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="the first project's weights add up to 95, not 100")
    s.skip()
    project_head(
        s, year=2026, name="社会组织等级评估项目", dept="澄江市民政局（219）", title="",
        unit="澄江市社会组织服务中心",
        money=one_year_money(mk(wan(45), "B101", "error", note="40 + 8 = 48, not 45"),
                             wan(40), wan(8)),
        goals=["2026年完成60家社会组织等级评估，评估结果按时向社会公示。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "参评社会组织数量", "≥60家"),
        (None, "质量指标", "评估报告合格率", "≥95%"),
        (None, "时效指标", "评估结果公示时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单家社会组织评估费用", "≤0.6万元/家"),
        ("效益指标", "社会效益指标", "获评较高等级社会组织占比", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "参评社会组织满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "尹照临", "鲁青萍", "0870-5263197")
    return b


@variant("rk09-three-projects-mixed-terms", (2, 8, 12), "three stacked projects: one-year, "
         "two-year with 中期 and 年度 columns and a deadline in the second year, one-year again; "
         "counts in 人, 万人 and 户 (correct)")  # fmt: skip
def rk09() -> Book:
    b, s = book("项目支出绩效目标", (14, 16, 30, 20, 20, 10))
    dept = "临溪县退役军人事务局（318）"
    project_head(
        s, year=2026, name="退役士兵待安置期间生活补助项目", dept=dept,
        unit="临溪县退役军人服务中心", money=one_year_money(wan(96), wan(96), wan(0)),
        goals=["2026年保障80名待安置退役士兵生活补助按月发放，安置岗位全部落实。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "待安置退役士兵人数", "≥80人"),
        (None, "质量指标", "安置岗位落实率", "≥95%"),
        (None, "时效指标", "安置工作完成时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "待安置期间生活补助标准", "≤950元/人·月"),
        ("效益指标", "社会效益指标", "退役士兵信访事项办结率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "退役士兵满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, years=2, name="退役军人信息管理系统建设项目", dept=dept, title="",
        unit="临溪县退役军人服务中心", attr="新增项目",
        money=period_money((wan(260), wan(240), wan(20)), (wan(150), wan(140), wan(10))),
        goals=["2026年—2027年建成12个功能模块，采集退役军人信息2.8万人，实现业务网上办理。",
               "2026年建成7个功能模块，采集退役军人信息1.6万人。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "系统功能模块建设数量", "≥12个", "≥7个"),
        (None, None, "退役军人信息采集人数", "≥2.8万人", "≥1.6万人"),
        (None, "质量指标", "系统验收合格率", "=100%", "=100%"),
        (None, "时效指标", "系统功能上线时间", "2027年6月30日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个功能模块开发成本", "≤18万元/个", "≤18万元/个"),
        ("效益指标", "社会效益指标", "退役军人事务网上办理率", "≥60%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "系统使用人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="拥军优属志愿服务项目", dept=dept, title="",
        unit="临溪县退役军人服务中心", money=one_year_money(wan(30), wan(25), wan(5)),
        goals=["2026年组织拥军志愿服务活动60场，帮扶困难优抚对象300户。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "拥军志愿服务活动场次", "≥60场"),
        (None, None, "帮扶困难优抚对象户数", "≥300户"),
        (None, "质量指标", "志愿服务活动记录完整率", "≥95%"),
        ("成本指标", "经济成本指标", "单场活动经费", "≤3000元/场"),
        ("效益指标", "社会效益指标", "困难优抚对象急难问题解决率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("rk10-three-projects-basis-tier", (2, 12), "three stacked projects: the second one's "
         "测算依据 lines do not add up to its 合计, the third one has 时效指标 under "
         "效益指标")  # fmt: skip
def rk10() -> Book:
    b, s = book("Sheet1")
    dept = "沙洲区退役军人事务局（402）"
    project_head(
        s, year=2026, name="退役军人权益维护法律援助项目", dept=dept,
        unit="沙洲区退役军人服务中心", money=one_year_money(wan(25), wan(25), wan(0)),
        goals=["2026年为退役军人提供法律咨询1200人次，办理法律援助案件80件。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "法律咨询服务人次", "≥1200人次"),
        (None, None, "办理法律援助案件数", "≥80件"),
        (None, "质量指标", "法律援助案件结案归档合格率", "≥95%"),
        ("成本指标", "经济成本指标", "单件法律援助案件补贴", "≤2000元/件"),
        ("效益指标", "社会效益指标", "退役军人合法权益维护率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受援退役军人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="光荣院适老化改造项目", dept=dept, title="",
        unit="沙洲区光荣院", attr="一次性项目", money=one_year_money(wan(96), wan(90), wan(6)),
        goals=["2026年完成光荣院60张床具更换、30间卫浴防滑改造和应急呼叫系统建设。"],
    )  # fmt: skip
    basis(s, [
        ("无障碍通道改造", "按工程预算", "1项", wan(28.5)),
        ("适老化床具更换", "0.35万元/张", "60张", wan(21)),
        ("卫浴防滑改造", "0.8万元/间", "30间", wan(24)),
        ("应急呼叫系统", "按采购预算", "1套", wan(15.1)),
    ], mk(wan(96), "B102", "error", note="28.5 + 21 + 24 + 15.1 = 88.6, not 96"))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "适老化床具更换数量", "≥60张"),
        (None, None, "卫浴防滑改造间数", "≥30间"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造工程完工时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单张床具更换成本", "≤0.35万元/张"),
        ("效益指标", "社会效益指标", "供养对象居住安全隐患整改率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="退役军人心理疏导服务项目", dept=dept, title="",
        unit="沙洲区退役军人服务中心", money=one_year_money(wan(18), wan(18), wan(0)),
        goals=["2026年为退役军人提供心理疏导服务600人次，重点对象回访全覆盖。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "心理疏导服务人次", "≥600人次"),
        (None, "质量指标", "重点对象回访覆盖率", "=100%"),
        ("成本指标", "经济成本指标", "人均心理疏导服务成本", "≤300元/人次"),
        ("效益指标", "社会效益指标", "退役军人心理危机干预成功率", "≥90%"),
        (None, mk("时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
         "心理危机求助响应时间", "≤24小时"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("rk11-two-projects-page-break", (2, 4, 10, 12), "two stacked projects each with a "
         "测算依据 block adding up, a header row repeated after a page break, footnotes and a "
         "填表说明 row, a 百分点 target and 92% stored as 0.92 (correct)")  # fmt: skip
def rk11() -> Book:
    b, s = book("绩效目标")
    dept, unit = "梧桐市民政局（226）", "梧桐市志愿服务指导中心"
    project_head(
        s, year=2026, name="社区志愿服务站点建设项目", dept=dept, unit=unit, attr="新增项目",
        money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["2026年新建社区志愿服务站点30个，培训志愿者1500人次，站点年服务居民6万人次。"],
    )  # fmt: skip
    basis(s, [
        ("站点建设", "3万元/个", "30个", wan(90)),
        ("站点标识及设备", "1.5万元/套", "30套", wan(45)),
        ("志愿者培训", "100元/人次", "1500人次", wan(15)),
    ], wan(150))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建社区志愿服务站点", "≥30个"),
        (None, None, "培训志愿者人次", "≥1500人次"),
        (None, "质量指标", "站点建设验收合格率", "≥95%"),
        (None, "时效指标", "站点投入使用时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单个站点建设成本", "≤3万元/个"),
        ("效益指标", "社会效益指标", "站点年服务居民人次", "≥6万人次"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：本表指标值均为年度目标。")
    s.skip()
    project_head(
        s, year=2026, name="社会组织能力建设项目", dept=dept, unit="梧桐市社会组织服务中心",
        money=one_year_money(wan(64), wan(58), wan(6)), title="",
        goals=["2026年培训社会组织负责人400人次，辅导80家社会组织财务规范化建设。"],
    )  # fmt: skip
    basis(s, [
        ("社会组织负责人培训", "600元/人次", "400人次", wan(24)),
        ("财务规范化辅导", "0.25万元/家", "80家", wan(20)),
        ("评估督导", "按上年实际", "1项", wan(20)),
    ], wan(64))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "培训社会组织负责人人次", "≥400人次"),
        (None, None, "财务规范化辅导社会组织数", "≥80家"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
    ])  # fmt: skip
    s.row(*ONE)  # the header again at the top of the next page
    s.table([
        ("产出指标", "时效指标", "财务辅导完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤600元/人次"),
        ("效益指标", "社会效益指标", "社会组织年报合格率提高", "≥3百分点"),
        (None, "可持续影响指标", "社会组织规范化建设长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训社会组织满意度", pct(0.92)),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：指标值请填写可考核的数值，定性指标填写等级。")
    sign(s, "戚远山", "柏映雪", "0746-3159820")
    return b
