"""One-year project tables with the operator inside the value (symbols and words), one value
column with an optional 指标解释 or 备注 column, footnotes inside and under the table
(qw01–qw06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout247.common import (
    ONE,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout247.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("qw01-relief-stock-lookalikes", (1, 4, 11), "one-year project, NAT-2021, inline "
         "operators, 指标解释 column, footnote under the table: =0起, 30分钟内, ≤12小时, "
         "100% typed as Excel stores it (correct)")  # fmt: skip
def qw01() -> Book:
    b, s = book("绩效目标表", (14, 16, 30, 18, 30))
    project_head(
        s, year=2026, name="县级救灾物资储备补充项目", dept="青岚县应急管理局（412）",
        unit="青岚县应急物资储备中心",
        money=one_year_money(wan(186), wan(150), wan(36)),
        goals=["2026年补充储备帐篷、折叠床、棉被等救灾物资2.4万件，新增乡镇应急物资储备点6个，"
               "确保灾情发生后12小时内受灾群众基本生活得到初步救助，储备物资账实相符率100%。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "补充储备救灾物资", "≥2.4万件", "帐篷、折叠床、棉被等"),
        (None, None, "采购救灾帐篷", "≥300顶", None),
        (None, None, "新增乡镇应急物资储备点", "≥6个", "每个储备点覆盖3个以上行政村"),
        (None, "质量指标", "储备物资账实相符率", pct(1), "年末盘点"),
        (None, None, "入库物资抽检合格率", "≥98%", None),
        (None, "时效指标", "受灾群众基本生活救助到位时间", "≤12小时", "自灾情发生起计"),
        (None, None, "应急响应启动后物资出库时间", "30分钟内", None),
        ("成本指标", "经济成本指标", "救灾帐篷采购单价", "≤2600元/顶", "300顶合计78万元"),
        ("效益指标", "社会效益指标", "受灾群众基本生活救助覆盖率", "≥95%", None),
        (None, None, "因物资保障不到位引发的次生事故起数", "=0起", None),
        (None, "可持续影响指标", "应急物资储备轮换管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%", "抽样回访"),
    ])  # fmt: skip
    note(s, "注：本表指标值均为2026年度目标值；“30分钟内”指应急响应启动至首批物资出库的时间。",
         5, gap=True)  # fmt: skip
    sign(s, "周砚秋", "韩立峰", "0738-5216043")
    return b


@variant("qw02-fire-team-arrival-ge", (4, 11), "one-year project, NAT-2021, inline operators, "
         "a footnote row inside the table: an arrival time with ≥, a 出动时间 without an "
         "operator, a footnote that gives another year")  # fmt: skip
def qw02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="乡镇专职消防队运行保障项目", dept="石埠县消防救援大队（031）",
        unit="石埠县消防救援大队",
        money=one_year_money(wan(128), wan(128), wan(0)),
        goals=["2026年保障全县8支乡镇专职消防队48名队员正常执勤，乡镇火警15分钟内到场，"
               "全年开展消防安全宣传120场以上，不发生较大以上火灾事故。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "保障专职消防队员", "≥48人"),
        (None, None, "开展消防安全宣传", "≥120场"),
        (None, "质量指标", "消防车辆器材完好率", "≥98%"),
        (None, "时效指标", "乡镇火警平均到场时间",
         mk("≥15分钟", "T108", "warning", row=True, alt=("D104",),
            note="an arrival time is 反向: ≤15分钟 (the goal says 15分钟内)")),
        (None, None, "接警后出动时间",
         mk("1分钟", "T117", "warning", alt=("T103",), note="a time cap without ≤")),
        ("成本指标", "经济成本指标", "队员人均年度运行保障成本", "≤2.6万元/人"),
        ("效益指标", "社会效益指标", "较大以上火灾事故起数", "=0起"),
        (None, None, "火灾死亡人数", "≤1人"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥92%"),
    ])  # fmt: skip
    note(s, mk("注：本表指标值均为2025年度目标值。", "Y101", "error", alt=("Y103",),
               note="the title and the plan are 2026"), 4)  # fmt: skip
    sign(s, "刘振川", "潘晓岚", "0772-6130258")
    return b


@variant("qw03-fire-kit-word-caps", (4, 11), "one-year project, NAT-2021, inline operators and "
         "words, 指标解释 column, signature with fill date: ≤8分钟, 不超过1起, a 下降率 with ≥, "
         "years of service with ≥ (correct)")  # fmt: skip
def qw03() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 18, 28))
    project_head(
        s, year=2026, name="城区消防救援站装备更新项目", dept="临江市消防救援支队（206）",
        unit="临江市城东消防救援站",
        money=one_year_money(wan(340), wan(300), wan(40)),
        goals=["2026年更新水罐消防车2辆、个人防护装备160套，城区火警平均到场时间控制在8分钟"
               "以内，火灾死亡人数较上年下降10%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "更新水罐消防车", "≥2辆", None),
        (None, None, "更新个人防护装备", "≥160套", "含灭火防护服、头盔、呼救器"),
        (None, "质量指标", "装备到货验收合格率", "100%", None),
        (None, "时效指标", "装备列装完成时间", "2026年10月31日前", None),
        (None, None, "城区火警平均到场时间", "≤8分钟", "接警至到达现场"),
        ("成本指标", "经济成本指标", "水罐消防车单车采购成本", "≤120万元/辆", None),
        (None, None, "个人防护装备单套成本", "≤0.35万元/套", None),
        ("效益指标", "社会效益指标", "火灾死亡人数下降率", "≥10%", "与2025年相比"),
        (None, None, "较大以上火灾事故起数", "不超过1起", None),
        (None, "可持续影响指标", "装备设计使用年限", "≥8年", None),
        ("满意度指标", "服务对象满意度指标", "消防救援人员装备满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "龚书韵", "杜长河", "0731-8842617", filled="填报日期：2025年11月18日")
    return b


@variant("qw04-relief-stock-empty-tier2", (6, 11), "one-year project, NAT-2021, inline "
         "operators, 备注 column: an empty template tier-2, a dispatch time with ≥")  # fmt: skip
def qw04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 24))
    project_head(
        s, year=2026, name="市级救灾物资储备更新项目", dept="云澜市应急管理局（105）",
        unit="云澜市救灾物资储备库",
        money=one_year_money(wan(420), wan(380), wan(40)),
        goals=["2026年更新储备折叠床1500张、棉被3000床，接到调拨指令后2小时内完成装车，"
               "灾后12小时内受灾群众基本生活得到救助。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "购置折叠床", "≥1500张", None),
        (None, None, "购置棉被", "≥3000床", None),
        (None, "质量指标", "入库物资质检合格率", "≥98%", "第三方抽检"),
        (None, "时效指标", "紧急调拨指令装车响应时间",
         mk("≥2小时", "T108", "warning", row=True, note="a response time: ≤2小时"), None),
        ("成本指标", "经济成本指标", "折叠床采购单价", "≤450元/张", None),
        (None, None, "棉被采购单价", "≤260元/床", None),
        ("效益指标", mk("经济效益指标", "F109", "warning", row=True), None, None, None),
        (None, "社会效益指标", "受灾群众基本生活救助到位率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "受助群众满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "钟若溪", "黎卫东", "0851-3376120")
    return b


@variant("qw05-landslide-monitor-notes", (1, 4, 5), "one-year project, NAT-2021 with numbered "
         "tier labels, inline operators, two-line footnote inside the table: =0人, ≤30分钟, a "
         "100% 到岗率 typed as Excel stores it (correct)")  # fmt: skip
def qw05() -> Book:
    b, s = book("地灾监测", (14, 18, 30, 18))
    project_head(
        s, year=2026, name="地质灾害隐患点专业监测项目", dept="岷川县自然资源局（207）",
        unit="岷川县地质环境监测站",
        money=one_year_money(wan(96), wan(80), wan(16)),
        goals=["2026年对85处地质灾害隐患点开展专业监测，培训群测群防员340人次，发现异常后"
               "30分钟内发布临灾预警，全年不发生因地质灾害造成的人员死亡。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "1.数量指标", "专业监测隐患点", "≥85处"),
        (None, None, "群测群防员培训", "≥340人次"),
        (None, "2.质量指标", "监测设备在线率", "≥95%"),
        (None, None, "预警信息准确率", "≥90%"),
        (None, "3.时效指标", "临灾预警信息发布时间", "≤30分钟"),
        (None, None, "汛期24小时值班到岗率", pct(1)),
        ("二、成本指标", "1.经济成本指标", "单处隐患点年度监测运维成本", "≤0.9万元/处"),
        ("三、效益指标", "1.社会效益指标", "地质灾害造成人员死亡数", "=0人"),
        (None, None, "受威胁群众转移避险率", "100%"),
        (None, "2.可持续影响指标", "隐患点监测预警机制", "长效运行"),
        ("四、满意度指标", "1.服务对象满意度指标", "受威胁群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：1.指标值均为2026年度目标；", 4)
    note(s, "2.“处”指纳入专业监测的地质灾害隐患点，不含已销号隐患点。", 4)
    sign(s, "马启航", "彭雪宁", "0833-7265914")
    return b


@variant("qw06-enforcement-words", (6, 11), "one-year project, NAT-2021, operators in words "
         "inside the value, 说明 under the table: 不少于 on an accident count, a value without a "
         "name")  # fmt: skip
def qw06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="安全生产监管执法能力建设项目", dept="梧桐市应急管理局（118）",
        unit="梧桐市应急管理综合行政执法大队",
        money=one_year_money(wan(260), wan(230), wan(30)),
        goals=["2026年执法检查生产经营单位800家以上，重大事故隐患整改率100%，生产安全事故起数"
               "和死亡人数较上年双下降。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "执法检查生产经营单位", "不少于800家"),
        (None, None, "执法人员业务培训", "不少于120人次"),
        (None, "质量指标", "重大事故隐患整改率", "100%"),
        (None, None, mk(None, "F110", "error", note="a value without its indicator name"),
         "不低于95%"),
        (None, "时效指标", "举报投诉核查办结时间", "15个工作日以内"),
        ("成本指标", "经济成本指标", "单家企业执法检查成本", "不超过1200元/家"),
        ("效益指标", "社会效益指标", "生产安全事故起数",
         mk("不少于15起", "T108", "warning", row=True, note="不少于 is ≥ on a harm")),
        (None, None, "生产安全事故死亡人数", "不超过6人"),
        ("满意度指标", "服务对象满意度指标", "企业对执法服务满意度", "不低于90%"),
    ])  # fmt: skip
    note(s, "说明：指标值中“不少于”“不低于”即≥，“不超过”“以内”即≤。", gap=True)
    sign(s, "宋明哲", "唐语冰", "0539-2287461")
    return b
