"""Transfer-payment 区域绩效目标表 of a city or a banner: money by source (中央补助, 省级,
市县), 分县 distribution and 测算依据 blocks, standards per 亩 and per 户 against the areas
(qa01–qa06)."""

from __future__ import annotations

from tests.variants.holdout225.common import (
    ONE,
    PTS,
    grid,
    indicators,
    note,
    regional_head,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout225.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, pct

MOA = "农业农村部、财政部"
NFGA = "国家林业和草原局、财政部"
GRASS = "农业农村部、国家林业和草原局、财政部"


def _book(widths: tuple[float, ...] = (14, 18, 18, 30, 18, 16)) -> tuple[Book, Sheet]:
    b = Book()
    return b, b.sheet("区域绩效目标表", widths)


@variant("qa01-arable-land-numbered-tiers", (1, 5, 12), "区域绩效目标表 with 中央/省级/市县 "
         "rows, numbered tier labels, 100% typed, ≤120元/亩 × 86.2万亩 within the "
         "money (correct)")  # fmt: skip
def qa01() -> Book:
    b, s = _book()
    regional_head(
        s, year=2026, name="农业相关转移支付资金——耕地地力保护补贴", central=MOA,
        local="嘉垣市农业农村局", area="嘉垣市（含澄岭县、柘川县、岫溪县等6个县区）",
        money=[("年度资金总额", wan(10986.5)), ("其中：中央补助", wan(10680)),
               ("省级资金", wan(226.5)), ("市县资金", wan(80))],
        goal="目标1：按照亩均不超过120元的标准，对86.2万亩耕地发放耕地地力保护补贴，惠及农户15.3万户，"
             "补贴资金于2026年6月30日前足额兑付到户；目标2：引导农民加强耕地保护，秸秆综合利用率达到92%"
             "以上，粮食播种面积稳定在148万亩以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "1.数量指标", "耕地地力保护补贴面积", "≥86.2万亩"),
        (None, None, "补贴发放农户数", "≥15.3万户"),
        (None, "2.质量指标", "补贴资金足额兑付率", pct(1)),
        (None, None, "补贴面积核实准确率", "≥98%"),
        (None, "3.时效指标", "补贴资金兑付完成时间", "2026年6月30日前"),
        (None, "4.成本指标", "亩均补贴标准", "≤120元/亩"),
        ("二、效益指标", "1.经济效益指标", "种粮农户亩均收益", "提高"),
        (None, "2.社会效益指标", "粮食播种面积", "≥148万亩"),
        (None, "3.生态效益指标", "秸秆综合利用率", "≥92%"),
        (None, "4.可持续影响指标", "耕地地力保护长效机制", "健全"),
        ("三、满意度指标", "1.服务对象满意度指标", "补贴对象满意度", "≥90%"),
    ], lead="绩效指标")  # fmt: skip
    note(s, "注：补贴面积以农村土地承包经营权确权面积为基础，扣除已改变用途的耕地。")
    sign(s, "韩立秋", "0739-52816047", unit="嘉垣市农业农村局", when="2026年2月10日")
    return b


@variant("qa02-arable-land-sources-off", (5, 12), "区域绩效目标表, abbreviated tier-2s: 总额 ≠ "
         "中央 + 省级 + 市县, ≤126元/亩 × 72.5万亩 beyond the money")  # fmt: skip
def qa02() -> Book:
    b, s = _book()
    regional_head(
        s, year=2026, name="耕地地力保护补贴", central=MOA, local="麓平市农业农村局",
        area="麓平市（辖4县1区）",
        money=[("年度资金总额", mk(wan(8420), "B101", "error", row=True,
                                    note="8080 + 230 + 210 = 8520"), "其中：中央补助", wan(8080)),
               ("省级资金", wan(230), "市县资金", wan(210))],
        goal="按亩均126元的标准对72.5万亩耕地发放补贴，惠及农户12.8万户，2026年6月30日前发放到位。",
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量", "耕地地力保护补贴面积", "≥72.5万亩", "以确权承包面积为基础"),
        (None, None, "享受补贴农户数", "≥12.8万户", None),
        (None, "质量", "补贴资金兑付准确率", "≥99%", "兑付金额与核定金额一致"),
        (None, "时效", "补贴资金发放完成时间", "2026年6月30日前", None),
        (None, "成本", "亩均补贴标准",
         mk("≤126元/亩", "B107", "warning", row=True, note="126 × 72.5万亩 = 9135万元 > 8420"),
         "全市统一标准"),
        ("效益指标", "社会效益", "粮食播种面积", "≥121万亩", None),
        (None, "生态效益", "化肥利用率", "≥42%", None),
        (None, "可持续影响", "农民耕地保护意识", "提升", None),
        ("满意度指标", "服务对象满意度", "补贴农户满意度", "≥90%", "抽样问卷调查"),
    ])  # fmt: skip
    sign(s, "蒋慧敏", "0745-63182950", unit="麓平市农业农村局")
    return b


