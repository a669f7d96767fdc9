"""Department tables of a school district (部门整体): budget block, 年度主要任务 with a 金额合计,
indicator table; a district bureau with its schools stacked in one sheet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout48.common import HEAD4, indicator_table, m, sign_off
from tests.variants.holdout48.registry import variant
from tests.variants.kit import Book, Sheet, day, mk


def _budget(*amounts: Any) -> tuple[Any, ...]:
    return tuple(a if not isinstance(a, int | float) else m(a) for a in amounts)


@variant("jf14-district-dept-ok", (12,), "department, NAT-2021: 资金总额 = 财政拨款 + "
         "其他资金 = 基本支出 + 项目支出, five tasks adding to 金额合计 = 项目支出, "
         "one value column")  # fmt: skip
def district_dept_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(s, year=2026, dept="青枫区教育局",
                    budget=[_budget(52680, 50180, 2500, 38460, 14220)],
                    tasks=[("学生资助", "落实各学段学生资助政策", m(1260), "应助尽助"),
                           ("营养改善计划", "农村义务教育学生膳食补助", m(2100), "8400名学生受益"),
                           ("校舍维修改造", "中小学校舍维修11000平方米", m(3860), "消除安全隐患"),
                           ("教师培训", "全员培训及骨干研修", m(600), "培训4200人次"),
                           ("学校建设", "第三小学等新建续建", m(6400), "新增学位1350个"),
                           ("金额合计", "", m(14220), "")],
                    goal="保障全区义务教育优质均衡发展，学生资助应助尽助，新增公办学位1350个，"
                         "教师培训4200人次，义务教育巩固率保持在99%以上。")  # fmt: skip
    indicator_table(s, HEAD4, [
        ("产出指标", "数量指标", "学生资助人次", "≥9600人次"),
        (None, None, "营养改善计划受益学生数", "≥8400人"),
        (None, None, "校舍维修改造面积", "≥11000平方米"),
        (None, None, "教师培训人次", "≥4200人次"),
        (None, None, "新增公办学位", "≥1350个"),
        (None, "质量指标", "九年义务教育巩固率", "≥99%"),
        (None, None, "高中阶段毛入学率", "≥96%"),
        (None, "时效指标", "资助资金发放及时率", "100%"),
        ("成本指标", "经济成本指标", "校舍维修综合单价", "≤350元/平方米"),
        ("效益指标", "社会效益指标", "儿童青少年总体近视率", "较上年下降1个百分点"),
        (None, "可持续影响指标", "教育教学质量", "稳步提升"),
        ("满意度指标", "服务对象满意度指标", "群众对教育工作满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    sign_off(s, 2026, who="吴雅琴", checker="徐卫东", phone="0731-2281190")
    return b


def _unit(s: Sheet, dept: str, budget: Sequence[Any], goal: str,
          rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    department_head(s, year=2026, dept=dept, budget=[_budget(*budget)], goal=goal,
                    filled=day(2025, 11, 12))  # fmt: skip
    indicator_table(s, HEAD4, rows)
    s.skip(2)


@variant("jf15-district-stacked-ok", (2, 12), "department tables of a district bureau and two "
         "schools stacked in one sheet, each with its own budget and indicators; the same "
         "indicator name with different values in different units")  # fmt: skip
def district_stacked_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标")
    _unit(s, "石渠县教育局（本级）", (3860, 3860, 0, 1120, 2740),
          "统筹全县学生资助、营养改善和校舍维修，保障教育事业平稳运行。", [
              ("产出指标", "数量指标", "学生资助人次", "≥5200人次"),
              (None, None, "校舍维修改造面积", "≥8000平方米"),
              (None, "质量指标", "资助对象认定准确率", "100%"),
              (None, "时效指标", "资助资金发放及时率", "≥98%"),
              ("成本指标", "经济成本指标", "校舍维修综合单价", "≤340元/平方米"),
              ("效益指标", "社会效益指标", "因贫失学辍学人数", "0人"),
              ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
          ])  # fmt: skip
    _unit(s, "石渠县第一中学", (2946.5, 2706.5, 240, 2486.5, 460),
          "保障学校正常运转，提高高中教育教学质量。", [
              ("产出指标", "数量指标", "在校学生人数", "≥2400人"),
              (None, None, "教师校本培训人次", "≥360人次"),
              (None, "质量指标", "高考本科上线率", "≥55%"),
              (None, "时效指标", "教学计划完成及时率", "100%"),
              ("成本指标", "经济成本指标", "生均公用经费", "≤1200元/生·年"),
              ("效益指标", "社会效益指标", "学生体质健康达标率", "≥92%"),
              ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥88%"),
          ])  # fmt: skip
    _unit(s, "石渠县实验小学", (1624.8, 1624.8, 0, 1468.8, 156),
          "保障学校正常运转，落实课后服务和近视防控。", [
              ("产出指标", "数量指标", "在校学生人数", "≥2100人"),
              (None, None, "课后服务开展天数", "≥170天"),
              (None, "质量指标", "学生体质健康达标率", "≥95%"),
              (None, "时效指标", "课后服务经费拨付时限", "学期结束后30日内"),
              ("成本指标", "经济成本指标", "生均公用经费", "≤720元/生·年"),
              ("效益指标", "社会效益指标", "学生近视率", "≤35%"),
              ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥92%"),
          ])  # fmt: skip
    sign_off(s, 2026, who="邓佳", checker="蒋德明", phone="0736-5103345")
    return b


@variant("jf16-dept-money-wrong", (6, 12, 13), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计, a value without an indicator name")  # fmt: skip
def dept_money_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(s, year=2026, dept="溪口县教育局",
                    budget=[(mk(m(18640), "B101", "error", row=True,
                                note="12,380 + 5,960 = 18,340, not 18,640"),
                             m(17840), m(800), m(12380), m(5960))],
                    tasks=[("学生资助", "各学段学生资助", m(920), "应助尽助"),
                           ("营养改善计划", "膳食补助", m(840), "8400名学生受益"),
                           ("校舍安全保障", "22所学校维修加固", m(1205.34), "消除安全隐患"),
                           ("学校建设", "第二实验学校新建", m(3000), "完成年度建设任务"),
                           ("金额合计", "", mk(m(5960), "B102", "error",
                                             note="920 + 840 + 1205.34 + 3000 = 5965.34"), "")],
                    goal="落实教育惠民政策，保障校舍安全，推进第二实验学校建设。")  # fmt: skip
    indicator_table(s, HEAD4, [
        ("产出指标", "数量指标", "学生资助人次", "≥4300人次"),
        (None, None, "营养改善受益学生数", "≥8400人"),
        (None, None, mk("", "F110", "error", note="a value without a name"), "≥22所"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "资助资金发放及时率", "≥98%"),
        ("成本指标", "经济成本指标", "膳食补助标准", "≤5元/生·天"),
        ("效益指标", "社会效益指标", "校舍安全隐患", "基本消除"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    sign_off(s, 2026, who="黎志刚", checker="胡静", phone="0739-8310056")
    return b


@variant("jf17-dept-template-wrong", (6, 8), "department, NAT-2021: a tier-2 left from the "
         "template without indicator, a deadline two years before the table's year, one "
         "indicator written twice")  # fmt: skip
def dept_template_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(s, year=2026, dept="岚山县教育局",
                    budget=[_budget(21450, 20650, 800, 15330, 6120)],
                    tasks=[("学生资助", "各学段学生资助", m(1180), "应助尽助"),
                           ("营养改善计划", "地方试点膳食补助", m(450), "6000名学生受益"),
                           ("寄宿制学校扩建", "2所学校宿舍楼建设", m(1800), "新增寄宿学位"),
                           ("教师培训", "全员培训", m(240), "培训3000人次"),
                           ("学校运转保障", "公用经费补助", m(2450), "保障正常运转"),
                           ("金额合计", "", m(6120), "")],
                    goal="保障全县教育事业发展，完成寄宿制学校扩建年度任务，"
                         "教师培训3000人次。")  # fmt: skip
    indicator_table(s, HEAD4, [
        ("产出指标", "数量指标", "中小学教师培训人次", "≥3000人次"),
        (None, None, "学生资助人次", "≥3600人次"),
        (None, None, "中小学教师培训人次", mk("≥3000人次", "D101", "warning", row=True,
                                              alt=("D102",), note="written twice")),
        (None, "质量指标", "资助对象认定准确率", "100%"),
        (None, "时效指标", "寄宿制学校宿舍楼建设完成时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="a 2024 deadline in a 2026 table")),
        ("成本指标", "经济成本指标", "教师人均培训成本", "≤800元/人次"),
        ("效益指标", "社会效益指标", "控辍保学长效机制", "健全"),
        (None, mk("可持续影响指标", "F109", "warning", row=True, note="template row left empty"),
         "", ""),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    sign_off(s, 2026, who="钟丽", checker="袁海", phone="0738-4421905")
    return b
