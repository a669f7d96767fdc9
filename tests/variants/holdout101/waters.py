"""County 水利局 and 乡镇 returns: 村道硬化, 农村饮水安全维修养护, 灌区续建配套 and 中型灌区节水改造
over three years with 中期 columns, two stacked 水利 projects, 户厕改造 (青禾县 and 柘溪县,
invented)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout101.common import line, sign
from tests.variants.holdout101.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

W7 = (14, 16, 30, 10, 14, 14, 12)


@variant("lg07-township-road-weights", (10,), "project of a 乡镇, OLD-NAT, 比较符 · 目标值 · "
         "单位 · 权重 columns adding to 100, 35万元/公里 × 12公里 = the budget")  # fmt: skip
def lg07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W7)
    project_head(
        s, year=2026, name="白岩镇村组道路硬化项目", dept="柘溪县白岩镇人民政府",
        unit="白岩镇农业综合服务中心", attr="一次性项目",
        money=[("年度资金总额", money(420, WAN), "其中：财政拨款", money(380, WAN)),
               ("其他资金", money(40, WAN), None, None)],
        goals=["硬化村组道路12公里，改造危桥3座，新建错车道24处，解决6个村民小组出行难。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "目标值", "单位", "权重")
    s.table([
        ("产出指标", "数量指标", "新建村组道路硬化里程", "≥", 12, "公里", 10),
        (None, None, "改造危桥", "≥", 3, "座", 8),
        (None, None, "新建错车道", "≥", 24, "处", 7),
        (None, "质量指标", "路面工程验收合格率", "=", pct(1), "%", 15),
        (None, "时效指标", "工程建设工期", "≤", 8, "月", 10),
        (None, "成本指标", "每公里补助标准", "≤", 35, "万元/公里", 10),
        ("效益指标", "经济效益指标", "沿线农产品运输成本降低", "≥", pct(0.15), "%", 5),
        (None, "社会效益指标", "受益群众", "≥", 6800, "人", 10),
        (None, None, "村民小组通硬化路比例", "≥", pct(0.95), "%", 10),
        (None, "可持续影响指标", "道路设计使用年限", "≥", 10, "年", 5),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.92), "%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row(None, None, "合计", None, None, None, 100)
    sign(s, "杨帆", "0745-3371102", "2025年11月19日")
    return b


@variant("lg08-water-supply-leak-dup", (11,), "project, OLD-NAT, one value column with the "
         "operators inline, tiers merged: a 漏损率 with ≥, the same indicator twice")  # fmt: skip
def lg08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 18, 30, 12))
    project_head(
        s, year=2026, name="农村饮水安全工程维修养护", dept="柘溪县水利局",
        unit="柘溪县农村供水管理站",
        attr="常年项目",
        money=[("年度资金总额", 260, "其中：财政拨款", 260), ("其他资金", 0, None, None)],
        goals=["维修养护农村集中供水工程52处，保障4.6万农村人口饮水安全。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "备注")
    s.table([
        ("产出指标", "数量指标", "维修养护集中供水工程", "≥52处", "每处补助不超过5万元", None),
        (None, None, "更换老旧供水管网", "≥38公里", None, None),
        (None, "质量指标", "集中供水工程水质检测合格率", "≥95%", "县疾控中心抽检", None),
        (None, None, mk("供水管网漏损率", "T108", "warning", row=True),
         "≥12%", "反向指标", None),
        (None, "时效指标", "供水故障修复时间", "≤48小时", None, None),
        (None, "成本指标", "单处工程维修养护补助", "≤5万元", None, None),
        ("效益指标", "社会效益指标", "受益农村人口", "≥4.6万人", None, None),
        (None, None, "集中供水工程水质检测合格率",
         mk("≥95%", "D101", "warning", row=True, alt=("D103", "D102")), None, None),
        (None, "可持续影响指标", "工程管护责任落实率", "100%", None, None),
        ("满意度指标", "服务对象满意度指标", "用水群众满意度", "≥90%", None, None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "吴海", "0745-3372230", "2025.11.24")
    return b


@variant("lg09-irrigation-three-years", (8,), "three-year project, OLD-NAT, 比较符 · 中期 · 年度 · "
         "计量单位 columns, annual counts a third of the period's")  # fmt: skip
def lg09() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", W7)
    project_head(
        s, year=2026, years=3, name="青禾县石门灌区续建配套与现代化改造", dept="青禾县水利局",
        unit="青禾县石门灌区管理所", attr="新增项目",
        money=[("中期资金总额", money(4500, WAN), "年度资金总额", money(1500, WAN)),
               ("其中：财政拨款", money(4200, WAN), "其中：财政拨款", money(1400, WAN)),
               ("其他资金", money(300, WAN), "其他资金", money(100, WAN))],
        goals=["2026—2028年改造干支渠36公里，新建渠系建筑物240座，改善灌溉面积6.5万亩。",
               "2026年改造干支渠12公里，新建渠系建筑物80座，改善灌溉面积2.2万亩。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "改造干支渠", "≥", 36, 12, "公里"),
        (None, None, "新建渠系建筑物", "≥", 240, 80, "座"),
        (None, None, "改善灌溉面积", "≥", 6.5, 2.2, "万亩"),
        (None, "质量指标", "工程验收合格率", "=", pct(1), pct(1), "%"),
        (None, "时效指标", "单项工程建设工期", "≤", 8, 8, "月"),
        (None, "成本指标", "渠道改造每公里投资", "≤", 85, 85, "万元/公里"),
        ("效益指标", "经济效益指标", "新增粮食生产能力", "≥", 1200, 400, "万公斤"),
        (None, "社会效益指标", "受益农户", "≥", 9800, 3300, "户"),
        (None, "生态效益指标", "年节约用水量", "≥", 900, 300, "万立方米"),
        (None, "可持续影响指标", "灌区运行管护机制", "定性", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "罗光明", "0738-5536617", "2025年11月26日")
    return b


@variant("lg10-saving-irrigation-wrong", (8, 12), "three-year project, OLD-NAT, 中期 and 年度 "
         "columns with units inline: 中期资金 ≠ 财政拨款 + 其他资金, an annual length above the "
         "period's")  # fmt: skip
def lg10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 16, 28))
    project_head(
        s, year=2026, years=3, name="柘溪县龙潭中型灌区节水配套改造", dept="柘溪县水利局",
        unit="柘溪县龙潭灌区管理站", attr="新增项目",
        money=[("中期资金总额", mk(money(3000, WAN), "B101", "error", note="2800 + 300 = 3100"),
                "年度资金总额", money(1000, WAN)),
               ("其中：财政拨款", money(2800, WAN), "其中：财政拨款", money(900, WAN)),
               ("其他资金", money(300, WAN), "其他资金", money(100, WAN))],
        goals=["三年新建防渗渠道75公里，配套量水设施150处，新增节水灌溉面积4.5万亩。",
               "2026年新建防渗渠道25公里，配套量水设施50处，新增节水灌溉面积1.5万亩。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "指标解释")
    s.table([
        ("产出指标", "数量指标", "新建防渗渠道", "≥75公里", "≥25公里", "三年分年度实施"),
        (None, None, "配套量水设施", "≥150处",
         mk("≥500处", "D201", "error", row=True, alt=("D104",), note="50处 typed 500"), None),
        (None, None, "新增节水灌溉面积", "≥4.5万亩", "≥1.5万亩", None),
        (None, "质量指标", "工程验收合格率", "100%", "100%", None),
        (None, "时效指标", "年度工程完工时间", "≤10个月", "≤10个月", None),
        (None, "成本指标", "亩均节水改造投资", "≤650元/亩", "≤650元/亩", None),
        ("效益指标", "经济效益指标", "灌区亩均节水", "≥60立方米", "≥60立方米", None),
        (None, "社会效益指标", "受益农户", "≥7200户", "≥2400户", None),
        (None, "可持续影响指标", "量水设施完好率", "≥95%", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "彭涛", "0745-3372251", "2025年11月26日")
    return b


def _dam_block(b: Book) -> None:
    s = b.sheet("水利项目", (14, 16, 30, 12, 10, 14))
    project_head(
        s, year=2026, name="小型水库除险加固", dept="青禾县水利局", unit="青禾县水库管理所",
        attr="一次性项目", title="2026年度项目支出绩效目标表（水利）",
        money=[("年度资金总额", money(360, WAN), "其中：财政拨款", money(360, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["完成老鸦冲、杉木塘、黄泥坳3座小型水库除险加固，恢复设计蓄水能力。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "计量单位", "比较符", "指标值")
    s.table([
        ("产出指标", "数量指标", "除险加固小型水库", "座", "≥", 3),
        (None, None, "新建防汛道路", "公里", "≥", 2.6),
        (None, "质量指标", "工程验收合格率", "%", "=", pct(1)),
        (None, "时效指标", "主体工程完工时间", "月", "≤", 6),
        (None, "成本指标", "每座水库加固补助", "万元/座", "≤", 120),
        ("效益指标", "社会效益指标", "保护下游人口", "人", "≥", 5400),
        (None, "经济效益指标", "恢复灌溉面积", "亩", "≥", 3800),
        (None, "可持续影响指标", "水库安全运行年限", "年", "≥", 20),
        ("满意度指标", "服务对象满意度指标", "下游群众满意度", "%", "≥", pct(0.9)),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="坡耕地水土流失综合治理", dept="青禾县水利局", unit="青禾县水土保持站",
        attr="延续项目", title="",
        money=[("年度资金总额", money(400, WAN), "其中：财政拨款", money(350, WAN)),
               ("其他资金", money(50, WAN), None, None)],
        goals=["治理坡耕地0.8万亩，修建坡面水系工程，减少土壤侵蚀。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "计量单位", "比较符", "指标值")
    s.table([
        ("产出指标", "数量指标", "治理坡耕地面积", "万亩", "≥", 0.8),
        (None, None, "修建坡面截排水沟", "公里", "≥", 14),
        (None, None, "新建蓄水池", "口", "≥", 60),
        (None, "质量指标", "治理措施保存率", "%", "≥", pct(0.9)),
        (None, "时效指标", "治理任务完成时间", "月", "≤", 11),
        (None, "成本指标", "亩均治理补助", "元/亩", "≤", 500),
        ("效益指标", "生态效益指标", "年减少土壤流失量", "万吨", "≥", 1.1),
        (None, "社会效益指标", "受益农户", "户", "≥", 1900),
        (None, "可持续影响指标", "治理工程管护期", "年", "≥", 5),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "%", "≥", pct(0.9)),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "黄立新", "0738-5536602", "2025年11月27日")


@variant("lg11-stacked-water", (2,), "two 水利 projects stacked in one sheet, OLD-NAT, "
         "计量单位 · 比较符 · 指标值 columns, 120万元/座 × 3座 and 500元/亩 × 0.8万亩 within "
         "each budget")  # fmt: skip
def lg11() -> Book:
    b = Book()
    _dam_block(b)
    return b


@variant("lg12-toilet-missing-tier", (5, 1), "project of a 乡镇, OLD-NAT, 比较符 and 计量单位 "
         "columns, 2000元/户: no 效益指标 at all, a 合格率 of 105%")  # fmt: skip
def lg12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W7)
    project_head(
        s, year=2026, name="农村户厕改造奖补项目", dept="青禾县东坪镇人民政府",
        unit="东坪镇人民政府",
        attr="延续项目",
        money=[("年度资金总额", money(300, WAN), "其中：财政拨款", money(300, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["完成1500户农村户厕改造，每户奖补2000元，卫生厕所普及率提高到92%。"],
    )  # fmt: skip
    b.file_mark("F106", "error", note="效益指标 missing")
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标解释")
    s.table([
        ("产出指标", "数量指标", "完成户厕改造", "≥", 1500, "户", "新建1100户，改造400户"),
        (None, None, "配套建设公共厕所", "≥", 6, "座", None),
        (None, "质量指标", "改厕验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="105%: 95% mistyped"), "%", None),
        (None, "时效指标", "奖补资金兑付时间", "≤", 11, "月", None),
        (None, "成本指标", "每户奖补标准", "≤", 2000, "元/户", "每户2000元，1500户共300万元"),
        ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥", pct(0.9), "%", None),
    ], merged=(1, 2))  # fmt: skip
    line(s, "注：本表金额单位为万元，补助标准单位见计量单位列。", 7)
    sign(s, "曾小兰", "0738-5547013", "2025年11月21日")
    return b
