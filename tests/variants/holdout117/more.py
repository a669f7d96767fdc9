"""Correct returns: a school's 部门整体 under a two-line header, two village projects stacked on
one sheet of a 乡镇, a 卫生院 department with tiers filled down and amounts as text."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout117.common import YEAR, footer, indicators, project_money, wan
from tests.variants.holdout117.registry import variant
from tests.variants.kit import Book, ok, pct


@variant(
    "lw07-school-two-line-header",
    (6, 7),
    "初级中学: 部门整体, NAT-2021, a two-line header "
    "(指标值 over 比较符 · 数值 · 单位), a 备注 column",
)
def lw07() -> Book:
    b = Book()
    s = b.sheet("部门整体", (14, 16, 30, 10, 12, 12, 30))
    department_head(
        s,
        year=YEAR,
        dept="溪口镇初级中学",
        budget=[(wan(968.4), wan(948.4), wan(20), wan(812.4), wan(156))],
        goal="保障学校正常运转，落实学生资助政策，改善办学条件，提高教育教学质量。",
        tasks=[
            ("公用经费", "按生均标准安排的日常运转经费", wan(96), "正常运转"),
            ("学生资助", "家庭经济困难寄宿生生活补助", wan(35), "应助尽助"),
            ("校舍维修", "学生宿舍屋面防水维修", wan(25), "消除安全隐患"),
            ("金额合计", None, wan(156), None),
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, "备注", merge=[(4, 6)])
    s.row(None, None, None, "比较符", "数值", "单位", None)
    for c in (1, 2, 3, 7):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            ("成本指标", "经济成本指标", "生均公用经费标准", "≤", 1200, "元/人·年", "在校生800人"),
            (None, None, "宿舍维修单价", "≤", 250, "元/平方米", "维修面积1000平方米"),
            ("产出指标", "数量指标", "在校学生人数", "≥", 800, "人", None),
            (None, None, "资助家庭经济困难寄宿生人数", "≥", 280, "人", "按1250元/人·年"),
            (None, None, "宿舍屋面维修面积", "≥", 1000, "平方米", None),
            (None, "质量指标", "资助对象认定准确率", "=", pct(1), "%", None),
            (None, None, "维修工程验收合格率", "=", pct(1), "%", None),
            (None, "时效指标", "维修工程完工时间", "≤", "8月25日", None, "利用暑假施工"),
            ("效益指标", "社会效益指标", "义务教育巩固率", "≥", pct(0.98), "%", None),
            (None, "可持续影响指标", "学生资助管理制度", "定性", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, None, "向红梅", "田永刚", "0739-7725108", f"{YEAR - 1}年11月19日", 7)
    return b


@variant(
    "lw08-township-stacked-village",
    (2,),
    "乡镇政府: two village projects stacked on one "
    "sheet, OLD-NAT, one value column, the same indicator in both",
)
def lw08() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标", (14, 14, 30, 16, 16, 30))
    project_head(
        s,
        year=YEAR,
        name="村级公益事业一事一议财政奖补",
        dept="枫林镇人民政府",
        unit="枫林镇人民政府",
        money=project_money((75, 60, 15)),
        goals=("对5个村通过一事一议实施的村内道路硬化、小型水利项目给予奖补。",),
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "备注", None),
        [
            ("产出指标", "数量指标", "奖补项目个数", "≥5个", "每村1个"),
            (None, None, "硬化村内道路长度", "≥ 3.2 公里", None),
            (None, "质量指标", "项目验收合格率", "＝100％", "镇村两级验收"),
            (None, "时效指标", "项目完工时间", "11月30日前", None),
            (None, "成本指标", "村内道路硬化奖补标准", "≤ 15万元/公里", "其余部分村民筹资筹劳"),
            ("效益指标", "社会效益指标", "受益群众人数", "≥ 4,800 人", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥ 90 ％", None),
        ],
    )
    s.skip()
    project_head(
        s,
        year=YEAR,
        title="",
        name="农村公路养护",
        dept="枫林镇人民政府",
        unit="枫林镇人民政府",
        money=project_money((42, 42, 0)),
        goals=("做好全镇84公里村道日常养护，保持路面整洁、排水畅通。",),
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "备注", None),
        [
            ("产出指标", "数量指标", "日常养护村道里程", "≥84公里", "含通组公路"),
            (None, "质量指标", "村道优良路率", "≥ 75 ％", "县交通局年度检查"),
            (None, "时效指标", "路面病害处置时限", "≤ 7 天", None),
            (None, "成本指标", "村道养护单价", "≤ 0.5万元/公里·年", None),
            ("效益指标", "社会效益指标", "受益群众人数", "≥ 21,000 人", "全镇户籍人口"),
            (None, "可持续影响指标", "农村公路管护机制", "健全", "路长制"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥ 90 ％", None),
        ],
    )
    footer(
        s,
        "说明：两个项目资金均已列入镇年度预算，金额单位为万元。",
        "曾琳",
        "罗大勇",
        "0739-6351020",
        f"{YEAR - 1}年11月15日",
    )
    return b


@variant(
    "lw09-health-center-department",
    (4, 9),
    "乡镇卫生院: 部门整体, OLD-NAT, tiers filled "
    "down in every row, hidden rows, amounts in the task block typed as text",
)
def lw09() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (16, 16, 30, 16, 30, 16))
    note = "数字以文本录入，带千位分隔符"
    department_head(
        s,
        year=YEAR,
        dept="金沙镇卫生院",
        budget=[
            tuple(ok(v, note=note) for v in ("1,286.40", "686.40", "600.00", "1,024.40", "262.00"))
        ],
        goal="提供基本医疗和基本公共卫生服务，保障卫生院正常运转，提高群众就医获得感。",
        tasks=[
            ("基本公共卫生服务", "12类基本公共卫生服务", ok("178.00", note=note), "达标"),
            ("村卫生室补助", "16个村卫生室运行补助", ok("64.00", note=note), "正常运转"),
            ("设备购置", "DR设备一台", ok("20.00", note=note), "投入使用"),
            ("金额合计", None, ok("262.00", note=note), None),
        ],
    )
    rows = [
        ("产出指标", "数量指标", "门急诊人次", "≥ 36,000 人次", "按近三年平均水平"),
        ("产出指标", "数量指标", "住院人次", "≥ 1,100 人次", None),
        ("产出指标", "数量指标", "补助村卫生室个数", "≥16个", None),
        ("产出指标", "数量指标", "购置DR设备", "≥1台", None),
        ("产出指标", "质量指标", "院内感染发生率", "≤ 1 ％", None),
        ("产出指标", "质量指标", "处方合格率", "≥ 95 ％", "每月抽查"),
        ("产出指标", "时效指标", "设备安装调试完成时间", "9月30日前", None),
        ("产出指标", "成本指标", "村卫生室运行补助标准", "≤ 4万元/个·年", None),
        ("效益指标", "社会效益指标", "县域内就诊率", "≥ 90 ％", None),
        ("效益指标", "可持续影响指标", "医联体协作机制", "持续运行", None),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≧90%", "第三方调查"),
    ]
    indicators(
        s, ("一级指标", "二级指标", "三级指标", "指标值", "备注", None), rows, merged=(), hide=(3,)
    )
    s.skip()
    s.row(None)
    s.ws.row_dimensions[s.r].hidden = True
    footer(
        s,
        "说明：本院实行县乡一体化管理，其他资金为医疗服务收入。",
        "龙燕",
        "彭德华",
        "0739-8843120",
        f"{YEAR - 1}年11月23日",
    )
    return b
