"""生态环境 pollution-control special funds: amounts in 亿元, a table starting in column C with an
empty spacer column, separate 比较符 / 计量单位 / 指标方向 columns, a 备注 column."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout13.common import cofund, head_at, sign
from tests.variants.holdout13.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

YI = "0.00"
MONEY = "#,##0.00"


@variant("y03-water-pollution-ok", (1, 4, 7, 12), "project at column C, spacer column, 亿元")
def y03() -> Book:
    b = Book()
    s = b.sheet("专项资金", (3, 3, 14, 18, 28, 3, 8, 12, 8, 10, 18))
    s.skip()
    head_at(s, col=3, year=2025, name="澄江市城区水污染防治专项", dept="澄江市生态环境局",
            unit="澄江市排水事务中心", years=2, width=9, money_rows=[
                ("项目资金（亿元）", "中期资金总额", money(1.2, YI), "年度资金总额",
                 money(0.6, YI)),
                (None, "其中：财政拨款", money(1.2, YI), "其中：财政拨款", money(0.6, YI)),
                (None, "其他资金", money(0, YI), "其他资金", money(0, YI))],
            goals=("2025—2026年新建污水管网70公里，整治入河排污口96个，国控断面水质稳定达标。",
                   "2025年新建污水管网35公里，整治入河排污口48个。"))  # fmt: skip
    cofund(s, (0.3, 0.15, 0.1, 0.05), fmt=YI, col=3, label="年度资金来源（亿元）")
    s.row("一级指标", "二级指标", "三级指标", None, "比较符", "指标值", "计量单位", "指标方向",
          "备注", col=3)  # fmt: skip
    s.table([
        ("成本指标", "经济成本指标", "单位污水处理成本", None, "≤", 1.8, "元/吨", "反向", None),
        (None, "社会成本指标", "施工扰民投诉", None, "≤", 3, "件", "反向", "全年"),
        (None, "生态环境成本指标", "施工固体废物综合利用率", None, "≥", pct(0.9), "%", "正向",
         None),
        ("产出指标", "数量指标", "新建污水收集管网", None, "≥", 35, "公里", "正向", None),
        (None, None, "整治入河排污口", None, "≥", 48, "个", "正向", "清单见附件"),
        (None, "质量指标", "污水厂出水水质达标率", None, "=", 100, "%", "正向", "一级A"),
        (None, "时效指标", "管网工程完工时间", None, "≤", day(2026, 10, 31), None, "反向",
         "跨年度工程"),
        ("效益指标", "生态效益指标", "国控断面水质优良比例", None, None, "90%-95%", "%", "正向",
         "区间"),
        (None, "社会效益指标", "进出水在线监测联网", None, None, "实现", None, "定性", None),
        (None, "可持续影响指标", "设施长效运维机制", None, None, "健全", None, "定性", None),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", None, "≥", 90, "%", "正向", None),
    ], merged=(1, 2), col=3)  # fmt: skip
    s.row("注：1.指标值为2025年度目标；2.资金单位：亿元；3.比较符须从下拉选项中选择。", col=3)
    sign(s, 2025, col=3, who="唐敏", boss="欧阳川")
    return b


@variant("y04-air-pollution-wrong", (1, 9), "project, operators inside values, planted defects")
def y04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 20, 12, 20))
    project_head(s, year=2025, name="岚溪县大气污染防治专项资金", dept="岚溪县生态环境分局",
                 unit="岚溪县生态环境分局", money_label="项目资金（元）", money=[
                     ("年度资金总额", money(3_600_000, MONEY), "其中：财政拨款",
                      money(3_600_000, MONEY)),
                     ("其他资金", money(0, MONEY), None, None)],
                 goals=("完成燃煤锅炉淘汰20台，PM2.5年均浓度较上年下降。",))  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table([
        ("产出指标", "数量指标", "淘汰燃煤小锅炉", "≥20台", "台", None),
        (None, None, "安装在线监控设施企业数", "≥15家", "家", None),
        (None, "质量指标", "整治企业验收达标率",
         mk(pct(1.05), "T106", "error", note="达标率 over 100%"), "%", None),
        (None, None, "在线监控数据有效传输率",
         mk("≥≤90%", "T116", "warning", note="two operators"), "%", None),
        (None, "时效指标", "锅炉淘汰完成时限", "2025年10月底前", None, None),
        ("成本指标", "经济成本指标", "单台锅炉淘汰补助标准", "≤15万元/台", "万元/台", None),
        (None, "生态环境成本指标", "拆除废料违规处置", "0起", "起", None),
        ("效益指标", "生态效益指标", "PM2.5年均浓度下降", "≥3%", "%", "较上年"),
        (None, None, "淘汰燃煤小锅炉",
         mk("≥25台", "D102", "error", row=True, alt=("D101", "D103", "F201")), "台", None),
        (None, "社会效益指标", "群众环境投诉办结率", "≥95%", "%", None),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥85%", "%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, 2025, who="韦小雨", boss="蓝国平")
    return b
