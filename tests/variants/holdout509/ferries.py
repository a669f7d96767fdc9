"""Ferries on the gorge rivers: boats, landings and the ferries that bridges replace."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout509.common import (
    MARITIME,
    TRANSPORT,
    YEAR,
    indicators,
    multi_year,
    note,
    one_year,
    opened,
    signature,
    wan,
)
from tests.variants.holdout509.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ay07-ferry-department", (12,),
         "department, NAT-2021: budget and key tasks adding up, a 下降率 with ≥, a boat cost "
         "× count equal to its task money, =100% at the ceiling (correct)")  # fmt: skip
def ay07() -> Book:
    b, s = opened()
    department_head(s, year=YEAR, dept=f"{MARITIME}（本级）",
                    budget=[(wan(1260), wan(1100), wan(160), wan(420), wan(840))],
                    tasks=[("渡船更新改造", "更新钢质渡船4艘", wan(520), "渡船全部达标"),
                           ("渡工培训", "渡工持证培训", wan(80), "渡工持证上岗"),
                           ("渡口安全巡查", "巡查全县18处渡口", wan(240), "隐患及时整改"),
                           ("金额合计", None, wan(840), None)],
                    goal="更新渡船，培训渡工，巡查渡口，保障峡谷群众安全过江。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "更新钢质渡船", "≥4艘"),
        (None, None, "渡工持证培训", "≥60人次"),
        (None, "质量指标", "渡船年度检验合格率", "=100%"),
        (None, "时效指标", "安全隐患整改时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "单艘渡船更新成本", "≤130万元/艘"),
        ("效益指标", "社会效益指标", "渡运安全事故下降率", "≥20%"),
        (None, "可持续影响指标", "渡船设计使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "过渡群众满意度", "≥90%"),
    ], caption="年度绩效指标")  # fmt: skip
    signature(s, "岑国栋", "0871-6531106")
    return b


@variant("ay08-ferry-flat-defects", (3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值): "
         "weights add to 90, a waiting time with ≥, a money value in a 人次 row")  # fmt: skip
def ay08() -> Book:
    b, s = opened()
    department_head(s, year=YEAR, dept="雾岭县渡运管理站",
                    budget=[(wan(680), wan(600), wan(80), wan(230), wan(450))],
                    tasks=[("渡口码头改造", "改造候渡平台6处", wan(300), "候渡安全"),
                           ("渡运补贴", "学生及群众渡运补贴", wan(150), "免费过渡"),
                           ("金额合计", None, wan(450), None)],
                    goal="改造渡口码头，落实渡运补贴。")  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+20+10+10 = 90，应为 100")
    op = mk("≥", "T108", "warning", row=True, note="候渡时间是反向指标，应为 ≤")
    unit = mk("12万元", "T112", "error", note="计量单位列为人次，指标值却是万元")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("改造候渡平台", 20, "处", "≥", 6),
        ("渡工安全培训", 15, "人次", "≥", unit),
        ("渡船安全检查覆盖率", 15, "%", "≥", 95),
        ("学生免费过渡人次", 20, "人次", "≥", 36000),
        ("渡船平均候渡时间", 10, "分钟", op, 30),
        ("过渡群众满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    signature(s, "卢海鹰", "0871-6531188")
    return b


@variant("ay09-ferry-multi-year", (8,),
         "three-year 渡改桥 project, NAT-2021, 中期 and 年度 columns: counts smaller in the "
         "year, rates and unit cost equal, goals different (correct)")  # fmt: skip
def ay09() -> Book:
    b, s = opened()
    project_head(s, year=YEAR, years=3, name="雾岭县渡改桥三年行动", dept=TRANSPORT,
                 unit="雾岭县交通建设服务中心", attr="新增项目",
                 money=multi_year((wan(2400), wan(2200), wan(200)), (wan(900), wan(820), wan(80))),
                 goals=["三年建成9座渡改桥，停运9处渡口。",
                        "2025年建成3座渡改桥，停运3处渡口。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "建成渡改桥", "≥9座", "≥3座"),
        (None, None, "改造桥头连接道路", "≥12公里", "≥4公里"),
        (None, "质量指标", "桥梁竣工验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "工程完工时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单座桥梁建设成本", "≤240万元/座", "≤240万元/座"),
        ("效益指标", "社会效益指标", "停运渡口", "≥9处", "≥3处"),
        (None, "可持续影响指标", "桥梁设计使用年限", "≥30年", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "沿江群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "田晓岚", "0871-6530458")
    return b


@variant("ay10-ferry-multi-year-copied", (8,),
         "two-year landing project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
         "中期目标, two cumulative counts copied into the year")  # fmt: skip
def ay10() -> Book:
    b, s = opened()
    goal = "两年新建人行桥6座，硬化候渡步道8公里，取消危险渡口6处。"
    same = mk(goal, "D204", "warning", note="年度目标与中期目标逐字相同")
    project_head(s, year=YEAR, years=2, name="峡谷渡口安全改造工程", dept=TRANSPORT,
                 unit="雾岭县交通建设服务中心", attr="新增项目",
                 money=multi_year((wan(1500), wan(1400), wan(100)), (wan(800), wan(740), wan(60))),
                 goals=[goal, same])  # fmt: skip
    bridges = mk("≥6座", "D202", "warning", note="两年累计数照抄到年度")
    paths = mk("≥8公里", "D202", "warning", note="两年累计数照抄到年度")
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "新建人行桥", "≥6座", bridges),
        (None, None, "硬化候渡步道", "≥8公里", paths),
        (None, "质量指标", "工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "工程完工时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单座人行桥建设成本", "≤120万元/座", "≤120万元/座"),
        ("效益指标", "社会效益指标", "取消危险渡口", "≥6处", "≥3处"),
        ("满意度指标", "服务对象满意度指标", "沿江群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "田晓岚", "0871-6530458")
    return b


@variant("ay11-ferry-notes", (4,),
         "project, OLD-NAT, one value column: a 注 row inside the table, the header repeated "
         "after a page break, 填表说明, signature and a date the year before "
         "(correct)")  # fmt: skip
def ay11() -> Book:
    b, s = opened()
    project_head(s, year=YEAR, name="燕窝渡渡口安全提升项目", dept=TRANSPORT, unit=MARITIME,
                 money=one_year(180, 150, 30),
                 goals=["为燕窝渡等5处渡口配齐救生设备并完成改造。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "配置救生设备", "≥200套"),
        (None, None, "改造渡口候渡棚", "≥5处"),
        (None, "质量指标", "救生设备检验合格率", "≥98%"),
        (None, "时效指标", "设备配置完成时间", "2025年6月30日前"),
    ])  # fmt: skip
    note(s, "注：救生设备含救生衣、救生圈和抛绳器，按渡船核定载客量配置。")
    s.row(*HEAD4)
    s.table([
        ("产出指标", "成本指标", "救生设备配置标准", "≤0.3万元/套"),
        ("效益指标", "社会效益指标", "渡运安全事故", "≤0起"),
        (None, "可持续影响指标", "渡口安全管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "过渡群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.指标值应量化；2.金额单位为万元；3.本表一式两份。")
    signature(s, "蒙丽萍", "0871-6531120", day(YEAR - 1, 12, 3))
    s.row("单位负责人（签字）：", "杨志坤", None, "单位（盖章）")
    return b


@variant("ay12-ferry-direction", (11, 1),
         "project, OLD-NAT, operator and unit columns with typed percent cells: an accident "
         "rate with ≥ and a fare subsidy cap with =")  # fmt: skip
def ay12() -> Book:
    b, s = opened()
    project_head(s, year=YEAR, name="峡谷渡运公益补贴项目", dept=TRANSPORT, unit=MARITIME,
                 money=one_year(wan(96), wan(90), wan(6)), attr="常年项目",
                 goals=["对学生和沿江群众过渡给予补贴，保障渡运安全。"])  # fmt: skip
    acc = mk("≥", "T108", "warning", row=True, note="事故发生率是反向指标，应为 ≤")
    fare = mk("=", "T108", "warning", row=True, note="补贴标准是成本上限，应为 ≤")
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "补贴渡运人次", "≥", 120000, "人次"),
        (None, "质量指标", "补贴资金兑付准确率", "≥", pct(0.99), "%"),
        (None, "时效指标", "补贴按季兑付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单人次渡运补贴标准", fare, 3, "元/人次"),
        ("效益指标", "社会效益指标", "渡运安全事故发生率", acc, pct(0.01), "%"),
        ("满意度指标", "服务对象满意度指标", "过渡群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "蒙丽萍", "0871-6531120")
    return b
