"""One-year project tables with the operator inside the value: one value column, some with a
points column, one with the tier labels of the older Guangdong form (qj01, qj02, qj05, qj06,
qj11, qj12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout234.common import ONE, basis, book, indicators, one_year_money, sign, wan
from tests.variants.holdout234.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("qj01-community-correction-lookalikes", (11,), "one-year project, NAT-2021, inline "
         "operators: 再犯罪率 ≤0.2%, 脱管率 =0%, 48小时内, a cost per 人次, "
         "percent cells (correct)")  # fmt: skip
def qj01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="社区矫正对象教育帮扶项目", dept="青岚市鹤溪区司法局（412）",
        unit="鹤溪区社区矫正管理局",
        money=one_year_money(wan(180), wan(160), wan(20)),
        goals=["2026年组织社区矫正对象集中教育学习4800人次，开展心理健康评估600人，"
               "社区矫正对象再犯罪率控制在0.2%以下，不发生脱管漏管。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "社区矫正对象集中教育学习人次", "≥4800人次"),
        (None, None, "心理健康评估人数", "≥600人"),
        (None, "质量指标", "社区矫正对象再犯罪率", "≤0.2%"),
        (None, None, "社区矫正对象脱管率", "=0%"),
        (None, None, "矫正档案规范率", pct(1)),
        (None, "时效指标", "违反监管规定情况核查时限", "48小时内"),
        (None, None, "入矫报到登记办理时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "集中教育人均成本", "≤280元/人次"),
        ("效益指标", "社会效益指标", "社区矫正对象就业帮扶成功率", pct(0.95)),
        (None, None, "矫正对象家庭矛盾纠纷调处率", "≥95%"),
        (None, "可持续影响指标", "社区矫正部门联动机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "社区矫正对象及家属满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒋书澜", "邱文彬", "0731-86412058")
    return b


@variant("qj02-reoffending-ge", (11,), "one-year project, NAT-2021, inline operators: a "
         "重新犯罪率 with ≥, a 衔接时限 given as a percentage")  # fmt: skip
def qj02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2025, name="刑满释放人员安置帮教项目", dept="松陵县司法局（208）",
        unit="松陵县安置帮教工作办公室",
        money=one_year_money(wan(64), wan(64), wan(0)),
        goals=["2025年对刑满释放人员开展必接必送和帮教回访，落实过渡性安置，"
               "重新犯罪率控制在1%以内。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "刑满释放人员帮教回访人次", "≥1500人次"),
        (None, None, "过渡性安置基地", "≥2个"),
        (None, "质量指标", "刑满释放人员衔接率", "=100%"),
        (None, None, "刑满释放人员重新犯罪率",
         mk("≥1%", "T108", "warning", row=True, note="a 重新犯罪率 is 反向: ≤1% meant")),
        (None, "时效指标", "安置帮教对象衔接办理时限",
         mk("100%", "T113", "warning", note="a time limit given as a percentage")),
        ("成本指标", "经济成本指标", "过渡性安置人均补助", "≤1200元/人"),
        ("效益指标", "社会效益指标", "安置帮教对象就业安置率", "≥85%"),
        (None, "可持续影响指标", "安置帮教信息共享机制", "有效运行"),
        ("满意度指标", "服务对象满意度指标", "帮教对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "曹凌", "聂思远", "0512-63208814")
    return b


@variant("qj05-numbered-points", (5,), "one-year project, NAT-2021 labels with numbering and "
         "points (一、产出指标（50分）, 1.数量指标), a points column adding to 100, a 测算依据 "
         "block and a footnote (correct)")  # fmt: skip
def qj05() -> Book:
    b, s = book("Sheet1", (18, 18, 30, 16, 10, 14))
    project_head(
        s, year=2026, name="人民调解“以案定补”项目", dept="柘川市司法局（130）",
        unit="柘川市人民调解委员会指导中心",
        money=one_year_money(wan(120), wan(120), wan(0)),
        goals=["2026年培训人民调解员800人次，排查化解矛盾纠纷3000件次，人民调解成功率96%以上，"
               "防止民间纠纷激化为刑事案件。"],
    )  # fmt: skip
    basis(s, [("个案调解补贴", "300元/件×3000件", wan(90)),
              ("调解员培训", "375元/人次×800人次", wan(30))], wan(120))  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "培训人民调解员人次", "≥800人次", 10),
        (None, None, "排查化解矛盾纠纷件次", "≥3000件次", 10),
        (None, "2.质量指标", "人民调解成功率", "≥96%", 10),
        (None, None, "调解协议履行率", "≥95%", 10),
        (None, "3.时效指标", "一般纠纷调解办结时限", "≤30日", 5),
        (None, None, "简易纠纷调处时限", "48小时内", 5),
        ("二、成本指标（10分）", "1.经济成本指标", "个案调解补贴标准", "≤300元/件", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "民转刑案件发生率", "≤0.5%", 10),
        (None, None, "矛盾纠纷化解率", "≥95%", 10),
        (None, "2.可持续影响指标", "基层人民调解组织网络", "健全", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "纠纷当事人满意度", "≥92%", 10),
    ])  # fmt: skip
    s.row("注：本表分值合计100分，个案补贴按调解卷宗评查结果拨付。", merge=[(1, 6)])
    sign(s, "霍晴川", "葛立群", "0898-65130277")
    return b


@variant("qj06-template-rows-left", (6, 13), "one-year project, NAT-2021 template with every "
         "tier-2 printed: one tier-2 left empty, a value without an indicator name")  # fmt: skip
def qj06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="法律援助案件办理补贴项目", dept="雁门县司法局（317）",
        unit="雁门县法律援助中心",
        money=one_year_money(wan(96), wan(86), wan(10)),
        goals=["2026年办理法律援助案件800件，受理申请后7个工作日内作出是否给予援助的决定，"
               "案件质量评查合格率95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "办理法律援助案件数", "≥800件"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"),
         "≥200件"),
        (None, "质量指标", "法律援助案件质量评查合格率", "≥95%"),
        (None, "时效指标", "法律援助申请审查决定时限", "7个工作日内"),
        ("成本指标", "经济成本指标", "法律援助案件平均办案补贴", "≤1200元/件"),
        ("效益指标", "社会效益指标", "困难群众法律援助应援尽援率", "=100%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="a template tier-2 left with no indicator"), None, None),
        (None, "可持续影响指标", "法律援助工作站覆盖机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "白静姝", "尹国梁", "0352-52317690")
    return b


@variant("qj11-guangdong-old-labels", (5,), "one-year project, older Guangdong form: "
         "预期产出指标 and 效果指标 with bracketed alternatives (数量指标（或建筑规模指标）, "
         "时效指标（工期指标）, 预算（或投资规模）控制指标), =100% at the ceiling "
         "(correct)")  # fmt: skip
def qj11() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="人民法庭诉讼服务中心改造项目", dept="榕坪县人民法院（501）",
        unit="榕坪县人民法院", attr="一次性项目",
        money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["2026年完成3个人民法庭诉讼服务中心改造，新增自助立案终端6台，"
               "11月30日前完工并投入使用。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("预期产出指标", "数量指标（或建筑规模指标）", "改造人民法庭诉讼服务中心", "=3个"),
        (None, None, "新增自助立案终端", "≥6台"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标（工期指标）", "改造工程完工时间", "2026年11月30日前"),
        (None, "预算（或投资规模）控制指标", "单个诉讼服务中心改造成本", "≤45万元/个"),
        ("效果指标", "社会、经济、生态效益指标", "民商事案件网上立案率", "≥60%"),
        (None, None, "诉讼服务群众投诉率", "≤1%"),
        (None, "可持续影响指标", "诉讼服务设施使用年限", "≥10年"),
        (None, "满意度指标", "诉讼参与人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "温嘉禾", "冼卓然", "0766-72501936")
    return b


@variant("qj12-foreign-tier-labels", (5,), "one-year project, NAT-2021 with a Shanghai tier-1 "
         "row (影响力目标 / 长效管理) and a 质量指标 block under 效益指标")  # fmt: skip
def qj12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农民工欠薪法律援助绿色通道项目", dept="岚山市司法局（226）",
        unit="岚山市法律援助中心",
        money=one_year_money(wan(72), wan(60), wan(12)),
        goals=["2026年为农民工讨薪案件提供法律援助600件，做到当日受理、优先指派，"
               "帮助农民工追回欠薪。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农民工讨薪法律援助案件数", "≥600件"),
        (None, "时效指标", "农民工法律援助申请指派时限", "≤1个工作日"),
        ("成本指标", "经济成本指标", "讨薪案件平均办案补贴", "≤1000元/件"),
        ("效益指标", "社会效益指标", "帮助农民工追回欠薪金额", "≥1500万元"),
        (None, mk("质量指标", "F105", "error", note="质量指标 belongs to 产出指标"),
         "讨薪案件质量评查合格率", "≥95%"),
        (mk("影响力目标", "F107", "warning", row=True, alt=("F103", "F104"),
            note="a Shanghai tier-1 in a NAT-2021 table"),
         "长效管理", "欠薪法律援助快速办理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受援农民工满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冯若溪", "钟建华", "0539-81226740")
    return b
