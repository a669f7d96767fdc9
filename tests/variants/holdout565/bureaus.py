"""What county bureaus send for their lantern and temple-fair work: department money, budget-
system exports, scored and two-row-header tables, dc13 to dc18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout565.common import indicators, notes, one_year, start, wan
from tests.variants.holdout565.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk, ok, pct

TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("dc13-dept-money", (12,),
         "department, NAT-2021: budget with a row of shares, festival tasks adding to the 金额合计 "
         "(= 项目支出), a footnote explaining that total (correct)")  # fmt: skip
def dc13() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="砚川县文化和旅游局",
                    budget=[[wan(800), wan(720), wan(80), wan(520), wan(280)],
                            [pct(1), pct(0.9), pct(0.1), pct(0.65), pct(0.35)]],
                    tasks=[("元宵花灯会", "灯组制作、布展、安保", wan(120), "展出灯组40组以上"),
                           ("春节庙会", "民俗展演、摊位管理", wan(90), "庙会举办7天"),
                           ("非遗展演进乡镇", "花灯、舞龙等非遗巡演", wan(70), "巡演12场以上"),
                           ("金额合计", None, wan(280), None)],
                    goal="办好元宵花灯会和春节庙会，推进非遗传承，丰富节日文化生活。",
                    )  # fmt: skip
    notes(s, ["注：金额合计为项目支出部分，基本支出520万元不列入年度主要任务。"])
    s.skip()
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "元宵花灯会展出灯组", "≥40组"),
        (None, None, "春节庙会举办天数", "≥7天"),
        (None, None, "非遗进乡镇巡演场次", "≥12场"),
        (None, "质量指标", "节庆活动安全预案覆盖率", pct(1)),
        (None, "时效指标", "元宵花灯会开展时间", "2月12日前"),
        ("成本指标", "经济成本指标", "非遗巡演单场补助", "≤2万元/场"),
        ("效益指标", "社会效益指标", "节庆活动群众参与人次", ok("≥40万人次")),
        (None, "可持续影响指标", "非遗项目传承机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dc14-dept-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, festival tasks not adding to the 金额合计")  # fmt: skip
def dc14() -> Book:
    b, s = start()
    total = mk(wan(600), "B101", "error", row=True,
               note="基本支出 380 + 项目支出 240 = 620 ≠ 资金总额 600")  # fmt: skip
    share = mk(pct(0.45), "B111", "error", note="项目支出 240 ÷ 600 = 40%，不是 45%")
    department_head(s, year=2025, dept="澄岭县文化馆",
                    budget=[[total, wan(560), wan(40), wan(380), wan(240)],
                            [pct(1), pct(0.93), pct(0.07), pct(0.63), share]],
                    tasks=[("元宵灯会", "灯组制作与布展", wan(100), "展出灯组30组以上"),
                           ("庙会民俗展演", "舞龙舞狮、秧歌展演", wan(80), "展演20场以上"),
                           ("花灯传承培训", "传承人培训", wan(70), "培训学员80人"),
                           ("金额合计", None,
                            mk(wan(240), "B102", "error", note="100 + 80 + 70 = 250 ≠ 240"),
                            None)],
                    goal="办好元宵灯会和庙会展演，培养花灯传承人。")  # fmt: skip
    s.skip()
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "元宵灯会展出灯组", "≥30组"),
        (None, None, "庙会民俗展演场次", "≥20场"),
        (None, None, "花灯传承培训学员", "≥80人"),
        (None, "质量指标", "培训学员结业率", "≥95%"),
        ("成本指标", "经济成本指标", "学员人均培训成本", "≤0.8万元/人"),
        ("效益指标", "社会效益指标", "花灯技艺传承人数增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _export_budget(s: Sheet, name: str, total: object, fiscal: C, other: C) -> None:
    """The 05-1 sheet of a budget-system export: codes first, one project line."""
    s.row("2025年部门项目支出预算表", merge=[(1, 8)])
    s.row("单位：万元")
    s.row(
        "单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金"
    )
    s.row("417001", "砚川县文化馆", "52102525T000000377", name, "一次性项目", total, fiscal, other)


@variant("dc15-export-second-sheet", (7,),
         "budget-system export: 05-1 money sheet, indicators on sheet 05-2 with the header on "
         "the third row, unit and project codes in the first columns, header 绩效目标值 "
         "(correct)")  # fmt: skip
def dc15() -> Book:
    b, s = start("部门项目支出预算05-1")
    name = "2025年元宵节民俗巡游及花灯展"
    _export_budget(s, name, wan(96), wan(90), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 20, 22, 12, 16, 26, 10, 12, 10))
    t.row("2025年部门项目支出绩效目标表", merge=[(1, 9)])
    t.row("单位：砚川县文化馆")
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向",
          "绩效目标值", "计量单位")  # fmt: skip
    code = ("417001", "52102525T000000377", name)
    for tier1, tier2, ind, op, val, unit in [
        ("产出指标", "数量指标", "巡游队伍数量", "≥", 16, "支"),
        ("产出指标", "数量指标", "展出花灯组数", "≥", 36, "组"),
        ("产出指标", "质量指标", "花灯安全检测合格率", "=", pct(1), "%"),
        ("产出指标", "时效指标", "巡游活动完成时间", "≤", day(2025, 2, 12), None),
        ("成本指标", "经济成本指标", "花灯展单组制作成本", "≤", 1.5, "万元/组"),
        ("效益指标", "社会效益指标", "踩踏等安全事故发生数", "=", 0, "起"),
        ("效益指标", "社会效益指标", "非遗项目公众知晓率提高", "≥", 5, "百分点"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.92), "%"),
    ]:  # fmt: skip
        t.row(*code, tier1, tier2, ind, op, val, unit)
    return b


@variant("dc16-points-wrong", (10, 5),
         "project, NAT-2021, ★-marked tier labels with a tier score column beside the indicator "
         "score column: two tiers whose indicator scores do not add to the tier score")  # fmt: skip
def dc16() -> Book:
    b, s = start()
    project_head(s, year=2025, name="汀枫县2025年灯会庙会联办项目", dept="汀枫县商务局（602）",
                 unit="汀枫县节庆活动服务中心", money=one_year(wan(120), wan(100), wan(20)),
                 goals=["春节至元宵期间联办灯会和庙会，展出灯组50组，入驻摊位300个。"])  # fmt: skip
    out = mk(50, "W103", "error", note="产出指标 50 分，其下指标分值 15+15+15+10 = 55")
    eff = mk(30, "W103", "error", note="效益指标 30 分，其下指标分值 15+10 = 25")
    indicators(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("★产出指标", out, "数量指标", "展出灯组数量", "≥50组", 15),
        (None, None, None, "庙会入驻摊位数量", "≥300个", 15),
        (None, None, "质量指标", "灯组及摊位用电验收合格率", "=100%", 15),
        (None, None, "时效指标", "灯会庙会开放时间", "1月28日前", 10),
        ("★成本指标", 10, "经济成本指标", "单组灯组制作成本", "≤1万元/组", 10),
        ("★效益指标", eff, "社会效益指标", "节庆期间县城夜间客流增长率", "≥15%", 15),
        (None, None, "经济效益指标", "摊位平均营业额比上年提高", "≥3百分点", 10),
        ("★满意度指标", 10, "服务对象满意度指标", "游客满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("dc17-header-words", (7, 5),
         "project, OLD-NAT, two-row header (考核指标 over 一级/二级/三级, 目标值（年度）, "
         "评价标准), abbreviated tier labels (产出, 数量, 满意度) (correct)")  # fmt: skip
def dc17() -> Book:
    b, s = start()
    project_head(s, year=2025, name="汀枫县南关火神庙会非遗市集项目",
                 dept="汀枫县文化广电和旅游局（318）", unit="汀枫县非物质文化遗产保护中心",
                 money=one_year(wan(28), wan(25), wan(3)),
                 goals=["庙会期间设非遗市集展位50个，组织非遗技艺现场展示15场。"])  # fmt: skip
    top = s.row("考核指标", None, None, "目标值（年度）", "评价标准", "备注", merge=[(1, 3)])
    s.row("一级", "二级", "三级")
    for c in (4, 5, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出", "数量", "非遗市集展位", "≥50个", "每少5个扣1分", None),
        (None, None, "非遗技艺现场展示场次", "≥15场", "每少1场扣1分", None),
        (None, "质量", "参展非遗项目资质审核通过率", "=100%", "未全部通过不得分", None),
        (None, "时效", "市集布展完成时间", "2月8日前", "逾期不得分", None),
        (None, "成本", "单个展位搭建费用", "≤0.3万元/个", "超标不得分", None),
        ("效益", "社会效益", "非遗产品现场销售额增长率", "≥10%", "按完成比例得分", "与上年比"),
        (None, "可持续影响", "非遗市集常态化机制", "建立并执行", "未建立不得分", None),
        ("满意度", "服务对象满意度", "参展传承人满意度", "≥90%", "按问卷结果得分", None),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("dc18-export-defects", (9, 7),
         "budget-system export like dc15: an amount pasted twice in the 05-1 line, a visitor "
         "count stored as text with separators, a deadline given as a percent")  # fmt: skip
def dc18() -> Book:
    b, s = start("部门项目支出预算05-1")
    name = "2025年南关庙会彩车巡游"
    twice = mk("85万85万(含彩车租赁)", "X106", "error", alt=("B108",),
               note="合计栏的金额粘贴了两次，应为 85")  # fmt: skip
    _export_budget(s, name, twice, wan(80), wan(5))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 20, 22, 12, 16, 26, 10, 12, 10))
    t.row("2025年部门项目支出绩效目标表", merge=[(1, 9)])
    t.row("单位：砚川县文化馆")
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向",
          "绩效目标值", "计量单位")  # fmt: skip
    code = ("417001", "52102525T000000377", name)
    for tier1, tier2, ind, op, val, unit in [
        ("产出指标", "数量指标", "彩车制作数量", "≥", 12, "辆"),
        ("产出指标", "质量指标", "彩车消防安全检查合格率", "=", pct(1), "%"),
        ("产出指标", "时效指标", "彩车巡游完成时限", "=",
         mk(pct(1), "T113", "warning", row=True, note="完成时限给的是百分比，不是日期或期限"),
         "%"),
        ("成本指标", "经济成本指标", "单辆彩车制作成本", "≤", 5, "万元/辆"),
        ("效益指标", "社会效益指标", "巡游沿线观众人次", "≥",
         mk("120,000", "X103", "warning", note="带千位分隔符的文本，不是数字"), "人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", pct(0.9), "%"),
    ]:  # fmt: skip
        t.row(*code, tier1, tier2, ind, op, val, unit)
    return b
