"""Returns across both halves: flat department lists, stacked outreach projects, the
education centre's money and a digital guide exported from a PDF."""

from __future__ import annotations

from tests.variants.holdout438.common import (
    AQUARIUM,
    CENTRE,
    MUSEUM,
    YEAR,
    department,
    funds,
    indicators,
    new_book,
    notes,
    project,
    wan,
)
from tests.variants.holdout438.registry import variant
from tests.variants.kit import Book, mk, pct

FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "yf13-aquarium-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as word operators · 指标值), typed percent cells, weights add to 100 (correct)",
)
def aquarium_flat() -> Book:
    b, s = new_book(widths=(30, 10, 12, 14, 14, 14))
    department(
        s,
        AQUARIUM,
        [(wan(1280), wan(860), wan(420), wan(730), wan(550))],
        "全年接待观众180万人次，开展科普讲解及展演2400场，展示动物健康检查全覆盖。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("年接待观众人次", 15, "万人次", "大于等于", 180),
        ("科普讲解及展演场次", 15, "场", "大于等于", 2400),
        ("海洋生物展示物种数", 10, "种", "大于等于", 320),
        ("展示动物健康检查覆盖率", 10, "%", "等于", pct(1)),
        ("维生系统水质监测达标率", 10, "%", "大于等于", pct(0.98)),
        ("观众有效投诉下降率", 10, "%", "大于等于", pct(0.15)),
        ("公益开放日免费接待人次", 10, "万人次", "大于等于", 3),
        ("观众人均运行成本", 10, "元/人次", "小于等于", 6),
        ("观众满意度", 10, "%", "大于等于", pct(0.92)),
    ])  # fmt: skip
    return b


