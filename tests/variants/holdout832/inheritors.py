"""Subsidies for the county's intangible-heritage inheritors: kfj07–kfj12."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout832.common import grid, notes, project, sign, start, wan
from tests.variants.holdout832.registry import variant
from tests.variants.kit import Book, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kfj07-flat-subsidy", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percents, weights 100, a goal count in parts "
         "(correct)")  # fmt: skip
def flat_subsidy() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="栖梧县非物质文化遗产保护中心",
                    budget=[(wan(180), wan(165), wan(15), wan(62), wan(118))],
                    goal="向45名代表性传承人（省级12人、县级33人）发放传习补助，开展传习活动不少于"
                         "90场，完成非遗项目资料数字化建档30项。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("传承人传习补助发放人数", 20, "人", "≥", 45),
        ("传习活动场次", 15, "场", "≥", 90),
        ("县级传承人补助标准", 10, "万元/人", "≤", 0.6),
        ("补助资金按时发放率", 15, "%", "≥", pct(0.95)),
        ("传承人带徒学员结业率", 10, "%", "≥", pct(0.85)),
        ("非遗项目传承中断数", 10, "个", "≤", 0),
        ("非遗项目资料数字化建档", 10, "项", "≥", 30),
        ("传承人及学员满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：权重合计100；县级补助标准0.6万元/人×33人=19.8万元，在项目支出内列支。", width=5)
    sign(s, "农慧芸", "0771-6247733", (2024, 11, 12))
    return b


@variant("kfj08-flat-subsidy-wrong", (3, 12), "department, flat list in another order (指标名称 · "
         "指标值 · 计量单位 · 权重): goal count against the indicator, the standard × count over "
         "its task money, weights 95")  # fmt: skip
def flat_subsidy_wrong() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="栖梧县文化馆",
        budget=[(wan(260), wan(230), wan(30), wan(192), wan(68))],
        tasks=[
            ("传承人传习补助", "县级代表性传承人传习补助", wan(28), "按时足额发放"),
            ("非遗展演", "传统节庆非遗展演", wan(40), "展演不少于20场"),
            ("金额合计", None, wan(68), None),
        ],
        goal="为52名县级代表性传承人发放传习补助，举办非遗展演不少于20场。",
    )
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        (mk("县级传承人补助人数", "D104", "warning", row=True,
            note="the goal subsidises 52 inheritors, the indicator 48"), "≥48", "人", 25),
        ("人均传习补助标准",
         mk("≤0.6", "B107", "warning", row=True, note="0.6 × 48 = 28.8 (× 52 = 31.2) > 28"),
         "万元/人", 15),
        ("非遗展演场次", "≥20", "场", 20),
        ("补助资金按时发放率", "≥95%", "%", 15),
        ("非遗展演观众人次", "≥30000", "人次", 10),
        ("传承人满意度", "≥90%", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 25 + 15 + 20 + 15 + 10 + 10 = 95, not 100")
    sign(s, "梁晓岚", "0771-6248019", (2024, 11, 8))
    return b


@variant(
    "kfj09-leftover-year",
    (5, 9),
    "project, OLD-NAT, tier labels with * and ★ and "
    "abbreviated: last year in the goal and a deadline, a date serial typed as text",
)
def leftover_year() -> Book:
    b, s = start()
    goal = mk(
        "2024年支持竹编技艺传习所开展传习培训8期，培训学员160人次，举办成果展1次。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="last year's goal left in a 2025 return",
    )
    project(s, name="栖梧县竹编技艺传习所运行补助", unit="栖梧县非物质文化遗产保护中心",
            year_money=(36, 36, 0), goals=[goal])  # fmt: skip
    grid(s, HEAD, [
        ("*产出指标", "★数量", "传习培训期数", "≥8期"),
        (None, None, "培训学员人次", "≥160人次"),
        (None, "质量", "学员结业考核合格率", "≥90%"),
        (None, "时效", "传习培训完成时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="a deadline from last year's return")),
        (None, None, "首期开班日期",
         mk("45809", "X104", "warning", note="a date serial (2025-06-01) pasted as text")),
        (None, "成本", "人均培训成本", "≤0.2万元/人次"),
        ("*效益指标", "社会效益", "竹编成果展观众人次", "≥3000人次"),
        ("*满意度指标", "服务对象满意度", "学员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "欧阳竹青", "0771-6246651", (2024, 10, 16))
    return b


@variant(
    "kfj10-second-sheet-points",
    (7, 10),
    "project: head on the first sheet, table on a second "
    "sheet under 预期实现值, tier points and indicator points, 百分点, 0起 (correct)",
)
def second_sheet_points() -> Book:
    b, s = start("项目信息")
    project(s, name="栖梧县非遗传承人研修培训（剪纸、木雕）", unit="栖梧县非物质文化遗产保护中心",
            year_money=(48, 48, 0), goals=["组织剪纸、木雕传承人研修培训2期，培训传承人及学员60人，"
            "研培作品转化文创产品不少于20件。"])  # fmt: skip
    t = b.sheet("绩效指标", (18, 18, 30, 18, 10))
    t.title("2025年度项目绩效指标表", 5)
    grid(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "分值"), [
        ("产出指标（50分）", "数量指标", "研修培训期数", "≥2期", 15),
        (None, None, "培训传承人及学员人数", "≥60人", 15),
        (None, "质量指标", "学员结业考核合格率", "≥90%", 10),
        (None, "时效指标", "培训完成时间", "2025年10月31日前", 10),
        ("成本指标（10分）", "经济成本指标", "人均培训成本", "≤0.8万元/人", 10),
        ("效益指标（30分）", "社会效益指标", "传承人作品参展比例较上年提高", "≥5百分点", 10),
        (None, None, "研培作品转化文创产品", "≥20件", 10),
        (None, "可持续影响指标", "传习资料损毁事件", "0起", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "参训学员满意度", pct(0.92), 10),
    ])  # fmt: skip
    notes(t, "注：人均培训成本0.8万元×60人=48万元，与年度资金相等。", width=5)
    return b


@variant("kfj11-dept-tasks-wrong", (12, 6), "department, NAT-2021, key tasks not adding "
         "to 金额合计, satisfaction under 社会效益, a template tier-2 left")  # fmt: skip
def dept_tasks_wrong() -> Book:
    b, s = start()
    total = mk(wan(190), "B102", "error", note="60 + 45 + 70 = 175, not 190")
    department_head(
        s,
        year=2025,
        dept="栖梧县文化馆（县非遗保护中心）",
        budget=[(wan(320), wan(290), wan(30), wan(130), wan(190))],
        tasks=[
            ("传承人补助", "代表性传承人传承补助", wan(60), "补助40人"),
            ("非遗进校园", "剪纸、山歌进中小学", wan(45), "不少于30场"),
            ("非遗展演", "三月三非遗展演", wan(70), "观众1.5万人次"),
            ("金额合计", None, total, None),
        ],
        goal="补助代表性传承人40人，开展非遗进校园30场，非遗展演观众1.5万人次。",
    )
    grid(s, HEAD, [
        ("产出指标", "数量指标", "传承人补助人数", "≥40人"),
        (None, None, "非遗进校园场次", "≥30场"),
        (None, "质量指标", "补助资金发放准确率", "100%"),
        (None, "时效指标", "补助资金发放时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "人均传承补助标准", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "非遗展演观众人次", "≥15000人次"),
        (None, None, mk("非遗进校园师生满意度", "F201", "warning", row=True,
                        note="a satisfaction rate under 社会效益指标"), "≥90%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator"), None, None),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黄秋蔓", "0771-6248105", (2024, 11, 5))
    return b


W_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant(
    "kfj12-dept-relics-office",
    (4, 12),
    "department, NAT-2021, weight column: tasks adding "
    "to 金额合计, a note row, the header repeated after a page break, subtotals (correct)",
)
def dept_relics_office() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="栖梧县文物管理所",
                    budget=[(wan(500), wan(450), wan(50), wan(150), wan(350))],
                    tasks=[("古建筑日常保养", "文物保护单位日常保养维护", wan(120), "保养40处"),
                           ("文物安全巡查", "田野文物安全巡查", wan(80), "巡查全覆盖"),
                           ("考古调查", "县域古窑址专题调查", wan(150), "调查古窑址15处"),
                           ("金额合计", None, wan(350), None)],
                    goal="完成文物保护单位日常保养40处（国保2处、省保8处、县保30处），"
                         "田野文物巡查全覆盖，调查古窑址15处。")  # fmt: skip
    grid(s, W_HEAD, [
        ("产出指标", "数量指标", "文物保护单位日常保养处数", "≥40处", 15),
        (None, None, "古窑址专题调查处数", "≥15处", 15),
        (None, "质量指标", "田野文物巡查覆盖率", pct(1), 10),
        (None, "时效指标", "调查报告提交时间", "2025年12月20日前", 10),
        ("小计", None, None, None, 50),
    ])  # fmt: skip
    notes(s, "注：本页为产出指标，续表见下页。", width=5)
    s.skip()
    grid(s, W_HEAD, [
        ("成本指标", "经济成本指标", "每处日常保养成本", "≤3万元/处", 10),
        ("效益指标", "社会效益指标", "文物安全责任事故", "0起", 15),
        (None, "可持续影响指标", "文物“四有”档案完善率", "≥95%", 15),
        ("满意度指标", "服务对象满意度指标", "文物所在地群众满意度", "≥90%", 10),
        ("小计", None, None, None, 50),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "填表说明：权重按一级指标小计，合计100。", width=5)
    sign(s, "潘启航", "0771-6242280", (2024, 11, 15))
    return b
