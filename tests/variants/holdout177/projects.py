"""Exported project tables, one-year and multi-year (oe01–oe08)."""

from __future__ import annotations

from tests.variants.holdout177.common import Layout, footer, indicators, project, sheet, tn, tx
from tests.variants.holdout177.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

P, B, M, C = "产出指标", "效益指标", "满意度指标", "成本指标"
SAT = "服务对象满意度指标"


def three(total: tuple[float, float, float], annual: tuple[float, float, float]) -> list[tuple]:
    """中期 and 年度 money rows, amounts typed as text: (总额, 财政拨款, 其他资金)."""
    return [
        ("中期资金总额", tx(total[0]), "年度资金总额", tx(annual[0])),
        ("其中：财政拨款", tx(total[1]), "其中：财政拨款", tx(annual[1])),
        ("其他资金", tx(total[2]), "其他资金", tx(annual[2])),
    ]


@variant(
    "oe01-farmland-three-years",
    (8, 9),
    "three-year project, NAT-2021, split header "
    "(年度 │ 中期 under 指标值), spacer columns, amounts as text, hidden helper, 备注",
)
def oe01() -> Book:
    book = Book()
    lay = Layout()
    s = sheet(book, "项目绩效目标", lay)
    project(
        s,
        lay.visible,
        year=2026,
        years=3,
        unit="鹤汀市农业农村局",
        dept="鹤汀市农业农村局（218001）",
        name="鹤汀市高标准农田建设项目",
        money=three((4800, 4200, 600), (1600, 1400, 200)),
        goals=(
            "三年新建高标准农田，配套灌排渠道，项目区粮食产能稳步提高，农田设施长效管护。",
            "当年完成首批高标准农田和灌排渠道建设，验收合格后移交管护。",
        ),
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "新建高标准农田面积", "≥12000亩", "≥36000亩", "分三年实施"),
            (P, "数量指标", "新建灌排渠道长度", "≥45公里", "≥130公里"),
            (P, "质量指标", "工程验收合格率", pct(1), pct(1), "按验收规范"),
            (P, "时效指标", "年度建设任务完成时间", "2026年12月31日前", "2028年12月31日前"),
            (C, "经济成本指标", "亩均建设成本", "≤1300元/亩", "≤1300元/亩", "含田间工程"),
            (B, "经济效益指标", "项目区粮食亩产增长率", "≥5%", "≥8%"),
            (B, "社会效益指标", "受益农户数", "≥3200户", "≥9000户"),
            (B, "生态效益指标", "化肥使用量增长率", "≤0%", "≤0%", "零增长"),
            (B, "可持续影响指标", "工程设施管护机制", "建立并执行", "建立并执行"),
            (M, SAT, "项目区农户满意度", "≥90%", "≥90%", "抽样调查"),
        ],
    )
    footer(
        s,
        ["注：本表由预算管理一体化系统导出，指标值经项目单位核对。"],
        filler="柯敏",
        phone="0571-86402318",
        checker="许远舟",
    )
    return book


@variant(
    "oe02-clinic-equipment-one-year",
    (1, 7),
    "one-year project, OLD-NAT, one value "
    "column, 比较符 and 计量单位 columns, percent cells, a date cell, hidden helper column",
)
def oe02() -> Book:
    book = Book()
    lay = Layout(values=("指标值",), op="比较符", unit="计量单位")
    s = sheet(book, "绩效目标", lay)
    project(
        s,
        lay.visible,
        year=2026,
        unit="枫亭县卫生健康局",
        dept="枫亭县卫生健康局（305）",
        name="基层医疗机构设备更新项目",
        money=[
            ("资金总额", tx(860), "年度资金总额", tx(860)),
            ("其中：财政拨款", tx(800), "其中：财政拨款", tx(800)),
            ("其他资金", tx(60), "其他资金", tx(60)),
        ],
        goals=("为乡镇卫生院更新DR设备，提升基层影像检查能力，减少群众外出就诊。",),
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "更新DR设备台数", "=", 6, "台"),
            (P, "数量指标", "覆盖乡镇卫生院数", "≥", 12, "家", "含分院"),
            (P, "质量指标", "设备安装验收合格率", "=", pct(1), "%"),
            (P, "时效指标", "设备安装完成时间", "≤", day(2026, 9, 30, CN_DATE), None),
            (P, "成本指标", "单台DR设备采购成本", "≤", 120, "万元/台", "政府采购限价"),
            (B, "社会效益指标", "基层影像检查服务人次", "≥", tn("18,000"), "人次"),
            (B, "社会效益指标", "县外转诊率降低幅度", "≥", 3, "百分点"),
            (B, "可持续影响指标", "设备使用年限", "≥", 8, "年"),
            (M, SAT, "就诊群众满意度", "≥", pct(0.9), "%"),
        ],
        code="WSJ",
    )
    footer(
        s,
        ["注：1.比较符按系统下拉选项填写；2.百分比指标在计量单位栏填“%”。"],
        filler="孟晓岚",
        phone="0578-62251904",
        checker="丁其瑞",
    )
    return book


