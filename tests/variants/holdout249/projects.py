"""One-year project tables with the operator inside the value: one value column, sometimes a
指标值设定依据, 备注 or 指标解释 column; NAT-2021 and OLD-NAT tiers (qy01–qy06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout249.common import ONE, book, indicators, one_year_money, sign, wan
from tests.variants.holdout249.registry import variant
from tests.variants.kit import Book, mk, money, ok, pct

WAN4 = '0.0000"万元"'


@variant("qy01-immunisation-lookalikes", (1, 10, 11), "one-year project, NAT-2021: 100% typed "
         "in Excel, a 发病率 ≤1/10万, a 24小时内 rate, a 提升幅度 in 百分点 (correct)")  # fmt: skip
def qy01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="免疫规划疫苗接种服务项目", dept="云峤县卫生健康局（412）",
        unit="云峤县疾病预防控制中心",
        money=one_year_money(wan(186.5), wan(172.5), wan(14)),
        goals=["2026年为辖区适龄儿童接种免疫规划疫苗52000剂次以上，适龄儿童免疫规划疫苗接种率"
               "保持在95%以上，麻疹报告发病率控制在1/10万以下。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "免疫规划疫苗接种剂次", "≥52000剂次"),
        (None, None, "规范化预防接种门诊建设数", "≥18个"),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%"),
        (None, None, "疑似预防接种异常反应报告处置率", pct(1)),
        (None, "时效指标", "新生儿首针乙肝疫苗24小时内接种率", "≥95%"),
        ("成本指标", "经济成本指标", "单剂次接种服务补助标准", "≤18元/剂次"),
        ("效益指标", "社会效益指标", "麻疹报告发病率", "≤1/10万"),
        (None, None, "乙肝疫苗全程接种率提升幅度", "≥0.5个百分点"),
        (None, "可持续影响指标", "预防接种信息化管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受种者监护人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦清禾", "覃立松", "0739 - 8261 5530")
    return b


@variant("qy02-maternal-death-ge-rate-count", (11,), "one-year project, NAT-2021: a 孕产妇死亡率 "
         "with ≥, a 系统管理率 given as a head count")  # fmt: skip
def qy02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="孕产妇健康管理项目", dept="鹤川县卫生健康局（318）",
        unit="鹤川县妇幼保健计划生育服务中心",
        money=one_year_money(wan(148), wan(130), wan(18)),
        goals=["2026年为辖区孕产妇提供孕产期保健服务，孕产妇系统管理率达到92%以上，对高危孕产妇"
               "实行专案管理，孕产妇死亡率控制在10/10万以下。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "孕产妇早孕建册人数", "≥3600人"),
        (None, None, "高危孕产妇专案管理人数", "≥520人"),
        (None, "质量指标", "孕产妇系统管理率",
         mk("≥3400人", "T105", "error", alt=("D104",), note="a rate given as a count")),
        (None, None, "产后访视率", "≥90%"),
        (None, "时效指标", "高危孕产妇转诊及时率", "≥98%"),
        ("成本指标", "经济成本指标", "孕产妇健康管理人均服务成本", "≤300元/人"),
        ("效益指标", "社会效益指标", "孕产妇死亡率",
         mk("≥10/10万", "T108", "warning", row=True, note="a 死亡率 is 反向: ≤10/10万 meant")),
        (None, None, "住院分娩率", "≥99%"),
        (None, "可持续影响指标", "危重孕产妇救治网络运行", "有效"),
        ("满意度指标", "服务对象满意度指标", "孕产妇满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "莫晓岚", "黎振华", "0775-6613428")
    return b


@variant("qy03-chronic-points-bracket-note", (9, 10, 11), "one-year project, NAT-2021, "
         "设定依据 column: total with a note in brackets, 百分点 changes, a 发生率 下降 ≥, "
         "2型 in names (correct)")  # fmt: skip
def qy03() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 16))
    project_head(
        s, year=2026, name="基本公共卫生服务慢性病患者健康管理项目",
        dept="石梁县卫生健康局（207）", unit="石梁县基层卫生健康服务中心",
        money=one_year_money(ok("420万元（其中中央补助336万元）", note="a note in brackets"),
                             wan(336), wan(84)),
        goals=["2026年为辖区高血压患者和2型糖尿病患者提供规范化健康管理服务，高血压患者规范"
               "管理人数达到2.1万人以上，2型糖尿病患者规范管理人数达到6800人以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标值设定依据"), [
        ("产出指标", "数量指标", "高血压患者规范管理人数", "≥2.1万人", "计划标准"),
        (None, None, "2型糖尿病患者规范管理人数", "≥6800人", "计划标准"),
        (None, "质量指标", "高血压患者规范管理率较上年提高", "≥2个百分点", "历史标准"),
        (None, None, "管理人群血压控制率", "≥60%", "行业标准"),
        (None, "时效指标", "季度随访及时率", "≥95%", "行业标准"),
        ("成本指标", "经济成本指标", "慢性病患者年人均随访管理成本", "≤60元/人", "计划标准"),
        ("效益指标", "社会效益指标", "慢性病患者并发症发生率较上年下降", "≥1个百分点",
         "历史标准"),
        (None, None, "2型糖尿病患者血糖控制率", "≥50%", "行业标准"),
        (None, "可持续影响指标", "医防融合慢性病管理机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "慢性病签约患者满意度", "≥88%", "行业标准"),
    ])  # fmt: skip
    sign(s, "潘若溪", "蒋承德", "0736-7425019")
    return b


@variant("qy04-assistance-pasted-twice-zero-cost", (9, 11), "one-year project, NAT-2021, "
         "备注 column: the total pasted twice, a unit cost rounded to 0万元, a 返贫发生率 "
         "with ≥")  # fmt: skip
def qy04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 22))
    total = mk("860万860万(含中央补助资金)", "X106", "error", alt=("B108",))
    project_head(
        s, year=2026, name="城乡医疗救助项目", dept="澜溪市医疗保障局（231）",
        unit="澜溪市医疗保障事务中心", money=one_year_money(total, wan(700), wan(160)),
        goals=["2026年资助困难群众参加城乡居民基本医疗保险1.8万人，对重特大疾病困难患者实施"
               "医疗救助，政策范围内住院费用救助比例不低于70%。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "资助参加城乡居民医保人数", "≥1.8万人", "特困、低保对象等"),
        (None, None, "住院救助人次", "≥4200人次", None),
        (None, "质量指标", "政策范围内住院费用救助比例", "≥70%", None),
        (None, None, "救助对象资助参保覆盖率", "=100%", None),
        (None, "时效指标", "救助费用“一站式”即时结算率", "≥95%", None),
        ("成本指标", "经济成本指标", "资助参保人均标准", "≤380元/人", "按个人缴费额定额资助"),
        (None, None, "重特大疾病人均救助成本",
         mk("≤0万元/人次", "T115", "error", note="a unit cost rounded away in 万元"), None),
        ("效益指标", "社会效益指标", "因病致贫返贫发生率",
         mk("≥0.3%", "T108", "warning", row=True, note="a 发生率 is 反向: ≤0.3% meant"), None),
        (None, "可持续影响指标", "医疗救助与基本医保衔接机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "柯明哲", "骆宛宁", "0758-3362714")
    return b


@variant("qy05-women-screening-old-nat", (10, 11), "one-year project, OLD-NAT (成本 under 产出): "
         "‰ and /10万 death rates with ≤, a benchmark note in brackets, costs per 人 and 对 "
         "within the money (correct)")  # fmt: skip
def qy05() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村妇女两癌筛查和孕前优生健康检查项目",
        dept="桂岭县卫生健康局（509）", unit="桂岭县妇幼保健院",
        money=one_year_money(wan(260), wan(230), wan(30)),
        goals=["2026年为辖区农村适龄妇女免费开展宫颈癌、乳腺癌筛查1.5万人，为计划怀孕夫妇提供"
               "免费孕前优生健康检查2400对，孕产妇死亡率、婴儿死亡率保持在较低水平。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农村适龄妇女两癌筛查人数", "≥1.5万人"),
        (None, None, "免费孕前优生健康检查对数", "≥2400对"),
        (None, "质量指标", "两癌筛查阳性病例随访率", "≥95%（行业标准）"),
        (None, None, "孕前优生检查目标人群覆盖率", "≥80%"),
        (None, "时效指标", "筛查结果告知时间", "≤15个工作日"),
        (None, "成本指标", "两癌筛查人均成本", "≤120元/人"),
        (None, None, "孕前优生健康检查每对成本", "≤300元/对"),
        ("效益指标", "社会效益指标", "孕产妇死亡率", "≤12/10万"),
        (None, None, "婴儿死亡率", "≤4.5‰"),
        (None, None, "宫颈癌早诊率", "≥90%"),
        (None, "可持续影响指标", "妇幼健康服务网络", "健全"),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃雅文", "韦德林", "0774-5217836")
    return b


@variant("qy06-family-doctor-split-cost-over", (9, 12), "one-year project, NAT-2021, "
         "指标解释 column: 财政拨款 split by a space, a per-person fee × 68万人 above the "
         "money")  # fmt: skip
def qy06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 26))
    grant = mk("1205.337 6", "X105", "warning", alt=("X103",), note="PDF split: 1205.3376")
    project_head(
        s, year=2026, name="家庭医生签约服务项目", dept="桐陵市卫生健康委员会（103）",
        unit="桐陵市基层卫生协会",
        money=one_year_money(money(1385.3376, WAN4), grant, money(180, WAN4)),
        goals=["2026年全市常住人口家庭医生签约服务覆盖率达到45%以上，重点人群签约服务覆盖率达到"
               "75%以上，签约居民68万人享受基本医疗和基本公共卫生服务。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "家庭医生签约人数", "≥68万人", "年末有效签约居民数"),
        (None, None, "组建家庭医生团队数", "≥420个", None),
        (None, "质量指标", "常住人口家庭医生签约服务覆盖率", "≥45%", None),
        (None, None, "重点人群签约服务覆盖率", "≥75%", "老年人、孕产妇、儿童、慢病患者等"),
        (None, "时效指标", "签约服务费季度拨付及时率", "≥95%", None),
        ("成本指标", "经济成本指标", "签约服务费财政补助标准",
         mk("≤25元/人", "B107", "warning", note="25元 × 68万人 = 1700万 > 1385.3376万"),
         "按签约人数核拨"),
        ("效益指标", "社会效益指标", "签约居民基层就诊率", "≥60%", None),
        (None, "可持续影响指标", "家庭医生签约服务考核激励机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥85%", None),
    ])  # fmt: skip
    sign(s, "何静姝", "梁启航", "0771-2836405")
    return b
