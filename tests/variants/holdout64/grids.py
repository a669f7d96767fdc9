"""Money laid out as labels over values: 资金总额 │ 其中：财政拨款 │ 其他资金 over one row of
amounts, 上级下达金额 │ 其中（中央 │ 省级） │ 本级配套 │ 资金总额 with 其中 over two rows, amounts
in 元 with thousands separators or typed as text (jv01–jv06)."""

from __future__ import annotations

from tests.variants.holdout64.common import goal, goals2, head, indicators, sign
from tests.variants.holdout64.registry import variant
from tests.variants.kit import WAN, YUAN, Book, C, mk, money, ok, pct


@variant(
    "jv01-labels-over-values",
    (12,),
    "project, NAT-2021, 资金总额 │ 其中：财政拨款 │ 其他资金 over one row of "
    "amounts in 万元 (unit in the number format), merged tiers",
)
def jv01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表")
    head(s, title="2027年度项目支出绩效目标申报表", name="青梧县农村公路日常养护项目",
         dept="青梧县交通运输局（217001）", unit="青梧县公路养护中心", year=2027)  # fmt: skip
    s.row("项目资金", "资金总额", "其中：财政拨款", "其他资金", None, None, merge=[(4, 6)])
    s.row(None, money(480, WAN), money(450, WAN), money(30, WAN), None, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    goal(s, "完成全县380公里农村公路日常养护，加固改造危桥3座，完善安全防护设施，"
            "保持路况稳定，保障群众安全便捷出行。")  # fmt: skip
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "农村公路日常养护单价", "≤1.2万元/公里"),
            (None, None, "危桥加固单座平均造价", "≤8万元/座"),
            ("产出指标", "数量指标", "农村公路日常养护里程", "≥380公里"),
            (None, None, "危桥加固改造数量", "≥3座"),
            (None, None, "新增安全防护栏", "≥25公里"),
            (None, "质量指标", "养护路段优良路率", pct(0.85)),
            (None, None, "危桥加固验收合格率", pct(1)),
            (None, "时效指标", "年度养护任务完成时间", "2027年12月31日前"),
            (None, None, "水毁路段抢通时间", "≤48小时"),
            ("效益指标", "社会效益指标", "农村群众出行条件", "明显改善"),
            (None, None, "养护路段交通安全状况", "持续改善"),
            (None, "可持续影响指标", "农村公路管养长效机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
        ],
    )
    sign(s, 2027, "周晓岚", "0736-5521806")
    return b


@variant(
    "jv02-two-row-qizhong",
    (12,),
    "transfer project, OLD-NAT, 上级下达金额 │ 其中（中央 │ 省级 over two rows） "
    "│ 本级配套 │ 资金总额, operator and unit columns",
)
def jv02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 18, 26, 10, 12, 10, 12))
    head(s, title="岚溪县2026年高标准农田建设项目绩效目标表", name="岚溪县2026年高标准农田建设",
         dept="岚溪县农业农村局", unit="岚溪县农田建设服务站", year=2026, attr="新增项目",
         width=7)  # fmt: skip
    s.row("资金情况（万元）", "上级下达金额", "其中", None, "本级配套", "资金总额", None,
          merge=[(3, 4), (6, 7)])  # fmt: skip
    s.row(None, None, "中央", "省级", None, None, None, merge=[(6, 7)])
    s.row(None, money(2400), money(1800), money(600), money(300), money(2700), None,
          merge=[(6, 7)])  # fmt: skip
    top = s.r - 2
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.ws.merge_cells(start_row=top, start_column=2, end_row=top + 1, end_column=2)
    s.ws.merge_cells(start_row=top, start_column=5, end_row=top + 1, end_column=5)
    s.ws.merge_cells(start_row=top, start_column=6, end_row=top + 1, end_column=7)
    goal(s, "建成高标准农田1.2万亩，配套灌排、田间道路等设施，提高耕地质量和粮食综合生产能力。",
         width=7)  # fmt: skip
    indicators(
        s,
        [
            ("产出指标", "数量指标", "新建高标准农田面积", "≥", 1.2, "万亩"),
            (None, None, "新建及修复灌排渠道", "≥", 36, "公里"),
            (None, None, "新修田间道路", "≥", 18, "公里"),
            (None, "质量指标", "项目工程验收合格率", "=", 100, "%"),
            (None, None, "新增耕地质量等级提升", "≥", 0.5, "等"),
            (None, "时效指标", "项目建设完成时间", "≤", "2026年12月", None),
            (None, "成本指标", "亩均财政投入", "≤", 2250, "元/亩"),
            ("效益指标", "经济效益指标", "项目区粮食亩产增加", "≥", 50, "公斤"),
            (None, "社会效益指标", "受益农户数", "≥", 6800, "户"),
            (None, "生态效益指标", "项目区节水灌溉覆盖率", "≥", 80, "%"),
            (None, "可持续影响指标", "工程设施管护责任落实率", "=", 100, "%"),
            ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥", 90, "%"),
        ],
        header=("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"),
    )
    s.row("注：亩均财政投入按资金总额与新建面积计算。", merge=[(1, 7)])
    sign(s, 2026, "罗振华", "0739-6602315", month=12, d=2)
    return b


