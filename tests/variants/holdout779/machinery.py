"""Agricultural-machinery purchase subsidy returns (农机购置补贴): kdi13–kdi18."""

from __future__ import annotations

from tests.variants.holdout779.common import (
    NAT,
    PERIOD,
    WAN,
    annual,
    department,
    new,
    periodic,
    project,
    sign,
    table,
)
from tests.variants.holdout779.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct

WORDS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kdi13-machine-subsidy", (1, 11),
         "project, OLD-NAT, operators in words in a 指标性质 column, a unit column, percents "
         "typed in Excel, 万元 only in the number format (correct)")  # fmt: skip
def kdi13() -> Book:
    b, s = new()
    project(s, "2025年岫川县农机购置与应用补贴项目", "岫川县农业机械化技术推广站",
            annual(520, 500, 20, WAN),
            ["补贴购置各类农业机械650台（套）（其中茶园管理机械200台），受益农户和合作社"
             "400户以上，主要农作物耕种收综合机械化率达到72%。"])  # fmt: skip
    table(s, WORDS, [
        ("产出指标", "数量指标", "补贴机具数量", "大于等于", 650, "台（套）"),
        (None, None, "茶园管理机械补贴数量", "大于等于", 200, "台"),
        (None, None, "受益农户和合作社数量", "大于等于", 400, "户"),
        (None, "质量指标", "补贴机具鉴定合格率", "等于", pct(1), "%"),
        (None, "时效指标", "补贴资金兑付时限", "小于等于", 30, "个工作日"),
        (None, "成本指标", "单台（套）平均补贴额", "小于等于", 0.75, "万元/台（套）"),
        ("效益指标", "社会效益指标", "主要农作物耕种收综合机械化率", "大于等于", 72, "%"),
        (None, "可持续影响指标", "补贴机具三年在用率", "大于等于", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "购机户满意度", "大于等于", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant("kdi14-machine-direction", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and a 比较符 column: a count below "
         "the goal's, a 反向 rate with ≥, a unit subsidy × count above the money")  # fmt: skip
def kdi14() -> Book:
    b, s = new(widths=(14, 16, 30, 10, 10, 12, 14))
    goal = ok("全年补贴报废更新老旧农机800台（其中拖拉机300台），报废机具回收拆解率100%。",
              "warning", note="the goal side of the D104")  # fmt: skip
    project(s, "2025年岫川县老旧农机报废更新补贴项目", "岫川县农业机械化技术推广站",
            annual(500, 480, 20), [goal])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "报废更新补贴机具数量", "正向", "≥",
         mk(600, "D104", "warning", row=True, note="年度目标 says 800台"), "台"),
        (None, None, "其中拖拉机报废更新数量", "正向", "≥", 300, "台"),
        (None, "质量指标", "报废机具回收拆解率", "正向", "=", 100, "%"),
        (None, None, "补贴资金违规发放率", "反向",
         mk("≥", "T108", "warning", row=True, note="a 反向 rate with ≥"), 1, "%"),
        (None, "时效指标", "补贴资金兑付时限", "反向", "≤", 30, "个工作日"),
        (None, "成本指标", "单台平均报废更新补贴", "反向", "≤",
         mk(0.9, "B107", "warning", row=True,
            note="600 × 0.9 = 540万元 (800 × 0.9 = 720) above the 500 of the project"),
         "万元/台"),
        ("效益指标", "生态效益指标", "更新机具燃油消耗下降率", "正向", "≥", 15, "%"),
        ("满意度指标", "服务对象满意度指标", "购机户满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kdi15-machine-two-year", (8,),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: the period's counts above "
         "the year's, a goal preparing for 2027, rate changes in 百分点 (correct)")  # fmt: skip
def kdi15() -> Book:
    b, s = new()
    project(s, "岫川县茶园宜机化改造与适用农机推广项目（2025—2026年）",
            "岫川县农业机械化技术推广站", periodic((640, 600, 40), (300, 280, 20)),
            ["2025—2026年推广茶园适用农机具1200台（套），完成茶园宜机化改造4000亩，"
             "为2027年全县名优茶机采试点积累经验。",
             "2025年推广茶园适用农机具500台（套），完成茶园宜机化改造2000亩。"],
            years=2, attr="新增项目")  # fmt: skip
    table(s, PERIOD, [
        ("产出指标", "数量指标", "茶园适用农机推广数量", "≥1200台（套）", "≥500台（套）"),
        (None, None, "茶园宜机化改造面积", "≥4000亩", "≥2000亩"),
        (None, "质量指标", "推广机具鉴定合格率", "=100%", "=100%"),
        (None, "时效指标", "推广任务完成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单台（套）平均补贴", "≤0.3万元", "≤0.3万元"),
        (None, None, "宜机化改造亩均补助", "≤600元/亩", "≤600元/亩"),
        ("效益指标", "经济效益指标", "茶园机械化作业亩均节本", "≥300元", "≥300元"),
        (None, "社会效益指标", "茶园耕作机械化率提高", "≥10百分点", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdi16-machine-service-period", (8, 12),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: the title's year before the "
         "plan, the year's money above the period's, 年度目标 copied from 中期目标")  # fmt: skip
def kdi16() -> Book:
    b, s = new()
    text = "建成区域农机社会化服务中心3个，配置大中型农机具90台（套），社会化服务面积达到5万亩。"
    goals = [text, mk(text, "D204", "warning", note="年度目标 copied from 中期目标")]
    year_total = mk(money(650), "B103", "error", note="年度 650 above 中期 600")
    project(s, "岫川县农机社会化服务中心建设项目（2025—2026年）", "岫川县农业机械化技术推广站",
            periodic((600, 560, 40), (year_total, 610, 40)), goals, years=2,
            title="2024年度项目支出绩效目标申报表")  # fmt: skip
    b.file_mark(
        "Y101",
        "error",
        alt=("Y102", "Y103"),
        note="title 2024年度, plan 2025-01-01 to 2026-12-31 and 中期目标（2025年—2026年）",
    )
    table(s, PERIOD, [
        ("产出指标", "数量指标", "农机社会化服务中心建设数量", "≥3个", "≥2个"),
        (None, None, "大中型农机具配置数量", "≥90台（套）", "≥50台（套）"),
        (None, "质量指标", "服务中心建设验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "建设任务完成时间", "2026年11月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个服务中心建设补助", "≤180万元/个", "≤180万元/个"),
        ("效益指标", "社会效益指标", "社会化服务面积", "≥5万亩", "≥3万亩"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


HEAD17 = (*NAT, "权重")


@variant("kdi17-machine-page-break", (4, 10),
         "department, NAT-2021, tier points in the labels and indicator weights, a subtotal row, "
         "the header repeated after a page break, 0人 on a fatality count (correct)")  # fmt: skip
def kdi17() -> Book:
    b, s = new()
    department(s, "岫川县农业机械化技术推广站",
               [(money(210), money(200), money(10), money(70), money(140))],
               "完成农机购置补贴机具核验600台（套）、拖拉机和联合收割机年检1500台，建设茶园"
               "机械化示范点6个，全年农机安全事故死亡人数为0。", tasks=[
                   ("农机购置补贴实施", "补贴机具核验、信息公开、资金兑付", money(60),
                    "核验补贴机具600台（套）"),
                   ("农机安全监理", "拖拉机、联合收割机年检与驾驶人培训", money(35),
                    "年检1500台"),
                   ("茶园机械化技术推广", "茶园修剪机、采茶机作业示范", money(45),
                    "建设示范点6个"),
                   ("金额合计", None, money(140), None)])  # fmt: skip
    table(s, HEAD17, [
        ("产出指标（50分）", "数量指标", "补贴机具核验数量", "≥600台（套）", 15),
        (None, None, "拖拉机和联合收割机年检数量", "≥1500台", 15),
        (None, None, "茶园机械化示范点建设数量", "≥6个", 10),
        (None, "质量指标", "补贴机具核验准确率", pct(1), 10),
        ("小计", "", "", "", 50),
    ])  # fmt: skip
    s.skip()
    table(s, HEAD17, [
        ("成本指标（10分）", "经济成本指标", "年检单台工作经费", "≤200元/台", 10),
        ("效益指标（30分）", "社会效益指标", "农机安全事故死亡人数", "0人", 10),
        (None, None, "主要农作物耕种收综合机械化率提高", "≥1.5百分点", 10),
        (None, "可持续影响指标", "茶园机械化示范技术推广面积", "≥3000亩", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "购机户和机手满意度", "≥90%", 10),
        ("合计", "", "", "", 100),
    ])  # fmt: skip
    sign(s, "段听澜", "0798-6635082", day(2024, 11, 18), head="站长：")
    return b


@variant("kdi18-machine-second-sheet", (7, 5, 12),
         "project: head on the first sheet, indicators on a second sheet under 预期实现值 with "
         "numbered labels: the money parts do not add up, a count under 质量")  # fmt: skip
def kdi18() -> Book:
    b, s = new("项目申报")
    total = mk(money(330, WAN), "B101", "error", note="300 + 20 = 320 ≠ 330")
    project(s, "2025年岫川县植保无人机购置补贴项目", "岫川县植保植检站",
            annual(total, 300, 20, WAN),
            ["补贴购置植保无人机80架，开展茶园和水稻统防统治作业12万亩次。"])  # fmt: skip
    t = b.sheet("绩效目标")
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("一、产出指标", "1.数量", "植保无人机补贴数量", "≥80架"),
        (None, None, "统防统治作业面积", "≥12万亩次"),
        (None, "2.质量", "无人机作业防效达标率", "≥90%"),
        (None, None, mk("植保无人机飞手培训人数", "F201", "warning", row=True,
                        note="a count under 质量"), "≥80人"),
        (None, "3.时效", "补贴资金兑付时限", "≤30个工作日"),
        ("二、成本指标", "1.经济成本", "单架平均补贴", "≤3.5万元/架"),
        ("三、效益指标", "1.生态效益", "化学农药使用量下降率", "≥10%"),
        ("四、满意度指标", "1.服务对象满意度", "购机主体满意度", "≥90%"),
    ])  # fmt: skip
    return b
