"""衔接推进乡村振兴补助资金 projects with their amounts per village (pt13–pt18): a project head
in 万元 or in 元, a per-village block with standards in 元/户 and amounts in 万元 or 元, a
county project list on one sheet and a flat indicator list on the next, two village projects
stacked in one sheet, and template rows left empty."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout218.common import (
    ONE,
    OPS,
    PROJECTS,
    block,
    book,
    grid,
    indicators,
    note,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout218.registry import variant
from tests.variants.kit import Book, day, mk, pct

TITLE = "2026年度衔接推进乡村振兴补助资金项目绩效目标表"
SHARE = "0.00%"


@variant("pt13-courtyard-per-village", (1, 5, 12), "衔接资金 project: head in 万元, a per-village "
         "block (户数 × 元/户 = 万元) that adds up, numbered NAT-2021 tiers, operator and unit "
         "columns with 95% and 92% cells (correct)")  # fmt: skip
def pt13() -> Book:
    b, s = book("Sheet1", (16, 22, 26, 12, 20, 14))
    project_head(
        s, year=2026, name="枫岭镇2026年脱贫户庭院经济奖补项目",
        dept="岭前县农业农村局（乡村振兴局）", unit="岭前县枫岭镇人民政府", attr="新增项目",
        money=[("年度资金总额", wan(93.60), "其中：中央衔接资金", wan(70.00)),
               ("省级衔接资金", wan(15.00), "县级衔接资金", wan(8.60))],
        goals=["2026年对枫岭镇4个村312户脱贫户（监测户）发展庭院经济给予奖补，每户3000元，带动"
               "户均年增收1500元以上。"],
        start=day(2026, 3, 1), end=day(2026, 10, 31), title=TITLE,
    )  # fmt: skip
    block(s, "分村奖补资金安排（补助标准单位：元/户；奖补资金单位：万元）",
          ("行政村", "奖补户数（户）", "补助标准（元/户）", "奖补资金（万元）", "测算依据"), [
        ("上坪村", 86, 3000, grid(25.80), "86户×3000元/户"),
        ("下坪村", 64, 3000, grid(19.20), "64户×3000元/户"),
        ("石桥村", 102, 3000, grid(30.60), "102户×3000元/户"),
        ("竹园村", 60, 3000, grid(18.00), "60户×3000元/户"),
    ], ("合计", 312, None, grid(93.60), "与年度资金总额一致"))  # fmt: skip
    indicators(s, OPS, [
        ("一、产出指标", "（一）数量指标", "奖补脱贫户（监测户）户数", "≥", 312, "户"),
        (None, None, "覆盖行政村", "=", 4, "个"),
        (None, "（二）质量指标", "庭院经济项目验收合格率", "≥", pct(0.95), "%"),
        (None, "（三）时效指标", "奖补资金兑付完成时间", None, "2026年10月31日前", None),
        ("二、成本指标", "（一）经济成本指标", "户均奖补标准", "≤", 3000, "元/户"),
        ("三、效益指标", "（一）经济效益指标", "受益户户均年增收", "≥", 1500, "元"),
        (None, "（二）社会效益指标", "带动脱贫人口", "≥", 960, "人"),
        (None, "（三）可持续影响指标", "庭院经济联农带农机制", None, "建立并执行", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "受益户满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    note(s, "注：补助标准以元/户计，资金以万元计。")
    sign(s, "龙秀禾", "石家进", "0743-57126630")
    return b


@variant("pt14-toilets-total-wrong", (12,), "衔接资金 project: per-village lines that do not add "
         "up to their 合计, a 奖补标准 × households above the money")  # fmt: skip
def pt14() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="清水镇2026年农村户厕改造奖补项目",
        dept="溪口县农业农村局（乡村振兴局）", unit="溪口县清水镇人民政府", attr="延续项目",
        money=[("年度资金总额", wan(152.00), "其中：中央衔接资金", wan(120.00)),
               ("县级衔接资金", wan(32.00), None, None)],
        goals=["2026年在清水镇4个村改造农村卫生户厕980户，改厕验收合格率100%，农村卫生厕所"
               "普及率提高3个百分点以上。"],
        title=TITLE,
    )  # fmt: skip
    block(s, "分村改厕任务及资金（单位：户、万元）", ("行政村", "改厕户数", "安排资金", "备注"), [
        ("清水村", 260, grid(38.00), "三格式化粪池"),
        ("杨柳村", 280, grid(41.50), None),
        ("枣林村", 190, grid(29.00), None),
        ("坪上村", 250, grid(37.50), "含公共厕所1座"),
    ], ("合计", 980, mk(grid(152.00), "B102", "error", alt=("B101",),
                        note="the lines add up to 146.00"), None))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造农村卫生户厕", "≥980户"),
        (None, "质量指标", "改厕验收合格率", "=100%"),
        (None, "时效指标", "改厕任务完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "户厕改造奖补标准",
         mk("≤1800元/户", "B107", "warning", row=True, note="1800 × 980户 = 176.4万 > 152万")),
        ("效益指标", "社会效益指标", "农村卫生厕所普及率提高", "≥3个百分点"),
        (None, "生态效益指标", "粪污无害化处理率", "≥90%"),
        (None, "可持续影响指标", "户厕长效管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pt15-county-list-flat-goals", (3, 4, 7, 12), "a county's 衔接资金 project list (amounts "
         "per village by source) on one sheet, the money and a flat indicator list (指标性质 as "
         "direction, unit column, weights adding to 100) on the next (correct)")  # fmt: skip
def pt15() -> Book:
    b, s = book("项目计划表", (6, 26, 14, 32, 12, 12, 12, 12, 24))
    s.title("宁溪县2026年衔接推进乡村振兴补助资金项目计划表", 9)
    s.row("单位：万元", merge=[(1, 9)])
    s.row("序号", "项目名称", "实施地点", "建设内容及规模", "资金规模", "中央衔接资金",
          "省级衔接资金", "县级衔接资金", "联农带农机制")  # fmt: skip
    for p in PROJECTS:
        s.row(*p[:4], *(wan(v) for v in p[4:8]), p[8])
    s.row("合计", None, None, None, wan(353.50), wan(255.00), wan(66.00), wan(32.50), None,
          merge=[(1, 4)])  # fmt: skip
    t = b.sheet("绩效目标表", (8, 30, 12, 14, 12, 12))
    t.title("宁溪县2026年衔接推进乡村振兴补助资金绩效目标表", 6)
    t.row("资金情况（万元）", None, "资金总额", "中央衔接资金", "省级衔接资金", "县级衔接资金",
          merge=[(1, 2)])  # fmt: skip
    t.row(None, None, wan(353.50), wan(255.00), wan(66.00), wan(32.50))
    t.ws.merge_cells(start_row=t.r - 1, start_column=1, end_row=t.r, end_column=2)
    t.row("年度绩效目标", "实施衔接资金项目5个，改造提升茶园800亩、硬化产业路2.8公里、新建冷藏"
          "保鲜库500吨，衔接资金用于产业发展的比例不低于60%，带动420户以上脱贫户增收。",
          merge=[(2, 6)])  # fmt: skip
    t.row("序号", "指标名称", "指标性质", "指标值", "计量单位", "权重（分）")
    t.table([
        (1, "实施衔接资金项目个数", "正向", "≥5", "个", 10),
        (2, "改造提升高标准茶园面积", "正向", "≥800", "亩", 10),
        (3, "硬化产业路里程", "正向", "≥2.8", "公里", 8),
        (4, "新建冷藏保鲜库库容", "正向", "≥500", "吨", 8),
        (5, "项目竣工验收合格率", "正向", pct(1), "%", 10),
        (6, "衔接资金用于产业发展比例", "正向", "≥60", "%", 10),
        (7, "产业路每公里建设成本", "反向", "≤30", "万元/公里", 10),
        (8, "带动脱贫户增收户数", "正向", "≥420", "户", 14),
        (9, "项目资产确权移交率", "正向", "=100", "%", 10),
        (10, "受益群众满意度", "正向", "≥90", "%", 10),
    ])  # fmt: skip
    t.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    note(t, "注：指标性质填正向或反向；指标值均为2026年度目标。")
    sign(t, "宋岚溪", "滕永福", "0745-66218307")
    return b


@variant("pt16-village-shares-in-yuan", (1, 12), "衔接资金 project: head in 万元, a per-village "
         "block in 元 with shares (one share wrong), a 登记率 above 100%")  # fmt: skip
def pt16() -> Book:
    b, s = book("Sheet1", (14, 22, 30, 16, 18, 14))
    project_head(
        s, year=2026, name="白鹭镇2026年村级集体经济发展项目",
        dept="横山县农业农村局（乡村振兴局）", unit="横山县白鹭镇人民政府", attr="新增项目",
        money=[("年度资金总额", wan(240.00), "其中：中央衔接资金", wan(200.00)),
               ("县级衔接资金", wan(40.00), None, None)],
        goals=["2026年支持桂花村等4个村发展冷藏、加工、民宿和设施蔬菜项目，形成村集体经营性资产"
               "240万元，每村集体经济年增收5万元以上。"],
        title=TITLE,
    )  # fmt: skip
    block(s, "分村资金安排（单位：元）", ("行政村", "建设内容", "安排资金", "占比", "产权归属"), [
        ("桂花村", "新建冷藏库300吨", yuan(720000), pct(0.30, SHARE), "村集体"),
        ("长冲村", "茶叶加工厂房改造", yuan(600000), pct(0.25, SHARE), "村集体"),
        ("白鹭村", "闲置农房改造民宿", yuan(480000), pct(0.20, SHARE), "村集体"),
        ("洞口村", "连栋蔬菜大棚", yuan(600000),
         mk(pct(0.28, SHARE), "B111", "error", note="600000 ÷ 2400000 = 25%"), "村集体"),
    ], ("合计", None, yuan(2400000),
        mk(pct(1, SHARE), "B102", "error", required=False, alt=("B101", "B111")), None),
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "支持发展村级集体经济项目", "≥4个"),
        (None, None, "新建冷藏库库容", "≥300吨"),
        (None, "质量指标", "项目资产确权登记率", mk("≥102%", "T106", "error")),
        (None, "时效指标", "项目完工时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "冷藏库单位库容建设成本", "≤2400元/吨"),
        ("效益指标", "经济效益指标", "村集体经济年增收", "≥5万元/村"),
        (None, "社会效益指标", "带动脱贫户务工", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pt17-two-villages-stacked", (2, 12), "two 衔接资金 projects stacked in one sheet, "
         "NAT-2021: a 资金测算 block in 元 under the first head in 万元, the same names with "
         "different values, a cost × length equal to the money (correct)")  # fmt: skip
def pt17() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="白沙村2026年蔬菜基地提升项目", dept="云台县农业农村局（乡村振兴局）",
        unit="云台县白沙镇人民政府", attr="新增项目", title=TITLE,
        money=[("年度资金总额", wan(86.00), "其中：中央衔接资金", wan(60.00)),
               ("县级衔接资金", wan(26.00), None, None)],
        goals=["2026年新建钢架大棚40个并配套水肥一体化滴灌，带动65户脱贫户增收，村集体经济年增收"
               "6万元以上。"],
    )  # fmt: skip
    block(s, "资金测算（单位：元）", ("支出内容", "数量", "单价", "金额"), [
        ("钢架大棚建设", "40个", 18000, grid(720000)),
        ("水肥一体化滴灌", "1套", 140000, grid(140000)),
    ], ("合计", None, None, grid(860000)))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建钢架大棚", "≥40个"),
        (None, "质量指标", "项目验收合格率", pct(1)),
        (None, "时效指标", "项目完工时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单个大棚建设成本", "≤1.8万元/个"),
        ("效益指标", "经济效益指标", "村集体经济年增收", "≥6万元"),
        (None, "社会效益指标", "带动脱贫户增收", "≥65户"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="石坝村2026年产业路建设项目", dept="云台县农业农村局（乡村振兴局）",
        unit="云台县石坝乡人民政府", attr="新增项目", title="",
        money=[("年度资金总额", wan(126.00), "其中：中央衔接资金", wan(100.00)),
               ("县级衔接资金", wan(26.00), None, None)],
        goals=["2026年硬化石坝村产业路4.2公里，连通茶园和柑橘基地，带动48户脱贫户增收。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "硬化产业路", "≥4.2公里"),
        (None, "质量指标", "项目验收合格率", pct(1)),
        (None, "时效指标", "项目完工时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "每公里建设成本", "≤30万元/公里"),
        ("效益指标", "社会效益指标", "带动脱贫户增收", "≥48户"),
        (None, "可持续影响指标", "道路管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("pt18-yuan-head-template-rows", (6, 12, 13), "衔接资金 project: money in 元 that does "
         "not add up, a value without a name, a tier-2 template row left empty")  # fmt: skip
def pt18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="龙潭镇2026年到户产业发展奖补项目",
        dept="凤台县农业农村局（乡村振兴局）", unit="凤台县龙潭镇人民政府", attr="延续项目",
        money=[("年度资金总额",
                mk(yuan(1286000), "B101", "error", note="900000 + 236000 + 160000 = 1296000"),
                "其中：中央衔接资金", yuan(900000)),
               ("省级衔接资金", yuan(236000), "县级衔接资金", yuan(160000))],
        goals=["2026年对420户脱贫户（监测户）发展种养业给予奖补，每户不超过3000元，带动脱贫人口"
               "1300人稳定增收。"],
        title=TITLE, money_label="项目资金（元）",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "奖补脱贫户（监测户）", "≥420户"),
        (None, None, mk(None, "F110", "error", note="a value without a name"), "≥3个"),
        (None, "质量指标", "奖补对象识别准确率", "=100%"),
        (None, "时效指标", "奖补资金兑付时间", "2026年11月30日前"),
        (None, "成本指标", "户均奖补标准", "≤3000元/户"),
        ("效益指标", "经济效益指标", "受益户户均增收", "≥2000元"),
        (None, mk("生态效益指标", "F109", "warning", row=True), None, None),
        (None, "社会效益指标", "带动脱贫人口", "≥1300人"),
        ("满意度指标", "服务对象满意度指标", "受益户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "潘永禄", "田桂芬", "0558-43170926")
    return b