@variant(
    "jv03-yuan-separators-period",
    (8, 12),
    "three-year project, NAT-2021, 中期/年度 money rows in 元 with thousands "
    "separators, 中期 and 年度 value columns",
)
def jv03() -> Book:
    b = Book()
    s = b.sheet("绩效目标", widths=(16, 18, 30, 18, 18, 18))
    head(s, title="2026年度项目支出绩效目标表", name="桐浦区社区居家养老服务补助（2026—2028年）",
         dept="桐浦区民政局", unit="桐浦区养老服务指导中心", year=2026, years=3)  # fmt: skip
    s.row("项目资金（元）", "资金期间", "资金总额", "其中：财政拨款", "其他资金", None)
    s.row(None, "中期（实施期）", money(10_800_000, YUAN), money(9_900_000, YUAN),
          money(900_000, YUAN), None)  # fmt: skip
    s.row(None, "年度", money(3_600_000, YUAN), money(3_300_000, YUAN), money(300_000, YUAN),
          None)  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    goals2(s, 2026, 3,
           "三年内建成覆盖全区的社区居家养老服务网络，为辖区困难老年人提供助餐、助洁、"
           "助医等上门服务，服务质量持续提升。",
           "2026年新建社区养老服务站点，为困难老年人提供上门服务，服务质量稳步提升。")  # fmt: skip
    indicators(
        s,
        [
            ("产出指标", "数量指标", "新建社区养老服务站点", "≥24个", "≥8个"),
            (None, None, "上门服务老年人数", "≥4500人", "≥1500人"),
            (None, None, "助餐服务人次", "≥180000人次", "≥60000人次"),
            (None, "质量指标", "服务站点运营达标率", pct(0.95), pct(0.95)),
            (None, None, "服务记录完整率", pct(0.98), pct(0.98)),
            (None, "时效指标", "补助资金按季度拨付及时率", pct(1), pct(1)),
            ("成本指标", "经济成本指标", "上门服务补助标准", "≤150元/人·月", "≤150元/人·月"),
            (None, None, "站点建设补助标准", "≤50000元/个", "≤50000元/个"),
            ("效益指标", "社会效益指标", "困难老年人服务需求满足率", pct(0.9), pct(0.9)),
            (None, "可持续影响指标", "社区养老服务网络", "覆盖全区", "逐步完善"),
            ("满意度指标", "服务对象满意度指标", "服务老年人满意度", pct(0.92), pct(0.92)),
        ],
        header=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
    )
    sign(s, 2026, "韩素梅", "021-58623317", month=10, d=30)
    return b


