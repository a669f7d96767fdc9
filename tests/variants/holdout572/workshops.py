"""Workshops of both kinds: system exports, notes and page breaks, second sheets, transfers."""

from __future__ import annotations

from tests.variants.holdout572.common import (
    book,
    department,
    indicators,
    notes,
    project,
    sign,
    wan,
)
from tests.variants.holdout572.registry import variant
from tests.variants.kit import Book, day, mk

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("dj13-export-codes", (4, 7),
         "budget-system export: money on 「部门项目支出预算05-1」, indicators on "
         "「部门项目支出绩效目标05-2」 with the header on the third row and codes in the "
         "first columns (correct)")  # fmt: skip
def dj13() -> Book:
    b, s = book("部门项目支出预算05-1")
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("33102225000087", "鹭洲县咸鸭蛋质量追溯平台项目", wan(45), wan(40), wan(5))
    s.row("合计", None, wan(45), wan(40), wan(5))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 14, 16, 26, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：鹭洲县市场监督管理局")
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("33102225000087", "鹭洲县咸鸭蛋质量追溯平台项目", "产出指标", "数量指标",
         "接入追溯平台作坊", "≥25家"),
        (None, None, None, None, "赋码咸鸭蛋", "≥500万枚"),
        (None, None, None, "质量指标", "追溯信息完整率", "≥95%"),
        (None, None, None, "时效指标", "平台上线时间", "2025年8月31日前"),
        (None, None, "成本指标", "经济成本指标", "单家作坊接入费用", "≤1.2万元"),
        (None, None, "效益指标", "社会效益指标", "消费者扫码查询次数", "≥10万次"),
        (None, None, "满意度指标", "服务对象满意度指标", "接入作坊满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("dj14-salted-cost-direction", (11, 12),
         "project, NAT-2021: a subsidy standard × household count above the annual money, a "
         "出厂检验合格率 under 时效, a 破损率 with ≥")  # fmt: skip
def dj14() -> Book:
    b, s = project(year=2025, name="白蚬湾咸蛋腌制设备补助项目", dept="鹭洲县农业农村局 317",
                   unit="白蚬湾村股份经济合作社",
                   money=[("年度资金总额", wan(100), "其中：财政拨款", wan(70)),
                          ("其他资金", wan(30), None, None)],
                   goals=["补助48户咸蛋腌制户购置滚盐机和控温腌缸。"])  # fmt: skip
    indicators(s, H4, [
        ("成本指标", "经济成本指标", "每户腌制设备补助标准",
         mk("≤2.5万元/户", "B107", "warning", row=True, note="2.5 × 48 = 120 > 100 万元")),
        ("产出指标", "数量指标", "补助腌制户数", "≥48户"),
        (None, "质量指标", "设备安装验收合格率", "≥95%"),
        (None, None, "蛋壳破损率",
         mk("≥3%", "T108", "warning", row=True, note="a 破损率 is 反向, so ≤")),
        (None, "时效指标", "设备到位时间", "2025年7月31日前"),
        (None, None, "咸蛋出厂检验合格率",
         mk("≥98%", "F201", "warning", row=True, note="a 合格率 belongs under 质量")),
        ("效益指标", "经济效益指标", "户均咸蛋加工量增加", "≥2万枚"),
        ("满意度指标", "服务对象满意度指标", "腌制户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dj15-notes-page-break", (4,),
         "department, weight column, a note row inside the table, subtotal rows, the header "
         "repeated after a page break, a footnote on the total, a signature (correct)")  # fmt: skip
def dj15() -> Book:
    b, s = department(year=2025, dept="鹭洲县蛋制品行业服务站",
                      budget=[(wan(150), wan(130), wan(20), wan(95), wan(55))],
                      tasks=[("作坊指导", "咸蛋、皮蛋作坊现场指导", wan(30), "指导作坊60家"),
                             ("安全培训", "食品安全培训", wan(25), "培训8期"),
                             ("金额合计", None, wan(55), None)],
                      goal="指导咸蛋、皮蛋作坊60家，举办食品安全培训8期。")  # fmt: skip
    s.skip()
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "指导咸蛋皮蛋作坊", "≥60家", 15),
        (None, None, "举办食品安全培训", "≥8期", 10),
        (None, "质量指标", "作坊抽检合格率", "≥97%", 15),
        (None, "时效指标", "年度检查完成时间", "2025年11月30日前", 10),
        ("小计", "", "", "", 50),
    ])  # fmt: skip
    notes(s, "（指标值按年度填写，续下页）", width=5)
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "户均指导成本", "≤0.5万元", 10),
        ("效益指标", "社会效益指标", "蛋品安全事故", "0起", 15),
        (None, "可持续影响指标", "作坊建档率", "≥95%", 15),
        ("满意度指标", "服务对象满意度指标", "作坊主满意度", "≥90%", 10),
        ("小计", "", "", "", 50),
        ("合计", "", "", "", 100),
    ])  # fmt: skip
    notes(s, "注：权重合计100分，为两个小计之和，小计行不另计分。", width=5)
    sign(s, "柯映川", "0573-6281 3054", day(2024, 11, 26))
    return b