@variant("qa03-grassland-yuan", (4, 12), "区域绩效目标表 of a banner, money in 元 (header and "
         "number format), 测算依据 in 元 adding up, two standards per 亩 (correct)")  # fmt: skip
def qa03() -> Book:
    b, s = _book()
    regional_head(
        s, year=2026, name="草原生态保护补助奖励资金", central=GRASS,
        local="乌仁塔拉旗农牧局", area="乌仁塔拉旗",
        money=[("年度资金总额", yuan(25340000)), ("其中：中央补助", yuan(24280000)),
               ("自治区资金", yuan(760000)), ("旗级资金", yuan(300000))],
        goal="2026年对禁牧面积128万亩、草畜平衡面积356万亩落实补奖政策，补奖资金足额发放到6850户牧户，"
             "草原综合植被盖度达到46%以上。", money_label="资金情况（元）",
    )  # fmt: skip
    grid(s, "资金测算依据", ("补助项目", "面积（万亩）", "标准（元/亩）", "金额（元）", "备注"), [
        ("禁牧补助", 128, 9.5, yuan(12160000), "禁牧区全覆盖"),
        ("草畜平衡奖励", 356, 3, yuan(10680000), None),
        ("绩效评价奖励及草原管护", None, None, yuan(2500000), "含草原管护员补助"),
        ("合计", 484, None, yuan(25340000), None),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "禁牧面积", "≥128万亩"),
        (None, None, "草畜平衡面积", "≥356万亩"),
        (None, None, "补奖资金发放牧户数", "≥6850户"),
        (None, "质量指标", "补奖资金足额发放率", "100%"),
        (None, "时效指标", "补奖资金发放完成时间", "2026年9月30日前"),
        (None, "成本指标", "禁牧补助标准", "≤9.5元/亩"),
        (None, None, "草畜平衡奖励标准", "≤3元/亩"),
        ("效益指标", "经济效益指标", "牧户政策性补奖收入", "稳定"),
        (None, "生态效益指标", "草原综合植被盖度", "≥46%"),
        (None, None, "重点天然草原平均牲畜超载率", "≤8%"),
        (None, "可持续影响指标", "草原禁牧和草畜平衡监管机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：本表金额单位为元；禁牧和草畜平衡面积以旗级草原承包台账为准。")
    sign(s, "其木格", "0479-68215530", unit="乌仁塔拉旗农牧局", when="2026年3月2日")
    return b


COUNTIES_QA04 = [
    ("敖仑旗", 96, 250, money(1620.4, "0.0000")),
    ("锡仁旗", 84, 215, money(1388.15, "0.0000")),
    ("哈达图县", 72, 196, money(1245.7, "0.0000")),
    ("布日德县", 58, 159, money(826.0075, "0.0000")),
    ("合计", 310, 820, mk(money(5180.2575, "0.0000"), "B102", "error", row=True,
                         note="the counties add up to 5080.2575")),
]  # fmt: skip


@variant("qa04-grassland-split-number", (5, 9, 12), "区域绩效目标表 with ★ core indicators: "
         "the 中央补助 split by a space (PDF), 分县资金 that do not add up to their "
         "合计")  # fmt: skip
def qa04() -> Book:
    b, s = _book()
    four = "0.0000"
    regional_head(
        s, year=2026, name="草原生态保护补助奖励资金", central=GRASS,
        local="阿日善市农牧局", area="阿日善市（敖仑旗、锡仁旗、哈达图县、布日德县）",
        money=[("年度资金总额", mk(money(5180.2575, four), "B102", "error", required=False)),
               ("其中：中央补助", mk("4836.257 5", "X105", "warning", alt=("X103",))),
               ("省级资金", money(248, four)), ("市县资金", money(96, four))],
        goal="落实禁牧310万亩、草畜平衡820万亩，补奖资金于2026年10月31日前兑付到户，草原综合植被盖度"
             "达到45%以上。",
    )  # fmt: skip
    head = ("旗县", "禁牧面积（万亩）", "草畜平衡面积（万亩）", "分配资金（万元）")
    grid(s, "分县资金分配", head, COUNTIES_QA04)
    indicators(s, ONE, [
        ("产出指标", "数量指标", "★禁牧面积", "≥310万亩"),
        (None, None, "★草畜平衡面积", "≥820万亩"),
        (None, "质量指标", "补奖资金兑付准确率", "≥98%"),
        (None, "时效指标", "补奖资金兑付完成时间", "2026年10月31日前"),
        (None, "成本指标", "禁牧补助标准", "≤9元/亩"),
        (None, None, "草畜平衡奖励标准", "≤2.6元/亩"),
        ("效益指标", "生态效益指标", "★草原综合植被盖度", "≥45%"),
        (None, "社会效益指标", "草原承包经营制度落实", "到位"),
        (None, "可持续影响指标", "草原生态保护长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "★农牧民满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：带★的为核心指标，不得删除。")
    sign(s, "乌日娜", "0477-52690318", unit="阿日善市农牧局")
    return b


@variant("qa05-forest-tending-tier-slip", (5, 9), "区域绩效目标表, tier-2s with bracketed "
         "alternatives: 生态效益指标 inside the 产出 block, a cost per 亩 rounded to "
         "0万元")  # fmt: skip
def qa05() -> Book:
    b, s = _book()
    regional_head(
        s, year=2026, name="林业改革发展资金——森林抚育补助", central=NFGA,
        local="云垛市林业局", area="云垛市",
        money=[("年度资金总额", wan(2000)), ("其中：中央补助", wan(1600)),
               ("省级资金", wan(240)), ("市县资金", wan(160))],
        goal="2026年完成森林抚育8万亩，检查验收合格率达到95%以上，带动林区群众务工2600人次。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "森林抚育面积", "≥8万亩"),
        (None, None, "抚育作业小班数", "≥420个"),
        (None, "质量指标(或标准指标)", "抚育作业检查验收合格率", "≥95%"),
        (None, "时效指标（进度指标）", "抚育任务完成时间", "2026年11月30日前"),
        (None, "成本指标", "单位面积抚育补助",
         mk("≤0万元/亩", "T115", "error", note="200元/亩 rounded away in 万元")),
        (None, mk("生态效益指标", "F105", "error", note="a tier-2 of 效益指标 under 产出指标"),
         "森林蓄积量年增长量", "≥3.2万立方米"),
        ("效益指标", "社会效益指标", "带动林区群众务工", "≥2600人次"),
        (None, "可持续影响指标", "森林经营长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ], lead="绩效指标")  # fmt: skip
    sign(s, "舒明哲", "0736-71825094", unit="云垛市林业局", when="2026年2月26日")
    return b


SHARES_QA06 = [
    ("岫溪县", wan(1260), pct(0.35)), ("槐阴县", wan(1080), pct(0.3)),
    ("坪塘县", wan(720), pct(0.2)), ("禾湾区", wan(540), pct(0.15)),
    ("合计", wan(3600), pct(1)),
]  # fmt: skip


@variant("qa06-farm-machinery-points", (1, 5, 10, 12), "区域绩效目标表 with tier points and "
         "indicator 分值 that match, ★ core indicators, typed shares of 分县资金 "
         "(correct)")  # fmt: skip
def qa06() -> Book:
    b, s = _book()
    regional_head(
        s, year=2026, name="农机购置与应用补贴", central=MOA, local="岫川市农业农村局",
        area="岫川市", money=[("年度资金总额", wan(3600)), ("其中：中央补助", wan(3300)),
                            ("省级资金", wan(300))],
        goal="2026年补贴购置农机具2400台（套），受益农户和经营组织1900户以上，主要农作物耕种收综合"
             "机械化率达到88%以上。",
    )  # fmt: skip
    grid(s, "分县资金安排", ("县区", "资金（万元）", "占比"), SHARES_QA06)
    indicators(s, PTS, [
        ("产出指标（50分）", "数量指标", "★补贴机具数量", "≥2400台（套）", 15),
        (None, None, "受益农户和农业生产经营组织数", "≥1900户", 10),
        (None, "质量指标", "补贴机具抽查合格率", "≥98%", 10),
        (None, "时效指标", "补贴资金结算及时率", "≥95%", 5),
        (None, "成本指标", "单台（套）平均补贴额", "≤1.35万元/台（套）", 10),
        ("效益指标（40分）", "经济效益指标", "农户农机作业成本", "下降", 10),
        (None, "社会效益指标", "★主要农作物耕种收综合机械化率", "≥88%", 15),
        (None, None, "重大农机安全生产事故", "=0起", 10),
        (None, "可持续影响指标", "农机化公共服务长效机制", "健全", 5),
        ("满意度指标（10分）", "服务对象满意度指标", "★购机者满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：带★的为核心指标；分值合计100分。")
    sign(s, "岑晓光", "0738-26091745", unit="岫川市农业农村局")
    return b
