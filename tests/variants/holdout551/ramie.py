"""Ramie (苎麻) returns: seedling bases, degumming, growers' services (co01–co06)."""

from __future__ import annotations

from tests.variants.holdout551.common import (
    DEPT_AGRI,
    department,
    indicators,
    notes,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout551.registry import variant
from tests.variants.kit import Book, mk, money, pct

BASE = "杼岭县经济作物技术推广站"


@variant("co01-ramie-percent-cells", (1,),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 反向 发生率 with ≤ (correct)")  # fmt: skip
def co01() -> Book:
    b, s = start()
    project(s, "苎麻良种繁育基地提质改造项目", BASE, one_year(86, 70),
            ["完成苎麻良种繁育基地320亩提质改造，繁育脱毒种苗48万株，带动麻农260户增收。"],
            dept=DEPT_AGRI)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "良种繁育基地改造面积", "≥", 320, "亩"),
        (None, None, "繁育脱毒种苗数量", "≥", 48, "万株"),
        (None, "质量指标", "种苗出圃合格率", "≥", pct(0.95), None),
        (None, None, "种苗品种纯度", "≥", pct(0.985, "0.0%"), None),
        (None, "时效指标", "种苗按期出圃率", "≥", pct(0.9), None),
        (None, "成本指标", "每亩基地改造补助标准", "≤", 1500, "元/亩"),
        ("效益指标", "经济效益指标", "良种原麻亩产", "≥", 160, "公斤"),
        (None, "社会效益指标", "带动种植农户", "≥", 260, "户"),
        (None, "可持续影响指标", "麻田病虫害发生率", "≤", pct(0.05), None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9, "0.00%"), None),
    ])  # fmt: skip
    signature(s, "甘秋禾", "0736-5812047")
    return b


@variant("co02-ramie-degumming-wrong", (1, 11),
         "project, NAT-2021, operator column, typed percent cells: a capped rate typed over "
         "100 %, an emission rate (反向) with ≥; a 下降率 with ≥ beside them is right")  # fmt: skip
