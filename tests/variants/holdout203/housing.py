"""住房和城乡建设局 returns: 公租房维修, 老旧小区改造, 燃气安全, 供水管网, 租赁补贴, 燃气管道
更新, 二次供水 (pe01–pe06, pe17)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout203.common import (
    ONE,
    OPS,
    OPS2,
    TWO,
    book,
    indicators,
    period_sources,
    sign,
    sources,
    wan,
)
from tests.variants.holdout203.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, pct


@variant("pe01-rental-repair-equal", (1, 12), "one-year project, NAT-2021, inline operators; "
         "资金来源 中央补助 + 省级补助 + 市县配套 = 360万元, 1.2万元/套 × 300套 equal to it, a "
         "投诉办结率 with ≥ beside a 投诉率 with ≤ (correct)")  # fmt: skip
def pe01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="公共租赁住房维修改造项目", dept="青岚市住房和城乡建设局（302）",
        unit="青岚市住房保障服务中心", money_label="资金来源（万元）",
        money=sources(wan(360), [("中央补助", wan(180)), ("省级补助", wan(90)),
                                 ("市县配套", wan(90))]),
        goals=["2026年完成300套公共租赁住房维修改造，维修工程质量验收合格率100%，"
               "租户报修响应时长不超过24小时。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "公租房维修改造套数", "≥300套"),
        (None, "质量指标", "维修工程质量验收合格率", "=100%"),
        (None, "时效指标", "租户报修响应时长", "≤24小时"),
        (None, None, "维修改造完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "套均维修改造标准", "≤1.2万元/套"),
        ("效益指标", "社会效益指标", "维修投诉办结率", "≥95%"),
        (None, None, "承租户有效投诉率", "≤2%"),
        (None, "可持续影响指标", "公租房维修长效管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "承租户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "陈思远", "黄慧琳", "0591-86105532")
    return b


@variant("pe02-old-community-equal", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, four sources adding up in both columns, 4万元/户 × 户数 equal to the money "
         "in both, a next-year deadline in the 中期 column (correct)")  # fmt: skip
def pe02() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, years=3, name="城镇老旧小区改造项目", dept="白沙河区住房和城乡建设局（305）",
        unit="白沙河区城市更新服务中心", attr="新增项目",
        money=period_sources(wan(9600), wan(3200), [
            ("中央补助", wan(4800), wan(1600)), ("省级补助", wan(1200), wan(400)),
            ("市县配套", wan(1600), wan(600)), ("专项债券", wan(2000), wan(600))]),
        goals=["2026年至2028年改造老旧小区36个、惠及居民2400户，完成小区供排水、道路和照明等"
               "基础设施改造，改造小区居民满意度达到90%以上。",
               "2026年改造老旧小区12个、惠及居民800户，改造工程竣工验收合格率100%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "改造老旧小区个数", "≥36个", "≥12个"),
        (None, None, "改造惠及居民户数", "≥2400户", "≥800户"),
        (None, None, "改造小区内道路面积", "≥9万平方米", "≥3万平方米"),
        (None, "质量指标", "改造工程竣工验收合格率", "=100%", "=100%"),
        (None, None, "改造后小区基础设施完好率", "≥95%", "≥95%"),
        (None, "时效指标", "改造工程完工时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "户均改造投资标准", "≤4万元/户", "≤4万元/户"),
        ("效益指标", "社会效益指标", "改造小区物业管理覆盖率", "≥80%", "≥60%"),
        (None, "可持续影响指标", "改造小区长效管理机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pe03-gas-accident-ge-rate-count", (1, 11), "one-year project, NAT-2021, operator and "
         "unit columns: a 事故起数 with ≥, a 隐患整改率 given as 120处")  # fmt: skip
def pe03() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 12))
    project_head(
        s, year=2026, name="城镇燃气安全隐患排查整治项目", dept="临溪县住房和城乡建设局（208）",
        unit="临溪县燃气安全监管站",
        money=sources(wan(240), [("省级补助", wan(80)), ("市县配套", wan(120)),
                                 ("单位自筹", wan(40))]),
        goals=["2026年完成居民用户燃气安全入户排查32000户、非居民用户排查1200家，"
               "排查发现的隐患全部整改到位。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "居民用户燃气安全入户排查户数", "≥", 32000, "户"),
        (None, None, "非居民用户燃气安全排查家数", "≥", 1200, "家"),
        (None, "质量指标", "排查发现隐患整改率", "≥",
         mk(120, "T105", "error", row=True, note="a 整改率 needs a percentage, not 120处"), "处"),
        (None, "时效指标", "隐患整改完成时限", "≤", 30, "个工作日"),
        ("成本指标", "经济成本指标", "居民用户入户排查单价", "≤", 60, "元/户"),
        ("效益指标", "社会效益指标", "一般燃气安全事故起数",
         mk("≥", "T108", "warning", row=True, note="an accident count is 反向: ≤ meant"), 2, "起"),
        (None, None, "用户燃气安全知晓率", "≥", 90, "%"),
        (None, "可持续影响指标", "燃气安全隐患排查长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("pe04-water-sources-leak-meters", (8, 11, 12), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: the 中期 资金总额 2400 ≠ 1000 + 400 + 300 + 600, a 漏损率 with ≥, an annual "
         "水表 count above the period's")  # fmt: skip
def pe04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="城市老旧供水管网改造项目",
        dept="青岚市住房和城乡建设局（302）", unit="青岚市供水服务中心",
        money=period_sources(
            mk(wan(2400), "B101", "error", alt=("B102",), note="1000 + 400 + 300 + 600 = 2300"),
            wan(1200), [
                ("中央补助", wan(1000), wan(500)), ("省级补助", wan(400), wan(200)),
                ("市县配套", wan(300), wan(200)), ("专项债券", wan(600), wan(300))]),
        goals=["2026年至2027年改造老旧供水管网80公里，公共供水管网漏损率控制在9%以内，"
               "管网水质综合合格率保持在95%以上。",
               "2026年改造老旧供水管网45公里，年度改造任务于2026年12月31日前完成。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "改造老旧供水管网长度", "≥80公里", "≥45公里"),
        (None, None, "更换智能水表户数", "≥6000户",
         mk("≥8000户", "D201", "error", note="the year's 8000 above the period's 6000")),
        (None, "质量指标", "管网水质综合合格率", "≥95%", "≥95%"),
        (None, "时效指标", "管网改造任务完成时间", "2027年10月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "供水管网改造单价", "≤25万元/公里", "≤25万元/公里"),
        ("效益指标", "社会效益指标", "公共供水管网漏损率",
         mk(mk("≥9%", "T108", "warning", row=True, note="a 漏损率 is 反向: ≤ meant"), "D104",
            "warning", row=True, required=False, note="the goal's 控制在9%以内: the same slip"),
         "≥9%"),
        (None, "生态效益指标", "累计节约水量", "≥30万立方米", "≥12万立方米"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pe05-subsidy-yuan-in-wan", (1, 12), "one-year project, NAT-2021, inline operators: a "
         "省级补助 cell in 元 (1,500,000.00元) inside a 万元 资金来源 block, the indicator "
         "≥1000户 against the goal's 1200户")  # fmt: skip
def pe05() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="城镇住房保障家庭租赁补贴项目", dept="白沙河区住房和城乡建设局（305）",
        unit="白沙河区住房保障服务中心", money_label="资金来源（万元）",
        money=sources(wan(600), [
            ("中央补助", wan(300)),
            ("省级补助", mk(money(1500000, YUAN), "B105", "error",
                            note="1,500,000.00元 in a 万元 block: 150万元 meant")),
            ("市县配套", wan(150)), ("单位自筹", wan(0))]),
        goals=["2026年向1200户城镇住房保障家庭发放租赁补贴，补贴资金按季度足额发放，"
               "保障对象资格复核准确率100%。"],
    )  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the 元 cell read as 万元 breaks the sum")
    b.file_mark("B102", "error", required=False, note="likewise")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "发放租赁补贴户数",
         mk("≥1000户", "D104", "warning", row=True, note="the goal names 1200户")),
        (None, "质量指标", "保障对象资格复核准确率", pct(1)),
        (None, "时效指标", "全年补贴发放完成时间", "2026年12月25日前"),
        ("成本指标", "经济成本指标", "户均租赁补贴标准", "≤5000元/户·年"),
        ("效益指标", "社会效益指标", "符合条件申请家庭保障覆盖率", "≥95%"),
        (None, "可持续影响指标", "租赁补贴动态调整机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受补贴家庭满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pe06-gas-pipe-two-year", (8, 11, 12), "two-year project, NAT-2021, operator column "
         "before 中期 and 年度 values and a unit column, dates typed as dates (a 2027 deadline in "
         "the 中期 column), 事故起数 =0 in both columns, 80万元/公里 × 公里 below the money "
         "(correct)")  # fmt: skip
def pe06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 16, 16, 12))
    project_head(
        s, year=2026, years=2, name="城市燃气管道老化更新改造项目",
        dept="云岫市住房和城乡建设局（311）", unit="云岫市燃气管理处",
        money=period_sources(wan(2600), wan(1000), [
            ("中央补助", wan(1200), wan(500)), ("专项债券", wan(1000), wan(300)),
            ("单位自筹", wan(400), wan(200))]),
        goals=["2026年至2027年更新改造老化燃气管道30公里，完成9000户居民户内燃气设施改造，"
               "燃气泄漏事故零发生。",
               "2026年更新改造老化燃气管道12公里，完成3600户居民户内燃气设施改造。"],
    )  # fmt: skip
    indicators(s, OPS2, [
        ("产出指标", "数量指标", "更新改造燃气管道长度", "≥", 30, 12, "公里"),
        (None, None, "居民户内燃气设施改造户数", "≥", 9000, 3600, "户"),
        (None, "质量指标", "管道焊口无损检测合格率", "=", 100, 100, "%"),
        (None, "时效指标", "改造工程完工时间", "≤", day(2027, 10, 31, CN_DATE),
         day(2026, 12, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "燃气管道更新改造单价", "≤", 80, 80, "万元/公里"),
        ("效益指标", "社会效益指标", "燃气泄漏事故起数", "=", 0, 0, "起"),
        (None, None, "供气安全隐患整改率", "=", 100, 100, "%"),
        (None, "可持续影响指标", "燃气管网数字化监测覆盖率", "≥", 60, 40, "%"),
        ("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant("pe17-secondary-water-second-sheet", (4, 7), "one-year project: the head with 资金来源 "
         "on a first sheet, the indicator table on a second sheet with a note row between tiers, "
         "a 填表说明 and a signature line; a 漏损率 with ≤ (correct)")  # fmt: skip
def pe17() -> Book:
    b, s = book("项目信息")
    project_head(
        s, year=2026, name="二次供水设施改造项目", dept="云岫市住房和城乡建设局（311）",
        unit="云岫市城市供水服务中心", money_label="资金来源（万元）",
        money=sources(wan(800), [("中央补助", wan(320)), ("专项债券", wan(300)),
                                 ("单位自筹", wan(180))]),
        goals=["2026年完成35座二次供水泵房改造，惠及居民14000户，改造后出水水质合格率99%以上。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 18, 26))
    t.title("2026年度二次供水设施改造项目绩效指标", 5)
    indicators(t, (*ONE, "备注"), [
        ("产出指标", "数量指标", "改造二次供水泵房数量", "≥35座", "按竣工验收数统计"),
        (None, None, "改造惠及居民户数", "≥14000户", None),
        (None, "质量指标", "改造后出水水质合格率", "≥99%", "按月抽检"),
        (None, None, "二次供水水压达标率", "≥98%", None),
        (None, "时效指标", "泵房改造完成时间", "2026年10月31日前", None),
    ])  # fmt: skip
    t.row("（成本指标按单座泵房改造造价控制，效益指标由供水服务中心按季度监测）",
          merge=[(1, 5)])  # fmt: skip
    t.table([
        ("成本指标", "经济成本指标", "单座泵房改造标准", "≤20万元/座", "含设备购置及安装"),
        ("效益指标", "社会效益指标", "二次供水设施漏损率", "≤5%", None),
        (None, "可持续影响指标", "泵房远程监控覆盖率", pct(1), "全部接入监控平台"),
        ("满意度指标", "服务对象满意度指标", "用水居民满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    t.skip()
    t.row("填表说明：1. 金额单位为万元；2. 指标值按年度计划标准设定；3. 泵房名单另附。",
          merge=[(1, 5)])  # fmt: skip
    sign(t, "吴泽宇", "冯佳怡", "0592-65328801")
    return b
