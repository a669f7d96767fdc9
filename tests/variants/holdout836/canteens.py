"""Community canteens (社区长者食堂, 老年助餐点): kfn01 to kfn06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout836.common import (
    HEAD,
    HEAD_OP,
    funds,
    indicators,
    notes,
    signature,
    start,
)
from tests.variants.holdout836.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kfn01-canteen-typed-percent", (1, 5),
         "project, NAT-2021, numbered tier labels, operator and unit columns, typed percents "
         "(correct)")  # fmt: skip
def canteen_typed_percent() -> Book:
    b, s = start()
    project_head(s, year=2025, name="沂棠区社区长者食堂运营补助", dept="沂棠区民政局（318001）",
                 unit="沂棠区养老服务指导中心", money=funds(180, 150, 30),
                 goals=["对全区12家社区长者食堂（其中街道中心食堂3家、社区助餐点9家）给予运营"
                        "补助，全年助餐服务不少于18万人次，食品安全零事故。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("一、产出指标", "（一）数量指标", "运营补助长者食堂数", "≥", 12, "家"),
        (None, None, "全年助餐服务人次", "≥", 18, "万人次"),
        (None, "（二）质量指标", "食品安全量化等级B级以上食堂占比", "≥", pct(0.9), "%"),
        (None, "（三）时效指标", "补助资金按季拨付及时率", "=", pct(1), "%"),
        ("二、成本指标", "（一）经济成本指标", "每家食堂年均运营补助", "≤", 15, "万元"),
        ("三、效益指标", "（一）社会效益指标", "食品安全事故发生起数", "≤", 0, "起"),
        (None, None, "老年人就餐困难反映件数下降率", "≥", pct(0.3), "%"),
        (None, "（二）可持续影响指标", "长者食堂长效运营机制", "定性", "健全", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "就餐老人满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    notes(s, "注：12家×15万元=180万元，与年度资金总额一致；下降率按上年反映件数计算。")
    signature(s, "钱沐禾", "0736-5281904", day(2024, 11, 18))
    return b


@variant(
    "kfn02-canteen-goal-mismatch",
    (7, 12),
    "project, OLD-NAT, headers 指标内容 and 绩效标准; goal count, cost and money disagree",
)
def canteen_goal_mismatch() -> Book:
    b, s = start()
    project_head(s, year=2025, name="芦汀县农村老年助餐点建设", dept="芦汀县民政局（427003）",
                 unit="芦汀县社会福利服务中心",
                 money=funds(mk(150, "B101", "error", note="120 + 20 = 140，不是 150"), 120, 20),
                 goals=["在全县新建村级老年助餐点8个，配置厨房设备和适老化桌椅，年内全部投入"
                        "运营，惠及农村留守老人。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "新建村级老年助餐点数量",
         mk("≥6个", "D104", "warning", note="年度目标写新建8个")),
        (None, None, "配置适老化桌椅套数", "≥160套"),
        (None, "质量指标", "助餐点竣工验收合格率", "≥95%"),
        (None, "时效指标", "助餐点投入运营时间", "2025年11月30日前"),
        (None, "成本指标", "单个助餐点建设补助标准",
         mk("≤30万元/个", "B107", "warning", note="30万元 × 6个 = 180万元，超过资金总额")),
        ("效益指标", "社会效益指标", "农村留守老人就近就餐覆盖行政村数", "≥6个"),
        (None, "可持续影响指标", "助餐点持续运营年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "马知遥", "0738-7720516", day(2024, 12, 2))
    return b


@variant("kfn03-canteen-stacked", (2,),
         "two canteen projects stacked in one sheet, OLD-NAT, one value column, the same "
         "satisfaction name with different values (correct)")  # fmt: skip
def canteen_stacked() -> Book:
    b, s = start("绩效目标表")
    project_head(
        s,
        year=2025,
        name="枫埠街道长者食堂助餐服务",
        dept="沂棠区民政局（318001）",
        unit="枫埠街道办事处",
        money=funds(96, 80, 16),
        goals=["为辖区60周岁以上老人提供午餐助餐服务，全年补贴餐次不少于20万餐。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "全年补贴助餐餐次", "≥20万餐"),
        (None, "质量指标", "食品留样合格率", "≥98%"),
        (None, "时效指标", "午餐按时供应率", "≥98%"),
        (None, "成本指标", "每餐补贴标准", "≤4元/餐"),
        ("效益指标", "社会效益指标", "辖区老年人助餐服务覆盖率", "≥35%"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        name="桐畈镇中心敬老院对外助餐",
        dept="沂棠区民政局（318001）",
        unit="桐畈镇中心敬老院",
        money=funds(45, 45, 0),
        title="",
        goals=["依托镇中心敬老院食堂向周边村老人开放助餐，全年助餐不少于9万餐。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "全年对外助餐餐次", "≥9万餐"),
        (None, "质量指标", "食品留样合格率", "=100%"),
        (None, "时效指标", "对外助餐开放时间", "2025年3月1日前"),
        (None, "成本指标", "每餐补贴标准", "≤5元/餐"),
        ("效益指标", "社会效益指标", "周边村老人助餐受益人数", "≥300人"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥88%"),
    ])  # fmt: skip
    signature(s, "闻书砚", "0736-5283317", day(2024, 11, 25))
    return b


@variant("kfn04-canteen-stacked-leftover", (2, 4),
         "two canteen projects stacked with a 注 row between them; a conflicting duplicate in the "
         "first, last year's deadline left in the second")  # fmt: skip
def canteen_stacked_leftover() -> Book:
    b, s = start("绩效目标表")
    project_head(
        s,
        year=2025,
        name="岚港街道社区助餐点提质",
        dept="澄湾区民政局（205011）",
        unit="岚港街道办事处",
        money=funds(64, 60, 4),
        goals=["对辖区8个社区助餐点进行厨房改造和明厨亮灶建设，提升食品安全水平。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "完成改造社区助餐点数", "≥8个"),
        (None, "质量指标", "助餐点食品留样合格率", "=100%"),
        (None, None, "明厨亮灶视频接入率", "≥95%"),
        (None, None, "助餐点食品留样合格率",
         mk("≥98%", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标在上两行已写=100%，两个值不能同时是目标")),
        (None, "时效指标", "改造完工时间", "2025年9月30日前"),
        (None, "成本指标", "每个助餐点改造补助", "≤8万元/个"),
        ("效益指标", "社会效益指标", "助餐点食品安全事故起数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：以下为同一主管部门的第二个项目，表头与上表相同。")
    project_head(s, year=2025, name="鹭汀社区老年食堂新建", dept="澄湾区民政局（205011）",
                 unit="鹭汀社区居民委员会", money=funds(38, 38, 0), title="",
                 goals=["新建社区老年食堂1处，建筑面积不少于260平方米，年内开餐。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建老年食堂建筑面积", "≥260平方米"),
        (None, "质量指标", "工程竣工验收合格率", "=100%"),
        (None, "时效指标", "食堂建成开餐时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2025年度一年期项目，期限却在2024年：上年计划遗留")),
        (None, "成本指标", "食堂建设改造成本", "≤38万元"),
        ("效益指标", "社会效益指标", "日均就餐老人数", "≥80人"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "岑望舒", "0739-6102458", day(2024, 11, 29))
    return b


@variant(
    "kfn05-canteen-second-sheet",
    (4, 7),
    "project head on the first sheet, the indicator table on a second sheet under 预期实现值, "
    "notes inside and under the table, a later year the work prepares for (correct)",
)
def canteen_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="梧冈市中央厨房社区配餐试点", dept="梧冈市民政局（501002）",
                 unit="梧冈市养老服务发展中心", money=funds(210, 200, 10),
                 goals=["建成中央厨房1处，向15个社区助餐点配送老年餐，全年配餐不少于30万份，"
                        "为2026年在全市推广“中央厨房+社区配送”模式积累经验。"])  # fmt: skip
    signature(s, "蒲映川", "0731-8840263", day(2024, 10, 30))
    t = b.sheet("绩效指标", (14, 16, 32, 18, 24))
    t.title("2025年度项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "中央厨房建成数量", "=1处", None),
        (None, None, "配送社区助餐点数", "≥15个", None),
        (None, None, "全年配送老年餐份数", "≥30万份", None),
        (None, "质量指标", "配送餐品中心温度达标率", "≥95%", "出餐后2小时内抽检"),
    ])  # fmt: skip
    notes(t, "说明：质量抽检由市场监管部门按季组织。", width=5)
    t.table([
        ("产出指标", "时效指标", "中央厨房投入使用时间", "2025年6月30日前", None),
        ("成本指标", "经济成本指标", "每份老年餐配送成本", "≤6元/份", "30万份×6元=180万元"),
        ("效益指标", "社会效益指标", "试点社区老年人助餐参与率", "提高≥5百分点", "比上年"),
        (None, "可持续影响指标", "形成可复制的社区配餐服务规范", "1套", None),
        ("满意度指标", "服务对象满意度指标", "配餐老人满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "注：本表指标值均为2025年度目标值。", width=5)
    return b


@variant("kfn06-canteen-wrong-tier", (5, 13),
         "project, OLD-NAT, tier labels marked and abbreviated (*产出指标, 数量, 质量); a hygiene "
         "rate under 时效 and a value without a name")  # fmt: skip
def canteen_wrong_tier() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="杉溪镇老年助餐服务补助",
        dept="芦汀县民政局（427003）",
        unit="杉溪镇人民政府",
        money=funds(72, 66, 6),
        goals=["支持镇区2家老年食堂和6个村助餐点运营，全年助餐不少于12万餐。"],
    )
    indicators(s, HEAD, [
        ("*产出指标", "数量", "补助老年食堂和助餐点数", "≥8个"),
        (None, None, "全年助餐餐次", "≥12万餐"),
        (None, "质量", "助餐点从业人员持健康证比例", "=100%"),
        (None, "时效", mk("食堂卫生检查合格率", "F201", "warning", row=True,
                          note="合格率是质量指标，却填在时效下"), "≥95%"),
        (None, None, "补助资金拨付时间", "2025年6月30日前"),
        (None, "成本", "每餐运营补助", "≤6元/餐"),
        ("*效益指标", "社会效益", "留守及独居老人助餐受益人数", "≥400人"),
        (None, None, mk(None, "F110", "error", note="有指标值没有三级指标名称"), "≥85%"),
        ("*满意度指标", "服务对象满意度", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "卢渐青", "0738-7734120", day(2024, 11, 12))
    return b
