"""慈姑 (arrowhead) planting on the shore of the invented 鹭汀湖, 菰湾县: fq01–fq06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout631.common import (
    HEAD4,
    YEAR,
    indicators,
    note,
    one_year,
    sign,
    start,
)
from tests.variants.holdout631.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "菰湾县农业农村局（317）"


@variant(
    "fq01-arrowhead-typed-percent",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent cells typed in Excel, 万元 in the "
    "number format, a goal area with its part in brackets (correct)",
)
def fq01() -> Book:
    b, s = start()
    goal = "在鹭汀湖东岸种植慈姑120亩（其中核心示范区40亩），培训种植户60户，11月底前完成采收测产。"
    project_head(s, year=YEAR, name="鹭汀湖东岸慈姑种植示范项目", dept=DEPT,
                 unit="菰湾县水生蔬菜技术推广站", money=one_year(48, 40, 8),
                 goals=[goal])  # fmt: skip
    header = (*HEAD4[:3], "指标性质", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "慈姑种植面积", "≥", 120, "亩"),
        (None, None, "其中：核心示范区面积", "≥", 40, "亩"),
        (None, None, "培训种植户", "≥", 60, "户"),
        (None, "质量指标", "种苗成活率", "≥", pct(0.9), "%"),
        (None, "时效指标", "采收测产完成时间", "≤", day(YEAR, 11, 30), None),
        (None, "成本指标", "亩均种苗及栽植费", "≤", 0.3, "万元/亩"),
        ("效益指标", "经济效益指标", "种植户亩均增收", "≥", 1500, "元/亩"),
        (None, "生态效益指标", "湖岸带水体透明度提高", "≥", 10, "厘米"),
        (None, "可持续影响指标", "慈姑病虫害发生率", "≤", pct(0.05), "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, header, rows)
    sign(s, "许岚生", "0579-6128 4417", day(YEAR, 1, 8))
    return b


@variant(
    "fq02-arrowhead-goal-area",
    (1, 12),
    "project, OLD-NAT, one value column with typed percents: the goal's area against the "
    "indicator's, last season's deadline, a unit cost × area above the money",
)
def fq02() -> Book:
    b, s = start()
    goal = "2025年在苇塘镇扩种慈姑150亩，带动农户45户，10月底前完成种球回收。"
    project_head(s, year=YEAR, name="苇塘镇慈姑扩种项目", dept=DEPT, unit="苇塘镇农业服务中心",
                 money=one_year(50, 40, 10), goals=[goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标",
         "慈姑扩种面积", mk("≥120亩", "D104", "warning", note="年度目标写扩种150亩")),
        (None, None, "带动农户", "≥45户"),
        (None, "质量指标", "种苗成活率", pct(0.92)),
        (None, "时效指标", "种球回收完成时间",
         mk(day(YEAR - 1, 10, 31, CN_DATE), "Y102", "error", alt=("Y101", "Y103"),
            note="上一季的期限：2024年10月31日，不在预算年度2025年内")),
        (None, "成本指标", "亩均种植成本",
         mk("≤0.5万元/亩", "B107", "warning", row=True,
            note="0.5万元/亩 × 120亩 = 60万元，超过年度资金50万元")),
        ("效益指标", "经济效益指标", "户均增收", "≥2000元"),
        (None, "生态效益指标", "湖滨带裸露滩地减少", "≥30亩"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    sign(s, "丁穗", "0579-6130 2285", day(YEAR, 1, 12))
    return b


@variant(
    "fq03-arrowhead-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column; the same indicator name with "
    "different values in each project (correct)",
)
def fq03() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭汀湖北岸慈姑种植项目", dept=DEPT,
                 unit="菰湾县水生蔬菜技术推广站", money=one_year(36, 30, 6),
                 goals=["种植慈姑90亩，培训种植户60户。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "慈姑种植面积", "≥90亩"),
        (None, None, "培训种植户", "≥60户"),
        (None, "质量指标", "种苗成活率", "≥90%"),
        (None, "成本指标", "亩均种植成本", "≤0.35万元/亩"),
        ("效益指标", "经济效益指标", "亩均产值", "≥6000元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="慈姑采后清洗分级项目", dept=DEPT, title="",
                 unit="苇塘镇农业服务中心", money=one_year(22, 18, 4),
                 goals=["建成清洗分级线1条，培训种植户30户。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "清洗分级线", "=1条"),
        (None, None, "培训种植户", "≥30户"),
        (None, "质量指标", "分级产品合格率", "≥95%"),
        (None, "时效指标", "分级线投用时间", "10月31日前"),
        (None, "成本指标", "清洗分级线建设成本", "≤18万元"),
        ("效益指标", "经济效益指标", "分级后售价提高", "≥0.5元/斤"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant(
    "fq04-arrowhead-stacked-duplicate",
    (2,),
    "two projects stacked, OLD-NAT: the second project's money does not add up and one of its "
    "indicators appears twice with a word more and another value",
)
def fq04() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="菰湾县慈姑良种繁育项目", dept=DEPT,
                 unit="菰湾县水生蔬菜技术推广站", money=one_year(40, 32, 8),
                 goals=["繁育慈姑良种种球12吨，建繁育圃30亩。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "良种种球繁育量", "≥12吨"),
        (None, None, "繁育圃面积", "≥30亩"),
        (None, "质量指标", "种球纯度", "≥98%"),
        (None, "成本指标", "每吨种球繁育成本", "≤3万元/吨"),
        ("效益指标", "可持续影响指标", "良种覆盖率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(30, "B101", "error", note="财政拨款20 + 其他资金8 = 28 ≠ 30")
    project_head(s, year=YEAR, name="慈姑种球收购储藏项目", dept=DEPT, title="",
                 unit="苇塘镇农业服务中心", money=one_year(total, 20, 8),
                 goals=["收购种球8吨，建成冷藏库1座。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "慈姑种球收购量", "≥8吨"),
        (None, None, "冷藏库", "=1座"),
        (None, None, "慈姑种球收购数量",
         mk("≥10吨", "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="与“慈姑种球收购量 ≥8吨”同一指标，值不同")),
        (None, "质量指标", "种球储藏损耗率", "≤5%"),
        ("效益指标", "经济效益指标", "种球供应价格下降", "≥0.2元/斤"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "fq05-arrowhead-numbered-points",
    (5, 10),
    "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）, （一）数量指标), "
    "an indicator points column adding to the same 100, a 下降率 with ≥ (correct)",
)
def fq05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭汀湖南岸慈姑生态种植项目", dept=DEPT,
                 unit="菰湾县水生蔬菜技术推广站", money=one_year(36, 30, 6),
                 goals=["在南岸浅滩种植慈姑100亩，替代水花生等杂草，改善湖滨带生境。"])  # fmt: skip
    header = (*HEAD4, "分值")
    rows = [
        ("一、产出指标（40分）", "（一）数量指标", "1.慈姑种植面积", "≥100亩", 15),
        (None, "（二）质量指标", "2.种苗成活率", "≥90%", 15),
        (None, "（三）时效指标", "3.栽植完成时间", "5月31日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "4.亩均栽植成本", "≤0.25万元/亩", 10),
        (None, "（二）生态环境成本指标", "5.施工期浊度超标天数", "≤3天", 10),
        ("三、效益指标（30分）", "（一）生态效益指标", "6.湖滨带杂草覆盖下降率", "≥30%", 15),
        (None, "（二）可持续影响指标", "7.种植户自主续种比例", "≥60%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.周边村民满意度", "≥90%", 10),
    ]
    indicators(s, header, rows)
    note(s, "注：一级指标分值与三级指标分值为同一100分的两级分解，不重复计算。", 5)
    return b


@variant(
    "fq06-arrowhead-wrong-tier2",
    (5, 11),
    "project, OLD-NAT, abbreviated tier labels (产出, 数量): a survival rate under 时效, a cost "
    "under 数量, a 反向 disease rate with ≥",
)
def fq06() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="雁汊村慈姑套种项目", dept=DEPT, unit="雁汊村股份经济合作社",
                 money=one_year(20, 16, 4), goals=["套种慈姑80亩，带动农户25户增收。"])  # fmt: skip
    rows = [
        ("产出", "数量", "慈姑套种面积", "≥80亩"),
        (None, None, "亩均栽植成本",
         mk("≤0.2万元/亩", "F201", "warning", row=True, note="成本指标填在数量下")),
        (None, "质量", "慈姑商品率", "≥85%"),
        (None, "时效", "种苗成活率",
         mk("≥90%", "F201", "warning", row=True, note="质量指标填在时效下")),
        (None, None, "套种完成时间", "6月30日前"),
        (None, "成本", "种苗采购单价", "≤1.2元/株"),
        ("效益", "经济效益", "户均增收", "≥1800元"),
        (None, "生态效益", "慈姑病害发生率",
         mk("≥5%", "T108", "warning", row=True, note="反向指标写成≥")),
        ("满意度", "服务对象满意度", "农户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    return b
