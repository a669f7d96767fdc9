"""Returns uo07–uo12: engineering works (滑坡 and 崩塌 治理工程) and households relocated."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout343.common import (
    BEN,
    COST,
    ECO,
    ENV,
    ENVC,
    NUM,
    OUT,
    QUA,
    SAT,
    SATS,
    SOC,
    SUS,
    TIM,
    YEAR,
    book,
    multi_year,
    note,
    one_year,
    signatures,
    tiered,
    w,
)
from tests.variants.holdout343.registry import variant
from tests.variants.kit import Book, day, mk

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("uo07-works-multiyear", (8,),
         "three-year 滑坡治理 project, NAT-2021, 中期 and 年度 columns, annual counts below the "
         "period counts, rates and unit costs equal (correct)")  # fmt: skip
def uo07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="岩屏县重大滑坡隐患综合治理工程",
                 dept="岩屏县自然资源局（312008）", unit="岩屏县地质灾害防治中心",
                 money=multi_year((w(2400), w(2200), w(200)), (w(900), w(820), w(80))),
                 goals=["三年完成9处重大滑坡隐患治理，保护3600名群众。",
                        "2025年完成3处滑坡治理，保护1300名群众。"])  # fmt: skip
    tiered(s, TWO, [
        (OUT, NUM, "完成滑坡治理工程", "≥9处", "≥3处"),
        (None, None, "新建抗滑桩", "≥420根", "≥150根"),
        (None, None, "新建截排水沟", "≥6.3公里", "≥2.1公里"),
        (None, QUA, "工程竣工验收合格率", "=100%", "=100%"),
        (None, TIM, "工程完工时间", "2027年12月31日前", "2025年12月31日前"),
        (COST, ECO, "单处治理工程平均成本", "≤260万元/处", "≤260万元/处"),
        (None, ENVC, "施工临时占用林地", "≤12亩", "≤4亩"),
        (BEN, SOC, "受保护群众人数", "≥3600人", "≥1300人"),
        (None, ENV, "治理区植被恢复率", "≥85%", "≥85%"),
        (None, SUS, "治理工程设计使用年限", "≥50年", "≥50年"),
        (SAT, SATS, "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signatures(s, "罗清远", "0871-6632 4180", day(YEAR - 1, 10, 30))
    return b


@variant("uo08-works-multiyear-copied", (8,),
         "two-year 崩塌治理 project, NAT-2021, 中期 and 年度 columns: two cumulative counts "
         "copied into the annual column, one annual count above its period count")  # fmt: skip
def uo08() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=2, name="雾岭市城区崩塌危岩体排危除险工程",
                 dept="雾岭市自然资源和规划局（205011）", unit="雾岭市地质灾害防治中心",
                 money=multi_year((w(1500), w(1400), w(100)), (w(800), w(750), w(50))),
                 goals=["两年清除14处危岩体，城区崩塌威胁基本消除。",
                        "2025年清除8处危岩体，完成主城区防护网建设。"])  # fmt: skip
    tiered(s, TWO, [
        (OUT, NUM, "清除崩塌危岩体", "≥14处",
         mk("≥14处", "D202", "warning", note="两年累计数照抄到年度列")),
        (None, None, "新建主动防护网", "≥18000平方米",
         mk("≥18000平方米", "D202", "warning", note="两年累计数照抄到年度列")),
        (None, None, "新建被动防护网", "≥2600米",
         mk("≥3100米", "D201", "error", note="年度 3100 米超过两年合计 2600 米")),
        (None, QUA, "工程竣工验收合格率", "=100%", "=100%"),
        (None, TIM, "工程完工时间", "2026年11月30日前", "2025年11月30日前"),
        (COST, ECO, "单处排危除险平均成本", "≤55万元/处", "≤55万元/处"),
        (BEN, SOC, "受保护城区居民", "≥5200人", "≥3000人"),
        (None, SUS, "防护工程设计使用年限", "≥30年", "≥30年"),
        (SAT, SATS, "受益居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signatures(s, "钟慕岚", "0874-3125 6097", day(YEAR - 1, 11, 5))
    return b


PTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("uo09-relocation-points", (10, 5),
         "避险搬迁 project, NAT-2021, numbered tier labels, a tier-1 score column and an "
         "indicator score column (100 both ways), a rate change in 百分点 (correct)")  # fmt: skip
def uo09() -> Book:
    b, s = book(widths=(16, 10, 18, 30, 18, 10))
    project_head(s, year=YEAR, name="地质灾害避险搬迁安置", dept="岩屏县自然资源局（312008）",
                 unit="岩屏县地质灾害防治中心", money=one_year(w(800), w(760), w(40)),
                 goals=["搬迁126户受滑坡威胁农户，建成3个集中安置点。"])  # fmt: skip
    tiered(s, PTS, [
        ("一、产出指标", 40, "（一）数量指标", "1.搬迁受威胁农户", "≥126户", 10),
        (None, None, None, "2.建成集中安置点", "≥3个", 10),
        (None, None, "（二）质量指标", "3.安置房竣工验收合格率", "=100%", 10),
        (None, None, "（三）时效指标", "4.搬迁户入住时间", "2025年11月30日前", 10),
        ("二、成本指标", 20, "（一）经济成本指标", "5.户均搬迁补助标准", "≤6万元/户", 10),
        (None, None, "（二）社会成本指标", "6.搬迁群众投诉率", "≤2%", 10),
        ("三、效益指标", 30, "（一）社会效益指标", "7.受威胁人口减少", "≥480人", 15),
        (None, None, "（二）可持续影响指标", "8.就业帮扶覆盖率比上年", "提高≥5百分点", 15),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "9.搬迁群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    note(s, "注：一级分值与指标分值为同一总分的两种写法，合计均为100分。")
    signatures(s, "彭书砚", "0871-6632 4215", day(YEAR - 1, 11, 12))
    return b


@variant("uo10-relocation-points-wrong", (10,),
         "避险搬迁 project, NAT-2021, tier-1 score column against the indicator scores under "
         "it (two tiers off), a satisfaction target above 100 %")  # fmt: skip
def uo10() -> Book:
    b, s = book(widths=(16, 10, 18, 30, 18, 10))
    project_head(s, year=YEAR, name="崩塌威胁户避险搬迁", dept="雾岭市自然资源和规划局（205011）",
                 unit="雾岭市地质灾害防治中心", money=one_year(w(450), w(450), w(0)),
                 goals=["搬迁75户受崩塌威胁住户，年内完成安置。"])  # fmt: skip
    tiered(s, PTS, [
        ("一、产出指标", mk(40, "W103", "error", note="10+10+15 = 35，不是 40"),
         "（一）数量指标", "1.搬迁受威胁住户", "≥75户", 10),
        (None, None, "（二）质量指标", "2.安置房质量验收合格率", "=100%", 10),
        (None, None, "（三）时效指标", "3.搬迁安置完成时间", "2025年12月31日前", 15),
        ("二、成本指标", 20, "（一）经济成本指标", "4.户均搬迁补助标准", "≤6万元/户", 20),
        ("三、效益指标", mk(30, "W103", "error", note="20+15 = 35，不是 30"),
         "（一）社会效益指标", "5.受威胁人口减少", "≥260人", 20),
        (None, None, "（二）可持续影响指标", "6.搬迁户返迁率", "≤1%", 15),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "7.搬迁群众满意度",
         mk("≥100%", "T106", "error", note="满意度不能超过 100%"), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signatures(s, "葛云舟", "0874-3125 6620", day(YEAR - 1, 11, 26))
    return b


OLDHEAD = ("一级指标", "二级指标", "三级指标", "绩效目标值")


@variant("uo11-works-money", (12,),
         "project, OLD-NAT, header 绩效目标值, a budget detail block under the table adding up to "
         "the annual total, a footnote explaining the total (correct)")  # fmt: skip
def uo11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="峒溪镇崩滑体排危除险工程", dept="岩屏县自然资源局（312008）",
                 unit="岩屏县峒溪镇人民政府", money=one_year(w(520), w(480), w(40)),
                 goals=["完成6处崩滑体排危除险，消除850名群众的地质灾害威胁。"])  # fmt: skip
    tiered(s, OLDHEAD, [
        (OUT, NUM, "完成排危除险工程", "≥6处"),
        (None, None, "清理崩滑堆积体", "≥3.2万立方米"),
        (None, QUA, "工程竣工验收合格率", "=100%"),
        (None, TIM, "工程完工时间", "2025年10月31日前"),
        (None, COST, "单处排危除险工程平均成本", "≤68万元/处"),
        (BEN, SOC, "受保护群众人数", "≥850人"),
        (None, ENV, "治理区边坡复绿面积", "≥12000平方米"),
        (None, SUS, "工程后期管护责任落实", "到位"),
        (SAT, SATS, "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    top = s.r
    for item, amount in (("勘查设计费", 38), ("工程施工费", 412), ("工程监理费", 22),
                         ("施工期监测费", 18), ("验收及其他费用", 30), ("合计", 520)):  # fmt: skip
        s.row(None, item, None, w(amount), merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    note(s, "注：明细合计520万元即年度资金总额，其中其他资金40万元为镇级自筹。")
    signatures(s, "罗清远", "0871-6632 4180", day(YEAR - 1, 11, 18))
    return b


@variant("uo12-works-money-wrong", (12, 9),
         "project, OLD-NAT, budget detail block: the head total is not 财政拨款 + 其他资金, the "
         "detail lines miss their 合计, a fill date stored as a serial in a text cell")  # fmt: skip
def uo12() -> Book:
    b, s = book()
    money = [("年度资金总额", mk(w(360), "B101", "error", note="300 + 50 = 350，不是 360"),
              "其中：财政拨款", w(300)), ("其他资金", w(50), None, None)]  # fmt: skip
    project_head(s, year=YEAR, name="梧坪乡滑坡截排水工程", dept="雾岭市自然资源和规划局（205011）",
                 unit="雾岭市梧坪乡人民政府", money=money,
                 goals=["完成4处滑坡体截排水和坡面防护，保护520名群众。"])  # fmt: skip
    tiered(s, OLDHEAD, [
        (OUT, NUM, "完成滑坡体截排水工程", "≥4处"),
        (None, None, "新建截排水沟", "≥3.6公里"),
        (None, QUA, "工程竣工验收合格率", "=100%"),
        (None, TIM, "工程完工时间", "2025年9月30日前"),
        (None, COST, "单处截排水工程平均成本", "≤70万元/处"),
        (BEN, SOC, "受保护群众人数", "≥520人"),
        (None, SUS, "工程设计使用年限", "≥30年"),
        (SAT, SATS, "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    top = s.r
    for item, amount in (("勘查设计费", 26), ("工程施工费", 290), ("工程监理费", 18),
                         ("验收及其他费用", 21)):  # fmt: skip
        s.row(None, item, None, w(amount), merge=[(2, 3)])
    s.row(None, "合计", None, mk(w(360), "B102", "error", note="26+290+18+21 = 355，不是 360"),
          merge=[(2, 3)])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    serial = mk("45642", "X104", "warning", note="填报日期是文本里的日期序列号（2024-12-16）")
    signatures(s, "钟慕岚", "0874-3125 6097", serial)
    return b
