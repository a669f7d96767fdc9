"""Tea processing (茶叶加工): khu07–khu12."""

from __future__ import annotations

from tests.variants.holdout895.common import (
    CENTRE,
    DEPT,
    indicators,
    notes,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout895.registry import variant
from tests.variants.kit import Book, mk, pct

VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "khu07-footnotes",
    (4,),
    "project, OLD-NAT, one value column; an instruction row inside the table, footnotes "
    "(one explaining the total), 填表说明, signature and date lines, 0起 on accidents (correct)",
)
def khu07() -> Book:
    b, s = start()
    project(s, "2025年茶叶初制加工厂清洁化改造项目", one_year(150, 120, 30),
            ["完成6家茶叶初制加工厂清洁化改造，更新名优茶连续化生产线4条，"
             "清洁能源使用率达到90%以上。"])  # fmt: skip
    s.row(*VALUE_HEAD)
    notes(s, "（填写说明：定量指标须写明比较符、数值和计量单位，定性指标写明等级）")
    s.table([
        ("产出指标", "数量指标", "完成清洁化改造的初制加工厂", "≥6家"),
        (None, None, "更新名优茶连续化生产线", "≥4条"),
        (None, "质量指标", "改造生产线竣工验收合格率", "100%"),
        (None, "时效指标", "生产线投产时间", "2025年10月31日前"),
        (None, "成本指标", "单条生产线设备补助", "≤25万元/条"),
        ("效益指标", "经济效益指标", "改造加工厂新增产值", "≥600万元"),
        (None, "社会效益指标", "加工安全生产事故", "0起"),
        (None, "生态效益指标", "加工环节清洁能源使用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.其他资金30万元为加工企业自筹，已计入年度资金总额150万元。",
          "2.生产线设备补助按每条不超过25万元据实拨付，余款用于厂房清洁化改造。")  # fmt: skip
    notes(s, "填表说明：本表一式三份，报县财政局、县农业农村局各一份，本单位留存一份。")
    signature(s, "柏予安", "0797-6320917")
    return b


@variant(
    "khu08-notes-and-artefacts",
    (4, 9),
    "project, OLD-NAT, one value column, a note row between tiers and a stamp line, an "
    "equipment detail block pasted from a PDF: a split number, an amount pasted twice",
)
def khu08() -> Book:
    b, s = start()
    project(s, "2025年名优绿茶自动化加工设备购置项目", one_year(120, 100, 20),
            ["为县茶叶加工示范厂购置揉捻、烘干提香、色选设备共14台（套），"
             "年加工名优绿茶能力提高到80吨。"])  # fmt: skip
    s.row(*VALUE_HEAD)
    s.table([
        ("产出指标", "数量指标", "购置名优绿茶加工设备", "≥14台（套）"),
        (None, None, "设备安装完成率",
         mk("12台", "T105", "error", note="a 完成率 given as a count")),
        (None, "质量指标", "设备验收合格率", "100%"),
        (None, "时效指标", "设备安装调试完成时间", "2025年6月30日前"),
        (None, "成本指标", "设备购置成本", "≤120万元"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：效益指标按设备投产后首个完整年度测算。", width=4)
    s.table([
        ("效益指标", "经济效益指标", "年加工名优绿茶能力", "≥80吨"),
        (None, "社会效益指标", "带动周边茶农鲜叶销售", "≥900户"),
        ("满意度指标", "服务对象满意度指标", "示范厂及茶农满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("设备购置明细（万元）", "数量", "金额")
    s.row(
        "揉捻机组",
        "6台",
        mk("36.5 8", "X105", "warning", alt=("X103",), note="36.58 split by a space"),
    )
    s.row(
        "烘干提香机",
        "4台",
        mk("45万45万（含运输）", "X106", "error", alt=("B108",), note="45 pasted twice"),
    )
    s.row("光电色选机", "4台", wan(38.42))
    s.row("合计", "14台", wan(120))
    s.row(None, None, None, "（单位公章）")
    return b


@variant(
    "khu09-two-row-header",
    (7,),
    "project, NAT-2021, a two-row header with 指标内容, 绩效标准 and a 评价标准 scoring "
    "column, an energy 下降率 with ≥ (correct)",
)
def khu09() -> Book:
    b, s = start()
    project(s, "2025年夏秋茶精深加工（抹茶）生产线建设项目", one_year(260, 200, 60),
            ["利用夏秋茶原料建成抹茶生产线1条，年消化夏秋茶鲜叶600吨，单位产品能耗下降8%以上。"],
            attr="新增项目")  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "指标内容")
    for c in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    score = "达到绩效标准得满分，未达到按比例扣分"
    s.table([
        ("产出指标", "数量指标", "建成抹茶生产线", "1条", score),
        (None, None, "年消化夏秋茶鲜叶", "≥600吨", score),
        (None, "质量指标", "抹茶产品出厂检验合格率", "≥98%", score),
        (None, "时效指标", "生产线建成投产时间", "2025年9月30日前", "逾期1个月扣1分"),
        ("成本指标", "经济成本指标", "生产线建设成本", "≤260万元", "超出不得分"),
        ("效益指标", "经济效益指标", "夏秋茶鲜叶收购均价增幅", "≥10%", score),
        (None, "生态效益指标", "单位产品能耗下降率", "≥8%", score),
        (None, "可持续影响指标", "夏秋茶资源利用长效机制", "建立并执行", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "鲜叶交售茶农满意度", "≥90%", score),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "蔺清禾", "0797-6318204")
    return b


@variant(
    "khu10-second-sheet",
    (7, 12),
    "project: head on 项目信息 with a total that is not its parts, the indicator table on a "
    "second sheet 绩效指标 under 预期实现值, one 合格率 given as a count",
)
def khu10() -> Book:
    b, s = start("项目信息")
    money_rows = one_year(
        mk(wan(95), "B101", "error", row=True, note="财政拨款 80 + 其他资金 20 = 100"), 80, 20
    )
    project(s, "2025年茶叶加工质量安全追溯体系建设项目", money_rows,
            ["为20家规模茶叶加工企业建成质量安全追溯系统，抽检合格率保持在98%以上。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 32, 18))
    t.title("项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "接入追溯系统的加工企业", "≥20家"),
        (None, None, "开展茶叶质量安全抽检", "≥120批次"),
        (None, "质量指标", "茶叶质量安全抽检合格率",
         mk("30批次", "T105", "error", note="a 合格率 given as a count")),
        (None, "时效指标", "追溯系统上线时间", "2025年8月31日前"),
        ("效益指标", "社会效益指标", "茶叶产品扫码可追溯比例", "≥95%"),
        (None, "可持续影响指标", "追溯信息更新机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "khu11-system-export",
    (7, 9),
    "budget-system export: sheets 项目支出预算05-1 and 项目支出绩效目标05-2, header on the "
    "third row, codes in the first columns, typed percents and =100% as text (correct)",
)
def khu11() -> Book:
    b, s = start("项目支出预算05-1", (22, 30, 12, 24, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "单位编码", "单位名称", "资金总额", "财政拨款", "其他资金")
    code = "361130250000000027"
    name = "茶叶加工园区公共服务平台运维项目"
    s.row(code, name, "318002", CENTRE, wan(85), wan(70), wan(15))
    t = b.sheet("项目支出绩效目标05-2", (22, 30, 14, 16, 30, 14))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row(f"部门：{DEPT}")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for row in [
        ("产出指标", "数量指标", "公共服务平台服务加工企业", "≥35家"),
        ("产出指标", "数量指标", "提供茶叶检测、包装公共服务", "≥1200批次"),
        ("产出指标", "质量指标", "平台设备完好率", pct(0.95)),
        ("产出指标", "时效指标", "年度运维任务完成率", "=100%"),
        ("产出指标", "成本指标", "平台年度运维费用", "≤85万元"),
        ("效益指标", "经济效益指标", "入园企业加工成本降低率", "≥5%"),
        ("效益指标", "可持续影响指标", "平台运维管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", pct(0.9)),
    ]:
        t.row(code, name, *row)
    return b


@variant(
    "khu12-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: two tier-2 labels left from the template with no "
    "indicator, a value whose name is missing",
)
def khu12() -> Book:
    b, s = start()
    project(s, "2025年茶叶加工技能人才培训项目", one_year(40, 40, 0),
            ["培训茶叶加工技术骨干300人，培训考核合格率90%以上。"])  # fmt: skip
    left = "a tier-2 left from the template with no indicator and no value"
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "培训茶叶加工技术骨干", "≥300人"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥6期"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, mk("时效指标", "F109", "warning", row=True, note=left), None, None),
        ("成本指标", "经济成本指标", "人均培训补助标准", "≤800元/人"),
        ("效益指标", "社会效益指标", "学员返岗后从事茶叶加工比例", "≥85%"),
        (None, mk("可持续影响指标", "F109", "warning", row=True, note=left), None, None),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "蔺清禾", "0797-6318204")
    return b