@variant(
    "jv04-total-not-sources",
    (12,),
    "project, OLD-NAT, 资金总额 │ 财政拨款 │ 其他资金 grid: the total is not the "
    "sum of its sources; a 达标率 given as a count",
)
def jv04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    head(s, title="2026年度项目支出绩效目标申报表", name="鹤沙县农村饮水安全巩固提升工程",
         dept="鹤沙县水利局", unit="鹤沙县农村供水管理站", year=2026)  # fmt: skip
    s.row("项目资金（万元）", "资金总额", "其中：财政拨款", None, "其他资金", None,
          merge=[(3, 4), (5, 6)])  # fmt: skip
    s.row(None, None, "当年财政拨款", "上年结转", None, None, merge=[(5, 6)])
    s.row(None, mk(money(865), "B101", "error", note="520 + 95 + 230 = 845, not 865"),
          money(520), money(95), money(230), None, merge=[(5, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    s.ws.merge_cells(start_row=s.r - 2, start_column=2, end_row=s.r - 1, end_column=2)
    s.ws.merge_cells(start_row=s.r - 2, start_column=5, end_row=s.r - 1, end_column=6)
    goal(s, "改造农村供水管网，新建净水设施，提升农村集中供水率和水质达标水平。")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "改造农村供水管网长度", "≥85公里"),
            (None, None, "新建净水消毒设施", "≥12处"),
            (None, None, "水质检测频次", "≥4次/年"),
            (
                None,
                "质量指标",
                "出厂水水质达标率",
                mk("≥12处", "T105", "error", note="a rate given as a count of sites"),
            ),
            (None, None, "管网工程验收合格率", pct(1)),
            (None, "时效指标", "工程完工时间", "2026年11月30日前"),
            (None, "成本指标", "管网改造单价", "≤6万元/公里"),
            ("效益指标", "社会效益指标", "农村集中供水率", "≥92%"),
            (None, None, "受益人口", "≥4.6万人"),
            (None, "可持续影响指标", "供水工程运行管护机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.9)),
        ],
    )
    sign(s, 2026, "杜文昊", "0738-4417290")
    return b


@variant(
    "jv05-amounts-as-text",
    (9, 12),
    "project, NAT-2021, amounts in 元 typed as text with separators (a warning "
    "at most), 资金总额 │ 财政拨款 │ 其他资金 grid",
)
def jv05() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表")
    head(s, title="2027年度项目支出绩效目标表", name="澜江市图书馆免费开放运行保障",
         dept="澜江市文化广电旅游局", unit="澜江市图书馆", year=2027, attr="常年项目")  # fmt: skip
    s.row("项目资金（元）", "资金总额", "财政拨款", "其他资金", None, None, merge=[(4, 6)])
    s.row(None, ok("1,860,000.00"), ok("1,700,000.00"), ok("160,000.00"), None, None,
          merge=[(4, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    goal(s, "保障图书馆全年免费开放，开展阅读推广活动，新增馆藏文献，提升公共文化服务水平。")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "全年开放天数", "≥300天"),
            (None, None, "新增馆藏纸质图书", "≥18000册"),
            (None, None, "举办阅读推广活动", "≥60场"),
            (None, None, "接待读者人次", "≥450000人次"),
            (None, "质量指标", "图书上架差错率", "≤1%"),
            (None, None, "数字资源平台正常运行率", pct(0.98)),
            (None, "时效指标", "新书到馆编目上架时间", "≤30天"),
            ("成本指标", "经济成本指标", "新增图书平均采购单价", "≤45元/册"),
            ("效益指标", "社会效益指标", "持证读者增长率", pct(0.05)),
            (None, None, "全民阅读氛围", "不断提升"),
            (None, "可持续影响指标", "图书馆总分馆服务体系", "持续完善"),
            ("满意度指标", "服务对象满意度指标", "读者满意度", pct(0.93)),
        ],
    )
    s.row("备注：金额单位为元。", merge=[(1, 6)])
    sign(s, 2027, "宋一帆", "0771-3328915", month=11, d=8)
    return b


@variant(
    "jv06-county-match-wrong",
    (12,),
    "transfer project, NAT-2021, 上级下达金额 │ 其中：中央 │ 省级 │ 本级配套 │ "
    "资金总额: the total is not 上级下达 + 配套; a satisfaction over 100 %",
)
def jv06() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标")
    head(s, title="柘塘县2027年城乡居民基本医疗保险补助资金绩效目标表",
         name="城乡居民基本医疗保险财政补助", dept="柘塘县医疗保障局",
         unit="柘塘县医疗保险服务中心", year=2027, attr="常年项目")  # fmt: skip
    s.row("资金情况", "上级下达金额", "其中：中央", "省级", "本级配套", "资金总额")
    s.row("金额（万元）", money(9360), money(6552), money(2808), money(2340),
          mk(money(11900), "B101", "error", note="9360 + 2340 = 11700, not 11900"))  # fmt: skip
    goal(s, "落实城乡居民医保财政补助政策，保障参保群众基本医疗需求，巩固待遇保障水平。")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "城乡居民医保参保人数", "≥17万人"),
            (None, None, "困难群众资助参保人数", "≥1.2万人"),
            (None, "质量指标", "基本医保参保率", "≥95%"),
            (None, None, "政策范围内住院费用基金支付比例", "≥70%"),
            (None, "时效指标", "补助资金拨付及时率", pct(1)),
            ("成本指标", "经济成本指标", "人均财政补助", "≤680元/人·年"),
            ("效益指标", "社会效益指标", "参保群众医疗费用负担", "有效减轻"),
            (None, None, "困难群众参保资助落实率", pct(1)),
            (None, "可持续影响指标", "医保基金运行", "平稳可持续"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "参保群众满意度",
                mk(C(1.05, "0%"), "T106", "error", note="a satisfaction of 105 %"),
            ),
        ],
    )
    sign(s, 2027, "阮志刚", "0745-2297603", month=12, d=15)
    return b
