"""Heritage guide training: kdv13–kdv18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout792.common import funds, line, new, sign, table, wan
from tests.variants.holdout792.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok, pct

HEAD2 = (("绩效指标", None, None, "目标值（年度）", "评价标准"),
         ("一级指标", "二级指标", "考核指标", None, None))  # fmt: skip


def two_row_header(s: Sheet) -> None:
    """The two-row header of kdv13, written again after the page break."""
    s.row(*HEAD2[0], merge=[(1, 3)])
    s.row(*HEAD2[1])
    for c in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant(
    "kdv13-guide-two-row",
    (7, 4),
    "project, OLD-NAT, two-row header with 考核指标 / 目标值（年度） / 评价标准, the header "
    "repeated after a page break, a goal total with a part as its own indicator (correct)",
)
def guide_two_row() -> Book:
    b, s = new()
    project_head(
        s, year=2025, name="文博讲解员能力提升培训", dept="鹤汀市芗坪区文化和旅游局（308112）",
        unit="鹤汀市芗坪区文化旅游服务中心", money=funds(wan(30), wan(30), wan(0)),
        goals=["培训文博讲解员120人（其中乡村祠堂志愿讲解员80人），举办培训班4期，"
               "提升讲解服务水平。"],
    )  # fmt: skip
    two_row_header(s)
    s.table([
        ("产出指标", "数量指标", "讲解员培训总人数", "≥120人", "达到得满分，每少5人扣1分"),
        (None, None, "其中：乡村祠堂志愿讲解员培训", "≥80人", "达到得满分"),
        (None, None, "培训班期数", "≥4期", "每少1期扣2分"),
        (None, "质量指标", "培训考核合格率", "≥90%", "每低1个百分点扣0.5分"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前", "逾期不得分"),
        (None, "成本指标", "人均培训成本", "≤0.25万元/人", "超出不得分"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    two_row_header(s)
    s.table([
        ("效益指标", "社会效益指标", "祠堂讲解点年讲解场次", "≥600场", "每少50场扣1分"),
        (None, "可持续影响指标", "讲解员持证上岗率", "≥85%", "未达到不得分"),
        ("满意度指标", "服务对象满意度指标", "游客对讲解服务满意度", "≥90%", "每低1个百分点扣1分"),
    ], merged=(1, 2))  # fmt: skip
    line(s, "注：人均培训成本0.25万元×120人=30万元，与年度资金一致。", 5)
    return b


@variant(
    "kdv14-guide-operator-column",
    (1, 11, 12),
    "project, OLD-NAT, operator and unit columns, typed percents: 期数 below the goal's, a "
    "pass rate given as a count, unit cost × trainees above the money",
)
def guide_operator_column() -> Book:
    b, s = new()
    project_head(
        s, year=2025, name="非遗与古建讲解员培训", dept="柘岭县文化广电旅游局（417006）",
        unit="柘岭县文化馆", money=funds(wan(45), wan(40), wan(5)),
        goals=[ok("举办讲解员培训班6期，培训讲解员100人，考核合格后持证上岗。")],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "培训班期数", "≥",
         mk(4, "D104", "warning", row=True, note="年度目标写举办培训班6期"), "期"),
        (None, None, "培训讲解员人数", "≥", 100, "人"),
        (None, "质量指标", "培训考核合格率", "≥",
         mk(95, "T105", "error", row=True, note="合格率写成95人"), "人"),
        (None, "时效指标", "培训按期完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "人均培训成本", "≤",
         mk(0.6, "B107", "warning", row=True, note="0.6万元×100人=60万元，超过年度资金45万元"),
         "万元/人"),
        ("效益指标", "社会效益指标", "讲解差错投诉率", "≤", pct(0.02), "%"),
        (None, "可持续影响指标", "讲解员持证上岗率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant(
    "kdv15-guide-word-operators",
    (5, 11),
    "project, OLD-NAT, tier labels marked (*) and abbreviated (产出, 数量), a ★ core "
    "indicator, operators in words in their own column, a 下降率 with 大于等于 (correct)",
)
def guide_word_operators() -> Book:
    b, s = new()
    project_head(
        s, year=2025, name="红色祠堂旧址讲解员培训", dept="鹤汀市文化广电旅游局（306001）",
        unit="鹤汀市革命纪念馆", money=funds(wan(24), wan(24), wan(0)),
        goals=["培训红色祠堂旧址讲解员60人，编写统一讲解词12篇，讲解差错明显减少。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("*产出", "数量", "★培训讲解员", "大于等于", 60, "人"),
        (None, None, "编写统一讲解词", "大于等于", 12, "篇"),
        (None, "质量", "讲解词审核通过率", "等于", pct(1), "%"),
        (None, "时效", "讲解词定稿时间", "小于等于", "2025年6月30日", None),
        (None, "成本", "人均培训成本", "小于等于", 0.4, "万元/人"),
        ("*效益", "社会效益", "讲解差错发生率下降率", "大于等于", pct(0.2), "%"),
        (None, None, "游客投诉率", "小于等于", pct(0.02), "%"),
        ("*满意度", "满意度", "游客满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    line(s, "注：标“★”的为核心指标，不得删除；标“*”的为必填项。")
    sign(s, "晏秋禾", "0596-5102736", day(2025, 1, 6))
    return b


@variant(
    "kdv16-flat-guide-dup",
    (3,),
    "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): the same indicator twice "
    "with two values, weights not adding to 100",
)
def flat_guide_dup() -> Book:
    b, s = new()
    b.file_mark("W101", "error", note="权重合计10+15+10+15+10+10+10+15=95，不是100")
    department_head(
        s, year=2025, dept="柘岭县文物讲解服务中心",
        budget=[(wan(210), wan(200), wan(10), wan(150), wan(60))],
        tasks=[("讲解员培训", "培训讲解员80人", wan(36), "持证上岗"),
               ("讲解点建设", "建设祠堂讲解点6个", wan(24), "讲解点开放"),
               ("金额合计", None, wan(60), None)],
        goal="培训讲解员80人，建设祠堂讲解点6个，讲解员持证上岗率达到90%。",
    )  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("培训讲解员", "≥80", "人", 10),
        ("建设祠堂讲解点", "≥6", "个", 15),
        (ok("讲解员持证上岗率"), "≥90", "%", 10),
        ("讲解点开放天数", "≥250", "天", 15),
        ("人均培训成本", "≤0.45", "万元/人", 10),
        ("讲解服务场次", "≥1500", "场", 10),
        (mk("讲解员持证上岗率", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标写了两次，一处≥90%，一处≥85%"), "≥85", "%", 10),
        ("游客满意度", "≥90", "%", 15),
    ])  # fmt: skip
    return b


@variant(
    "kdv17-second-sheet-template",
    (6, 7, 13),
    "project: head on the first sheet, the table on a second sheet under header 预期目标: "
    "a value without a name, last year's deadline, a satisfaction rate under 社会效益",
)
def second_sheet_template() -> Book:
    b, s = new("基本信息")
    project_head(
        s, year=2025, name="古村落讲解志愿者培训", dept="鹤汀市芗坪区文化和旅游局（308112）",
        unit="鹤汀市芗坪区文化旅游服务中心", money=funds(wan(18), wan(15), wan(3)),
        goals=["培训古村落讲解志愿者90人，在6个古村落祠堂开展志愿讲解。"],
    )  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2025年度项目绩效指标", 4)
    table(t, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "培训讲解志愿者", "≥90人"),
        (None, None, "开展志愿讲解的古村落", "≥6个"),
        (None, None, mk(None, "F110", "error", note="有指标值≥300场，却没有三级指标名称"),
         "≥300场"),
        (None, "质量指标", "志愿者考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间",
         mk("2024年10月31日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="2025年度项目，期限仍是上年的2024年")),
        (None, "成本指标", "人均培训成本", "≤0.2万元/人"),
        ("效益指标", "社会效益指标", "古村落讲解覆盖游客", "≥2万人次"),
        (None, None, mk("志愿者培训满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益指标下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdv18-guide-department",
    (12, 4, 10),
    "department, NAT-2021, budget and tasks adding up, an indicator points column with 小计 "
    "and 合计 rows, a rate raised in 百分点 (correct)",
)
def guide_department() -> Book:
    b, s = new("部门整体")
    department_head(
        s, year=2025, dept="鹤汀市文化遗产讲解培训中心",
        budget=[(wan(310), wan(290), wan(20), wan(150), wan(160))],
        tasks=[("讲解员培训", "培训讲解员150人", wan(45), "考核合格率≥90%"),
               ("祠堂讲解点建设", "建设讲解点10个", wan(75), "讲解点开放"),
               ("讲解词编写", "编写讲解词30篇", wan(40), "讲解词定稿"),
               ("金额合计", None, wan(160), None)],
        goal="培训讲解员150人，建设祠堂讲解点10个，编写讲解词30篇，持证上岗率提高。",
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", "数量指标", "培训讲解员", "≥150人", 15),
        (None, None, "建设祠堂讲解点", "≥10个", 10),
        (None, None, "编写讲解词", "≥30篇", 5),
        (None, "质量指标", "培训考核合格率", pct(0.9), 10),
        (None, "时效指标", "讲解点建成时间", "2025年9月30日前", 10),
        (None, "小计", None, None, 50),
        ("成本指标", "经济成本指标", "单个讲解点建设成本", "≤7.5万元/个", 10),
        (None, "小计", None, None, 10),
        ("效益指标", "社会效益指标", "讲解员持证上岗率比上年提高", "≥5百分点", 15),
        (None, "可持续影响指标", "讲解员继续教育制度", "建立并执行", 15),
        (None, "小计", None, None, 30),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", 10),
        (None, "小计", None, None, 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign(s, "卢可欣", "0596-8843105", day(2024, 11, 25))
    return b
