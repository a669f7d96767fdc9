"""版权保护: six returns (sp07–sp12), flat department lists, points at two levels, a two-row
header and a table on a second sheet."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout292.common import book, header, note, one_year, sign, tiers, wan
from tests.variants.holdout292.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

POINTS_HEAD = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


def _flat(s: Sheet, head: tuple[str, ...], rows: list[list[Any]]) -> int:
    s.row("年度绩效指标", merge=[(1, len(head))])
    header(s, *head)
    return s.table(rows)


def _sp07_rows() -> list[list[Any]]:
    return [
        ["作品登记数量", 10, "件", "≥", 2500],
        ["软件正版化核查单位数", 15, "家", "≥", 80],
        ["查处侵权盗版案件数", 10, "件", "≥", 30],
        ["侵权案件按期办结率", 15, "%", "≥", 95],
        ["作品登记审核差错率", 10, "%", "≤", 1],
        ["重点网站侵权链接数量下降率", 10, "%", "≥", 20],
        ["正版软件使用率", 10, "%", "=", pct(1)],
        ["版权服务对象满意度", 20, "%", "≥", pct(0.9)],
    ]


@variant(
    "sp07-copyright-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percents, a 下降率 with ≥, weights 100 (correct)",
)
def sp07() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="鸿陂市版权局",
        budget=[(wan(320), wan(300), wan(20), wan(180), wan(140))],
        tasks=[
            (
                "版权执法专项行动",
                "开展院线电影、网络文学等领域版权专项整治",
                wan(60),
                "查处侵权盗版案件30件以上",
            ),
            (
                "软件正版化工作",
                "对党政机关和企事业单位开展软件正版化核查",
                wan(45),
                "核查单位80家以上",
            ),
            (
                "作品登记与版权服务",
                "运行作品登记窗口，开展版权宣传周活动",
                wan(35),
                "作品登记2500件以上",
            ),
            ("金额合计", None, wan(140), None),
        ],
        goal="加强版权执法监管，推进软件正版化，提升作品登记和版权公共服务水平。",
    )
    _flat(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), _sp07_rows())
    return b


def _sp08_rows() -> list[list[Any]]:
    unit = mk("≥15场", "T112", "error", note="场 in the value, 人次 in the unit column")
    back = mk("≥3%", "T108", "warning", row=True, note="a 退件率 declared 反向 with ≥")
    return [
        ["作品登记数量", "≥1200件", "正向", "件", 15],
        ["版权宣传活动场次", unit, "正向", "人次", 10],
        ["版权执法巡查家次", "≥300家次", "正向", "家次", 15],
        ["作品登记退件率", back, "反向", "%", 10],
        ["侵权投诉按期处理率", "≥95%", "正向", "%", 20],
        ["版权培训考核合格率", "≥90%", "正向", "%", 10],
        ["版权服务对象满意度", "≥90%", "正向", "%", 15],
    ]


@variant(
    "sp08-copyright-flat-wrong",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 "
    "as direction · 计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights 95",
)
def sp08() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="苇湾区版权局",
        budget=[(wan(210), wan(200), wan(10), wan(150), wan(60))],
        tasks=[
            ("版权宣传与培训", "版权宣传周、企业版权培训", wan(20), "宣传活动15场"),
            ("作品登记服务", "作品登记受理、审核和发证", wan(15), "登记1200件以上"),
            ("版权执法巡查", "出版物、软件和网络版权巡查", wan(25), "巡查300家次"),
            ("金额合计", None, wan(60), None),
        ],
        goal="做好作品登记和版权宣传，加强版权执法巡查，营造尊重原创的环境。",
    )
    _flat(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), _sp08_rows())
    b.file_mark("W101", "error", note="weights 15+10+15+10+20+10+15 = 95, not 100")
    return b


def _sp09_rows() -> list[list[Any]]:
    return [
        ["*产出指标", 40, "数量", "新增版权示范单位（园区、基地）", "≥6家", 8],
        [None, None, None, "软件正版化核查单位数", "≥120个", 8],
        [None, None, "质量", "正版软件安装使用率", "≥98%", 8],
        [None, None, None, "核查问题整改率", "=100%", 8],
        [None, None, "时效", "核查工作完成时间", "11月30日前", 8],
        ["*成本指标", 20, "经济成本", "单家示范单位创建补助", "≤5万元/家", 10],
        [None, None, None, "软件正版化核查费用", "≤18万元", 10],
        ["*效益指标", 30, "社会效益", "重点行业软件正版化率提高", "≥3百分点", 10],
        [None, None, None, "作品登记数量增长率", "≥10%", 10],
        [None, None, "可持续影响", "软件正版化工作长效机制", "建立并执行", 10],
        ["*满意度指标", 10, "服务对象满意度", "示范单位满意度", "≥90%", 10],
    ]


@variant(
    "sp09-copyright-points",
    (10, 5),
    "project, NAT-2021, labels with * and abbreviated "
    "tier-2s, tier-1 and indicator points both adding to 100, a rate raised in 百分点 (correct)",
)
def sp09() -> Book:
    b, s = book(widths=(14, 10, 14, 30, 14, 10))
    project_head(
        s,
        year=2026,
        name="鸿陂市版权示范创建与软件正版化推进",
        dept="鸿陂市版权局",
        unit="鸿陂市版权保护中心",
        money=one_year(wan(60), wan(60), wan(0)),
        goals=["新增版权示范单位6家，核查120个单位软件正版化情况，问题全部整改。"],
    )
    header(s, *POINTS_HEAD)
    tiers(s, _sp09_rows(), merged=(1, 2, 3))
    return b


def _sp10_rows() -> list[list[Any]]:
    out = mk(40, "W103", "error", note="产出 declared 40, its indicators add to 45")
    eff = mk(30, "W103", "error", note="效益 declared 30, its indicators add to 25")
    eq = mk("=90%", "T107", "warning", note="= on a satisfaction rate where ≥ is meant")
    return [
        ["产出指标", out, "数量指标", "出版物市场及网络巡查次数", "≥48次", 10],
        [None, None, None, "查办侵权盗版案件数", "≥12件", 10],
        [None, None, "质量指标", "侵权案件办结率", "≥95%", 10],
        [None, None, None, "案卷评查合格率", "≥95%", 5],
        [None, None, "时效指标", "举报线索核查办结时限", "≤15个工作日", 10],
        ["成本指标", 20, "经济成本指标", "专项行动经费", "≤25万元", 10],
        [None, None, None, "单次巡查成本", "≤0.2万元/次", 10],
        ["效益指标", eff, "社会效益指标", "侵权盗版举报数量下降率", "≥10%", 10],
        [None, None, "可持续影响指标", "版权执法协作机制", "健全", 15],
        ["满意度指标", 10, "服务对象满意度指标", "举报人满意度", eq, 10],
    ]


@variant(
    "sp10-copyright-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 score column against "
    "the indicator scores under it, a satisfaction rate with =",
)
def sp10() -> Book:
    b, s = book(widths=(14, 10, 14, 30, 14, 10))
    project_head(
        s,
        year=2026,
        name="蓼原县打击侵权盗版专项行动",
        dept="中共蓼原县委宣传部（县版权局）",
        unit="蓼原县文化市场综合行政执法大队",
        money=one_year(wan(25), wan(25), wan(0)),
        goals=["开展出版物市场和网络巡查48次，查办侵权盗版案件12件以上。"],
    )
    header(s, *POINTS_HEAD)
    tiers(s, _sp10_rows(), merged=(1, 2, 3))
    return b


def _sp11_blocks() -> tuple[list[list[Any]], list[list[Any]]]:
    first = [
        ["产出指标", "数量指标", "运行版权服务工作站", "≥6", "个", None],
        [None, None, "办理作品登记", "≥800", "件", None],
        [None, "质量指标", "作品登记材料审核准确率", "≥98", "%", None],
        [None, "时效指标", "作品登记办理时限", "≤10", "工作日", "自受理之日起"],
        [None, "成本指标", "单个工作站年度运行经费", "≤2.5", "万元/个", None],
    ]
    second = [
        ["效益指标", "社会效益指标", "版权咨询服务人次", "≥3000", "人次", None],
        [None, "可持续影响指标", "工作站服务制度", "健全", None, None],
        ["满意度指标", "服务对象满意度指标", "登记申请人满意度", "≥90", "%", None],
    ]
    return first, second


@variant(
    "sp11-copyright-headers",
    (7, 4),
    "project, OLD-NAT, two-row header with 指标内容 and "
    "绩效标准, a 注 row inside the table, 说明, 填表说明 and signature lines (correct)",
)
def sp11() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="岑塘县版权社会服务站点运行",
        dept="中共岑塘县委宣传部（县版权局）",
        unit="岑塘县版权服务中心",
        money=one_year(wan(18), wan(15), wan(3)),
        goals=["运行6个版权服务工作站，全年办理作品登记800件以上，提供版权咨询服务。"],
    )
    s.row("绩效指标", None, "指标内容", "绩效标准", None, "备注", merge=[(1, 2), (4, 5)])
    s.row("一级指标", "二级指标", None, "指标值", "计量单位", None)
    for col in (3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=col, end_row=s.r, end_column=col)
    first, second = _sp11_blocks()
    tiers(s, first)
    note(s, "注：成本指标按项目预算口径填列，不含人员经费。")
    tiers(s, second)
    note(s, "说明：1.指标值前的“≥”“≤”分别表示不低于、不高于；2.办理时限按工作日计算。")
    note(s, "填表说明：本表由项目实施单位填写，经主管部门审核后报县财政局。")
    sign(s, "黎书衡", "蓝若溪", "0775-4817320", day(2025, 12, 12))
    return b


def _sp12_rows() -> list[list[Any]]:
    nameless = mk(None, "F110", "error", note="a value with no indicator name")
    left = mk("生态效益指标", "F109", "warning", row=True, note="template tier-2 left empty")
    return [
        ["产出指标", "数量指标", "监测网络平台作品数", "≥5000件"],
        [None, None, nameless, "≥200条"],
        [None, "质量指标", "侵权线索核实准确率", "≥95%"],
        [None, "时效指标", "平台故障响应时间", "≤2小时"],
        ["成本指标", "经济成本指标", "平台运维服务费", "≤30万元"],
        [None, None, "监测数据存储扩容费用", "≤8万元"],
        ["效益指标", "社会效益指标", "重点作品侵权链接删除率", "≥90%"],
        [None, left, None, None],
        [None, "可持续影响指标", "监测平台全年稳定运行率", "≥99%"],
        ["满意度指标", "服务对象满意度指标", "权利人满意度", "≥90%"],
    ]


@variant(
    "sp12-copyright-second-sheet-wrong",
    (7, 6, 13),
    "project: head on the first sheet, "
    "NAT-2021 table on a second sheet under 预期实现值; a template tier-2 left, a nameless value",
)
def sp12() -> Book:
    b, s = book("项目基本信息")
    project_head(
        s,
        year=2026,
        name="苇湾区网络版权监测平台运维",
        dept="苇湾区版权局",
        unit="苇湾区版权监测中心",
        money=one_year(wan(38), wan(38), wan(0)),
        goals=["对重点网络平台开展版权监测，及时发现并移交侵权线索，保障平台稳定运行。"],
    )
    s.row("绩效指标", "见“绩效指标”工作表", merge=[(2, 6)])
    t = b.sheet("绩效指标", (16, 18, 32, 18))
    t.title("项目绩效指标", 4)
    header(t, "一级指标", "二级指标", "三级指标", "预期实现值")
    tiers(t, _sp12_rows())
    return b
