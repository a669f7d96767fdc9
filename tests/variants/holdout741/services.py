"""Returns kbw07–kbw12: outsourced audit services bought from accounting and engineering firms."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout741.common import (
    DEPT,
    HEAD4,
    book,
    indicators,
    late_fill,
    multi_year,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout741.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kbw07-bureau-department", (1, 12),
         "department, NAT-2021: budget = 财政拨款 + 其他资金 = 基本支出 + 项目支出, three tasks "
         "adding to 金额合计, =100% at the ceiling, 0起, a typed percent (correct)")  # fmt: skip
def bureau_department() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2025, dept="榆澜市审计局",
                    budget=[[wan(1860), wan(1800), wan(60), wan(1240), wan(620)]],
                    tasks=[("购买社会审计服务", "委托会计师事务所开展政府投资项目结算审计",
                            wan(380), "完成委托审计项目60个"),
                           ("审计大数据平台运维", "平台运维、数据采集和安全测评", wan(150),
                            "平台全年稳定运行"),
                           ("审计人员专业培训", "专题培训、岗前培训和以审代训", wan(90),
                            "培训800人次"),
                           ("金额合计", None, wan(620), None)],
                    goal="目标1：委托完成政府投资审计项目60个；目标2：培训审计人员800人次（其中"
                         "新入职人员120人次）；目标3：审计发现问题全部整改到位。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "委托社会审计项目数", "≥60个"),
        (None, None, "审计人员培训人次", "≥800人次"),
        (None, None, "新入职审计人员培训人次", "≥120人次"),
        (None, "质量指标", "审计发现问题整改率", "=100%"),
        (None, None, "中介机构审计报告退回率", "≤5%"),
        (None, "时效指标", "委托审计项目按期完成率", pct(0.95)),
        ("成本指标", "经济成本指标", "单个委托审计项目平均服务费", "≤6万元/个"),
        ("效益指标", "社会效益指标", "审计质量责任事故", "0起"),
        (None, "可持续影响指标", "中介机构库动态管理", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "被审计单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbw08-service-centre-flat", (1, 3, 4),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent, "
         "weights adding to 100, a 合计 row and a 填表说明 row (correct)")  # fmt: skip
def service_centre_flat() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="榆澜市审计局审计服务中心",
                    budget=[[wan(980), wan(950), wan(30), wan(360), wan(620)]],
                    goal="组织购买社会审计服务，管好中介机构库，保证委托审计质量。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("购买社会审计服务项目数", 15, "个", "≥", 60),
        ("委托审计报告一次通过率", 15, "%", "≥", pct(0.9)),
        ("审计报告差错率", 10, "%", "≤", 3),
        ("委托审计项目平均服务费", 10, "万元/个", "≤", 6),
        ("审计发现问题整改率", 15, "%", "=", 100),
        ("中介服务合同备案率", 10, "%", "=", 100),
        ("审计人员培训人次", 15, "人次", "≥", 800),
        ("被审计单位满意度", 10, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "填表说明：指标性质填≥、≤或=；权重合计应为100。")
    signature(s, "詹若屏", "0797-6123562", late_fill(2025))
    return b


@variant("kbw09-settlement-audits", (5,),
         "project, NAT-2021: a project count below the goal's, a service fee × count above the "
         "money, a satisfaction rate under 社会效益")  # fmt: skip
def settlement_audits() -> Book:
    b, s = book()
    project_head(s, year=2025, name="政府投资项目结算审计购买服务", dept=DEPT,
                 unit="榆澜市审计局审计服务中心", money=one_year(200, 200, 0),
                 goals=["委托社会中介机构完成40个政府投资项目结算审计，核减不实工程价款，"
                        "审计报告按期提交。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "委托结算审计项目数",
         mk("≥35个", "D104", "warning", row=True, note="年度目标写完成40个项目，指标只要≥35个")),
        (None, "质量指标", "审计报告复核合格率", "≥95%"),
        (None, "时效指标", "审计报告按期提交率", "≥95%"),
        ("成本指标", "经济成本指标", "单个项目审计服务费",
         mk("≤6万元/个", "B107", "warning", row=True,
            note="6万元/个 × 40个 = 240万元（按指标的35个也有210万元），超过项目资金200万元")),
        ("效益指标", "经济效益指标", "核减不实工程价款", "≥3000万元"),
        (None, "社会效益指标", mk("被审计单位满意度", "F201", "warning", row=True,
                                 note="满意度放在社会效益下，应属服务对象满意度指标"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "建设单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbw10-outsourcing-two-year", (8, 11),
         "two-year project 2025–2026, OLD-NAT, two-row header, 中期 and 年度 columns, word "
         "operators, goal counts with the year's part in brackets (correct)")  # fmt: skip
def outsourcing_two_year() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="审计业务外包服务（2025—2026年）", dept=DEPT,
                 unit="榆澜市审计局审计服务中心",
                 money=multi_year((600, 560, 40), (280, 260, 20)),
                 goals=["两年委托完成政府投资审计项目100个（其中2025年45个、2026年55个），"
                        "审减不实金额5000万元以上。",
                        "2025年委托完成政府投资审计项目45个，审减不实金额2200万元以上，"
                        "审计报告差错率控制在2%以内。"])  # fmt: skip
    s.row("绩效指标", None, None, "指标值", None, merge=[(1, 3), (4, 5)])
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "委托审计项目数", "不少于100个", "不少于45个"),
        (None, "质量指标", "审计报告差错率", "≤2%", "≤2%"),
        (None, "时效指标", "审计报告提交时限", "进场后60日内", "进场后60日内"),
        (None, "成本指标", "单个项目平均服务费", "≤5.5万元/个", "≤5.5万元/个"),
        ("效益指标", "经济效益指标", "审减不实金额", "不少于5000万元", "不少于2200万元"),
        (None, "社会效益指标", "审计发现问题整改率", pct(0.95), pct(0.95)),
        (None, "可持续影响指标", "中介机构违规执业事件", "0起", "0起"),
        ("满意度指标", "服务对象满意度指标", "建设单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbw11-economic-responsibility", (6, 13),
         "project, NAT-2021: plan dates left from last year under a 2025 title, the template's "
         "example row left in, a value without a name")  # fmt: skip
def economic_responsibility() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="经济责任审计辅助服务购买",
        dept=DEPT,
        unit="榆澜市审计局经济责任审计科",
        money=one_year(75, 75, 0),
        start=day(2024, 1, 1),
        end=day(2024, 12, 31),
        goals=["委托会计师事务所协助完成15名领导干部经济责任审计的数据核对和底稿整理。"],
    )
    b.file_mark(
        "Y101",
        "error",
        alt=("Y102",),
        note="标题为2025年度，计划开始和完成日期却是2024年，上年申报表的残留",
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "协助经济责任审计人数", "≥15人"),
        (None, None, "XX项目审计覆盖率",
         mk("≥XX%", "X101", "error", row=True, note="模板示例行原样留在表中")),
        (None, "质量指标", "审计底稿复核合格率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有指标名称"), "≥90%"),
        (None, "时效指标", "审计底稿移交时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人均审计辅助服务费", "≤5万元/人"),
        ("效益指标", "社会效益指标", "审计发现问题移送率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "审计组满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kbw12-quality-review",
    (7, 11),
    "project, OLD-NAT, 指标方向 (正向/反向), operators in words in their own column and a "
    "unit column: a 反向 error rate with 大于等于, a coverage rate given as a count",
)
def quality_review() -> Book:
    b, s = book(widths=(14, 14, 28, 12, 14, 12, 12))
    project_head(
        s,
        year=2025,
        name="委托审计报告第三方质量复核",
        dept=DEPT,
        unit="榆澜市审计局法规审理科",
        money=one_year(48, 45, 3),
        goals=["聘请第三方对委托审计报告开展质量复核，复核40份报告，差错率降到3%以下。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "比较符号", "绩效指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "复核委托审计报告", "正向", "大于等于", 40, "份"),
        (None, None, "委托审计报告复核覆盖率", "正向", "大于等于",
         mk(40, "T105", "error", row=True, note="覆盖率写成40份，应为百分比"), "份"),
        (None, "质量指标", "复核后审计报告差错率", "反向",
         mk("大于等于", "T108", "warning", row=True, alt=("D104",),
            note="反向的差错率用了大于等于"), 3, "%"),
        (None, None, "复核问题重复发生下降率", "正向", "大于等于", 10, "%"),
        (None, "时效指标", "复核意见出具时限", "反向", "小于等于", 15, "个工作日"),
        (None, "成本指标", "单份报告复核费", "反向", "小于等于", 1.2, "万元/份"),
        ("效益指标", "社会效益指标", "复核发现问题整改率", "正向", "等于", 100, "%"),
        ("满意度指标", "服务对象满意度指标", "委托审计项目组满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b
