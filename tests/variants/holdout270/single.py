"""Single-project tables of medical security bureaus: inline operators with a 备注 column, an
operator and unit column, 中期/年度 columns, numbered tier labels with points, a direction
column (rt01–rt06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout270.common import (
    ONE,
    OPS,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout270.registry import variant
from tests.variants.kit import Book, mk, pct

DIR = ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位")


@variant("rt01-fund-supervision-lookalikes", (4, 11), "one-year project, NAT-2021, inline "
         "operators, 备注 column, footnote and signature: a 违规基金追回率 ≥95%, a 下降率 ≥10%, "
         "重大案件 =0起, a cost per 家 ≤ (correct)")  # fmt: skip
def rt01() -> Book:
    b, s = book("绩效目标表", (14, 16, 30, 16, 26))
    project_head(
        s, year=2026, name="医保基金监管专项检查项目", dept="柏岭县医疗保障局（412）",
        unit="柏岭县医疗保障基金监管所", money=one_year_money(wan(86), wan(80), wan(6)),
        goals=["2026年对全县156家定点医药机构开展医保基金监管现场检查，违规使用医保基金追回率"
               "达到95%以上，全年不发生重大欺诈骗保案件，违规使用基金金额较上年下降10%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "定点医药机构现场检查家数", "≥156家", "覆盖全部定点医药机构"),
        (None, None, "医保基金专项飞行检查次数", "≥4次", None),
        (None, "质量指标", "违规使用医保基金追回率", "≥95%", "追回金额/认定违规金额"),
        (None, None, "检查发现问题整改到位率", "≥98%", None),
        (None, "时效指标", "年度现场检查任务完成时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "单家机构现场检查成本", "≤4500元/家", "含专家劳务、差旅"),
        ("效益指标", "社会效益指标", "违规使用医保基金金额下降率", "≥10%", "以上年数为基数"),
        (None, None, "重大欺诈骗保案件发生数", "=0起", None),
        (None, "可持续影响指标", "医保基金监管长效机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥90%", "抽样调查"),
    ])  # fmt: skip
    note(s, "注：违规使用医保基金追回率为正向指标，下降率以正数填写；本表指标值均为年度目标。", 5)
    sign(s, "韦明川", "庞雪芹", "0775-6621453")
    return b


@variant("rt02-cross-region-refusal-ge", (11, 12), "one-year project, NAT-2021, inline "
         "operators and an 指标解释 column: 总额 ≠ 财政拨款 + 其他资金, a 拒付率 "
         "with ≥")  # fmt: skip
def rt02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 26))
    total = mk(wan(260), "B101", "error", row=True, note="200 + 40 = 240, not 260")
    project_head(
        s, year=2026, name="异地就医直接结算服务提升项目", dept="岚江市医疗保障局（508）",
        unit="岚江市医疗保险事业服务中心", money=one_year_money(total, wan(200), wan(40)),
        goals=["2026年实现住院、门诊慢特病费用跨省直接结算，异地就医直接结算定点医药机构达到"
               "420家，住院费用直接结算率达到90%以上，备案办理时限压缩至3个工作日以内。"],
    )  # fmt: skip
    refused = mk("≥3%", "T108", "warning", row=True, note="a 拒付率 is 反向: ≤3% meant")
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "异地就医直接结算定点医药机构数", "≥420家", "含定点零售药店"),
        (None, None, "门诊慢特病跨省直接结算病种数", "≥5种", None),
        (None, "质量指标", "异地就医住院费用直接结算率", "≥90%", None),
        (None, None, "异地就医住院费用拒付率", refused, "拒付金额/申报结算金额"),
        (None, "时效指标", "异地就医备案办理时限", "≤3个工作日", None),
        ("成本指标", "经济成本指标", "结算系统年度运维费用", "≤150万元", None),
        ("效益指标", "社会效益指标", "参保人员异地就医垫资人次下降率", "≥30%", "较上年"),
        (None, "可持续影响指标", "异地就医结算协同机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "异地就医参保人员满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "覃晓岚", "黎振邦", "0772-3358061")
    return b


@variant("rt03-medical-aid-operator-column", (1, 11, 12), "one-year project, OLD-NAT, operator "
         "and unit columns, percentages typed in Excel (95%, 100%), a 自付比例 and a 违规占比 "
         "with ≤, 0户 with =, 380元/人·年 × 9200人 within the money (correct)")  # fmt: skip
def rt03() -> Book:
    b, s = book("项目绩效目标", (14, 14, 32, 10, 14, 14))
    project_head(
        s, year=2026, name="城乡医疗救助资金项目", dept="桐川县医疗保障局（315）",
        unit="桐川县医疗保障局", money=one_year_money(wan(520), wan(480), wan(40)),
        goals=["2026年资助特困人员、低保对象等困难群众参加城乡居民医保9200人，对符合条件的"
               "救助对象实施住院和门诊救助，政策范围内住院费用救助比例不低于70%。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "资助困难群众参加城乡居民医保人数", "≥", 9200, "人"),
        (None, None, "住院救助人次", "≥", 1500, "人次"),
        (None, "质量指标", "困难群众参保资助覆盖率", "=", pct(1), "%"),
        (None, None, "政策范围内住院费用救助比例", "≥", pct(0.7), "%"),
        (None, None, "救助资金违规使用金额占比", "≤", pct(0.01), "%"),
        (None, "时效指标", "救助资金拨付时限", "≤", 15, "个工作日"),
        (None, "成本指标", "个人缴费资助标准", "≤", 380, "元/人·年"),
        ("效益指标", "社会效益指标", "困难群众住院费用个人自付比例", "≤", pct(0.2), "%"),
        (None, None, "因病返贫致贫新增户数", "=", 0, "户"),
        (None, "可持续影响指标", "医疗救助与基本医保、大病保险衔接机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", pct(0.95), "%"),
    ])  # fmt: skip
    note(s, "注：资助参保资金按9200人×380元/人·年测算，共349.6万元，其余用于住院和门诊救助。")
    sign(s, "蒙秋菊", "汤立恒", "0771-5482906")
    return b


@variant("rt04-ltc-pilot-period-empty-row", (6, 8, 11), "three-year project, NAT-2021, 中期 and "
         "年度 columns: a count equal in both, a cost per 人·月 with ≥, an empty 生态效益指标 "
         "template row")  # fmt: skip
def rt04() -> Book:
    b, s = book("长护险试点")
    project_head(
        s, year=2026, years=3, name="长期护理保险制度试点项目", dept="鹤林市医疗保障局（203）",
        unit="鹤林市医疗保险服务中心", attr="新增项目",
        money=period_money((wan(3600), wan(3000), wan(600)), (wan(1200), wan(1000), wan(200))),
        goals=["2026年—2028年在全市推开长期护理保险试点，累计为1500名以上重度失能人员提供护理"
               "服务，定点护理服务机构达到40家。",
               "2026年为600名以上重度失能人员提供长期护理服务，基金支付比例不低于70%。"],
    )  # fmt: skip
    same = mk("≥40家", "D202", "warning", row=True, note="a cumulative count: annual < period")
    cost = mk("≥1500元/人·月", "T108", "warning", row=True, note="a cost: ≤ meant")
    indicators(s, TWO, [
        ("产出指标", "数量指标", "享受长期护理保险待遇重度失能人员数", "≥1500人", "≥600人"),
        (None, None, "定点护理服务机构数", "≥40家", same),
        (None, "质量指标", "失能等级评估复核准确率", "≥95%", "≥95%"),
        (None, "时效指标", "护理服务费用按月结算及时率", "≥98%", "≥98%"),
        ("成本指标", "经济成本指标", "重度失能人员人均护理服务费用", "≥1500元/人·月", cost),
        ("效益指标", "社会效益指标", "长期护理保险基金支付比例", "≥70%", "≥70%"),
        (None, mk("生态效益指标", "F109", "warning", row=True), None, None, None),
        (None, "可持续影响指标", "长期护理保险筹资与待遇保障机制", "健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "失能人员及家属满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "黄嘉禾", "陆新梅", "0773-2809157")
    return b


@variant("rt05-smart-monitoring-points", (4, 5, 10, 11), "one-year project, NAT-2021, numbered "
         "tier labels with points (一、产出指标（40分）, 1.数量指标), a 分值 column adding up per "
         "tier and to 100, a 合计 row, a 违规结算占比 with ≤ (correct)")  # fmt: skip
def rt05() -> Book:
    b, s = book("Sheet1", (20, 18, 30, 16, 10))
    project_head(
        s, year=2026, name="医保智能监控系统建设与运维项目", dept="沅渚县医疗保障局（118）",
        unit="沅渚县医疗保障局", money=one_year_money(wan(150), wan(150), wan(0)),
        goals=["2026年建成覆盖全县380家定点医药机构的医保智能监控系统，规则库规则不少于260条，"
               "疑点数据核查完成率达到95%以上，违规基金追回率不低于90%。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("一、产出指标（40分）", "1.数量指标", "智能监控规则库规则条数", "≥260条", 10),
        (None, None, "接入智能监控的定点医药机构数", "≥380家", 10),
        (None, "2.质量指标", "疑点数据核查完成率", "≥95%", 10),
        (None, "3.时效指标", "疑点数据核查办结时限", "≤20个工作日", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "系统年度运维费用", "≤95万元", 10),
        (None, None, "单家接入机构年均接口维护成本", "≤800元/家", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "智能监控发现违规基金追回率", "≥90%", 10),
        (None, None, "定点医药机构违规结算金额占比", "≤1.5%", 10),
        (None, "2.可持续影响指标", "监控规则动态更新机制", "健全", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "定点医药机构满意度", "≥85%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "杨思远", "粟海燕", "0745-7316624")
    return b


@variant("rt06-aid-standard-over-money", (1, 11, 12), "one-year project, OLD-NAT, direction, "
         "operator and unit columns: 380元/人·年 × 12000人 beyond 300万元, a 办结率 typed as "
         "105%")  # fmt: skip
def rt06() -> Book:
    b, s = book("绩效目标", (14, 14, 30, 10, 10, 12, 12))
    project_head(
        s, year=2026, name="困难群众医疗救助资助参保项目", dept="荻浦县医疗保障局（127）",
        unit="荻浦县医疗保障事务中心", money=one_year_money(wan(300), wan(280), wan(20)),
        goals=["2026年资助特困人员、低保对象、返贫致贫人口参加城乡居民基本医疗保险，实现应资"
               "尽资，医疗救助一站式结算全覆盖。"],
    )  # fmt: skip
    over = mk(380, "B107", "warning", row=True, note="380元 × 12000人 = 456万元 > 300万元")
    done = mk(pct(1.05), "T106", "error", note="a 办结率 cannot pass 100%")
    indicators(s, DIR, [
        ("产出指标", "数量指标", "资助参加城乡居民医保人数", "正向", "≥", 12000, "人"),
        (None, "质量指标", "应资尽资覆盖率", "正向", "=", pct(1), "%"),
        (None, None, "医疗救助一站式结算办结率", "正向", "≥", done, "%"),
        (None, "时效指标", "资助参保资金拨付时限", "反向", "≤", 20, "个工作日"),
        (None, "成本指标", "人均资助参保标准", "反向", "≤", over, "元/人·年"),
        ("效益指标", "社会效益指标", "困难群众基本医保参保率", "正向", "≥", pct(0.99), "%"),
        (None, "可持续影响指标", "救助对象信息部门共享机制", "定性", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "资助对象满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "莫建华", "廖春燕", "0774-4160387")
    return b
