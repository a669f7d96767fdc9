"""Project tables where rows are left empty or values lose their names: stacked one-year
projects with a name drawn two rows high, 中期 and 年度 columns over a multi-year period, points in
the tier labels with a 合计 row, 以下空白 closing the table (rc13–rc18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout253.common import (
    ONE,
    TWO,
    book,
    more,
    note,
    one_year_money,
    period_money,
    sign,
    tall,
    tiered,
    wan,
)
from tests.variants.holdout253.registry import variant
from tests.variants.kit import Book, Sheet, day, mk


def duty_lawyers(s: Sheet) -> None:
    """The first stacked project: duty lawyers, a benefit name drawn two rows high."""
    project_head(
        s, year=2026, name="法律援助工作站值班律师补贴项目", dept="云岭县司法局（204）",
        unit="云岭县法律援助中心", money=one_year_money(wan(48), wan(48), wan(0)),
        goals=["2026年在县看守所、县人民法院设立法律援助工作站2个，值班律师提供法律帮助1200人次"
               "以上，认罪认罚案件值班律师参与率达到100%。"],
    )  # fmt: skip
    tiered(s, ONE, [
        ("产出指标", "数量指标", "值班律师提供法律帮助人次", "≥1200人次"),
        (None, None, "法律援助工作站数量", "=2个"),
        (None, "质量指标", "认罪认罚案件值班律师参与率", "100%"),
        (None, "时效指标", "值班律师补贴季度发放时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "值班律师每日值班补贴标准", "≤300元/人·天"),
    ])  # fmt: skip
    first = s.r + 1
    more(s, [
        ("效益指标", "社会效益指标", "犯罪嫌疑人、被告人获得法律帮助的权利保障水平", "明显提升"),
        (None, None, None, None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    tall(s, first, (3, 4))


def counselling(s: Sheet) -> None:
    """The second stacked project: psychological counselling of people under correction."""
    project_head(
        s, year=2026, name="社区矫正心理矫治服务购买项目", dept="云岭县司法局（204）",
        unit="云岭县社区矫正管理局", money=one_year_money(wan(36), wan(30), wan(6)),
        goals=["2026年为在册社区矫正对象提供心理健康测评600人次、个体心理辅导300人次，社区矫正"
               "对象再犯罪率不高于0.2%。"],
    )  # fmt: skip
    tiered(s, ONE, [
        ("产出指标", "数量指标", "心理健康测评人次", "≥600人次"),
        (None, None, "个体心理辅导人次", "≥300人次"),
        (None, "质量指标", "高风险社区矫正对象心理干预率", "100%"),
        (None, "时效指标", "新入矫对象心理测评时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "个体心理辅导单次成本", "≤400元/人次"),
        (None, None, "心理健康测评单次成本", "≤150元/人次"),
        ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.2%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip


@variant("rc13-stacked-tall-row", (2, 4), "two one-year projects stacked in one sheet, NAT-2021: "
         "a benefit name and its value drawn two rows high, the same 服务对象满意度 in both "
         "projects (correct)")  # fmt: skip
def rc13() -> Book:
    b, s = book("Sheet1")
    duty_lawyers(s)
    s.skip()
    counselling(s)
    sign(s, "庞雅琴", "施耀东", "0883-4126570")
    return b


@variant("rc14-period-empty-template-row", (6, 8), "three-year project, 中期 and 年度 columns: "
         "a 时效指标 row left empty, an annual count above the period's")  # fmt: skip
def rc14() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="社区矫正中心规范化建设项目", dept="临岫县司法局（131）",
        unit="临岫县社区矫正管理局", attr="新增项目",
        money=period_money((wan(360), wan(330), wan(30)), (wan(130), wan(120), wan(10))),
        goals=["2026年—2028年建成县级社区矫正中心，建成乡镇社区矫正工作站12个，累计开展教育帮扶"
               "15000人次，社区矫正对象再犯罪率控制在0.2%以下。",
               "2026年完成县级社区矫正中心主体改造，建成乡镇社区矫正工作站4个，教育帮扶工作全面"
               "铺开。"],
    )  # fmt: skip
    tiered(s, TWO, [
        ("产出指标", "数量指标", "乡镇社区矫正工作站建设数量", "≥12个", "≥4个"),
        (None, None, "社区矫正对象教育帮扶人次", "≥15000人次",
         mk("≥16000人次", "D201", "error", note="annual above the three-year total")),
        (None, "质量指标", "社区矫正工作站建设验收合格率", "100%", "100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None, None),
        ("成本指标", "经济成本指标", "乡镇社区矫正工作站单站建设成本", "≤15万元/个", "≤15万元/个"),
        ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.2%", "≤0.2%"),
        (None, "可持续影响指标", "社区矫正中心规范化运行机制", "健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "社区矫正对象及家属满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "鲁心怡", "关世杰", "0736-2851904")
    return b


@variant("rc15-period-platform", (4, 8), "two-year project, 中期 and 年度 columns: counts below "
         "the period's, equal rates and cost caps, a response time looser in the first year, a "
         "footnote on the two columns (correct)")  # fmt: skip
def rc15() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="12348公共法律服务平台升级改造项目", dept="檀溪县司法局（221）",
        unit="檀溪县公共法律服务中心",
        money=period_money((wan(240), wan(240), wan(0)), (wan(150), wan(150), wan(0))),
        goals=["2026年—2027年完成12348公共法律服务平台升级改造，接入县乡村三级公共法律服务点186"
               "个，热线接通率稳定在95%以上。",
               "2026年完成平台主体功能开发，接入公共法律服务点110个，热线接通率达到95%以上。"],
    )  # fmt: skip
    tiered(s, TWO, [
        ("产出指标", "数量指标", "接入平台的公共法律服务点数量", "≥186个", "≥110个"),
        (None, None, "平台功能模块开发数量", "≥12个", "≥8个"),
        (None, "质量指标", "12348热线接通率", "≥95%", "≥95%"),
        (None, None, "平台系统验收合格率", "100%", "100%"),
        (None, "时效指标", "12348热线平均响应时长", "≤20秒", "≤25秒"),
        ("成本指标", "经济成本指标", "公共法律服务点接入单点成本", "≤0.5万元/个", "≤0.5万元/个"),
        ("效益指标", "社会效益指标", "线上法律咨询服务人次", "≥60000人次", "≥25000人次"),
        (None, "可持续影响指标", "平台运行维护保障机制", "健全", "建立"),
        ("满意度指标", "服务对象满意度指标", "平台使用群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2027年累计数或期末应达到的值；年度指标值为2026年应达到的值。", 5)
    sign(s, "卜雨萱", "华士诚", "0734-5126011")
    return b


@variant("rc16-period-nameless-values", (8, 12, 13), "three-year project, 中期 and 年度 columns: "
         "a row with both values and no name, 年度资金总额 ≠ 财政拨款 + 其他资金")  # fmt: skip
def rc16() -> Book:
    b, s = book("Sheet1")
    year_total = mk(wan(160), "B101", "error", row=True, note="140 + 10 = 150")
    project_head(
        s, year=2026, years=3, name="法律援助便民服务工程", dept="临岫县司法局（131）",
        unit="临岫县法律援助中心",
        money=period_money((wan(450), wan(420), wan(30)), (year_total, wan(140), wan(10))),
        goals=["2026年—2028年累计办理法律援助案件3600件以上，在全县14个乡镇设立法律援助联络点，"
               "受援人满意度保持在90%以上。",
               "2026年办理法律援助案件1200件以上，设立乡镇法律援助联络点6个。"],
    )  # fmt: skip
    tiered(s, TWO, [
        ("产出指标", "数量指标", "法律援助案件办理数量", "≥3600件", "≥1200件"),
        (None, None, "乡镇法律援助联络点设立数量", "≥14个", "≥6个"),
        (None, "质量指标", "法律援助案件质量评查合格率", "≥95%", "≥95%"),
        (None, None, mk(None, "F110", "error", row=True, note="two values, no name"),
         "≥98%", "≥98%"),
        (None, "时效指标", "法律援助申请审查决定时限", "≤7个工作日", "≤7个工作日"),
        ("成本指标", "经济成本指标", "法律援助案件平均办案补贴", "≤1100元/件", "≤1100元/件"),
        ("效益指标", "社会效益指标", "困难群众法律援助应援尽援率", "100%", "100%"),
        (None, "可持续影响指标", "法律援助便民服务网络", "健全", "初步建成"),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "房慧敏", "应嘉树", "0736-2851937")
    return b


@variant("rc17-points-blank-below", (4, 5, 10), "one-year project, NAT-2021 with points in the "
         "tier labels and a 分值 column adding to them, a 合计 row and 以下空白 closing the table "
         "(correct)")  # fmt: skip
def rc17() -> Book:
    b, s = book("绩效目标表", (16, 16, 30, 16, 10, 14))
    project_head(
        s, year=2026, name="公共法律服务中心运行保障项目", dept="星渚县司法局（215）",
        unit="星渚县公共法律服务中心", money=one_year_money(wan(48), wan(45), wan(3)),
        goals=["2026年保障县公共法律服务中心全年正常运行，窗口接待群众法律咨询8000人次以上，值班"
               "律师驻点服务250天以上，群众满意度达到90%以上。"],
    )  # fmt: skip
    tiered(s, (*ONE, "分值"), [
        ("产出指标（40分）", "数量指标", "窗口接待群众法律咨询人次", "≥8000人次", 10),
        (None, None, "值班律师驻点服务天数", "≥250天", 10),
        (None, "质量指标", "法律咨询解答规范率", "≥95%", 10),
        (None, "时效指标", "法律援助申请当场受理率", "≥90%", 10),
        ("成本指标（20分）", "经济成本指标", "值班律师驻点补贴标准", "≤400元/天", 10),
        (None, None, "中心运行维护费用", "≤18万元", 10),
        ("效益指标（30分）", "社会效益指标", "引导群众通过法律途径解决纠纷件数", "≥600件", 15),
        (None, "可持续影响指标", "公共法律服务中心运行管理制度", "健全", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "来访群众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    s.row(None, None, "以下空白")
    sign(s, "詹语桐", "滕致远", "0859-3324716")
    return b


@variant("rc18-hotline-blank-below", (4, 11, 13), "one-year project, NAT-2021 with a 指标解释 "
         "column and 以下空白: a 培训人次 with no value, ≥ on a waiting time, an end date before "
         "the start")  # fmt: skip
def rc18() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 24, 14))
    project_head(
        s, year=2026, name="12348公共法律服务热线运行项目", dept="芦汀县司法局（117）",
        unit="芦汀县公共法律服务中心", money=one_year_money(wan(75), wan(75), wan(0)),
        start=day(2026, 3, 1),
        end=mk(day(2026, 2, 28), "Y104", "error", note="ends before it starts"),
        goals=["2026年保障12348公共法律服务热线全天候运行，全年接听群众来电36000人次以上，热线"
               "接通率达到95%以上，来电群众满意度达到90%以上。"],
    )  # fmt: skip
    tiered(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "热线接听群众来电人次", "≥36000人次", "以话务系统统计为准"),
        (None, None, "热线坐席律师业务培训人次",
         mk(None, "T101", "error", row=True, note="the value left empty"), None),
        (None, "质量指标", "12348热线接通率", "≥95%", None),
        (None, "时效指标", "热线来电平均等待时长",
         mk("≥30秒", "T108", "warning", row=True, note="a waiting time is 反向: ≤30秒 meant"),
         "自排队至坐席应答"),
        ("成本指标", "经济成本指标", "热线坐席人员劳务费标准", "≤6000元/人·月", "坐席8人"),
        ("效益指标", "社会效益指标", "群众法律咨询问题当场解答率", "≥90%", None),
        (None, "可持续影响指标", "热线服务质量回访机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥90%", None),
    ])  # fmt: skip
    s.row(None, None, "以下空白")
    sign(s, "邝静宜", "尹浩然", "0768-5391264")
    return b
