"""Department tables with flat indicator lists (no tiers): a direction column beside an
operator column, weights, bare values with a unit column, header words such as 考核指标 and
目标值（年度）, a 合计 row, footnotes, rows without a name (rd07–rd12)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout254.common import book, flat, note, sign, wan
from tests.variants.holdout254.registry import variant
from tests.variants.kit import Book, mk


@variant("rd07-county-bureau-flat", (3, 11, 12), "department table, budget and tasks adding "
         "up, flat list with 指标性质 (正向/反向), 比较符, 单位 and 权重 columns: 不合格率 ≤, "
         "投诉按期办结率 ≥, =0起, =100% at the ceiling, weights 100 (correct)")  # fmt: skip
def rd07() -> Book:
    b, s = book("部门整体绩效目标", (22, 30, 12, 10, 12, 10))
    department_head(
        s, year=2026, dept="青崖县市场监督管理局",
        budget=[(wan(2860), wan(2700), wan(160), wan(1980), wan(880))],
        tasks=[
            ("食品安全监督抽检", "生产、流通、餐饮环节监督抽检", wan(320), "抽检2000批次以上"),
            ("特种设备安全监察", "电梯、锅炉、气瓶等监督检查", wan(260), "定期检验率98%以上"),
            ("消费维权", "投诉举报受理、调解及维权宣传", wan(180), "按期办结率98%以上"),
            ("计量监督", "民生计量器具强制检定及抽查", wan(120), "受检率95%以上"),
            ("金额合计", None, wan(880), None),
        ],
        goal="守住食品安全和特种设备安全底线，全年不发生较大及以上特种设备事故；提升消费维权"
             "效能，消费投诉平均办结时长控制在10个工作日以内。",
    )  # fmt: skip
    flat(s, "年度绩效指标", ("指标名称", "指标性质", "比较符", "指标值", "计量单位", "权重"), [
        ("食品安全监督抽检批次", "正向", "≥", 2000, "批次", 15),
        ("食品抽检不合格率", "反向", "≤", 3, "%", 10),
        ("不合格食品核查处置率", "正向", "=", 100, "%", 10),
        ("在用特种设备定期检验率", "正向", "≥", 98, "%", 15),
        ("较大及以上特种设备事故起数", "反向", "=", 0, "起", 10),
        ("投诉举报按期办结率", "正向", "≥", 98, "%", 10),
        ("消费投诉平均办结时长", "反向", "≤", 10, "个工作日", 10),
        ("强检计量器具受检率", "正向", "≥", 95, "%", 10),
        ("群众对市场监管工作满意度", "正向", "≥", 90, "%", 10),
    ])  # fmt: skip
    sign(s, "黎晚晴", "蒙振川", "0778-72315406")
    return b


@variant("rd08-consumer-council-flat", (3, 13), "department table, flat list 指标名称 · 指标值 "
         "· 权重 · 备注: a row without a name, weights adding to 95, "
         "≥ on a 重复被投诉率")  # fmt: skip
def rd08() -> Book:
    b, s = book("Sheet1", (22, 30, 14, 14, 14, 14))
    department_head(
        s, year=2026, dept="临川湾区消费者权益保护委员会",
        budget=[(wan(186), wan(186), wan(0), wan(142), wan(44))],
        tasks=[
            ("投诉调解", "受理、调解消费投诉", wan(24), "调解成功率85%以上"),
            ("消费教育", "进社区、进校园宣传及比较试验", wan(20), "宣传活动12场以上"),
            ("金额合计", None, wan(44), None),
        ],
        goal="受理消费者投诉2800件以上，调解成功率85%以上，为消费者挽回经济损失150万元以上。",
    )  # fmt: skip
    flat(s, "部门整体绩效指标", ("指标名称", "指标值", "权重", "备注"), [
        ("受理消费者投诉件数", "≥2800件", 15, None),
        ("投诉调解成功率", "≥85%", 15, None),
        ("投诉按期办结率", "≥95%", 15, None),
        (mk(None, "F110", "error", note="a value and a weight but no name"), "≥12场", 10,
         "进社区、进校园宣传"),
        ("比较试验及消费体察项目数", "≥4项", 10, None),
        ("经营者重复被投诉率",
         mk("≥8%", "T108", "warning", row=True, note="反向: ≤8% meant"), 10, None),
        ("为消费者挽回经济损失", "≥150万元", 10, None),
        ("投诉人满意度", "≥88%", 10, None),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+15+10+10+10+10+10 = 95, not 100")
    return b


@variant("rd09-metrology-institute-flat", (3, 4), "department table, flat list with 序号, a "
         "unit column, bare-signed values, 设定依据, a 12315 name, a footnote and a signature "
         "(correct)")  # fmt: skip
def rd09() -> Book:
    b, s = book("部门整体支出绩效目标表", (8, 32, 12, 14, 16, 14))
    department_head(
        s, year=2026, dept="石埠市计量检定测试所",
        budget=[(wan(1460), wan(1180), wan(280), wan(1120), wan(340))],
        tasks=[
            ("强制检定", "工作计量器具强制检定", wan(150), "检定26000台件以上"),
            ("计量能力建设", "计量标准建设及考核复查", wan(110), "考核复查18项以上"),
            ("民生计量", "定量包装商品净含量抽查及计量投诉处理", wan(80), "投诉处理率95%以上"),
            ("金额合计", None, wan(340), None),
        ],
        goal="完成强制检定计量器具26000台件以上，计量器具检定超期率不高于2%，12315平台"
             "计量投诉处理率95%以上。",
    )  # fmt: skip
    flat(s, "年度绩效指标", ("序号", "指标名称", "计量单位", "年度目标值", "设定依据"), [
        (1, "强制检定计量器具台件数", "台件", "≥26000", "计划标准"),
        (2, "计量标准考核（复查）项数", "项", "≥18", "计划标准"),
        (3, "12315平台计量投诉处理率", "%", "≥95", "历史标准"),
        (4, "计量器具检定超期率", "%", "≤2", "行业标准"),
        (5, "定量包装商品净含量抽查不合格率", "%", "≤5", "行业标准"),
        (6, "出具检定证书平均时限", "工作日", "≤5", "计划标准"),
        (7, "单台件强制检定成本", "元/台件", "≤45", "计划标准"),
        (8, "送检单位满意度", "%", "≥90", "行业标准"),
    ])  # fmt: skip
    note(s, "注：本表指标值均为2026年度目标值；计量单位为“%”的，指标值按百分数填写。")
    sign(s, "甘若溪", "覃立峰", "0775-63150872")
    return b


@variant("rd10-inspection-institute-flat", (3, 11, 13), "department table, flat list with a "
         "指标方向 column, bare numbers, units and 分值: ≥ on a 反向 差错率, ≤ on a 正向 到场率, "
         "a row without a name")  # fmt: skip
def rd10() -> Book:
    b, s = book("Sheet1", (30, 12, 12, 12, 10, 10))
    department_head(
        s, year=2026, dept="江屿市特种设备检验研究所",
        budget=[(wan(940), wan(760), wan(180), wan(610), wan(330))],
        tasks=[
            ("电梯检验", "在用电梯定期检验及应急处置", wan(210), "检验6800台以上"),
            ("承压设备检验", "锅炉、压力容器、气瓶定期检验", wan(120), "检验4200台以上"),
            ("金额合计", None, wan(330), None),
        ],
        goal="完成承压设备定期检验4200台、电梯定期检验6800台以上，检验数据及时上传监管平台。",
    )  # fmt: skip
    flat(s, "绩效指标", ("指标名称", "指标方向", "指标值", "单位", "分值"), [
        ("承压设备定期检验台数", "正向", "≥4200", "台", 15),
        ("电梯定期检验台数", "正向", "≥6800", "台", 15),
        ("特种设备检验报告差错率", "反向",
         mk("≥2", "T108", "warning", row=True, note="反向 差错率: ≤2 meant"), "%", 10),
        ("电梯困人应急处置到场率", "正向",
         mk("≤95", "T108", "warning", row=True, note="正向 到场率: ≥95 meant"), "%", 10),
        ("超期未检设备督促处置率", "正向", "≥95", "%", 10),
        (mk(None, "F110", "error", note="a value but no name"), "正向", "≥300", "家次", 10),
        ("单台电梯定期检验成本", "反向", "≤260", "元/台", 10),
        ("检验数据上传监管平台及时率", "正向", "≥98", "%", 10),
        ("检验服务对象满意度", "正向", "≥90", "%", 10),
    ])  # fmt: skip
    return b


@variant("rd11-ip-centre-assessment-words", (3, 4, 7), "department table, flat list headed "
         "考核指标 · 目标值（年度） · 权重 with a 合计 row: 审查周期 and 结案时长 ≤, 质押融资 "
         "amounts far above the budget (correct)")  # fmt: skip
def rd11() -> Book:
    b, s = book("部门绩效目标", (34, 18, 12, 14, 14, 14))
    department_head(
        s, year=2026, dept="云岫市知识产权保护中心",
        budget=[(wan(520), wan(520), wan(0), wan(310), wan(210))],
        tasks=[
            ("专利快速预审", "新一代信息技术、高端装备领域专利预审", wan(95), "受理1800件以上"),
            ("快速维权", "知识产权侵权纠纷快速处理", wan(70), "处理260件以上"),
            ("海外维权指导", "海外知识产权纠纷应对指导", wan(45), "服务企业30家以上"),
            ("金额合计", None, wan(210), None),
        ],
        goal="发挥知识产权保护中心快速预审、快速确权、快速维权作用，专利预审合格率90%以上。",
    )  # fmt: skip
    flat(s, "年度绩效考核指标", ("考核指标", "目标值（年度）", "权重"), [
        ("专利预审案件受理量", "≥1800件", 15),
        ("专利预审合格率", "≥90%", 10),
        ("发明专利预审平均周期", "≤15个工作日", 10),
        ("知识产权侵权纠纷快速处理案件数", "≥260件", 15),
        ("侵权纠纷快速处理平均结案时长", "≤30天", 10),
        ("知识产权维权援助申请办结率", "≥95%", 10),
        ("海外知识产权纠纷应对指导服务企业数", "≥30家", 10),
        ("知识产权质押融资登记金额", "≥6亿元", 10),
        ("服务主体满意度", "≥90%", 10),
        ("合计", None, 100),
    ])  # fmt: skip
    return b


@variant("rd12-food-office-ops-flat", (3, 11), "department table, flat list with 序号, 比较符 "
         "and 计量单位 columns: = on a 处置率 of 95, ≥ on a 处置时长")  # fmt: skip
def rd12() -> Book:
    b, s = book("Sheet1", (8, 32, 10, 12, 12, 12))
    department_head(
        s, year=2026, dept="沙洲县食品安全委员会办公室",
        budget=[(wan(640), wan(600), wan(40), wan(455), wan(185))],
        tasks=[
            ("食品安全监督抽检", "全县食品安全监督抽检", wan(125), "抽检800批次以上"),
            ("农产品快检", "农贸市场食用农产品快检", wan(60), "快检18000批次以上"),
            ("金额合计", None, wan(185), None),
        ],
        goal="完成食品安全监督抽检800批次、食用农产品快检18000批次以上，校园食堂不发生食品安全事故。",
    )  # fmt: skip
    flat(s, "年度绩效指标", ("序号", "指标名称", "比较符", "指标值", "计量单位"), [
        (1, "食品安全监督抽检批次", "≥", 800, "批次"),
        (2, "食用农产品快检批次", "≥", 18000, "批次"),
        (3, "抽检不合格食品核查处置率",
         mk("=", "T107", "warning", row=True, alt=("T108",), note="=95%: ≥95% meant"), 95, "%"),
        (4, "快检阳性样品平均处置时长",
         mk("≥", "T108", "warning", row=True, note="a 处置时长 is 反向: ≤24小时 meant"), 24,
         "小时"),
        (5, "食品抽检不合格率", "≤", 3, "%"),
        (6, "校园食堂食品安全事故起数", "=", 0, "起"),
        (7, "单批次监督抽检成本", "≤", 1400, "元/批次"),
        (8, "群众食品安全满意度", "≥", 88, "%"),
    ])  # fmt: skip
    return b
