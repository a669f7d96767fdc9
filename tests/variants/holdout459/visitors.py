"""Visitor services at 廊桥 and 土楼: notes, page breaks, second sheets, exports, artefacts and
department money (za13–za18)."""

from __future__ import annotations

from tests.variants.holdout459.common import (
    DEPT,
    department,
    funds,
    lines,
    new,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout459.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk

UNIT = "棠岭县廊桥土楼游客服务中心"
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")

ZA13_A = [
    ("产出指标", "数量指标", "土楼、廊桥讲解服务场次", "≥1200场"),
    (None, None, "发放多语种导览手册", "≥8000册"),
    (None, "质量指标", "讲解员持证上岗率", "=100%"),
    (None, "时效指标", "团队预约讲解响应时间", "≤24小时"),
    (None, "成本指标", "讲解员服务补贴标准", "≤120元/场"),
]  # fmt: skip
ZA13_B = [
    ("效益指标", "社会效益指标", "接受讲解服务游客", "≥9万人次"),
    (None, "可持续影响指标", "讲解词年度修订次数", "≥1次"),
    ("满意度指标", "服务对象满意度指标", "游客对讲解服务满意度", "≥90%"),
]  # fmt: skip


@variant("za13-visitor-footnotes", (4,),
         "project, OLD-NAT, one value column: a 注 row inside the table, 说明 explaining the "
         "total, 填表说明, signature and a fill date in the year before (correct)")  # fmt: skip
def za13() -> Book:
    b, s = new()
    project(s, "土楼、廊桥游客讲解与导览服务", UNIT, funds(38, 30, 8),
            ["全年提供讲解服务1200场以上，发放导览手册8000册。"], attr="常年项目")  # fmt: skip
    s.row(*FOUR)
    s.table(ZA13_A, merged=(1, 2))
    lines(s, "注：以下效益指标按景区票务系统统计口径填报。", width=4)
    s.table(ZA13_B, merged=(1, 2))
    lines(s, "说明：1. 讲解服务场次含节假日加开场次；",
          "2. 资金总额38万元，其中财政拨款30万元、景区门票分成8万元。",
          "填表说明：指标值应量化，定性指标须写明评价等级。")  # fmt: skip
    sign(s, "詹若溪", "0591-7739 0847", day(2025, 10, 28, CN_DATE))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
    return b


HEAD14 = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "权重（分）")
TASKS14 = [
    ("游客咨询服务", "咨询台、热线", wan(45), "接待咨询18万人次"),
    ("廊桥土楼接驳", "接驳车运营", wan(50), "运营4200班次"),
    ("智慧导览", "导览平台运维", wan(25), "导览使用6万人次"),
    ("金额合计", None, wan(120), None),
]  # fmt: skip
ZA14_A = [
    ("产出指标", "数量指标", "游客咨询接待人次", "≥18万人次", 10),
    (None, None, "接驳车运营班次", "≥4200班次", 10),
    (None, "质量指标", "接驳车准点率", "≥95%", 10),
    (None, "时效指标", "游客投诉响应时间", "≤2小时", 10),
    ("小计", None, None, None, 40),
]  # fmt: skip
ZA14_B = [
    ("成本指标", "经济成本指标", "接驳车单班运营成本", "≤110元/班次", 10),
    (None, None, "导览平台年运维费", "≤25万元", 10),
    ("效益指标", "社会效益指标", "游客投诉率", "≤1%", 10),
    (None, None, "智慧导览使用人次", "≥6万人次", 10),
    (None, "可持续影响指标", "志愿讲解员队伍", "≥60人", 10),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", 10),
    ("小计", None, None, None, 60),
    ("合计", None, None, None, 100),
]  # fmt: skip


@variant("za14-visitor-page-break", (4, 7),
         "department, NAT-2021, headers 考核指标 and 目标值（年度）, weight column: header row "
         "repeated after a page break, 小计 and 合计 rows (correct)")  # fmt: skip
