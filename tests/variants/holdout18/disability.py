"""残联 and 人社 returns: 残疾人康复, 辅助器具, 托养, 就业技能培训, a 残联's department table."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout18.grid import EXPORT_HEAD, export, grid, sign, title
from tests.variants.holdout18.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

N2 = "#,##0.00"


@variant("ib02-training-two-sheets-ok", (1, 7), "budget-system export in two sheets (项目支出预算"
         "05-1 with the money, 项目支出绩效目标05-2 with the header on the third row), "
         "项目名称 and 年度绩效目标 repeated in every row, percentages as percent "
         "cells")  # fmt: skip
def ib02() -> Book:
    b = Book()
    s = b.sheet("项目支出预算05-1", (20, 24, 12, 24, 12, 12, 12, 10))
    title(s, "2026年度部门项目支出预算表", 1, 8)
    s.row("单位名称：临川县人力资源和社会保障局", None, None, None, None, None, None,
          "金额单位：万元")  # fmt: skip
    s.row("项目编码", "项目名称", "项目类别", "实施单位", "资金总额", "财政拨款", "其他资金",
          "备注")  # fmt: skip
    s.row("331082261000000207", "职业技能提升培训补贴", "专项业务类", "临川县就业服务中心",
          money(486, N2), money(486, N2), money(0, N2), None)  # fmt: skip
    s.row("合计", None, None, None, money(486, N2), money(486, N2), money(0, N2), None)
    t = b.sheet("项目支出绩效目标05-2", (10, 18, 30, 12, 14, 26, 10, 10, 10, 10))
    title(t, "2026年度部门项目支出绩效目标表", 2, 9)
    t.row("单位名称：临川县人力资源和社会保障局", col=2)
    name = "职业技能提升培训补贴"
    goal = "全年开展职业技能培训3200人次以上，培训合格率90%以上，培训后就业率达到60%以上。"
    head = ("项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "度量单位", "指标方向")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "职业技能培训人次", "≥", 3200, "人次", "正向"),
        ("产出指标", "数量指标", "开展培训工种", "≥", 12, "个", "正向"),
        ("产出指标", "质量指标", "培训合格率", "≥", pct(0.9), "%", "正向"),
        ("产出指标", "时效指标", "培训补贴审核发放时限", "≤", 30, "个工作日", "反向"),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤", 1500, "元/人次", "反向"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥", pct(0.6), "%", "正向"),
        ("效益指标", "可持续影响指标", "劳动者就业技能", "定性", "有效提升", "", "正向"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", pct(0.9), "%", "正向"),
    ]
    export(t, head=head, code="RS2026", rows=[(name, goal, *r) for r in rows])
    return b


@variant("ib03-rehab-wps-signs-ok", (5, 11), "WPS project table from column C with an empty "
         "spacer column, numbered tier labels merged down, operators inside the values in the "
         "signs offices type (≧, ＞, ＝, spaces, 不少于, 控制在…以内, 100%（含）)")  # fmt: skip
def ib03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (3, 3, 18, 22, 30, 3, 18, 14))
    s.skip()
    title(s, "2026年度项目支出绩效目标申报表", 3, 6)
    grid(s, [
        ("项目名称", "残疾儿童康复救助及辅助器具适配", "主管部门", "石门县残疾人联合会"),
        ("实施单位", "石门县残疾人康复中心", "项目属性", "延续项目"),
        ("计划开始日期", day(2026, 1, 1, CN_DATE), "计划完成日期", day(2026, 12, 31, CN_DATE)),
        ("资金总额（万元）", 420, "其中：财政拨款", 400),
        ("其他资金（万元）", 20, "资金来源", "省级补助、县级配套"),
        ("年度绩效目标", "为120名残疾儿童提供康复救助，为350名残疾人适配辅助器具，残疾人基本康复"
                         "服务覆盖率95%以上。"),
    ], col=3, width=6)  # fmt: skip
    s.skip()
    s.row("一级指标", "二级指标", "三级指标", None, "指标值", "备注", col=3)
    s.table([
        ("一、产出指标", "（一）数量指标", "残疾儿童康复救助人数", None, "≧120人", None),
        (None, None, "辅助器具适配人数", None, "不少于350人", None),
        (None, "（二）质量指标", "残疾人基本康复服务覆盖率", None, "≥ 95 %", None),
        (None, None, "定点康复机构协议覆盖率", None, "100%（含）", None),
        (None, None, "辅助器具适配合格率", None, "＝100%", None),
        (None, None, "辅助器具适配返修率", None, "控制在5%以内", None),
        (None, "（三）时效指标", "康复救助申请审批时限", None, "≤15个工作日", None),
        ("二、成本指标", "（一）经济成本指标", "残疾儿童康复救助标准", None, "≤24000元/人·年",
         "按省定标准"),
        ("三、效益指标", "（一）社会效益指标", "残疾儿童康复训练有效率", None, "≥85%", None),
        (None, None, "残疾人生活自理能力", None, "有效提升", None),
        (None, "（二）可持续影响指标", "残疾人康复服务体系", None, "健全", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "残疾人及家属满意度", None, "＞90%", None),
    ], merged=(1, 2), col=3)  # fmt: skip
    s.row("注：本表由项目实施单位填写，金额单位为万元。", col=3, merge=[(3, 8)])
    s.row("填表人：", "周静", "审核人：", None, "李卫东", "填报日期：", col=3)
    s.put(s.r, 9, day(2025, 11, 12, CN_DATE))
    return b


@variant("ib06-disabled-department-ok", (5, 10, 12), "department table (残联), NAT-2021: budget "
         "with shares, key tasks adding to 项目支出, tier-1 labels with points and numbered "
         "tier-2 labels merged down, indicator points adding to each tier's points")  # fmt: skip
def ib06() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (20, 20, 28, 18, 18, 14))
    share = "0.00%"
    department_head(
        s,
        year=2026,
        dept="石门县残疾人联合会",
        filled=day(2025, 11, 26),
        budget=[
            (money(1086.4, N2), money(1046.4, N2), money(40, N2), money(326.4, N2),
             money(760, N2)),
            (pct(1, share), pct(0.9632, share), pct(0.0368, share), pct(0.3004, share),
             pct(0.6996, share)),
        ],
        tasks=[
            ("残疾人康复服务", "残疾儿童康复救助、辅助器具适配", 420,
             "救助残疾儿童120人，适配辅助器具350人"),
            ("残疾人就业帮扶", "按比例就业审核、职业技能培训", 180, "培训残疾人300人次"),
            ("残疾人托养照护", "居家托养和机构托养补贴", 160, "托养服务260人"),
            ("金额合计", None, 760, None),
        ],
        goal="全面落实残疾人康复救助和托养照护政策，提升残疾人就业能力，残疾人基本公共服务水平"
        "稳步提高。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("一、产出指标（40分）", "1.数量指标", "残疾儿童康复救助人数", "≥120人", 10),
        (None, None, "辅助器具适配人数", "≥350人", 10),
        (None, None, "残疾人职业技能培训人次", "≥300人次", 10),
        (None, "2.质量指标", "康复救助对象精准识别率", "≥98%", 5),
        (None, "3.时效指标", "托养补贴按季发放及时率", "≥95%", 5),
        ("二、成本指标（20分）", "1.经济成本指标", "残疾儿童康复救助标准", "≤24000元/人·年", 10),
        (None, None, "居家托养补贴标准", "≤6000元/人·年", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "残疾人就业创业能力", "有效提升", 15),
        (None, "2.可持续影响指标", "残疾人服务保障体系", "逐步完善", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "残疾人及家属满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("注：分值合计100分。", merge=[(1, 6)])
    s.row("填报人：", "郑小燕", "联系电话：", "0736-5322871", "单位负责人：", "彭永红")
    return b


@variant("ib09-training-rate-direction", (11,), "budget-system export, NAT-2021: a 就业率 given "
         "as a count of people, a 投诉率 with ≥ against its 反向 direction, weights adding "
         "to 95")  # fmt: skip
def ib09() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", (10, 14, 16, 30, 10, 12, 12, 8, 10))
    title(s, "2026年度项目支出绩效目标表", 2, 8)
    s.row("金额单位：万元", col=2)
    grid(s, [
        ("项目名称", "双溪县就业技能培训补贴", "项目编码", "330624260000000415"),
        ("主管部门", "双溪县人力资源和社会保障局", "实施单位", "双溪县公共就业服务中心"),
        ("项目类别", "专项业务类", "项目期限", "1年"),
        ("资金总额（万元）", money(260, N2), "其中：财政拨款", money(260, N2)),
        ("其他资金", money(0, N2), "资金来源", "就业补助资金"),
        ("年度绩效目标", "全年开展就业技能培训2000人次、创业培训300人次，培训后就业率不低于60%。"),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95")
    export(s, head=EXPORT_HEAD, code="0205", rows=[
        ("产出指标", "数量指标", "就业技能培训人次", "≥", 2000, "人次", 15, "正向"),
        ("产出指标", "数量指标", "创业培训人次", "≥", 300, "人次", 10, "正向"),
        ("产出指标", "质量指标", "培训合格率", "≥", 90, "%", 10, "正向"),
        ("产出指标", "时效指标", "培训补贴审核办结时限", "≤", 20, "个工作日", 5, "反向"),
        ("成本指标", "经济成本指标", "人均培训补贴", "≤", 1100, "元/人次", 10, "反向"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥",
         mk(1200, "T105", "error", row=True, note="a count of people for a rate"), "人", 15,
         "正向"),
        ("效益指标", "社会效益指标", "培训补贴申领投诉率",
         mk("≥", "T108", "warning", row=True, note="≥ on a 反向 rate"), 5, "%", 10, "反向"),
        ("效益指标", "可持续影响指标", "劳动者职业技能水平", "定性", "持续提升", "", 10, "正向"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", 90, "%", 10, "正向"),
    ])  # fmt: skip
    sign(s, ("填报人：", "林海", "审核人：", "方红梅", "联系电话：", "0570-4412739", "填报日期：",
             day(2025, 11, 21)))  # fmt: skip
    return b


@variant("ib10-rehab-malformed-signs", (11,), "WPS project table, NAT-2021, merged tiers, one "
         "value column with operators inside: ≥≤90%, 95%%, a 覆盖率 over 100%, >=95 "
         "without %")  # fmt: skip
def ib10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 16, 16))
    project_head(
        s,
        year=2026,
        name="河口县残疾人基本康复服务",
        dept="河口县残疾人联合会",
        unit="河口县残疾人康复服务指导站",
        money=[("资金总额", 180, "财政拨款", 165), ("其他资金", 15, None, None)],
        goals=["为全县800名持证残疾人提供基本康复服务，开展康复训练240场次，残疾人基本康复服务"
               "覆盖率达到95%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "基本康复服务人数", "≥800人", None),
        (None, None, "残疾人康复训练场次", "≥240场次", None),
        (None, "质量指标", "康复训练有效率", mk("≥≤90%", "T116", "warning"), None),
        (None, None, "辅助器具适配合格率", mk("95%%", "T116", "warning"), None),
        (None, None, "基本康复服务覆盖率", mk("≥105%", "T106", "error"), None),
        (None, "时效指标", "康复服务年内完成率", "≥95%", None),
        ("成本指标", "经济成本指标", "人均基本康复服务成本", "≤2000元/人", None),
        ("效益指标", "社会效益指标", "残疾人生活自理能力", "有效提升", None),
        (None, "可持续影响指标", "社区康复服务网络", "逐步完善", None),
        ("满意度指标", "服务对象满意度指标", "康复服务对象满意度",
         mk(">=95", "T105", "warning", alt=("T104", "T116"), note="the % left out"), None),
    ], merged=(1, 2))  # fmt: skip
    s.row("填表人：", "何军", "联系电话：", "0873-3712046", "填报日期：", day(2025, 11, 14))
    return b


@variant("ib17-jobs-wps-words-ok", (5, 12), "WPS project table, NAT-2021, tier-1 labels marked "
         "with *, merged tiers, a 预算明细 block that adds up, word operators (不少于, 95%以上, "
         "30日内, 不低于90%) and grades (达标, 逐步改善)")  # fmt: skip
def ib17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 18, 30, 16, 18, 16))
    project_head(
        s,
        year=2026,
        name="桐溪县公益性岗位补贴",
        dept="桐溪县人力资源和社会保障局",
        unit="桐溪县就业服务中心",
        money=[("资金总额", 312, "财政拨款", 300), ("其他资金", 12, None, None)],
        goals=["开发公益性岗位200个，托底安置就业困难人员200人，按月发放岗位补贴和社会保险"
               "补贴。"],
    )  # fmt: skip
    top = s.row("预算明细（万元）", "支出内容", None, "金额", "测算依据", None,
                merge=[(2, 3), (5, 6)])  # fmt: skip
    for line in [
        ("公益性岗位补贴", 240, "200人×1000元/月×12个月"),
        ("社会保险补贴", 66, "200人×275元/月×12个月"),
        ("岗位培训及管理", 6, "培训4期"),
        ("合计", 312, None),
    ]:
        s.row(None, line[0], None, line[1], line[2], None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("*产出指标", "数量指标", "开发公益性岗位", "不少于200个", None),
        (None, None, "安置就业困难人员", "≥200人", None),
        (None, "质量指标", "岗位人员在岗率", "95%以上", None),
        (None, None, "岗位管理制度执行情况", "达标", None),
        (None, "时效指标", "补贴申请办结时限", "30日内", None),
        ("*成本指标", "经济成本指标", "公益性岗位补贴标准", "≤1000元/人·月", None),
        (None, None, "社会保险补贴标准", "≤275元/人·月", None),
        ("*效益指标", "社会效益指标", "就业困难人员就业状况", "逐步改善", None),
        (None, None, "零就业家庭动态清零率", "=100%", None),
        (None, "可持续影响指标", "公益性岗位退出机制", "健全", None),
        ("*满意度指标", "服务对象满意度指标", "岗位人员满意度", "不低于90%", None),
    ], merged=(1, 2))  # fmt: skip
    s.row("注：带*的一级指标为必填项。", merge=[(1, 6)])
    s.row("填表人：", "许文杰", "审核人：", "程丽", "填报日期：", day(2025, 11, 24))
    return b
