"""部门整体 tables (nr15, nr16) and stacked projects (nr17, nr18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout164.common import HEAD4, indicators, one_year, w
from tests.variants.holdout164.registry import variant
from tests.variants.kit import Book, mk


@variant("nr15-county-bureau-department", (12,),
         "department, NAT-2021, budget with 基本支出 and 项目支出, key tasks adding up to the "
         "项目支出; correct")  # fmt: skip
def nr15() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(s, year=2026, dept="梧岭县住房和城乡建设局",
                    budget=[(w(4860), w(4300), w(560), w(1260), w(3600))],
                    tasks=[
                        ("城镇老旧小区改造", "完成12个老旧小区改造", w(1800), "惠及居民1800户"),
                        ("保障性住房运营", "公租房运营维护和租金管理", w(1000), "在管公租房2100套"),
                        ("建筑市场监管", "建筑工地安全巡查和质量监督", w(800), "全年巡查240次"),
                        ("金额合计", None, w(3600), None),
                    ],
                    goal="完成老旧小区改造12个，保障公租房安全运营，加强建筑市场和施工安全监管，"
                         "住房保障和城市更新工作取得实效。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "完成老旧小区改造数量", "≥12个"),
        (None, None, "老旧小区改造惠及户数", "≥1800户"),
        (None, None, "公租房在管套数", "≥2100套"),
        (None, None, "建筑工地安全巡查次数", "≥240次"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, None, "建筑施工较大及以上安全事故", "=0起"),
        (None, "时效指标", "住房保障资格审核办结时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "老旧小区改造户均成本", "≤0.9万元/户"),
        ("效益指标", "社会效益指标", "住房困难家庭保障率", "≥95%"),
        (None, "可持续影响指标", "住房保障信息系统数据更新及时率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nr16-city-housing-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding up to their "
         "金额合计")  # fmt: skip
def nr16() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    total = mk(w(6800), "B101", "error", note="1500 + 5200 = 6700, not 6800")
    department_head(
        s,
        year=2026,
        dept="青岚市房产管理局",
        budget=[(total, w(6200), w(600), w(1500), w(5200))],
        tasks=[
            ("住房租赁补贴发放", "向城镇住房保障家庭发放租赁补贴", w(2200), "补贴3000户"),
            ("公租房运营管理", "公租房维修养护和租金收缴", w(1600), "维修公租房1200套"),
            ("物业管理提升", "物业服务质量考评和从业人员培训", w(900), "考评小区150个"),
            ("金额合计", None, mk(w(5200), "B102", "error", note="2200 + 1600 + 900 = 4700"), None),
        ],
        goal="保障城镇住房困难家庭基本住房需求，提升公租房运营和物业服务水平。",
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "发放住房租赁补贴户数", "≥3000户"),
        (None, None, "公租房维修套数", "≥1200套"),
        (None, None, "物业服务考评小区数", "≥150个"),
        (None, "质量指标", "补贴对象审核准确率", "≥98%"),
        (None, "时效指标", "补贴资金季度发放及时率", "≥95%"),
        ("成本指标", "经济成本指标", "户均年度租赁补贴标准", "≤7000元/户"),
        ("效益指标", "社会效益指标", "城镇中低收入住房困难家庭保障覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "保障对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nr17-stacked-subsidy-vague", (2,),
         "two one-year projects stacked, NAT-2021: the second gives a 满意度 as a word and a "
         "description for a value")  # fmt: skip
def nr17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="物业服务质量考评项目",
        dept="江屿区房产管理局 052",
        unit="江屿区物业管理服务中心",
        money=one_year(120, 120, 0),
        goals=["对辖区40个住宅小区开展物业服务质量考评并公开考评结果。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "考评住宅小区数", "≥40个"),
        (None, "质量指标", "考评结果公开率", "=100%"),
        (None, "时效指标", "考评完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单个小区考评费用", "≤1.2万元/个"),
        ("效益指标", "社会效益指标", "物业服务投诉办结率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "业主满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="住房租赁补贴发放项目",
        dept="江屿区房产管理局 052",
        unit="江屿区住房保障服务中心",
        money=one_year(380, 350, 30),
        attr="常年项目",
        goals=["向500户城镇住房保障家庭按季度发放租赁补贴。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "发放租赁补贴户数", "≥500户"),
        (None, "质量指标", "补贴发放规范程度",
         mk("按有关规定执行", "T102", "warning", note="a description, no measurable level")),
        (None, "时效指标", "补贴资金到户及时率", "≥95%"),
        ("成本指标", "经济成本指标", "户均年度补贴标准", "≤7000元/户"),
        ("效益指标", "社会效益指标", "住房保障家庭应保尽保率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度",
         mk("较满意", "T105", "error", note="a rate needs a percentage")),
    ])  # fmt: skip
    return b


@variant("nr18-stacked-lift-estates", (2,),
         "two one-year projects stacked, NAT-2021, the same indicator name with different values "
         "in the two projects; correct")  # fmt: skip
def nr18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="既有住宅加装电梯补助项目",
        dept="桐江县住房和城乡建设局 336",
        unit="桐江县住房和城乡建设局",
        money=one_year(360, 300, 60),
        goals=["补助既有多层住宅加装电梯18台，受益住户216户。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "加装电梯台数", "≥18台"),
        (None, "质量指标", "电梯验收合格率", "=100%"),
        (None, "时效指标", "补助资金拨付时间", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "每台补助标准", "≤20万元/台"),
        ("效益指标", "社会效益指标", "受益住户数", "≥216户"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="老旧小区微改造项目",
        dept="桐江县住房和城乡建设局 336",
        unit="桐江县城市更新服务中心",
        money=one_year(480, 400, 80),
        goals=["完成6个老旧小区微改造，惠及居民720户，整治小区环境和公共设施。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "微改造小区数量", "≥6个"),
        (None, None, "惠及居民户数", "≥720户"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "户均改造成本", "≤0.6万元/户"),
        ("效益指标", "社会效益指标", "小区公共设施完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥85%"),
    ])  # fmt: skip
    return b
