"""Returns of the observation half: public observation nights and telescope lending
(uq07–uq12)."""

from __future__ import annotations

from tests.variants.holdout345.common import (
    HEAD4,
    MUSEUM,
    YEAR,
    department,
    indicators,
    multi_year_money,
    notes,
    one_year_money,
    project,
    signature,
    wan,
)
from tests.variants.holdout345.registry import variant
from tests.variants.kit import Book, day, mk, pct

BUDGET = [(wan(420), wan(380), wan(40), wan(260), wan(160))]
TASKS = [
    ("公众观测夜", "每月组织新月前后观测夜", wan(60), "全年观测夜不少于48场"),
    ("望远镜借用", "面向家庭借出便携望远镜", wan(40), "借用不少于600次"),
    ("天象厅运行", "常设节目放映与设备维保", wan(60), "放映1500场以上"),
    ("金额合计", None, wan(160), None),
]
GOAL = "办好公众观测夜和望远镜借用服务，全年服务公众不少于1.2万人次。"


@variant(
    "uq07-nights-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percent cells, a 下降率 with ≥, an incident count of 0, weights add to 100 (correct)",
)
def uq07() -> Book:
    b, s = department(BUDGET, GOAL, TASKS)
    rows = [
        ("公众观测夜活动场次", 20, "场", "≥", 48),
        ("观测夜参与人次", 15, "人次", "≥", 12000),
        ("望远镜借用次数", 15, "次", "≥", 600),
        ("借出望远镜完好率", 10, "%", "≥", pct(0.95)),
        ("望远镜借还差错下降率", 10, "%", "≥", pct(0.2)),
        ("观测活动安全事故", 10, "起", "=", 0),
        ("公众满意度", 20, "%", "≥", pct(0.9)),
    ]
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=(),
               label="年度绩效指标")  # fmt: skip
    signature(s)
    return b


@variant(
    "uq08-nights-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights adding to 95",
)
def uq08() -> Book:
    b, s = department(BUDGET, GOAL, TASKS)
    b.file_mark("W101", "error", note="20 + 15 + 15 + 10 + 15 + 20 = 95, not 100")
    rows = [
        ("公众观测夜活动场次", "≥48场", "正向", "场", 20),
        ("观测夜参与人次",
         mk("≥1.2万元", "T112", "error", note="万元 in the value, 人次 in the unit column"),
         "正向", "人次", 15),
        ("望远镜借用次数", "≥600次", "正向", "次", 15),
        ("观测夜因组织原因取消率",
         mk("≥5%", "T108", "warning", row=True, note="反向 declared, operator ≥"),
         "反向", "%", 10),
        ("借出望远镜完好率", "≥95%", "正向", "%", 15),
        ("公众满意度", "≥90%", "正向", "%", 20),
    ]  # fmt: skip
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), rows, merged=(),
               label="年度绩效指标")  # fmt: skip
    signature(s)
    return b


LEND_HEAD = ("一级指标", "二级指标", "三级指标", f"中期指标值（{YEAR}年—{YEAR + 2}年）",
             f"年度指标值（{YEAR}年）")  # fmt: skip
LEND_GOALS = [
    "三年内建成12个社区望远镜借用点，新增可借用望远镜60台，借用服务1800次以上。",
    "本年度建成4个借用点，新增望远镜20台，借用服务600次以上。",
]


@variant(
    "uq09-lending-multi-year",
    (8,),
    "three-year telescope-lending project, OLD-NAT, 中期 and 年度 columns: counts lower in "
    "the year, rates and unit costs equal in both (correct)",
)
def uq09() -> Book:
    b, s = project("社区望远镜借用服务网络建设", "澄屿市天象馆公众服务部",
                   multi_year_money(wan(150), wan(50), wan(45), wan(5)), LEND_GOALS,
                   years=3, attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "望远镜借用服务次数", "≥1800次", "≥600次"),
        (None, None, "新增可借用望远镜", "≥60台", "≥20台"),
        (None, None, "社区借用点", "≥12个", "≥4个"),
        (None, "质量指标", "借出设备完好率", "≥95%", pct(0.95)),
        (None, "时效指标", "借用申请办结时间", "≤3个工作日", "≤3个工作日"),
        (None, "成本指标", "单台望远镜购置成本", "≤0.8万元/台", "≤0.8万元/台"),
        ("效益指标", "社会效益指标", "借用家庭自主观测人次", "≥4500人次", "≥1500人次"),
        (None, "可持续影响指标", "借用点持续运行年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "借用者满意度", "≥90%", "≥90%"),
    ]
    indicators(s, LEND_HEAD, rows)
    signature(s)
    return b


