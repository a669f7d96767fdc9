"""Returns on 畜禽粪污资源化利用 and 兽药饲料监管 (sm13–sm18): points at two levels, decorated
tier labels, a two-year project and a budget-system export."""

from __future__ import annotations

from tests.variants.holdout289.common import indicators, multi_year, one_year, project
from tests.variants.holdout289.registry import variant
from tests.variants.kit import Book, mk, money, pct

SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("sm13-manure-points-two-levels", (10, 5),
         "project, NAT-2021, numbered tier labels, tier-1 score column and indicator score "
         "column both adding to 100, a utilisation rate raised in 百分点 (correct)")  # fmt: skip
def sm13() -> Book:
    book, s = project(
        name="鹤汀县畜禽粪污资源化利用整县推进项目",
        dept="鹤汀县农业农村局（317002）",
        unit="鹤汀县畜牧水产服务中心",
        attr="新增项目",
        money=one_year(450.0, 400.0, 50.0),
        goals=["支持规模养殖场配套粪污处理设施，建设区域性集中处理中心，推动粪肥就地就近还田。"],
    )
    rows = [
        ("一、成本指标", 10, "（一）经济成本指标", "粪污处理设施配套单场补助", "≤15万元/场", 5),
        (None, None, "（二）生态环境成本指标", "粪污处理过程环境污染事件", "=0起", 5),
        ("二、产出指标", 40, "（一）数量指标", "配套建设粪污处理设施规模养殖场", "≥25个", 10),
        (None, None, None, "新建区域性粪污集中处理中心", "≥2个", 10),
        (None, None, "（二）质量指标", "规模养殖场粪污处理设施装备配套率", "=100%", 10),
        (None, None, "（三）时效指标", "设施建设完成时间", "10月31日前", 10),
        ("三、效益指标", 40, "（一）生态效益指标", "畜禽粪污综合利用率较上年提高", "≥2百分点", 15),
        (None, None, None, "粪肥还田利用面积", "≥3.2万亩", 10),
        (None, None, "（二）经济效益指标", "有机肥替代化肥节本增效", "≥150万元", 5),
        (None, None, "（三）可持续影响指标", "粪污资源化利用长效运行机制", "建立并执行", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "项目养殖场户满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, rows, SCORED, (1, 2, 3))
    return book


@variant("sm14-manure-points-mismatch", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it, "
         "a 配套率 above 100%")  # fmt: skip
def sm14() -> Book:
    book, s = project(
        name="枫渡区畜禽粪污资源化利用设施提升项目",
        dept="枫渡区农业农村和水利局（204011）",
        unit="枫渡区畜牧兽医站",
        attr="一次性项目",
        money=one_year(186.0, 160.0, 26.0),
        goals=["为中小养殖场户配置粪污收集车辆和堆肥发酵设施，提高粪污就地处理能力。"],
    )
    tier = mk(50, "W103", "error", alt=("W101",), note="declared 50, indicators 10+10+10+10 = 40")
    rows = [
        ("产出指标", tier, "数量指标", "配置粪污收集处理车", "≥6辆", 10),
        (None, None, None, "新建堆肥发酵设施", "≥12个", 10),
        (None, None, "质量指标", "中小养殖场户粪污处理设施装备配套率",
         mk("≥105%", "T106", "error", note="a 配套率 cannot exceed 100%"), 10),
        (None, None, "时效指标", "设施建成投用时间", "9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "单个堆肥发酵设施建设成本", "≤8万元/个", 10),
        ("效益指标", 30, "生态效益指标", "畜禽粪污综合利用率", "≥90%", 10),
        (None, None, "社会效益指标", "粪污直排投诉件数下降率", "≥30%", 10),
        (None, None, "可持续影响指标", "设施运行维护管理制度", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "养殖场户满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, rows, SCORED, (1, 2, 3))
    return book


@variant("sm15-vetdrug-transfer-labels", (5,),
         "transfer-payment project, OLD-NAT, tier labels with * and abbreviated (数量, 成本), "
         "★ core indicators, 中央补助 + 地方资金 (correct)")  # fmt: skip
def sm15() -> Book:
    book, s = project(
        title="2025年度中央对地方转移支付项目绩效目标表",
        name="茗川市兽药质量监督抽检和残留监控",
        dept="茗川市农业农村局（118020）",
        unit="茗川市兽药饲料检测所",
        attr="常年项目",
        money_label="资金情况（万元）",
        money=one_year(72.0, 50.0, 22.0, grant_label="其中：中央补助", other_label="地方资金"),
        goals=["完成兽药监督抽检和动物产品兽药残留监控任务，依法查处假劣兽药，保障动物产品质量安全。"],
    )  # fmt: skip
    rows = [
        ("*产出指标", "数量", "★兽药监督抽检批次", "≥160批次"),
        (None, None, "★动物产品兽药残留监控样品数", "≥600份"),
        (None, "质量", "抽检样品检测结果准确率", "≥99%"),
        (None, "时效", "不合格兽药核查处置时限", "≤15个工作日"),
        (None, "成本", "单批次兽药抽检检测费", "≤1800元/批次"),
        (None, None, "单份残留监控样品检测费", "≤600元/份"),
        ("*效益指标", "社会效益", "★兽药监督抽检合格率", "≥97%"),
        (None, None, "假劣兽药案件依法查处率", "=100%"),
        (None, "可持续影响", "兽药质量追溯监管体系", "健全"),
        ("*满意度指标", "服务对象满意度", "兽药经营企业和养殖场户满意度", "≥88%"),
    ]
    indicators(s, rows, ("*一级指标", "*二级指标", "*三级指标", "*指标值"))
    return book


@variant("sm16-feed-wrong-parent", (5, 11),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, 1.数量指标): "
         "a 社会效益指标 under 产出指标, a 不合格率 with ≥")  # fmt: skip
def sm16() -> Book:
    book, s = project(
        name="柳墩县饲料和饲料添加剂质量安全监管",
        dept="柳墩县农业农村局（526004）",
        unit="柳墩县农业综合行政执法大队",
        attr="常年项目",
        money=one_year(38.0, 38.0, 0),
        goals=["对全县饲料生产经营企业开展监督检查和质量抽检，严防违禁物质添加。"],
    )
    rows = [
        ("一、产出指标（50分）", "1.数量指标", "饲料监督抽检批次", "≥120批次"),
        (None, None, "饲料生产经营企业检查覆盖数", "≥85家"),
        (None, "2.质量指标", "饲料和饲料添加剂抽检不合格率",
         mk("≥1.5%", "T108", "warning", row=True, note="a 不合格率 is 反向: ≤1.5% meant")),
        (None, "3.时效指标", "抽检结果通报时限", "≤20个工作日"),
        (None, mk("4.社会效益指标", "F105", "error", note="社会效益指标 belongs to 效益指标"),
         "饲料质量安全事件", "=0起"),
        ("二、成本指标（20分）", "1.经济成本指标", "单批次饲料检测费用", "≤2200元/批次"),
        ("三、效益指标（20分）", "1.社会效益指标", "养殖场户饲料质量安全知晓率", "≥85%"),
        (None, "2.可持续影响指标", "饲料质量安全监管长效机制", "健全"),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "饲料经营企业满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    return book


@variant("sm17-antimicrobial-two-year", (8, 12),
         "two-year project, NAT-2021, 中期 and 年度 money and value columns, annual counts below "
         "the period, rates and unit costs equal, in-period deadlines (correct)")  # fmt: skip
def sm17() -> Book:
    book, s = project(
        name="鹤汀县兽用抗菌药使用减量化行动",
        dept="鹤汀县农业农村局（317002）",
        unit="鹤汀县畜牧水产服务中心",
        attr="新增项目",
        years=2,
        money=multi_year((160.0, 140.0, 20.0), (84.0, 74.0, 10.0)),
        goals=[
            "两年内在全县建成60个兽用抗菌药使用减量化试点养殖场，推行兽医处方制度。",
            "本年度建成32个试点养殖场，完成兽医处方笺推行培训。",
        ],
    )
    header = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    rows = [
        ("成本指标", "经济成本指标", "试点场技术指导补助标准", "≤2万元/场", "≤2万元/场"),
        ("产出指标", "数量指标", "减量化试点养殖场数", "≥60个", "≥32个"),
        (None, None, "兽医处方笺推行培训人次", "≥1200人次", "≥600人次"),
        (None, "质量指标", "试点场兽药使用记录规范率", "≥95%", "≥95%"),
        (None, "时效指标", "试点评估验收完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("效益指标", "社会效益指标", "试点场兽用抗菌药使用量下降率", "≥8%", "≥5%"),
        (None, "可持续影响指标", "兽用抗菌药减量使用长效机制", "建立并执行", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "试点养殖场户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, header)
    return book


@variant("sm18-inspection-budget-export", (7, 12, 1),
         "budget-system export: detail lines on 「项目支出预算05-1」 and the OLD-NAT table on "
         "「项目支出绩效目标05-2」, codes in the first columns, header on row 3")  # fmt: skip
def sm18() -> Book:
    book = Book()
    s = book.sheet("项目支出预算05-1", (10, 22, 16, 24, 18, 14))
    s.title("2025年度部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "支出明细", "金额")
    code = ("412003", "枫渡区农业农村和水利局", "41200325X0017", "兽药饲料质量安全监督抽检")
    for line, amount in (("兽药抽检检测费", 22.5), ("饲料抽检检测费", 27.5),
                         ("抽样及样品运输费", 4.2), ("执法文书印制费", 1.8)):  # fmt: skip
        s.row(*code, line, money(amount))
    total = mk(money(58.0), "B102", "error", note="22.5 + 27.5 + 4.2 + 1.8 = 56.0")
    s.row("合计", None, None, None, None, total, merge=[(1, 5)])
    t = book.sheet("项目支出绩效目标05-2", (10, 16, 12, 16, 28, 10, 12, 12))
    t.title("2025年度部门项目支出绩效目标表", 8)
    t.row("单位名称：枫渡区农业农村和水利局")
    head = (
        "单位编码",
        "项目编码",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标值",
        "度量单位",
    )
    t.row(*head)
    ids = ("412003", "41200325X0017")
    eq = "=95% on a satisfaction rate: almost certainly ≥95%"
    for line in [
        ("产出指标", "数量指标", "兽药监督抽检批次", "≥", 90, "批次"),
        ("产出指标", "数量指标", "饲料监督抽检批次", "≥", 110, "批次"),
        ("产出指标", "质量指标", "检测结果复核一致率", "≥",
         mk(pct(1.05), "T106", "error", note="a typed 105% on a capped rate"), "%"),
        ("产出指标", "时效指标", "检测报告出具时限", "≤", 20, "个工作日"),
        ("产出指标", "成本指标", "单批次平均检测费用", "≤", 2500, "元/批次"),
        ("效益指标", "社会效益指标", "兽药饲料质量安全事件", "=", 0, "起"),
        ("效益指标", "可持续影响指标", "监督抽检结果信息公开率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "生产经营企业满意度",
         mk("=", "T107", "warning", row=True, note=eq), pct(0.95), "%"),
    ]:  # fmt: skip
        t.row(*ids, *line)
    return book
