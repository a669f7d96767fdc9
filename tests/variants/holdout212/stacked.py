"""Stacked projects and 部门整体 tables of 农业农村局 and 水利局 (pn15–pn18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout212.common import ONE, book, indicators, one_year, sign, wan
from tests.variants.holdout212.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "桐川县农业农村局（408）"


@variant("pn15-stacked-agri-three", (2, 12), "three one-year projects stacked, NAT-2021, one "
         "value column, each with its own 资金来源; every standard × count equals its money, "
         "one 满意度 name in two projects with different values (correct)")  # fmt: skip
def pn15() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, name="农机深松整地作业补助项目", dept=DEPT, unit="桐川县农机服务中心",
        title="2026年度项目支出绩效目标表（汇总）",
        money=one_year(wan(90), ("中央财政补助", wan(72)), ("县级财政资金", wan(18))),
        goals=["完成深松整地作业6万亩，作业质量合格率95%以上，项目区亩均增产30公斤以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "深松整地作业面积", "≥6万亩"),
        (None, "质量指标", "深松作业质量合格率", "≥95%"),
        (None, "时效指标", "深松作业完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "亩均作业补助", "≤15元/亩"),
        ("效益指标", "经济效益指标", "项目区亩均增产", "≥30公斤"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="动物防疫“先打后补”补助项目", dept=DEPT,
        unit="桐川县动物疫病预防控制中心",
        title="", money=one_year(wan(48), ("中央财政补助", wan(40)), ("县级财政资金", wan(8))),
        goals=["对120家规模养殖场实施“先打后补”补助，应免畜禽免疫密度保持在90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补助规模养殖场数", "≥120家"),
        (None, "质量指标", "应免畜禽免疫密度", "≥90%"),
        (None, None, "免疫抗体合格率", "≥70%"),
        (None, "时效指标", "补助资金兑付时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "单场补助标准", "≤4000元/家"),
        ("效益指标", "社会效益指标", "区域性重大动物疫情发生情况", "未发生"),
        ("满意度指标", "服务对象满意度指标", "规模养殖场满意度", "≥92%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="高标准农田建后管护项目", dept=DEPT, unit="桐川县农田建设服务站",
        title="", money=one_year(wan(60), ("县级财政资金", wan(60)), ("其他资金", wan(0))),
        goals=["落实15万亩高标准农田建后管护，工程设施完好率保持在90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "落实管护的高标准农田面积", "≥15万亩"),
        (None, "质量指标", "工程设施完好率", "≥90%"),
        (None, "时效指标", "水毁工程修复时限", "≤30天"),
        ("成本指标", "经济成本指标", "亩均管护经费", "≤4元/亩"),
        ("效益指标", "可持续影响指标", "建后管护长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "罗稻香", "孟秋实", "0593-87260134")
    return b


@variant("pn16-stacked-water-two", (2, 11, 12), "two one-year projects stacked, NAT-2021, one "
         "value column: 保洁标准 2万元/公里 × 150公里 above the first project's 240万元, a "
         "新增水土流失面积 with ≥ in the second (beside a 治理面积 with ≥)")  # fmt: skip
def pn16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="河道保洁及河湖“四乱”整治项目", dept="青岚市水利局（615）",
        unit="青岚市河湖管理中心", title="2026年度项目支出绩效目标申报表",
        money=one_year(wan(240), ("财政拨款", wan(240)), ("其他资金", wan(0))),
        goals=["全年保洁河道150公里，组织巡河1800次，河湖“四乱”问题整改销号率100%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "河道保洁长度",
         mk("≥150公里", "B107", "warning", row=True, required=False,
            note="the count half of the standard × length product")),
        (None, None, "河湖长巡河次数", "≥1800次"),
        (None, "质量指标", "河湖“四乱”问题整改销号率", "=100%"),
        (None, "时效指标", "交办问题整改时限", "≤30天"),
        ("成本指标", "经济成本指标", "河道保洁标准",
         mk("≤2万元/公里", "B107", "warning", row=True,
            note="150公里 × 2万元/公里 = 300万元 > 资金总额 240万元")),
        ("效益指标", "生态效益指标", "主要河流水质达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="坡耕地水土流失综合治理项目", dept="青岚市水利局（615）",
        unit="青岚市水土保持工作站", title="",
        money=one_year(wan(500), ("中央水利发展资金", wan(350)), ("市级财政资金", wan(150))),
        goals=["治理水土流失面积12平方公里，新修梯田3000亩，项目区林草植被覆盖率提高到45%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "治理水土流失面积", "≥12平方公里"),
        (None, None, "新修梯田", "≥3000亩"),
        (None, "质量指标", "治理工程验收合格率", "≥95%"),
        (None, "时效指标", "治理任务完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单位面积治理投入", "≤40万元/平方公里"),
        ("效益指标", "生态效益指标", "项目区林草植被覆盖率", "≥45%"),
        (None, None, "项目区新增水土流失面积",
         mk("≥0.5平方公里", "T108", "warning", row=True,
            note="new soil loss is a harm: ≤ meant")),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _shares(amounts: tuple[float, ...]) -> tuple[object, ...]:
    return tuple(pct(round(a / amounts[0], 4), "0.00%") for a in amounts)


@variant("pn17-agri-department-weights", (10, 12), "department, NAT-2021, budget with a shares "
         "row, key tasks adding to 项目支出, a weight column adding to 100 (correct)")  # fmt: skip
def pn17() -> Book:
    b, s = book("Sheet1", (14, 18, 30, 18, 18, 10))
    amounts = (4860.0, 4600.0, 260.0, 1860.0, 3000.0)
    department_head(
        s, year=2026, dept="青岚市农业农村局",
        budget=[tuple(wan(a) for a in amounts), _shares(amounts)],
        tasks=[
            ("高标准农田建设市级配套", "配套建设高标准农田5万亩", wan(1500), "新建高标准农田5万亩"),
            ("动物疫病防控", "强制免疫疫苗采购及免疫效果监测", wan(600), "免疫密度保持在90%以上"),
            ("农业面源污染治理", "畜禽粪污资源化利用和农药包装废弃物回收", wan(500),
             "畜禽粪污综合利用率达到80%以上"),
            ("农产品质量安全监管", "农产品质量安全例行监测12000批次", wan(400),
             "监测合格率稳定在98%以上"),
            ("金额合计", None, wan(3000), None),
        ],
        goal="全年新建高标准农田5万亩，应免畜禽免疫密度保持在90%以上，畜禽粪污综合利用率达到80%"
             "以上，农产品质量安全例行监测合格率稳定在98%以上。",
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥5万亩", 10),
        (None, None, "农产品质量安全例行监测批次", "≥12000批次", 10),
        (None, "质量指标", "应免畜禽免疫密度", "≥90%", 10),
        (None, None, "农产品质量安全例行监测合格率", "≥98%", 10),
        (None, "时效指标", "高标准农田建设任务完成时间", "2026年12月31日前", 10),
        ("成本指标", "经济成本指标", "高标准农田市级亩均配套", "≤300元/亩", 10),
        ("效益指标", "生态效益指标", "畜禽粪污综合利用率", "≥80%", 10),
        (None, "社会效益指标", "区域性重大动物疫情发生情况", "未发生", 10),
        (None, "可持续影响指标", "农业面源污染监测体系", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("pn18-water-department", (12,), "department, NAT-2021: key tasks (1480) against a "
         "金额合计 of 1500, a 汛前检查 deadline in the year after the budget year, a 普及率 "
         "indicator below the 95% the goal names")  # fmt: skip
def pn18() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="临溪县水利局",
        budget=[(wan(2350), wan(2200), wan(150), wan(850), wan(1500))],
        tasks=[
            ("小型水库安全运行", "48座小型水库维修养护和安全监测", wan(320), "水库安全运行率100%"),
            ("农村饮水工程维修养护", "60处农村供水工程维修养护", wan(420),
             "农村自来水普及率达到95%"),
            ("河湖长制", "河道保洁及“四乱”整治", wan(260), "“四乱”问题整改销号率100%"),
            ("水旱灾害防御", "防汛物资储备和山洪灾害监测预警", wan(480), "预警信息及时发布"),
            ("金额合计", None,
             mk(wan(1500), "B102", "error", note="320 + 420 + 260 + 480 = 1480"), None),
        ],
        goal="全年完成48座小型水库维修养护，水库安全运行率100%；维修养护农村供水工程60处，农村自来水"
             "普及率达到95%；河湖“四乱”问题整改销号率100%。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维修养护小型水库", "≥48座"),
        (None, None, "维修养护农村供水工程", "≥60处"),
        (None, None, "河道保洁长度", "≥200公里"),
        (None, "质量指标", "河湖“四乱”问题整改销号率", "=100%"),
        (None, None, "维修养护工程验收合格率", "≥95%"),
        (None, "时效指标", "汛前安全检查完成时间",
         mk("2027年4月30日前", "Y102", "error", alt=("Y103",),
            note="a 2027 deadline in the 2026 department budget")),
        ("成本指标", "经济成本指标", "农村供水工程维修养护标准", "≤7万元/处"),
        ("效益指标", "社会效益指标", "农村自来水普及率",
         mk("≥93%", "D104", "warning", row=True, note="the goal and the task say 95%")),
        (None, None, "水库安全运行率", "=100%"),
        (None, "生态效益指标", "河湖水质达标率", "≥90%"),
        (None, "可持续影响指标", "水利工程管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
