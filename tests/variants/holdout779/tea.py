"""Tea-garden upgrading returns (茶园提质改造): kdi01–kdi06."""

from __future__ import annotations

from tests.variants.holdout779.common import (
    NAT,
    PERIOD,
    WAN,
    annual,
    new,
    periodic,
    project,
    sign,
    table,
)
from tests.variants.holdout779.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct


@variant("kdi01-tea-garden-points", (1, 5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator score column, "
         "a 100% typed in Excel, a rate change in 百分点 (correct)")  # fmt: skip
def kdi01() -> Book:
    b, s = new()
    project(s, "2025年岫川县低产茶园提质改造项目", "岫川县茶产业发展中心",
            annual(480, 450, 30, WAN),
            ["对雾岭镇、青檀乡低产茶园实施提质改造3000亩（其中有机肥替代1200亩），"
             "建设茶园生产便道12公里，带动茶农亩均增收800元以上。"])  # fmt: skip
    table(s, (*NAT, "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.低产茶园改造面积", "≥3000亩", 10),
        (None, None, "2.有机肥替代面积", "≥1200亩", 10),
        (None, None, "3.茶园生产便道建设长度", "≥12公里", 5),
        (None, "（二）质量指标", "4.改造茶园验收合格率", pct(1), 5),
        (None, "（三）时效指标", "5.改造任务完成时间", "2025年11月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "6.低产茶园改造亩均补助", "≤1500元/亩", 10),
        (None, None, "7.生产便道每公里建设补助", "≤2.5万元/公里", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "8.茶农亩均增收", "≥800元", 10),
        (None, None, "9.春茶名优茶比例提高", "≥5百分点", 10),
        (None, "（二）生态效益指标", "10.茶园化学农药使用量下降率", "≥10%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "11.受益茶农满意度", "≥90%", 10),
        ("合计", "", "", "", 100),
    ])  # fmt: skip
    sign(s, "邬晓岚", "0798-6632417", day(2024, 11, 12))
    return b


@variant("kdi02-tea-three-year", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: period counts above the "
         "year's, rates equal, a goal preparing for 2028 (correct)")  # fmt: skip
def kdi02() -> Book:
    b, s = new()
    project(s, "岫川县生态茶园建设三年行动（2025—2027年）", "岫川县茶产业发展中心",
            periodic((1350, 1260, 90), (450, 420, 30)),
            ["三年建成生态茶园9000亩，建设茶园物联网监测点30个，培育茶叶区域公用品牌2个，"
             "为2028年申报省级茶叶产业集群积累基础。",
             "2025年建成生态茶园3000亩（其中雾岭镇1800亩、青檀乡1200亩），"
             "建设物联网监测点10个。"], years=3, attr="新增项目")  # fmt: skip
    table(s, PERIOD, [
        ("产出指标", "数量指标", "生态茶园建设面积", "≥9000亩", "≥3000亩"),
        (None, None, "物联网监测点建设数量", "≥30个", "≥10个"),
        (None, "质量指标", "生态茶园建设验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "生态茶园亩均建设补助", "≤1400元/亩", "≤1400元/亩"),
        (None, None, "物联网监测点单点建设成本", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "经济效益指标", "生态茶园亩均产值增长率", "≥8%", "≥8%"),
        (None, "生态效益指标", "茶园土壤有机质含量提高", "≥0.2百分点", "≥0.1百分点"),
        (None, "可持续影响指标", "茶叶区域公用品牌培育数量", "≥2个", "≥1个"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdi03-tea-goal-mismatch", (5, 7),
         "project, NAT-2021, abbreviated tier labels, headers 考核指标 and 目标值（年度）: an area "
         "below the goal's, a deadline in the next year, a quality rate under 时效")  # fmt: skip
def kdi03() -> Book:
    b, s = new()
    goal = ok("完成茶园水肥一体化改造2500亩，新建蓄水池40座，2025年10月底前全部通过验收。",
              "warning", note="the goal side of the D104 and Y102 below")  # fmt: skip
    project(s, "2025年岫川县茶园水肥一体化改造项目", "岫川县茶产业发展中心",
            annual(360, 340, 20), [goal])  # fmt: skip
    table(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出", "数量", "水肥一体化改造面积",
         mk("≥2000亩", "D104", "warning", row=True, note="年度目标 says 2500亩")),
        (None, None, "蓄水池建设数量", "≥40座"),
        (None, "质量", "改造工程验收合格率", "≥95%"),
        (None, "时效", "改造完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("D104", "Y103"),
            note="one-year 2025 project; the goal says 2025年10月底")),
        (None, None, mk("茶青农残抽检合格率", "F201", "warning", row=True,
                        note="a quality rate under 时效"), "≥98%"),
        ("成本", "经济成本", "亩均改造补助", "≤1200元/亩"),
        (None, None, "蓄水池单座建设补助", "≤1万元/座"),
        ("效益", "经济效益", "茶园亩均节本增收", "≥300元"),
        (None, "生态效益", "茶园化肥使用量下降率", "≥20%"),
        ("满意度", "服务对象满意度", "受益茶农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdi04-tea-replanting-period", (8,),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: a period area below the "
         "中期目标, a year's count above the period's, a cumulative count copied")  # fmt: skip
def kdi04() -> Book:
    b, s = new()
    goals = [ok("2025—2026年完成老茶园换种改植6000亩，推广无性系良种8个，建设良种苗圃2处。",
                "warning", note="the goal side of the D104"),
             "2025年完成换种改植3000亩，推广无性系良种5个，建成良种苗圃1处。"]  # fmt: skip
    project(s, "岫川县老茶园换种改植项目（2025—2026年）", "岫川县茶产业发展中心",
            periodic((800, 760, 40), (400, 380, 20)), goals, years=2)  # fmt: skip
    table(s, PERIOD, [
        ("产出指标", "数量指标", "老茶园换种改植面积",
         mk("≥4000亩", "D104", "warning", row=True, note="中期目标 says 6000亩"), "≥3000亩"),
        (None, None, "无性系良种推广数量", "≥8个",
         mk("≥10个", "D201", "error", note="year 10 above the period's 8; goal says 5")),
        (None, None, "良种苗圃建设数量", "≥2处",
         mk("≥2处", "D202", "warning", note="copied from 中期; the 年度目标 says 1处")),
        (None, "质量指标", "改植茶苗成活率", "≥90%", "≥90%"),
        (None, "时效指标", "改植任务完成时间", "2026年4月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "亩均换种改植补助", "≤1200元/亩", "≤1200元/亩"),
        ("效益指标", "可持续影响指标", "无性系良种茶园占比", "≥70%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdi05-tea-stacked", (2, 12),
         "two tea projects stacked in one sheet, NAT-2021, one value column, =100% as text, the "
         "same satisfaction name with different values (correct)")  # fmt: skip
def kdi05() -> Book:
    b, s = new()
    project(s, "岫川县茶叶初制加工厂清洁化改造项目", "岫川县茶产业发展中心",
            annual(200, 180, 20),
            ["完成12家茶叶初制加工厂清洁化改造（电代柴、气代煤），新增清洁化生产线12条。"],
            title="2025年度项目支出绩效目标申报表（一）")  # fmt: skip
    table(s, NAT, [
        ("产出指标", "数量指标", "清洁化改造加工厂数量", "≥12家"),
        (None, None, "新增清洁化生产线", "≥12条"),
        (None, "质量指标", "改造验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "每家加工厂改造补助", "≤15万元/家"),
        ("效益指标", "生态效益指标", "加工环节燃煤使用量下降率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "岫川县茶叶区域公用品牌宣传推介项目", "岫川县茶产业发展中心",
            annual(60, 60, 0),
            ["组织“岫川云雾”茶事推介活动4场（含县内2场），参加省级以上茶博会2次。"],
            title="2025年度项目支出绩效目标申报表（二）")  # fmt: skip
    table(s, NAT, [
        ("产出指标", "数量指标", "茶事推介活动场次", "≥4场"),
        (None, None, "参加省级以上茶博会次数", "≥2次"),
        (None, "时效指标", "推介活动完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单场推介活动费用", "≤8万元/场"),
        (None, None, "单次参展费用", "≤10万元/次"),
        ("效益指标", "经济效益指标", "区域公用品牌茶叶销售额增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("kdi06-tea-stacked-wrong", (2, 12),
         "two tea projects stacked, NAT-2021: the second's money does not add up, its cost "
         "standard × length exceeds its money, its goal keeps last year's deadline")  # fmt: skip
def kdi06() -> Book:
    b, s = new()
    project(s, "岫川县茶园病虫害绿色防控项目", "岫川县植保植检站", annual(150, 140, 10),
            ["推广茶园绿色防控技术2万亩，安装杀虫灯400盏、粘虫板20万张。"],
            title="2025年度项目支出绩效目标申报表（一）")  # fmt: skip
    table(s, NAT, [
        ("产出指标", "数量指标", "绿色防控技术推广面积", "≥2万亩"),
        (None, None, "杀虫灯安装数量", "≥400盏"),
        (None, "质量指标", "杀虫灯完好率", "≥95%"),
        ("成本指标", "经济成本指标", "杀虫灯单盏购置安装费用", "≤0.2万元/盏"),
        ("效益指标", "生态效益指标", "茶园化学农药使用量下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(260), "B101", "error", note="220 + 30 = 250 ≠ 260")
    goal = mk("新建茶园机耕道18公里，2024年12月底前完成路面硬化并交付使用。", "Y103",
              "warning", alt=("Y102", "Y101"), note="2024 left from last year")  # fmt: skip
    project(s, "岫川县茶园机耕道建设项目", "岫川县茶产业发展中心",
            annual(total, 220, 30), [goal],
            title="2025年度项目支出绩效目标申报表（二）")  # fmt: skip
    table(s, NAT, [
        ("产出指标", "数量指标", "茶园机耕道建设长度", "≥18公里"),
        (None, "质量指标", "机耕道工程验收合格率", "≥95%"),
        ("成本指标", "经济成本指标", "机耕道每公里建设补助",
         mk("≤16万元/公里", "B107", "warning", row=True,
            note="18 × 16 = 288万元 above the 260 (or 250) of the block")),
        ("效益指标", "社会效益指标", "受益茶园面积", "≥6000亩"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"),
    ])  # fmt: skip
    return b