@variant(
    "oe03-skills-training-wrong",
    (8, 9, 12),
    "two-year project, NAT-2021, split header, "
    "spacers, amounts as text: the 中期 total misses its parts, a 就业率 given as counts",
)
def oe03() -> Book:
    book = Book()
    lay = Layout()
    s = sheet(book, "项目绩效目标", lay)
    money_rows = three((3600, 3000, 500), (1750, 1500, 250))
    money_rows[0] = (
        "中期资金总额",
        mk(tx(3600), "B101", "error", note="3,000.00 + 500.00 = 3,500.00, not 3,600.00"),
        "年度资金总额",
        tx(1750),
    )
    project(
        s,
        lay.visible,
        year=2026,
        years=2,
        unit="南屏区人力资源和社会保障局",
        dept="南屏区人力资源和社会保障局（412）",
        name="农村劳动力职业技能提升培训项目",
        money=money_rows,
        goals=(
            "两年内开展农村劳动力职业技能培训，提高持证率和就业质量。",
            "当年完成首期培训和补贴发放，促进参训人员转移就业。",
        ),
    )
    note = "a 就业率 is a rate: the target must be a percentage, not a head count"
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "职业技能培训人次", "≥6000人次", "≥12000人次"),
            (P, "数量指标", "取得职业技能等级证书人数", "≥3000人", "≥6500人"),
            (P, "质量指标", "培训合格率", "≥90%", "≥90%"),
            (
                P,
                "质量指标",
                "培训后就业率",
                mk("≥2400人", "T105", "error", note=note),
                mk("≥5000人", "T105", "error", note=note),
                "系统导出后手工修改",
            ),
            (P, "时效指标", "培训补贴发放及时率", "≥95%", "≥95%"),
            (C, "经济成本指标", "人均培训补贴标准", "≤2500元/人次", "≤2500元/人次"),
            (B, "社会效益指标", "带动农村劳动力转移就业人数", "≥2000人", "≥4500人"),
            (B, "可持续影响指标", "技能培训长效机制", "健全", "健全"),
            (M, SAT, "参训学员满意度", "≥90%", "≥90%"),
        ],
    )
    footer(s, ["注：本表金额单位为万元。"], filler="贺青", phone="0731-84519027", checker="韦承志")
    return book


@variant(
    "oe04-street-lights-merged",
    (1, 5),
    "one-year project, OLD-NAT, one value column, "
    "tier cells merged by hand, no spacers, 万元 in the number format",
)
def oe04() -> Book:
    book = Book()
    lay = Layout(values=("指标值",), spacers=False, merged=True)
    s = sheet(book, "Sheet1", lay)
    project(
        s,
        lay.visible,
        year=2026,
        unit="鹤汀市城市管理局",
        dept="鹤汀市城市管理局（226）",
        name="城区道路照明设施节能改造项目",
        money=[
            ("资金总额", money(520, WAN), "其中：财政拨款", money(500, WAN)),
            ("其他资金", money(20, WAN), None, None),
        ],
        goals=("将城区主次干道高耗能路灯更换为LED路灯，提高亮灯率，降低照明能耗。",),
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "更换LED路灯盏数", "≥2600盏"),
            (P, "数量指标", "改造道路长度", "≥38公里"),
            (P, "质量指标", "路灯亮灯率", "≥98%", "按月巡查"),
            (P, "时效指标", "改造完成时间", "2026年10月31日前"),
            (P, "成本指标", "单盏路灯改造成本", "≤1800元/盏", "含灯杆利旧"),
            (B, "经济效益指标", "年节约电费", "≥85万元"),
            (B, "社会效益指标", "因照明缺失引发的交通事故", "=0起"),
            (B, "生态效益指标", "年节约用电量", "≥120万千瓦时"),
            (M, SAT, "沿线居民满意度", "≥90%"),
        ],
        code="CG",
    )
    footer(
        s,
        ["填报说明：指标值含比较符；金额单位为万元。"],
        filler="钟雯",
        phone="0595-22716038",
        checker="龙嘉禾",
    )
    return book


