"""Heritage-village returns holding both crafts: stacked projects, department money, a
budget-system export and directions against operators."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout477.common import (
    HEAD,
    book,
    department,
    indicators,
    notes,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout477.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

DEPT = "栖岭乡人民政府"
EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "比较符",
          "指标值", "计量单位")  # fmt: skip


def workshop(s: Sheet, satisfaction: str) -> None:
    """The brick-carving project stacked first in zs13 and zs14."""
    project(s, "栖岭乡砖雕匠人工作室扶持", "栖岭乡文化站",
            one_year(wan(26), wan(20), wan(6)), "扶持砖雕匠人工作室2个，带徒12人。",
            dept=f"{DEPT}（401）")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "扶持砖雕匠人工作室", "≥2个"),
        (None, None, "匠人带徒人数", "≥12人"),
        (None, "质量指标", "学徒结业考核合格率", "≥90%"),
        (None, "成本指标", "单个工作室扶持资金", "≤10万元/个"),
        ("效益指标", "社会效益指标", "工作室接待研学学生", "≥600人次"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", satisfaction),
    ])  # fmt: skip


def drying_yard(s: Sheet, total: Any, other: Any, rate: Any) -> None:
    """The rattan project stacked second in zs13 and zs14."""
    s.skip()
    project(s, "栖岭乡藤编晒场及仓储改造", "栖岭乡藤编专业合作社",
            one_year(total, wan(35), other, annual=wan(45)),
            "改造藤料晒场1200平方米、仓储用房1处，组织藤编作品参展6次。",
            dept=f"{DEPT}（401）", title="")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "改造藤料晒场面积", "≥1200平方米"),
        (None, None, "组织藤编作品参展", "≥6次"),
        (None, "质量指标", "藤编作品参展完成率", rate),
        (None, "成本指标", "晒场改造单价", "≤0.02万元/平方米"),
        ("效益指标", "经济效益指标", "藤料霉变损失减少", "≥3万元"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥92%"),
    ])  # fmt: skip


@variant("zs13-stacked-two-crafts", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, 村民满意度 with different values in each project (correct)")  # fmt: skip
def stacked_two_crafts() -> Book:
    b, s = book()
    workshop(s, "≥90%")
    drying_yard(s, wan(45), wan(10), "100%")
    return b


@variant("zs14-stacked-money-wrong", (2, 12), "two projects stacked, OLD-NAT: the second "
         "project's 财政拨款 + 其他资金 short of its total, one rate given as a count")  # fmt: skip
def stacked_money_wrong() -> Book:
    b, s = book()
    workshop(s, "≥92%")
    total = mk(wan(45), "B101", "error", row=True, note="35 + 8 = 43 ≠ 45")
    drying_yard(s, total, wan(8), mk("6件", "T105", "error", note="a 完成率 given as a count"))
    return b


@variant("zs15-department-page-break", (4, 12), "department, NAT-2021: budget and key tasks "
         "with a 金额合计, weight column, a subtotal row, the header repeated after a page "
         "break, a total row, signature lines (correct)")  # fmt: skip
def department_page_break() -> Book:
    b, s = book()
    department(s, "岑湾县文化馆", (wan(380), wan(330), wan(50), wan(140), wan(240)),
               "完成古村落砖雕普查，开展藤编技艺传承，保障传统村落文物安全。",
               tasks=[("古村落砖雕普查", "普查登记砖雕构件", wan(110), "登记构件1200件以上"),
                      ("藤编技艺传承", "传承人带徒与展演", wan(85), "带徒40人以上"),
                      ("传统村落巡查", "巡查文物安全", wan(45), "全年巡查48次以上"),
                      ("金额合计", None, wan(240), None)])  # fmt: skip
    head = (*HEAD, "权重")
    indicators(s, [
        ("产出指标", "数量指标", "登记砖雕构件", "≥1200件", 10),
        (None, None, "藤编传承人带徒", "≥40人", 10),
        (None, None, "传统村落文物巡查", "≥48次", 10),
        (None, "质量指标", "普查登记数据准确率", "≥98%", 10),
        (None, "时效指标", "普查成果提交时间", "11月30日前", 10),
    ], head=head)  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.skip()
    s.row(*head)
    s.table([
        ("成本指标", "经济成本指标", "单件构件普查登记成本", "≤0.08万元/件", 10),
        ("效益指标", "社会效益指标", "传统村落文物安全事故", "0起", 10),
        (None, None, "藤编展演观众", "≥6000人次", 10),
        (None, "可持续影响指标", "带徒学员一年后留存率", "≥80%", 10),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    signature(s, "莫润华", "0771-3572240")
    return b


@variant("zs16-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 short "
         "of 资金总额, key tasks not adding to their 金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = book()
    total = mk(wan(500), "B101", "error", row=True, note="180 + 300 = 480 ≠ 500")
    department(s, "枫隅县传统村落保护发展中心",
               (total, wan(420), wan(80), wan(180), wan(300)),
               "推进传统村落砖雕与藤编保护利用。",
               tasks=[("砖雕构件修复", "修复村落砖雕构件", wan(120), "修复构件300件"),
                      ("藤编产业扶持", "扶持藤编合作社", wan(90), "扶持合作社5家"),
                      ("村落风貌整治", "整治村落巷道", wan(70), "整治巷道12条"),
                      ("金额合计", None, mk(wan(300), "B102", "error", note="sum is 280"),
                       None)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "修复村落砖雕构件", "≥300件"),
        (None, None, "扶持藤编合作社", "≥5家"),
        (None, None, "整治村落巷道", "≥12条"),
        (None, "质量指标", "修复构件验收合格率", "100%"),
        ("成本指标", "经济成本指标", "单件砖雕构件修复成本", "≤0.4万元/件"),
        ("效益指标", "社会效益指标", "传统村落年接待游客", "≥10万人次"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zs17-budget-export", (7, 11), "budget-system export: money on sheet 05-1, indicators "
         "on sheet 05-2 under a header on the third row, codes in the first columns, 指标性质 as "
         "direction, operators in words, units in their own column, 0起 (correct)")  # fmt: skip
def budget_export() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 12, 12, 12))
    code, name = "520317-25-0089", "枫隅县传统村落砖雕藤编保护"
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, 30, 26, 4)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 12, 16, 26, 12, 10, 10, 12))
    t.title("2025年部门项目支出绩效目标表", 9)
    t.row("单位：万元")
    t.row(*EXPORT)
    for line in [
        ("产出指标", "数量指标", "修复砖雕构件", "正向指标", "大于等于", 150, "件"),
        ("产出指标", "数量指标", "藤编传承人带徒", "正向指标", "大于等于", 15, "人"),
        ("产出指标", "质量指标", "构件修复返工率", "反向指标", "小于等于", 5, "%"),
        ("产出指标", "时效指标", "单件构件平均修复周期", "反向指标", "小于等于", 20, "天"),
        ("产出指标", "成本指标", "单件构件修复成本", "反向指标", "小于等于", 0.15, "万元/件"),
        ("效益指标", "社会效益指标", "文物安全事故发生次数", "反向指标", "等于", 0, "起"),
        ("效益指标", "可持续影响指标", "修复构件保存年限", "正向指标", "大于等于", 30, "年"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "正向指标", "大于等于", 90, "%"),
    ]:  # fmt: skip
        t.row(code, name, *line)
    return b


@variant("zs18-shrine-direction-wrong", (1, 11), "project, OLD-NAT, direction and operator "
         "columns, percent cells: a 反向 rate with ≥, a 满意度 with =, a 完工时间 as a "
         "percentage")  # fmt: skip
def shrine_direction_wrong() -> Book:
    b, s = book()
    project(s, "藤埠村祠堂砖雕神龛与藤编供器修复", "藤埠村村民委员会",
            one_year(wan(25), wan(20), wan(5)),
            "修复砖雕神龛6座，编制藤编纹样图册2册。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "修复砖雕神龛", "正向", "≥", 6, "座"),
        (None, None, "编制藤编纹样图册", "正向", "≥", 2, "册"),
        (None, "质量指标", "神龛修复验收合格率", "正向", "≥", pct(0.98), "%"),
        (None, None, "藤编供器藤料霉变率", "反向",
         mk("≥", "T108", "warning", row=True, note="反向 rate with ≥"), pct(0.02), "%"),
        (None, "时效指标", "神龛修复完工时间", "正向", "=",
         mk(pct(1), "T113", "warning", row=True, note="a deadline as 100%"), "%"),
        (None, "成本指标", "神龛修复单价", "反向", "≤", 3, "万元/座"),
        ("效益指标", "社会效益指标", "祠堂开放参观人次", "正向", "≥", 4000, "人次"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "正向", "=",
         mk(pct(0.95), "T107", "warning", row=True, note="=95% meant ≥95%"), "%"),
    ], head=(*HEAD[:3], "指标性质", "比较符", "指标值", "计量单位"))  # fmt: skip
    notes(s, "注：指标性质填正向或反向。", width=7)
    return b
