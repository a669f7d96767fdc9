"""Price inspections (价格监督检查): kfa07–kfa12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout823.common import (
    TIERS4,
    indicators,
    notes,
    one_year_money,
    sign,
    start,
    wan,
)
from tests.variants.holdout823.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "kfa07-department-price",
    (12, 1),
    "department, NAT-2021: budget, key tasks adding to 金额合计, typed percents, a 下降率 with "
    "≥ and 0起 (correct)",
)
def department_price() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=2026,
        dept="澜石市市场监管综合执法支队",
        budget=[(wan(520), wan(480), wan(40), wan(310), wan(210))],
        tasks=[
            ("价格监督检查", "民生商品和节假日价格检查", wan(90), "检查3000户次"),
            ("价格监测", "40个价格监测点运行", wan(60), "数据按期报送"),
            ("收费检查", "涉企收费和教育收费检查", wan(60), "违规收费清退"),
            ("金额合计", None, wan(210), None),
        ],
        goal="检查经营主体3000户次（其中节假日专项检查1200户次），价格举报全部办结，"
        "价格投诉量较上年下降10%以上。",
    )
    rows = [
        ("产出指标", "数量指标", "价格监督检查经营主体户次", "≥3000户次"),
        (None, None, "节假日价格专项检查户次", "≥1200户次"),
        (None, "质量指标", "明码标价检查覆盖率", pct(0.95)),
        (None, None, "价格举报办结率", pct(1)),
        (None, "时效指标", "价格举报办结时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "价格监测点运维补助", "≤2000元/点·年"),
        ("效益指标", "社会效益指标", "价格投诉举报量下降率", "≥10%"),
        (None, None, "重大价格违法群体性事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "经营者和消费者满意度", "≥90%"),
    ]
    indicators(s, TIERS4, rows)
    sign(s, "陶予安", "0571-7730158", day(2025, 11, 12))
    return b


@variant(
    "kfa08-department-price-wrong",
    (12, 7),
    "department, NAT-2021, header 考核指标/目标值（年度）: tasks not adding to 金额合计, "
    "the goal's count against the indicator, a deadline in the year before",
)
def department_price_wrong() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=2026,
        dept="桐岭县市场监督管理局（价格监督检查）",
        budget=[(wan(460), wan(430), wan(30), wan(280), wan(180))],
        tasks=[
            ("价格专项检查", "民生商品、医药和殡葬收费检查", wan(70), "检查800户次"),
            ("价格监测", "24个监测点运行", wan(55), "数据按期报送"),
            ("收费清理", "涉企违规收费清理", wan(45), "违规收费全部清退"),
            (
                "金额合计",
                None,
                mk(wan(180), "B102", "error", row=True, note="70+55+45=170，不是180"),
                None,
            ),
        ],
        goal="全年检查经营主体800户次，价格举报全部按时办结，违规收费全部清退。",
    )
    rows = [
        (
            "产出指标",
            "数量指标",
            "价格检查经营主体户次",
            mk("≥600户次", "D104", "warning", row=True, note="总体目标和任务写检查800户次"),
        ),
        (None, None, "涉企收费检查单位数", "≥60家"),
        (None, "质量指标", "价格举报按时办结率", "=100%"),
        (
            None,
            "时效指标",
            "违规收费清退完成时间",
            mk(
                "2025年12月31日前",
                "Y102",
                "error",
                row=True,
                alt=("Y103",),
                note="2026年度表的完成时间写成2025年",
            ),
        ),
        ("成本指标", "经济成本指标", "价格监测点运行费用", "≤2.2万元/点"),
        ("效益指标", "社会效益指标", "清退违规收费金额", "≥50万元"),
        ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), rows)
    sign(s, "方听澜", "0571-4418830", day(2025, 11, 20))
    return b


@variant(
    "kfa09-flat-price",
    (3, 4),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), weights "
    "add to 100, 0起 with ≤, a 填表说明 under the list (correct)",
)
def flat_price() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="凤栖区市场监督管理局",
        budget=[(wan(380), wan(360), wan(20), wan(250), wan(130))],
        goal="检查涉企收费单位60家，明码标价合格率达到95%，价格举报按时办结。",
    )
    rows = [
        ("涉企收费检查单位数", 15, "家", "≥", 60),
        ("明码标价检查户次", 15, "户次", "≥", 1500),
        ("明码标价合格率", 15, "%", "≥", 95),
        ("价格举报按时办结率", 10, "%", "=", 100),
        ("价格监测数据报送及时率", 10, "%", "≥", 98),
        ("价格投诉量下降率", 10, "%", "≥", 5),
        ("重大价格舆情事件发生数", 10, "起", "≤", 0),
        ("经营者满意度", 15, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ]
    s.row("年度绩效指标")
    indicators(s, FLAT, rows, merged=())
    notes(s, "填表说明：1.指标性质填≥、≤或=；2.权重合计应为100。", width=5)
    sign(s, "程暮雪", "0571-9031276", day(2025, 12, 1))
    return b


@variant(
    "kfa10-flat-price-wrong",
    (3,),
    "department, flat list: weights not adding to 100, one indicator twice with a word "
    "changed, last year's holiday in a name",
)
def flat_price_wrong() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept="澜石市云岙区市场监督管理局",
        budget=[(wan(300), wan(290), wan(10), wan(200), wan(100))],
        goal="开展民生商品明码标价检查1200户次，节假日价格巡查不少于12次。",
    )
    rows = [
        ("明码标价检查户次", 20, "户次", "≥", 1200),
        ("节假日价格巡查次数", 15, "次", "≥", 12),
        (
            mk(
                "2025年春节期间价格巡查次数",
                "Y103",
                "warning",
                row=True,
                alt=("Y101",),
                note="2026年度表里留着上年春节的巡查指标",
            ),
            10,
            "次",
            "≥",
            4,
        ),
        ("明码标价合格率", 15, "%", "≥", 95),
        (
            mk(
                "明码标价检查户数",
                "D103",
                "warning",
                row=True,
                alt=("D101", "D102"),
                note="与明码标价检查户次是同一指标，数值不同",
            ),
            10,
            "户",
            "≥",
            1000,
        ),
        ("价格举报处理及时率", 15, "%", "≥", 98),
        ("消费者满意度", 10, "%", "≥", 90),
    ]
    s.row("年度绩效指标")
    indicators(s, FLAT, rows, merged=())
    b.file_mark("W101", "error", note="权重合计95，应为100")
    sign(s, "任星遥", "0571-5526013", day(2025, 11, 28))
    return b


@variant(
    "kfa11-price-monitoring-points",
    (10, 5),
    "project, NAT-2021, tier labels with points, an indicator score column, 百分点 (correct)",
)
def price_monitoring_points() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="澜石市2026年民生商品价格监测",
        dept="澜石市发展和改革委员会",
        unit="澜石市价格监测中心",
        money=one_year_money(40, 36, 4),
        goals=["运行价格监测点60个，按周采集民生商品价格，明码标价规范率较上年提高3个百分点以上。"],
    )
    rows = [
        ("一、产出指标（50分）", "1.数量指标", "价格监测点数量", "≥60个", 20),
        (None, "2.质量指标", "监测数据准确率", "≥98%", 15),
        (None, "3.时效指标", "周价格数据报送时限", "每周一12时前", 15),
        ("二、成本指标（10分）", "1.经济成本指标", "监测点运行补助", "≤5000元/个·年", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "明码标价规范率较上年提高", "≥3百分点", 15),
        (None, "2.可持续影响指标", "价格监测预警机制", "建立并执行", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "监测点经营户满意度", "≥90%", 10),
        ("合计（100分）", None, None, None, 100),
    ]
    indicators(s, (*TIERS4, "分值"), rows)
    notes(s, "注：一级指标分值与三级指标分值合计均为100分，按三级指标计分。")
    sign(s, "郁长青", "0571-6120384", day(2025, 10, 21))
    return b


@variant(
    "kfa12-fee-check-money",
    (12,),
    "project, OLD-NAT: money parts not adding to the total, unit cost × count above the money",
)
def fee_check_money() -> Book:
    b, s = start()
    money = one_year_money(45, 40, 8)
    money[0] = (
        "年度资金总额",
        mk(money[0][1], "B101", "error", row=True, note="财政拨款40+其他资金8=48，不是45"),
        *money[0][2:],
    )
    project_head(
        s,
        year=2026,
        name="凤栖区2026年涉企收费专项检查",
        dept="凤栖区市场监督管理局",
        unit="凤栖区市场监管综合执法大队",
        money=money,
        goals=["检查涉企收费主体1000户次，违规收费全部清退。"],
    )
    rows = [
        ("产出指标", "数量指标", "涉企收费检查户次", "≥1000户次"),
        (None, "质量指标", "违规收费清退率", "=100%"),
        (None, "时效指标", "专项检查完成时间", "2026年10月31日前"),
        (
            None,
            "成本指标",
            "单户次检查成本",
            mk(
                "≤600元/户次",
                "B107",
                "warning",
                row=True,
                note="600元×1000户次=60万元，超过年度资金",
            ),
        ),
        ("效益指标", "经济效益指标", "为企业减负金额", "≥80万元"),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"),
    ]
    indicators(s, TIERS4, rows)
    sign(s, "黎舒然", "0571-6603927", day(2025, 12, 3))
    return b
