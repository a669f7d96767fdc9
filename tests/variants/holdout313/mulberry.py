"""Returns tk01–tk06: 桑园改造提升 and 蚕种供应 projects (percent cells, tier labels, 中期/年度)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout313.common import (
    YEAR,
    multi_year,
    one_year,
    start,
    table,
    wan,
)
from tests.variants.holdout313.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("tk01-sangyuan-percent", (1,), "project, OLD-NAT, operator and unit columns, percent "
         "cells, 万元 in the number format (correct)")  # fmt: skip
def tk01() -> Book:
    b, s = start()
    goal = "完成低效桑园改造提升3000亩，推广良桑品种和省力化栽培，成活率不低于90%。"
    project_head(s, year=YEAR, name="柘阳县低效桑园改造提升项目", dept="柘阳县农业农村局 413027",
                 unit="柘阳县蚕桑技术推广站", money=one_year(150, 130, 20),
                 goals=(goal,))  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "低效桑园改造提升面积", "≥", 3000, "亩"),
        (None, None, "良桑嫁接苗供应量", "≥", 240, "万株"),
        (None, "质量指标", "改造桑园苗木成活率", "≥", pct(0.9), None),
        (None, None, "桑苗质量检验合格率", "≥", pct(0.95), None),
        (None, "时效指标", "改造任务完成时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "每亩改造补助标准", "≤", 400, "元/亩"),
        ("效益指标", "经济效益指标", "改造桑园亩均桑叶增产率", "≥", pct(0.12), None),
        (None, "社会效益指标", "带动蚕农户数", "≥", 680, "户"),
        (None, "可持续影响指标", "改造桑园统一管护年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("tk02-sangyuan-percent-wrong", (1, 12), "project, OLD-NAT, operator and unit columns: "
         "a typed percent over 100, a total that is not its parts, a standard × area above the "
         "money")  # fmt: skip
def tk02() -> Book:
    b, s = start()
    total = mk(wan(160), "B101", "error", note="财政拨款 130 + 其他资金 20 = 150 ≠ 160")
    project_head(s, year=YEAR, name="槐坞县老桑园密植改造项目", dept="槐坞县农业农村局 407215",
                 unit="槐坞县蚕桑服务中心", money=one_year(total, 130, 20),
                 goals=("改造老桑园2600亩，嫁接更新良桑品种，提高桑叶产量和质量。",))  # fmt: skip
    std = mk(650, "B107", "warning", row=True,
             note="650元/亩 × 2600亩 = 169万元，超过年度资金总额（160 或 150 万元）")  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="成活率封顶 100%，105% 不可能")
    table(s, OPS, [
        ("产出指标", "数量指标", "老桑园密植改造面积", "≥", 2600, "亩"),
        (None, None, "补植良桑嫁接苗", "≥", 180, "万株"),
        (None, "质量指标", "嫁接桑苗成活率", "≥", over, None),
        (None, "时效指标", "冬季栽植完成时间", "≤", day(YEAR, 12, 15, CN_DATE), None),
        (None, "成本指标", "每亩改造补助标准", "≤", std, "元/亩"),
        ("效益指标", "经济效益指标", "亩桑产茧量增长率", "≥", pct(0.08), None),
        (None, "社会效益指标", "受益蚕农户数", "≥", 520, "户"),
        ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("tk03-canzhong-numbered", (5,), "project, NAT-2021, numbered tier labels (一、 / （一） / "
         "1.), a ★ core indicator, values inline, a 下降率 with ≥ (correct)")  # fmt: skip
def tk03() -> Book:
    b, s = start()
    goal = "供应一代杂交蚕种12000张，蚕种质量合格率不低于98%，本地蚕种自给率稳步提高。"
    project_head(s, year=YEAR, name="丝源市优质蚕种供应补助项目", dept="丝源市农业农村局 520118",
                 unit="丝源市原蚕种场", money=one_year(96, 96, 0),
                 goals=(goal,))  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), [
        ("一、产出指标", "（一）数量指标", "1.一代杂交蚕种供应量", "≥12000张", None),
        (None, None, "2.原种繁育量", "≥800张", None),
        (None, "（二）质量指标", "1.★蚕种质量合格率", "≥98%", "核心指标"),
        (None, None, "2.微粒子病母蛾检出率", "≤0.5‰", None),
        (None, "（三）时效指标", "1.春季蚕种发放完成时间", f"{YEAR}年4月20日前", None),
        ("二、成本指标", "（一）经济成本指标", "1.一代杂交蚕种补助标准", "≤60元/张", None),
        ("三、效益指标", "（一）经济效益指标", "1.户均蚕茧增收", "≥1500元", None),
        (None, "（二）社会效益指标", "1.蚕种质量投诉下降率", "≥20%", "较上年"),
        (None, "（三）可持续影响指标", "1.本地蚕种自给率", "≥70%", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "1.蚕农满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("tk04-canzhong-marked-labels", (5, 11), "project, NAT-2021, tier labels marked (*) and "
         "abbreviated: one tier-2 under the wrong tier-1, a 反向 rate with ≥")  # fmt: skip
def tk04() -> Book:
    b, s = start()
    goal = "统一供应秋季一代杂交蚕种5000张，保证蚕种质量，稳定秋蚕生产。"
    project_head(s, year=YEAR, name="簇桥镇秋季蚕种统供项目", dept="茧山县农业农村局 516302",
                 unit="簇桥镇农业综合服务站", money=one_year(42, 36, 6),
                 goals=(goal,))  # fmt: skip
    wrong = mk("经济效益", "F105", "error", note="经济效益是效益指标的二级指标，不在产出之下")
    bad = mk("≥2%", "T108", "warning", row=True, note="不良卵率是反向指标，应为 ≤")
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出", "数量", "秋季一代杂交蚕种统供量", "≥5000张"),
        (None, "质量", "蚕种孵化率", "≥95%"),
        (None, None, "蚕种不良卵率", bad),
        (None, "时效", "秋种发放完成时间", f"{YEAR}年8月25日前"),
        (None, wrong, "统供蚕种带动蚕茧销售收入", "≥900万元"),
        ("*成本", "经济成本", "每张蚕种统供补助", "≤70元/张"),
        ("*效益", "社会效益", "参与统供养蚕户数", "≥1100户"),
        (None, "可持续影响", "蚕种统供覆盖率", "≥85%"),
        ("满意度", "服务对象满意度", "养蚕户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tk05-sangyuan-three-years", (8,), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns, cumulative counts split by year, rates equal (correct)")  # fmt: skip
def tk05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="茧山县桑园宜机化改造三年行动项目", years=3,
                 dept="茧山县农业农村局 516301", unit="茧山县蚕桑产业发展中心",
                 money=multi_year((540, 480, 60), (180, 160, 20)),
                 goals=("三年改造宜机化桑园4500亩，新建机耕道36公里，桑园机械化作业率达到60%。",
                        f"{YEAR}年改造宜机化桑园1500亩，新建机耕道12公里。"))  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "宜机化改造桑园面积", "≥4500亩", "≥1500亩"),
        (None, None, "新建桑园机耕道", "≥36公里", "≥12公里"),
        (None, "质量指标", "改造桑园验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务完成时间", "每年11月30日前", f"{YEAR}年11月30日前"),
        ("成本指标", "经济成本指标", "每亩宜机化改造补助", "≤1000元/亩", "≤1000元/亩"),
        ("效益指标", "经济效益指标", "桑园亩均用工成本下降率", "≥25%", "≥15%"),
        (None, "可持续影响指标", "桑园机械化作业率", "≥60%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tk06-canzhong-two-years-copied", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, a cumulative count copied, a count above its "
         "period value")  # fmt: skip
def tk06() -> Book:
    b, s = start()
    goal = "改造蚕种冷库和催青室，冷藏能力达到30000张，催青孵化率不低于95%。"
    same = mk(goal, "D204", "warning", note="两年期项目，年度目标逐字照抄中期目标")
    project_head(s, year=YEAR, name="锦縠区蚕种冷库及催青室改造项目", years=2,
                 dept="锦縠区农业农村局 530402", unit="锦縠区蚕种供应站",
                 money=multi_year((260, 220, 40), (150, 130, 20)), goals=(goal, same))  # fmt: skip
    copied = mk("≥30000张", "D202", "warning", note="冷库改造容量是两年累计数，年度照抄中期")
    above = mk("≥8间", "D201", "error", note="年度 8 间超过两年合计 6 间，不可能")
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "蚕种冷库改造容量", "≥30000张", copied),
        (None, None, "催青室改造数量", "≥6间", above),
        (None, None, "催青技术培训人次", "≥400人次", "≥200人次"),
        (None, "质量指标", "催青孵化率", "≥95%", "≥95%"),
        (None, "时效指标", "冷库改造完工时间", f"{YEAR + 1}年6月30日前", f"{YEAR}年12月31日前"),
        ("成本指标", "经济成本指标", "每间催青室改造费用", "≤18万元/间", "≤18万元/间"),
        ("效益指标", "社会效益指标", "服务养蚕户数", "≥2400户", "≥1500户"),
        (None, "可持续影响指标", "冷库设施使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "养蚕户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
