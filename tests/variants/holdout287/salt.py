"""Salt monopoly returns (食盐专营, 盐业安全检测, 食盐储备): sk07–sk12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout287.common import (
    SALT_DEPT,
    TIERS,
    YEAR,
    first_sheet,
    indicators,
    period_money,
    wan,
    year_money,
)
from tests.variants.holdout287.registry import variant
from tests.variants.kit import Book, mk

PERIOD = (*TIERS, "中期指标值", "年度指标值")
POINTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant(
    "sk07-salt-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "two cumulative counts copied from 中期 into 年度, the 中期目标 text copied",
)
def sk07() -> Book:
    b, s = first_sheet()
    goal = (
        "建立覆盖全县的食盐质量安全抽检体系，完成食盐监督抽检和盐业执法人员培训，"
        "辖区合格碘盐覆盖率保持在95%以上。"
    )
    copied = mk(goal, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")
    project_head(
        s,
        year=YEAR,
        name="食盐质量安全抽检能力提升三年行动",
        dept=SALT_DEPT,
        unit="晏桥县盐务管理局",
        years=3,
        attr="新增项目",
        money=period_money((360, 300, 60), (120, 100, 20)),
        goals=(goal, copied),
    )
    trained = mk("≥450人次", "D202", "warning", note="三年累计的培训人次原样抄进年度列")
    checked = mk("≥240户次", "D202", "warning", note="三年累计的检查户次原样抄进年度列")
    rows = [
        ("成本指标", "经济成本指标", "单批次抽检成本", "≤800元/批次", "≤800元/批次"),
        ("产出指标", "数量指标", "食盐监督抽检批次", "≥3600批次", "≥1200批次"),
        (None, None, "盐业执法人员培训人次", "≥450人次", trained),
        (None, None, "食盐批发企业检查户次", "≥240户次", checked),
        (None, "质量指标", "抽检结果准确率", "≥98%", "≥98%"),
        (None, "时效指标", "检测报告出具时限", "≤7个工作日", "≤7个工作日"),
        ("效益指标", "社会效益指标", "辖区合格碘盐覆盖率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "食盐质量追溯体系", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "食盐经营企业满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, PERIOD, rows)
    return b


@variant(
    "sk08-salt-one-year",
    (8,),
    "one-year project with 中期 and 年度 columns and goals "
    "legitimately identical, OLD-NAT, a 0起 incident count (correct)",
)
def sk08() -> Book:
    b, s = first_sheet()
    goal = "全年监测碘盐600户，开展盐业安全宣传10场，确保不发生食盐质量安全责任事故。"
    project_head(
        s,
        year=YEAR,
        name="碘盐监测及盐业安全宣传",
        dept=SALT_DEPT,
        unit="沣渚区盐务局",
        attr="常年项目",
        money=period_money((48, 40, 8), (48, 40, 8)),
        goals=(goal, goal),
    )
    rows = [
        ("产出指标", "数量指标", "碘盐监测户数", "≥600户", "≥600户"),
        (None, None, "盐业安全宣传活动场次", "≥10场", "≥10场"),
        (None, "质量指标", "监测数据上报完整率", "≥98%", "≥98%"),
        (None, "时效指标", "监测结果上报时间", f"{YEAR}年11月30日前", f"{YEAR}年11月30日前"),
        (None, "成本指标", "每户监测成本", "≤300元/户", "≤300元/户"),
        ("效益指标", "社会效益指标", "食盐质量安全责任事故发生数", "0起", "0起"),
        (None, "可持续影响指标", "居民科学用盐知晓率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受访居民满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, PERIOD, rows)
    return b


@variant(
    "sk09-salt-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score "
    "column both adding to 100, a rate raised in 百分点 (correct)",
)
def sk09() -> Book:
    b, s = first_sheet()
    project_head(
        s,
        year=YEAR,
        name="盐业安全检测能力建设",
        dept=SALT_DEPT,
        unit="蓼汀市盐业质量检测中心",
        attr="一次性项目",
        money=year_money(90, 90, 0),
        goals=("购置食盐检测仪器10台，完成食盐快检800批次，提升盐业安全检测能力。",),
    )
    s.row("绩效指标（满分100分）", merge=[(1, 6)])
    rows = [
        ("一、产出指标", 40, "数量指标", "检测仪器购置台数", "≥10台", 10),
        (None, None, None, "食盐快检样品批次", "≥800批次", 10),
        (None, None, "质量指标", "检测能力验证合格率", "100%", 10),
        (None, None, "时效指标", "仪器安装调试完成时间", f"{YEAR}年9月30日前", 10),
        ("二、成本指标", 20, "经济成本指标", "检测仪器购置单价", "≤6万元/台", 10),
        (None, None, None, "单批次快检耗材成本", "≤150元/批次", 10),
        ("三、效益指标", 30, "社会效益指标", "快检问题食盐处置率", "≥95%", 10),
        (None, None, None, "合格碘盐食用率较上年提高", "≥2百分点", 10),
        (None, None, "可持续影响指标", "检测设备使用年限", "≥8年", 10),
        ("四、满意度指标", 10, "服务对象满意度指标", "送检单位满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, POINTS, rows, merged=(1, 2, 3))
    return b


@variant(
    "sk10-salt-points-wrong",
    (10, 5),
    "project, NAT-2021, numbered tier labels, tier-1 "
    "score column: one tier's indicator scores short of its score, one tier-2 under the "
    "wrong tier-1",
)
def sk10() -> Book:
    b, s = first_sheet()
    project_head(
        s,
        year=YEAR,
        name="食盐专营执法巡查",
        dept=SALT_DEPT,
        unit="枫岙县盐务管理局",
        money=year_money(64, 60, 4),
        goals=("巡查食盐经营户2000户次，依法查处私盐案件，规范食盐经营秩序。",),
    )
    wrong = mk(
        "（四）社会效益指标", "F105", "error", note="社会效益指标属于效益指标，却放在产出指标下"
    )
    short = mk(30, "W103", "error", note="效益指标 30 分，其下指标 10 + 15 = 25 分")
    b.file_mark("W101", "error", required=False, note="指标分值合计 95，与一级分值合计 100 不符")
    rows = [
        ("一、产出指标", 40, "（一）数量指标", "食盐经营户巡查户次", "≥2000户次", 10),
        (None, None, None, "执法巡查出动车次", "≥300车次", 5),
        (None, None, "（二）质量指标", "巡查记录完整率", "≥98%", 10),
        (None, None, "（三）时效指标", "违法线索移交时限", "≤3个工作日", 5),
        (None, None, wrong, "食盐安全知识普及率", "≥80%", 10),
        ("二、成本指标", 20, "（一）经济成本指标", "户均巡查成本", "≤200元/户次", 20),
        ("三、效益指标", short, "（一）社会效益指标", "私盐案件查处率", "≥95%", 10),
        (None, None, "（二）可持续影响指标", "盐业执法巡查长效机制", "健全", 15),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "食盐经营户满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, POINTS, rows, merged=(1, 2, 3))
    return b


@variant(
    "sk11-salt-labels",
    (5,),
    "transfer-payment project, OLD-NAT, tier labels with * and "
    "numbered abbreviations (1.数量), ★ core indicators, 中央补助 + 地方资金, text =100% "
    "(correct)",
)
def sk11() -> Book:
    b, s = first_sheet()
    project_head(
        s,
        year=YEAR,
        name="食盐专营执法装备补助",
        dept=SALT_DEPT,
        unit="岑塘县盐务管理局",
        attr="一次性项目",
        title=f"{YEAR}年度食盐专营执法装备补助资金绩效目标申报表",
        money=year_money(75, 50, 25, split=("其中：中央补助", "地方资金")),
        goals=("为县、乡两级盐业执法人员配发执法装备35套，提升食盐专营执法能力。",),
    )
    rows = [
        ("*产出指标", "1.数量", "★食盐定点批发企业监督检查覆盖率", "100%"),
        (None, None, "执法装备配发套数", "≥35套"),
        (None, "2.质量", "★执法装备验收合格率", "=100%"),
        (None, "3.时效", "装备配发完成时间", f"{YEAR}年8月31日前"),
        (None, "4.成本", "执法装备单套采购价", "≤2万元/套"),
        ("*效益指标", "社会效益", "★食盐违法案件查处率", "≥95%"),
        (None, "可持续影响", "执法装备使用年限", "≥5年"),
        ("*满意度指标", "服务对象满意度", "一线执法人员满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "指标值"), rows)
    return b


@variant(
    "sk12-salt-pdf-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column, budget detail "
    "lines below the table: a split number, a date serial as text, an amount pasted twice",
)
def sk12() -> Book:
    b, s = first_sheet()
    split = mk("36.5 0", "X105", "warning", alt=("X103",), note="36.50 被空格断开，按 36.5 读")
    serial = mk("46022", "X104", "warning", note="计划完成日期是文本 46022（即 2025-12-31）")
    project_head(
        s,
        year=YEAR,
        name="食盐质量安全抽检",
        dept=SALT_DEPT,
        unit="晏桥县盐务管理局",
        end=serial,
        money=year_money(40, split, 3.5),
        goals=("完成食盐抽检600批次，不合格食盐全部下架处置。",),
    )
    rows = [
        ("产出指标", "数量指标", "食盐抽检批次", "≥600批次"),
        (None, None, "盐业安全宣传资料发放份数", "≥5000份"),
        (None, "质量指标", "检测数据复核准确率", "≥99%"),
        (None, "时效指标", "抽检任务完成时间", f"{YEAR}年11月30日前"),
        (None, "成本指标", "单批次检测试剂成本", "≤300元/批次"),
        ("效益指标", "社会效益指标", "不合格食盐下架处置率", "100%"),
        (None, "可持续影响指标", "食盐安全抽检机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "食盐经营企业满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "指标值"), rows)
    twice = mk("12万12万", "X106", "error", alt=("B108",), note="金额 12 万粘贴了两次")
    s.skip()
    s.row("项目资金明细", merge=[(1, 4)])
    s.row("序号", "支出内容", "金额（万元）", "测算依据")
    s.table([
        (1, "检测试剂及耗材", wan(18), "600批次×300元/批次"),
        (2, "检测设备维护", twice, "年度维保合同"),
        (3, "抽样运输", wan(6), "抽样车辆租赁及燃油"),
        (4, "宣传资料印制", wan(4), "5000份×8元/份"),
        (None, "合计", wan(40), None),
    ])  # fmt: skip
    return b
