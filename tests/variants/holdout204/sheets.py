"""Indicators on a second sheet and projects stacked in one sheet, as township health centres
send them (pf02, pf07, pf14, pf17)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout204.common import (
    ONE,
    SAME,
    book,
    indicators,
    notes,
    one_year_money,
    signatures,
    top,
    wan,
)
from tests.variants.holdout204.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("pf02-signing-rate-second-sheet", (1, 7), "community health centre, one-year, NAT-2021, "
         "head on 基本信息, indicators on 绩效指标 under a title and a unit row: a 签约率 stored "
         "as 105%, a 续约率 ≥80% against the goal's 不低于85%")  # fmt: skip
def pf02() -> Book:
    b, s = book("基本信息", (16, 20, 20, 16, 20, 16))
    project_head(
        s, year=2026, name="社区家庭医生签约服务提质项目", dept="白沙河区卫生健康局（411）",
        unit="白沙河区柳塘街道社区卫生服务中心",
        money=one_year_money(wan(52), wan(45), wan(7)),
        goals=[ok("2026年签约服务辖区居民12000人，重点人群应签尽签，签约居民续约率不低于85%，"
                  "签约居民满意度90%以上。", note="the 续约率 of the goal against ≥80%")],
    )  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 32, 16, 20))
    top(t, "2026年度项目支出绩效指标表", "白沙河区柳塘街道社区卫生服务中心", width=5)
    indicators(t, (*ONE, "备注"), [
        ("产出指标", "数量指标", "签约服务辖区居民人数", "≥12000人", None),
        (None, None, "家庭医生上门随访服务人次", "≥3600人次", "行动不便老人"),
        (None, "质量指标", "重点人群家庭医生签约率",
         mk(pct(1.05), "T106", "error", note="a 签约率 cannot pass 100%"), None),
        (None, None, "签约居民续约率",
         mk("≥80%", "D104", "warning", row=True, note="the goal says 不低于85%"), None),
        (None, "时效指标", "签约居民首次随访完成时限", "签约后30日以内", None),
        ("成本指标", "经济成本指标", "家庭医生上门随访补助标准", "≤50元/人次", None),
        ("效益指标", "社会效益指标", "签约居民慢性病规范管理率", "≥70%", None),
        (None, "可持续影响指标", "家庭医生签约服务信息平台", "稳定运行", None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "第三方调查"),
    ])  # fmt: skip
    signatures(t, "许卫东", "龚晓琳", "0592-5103367", day(2025, 11, 24), compact=True)
    return b


@variant("pf07-stacked-two-projects", (2, 4), "township health centre, two one-year projects "
         "stacked under one title and unit row, OLD-NAT, one value column; 2型 and 65岁 in "
         "names, an =100% ceiling, the same 满意度 name with other values in each project, a "
         "备注 line and signature rows (correct)")  # fmt: skip
def pf07() -> Book:
    b, s = book("Sheet1")
    top(s, "临溪县桃坪乡卫生院2026年度项目支出绩效目标表", "临溪县桃坪乡卫生院")
    project_head(
        s, year=2026, title="", name="基本公共卫生服务慢性病管理项目",
        dept="临溪县卫生健康局（310）", unit="临溪县桃坪乡卫生院", attr="常年项目",
        money=one_year_money(wan(46), wan(40), wan(6)),
        goals=["2026年规范管理辖区高血压患者1800人、2型糖尿病患者600人，高血压患者规范管理率达到"
               "65%以上，服务对象满意度90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "高血压患者健康管理人数", "≥1800人"),
        (None, None, "2型糖尿病患者健康管理人数", "≥600人"),
        (None, "质量指标", "高血压患者规范管理率", "≥65%"),
        (None, None, "2型糖尿病患者规范管理率", "≥60%"),
        (None, "时效指标", "季度随访完成及时率", "≥95%"),
        (None, "成本指标", "慢性病患者年度管理补助标准", "≤190元/人"),
        ("效益指标", "社会效益指标", "管理人群血压控制率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, title="", name="65岁及以上老年人健康管理项目",
        dept="临溪县卫生健康局（310）", unit="临溪县桃坪乡卫生院", attr="常年项目",
        money=one_year_money(wan(28), wan(24), wan(4)),
        goals=["2026年为辖区65岁及以上老年人提供免费健康体检2600人，老年人健康管理率达到70%，"
               "服务对象满意度92%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "老年人免费健康体检人数", "≥2600人"),
        (None, "质量指标", "65岁及以上老年人健康管理率", "≥70%"),
        (None, None, "体检结果反馈率", "=100%"),
        (None, "时效指标", "体检结果反馈时限", "体检后15个工作日以内"),
        (None, "成本指标", "老年人健康体检补助标准", "≤90元/人"),
        ("效益指标", "社会效益指标", "老年人健康知识知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, ["本表汇总本院两个项目，各项目指标分别考核。"], head="备注：")
    signatures(s, "田志强", "蒲丽", "0597-6570241", day(2025, 11, 12))
    return b


@variant("pf14-flu-vaccine-abbreviated-tiers", (5, 7), "CDC, one-year, OLD-NAT with "
         "abbreviated tier-2 labels (数量, 社会效益, 服务对象满意度), indicators on a second sheet "
         "with the name merged by hand over two columns; 81元/人 × 8000人 equals the money, "
         "60周岁 in a name (correct)")  # fmt: skip
def pf14() -> Book:
    b, s = book("项目信息", (16, 20, 20, 16, 20, 16))
    project_head(
        s, year=2026, name="老年人流感疫苗免费接种项目", dept="白沙河区卫生健康局（411）",
        unit="白沙河区疾病预防控制中心", attr="新增项目",
        money=one_year_money(wan(64.8), wan(54), wan(10.8)),
        goals=["2026年为辖区60周岁及以上户籍老年人免费接种流感疫苗8000人，目标人群流感疫苗接种率"
               "不低于40%，疑似预防接种异常反应处置及时率100%，受种老年人满意度90%以上。"],
    )  # fmt: skip
    t = b.sheet("绩效目标", (12, 16, 22, 16, 16, 20))
    top(t, "老年人流感疫苗免费接种项目绩效目标", "白沙河区疾病预防控制中心")
    indicators(t, ("一级指标", "二级指标", "三级指标", SAME, "指标值", "备注"), [
        ("产出指标", "数量", "免费接种流感疫苗老年人数", SAME, "≥8000人", None),
        (None, "质量", "60周岁及以上户籍老年人流感疫苗接种率", SAME, "不低于40%", None),
        (None, None, "疫苗冷链运输温度合格率", SAME, pct(1), None),
        (None, "时效", "疑似预防接种异常反应处置及时率", SAME, "=100%", None),
        (None, None, "接种工作完成时间", SAME, "2026年12月31日前", "10月起开始接种"),
        (None, "成本", "流感疫苗采购及接种服务单价", SAME, "≤81元/人", "含疫苗及接种服务"),
        ("效益指标", "社会效益", "老年人流感疫苗接种知晓率", SAME, "≥85%", None),
        (None, "可持续影响", "老年人流感疫苗免费接种工作机制", SAME, "建立并执行", None),
        ("满意度指标", "服务对象满意度", "受种老年人满意度", SAME, "≥90%", None),
    ])  # fmt: skip
    notes(t, ["接种人数以免疫规划信息系统登记数为准。"], head="说明：")
    signatures(t, "孔令文", "单雪", "0592-5176630", day(2025, 11, 7), compact=True)
    return b


@variant("pf17-stacked-fall-rate-above", (2, 11), "township health centre, two one-year "
         "projects stacked, OLD-NAT: a goal of 4000人 against an indicator of ≥3500人 in the "
         "first, a 跌倒发生率 of 5%以上 (≥ on a harm) in the second")  # fmt: skip
def pf17() -> Book:
    b, s = book("Sheet1")
    top(s, "云岫县青石镇卫生院2026年度项目支出绩效目标表（汇总）", "云岫县青石镇卫生院")
    project_head(
        s, year=2026, title="", name="家庭医生签约服务项目", dept="云岫县卫生健康局（305）",
        unit="云岫县青石镇卫生院", attr="常年项目",
        money=one_year_money(wan(30), wan(25), wan(5)),
        goals=[ok("2026年签约服务常住居民4000人，重点人群签约率达到75%以上，签约居民满意度90%"
                  "以上。", note="4000人 against ≥3500人")],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "签约服务常住居民人数",
         mk("≥3500人", "D104", "warning", row=True, note="the 年度目标 names 4000人")),
        (None, "质量指标", "重点人群签约率", "≥75%"),
        (None, "时效指标", "签约服务协议签订完成时间", "2026年6月30日前"),
        (None, "成本指标", "签约服务补助标准", "≤60元/人"),
        ("效益指标", "社会效益指标", "签约居民慢性病规范管理率", "≥65%"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, title="", name="居家老年人跌倒预防干预项目", dept="云岫县卫生健康局（305）",
        unit="云岫县青石镇卫生院", attr="新增项目",
        money=one_year_money(wan(12), wan(12), wan(0)),
        goals=[ok("2026年为辖区高龄独居老年人开展跌倒风险评估600人，完成居家环境安全指导600户，"
                  "干预对象跌倒发生率控制在5%以内，服务对象满意度90%以上。",
                  note="5%以内 against 5%以上")],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "跌倒风险评估人数", "≥600人"),
        (None, None, "居家环境安全指导户数", "≥600户"),
        (None, "质量指标", "风险评估规范率", "≥95%"),
        (None, "时效指标", "评估工作完成时间", "2026年10月31日前"),
        (None, "成本指标", "单人评估及指导费用", "≤200元/人"),
        ("效益指标", "社会效益指标", "干预对象跌倒发生率",
         mk(mk("5%以上", "T108", "warning", row=True, note="a harm rate with 以上 (≥)"), "D104",
            "warning", row=True, required=False, note="the goal's 5%以内")),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    signatures(s, "冉德华", "彭小梅", "0596-3350912", day(2025, 11, 28))
    return b
