"""One-year projects: 保障性租赁住房, 住房租赁补贴 and 危房改造 with money blocks (测算依据),
operator and unit columns, numbered tier labels and points (qu01 to qu06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout245.common import (
    ONE,
    OPS,
    book,
    budget_lines,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout245.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("qu01-rental-housing-costed", (1, 12), "one-year project, money block with 测算依据, "
         "指标解释 column, typed percentages, a footnote (correct)")  # fmt: skip
def qu01() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, name="2026年保障性租赁住房筹集补助项目",
        dept="青溪市住房和城乡建设局（412）", unit="青溪市住房保障服务中心",
        money=one_year_money(wan(1000), wan(860), wan(140)),
        goals=["2026年新筹集保障性租赁住房400套（间），新增建筑面积2.4万平方米，项目竣工验收"
               "合格率达到100%，已筹集房源出租率不低于95%。"],
    )  # fmt: skip
    budget_lines(s, [
        ("新建项目建设补助", "300套×2.5万元/套", 750),
        ("存量房改建补助", "100套×2万元/套", 200),
        ("房源核验及质量检测", "400套×0.125万元/套", 50),
    ], 1000)  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "新筹集保障性租赁住房套数", "≥400套", "含新建300套、改建100套"),
        (None, None, "新增保障性租赁住房建筑面积", "≥2.4万平方米", None),
        (None, "质量指标", "项目竣工验收合格率", pct(1), "按竣工验收备案计"),
        (None, None, "单套建筑面积", "≤70平方米", "以小户型为主"),
        (None, "时效指标", "补助资金拨付完成时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "新建项目单套补助标准", "≤2.5万元/套", "改建项目2万元/套"),
        ("效益指标", "社会效益指标", "解决新市民、青年人住房困难户数", "≥400户", None),
        (None, None, "已筹集房源出租率", pct(0.95), "年末在租套数÷可租套数"),
        ("满意度指标", "服务对象满意度指标", "承租人满意度", "≥90%", "抽样问卷调查"),
    ])  # fmt: skip
    note(s, "注：本表指标值均为2026年度目标；单套补助标准按新建项目计。")
    sign(s, "许明哲", "唐秋雁", "0793-5216084")
    return b


@variant("qu02-rental-housing-sources", (12,), "one-year project, 备注 column: 总额 ≠ 财政拨款 "
         "+ 其他资金, the goal text's 600套 against an indicator of 500套")  # fmt: skip
def qu02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 26))
    project_head(
        s, year=2026, name="2026年保障性租赁住房筹集项目",
        dept="南岭县住房和城乡建设局（305）", unit="南岭县房地产服务中心",
        money=one_year_money(mk(wan(1200), "B101", "error", note="1000 + 150 = 1150"),
                             wan(1000), wan(150)),
        goals=["2026年新筹集保障性租赁住房600套，全部纳入全县保障性住房管理平台统一配租，"
               "房源配租率不低于90%。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "新筹集保障性租赁住房套数",
         mk("≥500套", "D104", "warning", row=True, note="the goal says 600套"), None),
        (None, None, "房源质量安全抽查比例", "≥20%", "按套数抽查"),
        (None, "质量指标", "房源配租率", "≥90%", None),
        (None, "时效指标", "房源筹集完成时间", "2026年12月31日前", None),
        ("成本指标", "经济成本指标", "单套筹集补助标准", "≤1.8万元/套", "按县政府会议纪要"),
        ("效益指标", "社会效益指标", "新市民、青年人住房条件改善", "明显改善", None),
        (None, "可持续影响指标", "保障性租赁住房运营管理机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "承租对象满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "彭志远", "欧阳晴", "0746-7312205")
    return b


@variant("qu03-rent-subsidy-words", (11, 12), "one-year project, operator column in words and a "
         "unit column: 差错率 小于等于, 覆盖率 等于 100, yearly standard (correct)")  # fmt: skip
def qu03() -> Book:
    b, s = book("绩效目标表", (14, 16, 30, 12, 14, 14))
    project_head(
        s, year=2026, name="2026年城镇住房保障家庭租赁补贴项目",
        dept="枫林区住房保障和房屋管理局（208）", unit="枫林区住房保障和房屋管理局",
        money=one_year_money(wan(960), wan(900), wan(60)), attr="常年项目",
        goals=["2026年向1500户城镇低收入住房困难家庭发放租赁补贴，补贴按季度发放，发放差错率"
               "控制在0.5%以内，年度动态复核覆盖全部保障家庭。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "租赁补贴发放户数", "大于等于", 1500, "户"),
        (None, None, "补贴发放次数", "等于", 4, "次"),
        (None, "质量指标", "补贴发放差错率", "小于等于", 0.5, "%"),
        (None, None, "保障家庭年度复核覆盖率", "等于", 100, "%"),
        (None, "时效指标", "补贴资金到账时限", "小于等于", 10, "个工作日"),
        ("成本指标", "经济成本指标", "户均租赁补贴标准", "小于等于", 6000, "元/户·年"),
        ("效益指标", "社会效益指标", "符合条件申请家庭应保尽保率", "大于等于", 98, "%"),
        (None, "可持续影响指标", "租赁补贴标准动态调整机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受补贴家庭满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    note(s, "说明：补贴按季度发放，每季度首月发放一次；户均标准按全年计。")
    sign(s, "龚晓岚", "韩立新", "0731-8452097")
    return b


@variant("qu04-dilapidated-numbered", (5, 12), "one-year project, numbered tier labels, money "
         "block short of its 合计, a 达标率 above 100 %, a date in the next year")  # fmt: skip
def qu04() -> Book:
    b, s = book("危房改造")
    project_head(
        s, year=2026, name="2026年农村低收入群体等重点对象危房改造项目",
        dept="石门县住房和城乡建设局（517）", unit="石门县村镇建设服务中心",
        money=one_year_money(wan(790), wan(790), wan(0)),
        goals=["2026年完成农村低收入群体等重点对象危房改造345户，其中维修加固260户、拆除重建"
               "85户，改造后房屋全部达到安全住房标准。"],
    )  # fmt: skip
    budget_lines(s, [
        ("C级危房维修加固补助", "260户×1.5万元/户", 390),
        ("D级危房拆除重建补助", "85户×4万元/户", 340),
        ("房屋安全鉴定", "345户×0.08万元/户", 27.6),
        ("技术指导及竣工验收", "按改造户数包干", 18),
    ], mk(790, "B102", "error", alt=("B101",), note="390 + 340 + 27.6 + 18 = 775.6"))  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "1.数量指标", "危房改造户数", "≥345户"),
        (None, None, "其中：维修加固户数", "≥260户"),
        (None, "2.质量指标", "改造后房屋安全鉴定达标率",
         mk("≥105%", "T106", "error", row=True)),
        (None, "3.时效指标", "改造任务完成时间",
         mk("2027年6月30日前", "Y102", "error", note="a one-year project of 2026")),
        ("二、成本指标", "1.经济成本指标", "户均补助资金", "≤2.2万元/户"),
        ("三、效益指标", "1.社会效益指标", "重点对象住房安全保障率", pct(1)),
        (None, "2.可持续影响指标", "改造房屋安全使用年限", "≥20年"),
        ("四、满意度指标", "1.服务对象满意度指标", "改造户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "田有根", "覃素梅", "0736-5320418")
    return b


@variant("qu05-dilapidated-points", (5, 10, 12), "one-year project, tier labels with points and "
         "a 分值 column, money block, a per-户 standard for part of the 户 (correct)")  # fmt: skip
def qu05() -> Book:
    b, s = book("Sheet1", (16, 16, 30, 18, 10, 14))
    project_head(
        s, year=2026, name="2026年城镇C、D级危房解危治理项目",
        dept="云溪市住房和城乡建设局（318）", unit="云溪市房屋安全鉴定管理站",
        money=one_year_money(wan(1560), wan(1200), wan(360)), attr="一次性项目",
        goals=["2026年完成城镇C、D级危房解危治理400户，其中拆除重建240户、加固160户，消除房屋"
               "安全隐患建筑面积3.2万平方米。"],
    )  # fmt: skip
    budget_lines(s, [
        ("D级危房拆除重建补助", "240户×4.5万元/户", 1080),
        ("C级危房加固补助", "160户×2.5万元/户", 400),
        ("安全鉴定与监测", "400户×0.2万元/户", 80),
    ], 1560)  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("产出指标（50分）", "数量指标", "解危治理户数", "≥400户", 10),
        (None, None, "其中：D级危房拆除重建户数", "≥240户", 5),
        (None, None, "消除安全隐患建筑面积", "≥3.2万平方米", 10),
        (None, "质量指标", "加固工程质量验收合格率", pct(1), 10),
        (None, "时效指标", "解危治理完成时间", "2026年12月31日前", 15),
        ("成本指标（10分）", "经济成本指标", "D级危房拆除重建户均补助标准", "≤4.5万元/户", 10),
        ("效益指标（30分）", "社会效益指标", "房屋安全责任事故发生起数", "=0起", 10),
        (None, None, "受益居民人数", "≥1100人", 10),
        (None, "可持续影响指标", "危房动态监测机制", "健全", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "居民满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：产出、成本、效益、满意度指标分值合计100分，其中预算执行率另行评价。")
    sign(s, "钟振华", "黎安琪", "0759-2283641")
    return b


@variant("qu06-rent-subsidy-symbols", (11, 12), "one-year project, operator and unit columns: a "
         "差错率 with ≥, a yearly standard × 户 above the money, a 户数 in %")  # fmt: skip
def qu06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 14))
    project_head(
        s, year=2026, name="2026年公租房货币化保障租赁补贴项目",
        dept="安平县住房和城乡建设局（126）", unit="安平县住房保障中心",
        money=one_year_money(wan(1200), wan(1200), wan(0)), attr="常年项目",
        goals=["2026年对2000户符合条件的城镇住房困难家庭发放租赁补贴，补贴按半年发放，确保"
               "补贴资金安全、准确发放。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "租赁补贴保障家庭户数", "≥", 2000, "户"),
        (None, None, "符合条件家庭补贴发放户数", "≥",
         mk(95, "T120", "warning", row=True, note="a count given as 95 %"), "%"),
        (None, "质量指标", "补贴资金发放差错率",
         mk("≥", "T108", "warning", row=True, note="a 差错率 is 反向"), 1, "%"),
        (None, "时效指标", "半年度补贴发放时限", "≤", 15, "个工作日"),
        ("成本指标", "经济成本指标", "户均租赁补贴标准", "≤",
         mk(7200, "B107", "warning", row=True, note="2000户 × 7200元 = 1440万元 > 1200万元"),
         "元/户·年"),
        ("效益指标", "社会效益指标", "保障家庭租金支出占收入比例", "≤", 30, "%"),
        ("满意度指标", "服务对象满意度指标", "保障家庭满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "任家宝", "苏婉清", "0318-7726153")
    return b
