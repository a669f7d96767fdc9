"""Returns of the museum half (汐澜市海洋科技馆): study courses, a deep-sea exhibition, a
science caravan, the museum's department return, a science camp and a guide training."""

from __future__ import annotations

from tests.variants.holdout438.common import (
    BUREAU,
    MUSEUM,
    YEAR,
    department,
    funds,
    indicators,
    new_book,
    notes,
    project,
    signature,
    wan,
)
from tests.variants.holdout438.registry import variant
from tests.variants.kit import Book, mk, pct

SCORE_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("yf07-export-assessment", (7,), "budget-system export: sheets 05-1 and 05-2 with the "
         "header on the third row, codes in the first columns, headers 考核指标, 目标值（年度） "
         "and a 评价标准 column (correct)")  # fmt: skip
def export_assessment() -> Book:
    b, s = new_book("部门项目支出预算05-1", (12, 22, 18, 28, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("417003", MUSEUM, "41700325K0012", "海洋科普研学课程开发", wan(95), wan(80), wan(15))
    s.row("合计", None, None, None, wan(95), wan(80), wan(15))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 14, 16, 28, 16, 34))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row(f"单位：{MUSEUM}", None, None, None, f"主管部门：{BUREAU}")
    rule = "达到目标值得满分，每低1个百分点扣0.5分"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "考核指标", "目标值（年度）",
                   "评价标准"), [
        ("41700325K0012", "海洋科普研学课程开发", "产出指标", "数量指标", "研学课程开发数量",
         "≥12门", "每少1门扣1分"),
        (None, None, None, "质量指标", "课程专家评审通过率", "≥90%", rule),
        (None, None, None, "时效指标", "课程上线时间", "2025年9月30日前", "每延迟1个月扣1分"),
        (None, None, "成本指标", "经济成本指标", "单门课程开发成本", "≤6万元/门", "超出不得分"),
        (None, None, "效益指标", "社会效益指标", "研学课程参与学生人次", "≥25000人次",
         "按完成比例计分"),
        (None, None, None, "可持续影响指标", "课程资源共享学校数", "≥30所", "按完成比例计分"),
        (None, None, "满意度指标", "服务对象满意度指标", "参训学生满意度", "≥90%", rule),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "yf08-deep-sea-second-sheet",
    (7,),
    "project: head on the first sheet, the table on "
    "a second sheet under 预期实现值; a 完好率 given as a count, a 完成率 over 100%",
)
def deep_sea_second_sheet() -> Book:
    b, s = new_book("项目基本信息")
    project(
        s,
        "海洋科技馆“深海探秘”临时展览",
        MUSEUM,
        funds(wan(130), wan(110), wan(20)),
        ["举办“深海探秘”临时展览，展出深海探测装备与生物标本120件，接待观众25万人次。"],
    )
    t = b.sheet("绩效指标", (16, 20, 30, 20))
    t.title("项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "展出展品数量", "≥120件"),
        (None, "质量指标", "展品完好率",
         mk("46件", "T105", "error", note="a 完好率 needs a percentage")),
        (None, None, "展项日常巡检完成率",
         mk("≥110%", "T106", "error", note="a 完成率 cannot pass 100%")),
        (None, "时效指标", "展览开幕时间", "2025年5月18日前"),
        (None, "成本指标", "单件展品布展成本", "≤0.6万元/件"),
        ("效益指标", "社会效益指标", "展览接待观众人次", "≥25万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "yf09-caravan-footnotes",
    (4,),
    "project, OLD-NAT, one value column: a 说明 row "
    "between tiers, 注 and 填表说明 rows, signature and date lines below (correct)",
)
def caravan_footnotes() -> Book:
    b, s = new_book()
    project(s, "海洋科普大篷车进社区", MUSEUM, funds(wan(88), wan(70), wan(18)),
            ["海洋科普大篷车全年进社区96场，活动安全零事故。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "大篷车进社区场次", "≥96场"),
        (None, None, "科普手册发放量", "≥20000册"),
        (None, "质量指标", "活动安全责任事故", "=0起"),
        (None, "时效指标", "活动预告发布提前时间", "≥3天"),
        (None, "成本指标", "单场活动成本", "≤8000元/场"),
    ])  # fmt: skip
    notes(s, ["说明：单场活动成本按《汐澜市科普活动经费开支标准》测算，含车辆、展具及人员费用。"])
    s.table([
        ("效益指标", "社会效益指标", "社区居民参与人次", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, [
        "注：年度资金总额88万元=财政拨款70万元+门票收入安排18万元。",
        "填表说明：1.指标值应细化量化；2.成本指标按开支标准填写；3.可根据需要增加行。",
    ])  # fmt: skip
    signature(s, "蔺海舟", "8836-2417")
    return b


@variant(
    "yf10-museum-page-break",
    (4, 11),
    "department, NAT-2021, weight column, subtotal "
    "rows, the header repeated after a page break; ≥ on an accident rate, a deadline as 100%",
)
def museum_page_break() -> Book:
    b, s = new_book()
    department(s, MUSEUM, [(wan(620), wan(540), wan(80), wan(380), wan(240))],
               "办好常设展区与年度科普展览，全年开展科普教育活动300场以上，展品安全零事故。",
               [("常设展区维护", "展区展项维护更新", wan(90), "展项完好运行"),
                ("科普教育活动", "讲座、工作坊与研学", wan(110), "活动300场以上"),
                ("馆藏标本数字化", "标本扫描与建档", wan(40), "完成1500件"),
                ("金额合计", None, wan(240), None)])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "年度科普展览场次", "≥6场", 10),
        (None, None, "科普教育活动场次", "≥300场", 10),
        (None, "质量指标", "展品安全事故发生率",
         mk("≥0.5%", "T108", "warning", row=True, note="an accident rate is 反向: ≤ expected"),
         10),
        (None, "时效指标", "年度科普展更新完成时间",
         mk(pct(1), "T113", "warning", note="a deadline given as a percentage"), 10),
    ])  # fmt: skip
    s.row("产出指标小计", None, None, None, 40)
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单场科普活动成本", "≤3000元/场", 20),
    ])  # fmt: skip
    s.row("成本指标小计", None, None, None, 20)
    s.table([
        ("效益指标", "社会效益指标", "科普受众人次", "≥50万人次", 20),
        (None, "可持续影响指标", "馆校合作机制", "健全", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("效益指标小计", None, None, None, 30)
    s.table([("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", 10)], merged=(1, 2))
    s.row("满意度指标小计", None, None, None, 10)
    s.row("合计", None, None, None, 100)
    return b


@variant("yf11-camp-two-levels", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column both adding to 100, a 优秀率 raised in 百分点 (correct)")  # fmt: skip
def camp_two_levels() -> Book:
    b, s = new_book(widths=(14, 8, 20, 30, 22, 8))
    project(
        s,
        "海洋科技馆“小小海洋学家”科学营",
        MUSEUM,
        funds(wan(45), wan(40), wan(5)),
        ["暑期举办科学营8期，营员640人，营员海洋科学素养测评优秀率比上年提高5个百分点。"],
    )
    indicators(s, SCORE_HEAD, [
        ("产出指标", 50, "数量指标", "科学营举办期数", "≥8期", 15),
        (None, None, None, "参营学生人数", "≥640人", 15),
        (None, None, "质量指标", "营员结营考核通过率", "≥90%", 10),
        (None, None, "时效指标", "年度营期完成时间", "2025年8月31日前", 10),
        ("成本指标", 10, "经济成本指标", "营员人均成本", "≤650元/人", 10),
        ("效益指标", 30, "社会效益指标", "营员海洋科学素养测评优秀率", "比上年提高≥5百分点", 15),
        (None, None, None, "科学营成果展示场次", "≥8场", 5),
        (None, None, "可持续影响指标", "营员跟踪培养机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "营员及家长满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("yf12-guide-training-points", (10,), "project, NAT-2021, tier-1 score column: the "
         "scores under 产出 and under 效益 do not add up to their tier's score")  # fmt: skip
def guide_training_points() -> Book:
    b, s = new_book(widths=(14, 8, 20, 30, 22, 8))
    project(s, "海洋科普讲解员培训", MUSEUM, funds(wan(36), wan(30), wan(6)),
            ["培训海洋科普讲解员150人，持证讲解员上岗率85%以上。"])  # fmt: skip
    indicators(s, SCORE_HEAD, [
        ("产出指标", mk(40, "W103", "error", note="15 + 10 + 10 + 10 = 45, not 40"),
         "数量指标", "培训讲解员人数", "≥150人", 15),
        (None, None, None, "培训课时", "≥48课时", 10),
        (None, None, "质量指标", "结业考核合格率", "≥90%", 10),
        (None, None, "时效指标", "培训完成时间", "2025年6月30日前", 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤2000元/人", 10),
        ("效益指标", mk(40, "W103", "error", note="20 + 15 = 35, not 40"),
         "社会效益指标", "持证讲解员上岗率", "≥85%", 20),
        (None, None, None, "讲解服务观众人次", "≥20万人次", 15),
        ("满意度指标", 10, "服务对象满意度指标", "学员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
