"""Heritage studios as departments and in other forms: flat lists, notes, a second sheet,
template rows and a budget-system export (cg13–cg18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout543.common import (
    indicators,
    notes,
    one_year_money,
    sign_off,
    start,
    wan,
)
from tests.variants.holdout543.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
CENTRE = "苇塘县民间工艺美术传习所"


def _centre(s: Sheet, total: Any, basic: float, project: float) -> None:
    """The department head of the 传习所 (cg13 / cg14): tasks add up to 项目支出."""
    department_head(s, year=2025, dept=CENTRE,
                    budget=[(total, wan(basic + project - 30), wan(30), wan(basic),
                             wan(project))],
                    tasks=[("铁画传习", "开设铁画锻制传习课程", wan(project - 35), "开课12期"),
                           ("牛角雕巡展", "牛角雕作品县域巡展", wan(35), "巡展6场"),
                           ("金额合计", None, wan(project), None)],
                    goal="传承铁画、牛角雕两项县级非遗技艺，办好传习课程和巡展。")  # fmt: skip


@variant("cg13-studio-flat-list", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percents, weights 100 (correct)")  # fmt: skip
def studio_flat_list() -> Book:
    b, s = start()
    _centre(s, wan(210), 130, 80)
    indicators(s, FLAT, [
        ("铁画传习课程开课", 20, "期", "≥", 12),
        ("牛角雕作品巡展", 15, "场", "≥", 6),
        ("传习学员结业合格率", 20, "%", "≥", pct(0.9)),
        ("馆藏作品防潮防锈达标率", 15, "%", "=", pct(1)),
        ("展厅安全事故", 10, "起", "≤", 0),
        ("传习学员满意度", 20, "%", "≥", pct(0.92)),
    ], merged=(), label="年度绩效指标")  # fmt: skip
    sign_off(s, "蒲秋岚", "0557-3318462", (2024, 11, 18))
    return b


@variant("cg14-studio-flat-defects", (3, 12), "department, flat list: 资金总额 ≠ 基本支出 + "
         "项目支出, a value in 万元 against a unit column in 件, weights adding to 95")  # fmt: skip
def studio_flat_defects() -> Book:
    b, s = start()
    total = mk(wan(190), "B101", "error",
               note="资金总额 190 ≠ 基本支出 120 + 项目支出 60 (= 180)")  # fmt: skip
    _centre(s, total, 120, 60)
    b.file_mark("W101", "error", note="weights 20+15+20+15+10+15 = 95, not 100")
    indicators(s, FLAT, [
        ("铁画传习课程开课", 20, "期", "≥", 12),
        ("牛角雕作品巡展", 15, "场", "≥", 6),
        ("传习学员结业合格率", 20, "%", "≥", pct(0.9)),
        ("牛角雕作品收藏入库", 15, "件", "≥",
         mk("12万元", "T112", "error", note="value in 万元, unit column 件")),
        ("展厅安全事故", 10, "起", "≤", 0),
        ("传习学员满意度", 15, "%", "≥", pct(0.9)),
    ], merged=(), label="年度绩效指标")  # fmt: skip
    return b


CONTENT = ("一级指标", "二级指标", "指标内容", "绩效标准", "备注")


@variant("cg15-studio-notes", (4, 7), "project, OLD-NAT, headers 指标内容 / 绩效标准, an "
         "instruction row, header repeated after a page break, notes (correct)")  # fmt: skip
def studio_notes() -> Book:
    b, s = start()
    project_head(s, year=2025, name="铁画与牛角雕联合展陈项目", dept="赭岭市文化馆（218）",
                 unit="赭岭市非遗展示中心", money=one_year_money(wan(52), wan(40), wan(12)),
                 goals=["举办铁画、牛角雕联合展陈1期，展出作品120件。"])  # fmt: skip
    s.row(*CONTENT)
    s.row("（三级指标由项目单位自行设置，指标值应可考核，可增行）", merge=[(1, 5)])
    s.table([
        ("产出指标", "数量指标", "展出铁画与牛角雕作品", "≥120件", "含借展作品"),
        (None, None, "配套讲解场次", "≥60场", None),
        (None, "质量指标", "展品点交核对准确率", "100%", None),
        (None, "时效指标", "展陈开幕时间", "2025年6月30日前", None),
        (None, "成本指标", "布展费用", "≤40万元", "财政拨款安排"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(*CONTENT)
    s.table([
        ("效益指标", "社会效益指标", "观众对两项技艺的知晓率", "≥70%", None),
        (None, "可持续影响指标", "展陈图录及数字展厅保存年限", "≥5年", None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "现场问卷"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.总经费52万元，其中布展费40万元由财政拨款安排，其余12万元为自筹。",
          "2.借展作品的运输保险费用由出借单位承担，不在本项目列支。",
          "填表说明：绩效标准应填写可考核的数值或等级。", width=5)  # fmt: skip
    sign_off(s, "龚砚秋", "0557-2264108", (2024, 12, 6))
    return b


@variant("cg16-studio-second-sheet", (7, 9), "project: head on the first sheet, the table on "
         "a second sheet (考核指标 / 目标值（年度）): rate as count, a placeholder")  # fmt: skip
def studio_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="铁画文创产品开发项目", dept="赭岭市文化广电和旅游局（217）",
                 unit="赭岭市铁画艺术研究所", attr="新增项目",
                 money=one_year_money(wan(28), wan(20), wan(8)),
                 goals=["开发铁画文创产品系列，培训学徒18人。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    indicators(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "开发铁画文创产品",
         mk("≥**件", "X101", "error", note="placeholder ** left in the value")),
        (None, None, "培训铁画学徒", "≥18人"),
        (None, "质量指标", "学徒技艺考核通过率",
         mk("18人", "T105", "error", note="a 通过率 given as a head count")),
        (None, "时效指标", "文创产品上市时间", "2025年10月31日前"),
        (None, "成本指标", "学徒人均培训费", "≤0.5万元/人"),
        ("效益指标", "经济效益指标", "文创产品销售收入", "≥15万元"),
        ("满意度指标", "服务对象满意度指标", "购买者满意度", "≥90%"),
    ], label=None)  # fmt: skip
    return b


@variant("cg17-studio-template-rows", (6, 13), "department, NAT-2021, header 预期目标: a tier-2 "
         "left from the template without indicators, a value without a name")  # fmt: skip
def studio_template_rows() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept="鹤坪县牛角雕刻技艺保护中心",
                    budget=[(wan(96), wan(90), wan(6), wan(56), wan(40))],
                    tasks=[("牛角雕传习", "开设传习课程24期", wan(40), "学员150人次"),
                           ("金额合计", None, wan(40), None)],
                    goal="开设牛角雕传习课程24期，学员150人次。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "牛角雕传习课程", "≥24期"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"),
         "≥150人次"),
        (None, "质量指标", "学员作品合格率", "≥85%"),
        (None, "时效指标", "传习课程按期开课率", "100%"),
        ("成本指标", "经济成本指标", "每期课程成本", "≤1.5万元/期"),
        ("效益指标", "社会效益指标", "牛角雕技艺社区知晓率", "≥60%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="a template tier-2 with no indicator and no value"), None, None),
        (None, "可持续影响指标", "传习学员转为签约工匠", "≥5人"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    return b


EXPORT = ("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")


@variant("cg18-studio-export", (4, 7, 12), "budget-system export: sheets 05-1 (money with codes, "
         "header on row 3) and 05-2 (indicators, codes first, two projects) (correct)")  # fmt: skip
def studio_export() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 14, 26, 14, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位名称：赭岭市铁画艺术研究所", None, None, None, None, None, "单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目总额", "财政拨款", "其他资金")
    s.row("412001", "赭岭市铁画艺术研究所", "41200125001", "铁画大型壁饰创作",
          wan(60), wan(50), wan(10))  # fmt: skip
    s.row("412001", "赭岭市铁画艺术研究所", "41200125002", "牛角雕标本数字化",
          wan(24), wan(24), wan(0))  # fmt: skip
    s.row("合计", None, None, None, wan(84), wan(74), wan(10))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 14, 18, 14, 16, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位名称：赭岭市铁画艺术研究所", None, None, None, None, None, None)
    t.row(*EXPORT)
    a = ("412001", "41200125001", "铁画大型壁饰创作")
    c = ("412001", "41200125002", "牛角雕标本数字化")
    t.table([
        (*a, "产出指标", "数量指标", "大型铁画壁饰", "≥3幅"),
        (*a, None, "质量指标", "壁饰安装验收合格率", "100%"),
        (*a, None, "成本指标", "单幅壁饰成本", "≤15万元/幅"),
        (*a, "效益指标", "社会效益指标", "市民对铁画壁饰的知晓率", "≥60%"),
        (*a, "满意度指标", "服务对象满意度指标", "委托场馆满意度", "≥90%"),
        (*c, "产出指标", "数量指标", "牛角雕标本三维数字化", "≥800件"),
        (*c, None, "时效指标", "数字化采集完成时间", "2025年11月30日前"),
        (*c, None, "成本指标", "每件标本数字化费用", "≤200元/件"),
        (*c, "效益指标", "可持续影响指标", "数字化标本对外开放查询率", "≥80%"),
        (*c, "满意度指标", "服务对象满意度指标", "研究人员使用满意度", "≥85%"),
    ], merged=(4, 5))  # fmt: skip
    return b
