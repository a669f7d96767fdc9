"""莲藕 returns of the 523rd held-out set: percent cells, 中期 and 年度, points at two levels."""

from __future__ import annotations

from tests.variants.holdout523.common import one_year, project, start, table, wan
from tests.variants.holdout523.registry import variant
from tests.variants.kit import Book, mk, pct

OPCOLS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
UNIT = "蒲汀县水生蔬菜技术推广站"


@variant("bm01-lotus-pct-cells", (1,), "project, OLD-NAT, 指标性质 as operator column, unit "
         "column, percent cells, 万元 in the number format (correct)")  # fmt: skip
def bm01() -> Book:
    b, s = start()
    project(
        s,
        "荇湾乡浅水藕田提质改造项目",
        "荇湾乡人民政府",
        one_year(86, 70, 16),
        ["改造浅水藕田320亩，清淤进排水渠4.6公里，改造藕田亩均增收1200元以上。"],
    )
    table(s, OPCOLS, [
        ("产出指标", "数量指标", "浅水藕田改造面积", "≥", 320, "亩"),
        (None, None, "进排水渠清淤长度", "≥", 4.6, "公里"),
        (None, "质量指标", "改造藕田验收合格率", "≥", pct(0.95), "%"),
        (None, None, "种藕腐败病发生率", "≤", pct(0.05), "%"),
        (None, "时效指标", "种藕下田及时率", "≥", pct(0.98), "%"),
        (None, "成本指标", "每亩改造补助标准", "≤", 0.25, "万元/亩"),
        ("效益指标", "经济效益指标", "改造藕田亩均增收", "≥", 1200, "元"),
        (None, "生态效益指标", "藕田化肥使用量增长率", "≤", pct(0), "%"),
        (None, "可持续影响指标", "藕田设施管护制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("bm02-lotus-rate-wrong", (1, 11), "project, OLD-NAT, operator column and percent "
         "cells: a survival rate over 100 %, a 反向 disease rate with ≥")  # fmt: skip
def bm02() -> Book:
    b, s = start()
    project(
        s,
        "鹭塘村藕带种苗繁育基地建设项目",
        "鹭塘村股份经济合作社",
        one_year(48, 40, 8),
        ["建成藕带种苗繁育基地60亩，供应脱毒种藕18万株，带动周边种植户160户。"],
    )
    table(s, OPCOLS, [
        ("产出指标", "数量指标", "繁育基地建设面积", "≥", 60, "亩"),
        (None, None, "脱毒种藕供应量", "≥", 18, "万株"),
        (None, "质量指标", "脱毒种藕移栽成活率", "≥",
         mk(pct(1.02), "T106", "error", row=True, note="≥102%: a 成活率 stops at 100%"), "%"),
        (None, None, "基地藕株病虫害发生率", "≥",
         mk(pct(0.03), "T108", "warning", row=True, note="a 发生率 is 反向: ≤"), "%"),
        (None, None, "藕腐病发病下降率", "≥", pct(0.1), "%"),
        (None, "成本指标", "每亩基地建设成本", "≤", 0.7, "万元/亩"),
        ("效益指标", "社会效益指标", "带动种植户数", "≥", 160, "户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


def multi_money(period: tuple[float, float, float], year: tuple[float, float, float]) -> list[
        tuple[object, ...]]:  # fmt: skip
    """Money rows of a multi-year project: 中期 on the left, 年度 on the right."""
    return [("中期资金总额", wan(period[0]), "年度资金总额", wan(year[0])),
            ("其中：财政拨款", wan(period[1]), "其中：财政拨款", wan(year[1])),
            ("其他资金", wan(period[2]), "其他资金", wan(year[2]))]  # fmt: skip


PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("bm03-lotus-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns, counts split by year, rates and unit cost equal in both (correct)")  # fmt: skip
def bm03() -> Book:
    b, s = start()
    goals = ["三年内建成藕虾共作示范片900亩，示范片亩均效益提高30%以上。",
             "2025年建成藕虾共作示范片300亩，完成种植户培训240人次。"]  # fmt: skip
    project(
        s,
        "澄菱镇藕虾共作示范片建设项目",
        "澄菱镇农业综合服务中心",
        multi_money((270, 240, 30), (90, 80, 10)),
        goals,
        years=3,
    )
    table(s, PERIOD, [
        ("成本指标", "经济成本指标", "示范片每亩建设成本", "≤0.3万元/亩", "≤0.3万元/亩"),
        ("产出指标", "数量指标", "藕虾共作示范片面积", "≥900亩", "≥300亩"),
        (None, None, "种植户技术培训", "≥700人次", "≥240人次"),
        (None, "质量指标", "示范片验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务按期完成率", "=100%", "=100%"),
        ("效益指标", "经济效益指标", "示范片亩均效益提高", "≥30%", "≥10%"),
        (None, "生态效益指标", "示范片农药使用量下降率", "≥20%", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "参与种植户满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    return b


@variant("bm04-lotus-multi-year-copied", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied, a count copied, a count above its period")  # fmt: skip
def bm04() -> Book:
    b, s = start()
    text = "两年内建成深水藕标准化基地600亩，培训种植户500人次，亩产提高15%。"
    goals = [text, mk(text, "D204", "warning", note="two-year project: 年度目标 = 中期目标")]
    project(
        s,
        "苇湾镇深水藕标准化基地建设项目",
        "苇湾镇人民政府",
        multi_money((180, 150, 30), (90, 75, 15)),
        goals,
        years=2,
    )
    table(s, PERIOD, [
        ("成本指标", "经济成本指标", "基地每亩建设成本", "≤0.15万元/亩", "≤0.15万元/亩"),
        ("产出指标", "数量指标", "深水藕标准化基地面积", "≥600亩",
         mk("≥600亩", "D202", "warning", note="cumulative area copied from 中期")),
        (None, None, "种植户技术培训", "≥500人次",
         mk("≥520人次", "D201", "error", note="annual count above the two-year count")),
        (None, "质量指标", "基地验收合格率", "≥95%", "≥95%"),
        ("效益指标", "经济效益指标", "深水藕亩产提高", "≥15%", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("bm05-lotus-points", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def bm05() -> Book:
    b, s = start()
    project(
        s,
        "荇湾乡莲藕采后清洗分级线建设项目",
        "荇湾乡莲藕产业协会",
        one_year(64, 54, 10),
        ["建成莲藕清洗分级线2条，年处理鲜藕2400吨，商品藕率提高5个百分点。"],
    )
    table(s, POINTS, [
        ("产出指标", 40, "数量指标", "清洗分级线建成数量", "≥2条", 15),
        (None, None, None, "年处理鲜藕量", "≥2400吨", 10),
        (None, None, "质量指标", "设备验收合格率", "=100%", 10),
        (None, None, "时效指标", "分级线投产时间", "2025年9月30日前", 5),
        ("成本指标", 20, "经济成本指标", "每条分级线建设成本", "≤32万元", 20),
        ("效益指标", 30, "经济效益指标", "商品藕率提高", "≥5百分点", 15),
        (None, None, "社会效益指标", "带动务工人数", "≥40人", 15),
        ("满意度指标", 10, "服务对象满意度指标", "入线种植户满意度", pct(0.92), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("bm06-lotus-points-wrong", (10,), "project, NAT-2021, tier-1 score column against "
         "the indicator scores under it: two tier scores off")  # fmt: skip
def bm06() -> Book:
    b, s = start("绩效目标")
    project(
        s,
        "鹭塘村莲藕冷链暂存库建设项目",
        "鹭塘村股份经济合作社",
        one_year(55, 45, 10),
        ["建成莲藕冷链暂存库1座（库容300吨），鲜藕损耗率降至5%以下。"],
    )
    table(s, POINTS, [
        ("产出指标", mk(45, "W103", "error", note="declared 45, indicators 15 + 15 + 10 = 40"),
         "数量指标", "冷链暂存库建成数量", "=1座", 15),
        (None, None, None, "暂存库库容", "≥300吨", 15),
        (None, None, "质量指标", "工程验收合格率", "=100%", 10),
        ("成本指标", 20, "经济成本指标", "暂存库建设成本", "≤55万元", 20),
        ("效益指标", mk(25, "W103", "error", note="declared 25, indicators 20 + 10 = 30"),
         "经济效益指标", "鲜藕损耗率", "≤5%", 20),
        (None, None, "可持续影响指标", "暂存库运行年限", "≥10年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
