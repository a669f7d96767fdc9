"""Project tables (§3.1) of the 88th held-out set, one-year and two-year: kt01–kt06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout88.common import OPS6, filled_down, header, signature
from tests.variants.holdout88.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct


@variant(
    "kt01-rural-road-upkeep",
    (11, 12),
    "project, NAT-2021, one year, 比较符 and 计量单位 "
    "columns, merged tiers, a cost per km × km inside the budget (correct)",
)
def kt01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 16, 12))
    project_head(
        s,
        year=2026,
        name="汐川县农村公路日常养护及危桥改造",
        dept="汐川县交通运输局（512003）",
        unit="汐川县公路养护中心",
        money=[
            ("年度资金总额", money(186.4, WAN), "其中：财政拨款", money(150, WAN)),
            ("其他资金", money(36.4, WAN), None, None),
        ],
        goals=[
            "2026年完成全县300公里农村公路日常养护，改造危桥4座，补设安全防护设施12公里，"
            "养护路段优良路率达到85%以上，保障群众安全便捷出行。"
        ],
        attr="常年项目",
    )
    header(s, *OPS6)
    rows = [
        ("成本指标", "经济成本指标", "每公里年养护成本", "≤", 0.62, "万元/公里"),
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥", 300, "公里"),
        (None, None, "危桥改造数量", "≥", 4, "座"),
        (None, None, "安全防护设施补设长度", "≥", 12, "公里"),
        (None, "质量指标", "养护路段优良路率", "≥", pct(0.85), "%"),
        (None, None, "危桥改造工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "危桥改造完工时间", "≤", "2026年11月30日", "—"),
        (None, None, "路面病害处置时限", "≤", 7, "天"),
        ("效益指标", "社会效益指标", "公路技术状况指数（MQI）", "≥", 80, "分"),
        (None, None, "养护路段交通事故发生率", "≤", pct(0.02), "%"),
        (None, "可持续影响指标", "农村公路管养长效机制", "定性", "健全", "—"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"),
    ]
    s.table(rows, merged=(1, 2))
    signature(s, "陈雨萌", "0736-5521 408", 2025, 11, 18, "黄立军")
    return b


@variant(
    "kt02-grassland-fire-watch",
    (2, 11),
    "project, OLD-NAT, one year, values with "
    "operators inside, 指标方向 column: a deadline in the next year, a 反向 rate with ≥",
)
def kt02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 10, 20))
    project_head(
        s,
        year=2026,
        name="朔阳市草原森林防火监测巡护项目",
        dept="朔阳市林业和草原局（308011）",
        unit="朔阳市森林草原防火指挥中心",
        money=[
            ("年度资金总额", money(96, WAN), "其中：财政拨款", money(96, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "2026年完成防火期巡护不少于180天，建成视频监控点位8处，开展防火宣传20场，"
            "火情发现后1小时内处置，森林草原火灾受害率控制在0.9‰以内。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "指标方向", "备注")
    rows = [
        ("产出指标", "数量指标", "防火期巡护天数", "≥180天", "正向", None),
        (None, None, "视频监控点位建设数量", "≥8处", "正向", None),
        (None, None, "防火宣传活动场次", "≥20场", "正向", None),
        (None, None, "专职巡护员配备人数", "≥45人", "正向", None),
        (None, "质量指标", "监控设备完好率", "≥95%", "正向", None),
        (None, None, "巡护记录填报完整率", "≥98%", "正向", None),
        (
            None,
            "时效指标",
            "监控点位建成时间",
            mk(
                "2027年3月31日前",
                "Y102",
                "error",
                alt=("Y101",),
                note="one-year project of 2026: the deadline lies after the budget year",
            ),
            "反向",
            None,
        ),
        (None, None, "火情处置响应时间", "≤1小时", "反向", None),
        (None, "成本指标", "巡护员劳务补助标准", "≤1500元/人·月", "反向", "按防火期6个月计"),
        (
            "效益指标",
            "生态效益指标",
            mk(
                "森林草原火灾受害率",
                "T108",
                "warning",
                row=True,
                alt=("D104",),
                note="a 反向 rate (受害率) with ≥: the text says 控制在0.9‰以内",
            ),
            "≥0.9‰",
            "反向",
            None,
        ),
        (None, "社会效益指标", "群众防火知晓率", "≥90%", "正向", None),
        (None, "可持续影响指标", "防火巡护网格化管理", "持续运行", "正向", None),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "正向", None),
    ]
    s.table(rows, merged=(1, 2))
    signature(s, "郭晓峰", "0472-6613 220", 2025, 11, 25)
    return b


@variant(
    "kt03-elder-meal-aid",
    (11, 12),
    "project, NAT-2021, one year, values inline and a "
    "指标值说明 column: a cost standard × count above the budget, 万人 in a name with 人",
)
def kt03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 24, 10))
    project_head(
        s,
        year=2026,
        name="青枫区社区老年助餐服务补贴",
        dept="青枫区民政局（207004）",
        unit="青枫区养老服务指导中心",
        money=[
            ("年度资金总额", money(78, WAN), "其中：财政拨款", money(70, WAN)),
            ("其他资金", money(8, WAN), None, None),
        ],
        goals=[
            "2026年在全区42个社区助餐点为60岁以上老年人提供助餐服务，按每人次3元给予补贴，"
            "全年服务不少于30万人次，助餐服务覆盖老年人口3000人以上。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "指标值说明", None)
    rows = [
        (
            "成本指标",
            "经济成本指标",
            mk(
                "助餐补贴标准",
                "B107",
                "warning",
                row=True,
                note="3元/人次 × 300000人次 = 90万元 > 年度资金 78万元",
            ),
            "≤3元/人次",
            "按区政府助餐补贴办法",
        ),
        ("产出指标", "数量指标", "助餐服务人次", "≥300000人次", "全年累计"),
        (None, None, "运营社区助餐点数量", "≥42个", "含新增6个"),
        (None, None, "助餐点食品安全检查次数", "≥4次", "每季度1次"),
        (None, "质量指标", "助餐点食品安全检查合格率", "≥98%", None),
        (None, None, "补贴资金发放准确率", "=100%", None),
        (None, "时效指标", "补贴资金拨付及时率", "≥95%", "按季度拨付"),
        (
            "效益指标",
            "社会效益指标",
            mk(
                "助餐服务覆盖老年人口（万人）",
                "T119",
                "warning",
                row=True,
                alt=("T112", "T110"),
                note="the name says 万人, the value ≥3000人 (0.3万人)",
            ),
            "≥3000人",
            "60岁以上户籍老年人",
        ),
        (None, None, "高龄独居老人助餐服务覆盖率", "≥80%", None),
        (None, "可持续影响指标", "社区助餐服务网络", "持续完善", None),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥90%", "第三方抽样调查"),
    ]
    s.table(rows, merged=(1, 2))
    signature(s, "唐敏", "0591-8873 6620", 2025, 11, 20, "罗建平")
    return b


@variant(
    "kt04-school-canteen-two-years",
    (8, 12),
    "two-year project, OLD-NAT, 比较符 and "
    "中期/年度 columns with a unit column, annual below period (correct)",
)
def kt04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 14, 28, 9, 14, 14, 10))
    project_head(
        s,
        year=2026,
        years=2,
        name="檀溪县农村学校食堂提升改造（2026—2027年）",
        dept="檀溪县教育局（401002）",
        unit="檀溪县教育技术装备中心",
        money=[
            ("中期资金总额", money(420, WAN), "年度资金总额", money(260, WAN)),
            ("其中：财政拨款", money(380, WAN), "其中：财政拨款", money(240, WAN)),
            ("其他资金", money(40, WAN), "其他资金", money(20, WAN)),
        ],
        goals=[
            "2026—2027年完成全县24所农村学校食堂改造，更新厨房设备240套，"
            "食堂食品安全量化等级B级以上达到100%，惠及寄宿生9000人。",
            "2026年完成15所学校食堂改造，更新厨房设备150套，惠及寄宿生5600人。",
        ],
        attr="新增项目",
    )
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "改造学校食堂数量", "≥", 24, 15, "所"),
        (None, None, "更新厨房设备", "≥", 240, 150, "套"),
        (None, None, "食堂从业人员培训人次", "≥", 400, 220, "人次"),
        (None, "质量指标", "改造工程验收合格率", "=", pct(1), pct(1), "%"),
        (None, None, "食品安全量化等级B级以上学校占比", "=", pct(1), pct(1), "%"),
        (None, "时效指标", "年度改造任务完成率", "≥", pct(0.95), pct(0.95), "%"),
        (None, "成本指标", "单所食堂平均改造成本", "≤", 17, 17, "万元/所"),
        ("效益指标", "社会效益指标", "受益寄宿生人数", "≥", 9000, 5600, "人"),
        (None, None, "学校食品安全事故发生数", "≤", 0, 0, "起"),
        (None, "可持续影响指标", "食堂运营管理制度完善率", "≥", pct(0.95), pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", pct(0.9), pct(0.9), "%"),
    ]
    s.table(rows, merged=(1, 2))
    signature(s, "吴佳", "0745-3321 805", 2025, 11, 12)
    return b


@variant(
    "kt05-reservoir-water-monitoring",
    (1, 11),
    "project, NAT-2021, one year, 比较符 "
    "column and percent cells: a goal of another year, a rate above 100 %, the same "
    "indicator twice with two values",
)
def kt05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 16, 12))
    project_head(
        s,
        year=2026,
        name="汐川县饮用水水源地水质监测",
        dept="汐川县生态环境分局（613008）",
        unit="汐川县环境监测站",
        money=[
            ("年度资金总额", money(58.2, WAN), "其中：财政拨款", money(58.2, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            mk(
                "2025年对全县6个集中式饮用水水源地开展每月1次常规监测和1次全分析，出具监测报告"
                "78份，水源地水质达标率保持100%。",
                "Y101",
                "error",
                alt=("Y103",),
                note="the 2026 table's goal names 2025",
            ),
        ],
    )
    header(s, *OPS6)
    rows = [
        ("成本指标", "经济成本指标", "单份监测报告平均成本", "≤", 0.74, "万元/份"),
        ("产出指标", "数量指标", "监测水源地数量", "=", 6, "个"),
        (None, None, "出具监测报告数量", "≥", 78, "份"),
        (None, None, "常规监测频次", "≥", 12, "次/年"),
        (
            None,
            None,
            mk(
                "出具监测报告数量",
                "D102",
                "error",
                row=True,
                alt=("D101", "D103", "D104"),
                note="the same indicator two rows above, 60份 against 78份",
            ),
            "≥",
            60,
            "份",
        ),
        (
            None,
            "质量指标",
            "监测数据有效率",
            "≥",
            mk(pct(1.05), "T106", "error", note="a 有效率 of 105 %"),
            "%",
        ),
        (None, None, "实验室能力验证合格率", "=", pct(1), "%"),
        (None, "时效指标", "监测报告报送及时率", "≥", pct(0.95), "%"),
        (None, None, "水质异常预警发布时限", "≤", 24, "小时"),
        ("效益指标", "生态效益指标", "水源地水质达标率", "=", pct(1), "%"),
        (None, "社会效益指标", "水源地供水保障人口", "≥", 21, "万人"),
        (None, "可持续影响指标", "水源地监测信息公开机制", "定性", "健全", "—"),
        ("满意度指标", "服务对象满意度指标", "供水单位满意度", "≥", pct(0.9), "%"),
    ]
    s.table(rows, merged=(1, 2))
    signature(s, "钱思远", "0736-5588 132", 2025, 11, 21, "丁一")
    return b


@variant(
    "kt06-library-reading-weights",
    (10,),
    "project, NAT-2021, one year, tiers filled "
    "down in every row, 指标值 with units inside and a 权重 column adding to 100 (correct)",
)
def kt06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 16, 8))
    project_head(
        s,
        year=2026,
        name="朔阳市全民阅读推广活动",
        dept="朔阳市文化广电和旅游局（305020）",
        unit="朔阳市图书馆",
        money=[
            ("年度资金总额", money(64, WAN), "其中：财政拨款", money(60, WAN)),
            ("其他资金", money(4, WAN), None, None),
        ],
        goals=[
            "2026年举办阅读推广活动120场，新建城市书房3处，新增图书1.2万册，读者满意度达到90%以上。"
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "权重")
    rows = filled_down(
        [
            ("成本指标", "经济成本指标", "单场活动平均成本", "≤", "0.2万元/场", 5),
            (None, None, "城市书房单处建设成本", "≤", "12万元/处", 5),
            ("产出指标", "数量指标", "阅读推广活动场次", "≥", "120场", 10),
            (None, None, "新建城市书房数量", "≥", "3处", 10),
            (None, None, "新增馆藏图书", "≥", "1.2万册", 10),
            (None, "质量指标", "新增图书编目加工合格率", "≥", pct(0.98), 10),
            (None, "时效指标", "城市书房开放时间", "≤", "2026年9月30日", 10),
            ("效益指标", "社会效益指标", "年到馆读者人次", "≥", "45万人次", 10),
            (None, None, "少儿读者借阅量增长率", "≥", pct(0.05), 10),
            (None, "可持续影响指标", "城市书房持续开放", "定性", "全年开放", 10),
            ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", pct(0.9), 10),
        ]
    )
    s.table(rows)
    s.row(None, None, "合计", None, None, 100)
    signature(s, "孔令雯", "0477-2230 819", 2025, 11, 26)
    return b
