"""Pipe extension: ket07 to ket12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout816.common import (
    details,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout816.registry import variant
from tests.variants.kit import Book, day, mk

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注", None)
DEPT = "梧坪县水利局 408020"
UNIT = "梧坪县农村供水工程建设管理站"


@variant(
    "ket07-pipe-stacked",
    (2, 12),
    "two pipe projects stacked in one sheet, OLD-NAT, one "
    "value column, the same indicators with other values in each project (correct)",
)
def pipe_stacked() -> Book:
    b, s = start()
    s.title("2026年度项目支出绩效目标申报表（管网延伸类）", 6)
    project_head(s, year=2026, title="", name="芦塘乡供水管网延伸工程", dept=DEPT, unit=UNIT,
                 money=one_year(240, 200, 40),
                 goals=["新建主管网12公里（其中穿河段0.8公里），新增通水入户860户。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建供水主管网长度", "≥12公里", None),
        (None, None, "新增通水入户数", "≥860户", None),
        (None, "质量指标", "管道试压合格率", "=100%", None),
        (None, "时效指标", "工程完工时间", "2026年11月30日前", None),
        (None, "成本指标", "主管网单位造价", "≤16万元/公里", None),
        ("效益指标", "社会效益指标", "新增受益人口", "≥3100人", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None),
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s,
        year=2026,
        title="",
        name="栎川镇供水管网延伸工程",
        dept=DEPT,
        unit=UNIT,
        money=one_year(150, 150, 0),
        goals=["新建主管网8公里，新增通水入户520户，解决高岗片区季节性缺水。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建供水主管网长度", "≥8公里", None),
        (None, None, "新增通水入户数", "≥520户", None),
        (None, "质量指标", "管道试压合格率", "=100%", None),
        (None, "时效指标", "工程完工时间", "2026年10月31日前", None),
        (None, "成本指标", "主管网单位造价", "≤15万元/公里", None),
        ("效益指标", "社会效益指标", "新增受益人口", "≥1900人", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥92%", None),
    ])  # fmt: skip
    sign(s, "龚屹", "0738-5520417", day(2025, 12, 12))
    return b


@variant(
    "ket08-pipe-cost-over",
    (12,),
    "project, OLD-NAT, a detail block under the table: "
    "a length against the goal, unit cost × length over the money, lines not adding up",
)
def pipe_cost_over() -> Book:
    b, s = start()
    project_head(s, year=2026, name="梧坪县西片农村供水管网延伸", dept=DEPT, unit=UNIT,
                 money=one_year(500, 420, 80),
                 goals=["向西片5个行政村延伸供水管网18公里，新增通水入户1200户。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "延伸供水管网长度",
         mk("≥15公里", "D104", "warning", row=True, note="年度目标写18公里，指标写15公里"),
         None),
        (None, None, "新增通水入户数", "≥1200户", None),
        (None, "质量指标", "管道试压合格率", "=100%", None),
        (None, "时效指标", "工程完工时间", "2026年11月30日前", None),
        (None, "成本指标", "每公里管网建设成本",
         mk("≤40万元/公里", "B107", "warning", row=True,
            note="40万元 × 15公里 = 600万元，超过年度资金500万元"), None),
        ("效益指标", "社会效益指标", "新增受益人口", "≥4300人", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None),
    ])  # fmt: skip
    s.skip()
    details(s, [("管材及管件采购", wan(310), "PE管18公里"),
                ("沟槽开挖及安装", wan(150), "按定额测算"),
                ("入户连接", wan(60), "1200户×0.05万元")],
            mk(wan(500), "B102", "error", row=True, alt=("B101",),
               note="明细310+150+60=520，合计却写500"))  # fmt: skip
    return b


@variant(
    "ket09-pipe-page-break",
    (4,),
    "project, OLD-NAT, operator column: a 注 row inside the "
    "table, header repeated after a page break, 填表说明 and signature lines (correct)",
)
def pipe_page_break() -> Book:
    b, s = start()
    project_head(s, year=2026, name="梧坪县东片村组供水管网延伸", dept=DEPT, unit=UNIT,
                 money=one_year(330, 300, 30),
                 goals=["对东片6个行政村实施管网延伸，新建配水管网21.5公里（主管6.5公里、支管"
                        "15公里），解决2680人饮水问题。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "新建配水管网长度", "≥", 21.5, "公里"),
        (None, None, "新建减压阀井", "≥", 12, "座"),
        (None, "质量指标", "管道试压合格率", "=", "100%", None),
    ])  # fmt: skip
    note(s, "注：管网长度含主管6.5公里、支管15公里。")
    s.skip()
    indicators(s, header, [
        ("产出指标", "时效指标", "通水验收完成时间", "≤", "2026年11月30日", None),
        (None, "成本指标", "配水管网综合单价", "≤", 14, "万元/公里"),
        ("效益指标", "社会效益指标", "解决饮水问题人口", "≥", 2680, "人"),
        (None, "可持续影响指标", "管网管护责任落实率", "=", "100%", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", "90%", None),
    ])  # fmt: skip
    note(s, "填表说明：1.比较符从≥、≤、=中选择；2.金额单位为万元。")
    sign(s, "龚屹", "0738-5520417", day(2025, 12, 18))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
    return b


@variant("ket10-pipe-points", (10, 5), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（40分）) and indicator points both adding to 100, a rise in 百分点 "
         "(correct)")  # fmt: skip
def pipe_points() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="梧坪县北岭片区管网延伸及加压泵站",
        dept=DEPT,
        unit=UNIT,
        money=one_year(420, 380, 40),
        goals=["新建加压泵站2座，延伸供水管网26公里，北岭片区集中供水率提高3个百分点。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注"), [
        ("一、产出指标（40分）", "1.数量指标", "延伸供水管网长度", "≥26公里", 15, None),
        (None, None, "新建加压泵站", "=2座", 15, None),
        (None, "2.质量指标", "管道水压试验合格率", "=100%", 10, None),
        ("二、成本指标（20分）", "1.经济成本指标", "管网延伸综合单价", "≤15万元/公里", 20, None),
        ("三、效益指标（30分）", "1.社会效益指标", "片区集中供水率提高", "≥3百分点", 15, None),
        (None, "2.可持续影响指标", "管网设计使用年限", "≥30年", 15, None),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "受益农户满意度", "≥92%", 10, None),
    ])  # fmt: skip
    note(s, "说明：一级指标分值与三级指标分值分别合计100分，不重复计分。")
    sign(s, "龚屹", "0738-5520417", day(2025, 12, 5))
    return b


@variant("ket11-pipe-wrong-tier", (5, 11), "project, OLD-NAT, abbreviated tier labels (产出, "
         "数量): a count under 质量, a loss rate with ≥")  # fmt: skip
def pipe_wrong_tier() -> Book:
    b, s = start()
    project_head(s, year=2026, name="梧坪县南坳片区管网延伸", dept=DEPT, unit=UNIT,
                 money=one_year(180, 160, 20),
                 goals=["延伸管网11公里，向14个自然村通水，管网漏损率控制在10%以内。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出", "数量", "延伸供水管网长度", "≥11公里", None),
        (None, "质量", mk("新增通水自然村数", "F201", "warning", row=True,
                          note="自然村个数是数量指标，填在质量下"), "≥14个", None),
        (None, None, "管道试压合格率", "=100%", None),
        (None, "时效", "工程完工时间", "2026年10月31日前", None),
        (None, "成本", "管网延伸单价", "≤15万元/公里", None),
        ("效益", "社会效益", "管网漏损率",
         mk("≥10%", "T108", "warning", row=True, note="漏损率是反向指标，目标写≤10%"), None),
        (None, "可持续影响", "村级管水员配备率", "=100%", None),
        ("满意度", "服务对象满意度", "通水农户满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "龚屹", "0738-5520417", day(2025, 11, 28))
    return b


@variant("ket12-pipe-multi-year-copied", (8,), "three-year project 2026–2028, NAT-2021, 中期 "
         "and 年度 columns: goal text and cumulative counts copied into the year")  # fmt: skip
def pipe_multi_year_copied() -> Book:
    b, s = start()
    text = "三年内延伸农村供水管网45公里，新增通水入户3200户，农村自来水普及率达到96%。"
    project_head(s, year=2026, years=3, name="梧坪县农村供水管网延伸三年行动", dept=DEPT,
                 unit=UNIT, attr="新增项目", money=multi_year((1260, 1100, 160), (420, 380, 40)),
                 goals=[text, mk(text, "D204", "warning",
                                 note="三年期项目的年度目标与中期目标逐字相同")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "延伸供水管网长度", "≥45公里",
         mk("≥45公里", "D202", "warning", note="三年累计长度照抄到年度列"), None),
        (None, None, "新增通水入户数", "≥3200户",
         mk("≥3200户", "D202", "warning", note="三年累计户数照抄到年度列"), None),
        (None, "质量指标", "管道试压合格率", "=100%", "=100%", None),
        (None, "时效指标", "年度建设任务完成时间", "2028年11月30日前", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "管网延伸综合单价", "≤9万元/公里", "≤9万元/公里", None),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥96%", "≥93%", None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "龚屹", "0738-5520417", day(2025, 12, 10))
    return b
