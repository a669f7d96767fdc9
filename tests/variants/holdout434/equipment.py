"""Returns yb01–yb06: oil spill equipment depots, stockpiles and response vessels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout434.common import (
    OCEAN,
    YEAR,
    indicators,
    notes,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout434.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("yb01-boom-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format, "
         "a 下降率 with ≥ (correct)")  # fmt: skip
def yb01() -> Book:
    b, s = project("鲸湾港区溢油应急设备库补充购置", one_year(186, 160, 26),
                   ["补充围油栏、收油机和吸油毡，一次溢油清除控制能力达到500吨。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "新增重型围油栏", "≥", 1200, "米"),
        (None, None, "新增收油机", "≥", 4, "台"),
        (None, None, "新增吸油毡储备", "≥", 8, "吨"),
        (None, "质量指标", "设备验收合格率", "=", pct(1), "%"),
        (None, None, "入库设备完好率", "≥", pct(0.95), "%"),
        (None, "时效指标", "合同签订后设备到货时限", "≤", 60, "天"),
        (None, "成本指标", "重型围油栏购置单价", "≤", 620, "元/米"),
        (None, None, "收油机购置单价", "≤", 18, "万元/台"),
        ("效益指标", "生态效益指标", "处置后海面油膜面积下降率", "≥", pct(0.3), "%"),
        (None, "可持续影响指标", "设备库一次溢油清除控制能力", "≥", 500, "吨"),
        ("满意度指标", "服务对象满意度指标", "港航企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "邵启帆", "8826 4137")
    return b


@variant("yb02-percent-over-direction", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent above 100 on a 完成率, "
         "a 故障率 with ≥")  # fmt: skip
def yb02() -> Book:
    b, s = project("砺岬区沿岸溢油应急物资储备点维护", one_year(64, 64, 0),
                   ["完成6个沿岸储备点物资轮换和设备保养，保证随时可用。"],
                   unit="砺岬区海洋与渔业服务中心")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "储备点物资轮换", "≥", 6, "个"),
        (None, None, "设备保养", "≥", 4, "次"),
        (None, "质量指标", "设备维护保养完成率", "≥",
         mk(pct(1.05), "T106", "error", note="a completion rate cannot exceed 100 %"), "%"),
        (None, None, "储备设备故障率",
         mk("≥", "T108", "warning", row=True, note="a 故障率 is 反向: ≤ expected"), pct(0.05), "%"),
        (None, "时效指标", "储备点物资补充时限", "≤", 30, "天"),
        (None, "成本指标", "单个储备点年度维护成本", "≤", 10, "万元/个"),
        ("效益指标", "社会效益指标", "储备点应急调用到位率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "沿岸渔港单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("yb03-stacked-depots", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each project (correct)")  # fmt: skip
def yb03() -> Book:
    b, s = project("鲸湾港区溢油应急船舶运维", one_year(320, 280, 40),
                   ["保障2艘溢油应急船舶全年值守，出动响应时间不超过30分钟。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "应急船舶在岗数量", "≥2艘"),
        (None, None, "应急船舶值守天数", "≥365天"),
        (None, "质量指标", "船舶适航检验合格率", "100%"),
        (None, "时效指标", "船舶出动响应时间", "≤30分钟"),
        (None, "成本指标", "单船年度运维成本", "≤150万元/艘"),
        ("效益指标", "社会效益指标", "港区溢油应急处置能力", "有效提升"),
        ("满意度指标", "服务对象满意度指标", "港航企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="砺岬区溢油应急物资储备点建设", dept=OCEAN,
                 unit="砺岬区海洋与渔业服务中心", money=one_year(95, 95, 0),
                 goals=["新建3个沿岸溢油应急物资储备点。"], title="")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "新建储备点", "≥3个"),
        (None, "质量指标", "储备点建设验收合格率", "100%"),
        (None, "时效指标", "储备点建成时间", "2026年11月30日前"),
        (None, "成本指标", "储备点建设单位成本", "≤30万元/个"),
        ("效益指标", "社会效益指标", "沿岸溢油物资调运时间缩短", "≥1小时"),
        ("满意度指标", "服务对象满意度指标", "港航企业满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("yb04-stacked-money-rate", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates is given as a count")  # fmt: skip
def yb04() -> Book:
    b, s = project("澜汐市溢油分散剂储备更新", one_year(72, 72, 0),
                   ["更新过期溢油分散剂储备40吨，保证药剂有效。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "更新溢油分散剂", "≥40吨"),
        (None, "质量指标", "药剂检测合格率", "100%"),
        (None, "时效指标", "更新完成时间", "2026年9月30日前"),
        (None, "成本指标", "分散剂采购单价", "≤1.6万元/吨"),
        ("效益指标", "生态效益指标", "储备药剂有效率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "应急队伍满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(140), "B101", "error", note="100 + 30 = 130, not 140")
    money_rows = [["年度资金总额", total, None, None],
                  ["其中：财政拨款", wan(100), "其他资金", wan(30)]]  # fmt: skip
    project_head(s, year=YEAR, name="鲸湾港区吸油材料储备补充", dept=OCEAN,
                 unit="鲸湾港区港口管理中心", money=money_rows,
                 goals=["补充吸油毡、吸油拖栏，保障港区中小型溢油处置。"], title="")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "补充吸油毡", "≥12吨"),
        (None, None, "补充吸油拖栏", "≥2000米"),
        (None, "质量指标", "吸油材料补充到位率",
         mk("12批次", "T105", "error", note="a 到位率 needs a percentage")),
        (None, "时效指标", "物资入库时间", "2026年10月31日前"),
        ("效益指标", "社会效益指标", "港区中小型溢油自主处置率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "码头经营单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yb05-pdf-detail-lines", (9, 12),
         "project, OLD-NAT, one value column, detail lines below the table: a plan date typed as "
         "a serial, a number split by a space, an amount pasted twice")  # fmt: skip
def yb05() -> Book:
    end = mk("46387", "X104", "warning", note="serial of 2026-12-31 kept as text")
    b, s = project("澜汐市海上溢油应急物资仓储运维", one_year(260, 260, 0),
                   ["完成分散剂采购、围油栏运输安装和仓储维护，物资完好可调。"],
                   end=end)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "仓储物资盘点", "≥4次"),
        (None, "质量指标", "库存物资完好率", "≥95%"),
        (None, "时效指标", "物资调拨出库时间", "≤2小时"),
        (None, "成本指标", "仓库租赁单价", "≤36万元/年·库"),
        ("效益指标", "社会效益指标", "应急物资调用满足率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "应急队伍满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("支出明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "溢油分散剂采购", None,
          mk("46.2 5", "X105", "warning", alt=("X103",), note="46.25 split by a space"),
          merge=[(2, 3)])  # fmt: skip
    s.row(None, "围油栏及收油设备运输安装", None,
          mk("80万80万（含运输）", "X106", "error", alt=("B108",), note="80 pasted twice"),
          merge=[(2, 3)])  # fmt: skip
    s.row(None, "应急物资仓库租赁（2处）", None, wan(72), merge=[(2, 3)])
    s.row(None, "设备检测维护", None, wan(61.75), merge=[(2, 3)])
    s.row(None, "明细合计", None, wan(260), merge=[(2, 3)])
    b.file_mark(
        "B102",
        "error",
        required=False,
        note="read as 46.25 and 80 the lines add up; a B102 from the misread is tolerated",
    )
    return b


@variant("yb06-budget-export", (7, 12),
         "budget-system export: money sheet with codes in the first columns, indicator table on "
         "a second sheet under a third-row header 绩效目标值 (correct)")  # fmt: skip
def yb06() -> Book:
    b = Book()
    s = b.sheet("项目支出预算表", (12, 14, 30, 12, 14, 14, 14))
    s.title("澜汐市2026年部门预算项目支出表", 7)
    s.row("单位：澜汐市海上溢油应急处置中心", None, None, None, None, None, "单位：万元")
    s.row("单位编码", "项目代码", "项目名称", "功能科目", "合计", "财政拨款", "其他资金")
    s.row("417003", "2026-417003-07", "海上溢油应急监视飞行服务", "2110402",
          wan(136), wan(120), wan(16))  # fmt: skip
    s.row("417003", "2026-417003-09", "溢油应急专家库运行", "2110402",
          wan(24), wan(24), wan(0))  # fmt: skip
    s.row("合计", None, None, None, wan(160), wan(144), wan(16))
    t = b.sheet("项目支出绩效目标表", (12, 14, 24, 12, 16, 28, 14, 10))
    t.title("澜汐市2026年项目支出绩效目标表", 8)
    t.row("单位：澜汐市海上溢油应急处置中心")
    rows = [
        ("产出指标", "数量指标", "溢油监视飞行架次", "≥24架次", "架次"),
        (None, "质量指标", "飞行监视报告合格率", "≥95%", "%"),
        (None, "时效指标", "发现可疑油污后报告时间", "≤1小时", "小时"),
        (None, "成本指标", "单架次飞行服务费", "≤5万元/架次", "万元/架次"),
        ("效益指标", "社会效益指标", "海域溢油早期发现率", "≥90%", "%"),
        ("满意度指标", "服务对象满意度指标", "海事执法部门满意度", "≥90%", "%"),
    ]
    code = ("417003", "2026-417003-07", "海上溢油应急监视飞行服务")
    indicators(t, ("单位编码", "项目代码", "项目名称", "一级指标", "二级指标", "三级指标",
                   "绩效目标值", "计量单位"),
               [(*code, *r[:3], *r[3:]) for r in rows], merged=(4, 5))  # fmt: skip
    notes(t, "注：本表由预算管理一体化系统导出。", width=8)
    return b
