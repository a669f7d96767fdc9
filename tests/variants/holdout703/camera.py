"""Returns of the lookout-camera network (kak13–kak18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout703.common import (
    DEPT,
    FARM,
    HEAD,
    HEAD2,
    HEAD_OP,
    block,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout703.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kak13-camera-second-sheet", (7,), "project, NAT-2021: head on the first sheet, the "
         "indicator table on a second sheet under header 预期实现值 (correct)")  # fmt: skip
def camera_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2026, name="瞭望监控网络运维及热成像升级项目", dept=DEPT, unit=FARM,
                 money=one_year(w(48), w(40), w(8)),
                 goals=["完成12个前端监控点位运维和4个点位热成像升级，林火自动识别告警准确率"
                        "达到90%以上。"])  # fmt: skip
    t = b.sheet("绩效指标")
    block(t, [
        ("产出指标", "数量指标", "前端监控点位运维数量", "≥12个"),
        (None, None, "热成像升级点位数量", "≥4个"),
        (None, "质量指标", "林火自动识别告警准确率", "≥90%"),
        (None, "时效指标", "告警推送时间", "≤60秒"),
        ("成本指标", "经济成本指标", "热成像升级单价", "≤7.5万元/个"),
        (None, None, "前端点位运维单价", "≤1.5万元/个"),
        ("效益指标", "生态效益指标", "火情早期发现率", "≥95%"),
        (None, "可持续影响指标", "监控平台持续运行年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "护林员使用满意度", "≥90%"),
    ], ("一级指标", "二级指标", "三级指标", "预期实现值"))  # fmt: skip
    return b


@variant("kak14-camera-cost", (1, 12), "project, NAT-2021, operator and unit columns, typed "
         "percent cells: a count below the goal's, an online rate of 105%, a unit cost × count "
         "above the money")  # fmt: skip
def camera_cost() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="林火视频监控点位新建项目",
        dept=DEPT,
        unit=FARM,
        money=one_year(w(90), w(80), w(10)),
        goals=["新建林火视频监控点位12个，重点林区监控覆盖率达到85%以上。"],
    )
    block(s, [
        ("产出指标", "数量指标", "新建监控点位数量", "≥",
         mk(10, "D104", "warning", row=True, note="年度目标写新建12个"), "个"),
        (None, "质量指标", "重点林区监控覆盖率", "≥", pct(0.85), "%"),
        (None, None, "设备在线率", "≥",
         mk(pct(1.05), "T106", "error", note="在线率不能超过100%"), "%"),
        (None, "时效指标", "点位建设工期", "≤", 150, "天"),
        ("成本指标", "经济成本指标", "单个监控点位建设费用", "≤",
         mk(9.5, "B107", "warning", row=True,
            note="9.5万元×10个=95万元（按目标12个为114万元），超过年度资金90万元"),
         "万元/个"),
        ("效益指标", "生态效益指标", "火情早期发现率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "护林员使用满意度", "≥", pct(0.9), "%"),
    ], HEAD_OP)  # fmt: skip
    return b


@variant("kak15-camera-export", (4, 7), "budget-system export: sheets 部门项目支出预算05-1 and "
         "部门项目支出绩效目标05-2, project codes in the first column, header on the third row, "
         "a date cell, =100% at the ceiling, a print line (correct)")  # fmt: skip
def camera_export() -> Book:
    b, s = start("部门项目支出预算05-1")
    project_head(
        s,
        year=2026,
        name="瞭望塔及配套监控设备维护项目",
        dept=DEPT,
        unit=FARM,
        money=one_year(w(35), w(30), w(5)),
        goals=["完成林场6座瞭望塔及配套监控设备年度维护，防雷检测合格率100%。"],
    )
    t = b.sheet("部门项目支出绩效目标05-2", (22, 14, 18, 28, 10, 14, 12))
    t.title("部门项目支出绩效目标表", 7)
    t.row(f"单位：{FARM}", None, None, None, None, "金额单位：万元", merge=[(1, 5)])
    code = "318006260100000031"
    block(t, [
        (code, "产出指标", "数量指标", "瞭望塔维护数量", "≥", 6, "座"),
        (code, None, "质量指标", "瞭望塔防雷检测合格率", "=", pct(1), "%"),
        (code, None, "时效指标", "维护完成时间", "≤", day(2026, 3, 15, CN_DATE), None),
        (code, "成本指标", "经济成本指标", "单座瞭望塔维护费用", "≤", 5, "万元/座"),
        (code, "效益指标", "生态效益指标", "防火期瞭望覆盖林地面积", "≥", 3.2, "万亩"),
        (code, "满意度指标", "服务对象满意度指标", "瞭望员满意度", "≥", pct(0.9), "%"),
    ], ("项目编码", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"),
        merged=(2, 3))  # fmt: skip
    notes(t, "注：本表由预算管理一体化系统导出。", width=7)
    t.row("打印时间", day(2025, 11, 26))
    return b


@variant("kak16-camera-years", (9,), "project, NAT-2021: plan dates left from last year under a "
         "2026 title, a deadline in last year, a fill date stored as a text serial")  # fmt: skip
def camera_years() -> Book:
    b, s = start()
    begin = mk(day(2025, 1, 1), "Y101", "error", row=True, alt=("Y102",),
               note="标题2026年度，计划起止日期仍是2025年")  # fmt: skip
    project_head(
        s,
        year=2026,
        name="瞭望监控平台升级项目",
        dept=DEPT,
        unit=FARM,
        start=begin,
        end=day(2025, 12, 31),
        money=one_year(w(42), w(36), w(6)),
        goals=["2026年完成瞭望监控平台升级，接入监控点位18个，11月30日前完成系统联调。"],
    )
    block(s, [
        ("产出指标", "数量指标", "平台接入监控点位数量", "≥18个"),
        (None, "质量指标", "系统联调验收合格率", "=100%"),
        (None, "时效指标", "系统联调完成时间",
         mk("2025年11月30日前", "Y102", "error", alt=("Y101", "Y103", "D104"),
            note="年度目标写2026年11月30日前，指标仍是2025年")),
        ("成本指标", "经济成本指标", "平台升级费用", "≤42万元"),
        ("效益指标", "社会效益指标", "火情信息共享部门数量", "≥3个"),
        ("满意度指标", "服务对象满意度指标", "值班人员满意度", "≥90%"),
    ], HEAD)  # fmt: skip
    sign(
        s,
        "贺秋棠",
        "0746-3825362",
        mk("45979", "X104", "warning", note="日期序列号以文本存放（2025-11-18）"),
    )
    return b


@variant(
    "kak17-camera-department",
    (12, 4),
    "department, NAT-2021: budget with typed percent "
    "shares, tasks adding to 项目支出, a note explaining the total, 0起 (correct)",
)
def camera_department() -> Book:
    b, s = start()
    department_head(s, year=2026, dept=FARM, budget=[
        (w(320), w(300), w(20), w(120), w(200)),
        (pct(1), pct(0.9375, "0.00%"), pct(0.0625, "0.00%"), pct(0.375, "0.0%"),
         pct(0.625, "0.0%")),
    ], tasks=[
        ("护林防火巡护", "巡护队常态化巡护", w(100), "全年无重大森林火灾"),
        ("防火隔离带清理", "清理隔离带150公里", w(60), "防火期隔离带通畅"),
        ("瞭望监控运维", "18个监控点位运维", w(40), "设备在线率≥95%"),
        ("金额合计", None, w(200), None),
    ], goal="目标1：巡护队伍常态化巡护；目标2：清理防火隔离带150公里；目标3：18个监控点位"
            "稳定运行。")  # fmt: skip
    notes(s, "注：金额合计为项目支出合计，基本支出120万元未列入年度主要任务。")
    block(s, [
        ("产出指标", "数量指标", "隔离带清理长度", "≥150公里"),
        (None, None, "监控点位运维数量", "≥18个"),
        (None, None, "巡护里程", "≥5000公里"),
        (None, "质量指标", "监控设备在线率", "≥95%"),
        (None, "时效指标", "火情报告时间", "≤30分钟"),
        ("成本指标", "经济成本指标", "隔离带清理单价", "≤4000元/公里"),
        ("效益指标", "社会效益指标", "重大森林火灾发生次数", "=0起"),
        (None, "生态效益指标", "森林火灾受害率", "≤0.5‰"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "章溪云", "0746-3825009", day(2025, 11, 21))
    return b


@variant("kak18-camera-multi-dup", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "中期目标 copied into 年度目标, an annual count above the period's, the same count "
         "again under 质量 with another value")  # fmt: skip
def camera_multi_dup() -> Book:
    b, s = start()
    text = "建成覆盖全场的林火视频监控网络，新建监控点位30个，火情早期发现率达到95%以上。"
    project_head(
        s,
        year=2026,
        years=3,
        name="林火视频监控网络建设项目",
        dept=DEPT,
        unit=FARM,
        money=multi_year((w(360), w(330), w(30)), (w(120), w(110), w(10))),
        goals=[text, mk(text, "D204", "warning", note="年度目标逐字照抄中期目标")],
    )
    block(s, [
        ("产出指标", "数量指标", "新建监控点位数量", "≥30个",
         mk("≥40个", "D201", "error", note="年度40个超过中期30个")),
        (None, "质量指标", "设备在线率", "≥95%", "≥95%"),
        (None, None, "新建监控点位数量", "≥30个",
         mk("≥10个", "D102", "error", row=True, alt=("D101", "D103", "F201"),
            note="同一指标又填在质量指标下，年度值与数量指标下的40个不同")),
        (None, "时效指标", "告警推送时间", "≤60秒", "≤60秒"),
        ("成本指标", "经济成本指标", "单个点位建设费用", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "生态效益指标", "火情早期发现率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "护林员使用满意度", "≥90%", "≥90%"),
    ], HEAD2)  # fmt: skip
    return b
