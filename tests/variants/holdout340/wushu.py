"""Martial-arts classes and coaches trained: points at two levels, flat lists, template rows
left empty and other header words."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout340.common import TIERS, YEAR, funds, indicators, sign, start
from tests.variants.holdout340.registry import variant
from tests.variants.kit import Book, day, mk, money, pct


@variant("ul07-wushu-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, （一）, "
         "1.), indicator points adding to each, a 合计 of 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def ul07() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="黛川市青少年武术进校园培训", dept="黛川市教育体育局（102）",
                 unit="黛川市武术运动管理中心", money=funds((120, 110, 10)),
                 goals=["开设武术培训班60个，培训学生2400人。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值", "分值"), [
        ["一、产出指标（50分）", "（一）数量指标", "1.开设武术培训班", "≥60个", 10],
        [None, None, "2.参训学生人数", "≥2400人", 10],
        [None, "（二）质量指标", "3.学员结业考核合格率", pct(0.9), 10],
        [None, None, "4.授课教练持证上岗率", "=100%", 10],
        [None, "（三）时效指标", "5.培训任务完成时限", "11月30日前", 10],
        ["二、成本指标（10分）", "（一）经济成本指标", "6.每个培训班补助标准", "≤1.5万元/个", 10],
        ["三、效益指标（30分）", "（一）社会效益指标", "7.学生武术段位考评通过率较上年提高",
         "≥3百分点", 15],
        [None, "（二）可持续影响指标", "8.建成武术特色学校数", "≥12所", 15],
        ["四、满意度指标（10分）", "（一）服务对象满意度指标", "9.学生及家长满意度", pct(0.9), 10],
        ["合计", None, None, None, 100],
    ])  # fmt: skip
    return b


@variant("ul08-coach-points-wrong", (10, 5),
         "project, NAT-2021, a tier-1 score column beside the indicator scores: two tiers whose "
         "indicators do not add to the tier score, a 持证率 given as a head count")  # fmt: skip
def ul08() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 8, 16, 30, 16, 8))
    project_head(s, year=YEAR, name="鹭汀县传统武术教练员培训", dept="鹭汀县文体局（226）",
                 unit="鹭汀县武术协会", money=funds((64, 60, 4)),
                 goals=["培训南拳、棍术等传统武术教练员120名，考核发证。"])  # fmt: skip
    out = mk(50, "W103", "error", note="10 + 15 + 10 + 10 + 10 = 55 under 产出 (50)")
    gain = mk(30, "W103", "error", note="15 + 10 = 25 under 效益 (30)")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ["产出指标", out, "数量指标", "培训教练员人数", "≥120人", 10],
        [None, None, None, "举办培训班期数", "≥4期", 15],
        [None, None, "质量指标", "结业考核合格率", "≥90%", 10],
        [None, None, None, "教练员持证上岗率",
         mk("45人", "T105", "error", note="a 持证上岗率 given as a head count"), 10],
        [None, None, "时效指标", "培训完成时间", "10月31日前", 10],
        ["成本指标", 10, "经济成本指标", "每名教练员培训成本", "≤0.4万元/人", 10],
        ["效益指标", gain, "社会效益指标", "受训教练员带教学员人次", "≥3600人次", 15],
        [None, None, "可持续影响指标", "乡镇武术辅导站覆盖数", "≥9个", 10],
        ["满意度指标", 10, "服务对象满意度指标", "参训教练员满意度", "≥90%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    return b


SCHOOL = [(760, 700, 60, 420, 340),
          (pct(1, "0.00%"), pct(0.9211, "0.00%"), pct(0.0789, "0.00%"), pct(0.5526, "0.00%"),
           pct(0.4474, "0.00%"))]  # fmt: skip
SCHOOL_TASKS = [("武术教练员轮训", "轮训县内武术教练员", money(120), "轮训教练员100名"),
                ("传统武术进社区", "开设社区武术公益课", money(130), "开课240场"),
                ("民族体育项目训练", "组织板鞋、射弩项目训练", money(90), "组队训练6支"),
                ("金额合计", None, money(340), None)]  # fmt: skip


@variant("ul09-coach-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percents, a 下降率 with ≥, weights adding to 100 (correct)")  # fmt: skip
def ul09() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹭汀县体育运动学校", budget=SCHOOL, tasks=SCHOOL_TASKS,
                    goal="完成教练员轮训、社区武术公益课和民族体育项目训练任务。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ["轮训武术教练员人数", 15, "人", "≥", 100],
        ["社区武术公益课开课场次", 15, "场", "≥", 240],
        ["民族体育项目训练队数", 10, "支", "≥", 6],
        ["教练员轮训考核合格率", 15, "%", "≥", pct(0.9)],
        ["学员训练受伤人次下降率", 10, "%", "≥", pct(0.1)],
        ["社区公益课人均成本", 10, "元/人次", "≤", 45],
        ["公益课参与群众人次", 15, "人次", "≥", 7200],
        ["参训学员满意度", 10, "%", "≥", pct(0.92)],
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant("ul10-coach-flat-wrong", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as "
         "direction · 计量单位 · 权重): a unit against the unit column, a 反向 rate with ≥, "
         "weights adding to 95")  # fmt: skip
def ul10() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="澜禾县武术运动中心",
                    budget=[(380, 350, 30, 180, 200)],
                    goal="开设武术公益课，培养青少年武术后备人才。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ["青少年武术后备人才人数", "≥150", "正向", "人", 15],
        ["武术公益课开课场次",
         mk("120人次", "T112", "error", note="人次 in the value, 场 in the unit column"),
         "正向", "场", 15],
        ["学员段位考评合格率", "≥85", "正向", "%", 15],
        ["学员训练伤病发生率",
         mk("≥3", "T108", "warning", row=True, note="反向 rate with ≥"), "反向", "%", 10],
        ["公益课人均成本", "≤50", "反向", "元/人次", 10],
        ["带动青少年习武人次", "≥6000", "正向", "人次", 15],
        ["学员及家长满意度", "≥90", "正向", "%", 15],
    ])  # fmt: skip
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="15+15+15+10+10+15+15 = 95, not 100")
    return b


@variant("ul11-wushu-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template with nothing under "
         "it, a value without an indicator name")  # fmt: skip
def ul11() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="枫岙镇民族武术传习班", dept="枫岙镇人民政府（508）",
                 unit="枫岙镇综合文化站", money=funds((26, 24, 2)),
                 goals=["开办民族武术传习班4期，传习学员100人。"])  # fmt: skip
    indicators(s, (*TIERS, "预期目标"), [
        ["成本指标", "经济成本指标", "学员人均传习成本", "≤0.2万元/人"],
        ["产出指标", "数量指标", "开办传习班期数", "≥4期"],
        [None, None, "传习学员人数", "≥100人"],
        [None, "质量指标", "学员结业率", "≥90%"],
        [None, "时效指标", mk(None, "F110", "error", note="a value with no name"),
         "≥95%"],
        ["效益指标", "社会效益指标", "传习成果展演场次", "≥6场"],
        [None, mk("生态效益指标", "F109", "warning", row=True, note="template tier-2 left"),
         None, None],
        [None, "可持续影响指标", "镇级武术传承人数", "≥5人"],
        ["满意度指标", "服务对象满意度指标", "传习学员满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("ul12-wushu-header-words", (7,),
         "project, NAT-2021, two-row header 考核指标 over 一级/二级/三级, 目标值（年度）, 计量单位 "
         "and a 评价标准 scoring column, signature line (correct)")  # fmt: skip
def ul12() -> Book:
    b, s = start(widths=(14, 16, 28, 14, 10, 34))
    project_head(s, year=YEAR, name="云溆市全民武术健身公益课堂", dept="云溆市体育局（131）",
                 unit="云溆市社会体育指导中心", money=funds((55, 50, 5)),
                 goals=["在30个健身站点开设武术公益课堂，服务群众12000人次。"])  # fmt: skip
    top = s.row("考核指标", None, None, "目标值（年度）", "计量单位", "评价标准", merge=[(1, 3)])
    s.row(*TIERS)
    for c in (4, 5, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    rule = "达到目标值得满分，未达到按比例扣分"
    s.table([
        ["产出指标", "数量指标", "武术公益课堂站点数", "≥30", "个", rule],
        [None, None, "公益课服务人次", "≥12000", "人次", rule],
        [None, "质量指标", "授课社会体育指导员持证率", "≥95", "%", rule],
        [None, "时效指标", "站点开课及时率", "≥95", "%", rule],
        ["成本指标", "经济成本指标", "每个站点年度补助", "≤1.6", "万元/个", "超出标准不得分"],
        ["效益指标", "社会效益指标", "经常参加武术锻炼人数", "≥1500", "人", rule],
        [None, "可持续影响指标", "站点武术骨干培养人数", "≥60", "人", rule],
        ["满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90", "%", "每低1个百分点扣0.5分"],
    ], merged=(1, 2))  # fmt: skip
    sign(s, "韦振邦", "8523-6614", day(YEAR - 1, 11, 26))
    return b
