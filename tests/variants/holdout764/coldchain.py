"""Cooperative (合作社) cold-chain subsidy returns: kct01–kct06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout764.common import (
    BUREAU,
    DEPT,
    first,
    indicators,
    multi_year,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout764.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kct01-coldchain-subsidy", (1, 12),
         "project, NAT-2021, one value column, a typed percent cell, the goal's total with its "
         "parts in brackets, a cost standard equal to the fiscal money (correct)")  # fmt: skip
def kct01() -> Book:
    b, s = first()
    project_head(s, year=2026, name="农民合作社产地冷库建设补助", dept=DEPT,
                 unit="栖梧县乡村振兴局产业发展股", money=one_year(360, 300, 60),
                 goals=["补助柘湾镇、桐口镇农民合作社新建产地冷库12座（其中预冷库4座、"
                        "气调库8座），新增冷藏库容2400吨，2026年11月底前全部验收，"
                        "果蔬产后损耗比上年下降3个百分点。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "单座冷库财政补助标准", "≤25万元/座"),
        ("产出指标", "数量指标", "新建产地冷库", "≥12座"),
        (None, None, "新增冷藏库容", "≥2400吨"),
        (None, "质量指标", "冷库竣工验收合格率", pct(1)),
        (None, None, "冷库温控达标率", "≥95%"),
        (None, "时效指标", "冷库验收完成时间", "2026年11月30日前"),
        ("效益指标", "经济效益指标", "果蔬产后损耗率降低幅度", "≥3百分点"),
        (None, None, "合作社果蔬冷藏损耗率", "≤8%"),
        (None, "社会效益指标", "带动合作社成员户数", "≥600户"),
        (None, "可持续影响指标", "冷库设计使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "合作社成员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "罗振坤", "0736-5821467", day(2025, 11, 18))
    return b


@variant("kct02-coldchain-goal-gaps", (12,),
         "project, OLD-NAT (成本 under 产出), one value column: the goal's cold-store count, "
         "its deadline and a unit cost against the indicators and the money")  # fmt: skip
def kct02() -> Book:
    b, s = first()
    project_head(s, year=2025, name="香菇黄桃合作社冷库补助", dept=DEPT,
                 unit="栖梧县乡村振兴局产业发展股", money=one_year(300, 300, 0),
                 goals=["支持鹤坳乡、桐口镇香菇和黄桃专业合作社新建冷库15座，新增冷藏库容"
                        "3000吨，2025年10月底前建成投用。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建合作社冷库",
         mk("≥12座", "D104", "warning", row=True,
            note="the goal says 15座, the indicator 12座")),
        (None, None, "新增冷藏库容", "≥3000吨"),
        (None, "质量指标", "冷库验收合格率", "=100%"),
        (None, "时效指标", "冷库建成投用时间",
         mk("2026年6月30日前", "Y102", "error", row=True, alt=("D104",),
            note="a one-year 2025 project; the goal says 2025年10月底前")),
        (None, "成本指标", "单座冷库补助标准",
         mk("≤30万元/座", "B107", "warning", row=True,
            note="30万元 × 12座 = 360万元 (× 15座 = 450万元) above the 300万元")),
        ("效益指标", "经济效益指标", "合作社错季销售增收", "≥200万元"),
        (None, "社会效益指标", "带动农户户数", "≥450户"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "罗振坤", "0736-5821467", day(2024, 11, 26))
    return b


@variant("kct03-coldchain-three-year", (8, 1),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns: period counts "
         "above the year's, rates equal, a later year the work prepares for (correct)")  # fmt: skip
def kct03() -> Book:
    b, s = first()
    project_head(s, year=2025, years=3, name="合作社冷链集配网络建设", dept=DEPT,
                 unit="栖梧县乡村振兴局产业发展股", attr="新增项目",
                 money=multi_year((900, 780, 120), (300, 260, 40)),
                 goals=["2025年—2027年在全县6个乡镇建成合作社冷链集配中心3个、产地冷库"
                        "30座，形成覆盖主要产区的冷链网络，为2028年推广“冷链+电商”"
                        "模式积累经验。",
                        "2025年建成冷链集配中心1个、产地冷库10座，新增冷藏库容2000吨，"
                        "覆盖2个乡镇。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("成本指标", "经济成本指标", "产地冷库单座补助标准", "≤20万元/座", "≤20万元/座"),
        (None, None, "集配中心单个补助标准", "≤60万元/个", "≤60万元/个"),
        ("产出指标", "数量指标", "建成冷链集配中心", "≥3个", "≥1个"),
        (None, None, "新建产地冷库", "≥30座", "≥10座"),
        (None, None, "新增冷藏库容", "≥6000吨", "≥2000吨"),
        (None, "质量指标", "冷库验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("效益指标", "经济效益指标", "合作社冷藏果蔬销售收入增长率", "≥15%", "≥5%"),
        (None, "社会效益指标", "冷链服务覆盖乡镇", "≥6个", "≥2个"),
        (None, "可持续影响指标", "冷链设施管护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kct04-coldchain-period-slips", (8,),
         "two-year project 2025–2026, OLD-NAT, 中期 and 年度 columns: a year's count above the "
         "period's, a cumulative count copied, the 年度目标's count against its "
         "indicator")  # fmt: skip
def kct04() -> Book:
    b, s = first()
    project_head(s, year=2025, years=2, name="合作社冷藏运输能力提升", dept=DEPT,
                 unit="栖梧县乡村振兴局产业发展股", attr="新增项目",
                 money=multi_year((500, 500, 0), (260, 260, 0)),
                 goals=["两年内为合作社配置冷藏运输车20辆、移动预冷设备40台套，开通冷链"
                        "物流线路8条，培训冷链操作员200人次。",
                        "2025年配置冷藏运输车12辆、移动预冷设备20台套，开展冷链操作"
                        "培训。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "配置冷藏运输车", "≥20辆", "≥12辆"),
        (None, None, "配置移动预冷设备", "≥40台套",
         mk("≥25台套", "D104", "warning", row=True,
            note="the 年度目标 says 20台套")),
        (None, None, "开通冷链物流线路", "≥8条",
         mk("≥10条", "D201", "error", note="the year's 10条 above the period's 8条")),
        (None, None, "培训冷链操作员", "≥200人次",
         mk("≥200人次", "D202", "warning",
            note="the two-year count copied into the 年度 column")),
        (None, "质量指标", "冷藏车温控达标率", "≥95%", "≥95%"),
        (None, "时效指标", "设备交付时间", "2026年10月31日前", "2025年10月31日前"),
        (None, "成本指标", "冷藏车购置补助标准", "≤15万元/辆", "≤15万元/辆"),
        (None, None, "移动预冷设备补助标准", "≤3万元/台套", "≤3万元/台套"),
        ("效益指标", "经济效益指标", "合作社农产品流通损耗率", "≤10%", "≤10%"),
        (None, "社会效益指标", "受益合作社", "≥30家", "≥18家"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kct05-coldchain-system-export", (7, 12),
         "budget-system export: 部门项目支出预算05-1 with codes in the first columns, "
         "部门项目支出绩效目标05-2 with its header on the third row, operator and unit columns, "
         "a date cell (correct)")  # fmt: skip
def kct05() -> Book:
    b, s = first("部门项目支出预算05-1", (12, 18, 16, 26, 12, 12, 12))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("417021", BUREAU, "43112726R0031", "合作社冷链设施补助", wan(240), wan(240), wan(0))
    s.row(None, None, None, "其中：产地冷库补助", wan(180), wan(180), wan(0))
    s.row(None, None, None, "冷藏车购置补助", wan(60), wan(60), wan(0))
    s.row("合计", None, None, None, wan(240), wan(240), wan(0))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 16, 26, 10, 12, 22, 8, 10, 9))
    t.title("2026年部门项目支出绩效目标表", 9)
    t.row("单位名称：栖梧县乡村振兴局", None, None, None, None, None, None, "金额单位：万元")
    goal = "补助合作社新建产地冷库8座、购置冷藏车4辆，提升鲜果冷藏和外运能力。"
    indicators(t, ("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标",
                   "三级指标", "指标性质", "指标值", "度量单位"), [
        ("43112726R0031", "合作社冷链设施补助", goal, "产出指标", "数量指标",
         "补助新建产地冷库", "≥", 8, "座"),
        (None, None, None, None, None, "补助购置冷藏车", "≥", 4, "辆"),
        (None, None, None, None, "质量指标", "冷库验收合格率", "=", 100, "%"),
        (None, None, None, None, "时效指标", "补助资金拨付时间", "≤",
         day(2026, 9, 30), None),
        (None, None, None, "成本指标", "经济成本指标", "单座冷库补助标准", "≤", 15, "万元/座"),
        (None, None, None, None, None, "单辆冷藏车补助标准", "≤", 15, "万元/辆"),
        (None, None, None, "效益指标", "经济效益指标", "合作社冷链仓储收入", "≥", 80, "万元"),
        (None, None, None, None, "社会效益指标", "带动脱贫户增收", "≥", 150, "户"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "合作社满意度", "≥", 90, "%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant("kct06-coldchain-stacked", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: one indicator twice in "
         "the first, a quality rate under 时效, the second's money not adding up")  # fmt: skip
def kct06() -> Book:
    b, s = first()
    project_head(s, year=2025, name="合作社冷库运营补贴", dept=DEPT,
                 unit="栖梧县乡村振兴局产业发展股", money=one_year(120, 120, 0),
                 goals=["对20家运营产地冷库的合作社给予电费和运维补贴，保障冷库全年稳定"
                        "运行，带动社员800户。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "补贴冷库运营合作社", "≥20家"),
        (None, None, "冷库运营补贴合作社数量",
         mk("≥20家", "D101", "warning", row=True, alt=("D103",),
            note="the row above with a word more")),
        (None, "质量指标", "冷库用电安全检查覆盖率", "=100%"),
        (None, "时效指标", "冷库温湿度记录合格率",
         mk("≥95%", "F201", "warning", row=True, note="a quality rate under 时效")),
        (None, None, "补贴发放时间", "2025年12月20日前"),
        (None, "成本指标", "单家合作社运营补贴标准", "≤6万元/家"),
        ("效益指标", "社会效益指标", "带动社员户数", "≥800户"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    money = one_year(mk(30, "B101", "error", note="24 + 8 = 32 ≠ 30"), 24, 8)
    project_head(s, year=2025, title="", name="冷链物流人才培训", dept=DEPT,
                 unit="栖梧县农村劳动力培训中心", money=money,
                 goals=["培训合作社冷链从业人员300人次，持证上岗200人。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "培训冷链从业人员", "≥300人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年11月30日前"),
        (None, "成本指标", "人均培训费用", "≤800元/人次"),
        ("效益指标", "社会效益指标", "持证上岗人数", "≥200人"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "罗振坤", "0736-5821467", day(2024, 12, 2))
    return b
