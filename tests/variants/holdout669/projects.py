"""One-year project returns: flax retting, linseed pressing, asparagus grading and planting."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout669.common import YEAR, details, indicators, note, one_year, sign, start
from tests.variants.holdout669.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "hc01-flax-retting",
    (1, 5),
    "project, NAT-2021, numbered tier labels, operator and "
    "unit columns, typed percents, 万元 in the number format (correct)",
)
def hc01() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="亚麻温水沤麻示范推广项目",
        dept="桦溪县农业农村局 317",
        unit="桦溪县经济作物技术推广站",
        money=one_year(48, 40, 8),
        goals=[
            "在北岗、柳泊两镇推广温水沤麻示范300亩（其中新建200亩、改造100亩），"
            "改造沤麻池24座，沤麻废水化学需氧量下降15%以上，亚麻长麻率达到18%以上。"
        ],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    rows = [
        ("一、产出指标", "（一）数量指标", "温水沤麻示范面积", "≥", 300, "亩"),
        (None, None, "沤麻池改造数量", "≥", 24, "座"),
        (None, "（二）质量指标", "亚麻长麻率", "≥", pct(0.18), "%"),
        (None, None, "打成麻等级合格率", "≥", pct(0.95), "%"),
        (None, "（三）时效指标", "沤麻池改造完成时间", "≤", day(YEAR, 7, 31, CN_DATE), None),
        ("二、成本指标", "（一）经济成本指标", "沤麻池改造补助标准", "≤", 1.2, "万元/座"),
        (None, None, "示范技术服务费标准", "≤", 300, "元/亩"),
        (None, "（二）生态环境成本指标", "沤麻废水超标排放事件", "≤", 0, "起"),
        ("三、效益指标", "（一）经济效益指标", "示范户亩均增收", "≥", 260, "元"),
        (None, "（二）生态效益指标", "沤麻废水化学需氧量下降率", "≥", pct(0.15), "%"),
        (None, "（三）可持续影响指标", "温水沤麻设施使用年限", "≥", 5, "年"),
        ("四、满意度指标", "（一）服务对象满意度指标", "示范户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, head, rows)
    note(
        s, "注：沤麻池改造24座×1.2万元=28.8万元，示范技术服务300亩×300元=9万元，其余用于水质监测。"
    )
    sign(s, "韦嘉禾", "0471-6632518", day(YEAR - 1, 11, 26))
    return b


@variant(
    "hc02-linseed-press",
    (7, 12),
    "project, OLD-NAT, headers 考核指标 and 目标值（年度）: "
    "a line count against the goal, a deadline of last year, a subsidy above the money",
)
def hc02() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="冷榨亚麻籽油加工能力提升项目",
        dept="松岙县农业农村局 204",
        unit="松岙县粮油作物站",
        money=one_year(30, 30, 0),
        goals=[
            "支持2家合作社新建冷榨亚麻籽油生产线2条，收储本地亚麻籽1200吨，"
            "年内完成设备安装调试并投产。"
        ],
    )
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "备注")
    rows = [
        (
            "产出指标",
            "数量指标",
            "新建冷榨生产线",
            mk("≥3条", "D104", "warning", note="年度目标写新建生产线2条，指标却是≥3条"),
        ),
        (None, None, "收储本地亚麻籽", "≥1200吨"),
        (None, None, "扶持合作社", "≥2家"),
        (None, "质量指标", "亚麻籽油酸价达标率", "≥98%"),
        (
            None,
            "时效指标",
            "设备安装调试完成时间",
            mk(
                f"{YEAR - 1}年11月30日前",
                "Y102",
                "error",
                alt=("Y103",),
                note="预算年度2026年，截止日期却是上一年的，沿用了上年的申报表",
            ),
        ),
        (
            None,
            "成本指标",
            "亚麻籽收储补贴标准",
            mk(
                "≤300元/吨",
                "B107",
                "warning",
                row=True,
                note="300元/吨×1200吨=36万元，超过年度资金总额30万元",
            ),
        ),
        ("效益指标", "经济效益指标", "合作社亚麻籽油销售收入增加", "≥80万元"),
        (None, "社会效益指标", "带动亚麻种植户", "≥150户"),
        ("满意度指标", "服务对象满意度指标", "合作社及种植户满意度", "≥90%"),
    ]
    indicators(s, head, rows)
    sign(s, "柏晓川", "0937-5521604", day(YEAR - 1, 12, 3))
    return b


@variant(
    "hc03-asparagus-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator "
    "score column both adding to 100, a rate raised in 百分点 (correct)",
)
def hc03() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="芦笋绿色高效栽培示范项目",
        dept="荻浦市农业农村局 115",
        unit="荻浦市园艺技术推广中心",
        money=one_year(60, 50, 10),
        goals=[
            "建设芦笋绿色高效栽培示范基地400亩，配套滴灌水肥一体化，"
            "一级品率提高5个百分点以上，带动120户笋农增收。"
        ],
    )
    head = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")
    rows = [
        ("产出指标", 50, "数量指标", "示范基地面积", "≥400亩", 15),
        (None, None, None, "滴灌水肥一体化配套面积", "≥400亩", 10),
        (None, None, "质量指标", "芦笋一级品率提高", "≥5百分点", 15),
        (None, None, "时效指标", "示范基地定植完成时间", f"{YEAR}年5月31日前", 10),
        ("成本指标", 10, "经济成本指标", "示范基地物化补助标准", "≤1200元/亩", 10),
        ("效益指标", 30, "经济效益指标", "示范基地亩均增收", "≥800元", 10),
        (None, None, "社会效益指标", "带动笋农户数", "≥120户", 10),
        (None, None, "生态效益指标", "示范基地化肥使用量减少", "≥10%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "笋农满意度", "≥92%", 10),
    ]
    indicators(s, head, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    note(s, "注：一级指标分值与三级指标分值为同一口径的两级分解，合计均为100分。")
    return b


@variant(
    "hc04-asparagus-grade-tier",
    (5, 11),
    "project, OLD-NAT, tier labels with * and "
    "points, abbreviated tier-2s, unit column: a 合格率 under 时效, ≥ on a 空心率",
)
def hc04() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="芦笋采后分级包装能力建设项目",
        dept="芹塘县农业农村局 226",
        unit="芹塘县芦笋产业服务中心",
        money=one_year(35, 35, 0),
        goals=[
            "为3家合作社配置芦笋分级包装设备，年分级鲜笋1500吨，分级合格率95%以上，"
            "采收至预冷入库时间缩短到4小时内。"
        ],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    rows = [
        ("*产出指标（50分）", "*数量", "配置分级包装设备的合作社", "≥3", "家"),
        (None, None, "年分级鲜笋量", "≥1500", "吨"),
        (None, "*质量", "分级后鲜笋规格一致率", "≥90", "%"),
        (
            None,
            None,
            "分级后鲜笋空心率",
            mk("≥3", "T108", "warning", row=True, note="空心率是反向指标，应为≤3%"),
            "%",
        ),
        (
            None,
            "*时效",
            mk(
                "芦笋分级合格率",
                "F201",
                "warning",
                row=True,
                note="合格率是质量指标，却填在时效指标下",
            ),
            "≥95",
            "%",
        ),
        (None, None, "采收至预冷入库时间", "≤4", "小时"),
        (None, "*成本", "分级设备购置补助标准", "≤10", "万元/家"),
        ("效益指标（30分）", "经济效益", "分级鲜笋收购溢价", "≥0.8", "元/公斤"),
        (None, "社会效益", "带动笋农户", "≥200", "户"),
        (None, "可持续影响", "分级设备使用年限", "≥8", "年"),
        ("满意度指标（20分）", "服务对象满意度", "合作社满意度", "≥90", "%"),
    ]
    indicators(s, head, rows)
    return b


@variant(
    "hc05-flax-seed-money",
    (12,),
    "project, OLD-NAT, budget detail block above the table: "
    "head money not adding, lines not adding to 合计, a subsidy standard against its line",
)
def hc05() -> Book:
    b, s = start()
    total = mk(90, "B101", "error", note="财政拨款80+其他资金15=95，不等于年度资金总额90")
    project_head(
        s,
        year=YEAR,
        name="纤维亚麻良种繁育基地建设项目",
        dept="雁汀县农业农村局 402",
        unit="雁汀县种子管理站",
        money=one_year(total, 80, 15),
        goals=["建设纤维亚麻良种繁育基地6000亩，发放良种补贴，建成种子精选车间1座。"],
    )
    lines = [
        ("良种补贴", "6000亩×40元/亩", 24),
        ("种子精选车间建设", "1座", 40),
        ("繁种技术服务", "8名技术员×2万元", 16),
        ("种子质量检测", "300批次×200元", 6),
    ]
    details(s, lines, mk(90, "B102", "error", note="明细24+40+16+6=86，合计却写90"))
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    rows = [
        ("产出指标", "数量指标", "良种繁育基地面积", "≥6000亩"),
        (None, None, "种子精选车间", "1座"),
        (None, "质量指标", "良种纯度达标率", "≥98%"),
        (None, "时效指标", "良种补贴发放完成时间", f"{YEAR}年9月30日前"),
        (
            None,
            "成本指标",
            "良种补贴标准",
            mk(
                "≤50元/亩",
                "D104",
                "warning",
                row=True,
                alt=("B107",),
                note="测算明细按40元/亩、24万元列支，指标却是50元/亩（6000亩需30万元）",
            ),
        ),
        (None, None, "精选车间建设成本", "≤40万元"),
        ("效益指标", "经济效益指标", "供种区纤维亚麻亩均增产", "≥8%"),
        (None, "可持续影响指标", "纤维亚麻良种自给率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "繁种农户满意度", "≥90%"),
    ]
    indicators(s, head, rows)
    return b


@variant(
    "hc06-linseed-notes",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, an "
    "instruction row inside the table, a header repeated after a page break, notes, "
    "signature and date lines, a later year the work prepares for (correct)",
)
def hc06() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="胡麻籽油品质提升与品牌培育项目",
        dept="北甸县农业农村局 508",
        unit="北甸县农产品加工服务中心",
        money=one_year(25, 20, 5),
        goals=[
            "完成胡麻籽油品质检测200批次，培育胡麻籽油区域公用品牌1个，"
            "为2027年申报省级名优农产品积累检测数据。"
        ],
    )
    head = ("一级指标", "二级指标", "指标内容", "绩效标准", "备注")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "胡麻籽油品质检测批次", "≥200批次", None),
            (None, None, "区域公用品牌培育", "1个", None),
        ],
    )
    note(s, "（填表说明：质量指标填写检测工作本身的质量要求，不填产品抽检结果）", 5)
    s.table(
        [
            ("产出指标", "质量指标", "检测数据完整率", "100%", "计划标准"),
            (None, "时效指标", "检测报告出具时限", "≤7个工作日", None),
            (None, "成本指标", "单批次检测费用", "≤800元/批次", "行业标准"),
        ],
        merged=(1, 2),
    )
    s.skip()
    indicators(
        s,
        head,
        [
            ("效益指标", "经济效益指标", "品牌胡麻籽油销售均价提高", "≥5%", None),
            (None, "社会效益指标", "参与品牌培育的加工企业", "≥6家", None),
            ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%", None),
        ],
    )
    note(s, "注：1.检测费用按每批次800元测算，200批次合计16万元，其余9万元用于品牌宣传推介。", 5)
    note(s, "2.“2027年”为品牌申报的后续安排，本项目绩效指标只考核2026年度。", 5)
    sign(s, "乔蔓青", "0943-7718265", day(YEAR - 1, 11, 18))
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "（单位盖章）")
    return b
