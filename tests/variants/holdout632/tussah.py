"""柞蚕放养与蚕茧收购: project returns fr01–fr06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout632.common import (
    HEAD2,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout632.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

DEPT = "柞岭县农业农村局（318001）"


@variant("fr01-tussah-release", (1, 5), "project, NAT-2021, numbered tier labels with tier "
         "points, a typed percent cell, a later year in the goal (correct)")  # fmt: skip
def fr01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="柞岭县柞蚕放养扶持项目", dept=DEPT,
                 unit="柞岭县蚕业技术推广站", money=one_year(86, 66, 20),
                 goals=["扶持蚕农放养春秋两季柞蚕1.2万亩（其中新建标准化蚕场2000亩），"
                        "发放良种蚕种1.5万张，为2026年扩大放养积累种源。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "柞蚕放养面积", "≥12000亩"),
        (None, None, "新建标准化蚕场面积", "≥2000亩"),
        (None, None, "良种蚕种发放量", "≥15000张"),
        (None, "（二）质量指标", "蚕种合格率", pct(0.95)),
        (None, None, "柞蚕病害发生率", "≤5%"),
        (None, "（三）时效指标", "蚕种发放完成时间", day(2025, 4, 20, CN_DATE)),
        ("二、成本指标（10分）", "（一）经济成本指标", "蚕种补助标准", "≤40元/张"),
        ("三、效益指标（30分）", "（一）经济效益指标", "放养户户均增收", "≥3000元"),
        (None, "（二）可持续影响指标", "良种覆盖率比上年提高", "≥5百分点"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "放养户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "谷春岚", "0427-6613085", day(2024, 11, 26))
    return b


@variant("fr02-tussah-goal-mismatch", (5, 7), "project, OLD-NAT, abbreviated tiers, headers "
         "指标内容 and 绩效标准: area against the goal, a quality rate under 时效, a deadline "
         "in the next year")  # fmt: skip
def fr02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="石栎乡柞蚕放养基地建设项目", dept=DEPT,
                 unit="石栎乡农业综合服务站", money=one_year(50, 40, 10),
                 goals=["新建柞蚕放养场1.5万亩，培训蚕农300人次，9月30日前完成秋蚕茧"
                        "收购，带动放养户增收。"])  # fmt: skip
    indicators(s, [
        ("产出", "数量", "柞蚕放养场建设面积",
         mk("≥1.2万亩", "D104", "warning", row=True, note="年度目标写新建1.5万亩")),
        (None, None, "蚕农技术培训", "≥300人次"),
        (None, "质量", "放养场验收合格率", "≥95%"),
        (None, "时效", mk("蚕茧收购合格率", "F201", "warning", row=True,
                         note="质量类的合格率填在时效下"), "≥90%"),
        (None, None, "秋蚕茧收购完成时间", mk(day(2026, 9, 30, CN_DATE), "Y102", "error",
                                           note="一年期2025项目，目标写9月30日前")),
        (None, "成本", "放养场建设补助标准", "≤30元/亩"),
        ("效益", "经济效益", "放养户户均增收", "≥2500元"),
        (None, "生态效益", "柞林抚育面积", "≥8000亩"),
        ("满意度", "服务对象满意度", "蚕农满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "指标内容", "绩效标准"))  # fmt: skip
    return b


@variant("fr03-tussah-breeding-period", (4, 8), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, period counts above the year's, a 说明 row under the table "
         "(correct)")  # fmt: skip
def fr03() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="柞岭县柞蚕良种繁育基地建设项目", dept=DEPT,
                 unit="柞岭县蚕业技术推广站", attr="新增项目",
                 money=multi_year((360, 300, 60), (120, 100, 20)),
                 goals=["三年建成柞蚕良种繁育基地3处，累计繁育良种蚕种6万张，培训蚕农1500人次。",
                        "2025年建成繁育基地1处，繁育良种蚕种2万张，培训蚕农500人次。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "良种繁育基地建设数量", "≥3处", "≥1处"),
        (None, None, "良种蚕种繁育量", "≥60000张", "≥20000张"),
        (None, None, "蚕农技术培训", "≥1500人次", "≥500人次"),
        (None, "质量指标", "蚕种微粒子病检测合格率", "≥98%", "≥98%"),
        (None, "时效指标", "繁育基地建成时间", "2027年12月31日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "繁育基地单处建设成本", "≤100万元/处", "≤100万元/处"),
        ("效益指标", "社会效益指标", "良种蚕种覆盖率", "≥80%", "≥60%"),
        (None, "可持续影响指标", "繁育基地持续运营年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥90%", "≥90%"),
    ], header=HEAD2)  # fmt: skip
    note(s, "说明：中期指标值为2025—2027年累计数，年度指标值为2025年当年数。")
    return b


@variant("fr04-tussah-purchase-points", (8, 2), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: a year's count above the period's, a count copied, last year in "
         "the goal")  # fmt: skip
def fr04() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="雁桥市柞蚕茧收购网点建设项目",
                 dept="雁桥市供销合作社（402017）", unit="雁桥市柞蚕茧收购服务中心",
                 money=multi_year((240, 200, 40), (80, 60, 20)),
                 goals=["三年新建柞蚕茧收购网点12个，累计收购柞蚕茧3000吨，培训收购员240人次。",
                        mk("2024年新建收购网点4个，培训收购员80人次。", "Y103", "warning",
                           note="项目期2025—2027，年度目标留着上一年的年份")])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "收购网点新建数量", "≥12个",
         mk("≥12个", "D202", "warning", alt=("D104",), note="累计数照抄中期，目标写4个")),
        (None, None, "柞蚕茧收购量", "≥3000吨",
         mk("≥3500吨", "D201", "error", note="年度收购量超过三年累计")),
        (None, None, "收购员培训", "≥240人次", "≥80人次"),
        (None, "质量指标", "收购茧等级评定准确率", "≥95%", "≥95%"),
        (None, "时效指标", "茧款结算时限", "≤5个工作日", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单个网点建设成本", "≤18万元",
         ok("≤18万元", note="照抄的12个 × 18万元超过年度资金，同一问题")),
        ("效益指标", "经济效益指标", "售茧蚕农户均增收", "≥2000元", "≥2000元"),
        ("满意度指标", "服务对象满意度指标", "售茧蚕农满意度", "≥90%", "≥90%"),
    ], header=HEAD2)  # fmt: skip
    return b


@variant("fr05-cocoon-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, the same "
         "indicator name with different values, a zero incident count (correct)")  # fmt: skip
def fr05() -> Book:
    b, s = start()
    project_head(s, year=2025, name="柞蚕茧收购质量检验项目", dept=DEPT,
                 unit="柞岭县蚕茧质量检验所", money=one_year(30, 30, 0),
                 goals=["抽检收购柞蚕茧150批次，培训检验员和蚕农200人次。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "蚕茧抽检批次", "≥150批次"),
        (None, None, "技术培训人次", "≥200人次"),
        (None, "质量指标", "检验结果准确率", "≥98%"),
        (None, "时效指标", "检验报告出具时限", "≤3个工作日"),
        (None, "成本指标", "单批次检验费用", "≤2000元"),
        ("效益指标", "社会效益指标", "售茧质量纠纷发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "售茧蚕农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="柞蚕种冷藏库维护项目", dept=DEPT,
                 unit="柞岭县蚕业技术推广站", money=one_year(18, 12, 6),
                 goals=["维护蚕种冷藏库2座，保障越冬蚕种安全，培训保种员80人次。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "冷藏库维护数量", "2座"),
        (None, None, "技术培训人次", "≥80人次"),
        (None, "质量指标", "冷藏温度达标率", "≥98%"),
        (None, "时效指标", "维护完成时间", "2025年3月31日前"),
        (None, "成本指标", "单座冷藏库维护费用", "≤9万元"),
        ("效益指标", "可持续影响指标", "冷藏库使用年限延长", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "保种户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fr06-cocoon-money", (12, 11), "project, OLD-NAT, operator and unit columns: total "
         "not its parts, a subsidy standard × tonnage above the money, a "
         "conflicting duplicate")  # fmt: skip
def fr06() -> Book:
    b, s = start()
    project_head(s, year=2025, name="柞蚕茧保护价收购补贴项目", dept=DEPT,
                 unit="柞岭县柞蚕茧收购服务中心",
                 money=[["年度资金总额", mk(w(120), "B101", "error",
                                       note="90 + 20 = 110"), "其中：财政拨款", w(90)],
                        ["其他资金", w(20)]],
                 goals=["按保护价收购柞蚕茧2000吨，培训蚕农400人次。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "柞蚕茧收购量", "≥", 2000, "吨"),
        (None, None, "蚕农技术培训", "≥", 400, "人次"),
        (None, "质量指标", "收购茧检验合格率", "≥", 95, "%"),
        (None, "时效指标", "茧款结算完成时间", "≤", day(2025, 11, 30), None),
        (None, "成本指标", "收购补贴标准", "≤",
         mk(800, "B107", "warning", row=True, note="800元/吨 × 2000吨 = 160万元 > 120万元"),
         "元/吨"),
        ("效益指标", "社会效益指标",
         mk("蚕农技术培训", "D102", "error", row=True, alt=("D101", "D103"),
            note="与数量指标同名，400 / 600"), "≥", 600, "人次"),
        (None, "经济效益指标", "售茧户均增收", "≥", 1800, "元"),
        ("满意度指标", "服务对象满意度指标", "售茧蚕农满意度", "≥", 90, "%"),
    ], header=("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))  # fmt: skip
    return b
