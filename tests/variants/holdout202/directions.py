"""Direction columns, rate changes in 百分点 and 增长率 written as counts; two 部门整体 tables
(pd13–pd18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout202.common import ONE, book, indicators, note, one_year_money, sign, wan
from tests.variants.holdout202.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

WRONG_WAY = "the 指标方向 column says {} but the operator is {}"


@variant("pd13-direction-column-agrees", (11,), "one-year project, NAT-2021, 指标方向 (正向/反向), "
         "比较符, bare numbers and a unit column: every 反向 with ≤, every 正向 with ≥, a 下降率 "
         "declared 正向 with ≥ (correct)")  # fmt: skip
def pd13() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 8, 10, 12))
    project_head(
        s, year=2026, name="城市道路照明设施维护项目", dept="白沙河区城市管理局（611）",
        unit="白沙河区市政设施维护中心",
        money=one_year_money(wan(240), wan(210), wan(30)),
        goals=["2026年维护城市道路照明设施1.2万盏，路灯亮灯率达到98%以上，故障报修处理时长"
               "控制在24小时以内，路灯能耗下降率达到8%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "维护路灯数量", "正向", "≥", 1.2, "万盏"),
        (None, None, "更换节能灯具数量", "正向", "≥", 3000, "盏"),
        (None, "质量指标", "路灯亮灯率", "正向", "≥", 98, "%"),
        (None, None, "照明设施故障率", "反向", "≤", 2, "%"),
        (None, "时效指标", "故障报修处理时长", "反向", "≤", 24, "小时"),
        ("成本指标", "经济成本指标", "单盏路灯年维护成本", "反向", "≤", 150, "元/盏"),
        ("效益指标", "经济效益指标", "路灯能耗下降率", "正向", "≥", 8, "%"),
        (None, "社会效益指标", "城区主次干道照明覆盖率", "正向", "≥", 95, "%"),
        (None, "可持续影响指标", "照明设施智能监控覆盖率", "正向", "≥", 60, "%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("pd14-direction-both-ways-wrong", (11,), "one-year project, NAT-2021, operators inside "
         "the values, then 指标方向 and 指标解释 columns: a 反向 投诉率 with ≥, a 正向 count with "
         "≤")  # fmt: skip
def pd14() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 10, 24))
    project_head(
        s, year=2026, name="社区居家养老服务项目", dept="临溪县民政局（330）",
        unit="临溪县养老服务指导中心",
        money=one_year_money(wan(180), wan(150), wan(30)),
        goals=["2026年为1200名居家老年人提供上门服务，累计服务不少于3.6万人次，"
               "服务质量和老年人满意度稳步提升。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标方向", "指标解释"), [
        ("产出指标", "数量指标", "上门服务老年人数", "≥1200人", "正向", "政府购买服务对象"),
        (None, None, "上门服务人次", "≥3.6万人次", "正向", "全年累计"),
        (None, None, "开展老年人健康评估人次",
         mk("≤2400人次", "T108", "warning", row=True, note=WRONG_WAY.format("正向", "≤")),
         "正向", None),
        (None, "质量指标", "服务记录完整率", "≥95%", "正向", None),
        (None, None, "服务投诉率",
         mk("≥2%", "T108", "warning", row=True, note=WRONG_WAY.format("反向", "≥")),
         "反向", "投诉件数/服务人次"),
        (None, "时效指标", "服务需求响应时长", "≤24小时", "反向", None),
        ("成本指标", "经济成本指标", "人均上门服务补助", "≤1200元/人", "反向", None),
        ("效益指标", "社会效益指标", "居家老年人意外事件发生率", "≤1%", "反向", None),
        (None, "可持续影响指标", "居家养老服务网络", "健全", "定性", None),
        ("满意度指标", "服务对象满意度指标", "服务老年人满意度", "≥90%", "正向", "抽样回访"),
    ])  # fmt: skip
    sign(s, "石映雪", "甘慕白", "0593-83306612")
    return b


@variant("pd15-percentage-points", (10,), "one-year project, OLD-NAT (成本指标 under 产出), one "
         "value column: two rate changes written ≥5个百分点 and ≥3个百分点 beside ordinary "
         "rates (correct)")  # fmt: skip
def pd15() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="职业技能提升培训项目", dept="赤岭市人力资源和社会保障局（140）",
        unit="赤岭市职业技能鉴定指导中心",
        money=one_year_money(wan(500), wan(420), wan(80)),
        goals=["2026年开展职业技能培训5000人次，培训取证率提高5个百分点，"
               "参训人员就业率达到75%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "开展职业技能培训人次", "≥5000人次"),
        (None, None, "开发培训课程包数量", "≥20个"),
        (None, "质量指标", "培训取证率较上年提高幅度", "≥5个百分点"),
        (None, None, "培训课程考核合格率", "≥90%"),
        (None, None, "培训补贴发放对象审核准确率", pct(1)),
        (None, "时效指标", "培训补贴发放时限", "≤30个工作日"),
        (None, "成本指标", "人均培训补贴标准", "≤800元/人次"),
        ("效益指标", "经济效益指标", "参训人员月均收入增长率", "≥8%"),
        (None, "社会效益指标", "参训人员就业率", "≥75%"),
        (None, None, "重点群体参训占比提高幅度", "≥3个百分点"),
        (None, "可持续影响指标", "校企合作培训机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：百分点指本年度比率与上年度比率之差。", 4)
    return b


@variant("pd16-growth-as-count-direction", (10, 11), "one-year project, NAT-2021, 比较符, bare "
         "numbers, a unit column and a 指标方向 column last: a 增长率 given as 5000单, a 正向 "
         "count with ≤, a deadline as a date cell")  # fmt: skip
def pd16() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 8, 14, 10, 10))
    project_head(
        s, year=2026, name="农产品电商销售促进项目", dept="松潭区商务局（233）",
        unit="松潭区电子商务服务中心",
        money=one_year_money(wan(120), wan(100), wan(20)),
        goals=["2026年培训农村电商从业人员600人次，培育电商示范村10个，"
               "带动农产品网络销售增长。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位",
                   "指标方向"), [
        ("产出指标", "数量指标", "培训农村电商从业人员", "≥", 600, "人次", "正向"),
        (None, None, "培育电商示范村数量", "≥", 10, "个", "正向"),
        (None, None, "建设村级电商服务站点",
         mk("≤", "T108", "warning", row=True, note=WRONG_WAY.format("正向", "≤")),
         40, "个", "正向"),
        (None, "质量指标", "培训考核合格率", "≥", 90, "%", "正向"),
        (None, "时效指标", "电商服务站点建成时间", "≤", day(2026, 10, 31, CN_DATE), None,
         "反向"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤", 600, "元/人次", "反向"),
        ("效益指标", "经济效益指标", "农产品网络订单量增长率", "≥",
         mk(5000, "T105", "error", row=True,
            note="a 增长率 needs a percentage, not a number of orders (unit 单)"),
         "单", "正向"),
        (None, "社会效益指标", "带动农户增收户数", "≥", 800, "户", "正向"),
        (None, "可持续影响指标", "农村电商公共服务体系", "定性", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", 90, "%", "正向"),
    ])  # fmt: skip
    return b


@variant("pd17-department-direction-parent", (5, 11, 12), "department, NAT-2021, budget and "
         "key tasks that add up, one value column and a 指标方向 column: a 社会效益指标 under "
         "产出指标, a 反向 差错率 with ≥")  # fmt: skip
def pd17() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="云岫县市场监督管理局", filled=day(2025, 11, 14),
        budget=[(wan(1860), wan(1800), wan(60), wan(1320), wan(540))],
        tasks=[
            ("食品安全抽检", "开展食品安全监督抽检", wan(220), "抽检2600批次"),
            ("特种设备安全监管", "特种设备检验和隐患排查", wan(180), "隐患整改率95%以上"),
            ("消费维权服务", "消费投诉举报处理及维权宣传", wan(140), "按时办结率98%以上"),
            ("金额合计", None, wan(540), None),
        ],
        goal="全年完成食品安全监督抽检2600批次，特种设备隐患整改率达到95%以上，"
             "消费投诉按时办结率达到98%以上。",
    )  # fmt: skip
    indicators(s, (*ONE, "指标方向"), [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥2600批次", "正向"),
        (None, None, "特种设备检验台数", "≥3500台", "正向"),
        (None, "质量指标", "特种设备隐患整改率", "≥95%", "正向"),
        (None, None, "特种设备检验报告差错率",
         mk("≥1%", "T108", "warning", row=True, note=WRONG_WAY.format("反向", "≥")), "反向"),
        (None, "时效指标", "消费投诉按时办结率", "≥98%", "正向"),
        (None, mk("社会效益指标", "F105", "error", row=True,
                  note="a 效益 tier-2 placed under 产出指标; it belongs under 效益指标"),
         "食品安全群众知晓率", "≥85%", "正向"),
        ("成本指标", "经济成本指标", "食品抽检单批次检验成本", "≤800元/批次", "反向"),
        ("效益指标", "经济效益指标", "新登记市场主体增长率", "≥5%", "正向"),
        (None, "可持续影响指标", "食品安全风险监测预警机制", "健全", "定性"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%", "正向"),
    ])  # fmt: skip
    return b


@variant("pd18-department-control-rates", (5, 11, 12), "department, NAT-2021, numbered tier "
         "labels (一、产出指标, 1.数量指标), a 指标方向 column: two 控制率 and a 下降率 declared "
         "正向 with ≥, a 反向 response time with ≤ (correct)")  # fmt: skip
def pd18() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 10, 16, 14))
    department_head(
        s, year=2026, dept="梧桐湾区疾病预防控制中心", filled=day(2025, 11, 18),
        budget=[(wan(1350), wan(1280), wan(70), wan(980), wan(370))],
        tasks=[
            ("免疫规划", "适龄儿童免疫规划疫苗接种及冷链维护", wan(150), "接种率95%以上"),
            ("慢性病防控", "高血压、糖尿病患者规范管理", wan(130), "血压控制率60%以上"),
            ("传染病监测", "重点传染病监测和疫情处置", wan(90), "报告及时率98%以上"),
            ("金额合计", None, wan(370), None),
        ],
        goal="适龄儿童免疫规划疫苗接种率达到95%以上，高血压患者血压控制率达到60%以上，"
             "法定传染病报告及时率达到98%以上，肺结核新发病例数下降率达到5%以上。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值"), [
        ("一、产出指标", "1.数量指标", "慢性病患者规范管理人数", "正向", "≥2.4万人"),
        (None, None, "健康监测点位数", "正向", "≥36个"),
        (None, "2.质量指标", "适龄儿童免疫规划疫苗接种率", "正向", "≥95%"),
        (None, None, "高血压患者血压控制率", "正向", "≥60%"),
        (None, None, "糖尿病患者血糖控制率", "正向", "≥55%"),
        (None, "3.时效指标", "法定传染病报告及时率", "正向", "≥98%"),
        (None, None, "突发疫情现场处置响应时长", "反向", "≤2小时"),
        ("二、成本指标", "1.经济成本指标", "慢性病患者人均规范管理成本", "反向", "≤50元/人"),
        ("三、效益指标", "1.社会效益指标", "肺结核新发病例数下降率", "正向", "≥5%"),
        (None, "2.可持续影响指标", "传染病监测预警机制", "定性", "健全"),
        ("四、满意度指标", "1.服务对象满意度指标", "辖区居民满意度", "正向", "≥90%"),
    ])  # fmt: skip
    sign(s, "易思琪", "卓然", "0759-82290431", filled="2025年11月18日")
    return b
