"""Correct returns, second part: department tables with formulas, a flat list with a total row,
a year typed as an Excel date shown yyyy, two stacked projects and a two-line header."""

from __future__ import annotations

import datetime as dt

from tests.variants.heads import department_head, project_head
from tests.variants.holdout61.common import (
    FBook,
    blocks,
    dropdown,
    eq,
    footer,
    ge,
    le,
    link,
    note,
    p1,
    rich,
    wan,
)
from tests.variants.holdout61.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, pct

YM = 'yyyy"年"m"月"'


@variant("js07-department-formulas", (12,), "department, NAT-2021: 资金总额 =C4+D4, 金额合计 "
         "=SUM(D6:D8) with cached values, 批注 on the budget, a hyperlink to the plan")  # fmt: skip
def js07() -> Book:
    b = FBook()
    s = b.sheet("部门整体", (16, 18, 30, 18, 18, 18))
    department_head(
        s, year=2026, dept="澄江县农业农村局", filled=day(2025, 11, 12, CN_DATE),
        budget=[(wan(2860), wan(2710), wan(150), wan(1120), wan(1740))],
        tasks=[("高标准农田建设管护", "管护已建高标准农田5.2万亩，修复灌排设施", wan(860),
                "管护面积≥5.2万亩"),
               ("农产品质量安全监管", "开展农产品例行监测和快检", wan(380), "抽检合格率≥98%"),
               ("农村人居环境整治", "村庄清洁行动和农村改厕后续管护", wan(500),
                "卫生厕所普及率≥92%"),
               ("金额合计", None, wan(1740), None)],
        goal="统筹推进粮食安全、农产品质量安全和宜居宜业和美乡村建设，全年粮食播种面积稳定在"
             "38万亩以上，农产品抽检合格率98%以上。",
    )  # fmt: skip
    b.fx(s, "B4", "=C4+D4", 2860)
    b.fx(s, "D9", "=SUM(D6:D8)", 1740)
    note(s, "E4", "含人员经费936万元、公用经费184万元")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")
    rows = blocks(s, [
        [("产出指标", "数量指标", "高标准农田管护面积", ge(5.2, "万亩", 1), "年度计划", None),
         (None, None, "农产品例行监测批次", ge(1800, "批次"), "年度计划", None),
         (None, None, "粮食播种面积", ge(38, "万亩"), "省下达任务", None),
         (None, "质量指标", "农产品质量安全抽检合格率", ge(0.98), "行业标准", None),
         (None, None, "灌排设施修复验收合格率", ge(0.95), "行业标准", None),
         (None, "时效指标", "涉农补贴资金兑付时间", day(2026, 10, 31, '"≤"m"月"d"日"'),
          "计划标准", None)],
        [("成本指标", "经济成本指标", "高标准农田亩均管护成本", le(150, "元/亩"), "历史标准",
          "5.2万亩×150元=780万元")],
        [("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", ge(0.065, "%", 1),
          "县政府工作报告", None),
         (None, "社会效益指标", "农村卫生厕所普及率", ge(0.92), "省考核要求", None),
         (None, "生态效益指标", "化肥使用量增长率", le(0), "省考核要求", "零增长"),
         (None, "可持续影响指标", "农田设施管护长效机制", "健全", "其他标准", None)],
        [("满意度指标", "服务对象满意度指标", "农户满意度", ge(0.9), "行业标准", None)],
    ])  # fmt: skip
    link(s, f"E{rows[2]}", "https://nyncj.chengjiang.gov.cn/tzgg/2026/0108/3301.html")
    footer(s, "澄江县农业农村局", "周文斌", "0877-6681 2025")
    return b


@variant("js08-department-flat", (3, 10), "department, flat list (指标名称 · 计量单位 · 指标性质 "
         "as operator with a dropdown · 指标值 · 权重), weights in a 合计 row by =SUM")  # fmt: skip
def js08() -> Book:
    b = FBook()
    s = b.sheet("Sheet1", (18, 16, 30, 16, 16, 12))
    department_head(
        s, year=2026, dept="望海区市场监督管理局",
        budget=[(wan(4150), wan(4020), wan(130), wan(3310), wan(840))],
        goal="强化食品药品安全和特种设备安全监管，优化营商环境，全年食品抽检不少于6000批次，"
             "12315投诉按时办结率98%以上。",
    )  # fmt: skip
    b.fx(s, "B4", "=E4+F4", 4150)
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("序号", "指标名称", "计量单位", "指标性质", "指标值", "权重")
    items = [
        ("食品安全监督抽检批次", "批次", "≥", 6000, 10),
        ("特种设备定期检验覆盖率", "%", "≥", pct(0.98), 10),
        ("新登记市场主体数", "户", "≥", 5200, 5),
        ("12315投诉按时办结率", "%", "≥", pct(0.98), 10),
        ("投诉举报受理时限", "工作日", "≤", 7, 10),
        ("食品安全事故发生率", "%", "≤", p1(0.001), 10),
        ("计量器具强制检定数量", "台件", "≥", 24000, 5),
        ("不合格食品核查处置率", "%", "=", pct(1), 10),
        ("执法案件法制审核率", "%", "=", pct(1), 5),
        ("每批次食品抽检经费", "元/批次", "≤", 1200, 5),
        ("市场主体满意度", "%", "≥", pct(0.9), 10),
        ("消费者满意度", "%", "≥", pct(0.88), 10),
    ]
    first = s.r + 1
    for i, (name, unit, op, value, w) in enumerate(items, start=1):
        s.row(i, name, unit, op, value, w)
    last = s.r
    dropdown(s, f"D{first}:D{last + 5}", ["≥", "≤", "=", "定性"])
    tot = s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    b.fx(s, f"F{tot}", f"=SUM(F{first}:F{last})", 100, fmt=None)
    footer(s, "望海区市场监督管理局", "钱思远", "0898-6525 1180")
    return b


