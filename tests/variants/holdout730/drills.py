"""Returns on community disaster-drill funding (社区防灾减灾演练经费)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout730.common import (
    TIERS,
    indicators,
    notes,
    one_year,
    sign,
    start,
    two_level,
    wan,
)
from tests.variants.holdout730.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct


@variant("kbl13-drill-notes", (4,),
         "project, OLD-NAT, one value column: a 说明 row inside the table, the header repeated "
         "after a page break, footnotes, 填表说明 and a signature dated the year before "
         "(correct)")  # fmt: skip
def kbl13() -> Book:
    b, s = start()
    goal = ("组织全区48个社区开展综合应急演练不少于96场（每社区2场），培训社区应急志愿者"
            "960人。")  # fmt: skip
    project_head(s, year=2025, name="蓼湾区社区综合应急演练补助项目",
                 dept="澄岭市蓼湾区应急管理局（317004）", unit="蓼湾区应急管理局",
                 money=one_year(60, 60, 0), goals=[goal])  # fmt: skip
    header = (*TIERS, "指标值")
    indicators(s, header, [
        ("产出指标", "数量指标", "开展演练社区数", "≥48个"),
        (None, None, "综合应急演练场次", "≥96场"),
        (None, None, "培训社区应急志愿者", "≥960人"),
        (None, "质量指标", "志愿者培训考核合格率", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：演练场次含防汛、消防、地震三类，每类至少覆盖16个社区。", width=4)
    indicators(s, header, [
        ("产出指标", "时效指标", "演练完成时间", "2025年10月31日前"),
        (None, "成本指标", "单场演练补助标准", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "居民应急知识知晓率", "≥85%"),
        (None, "可持续影响指标", "社区演练常态化机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "参演居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.本表金额单位为万元；2.演练补助按实际开展场次据实结算。",
          "填表说明：三级指标由项目单位填写，一级、二级指标不得修改。", width=6)  # fmt: skip
    sign(s, "柏晓岚", "0571-86127735", day(2024, 12, 6))
    return b


@variant("kbl14-drill-template-leftovers", (6, 13),
         "project, NAT-2021, header 预期目标: plan dates left from last year under a 2025 title, "
         "the template's example row left in, a satisfaction value without a name")  # fmt: skip
def kbl14() -> Book:
    b, s = start()
    goal = "支持辖区30个社区开展防灾减灾演练60场，完成社区风险隐患排查图编制30份。"
    project_head(s, year=2025, name="岫川区社区防灾减灾演练经费项目",
                 dept="澄岭市岫川区应急管理局（317006）", unit="岫川区应急管理局",
                 money=one_year(45, 40, 5), goals=[goal],
                 start=day(2024, 1, 1), end=day(2024, 12, 31))  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102",),
                note="标题为2025年度，计划开始和完成日期仍是上年的2024年")  # fmt: skip
    example = mk("≥**人次", "X101", "error", row=True, alt=("T116", "T101"),
                 note="模板的示例行未删除，指标值仍是占位符")  # fmt: skip
    noname = mk(None, "F110", "error", note="有指标值≥90%，却没有三级指标名称")
    indicators(s, (*TIERS, "预期目标"), [
        ("产出指标", "数量指标", "开展演练社区数", "≥30个"),
        (None, None, "防灾减灾演练场次", "≥60场"),
        (None, None, "社区风险隐患排查图编制", "≥30份"),
        (None, None, "（示例）XX活动参与人次", example),
        (None, "质量指标", "演练方案审核通过率", "=100%"),
        (None, "时效指标", "演练完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单场演练平均成本", "≤0.6万元/场"),
        ("效益指标", "社会效益指标", "居民防灾减灾知识知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", noname, "≥90%"),
    ])  # fmt: skip
    return b


def _community(s: Sheet, title: str | None, name: str, unit: str, money: Sequence[Any],
               v: Sequence[str]) -> None:  # fmt: skip
    """One community's drill project of kbl15: ``v`` = (场次, 人次, 单场成本, 知晓率)."""
    project_head(s, year=2025, title=title, name=name, dept="澄岭市应急管理局（317001）",
                 unit=unit, money=one_year(*money),
                 goals=[f"开展综合应急演练{v[0]}场，参演居民{v[1]}人次。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "综合应急演练场次", f"≥{v[0]}场"),
        (None, None, "参演居民人次", f"≥{v[1]}人次"),
        (None, "质量指标", "演练方案备案率", pct(1)),
        (None, "时效指标", "演练完成时间", "2025年11月30日前"),
        (None, "成本指标", "单场演练平均成本", f"≤{v[2]}万元/场"),
        ("效益指标", "社会效益指标", "居民应急知识知晓率", f"≥{v[3]}%"),
        ("满意度指标", "服务对象满意度指标", "参演居民满意度", "≥90%"),
    ])  # fmt: skip


@variant("kbl15-drill-stacked-three", (2,),
         "three community drill projects stacked in one sheet, OLD-NAT, one value column, the "
         "same indicator names with different values in each project (correct)")  # fmt: skip
