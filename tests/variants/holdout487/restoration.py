"""Projects restoring seaweed-thatched houses (海草房修缮): ac01–ac06."""

from __future__ import annotations

from tests.variants.holdout487.common import YEAR, note, one_year, project, sign, start, tiers, wan
from tests.variants.holdout487.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("ac01-percent-unit-columns", (1,),
         "project, NAT-2021, operator and unit columns, typed percent cells, 0起 and a ≤ rate "
         "(correct)")  # fmt: skip
def ac01() -> Book:
    b, s = start()
    project(s, name="苫澳镇岬头村、蛎岙村海草房修缮项目", unit="澜屿县苫澳镇人民政府",
            funds=one_year(wan(180), wan(150), wan(30)),
            goals=["修缮岬头村、蛎岙村传统海草房32栋，更换海草苫顶4800平方米，培训苫顶匠人60人次，"
                   "修缮户满意度达到90%以上。"])  # fmt: skip
    tiers(s, OP_HEAD, [
        ("产出指标", "数量指标", "修缮海草房", "≥", 32, "栋"),
        (None, None, "更换海草苫顶面积", "≥", 4800, "平方米"),
        (None, "质量指标", "修缮工程验收合格率", "=", pct(1), "%"),
        (None, None, "传统苫顶工艺保留率", "≥", pct(0.9), "%"),
        (None, None, "施工安全责任事故", "≤", 0, "起"),
        (None, "时效指标", "修缮工程完工时间", "≤", day(YEAR, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "单栋海草房修缮补助标准", "≤", 5.5, "万元/栋"),
        ("效益指标", "社会效益指标", "海草房传统苫顶技艺培训", "≥", 60, "人次"),
        (None, "生态效益指标", "就地取材海草使用比例", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "修缮后海草房屋面漏雨发生率", "≤", pct(0.05), "%"),
        ("满意度指标", "服务对象满意度指标", "修缮户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "于海棠", "0631-5527164")
    return b


@variant("ac02-percent-over-direction", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed 105% on a 合格率, a 反向 rate "
         "with ≥")  # fmt: skip
def ac02() -> Book:
    b, s = start()
    project(s, name="鸣沙岬村海草房抢险修缮项目", unit="澜屿县鸣沙岬镇人民政府",
            funds=one_year(wan(130), wan(110), wan(20)),
            goals=["抢险修缮鸣沙岬村海草房26栋，消除屋面塌陷和漏雨隐患。"])  # fmt: skip
    tiers(s, OP_HEAD, [
        ("产出指标", "数量指标", "抢险修缮海草房", "≥", 26, "栋"),
        (None, None, "苫顶海带草采购量", "≥", 90, "吨"),
        (None, "质量指标", "修缮工程验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a typed 105% on a 合格率 capped at 100%"), "%"),
        (None, "时效指标", "抢险修缮按期完工率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单栋海草房修缮补助标准", "≤", 4.5, "万元/栋"),
        ("效益指标", "社会效益指标", "修缮后海草房屋面漏雨发生率",
         mk("≥", "T108", "warning", row=True, note="发生率 is 反向, ≥3% rewards leaks"), 3, "%"),
        (None, "可持续影响指标", "海草房日常巡查维护制度", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "修缮户满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "曲晓岚", "0631-5538402")
    return b


@variant("ac03-points-numbered", (5, 10),
         "project, NAT-2021, numbered tier labels with points, indicator points adding to each "
         "tier and to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def ac03() -> Book:
    b, s = start()
    project(s, name="石礁湾海草房传统村落保护修缮项目", unit="澜屿县石礁湾镇人民政府",
            funds=one_year(wan(220), wan(180), wan(40)),
            goals=["修缮石礁湾传统村落海草房40栋、院落石墙1200米，"
                   "带动海草房民宿经营。"])  # fmt: skip
    tiers(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标值设定依据"), [
        ("一、产出指标（50分）", "（一）数量指标", "修缮海草房", "≥40栋", 10, "计划标准"),
        (None, None, "整修海草房院落石墙", "≥1200米", 10, "计划标准"),
        (None, "（二）质量指标", "修缮工程验收合格率", "≥98%", 10, "行业标准"),
        (None, None, "传统苫顶工艺保留率", "≥90%", 10, "计划标准"),
        (None, "（三）时效指标", "修缮工程按期完工率", "≥95%", 10, "计划标准"),
        ("二、成本指标（10分）", "（一）经济成本指标", "单栋海草房修缮补助标准", "≤5万元/栋",
         10, "计划标准"),
        ("三、效益指标（30分）", "（一）经济效益指标", "海草房民宿年入住率较上年提高",
         "≥5百分点", 10, "历史标准"),
        (None, "（二）社会效益指标", "海草房营造技艺传承人带徒", "≥15人", 10, "计划标准"),
        (None, "（三）可持续影响指标", "海草房村级管护制度", "健全", 10, "其他标准"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "修缮户及游客满意度", "≥90%",
         10, "行业标准"),
    ])  # fmt: skip
    sign(s, "毕春潮", "0631-5546210")
    return b


@variant("ac04-tier-points-wrong-parent", (5, 10),
         "project, NAT-2021, a tier-1 score column: two tiers whose indicator points do not add "
         "to the tier score, a 时效指标 under 效益指标")  # fmt: skip
def ac04() -> Book:
    b, s = start("绩效目标", (14, 8, 16, 30, 14, 8))
    project(s, name="蛎岙村海草房群落整体修缮项目", unit="澜屿县苫澳镇蛎岙村民委员会",
            funds=one_year(wan(150), wan(130), wan(20)),
            goals=["整体修缮蛎岙村海草房群落24栋，传承海草房营造技艺。"])  # fmt: skip
    tiers(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(50, "W103", "error", note="indicator points under 产出 add to 45"),
         "数量指标", "修缮海草房", "≥24栋", 10),
        (None, None, None, "更换海草苫顶面积", "≥3600平方米", 10),
        (None, None, "质量指标", "修缮工程验收合格率", "≥98%", 10),
        (None, None, None, "传统苫顶工艺保留率", "≥90%", 5),
        (None, None, "时效指标", "修缮工程按期完工率", "≥95%", 10),
        ("成本指标", 10, "经济成本指标", "单栋海草房修缮补助标准", "≤6万元/栋", 10),
        ("效益指标", mk(30, "W103", "error", note="indicator points under 效益 add to 35"),
         "社会效益指标", "海草房营造技艺传承人带徒", "≥12人", 10),
        (None, None, mk("时效指标", "F105", "error", alt=("F201",),
                        note="时效指标 belongs under 产出指标"), "修缮档案归档及时率", "≥95%", 5),
        (None, None, "生态效益指标", "就地取材海草使用比例", "≥80%", 10),
        (None, None, "可持续影响指标", "修缮后海草房维护管理制度", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "修缮户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "邹晓帆", "0631-5519375")
    return b


@variant("ac05-zero-cost-money-unit-date", (1, 9, 12),
         "project, OLD-NAT, one value column: a unit cost rounded to 0, 其他资金 in 元 inside a "
         "万元 block, a deadline in the next year")  # fmt: skip
def ac05() -> Book:
    b, s = start()
    other = mk(money(160000, YUAN), "B105", "error", note="shows 160,000.00元 in a 万元 block")
    project(s, name="东崮村海草房屋面苫顶更新项目", unit="澜屿县东崮镇人民政府",
            funds=one_year(wan(96), wan(80), other),
            goals=["更新东崮村海草房屋面苫顶20栋，当年完成全部苫顶更新任务。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="caused by the 元 cell (B105)")
    tiers(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "更新苫顶海草房", "≥20栋"),
        (None, None, "采购苫顶海草", "≥60吨"),
        (None, "质量指标", "苫顶更新工程验收合格率", "≥98%"),
        (None, "时效指标", "苫顶更新完工时间",
         mk("2026年10月31日前", "Y102", "error", alt=("Y103",),
            note="a one-year 2025 project ending 2025-12-31")),
        (None, "成本指标", "单栋苫顶海草材料补助",
         mk("≤0万元/栋", "T115", "error", note="0.4万元 rounded to 0")),
        (None, None, "单栋海草房苫顶更新补助标准", "≤4万元/栋"),
        ("效益指标", "社会效益指标", "海草房传统风貌保存", "有效保护"),
        (None, "生态效益指标", "海草等天然苫顶材料使用比例", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "修缮户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "林玉潮", "0631-5572046")
    return b


@variant("ac06-second-sheet-two-row-header", (7,),
         "project, NAT-2021: head on 基本信息, the table on a second sheet under a two-row header "
         "(考核指标, 目标值（年度）, 评价标准) (correct)")  # fmt: skip
def ac06() -> Book:
    b, s = start("基本信息")
    project(s, name="鸥鸣岛海草房修缮及营造技艺传承项目", unit="澜屿县鸥鸣岛管理服务中心",
            funds=one_year(wan(88), wan(76), wan(12)),
            goals=["修缮鸥鸣岛海草房15栋，举办营造技艺传习班4期。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 16, 34))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    t.row("绩效指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "考核指标", None, None)
    for c in (4, 5):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table([
        ("产出指标", "数量指标", "修缮海草房", "≥15栋", "每少1栋扣1分"),
        (None, None, "营造技艺传习班", "≥4期", "每少1期扣2分"),
        (None, "质量指标", "修缮工程验收合格率", "≥98%", "未达到不得分"),
        (None, "时效指标", "传习班按计划开班率", "≥95%", "按比例得分"),
        ("成本指标", "经济成本指标", "单栋海草房修缮补助标准", "≤5万元/栋", "超出标准不得分"),
        ("效益指标", "社会效益指标", "营造技艺传习学员", "≥80人次", "按比例得分"),
        (None, "可持续影响指标", "海草房修缮技术档案", "完备", "档案不全扣分"),
        ("满意度指标", "服务对象满意度指标", "修缮户和学员满意度", "≥90%", "按问卷结果得分"),
    ], merged=(1, 2))  # fmt: skip
    note(t, "注：考核指标的目标值为本年度目标值。", 5)
    return b
