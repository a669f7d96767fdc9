"""Porcelain-town industry returns (vh07–vh12): department money, flat lists, multi-year."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout362.common import book, indicators, multi_year, notes, sign, wan
from tests.variants.holdout362.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
DEPT_ROWS = [
    ("产出指标", "数量指标", "陶瓷企业质量抽检批次", "≥600批次"),
    (None, None, "瓷业技能人才培训", "≥900人次"),
    (None, "质量指标", "抽检报告出具准确率", "≥99%"),
    (None, "时效指标", "抽检报告出具时限", "≤7个工作日"),
    ("成本指标", "经济成本指标", "每批次抽检成本", "≤0.2万元/批次"),
    ("效益指标", "经济效益指标", "日用瓷出口交货值增长率", "≥6%"),
    (None, "社会效益指标", "陶瓷产品质量投诉率", "≤1%"),
    ("满意度指标", "服务对象满意度指标", "陶瓷企业满意度", "≥90%"),
]


@variant(
    "vh07-dept-money",
    (12,),
    "department, NAT-2021: 资金总额 = 财政拨款 + 其他资金 = "
    "基本支出 + 项目支出, key tasks adding to 金额合计 = 项目支出 (correct)",
)
def vh07() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=2025,
        dept="埏陶市陶瓷产业局",
        budget=[[wan(1860), wan(1720), wan(140), wan(1100), wan(760)]],
        tasks=[
            ("陶瓷质量抽检", "日用瓷、陈设瓷质量监督抽检", wan(320), "抽检不少于600批次"),
            ("瓷业人才培训", "拉坯、利坯、彩绘技能培训", wan(260), "培训不少于900人次"),
            ("产区品牌推广", "参加两场国内陶瓷博览会", wan(180), "签约意向额增长"),
            ("金额合计", None, wan(760), None),
        ],
        goal="稳定产区质量水平，培养瓷业技能人才，提升埏陶瓷器品牌影响力。",
    )
    indicators(s, HEAD4, DEPT_ROWS)
    return b


@variant(
    "vh08-dept-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计",
)
def vh08() -> Book:
    b, s = book("部门整体")
    total = mk(wan(2240), "B101", "error", note="1350 + 920 = 2270, not 2240")
    department_head(
        s,
        year=2025,
        dept="埏陶市陶瓷质量检验所",
        budget=[[total, wan(2050), wan(190), wan(1350), wan(920)]],
        tasks=[
            ("窑炉能效检测", "隧道窑、梭式窑热工测试", wan(300), "检测不少于80座"),
            ("釉料铅镉溶出检测", "日用瓷釉料安全检测", wan(350), "检测不少于1200批次"),
            ("检测设备更新", "购置X荧光光谱仪2台", wan(250), "设备按期验收"),
            ("金额合计", None, mk(wan(920), "B102", "error", note="300 + 350 + 250 = 900"), None),
        ],
        goal="保障日用瓷食品接触安全，服务窑炉节能改造。",
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "窑炉热工测试", "≥80座"),
            (None, None, "釉料铅镉溶出检测", "≥1200批次"),
            (None, "质量指标", "检测结果复核一致率", "≥98%"),
            (None, "时效指标", "检测报告出具时限", "≤10个工作日"),
            ("成本指标", "经济成本指标", "每批次溶出检测成本", "≤0.25万元/批次"),
            ("效益指标", "社会效益指标", "日用瓷铅镉溶出超标批次", "≤0批次"),
            ("满意度指标", "服务对象满意度指标", "送检企业满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "vh09-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells, weights add to 100 (correct)",
)
def vh09() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=2025,
        dept="埏陶市瓷业发展中心",
        budget=[[wan(640), wan(600), wan(40), wan(410), wan(230)]],
        goal="服务陶瓷小微企业，推动窑炉清洁化和产品设计升级。",
    )
    s.row("部门整体支出绩效指标", merge=[(1, 6)])
    rows = [
        ("扶持陶瓷小微企业", 20, "家", "≥", 45),
        ("陶瓷设计作品转化", 15, "件", "≥", 60),
        ("清洁能源窑炉占比", 15, "%", "≥", pct(0.85)),
        ("出口日用瓷单位产值能耗下降率", 15, "%", "≥", pct(0.05)),
        ("陶瓷企业安全生产事故", 10, "起", "≤", 0),
        ("政策兑现资金拨付及时率", 10, "%", "≥", pct(0.95)),
        ("服务企业满意度", 15, "%", "≥", pct(0.9)),
    ]
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    s.row("合计", 100)
    return b


@variant(
    "vh10-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as "
    "direction · 计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95",
)
def vh10() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=2025,
        dept="坯溪镇陶瓷产业服务中心",
        budget=[[wan(380), wan(350), wan(30), wan(220), wan(160)]],
        goal="帮扶镇内陶瓷作坊规范生产，降低产品抽检不合格率。",
    )
    b.file_mark("W101", "error", note="weights 20 + 15 + 15 + 15 + 10 + 20 = 95, not 100")
    rows = [
        (
            "帮扶陶瓷作坊数量",
            mk("35万元", "T112", "error", note="万元 in the value, 家 in the unit"),
            "正向",
            "家",
            20,
        ),
        (
            "产品抽检不合格率",
            mk("≥2%", "T108", "warning", row=True, note="不合格率 is 反向"),
            "反向",
            "%",
            15,
        ),
        ("作坊用电安全隐患整改率", "≥95%", "正向", "%", 15),
        ("陶艺从业人员培训", "≥300人次", "正向", "人次", 15),
        ("帮扶资金拨付时限", "≤20个工作日", "反向", "个工作日", 10),
        ("作坊主满意度", "≥90%", "正向", "%", 20),
    ]
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), rows, merged=())
    return b


@variant(
    "vh11-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, "
    "cumulative counts split by year, rates equal (correct)",
)
def vh11() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=3,
        attr="新增项目",
        name="瓷源区陶瓷企业数字化窑控升级项目",
        dept="埏陶市工业和信息化局（309）",
        unit="瓷源区经济发展局",
        money=multi_year((900, 800, 100), (300, 270, 30)),
        goals=[
            "三年内为90家陶瓷企业加装数字化窑控系统，建成产区窑炉运行数据平台。",
            "2025年完成30家企业窑控系统加装，平台上线试运行。",
        ],
    )
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    rows = [
        ("产出指标", "数量指标", "加装数字化窑控系统企业", "≥90家", "≥30家"),
        (None, None, "窑炉运行数据接入点位", "≥540个", "≥180个"),
        (None, "质量指标", "窑控系统验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度加装任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每家企业窑控系统补助", "≤9万元/家", "≤9万元/家"),
        ("效益指标", "经济效益指标", "接入企业烧成合格率提高", "≥4百分点", "≥2百分点"),
        (None, "可持续影响指标", "窑炉数据平台运行维护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "接入企业满意度", "≥90%", "≥90%"),
    ]
    indicators(s, head, rows)
    notes(s, ["注：中期指标值为2025—2027年累计数，年度指标值为2025年度数。"])
    sign(s, "阮青禾", "0797-6335217", day(2024, 11, 28))
    return b


@variant(
    "vh12-multi-year-wrong",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "年度目标 copied from 中期目标, an annual count above its period, a count copied",
)
def vh12() -> Book:
    b, s = book()
    goal = "三年内建成陶瓷原料标准化储备基地，年储备高岭土与瓷石8万吨。"
    project_head(
        s,
        year=2025,
        years=3,
        attr="新增项目",
        name="埏陶市陶瓷原料标准化储备基地项目",
        dept="埏陶市自然资源局（312）",
        unit="埏陶市瓷业发展中心",
        money=multi_year((1200, 1050, 150), (450, 400, 50)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期目标")],
    )
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    rows = [
        (
            "产出指标",
            "数量指标",
            "原料标准化堆场建设",
            "≥6个",
            mk("≥8个", "D201", "error", note="annual 8 above the period's 6"),
        ),
        (
            None,
            None,
            "原料批次检测",
            "≥1500批次",
            mk("≥1500批次", "D202", "warning", note="cumulative count copied from 中期"),
        ),
        (None, "质量指标", "入库原料检测合格率", "≥95%", "≥95%"),
        (None, "时效指标", "堆场建设完工时间", "2027年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每个堆场建设成本", "≤50万元/个", "≤50万元/个"),
        ("效益指标", "经济效益指标", "原料采购成本降低率", "≥5%", "≥3%"),
        ("满意度指标", "服务对象满意度指标", "用料企业满意度", "≥90%", "≥90%"),
    ]
    indicators(s, head, rows)
    return b
