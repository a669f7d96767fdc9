"""民政/养老 and 残联 returns: 养老床位 and 入住率, 居家养老服务补贴, 残疾儿童康复救助,
辅助器具适配."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout39.common import header, money_lines, signatures, two_line_header
from tests.variants.holdout39.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

NUM = "#,##0.00"
NUM4 = "#,##0.0000"


@variant("iw10-elderly-beds-ok", (1, 4, 11, 12), "project, NAT-2021, value · 计量单位 · 指标方向 "
         "columns, rates stored as 0.55 under `0.0%`, two cost standards within the money, an "
         "accident count of 0 (反向), 资金明细 lines under the table")  # fmt: skip
def elderly_beds_ok() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 30, 16, 14, 12))
    project_head(
        s, year=2025, name="县乡村三级养老服务设施建设", dept="云岙市民政局",
        unit="云岙市养老服务指导中心", attr="新增项目",
        money=[("资金总额", money(520, WAN), "其中：财政拨款", money(480, WAN)),
               ("其他资金", money(40, WAN), None, None)],
        goals=["新增养老床位200张，改造提升乡镇敬老院4所，护理型床位占比达到55%，养老机构入住率"
               "达到65%。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向")
    s.table(
        [
            ("产出指标", "数量指标", "新增养老床位", "≥200", "张", "正向"),
            (None, None, "改造提升乡镇敬老院", "≥4", "所", "正向"),
            (None, "质量指标", "护理型床位占比", pct(0.55, "0.0%"), "%", "正向"),
            (None, None, "养老机构入住率", pct(0.65, "0.0%"), "%", "正向"),
            (None, "时效指标", "床位建设完成时间", "2025年12月31日前", None, "反向"),
            ("成本指标", "经济成本指标", "新增床位建设补助标准", "≤1.2", "万元/张", "反向"),
            (None, None, "存量床位运营补贴标准", "≤200", "元/张·月", "反向"),
            ("效益指标", "社会效益指标", "养老机构安全责任事故",
             ok("0", note="0 accidents is the target; a warning that = 0 is fixed is a shrug"),
             "起", "反向"),
            (None, "可持续影响指标", "县乡村三级养老服务网络覆盖率", pct(0.9, "0.0%"), "%",
             "正向"),
            ("满意度指标", "服务对象满意度指标", "入住老人及家属满意度", "≥90", "%", "正向"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    s.skip()
    money_lines(
        s, "资金明细",
        [("新增床位建设补助（200张×1.2万元）", money(240, NUM)),
         ("乡镇敬老院改造提升", money(180, NUM)),
         ("存量床位运营补贴（330张×200元×12月）", money(79.2, NUM)),
         ("智慧养老信息平台", money(20.8, NUM))],
        money(520, NUM),
    )  # fmt: skip
    signatures(s, "林静", "何卫国", "0739-6615502", "2024年11月15日")
    return b


@variant("iw11-home-care", (1, 9, 11), "project, OLD-NAT, one value column, 资金明细 lines in "
         "万元 to four decimals under the table: a 覆盖率 of 120%, a 投诉率 with ≥, a 满意度 "
         "without %, a number split by a space")  # fmt: skip
def home_care() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="居家和社区养老服务补贴", dept="芷岚县民政局",
        unit="芷岚县民政局", attr="延续项目",
        money=[("资金总额", money(1300, WAN), "其中：财政拨款", money(1100, WAN)),
               ("其他资金", money(200, WAN), None, None)],
        goals=["为9800名经济困难高龄、失能老年人提供居家养老上门服务补贴。"],
    )  # fmt: skip
    b.file_mark("B102", "error", required=False, note="the lines, if the split number is misread")
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "享受居家养老服务补贴老年人", "≥9800人"),
            (None, None, "人均每月上门服务时长", "≥10小时"),
            (None, "质量指标", "服务对象覆盖率", mk(pct(1.2), "T106", "error", note="120%")),
            (None, None, "服务记录完整率", "≥95%"),
            (None, "时效指标", "服务补贴拨付时间", "次月10日前"),
            (None, "成本指标", "人均月服务补贴标准", "≤100元/人·月"),
            ("效益指标", "社会效益指标", "失能半失能老年人照护服务", "有效提升"),
            (None, None, "服务投诉率", mk("≥5%", "T108", "warning", row=True)),
            (None, "可持续影响指标", "居家养老服务网络", "逐步健全"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度",
             mk(">=95", "T105", "error", alt=("T116", "T104"), note="no %")),
        ],
        merged=(1, 2),
    )  # fmt: skip
    s.skip()
    money_lines(
        s, "资金明细",
        [("居家养老上门服务补贴",
          mk("1205.337 6", "X105", "warning", alt=("X103",), note="pasted from a PDF")),
         ("服务质量第三方评估", money(30, NUM4)), ("信息平台运维", money(64.6624, NUM4))],
        money(1300, NUM4),
    )  # fmt: skip
    signatures(s, "刘倩", "陈国栋", "0743-5230914", "2024年11月22日")
    return b


@variant("iw12-child-rehab-ok", (1, 7, 12), "project, NAT-2021, 资金明细 between the head and "
         "the indicator table, a two-line header (绩效目标 over 指标值 · 计量单位), rates as "
         "`0.00%` cells, one count pasted as text")  # fmt: skip
def child_rehab_ok() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 14, 16))
    project_head(
        s, year=2025, name="0—6岁残疾儿童康复救助", dept="石漱县残疾人联合会",
        unit="石漱县残疾人康复服务中心", attr="常年项目",
        money=[("资金总额", money(400, WAN), "其中：财政拨款", money(360, WAN)),
               ("其他资金", money(40, WAN), None, None)],
        goals=["为160名0—6岁残疾儿童提供康复训练救助，康复训练有效率达到85%。"],
    )  # fmt: skip
    money_lines(
        s, "资金明细",
        [("康复训练救助（160人×2000元×12月）", money(384, NUM)), ("康复评估筛查", money(10, NUM)),
         ("定点康复机构督导", money(6, NUM))],
        money(400, NUM),
    )  # fmt: skip
    two_line_header(
        s, ("一级指标", "二级指标", "三级指标", "绩效目标", None, "备注"),
        (None, None, None, "指标值", "计量单位", None), spans=[(4, 5)],
    )  # fmt: skip
    s.table(
        [
            ("产出指标", "数量指标", "救助残疾儿童人数", "160", "人", None),
            (None, None, "康复训练服务人次", "≥19200", "人次", None),
            (None, "质量指标", "定点康复机构服务达标率", pct(0.95, "0.00%"), "%", None),
            (None, "时效指标", "救助资金拨付时间", "季度结束后15日内", None, None),
            ("成本指标", "经济成本指标", "人均月救助标准", "≤2000", "元/人·月", None),
            ("效益指标", "社会效益指标", "康复训练有效率", pct(0.85, "0.00%"), "%", None),
            (None, "可持续影响指标", "残疾儿童康复救助制度", "长效运行", None, None),
            ("满意度指标", "服务对象满意度指标", "残疾儿童家长满意度", pct(0.9, "0.00%"), "%",
             None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    signatures(s, "吴娜", "黄志刚", "0744-3340226", "2024年11月10日")
    return b


@variant("iw13-assistive-devices", (12,), "project, NAT-2021, one value column, 资金明细 "
         "under the table: a 适配率 given as a count, a deadline in 2023, lines not adding up "
         "to their 合计")  # fmt: skip
def assistive_devices() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="残疾人辅助器具适配服务", dept="枫湄区残疾人联合会",
        unit="枫湄区残疾人辅助器具服务站", attr="延续项目",
        money=[("资金总额", money(210, WAN), "其中：财政拨款", money(180, WAN)),
               ("其他资金", money(30, WAN), None, None)],
        goals=["为950名持证残疾人适配辅助器具1200件，残疾人生活自理能力明显提高。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "适配辅助器具", "≥1200件"),
            (None, None, "服务残疾人", "≥950人"),
            (None, "质量指标", "辅助器具适配率", mk("1200件", "T105", "error")),
            (None, None, "产品质量合格率", "≥98%"),
            (None, "时效指标", "适配服务完成时间",
             mk("2023年11月30日前", "Y102", "error", alt=("Y101", "Y103"),
                note="the table is for 2025")),
            ("成本指标", "经济成本指标", "件均采购成本", "≤1250元/件"),
            ("效益指标", "社会效益指标", "残疾人生活自理能力", "明显提高"),
            (None, "可持续影响指标", "辅具适配服务网络", "持续完善"),
            ("满意度指标", "服务对象满意度指标", "受助残疾人满意度", "≥90%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    s.skip()
    money_lines(
        s, "资金明细",
        [("辅助器具采购", money(150, NUM)), ("适配评估", money(28, NUM)),
         ("上门适配服务", money(18, NUM))],
        mk(money(210, NUM), "B102", "error", row=True, note="150 + 28 + 18 = 196"),
    )  # fmt: skip
    signatures(s, "钟雪", "谭建军", "0746-8820119", "2024年11月28日")
    return b


@variant("iw18-meal-service", (9, 12), "project, OLD-NAT without 满意度指标, money in 万元 with "
         "资金明细 under the table: an amount pasted twice, a count in the name that the value "
         "contradicts")  # fmt: skip
def meal_service() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="社区老年助餐服务", dept="枫湄区民政局", unit="枫湄区养老服务中心",
        attr="新增项目",
        money=[("资金总额", money(186, WAN), "其中：财政拨款", money(156, WAN)),
               ("其他资金", money(30, WAN), None, None)],
        goals=["新建社区老年助餐点30个，全年提供助餐服务36000人次，缓解老年人就餐难问题。"],
    )  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 although the meals have users")
    b.file_mark("B102", "error", required=False, note="the lines, if the pasted amount is misread")
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "新建老年助餐点30个",
             mk("≥25个", "T110", "warning", row=True, alt=("D104",),
                note="30 in the name and the goal, 25 in the value")),
            (None, None, "助餐服务人次", "≥36000人次"),
            (None, "质量指标", "助餐点食品安全检查合格率", "100%"),
            (None, "时效指标", "助餐点建成投用时间", "2025年9月30日前"),
            (None, "成本指标", "助餐点建设补助标准", "≤3万元/个"),
            ("效益指标", "社会效益指标", "老年人就餐难问题", "有效缓解"),
            (None, "可持续影响指标", "助餐服务运营机制", "持续运行"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    s.skip()
    money_lines(
        s, "资金明细",
        [("助餐点建设补助（30个×3万元）", money(90, NUM)),
         ("助餐服务补贴", mk("60万60万", "X106", "error", alt=("B108",), note="pasted twice")),
         ("运营管理及食品安全抽检", money(36, NUM))],
        money(186, NUM),
    )  # fmt: skip
    signatures(s, "曾晓雯", "蒋立新", "0746-8832205", "2024年11月26日")
    return b
