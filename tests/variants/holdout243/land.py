"""Soil remediation, stacked projects and department tables (土壤污染修复, 生态环境局 and 林业局
整体支出): money in 元 with 测算依据, OLD-NAT, two projects in one sheet, tasks, a flat list
without tiers (qs13–qs18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout243.common import (
    ONE,
    book,
    indicators,
    lines,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout243.registry import variant
from tests.variants.kit import YUAN, Book, mk, money


@variant("qs13-soil-yuan-lines", (1,), "one-year project, NAT-2021, money in 元 (number format) "
         "with 测算依据 lines, 指标值设定依据 column: mg/kg caps, =0起 生态环境成本 "
         "(correct)")  # fmt: skip
def qs13() -> Book:
    b, s = book("项目绩效目标表", (14, 16, 30, 20, 16))
    project_head(
        s, year=2026, name="原化工厂污染地块土壤修复项目", dept="安澜市生态环境局（119）",
        unit="安澜市土壤与农业农村生态环境中心", money_label="项目资金（元）",
        money=one_year_money(money(4860000, YUAN), money(4200000, YUAN), money(660000, YUAN)),
        goals=["2026年完成原化工厂地块污染土壤修复10800立方米，修复后目标污染物全部达标，"
               "地块安全利用率100%，修复过程不发生二次污染事件。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标值设定依据"), [
        ("产出指标", "数量指标", "完成污染土壤修复量", "≥10800立方米", "计划标准"),
        (None, None, "地下水跟踪监测", "≥24次", "修复方案"),
        (None, "质量指标", "修复后土壤目标污染物达标率", "=100%", "行业标准"),
        (None, None, "修复效果评估结论", "达到修复目标", None),
        (None, "时效指标", "修复工程完工时间", "2026年11月30日前", "计划标准"),
        ("成本指标", "经济成本指标", "单位土方修复成本", "≤380元/立方米", "历史标准"),
        (None, "生态环境成本指标", "修复过程二次污染事件", "=0起", None),
        ("效益指标", "生态效益指标", "地块土壤镉含量", "≤0.3毫克/千克", "GB 36600"),
        (None, None, "周边地下水铅浓度", "≤0.01毫克/升", "GB/T 14848"),
        (None, "社会效益指标", "污染地块安全利用率", "=100%", None),
        (None, "可持续影响指标", "地块土壤环境监管机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "历史标准"),
    ])  # fmt: skip
    s.skip()
    lines(s, ("支出内容", "测算依据", "金额（元）"), [
        ("污染土壤修复", "10800立方米×380元/立方米", money(4104000, YUAN)),
        ("修复效果评估", "1项×420000元", money(420000, YUAN)),
        ("地下水跟踪监测", "24次×14000元/次", money(336000, YUAN)),
    ], money(4860000, YUAN))  # fmt: skip
    sign(s, "柏青禾", "冉一舟", "0831-72954016")
    return b


@variant("qs14-farmland-cost-lines", (1,), "one-year project, OLD-NAT (成本 under 产出), a "
         "测算依据 sheet: lines that do not add up to their 合计, a unit cost × count above the "
         "project money")  # fmt: skip
def qs14() -> Book:
    b, s = book("绩效目标", (14, 16, 30, 22))
    project_head(
        s, year=2026, name="受污染耕地安全利用与修复项目", dept="禾丰县农业农村局（208）",
        unit="禾丰县农业生态与资源保护站", money=one_year_money(wan(480), wan(480), wan(0)),
        goals=["2026年实施受污染耕地安全利用1.2万亩，修复重度污染地块土方12000立方米，受污染"
               "耕地安全利用率达到93%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "受污染耕地安全利用面积", "≥1.2万亩"),
        (None, None, "修复重度污染地块土方量", "≥12000立方米"),
        (None, "质量指标", "受污染耕地安全利用率", "≥93%"),
        (None, "时效指标", "年度修复任务完成时间", "2026年12月31日前"),
        (None, "成本指标", "土壤修复单价",
         mk("≤450元/立方米", "B107", "warning", note="12000 × 450 = 540万 > 480万")),
        ("效益指标", "生态效益指标", "耕地土壤有效态镉含量下降率", "≥8%"),
        (None, "社会效益指标", "农产品镉超标率", "≤1.5%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "单永禾", "骆思源", "0735-62490318")
    c = b.sheet("测算依据", (28, 30, 14))
    c.title("受污染耕地安全利用与修复项目资金测算（万元）", 3)
    lines(c, ("支出内容", "测算依据", "金额（万元）"), [
        ("耕地安全利用（钝化、深翻）", "1.2万亩×260元/亩", wan(312)),
        ("重度污染地块修复工程", "按工程概算", wan(120)),
        ("土壤及农产品协同监测", "按监测方案", wan(36)),
    ], mk(wan(480), "B102", "error", row=True, note="312 + 120 + 36 = 468"))  # fmt: skip
    return b


@variant("qs15-ecology-dept-tasks", (1, 11), "department table, NAT-2021, tasks adding to 项目"
         "支出: a rate per 10万人, =100% on a 水源地 rate, concentrations ≤ (correct)")  # fmt: skip
def qs15() -> Book:
    b, s = book("部门整体支出绩效目标", (16, 18, 30, 18, 18, 14))
    department_head(
        s, year=2026, dept="望川市生态环境局",
        budget=[(wan(5860), wan(5420), wan(440), wan(2310), wan(3550))],
        tasks=[("大气污染防治", "走航监测、VOCs治理、扬尘管控", wan(1280), "PM2.5持续下降"),
               ("水污染防治及水源地保护", "黑臭水体整治、水源地规范化", wan(1150), "水质稳定达标"),
               ("土壤污染防治", "建设用地风险管控", wan(620), "安全利用"),
               ("生态环境监测", "自动站运维、监督性监测", wan(500), "数据真实准确"),
               ("金额合计", None, wan(3550), None)],
        goal="2026年PM2.5年均浓度控制在29微克/立方米以内，优良天数比例不低于90.2%，地表水国省"
             "控断面水质优良比例达到85%以上，县级以上集中式饮用水水源地水质达标率保持100%，整治"
             "农村黑臭水体30条。",
    )  # fmt: skip
    indicators(s, (*ONE, "指标方向"), [
        ("产出指标", "数量指标", "大气污染源监督性监测", "≥320家次", "正向"),
        (None, None, "农村黑臭水体整治", "≥30条", "正向"),
        (None, "质量指标", "重点建设用地安全利用率", "≥95%", "正向"),
        (None, "时效指标", "环境信访件办结时限", "≤15个工作日", "反向"),
        ("成本指标", "经济成本指标", "单家次监督性监测费用", "≤0.8万元/家次", "反向"),
        ("效益指标", "生态效益指标", "PM2.5年均浓度", "≤29微克/立方米", "反向"),
        (None, None, "空气质量优良天数比例", "≥90.2%", "正向"),
        (None, None, "地表水国省控断面水质优良比例", "≥85%", "正向"),
        (None, None, "县级以上集中式饮用水水源地水质达标率", "=100%", "正向"),
        (None, "社会效益指标", "环境污染信访投诉量", "≤25件/10万人", "反向"),
        (None, None, "较大及以上突发环境事件", "=0起", "反向"),
        ("满意度指标", "服务对象满意度指标", "公众生态环境满意度", "≥85%", "正向"),
    ])  # fmt: skip
    sign(s, "简若溪", "任北辰", "0851-58327140")
    return b


@variant("qs16-forestry-dept-year-tier", (11,), "department table, NAT-2021, tasks: a 预算年度 "
         "that is not the title's, 生态效益指标 under 产出指标")  # fmt: skip
def qs16() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 18, 18, 14))
    department_head(
        s, year=2026, dept="翠屏县林业局",
        budget=[(wan(3260), wan(3010), wan(250), wan(1480), wan(1780))],
        tasks=[("森林防火", "隔离带、检查站、扑火物资", wan(860), "火灾受害率≤0.8‰"),
               ("国土绿化", "人工造林、退化林修复", wan(540), "造林1.5万亩"),
               ("生态修复", "矿山迹地复绿", wan(380), "复绿面积持续增加"),
               ("金额合计", None, wan(1780), None)],
        goal="2026年新建防火隔离带48公里，完成人工造林1.5万亩，森林火灾受害率控制在0.8‰以内，"
             "森林覆盖率达到58.6%。",
    )  # fmt: skip
    s.row("预算年度", mk("2025年", "Y101", "error", note="title 2026年度"), None, None, None, None,
          merge=[(2, 6)])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建防火隔离带", "≥48公里"),
        (None, None, "完成人工造林", "≥1.5万亩"),
        (None, "质量指标", "造林成活率", "≥90%"),
        (None, mk("生态效益指标", "F105", "error", note="a 效益 tier-2 under 产出"),
         "森林蓄积量年增长率", "≥2.5%"),
        ("成本指标", "经济成本指标", "人工造林亩均成本", "≤360元/亩"),
        ("效益指标", "社会效益指标", "森林火灾受害率", "≤0.8‰"),
        (None, "可持续影响指标", "森林覆盖率", "≥58.6%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙承泽", "覃雨桐", "0778-35261940")
    return b


@variant("qs17-stacked-soil-fire", (1, 10), "two one-year projects stacked in one sheet, "
         "NAT-2021: 百分点 fall of a ratio, 每10万公顷 in a name beside ≤1.0次, ‰, footnote "
         "(correct)")  # fmt: skip
def qs17() -> Book:
    b, s = book("2026年项目绩效目标", (14, 16, 30, 22, 14, 14))
    project_head(
        s, year=2026, name="受污染耕地安全利用巩固项目", dept="岚山县农业农村局（320）",
        unit="岚山县农业技术推广中心", money=one_year_money(wan(210), wan(180), wan(30)),
        title="2026年度项目支出绩效目标申报表（一）",
        goals=["2026年巩固受污染耕地安全利用2.6万亩，安全利用率不低于93%，土壤镉超标点位"
               "比例较上年下降0.5个百分点以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "受污染耕地安全利用面积", "≥2.6万亩"),
        (None, "质量指标", "受污染耕地安全利用率", "≥93%"),
        (None, "时效指标", "钝化剂施用完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "亩均安全利用成本", "≤75元/亩"),
        ("效益指标", "生态效益指标", "农产品镉超标率", "≤2.5%"),
        (None, None, "土壤镉超标点位比例较上年下降", "≥0.5个百分点"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="林火视频监控系统建设项目", dept="岚山县林业局（322）",
        unit="岚山县森林消防大队", money=one_year_money(wan(96), wan(96), wan(0)),
        title="2026年度项目支出绩效目标申报表（二）",
        goals=["2026年新建林火视频监控前端16套，实现重点林区火情自动识别、5分钟内报警。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建林火视频监控前端", "≥16套"),
        (None, "质量指标", "火情自动识别准确率", "≥90%"),
        (None, "时效指标", "火情自动报警响应时间", "≤5分钟"),
        ("成本指标", "经济成本指标", "单套监控前端建设成本", "≤5.5万元/套"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.5‰"),
        (None, "社会效益指标", "每10万公顷森林火灾次数", "≤1.0次"),
        ("满意度指标", "服务对象满意度指标", "护林员对系统使用满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：受害率以千分比（‰）计；“每10万公顷”为统计口径，不是目标值。")
    sign(s, "邬思远", "翟雨晴", "0539-27648015")
    return b


@variant("qs18-flat-list-text", (1, 10), "department table with a flat indicator list (no "
         "tiers), unit and direction columns: a count below the goal text, a number in the "
         "name, a deadline in %")  # fmt: skip
def qs18() -> Book:
    b, s = book("部门绩效目标", (16, 30, 16, 16, 12, 14))
    department_head(
        s, year=2026, dept="沙湾县生态环境分局",
        budget=[(wan(1920), wan(1800), wan(120), wan(860), wan(1060))],
        tasks=[("农村黑臭水体治理", "清淤、截污、生态修复", wan(640), "水体不黑不臭"),
               ("饮用水水源地保护", "乡镇级水源地规范化建设", wan(260), "水质稳定达标"),
               ("大气环境监测", "微站建设与运维", wan(160), "数据有效"),
               ("金额合计", None, wan(1060), None)],
        goal="2026年治理农村黑臭水体25条，完成9处乡镇级水源地保护区规范化建设，PM2.5年均浓度"
             "不高于34微克/立方米，优良天数比例不低于87.5%。",
    )  # fmt: skip
    s.row("序号", "指标名称", "年度指标值", "计量单位", "指标方向", "备注")
    s.table([
        (1, "农村黑臭水体治理数量",
         mk("≥20", "D104", "warning", row=True, note="the goal text says 25条"), "条", "正向"),
        (2, "完成9处水源地保护区规范化建设",
         mk("≥7", "T110", "warning", row=True, note="9 in the name"), "处", "正向"),
        (3, "水源地规范化建设完成时间",
         mk("=100", "T113", "warning", row=True, note="a deadline in %"), "%", "正向"),
        (4, "PM2.5年均浓度", "≤34", "微克/立方米", "反向"),
        (5, "空气质量优良天数比例", "≥87.5", "%", "正向"),
        (6, "优良天数比例较上年提高", "≥0.8", "百分点", "正向"),
        (7, "环境信访投诉办结率", "=100", "%", "正向"),
        (8, "空气质量综合指数", "≤4.1", "—", "反向", "无量纲"),
        (9, "公众生态环境满意度", "≥88", "%", "正向"),
    ])  # fmt: skip
    sign(s, "甘露白", "史敬之", "0995-31726408")
    return b
