"""Returns on 鹿场防疫: compulsory vaccination, brucellosis purification, disinfection, carcass
disposal, village vets and the county's animal-disease centre (gs07-gs12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout659.common import (
    HEAD4,
    HEAD5,
    indicators,
    multi_year,
    notes,
    one_year,
    one_year_project,
    start,
    wan,
)
from tests.variants.holdout659.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "柞河市农业农村局 327014"


@variant(
    "gs07-vaccine-words",
    (1, 11),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 as "
    "word operators, a unit column, bare numbers and one typed percent (correct)",
)
def gs07() -> Book:
    b, s = start(widths=(14, 16, 28, 12, 12, 12, 12))
    project_head(
        s,
        year=2025,
        name="鹿场重大动物疫病强制免疫",
        dept=DEPT,
        unit="柞河市动物疫病预防控制中心",
        attr="常年项目",
        money=one_year(40, 40, 0),
        goals=[
            "全市鹿场口蹄疫免疫36000头份、布病免疫鹿只8000头，"
            "应免鹿只免疫密度95%以上，全年不发生区域性重大动物疫情。"
        ],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "口蹄疫疫苗免疫头份", "正向", "大于等于", 36000, "头份"),
            (None, None, "布病疫苗免疫鹿只", "正向", "大于等于", 8000, "头"),
            (None, None, "鹿场免疫档案建档数", "正向", "大于等于", 150, "个"),
            (None, "质量指标", "应免鹿只免疫密度", "正向", "大于等于", pct(0.95), "%"),
            (None, None, "免疫抗体合格率", "正向", "大于等于", 80, "%"),
            (None, "时效指标", "免疫后抗体监测完成时限", "反向", "小于等于", 28, "天"),
            (None, "成本指标", "口蹄疫疫苗采购单价", "反向", "小于等于", 2.4, "元/头份"),
            ("效益指标", "社会效益指标", "鹿只布病阳性率下降率", "正向", "大于等于", 20, "%"),
            (None, None, "区域性重大动物疫情发生数", "反向", "等于", 0, "起"),
            (None, "可持续影响指标", "村级防疫员在岗人数", "正向", "大于等于", 42, "人"),
            ("满意度指标", "服务对象满意度指标", "鹿场业主满意度", "正向", "大于等于", 90, "%"),
        ],
    )
    return b


@variant(
    "gs08-brucellosis-purification",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: a year's count above the period's, a period deadline copied, goal count",
)
def gs08() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=3,
        name="鹿场布鲁氏菌病净化",
        dept=DEPT,
        unit="柞河市动物疫病预防控制中心",
        attr="新增项目",
        money=multi_year((600, 480, 120), (200, 160, 40)),
        goals=[
            "用三年时间创建布病净化鹿场6个，累计检测鹿只血样12000份，"
            "种鹿场布病阳性率降至0.5%以下。",
            "2025年创建净化鹿场2个，检测血样4000份，完成净化方案评审。",
        ],
    )
    over = mk(
        "≥8个", "D201", "error", alt=("D104",), note="年度 8 个超过中期 6 个（年度目标写 2 个）"
    )
    blood = mk("≥9000份", "D104", "warning", note="中期目标写三年累计检测血样 12000 份")
    copied = mk(
        "2027年12月31日前",
        "Y102",
        "warning",
        row=True,
        note="从中期列照抄：2025 年度指标的完成时间落在 2027 年",
    )
    indicators(
        s,
        HEAD5,
        [
            ("产出指标", "数量指标", "布病净化鹿场创建数量", "≥6个", over),
            (None, None, "鹿只血清学检测数量", blood, "≥4000份"),
            (None, "质量指标", "检测结果复核符合率", "≥98%", "≥98%"),
            (None, None, "种鹿场布病阳性率", "≤0.5%", "≤1%"),
            (None, "时效指标", "净化评估验收完成时间", "2027年12月31日前", copied),
            ("成本指标", "经济成本指标", "单份血样检测成本", "≤25元/份", "≤25元/份"),
            ("效益指标", "社会效益指标", "鹿场从业人员布病新发病例", "下降", "下降"),
            (None, "可持续影响指标", "净化鹿场维持净化状态", "≥3年", "≥1年"),
            ("满意度指标", "服务对象满意度指标", "鹿场业主满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "gs09-disinfection-stacked",
    (2, 4),
    "three projects stacked, OLD-NAT, one value column, "
    "the same satisfaction name with different values, costs equal to their money, a total "
    "line (correct)",
)
def gs09() -> Book:
    b, s = start()
    one_year_project(
        s,
        "鹿场消毒通道改造",
        DEPT,
        "柞河市鹿业协会",
        (36, 30, 6),
        "改造鹿场人员车辆消毒通道18处。",
        [
            ("产出指标", "数量指标", "改造消毒通道", "≥18处"),
            (None, "质量指标", "改造工程验收合格率", "=100%"),
            (None, "时效指标", "改造完工时间", "2025年10月31日前"),
            (None, "成本指标", "单处改造成本", "≤2万元/处"),
            ("效益指标", "社会效益指标", "进场车辆消毒率", "=100%"),
            ("满意度指标", "服务对象满意度指标", "鹿场业主满意度", "≥90%"),
        ],
    )
    one_year_project(
        s,
        "病死鹿无害化处理补助",
        DEPT,
        "柞河市动物卫生监督所",
        (12, 12, 0),
        "对全市鹿场病死鹿300头实行无害化处理并给予补助。",
        [
            ("产出指标", "数量指标", "无害化处理病死鹿", "≥300头"),
            (None, "质量指标", "无害化处理规范率", "≥95%"),
            (None, "时效指标", "病死鹿收集处理时限", "≤24小时"),
            (None, "成本指标", "病死鹿处理补助标准", "≤400元/头"),
            ("效益指标", "生态效益指标", "病死鹿随意丢弃事件", "0起"),
            ("满意度指标", "服务对象满意度指标", "鹿场业主满意度", "≥85%"),
        ],
        first=False,
    )
    one_year_project(
        s,
        "村级防疫员劳务补助",
        DEPT,
        "柞河市动物疫病预防控制中心",
        (9.6, 9.6, 0),
        "为40名村级防疫员发放劳务补助。",
        [
            ("产出指标", "数量指标", "补助村级防疫员", "≥40人"),
            (None, "质量指标", "补助发放准确率", "=100%"),
            (None, "时效指标", "补助发放时间", "2025年12月20日前"),
            (None, "成本指标", "防疫员劳务补助标准", "≤0.24万元/人·年"),
            ("效益指标", "社会效益指标", "村级防疫员在岗率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "防疫员满意度", "≥90%"),
        ],
        first=False,
    )
    notes(s, "合计：三个项目年度资金57.6万元（36 + 12 + 9.6）。")
    return b


@variant(
    "gs10-disinfection-abbrev",
    (5, 11),
    "project, NAT-2021, abbreviated tier labels with "
    "★: a satisfaction rate under 社会效益, a 反向 death rate with ≥",
)
def gs10() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鹿场春秋两季消毒灭源",
        dept=DEPT,
        unit="柞河市动物疫病预防控制中心",
        money=one_year(28, 20, 8),
        goals=["春秋两季对全市鹿舍消毒灭源，消毒面积6万平方米。"],
    )
    sat = mk("鹿场业主满意度", "F201", "warning", row=True, note="满意度填在社会效益下")
    death = mk("≥0.5%", "T108", "warning", row=True, note="死亡率是反向指标，应为 ≤")
    indicators(
        s,
        HEAD4,
        [
            ("★产出", "数量", "鹿舍消毒面积", "≥60000平方米"),
            (None, "质量", "消毒剂配比合格率", "≥95%"),
            (None, "时效", "春季消毒完成时间", "2025年4月30日前"),
            ("★成本", "经济成本", "消毒剂采购费用", "≤18万元"),
            ("★效益", "社会效益", sat, "≥90%"),
            (None, None, "消毒后鹿只应激死亡率", death),
            (None, "可持续影响", "鹿场消毒制度", "建立并执行"),
            ("★满意度", "服务对象满意度", "村级防疫员满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "gs11-disease-centre-department",
    (12,),
    "department, NAT-2021: budget, key tasks with "
    "金额合计, a goal total with its parts in brackets, fill date in the prior year (correct)",
)
def gs11() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="栎原县动物疫病预防控制中心",
        budget=[(wan(420), wan(400), wan(20), wan(260), wan(160))],
        tasks=[
            ("鹿场强制免疫", "春秋两季集中免疫及补针", wan(70), "免疫鹿只2.5万头"),
            ("布病监测净化", "血清学监测", wan(55), "监测血样5000份"),
            ("防疫冷链维护", "冷库及冷藏车维护", wan(35), "冷链设备完好"),
            ("金额合计", None, wan(160), None),
        ],
        goal="完成鹿场春秋两季集中免疫2.5万头（春季1.2万头、秋季1.3万头），"
        "监测布病血样5000份，全年不发生区域性重大动物疫情。",
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "鹿只免疫数量", "≥2.5万头"),
            (None, None, "布病血清学监测数量", "≥5000份"),
            (None, "质量指标", "免疫抗体合格率", "≥80%"),
            (None, None, "冷链设备完好率", pct(0.95)),
            (None, "时效指标", "疫情报告及时率", "=100%"),
            ("成本指标", "经济成本指标", "单份血样检测成本", "≤25元/份"),
            ("效益指标", "社会效益指标", "区域性重大动物疫情发生数", "0起"),
            (None, "可持续影响指标", "鹿场防疫档案完整率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "鹿场业主满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "gs12-monitoring-flat",
    (3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 · 指标值): tasks not adding up, a goal count, a conflicting duplicate",
)
def gs12() -> Book:
    b, s = start()
    task_sum = mk(wan(110), "B102", "error", note="48 + 36 + 20 = 104 ≠ 110")
    department_head(
        s,
        year=2025,
        dept="柞河市鹿场疫病监测站",
        budget=[(wan(300), wan(280), wan(20), wan(190), wan(110))],
        tasks=[
            ("鹿场疫病监测", "定点鹿场巡查监测", wan(48), "监测鹿场45个"),
            ("布病监测采样", "血样采集与检测", wan(36), "采样3000份"),
            ("防疫技术培训", "防疫人员培训", wan(20), "培训200人次"),
            ("金额合计", None, task_sum, None),
        ],
        goal="全年监测鹿场45个，采集布病监测血样3000份，培训防疫人员200人次。",
    )
    farms = mk(40, "D104", "warning", note="年度总体目标写监测鹿场 45 个")
    dup = mk(
        2500,
        "D102",
        "error",
        row=True,
        alt=("D103", "D101"),
        note="与“布病监测采样数 3000份”是同一指标，数值不同",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("鹿场疫病监测数量", 15, "个", "≥", farms),
            ("布病监测采样数", 10, "份", "≥", 3000),
            ("布鲁氏菌病监测采样数量", 10, "份", "≥", dup),
            ("防疫技术培训人次", 10, "人次", "≥", 200),
            ("监测报告及时率", 10, "%", "≥", pct(0.95)),
            ("样品检测准确率", 10, "%", "≥", 98),
            ("单份血样检测成本", 10, "元/份", "≤", 30),
            ("重大动物疫情发生数", 10, "起", "=", 0),
            ("服务对象满意度", 15, "%", "≥", 90),
        ]
    )
    notes(s, "注：权重合计100。", width=5)
    return b
