"""Project tables (§3.1) from culture, tourism and sport offices: free opening of a library,
惠民演出 with a subsidy per 场, heritage repair over three years, 全民健身 events, tourism
promotion with visitor growth rates."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout35.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant(
    "is01-free-opening-ok",
    (1, 4),
    "project, NAT-2021 in the order 产出 → 成本 → 效益 → "
    "满意度, merged tiers, a bare percent cell, a note and signature lines",
)
def is01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="县图书馆总分馆免费开放运行保障",
        dept="云岫县文化和旅游局（417）",
        unit="云岫县图书馆",
        attr="常年项目",
        money=[
            ("年度资金总额", money(86.5, WAN), "其中：财政拨款", money(86.5, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "保障县图书馆及12个乡镇分馆全年免费开放，年接待读者不少于32万人次，"
            "开展阅读推广活动不少于150场，提升基层公共阅读服务水平。"
        ],
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "免费开放场馆数", "13个", "总馆1个、分馆12个"),
            (None, None, "年接待读者人次", "≥32万人次", None),
            (None, None, "阅读推广活动场次", "≥150场", None),
            (
                None,
                "质量指标",
                "开放设施完好率",
                ok(pct(0.98), note="bare percent: reads as =98%"),
                None,
            ),
            (None, None, "新增图书编目合格率", "≥98%", None),
            (None, "时效指标", "总馆每周开放时长", "≥56小时", "含节假日"),
            (None, None, "全年开放天数", "≥300天", None),
            ("成本指标", "经济成本指标", "免费开放运行经费", "≤86.5万元", None),
            ("效益指标", "社会效益指标", "读者到馆人次增长率", "≥5%", "比上年"),
            (None, "可持续影响指标", "总分馆免费开放服务机制", "持续有效", None),
            ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "问卷调查"),
        ],
        merged=(1, 2),
    )
    s.row("注：开放时长按总馆计算，分馆开放时间由各乡镇另行公示。", merge=[(1, 5)])
    s.row("填表人：周立群", None, "审核人：孙雅", "联系电话：0871-6632418")
    s.row("填报日期：", day(2024, 11, 15))
    return b


@variant(
    "is02-huimin-shows-wrong",
    (11, 12),
    "project, NAT-2021, 惠民演出 subsidy per 场: money "
    "parts not adding up, a 完成率 given as a count, a 投诉率 with ≥",
)
def is02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    total = mk(money(60, WAN), "B101", "error", row=True, note="50 + 5 ≠ 60")
    project_head(
        s,
        year=2025,
        name="送戏下乡惠民演出补助",
        dept="青禾市文化和旅游局（302）",
        unit="青禾市文化馆",
        attr="延续项目",
        money=[
            ("年度资金总额", total, "其中：财政拨款", money(50, WAN)),
            ("其他资金", money(5, WAN), None, None),
        ],
        goals=[
            "全年组织专业及民间文艺团体送戏下乡120场，每场补助不超过0.5万元，"
            "惠及农村群众3.6万人次以上。"
        ],
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "惠民演出场次", "≥120场", None),
            (None, None, "观众人次", "≥3.6万人次", None),
            (None, None, "演出计划完成率", mk("120场", "T105", "error"), None),
            (
                None,
                "质量指标",
                "观众有效投诉率",
                mk("≥5%", "T108", "warning", row=True, note="投诉率 is 反向"),
                None,
            ),
            (None, None, "演出节目审核通过率", "100%", None),
            (None, "时效指标", "演出任务完成时间", "12月31日前", None),
            ("成本指标", "经济成本指标", "每场演出补助标准", "≤0.5万元/场", "120场×0.5万元"),
            ("效益指标", "社会效益指标", "农村群众文化获得感", "有效提升", None),
            (None, "可持续影响指标", "基层文艺团体演出能力", "逐步增强", None),
            ("满意度指标", "服务对象满意度指标", "观众满意度", "≥92%", None),
        ],
        merged=(1, 2),
    )
    s.row("填表人：", "韩冬", "联系电话：", "13708765521")
    return b


@variant(
    "is04-heritage-multi-year-wrong",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: a start date two years early, a cumulative count copied into 年度",
)
def is04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    start = mk(day(2023, 3, 1), "Y102", "error", alt=("Y101",), note="项目期 2025—2027")
    project_head(
        s,
        year=2025,
        years=3,
        name="不可移动文物保护修缮工程",
        dept="苍梧县文化和旅游局",
        unit="苍梧县文物保护中心",
        attr="新增项目",
        start=start,
        money=[
            ("中期资金总额", money(900, WAN), "年度资金总额", money(300, WAN)),
            ("其中：财政拨款", money(900, WAN), "其中：财政拨款", money(300, WAN)),
            ("其他资金", money(0, WAN), "其他资金", money(0, WAN)),
        ],
        goals=[
            "至2027年完成18处县级以上文物保护单位本体修缮，设立保护标志碑40块，"
            "文物安全状况明显改善。",
            "2025年完成6处文物保护单位修缮，设立保护标志碑14块，开展安全巡查48次。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "修缮文物保护单位数量", "18处", "6处"),
            (
                None,
                None,
                "设立文物保护标志碑",
                "≥40块",
                mk("≥40块", "D202", "warning", note="年度 plan is 14 per the goal"),
            ),
            (None, None, "文物安全巡查次数", "≥144次", "≥48次"),
            (None, "质量指标", "修缮工程验收合格率", "100%", "100%"),
            (None, "时效指标", "修缮任务完成时间", "2027年12月31日前", "2025年12月31日前"),
            ("成本指标", "经济成本指标", "单处文物平均修缮成本", "≤50万元/处", "≤50万元/处"),
            ("效益指标", "社会效益指标", "文物本体安全状况", "明显改善", "逐步改善"),
            (None, "可持续影响指标", "文物保护长效管护机制", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "is05-fitness-events-ok",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points, "
    "a 0 accident target, a 百分点 change, =100% at the ceiling",
)
def is05() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2025,
        name="全民健身赛事活动经费",
        dept="澄江区文化体育和旅游局",
        unit="澄江区体育事业发展中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(45, WAN), "其中：财政拨款", money(40, WAN)),
            ("其他资金", money(5, WAN), None, None),
        ],
        goals=[
            "举办区级以上全民健身赛事12项，培训社会体育指导员200人，"
            "经常参加体育锻炼人数比例达到40%以上。"
        ],
    )
    s.row(*HEAD)
    s.table(
        [
            ("一、产出指标（40分）", "1.数量指标", "举办区级以上赛事活动", "≥12项", None),
            (None, None, "全民健身活动参与人次", "≥5万人次", None),
            (None, None, "社会体育指导员培训人数", "≥200人", None),
            (None, "2.质量指标", "赛事组织验收合格率", "=100%", None),
            (None, None, "赛事安全责任事故", "0起", "零事故"),
            (None, "3.时效指标", "赛事按计划举办率", "≥95%", None),
            (
                "二、成本指标（10分）",
                "1.经济成本指标",
                "单项赛事平均补助",
                "≤3万元/项",
                "12项×3万元",
            ),
            ("三、效益指标（30分）", "1.社会效益指标", "经常参加体育锻炼人数比例", "≥40%", None),
            (None, None, "经常锻炼人数比例比上年提高", "≥2百分点", None),
            (None, "2.可持续影响指标", "全民健身赛事品牌影响力", "持续扩大", None),
            ("四、满意度指标（10分）", "1.服务对象满意度指标", "参赛群众满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.row("说明：预算执行率（10分）另行考核，不列入本表。", merge=[(1, 5)])
    return b


@variant(
    "is06-tourism-promotion-wrong",
    (1, 11),
    "project, NAT-2021: a malformed growth "
    "threshold, a pasted duplicate row, a satisfaction cell showing 105%",
)
def is06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="全域旅游宣传推广",
        dept="青萝县文化和旅游局",
        unit="青萝县旅游发展服务中心",
        attr="延续项目",
        money=[
            ("年度资金总额", money(150, WAN), "其中：财政拨款", money(150, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["开展旅游宣传推广活动8场以上，制作宣传片2部，全年接待游客人次比上年增长10%以上。"],
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "宣传推广活动场次", "≥8场", None),
            (
                None,
                None,
                mk("宣传推广活动场次", "D101", "warning", alt=("D102", "D103")),
                "≥8场",
                None,
            ),
            (None, None, "新媒体推文发布数", "≥300条", None),
            (None, None, "旅游宣传片制作", "2部", None),
            (None, "质量指标", "宣传内容审核通过率", "100%", None),
            (None, "时效指标", "推广活动完成时间", "2025年10月31日前", None),
            ("成本指标", "经济成本指标", "宣传推广总成本", "≤150万元", None),
            (
                "效益指标",
                "经济效益指标",
                "接待游客人次增长率",
                mk("≥≤10%", "T116", "warning"),
                None,
            ),
            (None, None, "旅游综合收入增长率", "≥8%", None),
            (None, "社会效益指标", "县域旅游品牌知晓度", "逐步提高", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "游客满意度",
                mk(pct(1.05), "T106", "error", note="shows 105%"),
                None,
            ),
        ],
        merged=(1, 2),
    )
    return b
