"""Returns on endemic fluorosis: 氟斑牙 surveys and repairs, 氟骨症 follow-up (items 1, 5, 9,
10, 11)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout497.common import (
    HEAD4,
    HEALTH,
    YEAR,
    funds,
    indicators,
    notes,
    sign,
    start,
)
from tests.variants.holdout497.registry import variant
from tests.variants.kit import Book, mk, pct

SURVEY = "硝川县疾病预防控制中心"


@variant(
    "am01-percent-survey",
    (1,),
    "project, NAT-2021, operator and unit columns, typed "
    "percent cells, 万元 in the number format (correct)",
)
def am01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="儿童氟斑牙及病区村水氟监测", dept=HEALTH, unit=SURVEY,
                 money=funds((45, 41, 4)), goals=["完成126个病区村水氟监测和6400名"
                 "8—12周岁儿童氟斑牙检查，掌握病情变化。"])  # fmt: skip
    rows = [
        ["成本指标", "经济成本指标", "每名儿童氟斑牙检查成本", "≤", 18, "元/人"],
        ["产出指标", "数量指标", "8—12周岁儿童氟斑牙检查人数", "≥", 6400, "人"],
        [None, None, "病区村水氟监测村数", "≥", 126, "个"],
        [None, "质量指标", "监测病区村覆盖率", "=", pct(1), "%"],
        [None, None, "尿氟样品检测合格率", "≥", pct(0.95), "%"],
        [None, "时效指标", "监测结果上报及时率", "≥", pct(0.98), "%"],
        ["效益指标", "社会效益指标", "8—12周岁儿童氟斑牙检出率", "≤", pct(0.3), "%"],
        [None, None, "学生防氟知识知晓率", "≥", pct(0.85), "%"],
        [None, "可持续影响指标", "病区村监测档案动态更新", "定性", "持续更新", None],
        ["满意度指标", "服务对象满意度指标", "受检儿童家长满意度", "≥", pct(0.9), "%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), rows)
    sign(s, "莫兰溪", "0937-6624185")
    return b


@variant(
    "am02-percent-over",
    (1, 11),
    "project, OLD-NAT, one value column: a typed 105% coverage rate and an incidence rate with ≥",
)
def am02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="氟骨症患者随访及对症治疗", dept=HEALTH, unit=SURVEY,
                 money=funds((30, 27, 3)), goals=["对全县850名氟骨症患者开展随访和对症"
                 "治疗，减轻患者疼痛。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a coverage rate typed as 105%: above its cap")
    rising = mk("≥0.5%", "T108", "warning", row=True,
                note="an incidence rate is 反向: ≥ rewards more new cases")  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "氟骨症患者随访人数", "≥850人"],
        [None, None, "发放补钙及对症药品人份", "≥850人份"],
        [None, "质量指标", "患者随访覆盖率", over],
        [None, "时效指标", "随访完成时间", "2025年11月30日前"],
        [None, "成本指标", "人均药品补助标准", "≤260元/人"],
        ["效益指标", "社会效益指标", "中重度氟骨症患者疼痛缓解率", "≥60%"],
        [None, None, "新发氟骨症病例发生率", rising],
        [None, "可持续影响指标", "患者健康档案建档率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"],
    ]
    indicators(s, HEAD4, rows)
    return b


@variant(
    "am03-points-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points, "
    "an indicator points column adding to 100 too, a 百分点 rise and a 合计 row (correct)",
)
def am03() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="氟斑牙儿童牙面修复", dept=HEALTH, unit="硝川县人民医院",
                 money=funds((80, 80, 0)), goals=["为1200名中重度氟斑牙儿童修复前牙"
                 "牙面4800颗。"])  # fmt: skip
    rows = [
        ["一、产出指标（40分）", "1.数量指标", "氟斑牙儿童牙面修复人数", "≥1200人", 10],
        [None, None, "修复牙面数", "≥4800颗", 10],
        [None, "2.质量指标", "修复体一年保存率", "≥90%", 10],
        [None, "3.时效指标", "修复工作完成时限", "2025年10月31日前", 10],
        ["二、成本指标（20分）", "1.经济成本指标", "每颗牙面修复成本", "≤150元/颗", 10],
        [None, "2.社会成本指标", "修复不良反应发生例数", "≤3例", 10],
        ["三、效益指标（30分）", "1.社会效益指标", "受助儿童自信心改善比例", "≥80%", 10],
        [None, None, "学校防氟健康教育知晓率", "比上年提高≥5百分点", 10],
        [None, "2.可持续影响指标", "受助儿童口腔健康档案建立率", "=100%", 10],
        ["四、满意度指标（10分）", "1.服务对象满意度指标", "受助儿童家长满意度", "≥92%", 10],
        ["合计", None, None, None, 100],
    ]
    indicators(s, (*HEAD4, "分值"), rows)
    notes(s, "注：一级指标分值与三级指标分值为同一100分的两种分解，不重复计分。")
    return b


@variant(
    "am04-tier-points-off",
    (10, 5),
    "project, NAT-2021, tier-1 score column: the 产出 "
    "indicators add to 45 against 50, a 时效 tier-2 under 效益",
)
def am04() -> Book:
    b, s = start(widths=(14, 10, 16, 30, 16, 10))
    project_head(
        s,
        year=YEAR,
        name="氟骨症患者康复训练",
        dept=HEALTH,
        unit="硝川县中医院",
        money=funds((24, 24, 0)),
        goals=["为400名氟骨症患者提供关节康复训练。"],
    )
    tier = mk(50, "W103", "error", alt=("W101",), note="15 + 10 + 10 + 10 = 45, not 50")
    late = mk("时效指标", "F105", "error", note="时效指标 belongs under 产出指标")
    rows = [
        ["产出指标", tier, "数量指标", "康复训练患者人数", "≥400人", 15],
        [None, None, None, "康复训练人次", "≥4800人次", 10],
        [None, None, "质量指标", "康复训练规范操作率", "≥95%", 10],
        [None, None, "时效指标", "训练疗程按期完成率", "≥90%", 10],
        ["成本指标", 10, "经济成本指标", "人均康复训练费用", "≤600元/人", 10],
        ["效益指标", 30, "社会效益指标", "患者关节活动度改善率", "≥70%", 10],
        [None, None, None, "患者生活自理能力提升比例", "≥50%", 10],
        [None, None, late, "康复效果复评及时率", "≥95%", 10],
        ["满意度指标", 10, "服务对象满意度指标", "患者满意度", "≥90%", 10],
    ]
    indicators(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值"), rows,
               merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator points add to 95")
    return b


@variant(
    "am05-pdf-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below "
    "the table: a split number, an amount pasted twice, a date serial as text",
)
def am05() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="地方性氟中毒实验室检测能力提升",
        dept=HEALTH,
        unit=SURVEY,
        money=funds((60, 60, 0)),
        goals=["购置离子色谱仪，完成全县水氟、尿氟检测。"],
    )
    serial = mk("45961", "X104", "warning", alt=("T116",), note="2025-10-31 pasted as a serial")
    rows = [
        ["产出指标", "数量指标", "水氟及尿氟样品检测份数", "≥3200份"],
        [None, "质量指标", "实验室间比对合格率", "≥95%"],
        [None, "时效指标", "监测报告报送时间", serial],
        [None, "成本指标", "每份样品检测成本", "≤120元/份"],
        ["效益指标", "社会效益指标", "县级氟化物检测能力覆盖率", "=100%"],
        [None, "可持续影响指标", "检测人员持证上岗率", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "送检单位满意度", "≥90%"],
    ]
    indicators(s, HEAD4, rows)
    s.skip()
    s.row("项目支出明细", "明细项目", "金额（万元）", "说明")
    split = mk("1 8.6", "X105", "warning", alt=("X103",), note="18.6 split by a space")
    twice = mk("6.0万6.0万", "X106", "error", alt=("B108",), note="6.0万 pasted twice")
    s.row(None, "离子色谱仪购置", 26.4, "1台")
    s.row(None, "氟离子选择电极及试剂", split, None)
    s.row(None, "样品采集运输", twice, "126个病区村")
    s.row(None, "检测人员培训", 9.0, None)
    s.row(None, "合计", 60.0, None)
    return b


@variant(
    "am06-direction-column",
    (11,),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 "
    "as operator, bare numbers and a unit column; a 下降率 with ≥ and 0 new cases (correct)",
)
def am06() -> Book:
    b, s = start(widths=(12, 12, 30, 10, 10, 10, 10))
    project_head(s, year=YEAR, name="病区村降氟改水工程水质监测", dept=HEALTH, unit=SURVEY,
                 money=funds((12, 12, 0)), goals=["对48个降氟改水病区村开展丰、枯水期"
                 "水质监测。"])  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "降氟改水工程水质抽检村数", "正向", "≥", 48, "个"],
        [None, None, "水质抽检样品数", "正向", "≥", 192, "份"],
        [None, "质量指标", "出厂水氟化物达标率", "正向", "≥", 98, "%"],
        [None, "时效指标", "检测报告出具时限", "反向", "≤", 10, "个工作日"],
        [None, "成本指标", "每份水样检测费用", "反向", "≤", 450, "元/份"],
        ["效益指标", "社会效益指标", "病区村水氟超标率下降率", "正向", "≥", 20, "%"],
        [None, None, "饮水型氟中毒新发病例", "反向", "≤", 0, "例"],
        [None, "可持续影响指标", "降氟设备运行正常率", "正向", "≥", 90, "%"],
        ["满意度指标", "服务对象满意度指标", "受益村民满意度", "正向", "≥", 90, "%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), rows)  # fmt: skip
    return b
