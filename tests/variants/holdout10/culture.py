"""Returns of a county library (云屏县, invented): a department-wide table with shares of the
budget, key tasks, weights adding to 100 and grades; and a project that leaves out the
satisfaction tier, keeps an empty template row and types 95%%."""

from __future__ import annotations

from tests.variants.holdout10.forms import (
    WAN2,
    cn_day,
    indicators,
    labelled,
    line,
    project_head,
    signatures,
    title,
)
from tests.variants.holdout10.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

CULTURE = "云屏县文化广电和旅游局（代码 226001）"
LIBRARY = "云屏县图书馆"


@variant(
    "u10-library-department-ok",
    (4, 10, 12),
    "department (县图书馆), NAT-2021, budget with a 占比 row, key tasks adding to 项目支出, "
    "权重 adding to 100, grades 好/较好, ≤30个工作日 and 6月30日前, 填报说明 and signatures",
)
def library_department_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", (16, 16, 28, 16, 10, 34, 30))
    title(s, "云屏县图书馆2026年度部门整体支出绩效目标表", 1, 7)
    s.row(
        "部门（单位）名称",
        LIBRARY,
        None,
        None,
        "填报日期",
        cn_day(2025, 11, 14),
        None,
        merge=[(2, 4), (6, 7)],
    )
    s.row("年度预算（万元）", "项目", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")
    top = s.r
    s.row(
        None,
        "金额",
        money(320, WAN2),
        money(288, WAN2),
        money(32, WAN2),
        money(240, WAN2),
        money(80, WAN2),
    )
    s.row(
        None,
        "占比",
        pct(1, "0.00%"),
        pct(0.9, "0.00%"),
        pct(0.1, "0.00%"),
        pct(0.75, "0.00%"),
        pct(0.25, "0.00%"),
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    labelled(
        s,
        1,
        7,
        "部门职能",
        "负责全县文献信息资源的收集、整理、保存和借阅服务，组织全民阅读推广，建设和管理"
        "县级总分馆服务体系与数字图书馆。",
    )
    s.row(
        "年度主要任务",
        "任务名称",
        "主要实施内容",
        "预算金额（万元）",
        "期望达到的目标",
        None,
        None,
        merge=[(5, 7)],
    )
    top = s.r
    for task in (
        (
            "全民阅读推广",
            "读书月、亲子阅读、阅读进校园等活动",
            money(30, WAN2),
            "举办阅读推广活动120场以上",
        ),
        (
            "数字图书馆运维",
            "数字资源采购、平台运维和网络安全",
            money(35, WAN2),
            "平台正常运行率99%以上",
        ),
        ("乡镇分馆图书配送", "向14个乡镇分馆配送图书并轮换", money(15, WAN2), "配送图书8000册以上"),
        ("金额合计", None, money(80, WAN2), None),
    ):
        s.row(None, *task, merge=[(5, 7)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    labelled(
        s,
        1,
        7,
        "年度整体绩效目标",
        "全年接待读者25万人次以上，举办阅读推广活动120场以上，数字资源平台稳定运行，"
        "乡镇分馆图书按时配送，读者满意度达到92%以上。",
    )
    indicators(
        s,
        1,
        ("一级指标", "二级指标", "三级指标", "年度指标值", "权重", "指标解释", "评分标准"),
        [
            (
                "产出指标",
                "数量指标",
                "举办阅读推广活动",
                "≥120场",
                10,
                "全年举办各类阅读推广活动场次。",
                "每少10场扣1分。",
            ),
            (
                None,
                None,
                "新增纸质图书",
                "≥1.2万册",
                10,
                "当年编目入藏的纸质图书册数。",
                "按完成比例计分。",
            ),
            (
                None,
                None,
                "配送乡镇分馆图书",
                "≥8000册",
                5,
                "当年向乡镇分馆配送的图书册数。",
                "按完成比例计分。",
            ),
            (
                None,
                "质量指标",
                "数字资源平台正常运行率",
                "≥99%",
                10,
                "平台全年正常运行时长占比。",
                "低于99%不得分。",
            ),
            (
                None,
                None,
                "图书编目差错率",
                "≤1%",
                5,
                "抽检编目记录中差错记录所占比例，反向指标。",
                "超过1%不得分。",
            ),
            (
                None,
                "时效指标",
                "新书上架周期",
                "≤30个工作日",
                5,
                "新书到馆至上架可借的时间。",
                "超时不得分。",
            ),
            (
                None,
                None,
                "乡镇分馆图书配送完成时间",
                "6月30日前",
                5,
                "上半年完成全年配送。",
                "逾期不得分。",
            ),
            (
                "成本指标",
                "经济成本指标",
                "场均阅读推广活动成本",
                "≤2000元/场",
                10,
                "阅读推广经费除以活动场次。",
                "超出不得分。",
            ),
            (
                "效益指标",
                "社会效益指标",
                "年接待读者",
                "≥25万人次",
                10,
                "到馆及分馆读者人次。",
                "按完成比例计分。",
            ),
            (
                None,
                None,
                "阅读推广活动社会影响",
                "好",
                10,
                "按好、较好、一般三档评定。",
                "好10分，较好8分，一般6分。",
            ),
            (
                None,
                "可持续影响指标",
                "总分馆服务体系运行",
                "较好",
                10,
                "按好、较好、一般三档评定。",
                "好10分，较好8分，一般6分。",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "读者满意度",
                "≥92%",
                10,
                "读者问卷调查满意比例。",
                "每低1个百分点扣1分。",
            ),
        ],
    )
    line(s, 1, 7, "填报说明：1.权重合计100；2.定性指标按好、较好、一般填写；3.金额单位为万元。")
    signatures(s, 1, "罗慧", "陈志强", "0736-7712086", cn_day(2025, 11, 14))
    return b


@variant(
    "u11-library-no-satisfaction",
    (1, 6, 13),
    "project, NAT-2021: no 满意度指标 tier at all, a 生态效益指标 template row left empty, "
    "a value typed ≥95%%",
)
def library_defects() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 16, 34, 16))
    title(s, "2026年度项目支出绩效目标表", 1, 6)
    project_head(
        s,
        col=1,
        width=6,
        name="县级公共图书馆总分馆体系建设项目",
        dept=CULTURE,
        unit=LIBRARY,
        attr="新增项目",
        period="1年",
        start=day(2026, 1, 1),
        end=day(2026, 12, 31),
        money=[
            ("年度资金总额", money(95, WAN2), None, None),
            ("其中：财政拨款", money(80, WAN2), "其他资金", money(15, WAN2)),
        ],
    )
    labelled(s, 1, 6, "年度绩效目标", "建成12个乡镇分馆，配送图书3万册，实现县馆与分馆通借通还。")
    indicators(
        s,
        1,
        ("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "备注"),
        [
            (
                "成本指标",
                "经济成本指标",
                "乡镇分馆建设单馆成本",
                "≤6万元/个",
                "含书架、电脑及自助借还设备。",
                None,
            ),
            ("产出指标", "数量指标", "建成乡镇分馆", "≥12个", "当年建成并开放的分馆数。", None),
            (None, None, "配送图书", "≥3万册", "向分馆配送的图书册数。", None),
            (
                None,
                "质量指标",
                "分馆通借通还系统联通率",
                mk("≥95%%", "T116", "warning", note="the percent sign typed twice"),
                "接入县馆系统的分馆比例。",
                None,
            ),
            (None, "时效指标", "分馆建设完成时间", "9月30日前", "全部分馆开放时间。", None),
            (
                "效益指标",
                "社会效益指标",
                "乡镇分馆年接待读者",
                "≥6万人次",
                "各分馆到馆人次合计。",
                None,
            ),
            (
                None,
                mk("生态效益指标", "F109", "warning", row=True, note="a template row left empty"),
                None,
                None,
                None,
                None,
            ),
            (
                None,
                "可持续影响指标",
                "总分馆统一管理制度",
                "建立并执行",
                "统一采编、统一借还。",
                None,
            ),
        ],
    )
    b.file_mark("F106", "error", note="no 满意度指标 although readers are the service users")
    signatures(s, 1, "罗慧", "陈志强", "0736-7712086", cn_day(2025, 11, 20))
    return b