def za14() -> Book:
    b, s = new()
    department(s, UNIT, [[wan(420), wan(400), wan(20), wan(300), wan(120)]],
               "做好廊桥、土楼游客咨询、接驳和导览服务，游客满意度90%以上。", TASKS14)  # fmt: skip
    lines(s, "年度绩效指标")
    table(s, HEAD14, ZA14_A)
    s.skip()
    table(s, HEAD14, ZA14_B)
    sign(s, "詹若溪", "0591-7739 0847")
    return b


ZA15 = [
    ("产出指标", "数量指标", "开发研学游线", "≥3条"),
    (None, None, "接待研学团队", "≥120批次"),
    (None, "质量指标", "研学课程完课率",
     mk("40课时", "T105", "error", row=True, note="a 完课率 given as a count of hours")),
    (None, "时效指标", "游线开通时间", "2026年5月31日前"),
    (None, "成本指标", "单条游线开发成本", "≤8万元/条"),
    ("效益指标", "社会效益指标", "研学团队投诉率",
     mk("≥2%", "T108", "warning", row=True, note="反向 rate with ≥")),
    (None, "可持续影响指标", "研学合作学校", "≥15所"),
    ("满意度指标", "服务对象满意度指标", "研学师生满意度", "≥90%"),
]  # fmt: skip


@variant("za15-visitor-second-sheet", (7, 11),
         "project, OLD-NAT: head on 基本信息, the indicator table on a second sheet under "
         "headers 指标内容 and 绩效目标值: a 完课率 given in 课时, a 投诉率 with ≥")  # fmt: skip
def za15() -> Book:
    b, s = new("基本信息")
    project(s, "廊桥古道研学游线服务", UNIT, funds(42, 35, 7),
            ["开发廊桥古道研学游线3条，接待研学团队120批次。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 20))
    t.title("廊桥古道研学游线服务绩效指标", 4)
    table(t, ("一级指标", "二级指标", "指标内容", "绩效目标值"), ZA15)
    sign(t, "詹若溪", "0591-7739 0847")
    return b


CODE = "318004"
HEAD16 = ("单位编码", "单位名称", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标",
          "指标值")  # fmt: skip
P1 = (CODE, UNIT, "318004260007", "廊桥夜间景观照明运维")
P2 = (CODE, UNIT, "318004260011", "土楼讲解员培训")
ZA16 = [
    (*P1, "产出指标", "数量指标", "运维照明灯具", "≥860套"),
    (*P1, "产出指标", "质量指标", "灯具完好率", "≥95%"),
    (*P1, "产出指标", "成本指标", "单套灯具年运维费", "≤200元/套"),
    (*P1, "效益指标", "社会效益指标", "夜游接待游客", "≥2.4万人次"),
    (*P1, "满意度指标", "服务对象满意度指标", "夜游游客满意度", "≥90%"),
    (*P2, "产出指标", "数量指标", "培训讲解员", "≥80人"),
    (*P2, "产出指标", "质量指标", "培训考核合格率", "=100%"),
    (*P2, "产出指标", "时效指标", "培训完成时间", "2026年6月30日前"),
    (*P2, "产出指标", "成本指标", "人均培训费", "≤1500元/人"),
    (*P2, "效益指标", "社会效益指标", "持证讲解员占比提高", "≥10百分点"),
    (*P2, "满意度指标", "服务对象满意度指标", "参训学员满意度", "≥92%"),
]  # fmt: skip


@variant("za16-visitor-export", (7, 9),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "header on the third row, codes in the first columns, two projects, =100% as text "
         "(correct)")  # fmt: skip
def za16() -> Book:
    b, s = new("部门项目支出预算05-1", (10, 24, 14, 24, 12, 12, 12, 12))
    s.title("2026年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款",
          "其他资金")  # fmt: skip
    s.row(*P1, "常年项目", wan(18), wan(18), wan(0))
    s.row(*P2, "一次性项目", wan(12), wan(10), wan(2))
    s.row("合计", None, None, None, None, wan(30), wan(28), wan(2))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 24, 14, 24, 12, 18, 24, 16))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row(f"主管部门：{DEPT}")
    t.row(*HEAD16)
    t.table(ZA16)
    return b


