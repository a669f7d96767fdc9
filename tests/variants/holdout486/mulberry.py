"""Sericulture projects: mulberry gardens, silkworm eggs and young-silkworm rearing (ab01–ab06)."""

from __future__ import annotations

from tests.variants.holdout486.common import (
    HEAD,
    HEAD_OP,
    HEAD_PERIOD,
    annual,
    project_book,
    sign,
    table,
    w,
)
from tests.variants.holdout486.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("ab01-mulberry-percent", (1,),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 下降率 with ≥ (correct)")  # fmt: skip
def ab01() -> Book:
    b, s = project_book(
        name="绮川县低产桑园提质增效项目", unit="绮川县蚕桑技术推广站",
        money_rows=annual(w(128), w(110), w(18)),
        goals=["改造低产桑园3200亩，推广桑园病虫害绿色防控，稳定全县蚕茧产量。"],
    )  # fmt: skip
    table(s, HEAD_OP, [
        ("产出指标", "数量指标", "低产桑园改造面积", "≥", 3200, "亩"),
        (None, None, "病虫害绿色防控示范片", "≥", 6, "个"),
        (None, "质量指标", "改造桑园验收合格率", "≥", pct(0.95), "%"),
        (None, None, "桑苗成活率", "≥", pct(0.9), "%"),
        (None, "时效指标", "改造任务按期完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每亩桑园改造补助标准", "≤", 350, "元/亩"),
        ("效益指标", "经济效益指标", "改造桑园亩产桑叶增加量", "≥", 150, "千克/亩"),
        (None, "社会效益指标", "带动养蚕农户", "≥", 860, "户"),
        (None, "生态效益指标", "桑园化学农药使用量下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "桑园病虫害发生率", "≤", pct(0.05), "%"),
        ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "覃语桐", "0779-6213458", day(2024, 11, 18))
    return b


@variant("ab02-silkworm-eggs-wrong", (1, 11),
         "project, OLD-NAT, operator column, typed percent cells: a 合格率 over 100 %, a 反向 "
         "检出率 with ≥, a subsidy standard with =")  # fmt: skip
def ab02() -> Book:
    b, s = project_book(
        name="柘湾乡优质蚕种繁育补贴项目", unit="柘湾乡蚕种场",
        money_rows=annual(w(64), w(56), w(8)),
        goals=["发放一代杂交蚕种8000张，确保蚕种质量安全，带动养蚕户增收。"],
    )  # fmt: skip
    over = mk(pct(1.02), "T106", "error", note="合格率以100%为上限，≥102%不可能达到")
    ge = mk("≥", "T108", "warning", row=True, note="微粒子病检出率是反向指标，应为≤")
    eq = mk("=", "T108", "warning", row=True, note="补贴标准是成本上限，应为≤而不是=")
    table(s, HEAD_OP, [
        ("产出指标", "数量指标", "发放一代杂交蚕种", "≥", 8000, "张"),
        (None, None, "蚕种冷库温控改造", "≥", 2, "座"),
        (None, "质量指标", "蚕种质量检验合格率", "≥", over, "%"),
        (None, None, "微粒子病检出率", ge, pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "蚕种发放及时率", "≥", pct(0.98), "%"),
        (None, "成本指标", "每张蚕种补贴标准", eq, 40, "元/张"),
        ("效益指标", "经济效益指标", "户均售茧收入增加", "≥", 1200, "元/户"),
        (None, "社会效益指标", "带动养蚕农户", "≥", 1500, "户"),
        ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "黎秋禾", "0779-6217720", day(2024, 11, 22))
    return b


@variant("ab03-rearing-numbered-labels", (5,),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, 1.数量指标), "
         "★ core indicators, =100% at the ceiling (correct)")  # fmt: skip
def ab03() -> Book:
    b, s = project_book(
        name="蚕坪镇小蚕共育体系建设项目", unit="蚕坪镇农业综合服务中心",
        money_rows=annual(w(150), w(135), w(15)), attr="新增项目",
        goals=["新建标准化桑园1200亩、小蚕共育室15个，共育服务覆盖全镇养蚕户。"],
    )  # fmt: skip
    table(s, HEAD, [
        ("一、产出指标（50分）", "1.数量指标", "★新建标准化桑园面积", "≥1200亩"),
        (None, None, "★新建小蚕共育室", "≥15个"),
        (None, "2.质量指标", "共育室竣工验收合格率", "=100%"),
        (None, "3.时效指标", "共育室建成投用时间", "10月31日前"),
        ("二、成本指标（10分）", "1.经济成本指标", "每个共育室建设补助", "≤4万元/个"),
        ("三、效益指标（30分）", "1.经济效益指标", "共育服务户均增收", "≥800元/户"),
        (None, "2.社会效益指标", "共育服务覆盖养蚕户", "≥2000户"),
        (None, "3.可持续影响指标", "共育室持续运营年限", "≥5年"),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "养蚕户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "莫嘉禾", "0779-6820135", day(2024, 12, 2))
    return b


@variant("ab04-training-abbreviated-wrong", (5, 6),
         "project, NAT-2021, abbreviated tier labels (产出, 数量): a 覆盖率 given as a count, a "
         "template tier-2 left empty, 经济效益 under 产出")  # fmt: skip
def ab04() -> Book:
    b, s = project_book(
        name="绮川县蚕农实用技术培训项目", unit="绮川县蚕桑技术推广站",
        money_rows=annual(w(24), w(20), w(4)),
        goals=["培训蚕农600人次，培养持证蚕桑技术员40人。"],
    )  # fmt: skip
    count = mk("300人", "T105", "error", note="覆盖率是比率，指标值却是人数")
    empty = mk("时效", "F109", "warning", row=True, note="模板留下的二级指标，没有三级指标和值")
    wrong = mk("经济效益", "F105", "error", alt=("F104",), note="经济效益属效益指标，不在产出下")
    table(s, HEAD, [
        ("产出", "数量", "蚕农技术培训人次", "≥600人次"),
        (None, None, "蚕农培训覆盖率", count),
        (None, "质量", "培训考核合格率", "≥90%"),
        (None, empty, None, None),
        (None, wrong, "学员户均养蚕收入增加", "≥1000元/户"),
        ("成本", "经济成本", "人均培训成本", "≤300元/人"),
        ("效益", "社会效益", "新增持证蚕桑技术员", "≥40人"),
        (None, "可持续影响", "学员培训档案建档率", "≥95%"),
        ("满意度", "服务对象满意度", "学员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦思远", "0779-6213472", day(2024, 11, 25))
    return b


@variant("ab05-base-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, annual counts below the period, "
         "rates and unit costs equal (correct)")  # fmt: skip
def ab05() -> Book:
    b, s = project_book(
        name="绮川县蚕桑产业基地三年提升项目", unit="绮川县蚕业发展中心", years=3,
        attr="新增项目", money_rows=[
            ("中期资金总额", w(540), "年度资金总额", w(180)),
            ("其中：财政拨款", w(480), "其中：财政拨款", w(160)),
            ("其他资金", w(60), "其他资金", w(20)),
        ], goals=["三年建成标准化蚕桑基地9000亩，推广省力化蚕台1500套。",
                  "2025年建成标准化蚕桑基地3000亩，推广省力化蚕台500套。"],
    )  # fmt: skip
    table(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "标准化蚕桑基地建设面积", "≥9000亩", "≥3000亩"),
        (None, None, "推广省力化蚕台", "≥1500套", "≥500套"),
        (None, "质量指标", "基地建设验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每亩基地建设补助", "≤500元/亩", "≤500元/亩"),
        ("效益指标", "经济效益指标", "基地亩均蚕茧产值", "≥6000元/亩", "≥5000元/亩"),
        (None, "生态效益指标", "桑枝资源化利用率", "≥80%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "基地经营主体满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃语桐", "0779-6213458", day(2024, 11, 28))
    return b


@variant("ab06-breeding-three-years-wrong", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "cumulative count copied, an annual count above its period count")  # fmt: skip
def ab06() -> Book:
    goal = "建设原蚕种繁育基地，扩大原蚕种繁育规模，培育良种示范户，提高良种普及水平。"
    b, s = project_book(
        name="柘湾乡原蚕种繁育基地建设项目", unit="柘湾乡蚕种场", years=3,
        attr="新增项目", money_rows=[
            ("中期资金总额", w(450), "年度资金总额", w(150)),
            ("其中：财政拨款", w(400), "其中：财政拨款", w(130)),
            ("其他资金", w(50), "其他资金", w(20)),
        ], goals=[goal, mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")],
    )  # fmt: skip
    copied = mk("≥30000张", "D202", "warning", note="三年累计繁育量，年度值照抄中期值")
    above = mk("≥8间", "D201", "error", note="年度改造8间，大于三年合计6间")
    table(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "繁育原蚕种", "≥30000张", copied),
        (None, None, "培育良种示范户", "≥900户", "≥300户"),
        (None, None, "改造原蚕饲育室", "≥6间", above),
        (None, "质量指标", "原蚕种检验合格率", "≥98%", "≥98%"),
        (None, "时效指标", "繁育任务完成及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每张原蚕种繁育成本", "≤45元/张", "≤45元/张"),
        ("效益指标", "经济效益指标", "良种饲养张产提高", "≥3千克/张", "≥1千克/张"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎秋禾", "0779-6217720", day(2024, 11, 29))
    return b