@variant("js09-year-as-date", (7,), "project, OLD-NAT, the budget year only in a 预算年度 cell "
         "typed as a date shown yyyy, plan dates shown yyyy年m月, 0.0% values")  # fmt: skip
def js09() -> Book:
    b = FBook()
    s = b.sheet("项目表", (14, 16, 30, 16, 16, 18))
    s.title("项目支出绩效目标申报表", 6)
    s.row("预算年度", C(dt.datetime(2026, 1, 1), "yyyy"), None, "金额单位", "万元")
    project_head(
        s, year=2026, title="", name="潮音市公共图书馆总分馆服务提升项目",
        dept="潮音市文化广电旅游局",
        unit="潮音市图书馆", start=day(2026, 1, 1, YM), end=day(2026, 12, 31, YM),
        money=[("年度资金总额", wan(312.5), "其中：财政拨款", wan(300)),
               (None, None, "其他资金", wan(12.5))],
        goals=["建成分馆和服务点18个，年新增馆藏图书4.5万册，举办阅读推广活动240场，"
               "通借通还覆盖率95.0%以上，读者满意度90.0%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    blocks(s, [
        [("产出指标", "数量指标", "新建分馆和服务点", ge(18, "个"), "个", None),
         (None, None, "新增馆藏图书", ge(4.5, "万册", 1), "万册", None),
         (None, None, "阅读推广活动场次", ge(240, "场"), "场", None),
         (None, "质量指标", "通借通还覆盖率", ge(0.95, "%", 1), "%", None),
         (None, None, "新购图书编目差错率", le(0.005, "%", 1), "%", None),
         (None, "时效指标", "新书上架周期", le(15, "天"), "天", None),
         (None, "成本指标", "分馆单点建设补助标准", le(12, "万元"), "万元", "18个×12万元=216万元"),
         (None, None, "图书平均采购单价", le(21, "元/册"), "元/册", None)],
        [("效益指标", "社会效益指标", "年外借图书册次增长率", ge(0.08, "%", 1), "%", None),
         (None, None, "持证读者数", ge(16, "万人"), "万人", None),
         (None, "可持续影响指标", "总分馆统一服务标准", "建立并执行", None, None)],
        [("满意度指标", "服务对象满意度指标", "读者满意度", ge(0.9, "%", 1), "%", None)],
    ])  # fmt: skip
    footer(s, "潮音市图书馆", "冯子涵", "0754-8891 2266")
    return b


def _stack(b: FBook, s, *, title: str | None, name: str, unit: str, money3: tuple,
           goal: str, groups: list) -> None:  # fmt: skip
    total, fin, other = money3
    top = s.r
    project_head(
        s, year=2026, title=title, name=name, dept="远山县卫生健康局", unit=unit,
        money=[("年度资金总额", wan(total), "其中：财政拨款", wan(fin)),
               (None, None, "其他资金", wan(other))],
        goals=[goal],
    )  # fmt: skip
    first_money = top + (5 if title != "" else 4)
    b.fx(s, f"C{first_money}", f"=E{first_money}+E{first_money + 1}", total)
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")
    blocks(s, groups)


@variant("js10-stacked-formulas", (2, 4), "two projects stacked in one sheet, OLD-NAT, each with "
         "its annual total by formula and an empty row between tier-1 blocks")  # fmt: skip