def kbl15() -> Book:
    b, s = start()
    _community(s, "2025年度社区防灾减灾演练项目绩效目标表", "槐渚街道社区应急演练项目",
               "槐渚街道办事处", (12, 10, 2), ("8", "1600", "1.2", "85"))  # fmt: skip
    s.skip()
    _community(s, "", "蔚山镇社区应急演练项目", "蔚山镇人民政府", (9, 9, 0),
               ("6", "1200", "1.5", "80"))  # fmt: skip
    s.skip()
    _community(s, "", "澄东街道社区应急演练项目", "澄东街道办事处", (15, 12, 3),
               ("10", "2500", "1.2", "88"))  # fmt: skip
    return b


@variant("kbl16-drill-cost-lines", (12,),
         "project, OLD-NAT, one value column, money detail lines under the table: lines not "
         "adding to their 合计, a subsidy × drills above the money, fewer communities than the "
         "goal")  # fmt: skip
def kbl16() -> Book:
    b, s = start()
    goal = "组织全县36个社区开展应急演练120场，配发演练物资包360套。"
    project_head(s, year=2025, name="栖桐县社区应急演练物资及指导经费项目",
                 dept="栖桐县应急管理局（421003）", unit="栖桐县应急管理局",
                 money=one_year(80, 80, 0), goals=[goal])  # fmt: skip
    fewer = mk("≥30个", "D104", "warning", row=True, note="年度目标写组织全县36个社区")
    subsidy = mk("≤0.8万元/场", "B107", "warning", row=True,
                 note="0.8万元/场 × 120场 = 96万元，超过年度资金80万元")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "参与演练社区数", fewer),
        (None, None, "应急演练场次", "≥120场"),
        (None, None, "配发演练物资包", "≥360套"),
        (None, "质量指标", "演练评估达标率", "≥90%"),
        (None, "时效指标", "演练完成时间", "2025年11月30日前"),
        (None, "成本指标", "单场演练补助标准", subsidy),
        ("效益指标", "社会效益指标", "居民应急知识知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参演居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", "支出内容", "金额", "测算依据")
    s.table([
        (None, "演练补助", wan(48), "120场 × 0.4万元"),
        (None, "演练物资包", wan(18), "360套 × 0.05万元"),
        (None, "专家指导及评估", wan(8), "40人次 × 0.2万元"),
        (None, "宣传及资料印制", wan(4), "按实际印制量"),
        (None, "合计", mk(wan(80), "B102", "error", note="48 + 18 + 8 + 4 = 78，不是80"),
         None),
    ], merged=(1,))  # fmt: skip
    return b


@variant("kbl17-drill-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator, bare numbers "
         "and a unit column; 0起 on an incident count, a 下降率 with ≥, a cost equal to its "
         "money (correct)")  # fmt: skip
def kbl17() -> Book:
    b, s = start(widths=(14, 16, 28, 10, 10, 12, 12))
    goal = ("在12个示范社区开展地震应急演练24场，参演居民不少于4800人次，演练安全事故零"
            "发生。")  # fmt: skip
    project_head(s, year=2025, name="澄岭市社区地震应急演练示范项目",
                 dept="澄岭市地震局（318001）", unit="澄岭市地震局",
                 money=one_year(36, 30, 6), goals=[goal])  # fmt: skip
    indicators(s, (*TIERS, "指标性质", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "示范社区数", "正向", "≥", 12, "个"),
        (None, None, "地震应急演练场次", "正向", "≥", 24, "场"),
        (None, None, "参演居民人次", "正向", "≥", 4800, "人次"),
        (None, "质量指标", "演练评估达标率", "正向", "≥", 90, "%"),
        (None, "时效指标", "演练总结报送时限", "反向", "≤", 5, "工作日"),
        (None, "成本指标", "单场演练平均成本", "反向", "≤", 1.5, "万元/场"),
        ("效益指标", "社会效益指标", "演练安全事故", "反向", "≤", 0, "起"),
        (None, None, "居民疏散平均用时下降率", "正向", "≥", 15, "%"),
        ("满意度指标", "服务对象满意度指标", "参演居民满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kbl18-drill-two-year", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: a period count below the 中期目标's, "
         "a year's drills above the period's")  # fmt: skip
def kbl18() -> Book:
    b, s = start()
    period = "两年内组建社区应急救援队48支，培训社区应急队员1200人，开展实战化演练160场。"
    annual = "2025年组建社区应急救援队24支，培训队员600人，开展实战化演练80场。"
    project_head(s, year=2025, years=2, name="岫川区社区应急救援队伍能力提升项目",
                 dept="澄岭市岫川区应急管理局（317006）", unit="岫川区应急管理局",
                 money=two_level((240, 200, 40), (120, 100, 20)),
                 goals=[period, annual])  # fmt: skip
    trained = mk("≥1000人", "D104", "warning", row=True, note="中期目标写培训社区应急队员1200人")
    above = mk("≥200场", "D201", "error", alt=("D104",),
               note="一年的演练场次超过两年的160场，年度目标也只写80场")  # fmt: skip
    indicators(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "组建社区应急救援队", "≥48支", "≥24支"),
        (None, None, "培训社区应急队员", trained, "≥600人"),
        (None, None, "实战化演练场次", "≥160场", above),
        (None, "质量指标", "队员培训考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "队伍组建完成时间", "2026年6月30日前", "2025年12月31日前"),
        (None, "成本指标", "单支队伍装备配置成本", "≤4万元/支", "≤4万元/支"),
        ("效益指标", "社会效益指标", "社区突发事件先期处置到场时间", "≤15分钟", "≤15分钟"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
