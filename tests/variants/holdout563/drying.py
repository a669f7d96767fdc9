"""Fruit drying (红枣烘干, 蓝莓果干): notes and page breaks, second sheets, exports, money."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout563.common import FOUR, funds, grid, notes, sign, start, wan
from tests.variants.holdout563.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

DRY = "沙棠市农业农村局（508001）"


@variant("da13-drying-footnotes", (4,),
         "project, OLD-NAT, one value column, a 填表说明 row inside the table, 注 and 说明 "
         "lines, signature dated the year before, 0起 on an incident count (correct)")  # fmt: skip
def da13() -> Book:
    b, s = start()
    project_head(s, year=2025, name="红枣热风烘干房建设补助项目", dept=DRY,
                 unit="沙棠市禾湾镇农业服务中心", money=funds(240, 200, 40),
                 goals=["补助建设红枣热风烘干房25座，年烘干鲜枣3000吨。"])  # fmt: skip
    s.row(*FOUR)
    notes(s, "填表说明：三级指标可按项目实际增减，指标值须含比较符和计量单位。", width=4)
    s.table([
        ("产出指标", "数量指标", "新建红枣热风烘干房", "≥25座"),
        (None, None, "年烘干鲜枣能力", "≥3000吨"),
        (None, "质量指标", "烘干房竣工验收合格率", "=100%"),
        (None, "时效指标", "烘干房建成投用时间", "2025年8月31日前"),
        (None, "成本指标", "单座烘干房建设补助", "≤8万元/座"),
        ("效益指标", "经济效益指标", "枣果霉变损失下降率", "≥40%"),
        (None, "社会效益指标", "烘干作业安全生产事故", "0起"),
        (None, "可持续影响指标", "烘干房设计使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "烘干房使用户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1. 补助按8万元/座计，25座合计200万元，由财政拨款安排；其余40万元为农户自筹。",
          "说明：烘干能力按每座每季烘干鲜枣120吨计算。", width=4)  # fmt: skip
    sign(s, "贺梓宁", "0913-7730261", (2024, 12, 18))
    s.row("单位负责人（签字）：", None, "单位（盖章）", None)
    return b


WEIGHTED = ("一级指标", "二级指标", "三级指标", "计量单位", "绩效目标值", "权重（分）")


def _block(s: Sheet, rows: list[tuple[object, ...]], subtotal: int) -> None:
    s.table(rows, merged=(1, 2))
    s.row("小计", None, None, None, None, subtotal, merge=[(1, 5)])


@variant("da14-drying-page-break", (4, 7),
         "department, NAT-2021, header 绩效目标值 and a weight column, unit line, subtotal rows, "
         "the header repeated after a page break, total 100 (correct)")  # fmt: skip
def da14() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="沙棠市果品烘干服务中心",
                    budget=[[wan(350), wan(300), wan(50), wan(210), wan(140)]],
                    tasks=[("公共烘干服务", "为果农提供红枣、蓝莓烘干服务", wan(90), "烘干4000吨"),
                           ("烘干技术指导", "烘干工艺指导和现场培训", wan(50), "指导40场"),
                           ("金额合计", None, wan(140), None)],
                    goal="提供红枣和蓝莓公共烘干服务4000吨，减少采后损失。")  # fmt: skip
    notes(s, "金额单位：万元；权重单位：分")
    s.row(*WEIGHTED)
    _block(s, [("产出指标", "数量指标", "公共烘干服务鲜果量", "吨", "≥4000", 15),
               (None, None, "烘干技术指导场次", "场", "≥40", 10),
               (None, "质量指标", "烘干果品一级品率", "%", "≥85", 10),
               (None, "时效指标", "鲜果入场至烘干完成时限", "小时", "≤72", 5)], 40)  # fmt: skip
    _block(s, [("成本指标", "经济成本指标", "每吨鲜果烘干服务成本", "元/吨", "≤220", 10)], 10)
    s.skip()
    s.row(*WEIGHTED)
    _block(s, [("效益指标", "经济效益指标", "烘干后果品增值", "元/公斤", "≥4", 10),
               (None, "社会效益指标", "服务果农户数", "户", "≥800", 10),
               (None, "生态效益指标", "烘干燃煤替代率", "%", "≥60", 10),
               (None, "可持续影响指标", "烘干设施完好率", "%", "≥95", 10)], 40)  # fmt: skip
    _block(s, [("满意度指标", "服务对象满意度指标", "果农满意度", "%", "≥90", 10)], 10)
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    return b


@variant("da15-drying-second-sheet", (7,),
         "project: head on the first sheet, indicators on a second sheet under 预期实现值; a rate "
         "given as a count and a start-up date given as a percent")  # fmt: skip
def da15() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="蓝莓冻干果干加工示范项目", dept=DRY,
                 unit="沙棠市莓源农产品加工合作社", money=funds(120, 100, 20),
                 goals=["新增冻干生产线1条，年加工蓝莓果干150吨。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    t.title("2025年度项目绩效指标", 4)
    grid(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "蓝莓果干加工量", "≥150吨"),
        (None, None, "新增冻干生产线", "≥1条"),
        (None, "质量指标", "果干产品抽检合格率", "≥98%"),
        (None, None, "冻干设备利用率", mk("180天", "T105", "error", note="利用率须为百分比")),
        (None, "时效指标", "冻干线投产时间", mk("100%", "T113", "warning", note="期限写成百分比")),
        (None, "成本指标", "每吨果干加工补助", "≤1200元/吨"),
        ("效益指标", "经济效益指标", "带动蓝莓鲜果就地转化", "≥600吨"),
        (None, "社会效益指标", "吸纳当地务工人员", "≥40人"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("da16-drying-system-export", (7, 12),
         "budget-system export: sheets 05-1 (money by project code) and 05-2 (indicators, "
         "header on row 3, codes in the first columns, operators in words) (correct)")  # fmt: skip
def da16() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 26, 18, 28, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    unit, c1, c2 = "沙棠市果品产业发展中心", "50801125A0031", "50801125A0032"
    n1, n2 = "红枣和蓝莓烘干服务补助", "果品烘干技术推广"
    s.row("508011", unit, c1, n1, wan(180), wan(160), wan(20))
    s.row("508011", unit, c2, n2, wan(45), wan(45), wan(0))
    s.row("合计", None, None, None, wan(225), wan(205), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 18, 26, 12, 14, 12))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row(f"单位：{unit}")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    ge, le = "大于等于", "小于等于"
    t.table([
        (c1, n1, "产出指标", "数量指标", "补助烘干鲜果量", ge, 5000, "吨"),
        (c1, n1, "产出指标", "质量指标", "烘干果品合格率", ge, pct(0.95), None),
        (c1, n1, "产出指标", "时效指标", "补助资金拨付时间", le, day(2025, 12, 15), None),
        (c1, n1, "成本指标", "经济成本指标", "每吨鲜果烘干补助", le, 300, "元/吨"),
        (c1, n1, "效益指标", "经济效益指标", "烘干果品增值", ge, 3, "元/公斤"),
        (c1, n1, "满意度指标", "服务对象满意度指标", "果农满意度", ge, 90, "%"),
        (c2, n2, "产出指标", "数量指标", "烘干技术培训人次", ge, 900, "人次"),
        (c2, n2, "产出指标", "质量指标", "培训考核合格率", ge, 90, "%"),
        (c2, n2, "成本指标", "经济成本指标", "人均培训成本", le, 500, "元/人次"),
        (c2, n2, "效益指标", "社会效益指标", "参训果农烘干技术掌握率", ge, 80, "%"),
        (c2, n2, "满意度指标", "服务对象满意度指标", "果农满意度", ge, 88, "%"),
    ])  # fmt: skip
    return b


@variant("da17-drying-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share not matching its amount, "
         "tasks not adding to 金额合计")  # fmt: skip
def da17() -> Book:
    b, s = start()
    one = "0.0%"
    department_head(s, year=2025, dept="霁原县特色林果服务中心", budget=[
        [mk(wan(520), "B101", "error", row=True, note="300 + 240 = 540 ≠ 520"), wan(460), wan(60),
         wan(300), wan(240)],
        [pct(1), pct(0.885, one), mk(pct(0.15, one), "B111", "error", note="60 ÷ 520 = 11.5%"),
         pct(0.577, one), pct(0.462, one)],
    ], tasks=[
        ("红枣烘干服务", "鲜枣集中烘干和分级", wan(120), "烘干鲜枣2500吨"),
        ("蓝莓冷链与烘干", "蓝莓预冷和果干试制", wan(80), "处理蓝莓400吨"),
        ("果农培训", "采收和烘干技术培训", wan(50), "培训1000人次"),
        ("金额合计", None, mk(wan(240), "B102", "error", note="120 + 80 + 50 = 250 ≠ 240"), None),
    ], goal="集中烘干鲜枣2500吨，处理蓝莓400吨，培训果农1000人次。")  # fmt: skip
    grid(s, FOUR, [
        ("产出指标", "数量指标", "集中烘干鲜枣量", "≥2500吨"),
        (None, "质量指标", "烘干红枣一级品率", "≥80%"),
        ("成本指标", "经济成本指标", "每吨鲜枣烘干成本", "≤400元/吨"),
        ("效益指标", "经济效益指标", "烘干红枣增值", "≥2元/公斤"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("da18-drying-artefacts", (9, 13),
         "project, OLD-NAT, detail lines below the table: a total split by a space, an amount "
         "pasted twice, an indicator value without a name")  # fmt: skip
def da18() -> Book:
    b, s = start()
    split = mk("312.4 5", "X105", "warning", alt=("X103",), note="读作 312.45 = 282.45 + 30")
    project_head(s, year=2025, name="红枣烘干设备更新项目", dept=DRY,
                 unit="沙棠市禾湾镇红枣专业合作社联合社",
                 money=[["年度资金总额", split, "其中：财政拨款", wan(282.45)],
                        ["其他资金", wan(30), None, None]],
                 goals=["更新红枣烘干设备16台，年烘干鲜枣2400吨。"])  # fmt: skip
    b.file_mark("B102", "error", required=False, note="重复粘贴的金额若读作 9696 则明细不合")
    grid(s, FOUR, [
        ("产出指标", "数量指标", "更新红枣烘干设备", "≥16台"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥2400吨"),
        (None, "质量指标", "设备安装验收合格率", "≥95%"),
        (None, "成本指标", "单台设备购置补助", "≤6万元/台"),
        ("效益指标", "经济效益指标", "烘干枣果优等品率", "提高≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "烘干户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细（万元）", merge=[(1, 4)])
    s.row("序号", "支出内容", None, "金额")
    twice = mk("96万96万(含安装调试)", "X106", "error", alt=("B108",), note="读作 96")
    s.row(1, "烘干设备购置", None, twice)
    s.row(2, "烘干房保温改造", None, money(150.45))
    s.row(3, "操作人员培训", None, money(36))
    s.row(4, "设备检测验收", None, money(30))
    s.row("合计", None, None, money(312.45))
    return b
