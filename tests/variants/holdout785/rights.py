"""A consumer-rights education week (3·15 消费维权宣传周): kdo13 to kdo18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout785.common import (
    HEAD5,
    indicators,
    notes,
    one_year,
    period_money,
    signature,
    start,
    wan,
)
from tests.variants.holdout785.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "kdo13-council-week-dept",
    (4, 12),
    "department, NAT-2021, shares, tasks adding to "
    "金额合计, weight column, header repeated after a page break, subtotal rows (correct)",
)
def council_week_dept() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept="云岙县消费者权益保护委员会", budget=[
        (wan(120), wan(112), wan(8), wan(85), wan(35)),
        (pct(1), pct(0.93), pct(0.07), pct(0.71), pct(0.29))],
        tasks=[("3·15消费维权宣传周", "集中宣传、现场咨询、以案说法", wan(14), "活动7天"),
               ("消费教育进社区", "社区讲座与老年人防骗培训", wan(12), "讲座40场"),
               ("投诉调解", "消费纠纷调解与回访", wan(9), "调解成功率≥80%"),
               ("金额合计", "14+12+9", wan(35), None)],
        goal="办好3·15消费维权宣传周（7天），开展社区讲座40场，依法调解消费纠纷。")  # fmt: skip
    h = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, h, [
        ("产出指标", "数量指标", "宣传周活动天数", "≥7天", 10),
        (None, None, "社区消费教育讲座场次", "≥40场", 10),
        (None, "质量指标", "消费纠纷调解成功率", "≥80%", 10),
        (None, "时效指标", "投诉受理时限", "≤7个工作日", 10),
        ("小计", None, None, None, 40),
    ])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.table([
        ("成本指标", "经济成本指标", "宣传周人均宣传成本", "≤12元", 10),
        ("效益指标", "社会效益指标", "宣传周活动安全事故", "=0起", 10),
        (None, None, "老年人消费防骗知识知晓率", "≥85%", 20),
        ("满意度指标", "服务对象满意度指标", "投诉人满意度", "≥90%", 20),
        ("小计", None, None, None, 60),
        ("合计", None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "梁沁", "0598-3321 6074", day(2025, 11, 25))
    return b


@variant(
    "kdo14-week-duplicate-tiers",
    (7,),
    "project, NAT-2021, headers 指标内容 and 绩效标准: "
    "a leaflet count twice, a satisfaction rate under 社会效益, goal days against indicator",
)
def week_duplicate_tiers() -> Book:
    b, s = start()
    project_head(s, year=2026, name="栖梧市3·15消费维权宣传周", dept="栖梧市市场监督管理局 318",
                 unit="栖梧市消费者协会", money=one_year(24, 24, 0),
                 goals=["3月9日至15日开展消费维权宣传周活动7天，发放宣传资料2万份，设现场咨询点"
                        "30个。"])  # fmt: skip
    h = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, h, [
        ("产出指标", "数量指标", "宣传周活动天数",
         mk("≥5天", "D104", "warning", row=True, note="年度目标写活动7天")),
        (None, None, "发放宣传资料数量", "≥2万份"),
        (None, None, "现场咨询点数量", "≥30个"),
        (None, "质量指标", "咨询问题现场解答率", "≥95%"),
        (None, "时效指标", "宣传周活动完成时间", "3月15日前"),
        ("成本指标", "经济成本指标", "宣传资料单份印制成本", "≤2元"),
        ("效益指标", "社会效益指标", mk("发放消费维权宣传资料数量", "D103", "warning",
                                        row=True, alt=("D102", "D101"),
                                        note="与“发放宣传资料数量”同一指标，多几个字，值不同"),
         "≥1.5万份"),
        (None, None, mk("活动参与群众满意度", "F201", "warning", row=True,
                        note="满意度填在社会效益指标下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "投诉举报人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kdo15-campus-multiyear-copied",
    (8, 11),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: 年度目标 copied from 中期目标, a cumulative count copied, ≥ on an overdue rate",
)
def campus_multiyear_copied() -> Book:
    b, s = start()
    goal = "三年内在全区中小学开展消费教育进校园讲座60场，覆盖学生3万人次，建成消费教育基地3个。"
    project_head(
        s,
        year=2026,
        years=3,
        name="柘塘区消费教育进校园",
        dept="柘塘区市场监督管理局",
        unit="柘塘区消费者协会",
        money=period_money(90, 30),
        attr="新增项目",
        goals=[goal, mk(goal, "D204", "warning", note="年度目标与中期目标逐字相同")],
    )
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "进校园讲座场次", "≥60场",
         mk("≥60场", "D202", "warning", note="累计场次，年度照抄中期")),
        (None, None, "覆盖学生人次", "≥3万人次", "≥1万人次"),
        (None, "质量指标", "课后消费知识测试合格率", "≥85%", "≥85%"),
        (None, "时效指标", "学期讲座完成时间", "每学期末前", "每学期末前"),
        ("成本指标", "经济成本指标", "每场讲座成本", "≤4000元", "≤4000元"),
        ("效益指标", "社会效益指标", "校园消费投诉调解超时率", "≤3%",
         mk("≥3%", "T108", "warning", row=True, note="超时率是反向指标，年度却写≥")),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdo16-hotline-points-marks", (5, 10), "project, NAT-2021, labels abbreviated and "
         "marked (★, *), tier and indicator points both adding to 100, a 下降率 with ≥ and a rate "
         "raised in 百分点 (correct)")  # fmt: skip
def hotline_points_marks() -> Book:
    b, s = start()
    project_head(s, year=2026, name="澄渊县12315消费投诉热线运维", dept="澄渊县市场监督管理局",
                 unit="澄渊县12315投诉举报中心", money=one_year(38, 38, 0),
                 goals=["全年受理消费投诉咨询1.2万件，按时办结率比上年提高2个百分点，重复投诉"
                        "下降5%以上。"])  # fmt: skip
    h = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.row("绩效指标", merge=[(1, 6)])
    s.row(*h)
    s.table([
        ("★产出", 50, "数量", "受理消费投诉咨询件数", "≥1.2万件", 20),
        (None, None, "*质量", "投诉按时办结率比上年提高", "≥2百分点", 15),
        (None, None, "时效", "热线接通时长", "≤30秒", 15),
        ("成本", 10, "经济成本", "每件投诉咨询处理成本", "≤30元", 10),
        ("★效益", 30, "社会效益", "重复投诉下降率", "≥5%", 15),
        (None, None, "可持续影响", "投诉数据分析通报机制", "健全", 15),
        ("满意度", 10, "服务对象满意度", "投诉人满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：★为核心指标，不得删除；1.2万件×30元=36万元，在38万元内。")
    return b


@variant(
    "kdo17-leaflet-template-leftover",
    (1, 6),
    "project, OLD-NAT, operator and unit "
    "columns with typed percents: the template's example row left in, a percent above 100",
)
def leaflet_template_leftover() -> Book:
    b, s = start()
    project_head(s, year=2026, name="云岙县消费维权宣传周进农村", dept="云岙县市场监督管理局",
                 unit="云岙县消费者协会", money=one_year(15, 15, 0),
                 goals=["在12个行政村开展消费维权宣传，发放宣传资料8000份。"])  # fmt: skip
    h = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, h, [
        ("产出指标", "数量指标", "覆盖行政村数量", "≥", 12, "个"),
        (None, None, "发放宣传资料数量", "≥", 8000, "份"),
        (None, None, mk("XX活动参与人数", "X101", "error", row=True,
                        note="模板示例行未删除"), "≥", "XX", "人"),
        (None, "质量指标", "农村消费者维权知识知晓率", "≥",
         mk(pct(1.05), "T106", "error", note="知晓率不能超过100%"), None),
        (None, "成本指标", "宣传资料单份成本", "≤", 1.5, "元"),
        ("效益指标", "社会效益指标", "农村消费投诉调解成功率", "≥", pct(0.8), None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant(
    "kdo18-education-second-sheet",
    (7, 9),
    "project: head on the first sheet, indicators "
    "on a second sheet under a two-row header with 预期实现值, =100% kept as text (correct)",
)
def education_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(
        s,
        year=2026,
        name="栖梧市消费教育宣传月",
        dept="栖梧市市场监督管理局 318",
        unit="栖梧市消费者协会",
        money=one_year(20, 18, 2),
        goals=["开展直播课堂10期、以案说法短视频24条，普及预付式消费维权知识。"],
    )
    t = b.sheet("绩效指标", (14, 16, 30, 18))
    t.title("2026年消费教育宣传月绩效指标", 4)
    t.row("指标层级", None, "三级指标", "预期实现值", merge=[(1, 2)])
    t.row("一级指标", "二级指标", None, "（年度）")
    t.table([
        ("产出指标", "数量指标", "直播课堂期数", "≥10期"),
        (None, None, "以案说法短视频条数", "≥24条"),
        (None, "质量指标", "视频内容审核通过率", "=100%"),
        (None, "时效指标", "宣传月活动完成时间", "2026年4月30日前"),
        (None, "成本指标", "单期直播课堂制作成本", "≤8000元"),
        ("效益指标", "社会效益指标", "预付式消费维权知识知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "观看群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "注：直播10期×0.8万元=8万元，短视频制作12万元，合计20万元。", width=4)
    return b
