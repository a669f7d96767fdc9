"""The youth football league: kbq07–kbq12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout735.common import (
    DEPT,
    HEAD5,
    YEAR,
    indicators,
    multi_year,
    new,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout735.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kbq07-league-three-year", (1, 8), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: the period's counts beside smaller year counts, typed percents in the 年度 "
         "column, unit cost × count within both money blocks (correct)")  # fmt: skip
def league_three_year() -> Book:
    b, s = new()
    project_head(s, year=YEAR, years=3, name="松涧市青少年校园足球联赛（2026—2028年）",
                 dept=DEPT, unit="松涧市青少年体育运动学校",
                 money=multi_year((wan(1260), wan(1080), wan(180)), (wan(420), wan(360), wan(60))),
                 goals=["2026—2028年累计组织小学、初中、高中三个学段联赛1800场（2026年560场），"
                        "累计注册球员9000人，建立市、区、校三级联赛体系。",
                        "2026年组织春秋两季联赛560场，注册球员3200人，培训裁判员80人，"
                        "赛事伤病发生率控制在2%以内。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "联赛比赛场次", "≥1800场", "≥560场"),
        (None, None, "注册球员人数", "≥9000人", "≥3200人"),
        (None, None, "培训裁判员人数", "≥240人", "≥80人"),
        (None, "质量指标", "赛事伤病发生率", "≤2%", "≤2%"),
        (None, None, "裁判员持证上岗率", "100%", pct(1)),
        (None, "时效指标", "秋季联赛完赛时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "每场比赛组织成本", "≤0.7万元/场", "≤0.7万元/场"),
        ("效益指标", "社会效益指标", "参赛学校覆盖率", "≥90%", pct(0.8)),
        (None, "可持续影响指标", "三级联赛体系", "建立并运行", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "参赛师生满意度", "≥90%", pct(0.9)),
    ], head=HEAD5)  # fmt: skip
    sign(s, "蒙嘉树", "0739-6127702", day(2025, 11, 18))
    return b


@variant("kbq08-league-stacked", (2, 12), "two projects stacked in one sheet, OLD-NAT: the second "
         "project's total not its parts, a trainee count the goal gives otherwise, last season's "
         "deadline; the same indicator name with different values in both projects")  # fmt: skip
def league_stacked() -> Book:
    b, s = new()
    project_head(
        s,
        year=YEAR,
        name="松涧市青少年足球周末联赛",
        dept=DEPT,
        unit="松涧市足球运动管理中心",
        money=one_year(wan(240), wan(200), wan(40)),
        goals=["组织U10、U12、U14三个组别周末联赛，参赛队伍48支，全年比赛330场。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "参赛队伍数量", "≥48支"),
        (None, None, "联赛比赛场次", "≥330场"),
        (None, "质量指标", "持证裁判执裁率", pct(1)),
        (None, "时效指标", "联赛完赛时间", "2026年12月20日前"),
        (None, "成本指标", "每场比赛组织成本", "≤0.7万元/场"),
        ("效益指标", "社会效益指标", "青少年足球人口增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "组织工作满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    b101 = "年度资金总额85万元，财政拨款60万元 + 其他资金20万元 = 80万元"
    d104 = "年度目标写培训教练员120名，指标却是≥150人"
    y102 = "2025年8月31日在预算年度2026年之前，是上一季集训的残留"
    project_head(s, year=YEAR, title="", name="松涧市青少年足球教练员培训", dept=DEPT,
                 unit="松涧市足球运动管理中心",
                 money=one_year(mk(wan(85), "B101", "error", note=b101), wan(60), wan(20)),
                 goals=["2026年分两期培训基层青少年足球教练员120名，取得D级及以上教练员证书"
                        "比例不低于85%。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "培训教练员人数",
         mk("≥150人", "D104", "warning", row=True, note=d104)),
        (None, None, "培训期数", "=2期"),
        (None, "质量指标", "D级及以上教练员证书取得率", "≥85%"),
        (None, "时效指标", "暑期集训完成时间",
         mk("2025年8月31日前", "Y102", "error", row=True, alt=("Y103",), note=y102)),
        (None, "成本指标", "人均培训成本", "≤0.5万元/人"),
        ("效益指标", "社会效益指标", "基层学校足球课开课率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "组织工作满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("kbq09-bureau-department", (4, 5, 12), "department, NAT-2021, numbered labels "
         "(一、 and 1.), tasks adding to 金额合计 = 项目支出, a note row and a repeated header "
         "inside the table, =100% as text, 0起, a later year in the goal, 填表说明 and signature "
         "(correct)")  # fmt: skip
def bureau_department() -> Book:
    b, s = new()
    department_head(s, year=YEAR, dept="松涧市体育局",
                    budget=[(wan(2360), wan(2100), wan(260), wan(1480), wan(880))],
                    tasks=[("青少年足球联赛", "组织校园及周末足球联赛", wan(420), "联赛≥560场"),
                           ("健身路径更新", "更新老旧全民健身路径", wan(180), "更新≥60条"),
                           ("场馆开放", "3座公共体育场馆免费低收费开放", wan(280),
                            "年接待≥60万人次"),
                           ("金额合计", None, wan(880), None)],
                    goal="目标1：组织青少年足球联赛不少于560场；目标2：更新全民健身路径60条；"
                         "目标3：公共体育场馆免费低收费开放，年接待健身群众60万人次以上，"
                         "为2027年承办省青少年足球锦标赛做好场地准备。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("一、产出指标", "1.数量指标", "青少年足球联赛场次", "≥560场"),
        (None, None, "更新全民健身路径条数", "≥60条"),
        (None, None, "公共体育场馆年接待人次", "≥60万人次"),
        (None, "2.质量指标", "健身器材安装验收合格率", "=100%"),
        (None, None, "场馆安全检查合格率", pct(1)),
        (None, "3.时效指标", "健身路径更新完成时间", "2026年10月31日前"),
    ], head=head)  # fmt: skip
    notes(s, "注：以上产出指标按年度主要任务汇总，场馆接待人次以闸机统计为准。")
    s.table([head], ())
    s.table([
        ("二、成本指标", "1.经济成本指标", "每场联赛组织成本", "≤0.7万元/场"),
        (None, None, "每条健身路径更新成本", "≤3万元/条"),
        ("三、效益指标", "1.社会效益指标", "经常参加体育锻炼人数比例", "≥42%"),
        (None, None, "场馆安全责任事故", "0起"),
        (None, "2.可持续影响指标", "场馆免费低收费开放长效机制", "健全"),
        ("四、满意度指标", "1.服务对象满意度指标", "健身群众满意度", "≥90%"),
    ], (1, 2))  # fmt: skip
    notes(s, "填表说明：1.金额单位为万元；2.指标值须含比较符和计量单位。")
    sign(s, "蒙嘉树", "0739-6127702", day(2025, 11, 24))
    return b


@variant("kbq10-registration-two-sets", (7, 8), "two-year project, OLD-NAT, two complete column "
         "sets (二级/三级/指标值 for 中期, then for 年度) under a two-row header: a title year "
         "that is not the plan's, a cumulative count copied from 中期, one indicator twice with "
         "different values")  # fmt: skip
def registration_two_sets() -> Book:
    b, s = new("绩效目标表", (14, 16, 24, 14, 16, 24, 14))
    y101 = "标题写2025年度，项目期、计划日期和中期目标都是2026—2027年"
    project_head(
        s,
        year=YEAR,
        years=2,
        name="松涧市青少年足球注册管理体系建设",
        dept=DEPT,
        unit="松涧市足球运动管理中心",
        attr="新增项目",
        title=mk("2025年度项目支出绩效目标申报表", "Y101", "error", note=y101),
        money=multi_year((wan(380), wan(320), wan(60)), (wan(190), wan(160), wan(30))),
        goals=[
            "2026—2027年建立市、区两级青少年足球注册管理体系，累计注册球员6000人，"
            "联赛参赛学校72所。",
            "2026年完成注册系统上线，新增注册球员2800人，联赛参赛学校64所。",
        ],
    )
    d202 = "两年累计的注册人数原样抄进年度列；年度目标写2800人"
    d102 = "与数量指标“联赛参赛学校数”（年度≥64所）是同一指标，值不同，又放在质量指标下"
    s.row("中期绩效指标（2026—2027年）", None, None, None, "年度绩效指标（2026年）", None, None,
          merge=[(1, 4), (5, 7)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "注册球员人数", "≥6000人", "数量指标", "注册球员人数",
         mk("≥6000人", "D202", "warning", alt=("D104",), note=d202)),
        (None, None, "联赛参赛学校数", "≥72所", None, "联赛参赛学校数", "≥64所"),
        (None, "质量指标", "注册信息准确率", "≥98%", "质量指标", "注册信息准确率", "≥98%"),
        (None, None, "参赛学校数量", "≥72所", None, "参赛学校数量",
         mk("≥70所", "D102", "error", row=True, alt=("D101", "D103", "F201"), note=d102)),
        (None, "时效指标", "注册系统上线时间", "2026年6月30日前", "时效指标",
         "注册系统上线时间", "2026年6月30日前"),
        (None, "成本指标", "每名注册球员管理成本", "≤0.03万元/人", "成本指标",
         "每名注册球员管理成本", "≤0.03万元/人"),
        ("效益指标", "社会效益指标", "青少年足球人口占比提高", "≥2百分点", "社会效益指标",
         "青少年足球人口占比提高", "≥1百分点"),
        (None, "可持续影响指标", "注册管理制度", "健全", "可持续影响指标", "注册管理制度",
         "建立"),
        ("满意度指标", "服务对象满意度指标", "参赛学校满意度", "≥90%", "服务对象满意度指标",
         "参赛学校满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"),
       merged=(1, 2, 5))  # fmt: skip
    return b


@variant("kbq11-subsidy-operator-words", (7, 11), "project, OLD-NAT, operator in words in a "
         "指标性质 column, bare numbers with a unit column: a 反向 rate with 大于等于, a cost "
         "standard under 数量 whose product with the team count exceeds the money")  # fmt: skip
def subsidy_operator_words() -> Book:
    b, s = new()
    project_head(
        s,
        year=YEAR,
        name="松涧市青少年足球联赛参赛补助",
        dept=DEPT,
        unit="松涧市足球运动管理中心",
        money=one_year(wan(120), wan(100), wan(20)),
        goals=["对参加2026年市青少年足球联赛的180支球队给予参赛补助，保障联赛安全有序。"],
    )
    f201 = "补助标准是成本指标，却填在数量指标下"
    b107 = "≤0.8万元/支 × ≥180支 = 144万元，超过年度资金120万元"
    t108 = "伤害发生率是反向指标，比较符却是大于等于"
    ge, le, eq = "大于等于", "小于等于", "等于"
    indicators(s, [
        ("产出指标", "数量指标", "补助球队数量", ge, 180, "支"),
        (None, None, mk("每支球队参赛补助标准", "F201", "warning", row=True, note=f201), le,
         mk(0.8, "B107", "warning", row=True, note=b107), "万元/支"),
        (None, "质量指标", "参赛球员保险覆盖率", eq, 100, "%"),
        (None, None, "球员运动伤害发生率", mk(ge, "T108", "warning", row=True, note=t108), 2,
         "%"),
        (None, "时效指标", "补助资金拨付时间", le, day(2026, 7, 31), None),
        (None, "成本指标", "联赛组织管理费占比", le, 5, "%"),
        ("效益指标", "社会效益指标", "青少年足球参与人数增长率", ge, 10, "%"),
        ("满意度指标", "服务对象满意度指标", "参赛球队满意度", ge, 90, "%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))  # fmt: skip
    sign(s, "覃若溪", "0739-6127815", day(2025, 12, 1))
    return b


@variant("kbq12-school-assessment", (5, 7, 10), "project, NAT-2021, headers 考核指标 / 目标值"
         "（年度） / 评价标准, abbreviated tier labels with ★ and points, indicator points too "
         "(100 both ways), a rate raised in 百分点, 0起 (correct)")  # fmt: skip
def school_assessment() -> Book:
    b, s = new()
    project_head(
        s,
        year=YEAR,
        name="松涧市青少年足球特色学校创建",
        dept=DEPT,
        unit="松涧市教育体育联合办公室",
        money=one_year(wan(150), wan(130), wan(20)),
        goals=[
            "2026年新创建青少年足球特色学校20所（其中小学12所、初中8所），每校每周"
            "开设足球课不少于1节，特色学校学生足球参与率提高2个百分点以上。"
        ],
    )
    std = "完成得满分，未完成按比例扣分"
    indicators(
        s,
        [
            ("★产出（40分）", "数量", "新创建足球特色学校数量", "≥20所", 10, std),
            (None, None, "每校每周足球课节数", "≥1节", 10, std),
            (None, "质量", "特色学校验收通过率", pct(1), 10, std),
            (None, "时效", "特色学校创建验收时间", "2026年12月15日前", 10, "逾期不得分"),
            ("★成本（10分）", "经济成本", "每所特色学校创建补助", "≤7.5万元/所", 10, "超标不得分"),
            ("★效益（30分）", "社会效益", "特色学校学生足球参与率提高", "≥2百分点", 15, std),
            (None, None, "校园足球伤害责任事故", "0起", 5, "发生即不得分"),
            (None, "可持续影响", "特色学校动态管理机制", "建立并执行", 10, std),
            ("★满意度（20分）", "服务对象满意度", "学生及家长满意度", "≥90%", 20, std),
        ],
        head=("一级指标", "二级指标", "考核指标", "目标值（年度）", "分值", "评价标准"),
    )
    notes(s, "注：一级指标分值与考核指标分值均合计100分，按考核指标计分。")
    return b
