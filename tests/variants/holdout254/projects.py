"""One-year and multi-year project tables with tiers: inline operators, an operator column, a
direction column, points in the tier labels, 中期 and 年度 columns (rd01–rd06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout254.common import (
    ONE,
    OPS,
    TWO,
    book,
    indicators,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout254.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("rd01-food-sampling-lookalikes", (1, 11), "one-year project, NAT-2021, inline "
         "operators and a 备注 column: 不合格率 ≤, 处置率 100% as Excel stores it, 下降率 ≥, "
         "=0起, cost per 批次 ≤ (correct)")  # fmt: skip
def rd01() -> Book:
    b, s = book("项目绩效目标", (14, 16, 32, 18, 24))
    project_head(
        s, year=2026, name="食品安全监督抽检项目", dept="桐溪县市场监督管理局（411）",
        unit="桐溪县食品检验检测中心",
        money=one_year_money(wan(268), wan(248), wan(20)),
        goals=["2026年完成食品安全监督抽检1600批次以上，覆盖全县14个乡镇的生产、流通和餐饮环节，"
               "抽检不合格食品全部核查处置，食品安全投诉举报量较上年下降8%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥1600批次", None),
        (None, None, "抽检覆盖乡镇数", "≥14个", "含城关、工业园区"),
        (None, "质量指标", "抽检不合格食品核查处置率", pct(1), "含跨县协查"),
        (None, None, "检验结果复检改判率", "≤1%", None),
        (None, "时效指标", "不合格结果通报时限", "≤5个工作日", "自报告签发之日起"),
        ("成本指标", "经济成本指标", "单批次监督抽检成本", "≤1500元/批次", "含采样、检验费用"),
        ("效益指标", "社会效益指标", "食品安全投诉举报量下降率", "≥8%", "与上年相比"),
        (None, None, "较大及以上食品安全事故发生起数", "=0起", None),
        (None, "可持续影响指标", "抽检信息公开机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥90%", "第三方调查"),
    ])  # fmt: skip
    sign(s, "周以宁", "杭明哲", "0573-86412093")
    return b


@variant("rd02-elevator-ops-column", (11,), "one-year project, NAT-2021, operator and unit "
         "columns: ≤ on a 定期检验率, ≥ on 事故起数")  # fmt: skip
def rd02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="特种设备安全监督检查项目", dept="梅岭区市场监督管理局（208）",
        unit="梅岭区特种设备安全监察大队",
        money=one_year_money(wan(156), wan(136), wan(20)),
        goals=["2026年监督抽查在用电梯900台以上、气瓶充装单位60家次以上，在用特种设备定期"
               "检验率达到98%以上，全年不发生特种设备安全事故。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "在用电梯监督抽查台数", "≥", 900, "台"),
        (None, None, "气瓶充装单位专项检查", "≥", 60, "家次"),
        (None, "质量指标", "在用特种设备定期检验率",
         mk("≤", "T108", "warning", row=True, note="a 检验率 is 正向: ≥98% meant"), 98, "%"),
        (None, None, "检查发现隐患整改率", "≥", 95, "%"),
        (None, "时效指标", "电梯困人应急救援平均到达时间", "≤", 30, "分钟"),
        ("成本指标", "经济成本指标", "单台电梯监督抽查成本", "≤", 600, "元/台"),
        ("效益指标", "社会效益指标", "特种设备安全事故起数",
         mk("≥", "T108", "warning", row=True, note="事故起数 is 反向: =0 or ≤ meant"), 0, "起"),
        (None, "可持续影响指标", "特种设备安全监管信息化覆盖率", "≥", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("rd03-old-elevators-period", (8, 11), "two-year project, 中期 and 年度 columns: "
         "counts halve, rates and caps equal, 故障率 ≤, =0起 in both (correct)")  # fmt: skip
def rd03() -> Book:
    b, s = book("绩效目标申报表")
    project_head(
        s, year=2026, name="老旧电梯安全评估及监察项目", dept="南汀市市场监督管理局（115）",
        unit="南汀市特种设备检验所", years=2, attr="新增项目",
        money=period_money((wan(380), wan(340), wan(40)), (wan(190), wan(170), wan(20))),
        goals=["2026年—2027年完成全市使用15年以上老旧电梯安全评估1200台，评估发现隐患整改率"
               "95%以上，电梯困人故障率控制在0.5%以内。",
               "2026年完成老旧电梯安全评估600台，对40家次维保单位开展监督检查，建立电梯安全"
               "风险分级管控机制。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "老旧电梯安全评估台数", "≥1200台", "≥600台"),
        (None, None, "电梯维保单位监督检查家次", "≥80家次", "≥40家次"),
        (None, "质量指标", "评估报告合格率", "≥98%", "≥98%"),
        (None, None, "评估发现隐患整改率", "≥95%", "≥95%"),
        (None, "时效指标", "隐患整改通知书送达时限", "≤3个工作日", "≤3个工作日"),
        ("成本指标", "经济成本指标", "单台电梯安全评估成本", "≤2200元/台", "≤2200元/台"),
        ("效益指标", "社会效益指标", "电梯困人故障率", "≤0.5%", "≤0.5%"),
        (None, None, "电梯安全事故发生起数", "=0起", "=0起"),
        (None, "可持续影响指标", "电梯安全风险分级管控机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "电梯使用单位及乘客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦嘉禾", "龙书瑶", "0771-52368014")
    return b


@variant("rd04-consumer-direction-column", (11,), "one-year project, NAT-2021, a 指标方向 "
         "column: ≥ on a 反向 办结时长, = on a 反向 重复被投诉率")  # fmt: skip
def rd04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 18, 22))
    project_head(
        s, year=2026, name="消费维权服务体系建设项目", dept="清河口区市场监督管理局（302）",
        unit="清河口区消费者权益保护委员会",
        money=one_year_money(wan(72), wan(72), wan(0)),
        goals=["2026年受理消费投诉举报3500件以上，按期办结率98%以上，开展消费维权进社区活动24场，"
               "为消费者挽回经济损失260万元以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "备注"), [
        ("产出指标", "数量指标", "受理消费投诉举报件数", "正向", "≥3500件", None),
        (None, None, "消费维权进社区活动场次", "正向", "≥24场", None),
        (None, "质量指标", "消费投诉按期办结率", "正向", "≥98%", None),
        (None, None, "消费纠纷调解成功率", "正向", "≥85%", None),
        (None, "时效指标", "消费投诉平均办结时长", "反向",
         mk("≥7个工作日", "T108", "warning", row=True, note="a duration is 反向: ≤ meant"),
         "法定时限内"),
        ("成本指标", "经济成本指标", "单场维权宣传活动成本", "反向", "≤8000元/场", None),
        ("效益指标", "社会效益指标", "为消费者挽回经济损失", "正向", "≥260万元", None),
        (None, None, "经营者重复被投诉率", "反向",
         mk("=5%", "T108", "warning", row=True, alt=("T107",), note="反向 cap: ≤5% meant"),
         "同一经营者年内被投诉2次以上"),
        (None, "可持续影响指标", "消费维权服务站运行机制", "正向", "健全", None),
        ("满意度指标", "服务对象满意度指标", "投诉人满意度", "正向", "≥88%", None),
    ])  # fmt: skip
    return b


@variant("rd05-metrology-points-words", (5, 10, 11), "one-year project, NAT-2021, points in "
         "the tier-1 labels and per indicator, operators in words (不少于/不高于/以内), "
         "超期率 and 差错率 capped, 100% as Excel stores it (correct)")  # fmt: skip
def rd05() -> Book:
    b, s = book("Sheet1", (18, 16, 32, 18, 10))
    project_head(
        s, year=2026, name="强制检定计量器具检定项目", dept="鹤川市市场监督管理局（126）",
        unit="鹤川市计量测试研究所",
        money=one_year_money(wan(186), wan(166), wan(20)),
        goals=["2026年完成强制检定计量器具检定20000台件以上，强检计量器具受检率不低于95%，"
               "检定超期率控制在2%以内，民生计量器具作弊举报全部查处。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("产出指标（50分）", "数量指标", "强制检定计量器具检定台件数", "不少于20000台件", 15),
        (None, None, "集贸市场在用衡器抽查数", "不少于1200台", 10),
        (None, "质量指标", "强检计量器具受检率", "不低于95%", 10),
        (None, None, "检定证书差错率", "不高于0.5%", 5),
        (None, "时效指标", "检定超期率", "不高于2%", 5),
        (None, None, "受理送检后出具证书时限", "5个工作日以内", 5),
        ("成本指标（10分）", "经济成本指标", "单台件强制检定成本", "不高于80元/台件", 10),
        ("效益指标（30分）", "社会效益指标", "计量纠纷调解办结率", "不低于95%", 10),
        (None, None, "民生计量器具作弊举报查处率", pct(1), 10),
        (None, "可持续影响指标", "计量器具智慧监管平台覆盖率", "不低于80%", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "送检单位满意度", "不低于90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "邵青岚", "冯致远", "0734-82251976")
    return b


@variant("rd06-patent-disputes", (11,), "one-year project, NAT-2021, inline operators and an "
         "指标解释 column: ≤ on a 结案率, ≥ on an 办案周期, a 满意度 above 100%")  # fmt: skip
def rd06() -> Book:
    b, s = book("项目支出绩效目标表", (14, 16, 32, 18, 26))
    project_head(
        s, year=2026, name="知识产权行政保护项目", dept="澜沧湾市知识产权局（520）",
        unit="澜沧湾市知识产权保护中心",
        money=one_year_money(wan(120), wan(110), wan(10)),
        goals=["2026年办理专利侵权纠纷行政裁决案件40件以上，开展商标专用权保护专项检查12次，"
               "行政裁决结案率达到90%以上，知识产权侵权假冒举报量较上年下降5%。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "办理专利侵权纠纷行政裁决案件", "≥40件", None),
        (None, None, "商标专用权保护专项检查", "≥12次", "含展会、电商平台"),
        (None, "质量指标", "专利侵权纠纷行政裁决结案率",
         mk("≤90%", "T108", "warning", row=True, note="a 结案率 is 正向: ≥90% meant"),
         "结案数/立案数"),
        (None, None, "行政裁决被复议撤销率", "≤3%", None),
        (None, "时效指标", "专利侵权纠纷案件平均办案周期",
         mk("≥90天", "T108", "warning", row=True, note="a 办案周期 is 反向: ≤90天 meant"),
         "自立案之日起"),
        ("成本指标", "经济成本指标", "单件行政裁决案件办案成本", "≤5000元/件", None),
        ("效益指标", "社会效益指标", "知识产权侵权假冒举报量下降率", "≥5%", "与上年相比"),
        (None, "可持续影响指标", "知识产权快速维权协作机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "知识产权权利人满意度",
         mk("≥105%", "T106", "error", alt=("T114",), note="a 满意度 cannot pass 100%"), None),
    ])  # fmt: skip
    return b
