"""Department tables with task blocks and flat lists, and project tables with a 测算依据 block
or a 中期/年度 money block: a lost decimal point, a slipped copy, a line pasted twice beside a
legitimate note in brackets, weights with full-width digits, struck-through and hidden rows
(qq05, qq07, qq11, qq12, qq14, qq16)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout241.common import (
    ONE,
    TWO,
    basis,
    book,
    four,
    fw,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    struck,
    wan,
)
from tests.variants.holdout241.registry import variant
from tests.variants.kit import Book, Sheet, mk, ok, pct

FLAT = ("序号", "指标名称", "指标性质", "计量单位", "指标值", "权重（分）")


def flat(s: Sheet, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> int:
    """A flat list without tiers under its header row."""
    s.row(*header)
    for r in rows:
        s.row(*r)
    return s.r


@variant("qq05-roads-lost-decimal", (9, 12, 11), "department table with a task block in 万元 "
         "(four decimals), NAT-2021 indicators: a task amount 10 000× its share (decimal point "
         "lost), a full-width ＞＝ on a 投诉率")  # fmt: skip
def qq05() -> Book:
    b, s = book("部门整体", (16, 18, 30, 18, 18, 14))
    lost = mk(8623376, "B110", "error", alt=("B102",), note="862.3376 without its point")
    department_head(
        s, year=2026, dept="汀溪县交通运输局",
        budget=[(four(1580.5), four(1500.5), four(80), four(375.1624), four(1205.3376))],
        tasks=[("农村公路养护", "县乡道日常养护、路面病害修补", lost, "养护里程≥460公里"),
               ("桥梁定期检测", "县乡道桥梁定期检测及加固", four(218), "检测桥梁≥64座"),
               ("公路应急抢险", "汛期及冰冻灾害应急抢通", four(125), "抢通时限≤24小时"),
               ("金额合计", None, mk(four(1205.3376), "B102", "error", required=False), None)],
        goal="2026年完成农村公路养护460公里、桥梁定期检测64座，优良路率达到85%以上，群众投诉率"
             "控制在2%以内。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农村公路养护里程", "≥460公里"),
        (None, None, "桥梁定期检测数量", "≥64座"),
        (None, "质量指标", "农村公路优良路率", "≥85%"),
        (None, "时效指标", "路面病害修复时限", fw("≤72小时")),
        ("成本指标", "经济成本指标", "每公里年养护成本", "≤1.8万元/公里"),
        ("效益指标", "社会效益指标", "养护路段交通事故起数", "≤6起"),
        (None, None, "养护路段群众投诉率",
         mk(fw("≥2%"), "T108", "warning", note="a 投诉率 is 反向: ≤2% meant")),
        (None, "可持续影响指标", "农村公路管养长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "苏振岳", "严佩珊", "0797-42618530")
    return b


@variant("qq07-reservoirs-struck-rows", (9, 12, 4), "department table with a task block in 万元 "
         "(four decimals, one task 92 % of the total), NAT-2021 indicators with a struck-through "
         "row and a hidden struck-through older version of a live row (correct)")  # fmt: skip
def qq07() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 18, 18, 14))
    department_head(
        s, year=2026, dept="汀溪县水利局",
        budget=[(four(2460.7315), four(2300), four(160.7315), four(413.4), four(2047.3315))],
        tasks=[("小型水库除险加固", "9座小型水库大坝加固、溢洪道改造", four(1892.3315),
                "完成除险加固水库≥9座"),
               ("山洪灾害监测预警", "监测站点维护、预警平台运行", four(63), "维护站点≥56个"),
               ("农村供水工程维修养护", "农村供水工程维修养护补助", four(92), "维修工程≥40处"),
               ("金额合计", None, four(2047.3315), None)],
        goal="2026年完成9座小型水库除险加固，主汛期前全部完工，维护山洪灾害监测站点56个，确保"
             "水库安全度汛。",
    )  # fmt: skip
    rows: list[tuple[object, ...]] = [
        ("产出指标", "数量指标", "完成除险加固小型水库", "≥9座"),
        (None, None, "完成除险加固小型水库", "≥8座"),
        (None, None, "新建山洪灾害监测站点", "≥20个"),
        (None, None, "山洪灾害监测站点维护数", "≥56个"),
        (None, None, "农村供水工程维修处数", "≥40处"),
        (None, "质量指标", "除险加固工程验收合格率", pct(1)),
        (None, "时效指标", "除险加固工程完工时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "单座水库除险加固成本", "≤210万元/座"),
        ("效益指标", "社会效益指标", "山洪灾害预警信息发布及时率", "≥98%"),
        (None, "可持续影响指标", "工程运行管护责任落实率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ]
    last = indicators(s, ONE, rows)
    first = last - len(rows) + 1
    struck(s, first + 1, hide=True, width=4)  # the first draft's target, kept hidden
    struck(s, first + 2, width=4)  # dropped after review, kept for the record
    note(s, "注：删除线所示指标已按审核意见调整，保留备查。", 4)
    sign(s, "钟远帆", "米晓棠", "0797-42610389")
    return b


@variant("qq11-culture-flat-list", (3, 4, 9), "department table, flat list (序号, 指标名称, "
         "指标性质, 计量单位, 指标值, 权重) with full-width operators, a header row repeated "
         "after a page break, an instruction row, weights adding to 100 (correct)")  # fmt: skip
def qq11() -> Book:
    b, s = book("整体绩效目标", (16, 26, 12, 12, 14, 12))
    department_head(
        s, year=2026, dept="潇北县文化和旅游局",
        budget=[(wan(860), wan(820), wan(40), wan(512.6), wan(347.4))],
        tasks=[("公共文化服务", "送戏下乡、图书馆和文化馆免费开放", wan(186.4), "演出≥120场"),
               ("文物保护", "不可移动文物安全巡查和修缮", wan(96), "巡查≥48次"),
               ("旅游宣传推广", "节会活动和线上推广", wan(65), "推广活动≥12场"),
               ("金额合计", None, wan(347.4), None)],
        goal="2026年开展送戏下乡演出120场以上，公共文化场馆全部免费开放，全年不发生文物安全事故。",
    )  # fmt: skip
    flat(s, FLAT, [
        (1, "送戏下乡演出场次", "正向", "场", fw("≥120"), 10),
        (2, "公共图书馆年流通人次", "正向", "人次", fw("≥180000"), 10),
        (3, "文物安全巡查次数", "正向", "次", fw("≥48"), 10),
        (4, "文物安全事故发生起数", "反向", "起", fw("=0"), 10),
        (5, "旅游宣传推广活动场次", "正向", "场", fw("≥12"), 8),
    ])  # fmt: skip
    s.skip()
    flat(s, FLAT, [
        (6, "公共文化场馆免费开放率", "正向", "%", fw("=100"), 8),
        (7, "重点工作任务按时完成率", "正向", "%", fw("≥95"), 12),
        (8, "游客投诉办结时限", "反向", "工作日", fw("≤5"), 8),
        (9, "非遗传承活动参与人次", "正向", "人次", fw("≥6000"), 12),
        (10, "群众文化活动满意度", "正向", "%", fw("≥90"), 12),
    ])  # fmt: skip
    note(s, "说明：请各单位结合实际填写；指标值为2026年度目标值，权重合计100分。")
    sign(s, "卓映雪", "沐子谦", "0730-6921 5586")
    return b


@variant("qq12-air-monitoring-pasted", (9, 12), "one-year project, NAT-2021, a 测算依据 block: "
         "one line pasted twice, another with a legitimate note in brackets, a unit cost with a "
         "lost decimal point (35000万元 a 台)")  # fmt: skip
def qq12() -> Book:
    b, s = book("Sheet1", (14, 18, 28, 16, 18, 20))
    project_head(
        s, year=2026, name="大气环境自动监测站点建设项目", dept="柘山区生态环境分局（712）",
        unit="柘山区环境监测站", money=one_year_money(wan(186.6), wan(186.6), wan(0)),
        goals=["2026年新建12个空气质量自动监测站点并联网运行，监测数据有效率达到90%以上。"],
    )  # fmt: skip
    basis(s, [
        ("监测设备购置", "12台×3.5万元/台", 42, None),
        ("设备安装调试", "12个站点", mk("12.6万12.6万", "X106", "error"), None),
        ("运维服务", "年度运维合同", ok("48万（其中设备维保30万元）"), "含备品备件"),
        ("数据平台租用", "12个月×7万元/月", 84, None),
    ], 186.6)  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建空气质量自动监测站点", "≥12个"),
        (None, None, "监测设备购置数量", "≥12台"),
        (None, "质量指标", "监测数据有效率", "≥90%"),
        (None, "时效指标", "站点建成联网时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单台监测设备购置成本",
         mk("≤35000万元/台", "B107", "warning", alt=("B110", "T116"), note="3.5000万元")),
        ("效益指标", "生态效益指标", "辖区空气质量优良天数比例", "≥85%"),
        (None, "可持续影响指标", "监测站点运维管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "陶景行", "温如意", "0913-27408861")
    return b


@variant("qq14-disability-flat-weights", (3, 4, 9), "department table, flat list (指标名称, "
         "权重, 计量单位, 指标性质, 指标值) with weights partly in full-width digits: the weights "
         "add to 95 under a footnote that says 100, a row whose value and weight swapped "
         "columns, a satisfaction target ＝１００")  # fmt: skip
def qq14() -> Book:
    b, s = book("Sheet1", (16, 28, 12, 12, 12, 16))
    department_head(
        s, year=2026, dept="苇塘县残疾人联合会",
        budget=[(wan(312), wan(300), wan(12), wan(128.5), wan(183.5))],
        tasks=[("残疾人康复服务", "残疾儿童康复救助、辅助器具适配", wan(96.5), "救助≥120人"),
               ("残疾人就业培训", "就业技能培训和岗位推荐", wan(52), "培训≥300人次"),
               ("困难残疾人生活补贴管理", "补贴资格审核和按月发放", wan(35), "按时发放率≥98%"),
               ("金额合计", None, wan(183.5), None)],
        goal="2026年为120名残疾儿童提供康复救助，开展残疾人就业技能培训300人次，困难残疾人生活补贴"
             "按时足额发放。",
    )  # fmt: skip
    swapped = mk(
        "≤15", "S101", "warning", row=True, alt=("T117", "T116"), note="value and weight swapped"
    )
    flat(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("残疾儿童康复救助人数", fw("15"), "人", "正向", "≥120"),
        ("残疾人就业技能培训人次", 10, "人次", "正向", "≥300"),
        ("辅助器具适配人数", 10, "人", "正向", "≥260"),
        ("困难残疾人生活补贴按时发放率", fw("15"), "%", "正向", "≥98"),
        ("残疾人证办理时限", swapped, "工作日", "反向", 5),
        ("培训后实现就业比例", 10, "%", "正向", "≥40"),
        ("残疾人基本康复服务覆盖率", fw("15"), "%", "正向", "≥90"),
        ("残疾人家庭满意度", fw("15"), "%", "正向",
         mk(fw("=100"), "T114", "warning", alt=("T107",), note="≥90 expected")),
    ])  # fmt: skip
    note(s, "注：各指标权重合计100分，指标值为2026年度目标值。", 5)
    b.file_mark("W101", "error", note="15+10+10+15+5+10+15+15 = 95")
    sign(s, "花雨桐", "古青松", "0715-83062749")
    return b


@variant("qq16-training-slipped-values", (8, 9), "two-year project, NAT-2021, 中期 and 年度 "
         "columns and a footnote inside the table: the 中期 其他资金 a slipped copy of the "
         "财政拨款, the values of a count and a rate slipped into each other's rows")  # fmt: skip
def qq16() -> Book:
    b, s = book("项目绩效目标表", (14, 16, 30, 18, 18))
    total = mk(wan(150), "B101", "error", note="150 ≠ 130 + 130 (其他资金 should be 20)")
    other = mk(wan(130), "B101", "error", required=False)
    project_head(
        s, year=2026, years=2, name="职业技能提升培训项目",
        dept="枫岭县人力资源和社会保障局（207）", unit="枫岭县职业技能培训指导中心",
        money=period_money((total, wan(130), other), (wan(80), wan(60), wan(20))),
        goals=["2026—2027年开展职业技能培训1200人次，开设培训工种12个，培训考核合格率90%以上，"
               "1000人取得职业技能等级证书。",
               "2026年开展职业技能培训600人次，开设培训工种8个，500人取得职业技能等级证书。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "职业技能培训人次",
         mk("≥90%", "T120", "warning", row=True, note="the 合格率's values"), "≥90%"),
        (None, None, "开设培训工种数", "≥12个", "≥8个"),
        (None, "质量指标", "培训考核合格率",
         mk("≥1200人次", "T105", "error", row=True, note="the 人次's values"), "≥600人次"),
        (None, "时效指标", "培训补贴发放时限", "≤30个工作日", "≤30个工作日"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤0.12万元/人次", "≤0.12万元/人次"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥60%", "≥60%"),
        (None, "可持续影响指标", "取得职业技能等级证书人数", "≥1000人", "≥500人"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：培训人次含线上理论培训；中期指标值为两年累计值。", 5)
    sign(s, "鲍清源", "乔映秋", "0743-52981076")
    return b
