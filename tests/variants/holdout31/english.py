"""Tables from other tools with bilingual or English-only headers (Level-1 indicator │ Level-2 │
Indicator │ Target value), the content in Chinese."""

from __future__ import annotations

from tests.variants.holdout31.common import banner, pairs
from tests.variants.holdout31.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct

BILINGUAL_HEAD = (
    "一级指标\nLevel-1 indicator",
    "二级指标\nLevel-2 indicator",
    "三级指标\nIndicator",
    "比较符\nOperator",
    "指标值\nTarget value",
    "计量单位\nUnit",
)


@variant("io12-bilingual-headers-ok", (7, 1, 4), "project, OLD-NAT, bilingual head and two-line "
         "bilingual column headers in one cell, operator and unit columns, percent cells, "
         "amounts in 元 with #,##0.00\"元\", the header repeated after a page break")  # fmt: skip
def io12() -> Book:
    b = Book()
    s = b.sheet("绩效目标 Targets", (16, 18, 30, 12, 12, 12))
    banner(s, "2025年度项目支出绩效目标表 Performance Targets of Project Expenditure 2025", 1, 6)
    pairs(s, [("项目名称 Project", "青槐市大气污染防治走航监测"),
              ("主管部门 Authority", "青槐市生态环境局")], 1, 6)  # fmt: skip
    pairs(s, [("项目期 Period", "1年"), ("开始 Start", day(2025, 1, 1)),
              ("完成 End", day(2025, 12, 31))], 1, 6)  # fmt: skip
    pairs(s, [("资金总额 Total (元)", money(1860000, YUAN)),
              ("财政拨款 Fiscal (元)", money(1860000, YUAN)),
              ("其他资金 Other (元)", money(0, YUAN))], 1, 6)  # fmt: skip
    pairs(s, [("年度目标 Annual goal", "全年开展大气走航监测160次，及时锁定高值污染源。")],
          1, 6)  # fmt: skip
    s.row(*BILINGUAL_HEAD)
    s.table([
        ("产出指标", "数量指标", "大气走航监测次数", "≥", 160, "次"),
        (None, None, "高值污染源排查交办数", "≥", 300, "个"),
        (None, "质量指标", "走航监测数据有效率", "≥", pct(0.95), "%"),
        (None, "时效指标", "走航监测报告出具时限", "≤", 48, "小时"),
        (None, "成本指标", "单次走航监测费用", "≤", 11000, "元/次"),
        BILINGUAL_HEAD,  # repeated at the top of the printed second page
        ("效益指标", "生态效益指标", "交办污染问题整改率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "污染源动态监管机制", "定性", "持续运行", None),
        ("满意度指标", "服务对象满意度指标", "属地乡镇街道满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


ENGLISH_HEAD = ("Level-1 indicator", "Level-2", "Indicator", "Target value", "Unit", "Remarks")


@variant("io13-english-headers-ok", (7,), "project under a foreign loan, NAT-2021, English-only "
         "indicator header (Level-1 indicator │ Level-2 │ Indicator │ Target value │ Unit), "
         "Chinese content, values with operators inside, money detail lines")  # fmt: skip
def io13() -> Book:
    b = Book()
    s = b.sheet("PDO Indicators", (18, 20, 30, 14, 10, 22))
    banner(s, "2026年度项目支出绩效目标表（世界银行贷款项目）", 1, 6)
    pairs(s, [("项目名称", "云岫县世行贷款农产品质量安全提升"), ("主管部门", "云岫县农业农村局")],
          1, 6)  # fmt: skip
    pairs(s, [("资金总额（万元）", money(2400)), ("其中：财政拨款", money(600)),
              ("其他资金（世行贷款）", money(1800))], 1, 6)  # fmt: skip
    top = s.row("资金明细（万元）", "检测设备购置", money(1200), "乡镇快检室建设", money(540))
    s.row(None, "人员培训", money(160), "监管信息平台", money(500))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    pairs(s, [("年度目标", "建成县级农产品质量安全检测中心，年度快检样品8000批次。")], 1, 6)
    s.row(*ENGLISH_HEAD)
    s.table([
        ("产出指标", "数量指标", "农产品快速检测样品", "≥8000", "批次", None),
        (None, None, "乡镇快检室建设", "≥12", "个", "Component 1"),
        (None, "质量指标", "快检结果与定量复检符合率", "≥95%", "%", None),
        (None, "时效指标", "检测中心建设完成时间", "2026年10月31日前", None, "Milestone"),
        ("成本指标", "经济成本指标", "单个乡镇快检室建设成本", "≤45", "万元/个", None),
        ("效益指标", "经济效益指标", "带动合作社开展品牌认证", "≥30", "家", None),
        (None, "社会效益指标", "主要农产品质量安全例行监测合格率", "≥98%", "%", None),
        (None, "可持续影响指标", "县乡村三级监管网络", "有效运行", None, None),
        ("满意度指标", "服务对象满意度指标", "生产经营主体满意度", "≥90%", "%", None),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("io14-english-headers-defects", (7, 11, 6), "project, OLD-NAT, English-only header with "
         "a code column: a 投诉率 with ≥, a satisfaction target without %, a tier-2 row left "
         "empty")  # fmt: skip
def io14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (8, 18, 20, 30, 12, 10))
    banner(s, "2025年度项目支出绩效目标表", 1, 6)
    pairs(s, [("项目名称", "鹭汀县12345政务服务便民热线运行"), ("主管部门", "鹭汀县政务服务中心")],
          1, 6)  # fmt: skip
    pairs(s, [("资金总额（万元）", money(210)), ("其中：财政拨款", money(210)),
              ("其他资金", money(0))], 1, 6)  # fmt: skip
    pairs(s, [("年度目标", "热线全年受理群众诉求9万件以上，按时办结率95%以上。")], 1, 6)
    s.row("No.", "Level-1 indicator", "Level-2", "Indicator", "Target value", "Unit")
    s.table([
        ("1.1.1", "产出指标", "数量指标", "热线诉求受理量", "≥90000", "件"),
        ("1.1.2", None, None, "坐席人员配备数", "≥36", "人"),
        ("1.2.1", None, "质量指标", "诉求按时办结率", "≥95%", "%"),
        ("1.2.2", None, None, "热线工单投诉率",
         mk("≥3%", "T108", "warning", row=True, note="a 反向 rate with ≥"), "%"),
        ("1.3", None, mk("时效指标", "F109", "warning", row=True,
                         note="the tier-2 row left from the template"), None, None, None),
        ("1.4.1", None, "成本指标", "单件诉求平均处理成本", "≤23", "元/件"),
        ("2.1.1", "效益指标", "社会效益指标", "群众诉求解决率", "≥85%", "%"),
        ("2.2.1", None, "可持续影响指标", "热线知识库更新机制", "持续完善", None),
        ("3.1.1", "满意度指标", "服务对象满意度指标", "来电群众满意度",
         mk("≥90", "T105", "warning", row=True, alt=("T104",), note="90 with no % anywhere"),
         None),
    ], merged=(2, 3))  # fmt: skip
    return b
