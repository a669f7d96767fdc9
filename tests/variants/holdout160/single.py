"""One-year project tables (§3.1): operators inside the values or in their own column, unit and
weight columns, percent cells, money in 万元 or 元."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout160.common import H4, footnotes, indicators, signature
from tests.variants.holdout160.registry import variant
from tests.variants.kit import WAN, YUAN, Book, mk, money, pct


@variant("nn01-river-patrol", (1, 8), "one-year project, NAT-2021, operators inside the values, "
         "=0起 accidents, money in the number format; correct")  # fmt: skip
def nn01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="白沙河区河道巡查保洁项目",
        dept="青岚市白沙河区水务局（213001）",
        unit="白沙河区河道管理所",
        money=[("年度资金总额", money(120, WAN), "其中：财政拨款", money(100, WAN)),
               (None, None, "其他资金", money(20, WAN))],
        goals=["全年开展河道巡查60次，保洁河道40公里，巡查发现的问题48小时内处置，河道水面保持"
               "整洁，沿河群众满意。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "河道巡查次数", "≥60次"),
        (None, None, "保洁河道长度", "≥40公里"),
        (None, "质量指标", "巡查发现问题处置率", "≥95%"),
        (None, None, "巡查作业安全事故", "=0起"),
        (None, "时效指标", "问题处置时限", "≤48小时"),
        ("成本指标", "经济成本指标", "河道保洁单位成本", "≤2.5万元/公里"),
        (None, None, "巡查外包服务费", "≤20万元"),
        ("效益指标", "生态效益指标", "河道水面漂浮物", "明显减少"),
        (None, "社会效益指标", "沿河群众爱河护河意识", "有所提升"),
        (None, "可持续影响指标", "河道长效管护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, 2027, "周晓岚", "0571-8830 2216")
    return b


@variant("nn02-fire-patrol-goal-60", (10, 11), "one-year project, NAT-2021, operator and unit "
         "columns: the 年度目标 says 60 patrols, the indicator ≥50; a cost with ≥")  # fmt: skip
def nn02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="临溪县森林防火巡护项目",
        dept="临溪县自然资源和规划局（305）",
        unit="临溪县林业站",
        money=[("年度资金总额", 86.4, "其中：财政拨款", 76.4), (None, None, "其他资金", 10)],
        goals=["组建专职巡护队伍24人，开展森林防火巡查60次，重点时段全域巡护，全年不发生重大"
               "森林火灾，林区群众防火意识明显增强。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "森林防火巡查次数", "≥",
         mk(50, "D104", "error", row=True, note="年度目标 says 开展森林防火巡查60次"), "次"),
        (None, None, "专职巡护队员人数", "≥", 24, "人"),
        (None, "质量指标", "巡护记录完整率", "≥", 95, "%"),
        (None, "时效指标", "火情报告时限", "≤", 30, "分钟"),
        ("成本指标", "经济成本指标", "巡护队员劳务成本", "≥",
         mk(72, "T108", "warning", row=True, note="a cost cap takes ≤"), "万元"),
        ("效益指标", "生态效益指标", "重大森林火灾发生次数", "=", 0, "起"),
        (None, "社会效益指标", "林区群众防火意识", "定性", "明显增强", None),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    signature(s, 2027, "蒋立川", "0578-7612 3390")
    return b


@variant("nn04-culture-part-over-whole", (12, 1), "one-year project, OLD-NAT, operator and unit "
         "columns with bare numbers: 财政拨款 above the 年度资金总额, a satisfaction stored as "
         "0.95 with % in the unit column")  # fmt: skip
def nn04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="临溪县送戏下乡惠民演出项目",
        dept="临溪县文化广电和旅游局（318）",
        unit="临溪县文化馆",
        money=[("年度资金总额",
                mk(80, "B101", "error", row=True, note="其中：财政拨款 95 + 其他资金 15 ≠ 80"),
                "其中：财政拨款", 95),
               (None, None, "其他资金", 15)],
        goals=["全年送戏下乡演出120场，覆盖全县15个乡镇，观看群众不少于36000人次，丰富农村"
               "群众文化生活。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "送戏下乡演出场次", "≥", 120, "场"),
        (None, None, "覆盖乡镇数", "=", 15, "个"),
        (None, None, "观看群众人次", "≥", 36000, "人次"),
        (None, "质量指标", "演出节目审查合格率", "=", 100, "%"),
        (None, "时效指标", "演出任务完成时间", "≤", "2027年11月30日", None),
        (None, "成本指标", "每场演出补助标准", "≤", 0.6, "万元/场"),
        ("效益指标", "社会效益指标", "农村群众文化生活", "定性", "明显丰富", None),
        (None, "可持续影响指标", "送戏下乡常态化机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "观演群众满意度", "≥",
         mk(0.95, "T114", "error", alt=("T116",), note="0.95 in a % column reads 0.95%"), "%"),
    ])  # fmt: skip
    footnotes(s, "注：本表金额单位为万元。")
    return b


@variant("nn06-skills-unit-and-early-date", (1, 8), "one-year project, NAT-2021, operators "
         "inside the values and a 计量单位 column: ≥30天 beside 个, a deadline of the year "
         "before")  # fmt: skip
def nn06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="青岚市新就业形态劳动者技能提升项目",
        dept="青岚市人力资源和社会保障局（402001）", unit="青岚市职业技能鉴定指导中心",
        money=[("年度资金总额", money(150, WAN), "其中：财政拨款", money(130, WAN)),
               (None, None, "其他资金", money(20, WAN))],
        goals=["面向新就业形态劳动者开展技能培训3000人次，实训基地全年开放不少于30天，培训合格"
               "率达到90%以上，2027年11月底前完成项目验收。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "技能培训人次", "≥3000人次", "人次"),
        (None, None, "实训基地开放天数",
         mk("≥30天", "T112", "error", note="the unit column says 个"), "个"),
        (None, "质量指标", "培训合格率", "≥90%", "%"),
        (None, "时效指标", "项目验收完成时间",
         mk(mk("2026年11月30日前", "Y102", "error", alt=("Y101", "Y103"),
               note="the year before the 2027 table; 年度目标 says 2027年11月底前"),
            "D104", "warning", required=False), None),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤500元/人次", "元/人次"),
        ("效益指标", "社会效益指标", "参训人员就业稳定性", "有所提升", None),
        (None, "可持续影响指标", "技能培训长效机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "%"),
    ])  # fmt: skip
    signature(s, 2027, "许嘉禾", "0571-8702 5514")
    return b


@variant("nn07-plastic-growth-zero", (1, 3), "one-year project, OLD-NAT with 成本指标 under 产出, "
         "word operators in their own column, percent cells with % also in the unit column, a "
         "增长率 ≤0%; correct")  # fmt: skip
def nn07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="白沙河区塑料污染治理和垃圾分类督导项目",
        dept="青岚市白沙河区城市管理局（213007）", unit="白沙河区环境卫生管理中心",
        money=[("年度资金总额", money(96, WAN), "其中：财政拨款", money(96, WAN)),
               (None, None, "其他资金", money(0, WAN))],
        goals=["在全区80个小区开展垃圾分类督导，一次性塑料餐具使用量不增长，生活垃圾分类准确率"
               "达到85%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "督导覆盖小区数", "大于等于", 80, "个"),
        (None, None, "入户宣传户数", "大于等于", 24000, "户"),
        (None, "质量指标", "生活垃圾分类准确率", "大于等于", pct(0.85), "%"),
        (None, "时效指标", "督导问题整改时限", "小于等于", 7, "天"),
        (None, "成本指标", "单个小区督导成本", "小于等于", 1.2, "万元/个"),
        ("效益指标", "生态效益指标", "一次性塑料餐具使用量增长率", "小于等于", pct(0), "%"),
        (None, "社会效益指标", "居民垃圾分类知晓率", "大于等于", pct(0.9), "%"),
        (None, "可持续影响指标", "垃圾分类督导长效机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "大于等于", pct(0.88), "%"),
    ])  # fmt: skip
    footnotes(s, "填表说明：指标性质填写“大于等于”“小于等于”“等于”或“定性”。")
    return b


@variant("nn08-farm-training-dup-weights-95", (10, 2), "one-year project, NAT-2021, operators "
         "inside the values, indicator weights: one name under 质量指标 and again under "
         "社会效益指标, weights adding to 95")  # fmt: skip
def nn08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="临溪县高素质农民培育项目",
        dept="临溪县农业农村局（321）",
        unit="临溪县农业技术推广中心",
        money=[("年度资金总额", 60, "其中：财政拨款", 54), (None, None, "其他资金", 6)],
        goals=["培育高素质农民400人，其中产业带头人60人，培训合格率90%以上，带动参训农民增收。"],
    )  # fmt: skip
    b.file_mark("W101", "error", note="the weights add up to 95")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重"), [
        ("产出指标", "数量指标", "高素质农民培育人数", "≥400人", 15),
        (None, None, "产业带头人培育人数", "≥60人", 10),
        (None, "质量指标", "培训合格率", "≥90%", 10),
        (None, "时效指标", "培训任务完成时间", "2027年10月31日前", 10),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1500元/人", 5),
        ("效益指标", "经济效益指标", "参训农民人均增收", "≥2000元", 10),
        (None, "社会效益指标",
         mk(mk("培训合格率", "D101", "warning", row=True, alt=("D103",),
               note="the same indicator as under 质量指标"),
            "F201", "warning", row=True, required=False, note="a 合格率 under 社会效益"),
         "≥90%", 10),
        (None, "可持续影响指标", "农民培训长效机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "参训农民满意度", "≥90%", 15),
    ])  # fmt: skip
    return b


@variant("nn11-elderly-meals-yuan", (1, 4), "one-year project, OLD-NAT, money in 元 in the "
         "number format, unit column, footnotes and a signature line; correct")  # fmt: skip
def nn11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="东塘街道社区老年人助餐服务项目",
        dept="青岚市东塘街道办事处（520）",
        unit="东塘街道社区服务中心", attr="常年项目", money_label="项目资金（元）",
        money=[("年度资金总额", money(1260000, YUAN), "其中：财政拨款", money(1080000, YUAN)),
               (None, None, "其他资金", money(180000, YUAN))],
        goals=["运营社区老年助餐点6个，全年提供助餐服务150000人次，餐食抽检合格，助餐老人满意。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "运营社区助餐点数量", "=6", "个"),
        (None, None, "助餐服务人次", "≥150000", "人次"),
        (None, "质量指标", "餐食抽检合格率", "=100%", "%"),
        (None, None, "助餐点食品安全事故", "=0", "起"),
        (None, "时效指标", "助餐补贴结算时限", "≤10", "个工作日"),
        (None, "成本指标", "每人次助餐补贴标准", "≤6", "元/人次"),
        ("效益指标", "社会效益指标", "老年人就餐便利程度", "明显提高", None),
        (None, "可持续影响指标", "社区助餐服务持续运营", "长期", None),
        ("满意度指标", "服务对象满意度指标", "助餐老人满意度", "≥90%", "%"),
    ])  # fmt: skip
    footnotes(s, "注：1.本表资金单位为元；", "2.餐食抽检由街道市场监管所按月组织。")
    signature(s, 2026, "钱雨桐", "0571-8655 0127", month=12, d=2)
    return b


@variant("nn12-food-check-weights-105", (10, 11), "one-year project, NAT-2021, operators "
         "inside the values, indicator weights adding to 105, a cost with ≥")  # fmt: skip
def nn12() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s, year=2027, name="青岚市校园食品安全抽检项目",
        dept="青岚市市场监督管理局（407001）",
        unit="青岚市食品药品检验所",
        money=[("年度资金总额", 180, "其中：财政拨款", 180), (None, None, "其他资金", 0)],
        goals=["全年抽检校园及周边食品1200批次，抽检任务按期完成，不合格食品依法处置，保障"
               "师生饮食安全。"],
    )  # fmt: skip
    b.file_mark("W101", "error", note="the weights add up to 105")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", "数量指标", "校园食品抽检批次", "≥1200批次", 20),
        (None, "质量指标", "抽检样品检验报告合格率", "=100%", 10),
        (None, None, "不合格食品核查处置率", "=100%", 10),
        (None, "时效指标", "检验报告出具时限", "≤20个工作日", 10),
        ("成本指标", "经济成本指标",
         "单批次抽检检验费用", mk("≥1500元/批次", "T108", "warning", row=True,
                                   note="a cost cap takes ≤"), 15),
        ("效益指标", "社会效益指标", "校园食品安全事故", "=0起", 15),
        (None, "可持续影响指标", "校园食品安全抽检常态化机制", "建立并执行", 10),
        ("满意度指标", "服务对象满意度指标", "师生家长满意度", "≥90%", 15),
    ])  # fmt: skip
    return b


@variant("nn18-library-unit-weights-95", (1, 10, 11), "one-year project, NAT-2021, operator "
         "and unit columns, percent cells, weights adding to 95, 30天 beside 个, a cost with "
         "大于等于")  # fmt: skip
def nn18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 26, 12, 14, 12, 10))
    project_head(
        s, year=2027, name="白沙河区城市书房运营项目",
        dept="青岚市白沙河区文化和旅游体育局（213011）",
        unit="白沙河区图书馆",
        money=[("年度资金总额", money(72, WAN), "其中：财政拨款", money(64, WAN)),
               (None, None, "其他资金", money(8, WAN))],
        goals=["运营城市书房8家，全年接待读者120000人次，新书上架不超过30天，读者满意度90%以上。"],
    )  # fmt: skip
    b.file_mark("W101", "error", note="the weights add up to 95")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "权重"), [
        ("产出指标", "数量指标", "运营城市书房数量", "等于", 8, "家", 15),
        (None, None, "接待读者人次", "大于等于", 120000, "人次", 15),
        (None, "质量指标", "图书借还系统正常运行率", "大于等于", pct(0.98), "%", 10),
        (None, "时效指标", "新书采购上架周期", "小于等于",
         mk("30天", "T112", "error", note="the unit column says 个"), "个", 10),
        ("成本指标", "经济成本指标", "单家书房年运营成本", "大于等于",
         mk(9, "T108", "warning", row=True, note="a cost cap takes ≤"), "万元/家", 10),
        ("效益指标", "社会效益指标", "居民阅读便利程度", "定性", "明显提升", None, 10),
        (None, "可持续影响指标", "城市书房运营管理制度", "定性", "健全", None, 10),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "大于等于", pct(0.9), "%", 15),
    ])  # fmt: skip
    return b
