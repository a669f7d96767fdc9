"""One-year project tables (nr01–nr08): values inline, operator and unit columns, a direction
column, percent cells, a weight column, footnotes and signature lines."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout164.common import HEAD4, indicators, one_year, w
from tests.variants.holdout164.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("nr01-affordable-rental-inline", (1,),
         "project, NAT-2021, one value column with operators inside; correct")  # fmt: skip
def nr01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="保障性租赁住房筹集项目", dept="青川县住房和城乡建设局 417",
                 unit="青川县住房保障服务中心", money=one_year(1260, 1060, 200),
                 goals=["通过新建和改建非居住存量房屋筹集保障性租赁住房420套，年内完成配租，"
                        "缓解新市民、青年人阶段性住房困难。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "筹集保障性租赁住房套数", "≥420套"),
        (None, None, "改建非居住存量房屋面积", "≥1.8万平方米"),
        (None, "质量指标", "房屋竣工验收合格率", "=100%"),
        (None, None, "筹集房源质量安全事故", "=0起"),
        (None, "时效指标", "房源配租完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "每套筹集补助标准", "≤2.8万元/套"),
        ("效益指标", "社会效益指标", "保障对象入住率", "≥90%"),
        (None, "可持续影响指标", "房源长期运营管理机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "承租人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nr02-public-rental-operator-column", (1,),
         "project, NAT-2021, operator column 指标性质 and unit column, percent cells, a ≤ on a "
         "空置率 and an =0起 accident count; correct")  # fmt: skip
def nr02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="公共租赁住房运营管理项目", dept="白溪市住房和城乡建设局 302",
                 unit="白溪市住房保障服务中心", money=one_year(560, 500, 60), attr="常年项目",
                 goals=["做好全市3200套公租房的日常运营、维修养护和租金收缴，保持房屋安全完好，"
                        "提升承租户居住体验。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "公租房在管套数", "≥", 3200, "套"),
        (None, None, "入户巡查覆盖率", "≥", pct(0.95), "%"),
        (None, "质量指标", "房屋维修及时率", "≥", pct(0.95), "%"),
        (None, None, "安全责任事故", "=", 0, "起"),
        (None, "时效指标", "报修响应时间", "≤", 48, "小时"),
        ("成本指标", "经济成本指标", "单套年度运营维护成本", "≤", 1500, "元/套"),
        ("效益指标", "社会效益指标", "公租房空置率", "≤", pct(0.05), "%"),
        (None, "经济效益指标", "租金收缴率", "≥", pct(0.92), "%"),
        (None, "可持续影响指标", "公租房退出管理机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "承租户满意度", "≥", pct(0.90), "%"),
    ])  # fmt: skip
    return b


@variant("nr03-old-estates-money", (12, 1),
         "project, NAT-2021, one value column: 资金总额 ≠ 财政拨款 + 其他资金, a per-户 standard × "
         "the households above the money")  # fmt: skip
def nr03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    total = mk(w(2350), "B101", "error", note="2100 + 150 = 2250, not 2350")
    project_head(
        s,
        year=2026,
        name="城镇老旧小区改造项目",
        dept="梧岭县住房和城乡建设局 215",
        unit="梧岭县城市更新服务中心",
        money=one_year(total, 2100, 150),
        goals=["完成18个城镇老旧小区改造，惠及居民2600户，改善小区基础设施和居住环境。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造小区数量", "≥18个"),
        (None, None, "惠及居民户数", "≥2600户"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, None, "施工安全事故", "=0起"),
        (None, "时效指标", "改造完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "户均改造补助标准",
         mk("≤1.0万元/户", "B107", "warning", row=True,
            note="2600户 × 1.0万元 = 2600万元, above the money (2250 or 2350)")),
        ("效益指标", "社会效益指标", "小区基础设施完好率", "≥95%"),
        (None, "可持续影响指标", "建立长效管理机制的小区占比", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nr04-rent-subsidy-direction-column", (11, 1),
         "project, NAT-2021, values with operators, unit column, 指标方向 (正向/反向); a per-户 "
         "standard × households within the money; correct")  # fmt: skip
def nr04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="城镇住房保障家庭租赁补贴发放项目",
        dept="青岚市房产管理局 118",
        unit="青岚市住房保障中心",
        money=one_year(900, 820, 80),
        attr="常年项目",
        goals=["按季度向1200户城镇住房保障家庭发放租赁补贴，做到应保尽保、按时足额。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向"), [
        ("产出指标", "数量指标", "发放租赁补贴户数", "≥1200", "户", "正向"),
        (None, None, "补贴资金发放批次", "=4", "次", "正向"),
        (None, "质量指标", "补贴对象资格审核准确率", "≥98", "%", "正向"),
        (None, "时效指标", "补贴资金到户及时率", "≥95", "%", "正向"),
        ("成本指标", "经济成本指标", "户均年度补贴标准", "≤7200", "元/户", "反向"),
        ("效益指标", "社会效益指标", "符合条件的住房困难家庭应保尽保率", "=100", "%", "正向"),
        (None, "可持续影响指标", "保障对象动态复核率", "≥95", "%", "正向"),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90", "%", "正向"),
    ])  # fmt: skip
    return b


@variant(
    "nr05-lift-retrofit-rates",
    (1,),
    "project, NAT-2021, one value column: a rate over 100 %, a 完工率 given as a count",
)
def nr05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="既有住宅加装电梯补助项目",
        dept="东渚区住房和城乡建设局 226",
        unit="东渚区住房和城乡建设局",
        money=one_year(600, 480, 120),
        goals=["对符合条件的既有多层住宅加装电梯给予补助，全年完成加装电梯25台。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "加装电梯数量", "≥25台"),
        (None, None, "受益住户数", "≥300户"),
        (None, "质量指标", "加装电梯验收合格率", mk("≥105%", "T106", "error")),
        (None, None, "施工安全事故", "=0起"),
        (None, "时效指标", "加装电梯完工率", mk("25台", "T105", "error")),
        (None, None, "项目完工时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "每台电梯财政补助标准", "≤20万元/台"),
        ("效益指标", "社会效益指标", "受益老年居民人数", "≥180人"),
        (None, "可持续影响指标", "电梯维保责任落实率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "受益住户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nr06-property-footnotes", (4,),
         "project, NAT-2021, one value column, a 投诉量增长率 ≤0%, footnotes and signature lines "
         "with a fill date in the year before; correct")  # fmt: skip
def nr06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="住宅小区物业管理提升项目", dept="栖霞区房产管理局 031",
                 unit="栖霞区物业管理服务中心", money=one_year(300, 300, 0),
                 goals=["对辖区60个住宅小区开展物业服务质量考评并公开结果，培训物业从业人员，"
                        "推动物业服务质量提升。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "物业服务质量考评小区数", "≥60个"),
        (None, None, "物业从业人员培训人次", "≥800人次"),
        (None, "质量指标", "考评结果公开率", "=100%"),
        (None, "时效指标", "年度考评完成时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "单个小区考评费用", "≤1.5万元/个"),
        ("效益指标", "社会效益指标", "物业服务投诉量增长率", "≤0%"),
        (None, None, "住宅小区业主委员会组建率", "≥60%"),
        (None, "可持续影响指标", "物业服务考评长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "业主满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    s.row("注：本表金额单位为万元；考评小区名单另附。", merge=[(1, 4)])
    s.row("填表人：韦思远", None, "审核人：龚丽华", "联系电话：0591-6623418")
    s.row("填报日期：", day(2025, 12, 8, 'yyyy"年"m"月"d"日"'))
    return b


@variant(
    "nr07-urban-village-direction-vague",
    (11,),
    "project, NAT-2021, one value column: a ≥ on a 空置率, a quantity given as 按计划完成",
)
def nr07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="城中村改造安置项目",
        dept="溪口市住房和城乡建设局 509",
        unit="溪口市城市更新建设有限公司",
        money=one_year(3000, 2600, 400),
        attr="新增项目",
        goals=["实施2个城中村改造，建设安置房460套并于年内交付，改善群众居住条件。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造城中村个数", "≥2个"),
        (None, None, "拆除违章建筑面积",
         mk("按计划完成", "T102", "warning", note="an area with no number")),
        (None, None, "建设安置房套数", "≥460套"),
        (None, "质量指标", "安置房竣工验收合格率", "=100%"),
        (None, "时效指标", "安置房交付时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "安置房建安成本", "≤3200元/平方米"),
        ("效益指标", "社会效益指标", "安置房空置率",
         mk("≥5%", "T108", "warning", row=True, note="a 空置率 is 反向: ≤ is meant")),
        (None, None, "被征收户安置率", "≥95%"),
        (None, "可持续影响指标", "改造区域长效管护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "被安置群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "nr08-shanty-weights",
    (10,),
    "project, NAT-2021, one value column and a 权重 column adding up to 100; correct",
)
def nr08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="棚户区改造项目",
        dept="石门县住房和城乡建设局 144",
        unit="石门县棚户区改造服务中心",
        money=one_year(4500, 3800, 700),
        goals=["开工改造棚户区住房350套，货币化安置120户，消除住房安全隐患。"],
    )
    indicators(s, (*HEAD4, "权重"), [
        ("产出指标", "数量指标", "棚户区改造开工套数", "≥350套", 10),
        (None, None, "货币化安置户数", "≥120户", 10),
        (None, "质量指标", "工程质量验收合格率", "=100%", 10),
        (None, None, "施工安全事故", "=0起", 10),
        (None, "时效指标", "开工时间", "2026年6月30日前", 10),
        ("成本指标", "经济成本指标", "货币化安置户均补偿标准", "≤18万元/户", 10),
        ("效益指标", "社会效益指标", "住房条件改善户数", "≥470户", 10),
        (None, None, "住房安全隐患消除率", "=100%", 10),
        (None, "可持续影响指标", "安置小区物业管理覆盖率", "≥90%", 10),
        ("满意度指标", "服务对象满意度指标", "被安置居民满意度", "≥90%", 10),
    ])  # fmt: skip
    return b
