"""Returns with planted money mistakes in lists: a part above its line, income and expenditure
out of balance, a two-column list not adding up, a 占比 that does not match its amount."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout70.common import YEAR, footer, indicators, project_money, wan
from tests.variants.holdout70.registry import variant
from tests.variants.kit import Book, mk, ok, pct

P2 = "0.00%"


@variant("kb14-part-above-line", (12,), "department, NAT-2021, an income list with indented 其中 "
         "lines: one 其中 part is larger than its line; operators in their own column")  # fmt: skip
def kb14() -> Book:
    b = Book()
    s = b.sheet("部门整体支出")
    department_head(
        s, year=YEAR, dept="荻溪县林业局",
        budget=[[wan(1280.0), wan(1160.0), wan(120.0), wan(710.0), wan(570.0)]],
        goal="加强森林资源保护和森林防火，推进国土绿化和林业有害生物防治。",
    )  # fmt: skip
    s.row("收入预算（万元）", None, None, "支出预算（万元）", None, None,
          merge=[(1, 3), (4, 6)])  # fmt: skip
    for a, x, c, y in [
        ("一、财政拨款收入", wan(1160.0), "一、基本支出", wan(710.0)),
        ("　其中：一般公共预算拨款", wan(1090.0), "　其中：人员经费", wan(604.0)),
        ("　　　　政府性基金预算拨款", wan(70.0), "　　　　公用经费", wan(106.0)),
        ("二、其他收入", ok(wan(120.0), "error"), "二、项目支出", wan(570.0)),
        (
            "　其中：林木采伐补偿收入",
            mk(
                wan(135.0),
                "B101",
                "error",
                alt=("B102",),
                note="a 其中 part of 135 under 其他收入 of 120",
            ),
            "　其中：森林防火",
            wan(236.0),
        ),
        (None, None, "　　　　有害生物防治", wan(148.0)),
        (None, None, "　　　　国土绿化", wan(186.0)),
        ("收入合计", wan(1280.0), "支出合计", wan(1280.0)),
    ]:
        s.row(a, None, x, c, None, y, merge=[(1, 2), (4, 5)])
    s.skip()
    indicators(s, [
        ("产出指标", "数量指标", "完成人工造林面积", "≥", 3200, "亩"),
        (None, None, "林业有害生物防治面积", "≥", 5.6, "万亩"),
        (None, None, "建设森林防火隔离带", "≥", 18, "公里"),
        (None, "质量指标", "造林成活率", "≥", pct(0.85), "%"),
        (None, None, "林业有害生物成灾率", "≤", "3‰", None),
        (None, "时效指标", "森林火情处置到场时间", "≤", 30, "分钟"),
        ("成本指标", "经济成本指标", "人工造林亩均成本", "≤", 600, "元/亩"),
        (None, None, "有害生物防治亩均成本", "≤", 26, "元/亩"),
        ("效益指标", "生态效益指标", "森林覆盖率", "≥", pct(0.672, "0.0%"), "%"),
        (None, "社会效益指标", "重特大森林火灾发生次数", "=", 0, "次"),
        (None, "可持续影响指标", "护林员网格化管护覆盖率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "卢青禾", "0736-7630412", head="局长")
    return b


@variant("kb15-income-expenditure-unbalanced", (12,), "unit (事业单位), OLD-NAT, income and "
         "expenditure side by side: each adds up, but 支出合计 < 收入合计")  # fmt: skip
def kb15() -> Book:
    b = Book()
    s = b.sheet("单位整体")
    department_head(
        s, year=YEAR, dept="苇湾县第二中学", title=f"{YEAR}年度单位整体支出绩效目标表",
        budget=[[wan(3460.0), wan(3180.0), wan(280.0), wan(2960.0), wan(500.0)]],
        goal="保障学校正常运转，改善教学条件，提高教育教学质量。",
    )  # fmt: skip
    s.row("收入", None, "金额（万元）", "支出", None, "金额（万元）", merge=[(1, 2), (4, 5)])
    for a, x, c, y in [
        ("财政拨款收入", wan(3180.0), "基本支出", wan(2960.0)),
        ("  其中：一般公共预算", wan(3180.0), "  其中：人员经费", wan(2540.0)),
        ("事业收入", wan(210.0), "        公用经费", wan(420.0)),
        (
            "  其中：住宿费",
            wan(126.0),
            "项目支出",
            ok(wan(460.0), "error", note="the head says 项目支出 500"),
        ),
        ("其他收入", wan(70.0), "  其中：实验室改造", wan(280.0)),
        (None, None, "        校园安全设施", wan(180.0)),
        (
            "收入合计",
            wan(3460.0),
            "支出合计",
            mk(
                wan(3420.0),
                "B101",
                "error",
                alt=("B102",),
                note="支出 3420 against 收入 3460 and the head's 资金总额",
            ),
        ),
    ]:
        s.row(a, None, x, c, None, y, merge=[(1, 2), (4, 5)])
    s.skip()
    indicators(s, [
        ("产出指标", "数量指标", "在校学生人数", "≥", 2150, "人"),
        (None, None, "改造理化生实验室", "≥", 6, "间"),
        (None, None, "教师参加继续教育培训人次", "≥", 180, "人次"),
        (None, "质量指标", "学业水平考试合格率", "≥", pct(0.95), "%"),
        (None, None, "实验室改造验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "实验室改造完成时间", "≤", f"{YEAR}年8月31日", None),
        (None, "成本指标", "生均公用经费", "≤", 1960, "元/生"),
        (None, None, "单间实验室改造成本", "≤", 46.7, "万元/间"),
        ("效益指标", "社会效益指标", "学生体质健康达标率", "≥", pct(0.92), "%"),
        (None, None, "校园安全责任事故次数", "=", 0, "次"),
        (None, "可持续影响指标", "实验开出率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥", pct(0.9), "%"),
        (None, None, "家长满意度", "≥", pct(0.88), "%"),
    ])  # fmt: skip
    footer(s, "吕书恒", "0736-6107734", head="校长")
    return b


@variant("kb17-two-column-list-off", (11, 12), "project, NAT-2021, a two-column detail list "
         "whose lines do not reach the one 合计; a 反向 rate written with ≥")  # fmt: skip
def kb17() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表")
    project_head(
        s, year=YEAR, name="榆塘县城乡生活垃圾分类收运体系建设", dept="榆塘县综合行政执法局",
        unit="榆塘县环境卫生管理所", money=project_money(476.0, 476.0, 0.0),
        goals=["完善城乡生活垃圾分类投放、收集、运输体系，提高生活垃圾回收利用率。"],
    )  # fmt: skip
    s.row("明细", None, "金额（万元）", "明细", None, "金额（万元）", merge=[(1, 2), (4, 5)])
    for a, x, c, y in [
        ("分类收集亭（120座）", wan(168.0), "压缩式运输车（4辆）", wan(132.0)),
        ("分类垃圾桶（6000只）", wan(54.0), "收运信息化平台", wan(48.0)),
        ("宣传督导", wan(26.0), "其他（检测、监理）", wan(22.0)),
    ]:
        s.row(a, None, x, c, None, y, merge=[(1, 2), (4, 5)])
    s.row("合计", None, None, None, None,
          mk(wan(476.0), "B102", "error", alt=("B101",), note="the six lines give 450"),
          merge=[(1, 5)])  # fmt: skip
    s.skip()
    indicators(s, [
        ("产出指标", "数量指标", "建设分类收集亭", "≥", 120, "座"),
        (None, None, "购置压缩式运输车", "≥", 4, "辆"),
        (None, None, "配置分类垃圾桶", "≥", 6000, "只"),
        (None, "质量指标", "收集亭验收合格率", "=", pct(1), "%"),
        (None, None, "垃圾收运车辆密闭化率", "=", pct(1), "%"),
        (None, "时效指标", "收运体系建成时间", "≤", f"{YEAR}年9月30日", None),
        ("成本指标", "经济成本指标", "收集亭单座造价", "≤", 1.4, "万元/座"),
        (None, "生态环境成本指标", "垃圾收运过程抛洒滴漏率",
         mk("≥", "T108", "warning", row=True, note="a 反向 rate with ≥"), pct(0.02), "%"),
        ("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥", pct(0.35), "%"),
        (None, "社会效益指标", "城区生活垃圾分类覆盖率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "分类收运长效运行机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥", pct(0.85), "%"),
    ])  # fmt: skip
    footer(s, "裴晚晴", "0736-4417820")
    return b


@variant("kb18-share-off-rate-count", (1, 12), "department, NAT-2021, budget lines with a 占比 "
         "column: one share does not match its amount; a rate given as a count")  # fmt: skip
def kb18() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=YEAR, dept="棠浦县医疗保障局",
        budget=[[wan(2500.0), wan(2500.0), wan(0.0), wan(1750.0), wan(750.0)]],
        goal="做好基本医疗保障待遇落实和基金监管，推进医保经办服务下沉。",
    )  # fmt: skip
    s.row("支出构成", "项目", "金额（万元）", "占比", "说明", None, merge=[(5, 6)])
    top = s.r
    for a, x, c, d in [
        ("人员经费", wan(1350.0), pct(0.54, P2), None),
        (
            "公用经费",
            wan(400.0),
            mk(pct(0.18, P2), "B111", "error", note="400 / 2500 = 16 %"),
            None,
        ),
        ("项目支出", wan(750.0), pct(0.3, P2), "城乡居民医保经办等"),
    ]:
        s.row(None, a, x, c, d, None, merge=[(5, 6)])
    s.row(None, "合计", wan(2500.0), ok(pct(1, P2), "error", note="the shares give 102 %"),
          None, None, merge=[(5, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.skip()
    indicators(s, [
        ("产出指标", "数量指标", "医保定点医药机构检查覆盖率", "=", pct(1), "%"),
        (None, None, "基层医保服务站建设数量", "≥", 14, "个"),
        (None, None, "医保政策宣传场次", "≥", 36, "场"),
        (None, "质量指标", "异地就医直接结算率", "≥", pct(0.85), "%"),
        (None, None, "医保经办差错率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "零星报销办结完成率", "≥",
         mk("15个工作日", "T105", "error", alt=("T113",),
            note="a rate given as a time limit"), None),
        ("成本指标", "经济成本指标", "基层服务站建设单站补助", "≤", 3, "万元/个"),
        (None, None, "公用经费支出", "≤", 400, "万元"),
        ("效益指标", "社会效益指标", "基本医疗保险参保率", "≥", pct(0.95), "%"),
        (None, None, "追回违规医保基金", "≥", 180, "万元"),
        (None, "可持续影响指标", "医保基金收支平衡", "定性", "收支平衡、略有结余", None),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "秦沛然", "0736-6209183", head="局长")
    return b
