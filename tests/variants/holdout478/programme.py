"""Programme-wide returns: flat department lists, stacked projects, footnotes, template rows."""

from __future__ import annotations

from tests.variants.holdout478.common import (
    YEAR,
    book,
    department,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout478.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

TANXI = "檀溪区教育局（508002）"
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("zt13-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percents typed in Excel, 0起 on an incident count, weights add to 100 "
         "(correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = book()
    department(s, dept="枫垭县青少年校外活动中心", budget=(320, 290, 30, 220, 100),
               goal="为全县20所中小学提供面塑、糖画课后服务，受益学生2000人，培训指导教师60人。",
               tasks=[("面塑进校园", "12所学校面塑课后服务", 45, "受益学生≥1200人"),
                      ("糖画进校园", "8所学校糖画课后服务", 35, "受益学生≥800人"),
                      ("非遗师资培训", "培训学校指导教师", 20, "培训教师≥60人")])  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("面塑课后服务覆盖学校数", 15, "所", "≥", 12),
        ("糖画课后服务覆盖学校数", 10, "所", "≥", 8),
        ("面塑课后服务受益学生人数", 15, "人", "≥", 1200),
        ("糖画课后服务受益学生人数", 10, "人", "≥", 800),
        ("培训指导教师人数", 10, "人", "≥", 60),
        ("教师培训考核合格率", 10, "%", "≥", pct(0.9)),
        ("生均非遗材料费", 10, "元/人", "≤", 150),
        ("学生烫伤等安全事故", 10, "起", "≤", 0),
        ("学生满意度", 10, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    sign(s, "顾岚青", "0739-5628174")
    return b


@variant("zt14-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a 反向 waste rate with ≥, weights adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = book()
    department(s, dept="栎川区少年宫", budget=(180, 170, 10, 130, 50),
               goal="面向全区小学开设糖画、面塑公益课堂22个班，受益学生600人。",
               tasks=[("糖画公益课堂", "12个班糖画课程", 30, "开班≥12个"),
                      ("面塑公益课堂", "10个班面塑课程", 20, "开班≥10个")])  # fmt: skip
    b.file_mark("W101", "error", note="权重15+15+25+10+10+10+10=95，应为100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("糖画公益课堂开课班数", "≥12", "正向", "个", 15),
        ("面塑公益课堂开课班数", "≥10", "正向", "个", 15),
        ("受益学生人数", "≥600", "正向", "人", 25),
        ("糖料浪费率", mk("≥3", "T108", "warning", row=True,
                          note="浪费率是反向指标（指标性质也写反向），应为≤"), "反向", "%", 10),
        ("生均材料费", "≤200", "反向", "元/人", 10),
        ("课程按期完成率", "≥95", "正向", "%", 10),
        ("学生满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    sign(s, "梁映川", "0741-3390467")
    return b


def dough_project(s: Sheet, title: str | None = None) -> None:
    """The first of two stacked projects: 面塑, one value column, OLD-NAT."""
    one_year(s, name="面塑课后服务项目", dept=TANXI, unit="檀溪区实验小学", total=14,
             fiscal=12, other=2, goal="开设面塑社团6个，240名学生参训，期末展出学生作品120件。",
             title=title)  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "面塑社团数", "≥6个"),
        (None, None, "参训学生人数", "≥240人"),
        (None, "质量指标", "课程完成率", "≥95%"),
        (None, "时效指标", "期末作品展时间", "12月31日前"),
        (None, "成本指标", "生均材料费", "≤150元/人"),
        ("效益指标", "社会效益指标", "学生作品展出件数", "≥120件"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip


def sugar_project(s: Sheet, total: object, rate: str) -> None:
    """The second of two stacked projects: 糖画, stacked under the first without a title."""
    s.skip()
    one_year(s, name="糖画课后服务项目", dept=TANXI, unit="檀溪区实验小学", total=total,
             fiscal=16, other=3, goal="开设糖画社团4个，160名学生参训，参加非遗展示200人次。",
             title="")  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "糖画社团数", "≥4个"),
        (None, None, "参训学生人数", "≥160人"),
        (None, "质量指标", "作品验收合格率", rate),
        (None, "成本指标", "生均糖料费", "≤100元/人"),
        ("效益指标", "社会效益指标", "学生参加非遗展示人次", "≥200人次"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥92%"),
    ])  # fmt: skip


@variant("zt15-stacked-two", (2,),
         "two projects stacked in one sheet (面塑, then 糖画 without a title), OLD-NAT, one value "
         "column, 学生满意度 with different values in the two projects (correct)")  # fmt: skip
def stacked_two() -> Book:
    b, s = book("绩效目标表")
    dough_project(s)
    sugar_project(s, 19, "≥95%")
    sign(s, "韦蔓知", "0743-6610352")
    return b


@variant("zt16-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's 年度资金总额 ≠ "
         "财政拨款 + 其他资金 and its 合格率 above 100%")  # fmt: skip
def stacked_defects() -> Book:
    b, s = book("绩效目标表")
    dough_project(s, title=f"{YEAR}年度檀溪区课后服务项目绩效目标申报表")
    total = mk(wan(20), "B101", "error", note="第二个项目：财政拨款16 + 其他资金3 = 19")
    sugar_project(s, total, mk(">100%", "T106", "error", note="合格率不能超过100%"))
    sign(s, "韦蔓知", "0743-6610352")
    return b


@variant("zt17-department-footnotes", (4, 12),
         "department, NAT-2021, weight column: tasks adding to 金额合计, an instruction "
         "row inside, header repeated after a page break, 小计 and 合计 rows, 注 and "
         "signature lines (correct)")  # fmt: skip
def department_footnotes() -> Book:
    b, s = book()
    department(s, dept="枫垭县第二中学", budget=(460, 430, 30, 380, 80),
               goal="开设面塑、糖画课后服务班16个，640名学生受益，非遗课后服务常态化开设。",
               tasks=[("面塑课后服务", "面塑班10个", 30, "受益学生≥400人"),
                      ("糖画课后服务", "糖画班6个", 26, "受益学生≥240人"),
                      ("课后服务师资补助", "校内外指导教师补助", 24, "指导教师≥20人")])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "面塑课后服务班数", "≥10个", 10),
        (None, None, "糖画课后服务班数", "≥6个", 10),
        (None, None, "课后服务受益学生人数", "≥640人", 10),
        (None, "质量指标", "课后服务课程完成率", "≥95%", 10),
        ("小计", None, None, None, 40),
    ])  # fmt: skip
    notes(s, "（以下成本指标按生均标准测算，不含基本支出）", width=5)
    s.row(*head)
    s.table([
        ("成本指标", "经济成本指标", "生均面塑、糖画材料费", "≤150元/人", 10),
        ("小计", None, None, None, 10),
        ("效益指标", "社会效益指标", "学生非遗技艺体验覆盖率", "≥60%", 15),
        (None, "可持续影响指标", "非遗课后服务持续开设年限", "≥3年", 10),
        ("小计", None, None, None, 25),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", 15),
        (None, None, "家长满意度", "≥90%", 10),
        ("小计", None, None, None, 25),
        ("合计", None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.金额合计为项目支出80万元，基本支出380万元不列入年度主要任务。",
          "2.权重合计100分，小计行不重复计入。", "填表说明：指标值须量化填写，定性指标写明等级。",
          width=5)  # fmt: skip
    sign(s, "潘知远", "0741-3318062")
    return b


@variant("zt18-template-rows", (6, 13, 9),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without an "
         "indicator, a value without a name, 计划完成日期 pasted as a date serial in "
         "text")  # fmt: skip
def template_rows() -> Book:
    b, s = book()
    end = mk("46022", "X104", "warning", note="文本格式的日期序列号，即2025-12-31")
    one_year(s, name="面塑课后兴趣小组项目", dept=TANXI, unit="檀溪区第三小学",
             total=15, fiscal=13, other=2, end=end,
             goal="开设面塑兴趣小组6个，240名学生参训，100件学生作品参加区级展评。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "面塑兴趣小组数", "≥6个"),
        (None, None, "参训学生人数", "≥240人"),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值，没有三级指标名称"),
         "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        ("成本指标", "经济成本指标", "生均面塑材料费", "≤150元/人"),
        ("效益指标", "社会效益指标", "学生作品参加区级展评件数", "≥100件"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "梁映川", "0741-3390467")
    return b
