"""Community mental-health screening: kaj01 to kaj06."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout702.common import (
    YEAR,
    grid,
    multi_year,
    notes,
    one_year,
    project,
    start,
    wan,
)
from tests.variants.holdout702.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")


@variant("kaj01-screening-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a goal count with its part in brackets (correct)")  # fmt: skip
def kaj01() -> Book:
    b, s = start()
    project(s, name="鹤汀区社区居民心理健康筛查项目", dept="鹤汀区卫生健康局（312001）",
            unit="鹤汀区精神卫生防治中心", money=one_year(96, 80, 16),
            goals=["在全区9个街道开展社区居民心理健康筛查，完成筛查12000人"
                   "（其中65岁以上老年人4000人），对筛查阳性者建档并转介，"
                   "为2026年全区推广积累经验。"])  # fmt: skip
    grid(s, OPS, [
        ("产出指标", "数量指标", "完成心理健康筛查人数", "≥", 12000, "人"),
        (None, None, "其中65岁以上老年人筛查人数", "≥", 4000, "人"),
        (None, None, "覆盖街道数", "=", 9, "个"),
        (None, "质量指标", "筛查量表完整填写率", "≥", pct(0.95), "%"),
        (None, None, "阳性个案转介率", "≥", pct(0.9), "%"),
        (None, "时效指标", "筛查工作完成时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "人均筛查成本", "≤", 60, "元/人"),
        ("效益指标", "社会效益指标", "居民心理健康知识知晓率", "≥", pct(0.8), "%"),
        (None, None, "筛查阳性者失访率", "≤", pct(0.1), "%"),
        (None, "可持续影响指标", "阳性个案建档率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "受检居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kaj02-screening-goal-count", (5, 12),
         "project, NAT-2021, numbered tier labels, one value column: goal count above the "
         "indicator's, parts not making the total, cost × count above the money")  # fmt: skip
def kaj02() -> Book:
    b, s = start()
    total = mk(wan(90), "B101", "error", note="财政拨款60 + 其他资金20 = 80 ≠ 资金总额90")
    project(s, name="柘原市社区抑郁焦虑早期筛查项目", dept="柘原市卫生健康委员会（405002）",
            unit="柘原市第三人民医院", money=one_year(total, 60, 20),
            goals=["在全市8个街道开展抑郁焦虑早期筛查，全年筛查社区居民15000人，高风险人群"
                   "转介率达到90%以上。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "（一）数量指标", "早期筛查人数",
         mk("≥10000人", "D104", "warning", row=True, note="年度目标写全年筛查15000人")),
        (None, None, "覆盖街道数", "=8个"),
        (None, "（二）质量指标", "高风险人群转介率", "≥90%"),
        (None, "（三）时效指标", "筛查结果反馈时限", "≤10个工作日"),
        ("二、成本指标", "（一）经济成本指标", "人均筛查成本",
         mk("≤100元/人", "B107", "warning", row=True,
            note="100元/人 × 10000人 = 100万元，超过资金总额90万元")),
        ("三、效益指标", "（一）社会效益指标", "重点人群心理健康服务覆盖率", "≥85%"),
        (None, "（二）可持续影响指标", "筛查转介工作机制", "建立并执行"),
        ("四、满意度指标", "（一）服务对象满意度指标", "受检居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaj03-screening-three-years", (8,),
         "three-year project, NAT-2021, 实施期 and 年度 columns, the period's counts beside "
         "smaller annual counts, a later year inside the period in the goal (correct)")  # fmt: skip
def kaj03() -> Book:
    b, s = start()
    project(s, name="溪棠县乡镇居民心理健康筛查与转介项目", dept="溪棠县卫生健康局（208004）",
            unit="溪棠县人民医院精神心理科", money=multi_year((300, 270, 30), (100, 90, 10)),
            years=3, attr="新增项目",
            goals=["2025—2027年在全县6个乡镇累计筛查居民36000人，建立心理健康档案，形成"
                   "筛查—转介—随访闭环。",
                   "2025年完成2个乡镇筛查12000人，建立阳性个案档案，为2026年扩展到其余"
                   "乡镇积累经验。"])  # fmt: skip
    grid(s, PERIOD, [
        ("产出指标", "数量指标", "居民心理健康筛查人数", "≥36000人", "≥12000人"),
        (None, None, "覆盖乡镇数", "=6个", "=2个"),
        (None, "质量指标", "阳性个案随访率", "≥90%", "≥90%"),
        (None, "时效指标", "阳性结果告知时限", "≤7个工作日", "≤7个工作日"),
        ("成本指标", "经济成本指标", "人均筛查成本", "≤80元/人", "≤80元/人"),
        ("效益指标", "社会效益指标", "重点人群心理问题早发现率", "≥70%", "≥65%"),
        (None, "可持续影响指标", "县乡村三级转介网络", "健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "受检居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaj04-screening-copied-period", (8,),
         "three-year project, NAT-2021, 实施期 and 年度 columns: 中期目标 copied as 年度目标, a "
         "cumulative count copied, an annual count above the period's")  # fmt: skip
def kaj04() -> Book:
    b, s = start()
    text = "2025—2027年累计筛查65岁以上老年人15000人，建立认知障碍与抑郁风险档案。"
    project(s, name="鹭洲区老年人心理健康筛查项目", dept="鹭洲区卫生健康局（117005）",
            unit="鹭洲区社区卫生服务管理中心", money=multi_year((240, 216, 24), (80, 72, 8)),
            years=3, attr="新增项目",
            goals=[text, mk(text, "D204", "warning", note="年度目标照抄中期目标")])  # fmt: skip
    grid(s, PERIOD, [
        ("产出指标", "数量指标", "老年人心理健康筛查人数", "≥15000人",
         mk("≥15000人", "D202", "warning", note="三年累计人数照抄到年度列")),
        (None, None, "阳性老人入户随访人次", "≥3000人次",
         mk("≥4000人次", "D201", "error", note="年度4000人次大于三年的3000人次")),
        (None, "质量指标", "筛查结果复核率", "≥95%", "≥95%"),
        (None, "时效指标", "随访响应时限", "≤5个工作日", "≤5个工作日"),
        ("成本指标", "经济成本指标", "人均筛查成本", "≤50元/人", "≤50元/人"),
        ("效益指标", "社会效益指标", "老年人抑郁风险早期识别率", "≥70%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "受检老人及家属满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaj05-screening-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column; the same indicator name "
         "with different values in each, a cost × count equal to the money (correct)")  # fmt: skip
def kaj05() -> Book:
    b, s = start()
    project(s, name="溪棠县社区心理健康筛查项目", dept="溪棠县卫生健康局（208004）",
            unit="溪棠县疾病预防控制中心", money=one_year(45, 40, 5),
            goals=["完成社区居民心理健康筛查8000人，阳性个案转介率不低于90%。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    grid(s, head, [
        ("产出指标", "数量指标", "居民心理健康筛查人数", "≥8000人"),
        (None, "质量指标", "阳性个案转介率", "≥90%"),
        (None, "成本指标", "人均筛查成本", "≤50元/人"),
        ("效益指标", "社会效益指标", "居民心理健康素养水平", "较上年提升"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, name="溪棠县筛查阳性个案随访干预项目", dept="溪棠县卫生健康局（208004）",
            unit="溪棠县人民医院精神心理科", money=one_year(30, 30, 0), title="",
            goals=["对筛查阳性的500名居民开展随访干预，随访完成率不低于95%。"])  # fmt: skip
    grid(s, head, [
        ("产出指标", "数量指标", "随访干预人数", "≥500人"),
        (None, "质量指标", "随访完成率", "≥95%"),
        (None, "成本指标", "人均随访干预成本", "≤600元/人"),
        ("效益指标", "社会效益指标", "干预对象症状改善率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("kaj06-screening-department", (4, 12),
         "department, NAT-2021, key tasks with a 金额合计 that the tasks do not make, the same "
         "screening count under 数量 and 社会效益, a note row under the table")  # fmt: skip
def kaj06() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹤汀区精神卫生防治中心",
                    budget=[(wan(520), wan(480), wan(40), wan(310), wan(210))],
                    tasks=[("社区心理健康筛查", "9个街道居民筛查", wan(96), "筛查12000人"),
                           ("严重精神障碍患者管理", "随访与服药补助", wan(70), "规范管理率≥90%"),
                           ("心理援助热线运维", "坐席与平台维护", wan(44), "全年24小时运行"),
                           ("金额合计", None, mk(wan(220), "B102", "error", alt=("B101",),
                            note="96 + 70 + 44 = 210 ≠ 220（项目支出为210）"), None)],
                    goal="完成社区居民心理健康筛查12000人，严重精神障碍患者规范管理率不低于"
                         "90%，心理援助热线全年24小时运行。")  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "社区居民心理健康筛查人数", ok("≥12000人")),
        (None, None, "严重精神障碍患者随访人次", "≥6000人次"),
        (None, "质量指标", "严重精神障碍患者规范管理率", "≥90%"),
        (None, "时效指标", "热线每日服务时长", "=24小时"),
        ("成本指标", "经济成本指标", "人均筛查成本", "≤80元/人"),
        ("效益指标", "社会效益指标",
         mk("居民心理健康筛查人数", "D103", "warning", row=True, alt=("D101",),
            note="与数量指标下的社区居民心理健康筛查人数是同一指标"), "≥12000人"),
        (None, None, "患者肇事肇祸事件发生率", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：本表指标由中心业务科室填报，财务科复核。")
    return b
