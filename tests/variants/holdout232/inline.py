"""One-year project tables with the operator inside the value: one value column, sometimes a
备注 or 指标解释 column, a footnote or a signature line (qh01–qh06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout232.common import ONE, book, indicators, note, one_year_money, sign, wan
from tests.variants.holdout232.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("qh01-basic-services-per-100k", (4, 11), "one-year project, NAT-2021, inline "
         "operators: a 发病率 ≤180/10万, 65岁 in names beside other numbers, "
         "a footnote (correct)")  # fmt: skip
def qh01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="基本公共卫生服务项目", dept="青岚县卫生健康局（412）",
        unit="青岚县卫生健康局及各乡镇卫生院",
        money=one_year_money(wan(1860.5), wan(1720.5), wan(140)),
        goals=["2026年为辖区居民建立并维护电子健康档案52万人，为4.6万名65岁及以上老年人提供健康"
               "管理服务，高血压患者基层规范管理服务率达到65%以上，甲乙类法定传染病报告发病率控制在"
               "180/10万以内。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "居民电子健康档案建档人数", "≥52万人"),
        (None, None, "65岁及以上老年人健康管理人数", "≥4.6万人"),
        (None, "质量指标", "65岁及以上老年人城乡社区规范健康管理服务率", "≥62%"),
        (None, None, "高血压患者基层规范管理服务率", "≥65%"),
        (None, None, "电子健康档案动态使用率", "≥60%"),
        (None, "时效指标", "年度绩效考核完成时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "每份电子健康档案年度维护成本", "≤6元/份"),
        ("效益指标", "社会效益指标", "甲乙类法定传染病报告发病率", "≤180/10万"),
        (None, None, "居民健康素养水平", "≥30%"),
        (None, "可持续影响指标", "基本公共卫生服务绩效考核机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "辖区居民基本公共卫生服务满意度", "≥85%"),
    ])  # fmt: skip
    note(s, "注：发病率按每10万常住人口计；老年人规范健康管理服务率为接受规范健康管理的老年人数"
            "占辖区老年人口数的比例。")  # fmt: skip
    sign(s, "韦思蓉", "龙泽川", "0778-62413950")
    return b


@variant("qh02-immunisation-count-over-100", (11,), "one-year project, NAT-2021, inline "
         "operators and a 备注 column: a 接种率 given as 人, a 及时接种率 ≥102%, "
         "a 漏种率 with ≥")  # fmt: skip
def qh02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 24))
    project_head(
        s, year=2026, name="国家免疫规划预防接种项目", dept="石塘市卫生健康委员会（208）",
        unit="石塘市疾病预防控制中心",
        money=one_year_money(wan(486), wan(486), wan(0)),
        goals=["2026年完成国家免疫规划疫苗接种42万剂次，对辖区68个预防接种单位开展督导，推进疫苗"
               "全程追溯管理，巩固人群免疫屏障。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "国家免疫规划疫苗接种剂次", "≥42万剂次", None),
        (None, None, "督导预防接种单位数", "≥68个", "含产科接种室"),
        (None, "质量指标", "适龄儿童国家免疫规划疫苗接种率",
         mk("≥3.8万人", "T105", "error", row=True, note="a 接种率 given as a head count"),
         "以乡镇为单位统计"),
        (None, None, "乙肝疫苗首剂及时接种率",
         mk("≥102%", "T106", "error", row=True, note="a 及时接种率 cannot pass 100%"),
         "出生24小时内接种"),
        (None, "时效指标", "接种信息24小时内上传率", "≥95%", None),
        ("成本指标", "经济成本指标", "每剂次接种服务补助标准", "≤10元/剂次", None),
        ("效益指标", "社会效益指标", "免疫规划疫苗漏种率",
         mk("≥3%", "T108", "warning", row=True, note="a 漏种率 is 反向: ≤3% meant"), None),
        (None, None, "麻疹报告发病率", "≤0.1/10万", None),
        (None, "可持续影响指标", "疫苗全程电子追溯管理机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受种者监护人满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "覃立帆", "黎婉清", "0771-53208847")
    return b


@variant("qh03-maternal-permille", (1, 10, 11), "one-year project, NAT-2021, inline operators "
         "and a 备注 column: 死亡率 in ‰ and /10万, 5岁以下 in a name, 提高 ≥1个百分点 on a 率, "
         "100% typed in Excel (correct)")  # fmt: skip
def qh03() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 24))
    project_head(
        s, year=2025, name="孕产妇和儿童健康管理项目", dept="南垭县卫生健康局（306）",
        unit="南垭县妇幼保健院",
        money=one_year_money(wan(268.4), wan(248.4), wan(20)),
        goals=["2025年为4200名孕产妇和3.1万名0—6岁儿童提供健康管理服务，完成新生儿疾病筛查4100"
               "人，孕产妇死亡率控制在10/10万以下，婴儿死亡率控制在4‰以下。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "孕产妇健康管理人数", "≥4200人", None),
        (None, None, "0—6岁儿童健康管理人数", "≥3.1万人", None),
        (None, None, "新生儿疾病筛查人数", "≥4100人", "含听力筛查"),
        (None, "质量指标", "孕产妇系统管理率", "≥90%", None),
        (None, None, "3岁以下儿童系统管理率", "≥88%", None),
        (None, None, "新生儿疾病筛查阳性病例随访率", pct(1), "阳性病例全部随访"),
        (None, None, "孕产妇早孕建册率较上年提高", "≥1个百分点", None),
        (None, "时效指标", "孕产妇死亡病例评审及时率", "≥95%", "病例发生后3个月内评审"),
        ("成本指标", "经济成本指标", "每例新生儿疾病筛查补助", "≤60元/例", None),
        ("效益指标", "社会效益指标", "孕产妇死亡率", "≤10/10万", None),
        (None, None, "婴儿死亡率", "≤4‰", None),
        (None, None, "5岁以下儿童死亡率", "≤6‰", None),
        (None, "可持续影响指标", "危重孕产妇和新生儿救治网络", "健全", None),
        ("满意度指标", "服务对象满意度指标", "孕产妇及儿童家长满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "蒙佳怡", "潘德茂", "0776-72306415")
    return b


@variant("qh04-chronic-disease-direction", (1, 11), "one-year project, NAT-2021, inline "
         "operators and a 指标解释 column: a 规范管理率 with ≤, "
         "a 管理人数 typed as 70% in Excel")  # fmt: skip
def qh04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 30))
    project_head(
        s, year=2026, name="高血压和糖尿病患者健康管理项目", dept="桐川区卫生健康局（117）",
        unit="桐川区各社区卫生服务中心",
        money=one_year_money(wan(312), wan(290), wan(22)),
        goals=["2026年为辖区3.6万名高血压患者和在册2型糖尿病患者提供健康管理服务，开展慢病高危"
               "人群筛查2万人次，推进医防融合慢病管理。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "高血压患者健康管理人数", "≥3.6万人", "年内纳入管理的患者"),
        (None, None, "2型糖尿病患者规范管理人数",
         mk(pct(0.7), "T120", "warning", row=True, note="a head count typed as 70%"),
         "按国家基本公卫规范管理"),
        (None, None, "慢病高危人群筛查人次", "≥2万人次", None),
        (None, "质量指标", "高血压患者规范管理率",
         mk("≤65%", "T108", "warning", row=True, note="a 规范管理率 is 正向: ≥65% meant"),
         "规范管理人数/管理人数"),
        (None, None, "管理人群血糖控制率", "≥50%", None),
        (None, "时效指标", "季度随访及时率", "≥90%", None),
        ("成本指标", "经济成本指标", "每名患者年度随访管理成本", "≤50元/人", None),
        ("效益指标", "社会效益指标", "管理人群血压控制率", "≥55%", None),
        (None, None, "心脑血管疾病早死概率", "≤12%", "30—70岁人群"),
        (None, "可持续影响指标", "医防融合慢病管理模式", "有效运行", None),
        ("满意度指标", "服务对象满意度指标", "慢病患者满意度", "≥88%", None),
    ])  # fmt: skip
    sign(s, "邓若岚", "骆永康", "0591-87117302")
    return b


@variant("qh05-family-doctor-word-operators", (11,), "one-year project, NAT-2021, word "
         "operators (不少于, 不低于, 大于等于, 以上, 以内), "
         "每万常住人口 in a name (correct)")  # fmt: skip
def qh05() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="家庭医生签约服务项目", dept="柏溪县卫生健康局（233）",
        unit="柏溪县基层医疗卫生机构",
        money=one_year_money(wan(520), wan(480), wan(40)),
        goals=["2026年组建家庭医生签约服务团队86个，重点人群签约18万人以上，重点人群签约服务覆盖率"
               "不低于75%，签约居民满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "家庭医生签约服务团队数", "不少于86个"),
        (None, None, "重点人群签约人数", "18万人以上"),
        (None, None, "每万常住人口全科医生数", "≥4.2人"),
        (None, "质量指标", "重点人群家庭医生签约服务覆盖率", "不低于75%"),
        (None, None, "签约居民续约率", "大于等于80%"),
        (None, None, "签约居民预约转诊成功率", "90%以上"),
        (None, "时效指标", "上转患者预约等候时间", "3个工作日以内"),
        ("成本指标", "经济成本指标", "签约服务费财政补助标准", "≤25元/人·年"),
        ("效益指标", "社会效益指标", "签约居民基层就诊率", "≥60%"),
        (None, None, "签约服务有效投诉率", "3%以内"),
        (None, "可持续影响指标", "家庭医生签约服务长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "90%以上"),
    ])  # fmt: skip
    sign(s, "甘露", "杨景山", "0835-66233018")
    return b


@variant("qh06-tuberculosis-thresholds", (11,), "one-year project, NAT-2021, inline operators: "
         "=95% on a 到位率, a 发病率 /10万 without operator, "
         "a 治疗率 given as 人, ≥90%以上")  # fmt: skip
def qh06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2025, name="结核病防治项目", dept="云岗市卫生健康委员会（214）",
        unit="云岗市结核病防治所",
        money=one_year_money(wan(138.6), wan(128.6), wan(10)),
        goals=["2025年完成肺结核可疑症状者筛查6500人、学校密切接触者筛查1200人，规范治疗管理肺结核"
               "患者，遏制结核病疫情。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "肺结核可疑症状者筛查人数", "≥6500人"),
        (None, None, "学校结核病密切接触者筛查人数", "≥1200人"),
        (None, "质量指标", "肺结核患者成功治疗率", ok("≥90%以上", note="doubled operator")),
        (None, None, "疑似肺结核患者转诊到位率",
         mk("=95%", "T107", "warning", row=True, alt=("T108",), note="≥95% meant")),
        (None, None, "耐药肺结核患者纳入治疗率",
         mk("≥180人", "T105", "error", row=True, note="a 治疗率 given as a head count")),
        (None, "时效指标", "肺结核疫情网络报告及时率", "≥98%"),
        ("成本指标", "经济成本指标", "每例可疑症状者筛查成本", "≤120元/人"),
        ("效益指标", "社会效益指标", "肺结核报告发病率",
         mk("28/10万", "T117", "warning", row=True, alt=("T103",), note="≤28/10万 meant")),
        (None, None, "居民结核病防治核心知识知晓率", "≥85%"),
        (None, "可持续影响指标", "结核病防治服务体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "肺结核患者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "尹晓棠", "卢国栋", "0898-31214576")
    return b
