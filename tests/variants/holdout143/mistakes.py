"""Returns with planted mistakes, shows, tourism, heritage and venues (mw11–mw14)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout143.common import footer, m, proj_money
from tests.variants.holdout143.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("mw11-songxi-cost-over", (1, 12), "project, OLD-NAT, 比较符 and unit columns: 1.2万元/场 "
         "× 150场 = 180 against 80; a 覆盖率 given as 个")  # fmt: skip
def songxi_cost_over() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 10, 14, 12))
    project_head(
        s, year=2026, name="云岭县送戏下乡文化惠民工程", dept="云岭县文化广电旅游体育局",
        unit="云岭县文化馆",
        money=proj_money(80, 80, 0, 80, 80, 0),
        goals=["全年组织送戏下乡演出150场，观看群众4.5万人次，丰富农村群众文化生活。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "送戏下乡演出场次", "≥", 150, "场"),
        (None, None, "行政村演出覆盖率", "≥",
         mk(120, "T105", "error", note="a rate given as a count of villages"), "个"),
        (None, None, "观看演出群众", "≥", 4.5, "万人次"),
        (None, "质量指标", "演出剧目审查合格率", "=", pct(1.0), "%"),
        (None, "时效指标", "演出准时开演率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每场演出成本", "≤",
         mk(1.2, "B107", "warning", row=True, note="1.2万元 × 150场 = 180万元 > 80万元"),
         "万元/场"),
        ("效益指标", "社会效益指标", "农村群众文化生活", "定性", "明显改善", None),
        (None, "可持续影响指标", "基层文化阵地利用率", "≥", pct(0.7), "%"),
        ("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "龙海燕", "0743-5521806", "2025年11月21日")
    return b


@variant("mw12-tourism-units", (8, 11), "three-year project, NAT-2021, 中期 and 年度 columns "
         "with a unit column: a 年度 value in 人次 under 万人次; ≥ on a 投诉率")  # fmt: skip
def tourism_units() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 28, 18, 18, 12))
    project_head(
        s, year=2026, years=3, name="青岚市全域旅游服务提升项目", dept="青岚市文化广电旅游体育局",
        unit="青岚市旅游服务中心", attr="新增项目",
        money=proj_money(450, 390, 60, 150, 130, 20),
        goals=["三年内举办旅游节会活动18场，新增A级旅游景区3个，全市接待游客900万人次以上。",
               "本年度举办旅游节会活动6场，新增A级旅游景区1个，游客满意度90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    s.table([
        ("成本指标", "经济成本指标", "单场节会活动成本", "≤15", "≤15", "万元/场"),
        ("产出指标", "数量指标", "接待游客量", "≥900",
         mk("≥2800000人次", "T112", "error", alt=("D201", "T119"),
            note="人次 in a 万人次 row: read with the unit column it exceeds the period"),
         "万人次"),
        (None, None, "旅游节会活动", "≥18", "≥6", "场"),
        (None, None, "新增A级旅游景区", "≥3", "≥1", "个"),
        (None, "质量指标", "旅游投诉办结率", "≥98%", "≥98%", "%"),
        (None, None, "游客投诉率",
         mk("≥0.5%", "T108", "warning", row=True, note="a 反向 rate with ≥"), "≥0.5%", "%"),
        (None, "时效指标", "投诉处理时限", "≤3", "≤3", "个工作日"),
        ("效益指标", "经济效益指标", "旅游综合收入年均增长率", "≥8%", "≥8%", "%"),
        (None, "社会效益指标", "带动旅游从业人员就业", "≥4500", "≥1500", "人"),
        (None, "可持续影响指标", "全域旅游公共服务体系", "健全", "逐步完善", None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%", "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "刘思远", "0739-2281045", "2025年11月26日")
    return b


@variant("mw13-heritage-annual-above", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 中期资金 ≠ 财政拨款 + 其他资金; a 年度 count above its 中期 count")  # fmt: skip
def heritage_annual_above() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 20, 20, 14))
    project_head(
        s, year=2026, years=3, name="云岭县革命旧址及传统村落文物保护利用项目",
        dept="云岭县文化广电旅游体育局", unit="云岭县文物管理所", attr="新增项目",
        money=proj_money(mk(m(600), "B101", "error", row=True, note="520 + 60 = 580 ≠ 600"),
                         520, 60, 210, 180, 30),
        goals=["三年完成12处革命旧址和传统村落文物建筑修缮，修缮面积1500平方米以上，"
               "建立文物安全长效管理机制。",
               "本年度完成首批文物建筑修缮和安全巡查48次，修缮面积500平方米以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table([
        ("成本指标", "经济成本指标", "修缮工程单位造价", "≤3000元/平方米", "≤3000元/平方米",
         None),
        ("产出指标", "数量指标", "修缮文物建筑", "≥12处",
         mk("≥16处", "D201", "error", note="the year's count above the three years' count"),
         None),
        (None, None, "修缮面积", "≥1500平方米", "≥500平方米", None),
        (None, None, "文物安全巡查", "≥144次", "≥48次", "每月4次"),
        (None, "质量指标", "修缮工程验收合格率", pct(1.0), pct(1.0), None),
        (None, "时效指标", "修缮任务完成时间", "2028年12月31日前", "2026年12月31日前", None),
        ("效益指标", "社会效益指标", "修缮后文物建筑对外开放率", "≥70%", "≥50%", None),
        (None, "可持续影响指标", "文物安全长效管理机制", "健全", "建立", None),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "麻永平", "0743-5523390", "2025年11月28日")
    return b


@variant("mw14-venue-open-rate-days", (1,), "project, NAT-2021, one value column and a 指标解释 "
         "column: a 开放率 given in days, a 满意度 of ≥100%")  # fmt: skip
def venue_open_rate_days() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 28, 16, 30, 10))
    project_head(
        s, year=2026, name="云岭县全民健身中心免费开放项目", dept="云岭县文化广电旅游体育局",
        unit="云岭县全民健身中心", attr="常年项目",
        money=proj_money(90, 90, 0, 90, 90, 0),
        goals=["全民健身中心4个场馆全年免费开放，接待健身群众25万人次以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释")
    s.table([
        ("产出指标", "数量指标", "免费开放场馆", "≥4个", "体育馆、游泳馆、健身馆、球类馆"),
        (None, None, "场馆开放率",
         mk("≥330天", "T105", "error", note="a 开放率 given as days"), "全年开放天数"),
        (None, None, "接待健身群众", "≥25万人次", "按闸机统计"),
        (None, "质量指标", "场馆设施完好率", "≥95%", None),
        (None, "时效指标", "开放信息公示及时率", pct(1.0), "开放时间变更提前3天公示"),
        ("成本指标", "经济成本指标", "健身群众人均服务成本", "≤3元/人次", None),
        ("效益指标", "社会效益指标", "周边群众健身参与率", "≥50%", None),
        (None, "可持续影响指标", "场馆公益开放机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度",
         mk("≥100%", "T106", "error", note="a satisfaction rate cannot exceed 100 %"),
         "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "石磊", "0743-5520417", "2025年11月19日")
    return b
