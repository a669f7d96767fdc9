"""Returns in other layouts: stacked projects, a budget-system export on two sheets, decorated
tier labels, conversion artefacts (xr13–xr18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout424.common import (
    DEPT,
    YEAR,
    annual_money,
    indicators,
    notes,
    start,
    wan,
)
from tests.variants.holdout424.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def _notary_block(s: Sheet) -> None:
    """The first of two stacked projects: notaries stationed in townships."""
    project_head(
        s,
        year=YEAR,
        name="公证员下乡驻点服务",
        dept=DEPT,
        unit="鹭汀市公证处",
        money=annual_money(wan(60), wan(60), wan(0)),
        goals=["公证员每周驻点乡镇，现场受理涉农公证。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "驻点乡镇数", "≥24个"),
        (None, "质量指标", "公证书合格率", "≥98%"),
        (None, "时效指标", "驻点受理当场答复率", "≥95%"),
        (None, "成本指标", "每个驻点年度补助", "≤2.5万元/个"),
        ("效益指标", "社会效益指标", "农村群众办证平均往返次数", "≤1次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip


@variant(
    "xr13-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, "
    "the same indicator name with different values in each project (correct)",
)
def xr13() -> Book:
    b, s = start()
    _notary_block(s)
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="农村法律援助值班律师补贴",
        dept=DEPT,
        title="",
        unit="鹭汀市法律援助中心",
        money=annual_money(wan(45), wan(40), wan(5)),
        goals=["在乡镇司法所派驻值班律师，提供法律咨询和援助。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "值班律师驻所服务天数", "≥2200天"),
        (None, "质量指标", "值班律师服务记录完整率", "≥95%"),
        (None, "时效指标", "咨询当日答复率", "≥90%"),
        (None, "成本指标", "值班律师补贴标准", "≤200元/天"),
        ("效益指标", "社会效益指标", "农村困难群众援助覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "xr14-stacked-wrong",
    (2,),
    "two projects stacked, OLD-NAT, one value column: the second "
    "project's 年度资金总额 ≠ 财政拨款 + 其他资金, a 结案率 given as a count",
)
def xr14() -> Book:
    b, s = start()
    _notary_block(s)
    s.skip()
    total = mk(wan(80), "B101", "error", note="60 + 10 = 70 ≠ 80")
    project_head(
        s,
        year=YEAR,
        name="农民工欠薪法律援助专项",
        dept=DEPT,
        title="",
        unit="芦渡县法律援助中心",
        money=annual_money(total, wan(60), wan(10)),
        goals=["为农民工讨薪案件提供法律援助，快立快办。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "办理农民工欠薪援助案件", "≥450件"),
        (None, "质量指标", "援助案件结案率",
         mk("450件", "T105", "error", note="a 结案率 given as a count of cases")),
        (None, "时效指标", "欠薪案件受理时限", "≤3个工作日"),
        (None, "成本指标", "每件办案补贴标准", "≤1200元/件"),
        ("效益指标", "社会效益指标", "为农民工追回欠薪", "≥1500万元"),
        ("满意度指标", "服务对象满意度指标", "受援农民工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "xr15-system-export",
    (7, 12),
    "budget-system export: sheet 05-1 with unit and project "
    "codes and money lines, indicator table on sheet 05-2 with codes in the first columns "
    "and the header on the third row (correct)",
)
def xr15() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 18, 22, 26, 12, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row(
        "单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金"
    )
    code = "51000025T000004817"
    s.row(
        "118007",
        "滢川省公证协会",
        code,
        "农村公证法律服务协作经费",
        "一般性项目",
        money(75),
        money(70),
        money(5),
    )
    s.row("合计", None, None, None, None, money(75), money(70), money(5))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 22, 26, 14, 18, 30, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("单位：滢川省公证协会", None, None, None, None, None, "金额单位：万元")
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    rows = [
        ("产出指标", "数量指标", "组织公证员赴县乡协作办证", "≥36批次"),
        (None, None, "协作办理涉农公证", "≥1500件"),
        (None, "质量指标", "协作公证书抽查合格率", "≥97%"),
        (None, "时效指标", "协作任务完成时间", "2025年11月30日前"),
        (None, "成本指标", "每批次协作补助", "≤2万元/批次"),
        ("效益指标", "社会效益指标", "欠发达县涉农公证积压件清零率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "县级公证处满意度", "≥90%"),
    ]  # fmt: skip
    t.table([("118007", code, "农村公证法律服务协作经费", *r) for r in rows], merged=(4, 5))
    return b


@variant(
    "xr16-decorated-labels",
    (5, 7),
    "project, NAT-2021, two-row header with 考核指标 and "
    "绩效目标值, numbered tier labels (一、（一）) with ★ and abbreviations, a unit column, "
    "a zero incident target and a rate raised in 百分点 (correct)",
)
def xr16() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="乡村人民调解以案定补",
        dept=DEPT,
        unit="柘岭县司法局",
        money=annual_money(wan(88), wan(88), wan(0)),
        goals=["对村级人民调解委员会调解的纠纷按件补贴，矛盾纠纷就地化解。"],
    )
    s.row("绩效指标", None, None, "绩效目标值", None, merge=[(1, 3), (4, 5)])
    s.table([
        ("一级指标", "二级指标", "考核指标", "指标值", "计量单位"),
        ("★一、产出指标", "（一）数量", "村级调解组织调解纠纷", "≥4400", "件"),
        (None, "（二）质量", "调解协议履行率", pct(0.95), "%"),
        (None, "（三）时效", "纠纷受理后调结时限", "≤30", "日"),
        ("★二、成本指标", "（一）经济成本", "以案定补标准", "≤200", "元/件"),
        ("★三、效益指标", "（一）社会效益", "纠纷调解成功率较上年提高", "≥2", "百分点"),
        (None, None, "调解不当引发民转刑案件", "0", "起"),
        (None, "（二）可持续影响", "调解员队伍持证上岗率", "≥90%", "%"),
        ("四、满意度指标", "（一）服务对象满意度", "纠纷当事人满意度", "≥90%", "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：★为核心指标，不得删除。", width=5)
    return b


@variant(
    "xr17-wrong-parent",
    (5, 11),
    "transfer-payment project, OLD-NAT, labels with * marks "
    "and an operator column: a 社会效益指标 under 产出指标, a cost cap with =",
)
def xr17() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="欠发达县农村公证服务补助资金（省对下转移支付）",
        dept=DEPT,
        unit="滢川省司法厅公共法律服务管理处",
        money=annual_money(wan(360), wan(360), wan(0)),
        goals=["补助12个欠发达县开展涉农公证减免和巡回办证。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("*产出指标", "*数量指标", "补助欠发达县", "≥", 12, "个"),
        (None, None, "减免涉农公证费件数", "≥", 18000, "件"),
        (None, "*质量指标", "公证书质量抽查合格率", "≥", 97, "%"),
        (None, mk("社会效益指标", "F105", "error",
                  note="社会效益指标 belongs under 效益指标, not 产出指标"),
         "农村群众公证服务知晓率", "≥", 80, "%"),
        (None, "*时效指标", "补助资金下达时限", "≤", 30, "日"),
        (None, "*成本指标", "每件公证费减免补助", mk("=", "T108", "warning", row=True,
                                                    note="a cost cap written with ="),
         200, "元/件"),
        ("*效益指标", "可持续影响指标", "县级公证处巡回办证机制", "定性", "建立并执行", None),
        ("*满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "xr18-conversion-artefacts",
    (9,),
    "project, OLD-NAT, one value column, money lines "
    "below the table: a plan date as a text serial, a split number, a cost rounded to 0",
)
def xr18() -> Book:
    b, s = start()
    serial = mk("46022", "X104", "warning", note="2025-12-31 pasted as a text serial")
    project_head(
        s,
        year=YEAR,
        name="海岛及偏远村巡回公证服务",
        dept=DEPT,
        end=serial,
        unit="栖湾县公证处",
        money=annual_money(wan(50), wan(50), wan(0)),
        goals=["乘船赴海岛及偏远村开展巡回公证。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "巡回公证服务场次", "≥40场"),
        (None, "质量指标", "公证书合格率", "≥98%"),
        (None, "时效指标", "预约后上门时限", "≤5个工作日"),
        (None, "成本指标", "每场次巡回服务成本",
         mk("≤0万元/场", "T115", "error", note="a cost cap rounded to 0 (0.5万元/场 intended)")),
        ("效益指标", "社会效益指标", "偏远村群众就地办证率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "海岛群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "船只租赁", None, money(20), merge=[(2, 3)])
    s.row(
        None,
        "公证员差旅及补助",
        None,
        mk(
            "12.3 5",
            "X105",
            "warning",
            alt=("X103",),
            note="12.35 split by a space, stored as text",
        ),
        merge=[(2, 3)],
    )
    s.row(None, "便携办证设备", None, money(17.65), merge=[(2, 3)])
    s.row(None, "合计", None, money(50), merge=[(2, 3)])
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    return b
