"""One-year project tables whose tier labels carry numbering and points (一、产出指标（50分）,
产出指标(40分), （一）产出指标) or whose tier-1 rows carry their own score, with points per
indicator, footnotes and signature lines (qm01–qm06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout237.common import (
    ONE,
    PTS,
    basis,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout237.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("qm01-employment-fund-points", (1, 4, 5, 10), "one-year project, NAT-2021, numbered "
         "tier labels with points (一、产出指标（50分）), points per indicator adding to each "
         "tier, a typed 100%, a monthly standard × people within the money (correct)")  # fmt: skip
def qm01() -> Book:
    b, s = book("绩效目标表", (18, 18, 30, 18, 10, 14))
    project_head(
        s, year=2026, name="就业补助资金项目", dept="青禾县人力资源和社会保障局（412）",
        unit="青禾县公共就业服务中心", money=one_year_money(wan(2860), wan(2860), wan(0)),
        goals=["2026年落实就业困难人员社会保险补贴、公益性岗位补贴和职业介绍补贴，城镇新增就业"
               "6500人以上，帮助就业困难人员实现就业900人以上，城镇调查失业率控制在5.5%以内。"],
    )  # fmt: skip
    indicators(s, PTS, [
        ("一、产出指标（50分）", "1.数量指标", "城镇新增就业人数", "≥6500人", 10),
        (None, None, "就业困难人员实现就业人数", "≥900人", 10),
        (None, None, "享受灵活就业社会保险补贴人数", "≥1200人", 5),
        (None, "2.质量指标", "补贴资金发放准确率", pct(1), 10),
        (None, None, "就业困难人员认定准确率", "≥98%", 5),
        (None, "3.时效指标", "补贴资金拨付完成时间", "2026年12月20日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "灵活就业社会保险补贴标准", "≤580元/人·月", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "城镇调查失业率", "≤5.5%", 10),
        (None, None, "零就业家庭动态清零率", "=100%", 10),
        (None, "2.可持续影响指标", "公共就业服务体系", "健全", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "补贴对象满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：1.本表指标值均为2026年度目标；2.分值为年终考核时各指标的满分，合计100分。")
    sign(s, "周允和", "邓若溪", "0743-52618830")
    return b


@variant("qm02-training-rate-as-count", (5, 10), "one-year project, NAT-2021, numbered tier "
         "labels with points: a 取证率 given as a count of people, a tier-1 of 30 points whose "
         "indicators add up to 25")  # fmt: skip
def qm02() -> Book:
    b, s = book("Sheet1", (18, 18, 30, 18, 10, 14))
    project_head(
        s, year=2026, name="职业技能提升培训项目", dept="澄川县人力资源和社会保障局（203）",
        unit="澄川县职业技能培训指导中心", money=one_year_money(wan(520), wan(480), wan(40)),
        goals=["2026年面向农村转移劳动力、失业人员和高校毕业生开展补贴性职业技能培训2500人次"
               "以上，提升重点群体就业技能，促进参训人员稳定就业。"],
    )  # fmt: skip
    indicators(s, PTS, [
        ("一、产出指标（50分）", "1.数量指标", "职业技能补贴性培训人次", "≥2500人次", 15),
        (None, "2.质量指标", "职业技能培训取证率",
         mk("≥1500人", "T105", "error", row=True, note="a 取证率 needs a %"), 15),
        (None, None, "培训机构教学质量抽查合格率", "≥95%", 10),
        (None, "3.时效指标", "培训补贴审核拨付时限", "≤30个工作日", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "人均培训补贴标准", "≤1800元/人", 10),
        (mk("三、效益指标（30分）", "W103", "error", row=True, alt=("W101",),
            note="10 + 10 + 5 = 25, not 30"),
         "1.社会效益指标", "参训人员培训后就业率", "≥70%", 10),
        (None, None, "重点群体参训占比", "≥40%", 10),
        (None, "2.可持续影响指标", "职业技能培训长效机制", "健全", 5),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "参训人员满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the points add up to 95")
    note(s, "注：各三级指标分值之和应等于所属一级指标分值。")
    sign(s, "韩静姝", "葛明远", "0736-71940025")
    return b


@variant("qm03-home-care-tier-scores", (4, 5, 10), "one-year project, NAT-2021, a score on each "
         "tier-1 row and on each indicator (the column adds up to 200), a change in 百分点, "
         "a monthly standard × people within the money (correct)")  # fmt: skip
def qm03() -> Book:
    b, s = book("居家养老", (14, 18, 32, 16, 10, 14))
    project_head(
        s, year=2026, name="居家养老服务补贴项目", dept="鹭洲区民政局（118）",
        unit="鹭洲区养老服务指导中心", money=one_year_money(wan(620), wan(560), wan(60)),
        goals=["2026年为经济困难的高龄、失能老年人1500人提供居家养老服务补贴，全年老年助餐服务"
               "18万人次以上，服务工单完成率95%以上。"],
    )  # fmt: skip
    indicators(s, PTS, [
        ("产出指标", "", None, None, 50),
        (None, "数量指标", "居家养老服务补贴对象人数", "≥1500人", 10),
        (None, None, "老年助餐服务人次", "≥18万人次", 10),
        (None, "质量指标", "上门服务工单完成率", "≥95%", 10),
        (None, None, "服务质量抽查合格率较上年提高", "≥2百分点", 10),
        (None, "时效指标", "服务工单响应时间", "≤24小时", 10),
        ("成本指标", "", None, None, 10),
        (None, "经济成本指标", "居家养老服务补贴标准", "≤300元/人·月", 10),
        ("效益指标", "", None, None, 30),
        (None, "社会效益指标", "失能老年人居家照护服务覆盖率", "≥85%", 15),
        (None, "可持续影响指标", "居家养老服务网络", "健全", 15),
        ("满意度指标", "", None, None, 10),
        (None, "服务对象满意度指标", "服务对象满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：一级指标行的分值为该类指标满分，由其下各三级指标分值构成，全表合计100分。")
    note(s, "说明：服务补贴按月核发，标准依对象评估等级分档，最高不超过每人每月300元。")
    sign(s, "林书白", "孟晓岚", "0591-86274413")
    return b


@variant("qm04-training-basis-lines", (4, 5, 11, 12), "one-year project, OLD-NAT, labels "
         "（一）产出指标, a money block with 测算依据 whose lines do not add up to its 合计, a "
         "人均培训成本 with ≥")  # fmt: skip
def qm04() -> Book:
    b, s = book("项目绩效目标", (14, 18, 30, 16, 16, 14))
    project_head(
        s, year=2026, name="重点群体职业技能培训项目", dept="石潭县人力资源和社会保障局（305）",
        unit="石潭县就业训练中心", money=one_year_money(wan(398), wan(380), wan(18)),
        goals=["2026年开展重点群体补贴性职业技能培训2000人，组织职业技能鉴定1600人，"
               "培训后就业率达到65%以上。"],
    )  # fmt: skip
    basis(s, [
        ("职业技能培训补贴", "1500元/人×2000人", wan(300)),
        ("职业技能鉴定补贴", "150元/人×1600人", wan(24)),
        ("参训人员生活费补贴", "30元/人·天×10天×800人", wan(24)),
        ("培训组织及教材费", "40期×1万元/期", wan(40)),
    ], mk(wan(398), "B102", "error", row=True, alt=("B101",),
          note="300 + 24 + 24 + 40 = 388"))  # fmt: skip
    indicators(s, ONE, [
        ("（一）产出指标", "数量指标", "职业技能补贴性培训人数", "≥2000人"),
        (None, None, "职业技能鉴定人数", "≥1600人"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训补贴发放及时率", "≥95%"),
        (None, "成本指标", "人均培训成本",
         mk("≥1500元/人", "T108", "warning", row=True, note="a cost caps: ≤ meant")),
        ("（二）效益指标", "社会效益指标", "参训人员培训后就业率", "≥65%"),
        (None, "可持续影响指标", "技能人才队伍规模", "持续扩大"),
        ("（三）满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黄一苇", "陶善宁", "0739-62085517")
    return b


@variant("qm05-disability-ninety-points", (1, 4, 5, 10), "one-year project, NAT-2021, labels "
         "产出指标(40分), points adding to 90 with a footnote that 预算执行率 is scored apart, "
         "two monthly standards × people within the money, a typed 100% (correct)")  # fmt: skip
def qm05() -> Book:
    b, s = book("Sheet1", (18, 18, 32, 16, 10, 14))
    project_head(
        s, year=2026, name="困难残疾人生活补贴和重度残疾人护理补贴项目",
        dept="云岫县残疾人联合会（611）", unit="云岫县残疾人联合会",
        money=one_year_money(wan(860), wan(720), wan(140)),
        goals=["2026年按月为困难残疾人3100人发放生活补贴、为重度残疾人4200人发放护理补贴，"
               "做到应补尽补、按时足额发放。"],
    )  # fmt: skip
    indicators(s, PTS, [
        ("产出指标(40分)", "数量指标", "困难残疾人生活补贴发放人数", "≥3100人", 10),
        (None, None, "重度残疾人护理补贴发放人数", "≥4200人", 10),
        (None, "质量指标", "补贴发放准确率", pct(1), 10),
        (None, "时效指标", "补贴按月发放到位率", "≥98%", 10),
        ("成本指标(10分)", "经济成本指标", "困难残疾人生活补贴标准", "≤90元/人·月", 5),
        (None, None, "重度残疾人护理补贴标准", "≤100元/人·月", 5),
        ("效益指标(30分)", "社会效益指标", "符合条件残疾人两项补贴覆盖率", "≥98%", 15),
        (None, "可持续影响指标", "两项补贴动态调整机制", "建立并执行", 15),
        ("满意度指标(10分)", "服务对象满意度指标", "补贴对象满意度", "≥92%", 10),
    ])  # fmt: skip
    note(s, "注：预算执行率按规定另行评价（10分），不列入本表，本表分值合计90分。")
    sign(s, "苏念慈", "沈牧之", "0762-38815096")
    return b


@variant("qm06-subsistence-quality-under-benefit", (5, 10), "one-year project, NAT-2021, "
         "labels 一、/（一）with points: a 核对覆盖率 given as households, a 质量指标 under "
         "三、效益指标")  # fmt: skip
def qm06() -> Book:
    b, s = book("低保绩效目标", (18, 20, 30, 16, 10, 14))
    project_head(
        s, year=2026, name="城乡居民最低生活保障资金项目", dept="柘川县民政局（120）",
        unit="柘川县社会救助服务中心", money=one_year_money(wan(2950), wan(2600), wan(350)),
        goals=["2026年保障城乡低保对象5200人基本生活，低保金按月社会化发放，低保对象认定准确率"
               "达到98%以上。"],
    )  # fmt: skip
    indicators(s, PTS, [
        ("一、产出指标（50分）", "（一）数量指标", "城乡低保保障人数", "≥5200人", 10),
        (None, None, "低保家庭经济状况核对覆盖率",
         mk("≥4800户", "T105", "error", row=True, note="a 覆盖率 needs a %"), 10),
        (None, "（二）质量指标", "低保资金社会化发放率", "≥99%", 10),
        (None, "（三）时效指标", "低保金按月发放及时率", "≥98%", 10),
        (None, None, "低保申请审核确认时限", "≤30个工作日", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "城乡低保月人均补差水平", "≤450元/人·月",
         10),
        ("三、效益指标（30分）", "（一）社会效益指标", "困难群众基本生活保障率", "≥98%", 10),
        (None, mk("（二）质量指标", "F105", "error", alt=("F201",),
                  note="a 质量指标 under 效益指标"), "低保对象认定准确率", "≥98%", 10),
        (None, "（三）可持续影响指标", "低保动态管理机制", "健全", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "低保对象满意度", "≥90%", 10),
    ])  # fmt: skip
    filled = ok("填报日期：2025年11月", note="filled in the autumn before the budget year")
    sign(s, "曹映雪", "任之澄", "0745-24419308", filled)
    return b
