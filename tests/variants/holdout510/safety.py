"""Returns az13–az18: the rafters' safety (筏工持证培训, 救生器材, 渡口巡查, 安全护航)."""

from __future__ import annotations

from tests.variants.holdout510.common import (
    CC,
    FW,
    HEAD4,
    JC,
    JJ,
    KC,
    MY,
    SH,
    SL,
    ST,
    SX,
    XY,
    ZL,
    book,
    department,
    money_rows,
    notes,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout510.registry import variant
from tests.variants.kit import Book, mk, money, pct

DEPT = "鹤滩县交通运输局（224001）"
STATION = "鹤滩县黄河水上交通安全服务站"

TASKS13 = (
    ("筏工持证培训", "水上安全与救生持证培训", wan(40), "培训320人次"),
    ("救生器材更新", "羊皮筏专用救生衣更新", wan(70), "更新救生衣600件"),
    ("渡口安全巡查", "汛期渡口巡查与险情处置", wan(40), "巡查全覆盖"),
    ("金额合计", None, wan(150), None),
)  # fmt: skip

SAFE13 = (
    (CC, SL, "组织筏工水上安全持证培训", "≥320人次"),
    (None, None, "更新羊皮筏专用救生衣", "≥600件"),
    (None, ZL, "筏工持证上岗率", "=100%"),
    (None, SX, "汛期险情巡查响应时间", "≤30分钟"),
    ("成本指标", JC, "救生衣采购单价", "≤450元/件"),
    (None, None, "筏工培训人均成本", "≤1200元/人次"),
    (XY, SH, "羊皮筏营运安全责任事故", "0起"),
    (None, KC, "渡口安全巡查制度", "建立并执行"),
    (MY, FW, "筏工及游客满意度", "≥90%"),
)  # fmt: skip


@variant("az13-station-department", (12, 7), "department, NAT-2021, budget and key tasks adding "
         "up, headers 考核指标 and 目标值（年度）, =100% typed as text, 0起 (correct)")  # fmt: skip
def az13() -> Book:
    b, s = book()
    department(s, dept=STATION, budget=(260, 230, 30, 110, 150), tasks=TASKS13,
               goal="完成筏工持证培训320人次，更新救生衣600件，汛期渡口巡查全覆盖。")  # fmt: skip
    table(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), SAFE13)
    sign(s, "郝建军", "0955-7305168", (2024, 11, 22))
    return b


TASKS14 = (
    ("筏工救生技能比武", "组织救生技能比武", wan(30), "比武2场"),
    ("救生器材配置", "救生圈及抛绳器配置", wan(45), "配置300套"),
    ("渡口警示牌更新", "更新渡口安全警示牌", wan(20), "更新48块"),
    ("金额合计", None,
     mk(wan(100), "B102", "error", alt=("B101",), note="30 + 45 + 20 = 95 ≠ 100"), None),
)  # fmt: skip

SAFE14A = (
    (CC, SL, "举办筏工救生技能比武", "≥2场"),
    (None, None, "配置救生圈及抛绳器", "≥300套"),
    (None, ZL, "救生器材验收合格率", "≥98%"),
    (None, SX, "警示牌更新完成时间", "2025年5月31日前"),
    (None, "成本指标", "救生圈及抛绳器配置单价", "≤1500元/套"),
)  # fmt: skip

SAFE14B = (
    (XY, SH, "筏工水上自救互救能力达标率", "≥90%"),
    (None, KC, "救生器材定期检查制度", "建立并执行"),
    (MY, FW, "参训筏工满意度", "≥90%"),
)  # fmt: skip


@variant("az14-rescue-department-wrong", (12, 4), "department, OLD-NAT, a note row between "
         "the tiers and a stamp line: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to "
         "金额合计")  # fmt: skip
