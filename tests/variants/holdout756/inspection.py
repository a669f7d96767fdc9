"""Hazardous-chemical enterprise inspections (危险化学品企业安全检查): kcl01-kcl06."""

from __future__ import annotations

from tests.variants.holdout756.common import (
    YEAR,
    department,
    multi_year,
    new_book,
    note,
    one_year,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout756.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

UNIT = "檀川市应急管理局危险化学品安全监督管理科"
H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kcl01-hazchem-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points and an indicator score column, 100 at "
    "both levels, a 下降率 with ≥, 0起 on an incident count, a rise in 百分点 (correct)",
)
def kcl01() -> Book:
    b, s = new_book()
    project(s, "危险化学品企业安全生产执法检查", UNIT, one_year(48, 48, 0),
            ["对全市120家危险化学品生产经营企业开展执法检查，重点监管企业检查全覆盖，"
             "全年不发生较大及以上危险化学品事故。"])  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "1.执法检查危化品企业数", "≥120家", 10),
        (None, None, "2.重点监管企业检查覆盖率", pct(1), 10),
        (None, "（二）质量指标", "3.检查发现隐患整改率", "≥95%", 10),
        (None, None, "4.执法文书规范率", "≥98%", 5),
        (None, "（三）时效指标", "5.重大隐患整改复查时限", "≤15个工作日", 10),
        (None, None, "6.年度检查任务完成时间", "2026年11月30日前", 5),
        ("二、成本指标（10分）", "（一）经济成本指标", "7.单家企业检查成本", "≤0.4万元/家", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "8.隐患重复发生下降率", "≥10%", 10),
        (None, None, "9.较大及以上危化品事故起数", "0起", 10),
        (None, "（二）可持续影响指标", "10.企业隐患自查自报率较上年提高", "≥5百分点", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "11.受检企业满意度", "≥90%", 10),
    ]  # fmt: skip
    table(s, (*H4, "分值"), rows)
    s.row("合计", None, None, None, 100)
    sign(s, "韦晓岚", "0571-8830 2716", day(YEAR - 1, 11, 24))
    return b


def _kcl02_second() -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "抽检仓储企业数",
         mk("≥80家", "D104", "warning", alt=("D103",), note="年度目标写抽检仓储企业60家")),
        (None, "质量指标", "抽检发现问题整改率", "≥90%"),
        (None, "时效指标", "仓储企业抽检发现问题整改率",
         mk("≥85%", "D102", "error", row=True, alt=("D103", "D101", "F201"),
            note="与质量指标下的“抽检发现问题整改率 ≥90%”是同一指标，多一个词，值不同")),
        (None, "成本指标", "单家企业抽检费用", "≤0.45万元/家"),
        ("效益指标", "社会效益指标", "违法储存行为查处率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥85%"),
    ]  # fmt: skip


