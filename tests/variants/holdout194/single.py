"""One-year project tables: food sampling, drug supervision, metrology, consumer protection and
advertising monitoring (ov01 to ov07)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout194.common import ONE, book, indicators, note, one_year_money, sign, wan
from tests.variants.holdout194.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("ov01-sampling-cost-equals-money", (1, 12), "one-year project, NAT-2021, inline "
         "operators and a 设定依据 column: 1500元/批次 × 2000批次 = the 300万元 exactly, a "
         "不合格食品核查处置率 of 100%, a 问题发现率 ≥3% (correct)")  # fmt: skip
def ov01() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 30))
    project_head(
        s, year=2026, name="食品安全监督抽检项目", dept="临溪县市场监督管理局（231）",
        unit="临溪县食品安全检验检测中心",
        money=one_year_money(wan(300), wan(280), wan(20)),
        goals=["2026年完成食品安全监督抽检2000批次，覆盖食品大类32类，抽检不合格食品核查处置率"
               "100%，群众食品安全满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标值设定依据"), [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥2000批次", "省局下达的年度抽检任务"),
        (None, None, "抽检覆盖食品大类数", "≥32类", "计划标准"),
        (None, "质量指标", "抽检不合格食品核查处置率", pct(1), "不合格食品全部核查处置"),
        (None, None, "抽检问题发现率", "≥3%", "靶向抽检，历史标准：上年为3.2%"),
        (None, "时效指标", "检验报告出具时限", "≤20个工作日", "行业标准"),
        ("成本指标", "经济成本指标", "单批次抽检检验费用", "≤1500元/批次", "政府采购中标价"),
        ("效益指标", "社会效益指标", "重大食品安全事故发生起数", "0起", "历史标准"),
        (None, "可持续影响指标", "抽检信息公开机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥90%", "第三方问卷调查"),
    ])  # fmt: skip
    sign(s, "陈书瑶", "邱明远", "0592-73315208")
    return b


@variant("ov02-rapid-test-cost-over", (12,), "one-year project, NAT-2021, inline operators and a "
         "备注 column: 100元/批次 × 12000批次 = 120万元 above the 90万元")  # fmt: skip
def ov02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 24))
    project_head(
        s, year=2026, name="食用农产品快速检测项目", dept="白沙河区市场监督管理局（227）",
        unit="白沙河区农贸市场快检服务站", attr="常年项目",
        money=one_year_money(wan(90), wan(90), wan(0)),
        goals=["全年对辖区18个农贸市场及大型商超开展食用农产品快速检测12000批次，快检阳性样品"
               "全部复核处置。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "食用农产品快速检测批次",
         mk("≥12000批次", "B107", "warning", row=True, required=False,
            note="the count half of the standard × 批次 product"), "含节假日加密检测"),
        (None, None, "快检覆盖农贸市场数", "≥18个", None),
        (None, "质量指标", "快检阳性样品复核处置率", pct(1), "送法定检验机构复检"),
        (None, "时效指标", "快检结果公示及时率", "≥95%", "当日公示"),
        ("成本指标", "经济成本指标", "单批次快检费用",
         mk("≤100元/批次", "B107", "warning", row=True,
            note="12000批次 × 100元 = 120万元 > 年度资金总额 90万元"), "含试剂及人工"),
        ("效益指标", "社会效益指标", "农贸市场食用农产品快检合格率", "≥98%", None),
        (None, "可持续影响指标", "快检数据平台运行情况", "稳定", None),
        ("满意度指标", "服务对象满意度指标", "市场消费者满意度", "≥90%", "现场问卷"),
    ])  # fmt: skip
    return b


@variant("ov03-drug-type-column", (11,), "one-year project, NAT-2021, 指标值类型 · 比较符 · "
         "指标值 · 计量单位 columns: a 不良反应报告 count with ≥, an 评价率 =100, a 不合格率 "
         "with ≤ (correct)")  # fmt: skip
def ov03() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 10, 12, 12))
    project_head(
        s, year=2026, name="药品安全监管及不良反应监测项目", dept="青岚市市场监督管理局（226）",
        unit="青岚市药品不良反应监测中心",
        money=one_year_money(wan(120), wan(100), wan(20)),
        goals=["全年检查药品经营使用单位600家次，抽检药品400批次，收集药品不良反应报告1200份，"
               "全市药品安全形势保持稳定。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值类型", "比较符", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "药品经营使用单位监督检查", "定量", "≥", 600, "家次"),
        (None, None, "药品抽检批次", "定量", "≥", 400, "批次"),
        (None, None, "药品不良反应报告收集数", "定量", "≥", 1200, "份"),
        (None, "质量指标", "药品不良反应报告评价率", "定量", "=", 100, "%"),
        (None, "时效指标", "严重药品不良反应报告上报时限", "定量", "≤", 15, "日"),
        ("成本指标", "经济成本指标", "单批次药品抽检检验费用", "定量", "≤", 2000, "元/批次"),
        ("效益指标", "社会效益指标", "药品抽检不合格率", "定量", "≤", 2, "%"),
        (None, "可持续影响指标", "药品安全风险会商机制", "定性", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "药品经营企业满意度", "定量", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "吴嘉禾", "冯少棠", "0592-81207746")
    return b


@variant("ov04-verification-rate-105", (1, 11), "one-year project, NAT-2021, operator and unit "
         "columns: a 复核合格率 of ≥105%, the 年度目标 names 12000台件 but the indicator "
         "≥10000台件")  # fmt: skip
def ov04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 12))
    project_head(
        s, year=2026, name="民生计量器具免费强制检定项目", dept="临溪县市场监督管理局（231）",
        unit="临溪县计量检定测试所",
        money=one_year_money(wan(45), wan(45), wan(0)),
        goals=["全年完成集贸市场、医疗卫生机构、加油站等民生领域强制检定计量器具免费检定"
               "12000台件，检定证书按时出具，计量纠纷明显减少。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "免费检定强制检定计量器具数", "≥",
         mk(10000, "D104", "warning", row=True, note="the 年度目标 names 12000台件"), "台件"),
        (None, None, "检定覆盖集贸市场数", "≥", 12, "个"),
        (None, "质量指标", "检定原始记录复核合格率", "≥",
         mk(105, "T106", "error", row=True, note="a 合格率 cannot pass 100%"), "%"),
        (None, "时效指标", "检定证书出具时限", "≤", 5, "个工作日"),
        ("成本指标", "经济成本指标", "单台件检定补助标准", "≤", 35, "元/台件"),
        ("效益指标", "社会效益指标", "计量纠纷投诉量下降率", "≥", 10, "%"),
        (None, "可持续影响指标", "强检计量器具台账动态管理", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "集贸市场经营户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("ov05-consumer-weights", (10,), "one-year project, OLD-NAT (成本指标 under 产出), a "
         "weight column adding to 100; 200元/件 × 3000件 = the 60万元 exactly, 投诉 in positive "
         "rates, a 挽回经济损失 above the money (correct)")  # fmt: skip
def ov05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 10))
    project_head(
        s, year=2026, name="消费投诉举报处置及维权服务项目", dept="白沙河区市场监督管理局（227）",
        unit="白沙河区消费者权益保护委员会",
        money=one_year_money(wan(60), wan(50), wan(10)),
        goals=["全年受理处置消费投诉举报3000件，投诉举报按时办结率达到98%以上，为消费者挽回"
               "经济损失200万元以上，开展消费维权宣传活动6场。"],
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "受理处置消费投诉举报件数", "≥3000件", 10),
        (None, None, "开展消费维权宣传活动场次", "≥6场", 10),
        (None, "质量指标", "投诉举报按时办结率", "≥98%", 10),
        (None, "时效指标", "投诉举报受理决定时限", "≤7个工作日", 10),
        (None, "成本指标", "单件投诉举报处置成本", "≤200元/件", 10),
        ("效益指标", "经济效益指标", "为消费者挽回经济损失", "≥200万元", 15),
        (None, "社会效益指标", "消费纠纷调解成功率", "≥85%", 15),
        (None, "可持续影响指标", "放心消费示范单位数", "≥50家", 10),
        ("满意度指标", "服务对象满意度指标", "投诉人满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant("ov06-drug-retail-vague-date", (4,), "one-year project, NAT-2021, inline operators and "
         "a 设定依据 column, a note row: a deadline in the next year, a count given as "
         "按上级部署完成")  # fmt: skip
def ov06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 26))
    project_head(
        s, year=2026, name="药品零售及医疗器械经营监管项目", dept="临溪县市场监督管理局（231）",
        unit="临溪县市场监督管理局药品医疗器械监管股",
        money=one_year_money(wan(50), wan(50), wan(0)),
        goals=["对全县药品零售企业开展全覆盖监督检查，检查医疗器械经营企业80家，问题企业整改"
               "完成率达到95%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标值设定依据"), [
        ("产出指标", "数量指标", "药品零售企业监督检查家次",
         mk("按上级部署完成", "T102", "warning",
            note="a count needs a number, not a description"), "省局年度监管计划"),
        (None, None, "医疗器械经营企业检查家数", "≥80家", "计划标准"),
        (None, "质量指标", "药品零售企业检查覆盖率", pct(1), "全覆盖"),
        (None, None, "问题企业整改完成率", "≥95%", "历史标准"),
        (None, "时效指标", "医疗器械经营企业专项检查完成时间",
         mk("2027年3月31日前", "Y102", "error", alt=("Y103",),
            note="a one-year 2026 project cannot finish in 2027"), None),
        ("成本指标", "经济成本指标", "单家次检查成本", "≤600元/家次", "差旅及文书印制"),
        ("效益指标", "社会效益指标", "群众安全用药知识知晓率", "≥80%", "问卷调查"),
        ("满意度指标", "服务对象满意度指标", "药品经营企业满意度", "≥90%", None),
    ])  # fmt: skip
    note(s, "注：检查家次以药品智慧监管系统记录为准。", 5)
    return b


@variant("ov07-advertising-second-sheet", (4, 7), "one-year project, NAT-2021: head on a first "
         "sheet, indicators on a second with 违法广告发布率 ≤1%, notes and a signature "
         "(correct)")  # fmt: skip
def ov07() -> Book:
    b, s = book("项目信息")
    project_head(
        s, year=2026, name="广告监测及违法广告治理项目", dept="青岚市市场监督管理局（226）",
        unit="青岚市广告监测中心",
        money=one_year_money(wan(30), wan(30), wan(0)),
        goals=["全年监测传统媒体及互联网广告60000条次，违法广告线索移交处置率100%，违法广告"
               "发布率控制在1%以内。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 16, 28))
    t.title("广告监测及违法广告治理项目绩效指标", 5)
    indicators(t, (*ONE, "备注"), [
        ("产出指标", "数量指标", "广告监测条次", "≥60000条次", "传统媒体与互联网合计"),
        (None, None, "发布广告监测报告期数", "≥12期", "每月一期"),
        (None, "质量指标", "违法广告线索移交处置率", pct(1), None),
        (None, "时效指标", "违法线索移交时限", "≤3个工作日", "发现之日起计算"),
        ("成本指标", "经济成本指标", "单条次广告监测费用", "≤4元/条次", "监测服务采购"),
        ("效益指标", "社会效益指标", "违法广告发布率", "≤1%", "反向指标"),
        (None, "可持续影响指标", "广告监测平台运行情况", "稳定", None),
        ("满意度指标", "服务对象满意度指标", "广告经营单位满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    note(t, "注：1. 监测数据来源于青岚市广告监测平台；2. 金额单位为万元。", 5)
    sign(t, "方知秋", "唐守义", "0592-88610532")
    return b
