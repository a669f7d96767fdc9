"""A public job fair series (公共招聘会): kdm07–kdm12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout783.common import DEPT, indicators, note, one_year, sign, start, wan
from tests.variants.holdout783.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT_NAME = "江渚市人力资源和社会保障局"
UNIT = "江渚市公共就业和人才服务中心"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kdm07-jobfair-department", (5, 12),
         "department, NAT-2021 with abbreviated tier labels, key tasks adding to 金额合计, "
         "a zero target on an incident count, a 下降率 with ≥ (correct)")  # fmt: skip
def jobfair_department() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=DEPT_NAME,
                    budget=[(wan(1200), wan(1100), wan(100), wan(700), wan(500))],
                    tasks=[("公共招聘会系列活动", "举办春风行动、金秋招聘月等线下招聘会",
                            wan(300), "举办招聘会48场"),
                           ("就业服务平台运维", "维护网上招聘大厅和岗位信息库", wan(200),
                            "平台全年稳定运行"),
                           ("金额合计", None, wan(500), None)],
                    goal="全年举办招聘会48场（其中专场招聘会12场），提供岗位不少于4万个，"
                         "招聘会现场安全事故0起。")  # fmt: skip
    indicators(s, ("一级", "二级", "三级指标", "指标值"), [
        ("产出", "数量", "举办招聘会场次", "≥48场"),
        (None, None, "其中：专场招聘会场次", "≥12场"),
        (None, None, "提供就业岗位数", "≥40000个"),
        (None, "质量", "进场单位资质审核合格率", "=100%"),
        (None, "时效", "招聘信息发布时限", "≤3个工作日"),
        ("成本", "经济成本", "单场招聘会平均组织费用", "≤6.25万元/场"),
        ("效益", "社会效益", "达成就业意向人数", "≥6000人"),
        (None, None, "招聘会现场安全事故发生起数", "0起"),
        (None, "可持续影响", "城镇登记失业人员同比下降率", "≥3%"),
        ("满意度", "服务对象满意度", "参会单位满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：“其中：专场招聘会场次”已含在举办招聘会场次内。")
    return b


@variant("kdm08-jobfair-series-mismatch", (5, 11),
         "project, NAT-2021: the goal's fair count against the indicator, an indicator named "
         "after last year, a satisfaction rate under 社会效益")  # fmt: skip
def jobfair_series_mismatch() -> Book:
    b, s = start()
    project_head(s, year=2025, name="“春风行动”系列公共招聘会", dept=DEPT, unit=UNIT,
                 money=one_year(wan(216), wan(200), wan(16)),
                 goals=["2025年全市举办“春风行动”“民营企业招聘月”等系列招聘会36场，其中线上"
                        "直播招聘12场，提供岗位不少于3万个。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "举办系列招聘会场次",
         mk("≥30场", "D104", "warning", note="年度目标写36场，指标为30场")),
        (None, None, "其中：线上直播招聘场次", "≥12场"),
        (None, None, "提供就业岗位数", "≥30000个"),
        (None, None, mk("2024年度高校毕业生专场招聘会场次", "Y103", "warning",
                        alt=("Y101", "Y102"), note="2025年度表中的指标名仍写2024年度，上年遗留"),
         "≥8场"),
        (None, "质量指标", "进场单位资质审核合格率", "=100%"),
        (None, "时效指标", "招聘会信息提前发布天数", "≥7天"),
        ("成本指标", "经济成本指标", "单场招聘会平均组织费用", "≤6万元/场"),
        ("效益指标", "社会效益指标", "达成就业意向人数", "≥5000人"),
        (None, None, mk("求职者满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益指标下"), "≥90%"),
    ])  # fmt: skip
    sign(s, "闵思远", "0737-6613082", day(2024, 11, 20))
    return b


@variant("kdm09-online-fair-flat", (1, 3, 10),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a rise in 百分点, weights adding to 100 (correct)")  # fmt: skip
def online_fair_flat() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="江渚市公共就业和人才服务中心",
                    budget=[(wan(600), wan(560), wan(40), wan(420), wan(180))],
                    goal="全年举办网络招聘会24场，发布岗位不少于3万个（含国有企业岗位约5000个），"
                         "虚假招聘投诉率控制在1%以内。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("举办网络招聘会场次", 15, "场", "≥", 24),
        ("发布招聘岗位数", 15, "个", "≥", 30000),
        ("参会求职者人次", 10, "人次", "≥", 50000),
        ("招聘信息审核合格率", 10, "%", "=", pct(1)),
        ("招聘信息发布时限", 10, "个工作日", "≤", 2),
        ("单场网络招聘会平均成本", 10, "万元/场", "≤", 2.5),
        ("求职登记人员就业率较上年提高", 10, "百分点", "≥", 2),
        ("虚假招聘投诉率", 10, "%", "≤", pct(0.01)),
        ("求职者满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("kdm10-campus-fair-flat-wrong", (3,),
         "department, flat list: weights adding to 95, the same count twice with a word more "
         "and another value, the goal's count against the indicator")  # fmt: skip
def campus_fair_flat_wrong() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="江渚市高校毕业生就业服务站",
                    budget=[(wan(860), wan(800), wan(60), wan(560), wan(300))],
                    goal="全年举办校园招聘活动60场，组织进场招聘企业200家，促成高校毕业生"
                         "达成就业意向3000人。")  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，应为100")
    s.row(*FLAT)
    s.table([
        ("举办校园招聘活动场次", 15, "场", "≥", 60),
        ("进场招聘企业数", 10, "家", "≥", 200),
        ("进场招聘企业数量", 10, "家", "≥",
         mk(180, "D102", "error", row=True, alt=("D103", "D101"),
            note="同一指标多一个“量”字再填一次，200家与180家不同")),
        ("发布岗位信息审核合格率", 10, "%", "=", 100),
        ("招聘活动信息提前发布天数", 10, "天", "≥", 5),
        ("单场校园招聘活动平均成本", 10, "万元/场", "≤", 5),
        ("高校毕业生达成就业意向人数", 15, "人", "≥",
         mk(2500, "D104", "warning", row=True, note="年度总体目标写3000人，指标为2500人")),
        ("求职毕业生满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("kdm11-graduate-fair-two-row-header", (4, 7),
         "project, OLD-NAT, two-row header (考核指标 · 绩效目标值), operators in words, a note "
         "row inside the table, the header repeated after a page break, a later year the work "
         "prepares for, fill date in the year before (correct)")  # fmt: skip
def graduate_fair_two_row_header() -> Book:
    b, s = start()
    project_head(s, year=2025, name="高校毕业生专场招聘会", dept=DEPT, unit=UNIT,
                 money=one_year(wan(90), wan(80), wan(10)),
                 goals=["2025年举办高校毕业生专场招聘会12场，提供岗位不少于8000个，为2026年"
                        "建立常态化校园招聘机制积累经验。"])  # fmt: skip
    s.row("考核指标", None, None, "绩效目标值", None, None, merge=[(1, 3), (4, 6)])
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "目标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "举办专场招聘会场次", "大于等于", 12, "场"),
        (None, None, "提供就业岗位数", "大于等于", 8000, "个"),
        (None, "质量指标", "岗位信息审核合格率", "等于", 100, "%"),
        (None, "时效指标", "招聘会信息提前发布天数", "大于等于", 7, "天"),
        (None, "成本指标", "单场招聘会组织经费", "小于等于", 7.5, "万元/场"),
    ])  # fmt: skip
    note(s, "注：专场招聘会含线上专场，场次按举办日计。")
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "毕业生达成就业意向人数", "大于等于", 1500, "人"),
        (None, "可持续影响指标", "校园招聘合作高校数", "大于等于", 10, "所"),
        ("满意度指标", "服务对象满意度指标", "参会毕业生满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    note(s, "说明：本表目标值依据2024年度实际举办情况和2025年预算测算。")
    sign(s, "邝晓澄", "0737-6613097", day(2024, 11, 15))
    return b


@variant("kdm12-fair-points-wrong", (10,),
         "project, NAT-2021, tier-1 points column and indicator points column: the 产出 points "
         "do not add up, a count under 质量")  # fmt: skip
def fair_points_wrong() -> Book:
    b, s = start()
    project_head(s, year=2025, name="农民工返岗就业招聘专场", dept=DEPT, unit=UNIT,
                 money=one_year(wan(120), wan(120), wan(0)),
                 goals=["2025年春节后举办农民工返岗就业招聘专场20场（其中线上直播10场），"
                        "帮助4000名农民工达成就业意向。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，同一处短缺")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(50, "W103", "error", note="产出指标下各指标分值10+10+10+10+5=45，不是50"),
         "数量指标", "举办返岗招聘专场场次", "≥20场", 10),
        (None, None, None, "提供岗位数", "≥15000个", 10),
        (None, None, "质量指标", mk("线上直播招聘场次", "F201", "warning", row=True,
                                    note="场次是数量指标，填在质量指标下"), "≥10场", 10),
        (None, None, None, "进场单位资质审核合格率", "=100%", 10),
        (None, None, "时效指标", "招聘专场完成时间", "3月31日前", 5),
        ("成本指标", 10, "经济成本指标", "单场招聘专场平均费用", "≤6万元/场", 10),
        ("效益指标", 30, "社会效益指标", "农民工达成就业意向人数", "≥4000人", 20),
        (None, None, "可持续影响指标", "返岗农民工3个月后在岗率", "≥80%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参会农民工满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