def az14() -> Book:
    b, s = book()
    total = mk(wan(180), "B101", "error", row=True, note="70 + 100 = 170 ≠ 180")
    department(s, dept="鹤滩县水上救援服务中心", budget=(total, 150, 30, 70, 100),
               tasks=TASKS14, goal="提升筏工自救互救能力，完善渡口救生器材配置。")  # fmt: skip
    table(s, HEAD4, SAFE14A)
    notes(s, "注：成本指标按2025年政府采购中标价测算。")
    s.table(SAFE14B, merged=(1, 2))
    notes(s, "（单位盖章）")
    sign(s, "乔文静", "0955-7319842", (2024, 11, 15))
    return b


HEAD15 = ("一级指标", "二级指标", "指标内容", "绩效标准", "备注")

TRAIN_A = (
    (CC, SL, "培训羊皮筏筏工", "≥150人", "含待证筏工"),
    (None, None, "开展落水救援实操演练", "≥10场", None),
    (None, ZL, "培训考核合格率", "≥95%", None),
    (None, SX, "汛前培训完成时间", "2025年6月15日前", None),
    (None, "成本指标", "人均培训费用", "≤1600元/人", None),
)  # fmt: skip

TRAIN_B = (
    (XY, SH, "参训筏工救生技能掌握率", "≥90%", None),
    (None, None, "羊皮筏游客落水伤亡事故", "0起", None),
    (None, KC, "筏工救生技能年度复训机制", "建立并执行", None),
    (MY, FW, "参训筏工满意度", "≥90%", None),
)  # fmt: skip


@variant("az15-training-footnotes", (4, 7), "project, OLD-NAT, headers 指标内容 and 绩效标准, a "
         "填表说明 row inside the table, the header repeated after a page break, footnotes and a "
         "signature dated in the year before (correct)")  # fmt: skip
def az15() -> Book:
    b, s = book()
    project(s, name="羊皮筏筏工水上救生技能培训", dept=DEPT, unit=STATION,
            money_=money_rows(28, 24, 4),
            goals=["汛前培训羊皮筏筏工150人，开展落水救援实操演练10场以上。"])  # fmt: skip
    s.row(*HEAD15)
    notes(s, "填表说明：绩效标准须写明比较符、数值和计量单位，定性指标写明等级。", width=5)
    s.table(TRAIN_A, merged=(1, 2))
    s.skip()
    s.row(*HEAD15)
    s.table(TRAIN_B, merged=(1, 2))
    notes(s, "注：1. 培训对象为辖区内持证及待证羊皮筏筏工；",
          "    2. 实操演练由县消防救援大队协助组织。", width=5)  # fmt: skip
    sign(s, "郝建军", "0955-7305168", (2024, 12, 10))
    return b


GEAR = (
    (CC, SL, "采购救生衣及救生圈", "≥500件"),
    (None, None, "设置渡口安全警示标识", "≥24处"),
    (None, ZL, "筏工救生考核通过率", mk("48人", "T105", "error", note="a 通过率 as a count")),
    (None, SX, "救生器材到货时间",
     mk("45838", "X104", "warning", note="a date serial (2025-06-30) left as text")),
    (None, "成本指标", "救生器材采购单价", "≤350元/件"),
    (XY, SH, "羊皮筏乘客救生衣穿戴率", "=100%"),
    (MY, FW, "乘筏游客满意度", "≥90%"),
)  # fmt: skip


@variant("az16-gear-second-sheet", (7, 9), "project: head and detail lines on the first sheet, the "
         "table on a second sheet under 预期实现值; a split number, a date serial, a rate as a "
         "count")  # fmt: skip
