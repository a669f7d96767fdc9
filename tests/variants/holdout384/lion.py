"""Lion dance troupes (舞狮): tier labels and points, flat lists, a budget-system export."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout384.common import YEAR, first, funds, indicators, notes, sign, wan
from tests.variants.holdout384.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "枧门市文化广电旅游体育局（308002）"


@variant("wd07-lion-points", (5, 10),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（50分）, （一）, "
         "1.), indicator points also adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def lion_points() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="枧门市醒狮进校园项目", dept=DEPT, unit="枧门市少年宫",
                 money=funds(40, 36, 4),
                 goals=["在16所中小学开设醒狮课程，组建少年醒狮队。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "开设醒狮课程学校数", "≥16所", 15),
        (None, None, "组建少年醒狮队数量", "≥16支", 10),
        (None, "（二）质量指标", "课程教学评估达标率", "≥90%", 15),
        (None, "（三）时效指标", "课程开课及时率", "=100%", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "每校醒狮课程补助", "≤2万元/校", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "学生醒狮活动参与率较上年提高", "≥5百分点", 15),
        (None, "2.可持续影响指标", "校园醒狮教练储备人数", "≥32人", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "学生及家长满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值各自合计100分，两者不相加。")
    sign(s, "冼嘉仪", "0750-3916285")
    return b


@variant("wd08-lion-points-wrong", (10,),
         "project, NAT-2021, a tier-1 score column merged down beside the indicator scores: the "
         "产出 indicators do not add up to its score; a satisfaction of ≥100%")  # fmt: skip
def lion_points_wrong() -> Book:
    b, s = first("绩效目标")
    project_head(s, year=YEAR, name="枧门市南狮非遗传承基地运营", dept=DEPT,
                 unit="枧门市非物质文化遗产保护中心", money=funds(60, 50, 10),
                 goals=["运营南狮传承基地，开展带徒授艺和公益展演。"])  # fmt: skip
    tier = mk(50, "W103", "error", alt=("W101",), note="15 + 15 + 10 + 5 = 45, not 50")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", tier, "数量指标", "公益展演场次", "≥40场", 15),
        (None, None, None, "传承人带徒人数", "≥30人", 15),
        (None, None, "质量指标", "展演节目审核通过率", "≥95%", 10),
        (None, None, "时效指标", "展演计划按期完成率", "≥95%", 5),
        ("成本指标", 10, "经济成本指标", "单场公益展演成本", "≤1万元/场", 10),
        ("效益指标", 30, "社会效益指标", "青少年参与率较上年提高", "≥3百分点", 15),
        (None, None, "可持续影响指标", "基地年接待研学人次", "≥5000人次", 15),
        ("满意度指标", 10, "服务对象满意度指标", "研学学生满意度",
         mk("≥100%", "T106", "error", note="a satisfaction cannot exceed 100%")),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark(
        "W101",
        "error",
        required=False,
        note="the indicator scores then total 95: the same shortfall seen on the total",
    )
    return b


@variant("wd09-lion-wrong-parent", (5, 6, 13),
         "project, OLD-NAT, labels with * and ★ and abbreviations: a 社会效益 tier-2 under 产出, "
         "a tier-2 left from the template, a value without a name")  # fmt: skip
def lion_wrong_parent() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="茶垄村醒狮队扶持项目", dept="茶垄村村委会（6102）",
                 unit="茶垄村醒狮队", money=funds(15, 12, 3),
                 goals=["扶持茶垄村醒狮队购置狮头、开展训练和节庆演出。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出指标", "★数量指标", "购置狮头数量", "≥4个"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥20场"),
        (None, "质量", "狮头验收合格率", "=100%"),
        (None, mk("社会效益指标", "F105", "error", note="社会效益 belongs under 效益指标"),
         "节庆演出覆盖自然村数", "≥8个"),
        (None, "时效", "狮头购置完成时间", "2025年6月30日前"),
        (None, "成本", "每个狮头购置单价", "≤0.6万元/个"),
        ("效益", "可持续影响指标", "醒狮队常年训练队员人数", "≥25人"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        ("满意度", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wd10-lion-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def lion_flat() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept="石鼓岭乡综合文化站",
                    budget=[(wan(120), wan(100), wan(20), wan(70), wan(50))],
                    tasks=[("舞狮队训练", "乡舞狮队集训和传承人授课", wan(30), "集训400人次"),
                           ("春节醒狮巡演", "春节期间在各村巡演", wan(20), "巡演20场"),
                           ("金额合计", None, wan(50), None)],
                    goal="办好乡舞狮队训练和春节醒狮巡演，群众满意度不低于90%。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("醒狮巡演场次", 20, "场", "≥", 20),
        ("舞狮队员培训人次", 15, "人次", "≥", 400),
        ("巡演安全事故发生率", 10, "%", "≤", pct(0.01)),
        ("单场巡演补助", 10, "万元/场", "≤", 0.8),
        ("群众满意度", 15, "%", "≥", pct(0.9)),
        ("传承人带徒人数", 15, "人", "≥", 30),
        ("醒狮进校园学校覆盖率", 15, "%", "≥", pct(0.6)),
    ])  # fmt: skip
    sign(s, "谭颂恩", "0750-6623819")
    return b


@variant("wd11-lion-flat-wrong", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def lion_flat_wrong() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept="枧门市龙狮运动协会",
                    budget=[(wan(80), wan(60), wan(20), wan(45), wan(35))],
                    goal="举办全市龙狮锦标赛，组织醒狮队参加节庆演出。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("锦标赛参赛队伍数", "≥24", "正向", "支", 20),
        ("醒狮队节庆参演人数",
         mk("≥80人次", "T112", "error", note="人次 in the value, 场 in the unit column"),
         "正向", "场", 15),
        ("赛事裁判持证上岗率", "=100%", "正向", "%", 15),
        ("观众投诉率", mk("≥2%", "T108", "warning", row=True, note="反向 rate with ≥"),
         "反向", "%", 10),
        ("单支队伍参赛补助", "≤1万元/支", "反向", "万元/支", 10),
        ("赛事现场观众人次", "≥15000", "正向", "人次", 15),
        ("参赛队伍满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+10+10+15+10 = 95, not 100")
    return b


@variant(
    "wd12-lion-export",
    (7, 4),
    "budget-system export: 05-1 budget sheet, then the indicator table on sheet 05-2 under a "
    "title and unit line, codes in the first columns, headers 指标内容 / 预期实现值 (correct)",
)
def lion_export() -> Book:
    b, s = first("部门项目支出预算05-1", (12, 24, 16, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("308017", "枧门市群众艺术馆", "440781-25-0093", "龙狮非遗展演季", wan(54), wan(50),
          wan(4))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 14, 18, 30, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：枧门市群众艺术馆")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "指标内容", "预期实现值")
    code, proj = "308017", "440781-25-0093"
    for row in [
        ("产出指标", "数量指标", "龙狮非遗展演场次", "≥30场"),
        ("产出指标", "质量指标", "展演节目审核通过率", "=100%"),
        ("产出指标", "时效指标", "展演季完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单场展演成本", "≤1.8万元/场"),
        ("效益指标", "社会效益指标", "现场及线上观众人次", "≥60000人次"),
        ("效益指标", "可持续影响指标", "入库龙狮非遗影像资料", "≥30部"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ]:
        t.row(code, proj, *row)
    return b
