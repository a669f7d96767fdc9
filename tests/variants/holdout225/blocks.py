"""Stacked projects and 区域 tables in one sheet, department tables with 基本支出, 项目支出 and
tasks, a flat list with weights, a grassland project with conversion artefacts (qa13–qa18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout225.common import (
    ONE,
    PTS,
    book,
    grid,
    indicators,
    note,
    regional_head,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout225.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, ok, pct

WIDE = (14, 16, 30, 18, 18, 16)
GRASS = "农业农村部、国家林业和草原局、财政部"
TALIN = "塔林诺尔旗林业和草原局"


def _seedlings(s: Sheet) -> None:
    # the second project of qa13: its 测算依据 lines add up to 102, its 合计 says 96
    project_head(
        s, year=2026, name="澄岭县2026年林木良种培育补助项目", dept="澄岭县林业局（403）",
        unit="澄岭县国有苗圃", title="2026年度项目支出绩效目标申报表（林木良种培育）",
        money=[("年度资金总额", wan(96), None, None),
               ("其中：中央财政", wan(96), "其他资金", wan(0))],
        goals=["2026年建设良种基地1200亩，采收林木良种3500公斤，良种质量检验合格率95%以上。"],
    )  # fmt: skip
    grid(s, "资金测算依据", ("支出内容", "数量", "标准", "金额（万元）"), [
        ("良种基地建设补助", "1200亩", "600元/亩", wan(72)),
        ("良种采收和处理", "3500公斤", "40元/公斤", wan(14)),
        ("种质资源保存与管理", None, None, wan(16)),
        ("合计", None, None, mk(wan(96), "B102", "error", row=True, note="72 + 14 + 16 = 102")),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "良种基地面积", "≥1200亩"),
        (None, None, "良种采收量", "≥3500公斤"),
        (None, "质量指标", "良种质量检验合格率", "≥95%"),
        (None, "时效指标", "良种采收完成时间", "2026年10月31日前"),
        (None, "成本指标", "良种基地亩均补助", "≤600元/亩"),
        ("效益指标", "生态效益指标", "造林良种使用率", "≥75%"),
        (None, "可持续影响指标", "林木良种供应能力", "提升"),
        ("满意度指标", "服务对象满意度指标", "造林单位满意度", "≥90%"),
    ])  # fmt: skip


@variant("qa13-stacked-forestry-points", (2, 5, 10, 12), "two stacked projects: tier points "
         "产出指标（50分） over indicator scores of 45, then 测算依据 lines that miss "
         "their 合计")  # fmt: skip
def qa13() -> Book:
    b, s = book("项目支出绩效目标", WIDE)
    project_head(
        s, year=2026, name="澄岭县2026年森林抚育项目", dept="澄岭县林业局（403）",
        unit="澄岭县林业局", title="2026年度项目支出绩效目标申报表（森林抚育）",
        money=[("年度资金总额", wan(480), None, None),
               ("其中：中央财政", wan(400), "县级财政", wan(80))],
        goals=["2026年完成森林抚育2.4万亩，检查验收合格率95%以上，11月底前完成全部抚育任务。"],
    )  # fmt: skip
    out = mk("产出指标（50分）", "W103", "error", note="15 + 10 + 10 + 10 = 45")
    indicators(s, PTS, [
        (out, "数量指标", "森林抚育面积", "≥2.4万亩", 15),
        (None, "质量指标", "抚育作业检查验收合格率", "≥95%", 10),
        (None, "时效指标", "抚育任务完成时间", "2026年11月30日前", 10),
        (None, "成本指标", "亩均抚育补助", "≤200元/亩", 10),
        ("效益指标（40分）", "经济效益指标", "林区群众务工收入", "增加", 10),
        (None, "生态效益指标", "抚育林分蓄积量", "提高", 15),
        (None, "可持续影响指标", "森林生态系统稳定性", "提升", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "林区群众满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator scores add up to 95")
    s.skip()
    _seedlings(s)
    sign(s, "葛兰芝", "0731-85260417", unit="澄岭县林业局")
    return b


@variant("qa14-farm-department-shares", (1, 12), "department table: 资金总额 = 财政拨款 + 其他 = "
         "基本支出 + 项目支出, typed shares that match, tasks adding up to 项目支出 "
         "(correct)")  # fmt: skip
def qa14() -> Book:
    b, s = book("部门整体支出绩效目标", WIDE)
    share = "0.00%"
    department_head(
        s, year=2026, dept="岫溪县农业农村局",
        budget=[(wan(6482.6), wan(6312.6), wan(170), wan(1126.4), wan(5356.2)),
                (pct(1, share), pct(0.9738, share), pct(0.0262, share), pct(0.1738, share),
                 pct(0.8262, share))],
        tasks=[("耕地地力保护补贴发放", "对全县耕地发放地力保护补贴", wan(3980), "足额兑付到户"),
               ("农机购置补贴", "落实农机购置与应用补贴政策", wan(620), "补贴机具500台以上"),
               ("高标准农田建后管护", "对已建高标准农田开展管护", wan(486.2), "管护面积12万亩以上"),
               ("基层农技推广体系建设", "开展农技人员培训和示范", wan(270), "培训农技人员300人次"),
               ("金额合计", None, wan(5356.2), None)],
        goal="落实各项强农惠农补贴政策，巩固提升粮食综合生产能力，全年粮食播种面积稳定在96万亩以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补贴机具数量", "≥500台"),
        (None, None, "高标准农田管护面积", "≥12万亩"),
        (None, None, "培训农技人员", "≥300人次"),
        (None, "质量指标", "高标准农田设施完好率", pct(0.95)),
        (None, "时效指标", "补贴资金兑付完成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "农技人员培训人均成本", "≤1500元/人次"),
        ("效益指标", "社会效益指标", "粮食播种面积", "≥96万亩"),
        (None, "可持续影响指标", "农业社会化服务体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "罗振宇", "0735-41762083", unit="岫溪县农业农村局")
    return b


@variant("qa15-forestry-department-magnitude", (9, 12), "department table: 基本支出 + 项目支出 "
         "≠ 资金总额, 项目支出 pasted as text, a task amount typed in 元 in the 万元 "
         "block")  # fmt: skip
def qa15() -> Book:
    b, s = book("部门整体支出绩效目标", WIDE)
    pests = mk(wan(5862000), "B110", "error", note="586.20万元 typed in 元")
    department_head(
        s, year=2026, dept="峪泉县林业和草原局",
        budget=[(mk(wan(4218.5), "B101", "error", row=True, note="862.30 + 3256.20 = 4118.50"),
                 wan(4098.5), wan(120), wan(862.3), mk("3,256.20", "X103", "warning"))],
        tasks=[("森林抚育", "完成中幼龄林抚育7.6万亩", wan(1520), "抚育验收合格率95%以上"),
               ("生态护林员", "选聘生态护林员1150人", wan(1150), "巡护到岗率95%以上"),
               ("林业有害生物防治", "开展松材线虫病等监测防治", pests, "防治面积9.5万亩以上"),
               ("金额合计", None, mk(wan(3256.2), "B102", "error", required=False), None)],
        goal="2026年完成森林抚育7.6万亩，选聘生态护林员1150人，林业有害生物防治9.5万亩，森林覆盖率"
             "保持在58%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "森林抚育面积", "≥7.6万亩"),
        (None, None, "选聘生态护林员", "≥1150人"),
        (None, None, "林业有害生物防治面积", "≥9.5万亩"),
        (None, "质量指标", "抚育作业验收合格率", "≥95%"),
        (None, None, "护林员巡护到岗率", "≥95%"),
        (None, "时效指标", "护林员劳务补助发放及时率", "≥95%"),
        ("成本指标", "经济成本指标", "亩均森林抚育成本", "≤200元/亩"),
        ("效益指标", "生态效益指标", "森林覆盖率", "≥58%"),
        (None, "可持续影响指标", "林长制责任体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯晓梅", "0739-86024715", unit="峪泉县林业和草原局")
    return b


def _grassland_block(s: Sheet) -> None:
    regional_head(
        s, year=2026, name="草原生态保护补助奖励资金", central=GRASS, local=TALIN,
        area="塔林诺尔旗", title="2026年度草原生态保护补助奖励资金区域绩效目标表",
        money=[("年度资金总额", wan(1126.4)), ("其中：中央补助", wan(1086.4)),
               ("自治区资金", wan(40))],
        goal="落实禁牧52万亩、草畜平衡236万亩，补奖资金足额发放到牧户。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量", "禁牧面积", "≥52万亩"),
        (None, None, "草畜平衡面积", "≥236万亩"),
        (None, "质量", "补奖资金足额发放率", "100%"),
        (None, "时效", "补奖资金发放完成时间", "2026年9月30日前"),
        (None, "成本", "禁牧补助标准", "≤9元/亩"),
        (None, None, "草畜平衡奖励标准", "≤2.5元/亩"),
        ("效益指标", "生态效益", "草原综合植被盖度", "≥38%"),
        (None, "社会效益", "牧户政策性收入", "稳定"),
        ("满意度指标", "服务对象满意度", "牧户满意度", "≥90%"),
    ], lead="绩效指标")  # fmt: skip


@variant("qa16-stacked-regional-tables", (2, 5, 12), "two 区域绩效目标表 of one banner in one "
         "sheet, each with its own money: per-亩 standards within each block's money "
         "(correct)")  # fmt: skip
def qa16() -> Book:
    b, s = book("区域绩效目标", (14, 18, 18, 30, 18, 16))
    regional_head(
        s, year=2026, name="林业改革发展资金——森林抚育补助", central="国家林业和草原局、财政部",
        local=TALIN, area="塔林诺尔旗", title="2026年度林业改革发展资金区域绩效目标表",
        money=[("年度资金总额", wan(760)), ("其中：中央补助", wan(680)), ("自治区资金", wan(80))],
        goal="完成森林抚育3.4万亩，检查验收合格率达到95%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "森林抚育面积", "≥3.4万亩"),
        (None, "质量指标", "抚育检查验收合格率", "≥95%"),
        (None, "时效指标", "抚育任务完成时间", "2026年11月30日前"),
        (None, "成本指标", "亩均中央补助标准", "≤200元/亩"),
        ("效益指标", "生态效益指标", "林分质量", "提升"),
        (None, "可持续影响指标", "森林经营管理水平", "提高"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ], lead="绩效指标")  # fmt: skip
    s.skip(2)
    _grassland_block(s)
    sign(s, "包金花", "0482-73615204", unit=TALIN, when="2026年3月6日")
    return b


@variant("qa17-grazing-ban-artefacts", (9, 12), "one-year project: total with a note, 财政拨款 "
         "split by a space, a cost per 户 rounded to 0万元, ≤9元/亩 × 52万亩 > money")  # fmt: skip
def qa17() -> Book:
    b, s = book("Sheet1", WIDE)
    project_head(
        s, year=2026, name="敖仑旗2026年草原禁牧补助项目", dept="敖仑旗农牧和科技局（215）",
        unit="敖仑旗草原工作站",
        money=[("年度资金总额", ok("426.5万元（其中中央资金380万元）"), None, None),
               ("其中：财政拨款", mk("410.257 5", "X105", "warning", alt=("X103",)),
                "其他资金", money(16.2425, "0.0000"))],
        goals=["2026年对52万亩草原实施禁牧，向1280户牧户发放禁牧补助，禁牧区草原植被盖度达到40%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "禁牧面积", "≥52万亩", "以草原承包台账为准"),
        (None, None, "享受禁牧补助牧户数", "≥1280户", None),
        (None, "质量指标", "禁牧区监管巡查覆盖率", "≥95%", None),
        (None, "时效指标", "补助资金发放完成时间", "2026年9月30日前", None),
        (None, "成本指标", "禁牧补助标准",
         mk("≤9元/亩", "B107", "warning", row=True, note="9 × 52万亩 = 468万元 > 426.5万元"), None),
        (None, None, "户均禁牧补助",
         mk("≤0万元/户", "T115", "error", note="0.32万元/户 rounded away"), "按户核定"),
        ("效益指标", "生态效益指标", "禁牧区草原植被盖度", "≥40%", None),
        (None, "社会效益指标", "牧户政策性收入", "稳定", None),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%", "抽样调查"),
    ])  # fmt: skip
    sign(s, "巴特尔", "0476-82053196")
    return b


@variant("qa18-machinery-flat-list", (1, 3, 12), "project in 元, flat list with directions and "
         "weights adding to 100, 100% typed, ≤6000元/台 × 310台 = the money (correct)")  # fmt: skip
def qa18() -> Book:
    b, s = book("绩效目标表", (8, 30, 16, 12, 12, 10))
    project_head(
        s, year=2026, name="坪塘县2026年丘陵山区适用小型农机推广补贴项目",
        dept="坪塘县农业农村局（302）", unit="坪塘县农机服务中心", money_label="项目资金（元）",
        money=[("年度资金总额", yuan(1860000), None, None),
               ("其中：财政拨款", yuan(1860000), "其他资金", yuan(0))],
        goals=["2026年补贴丘陵山区适用小型农机具310台，受益农户260户以上，丘陵山区农作物耕种收综合机械化率"
               "达到62%以上。"],
    )  # fmt: skip
    s.row("序号", "指标名称", "指标值", "计量单位", "指标方向", "权重")
    s.table([
        (1, "补贴小型农机具数量", "≥310", "台", "正向", 20),
        (2, "受益农户数", "≥260", "户", "正向", 15),
        (3, "补贴机具核验合格率", "≥98", "%", "正向", 10),
        (4, "补贴资金兑付率", pct(1), "%", "正向", 10),
        (5, "补贴申请办理时限", "≤15", "个工作日", "反向", 10),
        (6, "单台累加补贴标准", "≤6000", "元/台", "反向", 10),
        (7, "丘陵山区农作物耕种收综合机械化率", "≥62", "%", "正向", 15),
        (8, "购机农户满意度", "≥90", "%", "正向", 10),
    ])  # fmt: skip
    note(s, "注：1.本表金额单位为元；2.指标方向“正向”指越大越好，“反向”指越小越好。")
    sign(s, "钟明亮", "0743-28175904", unit="坪塘县农业农村局")
    return b
