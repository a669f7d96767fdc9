"""印刷业监管 and 出版物市场检查: six returns (sp13–sp18), a budget-system export, department
tables, a direction column, conversion artefacts and rows that are not indicators."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout292.common import (
    book,
    details,
    header,
    note,
    one_year,
    sign,
    tiers,
    wan,
)
from tests.variants.holdout292.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

EXPORT = ("318004", "鸿陂市文化广电旅游局", "43110026T000004512306", "印刷企业年度核验及监管")


def _sp13_rows() -> list[list[Any]]:
    return [
        ["产出指标", "数量指标", "印刷企业年度核验户数", "大于等于", 420, "家"],
        ["产出指标", "数量指标", "“双随机”抽查印刷企业数", "大于等于", 84, "家"],
        ["产出指标", "质量指标", "核验信息录入准确率", "大于等于", pct(0.98), "%"],
        ["产出指标", "时效指标", "年度核验完成时间", "小于等于", "6月30日", None],
        ["产出指标", "成本指标", "单户核验成本", "小于等于", 0.08, "万元/家"],
        ["效益指标", "社会效益指标", "印刷企业违规经营行为查处率", "等于", pct(1), "%"],
        ["效益指标", "可持续影响指标", "印刷企业信用档案建档率", "大于等于", pct(0.95), "%"],
        [
            "满意度指标",
            "服务对象满意度指标",
            "印刷企业对核验服务的满意度",
            "大于等于",
            pct(0.9),
            "%",
        ],
    ]


@variant(
    "sp13-printing-export",
    (7, 12, 1),
    "budget-system export: sheets 05-1 and 05-2, codes "
    "in the first columns, header on the third row, operators in words, percents (correct)",
)
def sp13() -> Book:
    b, s = book("部门项目支出预算05-1", (10, 20, 24, 24, 12, 12, 12))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位代码", "单位名称", "项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(*EXPORT, wan(58.6), wan(52.6), wan(6))
    s.row("合计", None, None, None, wan(58.6), wan(52.6), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 20, 24, 24, 12, 14, 28, 10, 10, 10))
    t.title("2026年部门项目支出绩效目标表", 10)
    t.row("单位名称：鸿陂市文化广电旅游局")
    t.row(
        "单位代码",
        "单位名称",
        "项目代码",
        "项目名称",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标方向",
        "指标值",
        "度量单位",
    )
    for line in _sp13_rows():
        t.row(*EXPORT, *line)
    return b


def _sp14_blocks() -> tuple[list[list[Any]], list[list[Any]]]:
    first = [
        ["产出指标", "数量指标", "出版物经营单位检查家次", "≥600家次", 10],
        [None, None, "校园周边专项检查次数", "≥8次", 10],
        [None, "质量指标", "行政处罚案件合法合规率", "=100%", 10],
        [None, "时效指标", "举报投诉受理及时率", "≥98%", 10],
        ["成本指标", "经济成本指标", "非法出版物销毁处置费用", "≤15万元", 10],
    ]
    second = [
        ["效益指标", "社会效益指标", "出版物市场举报件数下降率", "≥10%", 15],
        [None, None, "群众举报线索核查率", "≥95%", 10],
        [None, "可持续影响指标", "出版物市场监管长效机制", "健全", 10],
        ["满意度指标", "服务对象满意度指标", "经营单位满意度", "≥90%", 8],
        [None, None, "群众满意度", "≥88%", 7],
    ]
    return first, second


@variant(
    "sp14-market-department",
    (12, 4),
    "department, NAT-2021, typed budget shares, tasks "
    "adding to 项目支出, weight column, header repeated after a break, subtotals (correct)",
)
def sp14() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="岑塘县文化市场综合行政执法大队",
        budget=[
            (wan(250), wan(225), wan(25), wan(150), wan(100)),
            (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4)),
        ],
        tasks=[
            (
                "出版物市场日常巡查",
                "对出版物经营单位开展日常和“双随机”检查",
                wan(40),
                "检查经营单位600家次以上",
            ),
            (
                "校园周边出版物专项整治",
                "开学季、暑期校园周边出版物专项检查",
                wan(25),
                "专项检查8次以上",
            ),
            ("非法出版物收缴销毁", "收缴非法出版物集中鉴定和销毁", wan(15), "收缴物品全部依规销毁"),
            ("执法装备与培训", "执法记录仪更新及执法人员培训", wan(20), "执法人员全员轮训"),
            ("金额合计", None, wan(100), None),
        ],
        goal="规范出版物市场秩序，净化校园周边文化环境，提升执法规范化水平。",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    first, second = _sp14_blocks()
    header(s, *head)
    tiers(s, first)
    s.row("小计", None, None, None, 50)
    header(s, *head)
    tiers(s, second)
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    return b


def _sp15_rows() -> list[list[Any]]:
    cover = mk("≥180个", "T105", "error", note="a 覆盖率 given as a count of 书屋")
    return [
        ["产出指标", "数量指标", "出版物市场检查家次", "≥400家次"],
        [None, None, "印刷企业年度核验户数", "≥260家"],
        [None, None, "全民阅读活动场次", "≥60场"],
        [None, "质量指标", "农家书屋出版物更新覆盖率", cover],
        [None, "时效指标", "印刷企业年度核验完成时间", "6月30日前"],
        ["成本指标", "经济成本指标", "单场阅读活动成本", "≤0.6万元/场"],
        ["效益指标", "社会效益指标", "全民阅读活动参与人次", "≥30000人次"],
        [None, "可持续影响指标", "农家书屋常态化开放比例", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ]


@variant(
    "sp15-market-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, tasks not adding to 金额合计, a coverage rate given as a count",
)
def sp15() -> Book:
    b, s = book()
    total = mk(wan(380), "B101", "error", row=True, note="基本 220 + 项目 150 = 370 ≠ 380")
    tasks_total = mk(wan(150), "B102", "error", note="45 + 38 + 40 + 20 = 143 ≠ 150")
    department_head(
        s,
        year=2026,
        dept="苇湾区新闻出版局",
        budget=[(total, wan(350), wan(30), wan(220), wan(150))],
        tasks=[
            ("出版物市场检查", "出版物经营单位日常检查", wan(45), "检查400家次"),
            ("印刷企业监管", "印刷企业年度核验和抽查", wan(38), "核验260家"),
            ("全民阅读活动", "读书月、阅读推广活动", wan(40), "活动60场"),
            ("农家书屋运行维护", "书屋出版物更新和管理", wan(20), "书屋常态开放"),
            ("金额合计", None, tasks_total, None),
        ],
        goal="加强出版物市场和印刷业监管，深入推进全民阅读和农家书屋建设。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, _sp15_rows())
    return b


def _sp16_rows() -> list[list[Any]]:
    le = mk("小于等于", "T108", "warning", row=True, note="a 正向 count with 小于等于")
    ge = mk("大于等于", "T108", "warning", row=True, note="a 反向 failure rate with 大于等于")
    return [
        ["产出指标", "数量指标", "“双随机”检查印刷企业家次", "正向", "大于等于", 180, "家次"],
        [None, None, "出版物市场检查家次", "正向", le, 300, "家次"],
        [None, None, "印刷品质量抽检批次", "正向", "大于等于", 60, "批次"],
        [None, "质量指标", "印刷品质量抽检不合格率", "反向", ge, 5, "%"],
        [None, "时效指标", "检查结果公示时限", "反向", "小于等于", 7, "工作日"],
        [None, "成本指标", "单批次抽检费用", "反向", "小于等于", 0.15, "万元/批次"],
        [None, None, "执法检查工作经费", "反向", "小于等于", 27, "万元"],
        ["效益指标", "社会效益指标", "印刷企业违规行为整改率", "正向", "大于等于", 95, "%"],
        [None, "可持续影响指标", "印刷企业信用分级监管覆盖率", "正向", "大于等于", 90, "%"],
        ["满意度指标", "服务对象满意度指标", "受检企业满意度", "正向", "大于等于", 90, "%"],
    ]


@variant(
    "sp16-printing-direction-wrong",
    (11, 9),
    "project, OLD-NAT, 指标性质 as direction and "
    "指标方向 as operator in words: two conflicts, an end date stored as a serial in text",
)
def sp16() -> Book:
    b, s = book(widths=(14, 14, 28, 10, 10, 10, 12))
    end = mk("46387", "X104", "warning", note="计划完成日期 typed as text 46387 = 2026-12-31")
    project_head(
        s,
        year=2026,
        name="鸿陂市印刷业“双随机”执法检查及质量抽检",
        dept="鸿陂市文化广电旅游局",
        unit="鸿陂市文化市场综合行政执法支队",
        end=end,
        money=one_year(wan(36), wan(36), wan(0)),
        goals=["“双随机”检查印刷企业180家次，抽检印刷品60批次，违规行为全部督促整改。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    tiers(s, _sp16_rows())
    return b


def _sp17_rows() -> list[list[Any]]:
    zero = ok("0起", "warning", note="0起 on an incident count: = and ≤ coincide")
    return [
        ["产出", "数量", "出版物经营场所检查家次", "≥500家次"],
        [None, None, "流动摊点清查次数", "≥24次"],
        [None, "质量", "举报线索核查率", "=100%"],
        [None, "时效", "专项检查完成时间", "11月30日前"],
        [None, "成本", "单次流动摊点清查成本", "≤0.5万元/次"],
        ["效益", "社会效益", "非法出版物案件数下降率", "≥15%"],
        [None, None, "重大出版物市场安全事件", zero],
        [None, "可持续影响", "“扫黄打非”基层站点正常运行比例", "≥95%"],
        ["满意度", "服务对象满意度", "群众满意度", pct(0.9, '"≥"0%')],
    ]


@variant(
    "sp17-market-artefacts",
    (9, 1, 5),
    "project, OLD-NAT with abbreviated tier labels, one "
    "value column: =100% as text, ≥ in a percent format, 0起, detail lines (correct)",
)
def sp17() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="蓼原县出版物市场“扫黄打非”专项检查",
        dept="中共蓼原县委宣传部（县新闻出版局）",
        unit="蓼原县文化市场综合行政执法大队",
        money=one_year(wan(28), wan(28), wan(0)),
        goals=["全年检查出版物经营场所500家次以上，清查流动摊点24次，净化出版物市场。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, _sp17_rows())
    details(
        s,
        [
            ("执法车辆租赁", wan(12, "#,##0.00"), "2辆×12个月×0.5万元"),
            ("鉴定送检费", wan(6.5, "#,##0.00"), "130批次×0.05万元"),
            ("宣传材料印制", wan(4.5, "#,##0.00"), "宣传折页及海报"),
            ("举报奖励", wan(5, "#,##0.00"), "按举报奖励办法兑现"),
        ],
        wan(28, "#,##0.00"),
    )
    return b


def _sp18_rows() -> list[list[Any]]:
    zero = mk(0, "T115", "error", note="≤0万元/家: 14万元 over 40 家 rounded to 0")
    return [
        ["产出指标", "数量指标", "抽检包装装潢印刷企业数", "≥", 40, "家"],
        [None, None, "抽检样品批次", "≥", 120, "批次"],
        [None, "质量指标", "抽检报告规范率", "≥", 98, "%"],
        [None, "时效指标", "抽检结果通报时限", "≤", 15, "工作日"],
        [None, "成本指标", "每家印刷企业抽检成本", "≤", zero, "万元/家"],
        ["效益指标", "社会效益指标", "抽检不合格企业整改率", "≥", 95, "%"],
        [None, "可持续影响指标", "抽检结果纳入信用监管比例", "≥", 90, "%"],
        ["满意度指标", "服务对象满意度指标", "受检企业满意度", "≥", 90, "%"],
    ]


@variant(
    "sp18-printing-noise-wrong",
    (4, 9),
    "project, OLD-NAT, operator and unit columns, an "
    "instruction row, 注 and signature lines, detail lines: a cost of 0, a split number",
)
def sp18() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="岑塘县包装装潢印刷品质量抽检",
        dept="岑塘县文化广电和旅游体育局",
        unit="岑塘县文化市场综合行政执法大队",
        money=one_year(wan(14), wan(14), wan(0)),
        goals=["抽检包装装潢印刷企业40家、样品120批次，督促不合格企业整改。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    note(s, "（填写说明：指标值只填数字，比较符填在“指标性质”列，单位填在“计量单位”列）")
    tiers(s, _sp18_rows())
    note(s, "注：成本指标含样品购置、委托检测和专家评审费用。")
    split = mk("3.7 5", "X105", "warning", alt=("X103",), note="3.75 split by a space, as text")
    details(
        s,
        [
            ("抽检样品购置", split, "按120批次购样"),
            ("委托检测费", 8.25, "按120批次检测"),
            ("专家评审费", 2.0, "评审2次"),
        ],
        14.0,
    )
    sign(s, "巫振邦", "骆采薇", "0774-3926051", day(2025, 12, 18))
    return b
