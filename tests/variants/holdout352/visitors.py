"""Tourist numbers, safety incidents and online bookings of self-drive and RV tourism: ux13–ux18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout352.common import (
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout352.registry import variant
from tests.variants.kit import Book, day, mk, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
SCORED = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant(
    "ux13-booking-three-years",
    (8, 10),
    "three-year project, NAT-2021, 中期 and 年度 columns: annual counts below the period, "
    "rates and unit costs equal, a share raised in 百分点 (correct)",
)
def ux13() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="房车营地线上预订服务平台建设项目", dept="槐岭市文化广电旅游局（304）",
        unit="槐岭市旅游信息中心", money=multi_year((900, 750, 150), (300, 250, 50)), years=3,
        attr="新增项目",
        goals=["三年内接入房车营地60个，线上预订订单量累计30万单以上。",
               "本年度平台上线，接入营地25个，线上预订订单8万单以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "平台接入营地", "≥60个", "≥25个"),
        (None, None, "线上预订订单量", "≥30万单", "≥8万单"),
        (None, "质量指标", "订单退款处理及时率", "≥95%", "≥95%"),
        (None, "时效指标", "平台上线时间", "2025年9月30日前", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单个营地接入补助标准", "≤3万元/个", "≤3万元/个"),
        (None, None, "平台运维费用", "≤180万元", "≤60万元"),
        ("效益指标", "经济效益指标", "线上预订占营地订单比重", "提高≥10百分点", "提高≥3百分点"),
        (None, "社会效益指标", "自驾游客线上服务", "≥90万人次", "≥25万人次"),
        ("满意度指标", "服务对象满意度指标", "平台用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "郁思远", "0745-3387521", day(YEAR - 1, 11, 15))
    return b


@variant(
    "ux14-visitor-count-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied from the "
    "中期 column, one annual count above its period count",
)
def ux14() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="自驾游客流量监测预警系统项目", dept="澄源县文化和旅游局（513）",
        unit="澄源县旅游公共服务中心", money=multi_year((260, 220, 40), (150, 130, 20)), years=2,
        goals=["两年内建成游客量监测点40个，实现重点景区和营地客流实时监测预警。",
               "本年度建成首批监测点，开展客流预警和统计人员培训。"],
    )  # fmt: skip
    cp = "cumulative count copied from the 中期 column of a two-year project"
    indicators(s, TWO, [
        ("产出指标", "数量指标", "游客量监测点建设", "≥40个",
         mk("≥40个", "D202", "warning", note=cp)),
        (None, None, "发布客流预警信息", "≥300次", mk("≥300次", "D202", "warning", note=cp)),
        (None, None, "景区统计人员培训", "≥300人次",
         mk("≥360人次", "D201", "error", note="annual 360 above the period's 300")),
        (None, "质量指标", "客流数据准确率", "≥95%", "≥95%"),
        (None, "时效指标", "监测点建成时间", "2026年6月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个监测点建设成本", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "社会效益指标", "高峰日景区拥堵时长下降率", "≥20%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邵望舒", "0738-2241673", day(YEAR - 1, 12, 10))
    return b


@variant(
    "ux15-safety-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
    "0起 on an incident count, a 知晓率 raised in 百分点 (correct)",
)
def ux15() -> Book:
    b, s = book("绩效目标")
    project_head(
        s, year=YEAR, name="自驾游道路安全救援保障项目", dept="鹊山区应急管理局（122）",
        unit="鹊山区道路应急救援中心", money=one_year(110, 90, 20),
        goals=["设置道路救援服务站点8个，开展应急演练12场，杜绝较大及以上自驾游安全事故。"],
    )  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", 50, "数量指标", "自驾游安全应急演练", "≥12场", 10),
        (None, None, None, "道路救援服务站点", "≥8个", 10),
        (None, None, "质量指标", "救援车辆完好率", "≥95%", 10),
        (None, None, "时效指标", "道路救援响应到场时间", "≤45分钟", 10),
        (None, None, None, "安全隐患整改完成时间", "2025年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "每场应急演练成本", "≤2万元/场", 10),
        ("效益指标", 30, "社会效益指标", "较大及以上自驾游安全事故", "0起", 10),
        (None, None, None, "自驾游客安全知识知晓率", "提高≥5百分点", 10),
        (None, None, "可持续影响指标", "道路救援联动机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "自驾游客满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "骆清和", "0731-8805276", day(YEAR - 1, 11, 27))
    return b


@variant(
    "ux16-booking-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 score column against indicator scores: 产出 declared 50, its "
    "indicators add to 45; a 覆盖率 given as a count",
)
def ux16() -> Book:
    b, s = book("绩效目标")
    project_head(
        s, year=YEAR, name="房车营地线上预订服务运营项目", dept="石湾旗文化旅游体育局（208）",
        unit="石湾旗旅游服务中心", money=one_year(80, 70, 10),
        goals=["运营房车营地线上预订服务，入驻营地30个以上，提升线上预订体验。"],
    )  # fmt: skip
    tier = mk(50, "W103", "error", note="产出 declared 50, indicators 10 + 10 + 10 + 15 = 45")
    indicators(s, SCORED, [
        ("产出指标", tier, "数量指标", "线上预订营地入驻", "≥30个", 10),
        (None, None, None, "预订服务热线坐席", "≥6个", 10),
        (None, None, "质量指标", "订单信息准确率", "≥99%", 10),
        (None, None, "时效指标", "退订退款办理时限", "≤3个工作日", 15),
        ("成本指标", 10, "经济成本指标", "平台年度运维费用", "≤25万元", 10),
        ("效益指标", 30, "经济效益指标", "带动营地线上预订收入", "≥500万元", 15),
        (None, None, "社会效益指标", "线上预订服务覆盖率",
         mk("20个", "T105", "error", note="a 覆盖率 needs a percentage"), 15),
        ("满意度指标", 10, "服务对象满意度指标", "预订用户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="indicator points add to 95: the same shortfall seen in total")  # fmt: skip
    sign(s, "那日苏", "0477-6619483", day(YEAR - 1, 12, 4))
    return b


@variant(
    "ux17-booking-export",
    (1, 12, 7),
    "budget-system export: money lines with codes on sheet 05-1, the indicator table on sheet "
    "05-2 with codes in the first columns, header on the third row, typed percent cells (correct)",
)
def ux17() -> Book:
    b, s = book("部门项目支出预算05-1", (20, 28, 24, 14, 14, 14))
    code, name = "3307252025000031", "景区分时预约与客流监测平台"
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：槐岭市旅游信息中心", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出经济分类", "合计", "财政拨款", "其他资金")
    s.row(code, name, "委托业务费", w(48), w(48), w(0))
    s.row(code, name, "信息网络及软件购置更新", w(72), w(60), w(12))
    s.row(code, name, "专用设备购置", w(30), w(30), w(0))
    s.row("合计", None, None, w(150), w(138), w(12))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 26, 12, 16, 26, 8, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：槐岭市旅游信息中心", merge=[(1, 8)])
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标",
          "运算符", "指标值", "度量单位")  # fmt: skip
    for line in [
        ("产出指标", "数量指标", "接入分时预约景区", "≥", 18, "个"),
        ("产出指标", "数量指标", "客流监测点位", "≥", 60, "个"),
        ("产出指标", "质量指标", "景区分时预约接入率", "≥", pct(0.9), "%"),
        ("产出指标", "质量指标", "客流数据准确率", "≥", pct(0.985, "0.0%"), "%"),
        ("产出指标", "时效指标", "平台上线时间", "≤", day(YEAR, 6, 30), None),
        ("成本指标", "经济成本指标", "平台开发费用", "≤", 72, "万元"),
        ("效益指标", "社会效益指标", "节假日景区预约入园比例", "≥", pct(0.8), "%"),
        ("效益指标", "可持续影响指标", "平台持续运行年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ]:
        t.row(code, name, *line)
    return b


@variant(
    "ux18-parking-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column, money detail lines below the table: a completion date "
    "stored as a serial in a text cell, an amount stored as text with a separator, lines not "
    "adding to their 合计",
)
def ux18() -> Book:
    b, s = book()
    serial = mk("46022", "X104", "warning", note="text serial of 2025-12-31")
    project_head(
        s, year=YEAR, name="旅游集散中心房车停车场扩容项目", dept="澄源县交通运输局（512）",
        unit="澄源县旅游集散中心", money=one_year(1680, 1500, 180), end=serial,
        goals=["扩建房车停车位150个，配套智慧票务与安全监控，提升自驾车辆接待能力。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "扩建房车停车位", "≥150个"),
        (None, None, "智慧票务闸机", "≥12台"),
        (None, "质量指标", "停车场工程验收合格率", "=100%"),
        (None, "时效指标", "项目完工时间", "2025年12月31日前"),
        (None, "成本指标", "单个房车停车位建设成本", "≤7万元/个"),
        ("效益指标", "社会效益指标", "集散中心年接待自驾车辆", "≥4万辆次"),
        ("满意度指标", "服务对象满意度指标", "自驾游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细（万元）")
    s.row("序号", "明细项目", "金额", "测算依据")
    text = mk("1,050.00", "X103", "warning", note="amount stored as text with a separator")
    s.row(1, "房车停车位扩建", text, "150个×7万元/个")
    s.row(2, "游客中心智慧票务系统", w(380), "闸机12台及票务软件")
    s.row(3, "停车场安全监控", w(260), "50路×5万元/路")
    total = mk(w(1680), "B102", "error", alt=("B101",), note="1050 + 380 + 260 = 1690 ≠ 1680")
    s.row("合计", None, total, None)
    notes(s, "注：停车场安全监控按50路测算。", width=4)
    sign(s, "苗知远", "0738-2260479", day(YEAR - 1, 12, 15))
    return b
