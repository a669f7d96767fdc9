"""Drinking-water sources and rural black-and-odorous water bodies (饮用水水源地保护, 农村黑臭
水体治理): OLD-NAT with 测算依据, 中期/年度 columns with a unit column, tier labels with points,
operator columns (qs07–qs12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout243.common import (
    ONE,
    OPS,
    TWO,
    book,
    indicators,
    lines,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout243.registry import variant
from tests.variants.kit import Book, mk, money, pct


@variant("qs07-source-protection-oldnat", (1,), "one-year project, OLD-NAT (成本 under 产出), "
         "指标解释 column, a 测算依据 sheet: an 指数 with 毫克/升, an index without unit, =0个 "
         "(correct)")  # fmt: skip
def qs07() -> Book:
    b, s = book("绩效目标", (14, 16, 30, 20, 30))
    project_head(
        s, year=2026, name="集中式饮用水水源地保护项目", dept="清川县水利局（317）",
        unit="清川县水资源管理站",
        money=one_year_money(money(126), money(126), money(0)),
        goals=["2026年在城区水源地设置界标界桩48块，建设隔离防护网6.5公里，保障集中式饮用水"
               "水源地水质达标率100%。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "设置水源保护区界标界桩", "≥48块", "含界桩、交通警示牌"),
        (None, None, "建设一级保护区隔离防护网", "≥6.5公里", None),
        (None, "质量指标", "集中式饮用水水源地水质达标率", "=100%", "按GB 3838 Ⅲ类评价"),
        (None, None, "取水口水质监测频次", "≥12次/年", "每月一次"),
        (None, "时效指标", "隔离防护网完工时间", "2026年10月31日前", None),
        (None, "成本指标", "隔离防护网建设单价", "≤12万元/公里", "参考同类工程结算价"),
        ("效益指标", "生态效益指标", "水源地高锰酸盐指数", "≤4毫克/升", "年均值"),
        (None, None, "水源地氨氮浓度", "≤0.5毫克/升", "年均值"),
        (None, "社会效益指标", "保护区内违法排污口", "=0个", "发现即取缔"),
        (None, "可持续影响指标", "水源地综合营养状态指数", "≤45", "无量纲，≤50为中营养"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "潘若水", "许致远", "0718-53920147")
    c = b.sheet("测算依据", (28, 30, 14))
    c.title("2026年集中式饮用水水源地保护项目资金测算依据（万元）", 3)
    lines(c, ("支出内容", "测算依据", "金额（万元）"), [
        ("界标界桩设置", "48块×0.25万元/块", money(12)),
        ("一级保护区隔离防护网", "6.5公里×12万元/公里", money(78)),
        ("水质自动监测设备运维", "12个月×2万元/月", money(24)),
        ("宣传警示及巡查", "按实际需求测算", money(12)),
    ], money(126))  # fmt: skip
    return b


@variant("qs08-source-rate-count-date", (1,), "one-year project, NAT-2021, inline operators and "
         "备注: a 完成率 given in 块, a completion date in the next year")  # fmt: skip
def qs08() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 22, 26))
    project_head(
        s, year=2026, name="乡镇饮用水水源地环境整治项目", dept="溪口市生态环境局（226）",
        unit="溪口市饮用水水源保护中心",
        money=one_year_money(wan(96), wan(80), wan(16)),
        goals=["2026年完成8个乡镇饮用水水源保护区界标设置和隔离防护，清理保护区内违规设施。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "水源保护区宣传警示牌设置", "≥20块", None),
        (None, None, "清理保护区内违规设施", "≥15处", "养殖棚、排污口等"),
        (None, "质量指标", "水源保护区界标设置完成率",
         mk("≥36块", "T105", "error", note="a rate given as a count"), None),
        (None, None, "水源水质监测达标率", "≥95%", None),
        (None, "时效指标", "一级保护区隔离防护网完工时间",
         mk("2027年3月31日前", "Y102", "error", note="a one-year 2026 project"), None),
        ("成本指标", "经济成本指标", "隔离防护网建设单价", "≤11万元/公里", None),
        ("效益指标", "生态效益指标", "水源地水质综合污染指数", "≤0.7", "无量纲"),
        (None, "社会效益指标", "受益人口", "≥4.2万人", None),
        ("满意度指标", "服务对象满意度指标", "水源地周边群众满意度", "≥88%", None),
    ])  # fmt: skip
    sign(s, "包冬青", "陆海澄", "0576-86610932")
    return b


@variant("qs09-black-water-unit-column", (1, 10), "two-year project, NAT-2021, 中期/年度 "
         "columns with a 计量单位 column: 溶解氧 ≥2 (正向 concentration), =100 at the ceiling, "
         "counts annual < period (correct)")  # fmt: skip
def qs09() -> Book:
    b, s = book("绩效目标表", (14, 16, 30, 12, 18, 18))
    project_head(
        s, year=2026, years=2, name="农村黑臭水体治理试点项目", attr="新增项目",
        dept="丰源县农业农村局（118）", unit="丰源县农村人居环境整治办公室",
        money=period_money((wan(2400), wan(2000), wan(400)), (wan(1300), wan(1100), wan(200))),
        goals=["2026—2027年完成40条农村黑臭水体整治，治理后水体透明度不低于25厘米、溶解氧"
               "不低于2毫克/升，黑臭水体消除比例达到100%，建立长效管护机制。",
               "2026年完成22条农村黑臭水体整治，清淤疏浚河道20公里，受益人口3.5万人。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值")
    indicators(s, header, [
        ("产出指标", "数量指标", "整治农村黑臭水体", "条", "≥40", "≥22"),
        (None, None, "清淤疏浚河道长度", "公里", "≥36", "≥20"),
        (None, "质量指标", "黑臭水体消除比例", "%", "=100", "=100"),
        (None, None, "治理后水体溶解氧浓度", "毫克/升", "≥2", "≥2"),
        (None, None, "治理后水体透明度", "厘米", "≥25", "≥25"),
        (None, None, "治理后水体氨氮浓度", "毫克/升", "≤8", "≤8"),
        ("成本指标", "经济成本指标", "单条水体平均治理成本", "万元/条", "≤55", "≤55"),
        ("效益指标", "生态效益指标", "返黑返臭比例", "%", "≤5", "≤5"),
        (None, "社会效益指标", "受益农村人口", "万人", "≥6.8", "≥3.5"),
        (None, "可持续影响指标", "长效管护机制", None, "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "沿岸村民满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    note(s, "注：溶解氧、透明度为正向指标，氨氮为反向指标，限值参照城市黑臭水体识别标准。")
    sign(s, "黎晓川", "韦明哲", "0771-39025814")
    return b


@variant("qs10-black-water-copied-columns", (10,), "three-year project, NAT-2021, 中期/年度 "
         "columns: annual money above the period money, a cumulative count copied into the "
         "year, =90% on a 消除比例")  # fmt: skip
def qs10() -> Book:
    b, s = book("项目绩效目标表", (14, 16, 30, 22, 22, 14))
    project_head(
        s, year=2026, years=3, name="农村黑臭水体整治三年攻坚项目", attr="新增项目",
        dept="临江区农业农村局（406）", unit="临江区水务工程建设中心",
        money=period_money((wan(580), wan(500), wan(80)),
                           (mk(wan(620), "B103", "error", note="620 > 580"), wan(560), wan(60))),
        goals=["2026—2028年整治农村黑臭水体45条，黑臭水体消除比例达到90%以上，建立村级河塘"
               "长效管护机制。",
               "2026年完成全区黑臭水体排查建档，启动首批整治工程，落实村级管护责任。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "整治农村黑臭水体", "≥45条",
         mk("≥45条", "D202", "warning", note="3-year cumulative count copied into 2026")),
        (None, None, "黑臭水体排查建档完成率", "=100%", "=100%"),
        (None, "质量指标", "黑臭水体消除比例", "≥90%",
         mk("=90%", "T107", "warning", alt=("D203",), note="≥90% meant")),
        ("成本指标", "经济成本指标", "单条水体治理成本", "≤12万元/条", "≤12万元/条"),
        ("效益指标", "生态效益指标", "治理水体氨氮浓度", "≤8毫克/升", "≤8毫克/升"),
        (None, "可持续影响指标", "村级河塘管护制度覆盖率", "≥95%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥85%"),
    ])  # fmt: skip
    sign(s, "温景行", "葛书宁", "0523-84701296")
    return b


@variant("qs11-source-points", (1, 11), "one-year project, NAT-2021, tier labels numbered with "
         "points, 指标方向 and 分值 columns adding to 100: a count in the name that agrees, a "
         "rate per 10万人, an index without unit (correct)")  # fmt: skip
def qs11() -> Book:
    b, s = book("Sheet1", (18, 16, 30, 20, 10, 8))
    project_head(
        s, year=2026, name="乡镇级饮用水水源地规范化建设项目", dept="桐溪县生态环境分局（233）",
        unit="桐溪县生态环境分局", money=one_year_money(wan(240), wan(200), wan(40)),
        goals=["2026年完成12处乡镇级饮用水水源地保护区勘界定标和规范化建设，水源地水质监测"
               "达标率不低于95%，健全水源地巡查制度。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标方向", "分值"), [
        ("一、产出指标（50分）", "数量指标", "12处乡镇级水源地保护区勘界定标", "≥12处", "正向", 15),
        (None, "质量指标", "水源地水质监测达标率", "≥95%", "正向", 10),
        (None, None, "勘界定标成果验收合格率", "=100%", "正向", 10),
        (None, "时效指标", "勘界定标完成时间", "2026年9月30日前", "反向", 15),
        ("二、成本指标（10分）", "经济成本指标", "单处水源地规范化建设成本", "≤18万元/处",
         "反向", 10),
        ("三、效益指标（30分）", "生态效益指标", "水源地水质综合污染指数", "≤0.6", "反向", 10),
        (None, "社会效益指标", "农村饮水安全事件发生率", "≤0.5次/10万人", "反向", 10),
        (None, "可持续影响指标", "水源地保护长效巡查制度", "健全", "正向", 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "供水区域居民满意度", "≥90%", "正向", 10),
    ])  # fmt: skip
    note(s, "注：分值合计100分；综合污染指数为无量纲指数。")
    sign(s, "钟韵之", "雷振宇", "0566-47310285")
    return b


@variant("qs12-black-water-ops", (1, 11), "one-year project, NAT-2021, operator, unit and "
         "direction columns: 毫克/升 against a 微克/升 unit column, 102% typed as Excel stores "
         "it, ≥ on a 反向 返黑返臭比例")  # fmt: skip
def qs12() -> Book:
    b, s = book("绩效指标", (14, 16, 30, 10, 14, 12, 10))
    project_head(
        s, year=2026, name="农村黑臭水体综合治理项目", dept="松岗镇人民政府（714）",
        unit="松岗镇农业服务中心", money=one_year_money(wan(330), wan(300), wan(30)),
        goals=["2026年整治农村黑臭水体14条，治理后水体不黑不臭，溶解氧不低于2毫克/升。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "整治农村黑臭水体", "≥", 14, "条", "正向"),
        (None, "质量指标", "治理后水体氨氮浓度", "≤",
         mk("8毫克/升", "T112", "error", row=True, note="unit column says 微克/升"),
         "微克/升", "反向"),
        (None, None, "治理后水体溶解氧浓度", "≥", 2, "毫克/升", "正向"),
        (None, None, "治理后水体透明度达标率", "≥",
         mk(pct(1.02), "T106", "error", note="shown 102%"), "%", "正向"),
        ("成本指标", "经济成本指标", "单条水体治理成本", "≤", 20, "万元/条", "反向"),
        ("效益指标", "生态效益指标", "返黑返臭比例", "≥",
         mk(5, "T108", "warning", row=True, note="反向 declared: ≤ meant"), "%", "反向"),
        (None, "社会效益指标", "受益村民", "≥", 1.6, "万人", "正向"),
        ("满意度指标", "服务对象满意度指标", "沿河村民满意度", "≥", 90, "%", "正向"),
    ])  # fmt: skip
    sign(s, "莫晓航", "区嘉欣", "0752-61839027")
    return b
