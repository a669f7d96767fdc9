"""Exports that staff edited before sending: a sheet renamed, a row inserted by hand (no 指标编码,
no hidden 指标ID), a comment column added at the right, two projects exported into one sheet,
and the system's two-sheet export (预算 05-1, 绩效目标 05-2) with the header on the third row and
repeated after a page break."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout9.export import (
    AMT,
    BOTTOM_A,
    TOP_A,
    indicators,
    kv,
    sign,
    sources,
    text_line,
    title,
    yuan,
)
from tests.variants.holdout9.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk, pct

WIDTHS = (3, 12, 10, 14, 16, 30, 9, 14, 12, 12, 24)
TOP_N = (*TOP_A, "修改说明")
BOTTOM_N = (*BOTTOM_A, None)


def project(s: Sheet, *, code: str, name: str, dept: str, unit: str, money: tuple[float, ...],
            goal: str) -> None:  # fmt: skip
    """Head of one exported project (from column B, nine columns)."""
    kv(s, 2, [("项目代码", code), ("项目名称", name), ("主管部门", dept), ("实施单位", unit),
              ("项目类别", "经常性项目"), ("项目期", "1年")])  # fmt: skip
    sources(s, 2, yuan(money[0]), [yuan(v) for v in money[1:]])
    text_line(s, 2, "年度绩效目标", goal)


@variant("r09-inserted-row-ok", (4, 7), "project export, sheet renamed 绩效目标（修改稿） and an "
         "empty Sheet2 kept, a row inserted by hand without 指标编码, a 修改说明 column added at "
         "the right with notes quoting old values")  # fmt: skip
def r09() -> Book:
    b = Book()
    s = b.sheet("绩效目标（修改稿）", WIDTHS)
    title(s, "2025年度项目支出绩效目标表", 2, 10)
    project(s, code="361131250000001100024", name="2025年公共法律服务体系建设项目",
            dept="霁川县司法局", unit="霁川县公共法律服务中心",
            money=(1250000, 900000, 0, 250000, 100000),
            goal="目标1：建成公共法律服务工作站15个，办理法律援助案件420件以上；目标2：实现186个"
                 "村（社区）法律顾问全覆盖；目标3：受援群众满意度达到90%以上。")  # fmt: skip
    indicators(s, 2, [
        ("SF09001", "产出指标", "数量指标", "公共法律服务工作站建设数量", "≥", 15, "个", "正向",
         None),
        ("SF09002", None, None, "法律援助案件办理数量", "≥", 420, "件", "正向", None),
        (None, None, None, "村（社区）法律顾问覆盖村数", "≥", 186, "个", "正向",
         "根据审核意见新增"),
        ("SF09003", None, "质量指标", "法律援助案件质量评查合格率", "≥", pct(0.95), "%", "正向",
         "指标值由90%调整为95%"),
        ("SF09004", None, "时效指标", "法律援助申请审查时限", "≤", 7, "个工作日", "反向", None),
        ("SF09005", "成本指标", "经济成本指标", "法律援助案件平均办案补贴", "≤", C(1500, AMT),
         "元/件", "反向", None),
        ("SF09006", "效益指标", "社会效益指标", "群众法律服务获得感", "定性", "有效提升", None,
         "正向", None),
        ("SF09007", None, "可持续影响指标", "公共法律服务网络运行机制", "定性", "健全", None,
         "正向", None),
        ("SF09008", "满意度指标", "服务对象满意度指标", "受援群众满意度", "≥", pct(0.9), "%",
         "正向", None),
    ], seed="a0c5", top=TOP_N, bottom=BOTTOM_N)  # fmt: skip
    sign(s, 2, "毛思琪", "尹浩然", "0794-5531190", day(2024, 12, 9))
    b.sheet("Sheet2")
    return b


@variant("r10-inserted-row-defects", (6, 13), "project export with a 备注 column added: a row "
         "inserted with a value but no name, a template tier-2 left empty, an indicator "
         "repeated under another tier-2")  # fmt: skip
def r10() -> Book:
    b = Book()
    s = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    title(s, "2025年度项目支出绩效目标表", 2, 10)
    project(s, code="361128250000001200133", name="2025年退役军人就业创业扶持项目",
            dept="枫岭县退役军人事务局", unit="枫岭县退役军人服务中心",
            money=(680000, 500000, 0, 180000, 0),
            goal="目标1：开展退役军人适应性培训260人，举办专场招聘会12场；目标2：为40户退役军人"
                 "创业担保贷款贴息；目标3：退役军人满意度达到90%以上。")  # fmt: skip
    top = (*TOP_A, "备注")
    none: Any = None
    indicators(s, 2, [
        ("TY10001", "产出指标", "数量指标", "退役军人适应性培训人数", "≥", 260, "人", "正向",
         None),
        ("TY10002", None, None, "创业担保贷款贴息户数", "≥", 40, "户", "正向", None),
        (None, None, None, mk(none, "F110", "error", note="inserted row, name not typed"), "≥",
         12, "场", "正向", "新增"),
        ("TY10003", None, "质量指标", "培训后就业推荐成功率", "≥", pct(0.6), "%", "正向", None),
        ("TY10004", None, "时效指标", "贴息资金拨付时限", "≤", 15, "个工作日", "反向", None),
        ("TY10005", "成本指标", "经济成本指标", "人均培训补助标准", "≤", C(1500, AMT), "元/人",
         "反向", None),
        ("TY10006", "效益指标", "社会效益指标", "退役军人就业创业能力", "定性", "有效提升", None,
         "正向", None),
        (None, None, mk("生态效益指标", "F109", "warning", row=True,
                        note="a template tier-2 left without indicator"), None, None, None, None,
         None, None),
        ("TY10007", None, "可持续影响指标", "就业创业服务机制", "定性", "健全", None, "正向",
         None),
        ("TY10008", None, "经济效益指标",
         mk("创业担保贷款贴息户数", "D101", "warning", row=True, alt=("D102", "D103"),
            note="the same indicator and value as TY10002"),
         "≥", 40, "户", "正向", None),
        ("TY10009", "满意度指标", "服务对象满意度指标", "退役军人满意度", "≥", pct(0.9), "%",
         "正向", None),
    ], seed="77b3", top=top, bottom=BOTTOM_N)  # fmt: skip
    sign(s, 2, "邱志远", "葛雅婷", "0793-7719036", day(2024, 11, 30))
    return b


@variant("r14-stacked-export-ok", (2, 7), "two projects exported into one sheet, each with its "
         "项目代码 head, 资金来源 in 元 and its own two-line indicator header; the same indicator "
         "name with different values in the two projects")  # fmt: skip
def r14() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标（批量导出）", WIDTHS)
    title(s, "2025年度项目支出绩效目标表（批量导出）", 2, 9)
    s.row(*([None] * 8), "金额单位：元", col=2)
    project(s, code="361133250000001300057", name="2025年全民健身设施补短板项目",
            dept="临雁市体育局", unit="临雁市全民健身服务中心",
            money=(2400000, 1400000, 800000, 200000, 0),
            goal="目标1：新建社区健身点30个；目标2：经常参加体育锻炼人数比例达到40%以上；"
                 "目标3：服务对象满意度达到90%以上。")  # fmt: skip
    indicators(s, 2, [
        ("TY14001", "产出指标", "数量指标", "新建社区健身点数量", "≥", 30, "个", "正向"),
        ("TY14002", None, "质量指标", "健身设施验收合格率", "=", pct(1), "%", "正向"),
        ("TY14003", None, "时效指标", "健身点建设完成时间", "≤", day(2025, 10, 31), None, "反向"),
        ("TY14004", "成本指标", "经济成本指标", "单个健身点建设成本", "≤", C(60000, AMT),
         "元/个", "反向"),
        ("TY14005", "效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥", pct(0.4), "%",
         "正向"),
        ("TY14006", None, "可持续影响指标", "健身设施管护机制", "定性", "健全", None, "正向"),
        ("TY14007", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", pct(0.9), "%",
         "正向"),
    ], seed="3e61")  # fmt: skip
    s.skip()
    project(s, code="361133250000001300112", name="2025年青少年体育训练补助项目",
            dept="临雁市体育局", unit="临雁市业余体育学校",
            money=(860000, 600000, 200000, 0, 60000),
            goal="目标1：为320名青少年运动员发放训练补助；目标2：参加省级以上比赛90人次以上；"
                 "目标3：服务对象满意度达到92%以上。")  # fmt: skip
    indicators(s, 2, [
        ("TY14101", "产出指标", "数量指标", "训练补助青少年运动员人数", "≥", 320, "人", "正向"),
        ("TY14102", None, None, "参加省级以上比赛人次", "≥", 90, "人次", "正向"),
        ("TY14103", None, "质量指标", "运动员训练出勤率", "≥", pct(0.9), "%", "正向"),
        ("TY14104", None, "时效指标", "训练补助发放时限", "≤", 15, "个工作日", "反向"),
        ("TY14105", "成本指标", "经济成本指标", "人均年训练补助标准", "≤", C(2000, AMT), "元/人",
         "反向"),
        ("TY14106", "效益指标", "社会效益指标", "省级以上比赛获奖人次", "≥", 25, "人次",
         "正向"),
        ("TY14107", None, "可持续影响指标", "后备人才输送机制", "定性", "健全", None, "正向"),
        ("TY14108", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", pct(0.92), "%",
         "正向"),
    ], seed="3e62")  # fmt: skip
    sign(s, 2, "温子墨", "骆嘉宁", "0791-8870634", day(2024, 11, 19))
    return b


HEAD15 = ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip


@variant("r15-two-sheets-ok", (4, 7), "the system's two-sheet export: "
         "部门项目支出预算05-1 (sources and goal) and 部门项目支出绩效目标05-2 (header on the "
         "third row, tiers repeated in every row, 指标性质 as the operator in words, the header "
         "repeated after a page break, 填报说明)")  # fmt: skip
def r15() -> Book:
    b = Book()
    code, name = "361132250000001400208", "2025年应急物资储备项目"
    s = b.sheet("部门项目支出预算05-1", (22, 24, 12, 14, 14, 12, 14, 12, 40))
    title(s, "2025年部门项目支出预算表", 1, 9)
    s.row("单位名称：桐阜县应急管理局", None, None, None, None, None, None, "金额单位：元")
    s.row("项目代码", "项目名称", "项目类别", "资金总额", "一般公共预算", "政府性基金",
          "上级转移支付", "单位自有资金", "年度绩效目标")  # fmt: skip
    s.row(code, name, "经常性项目", yuan(1560000), yuan(1160000), yuan(0), yuan(400000),
          yuan(0), "目标1：储备应急物资28种，其中帐篷600顶、折叠床1500张；目标2：物资调拨响应"
          "时间不超过2小时；目标3：受灾群众满意度达到90%以上。")  # fmt: skip
    s.row("合计", None, None, yuan(1560000), yuan(1160000), yuan(0), yuan(400000), yuan(0))
    t = b.sheet("部门项目支出绩效目标05-2", (22, 24, 12, 14, 28, 10, 12, 10))
    title(t, "2025年部门项目支出绩效目标表", 1, 8)
    t.row("单位名称：桐阜县应急管理局", None, None, None, "年度：2025")
    t.row(*HEAD15)
    ge, le, eq = "大于等于", "小于等于", "等于"
    lines: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "应急物资储备品种", ge, 28, "种"),
        ("产出指标", "数量指标", "储备帐篷数量", ge, 600, "顶"),
        ("产出指标", "数量指标", "储备折叠床数量", ge, 1500, "张"),
        ("产出指标", "质量指标", "储备物资质量合格率", eq, pct(1), "%"),
        ("产出指标", "时效指标", "物资调拨响应时间", le, 2, "小时"),
        None,  # page break: the header again
        ("产出指标", "时效指标", "物资采购入库完成时间", le, day(2025, 9, 30), None),
        ("成本指标", "经济成本指标", "物资仓储年运维成本", le, C(180000, AMT), "元"),
        ("效益指标", "社会效益指标", "受灾群众基本生活保障能力", "定性", "有效提升", None),
        ("效益指标", "可持续影响指标", "应急物资储备管理制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受灾群众满意度", ge, pct(0.9), "%"),
    ]
    for line in lines:
        t.row(*(HEAD15 if line is None else (code, name, *line)))
    t.row("填报说明：1.指标性质填写“大于等于、小于等于、等于、定性”；2.本表由预算管理一体化系统"
          "导出。", merge=[(1, 8)])  # fmt: skip
    t.row("填表人：姚梦洁", None, "审核人：孔德华", None, "联系电话：0797-4456213", None,
          "填报日期：", day(2024, 11, 14))  # fmt: skip
    return b
