"""Returns wn07–wn12: traditional music education (民乐教学、传承、培训): flat lists, a table on a
second sheet of a budget-system export, template rows, notes and conversion artefacts."""

from __future__ import annotations

from tests.variants.holdout394.common import (
    department,
    funds,
    indicators,
    new,
    note,
    project,
    sign,
)
from tests.variants.holdout394.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant("wn07-flat-art-school", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, a 下降率 with ≥, weights add to 100 (correct)")  # fmt: skip
def wn07() -> Book:
    b, s = new()
    department(s, "钟曲市艺术学校", [680, 600, 80, 450, 230], [
        ("民族器乐专业教学", "二胡、琵琶、竹笛等专业课程教学", 150, "完成年度专业教学计划"),
        ("传统音乐进课堂", "派教师到中小学开设民乐课程", 80, "扩大传统音乐教学覆盖面"),
        ("金额合计", None, 230, None),
    ], "办好民族器乐专业教学，推动传统音乐进中小学课堂。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("民族器乐专业在校生人数", 15, "人", "≥", 320),
        ("传统音乐进课堂授课学校数", 15, "所", "≥", 18),
        ("专业课程考核合格率", 15, "%", "≥", pct(0.92)),
        ("学生流失率", 10, "%", "≤", pct(0.03)),
        ("教学耗材采购单价下降率", 10, "%", "≥", pct(0.05)),
        ("教学安全责任事故", 10, "起", "≤", 0),
        ("毕业生专业对口就业率", 15, "%", "≥", pct(0.8)),
        ("学生及家长满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("wn08-flat-youth-palace", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction "
         "· 计量单位 · 权重): unit conflict, 反向 rate with ≥, weights 95")  # fmt: skip
def wn08() -> Book:
    b, s = new()
    department(s, "苇塘县青少年宫", [200, 180, 20, 120, 80], [
        ("民乐公益培训", "周末开设二胡、古筝、葫芦丝公益班", 50, "普及少儿民乐"),
        ("少儿民乐团排练演出", "少儿民乐团常态排练和汇报演出", 30, "提升少儿合奏水平"),
        ("金额合计", None, 80, None),
    ], "面向全县少年儿童开展民乐公益培训和少儿民乐团活动。")  # fmt: skip
    unit = mk("≥1200课时", "T112", "error", row=True,
              note="指标值写课时，计量单位列却是“人”")  # fmt: skip
    risk = mk("≥1%", "T108", "warning", row=True, note="事故发生率是反向指标，应为 ≤")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("民乐公益培训学员人数", "≥600", "正向", "人", 20),
        ("民乐公益培训课时", unit, "正向", "人", 15),
        ("少儿民乐团演出场次", "≥12", "正向", "场", 15),
        ("学员考级通过率", pct(0.85), "正向", "%", 15),
        ("培训安全事故发生率", risk, "反向", "%", 10),
        ("人均培训成本", "≤800", "反向", "元/人", 10),
        ("学员家长满意度", pct(0.9), "正向", "%", 10),
    ])  # fmt: skip
    note(s, "注：各项指标权重合计应为100分。", 5)
    b.file_mark("W101", "error", note="权重 20+15+15+15+10+10+10 = 95，不是 100")
    return b


@variant("wn09-export-second-sheet", (7,),
         "project from a budget-system export: head on sheet 项目支出预算05-1, indicators on "
         "sheet 项目支出绩效目标05-2 under headers 考核指标 and 目标值（年度）, codes in the first "
         "column, header on the third row (correct)")  # fmt: skip
def wn09() -> Book:
    b, s = new("项目支出预算05-1")
    project(s, "潆川区传统音乐非遗传承人带徒传艺补助", "潆川区文化体育局（207004）",
            "潆川区非物质文化遗产保护中心", funds(36, 36, 0),
            ["资助传统音乐类非遗传承人带徒传艺，延续传统器乐技艺。"])  # fmt: skip
    t = b.sheet("项目支出绩效目标05-2", (14, 14, 16, 30, 10, 14, 12))
    t.title("2025年度项目支出绩效目标表", 7)
    t.row("项目名称：潆川区传统音乐非遗传承人带徒传艺补助", None, None, None, None, None,
          "单位：万元", merge=[(1, 6)])  # fmt: skip
    code = "207004250031"
    indicators(t, [
        (code, "产出指标", "数量指标", "资助非遗传承人", "≥", 12, "人"),
        (code, None, None, "带徒学员", "≥", 48, "人"),
        (code, None, "质量指标", "学员技艺考核合格率", "≥", pct(0.85), "%"),
        (code, None, "时效指标", "补助资金按时发放率", "=", pct(1), "%"),
        (code, None, "成本指标", "传承人年度补助标准", "≤", 3, "万元/人"),
        (code, "效益指标", "社会效益指标", "传统器乐技艺传承", None, "有效延续", None),
        (code, None, "可持续影响指标", "传承人带徒传艺机制", None, "建立并执行", None),
        (code, "满意度指标", "服务对象满意度指标", "传承人满意度", "≥", pct(0.9), "%"),
    ], header=("项目编码", "一级指标", "二级指标", "考核指标", "比较符", "目标值（年度）",
               "计量单位"), merged=(2, 3))  # fmt: skip
    return b


