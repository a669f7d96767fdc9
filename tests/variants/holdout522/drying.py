"""Raisin drying houses (晾房): percent cells, stacked projects, decorated tier labels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout522.common import AGRI, TIERS3, YEAR, annual, book, indicators, wan
from tests.variants.holdout522.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEADER = (*TIERS3, "比较符", "指标值", "计量单位")
ONE_HEADER = (*TIERS3, "指标值")


@variant("bl01-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, percentages "
         "typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def bl01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="红柳湾乡葡萄干晾房提质改造项目", dept=AGRI,
                 unit="苜蓿泉县红柳湾乡人民政府", money=annual(260, 220, 40),
                 goals=["改造旧晾房150座，新建标准化晾房40座，提高葡萄干晾制品质。"])  # fmt: skip
    indicators(s, OP_HEADER, [
        ("产出指标", "数量指标", "改造旧晾房数量", "≥", 150, "座"),
        (None, None, "新建标准化晾房数量", "≥", 40, "座"),
        (None, "质量指标", "晾房竣工验收合格率", "=", pct(1), "%"),
        (None, None, "晾房通风改造达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改造工程按期完工率", "≥", pct(0.95), "%"),
        (None, "成本指标", "旧晾房单座改造补助", "≤", 0.8, "万元/座"),
        (None, None, "新建晾房单座补助", "≤", 3, "万元/座"),
        ("效益指标", "经济效益指标", "晾制葡萄干户均增收", "≥", 2500, "元"),
        (None, "社会效益指标", "受益种植户数", "≥", 420, "户"),
        (None, "可持续影响指标", "晾房设计使用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("bl02-percent-wrong", (1, 11), "project, OLD-NAT, operator and unit columns, percent "
         "cells: a pass rate typed as 105%, a 反向 mould rate with ≥")  # fmt: skip
def bl02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="沙枣墩乡晾房防尘通风设施配套项目", dept=AGRI,
                 unit="苜蓿泉县沙枣墩乡人民政府", money=annual(96, 80, 16),
                 goals=["为120座晾房配套防尘网和通风窗，降低葡萄干霉变和沙尘污染。"])  # fmt: skip
    indicators(s, OP_HEADER, [
        ("产出指标", "数量指标", "配套防尘网晾房数量", "≥", 120, "座"),
        (None, "质量指标", "防尘设施安装验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率以100%为上限，105%不可能"), "%"),
        (None, "时效指标", "设施安装按期完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单座晾房配套成本", "≤", 0.75, "万元/座"),
        ("效益指标", "经济效益指标", "葡萄干晾制霉变率",
         mk("≥", "T108", "warning", row=True, note="霉变率是反向指标，应为≤"), pct(0.03), "%"),
        (None, "生态效益指标", "晾房周边沙尘沉降减少", "≥", 20, "吨"),
        (None, "可持续影响指标", "防尘设施使用年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "晾房户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("bl03-stacked-two", (2,), "two drying-house projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator names with different values (correct)")  # fmt: skip
def bl03() -> Book:
    b, s = book("晾房项目")
    project_head(s, year=YEAR, name="胡杨渠村晾房集中区建设项目", dept=AGRI,
                 unit="苜蓿泉县胡杨渠村村民委员会", money=annual(150, 130, 20),
                 goals=["在胡杨渠村建设晾房集中区，新建晾房45座。"])  # fmt: skip
    indicators(s, ONE_HEADER, [
        ("产出指标", "数量指标", "新建晾房数量", "≥45座"),
        (None, "质量指标", "晾房竣工验收合格率", "=100%"),
        (None, "时效指标", "晾房建设完成时间", "2025年9月30日前"),
        (None, "成本指标", "单座晾房建设补助", "≤3万元/座"),
        ("效益指标", "经济效益指标", "集中区葡萄干年晾制量", "≥900吨"),
        (None, "可持续影响指标", "晾房设计使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="土墩子村旧晾房加固项目", dept=AGRI, title="",
                 unit="苜蓿泉县土墩子村村民委员会", money=annual(72, 60, 12),
                 goals=["加固土坯旧晾房90座，消除坍塌隐患。"])  # fmt: skip
    indicators(s, ONE_HEADER, [
        ("产出指标", "数量指标", "加固旧晾房数量", "≥90座"),
        (None, "质量指标", "晾房竣工验收合格率", "≥98%"),
        (None, "时效指标", "晾房建设完成时间", "2025年6月30日前"),
        (None, "成本指标", "单座晾房加固补助", "≤0.8万元/座"),
        ("效益指标", "社会效益指标", "消除坍塌隐患晾房", "≥90座"),
        (None, "可持续影响指标", "加固后使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("bl04-stacked-defects", (2, 12), "two drying-house projects stacked, OLD-NAT, one value "
         "column: the second project's money does not add up, a rate given as a count")  # fmt: skip
def bl04() -> Book:
    b, s = book("晾房项目")
    project_head(s, year=YEAR, name="阿克墩片区晾房电力配套项目", dept=AGRI,
                 unit="苜蓿泉县阿克墩片区管委会", money=annual(64, 54, 10),
                 goals=["为阿克墩片区80座晾房接通照明和风机电源。"])  # fmt: skip
    indicators(s, ONE_HEADER, [
        ("产出指标", "数量指标", "接通电源晾房数量", "≥80座"),
        (None, "质量指标", "线路验收合格率", "=100%"),
        (None, "时效指标", "线路接通完成时间", "2025年7月15日前"),
        (None, "成本指标", "单座晾房电力配套成本", "≤0.7万元/座"),
        ("效益指标", "经济效益指标", "风机辅助晾制缩短周期", "≥5天"),
        (None, "可持续影响指标", "线路运行维护责任落实", "到位"),
        ("满意度指标", "服务对象满意度指标", "晾房户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(90), "B101", "error", note="年度资金总额90万元≠财政拨款60万元+其他资金20万元")
    project_head(s, year=YEAR, name="阿克墩片区晾房挂架更新项目", dept=AGRI, title="",
                 unit="苜蓿泉县阿克墩片区管委会", money=annual(total, 60, 20),
                 goals=["为200座晾房更换钢制挂架，减少葡萄串落地损耗。"])  # fmt: skip
    indicators(s, ONE_HEADER, [
        ("产出指标", "数量指标", "更换钢制挂架晾房数量", "≥200座"),
        (None, "质量指标", "晾房挂架配套率",
         mk("≥300套", "T105", "error", note="配套率是比率，指标值却是套数")),
        (None, "时效指标", "挂架更换完成时间", "2025年8月10日前"),
        (None, "成本指标", "单座晾房挂架成本", "≤0.4万元/座"),
        ("效益指标", "经济效益指标", "葡萄串落地损耗率", "≤2%"),
        (None, "可持续影响指标", "挂架使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "晾房户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bl05-points-labels", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（40分）, （一）数量指标) and an indicator score column both adding to 100, "
         "rate changes in 百分点 (correct)")  # fmt: skip
def bl05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="苜蓿泉县钢架晾房示范项目", dept=AGRI,
                 unit="苜蓿泉县特色林果服务中心", money=annual(180, 150, 30),
                 goals=["建设钢架结构示范晾房60座，提高葡萄干优级品比例。"])  # fmt: skip
    indicators(s, (*TIERS3, "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "新建钢架结构晾房", "≥60座", 10),
        (None, None, "配套晾房防尘网", "≥60套", 5),
        (None, "（二）质量指标", "晾房竣工验收合格率", "≥98%", 10),
        (None, None, "葡萄干优级品比例提高幅度", "≥5百分点", 5),
        (None, "（三）时效指标", "晾房建设完成时间", "2025年10月31日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "单座晾房建设成本", "≤2.5万元/座", 10),
        (None, "（二）生态环境成本指标", "施工扬尘投诉次数", "≤2次", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "葡萄干晾制损耗率降低", "≥3百分点", 10),
        (None, "（二）社会效益指标", "带动当地务工", "≥200人次", 10),
        (None, "（三）可持续影响指标", "晾房设计使用年限", "≥20年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("bl06-template-wrong-parent", (5, 6, 13), "project, NAT-2021, labels with * and "
         "abbreviated tier-2s: a 社会效益 block under 产出, a 时效 row left from the template, a "
         "value without a name")  # fmt: skip
def bl06() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="沙枣墩乡晾房新建与改造项目", dept=AGRI,
                 unit="苜蓿泉县沙枣墩乡人民政府", money=annual(320, 280, 40),
                 goals=["新建晾房80座、改造旧晾房120座，带动种植户增收。"])  # fmt: skip
    indicators(s, ONE_HEADER, [
        ("*产出指标", "数量", "新建标准化晾房", "≥80座"),
        (None, None, "改造旧晾房", "≥120座"),
        (None, "质量", "晾房通风达标率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="有指标值≥90%却没有三级指标名称"), "≥90%"),
        (None, mk("时效", "F109", "warning", row=True, note="模板留下的二级指标，没有指标和值"),
         None, None),
        (None, mk("社会效益", "F105", "error", note="社会效益指标应属效益指标，不在产出指标下"),
         "带动种植户增收户数", "≥600户"),
        ("*成本指标", "经济成本", "单座晾房建设补助", "≤1.5万元/座"),
        ("*效益指标", "经济效益", "晾制葡萄干户均增收", "≥3000元"),
        (None, "可持续影响", "晾房设计使用年限", "≥15年"),
        ("*满意度指标", "服务对象满意度", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b
