"""Multi-year project tables with 中期 and 年度 columns (nr09–nr14)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout164.common import HEAD5, indicators, multi_year, w
from tests.variants.holdout164.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("nr09-affordable-rental-three-years", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns, annual counts below the "
         "中期 counts, per-套 standard within both columns' money; correct")  # fmt: skip
def nr09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, years=3, name="保障性租赁住房建设筹集项目",
                 dept="青岚市住房和城乡建设局 101", unit="青岚市安居集团有限公司",
                 money=multi_year((5400, 4600, 800), (1800, 1500, 300)), attr="新增项目",
                 goals=["三年筹集保障性租赁住房1500套，新开工项目6个，基本解决新市民、"
                        "青年人阶段性住房困难。",
                        "年内筹集保障性租赁住房500套，新开工项目2个，配租入住450户。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "筹集保障性租赁住房套数", "≥1500套", "≥500套"),
        (None, None, "新开工项目个数", "≥6个", "≥2个"),
        (None, "质量指标", "竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度筹集任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每套建设补助标准", "≤3万元/套", "≤3万元/套"),
        ("效益指标", "社会效益指标", "新市民青年人配租入住户数", "≥1350户", "≥450户"),
        (None, "可持续影响指标", "租赁住房管理平台房源纳管率", "≥95%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "承租人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nr10-old-estates-two-years-money-duplicate", (8, 12),
         "two-year project 2026–2027, NAT-2021, 中期 and 年度 columns: 中期资金总额 ≠ 财政拨款 + "
         "其他资金, an indicator copied twice")  # fmt: skip
def nr10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    total = mk(w(3200), "B101", "error", note="2700 + 400 = 3100, not 3200")
    project_head(s, year=2026, years=2, name="城镇老旧小区改造提升项目",
                 dept="河阳区住房和城乡建设局 233", unit="河阳区城市更新服务中心",
                 money=multi_year((total, 2700, 400), (1600, 1400, 200)),
                 goals=["两年完成2000年底前建成的24个老旧小区改造，惠及居民3600户，"
                        "补齐雨污管网、消防、停车等设施短板。",
                        "年内完成12个老旧小区改造，惠及居民1800户。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "改造老旧小区数量", "≥24个", "≥12个"),
        (None, None, "惠及居民户数", "≥3600户", "≥1800户"),
        (None, None, "改造雨污管网长度", "≥15公里", "≥7公里"),
        (None, None, mk("改造老旧小区数量", "D101", "warning", row=True, alt=("D103",),
                        note="the first row copied"), "≥24个", "≥12个"),
        (None, "质量指标", "改造工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "改造任务完工时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "户均改造成本", "≤0.8万元/户", "≤0.8万元/户"),
        ("效益指标", "社会效益指标", "小区公共设施完好率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "改造小区物业管理覆盖率", "≥90%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nr11-urban-village-unit-column", (8,),
         "three-year project 2026–2028, NAT-2021, unit column before the 中期 and 年度 columns, "
         "bare numbers with operators; correct")  # fmt: skip
def nr11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        years=3,
        name="城中村改造项目",
        dept="南浦市住房和城乡建设局 305",
        unit="南浦市城市更新建设有限公司",
        money=multi_year((9000, 7000, 2000), (3000, 2400, 600)),
        attr="新增项目",
        goals=[
            "三年实施3个城中村改造，建设安置住房1800套，安置群众1600户。",
            "年内启动1个城中村改造，建设安置住房600套，安置群众520户。",
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "实施改造城中村个数", "个", "≥3", "≥1"),
        (None, None, "建设安置住房套数", "套", "≥1800", "≥600"),
        (None, "质量指标", "安置住房质量验收合格率", "%", "=100", "=100"),
        (None, "时效指标", "安置住房按期交付率", "%", "≥95", "≥95"),
        ("成本指标", "经济成本指标", "安置住房单位建安成本", "元/平方米", "≤3500", "≤3500"),
        ("效益指标", "社会效益指标", "安置群众户数", "户", "≥1600", "≥520"),
        (None, "生态效益指标", "改造区域新增绿地面积", "平方米", "≥30000", "≥9000"),
        ("满意度指标", "服务对象满意度指标", "被安置群众满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    return b


@variant("nr12-shanty-two-years-year-tier", (5, 8),
         "two-year project 2026–2027, NAT-2021, 中期 and 年度 columns: a 2025 deadline, a "
         "可持续影响指标 under 满意度指标")  # fmt: skip
def nr12() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        years=2,
        name="棚户区改造征收安置项目",
        dept="柳川县住房和城乡建设局 122",
        unit="柳川县房屋征收服务中心",
        money=multi_year((6000, 5000, 1000), (3500, 3000, 500)),
        goals=[
            "两年完成棚户区改造800户，新建安置房700套，消除住房安全隐患。",
            "年内完成征收签约450户，新建安置房400套。",
        ],
    )
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "棚户区改造户数", "≥800户", "≥450户"),
        (None, None, "新建安置房套数", "≥700套", "≥400套"),
        (None, "质量指标", "安置房验收合格率", "=100%", "=100%"),
        (None, "时效指标", "征收签约完成时间", "2027年6月30日前",
         mk("2025年10月31日前", "Y102", "error", alt=("Y101",),
            note="a 2025 date in a 2026–2027 project")),
        ("成本指标", "经济成本指标", "户均征收补偿标准", "≤6.5万元/户", "≤6.5万元/户"),
        ("效益指标", "社会效益指标", "住房安全隐患消除户数", "≥800户", "≥450户"),
        ("满意度指标", "服务对象满意度指标", "被征收户满意度", "≥90%", "≥90%"),
        (None, mk("可持续影响指标", "F105", "error", note="belongs under 效益指标"),
         "安置小区物业管理覆盖率", "≥90%", "≥85%"),
    ])  # fmt: skip
    return b


@variant("nr13-public-rental-percent-cells", (1, 8),
         "three-year project 2026–2028, NAT-2021, operator column, 中期 and 年度 percent cells, "
         "unit column last, a ≤ on a 空置率; correct")  # fmt: skip
def nr13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 16, 30, 10, 14, 14, 10))
    project_head(
        s,
        year=2026,
        years=3,
        name="公租房配租及维修改造项目",
        dept="临溪县住房和城乡建设局 218",
        unit="临溪县住房保障服务中心",
        money=multi_year((1800, 1650, 150), (600, 550, 50)),
        goals=[
            "三年新增配租公租房900户，维修改造公租房1500套，保持房屋安全完好。",
            "年内新增配租300户，维修改造500套。",
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "公租房新增配租户数", "≥", 900, 300, "户"),
        (None, None, "公租房维修改造套数", "≥", 1500, 500, "套"),
        (None, "质量指标", "维修工程验收合格率", "=", pct(1), pct(1), "%"),
        (None, "时效指标", "报修响应时间", "≤", 24, 24, "小时"),
        ("成本指标", "经济成本指标", "单套维修改造成本", "≤", 0.9, 0.9, "万元/套"),
        ("效益指标", "社会效益指标", "公租房空置率", "≤", pct(0.05), pct(0.05), "%"),
        (None, "经济效益指标", "租金收缴率", "≥", pct(0.92), pct(0.90), "%"),
        ("满意度指标", "服务对象满意度指标", "承租户满意度", "≥", pct(0.90), pct(0.90), "%"),
    ])  # fmt: skip
    return b


@variant("nr14-lift-two-years-rates", (8, 11),
         "two-year project 2026–2027, NAT-2021, 中期 and 年度 columns: a ≥ on a 故障率 in the "
         "年度 column, a rate over 100 %")  # fmt: skip
def nr14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        years=2,
        name="既有住宅加装电梯项目",
        dept="松溪区住房和城乡建设局 241",
        unit="松溪区住房和城乡建设局",
        money=multi_year((1000, 800, 200), (500, 400, 100)),
        goals=[
            "两年完成既有住宅加装电梯50台，受益住户600户。",
            "年内完成加装电梯25台，受益住户300户。",
        ],
    )
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "加装电梯台数", "≥50台", "≥25台"),
        (None, "质量指标", "电梯验收合格率", "=100%", "=100%"),
        (None, "时效指标", "加装审批办理时限", "≤20个工作日", "≤20个工作日"),
        ("成本指标", "经济成本指标", "每台补助标准", "≤15万元/台", "≤15万元/台"),
        ("效益指标", "社会效益指标", "受益住户数", "≥600户", "≥300户"),
        (None, None, "加装电梯故障率", "≤3%",
         mk("≥3%", "T108", "warning", row=True, alt=("D203",),
            note="a 故障率 is 反向; the 中期 column has ≤")),
        (None, "可持续影响指标", "电梯维保合同签订率", "=100%",
         mk("110%", "T106", "error", alt=("D203",),
            note="=100% meant; the 中期 column has =100%")),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
