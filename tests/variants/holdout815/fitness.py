"""Public fitness equipment: paths, maintenance, stacked projects, a budget-system export."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout815.common import funds, notes, sign, start, table, w
from tests.variants.holdout815.registry import variant
from tests.variants.kit import Book, day, mk, pct

SPORT = "枫屿县文化体育和旅游局（代码 422）"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "kes07-fitness-paths",
    (1, 12),
    "project, OLD-NAT, operator column in words, unit "
    "column, 万元 in the number format, cost × count equal to the money (correct)",
)
def paths() -> Book:
    b, s = start()
    project_head(s, year=2025, name="枫屿县全民健身路径建设", dept=SPORT,
                 unit="枫屿县全民健身服务中心", money=funds(w(60), w(50), w(10)),
                 goals=["在全县14个乡镇（街道）的行政村新建健身路径50套，实现新增点位器材"
                        "安装验收全部合格。"])  # fmt: skip
    table(s, [
        ["产出指标", "数量指标", "新建健身路径", "大于等于", 50, "套"],
        [None, "质量指标", "器材安装验收合格率", "等于", pct(1), "%"],
        [None, "时效指标", "安装完成时间", "小于等于", day(2025, 9, 30), "日期"],
        [None, "成本指标", "单套健身路径采购安装成本", "小于等于", 1.2, "万元/套"],
        ["效益指标", "社会效益指标", "器材安全责任事故", "小于等于", 0, "起"],
        [None, None, "器材故障率", "小于等于", pct(0.05), "%"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "大于等于", pct(0.9), "%"],
    ], head=OPS)  # fmt: skip
    notes(s, "注：1.2万元/套 × 50套 = 60万元，与项目资金相等。")
    sign(s, "柯望舒", "0579-6630 7718", day(2024, 10, 25))
    return b


@variant(
    "kes08-fitness-upgrade",
    (12,),
    "project, OLD-NAT, operator column: money parts not "
    "adding up, unit cost × count above the money, a quality rate under 时效",
)
def upgrade() -> Book:
    b, s = start()
    project_head(s, year=2025, name="枫屿县健身器材更新改造", dept=SPORT,
                 unit="枫屿县全民健身服务中心",
                 money=funds(mk(w(70), "B101", "error", note="50 + 15 = 65，不是70"), w(50), w(15)),
                 goals=["更新老旧健身路径60套，器材完好率保持在95%以上。"])  # fmt: skip
    table(s, [
        ["产出指标", "数量指标", "更新健身路径", "≥", 60, "套"],
        [None, "时效指标", "器材完好率",
         mk("≥", "F201", "warning", row=True, note="完好率是质量指标，填在时效下"), 95, "%"],
        [None, None, "更新完成时间", "≤", "2025年10月31日", "日期"],
        [None, "成本指标", "单套更新成本",
         mk("≤", "B107", "warning", row=True, note="1.5万元/套 × 60套 = 90万元，超过70万元"),
         1.5, "万元/套"],
        ["效益指标", "社会效益指标", "经常参加锻炼人数增长", "≥", 3000, "人"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%"],
    ], head=OPS)  # fmt: skip
    return b


@variant(
    "kes09-fitness-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator name with different values in each project (correct)",
)
def stacked() -> Book:
    b, s = start()
    project_head(s, year=2025, name="乡镇健身广场器材配置", dept=SPORT,
                 unit="枫屿县全民健身服务中心", money=funds(w(36), w(30), w(6)),
                 goals=["为6个乡镇健身广场配置器材各一批，共30件。"])  # fmt: skip
    table(s, [
        ["产出指标", "数量指标", "配置器材件数", "≥30件"],
        [None, "质量指标", "器材验收合格率", "=100%"],
        [None, "成本指标", "单件器材成本", "≤1.2万元/件"],
        ["效益指标", "社会效益指标", "广场日均健身人次", "≥200人次"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="社区健身器材维护", dept=SPORT,
                 unit="枫屿县全民健身服务中心", money=funds(w(18), w(18), w(0)),
                 goals=["全年巡检维护社区健身器材点位120个，每点位每月巡检一次。"])  # fmt: skip
    table(s, [
        ["产出指标", "数量指标", "巡检维护点位数", "≥120个"],
        [None, "质量指标", "器材验收合格率", "≥98%"],
        [None, "时效指标", "故障报修响应时间", "≤48小时"],
        [None, "成本指标", "每点位年维护成本", "≤0.15万元/个"],
        ["效益指标", "社会效益指标", "器材故障率", "≤5%"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥92%"],
    ])  # fmt: skip
    return b


@variant(
    "kes10-fitness-stacked-defects",
    (2,),
    "two projects stacked, OLD-NAT: the second "
    "project's lines not adding up, one indicator twice, a deadline after the year",
)
def stacked_defects() -> Book:
    b, s = start()
    project_head(s, year=2025, name="健身步道照明改造", dept=SPORT,
                 unit="枫屿县全民健身服务中心", money=funds(w(24), w(24), w(0)),
                 goals=["改造滨溪健身步道照明8公里。"])  # fmt: skip
    table(s, [
        ["产出指标", "数量指标", "照明改造里程", "≥8公里"],
        [None, "成本指标", "每公里改造成本", "≤3万元/公里"],
        ["效益指标", "社会效益指标", "步道夜间使用人次", "≥500人次/日"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="社区健身器材维护", dept=SPORT,
                 unit="枫屿县全民健身服务中心", money=funds(w(20), w(20), w(0)),
                 goals=["全年巡检维护社区健身器材点位100个。"])  # fmt: skip
    s.row("资金明细", "巡检人工", w(9), "配件更换", w(8))
    s.row(None, "明细合计", mk(w(20), "B102", "error", note="9 + 8 = 17，不是20"))
    table(s, [
        ["产出指标", "数量指标", "巡检维护点位数", "≥100个"],
        [None, None, "器材巡检次数", "≥12次"],
        [None, None, "器材巡检频次", mk("≥24次", "D102", "error", row=True,
                                         alt=("D103", "D101"), note="巡检次数填了两次，值不同")],
        [None, "时效指标", "维护完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("Y101",), note="一年期2025年项目")],
        ["效益指标", "社会效益指标", "器材完好率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "kes11-fitness-second-sheet",
    (7, 10),
    "project, OLD-NAT: head on the first sheet, the "
    "table on a second sheet under 预期实现值, a 下降率 with ≥, a rate raised in 百分点 (correct)",
)
def second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="枫屿县智慧健身器材试点", dept=SPORT,
                 unit="枫屿县全民健身服务中心", money=funds(w(40), w(32), w(8)),
                 goals=["在县城3个公园试点安装智能健身器材20套，经常参加体育锻炼人数比例提高"
                        "2个百分点。"])  # fmt: skip
    t = b.sheet("绩效指标")
    table(t, [
        ["产出指标", "数量指标", "智能健身器材安装数", "≥20套"],
        [None, "质量指标", "器材联网在线率", "≥95%"],
        [None, "成本指标", "单套智能器材成本", "≤2万元/套"],
        ["效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "提高≥2百分点"],
        [None, None, "器材报修率下降率", "≥10%"],
        ["满意度指标", "服务对象满意度指标", "使用者满意度", pct(0.9)],
    ], head=("一级指标", "二级指标", "三级指标", "预期实现值"))  # fmt: skip
    sign(t, "卢晴川", "0579-6630 7725", day(2024, 10, 30))
    return b


@variant(
    "kes12-fitness-export",
    (4, 7),
    "budget-system export, OLD-NAT, codes in the first "
    "column, header on the third row: a year left over in the goal, a count under 质量, "
    "a rate given as a count",
)
def export() -> Book:
    b, s = start("部门项目支出绩效目标05-2")
    s.title("部门项目支出绩效目标表", 7)
    s.row("单位：枫屿县全民健身服务中心", None, None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "年度目标", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "41702250013", "2025年农村健身路径补短板"
    goal = mk(
        "完成2024年度农村健身路径补短板任务，新增器材40套。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2025年度项目，目标仍写2024年度",
    )
    s.table([
        [code, name, goal, "产出指标", "数量指标", "新增健身路径器材", "≥40套"],
        [None, None, None, None, "质量指标", "器材安装验收合格率", "=100%"],
        [None, None, None, None, None, "新增器材安装套数",
         mk("≥40套", "F201", "warning", row=True, alt=("D103", "D101"),
            note="数量填在质量下，且重复上一行")],
        [None, None, None, None, "成本指标", "单套器材成本", "≤1万元/套"],
        [None, None, None, "效益指标", "社会效益指标", "村民健身参与率",
         mk("≥800人", "T105", "error", note="比率给的是人数")],
        [None, None, None, "满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b
