"""Seed stock: the county seed station's department returns, flat lists and seed projects."""

from __future__ import annotations

from tests.variants.holdout593.common import (
    FLAT,
    NAT4,
    SEED,
    department,
    indicators,
    new,
    notes,
    one_year,
    project,
    signature,
    w,
)
from tests.variants.holdout593.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("ee07-seed-station-points", (5, 10, 12),
         "department, NAT-2021, tasks adding to 金额合计, numbered tier labels with points and "
         "an indicator points column, a goal total with its parts (correct)")  # fmt: skip
def seed_station_points() -> Book:
    b, s = new("部门整体")
    goal = ("储备燕麦、藜麦良种共60万公斤（燕麦45万公斤、藜麦15万公斤），完成种子质量检验"
            "1200批次，管护繁育基地900亩，保障全县春播用种安全。")  # fmt: skip
    department(s, (w(860), w(780), w(80), w(310), w(550)), goal, tasks=[
        ("良种储备轮换", "燕麦、藜麦良种储备与轮换更新", w(320), "储备良种60万公斤"),
        ("种子质量检验", "入库种子与市场种子抽检", w(90), "完成检验1200批次"),
        ("繁育基地管护", "羊角坪、松垭两处繁育基地管护", w(140), "管护繁育基地900亩"),
        ("金额合计", None, w(550), None),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "燕麦良种储备量", "≥45万公斤", 8),
        (None, None, "藜麦良种储备量", "≥15万公斤", 8),
        (None, None, "种子质量检验批次", "≥1200批次", 8),
        (None, None, "繁育基地管护面积", "≥900亩", 6),
        (None, "（二）质量指标", "储备种子质量合格率", "≥95%", 5),
        (None, "（三）时效指标", "春播前种子调运完成时间", "2025年3月31日前", 5),
        ("二、成本指标（10分）", "（一）经济成本指标", "良种储备轮换费用标准", "≤5元/公斤", 10),
        ("三、效益指标（35分）", "（一）社会效益指标", "春播用种保障率", "≥98%", 15),
        (None, None, "种子质量安全事故", "0起", 10),
        (None, "（二）可持续影响指标", "良种储备轮换机制", "健全", 10),
        ("四、满意度指标（15分）", "（一）服务对象满意度指标", "用种农户满意度", "≥90%", 15),
    ])  # fmt: skip
    return b


@variant("ee08-seed-flat-list", (3, 1),
         "department, flat list (序号 · 指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percent cells, 下降率 with ≥, 0起, weights 100 (correct)")  # fmt: skip