@variant(
    "oe05-river-works-word-operators",
    (1, 8),
    "three-year project, NAT-2021, 指标性质 as "
    "the operator in words, percent cells, unit column, spacers, hidden helper",
)
def oe05() -> Book:
    book = Book()
    lay = Layout(op="指标性质", unit="计量单位")
    s = sheet(book, "05-2项目绩效目标", lay)
    project(
        s,
        lay.visible,
        year=2026,
        years=3,
        unit="枫亭县水利局",
        dept="枫亭县水利局（307）",
        name="中小河流综合治理项目",
        attr="新增项目",
        money=three((6300, 5400, 900), (2100, 1800, 300)),
        goals=(
            "三年完成县内两条中小河流综合治理，提高防洪标准，改善河道生态。",
            "当年完成上游河段治理和堤防加固，汛前主体工程基本完工。",
        ),
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "河道综合治理长度", "大于等于", 8.5, 24, "公里"),
            (P, "数量指标", "新建加固堤防长度", "大于等于", 5.2, 15.6, "公里"),
            (P, "质量指标", "单位工程验收合格率", "等于", pct(1), pct(1), "%"),
            (P, "时效指标", "汛前主体工程完工率", "大于等于", pct(0.9), pct(0.9), "%"),
            (
                C,
                "经济成本指标",
                "每公里综合治理成本",
                "小于等于",
                240,
                240,
                "万元/公里",
                "按初设概算",
            ),
            (B, "社会效益指标", "河道沿线受保护人口", "大于等于", 1.8, 4.6, "万人"),
            (B, "生态效益指标", "河道水质达标率", "大于等于", pct(0.85), pct(0.9), "%"),
            (B, "可持续影响指标", "河道管护责任落实率", "等于", pct(1), pct(1), "%"),
            (M, SAT, "沿河群众满意度", "大于等于", pct(0.9), pct(0.9), "%"),
        ],
        code="SL",
    )
    footer(
        s,
        ["注：指标性质栏填写比较关系（大于等于、小于等于、等于）。"],
        filler="袁若溪",
        phone="0578-62318845",
        checker="雷振邦",
    )
    return book


@variant(
    "oe06-enforcement-kit-wrong",
    (1, 11),
    "one-year project, OLD-NAT, 比较符 and 计量单位 "
    "columns, percent cells: a 合格率 of 105 %, ≥ on an accident rate",
)
def oe06() -> Book:
    book = Book()
    lay = Layout(values=("指标值",), op="比较符", unit="计量单位")
    s = sheet(book, "绩效目标表", lay)
    project(
        s,
        lay.visible,
        year=2026,
        unit="南屏区应急管理局",
        dept="南屏区应急管理局（436）",
        name="安全生产执法装备购置项目",
        money=[
            ("资金总额", money(380, WAN), "其中：财政拨款", money(350, WAN)),
            ("其他资金", money(30, WAN), None, None),
        ],
        goals=("为区、街道两级安全生产执法人员配齐执法记录仪和气体检测仪，规范执法行为。",),
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "购置执法记录仪", "=", 120, "台"),
            (P, "数量指标", "购置便携式气体检测仪", "=", 40, "台"),
            (
                P,
                "质量指标",
                "设备验收合格率",
                "≥",
                mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100 %"),
                "%",
            ),
            (P, "时效指标", "设备配发到位时间", "≤", day(2026, 6, 30, CN_DATE), None),
            (P, "成本指标", "执法记录仪单价", "≤", 0.45, "万元/台"),
            (B, "社会效益指标", "执法检查企业家次", "≥", tn("1,500"), "家次"),
            (
                B,
                "社会效益指标",
                "生产安全事故发生率",
                mk("≥", "T108", "warning", row=True, note="an accident rate is 反向: ≤ expected"),
                pct(0.005, "0.0%"),
                "%",
            ),
            (B, "可持续影响指标", "执法装备管理制度", None, "健全", None),
            (M, SAT, "执法对象满意度", "≥", pct(0.85), "%"),
        ],
        code="YJ",
    )
    footer(
        s,
        ["注：比较符、计量单位按系统下拉选项填写。"],
        filler="卓立言",
        phone="0757-83306721",
        checker="华思源",
    )
    return book


