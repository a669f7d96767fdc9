"""Department returns (yi07–yi12): flat lists, the budget and task blocks, rows that are not
indicators, template rows left empty."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout441.common import (
    DEPT,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout441.registry import variant
from tests.variants.kit import Book, mk, pct

CENTRE = "澜埠县青少年活动中心"
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


def budget(total: Any, fiscal: float, other: float, basic: float, project: float) -> list[
        list[Any]]:  # fmt: skip
    """The budget row under (资金总额, 财政拨款, 其他资金, 基本支出, 项目支出)."""
    return [[wan(total), wan(fiscal), wan(other), wan(basic), wan(project)]]


@variant("yi07-dance-flat-list", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, weights add to 100 (correct)")  # fmt: skip
def dance_flat_list() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=CENTRE, budget=budget(180, 160, 20, 110, 70),
                    goal="舞蹈进乡村学校，全年送教960课时，惠及农村儿童3600人次。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("乡村学校舞蹈课堂开课数", 20, "个", "≥", 24),
        ("参训农村儿童", 15, "人次", "≥", 3600),
        ("舞蹈教师送教课时", 15, "课时", "≥", 960),
        ("课程验收合格率", 10, "%", "≥", pct(0.95)),
        ("学员意外伤害发生率", 10, "%", "≤", pct(0.01)),
        ("每课时送教补助标准", 10, "元/课时", "≤", 200),
        ("少儿舞蹈展演", 10, "场", "≥", 4),
        ("家长满意度", 10, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    sign(s, "覃向阳", "0876-5338120")
    return b


@variant("yi08-ballet-flat-defects", (3, 11), "department, flat list (指标名称 · 指标值 · "
         "指标性质 as direction · 计量单位 · 权重): unit conflict, direction, weights")  # fmt: skip
def ballet_flat_defects() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=CENTRE, budget=budget(150, 140, 10, 95, 55),
                    goal="普及少儿芭蕾基训，改造乡镇练功房3处，服务农村儿童1500人。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+15+15+10 = 90, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("农村儿童芭蕾普及人数", "≥1500", "正向", "人", 20),
        ("芭蕾基训课合格率", "≥90%", "正向", "%", 15),
        ("乡镇练功房改造面积", mk("≥12万元", "T112", "error",
                                  note="万元 in the value, 平方米 in the unit column"),
         "正向", "平方米", 15),
        ("学员训练受伤率", mk("≥3%", "T108", "warning", row=True,
                              note="反向 rate with ≥"), "反向", "%", 15),
        ("送教到村次数", "≥60", "正向", "次", 15),
        ("家长满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    sign(s, "覃向阳", "0876-5338120")
    return b


@variant("yi09-department-money", (12, 4), "department, NAT-2021: budget and key tasks with a "
         "金额合计 equal to 项目支出, a footnote explaining the total (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=CENTRE, budget=budget(260, 230, 30, 150, 110), tasks=[
        ("乡村芭蕾启蒙班", "6个乡镇开班12个", wan(45), "培训儿童240人"),
        ("少儿民族舞蹈传承", "10个村组建舞蹈队", wan(40), "培训儿童300人"),
        ("乡村舞蹈师资培训", "培训村小兼职舞蹈教师", wan(25), "培训教师60人"),
        ("金额合计", None, wan(110), None),
    ], goal="完成芭蕾启蒙、民族舞蹈传承和师资培训，培训儿童540人、教师60人。")  # fmt: skip
    notes(s, "注：金额合计为项目支出110万元；基本支出150万元为人员和公用经费，不列入任务。")
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "培训农村儿童", "≥540人"),
        (None, None, "培训村小兼职舞蹈教师", "≥60人"),
        (None, "质量指标", "教师培训考核合格率", "≥95%"),
        (None, "时效指标", "任务按期完成率", "=100%"),
        ("成本指标", "经济成本指标", "教师人均培训成本", "≤4000元/人"),
        ("效益指标", "社会效益指标", "乡村学校舞蹈课开课率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃向阳", "0876-5338120")
    return b


@variant("yi10-department-money-wrong", (12,), "department, NAT-2021: 资金总额 ≠ 财政拨款 + "
         "其他资金, key tasks not adding to 金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = book()
    total = mk(wan(300), "B101", "error", row=True, note="250 + 40 = 290, not 300")
    department_head(s, year=YEAR, dept="澜埠县民族歌舞团", budget=budget(total, 250, 40, 180, 120),
                    tasks=[
        ("民族舞蹈进村小", "20所村小开设舞蹈课", wan(50), "惠及儿童1200人"),
        ("少儿舞蹈节目编排", "编排少儿舞蹈节目6个", wan(38), "参加市级展演"),
        ("乡村舞台巡演", "到15个乡镇巡演", wan(30), "演出30场"),
        ("金额合计", None, mk(wan(120), "B102", "error", note="50 + 38 + 30 = 118"), None),
    ], goal="民族舞蹈进村小、节目编排和乡村巡演，惠及农村儿童1200人。")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "开设舞蹈课的村小", "≥20所"),
        (None, None, "乡村巡演场次", "≥30场"),
        (None, "质量指标", "节目市级展演入选率", "≥50%"),
        (None, "时效指标", "巡演按计划完成率", "≥95%"),
        ("成本指标", "经济成本指标", "每场巡演成本", "≤1万元"),
        ("效益指标", "社会效益指标", "村小儿童舞蹈课参与率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "村小师生满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎朝晖", "0876-5340263")
    return b


@variant("yi11-dance-notes-page-break", (4,), "department, NAT-2021, weight column: a 注 row "
         "inside, header repeated after a page break, subtotal and total rows, 填表说明, "
         "signature (correct)")  # fmt: skip
def dance_notes_page_break() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=CENTRE, budget=budget(120, 110, 10, 70, 50),
                    goal="开展乡村少儿舞蹈普及和芭蕾基训，服务农村儿童2000人次。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "舞蹈普及服务农村儿童", "≥2000人次", 15),
        (None, None, "芭蕾基训班", "≥8个", 15),
        (None, "质量指标", "学员阶段考核合格率", "≥90%", 10),
        (None, "时效指标", "课程按学期完成率", "≥95%", 10),
        ("注：人次按签到表统计，同一儿童参加多门课程分别计。", None, None, None, None),
        ("成本指标", "经济成本指标", "人均普及课成本", "≤250元/人次", 10),
        ("小计", None, None, None, 60),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "乡村儿童参与文艺活动比例", "≥60%", 15),
        (None, "可持续影响指标", "乡镇舞蹈辅导站", "≥5个", 15),
        ("满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥90%", 10),
        ("小计", None, None, None, 40),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "填表说明：1.权重合计为100；2.小计、合计行不是指标；3.第二页表头为续表重复。")
    sign(s, "覃向阳", "0876-5338120")
    return b


@variant("yi12-ballet-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "left from the template, a value without a name")  # fmt: skip
def ballet_template_rows() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="少儿芭蕾舞剧排演项目", dept=DEPT, unit="澜埠县少年宫",
                 money=one_year(18, 18, 0), goals=[
                     "组织60名农村儿童排演少儿芭蕾舞剧1部，公演4场。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "参演农村儿童", "≥60人"),
        (None, None, "舞剧公演场次", "≥4场"),
        (None, "质量指标", mk(None, "F110", "error", note="a value with no indicator name"),
         "≥95%"),
        (None, "时效指标", "首演完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "每场公演成本", "≤3万元"),
        ("效益指标", "社会效益指标", "观众总人数", "≥2000人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "谷晓岚", "0876-5321407")
    return b
