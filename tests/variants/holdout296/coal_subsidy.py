"""Returns st13–st18: 散煤治理 and 取暖补贴 (department forms with flat lists and money blocks,
template rows left empty, notes, subtotals and a header repeated after a page break)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout296.common import funds, indicators, note, sign, single, start, w
from tests.variants.holdout296.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("st13-coal-flat", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percent cells, weights add to 100, a 清零 "
         "target (correct)")  # fmt: skip
def st13() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="楮川县发展和改革局",
                    budget=[[w(2860), w(2790), w(70), w(410), w(2450)]],
                    tasks=[("农村清洁取暖运行补贴", "对煤改气、煤改电农户按采暖季用气用电量补贴",
                            w(1520), "补贴按时足额发放到户"),
                           ("散煤治理执法检查", "开展散煤销售、运输、燃用联合执法检查", w(180),
                            "无证散煤经营网点动态清零"),
                           ("洁净型煤替代", "为暂不具备改造条件的山区农户配送洁净型煤", w(750),
                            "山区农户温暖过冬"),
                           ("金额合计", None, w(2450), None)],
                    goal="全县农村清洁取暖覆盖率达到92%以上，散煤经营网点动态清零，取暖补贴"
                         "按时足额发放。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("清洁取暖运行补贴发放户数", 15, "户", "≥", 21600),
        ("户均运行补贴标准", 10, "元/户", "≤", 700),
        ("农村清洁取暖覆盖率", 15, "%", "≥", pct(0.92)),
        ("无证散煤经营网点数量", 10, "个", "≤", 0),
        ("散煤联合执法检查", 10, "次", "≥", 24),
        ("洁净型煤配送量", 10, "吨", "≥", 9800),
        ("取暖补贴按时发放率", 10, "%", "≥", pct(0.98)),
        ("采暖季空气质量优良天数比率提高", 10, "百分点", "≥", 2),
        ("补贴对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "雷蕴之", "0537-5216083", day(2024, 11, 12, CN_DATE))
    return b


@variant("st14-subsidy-flat-wrong", (3, 11), "department, flat list in another order "
         "(指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): unit, direction "
         "and weight defects")  # fmt: skip
def st14() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="鹤汀乡人民政府",
                    budget=[[w(640), w(600), w(40), w(185), w(455)]],
                    tasks=[("煤改电采暖电价补贴", "对煤改电农户采暖期用电给予电价补贴", w(310),
                            "补贴足额兑付"),
                           ("散煤替代燃料补助", "为未改造农户配送洁净燃料", w(145), "不复烧散煤"),
                           ("金额合计", None, w(455), None)],
                    goal="兑付4800户煤改电采暖电价补贴，"
                         "为1300户未改造农户配送洁净燃料。")  # fmt: skip
    unit = mk("≥4800户", "T112", "error", note="户 in the value, 人 in the unit column")
    floor = mk("≥0.5%", "T108", "warning", row=True, note="declared 反向 but written ≥")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("煤改电采暖电价补贴发放户数", unit, "正向", "人", 20),
        ("户均电价补贴标准", "≤640元/户", "反向", "元/户", 10),
        ("补贴资金发放差错率", floor, "反向", "%", 10),
        ("洁净燃料配送户数", "≥1300户", "正向", "户", 15),
        ("补贴资金兑付及时率", "≥98%", "正向", "%", 15),
        ("采暖季散煤复烧户数", "≤20户", "反向", "户", 10),
        ("补贴对象满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


@variant("st15-coal-department-money", (12,), "department, NAT-2021: budget with a row of typed "
         "shares, key tasks with a 金额合计, word operators, all consistent (correct)")  # fmt: skip
def st15() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="榆湾市生态环境局",
                    budget=[[w(5200), w(4784), w(416), w(780), w(4420)],
                            [pct(1), pct(0.92), pct(0.08), pct(0.15), pct(0.85)]],
                    tasks=[("散煤治理监管执法", "散煤销售、燃用环节执法检查及网格化巡查", w(620),
                            "散煤复燃动态清零"),
                           ("清洁取暖改造奖补", "按完成煤改气、煤改电户数对区县奖补", w(3150),
                            "奖补3.15万户"),
                           ("大气环境监测及评估", "采暖季空气质量监测与清洁取暖成效评估", w(650),
                            "按时形成评估报告"),
                           ("金额合计", None, w(4420), None)],
                    goal="全市奖补清洁取暖改造3.15万户，采暖季PM2.5平均浓度同比下降6%以上，"
                         "散煤复燃动态清零。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "奖补清洁取暖改造户数", "不少于31500户"),
        (None, None, "散煤经营使用单位执法检查", "不少于1200家次"),
        (None, "质量指标", "改造户抽查核验合格率", "98%以上"),
        (None, "时效指标", "奖补资金下达时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "户均改造奖补标准", "≤0.1万元/户"),
        ("效益指标", "生态效益指标", "采暖季PM2.5平均浓度同比下降率", "≥6%"),
        (None, "社会效益指标", "散煤复燃问题整改率", "=100%"),
        (None, "可持续影响指标", "清洁取暖长效管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众对采暖季空气质量改善满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("st16-department-money-wrong", (12,), "department, OLD-NAT: 基本支出 + 项目支出 ≠ "
         "资金总额, the task amounts not adding to their 金额合计")  # fmt: skip
def st16() -> Book:
    b, s = start()
    total = mk(w(3380), "B101", "error", row=True,
               note="基本支出 600 + 项目支出 2760 = 3360 ≠ 资金总额 3380")  # fmt: skip
    summed = mk(w(2760), "B102", "error", alt=("B101",),
                note="tasks 1460 + 780 + 560 = 2800 ≠ 金额合计 2760")  # fmt: skip
    department_head(s, year=2025, dept="苇泊区住房和城乡建设局",
                    budget=[[total, w(3100), w(280), w(600), w(2760)]],
                    tasks=[("城中村煤改气入户补助", "对城中村煤改气农户给予入户改造补助",
                            w(1460), "完成3650户改造"),
                           ("老旧小区热计量改造", "为老旧小区加装分户热计量装置", w(780),
                            "完成5200户加装"),
                           ("困难群众取暖补贴", "向低保、特困等困难群众发放冬季取暖补贴",
                            w(560), "应发尽发"),
                           ("金额合计", None, summed, None)],
                    goal="完成城中村3650户煤改气，老旧小区5200户热计量改造，困难群众取暖补贴"
                         "应发尽发。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "煤改气入户补助户数", "≥3650户"),
        (None, None, "热计量装置加装户数", "≥5200户"),
        (None, None, "困难群众取暖补贴发放户数", "≥2800户"),
        (None, "质量指标", "热计量装置安装合格率", "≥98%"),
        (None, "时效指标", "取暖补贴发放时间", "2025年11月30日前"),
        (None, "成本指标", "户均煤改气入户补助", "≤0.4万元/户"),
        (None, None, "困难群众取暖补贴标准", "≤2000元/户"),
        ("效益指标", "社会效益指标", "困难群众取暖补贴应发尽发率", "=100%"),
        (None, "生态效益指标", "减少散煤使用量", "≥9500吨"),
        ("满意度指标", "服务对象满意度指标", "补助对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("st17-template-rows", (6, 13), "project, NAT-2021, header 预期目标, 煤改电 running "
         "subsidy: two tier-2 rows left from the template, a value without a name")  # fmt: skip
def st17() -> Book:
    b, s = start()
    project_head(s, year=2025, name="楮川县煤改电用户采暖期运行补贴项目",
                 dept="楮川县发展和改革局（402）", unit="楮川县能源发展服务中心",
                 money=funds(680, 650, 30),
                 goals=["对5400户煤改电用户按采暖期用电量给予运行补贴，"
                        "防止散煤复烧。"])  # fmt: skip
    left = "a tier-2 row left from the template with no indicator and no value"
    social = mk("社会成本指标", "F109", "warning", row=True, note=left)
    lasting = mk("可持续影响指标", "F109", "warning", row=True, note=left)
    nameless = mk(None, "F110", "error", note="a value ≥12场 with no indicator name")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "户均采暖期运行电费补贴", "≤1200元/户"),
        (None, social, None, None),
        ("产出指标", "数量指标", "享受运行补贴的煤改电户数", "≥5400户"),
        (None, None, nameless, "≥12场"),
        (None, "质量指标", "补贴对象信息核验准确率", "≥99%"),
        (None, "时效指标", "补贴资金兑付时间", "2025年4月30日前"),
        ("效益指标", "社会效益指标", "煤改电用户采暖季散煤复烧率", "≤2%"),
        (None, "生态效益指标", "采暖季替代散煤量", "≥1.3万吨"),
        (None, lasting, None, None),
        ("满意度指标", "服务对象满意度指标", "补贴户满意度", "≥90%"),
    ])  # fmt: skip
    return b


HEAD = ("一级指标", "二级指标", "指标内容", "绩效标准", "分值")


@variant("st18-coal-notes", (4, 7), "project, OLD-NAT, headers 指标内容 and 绩效标准, a score "
         "column: a 说明 row, subtotal rows, the header repeated after a page break, a total "
         "row, footnotes, 填表说明, signature and date lines (correct)")  # fmt: skip
def st18() -> Book:
    b, s = start("Sheet1", (16, 18, 32, 20, 10, 10))
    project_head(s, year=2025, name="杞岭镇散煤清洁化替代及监管项目", dept="杞岭镇人民政府（608）",
                 unit="杞岭镇生态环境保护工作站", money=single(980, 920, 60),
                 goals=["为2600户未改造农户配送洁净型煤7800吨，整治散煤销售点40个，"
                        "采暖季散煤复烧问题动态清零。"])  # fmt: skip
    s.row(*HEAD)
    note(s, "说明：“绩效标准”栏填写2025年度目标值，比率类指标以百分比表示。", 5)
    s.table([
        ("产出指标", "数量指标", "洁净型煤替代散煤户数", "≥2600户", 10),
        (None, None, "配送洁净型煤", "≥7800吨", 10),
        (None, None, "散煤销售点排查整治", "≥40个", 5),
        (None, "质量指标", "洁净型煤抽检合格率", "≥98%", 10),
        (None, "时效指标", "洁净型煤入户配送完成时间", "2025年11月15日前", 10),
        (None, "成本指标", "洁净型煤采购单价", "≤1050元/吨", 5),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.skip()
    s.row(*HEAD)
    s.table([
        ("效益指标", "社会效益指标", "采暖季散煤复烧问题发现整改率", "=100%", 10),
        (None, "生态效益指标", "采暖季减少原煤散烧量", "≥7500吨", 10),
        (None, "可持续影响指标", "散煤监管网格员覆盖行政村", "≥18个", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30, merge=[(1, 4)])
    s.table([
        ("满意度指标", "服务对象满意度指标", "配送农户满意度", "≥90%", 10),
        (None, None, "村民对散煤治理工作满意度", "≥88%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 20, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    note(s, "注：1. 分值合计100分（产出50分、效益30分、满意度20分），小计、合计行不是指标。", 5)
    note(s, "2. 预算执行率由镇财政所在年终自评时另行考核，不列入本表。", 5)
    note(s, "填表说明：指标值须量化，不能量化的以等级表述；本表一式两份。", 5)
    sign(s, "褚雁", "0913-6652817", day(2024, 12, 6, CN_DATE), head="吕青禾")
    return b
