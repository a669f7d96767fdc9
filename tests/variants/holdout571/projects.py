"""Project returns (di01–di06): percent cells, tier labels as offices write them, points at two
levels, direction against operator."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout571.common import annual, book, indicators, sign
from tests.variants.holdout571.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("di01-rose-oil-percent", (1,),
         "project, OLD-NAT, operator column and unit column, values typed as percent cells, "
         "万元 in the number format, a 下降率 with ≥ (correct)")  # fmt: skip
def di01() -> Book:
    b, s = book()
    project_head(s, year=2026, name="绛坪镇重瓣玫瑰种植基地提质项目",
                 dept="苒山县农业农村局（214003）", unit="苒山县绛坪镇农业综合服务中心",
                 money=annual(86, 70, 16),
                 goals=["完成重瓣玫瑰基地提质1200亩，铺设滴灌管网18公里，鲜花得油率稳定在"
                        "0.03%以上，带动花农增收。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "标准化提质种植面积", "≥", 1200, "亩"),
        (None, None, "滴灌管网铺设长度", "≥", 18, "公里"),
        (None, "质量指标", "玫瑰种苗成活率", "≥", pct(0.92), "%"),
        (None, None, "鲜花精油得油率", "≥", pct(0.0003, "0.00%"), "%"),
        (None, "时效指标", "采收季鲜花入厂及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "提质改造亩均补助", "≤", 500, "元/亩"),
        ("效益指标", "经济效益指标", "花农亩均增收", "≥", 800, "元"),
        (None, "社会效益指标", "带动脱贫监测户务工", "≥", 60, "人"),
        (None, "生态效益指标", "化学农药使用量下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "基地管护制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    sign(s, "邬晴岚", "0937-6218457", day(2025, 11, 14, CN_DATE))
    return b


@variant("di02-lavender-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column, percent cells: a pass rate typed as 105%, "
         "an accident rate with ≥")  # fmt: skip
def di02() -> Book:
    b, s = book()
    project_head(s, year=2026, name="芷澜区薰衣草观光花田灌溉改造项目",
                 dept="芷澜区文化和旅游局（308011）", unit="芷澜区紫陌花田景区管理所",
                 money=annual(120, 100, 20),
                 goals=["改造薰衣草花田灌溉设施2000亩，新建观光步道3.5公里，"
                        "花季接待游客12万人次以上。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "改造灌溉花田面积", "≥", 2000, "亩"),
        (None, None, "新建观光步道", "≥", 3.5, "公里"),
        (None, "质量指标", "灌溉设施验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率以100%为上限，≥105%不可能"), "%"),
        (None, None, "花苗补植成活率", "≥", pct(0.9), "%"),
        (None, "时效指标", "灌溉工程完工时间", "≤", day(2026, 6, 30, CN_DATE), None),
        (None, "成本指标", "亩均灌溉改造成本", "≤", 450, "元/亩"),
        ("效益指标", "经济效益指标", "花田观光门票收入", "≥", 260, "万元"),
        (None, "社会效益指标", "接待观光游客", "≥", 12, "万人次"),
        (None, None, "游客安全事故发生率",
         mk("≥", "T108", "warning", row=True, note="事故发生率是反向指标，比较符应为≤"),
         pct(0.001, "0.0%"), "%"),
        (None, "可持续影响指标", "灌溉设施管护机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("di03-rose-tier-labels", (5,),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）), （一）/1. "
         "tier-2s, ★ and abbreviated labels, =100% typed as text (correct)")  # fmt: skip
def di03() -> Book:
    b, s = book()
    project_head(s, year=2026, name="苒山县玫瑰采摘体验园建设项目",
                 dept="苒山县文化和旅游局（214011）", unit="苒山县乡村旅游发展服务中心",
                 money=annual(150, 130, 20),
                 goals=["建成玫瑰采摘体验园300亩、观花台6处，5月花期前开园，"
                        "接待赏花游客8万人次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（40分）", "（一）数量", "玫瑰采摘体验园建成面积", "≥300亩"),
        (None, None, "观花台及游客步道节点", "≥6处"),
        (None, "（二）质量", "体验园设施验收合格率", "=100%"),
        (None, "（三）时效", "体验园开园时间", "2026年5月10日前"),
        ("二、成本指标（20分）", "1.经济成本指标", "观花台单处建设成本", "≤8万元"),
        (None, "2.生态环境成本指标", "施工期花田损毁面积", "≤5亩"),
        ("三、效益指标（30分）", "★经济效益指标", "带动周边民宿餐饮收入", "≥500万元"),
        (None, "★社会效益指标", "接待赏花游客", "≥8万人次"),
        (None, "生态效益", "体验园绿化覆盖率", "≥85%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("di04-lavender-wrong-parent", (5,),
         "project, OLD-NAT, labels with * and abbreviations: a 社会效益指标 block under 产出指标, "
         "a pass rate given as a count of batches")  # fmt: skip
def di04() -> Book:
    b, s = book()
    project_head(s, year=2026, name="薰衣草精油小型蒸馏线建设项目",
                 dept="芷澜区农业农村局（308004）", unit="芷澜区紫穗薰衣草种植专业合作社",
                 money=annual(95, 80, 15),
                 goals=["新建蒸馏罐4套，收购薰衣草鲜花600吨，6月底前投产，"
                        "带动花农季节性就业120人。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出指标", "*数量指标", "新建蒸馏罐", "≥4套"),
        (None, None, "收购薰衣草鲜花", "≥600吨"),
        (None, "*质量指标", "精油产品检测合格率",
         mk("12批次", "T105", "error", note="合格率给的是批次数，不是百分比")),
        (None, mk("社会效益指标", "F105", "error", note="社会效益指标属效益指标，不在产出指标下"),
         "带动花农季节性就业", "≥120人"),
        (None, "时效", "蒸馏线投产时间", "2026年6月30日前"),
        (None, "*成本指标", "单套蒸馏罐购置成本", "≤15万元"),
        ("效益指标", "经济效益", "合作社精油销售收入", "≥180万元"),
        (None, "生态效益", "蒸馏废水达标排放率", "=100%"),
        (None, "可持续影响", "蒸馏设备运维制度", "建立并执行"),
        ("满意度指标", "服务对象满意度", "入社花农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("di05-rose-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, a return rate raised in 百分点 (correct)")  # fmt: skip
def di05() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="馥川市玫瑰花海文旅融合提升项目",
        dept="馥川市文化广电和旅游局（520007）",
        unit="馥川市玫瑰谷景区服务中心",
        money=annual(200, 180, 20),
        goals=["补植玫瑰400亩，举办玫瑰文化节1场，游客复游率较上年提高3个百分点。"],
    )
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "花海补植玫瑰面积", "≥400亩", 15),
        (None, None, None, "举办玫瑰文化节", "≥1场", 10),
        (None, None, "质量指标", "补植苗木成活率", "≥90%", 10),
        (None, None, None, "导览设施验收合格率", "=100%", 5),
        (None, None, "时效指标", "文化节举办时间", "2026年5月31日前", 10),
        ("成本指标", 10, "经济成本指标", "补植亩均成本", "≤2500元/亩", 5),
        (None, None, None, "文化节办节成本", "≤40万元", 5),
        ("效益指标", 30, "经济效益指标", "花海门票及文创收入", "≥350万元", 10),
        (None, None, "社会效益指标", "游客复游率", "较上年提高≥3百分点", 10),
        (None, None, "可持续影响指标", "花海长效管护机制", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "游客满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("di06-lavender-points-mismatch", (10, 11),
         "project, NAT-2021, tier-1 scores against indicator scores (产出 and 效益 off in "
         "opposite directions), a complaint rate with ≥")  # fmt: skip
def di06() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="芷澜区薰衣草庄园研学旅游基地建设项目",
        dept="芷澜区教育局（308002）",
        unit="芷澜区青少年校外活动中心",
        money=annual(180, 150, 30),
        goals=["开发薰衣草研学课程12门，培训研学导师30人，接待研学学生1.5万人次。"],
    )
    indicators(s, POINTS, [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值合计45"), "数量指标",
         "研学课程开发", "≥12门", 10),
        (None, None, None, "接待研学学生", "≥1.5万人次", 10),
        (None, None, None, "研学导师培训", "≥30人", 10),
        (None, None, "质量指标", "研学课程评审通过率", "≥90%", 10),
        (None, None, "时效指标", "基地建成开放时间", "2026年6月15日前", 5),
        ("成本指标", 10, "经济成本指标", "研学人均接待成本", "≤60元/人次", 10),
        ("效益指标", mk(30, "W103", "error", note="其下指标分值合计35"), "经济效益指标",
         "庄园研学收入", "≥220万元", 10),
        (None, None, "社会效益指标", "游客投诉率",
         mk("≥1%", "T108", "warning", row=True, note="投诉率是反向指标，应为≤"), 10),
        (None, None, "可持续影响指标", "研学基地运营制度", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "研学学生及家长满意度", "≥92%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b