def co02() -> Book:
    b, s = start()
    project(s, "苎麻生物脱胶示范线运行补助项目", "杼岭县麻纺产业服务中心", one_year(64, 64),
            ["支持生物脱胶示范线全年处理原麻900吨，精干麻合格率稳定，脱胶废水达标排放。"],
            dept=DEPT_AGRI)  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "每吨原麻脱胶运行补助", "≤", 700, "元/吨"),
        (None, "生态环境成本指标", "化学脱胶用碱量下降率", "≥", pct(0.15), None),
        ("产出指标", "数量指标", "示范线处理原麻量", "≥", 900, "吨"),
        (None, "质量指标", "精干麻检验合格率", "≥",
         mk(pct(1.05), "T106", "error", row=True, note="合格率 capped at 100 %; 105% typed"),
         None),
        (None, "时效指标", "补助资金拨付及时率", "≥", pct(0.95), None),
        ("效益指标", "经济效益指标", "精干麻每吨加工增值", "≥", 1800, "元"),
        (None, "生态效益指标", "脱胶废水超标排放率",
         mk("≥", "T108", "warning", row=True, note="超标排放率 is 反向: ≥ asks for more"),
         pct(0.02), None),
        ("满意度指标", "服务对象满意度指标", "麻纺企业满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    signature(s, "韦砚青", "0736-5820913")
    return b


FLAT = ("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("co03-ramie-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator words · "
         "指标值), weights add to 100, a 零增长 化肥 target (correct)")  # fmt: skip
def co03() -> Book:
    b, s = start("部门整体", (10, 30, 12, 14, 14, 14))
    department(s, BASE, [
        (money(420), money(390), money(30), money(260), money(160)),
        (pct(1), pct(0.93), pct(0.07), pct(0.62), pct(0.38)),
    ], "推广苎麻良种和机械剥麻技术，开展麻农培训与原麻质量检测，稳定全县苎麻种植。", tasks=[
        ("苎麻良种推广", "良种种苗调运与示范片建设", money(70), "示范片不少于6个"),
        ("麻农技术培训", "剥麻、沤麻与病虫害防治培训", money(40), "培训不少于900人次"),
        ("原麻质量检测", "收购季原麻抽检", money(50), "抽检不少于400批次"),
        ("金额合计", None, money(160), None),
    ])  # fmt: skip
    s.row(*FLAT)
    s.table([
        (1, "苎麻良种示范片", 15, "个", "大于等于", 6),
        (2, "麻农技术培训人次", 15, "人次", "大于等于", 900),
        (3, "原麻质量抽检批次", 10, "批次", "大于等于", 400),
        (4, "原麻抽检合格率", 15, "%", "大于等于", 92),
        (5, "机械剥麻技术覆盖率", 10, "%", "大于等于", 60),
        (6, "麻园化肥使用量增长率", 10, "%", "小于等于", 0),
        (7, "部门预算执行率", 10, "%", "大于等于", 95),
        (8, "麻农满意度", 15, "%", "大于等于", 90),
    ])  # fmt: skip
    notes(s, "注：权重合计100；指标性质填大于等于、小于等于或等于。")
    signature(s, "覃稻生", "0736-5804416")
    return b


@variant("co04-ramie-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 指标性质 · "
         "权重): a rate given in 吨, a 投诉率 with 大于等于, weights adding to 95")  # fmt: skip
def co04() -> Book:
    b, s = start("部门整体", (10, 30, 14, 12, 14, 12))
    department(s, "杼岭县麻类收购服务站", [
        (money(250), money(210), money(40), money(150), money(100)),
    ], "规范原麻收购检验，开展订单收购，保障麻农及时结算。", tasks=[
        ("原麻订单收购", "与麻农签订收购订单并检验", money(60), "收购原麻不少于1200吨"),
        ("收购款结算服务", "收购款代结算与公示", money(40), "结算不超过7个工作日"),
        ("金额合计", None, money(100), None),
    ])  # fmt: skip
    s.row("序号", "指标名称", "指标值", "计量单位", "指标性质", "权重")
    s.table([
        (1, "订单收购原麻数量", 1200, "吨", "大于等于", 20),
        (2, "原麻收购检验合格率",
         mk(1200, "T105", "error", row=True, alt=("T112",),
            note="合格率 given as a tonnage"), "吨", "大于等于", 15),
        (3, "收购款结算时限", 7, "工作日", "小于等于", 15),
        (4, "麻农投诉率", 2, "%",
         mk("大于等于", "T108", "warning", row=True, note="投诉率 is 反向"), 10),
        (5, "签约麻农户数", 680, "户", "大于等于", 15),
        (6, "麻农满意度", 90, "%", "大于等于", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+10+15+20 = 95, not 100")
    signature(s, "罗麦冬", "0736-5833170")
    return b


@variant("co05-ramie-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column with operators inline, "
         "the same indicator names with different values in each project (correct)")  # fmt: skip
def co05() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project(s, "麻农机械剥麻技术推广项目", BASE, one_year(38, 38),
            ["推广小型剥麻机120台，培训机手600人次，机械剥麻面积达到4000亩。"],
            dept=DEPT_AGRI)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "推广小型剥麻机", "≥120台"),
        (None, None, "技术培训人次", "≥600人次"),
        (None, "质量指标", "剥麻机验收合格率", "≥95%"),
        (None, "成本指标", "每台剥麻机购置补贴", "≤1800元/台"),
        ("效益指标", "社会效益指标", "机械剥麻面积", "≥4000亩"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ], header=head)  # fmt: skip
    s.skip(2)
    project(s, "苎麻病虫害绿色防控项目", BASE, one_year(26, 22),
            ["在麻区建设绿色防控示范区1500亩，培训麻农400人次，麻田农药使用量下降。"],
            dept=DEPT_AGRI, title="")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "绿色防控示范面积", "≥1500亩"),
        (None, None, "技术培训人次", "≥400人次"),
        (None, "时效指标", "防控物资到位及时率", "≥95%"),
        (None, "成本指标", "每亩防控物资补助", "≤80元/亩"),
        ("效益指标", "生态效益指标", "示范区农药使用量下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥92%"),
    ], header=head)  # fmt: skip
    signature(s, "甘秋禾", "0736-5812047")
    return b


@variant("co06-ramie-money-wrong", (12,),
         "project, OLD-NAT, one money column, a 资金明细 block under the table: the "
         "total is not 财政拨款 + 其他资金, lines not adding to 合计, unit cost × area "
         "over budget")  # fmt: skip
def co06() -> Book:
    b, s = start()
    project(s, "苎麻新植扩面补助项目", BASE, [
        ("资金总额", mk(wan(95), "B101", "error", row=True, note="80 + 10 = 90, not 95"),
         "其中：财政拨款", wan(80)),
        ("其他资金", wan(10), None, None),
    ], ["新植苎麻900亩，发放种苗补助，建立新植麻园管护台账。"], dept=DEPT_AGRI)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新植苎麻面积", "≥", 900, "亩"),
        (None, "质量指标", "新植麻园成活率", "≥", pct(0.9), None),
        (None, "成本指标", "每亩新植种苗补助标准", "≤",
         mk(1200, "B107", "warning", row=True, note="1200元/亩 × 900亩 = 108万元 > 95万元"),
         "元/亩"),
        ("效益指标", "经济效益指标", "新植麻园次年亩产原麻", "≥", 120, "公斤"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细", None, "测算依据", "金额（万元）", None, None, merge=[(1, 2)])
    s.table([
        ("种苗采购", None, "48万株×0.6元/株", money(28.8)),
        ("麻园整地", None, "900亩×400元/亩", money(36)),
        ("管护台账与技术指导", None, "按年度工作量测算", money(12)),
        ("病虫害防治物资", None, "按示范面积测算", money(8.2)),
        ("合计", None, None,
         mk(money(95), "B102", "error", note="28.8 + 36 + 12 + 8.2 = 85, not 95")),
    ])  # fmt: skip
    signature(s, "覃稻生", "0736-5804416")
    return b
