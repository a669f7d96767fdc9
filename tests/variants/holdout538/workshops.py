"""Brush and copper workshops in other layouts: flat department lists, footnotes and repeated
headers, budget-system exports, second sheets, template rows (cb13–cb18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout538.common import (
    YEAR,
    dept_budget,
    indicators,
    notes,
    one_year,
    signature,
    start,
)
from tests.variants.holdout538.registry import variant
from tests.variants.kit import Book, C, mk, money, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("cb13-brush-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def brush_flat_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="沐砚县制笔非遗保护所",
                    budget=[dept_budget(180, 150, 30, 110, 70)],
                    goal="做好制笔技艺传习、古法工艺建档和非遗展演。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("制笔技艺传习课时", 20, "课时", "≥", 320),
        ("笔庄古法工艺建档", 15, "项", "≥", 12),
        ("传习学员结业率", 15, "%", "≥", pct(0.9)),
        ("非遗展演场次", 10, "场", "≥", 16),
        ("学员人均传习成本", 10, "元/人", "≤", 4500),
        ("展演观众人次", 15, "人次", "≥", 12000),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("cb14-brush-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, weights adding to 95")  # fmt: skip
def brush_flat_defects() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="篁洲市湖滨区笔墨文化馆",
                    budget=[dept_budget(96, 90, 6, 58, 38)],
                    goal="举办笔墨文化展演，开展制笔研学，维护馆藏毛笔。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    clash = mk("36场", "T112", "error", note="场 in the value, 人次 in the unit column")
    s.table([
        ("笔墨文化展演", clash, "正向", "人次", 20),
        ("制笔研学课程", "≥48", "正向", "节", 15),
        ("馆藏毛笔养护件数", "≥300", "正向", "件", 15),
        ("馆藏毛笔虫蛀霉变率", "≤1%", "反向", "%", 15),
        ("研学人均成本", "≤150", "反向", "元/人", 10),
        ("参观群众满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+15+10+20 = 95, not 100")
    return b


HEAD = ("一级指标", "二级指标", "指标内容", "绩效标准")


@variant(
    "cb15-brush-footnotes-header",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, an instruction row inside the table, "
    "the header repeated after a page break, 填表说明, signature and date lines (correct)",
)
def brush_footnotes_header() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="砚北毛笔老字号技艺保护项目", dept="篁洲市文化广电和旅游局",
                 unit="篁洲市砚北笔业老字号协会", money=one_year(26, 20, 6),
                 goals=["扶持老字号笔庄3家，开展制笔技艺培训10期。"])  # fmt: skip
    notes(s, "注：带★的为核心指标，不得删除；指标值请写明比较符和计量单位。", width=4)
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "★扶持老字号笔庄", "3家"),
        (None, None, "制笔技艺培训", "≥10期"),
        (None, "质量指标", "培训学员考核合格率", "≥90%"),
        (None, "时效指标", "扶持资金拨付时间", "6月30日前"),
        (None, "成本指标", "每期培训成本", "≤1.2万元/期"),
    ])  # fmt: skip
    s.skip()
    indicators(s, HEAD, [
        ("效益指标", "社会效益指标", "老字号笔庄年产毛笔", "≥5万支"),
        (None, "可持续影响指标", "老字号品牌延续", "持续经营"),
        ("满意度指标", "服务对象满意度指标", "笔庄经营者满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值应可衡量；2.金额单位为万元；3.本表一式两份。", width=4)
    signature(s, "严秉章", "林晓岚", "0571-6832 4175")
    return b


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("cb16-copper-export-codes", (4, 7),
         "budget-system export: money on sheet 05-1, goals on sheet 05-2 with project codes in "
         "the first columns and the header on row 3, a 说明 row; a 105% quality rate and =95% on "
         "a satisfaction rate")  # fmt: skip
def copper_export_codes() -> Book:
    b, s = start("部门项目支出预算05-1", (20, 30, 14, 14, 14))
    s.title("部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("405021-25-0031", "黄铜手炉制作技艺传习", money(34), money(30), money(4))
    s.row("合计", None, money(34), money(30), money(4))
    g = b.sheet("部门项目支出绩效目标05-2", (18, 24, 12, 16, 28, 14, 16))
    g.title("部门项目支出绩效目标表", 7)
    g.row("单位名称：锻坪区黄铜手炉传习社")
    code, name = "405021-25-0031", "黄铜手炉制作技艺传习"
    over = mk("≥105%", "T106", "error", note="a 合格率 cannot exceed 100%")
    equal = mk("=95%", "T107", "warning", note="= on a satisfaction rate means ≥95%")
    indicators(g, EXPORT, [
        (code, name, "产出指标", "数量指标", "培养手炉制作学徒", "≥10人", None),
        (None, None, None, None, "复刻传统手炉器型", "≥12件", None),
        (None, None, None, "质量指标", "复刻手炉验收合格率", over, None),
        (None, None, None, "时效指标", "复刻完成时间", "12月15日前", None),
        (None, None, None, "成本指标", "单件复刻成本", "≤1.5万元/件", "含铜料"),
        (None, None, "效益指标", "社会效益指标", "手炉技艺进社区展示", "≥6场", None),
        (None, None, "满意度指标", "服务对象满意度指标", "学徒满意度", equal, None),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    notes(g, "说明：本表由预算管理一体化系统导出，金额单位为万元。", width=7)
    return b


@variant("cb17-copper-second-sheet-points", (7, 10),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值, tier points and indicator points both adding to 100, a rise in 百分点 "
         "(correct)")  # fmt: skip
def copper_second_sheet_points() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="铜艺学徒就业帮扶项目", dept="锻坪区人力资源和社会保障局",
                 unit="锻坪区铜艺职业技能培训站", money=one_year(42, 36, 6),
                 goals=["培训铜艺学徒40人，提高学徒就业率。"])  # fmt: skip
    g = b.sheet("绩效指标", (14, 10, 18, 28, 18, 10))
    g.row("一级指标", "一级分值", "二级指标", "三级指标", "预期实现值", "分值")
    g.table([
        ("产出指标", 50, "数量指标", "培训铜艺学徒", "≥40人", 20),
        (None, None, "质量指标", "培训考核合格率", "≥90%", 15),
        (None, None, "时效指标", "培训完成时间", "11月30日前", 15),
        ("成本指标", 10, "经济成本指标", "学徒人均培训成本", "≤0.9万元/人", 10),
        ("效益指标", 30, "社会效益指标", "学徒就业率较上年提高", "≥3百分点", 15),
        (None, None, None, "结业学徒进入铜艺作坊就业", "≥25人", 15),
        ("满意度指标", 10, "服务对象满意度指标", "学徒满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("cb18-copper-template-rows", (6, 13, 9),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
         "name, 其他资金 with its number split by a space")  # fmt: skip
def copper_template_rows() -> Book:
    b, s = start()
    split = mk(C("6.2 5"), "X105", "warning", alt=("X103",), note="6.25 split by a space")
    project_head(s, year=YEAR, name="錾银铜饰传统纹样整理项目",
                 dept="锻坪区文化体育和旅游局（405）", unit="锻坪区铜饰非遗工作室",
                 money=[["资金总额", money(36.25), "年度资金总额", money(36.25)],
                        ["其中：财政拨款", money(30), "其中：财政拨款", money(30)],
                        ["其他资金", split, "其他资金", money(6.25)]],
                 goals=["整理铜饰传统纹样200种，出版纹样图谱1册。"])  # fmt: skip
    empty = mk("社会成本指标", "F109", "warning", row=True, note="template row left empty")
    nameless = mk(None, "F110", "error", note="a value without an indicator name")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "整理铜饰传统纹样", "≥200种"),
        (None, None, "出版纹样图谱", "1册"),
        (None, "质量指标", "纹样图谱专家评审通过率", "100%"),
        ("成本指标", "经济成本指标", "单种纹样整理成本", "≤0.12万元/种"),
        (None, empty, None, None),
        ("效益指标", "社会效益指标", nameless, "≥3000册"),
        (None, "可持续影响指标", "纹样数据库对外开放", "长期"),
        ("满意度指标", "服务对象满意度指标", "铜饰匠人满意度", "≥90%"),
    ])  # fmt: skip
    return b
