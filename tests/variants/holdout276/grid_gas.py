"""Rural grid upgrades (农村电网改造) and gas pipelines (天然气管网建设): rz01–rz06."""

from __future__ import annotations

from tests.variants.holdout276.common import (
    ONE,
    OPS,
    indicators,
    multi_year,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout276.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("rz01-grid-percent", (1, 12), "project, OLD-NAT, operator and unit columns, percent "
         "cells, 万元 only in the number format, a 降幅 in 百分点 with ≥ (correct)")  # fmt: skip
def rz01() -> Book:
    b, s = start()
    project(s, "枫埠县2025年农村电网巩固提升工程", "枫埠县发展和改革局（214003）",
            "枫埠县农村能源服务中心", one_year(860, 700, 160),
            ["完成6个乡镇10千伏线路及配电台区改造，提升农村供电可靠性和电压质量。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "改造10千伏线路长度", "≥", 42, "公里"),
        (None, None, "新增及改造配电变压器", "≥", 36, "台"),
        (None, "质量指标", "工程验收合格率", "=", pct(1), None),
        (None, None, "户均配变容量", "≥", 2.6, "千伏安"),
        (None, "时效指标", "工程完工时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "10千伏线路单公里改造成本", "≤", 12, "万元/公里"),
        ("效益指标", "社会效益指标", "农村供电可靠率", "≥", pct(0.998, "0.0%"), None),
        (None, None, "综合电压合格率", "≥", pct(0.995, "0.0%"), None),
        (None, "生态效益指标", "台区综合线损率降幅", "≥", 0.8, "百分点"),
        (None, "可持续影响指标", "改造设施运维责任落实率", "=", pct(1), None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "韦承霖", "0745-6612045", day(2024, 11, 14))
    return b


@variant("rz02-grid-percent-wrong", (1, 11), "project, OLD-NAT, operator and unit columns, "
         "percent cells: a rate above 100 % and a 发生率 with ≥")  # fmt: skip
def rz02() -> Book:
    b, s = start()
    project(s, "槐沙镇2025年农网配电台区改造项目", "枫埠县能源局（214011）",
            "枫埠县槐沙供电服务站", one_year(318, 300, 18),
            ["改造槐沙镇14个配电台区，解决低电压和重过载问题。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "改造配电台区", "≥", 14, "个"),
        (None, None, "改造低压线路", "≥", 23, "公里"),
        (None, "质量指标", "工程验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="验收合格率 ≥105%，超过 100% 上限"), None),
        (None, "时效指标", "台区改造完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "单个台区改造成本", "≤", 21, "万元/个"),
        ("效益指标", "社会效益指标", "配变重过载发生率",
         mk("≥", "T108", "warning", row=True, note="发生率是反向指标，应为 ≤"), pct(0.03), None),
        (None, None, "低电压用户占比降幅", "≥", 1.5, "百分点"),
        (None, "可持续影响指标", "台区运维巡视制度执行率", "≥", pct(0.95), None),
        ("满意度指标", "服务对象满意度指标", "台区用电户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "龚沐阳", "0745-6637218", day(2024, 11, 20))
    return b


@variant("rz03-gas-stacked", (2,), "two gas pipeline projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator name with different values, 0起 on accidents "
         "(correct)")  # fmt: skip
def rz03() -> Book:
    b, s = start()
    project(s, "澄坪市2025年城乡天然气中压管网延伸工程", "澄坪市住房和城乡建设局（305002）",
            "澄坪市燃气事业发展中心", one_year(1250, 1000, 250),
            ["新建中压燃气管道18公里，实现12个行政村通管道燃气。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "燃气管道建设长度", "≥18公里"),
        (None, None, "新增管道燃气通达行政村", "≥12个"),
        (None, "质量指标", "管道焊口无损检测合格率", "=100%"),
        (None, "时效指标", "主管网通气时间", "2025年10月31日前"),
        (None, "成本指标", "中压管道单公里造价", "≤65万元/公里"),
        ("效益指标", "社会效益指标", "新增可使用管道燃气农户", "≥3200户"),
        (None, "生态效益指标", "替代散煤使用量", "≥4800吨"),
        ("满意度指标", "服务对象满意度指标", "用气农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "澄坪市2025年老旧燃气管道更新改造项目", "澄坪市住房和城乡建设局（305002）",
            "澄坪市燃气事业发展中心", one_year(620, 620, 0),
            ["更新老旧燃气管道9.5公里，改造户内燃气设施2600户，消除燃气安全隐患。"],
            title="")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "燃气管道建设长度", "≥9.5公里"),
        (None, None, "更新改造户内燃气设施", "≥2600户"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        (None, "成本指标", "老旧管道单公里更新成本", "≤30万元/公里"),
        (None, None, "户内燃气设施户均改造成本", "≤1200元/户"),
        ("效益指标", "社会效益指标", "燃气泄漏安全事故", "0起"),
        (None, "可持续影响指标", "更新管道设计使用年限", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "覃书蕴", "0746-3320951", day(2024, 11, 8))
    return b


@variant("rz04-gas-stacked-defects", (2, 12), "two gas projects stacked, OLD-NAT, one value "
         "column: a deadline as 100 %, the second project's money and one rate wrong")  # fmt: skip
def rz04() -> Book:
    b, s = start()
    project(s, "乌檀区2025年燃气管网互联互通工程", "乌檀区城市管理局（118004）",
            "乌檀区燃气安全服务中心", one_year(760, 600, 160),
            ["建设两座门站间联络管线6.4公里，实现区内两套管网互联互保。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建联络管线长度", "≥6.4公里"),
        (None, "质量指标", "管道强度及严密性试验合格率", "=100%"),
        (None, "时效指标", "管网联通工程完工时间",
         mk(pct(1), "T113", "warning", note="完工时间是期限类指标，却写成 100%")),
        (None, "成本指标", "联络管线单公里造价", "≤110万元/公里"),
        ("效益指标", "社会效益指标", "管网应急互供能力", "≥2万立方米/日"),
        (None, "可持续影响指标", "互联管线运行维护制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "沿线用气单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(480, WAN), "B101", "error", note="400 + 60 = 460，不是 480")
    project(s, "乌檀区2025年乡镇燃气管网安全隐患整治项目", "乌檀区城市管理局（118004）",
            "乌檀区燃气安全服务中心", one_year(total, 400, 60),
            ["整治乡镇燃气管网隐患点位，开展户内燃气安全检查。"], title="")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "整治管网隐患点位", "≥85处"),
        (None, "质量指标", "户内安全检查覆盖率",
         mk("≥3500户", "T105", "error", note="覆盖率写成户数")),
        (None, "时效指标", "隐患整治完成时间", "2025年9月30日前"),
        (None, "成本指标", "单处隐患整治成本", "≤4万元/处"),
        ("效益指标", "社会效益指标", "较大及以上燃气安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "乡镇用气居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁立衡", "0746-5208837", day(2024, 11, 25))
    return b


@variant("rz05-grid-multi-year", (8,), "three-year rural grid project, NAT-2021, 中期 and 年度 "
         "columns: counts smaller each year, rates and unit costs equal, 0起 in both "
         "(correct)")  # fmt: skip
def rz05() -> Book:
    b, s = start()
    project(s, "沅曲县2025—2027年农村电网改造升级三年行动", "沅曲县发展和改革局（422001）",
            "沅曲县农村电力建设服务中心", multi_year((2400, 2000, 400), (900, 750, 150)),
            ["三年改造10千伏线路120公里、配电台区90个，农网供电可靠率达到99.8%。",
             "2025年改造10千伏线路45公里、配电台区32个，完成北部4个乡镇改造。"],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "改造10千伏线路", "≥120公里", "≥45公里"),
        (None, None, "新建改造配电台区", "≥90个", "≥32个"),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "改造任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "线路单公里综合造价", "≤15万元/公里", "≤15万元/公里"),
        ("效益指标", "社会效益指标", "农村户均年停电时间", "≤9小时", "≤10小时"),
        (None, None, "较大及以上电力安全事故", "0起", "0起"),
        (None, "可持续影响指标", "农网供电可靠率", "≥99.8%", "≥99.75%"),
        ("满意度指标", "服务对象满意度指标", "用电群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏知远", "0743-7751026", day(2024, 10, 30))
    return b


@variant("rz06-gas-multi-year-copied", (8,), "two-year gas connection project, NAT-2021, 中期 "
         "and 年度 columns: 中期目标 text and two cumulative counts copied into the "
         "year")  # fmt: skip
def rz06() -> Book:
    b, s = start()
    goal = "新建村级中压燃气管道36公里，新增管道燃气入户5000户，改善农村清洁取暖条件。"
    project(s, "茗川县2025—2026年农村天然气入户工程", "茗川县住房和城乡建设局（509003）",
            "茗川县燃气服务中心", multi_year((1800, 1500, 300), (1000, 850, 150)),
            [goal, mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")],
            years=2, attr="新增项目")  # fmt: skip
    copied = "累计数量的年度值照抄中期值（两年期项目）"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "新建村级中压燃气管道", "≥36公里",
         mk("≥36公里", "D202", "warning", note=copied)),
        (None, None, "新增管道燃气入户", "≥5000户", mk("≥5000户", "D202", "warning", note=copied)),
        (None, "质量指标", "入户安装验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度通气任务完成时间", "2026年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "村级管道单公里建设成本", "≤20万元/公里", "≤20万元/公里"),
        ("效益指标", "社会效益指标", "管道燃气农村覆盖率提高", "≥12百分点", "≥6百分点"),
        (None, "生态效益指标", "年替代散煤使用量", "≥7500吨", "≥3000吨"),
        ("满意度指标", "服务对象满意度指标", "入户农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "冼若岚", "0748-2219360", day(2024, 11, 12))
    return b
