"""Village clinic equipment (村卫生室设备): kgq07–kgq12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout865.common import (
    ONE_VALUE,
    PROJECT_OP,
    detail,
    indicators,
    money_year,
    new_book,
    sign,
    wan,
)
from tests.variants.holdout865.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, pct


@variant(
    "kgq07-ecg-detail-block",
    (12, 4),
    "project, OLD-NAT, operator and unit columns, a "
    "budget detail block with a subtotal, signature lines (correct)",
)
def ecg_detail_block() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="澄岭县村卫生室心电诊疗设备配置",
        dept="澄岭县卫生健康局 418",
        unit="澄岭县基层卫生指导中心",
        attr="一次性项目",
        money=money_year(wan(100), wan(85), wan(15)),
        goals=[
            "为42个村卫生室（其中中心村卫生室12个）配置心电图机和智能健康一体机，"
            "9月底前完成安装和村医操作培训。"
        ],
    )
    detail(s, [
        ("心电图机", "42台", 1.2, money(50.4), "按省集中采购参考价"),
        ("智能健康一体机", "42台", 0.8, money(33.6), None),
        ("电子血压计及血糖仪", "84套", 0.15, money(12.6), None),
        ("设备购置小计", None, None, money(96.6), None),
        ("运输安装及村医培训", "1项", None, money(3.4), None),
    ], money(100))  # fmt: skip
    s.skip()
    indicators(s, PROJECT_OP, [
        ("产出指标", "数量指标", "配置心电图机的村卫生室数", "≥", 42, "个"),
        (None, None, "培训村医人数", "≥", 84, "人"),
        (None, "质量指标", "设备验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "设备安装完成时间", "≤", day(2026, 9, 30, CN_DATE), None),
        (None, "成本指标", "心电图机采购单价", "≤", 1.2, "万元/台"),
        ("效益指标", "社会效益指标", "村卫生室心电检查开展率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "设备维护管理制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "就诊村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "栾素珂", "0739-6258163")
    return b


@variant(
    "kgq08-ultrasound-lines",
    (12,),
    "project, OLD-NAT, a detail block whose lines do not "
    "add to its total, a unit price × count above its line",
)
def ultrasound_lines() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="柘川县中心村卫生室便携式B超配置",
        dept="柘川县卫生健康局 302",
        unit="柘川县卫生健康局",
        attr="一次性项目",
        money=money_year(wan(120), wan(104), wan(16)),
        goals=["为30个中心村卫生室配置便携式B超，为12个偏远村卫生室配置除颤仪。"],
    )
    total = mk(money(120), "B102", "error", alt=("B101",), note="90 + 30 + 6 = 126，不是合计 120")
    detail(s, [
        ("便携式B超", "30台", 3.0, money(90), None),
        ("自动体外除颤仪", "12台", 2.5, money(30), None),
        ("安装调试及培训", "1项", None, money(6), None),
    ], total)  # fmt: skip
    s.skip()
    price = mk(
        3.5, "B107", "warning", row=True, note="3.5万元 × 30台 = 105万元，超过B超明细 90万元"
    )
    indicators(s, PROJECT_OP, [
        ("产出指标", "数量指标", "配置便携式B超的中心村卫生室数", "≥", 30, "个"),
        (None, None, "配置除颤仪的偏远村卫生室数", "≥", 12, "个"),
        (None, "质量指标", "设备验收合格率", "=", "100%", None),
        (None, "时效指标", "设备到位时间", "≤", "2026年8月31日", None),
        (None, "成本指标", "便携式B超采购单价", "≤", price, "万元/台"),
        ("效益指标", "社会效益指标", "中心村卫生室B超检查开展率", "≥", "80%", None),
        ("满意度指标", "服务对象满意度指标", "就诊村民满意度", "≥", "90%", None),
    ])  # fmt: skip
    return b


@variant(
    "kgq09-upkeep-second-sheet",
    (7, 1),
    "project: head on the first sheet, the table on a "
    "second sheet under 预期实现值, typed percents, a 下降率 with ≥, 0起 (correct)",
)
def upkeep_second_sheet() -> Book:
    b, s = new_book("项目信息")
    project_head(
        s,
        year=2026,
        name="澄岭县村卫生室医疗设备运维补助",
        dept="澄岭县卫生健康局 418",
        unit="澄岭县医疗设备维修服务站",
        attr="常年项目",
        money=money_year(wan(64), wan(64), wan(0)),
        goals=[
            "对全县138个村卫生室的诊疗设备每季度巡检一次，故障48小时内响应，"
            "设备完好率保持在95%以上。"
        ],
    )
    t = b.sheet("绩效指标", (16, 18, 32, 18))
    t.title("2026年度村卫生室医疗设备运维补助绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "巡检村卫生室数", "≥138个"),
        (None, None, "每个村卫生室年度巡检次数", "≥4次"),
        (None, "质量指标", "诊疗设备完好率", pct(0.95)),
        (None, None, "设备故障停用率", "≤3%"),
        (None, "时效指标", "故障报修响应时间", "≤48小时"),
        ("成本指标", "经济成本指标", "单个村卫生室年均运维费用", "≤0.45万元/个"),
        ("效益指标", "社会效益指标", "设备闲置下降率", "≥10%"),
        (None, None, "医疗设备安全责任事故", "0起"),
        (None, "可持续影响指标", "设备运维台账", "健全"),
        ("满意度指标", "服务对象满意度指标", "村医对运维服务满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "kgq10-kit-numbered-tiers",
    (5,),
    "project, OLD-NAT, numbered tier labels (一、（一）): "
    "clinic count against the goal, a quality rate under 时效, a template example row left",
)
def kit_numbered_tiers() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="梧塘县村卫生室标准化诊疗设备配置",
        dept="梧塘县卫生健康局 215",
        unit="梧塘县卫生健康局",
        attr="一次性项目",
        money=money_year(wan(80), wan(70), wan(10)),
        goals=[
            "为86个村卫生室各配置一套标准化诊疗设备（诊查床、出诊箱、智能血压计等），"
            "6月底前配送到位并完成验收。"
        ],
    )
    clinics = mk("≥68个", "D104", "warning", row=True, note="年度目标写86个村卫生室，指标写68个")
    sample = mk("≥**台", "X101", "error", row=True, note="模板的示例行没有删除")
    acceptance = mk(
        "设备到货验收合格率",
        "F201",
        "warning",
        row=True,
        note="验收合格率是质量指标，填在时效指标下",
    )
    indicators(s, ONE_VALUE, [
        ("一、产出指标", "（一）数量指标", "配备标准化诊疗设备的村卫生室数", clinics),
        (None, None, "（示例）XX设备配备数量", sample),
        (None, "（二）质量指标", "设备配置符合村卫生室建设标准", "符合"),
        (None, "（三）时效指标", acceptance, "100%"),
        (None, None, "设备配送到位时间", "2026年6月30日前"),
        (None, "（四）成本指标", "每室设备配置标准", "≤0.9万元/套"),
        ("二、效益指标", "（一）社会效益指标", "村卫生室基本诊疗服务能力", "明显提升"),
        (None, "（二）可持续影响指标", "设备使用管理责任制", "建立并执行"),
        ("三、满意度指标", "（一）服务对象满意度指标", "村医满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgq11-terminal-export",
    (7, 9),
    "budget-system export: money on sheet 05-1, indicators "
    "on sheet 05-2 under a header on the third row, codes first, =100% as text (correct)",
)
def terminal_export() -> Book:
    b, s = new_book("部门项目支出预算05-1", (18, 30, 16, 16, 16))
    s.title("2026年部门项目支出预算表", 5)
    s.row("单位：柘川县卫生健康局", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("511425-26-0317", "村卫生室智能随访终端配置", wan(75), wan(60), wan(15))
    s.row("合计", None, wan(75), wan(60), wan(15))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 26, 12, 16, 30, 18, 12))
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row("单位：柘川县卫生健康局", None, None, None, None, "金额单位：万元")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    code, name = "511425-26-0317", "村卫生室智能随访终端配置"
    t.table([
        (code, name, "产出指标", "数量指标", "配置智能随访终端的村卫生室数", "≥60", "个"),
        (code, name, "产出指标", "质量指标", "终端设备验收合格率", "=100%", "%"),
        (code, name, "产出指标", "时效指标", "终端到位时间", day(2026, 8, 31), None),
        (code, name, "成本指标", "经济成本指标", "单台终端采购价格", "≤1.2", "万元/台"),
        (code, name, "效益指标", "社会效益指标", "村卫生室信息化随访占比", pct(0.6), "%"),
        (code, name, "满意度指标", "服务对象满意度指标", "村医满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant(
    "kgq12-install-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column: end date as a "
    "serial in a text cell, 元 in the 万元 block, last year's installation deadline",
)
def install_artefacts() -> Book:
    b, s = new_book()
    other = mk(money(180000, YUAN), "B105", "error", note="万元栏里填了元：180,000.00元")
    end = mk("46387", "X104", "warning", note="日期序列号存成文本（2026-12-31）")
    project_head(
        s,
        year=2026,
        name="榆埠镇村卫生室中医诊疗设备配置",
        dept="柘川县卫生健康局 302",
        unit="柘川县榆埠镇卫生院",
        attr="一次性项目",
        start=day(2026, 3, 1),
        end=end,
        money=money_year(wan(88), wan(70), other),
        goals=[
            "为22个村卫生室配置中医诊疗设备（针灸治疗仪、艾灸仪、中药熏蒸设备），培训村医44人次。"
        ],
    )
    b.file_mark("B101", "error", required=False, note="元写在万元栏引起的合计不符")
    late = mk(
        "2025年10月31日前",
        "Y102",
        "error",
        row=True,
        alt=("Y103",),
        note="2026年3月开始的项目，安装期限写成2025年",
    )
    indicators(s, ONE_VALUE, [
        ("产出指标", "数量指标", "配置中医诊疗设备的村卫生室数", "≥22个"),
        (None, None, "村医中医适宜技术培训人次", "≥44人次"),
        (None, "质量指标", "设备验收合格率", "100%"),
        (None, "时效指标", "设备安装完成时间", late),
        (None, "成本指标", "每室中医设备配置费用", "≤4万元/室"),
        ("效益指标", "社会效益指标", "村卫生室中医药服务开展率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "就诊村民满意度", "≥90%"),
    ])  # fmt: skip
    return b