def js10() -> Book:
    b = FBook()
    s = b.sheet("2026年项目", (14, 16, 30, 16, 16, 18))
    _stack(b, s, title=None, name="远山县基层医疗卫生机构设备配置项目", unit="远山县卫生健康局",
           money3=(430, 400, 30),
           goal="为14家乡镇卫生院配置DR、彩超等设备28台套，设备验收合格率100%，基层诊疗量占比"
                "提高到65%。",
           groups=[
               [("产出指标", "数量指标", "配置设备台套数", ge(28, "台套"), "计划标准", None),
                (None, None, "受益乡镇卫生院数", ge(14, "家"), "计划标准", None),
                (None, "质量指标", "设备验收合格率", eq(1), "行业标准", None),
                (None, "时效指标", "设备安装调试完成时间", day(2026, 9, 30, '"≤"yyyy"年"m"月"'),
                 "计划标准", None),
                (None, "成本指标", "单台套设备平均购置成本", le(15, "万元"), "市场询价", None)],
               [("效益指标", "社会效益指标", "基层诊疗量占比", ge(0.65), "省考核要求", None),
                (None, "可持续影响指标", "设备使用年限", ge(8, "年"), "行业标准", None)],
               [("满意度指标", "服务对象满意度指标", "就诊群众满意度", ge(0.9), "行业标准", None)],
           ])  # fmt: skip
    s.skip(2)
    _stack(b, s, title="", name="远山县家庭医生签约服务项目", unit="远山县基层卫生指导中心",
           money3=(186, 186, 0),
           goal="为重点人群提供家庭医生签约服务，重点人群签约率80%以上，签约居民满意度90%以上。",
           groups=[
               [("产出指标", "数量指标", "重点人群签约人数", ge(6.2, "万人", 1), "计划标准", None),
                (None, None, "家庭医生团队数", ge(96, "个"), "历史标准", None),
                (None, "质量指标", "重点人群签约率", ge(0.8), "省考核要求", None),
                (None, None, "签约居民规范随访率", ge(0.9), "行业标准", None),
                (None, "时效指标", "签约服务补助拨付时间", day(2026, 12, 15, '"≤"m"月"d"日"'),
                 "计划标准", None),
                (None, "成本指标", "人均签约服务补助标准", le(30, "元/人"), "上级文件",
                 "6.2万人×30元=186万元")],
               [("效益指标", "社会效益指标", "高血压患者规范管理率", ge(0.7), "行业标准", None),
                (None, "可持续影响指标", "签约服务考核机制", "健全", "其他标准", None)],
               [("满意度指标", "服务对象满意度指标", "签约居民满意度", ge(0.9), "行业标准", None)],
           ])  # fmt: skip
    footer(s, "远山县卫生健康局", "吴海燕", "0736-5512 0931")
    return b


@variant("js11-two-line-header", (8,), "two-year project, OLD-NAT, a two-line header (指标值 "
         "over 中期 and 年度), rich text in the goals, "
         "units only in the number format")  # fmt: skip
def js11() -> Book:
    b = FBook()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 18))
    project_head(
        s, year=2026, years=2, name="鹤鸣湖流域水环境综合治理项目", dept="鹤鸣市生态环境局",
        unit="鹤鸣市环境工程评估中心", attr="新增项目", start=day(2026, 1, 1, YM),
        end=day(2027, 12, 31, YM),
        money=[("中期资金总额", wan(3600), "年度资金总额", wan(2100)),
               ("其中：财政拨款", wan(3200), "其中：财政拨款", wan(1900)),
               ("其他资金", wan(400), "其他资金", wan(200))],
        goals=[rich("两年内完成入湖河道清淤", ("42公里", "b"), "，建设生态缓冲带",
                    ("1200亩", "b"), "，鹤鸣湖水质稳定达到", ("Ⅲ类", "r"), "。"),
               rich("2026年完成河道清淤", ("25公里", "b"), "，建设生态缓冲带",
                    ("700亩", "b"), "，入湖河流断面水质达标率85%以上。")],
    )  # fmt: skip
    b.fx(s, "C5", "=C6+C7", 3600)
    b.fx(s, "E5", "=E6+E7", 2100)
    h = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "中期（2026—2027年）", "2026年度", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
    blocks(s, [
        [("产出指标", "数量指标", "入湖河道清淤长度", ge(42, "公里"), ge(25, "公里"), None),
         (None, None, "生态缓冲带建设面积", ge(1200, "亩"), ge(700, "亩"), None),
         (None, None, "农村生活污水处理设施", ge(36, "座"), ge(20, "座"), None),
         (None, "质量指标", "清淤工程验收合格率", eq(1), eq(1), None),
         (None, None, "入湖河流断面水质达标率", ge(0.9), ge(0.85), None),
         (None, "时效指标", "汛前清淤完成时间", day(2027, 4, 30, '"≤"yyyy"年"m"月"'),
          day(2026, 4, 30, '"≤"yyyy"年"m"月"'), None),
         (None, "成本指标", "河道清淤每公里成本", le(48, "万元"), le(48, "万元"), None)],
        [("效益指标", "生态效益指标", "湖区总磷浓度", le(0.05, "毫克/升", 2),
          le(0.06, "毫克/升", 2), None),
         (None, "社会效益指标", "沿湖群众亲水空间新增面积", ge(15, "万平方米"),
          ge(8, "万平方米"), None),
         (None, "可持续影响指标", "河湖长制巡查机制", "健全", "健全", None)],
        [("满意度指标", "服务对象满意度指标", "沿湖群众满意度", ge(0.9), ge(0.9), None)],
    ])  # fmt: skip
    note(s, f"D{h + 1}", "中期为项目期累计值")
    footer(s, "鹤鸣市环境工程评估中心", "郑一鸣", "0515-8236 7710")
    return b
