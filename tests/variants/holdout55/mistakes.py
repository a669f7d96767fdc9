"""Returns in the same hard shapes with one to three planted mistakes each: money that does not
add up, a rate above 100 %, a rate given as a count, an operator against the direction, an
annual count above the period count, a year copied from last year's form, a conflicting
duplicate, a unit conflict, a tier-2 under the wrong section, a garbled operator, cumulative
counts copied from 中期 into 年度, an annual budget above the period budget."""

from __future__ import annotations

from tests.variants.holdout55 import common
from tests.variants.holdout55.registry import variant
from tests.variants.kit import Book, mk, money, pct


@variant("jm13-column-b-money", (4, 12), "project, OLD-NAT, head and table from column B with "
         "notes in column A; 年度资金总额 ≠ 财政拨款 + 其他资金, a 完好率 of ≥100%")  # fmt: skip
def jm13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(22, 14, 14, 30, 18, 16, 16))
    common.project(s, col=2, year=2026, name="高标准农田建设后续管护项目",
                   dept="望江区农业农村局", unit="望江区农田建设服务站",
                   money=[("实施期资金总额", money(300), "年度资金总额",
                           mk(money(300), "B101", "error", note="260 + 30 = 290")),
                          ("其中：财政拨款", money(270), "其中：财政拨款", money(260)),
                          ("其他资金", money(30), "其他资金", money(30))],
                   goals=["完成3.2万亩高标准农田管护，维修田间道路12公里、灌排渠道20公里，"
                          "受益农户5200户。"])  # fmt: skip
    s.put(2, 1, "说明：本表由区农业农村局汇总填报")
    s.put(6, 1, "（资金以区财政下达文件为准）")
    s.row("一级指标", "二级指标", "三级指标", "指标值", col=2)
    top = s.r
    s.table([
        ("产出指标", "数量指标", "高标准农田管护面积", "≥3.2万亩"),
        (None, None, "维修田间道路长度", "≥12公里"),
        (None, None, "维修灌排渠道长度", "≥20公里"),
        (None, "质量指标", "管护设施完好率", mk("≥100%", "T106", "error")),
        (None, None, "维修工程验收合格率", pct(1)),
        (None, "时效指标", "汛前维修完成时间", "2026年5月31日前"),
        (None, "成本指标", "每亩管护补助标准", "≤60元/亩"),
        ("效益指标", "经济效益指标", "粮食亩均产能提升", "≥50公斤"),
        (None, "社会效益指标", "受益农户数", "≥5200户"),
        (None, "生态效益指标", "高效节水灌溉面积", "≥1.5万亩"),
        (None, "可持续影响指标", "管护责任落实率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ], merged=(1, 2), col=2)  # fmt: skip
    s.put(top + 1, 1, "注：管护面积含2024年度新建项目")
    common.signed(s, "赵永强", "2025年11月13日", col=2)
    return b


@variant("jm14-value-first-defects", (7, 11), "project, NAT-2021, value column before the name: "
         "a 覆盖率 given as a count of 小区, a 投诉率 with ≥")  # fmt: skip
def jm14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 16, 30, 28, 12))
    common.project(
        s,
        year=2026,
        name="城区生活垃圾分类收运项目",
        dept="梅坞县城市管理局",
        unit="梅坞县环境卫生管理所",
        money=[
            ("实施期资金总额", money(640), "年度资金总额", money(640)),
            ("其中：财政拨款", money(600), "其中：财政拨款", money(600)),
            ("其他资金", money(40), "其他资金", money(40)),
        ],
        goals=["城区生活垃圾日均收运120吨，日产日清，生活垃圾回收利用率达到40%以上。"],
    )
    s.row("一级指标", "二级指标", "指标值", "三级指标", "指标解释")
    s.table([
        ("产出指标", "数量指标", "≥120吨/日", "生活垃圾日均收运量", None),
        (None, None, mk("≥28个", "T105", "error"), "生活垃圾分类小区覆盖率",
         "实行分类投放的小区"),
        (None, None, "≥15辆", "分类收运车辆配置数量", None),
        (None, "质量指标", "≥98%", "生活垃圾日产日清率", None),
        (None, None, mk("≥2%", "T108", "warning", row=True), "收运服务投诉率",
         "投诉件数/服务户数"),
        (None, "时效指标", "≤2小时", "垃圾满溢处置响应时间", None),
        ("成本指标", "经济成本指标", "≤120元/吨", "垃圾收运单位成本", "不含末端处置费"),
        ("效益指标", "社会效益指标", "≥40%", "生活垃圾回收利用率", None),
        (None, "生态效益指标", "≥35%", "厨余垃圾分出率", None),
        (None, "可持续影响指标", "健全", "分类收运长效管理机制", None),
        ("满意度指标", "服务对象满意度指标", "≥90%", "居民满意度", None),
    ], merged=(1, 2))  # fmt: skip
    common.signed(s, "钱伟", "2025年11月17日")
    return b


@variant("jm15-side-by-side-defects", (8,), "three-year project, NAT-2021, 中期 and 年度 tables "
         "side by side: an annual count above the period count, the 年度 table titled with "
         "last year")  # fmt: skip
def jm15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(12, 14, 26, 16, 3, 12, 14, 26, 16))
    common.project(s, year=2026, years=3, name="科技型中小企业创新能力培育项目",
                   dept="石楼区科学技术局", unit="石楼区生产力促进中心", attr="新增项目",
                   money=[("中期资金总额", money(900), "年度资金总额", money(320)),
                          ("其中：财政拨款", money(850), "其中：财政拨款", money(300)),
                          ("其他资金", money(50), "其他资金", money(20))],
                   goals=["2026—2028年累计培育科技型中小企业120家，支持企业研发项目60项。",
                          "2026年培育科技型中小企业40家，支持企业研发项目20项。"])  # fmt: skip
    s.skip()
    s.row("中期绩效指标（2026—2028年）", None, None, None, None,
          mk("年度绩效指标（2025年）", "Y101", "error", alt=("Y103",)), None, None, None,
          merge=[(1, 4), (6, 9)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None,
          "一级指标", "二级指标", "三级指标", "指标值")  # fmt: skip
    lines = [
        ("产出指标", "数量指标", "培育科技型中小企业数量", "≥120家",
         mk("≥150家", "D201", "error", alt=("D104",), note="年度 150 > 中期 120")),
        (None, None, "支持企业研发项目数", "≥60项", "≥20项"),
        (None, None, "组织科技创新培训场次", "≥18场", "≥6场"),
        (None, "质量指标", "研发项目验收通过率", "≥90%", "≥90%"),
        (None, "时效指标", "补助资金兑付时限", "≤30个工作日", "≤30个工作日"),
        ("成本指标", "经济成本指标", "单个研发项目补助上限", "≤10万元/项", "≤10万元/项"),
        ("效益指标", "经济效益指标", "受支持企业研发投入增长率", "≥10%", "≥10%"),
        (None, "社会效益指标", "新增授权发明专利数", "≥45件", "≥15件"),
        (None, "可持续影响指标", "企业研发机构建有率", "≥50%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "受支持企业满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    first = s.r + 1
    s.table([(a, b2, c, d) for a, b2, c, d, _ in lines], merged=(1, 2))
    s.r = first - 1
    s.table([(a, b2, c, e) for a, b2, c, _, e in lines], merged=(1, 2), col=6)
    common.signed(s, "杨帆", "2025年11月24日")
    return b


@variant("jm16-second-sheet-defects", (7,), "project, OLD-NAT: head on a cover sheet, table on "
         "a second sheet with a unit column; a conflicting duplicate, a unit conflict")  # fmt: skip
def jm16() -> Book:
    b = Book()
    s = b.sheet("封面及基本情况")
    common.project(s, year=2026, name="全民健身赛事活动项目", dept="青榆市体育局",
                   unit="青榆市社会体育指导中心",
                   money=[("实施期资金总额", money(235), "年度资金总额", money(235)),
                          ("其中：财政拨款", money(215), "其中：财政拨款", money(215)),
                          ("其他资金", money(20), "其他资金", money(20))],
                   goals=["全年举办全民健身赛事活动45场，参与群众3万人次，培训社会体育指导员"
                          "500人。"])  # fmt: skip
    t = b.sheet("绩效目标", widths=(14, 16, 30, 16, 12))
    common.title(t, "全民健身赛事活动项目绩效目标", 1, 5)
    t.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    t.table([
        ("产出指标", "数量指标", "举办全民健身赛事活动场次", "≥45场", "场"),
        (None, None, "赛事参与群众人次", mk("≥3万人次", "T112", "error", row=True), "场"),
        (None, None, "培训社会体育指导员人数", "≥500人", "人"),
        (None, "质量指标", "赛事安全保障达标率", pct(1), "%"),
        (None, "时效指标", "年度赛事计划完成时间", "2026年12月31日前", None),
        (None, "成本指标", "单场赛事平均补助", "≤4万元/场", "万元/场"),
        ("效益指标", "社会效益指标",
         mk("举办全民健身赛事活动场次", "D102", "error", row=True,
            alt=("D101", "D103", "D104", "F201"),
            note="the duplicate is also a count placed under 社会效益 (F201 fits too)"),
         "≥60场", "场"),
        (None, None, "经常参加体育锻炼人数比例", "≥42%", "%"),
        (None, "可持续影响指标", "品牌赛事持续举办届数", "≥3届", "届"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%", "%"),
    ], merged=(1, 2))  # fmt: skip
    common.signed(t, "冯晓东", "2025年11月26日")
    return b


@variant("jm17-section-rows-defects", (5,), "project, NAT-2021, tier-2 column with tier-1 "
         "section rows: the 成本指标 section row missing (经济成本指标 under 产出), a garbled "
         "operator ≥≥")  # fmt: skip
def jm17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(18, 32, 18, 20, 12, 12))
    common.project(s, year=2026, name="退役军人就业创业扶持项目", dept="澄川市退役军人事务局",
                   unit="澄川市退役军人服务中心",
                   money=[("实施期资金总额", money(188), "年度资金总额", money(188)),
                          ("其中：财政拨款", money(176), "其中：财政拨款", money(176)),
                          ("其他资金", money(12), "其他资金", money(12))],
                   goals=["组织退役军人适应性培训和技能培训600人次，举办专场招聘会8场，扶持"
                          "创业项目30个。"])  # fmt: skip
    s.row("二级指标", "三级指标", "指标值", "备注")

    def section(text: str) -> None:
        s.row(text, None, None, None, merge=[(1, 4)])

    section("一、产出指标")
    s.table([
        ("数量指标", "退役军人技能培训人次", "≥600人次", None),
        (None, "退役军人专场招聘会场次", "≥8场", None),
        (None, "扶持创业项目个数", "≥30个", None),
        ("质量指标", "培训结业考核合格率", mk("≥≥90%", "T116", "warning"), None),
        ("时效指标", "创业补贴发放时限", "≤20个工作日", "自审核通过之日起"),
        (mk("经济成本指标", "F105", "error", row=True, alt=("F106", "F107", "F104", "F101"),
            note="the 成本指标 section row is missing: these rows have no tier-1 of their own"),
         "人均技能培训补助标准", "≤2000元/人", None),
        (None, mk("单个创业项目扶持标准", "F101", "error", row=True, required=False,
                  alt=("F105", "F106", "F107", "F104"), note="same missing 成本指标 tier-1"),
         "≤2万元/个", None),
    ], merged=(1,))  # fmt: skip
    section("二、效益指标")
    s.table([
        ("社会效益指标", "培训后就业创业率", "≥70%", None),
        (None, "创业带动就业人数", "≥90人", None),
        ("可持续影响指标", "退役军人就业服务机制", "健全", None),
    ], merged=(1,))  # fmt: skip
    section("三、满意度指标")
    s.table([("服务对象满意度指标", "退役军人满意度", "≥90%", None)])
    common.signed(s, "唐振华", "2025年11月15日")
    return b


@variant("jm18-frozen-hidden-defects", (4, 8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, frozen panes, a print area, hidden helper columns: cumulative counts copied "
         "from 中期 into 年度, an annual budget above the period budget")  # fmt: skip
def jm18() -> Book:
    b = Book()
    s = b.sheet("绩效目标申报表", widths=(14, 16, 28, 18, 18, 16, 10, 20))
    common.project(
        s,
        year=2026,
        years=3,
        name="森林防火能力提升项目",
        dept="鹤泉县林业局",
        unit="鹤泉县森林防火指挥部办公室",
        attr="新增项目",
        money=[
            ("中期资金总额", money(1200), "年度资金总额", mk(money(1260), "B103", "error")),
            ("其中：财政拨款", money(1100), "其中：财政拨款", money(1160)),
            ("其他资金", money(100), "其他资金", money(100)),
        ],
        goals=[
            "2026—2028年建设防火通道60公里、瞭望塔8座，森林火灾受害率控制在0.9‰以内。",
            "2026年建设防火通道20公里、瞭望塔3座，组建专业扑火队2支。",
        ],
    )
    head = s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注",
                 "序号", "下拉键")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "防火通道建设里程", "≥60公里",
         mk("≥60公里", "D202", "warning", alt=("D104",))),
        (None, None, "瞭望塔建设数量", "≥8座", mk("≥8座", "D202", "warning", alt=("D104",))),
        (None, None, "专业扑火队组建数量", "≥4支", "≥2支"),
        (None, "质量指标", "工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "火情发现至报告时间", "≤30分钟", "≤30分钟"),
        ("成本指标", "经济成本指标", "防火通道单位造价", "≤12万元/公里", "≤12万元/公里"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", "≤0.9‰"),
        (None, "社会效益指标", "森林火灾24小时扑灭率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "防火设施使用年限", "≥20年", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    s.table(rows, merged=(1, 2))
    t1 = t2 = ""
    for i, r in enumerate(rows):
        t1, t2 = r[0] or t1, r[1] or t2
        s.put(head + 1 + i, 7, i + 1)
        s.put(head + 1 + i, 8, f"{t1}|{t2}")
    s.ws.column_dimensions["G"].hidden = True
    s.ws.column_dimensions["H"].hidden = True
    s.ws.freeze_panes = f"D{head + 1}"
    s.ws.print_area = f"A1:F{s.r + 2}"
    common.signed(s, "邓林", "2025年11月27日")
    return b
