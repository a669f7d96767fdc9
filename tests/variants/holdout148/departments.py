"""Department tables: a 资金总额 against its parts, the same indicator twice in one tier-2,
a consistent tiered table and a consistent flat list."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout148.common import sign
from tests.variants.holdout148.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct


def _m(v: float) -> object:
    return money(v, WAN)


@variant("nb12-department-total-differs", (12,), "department, NAT-2021, key tasks with 金额合计, "
         "one value column: 资金总额 1860 against 1700 + 120 and 1200 + 620, a 数量 indicator "
         "twice with different values")  # fmt: skip
def nb12() -> Book:
    b = Book()
    s = b.sheet("部门整体", (18, 18, 30, 18, 24, 12))
    department_head(
        s, year=2027, dept="澜江市体育局",
        budget=[(_m(1860), _m(1700), _m(120), _m(1200), _m(620))],
        tasks=[
            ("全民健身赛事活动", "举办全市性群众体育赛事", _m(260), "举办赛事18场，参赛1.2万人次"),
            ("公共体育设施维护", "维护全民健身路径和体育公园", _m(210), "维护健身器材320套"),
            ("青少年体育培训", "开展暑期青少年体育公益培训", _m(150), "培训青少年3000人次"),
            ("金额合计", None, _m(620), None),
        ],
        goal="目标1：举办群众体育赛事18场，参赛群众1.2万人次；目标2：维护全民健身器材320套，"
        "设施完好率95%以上；目标3：开展青少年体育公益培训3000人次。",
    )  # fmt: skip
    b.file_mark("B101", "error", alt=("B102",), note="资金总额 1860 ≠ 1700 + 120 = 1200 + 620")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", mk("举办群众体育赛事", "*", "error", row=True,
                                      required=False), "≥18场", None),
            (None, None, "参赛群众", "≥1.2万人次", None),
            (None, None, "维护全民健身器材", "≥320套", None),
            (None, None, "青少年体育公益培训", "≥3000人次", None),
            (None, None, mk("举办群众体育赛事", "D102", "error", row=True,
                            alt=("D101", "D103", "D104")), "≥15场", None),
            (None, "质量指标", "健身设施完好率", "≥95%", None),
            (None, None, "赛事重大安全事故", "=0起", None),
            (None, "时效指标", "健身器材报修处理时限", "≤5个工作日", None),
            ("成本指标", "经济成本指标", "单套健身器材年维护成本", "≤0.3万元", None),
            ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%", None),
            (None, "可持续影响指标", "全民健身设施管护机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027, "罗志刚", "0739-8826615")
    return b


@variant("nb13-department-consistent", (12,), "department, NAT-2021 with 成本 as tier-1, key "
         "tasks adding to 项目支出, unit column (correct)")  # fmt: skip
def nb13() -> Book:
    b = Book()
    s = b.sheet("部门整体", (18, 18, 30, 18, 24, 12))
    department_head(
        s, year=2027, dept="柘原县文化和旅游局",
        budget=[(_m(2350), _m(2150), _m(200), _m(1640), _m(710))],
        tasks=[
            ("送戏下乡", "组织专业院团和文艺团队送戏进村", _m(320), "演出240场"),
            ("公共图书馆免费开放", "总分馆运行、图书采购", _m(240), "新增馆藏图书2.5万册"),
            ("非遗保护传承", "非遗项目记录、传承人补助", _m(150), "记录非遗项目8项"),
            ("金额合计", None, _m(710), None),
        ],
        goal="目标1：送戏下乡演出240场；目标2：公共图书馆新增馆藏图书2.5万册，"
        "全年免费开放不少于300天；目标3：完成8项县级非遗项目数字化记录。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "送戏下乡演出场次", "≥", 240, "场"),
            (None, None, "新增馆藏图书", "≥", 2.5, "万册"),
            (None, None, "公共图书馆免费开放天数", "≥", 300, "天"),
            (None, None, "非遗项目数字化记录", "≥", 8, "项"),
            (None, "质量指标", "演出节目审核合格率", "=", pct(1), "%"),
            (None, None, "图书编目著录准确率", "≥", pct(0.98), "%"),
            (None, "时效指标", "送戏下乡任务完成时间", "≤", "2027年11月30日", None),
            ("成本指标", "经济成本指标", "每场送戏下乡演出补助", "≤", 1.3, "万元/场"),
            ("效益指标", "社会效益指标", "公共图书馆年接待读者", "≥", 18, "万人次"),
            (None, "可持续影响指标", "非遗代表性项目传承人带徒", "≥", 40, "人"),
            ("满意度指标", "服务对象满意度指标", "观演群众满意度", "≥", pct(0.9), "%"),
            (None, None, "图书馆读者满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027, "谢芳", "0744-3365120")
    return b


@variant("nb17-flat-department-list", (3,), "department, flat list (指标名称 · 计量单位 · 比较符 · "
         "指标值 · 权重), percent cells, weights add to 100 (correct)")  # fmt: skip
def nb17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 30, 12, 12, 14, 10))
    department_head(
        s, year=2027, dept="苍梧区市场监督管理局",
        budget=[(_m(3120), _m(3040), _m(80), _m(2480), _m(640))],
        goal="完成食品安全监督抽检3600批次，特种设备定期检验率98%以上，"
        "12315投诉举报按时办结率98%以上，辖区不发生重大食品安全事故。",
    )  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("序号", "指标名称", "计量单位", "比较符", "指标值", "权重（%）")
    s.table(
        [
            (1, "食品安全监督抽检批次", "批次", "≥", 3600, 15),
            (2, "食品抽检不合格产品核查处置率", "%", "=", pct(1), 10),
            (3, "特种设备定期检验率", "%", "≥", pct(0.98), 15),
            (4, "12315投诉举报按时办结率", "%", "≥", pct(0.98), 15),
            (5, "计量器具强制检定数量", "台件", "≥", 5200, 10),
            (6, "重大食品安全事故", "起", "=", 0, 10),
            (7, "每批次食品抽检平均成本", "元", "≤", 1600, 10),
            (8, "市场主体满意度", "%", "≥", pct(0.9), 15),
        ],
    )  # fmt: skip
    sign(s, 2027, "覃海波", "0774-2263388")
    return b