@variant(
    "uq10-lending-multi-year-wrong",
    (8,),
    "three-year telescope-lending project, OLD-NAT, 中期 and 年度 columns: two cumulative "
    "counts copied from 中期, one annual count above its period count",
)
def uq10() -> Book:
    b, s = project("社区望远镜借用服务网络建设", "澄屿市天象馆公众服务部",
                   multi_year_money(wan(150), wan(50), wan(45), wan(5)), LEND_GOALS,
                   years=3, attr="新增项目")  # fmt: skip
    copied = "a cumulative count copied from the three-year column"
    rows = [
        ("产出指标", "数量指标", "望远镜借用服务次数", "≥1800次",
         mk("≥1800次", "D202", "warning", note=copied)),
        (None, None, "新增可借用望远镜", "≥60台",
         mk("≥75台", "D201", "error", note="75 a year cannot exceed 60 over three years")),
        (None, None, "社区借用点", "≥12个", mk("≥12个", "D202", "warning", note=copied)),
        (None, "质量指标", "借出设备完好率", "≥95%", "≥95%"),
        (None, "时效指标", "借用申请办结时间", "≤3个工作日", "≤3个工作日"),
        (None, "成本指标", "单台望远镜购置成本", "≤0.6万元/台", "≤0.6万元/台"),
        ("效益指标", "社会效益指标", "借用家庭自主观测人次", "≥4500人次", "≥1500人次"),
        ("满意度指标", "服务对象满意度指标", "借用者满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, LEND_HEAD, rows)
    signature(s)
    return b


@variant(
    "uq11-nights-notes",
    (4,),
    "project, OLD-NAT, one value column: a note row inside the table, the header repeated "
    "after a page break, footnotes, 填表说明, signature and date lines (correct)",
)
def uq11() -> Book:
    b, s = project("公众天文观测夜", MUSEUM, one_year_money(wan(60), wan(52), wan(8)),
                   ["全年举办公众观测夜48场，参与公众1.2万人次以上。"])  # fmt: skip
    s.row(*HEAD4)
    s.table([
        ("产出指标", "数量指标", "公众观测夜场次", "≥48场"),
        (None, None, "观测夜参与人次", "≥12000人次"),
        (None, "质量指标", "观测夜讲解员培训合格率", "≥95%"),
        (None, "时效指标", "观测夜活动预告发布时间", "提前3天以上"),
        (None, "成本指标", "单场观测夜组织成本", "≤1.1万元/场"),
    ], merged=(1, 2))  # fmt: skip
    s.row("注：观测夜受天气影响时顺延，场次按实际开放场次统计。", merge=[(1, 4)])
    s.skip()
    s.row(*HEAD4)
    s.table([
        ("效益指标", "社会效益指标", "参与公众中首次使用望远镜人数占比", "≥40%"),
        (None, "可持续影响指标", "观测夜志愿者队伍人数", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "参与公众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：1.观测地点为岫川区鹭栖山观测营地；2.参与人次按现场签到统计。",
          "填表说明：指标值应写明比较符和计量单位。", width=4)  # fmt: skip
    signature(s, day(YEAR - 1, 12, 3))
    return b


@variant(
    "uq12-nights-direction",
    (11, 4),
    "project, OLD-NAT, operators inside the values, a note row under the table: ≥ on a damage "
    "rate and on a response time, a deadline given as a percentage",
)
def uq12() -> Book:
    b, s = project("望远镜借用与维护", "澄屿市天象馆公众服务部",
                   one_year_money(wan(32), wan(30), wan(2)),
                   ["全年借出望远镜600次以上，借出设备及时维护。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "望远镜借用次数", "≥600次"),
        (None, "质量指标", "借出望远镜损坏率",
         mk("≥3%", "T108", "warning", row=True, note="a damage rate is 反向")),
        (None, "时效指标", "故障报修响应时间",
         mk("≥24小时", "T108", "warning", row=True, note="a response time is 反向: ≤24小时")),
        (None, None, "年度维护保养完成时间",
         mk("100%", "T113", "warning", note="a deadline given as a percentage")),
        (None, "成本指标", "单次借用维护成本", "≤0.03万元/次"),
        ("效益指标", "社会效益指标", "借用家庭观测记录提交数", "≥200份"),
        ("满意度指标", "服务对象满意度指标", "借用者满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    notes(s, "注：借用押金由借用人交纳，借还时结清，不计入项目资金。", width=4)
    signature(s)
    return b
