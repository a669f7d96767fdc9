"""One-year project tables in other forms: money in 元 with a weight column, an 指标解释
column, an instruction row with footnotes, numbered tier labels with points (pb05, pb06, pb07,
pb08)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout200.common import (
    ONE,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout200.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("pb05-gear-in-yuan-weights", (1, 10, 12), "one-year project, NAT-2021, money in 元 "
         "(number format), a weight column adding to 100, percent cells; 40套 × 9000元 + "
         "120套 × 2500元 = the 660,000元 exactly (correct)")  # fmt: skip
def pb05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 20, 18, 10))
    project_head(
        s, year=2026, name="消防救援站个人防护装备购置项目",
        dept="白沙河区消防救援大队（615）", unit="白沙河区消防救援大队城东消防救援站",
        attr="一次性项目", money_label="项目资金（元）",
        money=one_year_money(yuan(660000), yuan(600000), yuan(60000)),
        goals=["2026年为城东、城西两个消防救援站购置正压式空气呼吸器40套、抢险救援服120套，"
               "装备验收合格率100%，6月30日前完成采购并列装。"],
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "购置正压式空气呼吸器数量", "≥40套", 10),
        (None, None, "购置抢险救援服数量", "≥120套", 10),
        (None, "质量指标", "装备验收合格率", pct(1), 10),
        (None, "时效指标", "装备采购列装完成时间", "2026年6月30日前", 10),
        ("成本指标", "经济成本指标", "空气呼吸器采购单价", "≤9000元/套", 10),
        (None, None, "抢险救援服采购单价", "≤2500元/套", 10),
        ("效益指标", "社会效益指标", "消防员个人防护装备配备达标率", pct(1), 15),
        (None, "可持续影响指标", "装备设计使用年限", "≥8年", 10),
        ("满意度指标", "服务对象满意度指标", "一线消防员满意度", "≥90%", 15),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("pb06-awareness-as-people-vague", (1,), "one-year project, NAT-2021, inline operators and "
         "an 指标解释 column: a 知晓率 written ≥20000人, a value that is a slogan")  # fmt: skip
def pb06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 24, 24))
    project_head(
        s, year=2026, name="全民禁毒宣传教育项目", dept="青岚市公安局（110）",
        unit="青岚市公安局禁毒支队",
        money=one_year_money(wan(50), wan(45), wan(5)),
        goals=["2026年开展禁毒宣传进校园、进社区活动80场，覆盖在校学生20000人，在校学生"
               "禁毒知识知晓率达到95%以上，6月26日国际禁毒日当天举办集中宣传活动。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "禁毒宣传进校园进社区活动场次", "≥80场", "以签到和影像资料为准"),
        (None, None, "覆盖在校学生人数", "≥20000人", "按参加学校在册人数统计"),
        (None, "质量指标", "宣传资料内容审核合格率", pct(1), "资料经禁毒支队审核"),
        (None, "时效指标", "国际禁毒日集中宣传活动举办时间", "2026年6月26日", "国际禁毒日当天"),
        ("成本指标", "经济成本指标", "单场宣传活动平均成本", "≤0.5万元/场", "含场地、物料"),
        ("效益指标", "社会效益指标", "在校学生禁毒知识知晓率",
         mk(mk("≥20000人", "T105", "error", note="a 知晓率 needs a percentage, not a head count"),
            "D104", "warning", row=True, required=False,
            note="the goal's 95%以上 against a count: the same slip"),
         "问卷抽样调查"),
        (None, None, "青少年毒品预防教育成效",
         mk("通过多种形式广泛开展宣传，营造全民禁毒的浓厚氛围", "T102", "warning",
            note="a slogan, not a value that can be assessed"), None),
        (None, "可持续影响指标", "禁毒宣传志愿者队伍人数", "≥200人", "在册志愿者"),
        ("满意度指标", "服务对象满意度指标", "参与师生满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("pb07-traffic-order-notes", (4, 7), "one-year project, NAT-2021, header 目标值 and an "
         "指标解释 column, an instruction row under the header, footnotes, a signature line "
         "dated in the year before; 事故死亡人数 ≤10人 (correct)")  # fmt: skip
def pb07() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 26))
    project_head(
        s, year=2026, name="道路交通秩序综合整治项目", dept="临溪县公安局（301）",
        unit="临溪县公安局交通管理大队",
        money=one_year_money(wan(65), wan(60), wan(5)),
        goals=["2026年开展酒驾醉驾、超速超载等交通违法行为集中整治行动12次，查处酒驾醉驾"
               "违法行为不少于600起，道路交通事故死亡人数控制在10人以内，道路交通事故起数"
               "同比下降5%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "目标值", "指标解释")
    note(s, "（说明：目标值须量化，比较符统一使用“≥”“≤”；反向指标在指标解释中注明）", 5)
    s.table([
        ("产出指标", "数量指标", "交通违法集中整治行动次数", "≥12次", "全县统一部署的专项行动"),
        (None, None, "查处酒驾醉驾违法行为数", "≥600起", "以执法办案系统数据为准"),
        (None, "质量指标", "交通违法处罚复议纠错率", "≤1%", "反向指标"),
        (None, "时效指标", "集中整治行动完成时间", "2026年12月20日前", None),
        ("成本指标", "经济成本指标", "单次集中整治行动经费", "≤3万元/次", "含执勤装备、宣传物料"),
        ("效益指标", "社会效益指标", "道路交通事故死亡人数", "≤10人", "反向指标，含县乡道路"),
        (None, None, "道路交通事故起数同比下降率", "≥5%", "与上年同期相比"),
        (None, "可持续影响指标", "重点路段联勤联控机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "道路交通参与者满意度", "≥88%", "第三方抽样调查"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1. 死亡人数按公安交管部门统计口径；2. 金额单位为万元；3. 本表一式两份。", 5)
    sign(s, "彭立新", "罗晓雯", "0596-3125508", (2025, 12, 5))
    return b


@variant("pb08-dispatch-points-labels", (5, 10), "one-year project, OLD-NAT, numbered tier labels "
         "carrying points (一、产出指标（50分）, 1.数量指标) and a 分值 column whose indicator "
         "points add up per tier-1 and to 100 (correct)")  # fmt: skip
def pb08() -> Book:
    b, s = book("Sheet1", (18, 16, 30, 16, 10))
    project_head(
        s, year=2026, name="110接处警指挥中心运行保障项目", dept="青岚市公安局（110）",
        unit="青岚市公安局指挥中心",
        money=one_year_money(wan(180), wan(180), wan(0)),
        goals=["保障110报警服务台全天候运行，全年受理报警求助不少于12万起，110报警电话接通率"
               "99%以上，城区处警到场时间不超过15分钟，报警群众满意度92%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "受理110报警求助数", "≥12万起", 10),
        (None, None, "指挥调度值班席位保障数", "≥24个", 10),
        (None, "2.质量指标", "110报警电话接通率", "≥99%", 10),
        (None, "3.时效指标", "城区处警到场时间", "≤15分钟", 10),
        (None, "4.成本指标", "接处警系统年度运维费用", "≤60万元", 10),
        ("二、效益指标（30分）", "1.社会效益指标", "有效警情处置率", "≥98%", 10),
        (None, None, "刑事警情同比下降率", "≥3%", 10),
        (None, "2.可持续影响指标", "接处警工作规范执行情况", "规范", 10),
        ("三、满意度指标（20分）", "1.服务对象满意度指标", "报警群众满意度", "≥92%", 10),
        (None, None, "基层所队对指挥调度满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b
