"""Rural music classes for left-behind children (留守儿童): stacked projects, flat lists and
operators against directions."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout550.common import HEAD, book, funds, note, sign, table, wan
from tests.variants.holdout550.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


def _stacked_first(s: Sheet, title: str) -> None:
    project_head(s, year=2025, name="枫溪乡留守儿童周末音乐课堂", title=title,
                 dept="柘川县教育局（403001）", unit="柘川县枫溪乡中心学校",
                 money=funds((20, 18, 2)),
                 goals=["每周末为枫溪乡留守儿童开设合唱、陶笛和打击乐课"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "音乐课开课班级数", "≥8个"),
        (None, None, "全年周末课次", "≥40次"),
        (None, "质量指标", "学员结课展示合格率", "≥90%"),
        (None, "时效指标", "春季班开课时间", "3月10日前"),
        (None, "成本指标", "每课次教师补贴", "≤300元/次"),
        ("效益指标", "社会效益指标", "参课留守儿童", "≥160人"),
        ("满意度指标", "服务对象满意度指标", "监护人满意度", "≥90%"),
    ])  # fmt: skip


@variant("cn07-class-stacked", (2,),
         "two township projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values (correct)")  # fmt: skip
def class_stacked() -> Book:
    b, s = book("乡镇音乐课堂")
    _stacked_first(s, "2025年度项目支出绩效目标申报表（乡镇音乐课堂）")
    s.skip()
    project_head(s, year=2025, name="苍岩镇留守儿童周末音乐课堂", title="",
                 dept="柘川县教育局（403001）", unit="柘川县苍岩镇中心学校",
                 money=funds((14, 14, 0)),
                 goals=["每周末为苍岩镇留守儿童开设合唱和陶笛课"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "音乐课开课班级数", "≥5个"),
        (None, None, "全年周末课次", "≥36次"),
        (None, "质量指标", "学员结课展示合格率", "≥85%"),
        (None, "时效指标", "春季班开课时间", "3月17日前"),
        (None, "成本指标", "每课次教师补贴", "≤300元/次"),
        ("效益指标", "社会效益指标", "参课留守儿童", "≥100人"),
        ("满意度指标", "服务对象满意度指标", "监护人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃映川", "0738-5302196", (2024, 11, 25))
    return b


@variant("cn08-class-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT: the second's 年度资金总额 is not 财政拨款 + 其他资金, "
         "and its 参课率 is a head count")  # fmt: skip
def class_stacked_wrong() -> Book:
    b, s = book("乡镇音乐课堂")
    _stacked_first(s, "2025年度项目支出绩效目标申报表（乡镇音乐课堂）")
    s.skip()
    total = mk(
        18,
        "B101",
        "error",
        row=True,
        alt=("B103", "B109"),
        note="15 + 2 = 17, not 18 (and above the period total 17)",
    )
    project_head(s, year=2025, name="榆塘村留守儿童乐器角", title="",
                 dept="柘川县教育局（403001）", unit="柘川县榆塘村小学",
                 money=[["中期资金总额", wan(17), "年度资金总额", wan(total)],
                        ["其中：财政拨款", wan(15), "其中：财政拨款", wan(15)],
                        ["其他资金", wan(2), "其他资金", wan(2)]],
                 goals=["建成乐器角1个，留守儿童每周两次课后音乐活动"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "建成乐器角", "1个"),
        (None, None, "课后音乐活动次数", "≥70次"),
        (None, "质量指标", "留守儿童参课率",
         mk("65人", "T105", "error", note="a 参课率 given as a head count")),
        (None, "成本指标", "乐器购置费", "≤9万元"),
        ("效益指标", "社会效益指标", "留守儿童课后有人看护时长", "≥2小时/周"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("cn09-class-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, 0起 on an incident count, weights add to 100 (correct)")  # fmt: skip
def class_flat() -> Book:
    b, s = book(widths=(30, 12, 12, 12, 16, 16))
    department_head(s, year=2025, dept="鹤陂县青少年宫", goal="送音乐课到乡村学校，让留守儿童"
                    "每周至少上一节乐器课", budget=[[wan(420), wan(380), wan(40), wan(260),
                                                   wan(160)]])  # fmt: skip
    s.row("部门整体绩效指标", merge=[(1, 5)])
    table(s, FLAT, [
        ("送教乡村学校数", 15, "所", "≥", 12),
        ("留守儿童陶笛课参训人数", 15, "人", "≥", 800),
        ("乡村学校音乐课开课率", 15, "%", "≥", pct(0.95)),
        ("送教下乡课时", 10, "课时", "≥", 480),
        ("课堂安全事故", 10, "起", "≤", 0),
        ("生均乐器及教材成本", 10, "元/人", "≤", 120),
        ("器材损耗率", 10, "%", "≤", pct(0.08)),
        ("学生及家长满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    sign(s, "祁海棠", "0736-8837405", (2024, 11, 12))
    return b


@variant("cn10-class-flat-wrong", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): a rate "
         "whose unit column says 人, weights adding to 95")  # fmt: skip
def class_flat_wrong() -> Book:
    b, s = book(widths=(30, 16, 12, 12, 16, 16))
    department_head(s, year=2025, dept="郦水县少年儿童艺术培训中心",
                    goal="开设乡村留守儿童音乐课，组建村级童声合唱队",
                    budget=[[wan(260), wan(240), wan(20), wan(170), wan(90)]])  # fmt: skip
    table(s, ("指标名称", "指标值", "计量单位", "权重"), [
        ("组建村级童声合唱队", "≥10支", "支", 15),
        ("乡村音乐课年课时", "≥600课时", "课时", 15),
        ("留守儿童音乐课覆盖率",
         mk("≥92%", "T112", "error", alt=("T105",), note="a % value with unit column 人"),
         "人", 20),
        ("合唱队员人均服装及教材成本", "≤150元/人", "元/人", 10),
        ("年终汇报演出场次", "≥2场", "场", 10),
        ("学生满意度", "≥90%", "%", 25),
    ], merged=())  # fmt: skip
    note(s, "注：权重合计应为100。", 4)
    b.file_mark("W101", "error", note="15 + 15 + 20 + 10 + 10 + 25 = 95, not 100")
    return b


@variant("cn11-class-direction", (11,),
         "project, NAT-2021, 指标性质 as direction (正向/反向), 指标方向 as operator in "
         "words, bare numbers, a unit column: a 下降率 with 大于等于, 0起 (correct)")  # fmt: skip
def class_direction() -> Book:
    b, s = book(widths=(14, 16, 28, 10, 12, 12, 10))
    project_head(s, year=2025, name="留守儿童音乐陪伴课", dept="郦水县民政局（118006）",
                 unit="郦水县沅坪镇社工站", money=funds((16, 16, 0)),
                 goals=["以每周音乐陪伴课减少留守儿童课后独处，缺勤下降10%以上"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"), [
        ("成本指标", "经济成本指标", "每课时社工及教师补贴", "反向", "小于等于", 150, "元/课时"),
        ("产出指标", "数量指标", "音乐陪伴课课时", "正向", "大于等于", 400, "课时"),
        (None, "质量指标", "课堂安全事故", "反向", "小于等于", 0, "起"),
        (None, "时效指标", "课后接送响应时间", "反向", "小于等于", 30, "分钟"),
        ("效益指标", "社会效益指标", "参课儿童缺勤下降率", "正向", "大于等于", 10, "%"),
        (None, None, "课程投诉率", "反向", "小于等于", 2, "%"),
        ("满意度指标", "服务对象满意度指标", "监护人满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("cn12-class-direction-wrong", (11,),
         "project, OLD-NAT, operators inside the values: a 投诉率 with ≥, a unit price with =, "
         "a satisfaction rate with =")  # fmt: skip
def class_direction_wrong() -> Book:
    b, s = book()
    project_head(s, year=2025, name="留守儿童陶笛课器乐配送", dept="鹤陂县教育局（215009）",
                 unit="鹤陂县教育装备站", money=funds((10, 10, 0)),
                 goals=["为15所乡村小学配送陶笛1500只并配套教学视频"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "配送陶笛", "≥1500只"),
        (None, None, "受配乡村小学", "≥15所"),
        (None, "质量指标", "陶笛到货验收合格率", "≥98%"),
        (None, None, "师生对音色的投诉率",
         mk("≥1%", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤ expected")),
        (None, "时效指标", "配送完成时间", "2025年4月30日前"),
        (None, "成本指标", "陶笛采购单价",
         mk("=45元/只", "T108", "warning", row=True, note="= on a cost cap: ≤ expected")),
        ("效益指标", "社会效益指标", "每周开设陶笛课的乡村小学", "≥12所"),
        ("满意度指标", "服务对象满意度指标", "师生满意度",
         mk("=95%", "T107", "warning", alt=("T108",), note="= on a satisfaction rate means ≥")),
    ])  # fmt: skip
    return b
