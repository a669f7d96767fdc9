"""Returns of the rural homestay (民宿) quality rating (kat13–kat18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout712.common import (
    DEPT,
    indicators,
    new_book,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout712.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

BUREAU = "鹤汀县文化和旅游局"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TASKS = ("民宿等级评定", "现场检查、专家评审、结果公示")


@variant("kat13-homestay-department", (12, 4), "department, NAT-2021, key tasks with 金额合计, "
         "a goal's total with its parts in brackets, signature line (correct)")  # fmt: skip
def kat13() -> Book:
    b, s = new_book()
    department_head(s, year=2025, dept=BUREAU,
                    budget=[[wan(860), wan(800), wan(60), wan(520), wan(340)]],
                    tasks=[(*TASKS, wan(85), "完成民宿等级评定40家"),
                           ("全域旅游宣传推广", "推介会、新媒体宣传", wan(180), "提升品牌影响力"),
                           ("景区厕所改造补助", "以奖代补", wan(75), "改造厕所5座"),
                           ("金额合计", None, wan(340), None)],
                    goal="完成民宿等级评定40家（甲级12家、乙级28家），培训民宿经营者300人次，"
                         "补助景区改造厕所5座。")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "民宿等级评定数量", "≥40家"),
        (None, None, "其中：甲级民宿评定数量", "≥12家"),
        (None, None, "民宿经营者培训人次", "≥300人次"),
        (None, None, "补助改造景区厕所数量", "≥5座"),
        (None, "质量指标", "评定结果公示率", "100%"),
        (None, "时效指标", "评定结果发布时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单家民宿评定成本", "≤1.5万元/家"),
        ("效益指标", "经济效益指标", "等级民宿平均入住率", "提高≥3百分点"),
        (None, "社会效益指标", "民宿安全事故发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "民宿经营户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦书宁", "0571-6633 2405", day(2024, 11, 20))
    return b


@variant(
    "kat14-homestay-department-wrong",
    (12, 4),
    "department, NAT-2021, weights with 小计 "
    "rows: 基本 + 项目 ≠ 资金总额, tasks short of 金额合计, the goal's training count",
)
def kat14() -> Book:
    b, s = new_book()
    total = mk(wan(640), "B101", "error", row=True, note="基本支出 300 + 项目支出 320 = 620 ≠ 640")
    department_head(
        s,
        year=2025,
        dept="鹤汀县民宿发展服务中心",
        budget=[[total, wan(600), wan(40), wan(300), wan(320)]],
        tasks=[
            (*TASKS, wan(90), "完成评定50家"),
            ("民宿经营者培训", "集中培训、现场教学", wan(150), "培训300人次"),
            ("民宿品牌推广", "线上推广、展会", wan(60), "推出精品线路"),
            (
                "金额合计",
                None,
                mk(wan(320), "B102", "error", row=True, note="90 + 150 + 60 = 300 ≠ 320"),
                None,
            ),
        ],
        goal="完成民宿等级评定50家，培训民宿经营者300人次，推出民宿精品线路5条。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.table([
        ("产出指标", "数量指标", "民宿等级评定数量", "≥50家", 15),
        (None, None, "民宿经营者培训人次",
         mk("≥200人次", "D104", "warning", row=True, note="年度总体目标写培训300人次"), 15),
        (None, "质量指标", "评定档案完整率", "100%", 10),
        (None, "时效指标", "评定工作完成时间", "2025年11月30日前", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("产出指标小计", None, None, None, 50)
    s.table([
        ("成本指标", "经济成本指标", "单家民宿评定成本", "≤1.8万元/家", 10),
        ("效益指标", "经济效益指标", "民宿精品线路推出数量", "≥5条", 15),
        (None, "社会效益指标", "等级民宿带动就业人数", "≥150人", 15),
    ], merged=(1, 2))  # fmt: skip
    s.row("成本与效益指标小计", None, None, None, 40)
    s.table([("满意度指标", "服务对象满意度指标", "民宿经营户满意度", "≥90%", 10)],
            merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "kat15-homestay-marked-labels",
    (5, 7),
    "project, OLD-NAT, labels with * and ★, "
    "abbreviations and a bracketed alternative, headers 考核指标 / 目标值（年度） (correct)",
)
def kat15() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="鹤汀县乡村民宿等级评定", dept=DEPT,
                 unit="鹤汀县民宿发展服务中心", money=one_year_money(40, 40, 0),
                 goals=["完成30家乡村民宿等级评定（甲级8家），建立等级民宿动态复核机制，"
                        "带动等级民宿入住率提高。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("*产出指标", "★数量指标", "等级民宿评定数量", "≥30家", "每少1家扣1分"),
        (None, None, "评定现场检查户次", "≥60户次", "按比例扣分"),
        (None, "质量", "评定结果公示率", "100%", "未公示不得分"),
        (None, "时效指标（工期指标）", "评定结果发布时间", "2025年11月30日前", "逾期不得分"),
        (None, "成本", "单家民宿评定费用", "≤1.2万元/家", "超支不得分"),
        ("效益", "社会效益", "等级民宿平均入住率", "提高≥5百分点", "按完成比例计分"),
        (None, "可持续影响", "等级民宿动态复核机制", "建立并执行", "未建立不得分"),
        ("满意度", "服务对象满意度", "民宿经营户满意度", "≥90%", "按调查结果计分"),
    ])  # fmt: skip
    return b


@variant("kat16-homestay-template-rows", (6, 13), "project, NAT-2021: a template tier-2 left "
         "empty, the template's example row left in, a count under 质量")  # fmt: skip
def kat16() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="鹤汀县民宿管家技能培训",
        dept=DEPT,
        unit="鹤汀县民宿发展服务中心",
        money=one_year_money(30, 30, 0),
        goals=["举办民宿管家培训班6期，培训民宿管家240人次，对20户星级民宿开展复核。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "民宿管家培训人次", "≥240人次"),
        (None, None, "培训班期数", "≥6期"),
        (None, None, "示例：XX培训人次",
         mk("≥**人次", "X101", "error", row=True, note="模板的示例行没有删除")),
        (None, "质量指标", mk("星级民宿复核户数", "F201", "warning", row=True,
                              note="户数是数量指标，填在质量指标下"), "≥20户"),
        (None, None, "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1250元/人次"),
        ("效益指标", mk("经济效益指标", "F109", "warning", row=True,
                        note="模板的二级指标没有填三级指标和指标值"), None, None),
        (None, "社会效益指标", "参训管家持证上岗率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kat17-homestay-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: a cumulative count copied to the year, last year's deadline in 年度",
)
def kat17() -> Book:
    b, s = new_book()
    project_head(s, year=2025, years=3, name="鹤汀县等级民宿培育三年计划", dept=DEPT,
                 unit="鹤汀县民宿发展服务中心", attr="新增项目",
                 money=period_money((300, 270, 30), (100, 90, 10)),
                 goals=["三年培育等级民宿120家，形成3条民宿集聚带。",
                        "2025年培育等级民宿40家，启动1条民宿集聚带建设。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "培育等级民宿数量", "≥120家",
         mk("≥120家", "D202", "warning", note="累计数照抄中期值，年度目标写40家",
            alt=("D104",))),
        (None, None, "民宿集聚带建设数量", "≥3条", "≥1条"),
        (None, "质量指标", "等级民宿复核达标率", "≥95%", "≥95%"),
        (None, "时效指标", "年度培育任务完成时间", "2027年11月30日前",
         mk("2024年11月30日前", "Y102", "error", alt=("Y101",), note="年度期限早于预算年度")),
        ("成本指标", "经济成本指标", "单家民宿培育补助", "≤2.5万元/家",
         ok("≤2.5万元/家", "warning", note="照抄的120家 × 2.5万元超过年度资金，随 D202 而来")),
        ("效益指标", "经济效益指标", "等级民宿户均营业收入增长率", "≥15%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "民宿经营户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kat18-homestay-flat-direction",
    (1, 3, 11),
    "department, flat list with operator "
    "(指标方向) and direction (指标性质) columns, percent cells, weights 100 (correct)",
)
def kat18() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=2025,
        dept="鹤汀县民宿发展服务中心",
        budget=[[wan(150), wan(130), wan(20), wan(90), wan(60)]],
        tasks=[
            (*TASKS, wan(35), "评定等级民宿25家"),
            ("民宿管家培训", "集中培训", wan(25), "培训200人次"),
            ("金额合计", None, wan(60), None),
        ],
        goal="完成等级民宿评定25家，培训民宿管家200人次，民宿游客投诉率控制在1%以内。",
    )
    s.row("指标名称", "指标方向", "指标值", "计量单位", "指标性质", "权重")
    s.table([
        ("等级民宿评定数量", "≥", 25, "家", "正向", 15),
        ("民宿管家培训人次", "≥", 200, "人次", "正向", 15),
        ("评定复核抽查比例", "≥", pct(0.3), "%", "正向", 10),
        ("民宿消防安全检查覆盖率", "=", pct(1), "%", "正向", 15),
        ("民宿游客投诉率", "≤", pct(0.01), "%", "反向", 10),
        ("单家民宿评定成本", "≤", 1.4, "万元/家", "反向", 10),
        ("等级民宿入住率提高", "≥", 5, "百分点", "正向", 10),
        ("民宿经营户满意度", "≥", pct(0.9), "%", "正向", 15),
    ])  # fmt: skip
    return b
