"""Moth orchid (蝴蝶兰) and succulent (多肉) greenhouses: tissue culture, a glasshouse block, a
germplasm nursery, a smart greenhouse, the county's flower centre and a forcing house."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout614.common import (
    T4,
    T5,
    book,
    budget,
    caption,
    funds,
    funds2,
    sign,
    table,
    tasks,
)
from tests.variants.holdout614.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

DEPT = "苇汀县农业农村局 312004"


@variant("ez01-orchid-tissue-culture", (1, 12), "project, OLD-NAT, operator and unit columns, "
         "percentages typed in Excel, 万元 in the number format, a 下降率 with ≥, a goal count "
         "with its part in brackets (correct)")  # fmt: skip
def ez01() -> Book:
    b, s = book()
    goal = ("2025年生产蝴蝶兰组培瓶苗120万株，新增组培架40组（其中移动式组培架16组），"
            "瓶苗移栽成活率达到92%以上，出圃种苗病毒检出率控制在2%以内。")  # fmt: skip
    project_head(s, year=2025, name="岚渚镇蝴蝶兰组培育苗中心提升项目", dept=DEPT,
                 unit="岚渚镇蝴蝶兰组培育苗中心", money=funds(260, 200, 60),
                 goals=[goal])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "组培瓶苗生产量", "≥", 120, "万株"),
        (None, None, "新增组培架", "≥", 40, "组"),
        (None, "质量指标", "瓶苗移栽成活率", "≥", pct(0.92), "%"),
        (None, None, "出圃种苗病毒检出率", "≤", pct(0.02), "%"),
        (None, "时效指标", "组培架安装完成时间", "≤", day(2025, 6, 30, CN_DATE), None),
        (None, "成本指标", "组培架采购单价", "≤", 2.5, "万元/组"),
        (None, None, "瓶苗单株生产成本", "≤", 0.8, "元/株"),
        ("效益指标", "经济效益指标", "带动合作社蝴蝶兰销售收入", "≥", 600, "万元"),
        (None, "社会效益指标", "化学农药使用量下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "本地种苗自给率", "≥", pct(0.6), "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "詹蕴秋", "0793-6630417", "柯望舒", (2024, 11, 22))
    return b


@variant("ez02-succulent-glasshouse", (5, 12), "project, NAT-2021, numbered tier labels "
         "(一、产出指标, （一）数量指标), one value column: the goal's area given otherwise, a "
         "next-year deadline, a unit cost × count above the money")  # fmt: skip
def ez02() -> Book:
    b, s = book()
    goal = ("2025年在溪禾镇新建多肉植物连栋温室12栋、温室面积3.6万平方米，配套补光和"
            "水肥一体化设备，10月底前投入使用。")  # fmt: skip
    project_head(s, year=2025, name="溪禾镇多肉植物连栋温室建设项目", dept=DEPT,
                 unit="溪禾镇农业综合服务站", money=funds(400, 320, 80), goals=[goal])  # fmt: skip
    area = mk("≥2.6万平方米", "D104", "warning",
              note="年度目标写温室面积3.6万平方米（12栋），指标却是2.6万平方米")  # fmt: skip
    late = mk("2026年3月31日前", "Y102", "error", alt=("D104",),
              note="一年期项目（2025年）的完成时限落在2026年；目标写10月底前投入使用")  # fmt: skip
    cost = mk("≤45万元/栋", "B107", "warning",
              note="12栋×45万元=540万元，超过年度资金总额400万元")  # fmt: skip
    table(s, T4, [
        ("一、产出指标", "（一）数量指标", "新建连栋温室数量", "≥12栋"),
        (None, None, "新增温室面积", area),
        (None, None, "配套水肥一体化设备", "≥12套"),
        (None, "（二）质量指标", "温室工程验收合格率", "=100%"),
        (None, "（三）时效指标", "温室投入使用时间", "2025年10月31日前"),
        (None, None, "补光设备调试完成时间", late),
        ("二、成本指标", "（一）经济成本指标", "单栋温室建设成本", cost),
        ("三、效益指标", "（一）经济效益指标", "多肉成品苗销售收入", "≥300万元"),
        (None, "（二）社会效益指标", "带动周边农户就业", "≥60人"),
        ("四、满意度指标", "（一）服务对象满意度指标", "入驻种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ez03-orchid-germplasm", (8,), "three-year project, OLD-NAT, 中期 and 年度 columns: "
         "a year's count above the period's, a count copied from 中期, the annual goal's "
         "seedlings given otherwise")  # fmt: skip
def ez03() -> Book:
    b, s = book()
    goals = ("2025—2027年收集保存蝴蝶兰种质资源600份，选育新品种6个，繁育优质种苗100万株，"
             "开展种植技术培训30场。",
             "2025年收集保存种质资源200份，选育新品种2个，繁育种苗40万株，开展种植技术培训"
             "10场。")  # fmt: skip
    project_head(s, year=2025, years=3, name="苇汀县蝴蝶兰种质资源圃建设项目", dept=DEPT,
                 unit="苇汀县花卉科技推广站", money=funds2((900, 720, 180), (300, 240, 60)),
                 goals=goals, attr="新增项目")  # fmt: skip
    breed = mk("≥8个", "D201", "error", alt=("D104",),
               note="年度8个大于实施期6个（年度目标为2个）")  # fmt: skip
    seed = mk("≥35万株", "D104", "warning", note="年度目标写繁育种苗40万株，年度指标却是35万株")
    train = mk("≥30场", "D202", "warning", alt=("D104",),
               note="三年期的累计场次照抄中期值，年度目标为10场")  # fmt: skip
    table(s, T5, [
        ("产出指标", "数量指标", "收集保存种质资源", "≥600份", "≥200份"),
        (None, None, "选育蝴蝶兰新品种", "≥6个", breed),
        (None, None, "繁育优质种苗", "≥100万株", seed),
        (None, None, "开展种植技术培训", "≥30场", train),
        (None, "质量指标", "种质资源保存完好率", "≥95%", "≥95%"),
        (None, "时效指标", "年度育种任务按期完成率", "≥95%", "≥95%"),
        (None, "成本指标", "种质资源单份保存成本", "≤0.3万元/份", "≤0.3万元/份"),
        ("效益指标", "社会效益指标", "新品种示范推广面积", "≥500亩", "≥150亩"),
        (None, "可持续影响指标", "种质资源圃运行年限", "≥10年",
         ok("≥10年", note="运行年限不是累计数量，两列相同不是照抄")),
        ("满意度指标", "服务对象满意度指标", "合作育苗基地满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ez04-succulent-smart-house", (7, 8), "two-year project, NAT-2021, two-row header "
         "(指标值 over 实施期 and 2025年度), period counts above the year's, a later year the work "
         "prepares for (correct)")  # fmt: skip
def ez04() -> Book:
    b, s = book()
    goals = ("2025—2026年改造智能温室1.8万平方米，引进多肉植物品种120个，安装补光设备60套，"
             "形成栽培技术规程2项，为2027年在全县推广积累技术数据。",
             "2025年改造智能温室1万平方米，引进多肉植物品种80个，安装补光设备32套。")  # fmt: skip
    project_head(s, year=2025, years=2, name="岚渚镇多肉植物智能温室改造项目", dept=DEPT,
                 unit="岚渚镇现代花卉产业园", money=funds2((600, 500, 100), (320, 270, 50)),
                 goals=goals)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "实施期（2025—2026年）", "2025年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "改造智能温室面积", "≥1.8万平方米", "≥1万平方米"),
        (None, None, "引进多肉植物品种", "≥120个", "≥80个"),
        (None, None, "安装补光设备", "≥60套", "≥32套"),
        (None, "质量指标", "多肉成品苗合格率", "≥95%", "≥95%"),
        (None, "时效指标", "改造任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "温室改造单位成本", "≤300元/平方米", "≤300元/平方米"),
        ("效益指标", "经济效益指标", "多肉成品苗销售收入", "≥400万元", "≥180万元"),
        (None, "可持续影响指标", "形成智能温室栽培技术规程", "≥2项", "≥1项"),
        ("满意度指标", "服务对象满意度指标", "园区种植户满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ez05-flower-centre-flat", (3, 12), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percent cells, 0起 on an incident count, tasks "
         "adding to 金额合计 = 项目支出 (correct)")  # fmt: skip
def ez05() -> Book:
    b, s = book()
    goal = ("1.补贴蝴蝶兰组培种苗150万株；2.为多肉植物温室提供技术服务80栋次；3.培训花卉拍卖"
            "交易员200人次；4.全年不发生温室安全生产事故。")  # fmt: skip
    department_head(s, year=2025, dept="苇汀县花卉产业发展服务中心", goal=goal,
                    budget=budget(860, 800, 60, 340, 520), tasks=tasks(
        ("蝴蝶兰种苗补贴", "向种植户发放组培种苗补贴", 220, "补贴种苗150万株"),
        ("多肉温室技术服务", "温室栽培、病虫害防治指导", 180, "技术服务80栋次"),
        ("拍卖交易员培训", "花卉分级、竞价规则培训", 120, "培训200人次"),
        ("金额合计", None, 520, None),
    ))  # fmt: skip
    caption(s, "年度绩效指标")
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("补贴蝴蝶兰种苗数量", 15, "万株", "≥", 150),
        ("多肉温室技术服务", 15, "栋次", "≥", 80),
        ("拍卖交易员培训", 10, "人次", "≥", 200),
        ("种苗补贴资金兑付及时率", 10, "%", "≥", pct(0.95)),
        ("技术服务问题解决率", 10, "%", "≥", pct(0.9)),
        ("温室安全生产事故", 10, "起", "≤", 0),
        ("花卉产业产值增长率", 10, "%", "≥", pct(0.08)),
        ("单株种苗补贴标准", 10, "元/株", "≤", 1.2),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    sign(s, "宁照溪", "0793-6618825", "冼若岑", (2024, 11, 15))
    return b


@variant("ez06-orchid-forcing-points", (5, 10), "project, OLD-NAT, tier-1 labels with points "
         "(产出指标（50分）), numbered tier-2 (1.数量指标), an indicator score column: tier points "
         "not matched, the same indicator twice, a quality rate under 时效")  # fmt: skip
def ez06() -> Book:
    b, s = book()
    goal = "2025年完成蝴蝶兰花期调控8万盆，首批年宵花12月20日前上市，带动花农就业40人。"
    project_head(s, year=2025, name="岚渚镇蝴蝶兰花期调控温室项目", dept=DEPT,
                 unit="岚渚镇蝴蝶兰专业合作社联合社", money=funds(180, 150, 30),
                 goals=[goal])  # fmt: skip
    tier = mk("产出指标（50分）", "W103", "error", alt=("W101",),
              note="产出指标标50分，其下各指标分值合计45分")  # fmt: skip
    twice = mk("≥6万盆", "D102", "error", row=True, alt=("D103", "D101"),
               note="与“花期调控蝴蝶兰盆数 ≥8万盆”是同一指标，值却不同")  # fmt: skip
    wrong = mk("开花整齐率", "F201", "warning", row=True, note="质量类比率填在时效指标下")
    table(s, (*T4, "分值"), [
        (tier, "1.数量指标", "花期调控蝴蝶兰盆数", "≥8万盆", 10),
        (None, None, "花期调控蝴蝶兰数量", twice, 10),
        (None, "2.质量指标", "商品花株高合格率", "≥92%", 10),
        (None, "3.时效指标", wrong, "≥90%", 5),
        (None, None, "首批年宵花上市时间", "2025年12月20日前", 5),
        (None, "4.成本指标", "单盆花期调控成本", "≤15元/盆", 5),
        ("效益指标（30分）", "1.经济效益指标", "年宵花销售收入", "≥480万元", 15),
        (None, "2.社会效益指标", "带动花农就业", "≥40人", 15),
        ("满意度指标（20分）", "1.服务对象满意度指标", "采购商满意度", "≥90%", 10),
        (None, None, "合作花农满意度", "≥90%", 10),
    ])  # fmt: skip
    return b
