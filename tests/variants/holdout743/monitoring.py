"""Community-correction electronic monitoring (社区矫正电子监管): kby13–kby18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout743.common import BUREAU, HEAD4, indicators, lines, money_rows, start, w
from tests.variants.holdout743.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

AGENCY = "枫渚县社区矫正管理局"
CODE = "417003-25-0031"
EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值",
          "计量单位")  # fmt: skip
ROWS13 = [
    (CODE, "社区矫正电子定位监管服务", "产出指标", "数量指标", "在用电子定位终端数", "≥",
     300, "台"),
    (None, None, None, "质量指标", "定位数据有效率", "≥", pct(0.98), "%"),
    (None, None, None, "时效指标", "越界告警处置时限", "≤", 30, "分钟"),
    (None, None, "成本指标", "经济成本指标", "定位终端租赁单价", "≤", 2400, "元/台·年"),
    (None, None, "效益指标", "社会效益指标", "社区矫正对象脱管漏管事件", "≤", 0, "起"),
    (None, None, None, None, "社区矫正对象再犯罪率", "≤", pct(0.002, "0.0%"), "%"),
    (None, None, "满意度指标", "服务对象满意度指标", "司法所对监管平台满意度", "≥",
     pct(0.9), "%"),
]  # fmt: skip


@variant(
    "kby13-budget-export",
    (1, 4, 7),
    "budget-system export: money on sheet 05-1, the "
    "indicator table on sheet 05-2 with the header on the third row and codes in the first "
    "columns, typed percents, 0起 on an incident count (correct)",
)
def kby13() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 28, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：枫渚县社区矫正管理局", None, None, None, "单位：万元", merge=[(1, 4)])
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目属性")
    s.row(CODE, "社区矫正电子定位监管服务", w(96), w(96), w(0), "延续项目")
    s.row("合计", None, w(96), w(96), w(0), None)
    t = b.sheet("部门项目支出绩效目标05-2", (18, 24, 14, 18, 28, 10, 12, 12))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：枫渚县社区矫正管理局", merge=[(1, 8)])
    t.row(*EXPORT)
    t.table(ROWS13, merged=(1, 2, 3, 4))
    t.row("年度绩效目标", "为全县在册社区矫正对象配备电子定位终端300台，24小时监控越界"
          "告警，全年无脱管漏管。", merge=[(2, 8)])  # fmt: skip
    return b


ROWS14 = [
    ("产出指标", "数量指标", "电子定位终端配备数",
     mk("≥300台", "D104", "warning", row=True, note="年度目标写配备终端 320 台")),
    (None, "质量指标", "定位终端在线率", "≥95%"),
    (None, "时效指标", "越界告警处置时限", "≤30分钟"),
    ("成本指标", "经济成本指标", "定位终端租赁单价",
     mk("≤600元/台·年", "B107", "warning", row=True,
        note="600 元 × 300 台 = 18 万元，超过年度资金 15 万元")),
    ("效益指标", "社会效益指标", "社区矫正对象脱管率", "≤0.5%"),
    ("满意度指标", "服务对象满意度指标", "司法所工作人员满意度", "≥90%"),
]  # fmt: skip


@variant(
    "kby14-terminal-cost",
    (12,),
    "project, NAT-2021: a goal count above the indicator's, "
    "terminal rent × count over the money, annual total not its parts",
)
def kby14() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="社区矫正电子定位终端租赁", dept=BUREAU, unit=AGENCY,
        money=[
            ("实施期资金总额", ok(w(15), "error", note="与年度合计同错，要求标在年度合计"),
             "年度资金总额",
             mk(w(15), "B101", "error", note="年度资金总额 15 ≠ 财政拨款 12 + 其他资金 2")),
            ("其中：财政拨款", w(12), "其中：财政拨款", w(12)),
            ("其他资金", w(2), "其他资金", w(2)),
        ],
        goals=("为在册社区矫正对象配备电子定位终端320台，越界告警30分钟内处置。",),
    )  # fmt: skip
    indicators(s, HEAD4, ROWS14)
    return b


OP15 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ROWS15A = [
    ("产出指标", "数量指标", "监管平台接入司法所数", "≥", 14, "个"),
    (None, None, "平台运维巡检次数", "≥", 12, "次"),
    (None, "质量指标", "平台全年可用率", "≥", pct(0.995, "0.0%"), "%"),
    ("说明：可用率按平台日志统计，计划停机不计入。", None, None, None, None, None),
]
ROWS15B = [
    ("产出指标", "时效指标", "故障响应时限", "≤", 2, "小时"),
    (None, "成本指标", "终端服务费", "≤", 48, "万元"),
    ("效益指标", "社会效益指标", "社区矫正对象脱管率", "≤", pct(0.005, "0.0%"), "%"),
    (None, "可持续影响指标", "监管数据保存期限", "≥", 5, "年"),
    ("满意度指标", "服务对象满意度指标", "司法所工作人员满意度", "≥", pct(0.9), "%"),
]
NOTES15 = [
    "注：1.终端服务费48万元，含定位终端租赁42万元、通信流量6万元。",
    "2.平台运维费16万元，与终端服务费合计64万元，即年度资金总额。",
    "填表说明：指标性质填写≥、≤或=，计量单位与指标值分列。",
]


@variant(
    "kby15-platform-notes",
    (1, 4),
    "project, OLD-NAT, operator and unit columns: a 说明 row "
    "inside the table, the header repeated after a page break, footnotes explaining a "
    "total, 填表说明 and a signature line (correct)",
)
def kby15() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="社区矫正智慧监管平台运维", dept=BUREAU, unit=AGENCY,
        money=money_rows(64, 60, 4),
        goals=("保障智慧监管平台与14个司法所联网运行，全年可用率99.5%以上。",),
    )  # fmt: skip
    indicators(s, OP15, ROWS15A)
    s.skip()
    indicators(s, OP15, ROWS15B)
    lines(s, NOTES15)
    s.skip()
    s.row("填报人：", "戚远舟", "审核人：", "郑南絮", "填报日期：", day(2024, 10, 28, CN_DATE))
    return b


ROWS16 = [
    ("产出指标", "数量指标", "新接入电子定位终端数", "≥600台", "≥350台"),
    (None, "质量指标", "越界告警准确率", "≥95%", "≥95%"),
    (None, "时效指标", "系统升级完成时间", "2026年6月30日前", "2025年12月31日前"),
    ("成本指标", "经济成本指标", "单台终端接入改造费", "≤2000元/台", "≤2000元/台"),
    ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.3%", "≤0.3%"),
    (None, "可持续影响指标", "电子监管数据共享单位", "≥4个", "≥2个"),
    ("满意度指标", "服务对象满意度指标", "基层司法所满意度", "≥90%", "≥88%"),
]


@variant(
    "kby16-upgrade-two-years",
    (7, 8),
    "two-year project, NAT-2021, two-row header with 中期 "
    "and 年度 under 指标值, a 2026 deadline inside the period, 2027 prepared for (correct)",
)
def kby16() -> Book:
    b, s = start()
    project_head(
        s, year=2025, years=2, name="社区矫正电子监管系统升级", dept=BUREAU, unit=AGENCY,
        attr="新增项目", money=money_rows(180, 180, 0, 100, 100, 0),
        goals=("2025—2026年累计接入电子定位终端600台，2026年6月底前完成系统升级，"
               "为2027年与市级平台对接积累数据。",
               "2025年接入终端350台，完成告警模块改造，与公安、检察等2个单位共享数据。"),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期", "年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(ROWS16, merged=(1, 2))
    return b


ROWS17 = [
    ("产出指标", "数量指标", "电子监管对象人数", "≥260人"),
    (None, None, "宣传活动参与人次",
     mk("≥**人次", "X101", "error", note="模板示例行未删除，占位符残留")),
    (None, "质量指标", mk("2023年度电子监管覆盖率", "Y103", "warning", row=True,
                         alt=("Y101",), note="2025 年申报表里的指标名仍写 2023 年度")),
    (None, "时效指标", "越界告警处置及时率", "≥95%"),
    (None, None, "越界告警及时处置率",
     mk("≥98%", "D103", "warning", row=True, alt=("D102", "D101"),
        note="与上一行是同一指标，措辞略改，指标值不同")),
    ("成本指标", "经济成本指标", "人均电子监管成本", "≤1500元/人·年"),
    ("效益指标", "社会效益指标", "社区矫正对象脱管率", "≤0.5%"),
    ("满意度指标", "服务对象满意度指标", "司法所工作人员满意度", "≥90%"),
]  # fmt: skip


@variant(
    "kby17-template-leftovers",
    (6, 7),
    "project, NAT-2021, header 预期目标: a template "
    "example row, a 2023 indicator name, the same rate twice in other words",
)
def kby17() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="社区矫正对象电子监管", dept=BUREAU, unit=AGENCY,
        money=money_rows(40, 40, 0),
        goals=("对260名在册社区矫正对象实施电子定位监管，越界告警及时处置，杜绝脱管漏管。",),
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), ROWS17)
    return b


WORDS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ROWS18 = [
    ("产出指标", "数量指标", "电子监管设备配备数", "大于等于", 220, "台"),
    (None, "质量指标", "电子监管设备在线率", "大于等于",
     mk(pct(1.05), "T106", "error", note="在线率 105% 超过 100% 上限"), "%"),
    (None, "时效指标", "越界告警处置时限", "小于等于", 30, "分钟"),
    ("成本指标", "经济成本指标", "设备运维单价", "小于等于", 1200, "元/台·年"),
    ("效益指标", "社会效益指标", "社区矫正对象再犯罪率",
     mk("大于等于", "T108", "warning", row=True, note="再犯罪率是反向指标，应为小于等于"),
     pct(0.003, "0.0%"), "%"),
    ("满意度指标", "服务对象满意度指标", "司法所工作人员满意度", "大于等于", pct(0.9), "%"),
]  # fmt: skip


@variant(
    "kby18-operator-words",
    (1, 11),
    "project, NAT-2021, operators in words in their own "
    "column, unit column, typed percents: an online rate of 105%, 大于等于 on a 再犯罪率",
)
def kby18() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="社区矫正电子监管设备运维", dept=BUREAU, unit=AGENCY,
        money=money_rows(30, 30, 0),
        goals=("保障220台电子监管设备正常运行，越界告警30分钟内处置。",),
    )  # fmt: skip
    indicators(s, WORDS, ROWS18)
    return b