@variant("wn10-template-rows", (6, 7, 13),
         "project, NAT-2021, header 预期目标: the 社会成本指标 template row left empty, a value "
         "without an indicator name")  # fmt: skip
def wn10() -> Book:
    b, s = new()
    project(s, "鹭汀市少儿民乐启蒙教育", "鹭汀市教育局（115003）", "鹭汀市青少年活动中心",
            funds(25, 20, 5), ["在城区小学开设少儿民乐启蒙班，培养民族音乐兴趣。"])  # fmt: skip
    empty = mk("社会成本指标", "F109", "warning", row=True,
               note="模板留下的二级指标，没有三级指标和指标值")  # fmt: skip
    nameless = mk("", "F110", "error", note="有指标值“持续开展”，却没有三级指标名称")
    indicators(s, [
        ("产出指标", "数量指标", "开设启蒙班级", "≥10个"),
        (None, None, "启蒙学员人数", "≥200人"),
        (None, "质量指标", "学员结课考核合格率", "≥90%"),
        (None, "时效指标", "启蒙课程按计划开课率", "≥95%"),
        ("成本指标", "经济成本指标", "人均启蒙教学成本", "≤1000元/人"),
        (None, empty, "", ""),
        ("效益指标", "社会效益指标", "少儿民族音乐兴趣", "明显提升"),
        (None, "可持续影响指标", nameless, "持续开展"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    return b


@variant("wn11-notes-signature", (4,),
         "project, OLD-NAT, one value column and a 备注 column: an instruction row under the "
         "header, a 说明 row between tiers explaining a total, 填表说明, signature and a fill "
         "date in the year before (correct)")  # fmt: skip
def wn11() -> Book:
    b, s = new()
    project(s, "钟曲市民族乐团青年演奏员驻团培养", "钟曲市文化广电旅游局（402013）",
            "钟曲市民族乐团", funds(48, 40, 8),
            ["招收青年演奏员驻团培养，充实乐团声部力量。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    note(s, "（请按二级指标逐项填写三级指标，可自行增行）", 5)
    s.table([
        ("产出指标", "数量指标", "驻团培养青年演奏员", "≥8人", None),
        (None, None, "培养期内汇报演出", "≥4场", None),
        (None, "质量指标", "年度专业考核合格率", "≥90%", None),
        (None, "时效指标", "培养计划按时完成率", "≥95%", None),
        (None, "成本指标", "人均培养经费", "≤6万元/人", "见说明"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：人均培养经费按驻团培养8人测算，合计48万元。", 5)
    s.table([
        ("效益指标", "社会效益指标", "乐团青年人才梯队", "逐步完善", None),
        (None, "可持续影响指标", "青年演奏员留团服务年限", "≥3年", None),
        ("满意度指标", "服务对象满意度指标", "培养对象满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.三级指标由项目单位自行设置；2.指标值应可量化、可考核。", 5)
    sign(s, "周岚亭", "0597-6832147", day(2024, 11, 18, CN_DATE))
    return b


@variant("wn12-teacher-training-artefacts", (9,),
         "project, OLD-NAT, one value column, budget detail lines below the table: a number "
         "split by a space, an amount pasted twice, a plan end date as a text serial")  # fmt: skip
def wn12() -> Book:
    b, s = new()
    serial = mk("46022", "X104", "warning", note="文本里的 Excel 日期序列号（2025-12-31）")
    project(s, "潆川区中小学民乐教师培训", "潆川区教育局（207011）", "潆川区教师发展中心",
            funds(35.68, 30, 5.68), ["培训中小学音乐教师的民族器乐教学能力。"],
            end=serial)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "培训民乐教师", "≥150人"),
        (None, None, "集中培训课时", "≥48课时"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年11月30日前"),
        (None, "成本指标", "人均培训成本", "≤2300元/人"),
        ("效益指标", "社会效益指标", "中小学民乐课堂教学质量", "有所提升"),
        (None, "可持续影响指标", "参训教师校内民乐社团带教", "持续开展"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("预算明细", "明细项目", "金额（万元）", "测算依据")
    split = mk("12.4 6", "X105", "warning", alt=("X103",), note="数字被空格断开，应为 12.46")
    twice = mk("8万8万(含音响)", "X106", "error", alt=("B108",), note="金额粘贴两次，应为 8")
    s.table([
        (None, "授课教师课酬", split, "48课时"),
        (None, "场地租赁", twice, "培训场地及音响"),
        (None, "教材乐谱", money(5.22, WAN), "150套"),
        (None, "学员食宿", money(10, WAN), "集中培训期间"),
        (None, "合计", money(35.68, WAN), None),
    ], merged=(1,))  # fmt: skip
    return b