def az16() -> Book:
    b, s = book("项目信息")
    project(s, name="羊皮筏渡口救生器材配置", dept=DEPT, unit=STATION,
            money_=money_rows(40, 32, 8),
            goals=["配置救生衣及救生圈500件，设置渡口警示标识24处。"])  # fmt: skip
    s.row("资金明细", "支出内容", "金额（万元）")
    split = mk("18.2 5", "X105", "warning", alt=("X103",), note="18.25 split by a space")
    top = s.row(None, "救生衣及救生圈采购", split)
    s.row(None, "筏工救生培训", money(12.75))
    s.row(None, "渡口安全警示标识", money(9))
    s.row(None, "合计", money(40))
    s.ws.merge_cells(start_row=top - 1, start_column=1, end_row=s.r, end_column=1)
    t = b.sheet("绩效指标")
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), GEAR)
    return b


CAMERAS = (
    (CC, SL, "安装渡口视频监控点位", "≥16个"),
    (None, ZL, "监控设备在线率", "≥95%"),
    (None, SX, "监控系统建成时间", "2025年8月31日前"),
    ("成本指标", JC, "监控点位建设单价", "≤2.5万元/个"),
    (XY, mk(JJ, "F109", "warning", row=True, note="template tier-2 left empty"), None, None),
    (None, SH, "渡口险情平均发现时间", "≤5分钟"),
    (None, None, mk(None, "F110", "error", note="a value without an indicator name"), "≥98%"),
    (None, mk(ST, "F109", "warning", row=True, note="template tier-2 left empty"), None, None),
    (MY, FW, "渡口管理人员及筏工满意度", "≥90%"),
)  # fmt: skip


@variant("az17-cameras-template-rows", (6, 13), "project, NAT-2021, header 预期目标: two "
         "template tier-2 rows left empty and a value without a name")  # fmt: skip
def az17() -> Book:
    b, s = book()
    project(s, name="羊皮筏渡口安全视频监控建设", dept=DEPT, unit=STATION,
            money_=money_rows(50, 50, 0), attr="新增项目",
            goals=["在16个羊皮筏渡口安装视频监控，2025年8月底前建成。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), CAMERAS)
    return b


UNIT = ("224001", "鹤滩县交通运输局", "62250117", "羊皮筏非遗体验游安全护航")

ESCORT = (
    (CC, SL, "羊皮筏体验游安全护航班次", "≥", 1200, "班次"),
    (CC, ZL, "体验用羊皮筏年检合格率", "≥", pct(0.98), "%"),
    (CC, SX, "落水险情到场处置时间", "≤", 15, "分钟"),
    ("成本指标", JC, "单班次护航成本", "≤", 300, "元/班次"),
    (XY, SH, "体验游客落水伤亡事故", "≤", 0, "起"),
    (XY, SH, "游客安全类投诉下降率", "≥", pct(0.15), "%"),
    (XY, JJ, "羊皮筏非遗体验游收入增长率", "≥", pct(0.06), "%"),
    ("满意度指标", FW, "体验游客满意度", "≥", pct(0.9), "%"),
)  # fmt: skip


@variant("az18-escort-export", (1, 9), "budget-system export: sheets 部门项目支出预算05-1 and "
         "部门项目支出绩效目标05-2, codes in the first columns, header on the third row, typed "
         "percent cells, ≤0起 and a 下降率 with ≥ (correct)")  # fmt: skip
def az18() -> Book:
    b, s = book("部门项目支出预算05-1", widths=(10, 18, 12, 26, 12, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 8)
    s.row("编制单位：鹤滩县交通运输局", None, None, None, None, None, "单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类型", "资金总额", "财政拨款",
          "其他资金")  # fmt: skip
    s.row(*UNIT, "一次性项目", money(66), money(56), money(10))
    t = b.sheet("部门项目支出绩效目标05-2", widths=(10, 18, 12, 26, 12, 16, 28, 10, 10, 10))
    t.title("2025年部门项目支出绩效目标表", 10)
    t.row("编制单位：鹤滩县交通运输局", None, None, None, None, None, None, None, "单位：万元")
    t.row("单位编码", "单位名称", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标",
          "指标性质", "指标值", "计量单位")  # fmt: skip
    for line in ESCORT:
        t.row(*UNIT, *line)
    return b
