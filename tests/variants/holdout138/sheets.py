"""Stacked projects, department tables (tiered and flat), 年度 before 中期, a Shanghai-framework
table in 元, each in a workbook with a 封面, a 填报说明 or a hidden dropdown sheet."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout138.office import (
    ACC,
    FX,
    NOTES,
    WANF,
    OfficeBook,
    OfficeSheet,
    cover,
    frame,
    lists,
    notes,
    sign,
)
from tests.variants.holdout138.projects import money_rows
from tests.variants.holdout138.registry import variant
from tests.variants.kit import CN_DATE, YUAN, day, mk, money, pct


def stacked_project(
    s: OfficeSheet,
    *,
    name: str,
    unit: str,
    total: float,
    fiscal: float,
    other: float,
    rows: list[list[Any]],
) -> None:
    first = s.r + 5
    project_head(
        s,
        year=2026,
        name=name,
        dept="澄川县市场监督管理局（233）",
        unit=unit,
        money=money_rows(first, total, fiscal, other, ACC),
        goals=[f"{name}：{rows[0][2]}{rows[0][3]}，{rows[1][2]}{rows[1][3]}。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    s.table(rows, merged=(1, 2))


@variant(
    "mr09-stacked-two-projects",
    (2,),
    "two projects stacked in one sheet under a blank logo area, each with its own head, formula "
    "totals in 会计专用 format, OLD-NAT, a 设定依据 column, a 封面 first",
)
def mr09() -> OfficeBook:
    b = OfficeBook()
    cover(b, "项目支出绩效目标表", "澄川县市场监督管理局", 2026, "2025年11月5日")
    s = b.sheet("项目表", (14, 16, 30, 18, 20, 18))
    s.skip(2)
    food = [
        ["产出指标", "数量指标", "食品安全监督抽检批次", "≥1800批次", "省局下达任务"],
        [None, None, "农贸市场食用农产品快检批次", "≥6000批次", "计划标准"],
        [None, "质量指标", "抽检任务完成率", pct(1), None],
        [None, None, "不合格食品核查处置率", pct(1), None],
        [None, "时效指标", "抽检结果公开时限", "≤20个工作日", "行业标准"],
        [None, None, "不合格产品核查处置启动时限", "≤24小时", None],
        [None, "成本指标", "单批次抽检检验费用", "≤450元/批次", "2025年采购结算价"],
        ["效益指标", "社会效益指标", "食品安全抽检合格率", "≥97%", "历史标准"],
        [None, "可持续影响指标", "食品安全风险监测制度", "健全", None],
        ["满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥85%", None],
    ]
    stacked_project(
        s,
        name="食品安全监督抽检",
        unit="澄川县食品检验检测中心",
        total=95,
        fiscal=95,
        other=0,
        rows=food,
    )
    s.skip(2)
    lifts = [
        ["产出指标", "数量指标", "特种设备定期检验台数", "≥3200台", "计划标准"],
        [None, None, "电梯维保单位监督检查", "≥45家次", None],
        [None, "质量指标", "特种设备定期检验率", "≥98%", "行业标准"],
        [None, None, "检查发现安全隐患整改率", pct(1), None],
        [None, "时效指标", "一般事故隐患整改时限", "≤30天", None],
        [None, "成本指标", "单台设备检验补助", "≤150元/台", None],
        ["效益指标", "社会效益指标", "特种设备万台死亡人数", "≤0.2人/万台", "行业标准"],
        [None, "可持续影响指标", "电梯安全责任保险覆盖率", "≥80%", None],
        ["满意度指标", "服务对象满意度指标", "特种设备使用单位满意度", "≥90%", None],
        [None, None, "乘梯群众满意度", "≥88%", None],
    ]
    stacked_project(
        s,
        name="特种设备安全监察",
        unit="澄川县特种设备安全服务站",
        total=68.5,
        fiscal=60,
        other=8.5,
        rows=lifts,
    )
    s.note(s.r - 3, 4, "参照省市场监管局2025年通报口径。")
    sign(s, "许国平", "0739-7330128", "2025年11月5日")
    return b


@variant(
    "mr10-department-two-columns",
    (12,),
    "department, NAT-2021, after a 封面 and a 填报说明: formula 资金总额 and 金额合计, "
    "实施周期 and 年度 columns equal in a one-year table, frozen panes",
)
def mr10() -> OfficeBook:
    b = OfficeBook()
    cover(b, "部门整体支出绩效目标申报表", "岚溪市江口区退役军人事务局", 2026, "2025年11月14日")
    notes(b, NOTES)
    s = b.sheet("部门整体", (16, 18, 30, 18, 18, 18))
    r = s.r + 4
    t = s.r + 6
    department_head(
        s,
        year=2026,
        dept="岚溪市江口区退役军人事务局",
        budget=[
            [
                FX(f"=C{r}+D{r}", ACC, cached=486.3),
                money(470.3, ACC),
                money(16, ACC),
                money(213.8, ACC),
                money(272.5, ACC),
            ]
        ],
        tasks=[
            [
                "优抚对象走访慰问",
                "重点优抚对象节日走访、困难帮扶",
                money(82.5, ACC),
                "走访慰问3600人以上",
            ],
            [
                "退役军人就业创业培训",
                "适应性培训、技能培训、创业指导",
                money(96, ACC),
                "培训800人次以上",
            ],
            [
                "光荣院运行保障",
                "集中供养对象生活、医疗、护理保障",
                money(94, ACC),
                "集中供养45人以上",
            ],
            ["金额合计", None, FX(f"=SUM(D{t}:D{t + 2})", ACC, cached=272.5), None],
        ],
        filled=day(2025, 11, 14),
        goal="落实优抚政策，做好退役军人就业创业服务，保障光荣院集中供养对象生活。",
    )
    head = s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "备注")
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "走访慰问优抚对象人数", "≥3600人", "≥3600人", None],
        [None, None, "就业创业培训人次", "≥800人次", "≥800人次", None],
        [None, None, "光荣院集中供养人数", "≥45人", "≥45人", None],
        [None, "质量指标", "优待金发放准确率", pct(1), pct(1), None],
        [None, None, "参训退役军人培训后就业率", "≥70%", "≥70%", None],
        [None, "时效指标", "春节慰问金发放时间", "2026年2月10日前", "2026年2月10日前", None],
        ["成本指标", "经济成本指标", "就业培训人均补助", "≤1200元/人", "≤1200元/人", None],
        ["效益指标", "社会效益指标", "退役军人就业创业扶持政策知晓率", "≥90%", "≥90%", None],
        [None, "可持续影响指标", "退役军人服务保障体系", "健全", "健全", None],
        ["满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%", "≥90%", None],
        [None, None, "光荣院供养对象满意度", "≥92%", "≥92%", None],
    ]
    s.table(rows, merged=(1, 2))
    frame(s, f"{head}:{head}", f"D{head + 1}")
    sign(s, "孙志刚", "0739-5513207", "2025年11月14日")
    return b


@variant(
    "mr11-dates-last-year",
    (7,),
    "project, OLD-NAT, operator and unit columns, percent cells, 会计专用 formula totals: a 2026 "
    "title with plan dates left at 2025",
)
def mr11() -> OfficeBook:
    b = OfficeBook()
    s = b.sheet("绩效目标申报表", (14, 14, 28, 10, 14, 14))
    project_head(
        s,
        year=2026,
        name="江口区河道保洁及水生态修复",
        dept="岚溪市江口区水务局（126）",
        unit="江口区河道管理所",
        money=money_rows(5, 318.6, 318.6, 0, ACC),
        start=mk(
            day(2025, 1, 1),
            "Y101",
            "error",
            row=True,
            alt=("Y102",),
            note="plan dates 2025-01-01…2025-12-31 under a 2026 title",
        ),
        end=day(2025, 12, 31),
        goals=[
            "2026年完成86公里河道日常保洁，种植水生植物2.4万平方米，建设生态浮岛18处，"
            "主要断面水质稳定达标。"
        ],
    )
    head = s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "河道保洁长度", "≥", 86, "公里"],
        [None, None, "水生植物种植面积", "≥", 2.4, "万平方米"],
        [None, None, "生态浮岛建设", "=", 18, "处"],
        [None, "质量指标", "河道保洁考核达标率", "≥", pct(0.95), "%"],
        [None, None, "水生植物成活率", "≥", pct(0.85), "%"],
        [None, "时效指标", "生态修复工程完工时间", "≤", day(2026, 11, 30, CN_DATE), None],
        [None, "成本指标", "河道保洁单位成本", "≤", 2.2, "万元/公里·年"],
        ["效益指标", "生态效益指标", "考核断面水质达标率", "≥", pct(0.9), "%"],
        [None, "社会效益指标", "河道环境问题群众投诉件数", "≤", 20, "件"],
        [None, "可持续影响指标", "河长制巡河制度", "定性", "有效落实", None],
        ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥", pct(0.9), "%"],
    ]
    s.table(rows, merged=(1, 2))
    frame(s, f"{head}:{head}", f"A{head + 1}")
    sign(s, "严春生", "0739-5160772", "2025年10月24日")
    return b


@variant(
    "mr12-flat-department",
    (3, 12),
    "department, flat list (指标名称 · 指标值 · 计量单位 · 权重 · 指标解释) with a formula 合计 of "
    "weights, formula budget totals, a hidden dropdown sheet",
)
def mr12() -> OfficeBook:
    b = OfficeBook()
    s = b.sheet("整体支出绩效目标", (16, 26, 20, 14, 14, 30))
    r, t = 4, 6
    department_head(
        s,
        year=2026,
        dept="澄川县统计局",
        budget=[
            [
                FX(f"=C{r}+D{r}", WANF, cached=392.6),
                money(380, WANF),
                money(12.6, WANF),
                money(301.4, WANF),
                money(91.2, WANF),
            ]
        ],
        tasks=[
            ["统计执法检查", "统计违法行为查处、统计信用管理", money(18.4, WANF), "检查120家以上"],
            [
                "县域经济监测与统计调查",
                "月度经济运行监测、专项调查",
                money(52.8, WANF),
                "编发监测报告12期",
            ],
            ["统计数据质量核查", "规上企业数据抽查核实", money(20, WANF), "核查覆盖30%以上"],
            ["金额合计", None, FX(f"=SUM(D{t}:D{t + 2})", WANF, cached=91.2), None],
        ],
        goal="依法开展统计调查和执法检查，提高统计数据质量，及时服务县委县政府决策。",
    )
    head = s.row("序号", "指标名称", "指标值", "计量单位", "权重", "指标解释")
    top = head + 1
    rows: list[list[Any]] = [
        [1, "统计执法检查单位数", "≥120", "家", 10, None],
        [2, "常规统计调查任务完成率", pct(1), "%", 10, None],
        [3, "统计数据上报及时率", "≥98%", "%", 10, None],
        [4, "经济运行监测报告编发", "≥12", "期", 10, "按月编发"],
        [5, "规上企业数据质量核查覆盖率", "≥30%", "%", 10, None],
        [6, "统计调查人员培训人次", "≥400", "人次", 10, None],
        [7, "统计违法案件查处率", pct(1), "%", 10, None],
        [8, "统计信息公开及时率", "≥95%", "%", 10, None],
        [9, "统计数据使用单位满意度", "≥90%", "%", 10, None],
        [10, "统计调查对象满意度", "≥85%", "%", 10, None],
    ]
    s.table(rows)
    s.row(None, "合计", None, None, FX(f"=SUM(E{top}:E{s.r})", None, cached=100), None)
    frame(s, f"{head}:{head}", f"C{head + 1}")
    sign(s, "袁明", "0739-7016688", "2025年11月7日")
    lists(b)
    return b


@variant(
    "mr13-training-rate-count",
    (1,),
    'project, OLD-NAT, one value column and a 设定依据 column, a 填报说明 sheet, #,##0.00"万元" '
    "formula totals: a completion rate given as a number of sessions",
)
def mr13() -> OfficeBook:
    b = OfficeBook()
    notes(b, NOTES)
    s = b.sheet("绩效目标表", (14, 16, 30, 18, 20))
    s.skip(3)
    project_head(
        s,
        year=2026,
        name="岚溪市职业技能提升培训补贴",
        dept="岚溪市人力资源和社会保障局（141）",
        unit="岚溪市职业技能鉴定指导中心",
        money=money_rows(8, 645, 580, 65, WANF),
        goals=["开展补贴性职业技能培训5000人次以上，新型学徒制培训300人，培训合格率85%以上。"],
    )
    head = s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "补贴性职业技能培训人次", "≥5000人次", "计划标准"],
        [None, None, "企业新型学徒制培训人数", "≥300人", None],
        [
            None,
            None,
            "培训计划完成率",
            mk("12场", "T105", "error", note="a completion rate given as a count"),
        ],
        [None, "质量指标", "培训合格率", "≥85%", "历史标准"],
        [None, None, "参训人员取证率", "≥70%", None],
        [None, "时效指标", "补贴资金审核拨付时限", "≤30个工作日", None],
        [None, "成本指标", "人均培训补贴标准", "≤1100元/人", "市人社局补贴目录"],
        ["效益指标", "经济效益指标", "参训人员月均收入增加", "≥300元", None],
        [None, "社会效益指标", "参训人员培训后就业率", "≥65%", None],
        [None, "可持续影响指标", "技能人才评价体系", "健全", None],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", None],
        [None, None, "用工企业满意度", "≥85%", None],
    ]
    s.table(rows, merged=(1, 2))
    frame(s, f"{head}:{head}", f"A{head + 1}")
    sign(s, "梁思琪", "0739-6078251", "2025年10月29日")
    return b


@variant(
    "mr16-shanghai-yuan",
    (1, 5),
    "project, Shanghai framework (投入与管理 / 产出目标 / 效果目标 / 影响力目标), money in 元 in "
    '#,##0.00"元" with formula totals, one 指标目标值 column, a 封面',
)
def mr16() -> OfficeBook:
    b = OfficeBook()
    cover(b, "财政项目支出绩效目标表", "青岚市江口区精神卫生中心", 2026, "2025年10月22日")
    s = b.sheet("绩效目标", (14, 14, 30, 20, 20, 16))
    project_head(
        s,
        year=2026,
        name="江口区社区心理健康服务",
        dept="青岚市江口区卫生健康委员会",
        unit="青岚市江口区精神卫生中心",
        attr="经常性专项业务费",
        money_label="项目资金（元）",
        money=money_rows(5, 680000, 620000, 60000, YUAN),
        goals=["在全区12个街镇开展社区心理咨询服务360场、心理健康讲座48场，及时干预心理危机个案。"],
    )
    head = s.row("一级目标", "二级目标", "三级目标", "指标目标值", "备注")
    rows: list[list[Any]] = [
        ["投入与管理", "投入管理", "预算执行率", "≥95%", None],
        [None, "财务管理", "资金使用合规性", "合规", None],
        [None, "实施管理", "项目管理制度健全性", "健全", None],
        ["产出目标", "数量", "社区心理咨询服务场次", "≥360场", None],
        [None, None, "心理健康讲座场次", "≥48场", None],
        [None, "质量", "咨询服务记录完整率", "≥95%", None],
        [None, "时效", "心理危机个案响应时间", "≤24小时", None],
        [None, "成本", "单场咨询服务成本", "≤600元/场", None],
        ["效果目标", "社会效益", "心理危机个案干预成功率", "≥90%", None],
        [None, "满意度", "服务对象满意度", "≥90%", None],
        ["影响力目标", "长效管理", "社区心理服务站点运行机制", "健全", None],
        [None, "人力资源", "专兼职心理咨询师人数", "≥24人", None],
    ]
    s.table(rows, merged=(1, 2))
    frame(s, f"{head}:{head}", f"A{head + 1}")
    sign(s, "陶静", "021-5918236", "2025年10月22日")
    return b