def seed_flat_list() -> Book:
    b, s = new("部门整体")
    goal = ("保障春播、秋播用种安全，储备燕麦良种30万公斤，种子霉变损耗比上年下降10%以上，"
            "全年不发生种子质量安全事故。")  # fmt: skip
    department(s, (w(420), w(400), w(20), w(260), w(160)), goal)
    notes(s, "年度绩效指标")
    s.row(*FLAT)
    s.table([
        (1, "燕麦良种储备量", 15, "万公斤", "≥", 30),
        (2, "储备种子质量合格率", 15, "%", "≥", pct(0.98)),
        (3, "种子霉变损耗下降率", 10, "%", "≥", pct(0.1)),
        (4, "种子质量安全事故", 10, "起", "=", 0),
        (5, "市场种子抽检批次", 10, "批次", "≥", 300),
        (6, "种子调运及时率", 10, "%", "≥", pct(0.95)),
        (7, "储备种子轮换更新比例", 15, "%", "≥", pct(0.3)),
        (8, "用种农户满意度", 15, "%", "≥", pct(0.9)),
        (None, "合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("ee09-seed-station-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "the goal's seed reserve against the indicator")  # fmt: skip
def seed_station_money() -> Book:
    b, s = new("部门整体")
    total = mk(w(520), "B101", "error", note="基本支出180 + 项目支出330 = 510，不是520")
    department(s, (total, w(450), w(70), w(180), w(330)),
               "储备燕麦良种50万公斤，完成种子质量检验800批次，新建繁育基地300亩。",
               tasks=[
        ("燕麦良种储备", "燕麦良种收储与保管", w(200), "储备燕麦良种50万公斤"),
        ("种子质量检验", "入库与市场种子抽检", w(60), "完成检验800批次"),
        ("繁育基地建设", "松垭镇繁育基地田间工程", w(80), "新建繁育基地300亩"),
        ("金额合计", None, mk(w(330), "B102", "error", note="200 + 60 + 80 = 340"), None),
    ])  # fmt: skip
    indicators(s, NAT4, [
        ("产出指标", "数量指标", "燕麦良种储备量", mk("≥40万公斤", "D104", "warning",
            row=True, note="总体目标和任务都写储备50万公斤")),
        (None, None, "种子质量检验批次", "≥800批次"),
        (None, None, "新建繁育基地面积", "≥300亩"),
        (None, "质量指标", "储备种子质量合格率", "≥98%"),
        (None, "时效指标", "春播前种子调运完成时间", "2025年3月31日前"),
        ("成本指标", "经济成本指标", "种子储备费用标准", "≤4元/公斤"),
        ("效益指标", "社会效益指标", "春播用种保障率", "≥98%"),
        (None, "可持续影响指标", "繁育基地持续使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "用种农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ee10-seed-flat-duplicate", (3,),
         "department, flat list with 序号 and weights: the same reserve twice with a word more, "
         "a seed transport deadline left from last autumn")  # fmt: skip
def seed_flat_duplicate() -> Book:
    b, s = new("部门整体")
    goal = ("全年储备藜麦良种12万公斤，完成种子检验500批次，秋播前完成种子调运，"
            "用种农户满意度90%以上。")  # fmt: skip
    department(s, (w(380), w(350), w(30), w(230), w(150)), goal)
    notes(s, "年度绩效指标")
    s.row(*FLAT)
    s.table([
        (1, "藜麦良种储备量", 15, "万公斤", "≥", 12),
        (2, "储备种子质量合格率", 15, "%", "≥", pct(0.98)),
        (3, "种子质量检验批次", 10, "批次", "≥", 500),
        (4, "秋播种子调运完成时间", 10, None, "≤", mk(day(2024, 9, 30, CN_DATE), "Y102",
            "error", alt=("Y101", "Y103"), note="上一年秋播的日期，不在2025年度内")),
        (5, mk("藜麦良种储备数量", "D103", "warning", row=True, alt=("D101",),
            note="与第1项同一指标，多一个“数”字"), 15, "万公斤", "≥", 12),
        (6, "用种农户满意度", 15, "%", "≥", pct(0.9)),
        (7, "种子调运及时率", 10, "%", "≥", pct(0.95)),
        (8, "良种储备轮换比例", 10, "%", "≥", pct(0.3)),
    ])  # fmt: skip
    return b


@variant("ee11-seed-purify-notes", (4,),
         "project, OLD-NAT, one value column: a note row between tiers, the header repeated "
         "after a page break, 填表说明, a signature, a 2024 fill date (correct)")  # fmt: skip
def seed_purify_notes() -> Book:
    b, s = new()
    project(s, "雪陂县藜麦种子提纯复壮项目", SEED, one_year(w(45), w(40), w(5)),
            ["对3个主栽藜麦品种开展提纯复壮，繁育原种2万公斤，原种纯度达到99%以上。"])  # fmt: skip
    indicators(s, NAT4, [
        ("产出指标", "数量指标", "提纯复壮品种数", "≥3个"),
        (None, None, "繁育原种数量", "≥2万公斤"),
        (None, "质量指标", "原种纯度", "≥99%"),
        (None, "时效指标", "原种入库时间", "2025年10月31日前"),
        (None, "成本指标", "原种繁育成本", "≤20元/公斤"),
    ])  # fmt: skip
    notes(s, "注：成本指标按原种田间管理、收获、精选费用测算，20元/公斤 × 2万公斤 = 40万元。",
          width=4)  # fmt: skip
    s.table([
        ("效益指标", "经济效益指标", "原种供应区亩均增产", "≥15公斤"),
        (None, "社会效益指标", "原种供应繁育单位", "≥4家"),
        (None, "可持续影响指标", "品种提纯复壮技术规程", "建立并执行"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    indicators(s, NAT4, [("满意度指标", "服务对象满意度指标", "繁育单位满意度", "≥90%")])
    notes(s, "填表说明：1.指标值应量化，无法量化的用分级表述；2.时间指标填写完成日期。", width=4)
    signature(s, "晏桂芬", "0839-6612437", day(2024, 11, 26, CN_DATE))
    return b


@variant("ee12-seed-base-second-sheet", (7, 6),
         "project, head on the first sheet, OLD-NAT table on a second sheet under 预期实现值: "
         "the table's title keeps last year, a template example row left in")  # fmt: skip
def seed_base_second_sheet() -> Book:
    b, s = new("项目基本信息")
    project(s, "雪陂县燕麦原种繁育基地建设项目", SEED, one_year(w(120), w(100), w(20)),
            ["建设燕麦原种繁育基地400亩，繁育原种8万公斤，年底前完成基地验收。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 16, 30, 20))
    t.title("2024年度项目绩效指标", 4)
    b.file_mark("Y101", "error", alt=("Y103",),
                note="第二张表标题写2024年度，表头和计划日期是2025年")  # fmt: skip
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "原种繁育基地建设面积", "≥400亩"),
        (None, None, "繁育燕麦原种数量", "≥8万公斤"),
        (None, "质量指标", "原种纯度达标率", "≥99%"),
        (None, None, "（示例）种子净度达标率", mk("≥**%", "X101", "error", row=True,
            note="模板的示例行没有删去")),
        (None, "时效指标", "基地验收完成时间", "2025年12月31日前"),
        (None, "成本指标", "基地建设亩均成本", "≤2500元/亩"),
        ("效益指标", "经济效益指标", "原种供应区农户增收总额", "≥50万元"),
        (None, "社会效益指标", "原种供应繁育户", "≥60户"),
        ("满意度指标", "服务对象满意度指标", "繁育户满意度", "≥90%"),
    ])  # fmt: skip
    return b
