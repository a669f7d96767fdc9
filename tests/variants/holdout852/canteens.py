"""Canteen inspections: returns kgd07–kgd12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout852.common import first, notes, one_money, sign, table, wan
from tests.variants.holdout852.registry import variant
from tests.variants.kit import Book, day, mk, pct

TIERS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("kgd07-canteen-points", (5, 10, 12),
         "department, NAT-2021, labels with numbers and points, indicator points, key tasks "
         "adding to 金额合计, a rise in 百分点 (correct)")  # fmt: skip
def canteen_points() -> Book:
    b, s = first("部门整体")
    department_head(s, year=2025, dept="鹿鸣区市场监督管理局",
                    budget=[(wan(860), wan(820), wan(40), wan(540), wan(320))],
                    tasks=[("学校食堂监督检查", "春秋季开学专项检查", wan(120), "检查600家次"),
                           ("养老机构食堂检查", "每季度全覆盖检查", wan(80), "检查200家次"),
                           ("从业人员培训", "食堂负责人集中培训", wan(70), "培训800人次"),
                           ("明厨亮灶建设", "新增视频接入", wan(50), "新增接入60家"),
                           ("金额合计", None, wan(320), None)],
                    goal="全年检查学校、养老机构和企事业单位食堂1100家次（学校600家次、养老"
                         "机构200家次、其他300家次），不发生食堂食品安全事故。")  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "1.数量指标", "食堂监督检查家次", "≥1100家次", 15),
        (None, None, "明厨亮灶新增接入食堂数", "≥60家", 10),
        (None, "2.质量指标", "检查发现问题整改率", pct(1), 15),
        (None, "3.时效指标", "检查结果公示时限", "≤10个工作日", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "单家次检查成本", "≤0.1万元/家次", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "食堂食品安全事故发生数", "≤0起", 10),
        (None, None, "食堂量化等级良好以上占比提高", "≥3百分点", 10),
        (None, "2.可持续影响指标", "食堂自查制度落实率", "≥95%", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "就餐人员满意度", "≥90%", 10),
    ]
    table(s, TIERS, rows)
    s.row("合计", None, None, None, 100)
    sign(s, "冉晓舟", "0791-3385206", day(2024, 11, 26))
    return b


@variant("kgd08-canteen-dept-money", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, a goal count against the "
         "indicator, last year's task in the goal")  # fmt: skip
def canteen_dept_money() -> Book:
    b, s = first("部门整体")
    goal = mk("检查学校食堂420家，全面完成2024年度学校食堂“互联网+明厨亮灶”全覆盖任务，"
              "医院食堂检查全覆盖。", "Y103", "warning", alt=("Y101",),
              note="2025年度目标写“完成2024年度任务”，是上年目标遗留")  # fmt: skip
    department_head(s, year=2025, dept="栖梧县市场监督管理局",
                    budget=[(wan(640), wan(600), wan(40), wan(400), wan(240))],
                    tasks=[("学校食堂专项检查", "开学季专项检查", wan(90), "检查420家"),
                           ("医院食堂检查", "二级以上医院全覆盖", wan(50), "检查36家"),
                           ("集中用餐单位培训", "负责人培训", wan(40), "培训500人次"),
                           ("快检设备购置", "快检箱和试剂", wan(50), "配备20套"),
                           ("金额合计", None,
                            mk(wan(240), "B102", "error",
                               note="90+50+40+50=230，与金额合计240不符"), None)],
                    goal=goal)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "学校食堂检查家数",
         mk("≥380家", "D104", "warning", row=True, note="年度总体目标写检查学校食堂420家")),
        (None, None, "医院食堂检查家数", "≥36家"),
        (None, "质量指标", "检查问题整改到位率", "≥95%"),
        (None, "时效指标", "检查问题整改时限", "≤30日"),
        ("成本指标", "经济成本指标", "快检设备单套购置成本", "≤2.5万元/套"),
        ("效益指标", "社会效益指标", "学校食堂食品安全事故发生数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ]  # fmt: skip
    table(s, TIERS[:4], rows)
    return b


@variant("kgd09-canteen-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, a zero incident count, a 下降率 with ≥ (correct)")  # fmt: skip
def canteen_flat() -> Book:
    b, s = first("部门整体")
    department_head(s, year=2025, dept="云岫区市场监督管理局",
                    budget=[(wan(380), wan(360), wan(20), wan(250), wan(130))],
                    goal="对辖区学校、养老机构、建筑工地食堂开展全覆盖检查，检查覆盖率100%，"
                         "不发生集体性食物中毒事件。")  # fmt: skip
    s.row("年度绩效指标")
    rows = [
        ("食堂监督检查覆盖率", 20, "%", "=", pct(1)),
        ("建筑工地食堂检查家数", 15, "家", "≥", 45),
        ("检查问题整改率", 15, "%", "≥", pct(0.95)),
        ("食堂违规问题复发下降率", 10, "%", "≥", pct(0.1)),
        ("集体性食物中毒事件发生数", 15, "起", "≤", 0),
        ("单家食堂年度检查成本", 10, "元/家", "≤", 1500),
        ("就餐人员满意度", 15, "%", "≥", pct(0.9)),
    ]
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    s.row("合计", 100)
    notes(s, "注：指标性质栏填写比较符；权重合计100。")
    return b


@variant("kgd10-canteen-flat-wrong", (3,),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): weights add to 95, "
         "one indicator listed twice")  # fmt: skip
def canteen_flat_wrong() -> Book:
    b, s = first("部门整体")
    department_head(
        s,
        year=2025,
        dept="望潮市市场监督管理局",
        budget=[(wan(520), wan(500), wan(20), wan(310), wan(210))],
        goal="对全市养老机构食堂每季度检查一次，问题整改率95%以上。",
    )
    b.file_mark("W101", "error", note="权重 20+20+15+10+15+15=95，应为100")
    rows = [
        ("养老机构食堂检查覆盖率", "100%", "%", 20),
        ("养老机构食堂季度检查次数", "≥4", "次/家", 20),
        ("检查问题整改率", "≥95%", "%", 15),
        ("养老机构食堂检查覆盖率",
         mk("100%", "D101", "warning", row=True, note="与第一行是同一指标"), "%", 10),
        ("食品留样制度落实率", "≥98%", "%", 15),
        ("老年人就餐满意度", "≥90%", "%", 15),
    ]  # fmt: skip
    s.row("绩效指标")
    table(s, ("指标名称", "指标值", "计量单位", "权重"), rows, merged=())
    return b


@variant("kgd11-canteen-export", (7, 4),
         "budget-system export, codes in the first columns, header on the third row, money on "
         "sheet 05-1 and the indicators on sheet 05-2, word operators (correct)")  # fmt: skip
def canteen_export() -> Book:
    b, s = first("部门项目支出预算05-1", (24, 30, 14, 14, 14))
    code, name = "361104251000000021875", "中小学校食堂食品安全智慧监管"
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, wan(96), wan(90), wan(6))
    s.row("合计", None, wan(96), wan(90), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (24, 26, 12, 14, 28, 10, 10, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("部门：鹿鸣区市场监督管理局")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "接入智慧监管平台学校食堂数", "大于等于", 85, "家"),
        ("产出指标", "质量指标", "平台预警处置率", "等于", pct(1), "%"),
        ("产出指标", "时效指标", "预警信息响应时限", "小于等于", 24, "小时"),
        ("成本指标", "经济成本指标", "单家食堂接入成本", "小于等于", 1, "万元/家"),
        ("效益指标", "社会效益指标", "学校食堂食品安全事故发生数", "小于等于", 0, "起"),
        ("效益指标", "可持续影响指标", "平台正常运行率", "大于等于", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "大于等于", pct(0.9), "%"),
    ]
    for r in rows:
        t.row(code, name, *r)
    return b


@variant("kgd12-canteen-leftover", (4, 6),
         "project, OLD-NAT, 说明 rows inside and under the table: a template example row, a "
         "deadline in the next year, an inspection cost beyond the money")  # fmt: skip
def canteen_leftover() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        name="餐饮单位食堂量化分级检查",
        dept="望潮市市场监督管理局",
        unit="望潮市食品安全监督所",
        money=one_money(120, 110, 10),
        goals=["对全市300家单位食堂开展量化分级检查，年底前完成评定并公示。"],
    )
    rows = [
        ("产出指标", "数量指标", "单位食堂量化分级检查家数", "≥300家"),
        (None, None, "宣传培训人次",
         mk("≥**人次", "X101", "error", note="模板示例行未删除，占位符未填")),
        (None, "质量指标", "量化评定结果复核准确率", "≥98%"),
        (None, "时效指标", "量化评定结果公示时间",
         mk(day(2026, 3, 31), "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="一年期2025年项目的公示时间在2026年")),
        (None, "成本指标", "单家食堂检查评定费用",
         mk("≤0.5万元/家", "B107", "warning", row=True,
            note="0.5万元×300家=150万元，超过项目资金120万元")),
    ]  # fmt: skip
    rest = [
        ("效益指标", "社会效益指标", "量化等级良好以上食堂占比", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "食堂经营单位满意度", "≥90%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    notes(s, "说明：成本指标按检查评定外包服务费测算。", width=4)
    s.table(rest, merged=(1, 2))
    notes(s, "填表说明：1.指标值应量化；2.示例行填写后请删除。",
          "单位负责人：欧阳砚        财务负责人：简知秋")  # fmt: skip
    s.row("填报日期", day(2024, 12, 9))
    return b
