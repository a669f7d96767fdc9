"""Returns kev13–kev18: children's reading events (少儿阅读推广、暑期阅读营、亲子共读)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout818.common import (
    DEPT,
    HEAD2,
    LIB,
    YEAR,
    notes,
    one_year,
    period,
    sign,
    start,
    table,
    w,
)
from tests.variants.holdout818.registry import variant
from tests.variants.kit import Book, mk, pct

KIDS = "栖霞渡县图书馆少儿部"


@variant("kev13-reading-points", (1, 5, 10), "project, NAT-2021, numbered tier labels with points, "
         "indicator points, a typed 100%, 百分点, goal part in brackets (correct)")  # fmt: skip
def reading_points() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="少儿阅读推广活动", dept=DEPT, unit=KIDS,
                 money=one_year(w(20), w(18), w(2)),
                 goals=["举办少儿阅读活动60场（其中暑期阅读营20场），"
                        "参与儿童3000人次。"])  # fmt: skip
    table(s, [
        ("一、产出指标（40分）", "（一）数量指标", "1.少儿阅读活动场次", "≥60场", 10),
        (None, None, "2.暑期阅读营场次", "≥20场", 10),
        (None, None, "3.参与儿童人次", "≥3000人次", 10),
        (None, "（二）质量指标", "4.活动方案审核通过率", pct(1), 5),
        (None, "（三）时效指标", "5.暑期阅读营完成时间", "2026年8月31日前", 5),
        ("二、成本指标（10分）", "（一）经济成本指标", "6.单场活动成本", "≤3000元/场", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "7.少儿持证读者占比", "提高≥3百分点", 15),
        (None, None, "8.少儿图书外借册次", "≥25000册次", 15),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "9.家长满意度", "≥90%", 20),
    ], ("一级指标", "二级指标", "三级指标", "指标值", "分值"))  # fmt: skip
    sign(s, "卢可欣", "0578-6623472")
    return b


@variant("kev14-reading-crossed", (11,), "project, OLD-NAT, operators in the values: goal count "
         "vs indicator, one count under two tier-2s, a satisfaction rate in 社会效益")  # fmt: skip
def reading_crossed() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="“书香童年”阅读活动", dept=DEPT, unit=KIDS,
                 money=one_year(w(15), w(15), w(0)),
                 goals=["举办“书香童年”阅读活动48场，参与儿童3000人次。"])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "阅读活动场次",
         mk("≥40场", "D104", "warning", row=True, note="年度目标写48场")),
        (None, None, "参与儿童人次", "≥3000人次"),
        (None, "质量指标", "活动安全事故", "≤0起"),
        (None, "成本指标", "单场活动成本", "≤2500元/场"),
        ("效益指标", "社会效益指标", "参与活动儿童人次",
         mk("≥3500人次", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与数量指标下的“参与儿童人次”同一指标，值不同")),
        (None, None, "家长满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益指标下")),
        ("满意度指标", "服务对象满意度指标", "儿童满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kev15-reading-alt-labels", (4, 5, 7), "transfer-payment project, OLD-NAT, labels with "
         "* and ★, abbreviated, two-row header, 0起 on incidents, 注 rows (correct)")  # fmt: skip
def reading_alt_labels() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="公共图书馆少儿阅读推广补助", dept=DEPT, unit=KIDS,
                 money=[("资金总额", w(30), "其中：中央补助", w(20)),
                        ("地方资金", w(10), None, None)],
                 goals=["全年开展少儿阅读推广活动30场，新增绘本2000册。"],
                 title="2026年度转移支付区域绩效目标表")  # fmt: skip
    s.row("绩效指标", None, None, "绩效目标值", merge=[(1, 3)])
    table(s, [
        ("*产出", "数量", "★少儿阅读推广活动", "≥30场"),
        (None, None, "★新增绘本馆藏", "≥2000册"),
        (None, "质量", "活动安全事故", "≤0起"),
        (None, "时效", "资金拨付到位时间", "2026年6月30日前"),
        (None, "成本", "绘本平均单价", "≤35元/册"),
        ("*效益", "社会效益", "少儿借阅人次增长率", "≥5%"),
        ("满意度", "服务对象满意度", "家长满意度", "≥88%"),
    ], ("一级指标", "二级指标", "三级指标", "年度指标值"))  # fmt: skip
    notes(s, "注：带★的为核心指标，不得删除。",
          "填表说明：指标值须量化，时效指标填写具体日期。")  # fmt: skip
    return b


@variant("kev16-reading-leftovers", (6,), "project, NAT-2021: a template example row, a deadline "
         "in last year's summer, a tier-2 left without indicator")  # fmt: skip
def reading_leftovers() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="少儿暑期阅读营", dept=DEPT, unit=KIDS,
                 money=one_year(w(15), w(12), w(3)),
                 goals=["暑期举办阅读营4期，参营儿童400人。"])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "暑期阅读营期数", "≥4期"),
        (None, None, "参营儿童人数", "≥400人"),
        (None, None, "示例：培训人次",
         mk("≥**人次", "X101", "error", note="模板示例行未删除")),
        (None, "时效指标", "阅读营结束时间",
         mk("2025年8月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2026年项目的期限写成去年暑期")),
        ("成本指标", "经济成本指标", "人均活动成本", "≤300元/人"),
        ("效益指标", "社会效益指标", "参营儿童阅读量增长率", "≥20%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kev17-reading-corners", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: period "
         "counts twice the year's, unit cost equal in both, goals differ (correct)")  # fmt: skip
def reading_corners() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="村级少儿阅读角建设", dept=DEPT, unit=LIB, years=2,
                 money=period(w(60), w(60), w(0), w(30), w(30), w(0)),
                 goals=["两年建成8个村级少儿阅读角，累计开展亲子共读120场。",
                        "2026年建成4个阅读角，开展亲子共读60场。"])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "建成少儿阅读角", "≥8个", "≥4个"),
        (None, None, "亲子共读活动", "≥120场", "≥60场"),
        (None, "质量指标", "阅读角验收合格率", "=100%", "=100%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个阅读角建设成本", "≤5万元/个", "≤5万元/个"),
        ("效益指标", "社会效益指标", "村级少儿借阅人次增长率", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "≥90%"),
    ], HEAD2)  # fmt: skip
    sign(s, "顾星沅", "0578-6623486")
    return b


@variant("kev18-reading-department", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "the goal's count of events against the indicator")  # fmt: skip
def reading_department() -> Book:
    b, s = start()
    bad = mk(w(320), "B101", "error", note="基本支出180 + 项目支出150 = 330 ≠ 320")
    department_head(s, year=YEAR, dept=KIDS, budget=[(bad, w(300), w(20), w(180), w(150))],
                    goal="全年开展少儿阅读活动100场，服务少年儿童1万人次。")  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "少儿阅读活动",
         mk("≥80场", "D104", "warning", row=True, note="年度总体目标写100场")),
        (None, None, "服务少年儿童", "≥10000人次"),
        (None, "质量指标", "活动安全事故", "≤0起"),
        (None, "时效指标", "活动按计划开展率", "≥95%"),
        ("成本指标", "经济成本指标", "单场活动成本", "≤3000元/场"),
        ("效益指标", "社会效益指标", "少儿借阅册次增长率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    return b