DETAIL17 = [
    (1, "导视标识更新", "标识牌30块及安装",
     mk("12.6 8", "X105", "warning", alt=("X103",), note="12.68 split by a space, as text")),
    (2, "游客休憩廊亭修缮", "廊亭2座",
     mk("20万20万(含安装)", "X106", "error", alt=("B108",), note="20万 pasted twice")),
    (3, "无障碍通道改造", "通道260米", wan(20)),
    ("合计", None, None, wan(52.68)),
]  # fmt: skip
ZA17 = [
    ("产出指标", "数量指标", "更新导视标识牌", "≥30块"),
    (None, None, "修缮游客休憩廊亭", "≥2座"),
    (None, None, "改造无障碍通道", "≥260米"),
    (None, "质量指标", "设施验收合格率", "=100%"),
    (None, "时效指标", "设施投入使用时间", "2026年7月31日前"),
    (None, "成本指标", "导视标识牌单价", "≤0.4万元/块"),
    ("效益指标", "社会效益指标", "无障碍设施服务游客", "≥1.5万人次"),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
]  # fmt: skip


@variant("za17-visitor-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a start date as a "
         "serial in a text cell, a split number, an amount pasted twice")  # fmt: skip
def za17() -> Book:
    b, s = new()
    start = mk("46023", "X104", "warning", note="2026-01-01 as a serial in a text cell")
    project(s, "土楼景区游客服务设施提升", UNIT, funds(52.68, 45, 7.68),
            ["更新导视标识30块，修缮休憩廊亭2座，改造无障碍通道260米。"],
            start=start)  # fmt: skip
    table(s, FOUR, ZA17)
    s.skip()
    s.row("资金明细（万元）", None, None, None, merge=[(1, 4)])
    s.row("序号", "明细项目", "测算依据", "金额")
    s.table(DETAIL17)
    sign(s, "詹若溪", "0591-7739 0847")
    return b


TASKS18 = [
    ("廊桥营造技艺展览", "季度主题展", wan(40), "举办展览4场"),
    ("研学活动", "营造技艺研学", wan(35), "研学活动30场"),
    ("展品数字化", "展品建档", wan(20), "数字化展品120件"),
    ("金额合计", None, mk(wan(100), "B102", "error", note="40 + 35 + 20 = 95 ≠ 100"), None),
]  # fmt: skip
ZA18 = [
    ("产出指标", "数量指标", "举办廊桥营造技艺展览", "≥4场"),
    (None, None, "接待参观游客", "≥8万人次"),
    (None, "质量指标", "展品完好率", "≥99%"),
    (None, "时效指标", "首场展览开展时间", "2026年3月31日前"),
    ("成本指标", "经济成本指标", "单场展览布展成本", "≤6万元/场"),
    ("效益指标", "社会效益指标", "廊桥营造技艺研学活动", "≥30场"),
    (None, "可持续影响指标", "数字化展品", "≥120件"),
    ("满意度指标", "服务对象满意度指标", "参观游客满意度", "≥90%"),
]  # fmt: skip


@variant("za18-visitor-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to their "
         "金额合计")  # fmt: skip
def za18() -> Book:
    b, s = new()
    total = mk(wan(300), "B101", "error", row=True, note="基本支出 190 + 项目支出 100 = 290")
    department(s, "棠岭县廊桥文化展示馆", [[total, wan(280), wan(20), wan(190), wan(100)]],
               "举办廊桥营造技艺展览4场，接待参观游客8万人次。", TASKS18)  # fmt: skip
    lines(s, "年度绩效指标")
    table(s, FOUR, ZA18)
    sign(s, "詹若溪", "0591-7739 0847")
    return b