@variant(
    "oe07-digital-culture-merged",
    (5, 8),
    "two-year project, NAT-2021, 年度 │ 中期 under "
    "指标值, tier cells merged, no spacers, amounts as text",
)
def oe07() -> Book:
    book = Book()
    lay = Layout(spacers=False, merged=True, tier_head="指标")
    s = sheet(book, "项目支出绩效目标", lay)
    project(
        s,
        lay.visible,
        year=2026,
        years=2,
        unit="鹤汀市文化广电旅游局",
        dept="鹤汀市文化广电旅游局（231）",
        name="公共文化数字化服务平台建设项目",
        money=three((980, 900, 80), (560, 520, 40)),
        goals=(
            "建成覆盖全市的公共文化数字化服务平台，基层文化服务点全部接入。",
            "完成平台一期建设并上线，首批基层文化服务点接入使用。",
        ),
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "数字化资源建设量", "≥1200小时", "≥2200小时"),
            (P, "数量指标", "接入基层文化服务点", "≥80个", "≥150个"),
            (P, "质量指标", "平台系统可用率", "≥99%", "≥99%"),
            (
                P,
                "时效指标",
                "建设任务完成时间",
                "2026年11月30日前",
                "2027年6月30日前",
                "一期／二期",
            ),
            (C, "经济成本指标", "单个服务点接入成本", "≤2.5万元/个", "≤2.5万元/个"),
            (B, "社会效益指标", "平台访问量", "≥50万人次", "≥120万人次"),
            (B, "社会效益指标", "数字文化服务覆盖人口增长率", "≥10%", "≥15%"),
            (B, "可持续影响指标", "平台运维保障机制", "健全", "健全"),
            (M, SAT, "平台用户满意度", "≥90%", "≥90%"),
        ],
        code="WL",
    )
    footer(
        s,
        ["注：本表由系统导出后合并了指标层级单元格。"],
        filler="乔思敏",
        phone="0595-22853107",
        checker="郁文卿",
    )
    return book


@variant(
    "oe08-rural-roads-wrong",
    (8, 12),
    "three-year project, OLD-NAT, split header, spacers, "
    "amounts as text: the 年度 total above the 中期 total, one indicator typed twice",
)
def oe08() -> Book:
    book = Book()
    lay = Layout()
    s = sheet(book, "项目绩效目标", lay)
    rows = three((1800, 1500, 300), (2100, 1800, 300))
    rows[0] = (
        "中期资金总额",
        tx(1800),
        "年度资金总额",
        mk(
            tx(2100),
            "B103",
            "error",
            row=True,
            note="a three-year project cannot spend more in its first year than in all three",
        ),
    )
    rows[1] = (
        "其中：财政拨款",
        tx(1500),
        "其中：财政拨款",
        mk(
            tx(1800),
            "*",
            "error",
            row=True,
            required=False,
            note="the same slip seen in the 财政拨款 line",
        ),
    )
    project(
        s,
        lay.visible,
        year=2026,
        years=3,
        unit="南屏区交通运输局",
        dept="南屏区交通运输局（441）",
        name="农村公路提档升级工程",
        money=rows,
        goals=(
            "三年完成全区通村公路提档升级，提高农村公路安全通行条件。",
            "当年完成首批通村公路提档升级和安全防护设施建设。",
        ),
    )
    book.file_mark(
        "B107",
        "warning",
        required=False,
        note="a cost standard × the 中期 length may exceed the too-small 中期 money",
    )
    dup = "the same indicator typed twice with different annual targets"
    indicators(
        s,
        lay,
        [
            (
                P,
                "数量指标",
                mk(
                    "农村公路提档升级里程",
                    "D102",
                    "error",
                    row=True,
                    required=False,
                    alt=("D101", "D103"),
                    note=dup,
                ),
                "≥20公里",
                "≥60公里",
            ),
            (P, "数量指标", "安装公路安全防护设施长度", "≥15公里", "≥40公里"),
            (P, "质量指标", "交工验收合格率", pct(1), pct(1)),
            (
                P,
                "数量指标",
                mk(
                    "农村公路提档升级里程",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note=dup,
                ),
                "≥25公里",
                "≥60公里",
                "手工补录",
            ),
            (P, "时效指标", "年度工程完工时间", "2026年11月30日前", "2028年11月30日前"),
            (P, "成本指标", "每公里提档升级成本", "≤80万元/公里", "≤80万元/公里"),
            (B, "社会效益指标", "新增通硬化路自然村", "≥18个", "≥50个"),
            (B, "可持续影响指标", "农村公路管养责任落实率", pct(1), pct(1)),
            (M, SAT, "沿线群众满意度", "≥90%", "≥90%"),
        ],
        code="JT",
    )
    footer(
        s,
        ["注：本表由系统导出，部分指标手工补录。"],
        filler="严晓川",
        phone="0757-86614093",
        checker="蒲正安",
    )
    return book
