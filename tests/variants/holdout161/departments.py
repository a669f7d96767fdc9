"""部门整体 tables of the 161st held-out set: a county 林业局, a city 林草局 and a district
林业站."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout161.common import H4, book, footnotes, indicators, signature
from tests.variants.holdout161.registry import variant
from tests.variants.kit import Book, day, mk


@variant("no09-county-bureau", (3, 12), "department, NAT-2021, county 林业局: budget, key tasks "
         "adding up to 项目支出, one value column")  # fmt: skip
def no09() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="青岚县林业局", budget=[(1850, 1700, 150, 620, 1230)],
        tasks=[
            ("森林资源管护", "落实生态护林员和公益林管护", 480, "管护森林面积不减少"),
            ("林业有害生物防治", "松材线虫病等重大有害生物除治", 260, "成灾率控制在3‰以内"),
            ("森林防灭火", "防火物资储备和专业队伍运行", 310, "不发生重大森林火灾"),
            ("林长制运行保障", "三级林长巡林和考核", 180, "林长制考核任务全面完成"),
            ("金额合计", None, 1230, None),
        ],
        goal="全面推行林长制，守住森林资源底线，森林覆盖率稳中有升，林业有害生物和森林火灾得到有效控制。",
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "管护森林面积", "≥86万亩"),
        (None, None, "聘用生态护林员人数", "≥520人"),
        (None, "质量指标", "林业有害生物无公害防治率", "≥90%"),
        (None, "时效指标", "森林火情处置到场时限", "≤2小时"),
        ("成本指标", "经济成本指标", "生态护林员人均年补助", "≤0.8万元/人"),
        ("效益指标", "生态效益指标", "森林覆盖率", "≥62%"),
        (None, None, "森林火灾受害率", "≤0.9‰"),
        (None, "社会效益指标", "重大森林火灾发生次数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("no14-city-bureau-money", (3, 12), "department, NAT-2021, city 林草局: 基本支出 + "
         "项目支出 miss the 资金总额 and the key tasks miss the 金额合计")  # fmt: skip
def no14() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="白溪市林业和草原局",
        budget=[(mk(5200, "B101", "error", note="1800 + 3300 = 5100, not 5200"), 4800, 400, 1800,
                 3300)],
        tasks=[
            ("国土绿化和森林质量提升", "人工造林、森林抚育和退化林修复", 1200, "完成国土绿化任务"),
            ("湿地和自然保护地管理", "湿地保护修复和保护地巡护", 900, "湿地保护率不降低"),
            ("草原保护修复", "草原禁牧、退化草原改良", 700, "草原综合植被盖度稳定"),
            ("野生动植物保护", "疫源疫病监测和野生动物救护", 400, "不发生重大疫情"),
            ("金额合计", None,
             mk(3300, "B102", "error", note="1200 + 900 + 700 + 400 = 3200, not 3300"), None),
        ],
        goal="统筹山水林田湖草系统治理，完成国土绿化和草原修复任务，湿地保护率和森林覆盖率保持稳定。",
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "完成人工造林面积", "≥3.2万亩"),
        (None, None, "完成退化草原改良面积", "≥2万亩"),
        (None, "质量指标", "造林当年成活率", "≥90%"),
        (None, "时效指标", "春季造林任务完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "人工造林亩均成本", "≤300元/亩"),
        ("效益指标", "生态效益指标", "湿地保护率", "≥55%"),
        (None, "社会效益指标", "野生动物救护成功率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("no15-district-station", (3, 4), "department, NAT-2021, district 林业站: a weight column "
         "adding to 100, footnotes and a signature line")  # fmt: skip
def no15() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="临溪市城东区林业工作站", budget=[(236, 226, 10, 158, 78)],
        filled=day(2025, 11, 26),
        goal="做好辖区森林资源管护、古树名木保护和林业有害生物监测，全年不发生重大森林火灾。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重"), [
        ("产出指标", "数量指标", "辖区森林巡护里程", "≥6000公里", 15),
        (None, None, "古树名木巡查株数", "≥320株", 10),
        (None, "质量指标", "林业有害生物监测覆盖率", "≥95%", 15),
        (None, "时效指标", "有害生物疫情报告时限", "≤24小时", 10),
        ("成本指标", "经济成本指标", "公用经费控制率", "≤100%", 10),
        ("效益指标", "生态效益指标", "辖区森林覆盖率", "≥41%", 15),
        (None, "社会效益指标", "重大森林火灾发生次数", "=0起", 15),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", 10),
    ])  # fmt: skip
    footnotes(
        s,
        "注：权重合计100分；公用经费控制率=实际公用经费支出/公用经费预算×100%。",
        "本表由单位负责人审核后报区财政局。",
    )
    signature(s, "周岚", "0573-8812 4406", 2025, 11, 26)
    return b