@variant("dj16-pidan-second-sheet", (7, 9),
         "project: head on the first sheet, OLD-NAT table on a second sheet under 预期实现值: two "
         "合格率 names for one measure with other values, a date as a text serial")  # fmt: skip
def dj16() -> Book:
    b, _ = project(year=2025, name="芦荡镇溏心皮蛋生产线改造项目",
                   dept="鹭洲县工业和信息化局 226",
                   unit="芦荡镇蛋品加工合作社",
                   money=[("年度资金总额", wan(40), "其中：财政拨款", wan(32)),
                          ("其他资金", wan(8), None, None)],
                   goals=["改造溏心皮蛋生产线2条，年产溏心皮蛋120万枚。"])  # fmt: skip
    t = b.sheet("绩效目标")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "改造溏心皮蛋生产线", "≥2条"),
        (None, "质量指标", "溏心皮蛋合格率", "≥92%"),
        (None, None, "溏心皮蛋成品合格率",
         mk("≥95%", "D103", "warning", row=True, alt=("D102", "D101"),
            note="the same measure as 溏心皮蛋合格率 ≥92% with another value")),
        (None, "时效指标", "生产线投产时间",
         mk("45900", "X104", "warning", note="serial 45900 = 2025-08-31 stored as text")),
        (None, "成本指标", "单条生产线改造成本", "≤18万元"),
        ("效益指标", "经济效益指标", "溏心皮蛋年产量", "≥120万枚"),
        ("满意度指标", "服务对象满意度指标", "经销商满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dj17-transfer-marked-labels", (5,),
         "transfer-payment 区域绩效目标表, OLD-NAT, tier-1 labels with *, abbreviated tier-2s, ★ "
         "core indicators, 中央补助 + 地方资金 (correct)")  # fmt: skip
def dj17() -> Book:
    b, s = project(year=2025, name="咸蛋皮蛋联合加工车间建设（区域）", dept="鹭洲县财政局 101",
                   unit="鹭洲县农业农村局", title="2025年度中央对地方转移支付区域绩效目标表",
                   money_label="资金情况（万元）",
                   money=[("年度资金总额", wan(120), "其中：中央补助", wan(80)),
                          ("地方资金", wan(40), None, None)],
                   goals=["目标1：建成咸蛋皮蛋联合加工车间2个；"
                          "目标2：带动农户150户，户均增收3000元以上。"])  # fmt: skip
    indicators(s, H4, [
        ("*产出指标", "数量", "★带动农户数", "≥150户"),
        (None, None, "建成联合加工车间", "≥2个"),
        (None, "质量", "加工车间验收合格率", "≥95%"),
        (None, "时效", "车间建成时间", "2025年10月31日前"),
        (None, "成本", "单个车间建设补助", "≤50万元"),
        ("*效益指标", "经济效益", "★带动农户户均增收", "≥3000元"),
        (None, "生态效益", "蛋壳废料资源化利用率", "≥85%"),
        ("*满意度指标", "服务对象满意度", "带动农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "顾澄波", "0573-6203 7719", day(2024, 12, 10))
    return b


@variant("dj18-salt-template-year", (6, 13),
         "project, NAT-2021, title 2026年度 over a 2025 project: a tier-2 left from the template, "
         "a value without a name")  # fmt: skip
def dj18() -> Book:
    b, s = project(year=2025, name="白蚬湾咸蛋作坊腌制用盐统购项目",
                   title="2026年度项目支出绩效目标申报表",
                   dept="鹭洲县供销合作社 205", unit="白蚬湾村股份经济合作社",
                   money=[("年度资金总额", wan(12), "其中：财政拨款", wan(10)),
                          ("其他资金", wan(2), None, None)],
                   goals=["2025年为咸蛋作坊统购腌制用盐60吨，分4次配送。"])  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102",),
                note="title 2026 against plan dates and goal text in 2025")  # fmt: skip
    indicators(s, H4, [
        ("成本指标", "经济成本指标", "每吨腌制盐采购价", "≤900元"),
        ("产出指标", "数量指标", "统购腌制用盐", "≥60吨"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥4次"),
        (None, "质量指标", "食用盐检验合格率", "=100%"),
        ("效益指标", "经济效益指标", "作坊腌制用盐成本下降率", "≥5%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 with no indicator and no value"), None, None),
        ("满意度指标", "服务对象满意度指标", "作坊主满意度", "≥90%"),
    ])  # fmt: skip
    return b
