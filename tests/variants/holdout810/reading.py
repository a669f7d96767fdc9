"""Reading-room services: 查档接待, 远程查档, 阅览设备, 编研展览, 复制出证."""

from __future__ import annotations

from tests.variants.holdout810.common import (
    HEAD,
    HEAD_PERIOD,
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
    start,
    two_columns,
    wan,
)
from tests.variants.holdout810.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "ken13-reading-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percent cells, weights adding to 100 (correct)",
)
def reading_flat() -> Book:
    b, s = start()
    goal = "全年接待查档利用1.5万人次，阅览室开放不少于250天，查档等候时间控制在20分钟以内。"
    department(s, (540, 510, 30, 380, 160), goal)
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("查档接待人次", 20, "人次", "≥", 15000),
        ("阅览室开放天数", 15, "天", "≥", 250),
        ("档案调阅准确率", 15, "%", "≥", pct(0.99)),
        ("复制件差错率", 10, "%", "≤", pct(0.005, "0.0%")),
        ("查档等候时间", 10, "分钟", "≤", 20),
        ("每人次查档服务成本", 10, "元/人次", "≤", 20),
        ("查档投诉率", 10, "%", "≤", pct(0.01)),
        ("查档利用者满意度", 10, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    return b


@variant(
    "ken14-reading-hours",
    (4,),
    "project, OLD-NAT, a 注 row inside the table, 填表说明 and a signature line below: "
    "plan dates of the year before, a count the goal states otherwise",
)
def reading_hours() -> Book:
    b, s = start()
    goal = "全年接待查档利用者15000人次，新增自助查档终端4台，延长周六阅览开放时间。"
    start_day = mk(day(2025, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                   note="2026年度申报表，计划起止日期却是2025年")  # fmt: skip
    project(s, "阅览室查档服务提升项目", one_year(42, 38, 4), [goal], start=start_day,
            end=day(2025, 12, 31))  # fmt: skip
    count = mk("≥12000人次", "D104", "warning", note="年度目标写15000人次")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "查档接待人次", count),
        (None, None, "新增自助查档终端数量", "≥4台"),
        (None, "质量指标", "档案调阅准确率", "≥99%"),
        (None, "时效指标", "查档申请办结时限", "≤3个工作日"),
        (None, "成本指标", "自助查档终端单价", "≤4万元/台"),
    ])  # fmt: skip
    notes(s, "注：查档接待人次含远程查档；终端单价含安装调试。")
    s.table([
        ("效益指标", "社会效益指标", "周六阅览服务人次", "≥1500人次"),
        ("满意度指标", "服务对象满意度指标", "查档利用者满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：指标值须量化；时效指标写明完成时限。")
    sign(s, "祁曼霖", "0739-5627318", day(2025, 11, 14, CN_DATE))
    return b


@variant(
    "ken15-reading-subtotals",
    (4, 10),
    "project, NAT-2021, score column with 小计 rows, a 注 row, the header repeated after "
    "a page break, 100 both ways, 百分点 (correct)",
)
def reading_subtotals() -> Book:
    b, s = start()
    goal = "阅览室全年开放不少于250天，接待查档1.5万人次，档案利用率较上年提高2个百分点。"
    project(s, "档案阅览服务项目", one_year(36, 33, 3), [goal], attr="常年项目")
    head = (*HEAD, "分值")
    indicators(s, head, [
        ("产出指标", "数量指标", "阅览室开放天数", "≥250天", 10),
        (None, None, "查档接待人次", "≥15000人次", 10),
        (None, "质量指标", "档案调阅准确率", "≥99%", 10),
        (None, None, "复制件差错率", "≤0.5%", 10),
        (None, "时效指标", "现场查档出件时间", "≤30分钟", 10),
        ("小计", None, None, None, 50),
    ])  # fmt: skip
    notes(s, "注：查档接待人次含线上远程查档；分值合计100分。")
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "每人次查档服务成本", "≤20元/人次", 10),
        ("小计", None, None, None, 10),
        ("效益指标", "社会效益指标", "档案利用率较上年提高", "≥2百分点", 10),
        (None, None, "查档服务投诉次数", "≤3次", 10),
        (None, "可持续影响指标", "查档服务规范", "建立并执行", 10),
        ("小计", None, None, None, 30),
        ("满意度指标", "服务对象满意度指标", "查档利用者满意度", "≥92%", 10),
        ("小计", None, None, None, 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "填表说明：一级指标分值为其下三级指标分值之和。")
    s.row("单位负责人：沈砚舟", None, "填报人：祁曼霖", None, "日期", day(2025, 11, 18, CN_DATE))
    return b


@variant(
    "ken16-remote-copied",
    (8, 11),
    "two-year project, NAT-2021, 中期 and 年度 columns: the 中期目标 copied to the "
    "年度目标, a cumulative count copied, a 下降率 with ≥",
)
def remote_copied() -> Book:
    b, s = start()
    text = "建成远程查档服务平台，接入18个乡镇查档点，远程查档服务2万人次。"
    goals = (text, mk(text, "D204", "warning", note="年度目标与中期目标逐字相同"))
    project(s, "远程查档服务平台项目", two_columns((90, 80, 10), (50, 45, 5)), goals, years=2,
            attr="新增项目")  # fmt: skip
    copied = mk("≥20000人次", "D202", "warning", note="两年的累计人次照抄到年度")
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "远程查档服务人次", "≥20000人次", copied),
        (None, None, "接入乡镇查档点数量", "≥18个", "≥10个"),
        (None, "质量指标", "远程出证准确率", "≥99%", "≥99%"),
        (None, "时效指标", "平台上线时间", "2026年6月30日前", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "平台年运维费", "≤15万元/年", "≤15万元/年"),
        ("效益指标", "社会效益指标", "群众往返查档次数下降率", "≥30%", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "远程查档用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "ken17-reading-stacked",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column, the same indicator name with "
    "different values, money adding up in both (correct)",
)
def reading_stacked() -> Book:
    b, s = start()
    goal = "更新阅览桌椅40套，新增自助查档终端4台，年内完成安装。"
    project(s, "阅览室设备更新项目", one_year(28, 28, 0), [goal], attr="一次性项目")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "更新阅览桌椅套数", "≥40套"),
        (None, None, "新增自助查档终端数量", "≥4台"),
        (None, "质量指标", "设备验收合格率", pct(1)),
        (None, "时效指标", "设备安装完成时间", "2026年8月31日前"),
        (None, "成本指标", "自助查档终端单价", "≤3.5万元/台"),
        ("效益指标", "社会效益指标", "阅览室日均接待能力", "≥80人次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal = "出版档案编研成果2种，举办“国际档案日”等档案展览3场，观展8000人次。"
    project(s, "档案编研展览项目", one_year(35, 30, 5), [goal], title="")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "编研成果出版种数", "≥2种"),
        (None, None, "档案展览场次", "≥3场"),
        (None, "质量指标", "编研成果史料差错率", "≤0.1%"),
        (None, "时效指标", "首场展览开幕时间", "2026年6月9日前"),
        (None, "成本指标", "每场展览布展成本", "≤6万元/场"),
        ("效益指标", "社会效益指标", "观展人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "ken18-copy-certify",
    (9, 12),
    "project, OLD-NAT, a money detail block under the table: lines not adding to 合计, a "
    "unit cost × count above the money, a date serial as text",
)
def copy_certify() -> Book:
    b, s = start()
    goal = "提供档案复制出证服务，购置自助出证终端3台，群众现场出证等候不超过15分钟。"
    project(s, "档案复制出证服务项目", one_year(48, 45, 3), [goal])
    cost = mk("≤1.2元/页", "B107", "warning", row=True,
              note="1.2元 × 50万页 = 60万元，超过年度资金48万元")  # fmt: skip
    serial = mk("46203", "X104", "warning", note="2026-06-30 的日期序列号存成了文本")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "档案复制页数", "≥500000页"),
        (None, None, "自助出证终端数量", "≥3台"),
        (None, "质量指标", "复制件差错率", "≤0.5%"),
        (None, "时效指标", "出证终端安装完成时间", serial),
        (None, "成本指标", "档案复制单价", cost),
        ("效益指标", "社会效益指标", "群众现场出证等候时间", "≤15分钟"),
        ("满意度指标", "服务对象满意度指标", "出证服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", "明细项目", "金额")
    total = mk(wan(48), "B102", "error", alt=("B101",), note="24 + 24 + 6 = 54 ≠ 48")
    s.table([
        (None, "扫描复制服务费", wan(24)),
        (None, "自助出证终端购置（3台×8万元）", wan(24)),
        (None, "出证耗材", wan(6)),
        (None, "合计", total),
    ])  # fmt: skip
    return b
