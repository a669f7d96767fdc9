"""One-year project tables (§3.1) of the 169th held-out corpus: nw01–nw06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout169.common import HEAD4, indicators, money_one, money_two, note
from tests.variants.holdout169.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, pct


@variant("nw01-nutrition-cost-equals-money", (4, 12),
         "project, NAT-2021, one value column, merged tiers, operators inside the values; a "
         "项目总成本 equal to the money, an accident count =0起, footnotes and a signature line "
         "dated the year before (correct)")  # fmt: skip
def nw01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="澄川县农村义务教育学生营养膳食补充项目",
        dept="澄川县教育局（417）",
        unit="澄川县学生资助管理中心",
        money=money_one(186, 150, 36),
        goals=[
            "为全县农村义务教育阶段学生提供营养膳食补充，改善学生营养健康状况，确保学校食堂"
            "食品安全。"
        ],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "受益学生人数", "≥9300人"),
        (None, None, "供餐学校数量", "≥42个"),
        (None, "质量指标", "食堂食品安全抽检合格率", "≥98%"),
        (None, None, "营养膳食标准达标率", "≥95%"),
        (None, "时效指标", "营养膳食补助资金拨付时间", "2026年7月31日前"),
        ("成本指标", "经济成本指标", "项目总成本", "≤186万元"),
        ("效益指标", "社会效益指标", "学生营养健康知识知晓率", "≥85%"),
        (None, None, "学校食品安全事故发生数", "=0起"),
        (None, "可持续影响指标", "学校食堂管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    note(s, "注：1.本表金额单位为万元。2.指标值中“≥”表示不低于，“≤”表示不高于。")
    s.row("单位负责人：韩立群", None, "填报人：程思远", None, "填报日期：2025年11月12日")
    return b


@variant("nw02-training-standard-times-people", (11, 12),
         "project, NAT-2021, operator column 符号 and unit column 计量单位, bare numbers: the "
         "per-person standard × the people trained above the money, ≥ on a 投诉率")  # fmt: skip
def nw02() -> Book:
    b = Book()
    s = b.sheet("绩效目标", widths=(14, 18, 30, 8, 12, 12))
    project_head(
        s,
        year=2026,
        name="苇塘县农民工职业技能提升培训补助项目",
        dept="苇塘县人力资源和社会保障局",
        unit="苇塘县职业技能培训指导中心",
        money=money_one(90, 90, 0),
        goals=["组织农民工参加职业技能提升培训并落实培训补助，提升农民工就业创业能力。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "符号", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "补助培训人数", "≥",
         mk(800, "B107", "warning", row=True, required=False,
            note="the count of the product; the finding may stand here"), "人"),
        (None, None, "组织集中培训", "≥", 16, "场"),
        (None, "质量指标", "培训结业考核合格率", "≥", 90, "%"),
        (None, None, "取得职业技能等级证书人员比例", "≥", 70, "%"),
        (None, "时效指标", "培训补助发放及时率", "≥", 95, "%"),
        ("成本指标", "经济成本指标", "人均培训补助标准", "≤",
         mk(1500, "B107", "warning", row=True,
            note="1500元/人 × 800人 = 120万元 > 年度资金 90万元"), "元/人"),
        ("效益指标", "社会效益指标", "参训人员就业率", "≥", 75, "%"),
        (None, None, "培训服务投诉率",
         mk("≥", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤ is meant"), 2, "%"),
        (None, "可持续影响指标", "参训人员职业技能提升效果", None, "显著", None),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("nw03-elderly-care-last-year-date", (11,),
         "project, NAT-2021, one value column, merged tiers: a 时效 date in the year before the "
         "budget year, ≤ on a 满意度; a standard × count equal to the money")  # fmt: skip
def nw03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="枫岙区社区居家养老服务站运营补助项目",
        dept="枫岙区民政局",
        unit="枫岙区养老服务指导中心",
        money=money_one(240, 200, 40),
        goals=[
            "对全区社区居家养老服务站给予运营补助，扩大助餐等居家养老服务供给，提升老年人生活质量。"
        ],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "享受运营补助的服务站数量", "≥24个"),
        (None, None, "提供助餐服务人次", "≥36000人次"),
        (None, "质量指标", "服务站星级评定达标率", "≥90%"),
        (None, "时效指标", "运营补助资金拨付完成时间",
         mk("2026年10月31日前", "Y102", "error", note="2026 lies before the budget year 2027")),
        ("成本指标", "经济成本指标", "单站年度运营补助标准", "≤10万元/个"),
        ("效益指标", "社会效益指标", "居家老年人助餐服务覆盖率", "≥60%"),
        (None, "可持续影响指标", "服务站运营管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "助餐老年人满意度",
         mk("≤92%", "T108", "warning", row=True, note="a 满意度 is 正向: ≥ is meant")),
    ])  # fmt: skip
    return b


@variant("nw04-bikes-standard-equals-money", (1, 11),
         "project, NAT-2021, operator and unit columns, percent cells, amounts in 万元 only in "
         "the number format; a unit cost × count equal to the money, 投诉率 ≤2% "
         "(correct)")  # fmt: skip
def nw04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 18, 28, 10, 14, 10))
    project_head(
        s,
        year=2025,
        name="栖梧市公共自行车系统运营维护项目",
        dept="栖梧市交通运输局",
        unit="栖梧市公共交通服务中心",
        money=money_one(315, 315, 0, fmt=WAN),
        money_label="项目资金",
        goals=[
            "做好全市公共自行车及服务站点日常运营维护，保障车辆完好、站点正常运行，方便市民"
            "绿色出行。"
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位"), [
        ("产出指标", "数量指标", "运维公共自行车数量", "≥", 4200, "辆"),
        (None, None, "运维服务站点数量", "≥", 150, "个"),
        (None, "质量指标", "车辆完好率", "≥", pct(0.95), None),
        (None, None, "站点正常运行率", "≥", pct(0.98), None),
        (None, "时效指标", "故障车辆修复时限", "≤", 48, "小时"),
        ("成本指标", "经济成本指标", "单车年度运维成本", "≤", 750, "元/辆"),
        ("效益指标", "社会效益指标", "骑行服务投诉率", "≤", pct(0.02), None),
        (None, None, "市民绿色出行意识", None, "提升", None),
        (None, "可持续影响指标", "运维管理制度执行情况", None, "有效", None),
        ("满意度指标", "服务对象满意度指标", "骑行市民满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("nw05-water-satisfaction-under-output", (5, 10),
         "project, NAT-2021, one value column and a 分值 column adding to 100, merged tiers: a "
         "服务对象满意度指标 inside the 产出指标 block, a 覆盖率 over 100 %")  # fmt: skip
def nw05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 20, 30, 16, 8, 8))
    project_head(
        s,
        year=2026,
        name="柳岸县农村供水工程巡检维护项目",
        dept="柳岸县水利局",
        unit="柳岸县农村供水管理站",
        money=money_one(156, 130, 26),
        goals=["开展农村集中供水工程巡检和供水管网维修，保障农村群众饮水安全。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", "数量指标", "巡检农村集中供水工程", "≥65个", 15),
        (None, None, "维修更换供水管网", "≥12公里", 15),
        (None, "质量指标", "水质检测合格率", "≥95%", 10),
        (None, "时效指标", "故障报修响应时间", "≤24小时", 10),
        (None, mk("服务对象满意度指标", "F105", "error", row=True,
                  note="the 产出指标 block runs over the satisfaction row: 满意度指标 is meant"),
         "农村供水用户满意度", "≥90%", 10),
        ("成本指标", "经济成本指标", "项目总成本", "≤156万元", 10),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥92%", 10),
        (None, None, "饮水安全知识宣传覆盖率",
         mk("≥105%", "T106", "error", note="a 覆盖率 is capped at 100 %"), 10),
        (None, "可持续影响指标", "工程长效管护机制", "健全", 10),
    ])  # fmt: skip
    b.file_mark("F106", "error", required=False,
                note="no 满意度指标 tier-1 follows from the misplaced block")  # fmt: skip
    return b


@variant("nw06-market-growth-may-fall", (1, 5),
         "project, OLD-NAT (成本指标 under 产出), operators in words in a 指标性质 column, unit "
         "column, percent cells, a date cell, 实施期 = 年度 money; a 增长率 ≥-5% "
         "(correct)")  # fmt: skip
def nw06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 20, 30, 12, 16, 10))
    project_head(
        s,
        year=2026,
        name="鹤汀市东关农贸市场改造期间临时过渡经营补助项目",
        dept="鹤汀市商务局",
        unit="鹤汀市市场服务中心",
        attr="一次性项目",
        money=money_two((64, 64, 0), (64, 64, 0), mid_label="实施期资金总额"),
        goals=[
            "东关农贸市场改造期间设置临时过渡经营场地，安置原有经营户，保障周边居民日常购物需求。"
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "安置临时经营摊位", "大于等于", 220, "个"),
        (None, None, "过渡经营场地面积", "大于等于", 3200, "平方米"),
        (None, "质量指标", "临时场地消防安全检查合格率", "大于等于", pct(0.98), None),
        (None, "时效指标", "摊位安置完成时间", "小于等于", day(2026, 3, 31, CN_DATE), None),
        (None, "成本指标", "摊位过渡经营补助标准", "小于等于", 2000, "元/个"),
        (None, None, "临时场地租赁费用", "小于等于", 20, "万元"),
        ("效益指标", "经济效益指标", "过渡期市场客流量增长率", "大于等于", pct(-0.05), None),
        (None, "社会效益指标", "经营户正常经营率", "大于等于", pct(0.9), None),
        (None, "可持续影响指标", "过渡期市场经营秩序", None, "稳定", None),
        ("满意度指标", "服务对象满意度指标", "经营户满意度", "大于等于", pct(0.9), None),
        (None, None, "购物居民满意度", "大于等于", pct(0.85), None),
    ])  # fmt: skip
    return b
