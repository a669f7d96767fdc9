"""Handicraft order-matching platform returns (kbc13–kbc18): second sheet, multi-year, export,
money detail, points, flat list with two value columns."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout721.common import (
    TRADE,
    indicators,
    money_period,
    money_year,
    notes,
    sign,
    start,
    w,
)
from tests.variants.holdout721.registry import variant
from tests.variants.kit import Book, day, mk

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kbc13-platform-second-sheet",
    (4, 7),
    "project: head on 基本信息, indicators on a second sheet under 考核指标 and 预期实现值, "
    "a part count in brackets, 填表说明 and a fill date in the year before (correct)",
)
def kbc13() -> Book:
    b, s = start("基本信息")
    project_head(
        s,
        year=2026,
        name="手工艺品订单对接平台建设",
        dept=f"{TRADE}（321004）",
        unit=f"{TRADE}电子商务股",
        attr="新增项目",
        money=money_year(w(80), w(70), w(10)),
        goals=[
            "建成县级手工艺品订单对接平台，入驻竹编、草编、刺绣等手工艺合作社30家（其中脱贫村"
            "合作社不少于12家），全年对接订单金额不低于600万元。"
        ],
    )
    t = b.sheet("绩效指标")
    t.title("2026年度项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "指标解释"), [
        ("产出指标", "数量指标", "入驻手工艺合作社数量", "≥30家", "含脱贫村合作社"),
        (None, None, "其中：脱贫村手工艺合作社数量", "≥12家", None),
        (None, "质量指标", "平台订单按期交付率", "≥95%", None),
        (None, "时效指标", "平台上线运行时间", "2026年6月30日前", None),
        ("成本指标", "经济成本指标", "平台开发建设费用", "≤45万元", "其余用于运维和推广"),
        ("效益指标", "经济效益指标", "平台对接订单金额", "≥600万元", None),
        (None, "社会效益指标", "带动手工艺从业人员人均增收", "≥3000元", None),
        ("满意度指标", "服务对象满意度指标", "入驻合作社满意度", "≥90%", None),
    ])  # fmt: skip
    notes(
        t,
        "填表说明：1.订单金额以平台交易记录为准；2.指标值须可考核。",
        width=5,
    )
    sign(t, "邝启明", "0873-6247720", day(2025, 11, 25))
    return b


@variant(
    "kbc14-platform-copied-columns",
    (8,),
    "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: 中期目标 text copied into "
    "年度目标, two cumulative counts copied from 中期 into 年度",
)
def kbc14() -> Book:
    b, s = start()
    goal = (
        "建成手工艺品订单对接平台，入驻手工艺合作社60家，带动手工艺人就业900人，"
        "累计对接订单金额2000万元。"
    )
    project_head(
        s,
        year=2026,
        years=3,
        attr="新增项目",
        name="手工艺品订单对接平台三年运营",
        dept=f"{TRADE}（321004）",
        unit=f"{TRADE}电子商务股",
        money=money_period((w(300), w(240), w(60)), (w(100), w(80), w(20))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")],
    )
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "入驻手工艺合作社数量", "≥60家",
         mk("≥60家", "D202", "warning", note="累计数照抄中期值，三年期项目的年度值应更小")),
        (None, None, "带动手工艺人就业人数", "≥900人",
         mk("≥900人", "D202", "warning", note="累计数照抄中期值")),
        (None, "质量指标", "订单按期交付率", "≥95%", "≥95%"),
        (None, "时效指标", "平台建设完成时间", "2028年12月底前完成三期", "2026年6月底前上线"),
        ("成本指标", "经济成本指标", "平台年运维费", "≤20万元/年", "≤20万元/年"),
        ("效益指标", "经济效益指标", "对接订单金额", "≥2000万元", "≥600万元"),
        ("满意度指标", "服务对象满意度指标", "手工艺人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kbc15-platform-export",
    (7, 12),
    "budget-system export: detail lines with their 合计 on 部门项目支出预算05-1, indicators on "
    "部门项目支出绩效目标05-2 under a header on row 3, a cost equal to its line (correct)",
)
def kbc15() -> Book:
    b, s = start("部门项目支出预算05-1", (20, 22, 18, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 6)
    s.row(f"单位：{TRADE}", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "合计", "其中：财政拨款", "其他资金")
    code, name = "532627261000000415", "手工艺品订单对接平台运营"
    s.table([
        (code, name, "平台功能开发", w(45), w(40), w(5)),
        (None, None, "平台运维", w(15), w(15), w(0)),
        (None, None, "订单对接会", w(20), w(15), w(5)),
        ("合计", None, None, w(80), w(70), w(10)),
    ], merged=(1, 2))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (20, 20, 12, 14, 28, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row(f"单位：{TRADE}")
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "产出指标", "数量指标", "举办订单对接会场次", "≥10场"),
        (None, None, None, None, "入驻手工艺合作社数量", "≥30家"),
        (None, None, None, "质量指标", "平台订单按期交付率", "≥95%"),
        (None, None, None, "时效指标", "平台功能开发完成时间", "2026年5月31日前"),
        (None, None, "成本指标", "经济成本指标", "每场订单对接会经费", "≤2万元/场"),
        (None, None, None, None, "平台年运维费", "≤15万元"),
        (None, None, "效益指标", "经济效益指标", "平台对接订单金额", "≥600万元"),
        (None, None, "满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "kbc16-platform-money-detail",
    (12,),
    "project, NAT-2021, a 资金明细 block under the head: lines not adding to their 合计, a "
    "meeting subsidy × count above its line and the year's money, the goal's amount against "
    "the indicator",
)
def kbc16() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="手工艺品订单对接与直播选品",
        dept=f"{TRADE}（321004）",
        unit=f"{TRADE}电子商务股",
        money=money_year(w(100), w(85), w(15)),
        goals=[
            "运营手工艺品订单对接平台，组织村级订单对接会，全年对接手工艺品订单金额不低于800万元。"
        ],
    )
    s.row("资金明细", "明细事项", None, "金额（万元）", "测算依据", None, merge=[(2, 3), (5, 6)])
    top = s.r
    s.row(None, "平台功能升级", None, w(50), "按合同价", None, merge=[(2, 3), (5, 6)])
    s.row(None, "直播选品间设备", None, w(25), "按询价", None, merge=[(2, 3), (5, 6)])
    s.row(None, "村级订单对接会", None, w(20), "按场次", None, merge=[(2, 3), (5, 6)])
    s.row(None, "合计", None,
          mk(w(100), "B102", "error", row=True, alt=("B101",), note="50+25+20=95，不是100"),
          None, None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "村级订单对接会场次", "≥40场", None),
        (None, None, "入驻手工艺合作社数量", "≥30家", None),
        (None, "质量指标", "平台订单按期交付率", "≥95%", None),
        (None, "时效指标", "平台功能升级完成时间", "2026年6月30日前", None),
        ("成本指标", "经济成本指标", "每场订单对接会补助标准",
         mk("≤3万元/场", "B107", "warning", row=True,
            note="3万元×40场=120万元，超过对接会经费20万元和年度资金100万元"), None),
        ("效益指标", "经济效益指标", "平台对接手工艺品订单金额",
         mk("≥500万元", "D104", "warning", row=True, note="年度目标写不低于800万元"), None),
        ("满意度指标", "服务对象满意度指标", "手工艺合作社满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant(
    "kbc17-platform-points",
    (10,),
    "project, NAT-2021, a tier-1 score column and an indicator score column: 产出 indicators "
    "not adding to its score, the same count twice under two tier-2s, plan dates of last year",
)
def kbc17() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="手工艺品订单撮合服务",
        dept=f"{TRADE}（321004）",
        unit=f"{TRADE}电子商务股",
        money=money_year(w(60), w(60), w(0)),
        goals=["为全县手工艺合作社撮合订单1200单以上，带动手工艺人增收。"],
        start=mk(day(2025, 3, 1), "Y101", "error", row=True, alt=("Y102",),
                 note="2026年度的表，计划起止日期却是2025年3月1日至2025年12月31日"),
        end=day(2025, 12, 31),
    )  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", mk(50, "W103", "error", note="10+10+10+10+5=45，不是50"),
         "数量指标", "手工艺品订单撮合数量", "≥1200单", 10),
        (None, None, None, "参与撮合的手工艺合作社数量", "≥25家", 10),
        (None, None, "质量指标", "撮合订单履约率", "≥95%", 10),
        (None, None, None, "产品质量抽检合格率", "≥98%", 10),
        (None, None, "时效指标", "订单撮合响应时间", "≤3个工作日", 5),
        ("成本指标", 10, "经济成本指标", "每单撮合服务成本", "≤500元/单", 10),
        ("效益指标", 30, "经济效益指标", "对接手工艺品订单数",
         mk("≥1000单", "D103", "warning", row=True, alt=("D102", "D101", "F201"),
            note="与数量指标“手工艺品订单撮合数量≥1200单”是同一指标，值不同"), 15),
        (None, None, "社会效益指标", "带动手工艺人就业人数", "≥300人", 15),
        ("满意度指标", 10, "服务对象满意度指标", "手工艺合作社满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，是产出分值不符的后果")
    return b


@variant(
    "kbc18-platform-flat-two-values",
    (3, 8),
    "department (商务局), flat list with 实施周期 and 年度 value columns, a unit column and "
    "weights adding to 100, a 说明 row naming the three-year plan (correct)",
)
def kbc18() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept=TRADE,
        budget=[(w(860), w(800), w(60), w(380), w(480))],
        goal="实施手工艺产业三年行动，建好订单对接平台，带动手工艺人居家就业增收。",
    )
    s.row("指标名称", "计量单位", "实施周期指标值", "年度指标值", "权重")
    s.table([
        ("手工艺品订单对接平台入驻合作社", "家", "≥90", "≥30", 15),
        ("累计对接订单金额", "万元", "≥2400", "≥600", 15),
        ("带动手工艺从业人员", "人", "≥1500", "≥600", 15),
        ("订单按期交付率", "%", "≥95", "≥95", 10),
        ("产品抽检合格率", "%", "≥98", "≥98", 10),
        ("退货投诉率", "%", "≤3", "≤3", 10),
        ("平台运维成本", "万元/年", "≤20", "≤20", 10),
        ("手工艺人满意度", "%", "≥90", "≥90", 10),
        ("采购商满意度", "%", "≥90", "≥90", 5),
    ])  # fmt: skip
    notes(s, "说明：实施周期为《榆岭县手工艺产业三年行动方案（2026—2028年）》期限；权重合计100。")
    sign(s, "邝启明", "0873-6247720", day(2025, 11, 25))
    return b
