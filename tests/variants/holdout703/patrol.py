"""Returns of the fire-prevention patrol team (kak01–kak06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout703.common import (
    DEPT,
    FARM,
    HEAD,
    HEAD2,
    HEAD_OP,
    block,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout703.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kak01-patrol-points", (1, 5), "project, NAT-2021, numbered tier labels with points, "
         "operator and unit columns, typed percent cells (correct)")  # fmt: skip
def patrol_points() -> Book:
    b, s = start()
    project_head(s, year=2026, name="专业森林防火巡护队建设项目", dept=DEPT, unit=FARM,
                 money=one_year(w(96), w(80), w(16)),
                 goals=["组建专业森林防火巡护队3支共36人，全年巡护4800公里（其中步巡3000公里、"
                        "车巡1800公里），冬春防火期全天候巡护，全年无重大森林火灾。"])  # fmt: skip
    block(s, [
        ("一、产出指标（50分）", "（一）数量指标", "专业巡护队数量", "≥", 3, "支"),
        (None, None, "专业巡护队员人数", "≥", 36, "人"),
        (None, None, "步巡里程", "≥", 3000, "公里"),
        (None, None, "车巡里程", "≥", 1800, "公里"),
        (None, "（二）质量指标", "巡护路线到位率", "≥", pct(0.95), "%"),
        (None, "（三）时效指标", "火情发现后报告时间", "≤", 30, "分钟"),
        ("二、成本指标（20分）", "（一）经济成本指标", "巡护员补助标准", "≤", 2000, "元/人·月"),
        (None, None, "巡护装备购置费", "≤", 9.6, "万元"),
        ("三、效益指标（20分）", "（一）社会效益指标", "人为火源火情下降率", "≥", pct(0.1), "%"),
        (None, "（二）生态效益指标", "森林火灾受害率", "≤", 0.5, "‰"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ], HEAD_OP)  # fmt: skip
    return b


@variant("kak02-patrol-goal-count", (5, 12), "project, OLD-NAT, abbreviated tier labels (产出, "
         "数量): money parts short of the total, goal's head count against the indicator, "
         "allowance × staff above the money")  # fmt: skip
def patrol_goal_count() -> Book:
    b, s = start()
    total = mk(w(100), "B101", "error", note="财政拨款80 + 其他资金15 = 95 ≠ 100")
    project_head(s, year=2026, name="护林防火专职巡护队扩编项目", dept=DEPT, unit=FARM,
                 money=one_year(total, w(80), w(15)),
                 goals=["扩编专职护林防火巡护队至40人，按片区包干巡护林地2.6万亩，全年火情处置"
                        "到场时间不超过40分钟。"])  # fmt: skip
    block(s, [
        ("产出", "数量", "专职巡护队员人数", mk("≥36人", "D104", "warning", row=True,
                                           note="年度目标写扩编至40人，指标只有36人")),
        (None, None, "包干巡护林地面积", "≥2.6万亩"),
        (None, "质量", "巡护记录完整率", "≥95%"),
        (None, "时效", "火情处置到场时间", "≤40分钟"),
        (None, "成本", "巡护队员补助标准", mk("≤2500元/人·月", "B107", "warning", row=True,
                                          note="2500元×36人×12月=108万元（按40人120万元），"
                                               "超过年度资金100万元")),
        ("效益", "社会效益", "林区群众防火知识知晓率", "≥90%"),
        (None, "生态效益", "森林火灾受害率", "≤0.5‰"),
        ("满意度", "服务对象满意度", "林区群众满意度", "≥90%"),
    ], HEAD)  # fmt: skip
    return b


@variant("kak03-patrol-department", (4, 12), "department, NAT-2021: tasks adding to 金额合计, a "
         "note row between tiers, 填表说明 and a signature line dated the year before, 0起 on a "
         "fire count (correct)")  # fmt: skip
def patrol_department() -> Book:
    b, s = start()
    department_head(s, year=2026, dept=FARM, budget=[(w(420), w(380), w(40), w(150), w(270))],
                    tasks=[("护林防火巡护", "3支队36人常态化巡护", w(110), "全年无重大森林火灾"),
                           ("防火隔离带维护", "清理维护隔离带120公里", w(90), "隔离带通畅率≥95%"),
                           ("瞭望监控运维", "18个监控点位运维", w(70), "设备在线率≥95%"),
                           ("金额合计", None, w(270), None)],
                    goal="目标1：全年森林火灾受害率控制在0.5‰以内；目标2：维护防火隔离带120公里；"
                         "目标3：监控点位在线率保持95%以上。")  # fmt: skip
    block(s, [
        ("产出指标", "数量指标", "巡护队员人数", "≥36人"),
        (None, None, "隔离带维护长度", "≥120公里"),
        (None, None, "监控点位运维数量", "≥18个"),
        (None, "质量指标", "监控设备在线率", "≥95%"),
        (None, "时效指标", "火情发现后报告时间", "≤30分钟"),
    ])  # fmt: skip
    notes(s, "注：成本指标按林场2025年度运维合同单价测算。")
    s.table([
        ("成本指标", "经济成本指标", "监控点位年运维费用", "≤3.8万元/个"),
        ("效益指标", "社会效益指标", "重大森林火灾发生次数", "=0起"),
        (None, "生态效益指标", "森林火灾受害率", "≤0.5‰"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：‰为千分比；“=0起”指全年不发生重大森林火灾。")
    sign(s, "欧阳蕙", "0746-3825117", day(2025, 11, 20))
    return b


@variant("kak04-patrol-multiyear", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "last season's year in the 年度目标, a training count above the period's")  # fmt: skip
def patrol_multiyear() -> Book:
    b, s = start()
    annual = mk("2025年完成巡护网格划分，开展巡护4800公里，培训巡护员40人次。", "Y103",
                "warning", alt=("Y101", "D104"), note="上一季留下的年份：预算年度2026，项目期"
                "2026—2028")  # fmt: skip
    project_head(s, year=2026, years=3, name="林区四级巡护网格建设项目", dept=DEPT, unit=FARM,
                 money=multi_year((w(300), w(270), w(30)), (w(100), w(90), w(10))),
                 goals=["2026—2028年建成覆盖全场的四级巡护网格，累计巡护1.4万公里，培训巡护员"
                        "120人次。", annual])  # fmt: skip
    block(s, [
        ("产出指标", "数量指标", "巡护里程", "≥14000公里", "≥4800公里"),
        (None, None, "巡护员培训人次", "≥120人次",
         mk("≥140人次", "D201", "error", alt=("D104",),
            note="年度140人次超过中期120人次（年度目标写40人次）")),
        (None, "质量指标", "巡护轨迹上传率", "≥95%", "≥95%"),
        (None, "时效指标", "火情报告时间", "≤30分钟", "≤30分钟"),
        ("成本指标", "经济成本指标", "巡护员人均年补助", "≤2.4万元/人", "≤2.4万元/人"),
        ("效益指标", "社会效益指标", "森林火灾受害率", "≤0.5‰", "≤0.5‰"),
        (None, "可持续影响指标", "巡护网格化管理机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "≥90%"),
    ], HEAD2)  # fmt: skip
    return b


@variant(
    "kak05-patrol-flat",
    (3, 10),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 · 指标值), typed percent cells, a rise in 百分点, weights add to 100 (correct)",
)
def patrol_flat() -> Book:
    b, s = start()
    department_head(s, year=2026, dept="桐岙县雾屏山林场护林防火站",
                    budget=[(w(260), w(236), w(24), w(96), w(164))],
                    goal="全年巡护5200公里，巡护到位率较上年提高3个百分点，火情早期发现率95%以上，"
                         "森林火灾受害率控制在0.5‰以内。")  # fmt: skip
    block(s, [
        ("巡护里程", 20, "公里", "≥", 5200),
        ("巡护到位率较上年提高", 15, "百分点", "≥", 3),
        ("火情早期发现率", 20, "%", "≥", pct(0.95)),
        ("火情报告时间", 10, "分钟", "≤", 30),
        ("巡护人员人均补助", 10, "万元/人", "≤", 2.4),
        ("森林火灾受害率", 15, "‰", "≤", 0.5),
        ("林区群众满意度", 10, "%", "≥", pct(0.9)),
    ], ("指标名称", "权重", "计量单位", "指标性质", "指标值"), merged=())  # fmt: skip
    return b


@variant("kak06-patrol-wrong-tier", (5, 11), "project, NAT-2021, tier labels with * and ★: a "
         "satisfaction rate under 社会效益, a 反向 injury rate with ≥")  # fmt: skip
def patrol_wrong_tier() -> Book:
    b, s = start()
    project_head(s, year=2026, name="半专业扑火队技能轮训项目", dept=DEPT, unit=FARM,
                 money=one_year(w(60), w(52), w(8)),
                 goals=["春防期前完成半专业扑火队技能轮训，全年轮训队员60人次，火情处置到场时间"
                        "不超过45分钟。"])  # fmt: skip
    block(s, [
        ("*产出指标", "*数量指标", "扑火队员轮训人次", "≥60人次"),
        (None, "*质量指标", "轮训考核合格率", "≥95%"),
        (None, "*时效指标", "火情处置到场时间", "≤45分钟"),
        ("*成本指标", "经济成本指标", "人均轮训费用", "≤0.8万元/人次"),
        ("*效益指标", "社会效益指标", "扑火队员受伤发生率",
         mk("≥1%", "T108", "warning", row=True, note="发生率是反向指标，应为≤")),
        (None, None, "林区群众满意度",
         mk("≥90%", "F201", "warning", row=True, alt=("F105",),
            note="满意度填在社会效益指标下，应属服务对象满意度指标")),
        (None, "生态效益指标", "森林火灾受害率", "≤0.5‰"),
        ("★满意度指标", "服务对象满意度指标", "参训队员满意度", "≥90%"),
    ])  # fmt: skip
    return b
