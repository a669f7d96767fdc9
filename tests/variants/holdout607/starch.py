"""藕粉 workshops of 菱角镇: es01–es06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout607.common import (
    AGRI,
    OLD6,
    ONE4,
    STARCH,
    TWO5,
    book,
    budget,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout607.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

ES01 = [
    ("产出指标", "数量指标", "改造藕粉加工车间", "≥", 3, "个"),
    (None, None, "新增晾晒棚面积", "≥", 1200, "平方米"),
    (None, None, "带动加工户", "≥", 45, "户"),
    (None, "质量指标", "藕粉抽检合格率", "≥", pct(0.98), None),
    (None, None, "车间改造验收合格率", "=", pct(1), None),
    (None, "时效指标", "改造完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
    (None, "成本指标", "车间改造补助标准", "≤", 35, "万元/个"),
    (None, None, "晾晒棚建设单价", "≤", 260, "元/平方米"),
    ("效益指标", "经济效益指标", "年加工藕粉", "≥", 380, "吨"),
    (None, None, "加工户户均增收", "≥", 3000, "元"),
    (None, "生态效益指标", "单位产品能耗下降率", "≥", pct(0.08), None),
    (None, "可持续影响指标", "改造车间持续运行年限", "≥", 5, "年"),
    ("满意度指标", "服务对象满意度指标", "加工户满意度", "≥", pct(0.9), None),
]


@variant(
    "es01-workshop-upgrade",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed "
    "percent cells, 万元 in the number format, a goal count with its parts in brackets "
    "(correct)",
)
def es01() -> Book:
    b, s = book()
    goal = (
        "改造藕粉加工车间3个（荷风村2个、藕塘村1个），新增晾晒棚1200平方米，带动加工户45户，"
        "全年加工藕粉380吨以上。"
    )
    project_head(
        s,
        year=2025,
        name="菱角镇藕粉加工车间提质改造",
        dept=AGRI,
        unit=STARCH,
        money=one_year(160, 120, 40),
        goals=[goal],
    )
    indicators(s, OLD6, ES01)
    sign(s, "蒋立川", "0736-8821457", (2024, 11, 12))
    return b


ES02 = [
    ("产出指标", "数量指标", "标准化改造藕粉作坊", "≥6家"),
    (
        None,
        None,
        "配置不锈钢沉淀池",
        mk("≥40个", "D104", "warning", row=True, note="年度目标写配置沉淀池60个"),
    ),
    (None, "质量指标", "作坊卫生许可办证率", "100%"),
    (None, "时效指标", "改造完成时间", "2025年11月30日前"),
    (
        None,
        "成本指标",
        "作坊改造补助标准",
        mk(
            "≤25万元/家",
            "B107",
            "warning",
            row=True,
            note="25万元/家 × 6家 = 150万元，超过年度资金总额120万元",
        ),
    ),
    ("效益指标", "经济效益指标", "改造作坊户均增收", "≥4万元"),
    (None, "社会效益指标", "带动就业", "≥60人"),
    (None, "可持续影响指标", "改造设施使用年限", "≥8年"),
    ("满意度指标", "服务对象满意度指标", "作坊主满意度", "≥90%"),
]


@variant(
    "es02-workshop-standard",
    (7, 12),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: "
    "the goal's basin count against the indicator, a unit standard × count above the money",
)
def es02() -> Book:
    b, s = book()
    goal = "对菱角镇6家藕粉作坊实施标准化改造，配置不锈钢沉淀池60个，作坊卫生许可办证率达到100%。"
    project_head(
        s,
        year=2025,
        name="藕塘片区藕粉作坊标准化改造",
        dept=AGRI,
        unit=STARCH,
        money=one_year(120, 90, 30),
        goals=[goal],
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), ES02)
    sign(s, "伍秀芬", "0736-8821460", (2024, 11, 15))
    return b


ES03 = [
    ("产出指标", "数量指标", "培训作坊从业人员", "≥300人次"),
    (None, None, "藕种繁育圃面积", "≥50亩"),
    (None, None, "举办藕粉推介活动", "≥12场"),
    (None, "质量指标", "培训考核合格率", pct(0.95)),
    (None, "时效指标", "推介活动完成时间", "2025年12月31日前"),
    ("成本指标", "经济成本指标", "推介活动单场费用", "≤8万元/场"),
    (None, None, "藕种繁育圃建设成本", "≤1.6万元/亩"),
    ("效益指标", "经济效益指标", "藕粉销售额增长率", "≥10%"),
    (None, "社会效益指标", "受训作坊覆盖率", "≥80%"),
    ("满意度指标", "服务对象满意度指标", "作坊主满意度", "≥90%"),
]


@variant(
    "es03-service-centre",
    (7, 12),
    "department, NAT-2021, key tasks adding to 金额合计 = "
    "项目支出, header 绩效目标值, a goal count with its parts in brackets (correct)",
)
def es03() -> Book:
    b, s = book()
    tasks = [
        ("藕粉作坊技术指导", "组织作坊技术培训和现场指导", money(60), "培训从业人员300人次"),
        ("优质藕种繁育", "建设藕种繁育圃50亩", money(90), "繁育圃50亩"),
        ("藕粉品牌推广", "举办推介活动12场（县内8场、县外4场）", money(120), "销售额增长10%以上"),
        ("金额合计", None, money(270), None),
    ]
    goal = (
        "全年培训藕粉作坊从业人员300人次，建设藕种繁育圃50亩，举办藕粉推介活动12场（县内8场、"
        "县外4场），带动藕粉销售额增长10%以上。"
    )
    department_head(
        s, year=2025, dept=STARCH, budget=budget(480, 430, 50, 210, 270), goal=goal, tasks=tasks
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), ES03)
    sign(s, "龚学文", "0736-8821463", (2024, 11, 20))
    return b


ES04 = [
    ("产出指标", "数量指标", "新建标准化藕田", "≥3000亩", "≥1000亩"),
    (
        None,
        None,
        "新建藕粉深加工生产线",
        "≥3条",
        mk("≥4条", "D201", "error", note="一年建4条，超过三年合计3条"),
    ),
    (None, "质量指标", "藕粉优级品率", pct(0.9), pct(0.9)),
    (
        None,
        "时效指标",
        "年度建设任务完成时间",
        "2027年12月31日前",
        mk(
            "2024年11月30日前",
            "Y102",
            "error",
            alt=("Y101", "Y103"),
            note="项目2025年开始，期限还是上一季的2024年",
        ),
    ),
    ("成本指标", "经济成本指标", "藕田改造补助标准", "≤0.15万元/亩", "≤0.15万元/亩"),
    ("效益指标", "经济效益指标", "藕粉年产值增长率", "≥20%", "≥6%"),
    (None, "社会效益指标", "带动种植农户", "≥600户", "≥200户"),
    ("满意度指标", "服务对象满意度指标", "种植农户满意度", "≥90%", "≥90%"),
]


@variant(
    "es04-three-year-lotus",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "年度目标 copied from 中期目标, a year's count above the period's, last season's deadline",
)
def es04() -> Book:
    b, s = book()
    text = "三年新建标准化藕田3000亩、藕粉深加工生产线3条，带动种植农户600户。"
    goals = [text, mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")]
    project_head(
        s,
        year=2025,
        name="莲藕基地与藕粉深加工三年提升",
        dept=AGRI,
        unit=STARCH,
        money=multi_year((900, 750, 150), (300, 250, 50)),
        goals=goals,
        years=3,
        attr="新增项目",
    )
    indicators(s, TWO5, ES04)
    sign(s, "蒋立川", "0736-8821457", (2024, 11, 12))
    return b


ES05 = [
    ("一、产出指标", "（一）数量指标", "认证藕粉示范作坊", "≥20家", "≥8家"),
    (None, None, "藕粉质量抽检批次", "≥400批", "≥180批"),
    (None, None, "制定藕粉团体标准", "1项", "完成草案"),
    (None, "（二）质量指标", "抽检合格率", "≥98%", "≥98%"),
    (None, "（三）时效指标", "团体标准发布时间", "2026年10月31日前", "草案2025年12月31日前完成"),
    ("二、成本指标", "（一）经济成本指标", "示范作坊认证补助标准", "≤3万元/家", "≤3万元/家"),
    (None, None, "抽检单价", "≤800元/批", "≤800元/批"),
    ("三、效益指标", "（一）社会效益指标", "品牌藕粉溢价率", "≥15%", "≥5%"),
    (None, "（二）可持续影响指标", "地理标志申报基础数据库", "建成", "初步建成"),
    ("四、满意度指标", "（一）服务对象满意度指标", "示范作坊满意度", "≥90%", "≥90%"),
]


@variant(
    "es05-brand-two-year",
    (5, 8),
    "two-year project, NAT-2021, numbered tier labels, 中期 "
    "and 年度 columns with the period's counts above the year's, a later year prepared for "
    "(correct)",
)
def es05() -> Book:
    b, s = book()
    goals = [
        "两年内认证藕粉示范作坊20家，抽检400批，发布藕粉团体标准1项，为2027年申报农产品地理"
        "标志积累检测数据。",
        "2025年认证示范作坊8家，抽检180批，完成团体标准草案。",
    ]
    project_head(
        s,
        year=2025,
        name="泽陂藕粉区域品牌培育",
        dept=AGRI,
        unit=STARCH,
        money=multi_year((150, 120, 30), (70, 60, 10)),
        goals=goals,
        years=2,
    )
    indicators(s, TWO5, ES05)
    notes(s, "注：抽检单价含取样、检测和报告费用。")
    sign(s, "伍秀芬", "0736-8821460", (2024, 11, 15))
    return b


ES06A = [
    ("产出指标", "数量指标", "电力增容作坊", "≥12家"),
    (None, "质量指标", "供电电压合格率", "≥99%"),
    (None, "时效指标", "增容完成时间", "2025年6月30日前"),
    (None, "成本指标", "单家增容补助", "≤4万元/家"),
    ("效益指标", "社会效益指标", "作坊因停电停产天数", "≤3天"),
    ("满意度指标", "服务对象满意度指标", "作坊主满意度", "≥90%"),
]
ES06B = [
    ("产出指标", "数量指标", "新增藕粉包装线", "≥2条"),
    (
        None,
        None,
        mk(
            "新增藕粉自动包装线",
            "D103",
            "warning",
            row=True,
            alt=("D101", "D102"),
            note="与上一行是同一指标，多一个“自动”",
        ),
        "≥2条",
    ),
    (None, "时效指标", "包装线投产时间", "2025年9月30日前"),
    (
        None,
        None,
        mk(
            "包装抽检合格率",
            "F201",
            "warning",
            row=True,
            alt=("F105",),
            note="质量类比率填在时效指标下",
        ),
        "≥98%",
    ),
    (None, "成本指标", "包装线购置单价", "≤30万元/条"),
    ("效益指标", "经济效益指标", "包装藕粉年销售额", "≥600万元"),
    ("满意度指标", "服务对象满意度指标", "入驻作坊满意度", "≥90%"),
]


@variant(
    "es06-stacked-packing",
    (2,),
    "two projects stacked, OLD-NAT, one value column: the "
    "second's money does not add up, a near-duplicate and a quality rate under 时效",
)
def es06() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="荷风村藕粉作坊电力增容",
        dept=AGRI,
        unit=STARCH,
        money=one_year(48, 48, 0),
        goals=["为12家藕粉作坊完成电力增容。"],
    )
    indicators(s, ONE4, ES06A)
    s.skip()
    total = mk(money(85, '0.00"万元"'), "B101", "error", note="60 + 30 = 90 ≠ 85")
    project_head(
        s,
        year=2025,
        name="藕塘村藕粉包装车间建设",
        dept=AGRI,
        unit=STARCH,
        money=one_year(total, 60, 30),
        goals=["新增藕粉包装线2条，9月底前投产。"],
        title="",
    )
    indicators(s, ONE4, ES06B)
    sign(s, "龚学文", "0736-8821463", (2024, 11, 20))
    return b
