"""One-year project returns (oq01–oq06): column B start, blank column E, 万元 and 元 blocks."""

from __future__ import annotations

from tests.variants.holdout189.common import indicators, project, sheet, sign, sources, title
from tests.variants.holdout189.registry import variant
from tests.variants.kit import Book, C, mk, pct

VALUES = (1, 12)


@variant(
    "oq01-farmland-upkeep",
    VALUES,
    "one-year project, NAT-2021, table from column B, blank column E, unit column mixed with "
    "units in values, a range for satisfaction, 资金来源 in 元 under 项目资金 in 万元",
)
def oq01() -> Book:
    b = Book()
    s = sheet(b)
    title(s, "2027年度项目支出绩效目标申报表")
    project(
        s,
        year=2027,
        name="临溪县高标准农田建后管护",
        dept="临溪县农业农村局",
        unit="临溪县农田建设服务中心",
        money=[("年度资金总额", 85, "其中：财政拨款", 85), (None, None, "其他资金", 0)],
        goals=["完成全县12000亩高标准农田建后管护，修复损毁沟渠35公里，保障设施正常运行。"],
    )
    sources(s, [400000, 250000, 120000, 80000, 850000])
    indicators(
        s,
        [
            ("产出指标", "数量指标", "管护高标准农田面积", "≥12000", "亩"),
            (None, None, "修复损毁沟渠长度", "≥35公里", None),
            (None, "质量指标", "管护设施完好率", "≥95%", None),
            (None, "时效指标", "管护任务\n完成时间", "2027年11月30日前", None),
            ("成本指标", "经济成本指标", "每亩管护成本", "≤60", "元/亩"),
            ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥30", "公斤"),
            (None, "可持续影响指标", "农田管护长效机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "90%-95%", None),
        ],
    )
    sign(s, "周明远", "2026年10月18日", "注：本表金额除资金来源外均以万元为单位。")
    return b


@variant(
    "oq02-home-care",
    VALUES,
    "one-year project, OLD-NAT (成本指标 under 产出), bare numbers with a 计量单位 column, "
    "an accident count =0起, 资金来源 in 元",
)
def oq02() -> Book:
    b = Book()
    s = sheet(b)
    title(s, "2027年度项目支出绩效目标表")
    project(
        s,
        year=2027,
        name="白沙河区困难老人居家养老服务",
        dept="白沙河区民政局",
        unit="白沙河区养老服务指导中心",
        money=[
            ("年度资金总额", 146.4, "其中：财政拨款", 146.4),
            (None, None, "其他资金", 0),
        ],
        goals=["为610名经济困难老人提供每月上门居家养老服务，服务响应时间不超过24小时。"],
    )
    sources(s, [500000, 420000, 300000, 244000, 1464000])
    indicators(
        s,
        [
            ("产出指标", "数量指标", "服务困难老人人数", 610, "人"),
            (None, None, "上门服务人次", "≥7320人次", None),
            (None, "质量指标", "服务质量抽查合格率", "≥95", "%"),
            (None, "时效指标", "服务响应时间", "≤24", "小时"),
            (None, "成本指标", "每人每月服务补助标准", "≤200", "元/人·月"),
            ("效益指标", "社会效益指标", "独居老人定期探访覆盖率", pct(1), None),
            (None, None, "服务安全责任事故", "=0", "起"),
            (None, "可持续影响指标", "居家养老服务机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%", None),
        ],
    )
    sign(s, "韩静", "2026年10月25日")
    return b


@variant(
    "oq03-road-upkeep-unit-sources",
    VALUES,
    "one-year project, NAT-2021: a value with its unit against the 计量单位 column, the "
    "资金来源 amounts not adding up to their 合计",
)
def oq03() -> Book:
    b = Book()
    s = sheet(b)
    title(s, "2027年度项目支出绩效目标申报表")
    project(
        s,
        year=2027,
        name="东岭镇农村公路日常养护",
        dept="柳湾县交通运输局",
        unit="东岭镇人民政府",
        money=[("年度资金总额", 80, "其中：财政拨款", 80), (None, None, "其他资金", 0)],
        goals=["完成东岭镇46公里农村公路日常养护，维修桥涵8座，优良中等路率达到85%以上。"],
    )
    sources(
        s,
        [
            300000,
            200000,
            150000,
            100000,
            mk(
                800000,
                "B101",
                "error",
                row=True,
                alt=("B102",),
                note="300000+200000+150000+100000=750000，不是合计800000",
            ),
        ],
    )
    indicators(
        s,
        [
            (
                "产出指标",
                "数量指标",
                "日常养护农村公路里程",
                mk("≥46公里", "T112", "error", note="值中的单位公里与计量单位列的座不一致"),
                "座",
            ),
            (None, None, "维修桥涵数量", "≥8", "座"),
            (None, "质量指标", "优良中等路率", "≥85%", None),
            (None, "时效指标", "养护任务完成时间", "2027年12月20日前", None),
            ("成本指标", "经济成本指标", "每公里年养护成本", "≤15000", "元/公里"),
            ("效益指标", "社会效益指标", "农村公路通行条件", "有效改善", None),
            (None, "可持续影响指标", "养护管理制度", "健全", None),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", None),
        ],
    )
    sign(s, "罗家成", "2026年11月2日")
    return b


@variant(
    "oq04-clinic-training-ranges",
    VALUES,
    "one-year project, NAT-2021: ranges (90%-95%, 3至5天), Alt+Enter names, unit column",
)
def oq04() -> Book:
    b = Book()
    s = sheet(b)
    title(s, "2027年度项目支出绩效目标申报表")
    project(
        s,
        year=2027,
        name="青岚市基层医务人员能力提升培训",
        dept="青岚市卫生健康委员会",
        unit="青岚市卫生健康培训中心",
        money=[
            ("年度资金总额", 62.5, "其中：财政拨款", 62.5),
            (None, None, "其他资金", 0),
        ],
        goals=["举办10期基层医务人员培训班，培训500人，提升基层常见病诊疗能力。"],
    )
    sources(s, [250000, 200000, 125000, 50000, 625000])
    indicators(
        s,
        [
            ("产出指标", "数量指标", "培训基层医务人员人数", "≥500人", None),
            (None, None, "举办培训班\n期数", "≥10", "期"),
            (None, "质量指标", "培训考核合格率", "90%-95%", None),
            (None, "时效指标", "每期培训时长", "3至5天", None),
            ("成本指标", "经济成本指标", "人均培训成本", "≤1200", "元/人"),
            ("效益指标", "社会效益指标", "基层常见病诊疗能力", "提升", None),
            (None, "可持续影响指标", "基层医务人员\n培训机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", None),
        ],
    )
    sign(s, "沈慧", "2026年10月30日")
    return b


@variant(
    "oq05-irrigation-range-direction",
    VALUES,
    "one-year project, NAT-2021: a 合格率 range reaching past 100%, a 反向 rate with ≥",
)
def oq05() -> Book:
    b = Book()
    s = sheet(b)
    title(s, "2027年度项目支出绩效目标申报表")
    project(
        s,
        year=2027,
        name="柳湾县小型农田水利设施维修",
        dept="柳湾县水利局",
        unit="柳湾县农村水利服务站",
        money=[("年度资金总额", 96, "其中：财政拨款", 96), (None, None, "其他资金", 0)],
        goals=["维修小型泵站12座、渠道18公里，恢复灌溉面积6000亩。"],
    )
    sources(s, [450000, 260000, 150000, 100000, 960000])
    indicators(
        s,
        [
            ("产出指标", "数量指标", "维修小型泵站", "≥12", "座"),
            (None, None, "维修灌溉渠道长度", "≥18公里", None),
            (
                None,
                "质量指标",
                "工程验收合格率",
                mk("95%-105%", "T106", "error", note="合格率的区间上限超过100%"),
                None,
            ),
            (
                None,
                None,
                "工程返修率",
                mk("≥3%", "T108", "warning", row=True, note="返修率是反向指标，应为≤"),
                None,
            ),
            (None, "时效指标", "维修工程完工时间", "2027年4月30日前", None),
            ("成本指标", "经济成本指标", "每座泵站维修成本", "≤48000", "元/座"),
            ("效益指标", "经济效益指标", "项目区灌溉保证率", "≥85%", None),
            (None, "可持续影响指标", "设施管护责任落实", "到位", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None),
        ],
    )
    sign(s, "郑国栋", "2026年10月21日")
    return b


@variant(
    "oq06-culture-shows-percent-cells",
    VALUES,
    "one-year project, OLD-NAT: percent cells as Excel stores them, 万元 in the number format, "
    "a range 3至5场 per township, an accident count =0起",
)
def oq06() -> Book:
    b = Book()
    s = sheet(b)
    title(s, "2027年度项目支出绩效目标表")
    project(
        s,
        year=2027,
        name="青岚市公共文化惠民演出",
        dept="青岚市文化广电旅游局",
        unit="青岚市文化馆",
        money=[
            (
                "年度资金总额",
                C(54, '0.00"万元"'),
                "其中：财政拨款",
                C(54, '0.00"万元"'),
            ),
            (None, None, "其他资金", C(0, '0.00"万元"')),
        ],
        goals=["全年送文艺演出下乡120场，覆盖全市30个乡镇，观众不少于3万人次。"],
    )
    sources(s, [0, 180000, 260000, 100000, 540000])
    indicators(
        s,
        [
            ("产出指标", "数量指标", "送文艺演出下乡场次", "≥120", "场"),
            (None, None, "每个乡镇演出场次", "3至5场", None),
            (None, None, "观众人次", "≥30000", "人次"),
            (None, "质量指标", "演出节目审查通过率", pct(1), None),
            (None, "时效指标", "演出计划\n完成时间", "2027年11月30日前", None),
            (None, "成本指标", "每场演出补助标准", "≤4500", "元/场"),
            ("效益指标", "社会效益指标", "演出安全责任事故", "=0起", None),
            (None, "可持续影响指标", "文化惠民演出机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "观众满意度", C(0.9, '"≥"0%'), None),
        ],
    )
    sign(s, "陶芸", "2026年11月6日", "注：演出场次含乡镇综合文化站承办场次。")
    return b