@variant(
    "kcl02-hazchem-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column: the second project's count "
    "against its goal, the same rate twice with a word more under two tier-2s",
)
def kcl02() -> Book:
    b, s = new_book()
    project(s, "危险化学品生产企业安全检查", UNIT, one_year(60, 60, 0),
            ["检查危化品生产企业85家，检查发现隐患整改率95%以上。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "检查生产企业数", "≥85家"),
        (None, "质量指标", "检查发现隐患整改率", "≥95%"),
        (None, "时效指标", "检查完成时间", "2026年11月30日前"),
        (None, "成本指标", "单家企业检查费用", "≤0.7万元/家"),
        ("效益指标", "社会效益指标", "企业安全管理水平", "提升"),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "危险化学品仓储企业执法抽检", UNIT, one_year(36, 30, 6),
            ["对全市危化品仓储企业开展执法抽检60家，发现问题整改率90%以上。"],
            title="")  # fmt: skip
    table(s, H4, _kcl02_second())
    return b


@variant(
    "kcl03-hazchem-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, "
    "a deadline left over from the year before the project",
)
def kcl03() -> Book:
    b, s = new_book()
    project(s, "危险化学品企业执法检查及重大危险源监测接入", UNIT,
            multi_year((450, 450, 0), (150, 150, 0)),
            ["2026—2028年累计执法检查危化品企业360家次，推动60家重大危险源企业接入在线监测。",
             "2026年检查危化品企业120家次，完成30家重大危险源企业在线监测接入。"],
            years=3)  # fmt: skip
    table(s, (*H4[:3], "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "执法检查企业家次", "≥360家次",
         mk("≥400家次", "D201", "error", alt=("D104",),
            note="年度400家次超过中期360家次，年度目标也只写120家次")),
        (None, None, "重大危险源企业在线监测接入数", "≥60家", "≥30家"),
        (None, "质量指标", "检查发现隐患整改率", "≥95%", "≥95%"),
        (None, "时效指标", "年度检查完成时间", "每年11月30日前",
         mk("2025年11月30日前", "Y102", "error", alt=("Y103", "Y101"),
            note="项目2026年开始，2025年的期限是上一季的残留")),
        ("成本指标", "经济成本指标", "单家次检查成本", "≤0.4万元/家次",
         ok("≤0.4万元/家次", "warning", note="0.4 × 400 超出年度资金，是 D201 的后果")),
        ("效益指标", "社会效益指标", "较大及以上危化品事故起数", "0起", "0起"),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcl04-hazchem-flat-department",
    (3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "budget and tasks adding up, a 下降率 with ≥, ≤0 起, a later year in the goal (correct)",
)
def kcl04() -> Book:
    b, s = new_book()
    department(s, (620, 560, 60, 210, 410), [
        ("危化品企业执法检查", "对180家危化品企业开展执法检查", 180, "隐患整改率95%以上"),
        ("重大危险源监测预警", "完善在线监测预警系统", 150, "重大危险源企业全部接入"),
        ("综合应急演练", "组织综合及专项应急演练", 80, "全年演练12场以上"),
        ("金额合计", None, 410, None),
    ], "全年检查危化品企业180家，重大危险源企业在线监测全覆盖，开展应急演练12场以上，"
       "为2027年全面推行安全生产责任保险积累数据。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("危化品企业执法检查家数", 15, "家", "≥", 180),
        ("重大危险源企业在线监测接入率", 10, "%", "=", 100),
        ("执法检查发现隐患整改率", 15, "%", "≥", 95),
        ("较上年危化品企业隐患总数下降率", 10, "%", "≥", 8),
        ("较大及以上生产安全事故起数", 10, "起", "≤", 0),
        ("综合应急演练场次", 10, "场", "≥", 12),
        ("应急值守信息报送及时率", 10, "%", "≥", 98),
        ("单家企业执法检查成本", 10, "万元/家", "≤", 0.5),
        ("服务对象满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    return b


def _kcl05_budget(b: Book) -> None:
    s = b.sheet("部门项目支出预算05-1", (16, 10, 36, 12, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("项目编码", "单位编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    s.row("330726230001", "307001", "危险化学品重大危险源监测预警系统运维", "延续项目",
          wan(240), wan(200), wan(40))  # fmt: skip
    s.row("330726230002", "307001", "危化品企业安全生产标准化评审", "一次性项目",
          wan(75), wan(75), wan(0))  # fmt: skip
    s.row("合计", None, None, None, wan(315), wan(275), wan(40))


@variant(
    "kcl05-hazchem-export",
    (7, 12),
    "budget-system export: 05-1 budget sheet with codes, 05-2 indicator sheet with codes in the "
    "first columns and the header on the third row, two projects, all consistent (correct)",
)
def kcl05() -> Book:
    b = Book()
    _kcl05_budget(b)
    s = b.sheet("部门项目支出绩效目标05-2", (16, 30, 14, 16, 32, 18))
    s.title("2026年部门项目支出绩效目标表", 6)
    s.row("单位名称：檀川市应急管理局")
    p1, n1 = "330726230001", "危险化学品重大危险源监测预警系统运维"
    p2, n2 = "330726230002", "危化品企业安全生产标准化评审"
    table(s, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (p1, n1, "产出指标", "数量指标", "在线监测企业接入数", "≥42家"),
        (p1, n1, None, "质量指标", "预警信息推送覆盖率", pct(1)),
        (p1, n1, None, "时效指标", "预警信息推送时限", "≤5分钟"),
        (p1, n1, "成本指标", "经济成本指标", "单家企业监测运维成本", "≤5.5万元/家"),
        (p1, n1, "效益指标", "社会效益指标", "接入企业较大及以上事故起数", "0起"),
        (p1, n1, "满意度指标", "服务对象满意度指标", "接入企业满意度", "≥90%"),
        (p2, n2, "产出指标", "数量指标", "完成标准化评审企业数", "≥50家"),
        (p2, n2, None, "质量指标", "评审报告合格率", "≥95%"),
        (p2, n2, None, "时效指标", "评审完成时间", "2026年10月31日前"),
        (p2, n2, "成本指标", "经济成本指标", "单家企业评审费用", "≤1.5万元/家"),
        (p2, n2, "效益指标", "社会效益指标", "二级及以上标准化达标企业占比较上年提高",
         "≥3百分点"),
        (p2, n2, "满意度指标", "服务对象满意度指标", "参评企业满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant(
    "kcl06-hazchem-notes",
    (4, 11),
    "project, OLD-NAT, 指标性质 as operator and a unit column; a 注 row inside the table, "
    "填表说明, signature and a fill date in the year before; ≥ on a 下降率, ≤ on 反向 (correct)",
)
def kcl06() -> Book:
    b, s = new_book()
    project(s, "危险化学品经营企业安全检查技术服务", UNIT, one_year(52, 52, 0),
            ["检查危化品经营企业148家（其中重点监管企业36家），检查发现隐患整改率95%以上，"
             "全年不发生较大及以上危化品事故。"])  # fmt: skip
    head = (*H4[:3], "指标性质", "指标值", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "检查危化品经营企业数", "≥", 148, "家"),
        (None, None, "重点监管企业检查数", "≥", 36, "家"),
        (None, "质量指标", "检查发现隐患整改率", "≥", 95, "%"),
        (None, None, "执法案卷合格率", "≥", 95, "%"),
        (None, "时效指标", "隐患整改复查及时率", "≥", 95, "%"),
        (None, None, "执法检查平均用时", "≤", 3, "工作日"),
        (None, "成本指标", "单家企业第三方技术服务费", "≤", 0.3, "万元/家"),
    ])  # fmt: skip
    note(s, "注：重点监管企业36家包含在148家之内，不另计。")
    s.table([
        ("效益指标", "社会效益指标", "较上年违法违规行为下降率", "≥", 10, "%"),
        (None, None, "重大隐患复发率", "≤", 5, "%"),
        (None, None, "较大及以上危化品事故", "≤", 0, "起"),
        (None, "可持续影响指标", "企业安全生产主体责任落实", "定性", "持续提升", None),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.指标性质填写≥、≤、=或定性；2.金额单位为万元；3.本表一式两份。")
    sign(s, "蒋知远", "0571-8830 2745", day(YEAR - 1, 11, 18))
    return b
