"""Lifts added to old residential buildings (既有住宅加装电梯): kas01–kas06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout711.common import (
    DEPT,
    HEAD4,
    YEAR,
    book,
    indicators,
    multi_year,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout711.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("kas01-lift-subsidy", (1, 5, 7),
         "project, NAT-2021, numbered tier labels with points, header 绩效目标值, a typed 100% "
         "(correct)")  # fmt: skip
def lift_subsidy() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="柘湾区既有住宅加装电梯财政补助", dept=DEPT,
                 unit="柘湾区老旧小区改造服务中心", attr="延续项目",
                 money=one_year(wan(1200), wan(1000), wan(200)),
                 goals=["年内完成既有住宅加装电梯40部（其中桐舍街道24部、柘东街道16部），"
                        "惠及住户不少于480户，财政按每部不超过25万元给予补助。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("一、产出指标（40分）", "（一）数量指标", "加装电梯数量", "≥40部"),
        (None, None, "惠及住户数", "≥480户"),
        (None, "（二）质量指标", "电梯安装验收合格率", pct(1.0)),
        (None, "（三）时效指标", "项目完工时间", "2025年12月31日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "单部电梯财政补助标准", "≤25万元/部"),
        ("三、效益指标（30分）", "（一）社会效益指标", "老年住户出行困难投诉下降率", "≥30%"),
        (None, "（二）可持续影响指标", "加装电梯运行安全事故", "0起"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "加装电梯住户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺明远", "0759-6612408")
    return b


@variant("kas02-lift-goal-mismatch", (11,),
         "project, OLD-NAT, operator column 指标性质 and unit column; the count disagrees with the "
         "goal, a quality rate under 时效, a subsidy standard × count above the money")  # fmt: skip
def lift_goal_mismatch() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="桐舍街道老旧小区加装电梯工程", dept=DEPT,
                 unit="桐舍街道办事处", attr="新增项目",
                 money=one_year(wan(1800), wan(1500), wan(300)),
                 goals=["年内完成桐舍街道老旧小区加装电梯36部，惠及居民约430户，"
                        "电梯全部通过特种设备监督检验。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "加装电梯数量", "≥",
         mk(32, "D104", "warning", row=True, note="年度目标写36部，指标只有32部"), "部"),
        (None, "质量指标", "电梯安装验收合格率", "=", 100, "%"),
        (None, "时效指标", "项目按期完工率", "≥", 95, "%"),
        (None, None, mk("电梯特种设备监督检验合格率", "F201", "warning", row=True,
                        note="检验合格率是质量指标，填在时效指标下"), "=", 100, "%"),
        (None, "成本指标", "单部电梯财政补助标准", "≤",
         mk(60, "B107", "warning", row=True, alt=("D104",),
            note="60万元/部 × 32部 = 1920万元（按目标36部为2160万元），超过年度资金1800万元"),
         "万元/部"),
        ("效益指标", "社会效益指标", "居民上下楼平均耗时下降率", "≥", 40, "%"),
        ("满意度指标", "服务对象满意度指标", "加装电梯住户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kas03-lift-three-year", (1, 8),
         "three-year project 2025—2027, NAT-2021, 中期 and 年度 columns, period counts above the "
         "year's, typed percents (correct)")  # fmt: skip
def lift_three_year() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="柘湾区老旧小区加装电梯三年行动", dept=DEPT,
                 unit="柘湾区老旧小区改造服务中心", attr="新增项目",
                 money=multi_year(wan(3600), wan(1200), wan(1000), wan(200)),
                 goals=["2025—2027年在全区老旧小区加装电梯120部，惠及住户1440户以上，"
                        "建立加装电梯后续维保长效机制。",
                        "2025年完成加装电梯40部（其中东片24部、西片16部），惠及住户480户以上，"
                        "为2027年全区推开积累可复制做法。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "加装电梯数量", "≥120部", "≥40部"),
        (None, "质量指标", "电梯安装验收合格率", pct(1.0), pct(1.0)),
        (None, "时效指标", "年度任务按期完成率", pct(0.95), pct(0.95)),
        ("成本指标", "经济成本指标", "单部电梯财政补助标准", "≤25万元/部", "≤25万元/部"),
        ("效益指标", "社会效益指标", "受益住户数", "≥1440户", "≥480户"),
        (None, "可持续影响指标", "加装电梯维保长效机制", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "加装电梯住户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kas04-lift-period-copied", (8,),
         "three-year project 2025—2027, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "year's count above the period's, last season's deadline")  # fmt: skip
def lift_period_copied() -> Book:
    b, s = book()
    goal = "三年内在柘东街道老旧小区加装电梯30部以上，同步完成楼道无障碍改造。"
    project_head(s, year=YEAR, years=3, name="柘东街道老旧小区加装电梯及无障碍改造", dept=DEPT,
                 unit="柘东街道办事处", attr="新增项目",
                 money=multi_year(wan(2700), wan(900), wan(800), wan(100)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="多年期项目的年度目标与中期目标逐字相同")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "加装电梯数量", "≥30部",
         mk("≥36部", "D201", "error", note="一年的加装数36部大于三年期的30部")),
        (None, None, "楼道无障碍改造单元数", "≥90个", "≥30个"),
        (None, "质量指标", "电梯安装验收合格率", "=100%", "=100%"),
        (None, "时效指标", "电梯主体安装完成时间", "2027年10月31日前",
         mk("2024年10月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2024年的期限早于项目期2025—2027年，是上一季的残留")),
        ("成本指标", "经济成本指标", "单部电梯财政补助标准", "≤25万元/部", "≤25万元/部"),
        ("效益指标", "社会效益指标", "受益老年住户数", "≥360户", "≥120户"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kas05-lift-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each (correct)")  # fmt: skip
def lift_stacked() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="老旧小区加装电梯财政补助", dept=DEPT,
                 unit="柘湾区老旧小区改造服务中心", money=one_year(wan(750), wan(750), wan(0)),
                 goals=["完成加装电梯30部，单部补助不超过25万元。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "加装电梯数量", "≥30部"),
        (None, "质量指标", "电梯安装验收合格率", "100%"),
        (None, "成本指标", "单部电梯财政补助标准", "≤25万元/部"),
        ("效益指标", "社会效益指标", "受益住户数", "≥360户"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="既有住宅电梯维保补贴", dept=DEPT,
                 unit="柘湾区老旧小区改造服务中心", money=one_year(wan(96), wan(80), wan(16)),
                 goals=["对已加装的160部电梯给予维保补贴，每部每年不超过6000元。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "享受维保补贴电梯数", "≥160部"),
        (None, "质量指标", "电梯年度定期检验合格率", "100%"),
        (None, "时效指标", "维保补贴发放及时率", "≥95%"),
        (None, "成本指标", "单部电梯年度维保补贴标准", "≤0.6万元/部"),
        ("效益指标", "可持续影响指标", "电梯困人故障平均处置时间", "≤30分钟"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("kas06-lift-department", (12,),
         "department, NAT-2021: 资金总额 ≠ 基本支出 + 项目支出; the goal's lift count differs from "
         "the indicator")  # fmt: skip
def lift_department() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="柘湾区住房和城乡建设局",
                    budget=[(mk(wan(4300), "B101", "error",
                                note="基本支出1200 + 项目支出3000 = 4200，不是4300"),
                             wan(4000), wan(300), wan(1200), wan(3000))],
                    tasks=[("既有住宅加装电梯", "财政补助加装电梯60部", wan(1500), "惠及住户720户"),
                           ("老旧供水管网改造", "改造老旧供水管网18公里", wan(1200),
                            "漏损率降至9%以下"),
                           ("物业管理试点", "6个小区引入专业化物业", wan(300),
                            "试点小区物业全覆盖"),
                           ("金额合计", None, wan(3000), None)],
                    goal="全年完成老旧小区加装电梯60部，改造老旧供水管网18公里，"
                         "在6个小区开展物业管理试点。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "加装电梯数量",
         mk("≥45部", "D104", "warning", row=True, note="年度总体目标和任务都写60部")),
        (None, None, "老旧供水管网改造长度", "≥18公里"),
        (None, None, "物业管理试点小区数量", "≥6个"),
        (None, "质量指标", "改造工程竣工验收合格率", "100%"),
        (None, "时效指标", "年度改造任务按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "单部电梯财政补助标准", "≤25万元/部"),
        ("效益指标", "社会效益指标", "老旧小区供水管网漏损率", "≤9%"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%"),
    ])  # fmt: skip
    return b
