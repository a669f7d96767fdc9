"""Returns hu07–hu12: the cold-chain van fleet of 鹤垣区 carrying the mushrooms."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout687.common import TIERS4, funds, grid, notes, sign, start, wan
from tests.variants.holdout687.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "鹤垣区商务局（306004）"
UNIT = "鹤垣区冷链物流服务中心"
YEAR = 2026


@variant(
    "hu07-van-purchase",
    (7,),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: a network count other than the goal's, a "
    "rate under 数量, a van price × count above the money",
)
def van_purchase() -> Book:
    b, s = start()
    goal = "购置4.2米冷藏车8辆，在全区设立菇类冷链配送网点12个，配送损耗率控制在3%以内。"
    project_head(
        s,
        year=YEAR,
        name="农产品冷链配送车辆购置项目",
        dept=DEPT,
        unit=UNIT,
        attr="一次性项目",
        money=funds(250, 250, 0),
        goals=[ok(goal)],
    )
    grid(
        s,
        ("一级指标", "二级指标", "指标内容", "绩效标准"),
        [
            ("产出指标", "数量指标", "冷藏车购置数量", "≥8辆"),
            (
                None,
                None,
                "设立冷链配送网点",
                mk("≥15个", "D104", "warning", row=True, note="年度目标写网点12个"),
            ),
            (
                None,
                None,
                mk("车厢温控达标率", "F201", "warning", row=True, note="a quality rate under 数量"),
                "≥98%",
            ),
            (None, "质量指标", "菇类产品配送损耗率", "≤3%"),
            (None, "时效指标", "车辆上牌投运时间", "2026年6月30日前"),
            (
                None,
                "成本指标",
                mk(
                    "单车购置标准",
                    "B107",
                    "warning",
                    row=True,
                    note="35万元 × 8辆 = 280万元 > 年度资金250万元",
                ),
                "≤35万元/辆",
            ),
            ("效益指标", "社会效益指标", "覆盖菇类生产企业", "≥20家"),
            (None, "可持续影响指标", "车辆设计使用年限", "≥8年"),
            ("满意度指标", "服务对象满意度指标", "菇企满意度", "≥90%"),
        ],
    )
    sign(s, "莫振华", "0772-3156208", day(YEAR - 1, 11, 24))
    return b


@variant(
    "hu08-fleet-upkeep",
    (4, 10, 11),
    "project, OLD-NAT, operators in words in 指标性质, unit column, a 下降 rate with ≥ in "
    "百分点, 等于0起 on accidents, cost × vans equal to the money, a note row (correct)",
)
def fleet_upkeep() -> Book:
    b, s = start()
    goal = (
        "保障冷藏车队20辆全年安全运行，冷链断链率较上年下降2个百分点，全年不发生交通安全责任事故。"
    )
    project_head(
        s,
        year=YEAR,
        name="冷链车队运营维护补助项目",
        dept=DEPT,
        unit=UNIT,
        money=funds(96, 80, 16),
        goals=[goal],
    )
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    grid(
        s,
        header,
        [
            ("产出指标", "数量指标", "维保冷藏车数量", "大于等于", 20, "辆"),
            (None, None, "全年配送趟次", "大于等于", 4000, "趟"),
            (None, "质量指标", "车厢温度记录完整率", "大于等于", pct(0.98), "%"),
            (None, None, "冷链断链率下降幅度", "大于等于", 2, "百分点"),
            (None, None, "交通安全责任事故", "等于", 0, "起"),
            (None, "时效指标", "订单响应时间", "小于等于", 2, "小时"),
            (None, "成本指标", "单车年度维保费用", "小于等于", 4.8, "万元/辆"),
            ("效益指标", "经济效益指标", "减少菇农运输损耗", "大于等于", 150, "万元"),
            (None, "社会效益指标", "服务菇类生产主体", "大于等于", 40, "家"),
            ("满意度指标", "服务对象满意度指标", "菇企满意度", "大于等于", pct(0.9), "%"),
        ],
    )
    notes(s, "注：单车维保费用含保险、轮胎与制冷机组保养；20辆 × 4.8万元 = 96万元。")
    sign(s, "莫振华", "0772-3156208", day(YEAR - 1, 11, 24))
    return b


@variant(
    "hu09-temp-platform",
    (5,),
    "project, OLD-NAT, abbreviated tier labels (产出, 数量…): last season's year in the goal, a "
    "deadline in the next year of a one-year project, a satisfaction rate under 社会效益",
)
def temp_platform() -> Book:
    b, s = start()
    goal = mk(
        "2025年完成30台冷藏车车载温控终端接入，实现菇品运输全程温度可追溯。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="去年申报表的年份，预算年度是2026年",
    )
    project_head(
        s,
        year=YEAR,
        name="冷链车辆温控监管平台运维项目",
        dept=DEPT,
        unit=UNIT,
        money=funds(12, 12, 0),
        goals=[goal],
    )
    grid(
        s,
        TIERS4,
        [
            ("产出", "数量", "接入车载温控终端", "≥30台"),
            (None, "质量", "温度数据上传完整率", "≥98%"),
            (
                None,
                "时效",
                "平台运维服务合同签订时间",
                mk("2027年3月31日前", "Y102", "error", note="一年期项目（2026年）之外的期限"),
            ),
            (None, "成本", "单台终端年运维费", "≤1200元/台"),
            ("效益", "社会效益", "可追溯菇品运输批次", "≥2000批次"),
            (
                None,
                None,
                mk(
                    "平台用户满意度",
                    "F201",
                    "warning",
                    row=True,
                    note="a satisfaction rate under 社会效益",
                ),
                "≥90%",
            ),
            ("满意度", "服务对象满意度", "运输企业满意度", "≥90%"),
        ],
    )
    sign(s, "罗晓岚", "0772-3156244", day(YEAR - 1, 11, 26))
    return b


@variant(
    "hu10-logistics-department",
    (12,),
    "department, NAT-2021: tasks not adding to 金额合计, an order count other than the goal's",
)
def logistics_department() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=YEAR,
        dept=UNIT,
        budget=[(680, 600, 80, 380, 300)],
        tasks=[
            ("冷链车队运营", "20辆冷藏车调度与配送", 150, "配送订单≥1.2万单"),
            ("冷库托管", "3座公共冷库托管运营", 90, "冷库周转率≥85%"),
            ("信息平台", "冷链订单与温控平台运维", 50, "平台可用率≥99%"),
            ("金额合计", None, mk(300, "B102", "error", note="150 + 90 + 50 = 290 ≠ 300"), None),
        ],
        goal=ok(
            "全年完成菇类冷链配送订单1.2万单，公共冷库周转率不低于85%，冷链平台可用率99%以上。"
        ),
    )
    grid(
        s,
        TIERS4,
        [
            (
                "产出指标",
                "数量指标",
                "冷链配送订单量",
                mk("≥1万单", "D104", "warning", row=True, note="年度总体目标与任务写1.2万单"),
            ),
            (None, None, "托管公共冷库", "≥3座"),
            (None, "质量指标", "公共冷库周转率", "≥85%"),
            (None, "时效指标", "冷链订单平均响应时间", "≤2小时"),
            ("成本指标", "经济成本指标", "单笔配送订单平均成本", "≤120元/单"),
            ("效益指标", "经济效益指标", "降低菇企物流费用", "≥80万元"),
            (None, "社会效益指标", "冷链平台可用率", "≥99%"),
            ("满意度指标", "服务对象满意度指标", "菇企满意度", "≥90%"),
        ],
    )
    sign(s, "罗晓岚", "0772-3156244", day(YEAR - 1, 11, 20))
    return b


@variant(
    "hu11-coldstore-export",
    (7,),
    "budget-system export: head on 部门项目支出预算05-1, indicators on 部门项目支出绩效目标05-2 "
    "under a header on the third row with codes in the first columns, header 绩效目标值, a "
    "下降率 with ≥, a cost within the money (correct)",
)
def coldstore_export() -> Book:
    b, s = start("部门项目支出预算05-1")
    project_head(
        s,
        year=YEAR,
        name="公共冷库节能改造项目",
        dept=DEPT,
        unit=UNIT,
        attr="一次性项目",
        money=funds(150, 120, 30),
        goals=["完成2座公共冷库节能改造（共2400立方米），冷库单位能耗下降15%以上。"],
    )
    t = b.sheet("部门项目支出绩效目标05-2", (14, 16, 12, 14, 28, 14, 12))
    t.title("部门项目支出绩效目标表", 7)
    t.row("单位：鹤垣区冷链物流服务中心", None, None, None, None, "金额单位：万元", None)
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "绩效目标值", "计量单位")
    code, proj = "306004002", "4510-2026-0137"
    for row in (
        ("产出指标", "数量指标", "改造冷库数量", "≥2", "座"),
        ("产出指标", "数量指标", "改造冷库库容", "≥2400", "立方米"),
        ("产出指标", "质量指标", "库温控制精度达标率", "≥95", "%"),
        ("产出指标", "时效指标", "改造完成时间", "2026年10月31日前", ""),
        ("成本指标", "经济成本指标", "单位库容改造成本", "≤500", "元/立方米"),
        ("效益指标", "经济效益指标", "年节约电费", "≥18", "万元"),
        ("效益指标", "生态效益指标", "冷库单位能耗下降率", "≥15", "%"),
        ("满意度指标", "服务对象满意度指标", "冷库租用企业满意度", "≥90", "%"),
    ):
        t.row(code, proj, *row)
    t.row("合计", None, None, None, None, wan(150), None)
    return b


@variant(
    "hu12-hub-two-row-header",
    (4, 7),
    "project, NAT-2021, two-row header (绩效目标 over 比较符 · 目标值（年度） · 计量单位), "
    "header repeated after a page break, 0起 on an incident count, 百分点 (correct)",
)
def hub_two_row() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="菇类产品冷链集配中心运营项目",
        dept=DEPT,
        unit=UNIT,
        money=funds(130, 110, 20),
        goals=["集配中心全年集配菇类产品8000吨，服务生产主体35家，冷链损耗率下降3个百分点。"],
    )
    top = s.row("一级指标", "二级指标", "三级指标", "绩效目标", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "目标值（年度）", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "年集配菇类产品", "≥", 8000, "吨"),
            (None, None, "服务菇类生产主体", "≥", 35, "家"),
            (None, "质量指标", "入库检测覆盖率", "≥", pct(0.98), "%"),
            (None, "时效指标", "入库检测出具结果时间", "≤", 4, "小时"),
        ],
        merged=(1, 2),
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "目标值（年度）", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "吨菇集配成本", "≤", 150, "元/吨"),
            ("效益指标", "经济效益指标", "菇类冷链损耗率下降", "≥", 3, "百分点"),
            (None, "社会效益指标", "带动菇农", "≥", 500, "户"),
            (None, "生态效益指标", "冷库制冷剂泄漏事件", "=", 0, "起"),
            ("满意度指标", "服务对象满意度指标", "生产主体满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    sign(s, "莫振华", "0772-3156208", day(YEAR - 1, 11, 27))
    return b
