"""County 林业局 and 乡镇 returns: 生态护林员, 森林防火, 退化林修复 and 油茶低产林改造 over three
years with 中期 columns, 村庄绿化, 公益林生态效益补偿 (青禾县 and 柘溪县, invented)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout101.common import sign
from tests.variants.holdout101.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

W7 = (14, 16, 30, 12, 12, 14, 30)


@variant("lg13-rangers-per-person", (7,), "project, OLD-NAT, two-line header (绩效指标值 over "
         "比较符 · 数值 · 单位), tiers merged, 10000元/人·年 × 120人 = the budget")  # fmt: skip
def lg13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W7)
    project_head(
        s, year=2026, name="生态护林员劳务补助", dept="柘溪县林业局", unit="柘溪县林业局",
        attr="常年项目",
        money=[("年度资金总额", money(120, WAN), "其中：财政拨款", money(120, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["选聘生态护林员120人，管护森林18万亩，每人每年劳务补助1万元，按季度发放。"],
    )  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "绩效指标值", None, None, "指标解释",
                merge=[(4, 6)])  # fmt: skip
    s.row(None, None, None, "比较符", "数值", "单位", None)
    for c in (1, 2, 3, 7):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "选聘生态护林员", "≥", 120, "人", "从脱贫户和监测户中选聘"),
        (None, None, "管护森林面积", "≥", 18, "万亩", "人均管护1500亩"),
        (None, "质量指标", "护林员在岗履职率", "≥", pct(0.95), "%", "巡护APP轨迹考核"),
        (None, "时效指标", "劳务补助发放周期", "≤", 3, "月", "按季度发放"),
        (None, "成本指标", "人均劳务补助标准", "≤", 10000, "元/人·年", "每人每年1万元"),
        ("效益指标", "经济效益指标", "护林员人均年增收", "≥", 10000, "元", None),
        (None, "生态效益指标", "管护区森林火灾受害率", "≤", 0.9, "‰", None),
        (None, "可持续影响指标", "护林员管护责任落实", "定性", "到位", None, None),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥", pct(0.9), "%", None),
        (None, None, "管护区群众满意度", "≥", pct(0.9), "%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "张秀英", "0745-3380145", "2025年11月18日")
    return b


@variant("lg14-fire-money-direction", (11, 12), "project, OLD-NAT, 指标方向 column (正向/反向) "
         "with operators inline: 资金总额 ≠ 财政拨款 + 其他资金, a 受害率 marked 反向 "
         "with ≥")  # fmt: skip
def lg14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 12, 18, 28))
    project_head(
        s, year=2026, name="森林防火能力提升项目", dept="青禾县林业局",
        unit="青禾县森林防火指挥部办公室",
        attr="延续项目",
        money=[("年度资金总额", mk(260, "B101", "error", note="200 + 40 = 240"),
                "其中：财政拨款", 200), ("其他资金", 40, None, None)],
        goals=["新建防火隔离带45公里，建设视频监控点12处，森林火灾受害率控制在0.9‰以内。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "指标解释")
    s.table([
        ("产出指标", "数量指标", "新建生物防火隔离带", "正向", "≥45公里", None),
        (None, None, "建设森林防火视频监控点", "正向", "≥12处", None),
        (None, None, "开展扑火队员培训", "正向", "≥300人次", None),
        (None, "质量指标", "监控设备验收合格率", "正向", "100%", None),
        (None, "时效指标", "火情发现后报告时间", "反向", "≤30分钟", None),
        (None, "成本指标", "隔离带每公里建设成本", "反向", "≤2.2万元", None),
        ("效益指标", "生态效益指标", "森林火灾受害率", "反向",
         mk("≥0.9‰", "T108", "warning", row=True), "控制在0.9‰以内"),
        (None, "社会效益指标", "重大森林火灾发生次数", "反向", "0次", None),
        (None, "可持续影响指标", "防火设施使用年限", "正向", "≥8年", None),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "正向", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "李卫东", "0738-5551208", "2025年11月23日")
    return b


@variant("lg15-degraded-forest-three-years", (8,), "three-year project, OLD-NAT, tiers filled "
         "down, 计量单位 · 比较符 · 中期 · 年度 columns, 1200元/亩 × 1.5万亩 = the period "
         "budget")  # fmt: skip
def lg15() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", W7)
    project_head(
        s, year=2026, years=3, name="退化林修复项目", dept="青禾县林业局", unit="青禾县国有林场",
        attr="新增项目",
        money=[("中期资金总额", money(1800, WAN), "年度资金总额", money(600, WAN)),
               ("其中：财政拨款", money(1800, WAN), "其中：财政拨款", money(600, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["2026—2028年修复退化林1.5万亩，每亩补助1200元，林分质量明显提升。",
               "2026年修复退化林0.5万亩，补植补造苗木40万株。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "计量单位", "比较符", "中期指标值", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "修复退化林面积", "万亩", "≥", 1.5, 0.5),
        ("产出指标", "数量指标", "补植补造苗木", "万株", "≥", 120, 40),
        ("产出指标", "数量指标", "修建林区作业道", "公里", "≥", 24, 8),
        ("产出指标", "质量指标", "造林成活率", "%", "≥", pct(0.85), pct(0.85)),
        ("产出指标", "时效指标", "年度造林季完成时限", "月", "≤", 4, 4),
        ("产出指标", "成本指标", "亩均修复补助标准", "元/亩", "≤", 1200, 1200),
        ("效益指标", "生态效益指标", "新增森林蓄积量", "万立方米", "≥", 3, 1),
        ("效益指标", "社会效益指标", "带动林农务工", "人次", "≥", 9000, 3000),
        ("效益指标", "可持续影响指标", "修复林地管护期", "年", "≥", 3, 3),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "%", "≥", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    sign(s, "陈国平", "0738-5551230", "2025年11月27日")
    return b


@variant("lg16-camellia-copied", (8,), "three-year project, OLD-NAT, 中期 and 年度 columns, units "
         "inline, tiers merged: two cumulative 中期 counts copied into 年度")  # fmt: skip
def lg16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 16, 26))
    project_head(
        s, year=2026, years=3, name="油茶低产林改造提升", dept="柘溪县林业局",
        unit="柘溪县油茶产业发展中心",
        attr="新增项目",
        money=[("中期资金总额", money(1080, WAN), "年度资金总额", money(360, WAN)),
               ("其中：财政拨款", money(1000, WAN), "其中：财政拨款", money(330, WAN)),
               ("其他资金", money(80, WAN), "其他资金", money(30, WAN))],
        goals=["2026—2028年改造油茶低产林0.9万亩，新建林道15公里，带动1200户增收。",
               "2026年改造油茶低产林0.3万亩，新建林道5公里，带动400户增收。"],
    )  # fmt: skip
    b.file_mark("B107", "warning", required=False, note="the copied 0.9万亩 × 1200元/亩 > 360万元")
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "指标解释")
    s.table([
        ("产出指标", "数量指标", "改造油茶低产林面积", "≥0.9万亩",
         mk("≥0.9万亩", "D202", "warning", alt=("D104",), note="中期 copied"), "每亩补助1200元"),
        (None, None, "新建油茶林道", "≥15公里",
         mk("≥15公里", "D202", "warning", alt=("D104",), note="中期 copied"), None),
        (None, None, "带动农户", "≥1200户", "≥400户", None),
        (None, "质量指标", "改造林分验收合格率", "≥90%", "≥90%", None),
        (None, "时效指标", "年度改造任务完成时限", "≤12个月", "≤12个月", None),
        (None, "成本指标", "亩均改造补助标准", "≤1200元/亩", "≤1200元/亩", None),
        ("效益指标", "经济效益指标", "改造后亩产茶油增加", "≥8公斤", "≥5公斤", None),
        (None, "社会效益指标", "户均年增收", "≥1500元", "≥800元", None),
        (None, "可持续影响指标", "改造林地经营期", "≥20年", "≥20年", None),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "胡敏", "0745-3380177", "2025.11.25")
    return b


@variant("lg17-township-greening", (4,), "project of a 乡镇, OLD-NAT, word operators "
         "(不低于 / 不高于) in a 比较符 column, 指标值设定依据 column, 800元/亩 × 300亩 "
         "within the budget")  # fmt: skip
def lg17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W7)
    project_head(
        s, year=2026, name="龙潭镇村庄绿化美化项目", dept="柘溪县龙潭镇人民政府",
        unit="龙潭镇林业站",
        attr="一次性项目",
        money=[("年度资金总额", money(30, WAN), "其中：财政拨款", money(25, WAN)),
               ("其他资金", money(5, WAN), None, None)],
        goals=["在8个行政村开展村旁、路旁、宅旁绿化300亩，栽植乡土树种苗木3万株。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标值设定依据")
    s.table([
        ("产出指标", "数量指标", "村庄绿化面积", "不低于", 300, "亩", "计划标准"),
        (None, None, "栽植苗木", "不低于", 3, "万株", "计划标准"),
        (None, None, "覆盖行政村", "不低于", 8, "个", "计划标准"),
        (None, "质量指标", "苗木成活率", "不低于", pct(0.9), "%", "行业标准"),
        (None, "时效指标", "栽植完成时限", "不高于", 4, "月", "春季造林季"),
        (None, "成本指标", "亩均绿化补助", "不高于", 800, "元/亩", "计划标准"),
        ("效益指标", "生态效益指标", "村庄林木覆盖率提高", "不低于", 3, "百分点", "历史标准"),
        (None, "社会效益指标", "受益村民", "不低于", 5200, "人", None),
        (None, "可持续影响指标", "苗木管护期", "不低于", 2, "年", None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "不低于", pct(0.9), "%", "行业标准"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("单位负责人：周建军", None, None, "财务负责人：", None, None, "（盖章）")
    return b


@variant("lg18-public-forest-wrong", (1, 12), "project, OLD-NAT, one value column with "
         "units inline, 15元/亩 × 20万亩 = the budget: a 满意度 in 户, a deadline in the "
         "year before the title")  # fmt: skip
def lg18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 20, 28, 12))
    project_head(
        s, year=2026, name="公益林生态效益补偿", dept="青禾县林业局", unit="青禾县林业局",
        attr="常年项目",
        money=[("年度资金总额", money(300, WAN), "其中：财政拨款", money(300, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["对20万亩集体和个人所有的公益林按每亩15元给予补偿，资金兑付到户。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "备注")
    s.table([
        ("产出指标", "数量指标", "补偿公益林面积", "≥20万亩", None, None),
        (None, None, "补偿林农户数", "≥6100户", None, None),
        (None, "质量指标", "补偿面积核实准确率", "≥98%", None, None),
        (None, "时效指标", "补偿资金兑付时间",
         mk("2025年12月31日前", "Y102", "error", alt=("Y101", "Y103")), None, None),
        (None, "成本指标", "每亩补偿标准", "≤15元/亩", "每亩15元", None),
        ("效益指标", "生态效益指标", "公益林面积保有量", "≥20万亩", "不减少", None),
        (None, "社会效益指标", "户均补偿收入", "≥490元", None, None),
        (None, "可持续影响指标", "公益林管护责任制", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "林农满意度",
         mk("6000户", "T105", "error", note="a satisfaction given in 户"), None, None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "许文", "0738-5551266", "2025年11月24日")
    return b
