"""The flower-picking labour service for older villagers: organising, protecting and paying
older villagers who pick 茉莉 flowers (kab03, kab05, kab08 correct; kab12, kab15, kab16 with
planted mistakes)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout694.common import HEAD, TWO, funds, indicators, notes, sign, start
from tests.variants.holdout694.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "香垅县人力资源和社会保障局（317012）"


@variant("kab03-picking-flat", (3, 1),
         "department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值, typed percent "
         "cells, ≤0起 on an accident count, weights adding to 100 (correct)")  # fmt: skip
def kab03() -> Book:
    b, s = start()
    department_head(s, year=2026, dept="香垅县素馨乡老年村民采花务工服务站",
                    budget=[(58, 50, 8, 18, 40)],
                    tasks=[("组织采花务工", "组织60岁以上村民就近采摘茉莉鲜花", 28,
                            "吸纳老人350人以上"),
                           ("务工安全保障", "购买意外险，配置遮阳防暑用品", 12, "全年零安全事故"),
                           ("金额合计", None, 40, None)],
                    goal="组织老年村民就近采花务工，人均增收4800元以上，"
                         "全年不发生安全事故。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ["参与采花务工老人人数", 20, "人", "≥", 350],
        ["人均采花务工收入", 15, "元", "≥", 4800],
        ["务工老人意外险参保率", 15, "%", "=", pct(1.0)],
        ["采花务工安全事故", 15, "起", "≤", 0],
        ["鲜花采摘工钱按时结算率", 15, "%", "≥", pct(0.98)],
        ["务工老人满意度", 20, "%", "≥", pct(0.9)],
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "黄桂兰", "0759-6683417", day(2025, 11, 21, CN_DATE))
    return b


@variant("kab05-picking-points", (5, 10),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）) and an "
         "indicator score column, 100 both ways, a share raised in 百分点, the goal's count a "
         "part of the total (correct)")  # fmt: skip
def kab05() -> Book:
    b, s = start()
    project_head(s, year=2026, name="素馨乡老年村民茉莉采花务工组织服务", dept=DEPT,
                 unit="素馨乡社会事务服务中心", money=funds(45, 45, 0),
                 goals=["2026年组织村民采花务工300人（其中60岁以上老人220人），采花季务工天数"
                        "不少于120天，务工老人人均采花收入4000元以上。"])  # fmt: skip
    indicators(s, (*HEAD, "分值"), [
        ["一、产出指标（40分）", "1.数量指标", "60岁以上老人参与采花务工人数", "≥220人", 15],
        [None, None, "采花务工组织天数", "≥120天", 10],
        [None, "2.质量指标", "鲜花采摘合格率", "≥95%", 10],
        [None, "3.时效指标", "采摘工钱结算周期", "≤7天", 5],
        ["二、成本指标（10分）", "1.经济成本指标", "人均务工组织服务成本", "≤1500元/人", 10],
        ["三、效益指标（30分）", "1.社会效益指标", "务工老人占全村采花劳力比例提高",
         "≥5百分点", 15],
        [None, "2.经济效益指标", "务工老人人均采花收入", "≥4000元", 15],
        ["四、满意度指标（20分）", "1.服务对象满意度指标", "务工老人满意度", "≥90%", 10],
        [None, None, "合作茶企满意度", "≥90%", 10],
    ])  # fmt: skip
    sign(s, "黄桂兰", "0759-6683417", day(2025, 11, 21, CN_DATE))
    return b


@variant("kab08-picking-department", (12,),
         "department, NAT-2021: budget with shares, three tasks adding to 金额合计 = 项目支出, a "
         "unit cost × count equal to its task's money (correct)")  # fmt: skip
def kab08() -> Book:
    b, s = start()
    department_head(s, year=2026, dept="香垅县窨溪镇社会事务服务中心",
                    budget=[(320, 272, 48, 128, 192),
                            (pct(1.0), pct(0.85), pct(0.15), pct(0.4), pct(0.6))],
                    tasks=[("老年村民采花务工组织", "登记、派工、结算老年采花工", 96,
                            "组织老人采花务工500人以上"),
                           ("采花务工意外保障", "为务工老人购买意外伤害保险", 36, "应保尽保"),
                           ("采花点遮阳棚建设", "在茉莉园建设遮阳棚及饮水点", 60, "建成40个"),
                           ("金额合计", None, 192, None)],
                    goal="目标1：组织老年村民采花务工500人以上；目标2：建成采花点遮阳棚40个；"
                         "目标3：务工老人意外保险应保尽保。")  # fmt: skip
    indicators(s, HEAD, [
        ["成本指标", "经济成本指标", "采花点遮阳棚单个建设成本", "≤1.5万元/个"],
        ["产出指标", "数量指标", "建设采花点遮阳棚", "≥40个"],
        [None, None, "组织老人采花务工", "≥500人"],
        [None, "质量指标", "遮阳棚验收合格率", "≥95%"],
        [None, "时效指标", "务工意外险投保完成时间", "2026年4月30日前"],
        ["效益指标", "社会效益指标", "务工老人意外险参保率", "=100%"],
        [None, "经济效益指标", "务工老人人均增收", "≥3500元"],
        ["满意度指标", "服务对象满意度指标", "务工老人满意度", "≥92%"],
    ])  # fmt: skip
    sign(s, "韦德明", "0759-6690258", day(2025, 11, 14, CN_DATE))
    return b


@variant("kab12-picking-duplicates", (1,),
         "project, OLD-NAT, one value column: the served count twice with a word more and "
         "another value, a satisfaction rate under 社会效益, a rate as a count")  # fmt: skip
def kab12() -> Book:
    b, s = start()
    project_head(s, year=2026, name="杏湾村老年采花工暑期防护服务", dept=DEPT,
                 unit="窨溪镇杏湾村民委员会", money=funds(30, 30, 0),
                 goals=["2026年7—9月为杏湾村参与采花的老年村民提供防暑防护服务，发放防护包420份，"
                        "设采花歇脚点6个。"])  # fmt: skip
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "发放防暑防护包", "≥420份"],
        [None, None, "设置采花歇脚点", "≥6个"],
        [None, None, "服务老年采花工人数", "≥420人"],
        [None, "质量指标", "防护包验收合格率", "≥98%"],
        [None, None, "歇脚点饮水供应覆盖率",
         mk("6个", "T105", "error", note="a coverage rate given as a count")],
        [None, "时效指标", "防护包发放完成时间", "2026年6月30日前"],
        [None, "成本指标", "防护包单价", "≤35元/份"],
        [None, None, "歇脚点单个建设成本", "≤3万元/个"],
        ["效益指标", "社会效益指标", "老年采花工中暑发生率", "≤2%"],
        [None, None, "服务的老年采花工人数",
         mk("≥450人", "D102", "error", row=True, alt=("D103", "D101"),
            note="the same count as 服务老年采花工人数 ≥420人, with another value")],
        [None, None, "老年采花工满意度",
         mk("≥90%", "F201", "warning", row=True, note="a satisfaction rate under 社会效益")],
        ["满意度指标", "服务对象满意度指标", "合作茶企满意度", "≥85%"],
    ])  # fmt: skip
    sign(s, "韦德明", "0759-6690258", day(2026, 1, 6, CN_DATE))
    return b


@variant("kab15-picking-department-money", (12, 4),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a "
         "说明 row inside the table and a 填表说明 below")  # fmt: skip
def kab15() -> Book:
    b, s = start()
    total = mk(210, "B101", "error", row=True, note="基本支出 90 + 项目支出 125 = 215 ≠ 210")
    whole = mk(125, "B102", "error", note="70 + 40 + 20 = 130 ≠ 125")
    department_head(s, year=2026, dept="香垅县素馨乡农业综合服务中心",
                    budget=[(total, 180, 30, 90, 125)],
                    tasks=[("老年村民采花务工服务", "组织老年村民采花、结算工钱", 70,
                            "服务老人400人以上"),
                           ("茉莉鲜花收购点运行", "维持3个收购点运转", 40, "收购点正常运行"),
                           ("采花道路养护", "养护茉莉园采花步道", 20, "养护步道15公里"),
                           ("金额合计", None, whole, None)],
                    goal="服务老年村民采花务工400人以上，保障3个鲜花收购点运行，养护采花步道"
                         "15公里。")  # fmt: skip
    indicators(s, HEAD, [
        ["成本指标", "经济成本指标", "采花步道每公里养护成本", "≤1.2万元/公里"],
        ["产出指标", "数量指标", "服务老年采花务工人数", "≥400人"],
        [None, None, "运行鲜花收购点", "≥3个"],
        [None, None, "养护采花步道", "≥15公里"],
        [None, "质量指标", "步道养护验收合格率", "≥95%"],
        ["说明：时效指标按采花季（5—10月）设定。", None, None, None],
        ["产出指标", "时效指标", "采花工钱结算周期", "≤7天"],
        ["效益指标", "社会效益指标", "务工老人人均增收", "≥3000元"],
        ["满意度指标", "服务对象满意度指标", "务工老人满意度", "≥90%"],
    ])  # fmt: skip
    notes(s, "填表说明：金额单位为万元；指标值应含比较符和计量单位。")
    sign(s, "黄桂兰", "0759-6683417", day(2025, 11, 21, CN_DATE))
    return b


@variant("kab16-picking-three-year-copy", (8,),
         "three-year project 2026-2028, NAT-2021, 中期 and 年度 columns: two cumulative counts "
         "copied from 中期 into 年度, a registration deadline left from 2024")  # fmt: skip
def kab16() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="香垅县老年村民采花务工帮扶三年计划", dept=DEPT,
                 unit="香垅县就业服务中心", attr="新增项目",
                 money=funds(270, 240, 30, annual=(90, 80, 10)),
                 goals=["2026—2028年累计组织老年村民采花务工900人次，建设采花务工服务点9个。",
                        "2026年组织老年村民采花务工300人次，建设采花务工服务点3个。"])  # fmt: skip
    why = "a cumulative count copied from 中期; the 年度目标 says "
    indicators(s, TWO, [
        ["成本指标", "经济成本指标", "服务点单个建设成本", "≤10万元/个", "≤10万元/个"],
        ["产出指标", "数量指标", "组织老年村民采花务工", "≥900人次",
         mk("≥900人次", "D202", "warning", alt=("D104",), note=why + "300人次")],
        [None, None, "建设采花务工服务点", "≥9个",
         mk("≥9个", "D202", "warning", alt=("D104",), note=why + "3个")],
        [None, "质量指标", "服务点验收合格率", "≥95%", "≥95%"],
        [None, "时效指标", "采花务工登记完成时间", "2028年3月底前",
         mk("2024年3月底前", "Y102", "error", alt=("Y103", "Y101"),
            note="2024 lies before the project (2026-2028): a deadline left from an old plan")],
        ["效益指标", "社会效益指标", "务工老人人均年增收", "≥3000元", "≥3000元"],
        [None, "可持续影响指标", "采花务工服务机制", "建立并运行", "建立"],
        ["满意度指标", "服务对象满意度指标", "务工老人满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    sign(s, "韦德明", "0759-6690258", day(2025, 12, 2, CN_DATE))
    return b
