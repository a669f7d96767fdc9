"""Rows that are not indicators, inside and under the table: instructions left from the
template under the header, notes between tier blocks, a repeated header after a page break, a
合计 line, 填表说明 with example values, signature and date lines (qd13–qd18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout228.common import (
    book,
    details,
    indicators,
    line,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout228.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

PLAIN = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


def _meetings(s: Sheet) -> None:
    project_head(
        s, year=2026, name="县政府重要会议服务保障项目", dept="东坪县人民政府办公室（001）",
        unit="东坪县人民政府办公室", money=one_year_money(wan(45), wan(45), wan(0)),
        goals=["2026年保障县政府全体会议、常务会议等重要会议不少于24场，会议纪要按时印发，"
               "会议决定事项督办落实。"],
    )  # fmt: skip
    s.row(*PLAIN)
    line(s, "说明：请各单位结合实际填写，指标值应可量化、可考核。")
    s.table([
        ("产出指标（40分）", "数量指标", "保障县政府重要会议场次", "≥24场"),
        (None, None, "会议材料印制", "≥6000份"),
        (None, "质量指标", "会议服务差错率", "≤1%"),
        (None, "时效指标", "会议纪要印发时间", "会后3个工作日内"),
    ], merged=(1, 2))  # fmt: skip
    line(s, "注：会议场次含视频会议和现场会议。")
    s.table([
        ("成本指标（20分）", "经济成本指标", "单场会议保障成本", "≤1.5万元/场"),
        ("效益指标（30分）", "社会效益指标", "会议决定事项督办落实率", "≥95%"),
        (None, "可持续影响指标", "会议服务工作规范", "健全"),
        ("满意度指标（10分）", "服务对象满意度指标", "参会单位满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    line(s, "注：1.本表指标值均为2026年度目标值；2.满意度通过会后问卷调查取得。")


def _reports(s: Sheet) -> None:
    s.skip()
    project_head(
        s, year=2026, title="", name="政府工作报告及政务信息编印项目",
        dept="东坪县人民政府办公室（001）", unit="东坪县人民政府办公室",
        money=one_year_money(wan(16), wan(16), wan(0)),
        goals=["2026年编印政务信息专报48期，印制政府工作报告2000册，向上级报送政务信息"
               "被采用不少于30条。"],
    )  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标（40分）", "数量指标", "政务信息专报编印期数", "≥48期"),
        (None, None, "政府工作报告印制数量", "≥2000册"),
        (None, "质量指标", "印制品校对差错", "=0处"),
        (None, "时效指标", "政务信息专报报送时限", "≤2个工作日"),
        ("成本指标（20分）", "经济成本指标", "政府工作报告单册印制成本", "≤12元/册"),
        ("效益指标（30分）", "社会效益指标", "政务信息被上级采用", "≥30条"),
        ("满意度指标（10分）", "服务对象满意度指标", "县领导及部门满意度", "≥90%"),
    ])  # fmt: skip
    line(s, "注：政务信息专报按周编印，节假日顺延。")


@variant("qd13-two-office-projects-notes", (4,), "two one-year projects stacked, NAT-2021, tier "
         "points adding to 100: an instruction row under the header, a note between tier "
         "blocks, notes under each table, a signature and date line (correct)")  # fmt: skip
def qd13() -> Book:
    b, s = book("项目绩效目标")
    _meetings(s)
    _reports(s)
    sign(s, "聂书妍", "柏承志", "0745-6231 0488", "2025年11月18日")
    return b


@variant("qd14-statistics-training-blank-name", (4, 13), "one-year project, NAT-2021: a "
         "填表说明 row under the header, an indicator row with a value but no name, a value "
         "left as ≥XX人次")  # fmt: skip
def qd14() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, name="基层统计人员业务培训项目", dept="安澜区统计局（033）",
        unit="安澜区统计局", money=one_year_money(wan(28), wan(28), wan(0)),
        goals=["2026年举办基层统计业务培训4期，培训街道、社区统计人员200人，提升基层统计数据"
               "质量。"],
    )  # fmt: skip
    s.row(*PLAIN)
    line(s, "填表说明：指标值请按“比较符+数值+单位”填写，如≥95%、≤3个工作日。")
    s.table([
        ("产出指标", "数量指标", "举办业务培训期数", "≥4期"),
        (None, None, mk(None, "F110", "error", note="the name of ≥200人 is missing"), "≥200人"),
        (None, None, "线上培训课程点播",
         mk("≥XX人次", "X101", "error", note="a placeholder left in the value")),
        (None, "质量指标", "培训考试合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "培训费标准", "≤450元/人·天"),
        ("效益指标", "社会效益指标", "统计数据报送差错率", "≤2%"),
        (None, "可持续影响指标", "基层统计业务骨干队伍", "稳定"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    line(s, "注：培训人员含街道、社区统计员，每期培训2天。")
    sign(s, "薛静怡", "田博文", "0713-5092 6618", "2025年11月21日")
    return b


@variant("qd15-documents-page-break-signature", (4,), "one-year project, NAT-2021, operator and "
         "unit columns: a 合计 line in the money block, the header repeated after a page break, "
         "95% typed in Excel, a date cell, the signature inside the table (correct)")  # fmt: skip
def qd15() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 10, 18, 12))
    project_head(
        s, year=2026, name="机关文书档案数字化项目", dept="横塘区档案馆（019）",
        unit="横塘区档案馆",
        money=one_year_money(wan(36.8), wan(33), wan(3.8)),
        goals=["2026年完成区直机关文书档案40万页数字化加工、12万条目录著录，建立异地备份。"],
    )  # fmt: skip
    details(s, [
        ("数字化加工费", wan(24), "40万页×0.6元/页=24万元"),
        ("档案管理系统运维费", wan(8.8), "按运维合同"),
        ("存储介质及耗材", wan(4), "按询价"),
        ("合计", wan(36.8), None),
    ])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "文书档案数字化加工", "≥", 40, "万页"),
        (None, None, "档案目录数据著录", "≥", 12, "万条"),
        (None, "质量指标", "数字化图像质检合格率", "≥", pct(0.95), "%"),
    ])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "时效指标", "数字化加工完成时间", "≤", day(2026, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "单页数字化加工成本", "≤", 0.6, "元/页"),
        ("效益指标", "社会效益指标", "档案调阅响应时间", "≤", 30, "分钟"),
        (None, "可持续影响指标", "数字档案异地备份", "≥", 2, "套"),
        ("满意度指标", "服务对象满意度指标", "档案利用单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    line(s, "单位负责人：韩立松　财务负责人：蒋雨桐　填表人：邵明哲　联系电话：0571-6832 1195")
    s.row("填报日期：2025年11月26日")
    return b


@variant("qd16-office-department-page-break-duplicate", (4,), "department table, NAT-2021: "
         "基本支出 + 项目支出 short of the total, the header repeated after a page break and a "
         "brochure count repeated under it with another value, a note under the table")  # fmt: skip
def qd16() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="鹭川区人民政府办公室",
        budget=[(mk(wan(1260.5), "B101", "error", row=True, note="860.5 + 380 = 1240.5"),
                 wan(1210.5), wan(50), wan(860.5), wan(380))],
        tasks=[("政务信息化运维", "办公自动化及政务外网运维", wan(180), "系统稳定运行"),
               ("会议服务保障", "区政府全体会议、常务会议服务", wan(120), "会议保障有力"),
               ("政务宣传印刷", "政务信息宣传册及政府工作报告印制", wan(80), "按时印发"),
               ("金额合计", None, wan(380), None)],
        goal="2026年保障区政府机关高效运转，政务信息系统稳定运行，会议服务保障有力，政务宣传品"
             "按时印发。",
    )  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "保障政务信息系统", "≥35个"),
        (None, None, "服务保障区政府常务会议", "≥24次"),
        (None, None, "政务信息宣传册印制", "≥5000册"),
        (None, "质量指标", "政务信息系统可用率", "≥99%"),
    ])  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "政务信息宣传册印制",
         mk("≥8000册", "D102", "error", row=True, note="5000册 above the page break")),
        (None, "时效指标", "公文按时办结率", "≥98%"),
        ("成本指标", "经济成本指标", "宣传册单册印制成本", "≤10元/册"),
        ("效益指标", "社会效益指标", "政务服务事项网上可办率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "区直部门满意度", "≥90%"),
    ])  # fmt: skip
    line(s, "注：本表指标值均为2026年度目标值。")
    sign(s, "孟晚晴", "钟启明", "0592-6713 2001")
    return b


@variant("qd17-social-science-department-instructions", (4,), "department table, NAT-2021, "
         "points per indicator adding to 100: a 填表说明 block under the table quoting example "
         "values (≥90%, ≤30分钟, 85%, 100分), a signature line (correct)")  # fmt: skip
def qd17() -> Book:
    b, s = book("部门整体支出绩效目标表", (14, 16, 30, 18, 18, 12))
    department_head(
        s, year=2026, dept="云泽市社会科学界联合会",
        budget=[(wan(620), wan(590), wan(30), wan(410), wan(210))],
        tasks=[("社科课题研究", "年度社科规划课题立项资助及结项", wan(120), "立项课题40项"),
               ("学术年会及培训", "社科学术年会及社科骨干专题培训", wan(50), "举办3场"),
               ("社科普及宣传印刷", "社科普及读物编印", wan(40), "印制8000册"),
               ("金额合计", None, wan(210), None)],
        goal="2026年资助社科规划课题40项，举办学术年会及专题培训3场，编印社科普及读物8000册，"
             "推动研究成果转化应用。",
    )  # fmt: skip
    indicators(s, (*PLAIN, "权重（分）"), [
        ("产出指标", "数量指标", "立项资助社科课题", "≥40项", 10),
        (None, None, "举办学术年会及专题培训", "≥3场", 10),
        (None, None, "社科普及读物印制", "≥8000册", 10),
        (None, "质量指标", "课题结项合格率", "≥90%", 10),
        (None, "时效指标", "年度课题结项时间", "2026年12月31日前", 10),
        ("成本指标", "经济成本指标", "一般课题资助标准", "≤2.5万元/项", 10),
        ("效益指标", "社会效益指标", "研究成果获采纳", "≥10项", 15),
        (None, "可持续影响指标", "社科研究人才库", "持续完善", 10),
        ("满意度指标", "服务对象满意度指标", "社科工作者满意度", "≥90%", 15),
    ])  # fmt: skip
    line(s, "填表说明：1.指标值一般应为“比较符+数值+单位”，如“≥90%”“≤30分钟”；")
    line(s, "2.满意度指标目标值一般不低于85%；3.各指标权重合计为100分。")
    sign(s, "尹若溪", "包明轩", "0755-2961 3307", "2025年11月19日")
    return b


@variant("qd18-oa-ops-template-row", (4, 13), "one-year project, NAT-2021, a 备注 column: a "
         "生态效益指标 row left from the template, a training count that contradicts its name, "
         "填表说明 under the table")  # fmt: skip
def qd18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="机关办公自动化系统运维项目", dept="澄湖区机关事务服务中心（058）",
        unit="澄湖区机关事务服务中心", money=one_year_money(wan(38), wan(38), wan(0)),
        goals=["2026年保障区级机关420台办公终端和办公自动化系统稳定运行，提升机关干部网络安全"
               "意识。"],
    )  # fmt: skip
    indicators(s, (*PLAIN, "备注"), [
        ("产出指标", "数量指标", "办公终端运维数量", "≥420台", None),
        (None, None, "全年开展网络安全培训4次",
         mk("≥6次", "T110", "warning", row=True, alt=("D104",), note="the name says 4次"), None),
        (None, "质量指标", "办公系统可用率", "≥99%", None),
        (None, "时效指标", "终端故障响应时间", "≤2小时", "工作时间内"),
        ("成本指标", "经济成本指标", "单台终端年运维成本", "≤800元/台", None),
        ("效益指标", "社会效益指标", "公文无纸化流转率", "≥95%", None),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="a template row"), None,
         None, None),
        (None, "可持续影响指标", "运维服务台账", "完整", None),
        ("满意度指标", "服务对象满意度指标", "机关使用人员满意度", "≥90%", None),
    ])  # fmt: skip
    line(s, "填表说明：1.一级、二级指标请勿修改；2.三级指标可根据项目实际增减；3.无对应内容的"
            "指标行请删除。")  # fmt: skip
    sign(s, "章可为", "谭嘉言", "0571-8203 5516", "2025年11月25日")
    return b