@variant(
    "yf14-museum-flat-defects",
    (3, 13),
    "department, flat list in another order (指标名称 "
    "· 指标值 · 计量单位 · 权重): a unit conflict, a value without a name, weights 95",
)
def museum_flat_defects() -> Book:
    b, s = new_book(widths=(30, 16, 12, 10, 14, 14))
    department(s, MUSEUM, [(wan(460), wan(400), wan(60), wan(310), wan(150))],
               "开展科普讲座120场、流动科普展巡展30场，完成馆藏标本数字化1500件。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("科普讲座场次", "≥120", "场", 15),
        ("流动科普展巡展场次",
         mk("≥3000人次", "T112", "error", alt=("T119",), note="人次 in the value, 场 in the unit"),
         "场", 10),
        (mk(None, "F110", "error", note="a value and a weight without a name"), "≥90%", "%", 10),
        ("科普志愿者注册人数", "≥200", "人", 15),
        ("馆藏标本数字化数量", "≥1500", "件", 15),
        ("观众满意度", "≥90%", "%", 10),
        ("青少年科普活动参与人次", "≥8", "万人次", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15 + 10 + 10 + 15 + 15 + 10 + 20 = 95, not 100")
    return b


@variant(
    "yf15-stacked-outreach",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator names with other values in each project (correct)",
)
def stacked_outreach() -> Book:
    b, s = new_book("绩效目标表")
    project(s, "海洋保护宣传月", AQUARIUM, funds(wan(40), wan(40), wan(0)),
            ["6月开展海洋保护宣传月，举办宣传活动20场，参与群众2万人次。"],
            title=f"{YEAR}年度项目支出绩效目标申报表（项目一）")  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "宣传活动场次", "≥20场"),
        (None, "时效指标", "宣传月活动完成时间", "2025年6月30日前"),
        (None, "成本指标", "单场宣传活动成本", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "参与群众人次", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "海洋科普进乡村", MUSEUM, funds(wan(55), wan(45), wan(10)),
            ["全年赴乡镇开展海洋科普活动36场，参与群众1.5万人次。"],
            title=f"{YEAR}年度项目支出绩效目标申报表（项目二）")  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "宣传活动场次", "≥36场"),
        (None, "质量指标", "科普展具完好率", "≥95%"),
        (None, "成本指标", "单场宣传活动成本", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "参与群众人次", "≥1.5万人次"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("yf16-stacked-money-wrong", (2, 12), "two projects stacked in one sheet, OLD-NAT: the "
         "second project's total is not 财政拨款 + 其他资金, one 合格率 over 100%")  # fmt: skip
def stacked_money_wrong() -> Book:
    b, s = new_book("绩效目标表")
    project(s, "海洋生物标本修复", MUSEUM, funds(wan(48), wan(48), wan(0)),
            ["修复馆藏海洋生物标本300件，修复标本全部入库建档。"],
            title=f"{YEAR}年度项目支出绩效目标申报表（项目一）")  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "修复标本数量", "≥300件"),
        (None, "质量指标", "修复标本入库建档率", "=100%"),
        (None, "成本指标", "单件标本修复成本", "≤1500元/件"),
        ("效益指标", "可持续影响指标", "标本可展出年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "研究人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(75), "B101", "error", note="60 + 10 = 70, not 75")
    project(s, "海洋馆水族维生系统科普开放", AQUARIUM, funds(total, wan(60), wan(10)),
            ["开放维生系统后台参观200场，讲解水处理与海洋生物养护知识。"],
            title=f"{YEAR}年度项目支出绩效目标申报表（项目二）")  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "后台开放参观场次", "≥200场"),
        (None, "质量指标", "参观线路安全检查合格率",
         mk("≥120%", "T106", "error", note="a 合格率 cannot pass 100%")),
        (None, "成本指标", "单场开放成本", "≤2000元/场"),
        ("效益指标", "社会效益指标", "参观观众人次", "≥6000人次"),
        ("满意度指标", "服务对象满意度指标", "参观观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "yf17-centre-money",
    (12,),
    "department, NAT-2021: budget with a row of typed "
    "shares, key tasks adding to 金额合计 = 项目支出, a footnote on the total (correct)",
)
def centre_money() -> Book:
    b, s = new_book()
    department(s, CENTRE,
               [(wan(800), wan(640), wan(160), wan(440), wan(360)),
                (pct(1), pct(0.8), pct(0.2), pct(0.55), pct(0.45))],
               "统筹全市海洋科普教育，开展科普展演900场，研学基地接待学生4万人次。",
               [("海洋生物科普展演", "馆际巡回展演", wan(150), "展演900场"),
                ("研学基地运营", "研学课程与接待", wan(120), "接待学生4万人次"),
                ("科普出版物与新媒体", "读物编印与新媒体制作", wan(90), "原创作品150篇"),
                ("金额合计", None, wan(360), None)])  # fmt: skip
    notes(s, ["注：金额合计360万元即项目支出，基本支出440万元未列入任务。"])
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "海洋生物科普展演场次", "≥900场"),
        (None, None, "研学基地接待学生人次", "≥4万人次"),
        (None, None, "科普新媒体原创作品", "≥150篇"),
        (None, "质量指标", "科普内容审核合格率", "=100%"),
        (None, "时效指标", "年度研学课程表发布时间", "2025年2月28日前"),
        ("成本指标", "经济成本指标", "单场展演成本", "≤1500元/场"),
        ("效益指标", "社会效益指标", "新媒体科普阅读量", "≥300万次"),
        (None, "可持续影响指标", "研学基地运营管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "研学学生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "yf18-guide-pdf-artefacts",
    (6, 9),
    "project, OLD-NAT, pasted from a PDF: the start "
    "date a serial in a text cell, the total split by a space, a tier-2 left from the template",
)
def guide_pdf_artefacts() -> Book:
    b, s = new_book()
    total = mk("236.4 5", "X105", "warning", alt=("X103",), note="read as 236.45 = 200 + 36.45")
    start = mk("45658", "X104", "warning", note="the serial of 2025-01-01 in a text cell")
    project(
        s,
        "海洋馆海洋生物标本馆数字导览",
        AQUARIUM,
        funds(total, wan(200), wan(36.45)),
        ["建设数字导览点位60个，制作导览讲解音频120条，年内上线运行。"],
        start=start,
    )
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "数字导览点位建设数量", "≥60个"),
        (None, None, "导览讲解音频制作数量", "≥120条"),
        (None, "质量指标", "导览系统验收合格率", "=100%"),
        (None, "时效指标", "导览系统上线时间", "2025年10月31日前"),
        (None, "成本指标", "单个点位建设成本", "≤3万元/个"),
        ("效益指标", "社会效益指标", "数字导览使用人次", "≥50万人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        (None, "可持续影响指标", "导览内容更新机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b
