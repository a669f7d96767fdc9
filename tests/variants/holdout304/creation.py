"""Civilisation programmes: 新时代文明实践中心 and 文明城市创建 (tb01 to tb06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout304.common import (
    band,
    department_book,
    notes,
    project_book,
    signature,
    table,
    w,
    year_money,
)
from tests.variants.holdout304.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "tb01-practice-centre",
    (1, 7),
    "project, NAT-2021, headers 指标内容 and 绩效标准, operator and unit columns, percent cells, "
    "a date cell, 0起 on incidents (correct)",
)
def tb01() -> Book:
    b, s = project_book(
        year=2025,
        name="新时代文明实践中心阵地提升项目",
        dept="中共蓼川县委宣传部（301001）",
        unit="蓼川县新时代文明实践中心",
        money=year_money(88, 80, 8),
        goals=["完成乡镇实践所和村（社区）实践站阵地提升，常态化开展文明实践活动，群众满意。"],
    )
    rows = [
        ("产出指标", "数量指标", "乡镇实践所阵地提升数量", "≥", 14, "个"),
        (None, None, "村（社区）实践站阵地提升数量", "≥", 126, "个"),
        (None, None, "文明实践活动场次", "≥", 1500, "场"),
        (None, "质量指标", "阵地提升验收合格率", "=", pct(1), "%"),
        (None, None, "活动台账规范率", "≥", pct(0.95), "%"),
        (None, "时效指标", "阵地提升完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "实践站阵地提升补助标准", "≤", 0.5, "万元/个"),
        (None, "社会成本指标", "活动安全事故发生起数", "≤", 0, "起"),
        ("效益指标", "社会效益指标", "群众参与文明实践活动人次", "≥", 60000, "人次"),
        (None, "可持续影响指标", "实践站常态化开放率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "群众参与满意度", "≥", pct(0.9), "%"),
    ]
    table(s, ("一级指标", "二级指标", "指标内容", "比较符", "绩效标准", "计量单位"), rows)
    return b


@variant(
    "tb02-creation-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, 1.数量指标), "
    "an indicator score column adding to 100 as the tiers do, a rise in 百分点, a total row "
    "and a footnote explaining it (correct)",
)
def tb02() -> Book:
    b, s = project_book(
        year=2025,
        name="文明城市创建常态化巡查项目",
        dept="中共雁汀市委宣传部（208001）",
        unit="雁汀市文明城市创建服务中心",
        money=year_money(60, 55, 5),
        goals=["对重点点位开展常态化巡查，交办问题按期整改，市民文明行为达标率稳步提高。"],
    )
    rows = [
        ("一、产出指标（40分）", "1.数量指标", "重点点位巡查点次", "≥4800点次", 10),
        (None, None, "发现问题交办整改件数", "≥1200件", 10),
        (None, "2.质量指标", "交办问题整改销号率", "≥95%", 10),
        (None, "3.时效指标", "问题整改平均办结时长", "≤5个工作日", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "点位巡查单价", "≤60元/点次", 10),
        (None, None, "第三方测评服务费用", "≤18万元", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "市民文明行为达标率提高", "≥3百分点", 15),
        (None, "2.可持续影响指标", "重点点位问题复发率", "≤10%", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "市民对创建工作满意度", "≥90%", 10),
    ]
    table(s, (*TIERS, "分值"), rows)
    s.row("合计", None, None, None, 100)
    band(s, "注：一级指标括号内分值为其下三级指标分值之和，三级指标分值合计100分。")
    return b


@variant(
    "tb03-station-money-wrong",
    (12, 1),
    "project, OLD-NAT, operator and unit columns, percent cells: 年度资金总额 ≠ 财政拨款 + "
    "其他资金, a pass rate typed as 105%",
)
def tb03() -> Book:
    total = mk(w(96), "B101", "error", row=True, note="财政拨款80 + 其他资金12 = 92，不是96")
    b, s = project_book(
        year=2025,
        name="文明实践站点标准化建设项目",
        dept="中共澹水县委宣传部（402001）",
        unit="澹水县新时代文明实践中心",
        money=[("年度资金总额", total, "其中：财政拨款", w(80)), ("其他资金", w(12), None, None)],
        goals=["完成村（社区）文明实践站标准化建设和挂牌，站点活动常态开展。"],
    )
    over = mk(pct(1.05), "T106", "error", note="验收通过率不能超过100%")
    rows = [
        ("产出指标", "数量指标", "标准化实践站挂牌数量", "≥", 48, "个"),
        (None, None, "实践站管理员培训人次", "≥", 300, "人次"),
        (None, "质量指标", "挂牌站点标准化验收通过率", "≥", over, "%"),
        (None, "时效指标", "挂牌工作完成时间", "≤", "2025年9月30日", None),
        (None, "成本指标", "单个站点标识标牌制作成本", "≤", 0.6, "万元/个"),
        ("效益指标", "社会效益指标", "站点年均开展活动场次", "≥", 24, "场/个"),
        (None, "可持续影响指标", "站点管理制度上墙率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", pct(0.9), "%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), rows)
    return b


@variant(
    "tb04-stacked-creation",
    (2, 11),
    "two projects stacked in one sheet, OLD-NAT, one value column: the second gives a 完成率 "
    "as a count and a 投诉率 with ≥; 市民满意度 differs between the projects",
)
def tb04() -> Book:
    b, s = project_book(
        sheet="绩效目标表",
        year=2025,
        name="文明城市创建公益广告刊播项目",
        dept="雁汀市精神文明建设指导委员会办公室（208003）",
        unit="雁汀市文明城市创建服务中心",
        money=year_money(45, 45, 0),
        goals=["在主次干道、公园广场和交通站点刊播公益广告，营造浓厚创建氛围。"],
    )
    table(s, TIERS, [
        ("产出指标", "数量指标", "公益广告刊播点位数量", "≥320个"),
        (None, None, "公益广告更新批次", "≥4批次"),
        (None, "质量指标", "公益广告内容审核通过率", "=100%"),
        (None, "时效指标", "破损广告更换时限", "≤3个工作日"),
        (None, "成本指标", "公益广告单个点位制作成本", "≤0.12万元/个"),
        ("效益指标", "社会效益指标", "公益广告市民知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        title="",
        name="背街小巷文明整治项目",
        dept="雁汀市精神文明建设指导委员会办公室（208003）",
        unit="雁汀市城市管理综合执法支队",
        money=year_money(130, 110, 20),
        goals=["整治背街小巷环境秩序，建立长效保洁和管理机制。"],
    )
    count = mk("45条", "T105", "error", note="完成率应为百分比，45条是条数")
    against = mk("≥3%", "T108", "warning", row=True, note="投诉率是反向指标，应为≤")
    table(s, TIERS, [
        ("产出指标", "数量指标", "背街小巷整治条数", "≥45条"),
        (None, "质量指标", "背街小巷整治完成率", count),
        (None, None, "整治工程验收合格率", "≥95%"),
        (None, "时效指标", "整治工作完成时间", "2025年11月30日前"),
        (None, "成本指标", "每条小巷整治平均成本", "≤2.4万元/条"),
        ("效益指标", "社会效益指标", "占道经营投诉率", against),
        (None, "可持续影响指标", "长效保洁机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "tb05-export-points-mall",
    (7, 4),
    "budget-system export: money on sheet 部门项目支出预算05-1 with codes and a 合计 line, the "
    "indicator table on sheet 部门项目支出绩效目标05-2 with its header on the third row, codes "
    "in the first two columns, header 年度指标值 and a unit column (correct)",
)
def tb05() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (12, 30, 18, 30, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    unit, code = "417003", "417003-26-0012"
    s.row(unit, "梧汀区精神文明建设指导委员会办公室", code, "新时代文明实践积分超市运营",
          w(36), w(30), w(6))  # fmt: skip
    s.row("合计", None, None, None, w(36), w(30), w(6))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 18, 14, 18, 30, 14, 12))
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row("单位：梧汀区精神文明建设指导委员会办公室", None, None,
          "项目：新时代文明实践积分超市运营", merge=[(1, 3), (4, 7)])  # fmt: skip
    c = (unit, code)
    rows = [
        (*c, "产出指标", "数量指标", "积分超市运营网点数量", "≥18", "个"),
        (*c, None, None, "志愿服务积分兑换人次", "≥9000", "人次"),
        (*c, None, "质量指标", "积分兑换记录准确率", "≥98", "%"),
        (*c, None, "时效指标", "兑换物资补货时限", "≤7", "天"),
        (*c, "成本指标", "经济成本指标", "人均兑换物资成本", "≤30", "元/人次"),
        (*c, "效益指标", "社会效益指标", "群众参与志愿服务积极性", "提升", None),
        (*c, None, "可持续影响指标", "积分超市运营管理办法", "健全", None),
        (*c, "满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90", "%"),
    ]
    header = ("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "年度指标值", "计量单位")
    table(t, header, rows, merged=(3, 4))
    band(t, "说明：本表由预算管理一体化系统导出，金额单位为万元。", 7)
    return b


@variant(
    "tb06-department-page-break",
    (4,),
    "department, NAT-2021, tasks with 金额合计, a 注 row between tiers, the header repeated "
    "after a page break, 填表说明 and a signature line: a 知晓率 given as a grade, a completion "
    "time given as 100%",
)
def tb06() -> Book:
    b, s = department_book(
        year=2025,
        dept="雁汀市精神文明建设指导委员会办公室",
        budget=[(w(520), w(470), w(50), w(310), w(210))],
        tasks=[
            ("文明城市创建测评", "组织年度实地测评和问卷调查", w(120), "测评问题按期整改"),
            ("道德模范评选表彰", "评选表彰市级道德模范", w(50), "按期完成评选表彰"),
            ("文明实践活动指导", "指导各区开展文明实践活动", w(40), "实践活动常态开展"),
            ("金额合计", None, w(210), None),
        ],
        goal="巩固文明城市创建成果，选树道德典型，推动文明实践活动常态化开展。",
        filled=day(2024, 11, 18),
    )
    band(s, "年度绩效指标")
    header = (*TIERS, "备注")
    time = mk("100%", "T113", "warning", note="完成时间是期限，应写日期而不是百分比")
    table(s, header, [
        ("产出指标", "数量指标", "文明城市创建实地测评点位", "≥260个"),
        (None, None, "市级道德模范评选表彰人数", "10人"),
        (None, "质量指标", "测评问题整改销号率", "≥95%"),
        (None, "时效指标", "创建问题整改完成时间", time),
    ])  # fmt: skip
    band(s, "注：以下成本、效益和满意度指标接续下页。")
    s.skip()
    grade = mk("较高", "T105", "error", alt=("T102",), note="知晓率应给出百分比，不是等级词")
    table(s, header, [
        ("成本指标", "经济成本指标", "实地测评单个点位费用", "≤0.3万元/个"),
        ("效益指标", "社会效益指标", "市民文明礼仪知晓率", grade),
        (None, "可持续影响指标", "创建常态长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "市民对创建工作满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, ["填表说明：1.指标值应量化，不能量化的写明等级；", "2.金额单位为万元。"])
    signature(s, "韦晓岚", "0776-3825104", day(2024, 11, 18))
    return b
