"""Returns kho01–kho06: 社区矫正 projects of 蔚塘县 and its department (operator columns, percent
cells, 中期 and 年度 columns, flat department lists)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout889.common import (
    BASIC,
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    start,
    w,
)
from tests.variants.holdout889.registry import variant
from tests.variants.kit import Book, mk, ok, pct

DEPT = "蔚塘县司法局（305001）"


@variant("kho01-correction-percent", (1, 4),
         "project, OLD-NAT, operator column 指标性质, unit column, percents typed in Excel, "
         "填表说明 and signature lines (correct)")  # fmt: skip
def kho01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="社区矫正对象分类教育帮扶项目", dept=DEPT,
                 unit="蔚塘县社区矫正管理局", money=one_year(86.4, 80, 6.4),
                 goals=["对在册矫正对象开展分类教育、心理评估和就业帮扶。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "分类教育覆盖矫正对象人数", "≥", 480, "人"),
        (None, None, "集中教育学习场次", "≥", 24, "场"),
        (None, "质量指标", "心理评估建档率", "≥", pct(0.95), "%"),
        (None, "时效指标", "入矫宣告及时率", "=", pct(1), "%"),
        (None, "成本指标", "心理评估单价", "≤", 600, "元/人"),
        ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤", pct(0.005, "0.0%"), "%"),
        (None, None, "脱管率较上年下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "分类教育工作机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "矫正对象及家属满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, ["填表说明：1.指标性质填写≥、≤、=或定性；2.百分比指标的计量单位填“%”。"])
    signature(s, "郦振川", "0739-6218835")
    return b


@variant("kho02-correction-direction", (11,),
         "project, NAT-2021, operators inside the values: a 反向 rate with ≥, a 正向 count with "
         "≤, a cost cap with =")  # fmt: skip
def kho02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="社区矫正电子定位监管服务项目", dept=DEPT,
                 unit="蔚塘县社区矫正管理局", money=one_year(42, 42, 0),
                 goals=["为重点社区矫正对象提供电子定位监管，落实走访和信息化核查。"])  # fmt: skip
    indicators(s, BASIC, [
        ("产出指标", "数量指标", "电子定位监管对象人数", "≥150人"),
        (None, None, mk("每名重点对象每月走访次数", "T108", "warning", row=True,
                        note="正向的走访次数写成 ≤2次，只封顶不保底"), "≤2次"),
        (None, "质量指标", "定位信息核查准确率", "≥98%"),
        (None, "时效指标", "越界告警处置时限", "≤2小时"),
        ("成本指标", "经济成本指标", "电子定位监管服务单价",
         mk("=35元/人·月", "T108", "warning", row=True, note="成本单价是上限，应为 ≤")),
        ("效益指标", "社会效益指标", "监管对象脱管率",
         mk("≥1%", "T108", "warning", row=True, note="脱管率是反向指标，≥ 把目标写反了")),
        (None, "可持续影响指标", "电子监管数据留存机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "基层司法所满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kho03-correction-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns, 0起 on an incident count in "
         "both (correct)")  # fmt: skip
def kho03() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="社区矫正智慧监管平台建设项目", dept=DEPT,
                 unit="蔚塘县社区矫正管理局", years=3, attr="新增项目",
                 money=multi_year((360, 330, 30), (150, 140, 10)),
                 goals=["建成县乡两级智慧矫正监管平台并接入全部司法所，形成常态化运维机制。",
                        "完成平台主体建设和首批司法所接入，开展操作培训。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "接入平台的司法所数量", "≥14个", "≥6个"),
        (None, None, "平台操作培训人次", "≥420人次", "≥160人次"),
        (None, "质量指标", "平台功能验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "告警信息推送时限", "≤10分钟", "≤10分钟"),
        ("成本指标", "经济成本指标", "单个司法所接入成本", "≤8万元/个", "≤8万元/个"),
        ("效益指标", "社会效益指标", "脱管漏管事件", "≤0起",
         ok("≤0起", note="事件数的零容忍上限，两栏相同不是照抄")),
        (None, "可持续影响指标", "平台运维保障机制", "健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "司法所工作人员满意度", "≥90%", "≥88%"),
    ])  # fmt: skip
    return b


@variant("kho04-correction-period-copied", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: two cumulative counts and the 中期目标 "
         "text copied into the 年度 column")  # fmt: skip
def kho04() -> Book:
    b, s = start()
    goal = "组建社会力量参与社区矫正志愿者队伍，开展公益活动和帮扶结对。"
    project_head(s, year=YEAR, name="社会力量参与社区矫正项目", dept=DEPT,
                 unit="蔚塘县社区矫正管理局", years=2,
                 money=multi_year((64, 60, 4), (32, 30, 2)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="两年期项目，年度目标逐字照抄中期目标")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "招募矫正志愿者人数", "≥120人",
         mk("≥120人", "D202", "warning", note="累计人数，年度值照抄两年期值")),
        (None, None, "组织公益活动次数", "≥36次",
         mk("≥36次", "D202", "warning", note="累计次数，年度值照抄两年期值")),
        (None, None, "帮扶结对对子数", "≥80对", "≥40对"),
        (None, "质量指标", "志愿者岗前培训合格率", "≥95%", "≥95%"),
        (None, "时效指标", "结对帮扶启动时间", "≤3个月", "≤3个月"),
        (None, "成本指标", "志愿者交通补贴标准", "≤50元/人·次", "≤50元/人·次"),
        ("效益指标", "社会效益指标", "结对对象重新违法犯罪率", "≤1%", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "结对矫正对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


BUDGET = [
    (w(1250), w(1180), w(70), w(830), w(420)),
    (pct(1), pct(0.944, "0.0%"), pct(0.056, "0.0%"), pct(0.664, "0.0%"), pct(0.336, "0.0%")),
]
TASKS = [
    ("社区矫正监督管理", "电子监管、走访核查、档案管理", w(180), "在册对象全部纳入监管"),
    ("教育帮扶", "分类教育、心理矫治、就业帮扶", w(150), "帮扶对象稳定就业"),
    ("矫正信息化运维", "平台运维和数据对接", w(90), "平台全年稳定运行"),
    ("金额合计", None, w(420), None),
]


@variant("kho05-correction-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "shares and tasks consistent, weights add to 100 (correct)")  # fmt: skip
def kho05() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="蔚塘县司法局", budget=BUDGET, tasks=TASKS,
                    goal="落实矫正监督管理，提升教育帮扶质量，保障平台运行。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("在册社区矫正对象纳管人数", 20, "人", "≥", 560),
        ("走访核查次数", 15, "次", "≥", 2200),
        ("矫正档案规范率", 15, "%", "≥", pct(0.98)),
        ("矫正对象再犯罪率", 20, "%", "≤", pct(0.006, "0.0%")),
        ("帮扶对象就业率", 10, "%", "≥", pct(0.6)),
        ("矫正平台年度故障时长", 10, "小时", "≤", 24),
        ("矫正对象家属满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signature(s, "郦振川", "0739-6218835")
    return b


@variant("kho06-correction-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a rate as a head count, ≥ on a 反向 rate, weights to 95")  # fmt: skip
def kho06() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="蔚塘县司法局", budget=BUDGET, tasks=TASKS,
                    goal="落实社区矫正监督管理和教育帮扶，稳定帮扶对象就业。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("在册社区矫正对象纳管人数", "≥560", "正向", "人", 20),
        ("帮扶对象就业安置率", mk("≥35", "T105", "error", alt=("T112",),
                                  note="比率给成人数（计量单位“人”）"), "正向", "人", 15),
        ("矫正对象再犯罪率", mk("≥0.6", "T108", "warning", row=True,
                                note="反向指标用了 ≥"), "反向", "%", 20),
        ("矫正档案规范率", "≥98", "正向", "%", 15),
        ("走访核查次数", "≥2200", "正向", "次", 10),
        ("矫正对象家属满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+20+15+10+15 = 95，应为 100")
    return b
