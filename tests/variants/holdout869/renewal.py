"""Old residential area renovation (老旧小区改造): kgu13–kgu18."""

from __future__ import annotations

from tests.variants.holdout869.common import (
    WIDTHS,
    book,
    header,
    multi,
    notes,
    project,
    tiers,
    wan,
)
from tests.variants.holdout869.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "澄岭市住房和城乡建设局（318001）"


@variant("kgu13-renewal-export", (7, 12),
         "budget-system export: head and detail lines on 05-1, the indicator table on 05-2 "
         "with project codes in the first columns, the header on the third row "
         "(correct)")  # fmt: skip
def renewal_export() -> Book:
    b, s = book("部门项目支出预算05-1")
    project(s, year=2025, name="澄岭市2025年城镇老旧小区改造", dept=DEPT,
            unit="澄岭市城市更新事务中心", total=4800, fiscal=4500, other=300,
            goal="改造2000年前建成的老旧小区18个（其中加装电梯小区6个、加装电梯24部），涉及居民"
            "4260户，改造建筑面积36.5万平方米。")  # fmt: skip
    s.row("资金明细", "基础类改造", wan(3100), "完善类改造（含加装电梯1080万元）", wan(1400))
    s.row(None, "提升类改造", wan(300), "合计", wan(4800))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 26, 12, 16, 28, 18))
    t.title("项目支出绩效目标表（2025年度）", 6)
    t.row("单位：澄岭市住房和城乡建设局", None, None, "单位编码：318001", merge=[(1, 3)])
    header(t, "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "31800125007", "澄岭市2025年城镇老旧小区改造"
    rows = [
        ("产出指标", "数量指标", "改造老旧小区数量", "≥18个"),
        (None, None, "加装电梯数量", "≥24部"),
        (None, None, "惠及居民户数", "≥4260户"),
        (None, None, "改造建筑面积", "≥36.5万平方米"),
        (None, "质量指标", "工程竣工验收合格率", "=100%"),
        (None, "时效指标", "项目开工时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "加装电梯单部补助", "≤45万元/部"),
        ("效益指标", "社会效益指标", "居民安全隐患消除率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ]  # fmt: skip
    t.table([(code, name, *r) for r in rows], merged=(3, 4))
    return b


@variant("kgu14-renewal-goal-area", (7,),
         "project, NAT-2021, header 绩效标准: the goal's area against the indicator, a count "
         "under 质量, an area cost beyond the money")  # fmt: skip
def renewal_goal_area() -> Book:
    b, s = book()
    project(s, year=2025, name="南湾县2025年城镇老旧小区改造", dept="南湾县住房和城乡建设局",
            unit="南湾县城镇建设服务中心", total=8000, fiscal=7200, other=800,
            goal="改造老旧小区12个、建筑面积28.6万平方米，惠及居民3420户，"
            "加装电梯15部。")  # fmt: skip
    header(s, "一级指标", "二级指标", "指标内容", "绩效标准")
    tiers(s, [
        ("产出指标", "数量指标", "改造老旧小区数量", "≥12个"),
        (None, None, "改造建筑面积",
         mk("≥26.8万平方米", "D104", "warning", row=True, note="年度目标写28.6万平方米")),
        (None, None, "惠及居民户数", "≥3420户"),
        (None, "质量指标", "工程验收合格率", "≥98%"),
        (None, None, mk("加装电梯数量", "F201", "warning", row=True, note="数量填在质量指标下"),
         "≥15部"),
        (None, "时效指标", "改造完工时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单位面积改造成本",
         mk("≤350元/平方米", "B107", "warning", row=True,
            note="350元×28.6万平方米=10010万元（×26.8万=9380万元），超过资金8000万元")),
        ("效益指标", "社会效益指标", "小区安全隐患整改率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgu15-renewal-three-year", (8, 5),
         "three-year project, abbreviated tier labels (产出, 数量) and ★ core indicators, 中期 "
         "and 年度 columns, a later year the work prepares for (correct)")  # fmt: skip
def renewal_three_year() -> Book:
    b, s = book()
    multi(s, year=2025, years=3, name="枫渡区老旧小区综合改造", dept="枫渡区住房和城乡建设局",
          unit="枫渡区城市更新中心", mid=(15000, 14000, 1000), annual=(5200, 4800, 400),
          goals=("2025—2027年改造老旧小区60个，惠及居民1.2万户，建立长效物业管理机制，为2028年"
                 "后全区推广“先建机制后改造”积累经验。",
                 "2025年改造老旧小区22个（一期），改造雨污管网18公里。"))  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    tiers(s, [
        ("产出", "数量", "★改造老旧小区数量", "≥60个", "≥22个"),
        (None, None, "雨污管网改造长度", "≥50公里", "≥18公里"),
        (None, "质量", "★工程验收合格率", "≥98%", "≥98%"),
        (None, "时效", "改造项目按期开工率", "≥95%", "≥95%"),
        ("成本", "经济成本", "小区平均改造成本", "≤230万元/个", "≤230万元/个"),
        ("效益", "社会效益", "居民安全隐患消除率", "≥95%", "≥95%"),
        (None, "可持续影响", "改造小区物业管理覆盖率", "≥90%", "≥60%"),
        ("满意度", "服务对象满意度", "★居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgu16-renewal-period-wrong", (8, 11),
         "two-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's "
         "and above the 年度目标, a 反向 accident rate with ≥ in the year column")  # fmt: skip
def renewal_period_wrong() -> Book:
    b, s = book()
    multi(s, year=2025, years=2, name="栗阳县老旧小区改造及供热管网更新",
          dept="栗阳县住房和城乡建设局", unit="栗阳县城镇建设服务中心", mid=(6400, 6000, 400),
          annual=(3600, 3400, 200), goals=(
              "2025—2026年改造老旧小区35个，改造供热管网24公里，施工安全事故发生率控制在0.5%以下。",
              "2025年改造老旧小区30个，改造供热管网14公里。"))  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    annual = mk(mk("≥40个", "D201", "error", note="年度40个大于两年35个"), "D104", "warning",
                row=True, note="年度目标写30个")  # fmt: skip
    tiers(s, [
        ("产出指标", "数量指标", "改造老旧小区数量", "≥35个", annual),
        (None, None, "供热管网改造长度", "≥24公里", "≥14公里"),
        (None, "质量指标", "工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "供热管网完工时间", "2026年11月15日前", "2025年11月15日前"),
        ("成本指标", "经济成本指标", "小区平均改造成本", "≤80万元/个", "≤80万元/个"),
        ("效益指标", "社会效益指标", "施工安全事故发生率", "≤0.5%",
         mk("≥0.5%", "T108", "warning", row=True, note="事故发生率是反向指标")),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgu17-renewal-stacked-dup", (2, 13),
         "two projects stacked, NAT-2021, one value column: the same length twice with two "
         "values, a value without a name, a subsidy standard beyond the second project's "
         "money")  # fmt: skip
def renewal_stacked_dup() -> Book:
    b, s = book("绩效目标表")
    project(s, year=2025, name="南湾县老旧小区燃气管网改造", dept="南湾县住房和城乡建设局",
            unit="南湾县城镇建设服务中心", total=1300, fiscal=1300, other=0,
            goal="改造老旧小区燃气管网12公里，消除燃气安全隐患点86处。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "燃气管网改造长度", "≥12公里"),
        (None, None, "燃气安全隐患点整改数量", "≥86处"),
        (None, None, mk("燃气管网改造长度", "D102", "error", row=True, alt=("D101", "D103"),
                        note="同一指标两行，12公里与15公里"), "≥15公里"),
        (None, "质量指标", "管网气密性检测合格率", "=100%"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有名称"), "≥98%"),
        (None, "时效指标", "改造完工时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每公里改造成本", "≤85万元/公里"),
        ("效益指标", "社会效益指标", "燃气安全事故发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, year=2025, name="南湾县老旧小区加装电梯补助", dept="南湾县住房和城乡建设局",
            unit="南湾县城镇建设服务中心", total=1500, fiscal=1200, other=300, title="",
            goal="为30部老旧小区加装电梯给予补助，每部补助不超过50万元。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "加装电梯数量", "≥30部"),
        (None, "质量指标", "电梯验收合格率", "=100%"),
        (None, "时效指标", "补助资金拨付时间", "2025年12月15日前"),
        ("成本指标", "经济成本指标", "单部加装电梯补助标准",
         mk("≤60万元/部", "B107", "warning", row=True, alt=("D104",),
            note="60万元×30部=1800万元，超过资金1500万元；目标写50万元")),
        ("效益指标", "社会效益指标", "加装电梯楼栋居民同意率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgu18-renewal-second-sheet", (7, 1),
         "project, NAT-2021: head on the first sheet, the indicator table on a second sheet "
         "under 预期实现值 with a unit column and typed percent cells (correct)")  # fmt: skip
def renewal_second_sheet() -> Book:
    b, s = book("基本信息", WIDTHS)
    project(s, year=2025, name="澄岭市2025年老旧小区适老化改造", dept=DEPT,
            unit="澄岭市城市更新事务中心", total=360, fiscal=300, other=60,
            goal="对9个老旧小区实施适老化改造，加装楼道扶手1800米、无障碍坡道45处（其中小区"
            "出入口坡道27处）。")  # fmt: skip
    t = b.sheet("绩效指标", WIDTHS)
    header(t, "一级指标", "二级指标", "三级指标", "比较符", "预期实现值", "计量单位")
    tiers(t, [
        ("产出指标", "数量指标", "适老化改造小区数量", "≥", 9, "个"),
        (None, None, "楼道扶手安装长度", "≥", 1800, "米"),
        (None, None, "无障碍坡道建设数量", "≥", 45, "处"),
        (None, None, "其中：小区出入口坡道", "≥", 27, "处"),
        (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "改造完工时间", "≤", "2025年10月31日", None),
        ("成本指标", "经济成本指标", "单个小区改造成本", "≤", 40, "万元/个"),
        ("效益指标", "社会效益指标", "适老化设施使用率", "≥", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "老年居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(t, "注：“其中”行为上一行的组成部分，不另计数量。")
    return b
