"""Returns of 大鲵 (娃娃鱼) and 鲟鱼 breeding projects: fs01-fs06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout633.common import book, indicators, multi_year, one_year, sign
from tests.variants.holdout633.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("fs01-dani-offspring", (1, 5), "project, OLD-NAT, numbered tier labels, operator and "
         "unit columns, typed percent cells, a goal count with its part "
         "(correct)")  # fmt: skip
def fs01() -> Book:
    b, s = book()
    goal = ("全年人工繁育大鲵苗种6万尾（其中子二代苗种2万尾），亲本存池不少于600尾，"
            "苗种成活率85%以上，为2026年增殖放流储备苗种。")  # fmt: skip
    project_head(s, year=2025, name="大鲵子二代人工繁育基地运行项目",
                 dept="澄岭县农业农村局（412003）", unit="澄岭县水产技术推广站",
                 money=one_year(86, 80, 6), goals=[goal])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("一、产出指标", "（一）数量指标", "大鲵苗种繁育数量", "≥", 6, "万尾"),
        (None, None, "子二代大鲵苗种繁育数量", "≥", 2, "万尾"),
        (None, None, "亲本存池保有量", "≥", 600, "尾"),
        (None, "（二）质量指标", "苗种繁育成活率", "≥", pct(0.85), "%"),
        (None, None, "出池苗种检疫合格率", "=", pct(1), "%"),
        (None, "（三）时效指标", "苗种出池完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "（四）成本指标", "单尾苗种繁育成本", "≤", 12, "元/尾"),
        ("二、效益指标", "（一）社会效益指标", "带动周边养殖户数", "≥", 40, "户"),
        (None, "（二）生态效益指标", "繁育场尾水达标排放率", "≥", pct(0.95), "%"),
        (None, "（三）可持续影响指标", "大鲵种质资源保存年限", "≥", 10, "年"),
        ("三、满意度指标", "（一）服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("fs02-sturgeon-three-year", (8, 11), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, period counts above the year's, a 下降率 with ≥, a later year prepared "
         "for (correct)")  # fmt: skip
def fs02() -> Book:
    b, s = book()
    goals = ("2025—2027年建成鲟鱼生态养殖示范基地3个，累计繁育鲟鱼苗种90万尾，"
             "为2028年在全县推广循环水养殖积累经验。",
             "2025年建成示范基地1个，繁育鲟鱼苗种30万尾，病害发生率控制在5%以内。")  # fmt: skip
    project_head(s, year=2025, years=3, name="鲟鱼全人工繁育与生态养殖示范项目",
                 dept="漾川区农业农村局", unit="漾川区鲟鱼良种场", attr="新增项目",
                 money=multi_year((420, 360, 60), (150, 130, 20)), goals=goals)  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "示范基地建设数量", "≥3个", "≥1个"),
        (None, None, "鲟鱼苗种繁育数量", "≥90万尾", "≥30万尾"),
        (None, "质量指标", "苗种培育成活率", "≥80%", "≥80%"),
        (None, None, "苗种病害发生率", "≤5%", "≤5%"),
        (None, "时效指标", "示范基地建成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "苗种繁育单位成本", "≤1.2元/尾", "≤1.2元/尾"),
        ("效益指标", "经济效益指标", "示范基地亩均效益增长率", "≥10%", "≥5%"),
        (None, "生态效益指标", "养殖用药量下降率", "≥20%", "≥10%"),
        (None, "可持续影响指标", "循环水养殖技术推广养殖场数", "≥15家", "≥5家"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fs03-dani-release-mismatch", (5,), "project, NAT-2021, abbreviated tier labels: the "
         "goal's release count against the indicator, a quality rate under 时效, last "
         "season's deadline")  # fmt: skip
def fs03() -> Book:
    b, s = book()
    goal = ("2025年增殖放流大鲵3000尾，放流前全部完成检疫和标记，"
            "放流后开展跟踪监测，保护溪流大鲵野生种群。")  # fmt: skip
    project_head(s, year=2025, name="大鲵增殖放流与野外种群监测项目",
                 dept="溪鹤县农业农村局", unit="溪鹤县渔政执法大队",
                 money=one_year(48, 42, 6), goals=[goal])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出", "数量", "大鲵增殖放流数量",
         mk("≥2000尾", "D104", "warning", row=True,
            note="年度目标写放流3000尾，指标只有2000尾")),
        (None, None, "野外监测样点数量", "≥12个"),
        (None, "质量", "放流苗种标记率", "=100%"),
        (None, "时效",
         mk("放流苗种检疫合格率", "F201", "warning", row=True,
            note="检疫合格率是质量指标，填在时效下"), "=100%"),
        (None, None, "放流活动完成时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y101", "Y103", "D104"),
            note="上一年度的期限留在2025年度的一年期项目中")),
        ("成本", "经济成本", "单尾放流苗种采购成本", "≤120元/尾"),
        ("效益", "生态效益", "放流区域大鲵监测发现率", "≥30%"),
        (None, "社会效益", "增殖放流宣传受众人次", "≥5000人次"),
        ("满意度", "服务对象满意度", "沿溪群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fs04-sturgeon-period-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 中期目标 copied into 年度目标, a count above its period, a count "
         "copied")  # fmt: skip
def fs04() -> Book:
    b, s = book()
    text = "建成鲟鱼流水养殖标准化池24口，繁育鲟鱼苗种60万尾，带动养殖户50户。"
    project_head(s, year=2025, years=3, name="鲟鱼流水养殖标准化改造项目",
                 dept="梧潭县农业农村局", unit="梧潭县水产站",
                 money=multi_year((300, 270, 30), (110, 100, 10)),
                 goals=(text, mk(text, "D204", "warning",
                                 note="三年期项目的年度目标逐字照抄中期目标")))  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "流水养殖标准化池改造数量", "≥24口",
         mk("≥24口", "D202", "warning", note="累计数量的年度值照抄中期值")),
        (None, None, "鲟鱼苗种繁育数量", "≥60万尾",
         mk("≥75万尾", "D201", "error", note="年度值大于三年累计值")),
        (None, "质量指标", "改造池体验收合格率", "=100%", "=100%"),
        (None, "时效指标", "改造工程完工时间", "2027年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单口池体改造成本", "≤4万元/口", "≤4万元/口"),
        ("效益指标", "经济效益指标", "改造池塘单产提高率", "≥15%", "≥5%"),
        (None, "社会效益指标", "带动养殖户数", "≥50户", "≥20户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fs05-dani-points", (5, 10), "project, NAT-2021, numbered tier labels with points and "
         "★, an indicator score column adding to 100 as the tier points do, a rate raised in "
         "百分点 (correct)")  # fmt: skip
def fs05() -> Book:
    b, s = book()
    goal = "改造仿生态繁育洞穴30个，驯养繁殖大鲵苗种1.5万尾，带动养殖户25户。"
    project_head(s, year=2025, name="大鲵仿生态驯养繁殖补助项目", dept="岚渚镇人民政府",
                 unit="岚渚镇农业综合服务中心", money=one_year(60, 50, 10),
                 goals=[goal])  # fmt: skip
    indicators(s, (*ONE_HEAD, "分值"), [
        ("一、产出指标（40分）", "1.数量指标", "★大鲵驯养繁殖数量", "≥1.5万尾", 15),
        (None, None, "仿生态繁育洞穴改造数量", "≥30个", 10),
        (None, "2.质量指标", "繁殖亲本受精率", "≥70%", 10),
        (None, "3.时效指标", "繁育季任务完成时间", "2025年10月31日前", 5),
        ("二、成本指标（20分）", "1.经济成本指标", "洞穴改造单位成本", "≤0.8万元/个", 10),
        (None, None, "单尾苗种饲养成本", "≤15元/尾", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "带动养殖户数", "≥25户", 10),
        (None, "2.生态效益指标", "繁育场尾水达标排放率", "=100%", 10),
        (None, "3.可持续影响指标", "人工繁育苗种自给率", "比上年提高≥5百分点", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "养殖户满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign(s, "钟雅岑", "0736-5218804", day(2024, 11, 18))
    return b


@variant("fs06-sturgeon-stacked", (2, 12), "two sturgeon projects stacked in one sheet, "
         "OLD-NAT, one value column: a near-duplicate in the first, the second's total not "
         "its parts")  # fmt: skip
def fs06() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鲟鱼良种场亲本更新项目", dept="枫渚市农业农村局",
                 unit="枫渚市鲟鱼良种场", money=one_year(80, 70, 10),
                 goals=["更新鲟鱼后备亲本200尾，亲本成活率95%以上。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "鲟鱼后备亲本更新数量", "≥200尾"),
        (None, None,
         mk("后备亲本更新数量", "D103", "warning", row=True, alt=("D101", "D102"),
            note="同一指标少两个字又填一遍，数值不同"), "≥150尾"),
        (None, "质量指标", "更新亲本成活率", "≥95%"),
        (None, "时效指标", "亲本引进完成时间", "2025年6月30日前"),
        (None, "成本指标", "单尾后备亲本引进成本", "≤3000元/尾"),
        ("效益指标", "可持续影响指标", "良种场亲本种质达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "苗种用户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(120, "B101", "error", note="财政拨款90 + 其他资金20 = 110，不是120")
    project_head(s, year=2025, name="鲟鱼养殖池塘标准化改造项目", dept="枫渚市农业农村局",
                 unit="枫渚市水产技术推广站", money=one_year(total, 90, 20), title="",
                 goals=["改造鲟鱼养殖池塘300亩，配套增氧和进排水设施。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "鲟鱼养殖池塘改造面积", "≥300亩"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        (None, "成本指标", "亩均改造成本", "≤0.35万元/亩"),
        ("效益指标", "经济效益指标", "改造池塘亩均增收", "≥800元/亩"),
        ("满意度指标", "服务对象满意度指标", "苗种用户满意度", "≥90%"),
    ])  # fmt: skip
    return b
